"""Score date finders on dates-dev.tsv: a found date counts when its span overlaps the
labelled span and its resolved interval of days is equal (shared by the benchmark and tests)."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

GROUP_STRICT = {"dateline", "numeric", "daymonth", "written", "range", "time", "mixed"}
GROUP_LOOSE = {"period", "lunar", "relative"}


def day_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    if not value or value.startswith("T"):
        return None
    if "/" in value:
        first, last = value.split("/", 1)
        a, b = day_interval(first), day_interval(last)
        return (a[0], b[1]) if a and b else None
    value = value.split("T")[0]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        day = dt.date.fromisoformat(value)
        return day, day
    if re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = map(int, value.split("-"))
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if re.fullmatch(r"\d{4}-Q[1-4]", value):
        year, quarter = int(value[:4]), int(value[-1])
        last_month = quarter * 3
        return dt.date(year, last_month - 2, 1), dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    return None


@dataclass
class Found:
    start: int
    end: int
    value: str | None
    weekday_mismatch: bool = False


@dataclass
class Score:
    found: dict = field(default_factory=lambda: {"strict": 0, "loose": 0})
    correct_found: dict = field(default_factory=lambda: {"strict": 0, "loose": 0})
    labels: dict = field(default_factory=lambda: {"strict": 0, "loose": 0})
    matched_labels: dict = field(default_factory=lambda: {"strict": 0, "loose": 0})
    negative_rows: int = 0
    negative_fired: int = 0
    mismatch_labels: int = 0
    mismatch_caught: int = 0
    mismatch_false: int = 0
    misses: list = field(default_factory=list)

    def precision(self, group: str) -> float:
        return self.correct_found[group] / self.found[group] if self.found[group] else 1.0

    def recall(self, group: str) -> float:
        return self.matched_labels[group] / self.labels[group] if self.labels[group] else 1.0


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def score(path: Path, finder) -> Score:
    """``finder(text, reference_date) -> list[Found]``."""
    result = Score()
    for row in rows(path):
        label_class = row["note"].split(";")[0].split("=")[1].strip()
        expected = json.loads(row["expected"])
        found = finder(row["text"], dt.date.fromisoformat(row["context_date"]))
        if label_class == "negative":
            result.negative_rows += 1
            result.negative_fired += bool(found)
            continue
        group = "strict" if label_class in GROUP_STRICT else "loose"
        spans = []
        for label in expected:
            start = row["text"].find(label["span"])
            spans.append((start, start + len(label["span"]), day_interval(label["value"]), label))
        result.labels[group] += len(spans)
        result.found[group] += len(found)
        matched = set()
        for item in found:
            hit = False
            for index, (s, e, interval, label) in enumerate(spans):
                if item.start < e and s < item.end and day_interval(item.value) == interval and interval is not None:
                    hit = True
                    matched.add(index)
                    if label.get("weekday_mismatch"):
                        result.mismatch_caught += item.weekday_mismatch
                    elif item.weekday_mismatch:
                        result.mismatch_false += 1
            result.correct_found[group] += hit
            if not hit:
                result.misses.append((row["id"], "extra", row["text"][item.start:item.end], item.value))
        result.matched_labels[group] += len(matched)
        result.mismatch_labels += sum(1 for *_, label in spans if label.get("weekday_mismatch"))
        for index, (s, e, interval, label) in enumerate(spans):
            if index not in matched:
                result.misses.append((row["id"], "missed", label["span"], label["value"]))
    return result


def editkit_finder(text: str, reference: dt.date) -> list[Found]:
    from editkit.vietnamese.dates import find_dates

    return [Found(m.start, m.end, m.value, m.weekday_mismatch) for m in find_dates(text, reference)]
