"""A CMS's labelled export read as front matter.

Copied from a newsroom CMS's edit form or exported as text, an article opens with its fields, one
label a line (``Tiêu đề: …``, ``Sapo: …``, ``Tác giả: …``, ``Ngày đăng: 11/05/2030 08:00``) and
``Nội dung:`` over the body. The labels (``dictionaries/structure/cms-labels.toml``) map to the
front-matter keys editkit reads (title, sapo, author, date, tags …); the block keeps its offsets, so
findings land on the raw text and fixes never rewrite it.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from functools import lru_cache

from editkit.frontmatter_block import FrontMatter
from editkit.resources import dictionary_path

LABEL_LINE = re.compile(r"[ \t]*(?P<label>[^\W\d_][^:\n]{0,30}?)[ \t]*:[ \t]*(?P<value>[^\r\n]*?)[ \t]*(?:\r?\n|\Z)")
BLANK_LINE = re.compile(r"[ \t]*\r?\n")
HEADER_MAX_LINES = 40  # the fields a form prints over the body
# a date as a Vietnamese CMS prints it: 11/05/2030, 11/05/2030 08:00, 08:00 11/05/2030, 11-05-2030 - 08:00
DAY = re.compile(r"(?<!\d)(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?!\d)")
CLOCK = re.compile(r"(?<![\d/])(?P<h>\d{1,2})[:h](?P<min>\d{2})(?!\d)")


@lru_cache(maxsize=1)
def labels() -> tuple[dict[str, str], frozenset[str]]:
    """(label → front-matter key, the body's labels), lower case."""
    with open(dictionary_path("structure", "cms-labels.toml"), "rb") as handle:
        data = tomllib.load(handle)
    return dict(data["keys"]), frozenset(data["body"])


def read_labelled_header(text: str) -> FrontMatter | None:
    """The fields over the body when ``text`` opens with a title's label and writes another (else None):
    a FrontMatter whose ``end`` is the body's start (after ``Nội dung:``, or after the last field)."""
    keys, body_labels = labels()
    position, data, spans, fields, end = 0, {}, {}, 0, None
    for _ in range(HEADER_MAX_LINES):
        blank = BLANK_LINE.match(text, position)
        if blank and blank.end() > position:
            position = blank.end()
            continue
        line = LABEL_LINE.match(text, position)
        if line is None:
            break
        label = " ".join(line.group("label").lower().split())
        if label in body_labels:
            fields += 1
            end = line.end() if not line.group("value") else line.start("value")
            break
        key = keys.get(label)
        if key is None or (fields == 0 and key != "title") or not line.group("value"):
            break
        if key not in data:  # (the first of a field printed twice)
            data[key] = read_value(key, line.group("value"))
            spans[key] = line.span("value")
        fields += 1
        position = end = line.end()
    if fields < 2 or "title" not in data or end is None:
        return None
    block = FrontMatter(0, end, 0, data)
    block.labelled = True
    block.value_spans = spans
    return block


def read_value(key: str, value: str):
    """A field's value as front matter holds it: a date as a date (with its time), tags as a list."""
    if key == "date":
        return cms_date(value) or value
    if key == "tags":
        return [tag.strip() for tag in re.split(r"[,;]", value) if tag.strip()]
    return value


def cms_date(value: str) -> dt.date | dt.datetime | None:
    """``11/05/2030``, ``11/05/2030 08:00``, ``08:00 11/05/2030``, or ISO: the day and its time, or None."""
    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError:
        pass
    day = DAY.search(value)
    if day is None:
        return None
    try:
        date = dt.date(int(day.group("y")), int(day.group("m")), int(day.group("d")))
    except ValueError:
        return None
    clock = CLOCK.search(value[: day.start()] + " " + value[day.end():])
    if clock and int(clock.group("h")) < 24 and int(clock.group("min")) < 60:
        return dt.datetime(date.year, date.month, date.day, int(clock.group("h")), int(clock.group("min")))
    return date
