"""Collect date candidates: every pattern whose words the text has, the longest non-overlapping
matches kept, each checked by the filters a regex cannot express (cues, never-dates, plausibility)."""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterator
from functools import lru_cache

from editkit.vietnamese.dates import resolve as R
from editkit.vietnamese.dates.lexicon import (
    lunar_month_of,
    month_of,
    number_of,
    vocabulary,
)
from editkit.vietnamese.dates.mention import Candidate, group
from editkit.vietnamese.dates.patterns import BARE_MONTH_CUE, FLAGS, context_patterns, pattern, sources

PRIORITY = {name: index for index, name in enumerate(sources())}  # earlier patterns win ties


def collect(text: str) -> list[Candidate]:
    return list(_collect(text))


WEEKDAY_WORDS = ("thứ", "chủ nhật", "cn", "t2", "t3", "t4", "t5", "t6", "t7")
BARE_MONTH_CUE_WORDS = tuple(cue for cue in BARE_MONTH_CUE.split("|") if " " not in cue and "\\" not in cue)  # its one-word cues (kể từ needs từ)
# Words a pattern cannot match without: patterns whose words are absent are not run at all.
REQUIRES = {
    "weekday_relative": ("tuần", "tới", "này", "vừa"), "day_of_month_relative": ("tới", "này", "vừa", "sau", "trước"), "weekday_range": ("tuần",), "weekday_past": ("hôm",), "season": ("mùa", "niên", "năm học", "năm tài chính", "xuân"),
    "overnight": ("sáng", "rạng"), "month_range": ("tháng",), "lunar_month": ("tháng",), "long_day_range": ("tháng", "âm lịch"),
    "lunar_eve_day": ("tết",),
    "count_relative": ("trước", "qua", "tới", "nữa", "cách đây", "cách nay"), "to_date": ("từ đầu",), "to_day": ("từ đầu",), "to_date_open": ("từ đầu",), "past_part_of_period": ("hồi",), "year_to_now": ("nay", "hiện tại", "bây giờ"), "to_end": ("cuối", "hết"), "to_tet": ("tết",), "lunar_mung": ("mùng", "mồng"), "tet_bare_mung": ("mùng", "mồng"), "worded_date": ("tháng",),
    "lunar_numeric": ("âm lịch", "âl"), "lunar_long": ("âm lịch",), "lunar_full_moon": ("rằm",),
    "lunar_holiday": ("tết", "giỗ", "rằm", "vu lan", "giao thừa", "vía", "thất tịch", "phật đản", "trung thu"), "year_range": ("nhiệm", "giai", "năm", "niên"),
    "listed_year": ("năm", "tầm nhìn") + BARE_MONTH_CUE_WORDS, "month_list": ("tháng",), "quarter": ("quý",), "quarter_code": ("q1", "q2", "q3", "q4"), "quarter_of_year": ("quý",), "part_of_year": ("đầu năm", "cuối năm", "nửa sau năm", "tháng năm"), "year_to_date_months": ("lũy kế", "luỹ kế", "tính chung", "cộng dồn"),
    "decade": ("thập niên", "thập kỷ", "thập kỉ", "năm", "thế kỷ", "thế kỉ"), "month_year": ("tháng",), "bare_month_range": ("từ",),
    "bare_month_year": BARE_MONTH_CUE_WORDS,
    "cued_year": ("tầm nhìn",) + BARE_MONTH_CUE_WORDS, "month": ("tháng",), "part_of_month": ("tuần",),
    "named_event": ("cách mạng", "khởi nghĩa", "11/9", "11-9"), "from_to": ("đến", "tới", "-", "–", "rạng sáng"), "date_range": ("-", "–", "—"),
    "bare_year_range": ("-", "–"), "from_years": ("từ",), "time_range": ("đến", "tới", "-", "–"), "time_range_date": ("đến", "tới", "-", "–"), "time_range_long_date": ("tháng",), "spelled_time": ("giờ",), "hour_span": ("từ", "đến", "tới", "-", "–"), "long_date": ("tháng",), "iso_date": tuple(f"{sep}{month:02d}{sep}" for month in range(1, 13) for sep in "-/"),
    "weekday_date": WEEKDAY_WORDS, "weekday_day_month": WEEKDAY_WORDS, "weekday_long_day": WEEKDAY_WORDS, "date_weekday": WEEKDAY_WORDS,
    "short_year_date": ("ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "vào", "từ", "đến", "tới", "trước", "sau", "hết", "hạn"),
}


@lru_cache(maxsize=1)
def requirements() -> dict[str, tuple[str, ...]]:
    """REQUIRES, with the word lists that come from the vocabulary: the lunar years' names
    (giáp thìn, ất tỵ) for the year names, a part of the day with nay/qua/mai for a time on that day."""
    vocab = vocabulary()
    names = vocab["year_names"]
    year_names = tuple(f"{stem} {branch}" for stem, s in names["stems"].items() for branch, b in names["branches"].items()
                       if s % 2 == b % 2)
    days = tuple(" ".join(k.split()) for k, (unit, _) in vocab["relative"].items()
                 if unit == "day" and k.split()[0] in ("sáng", "trưa", "chiều", "tối", "đêm")) + ("hôm nay", "hôm qua", "ngày mai")
    holidays = tuple(" ".join(k.split()) for k in vocab["solar_holidays"])
    return dict(REQUIRES, lunar_new_year=year_names + tuple(f"tết {w}" for w in vocab["cues"]["year_words"]), named_year=year_names, time_relative=days, solar_holiday=holidays,
                lunar_numeric=REQUIRES["lunar_numeric"] + year_names,  # (tức ngày 6/11 năm Ất Tỵ)
                # ngày 21 tháng 10 năm Ất Tỵ; hai mươi ba tháng Chạp
                lunar_long=REQUIRES["lunar_long"] + year_names + ("tháng giêng", "tháng chạp"),
                relative=tuple(" ".join(k.split()) for k in vocab["relative"]))


@lru_cache(maxsize=1)
def required_words() -> dict[str, tuple[tuple[str | None, str], ...]]:
    """requirements() as (first word, phrase) pairs: a phrase is looked for only when its first word
    is among the text's words (the 60 names of lunar years were 60 substring scans a pattern)."""
    return {name: tuple((w.split()[0] if WORD.fullmatch(w.split()[0]) else None, w) for w in words)
            for name, words in requirements().items() if words}


WORD = re.compile(r"[^\W_]+")


def has_required(required: tuple[tuple[str | None, str], ...], lowered: str, words: set[str]) -> bool:
    return any((first is None or first in words) and phrase in lowered for first, phrase in required)


# a blank line; or a line break before a capitalised word that opens a sentence with a time (… thu nửa tỷ mỗi năm /
# Sau ba năm …; 28/11/2026 09:12 / Chiều 27/11, …; Khai mạc ngày 27 / Tháng 11, …): a line that ends a headline or a
# stamp, the next one's sentence (not thứ / Năm nor tháng / Năm, a weekday's or a month's name wrapped onto the next line)
PARAGRAPH_BREAK = re.compile(
    r"\n[^\S\n]*\n|(?<![Tt]hứ)(?<![Tt]háng)\n(?=[^\S\n]*(?:Sau|Tới|Trước|Nay|Này|Qua|Ngoái|Mai|Kia|Sáng|Trưa|Chiều|Tối|Đêm|Rạng|Khuya|Ngày|Hôm|"
    r"Tuần|Tháng|Năm|Từ|Đến|Cuối|Đầu|Giữa|Trong|Vào|Lúc|Mùng|Mồng)(?!\w))"
    r"|\n(?=[^\S\n]*Năm[^\S\n]+(?:19|20)\d{2}(?!\d))")  # (but Năm 2025 opens a sentence even after tháng)


def break_within(text: str, start: int, end: int) -> re.Match | None:
    """The first PARAGRAPH_BREAK that opens between ``start`` and ``end`` (what follows it may lie beyond ``end``:
    ``tháng`` / ``Năm 2025, …``)."""
    position = text.find("\n", start, end)
    while position >= 0:
        if (gap := PARAGRAPH_BREAK.match(text, position)) is not None:
            return gap
        position = text.find("\n", position + 1, end)
    return None


def within_paragraphs(compiled, text: str) -> Iterator[re.Match]:
    """The pattern's matches, none across a blank line or into a sentence opening on a word of time on the next
    line (PARAGRAPH_BREAK): a date ending one paragraph and a time or a year opening the next (``Thứ Sáu, 27/11/2026`` ·
    ``20:15 …``) are two things. A match that
    would cross one is looked for again in the text before the break, and the scan goes on after it."""
    position = 0
    while True:
        for match in compiled.finditer(text, position):
            if "\n" in match.group() and (gap := break_within(text, match.start(), match.end())):
                yield from compiled.finditer(text, match.start(), gap.start())
                position = gap.end()
                break
            yield match
        else:
            return


@lru_cache(maxsize=8)
def _collect(text: str) -> tuple[Candidate, ...]:
    found = []
    lowered = " ".join(text.lower().split())
    requires = required_words()
    words = set(WORD.findall(lowered))
    quoted = '"' in text or "“" in text  # a work's quoted title is possible (in_a_work_title)
    for name in sources():
        required = requires.get(name)
        if required is not None and not has_required(required, lowered, words):
            continue
        for match in within_paragraphs(pattern(name), text):
            if match.end() > match.start() and accept(name, match, text, quoted):
                found.append(Candidate(name, match))
    found.sort(key=lambda c: (-(c.span[1] - c.span[0]), PRIORITY[c.name], c.span[0]))
    chosen: list[Candidate] = []
    starts: list[int] = []  # the spans taken, sorted and disjoint: an overlap is a neighbour's
    ends: list[int] = []
    for candidate in found:
        s, e = candidate.span
        at = bisect.bisect_left(starts, s)
        if (at < len(starts) and starts[at] < e) or (at > 0 and ends[at - 1] > s):
            continue
        chosen.append(candidate)
        starts.insert(at, s)
        ends.insert(at, e)
    return tuple(sorted(chosen, key=lambda c: c.span[0]))


def typed_as_a_date(day: int, month: int) -> bool:
    """Numbers a date could be when a key slipped: a day up to 39, a month up to 19 (ngày 32/1,
    ngày 15/13), not any pair of numbers."""
    return 1 <= day <= 39 and 1 <= month <= 19


# a day or a month that comes round every year: no one date (Ngày 20 tháng 10 hằng năm, tháng 9 hàng năm),
# nor are those listed before the one the words follow (tháng 9 và tháng 10 hằng năm, ngày 1, 15 hằng năm;
# up to twelve: a list of thousands read to its end from each of its days would be quadratic)
EVERY_YEAR_AFTER = re.compile(
    r"(?:[^\S\n]*(?:,|và|hoặc|hay|đến|tới|-|–)[^\S\n]*(?:(?:ngày|tháng)[^\S\n]+)?\d{1,2}(?:/\d{1,2})?(?!\d)){0,12}"
    r"(?:[^\S\n]+(?:âm[^\S\n]+lịch|dương[^\S\n]+lịch|ÂL))?[^\S\n]*(?:,[^\S\n]*)?(?:hằng|hàng|mỗi)[^\S\n]+năm(?!\w)", re.IGNORECASE)
# or opening its sentence: Hằng năm, vào ngày 8 tháng Tư âm lịch, chùa mở hội (no sentence's end between),
# or a sentence that tells what comes back each time: Cứ đến tháng Mười, … tôi lại nhớ; Mỗi độ tháng Chạp về, …
# (a lead's sentence opens after its source tag: (Văn hóa) - Cứ đến tháng Mười, …)
EVERY_YEAR_BEFORE = re.compile(r"(?:^|(?<=[.!?\n])|(?<=[.!?]\s)|(?<=\)\s[-–]\s))[^\S\n]*(?:(?:hằng|hàng|mỗi)[^\S\n]+năm|"
                               r"cứ[^\S\n]+(?:đến|vào|tới|mỗi|độ)|mỗi[^\S\n]+(?:độ|dịp|mùa|khi))(?!\w)[^\S\n]*,?[^.!?\n]*$",
                               re.IGNORECASE)
EVERY_YEAR_REACH = 200  # characters before a day searched for the Hằng năm opening its sentence
YEARLESS = frozenset({"day_month", "long_date", "month", "lunar_month", "lunar_mung", "tet_bare_mung", "worded_date", "lunar_numeric", "lunar_long",
                      "lunar_full_moon", "lunar_holiday", "solar_holiday", "lunar_eve_day", "day_range", "long_day_range",
                      "month_range", "month_list"})


# a work's title in quotation marks right after the word for the work (bài thơ "Rằm tháng giêng", ca khúc
# "Mùa xuân 1975", bộ phim "Ngày 30/4", an article's: bài "Hà Nội thu phí xe … từ tháng 10" in a correction):
# its days and months name the work, not a date
WORK_TITLE_OPENED = re.compile(
    r"(?<!\w)(?:bài\s+thơ|bài\s+hát|bài\s+ca|ca\s+khúc|nhạc\s+phẩm|bộ\s+phim|phim|tác\s+phẩm|cuốn\s+sách|"
    r"cuốn\s+tiểu\s+thuyết|tiểu\s+thuyết|tập\s+thơ|tập\s+truyện|truyện\s+ngắn|vở\s+kịch|vở\s+diễn|bức\s+tranh|"
    r"album|ca\s+kịch|kịch\s+bản|bài(?:\s+viết|\s+báo)?|tin|loạt\s+bài|phóng\s+sự)[^\S\n]*[\"“][^\"“”\n]*$", re.IGNORECASE)
WORK_TITLE_CLOSED = re.compile(r"[^\"“”\n]*[\"”]")
WORK_TITLE_REACH = 120  # characters before a date searched for the title's opening


def in_a_work_title(match: re.Match, text: str) -> bool:
    """The match lies inside the quoted title of a poem, song, film or book (see WORK_TITLE_OPENED)."""
    start = match.start()
    return bool(WORK_TITLE_OPENED.search(text, max(0, start - WORK_TITLE_REACH), start)
                and WORK_TITLE_CLOSED.match(text, match.end()))


TOP_LINES = 4  # the lines at the top of a text where an app's stamp stands (Báo Mới / Tuổi Trẻ / 1 giờ / the headline)
def within_top_lines(text: str, position: int) -> bool:
    """``position`` lies in the text's first TOP_LINES lines (looked for from the top: a long text is not counted)."""
    end = -1
    for _ in range(TOP_LINES):
        end = text.find("\n", end + 1)
        if end < 0 or end >= position:
            return True
    return False


ALONE_ON_ITS_LINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*$")
ALONE_ON_ITS_LINE_AFTER = re.compile(r"[^\S\n]*(?:\n|$)")


def accept(name: str, match: re.Match, text: str, quoted: bool = True) -> bool:
    """Filters that regexes alone cannot express: cues, never-dates, plausibility. ``quoted``: the text
    has quotation marks at all (asked once per text, not for every match)."""
    if quoted and in_a_work_title(match, text):
        return False
    if name in YEARLESS and not group(match, "y", "ay", "by", "yw") and (
            EVERY_YEAR_AFTER.match(text, match.end())
            or EVERY_YEAR_BEFORE.search(text, max(0, match.start() - EVERY_YEAR_REACH), match.start())):
        return False
    ctx = context_patterns()
    if ctx["other_calendar_after"].match(text, match.end()):
        return False  # ngày 1 tháng 7 theo lịch Chăm: a day of another calendar, whose solar day is not told
    before = text[max(0, match.start() - 30): match.start()]
    line_start = text.rfind("\n", max(0, match.start() - 30), match.start())  # (a break further back is no part of it)
    if line_start >= 0 and PARAGRAPH_BREAK.match(text, line_start):
        before = text[line_start: match.start()]  # a sentence of its own on its line: nothing above it is its cue
    if name in ("day_month", "full_date", "day_range", "date_range", "padded_short_year_date") and (
            ctx["not_before"].search(before) or after_a_number_word(before)):
        return False
    if name == "from_to" and after_a_number_word(before):
        return False  # Tỷ lệ từ 1/3 đến 1/2 (but cấm đường từ 1/3 đến 5/3: the road, then its days)
    if name == "day_month":
        d, m = int(match.group("ad")), int(match.group("am"))
        if not R.possible_day_month(d, m):
            # ngày 31/4, ngày 32/1, ngày 15/13 are impossible dates worth reporting; 13/13 phường is a count
            return typed_as_a_date(d, m) and bool(ctx["strong_before"].search(before))
        if match.group("as") in ".-" and d > 31:
            return False
        if counted(match, text, before):
            return False  # hoàn thành 14/11 tuyến đường: a count, not a date
        return (cued(match, text, before) or bool(ctx["relative_before"].search(before))
                or bool(match.group("yw"))  # 30/6 năm nay: the year word the match ends on is its cue
                # từ khoảng 10/6: about a day, where the pair is no proper fraction (khoảng 1/3 diện tích)
                or (d >= m and bool(ABOUT_A_DAY_BEFORE.search(before)))
                or (match.group("as") == "/" and NAMED_DAY_BEFORE.search(before) is not None)
                or listed_after_a_cue(text, match.start())
                or in_a_dates_column(text, match.start(), match.end())
                or bool(ctx["source_tag_after"].match(text, match.end())))  # Hà Nội, 29/12 (TTXVN) -
    if name in ("full_date", "weekday_date", "time_full_date"):
        d, m, y = group(match, "ad", "bd"), group(match, "am", "bm"), group(match, "ay", "by")
        if d and m and y and m.isdigit() and not (1900 <= int(y) <= 2100 and 1 <= int(m) <= 12 and 1 <= int(d) <= 31):
            # ngày 32/1/2026 after a cue is a date typed wrong (DT102); without one, a number
            return (1900 <= int(y) <= 2100 and typed_as_a_date(int(d), int(m))
                    and bool(ctx["strong_before"].search(before)))
    if name == "day_range":
        d1, d2, m = int(match.group("d1")), int(match.group("ad")), int(match.group("am"))
        if not (R.possible_day_month(d1, m) and R.possible_day_month(d2, m) and d1 < d2):
            return False
        if match.group("join") == "," and d2 != d1 + 1:
            return False  # ngày 27, 28/2 are two days running; ngày 3, 10/3 two days apart (10/3 stays one)
        if re.match(r"(?:từ|các|ngày)(?!\w)", match.group(), FLAGS):
            return True  # từ ngày 7 đến 8/10, các ngày 7 và 8/10
        if match.group("as") != "/":
            return cued(match, text, before)  # đội hình 3-4-3, a set 6-7-8: dashes alone join any numbers
        return not counted(match, text, before)  # 4 và 5/10 phường: counts of a total, not days
    if name == "overnight":  # the morning is the night's next day
        d1, d2, m = int(match.group("d1")), int(match.group("ad")), int(match.group("am"))
        # (đêm 30 rạng sáng 1/12: the night of the month before's last day)
        return R.possible_day_month(d2, m) and (d2 == d1 + 1 or (d2 == 1 and last_day_before(m, d1)))
    if name == "from_to":  # từ 1/3 đến 2/3 diện tích: fractions
        days = int(match.group("ad")), int(match.group("am")), int(match.group("bd")), int(match.group("bm"))
        if not (R.possible_day_month(days[0], days[1]) and R.possible_day_month(days[2], days[3])):
            return False
        if match.group("overnight") is not None:  # đêm 26/11 rạng sáng 27/11: the morning is the next day
            return R.day_after(*days)
        if sentence_after_dash(text, match.end("am")):
            return False  # Nghệ An, ngày 26/2/2027 - Chiều 25/2, …: a dateline, then its lead's first words
        return not counted(match, text, before)
    if name == "solar_holiday":
        if match.group("d"):
            return R.possible_day_month(int(match.group("d")), int(match.group("m")))
        following = re.match(r"\s+(?:nước\s+|của\s+)?(\w)", text[match.end(): match.end() + 40])
        if following and following.group(1).isupper():
            return False  # Quốc khánh Lào: another country's
        # the day itself (dịp Giáng sinh, đón Tết Dương lịch, Noel năm nay), not its songs or its mood, and
        # one listed after such a day (đón Giáng sinh, Tết Dương lịch và …)
        return bool(group(match, "y", "y3", "yw") or HOLIDAY_CUE.search(before)
                    or holidays_listed_before().search(text, max(0, match.start() - LIST_REACH), match.start()))
    if name == "lunar_holiday" and " ".join(match.group("hol").lower().split()) == "trung thu":
        # the Mid-Autumn festival without Tết: a day after a word of time or with a year word (dịp Trung thu,
        # Trung thu năm nay), not the mooncakes and lanterns named after it (bánh trung thu, đèn trung thu),
        # whatever year they are (Bánh trung thu năm nay có giá …)
        if NAMED_AFTER_THE_FESTIVAL.search(before):
            return False
        return bool(group(match, "y", "yw") or HOLIDAY_CUE.search(before))
    if name == "bare_year_range":
        first, last = int(match.group("y1")), int(match.group("y2"))
        return first < last <= first + MAX_YEAR_RANGE and not ctx["not_before"].search(before)
    if name == "date_range":
        if not dashed_range_is_plausible(match):
            return False
        if match.group("ay") or match.group("by") or match.group().lower().startswith("ngày"):
            return True
        if counted(match, text, before):
            return False  # 1/3 - 2/3 diện tích: fractions, not dates
        return cued(match, text, before) or bool(match.group("yw"))
    if name in ("month",):
        word = match.group("m")
        if not word.isdigit() and not word[0].isupper():
            return False  # tháng năm (months and years), hàng tháng…
        if word.isdigit() and not 1 <= int(word) <= 12:
            return False
        if re.search(r"(?:\d|mỗi|hàng|từng|các|những|mấy|vài)\s*$", before, FLAGS):
            return False
    if name in ("month_year", "part_of_month", "bare_month_year"):
        month = month_of(match.group("m"))
        return month is not None and 1 <= month <= 12
    if name in ("month_range", "bare_month_range"):
        first, last = month_of(match.group("m1")), month_of(group(match, "m2", "m2n"))
        if first is None or last is None or not (1 <= first <= 12 and 1 <= last <= 12):
            return False
        if match.group("y1") and match.group("y"):  # từ tháng 3/2020 đến tháng 12/2021: in order
            return (int(match.group("y1")), first) < (int(match.group("y")), last)
        return first != last
    if name == "season":
        return season_years(match) is not None
    if name == "weekday_relative" and not match.group("wk").lower().startswith("tuần"):
        # thứ Hai tới, Chủ nhật này: a weekday's name, not an ordinal (lần thứ hai tới Việt Nam)
        day = match.group("wd")
        if not day.lower().startswith("thứ"):
            return True  # Chủ nhật, CN, T2: only ever a day
        name = day.split()[-1]
        if match.group("wk").lower().startswith("vừa"):
            return True  # thứ sáu vừa qua: the last Friday, whatever its case (an ordinal's noun is no weekday)
        return name[0].isupper() or name.isdigit() or bool(ctx["strong_before"].search(before))
    if name in ("listed_year", "month_list") and ctx["count_after"].search(text[match.end(): match.end() + 20]):
        return False  # năm 2025 và 2026 đồng/kg: a price after a year, not a second year
    if name == "weekday_past":  # hôm thứ Hai is Monday; hôm thứ hai (thứ 2), the second day of something
        day = match.group("wd")
        return not day.lower().startswith("thứ") or day.split()[-1][:1].isupper()
    if name in ("weekday_day_month", "weekday_long_day"):
        if group(match, "t1h", "t1h2") and not time_is_plausible(match, "t1"):
            return False
        if not weekday_is_a_day(match, before):
            return False  # lần thứ hai 25/1: an ordinal before a date
    if name == "date_weekday" and FALLS_ON.search(match.group()) and (
            RANGE_END_BEFORE.search(before) or MORE_WEEKDAYS_AFTER.match(text, match.end())):
        return False  # dịp 30/4 - 1/5 rơi vào thứ Sáu và thứ Bảy: the span's days, not 1/5 alone
    if name in ("weekday_day_month", "date_weekday", "short_year_date", "padded_short_year_date"):
        return R.possible_day_month(int(match.group("ad")), int(match.group("am")))
    if name == "weekday_long_day":
        month = month_of(match.group("bm"))
        return month is not None and R.possible_day_month(int(match.group("bd")), month)
    if name == "time":
        if not group(match, "t1pod") and (DURATION_BEFORE.search(before) or DURATION_AFTER.match(text, match.end())):
            return False  # trong 24 giờ tới, sau 2 giờ, 48 giờ qua: hours counted, not a time of day
        if not time_is_plausible(match, "t1"):
            return False
        if re.match(r"\s*(?:đến|tới)", match.group(), FLAGS) and re.search(r"(?<![\w/.:,])\d{1,2}\s*$", before, FLAGS):
            return False  # mất từ 5 đến 7 giờ, trong khoảng 4 đến 6 giờ: hours counted (a span of the day is hour_span's)
        if re.match(r"\s*(?:lúc|vào|hồi|từ|đến)", match.group(), FLAGS) or ":" in match.group():
            return True
        if group(match, "t1mi", "t1half", "t1to", "t1pod"):
            return True  # 7 giờ 30, 7h30, 7 giờ rưỡi, 3 giờ sáng: a time of day
        if re.search(r"(?<![\w/.:])\d{1,2}\s*[-–]\s*$", before):
            return False  # cách nhau 4 - 6 giờ: a range of hours counted (the dash opens no clause)
        if (ALONE_ON_ITS_LINE_BEFORE.search(before) and ALONE_ON_ITS_LINE_AFTER.match(text, match.end())
                and within_top_lines(text, match.start())):
            return False  # 1 giờ alone on its line over the headline: an app's age of the story (an hour ago), no time
            # of day (a programme's 7 giờ alone on its line, in the body, still is one)
        # a bare "7 giờ" is a time where it opens a clause
        # (7 giờ, đoàn xuất phát; Khoảng 7 giờ, …) or after trước, "before" a time of day (nộp trước 17h);
        # elsewhere it counts hours (ngủ 7 giờ một ngày, mở cửa 24 giờ, đi bộ 6 giờ mới tới bản)
        return bool(re.search(r"\bgiờ|\dh$", match.group(), FLAGS)) and bool(
            CLAUSE_OPENING.search(before) or BEFORE_A_TIME.search(before) or LISTED_AFTER_A_TIME.search(before))
    if name == "spelled_time":  # bốn giờ sáng; not mất hai giờ chiều (hours counted)
        return spelled_hour(match.group("t1w")) is not None and not DURATION_BEFORE.search(before)
    if name in ("time_date",):
        return time_is_plausible(match, "t1")
    if name in ("time_range_date", "time_range_long_date"):
        return ((time_is_plausible(match, "t1") or bare_first_hour(match) is not None) and time_is_plausible(match, "t2")
                and R.possible_day_month(int(match.group("ad")), month_of(match.group("am"))))
    if name == "time_range":
        # từ 10h đến 22h; 7-8 giờ (a count of hours) and 3-4 giờ sau are not spans of the day
        spelled = re.search(r"\d[gh]|:|giờ\s*\d|từ", match.group(), FLAGS)
        # kéo dài từ 8h đến 11h30: a clock's times from … to …, not a count (kéo dài từ 3 đến 4 giờ)
        clock_span = re.match(r"\s*từ\s+\d{1,2}\s*(?:[hg:]|giờ\s*\d)", match.group(), FLAGS)
        # a clock's span is no count for what follows either (từ 5h đến 22h mỗi ngày: the service's hours)
        return (time_is_plausible(match, "t1") and time_is_plausible(match, "t2") and bool(spelled)
                and (clock_span or not (DURATION_AFTER.match(text, match.end()) or DURATION_BEFORE.search(before))))
    if name == "hour_span":
        # từ 7 đến 9 giờ sáng, or opening a clause (Từ 5 đến 7 giờ, đường ùn tắc); not hours counted
        # (mất từ 5 đến 7 giờ, chờ từ 3 đến 4 giờ). Without từ the part of the day must be written
        # (họp lúc 4 - 6 giờ chiều), as cách nhau 4 - 6 giờ counts hours
        if not match.group("from") and not (group(match, "t2pod") and not DURATION_BEFORE.search(before)):
            return False
        return (time_is_plausible(match, "t2") and bare_first_hour(match) is not None
                and not DURATION_AFTER.match(text, match.end())
                and bool(group(match, "t2pod", "t2mi", "t2mi2", "t2half") or CLAUSE_OPENING.search(before)
                         or re.search(r"(?<!\w)(?:vào|lúc|khung\s+giờ)\s*$", before, FLAGS)))
    if name == "long_day_range":
        month, first, last = long_range_days(match)
        lunar = lunar_day_range(match)
        if month is None or not 1 <= month <= 12 or not 1 <= first < last <= 30 or not (
                lunar or R.possible_day_month(last, month)):
            return False  # settled before overlaps: "30 đến 31 tháng 2" leaves 31 tháng 2 to DT102
        if counted(match, text, before):
            return False  # từ 3 đến 5 tháng 10 người: counts
        written_cue = match.group("from") or re.match(r"(?:các\s+)?ngày", match.group(), FLAGS)
        return bool(lunar or written_cue or cued(match, text, before))
    if name == "lunar_eve_day":  # tối 30 Tết, or opening a sentence; not trải qua 25 Tết (a count)
        return bool(LUNAR_EVE_CUE.search(before))
    if name == "count_relative" and not (match.group("dir") or match.group("ago")):
        return False  # 3 ngày, 2 tuần: a duration, not a day counted from the reference
    if (name == "count_relative" and (match.group("dir") or "").lower() == "trước"
            and (BEFORE_A_DAY_AFTER.match(text, match.end()) or context_patterns()["event_after"].match(text, match.end()))):
        return False  # đúng một tuần trước Tết Nguyên đán, hai ngày trước ngày cưới: before the event, not ago
    if name == "count_relative" and match.group("unit").lower() in HOUR_UNITS:
        # 24 giờ qua, 48 giờ tới: whole days of hours before or after the reference; 2 giờ trước is no day
        hours = number_of(match.group("n") or "")  # a pair of counts (ba bốn giờ) is none of these
        return (hours is not None and hours % 24 == 0 and (match.group("dir") or "").lower() in ("qua", "tới")
                and not match.group("ago") and (bool(re.search(r"(?<!\w)trong\s*$", before, FLAGS))
                                                or not re.match(r"[^\S\n]*[^\W\d_]", text[match.end(): match.end() + 3])))
        # (trong 24 giờ qua, or the clause ends there: not làm việc 24 giờ qua đêm, overnight)
    if (name == "count_relative" and (match.group("dir") or "").lower() == "qua"
            and re.search(r"(?<!\w)(?:trước|sớm)\s*$", before, FLAGS)):
        return False  # đặt vé trước ba tháng qua website: three months ahead, then via the website
    if name == "count_relative" and (match.group("dir") or "").lower() == "tới":
        # trong 3 ngày tới (the coming three days), not đi 3 ngày tới Huế (three days' travel to Huế)
        return bool(re.search(r"(?<!\w)(?:trong|vào)\s*$", before, FLAGS)) or not re.match(
            r"[^\S\n]+[^\W\d_]", text[match.end(): match.end() + 3]) or text[match.end():].lstrip().lower().startswith("đây")
    if name == "relative":
        if match.group().lower().startswith("quý") and not (CLAUSE_OPENING.search(before) or QUARTER_BEFORE.search(before)):
            return False  # món quà quý sau bao năm: precious, no quarter (quý tới opens a clause or follows trong, vào …)
        # "năm nay", "năm trước" right after a number belong to the number: 3 năm trước (on the
        # same line: a dateline's year above "Hôm qua (20/1)" is no count)
        if ctx["counted_before"].search(before) or re.search(r"(?<!\w)(?:thứ|chủ)\s+$", before, FLAGS):
            return False  # nor is "Năm tới" in "thứ Năm tới" next year, nor "tuần sau" in "Hai tuần sau"
        if BEFORE_A_DAY_AFTER.match(text, match.end()) and match.group().lower().endswith(("trước", "sau")):
            return False  # đánh giá cuối năm trước ngày 20/5: the year's end, before a day; not last year
        if (match.group().lower().endswith("trước") and ctx["in_front_of_after"].match(text, match.end())
                and re.search(r"\w[^\S\n]+$", before)):
            return False  # kể lại câu chuyện trong tuần trước lớp: in front of the class, not last week
            # (a clause opening on Tuần trước is last week's: Tuần trước lớp 5A đi tham quan)
        if (match.group().lower().endswith(("trước", "sau")) and ctx["event_after"].match(text, match.end())
                and re.search(r"\w[^\S\n]+$", before)):
            return False  # cả tuần trước khai mạc, hai tháng sau Tết: before or after the event, no last or next week
        if " ".join(match.group().lower().split()) == "hôm nay" and ctx["nowadays_before"].search(before):
            return False  # Trẻ em hôm nay lớn lên cùng điện thoại: nowadays, no day
    return True


TABLE_CELL_BEFORE = re.compile(r"\|[^\S\n]*$")
TABLE_CELL_AFTER = re.compile(r"[^\S\n]*\|")
DATES_COLUMN_HEADING = re.compile(r"^(?:ngày|thời gian|thời điểm|ngày thi đấu|ngày giờ|date)$", re.I)
TABLE_ROWS_LOOKED_BACK = 60


def in_a_dates_column(text: str, start: int, end: int) -> bool:
    """The pair fills a Markdown table's cell under a heading that names days (``| Ngày | Trận đấu |``
    then ``| 6/3 | … |``): the column's heading is its cue."""
    line_start = text.rfind("\n", 0, start) + 1
    if not (TABLE_CELL_BEFORE.search(text, line_start, start) and TABLE_CELL_AFTER.match(text, end)):
        return False
    column = text.count("|", line_start, start) - 1  # cells before this one
    heading = None
    position = line_start
    for _ in range(TABLE_ROWS_LOOKED_BACK):  # up the table to its first row, the heading
        if position == 0:
            break
        previous = text.rfind("\n", 0, position - 1) + 1
        if not text[previous:position].lstrip().startswith("|"):
            break
        heading, position = text[previous:position], previous
    if heading is None:
        return False
    cells = [cell.strip() for cell in heading.strip().strip("|").split("|")]
    return 0 <= column < len(cells) and DATES_COLUMN_HEADING.match(cells[column]) is not None


FALLS_ON = re.compile(r"(?:rơi|nhằm)\s+vào", re.I)
RANGE_END_BEFORE = re.compile(r"\d{1,2}[^\S\n]*(?:/[^\S\n]*\d{1,2})?[^\S\n]*(?:-|–|đến|tới|và|,)[^\S\n]*(?:ngày[^\S\n]+)?$", re.I)
MORE_WEEKDAYS_AFTER = re.compile(r"[^\S\n]*(?:,|và|-|–|đến)[^\S\n]*(?:thứ|chủ[^\S\n]+nhật|CN)(?!\w)", re.I)
BEFORE_A_DAY_AFTER = re.compile(r"[^\S\n]+(?:ngày|hôm|thời\s+hạn|hạn|khi|\d)", re.I)


LUNAR_EVE_CUE = re.compile(r"(?:(?<!\w)(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|từ|đến|vào)\s+|^\s*|[.!?:;]\s+|\n\s*)$", re.I)


def weekday_is_a_day(match: re.Match, before: str) -> bool:
    """A weekday before a date is a day unless it may be an ordinal: ``thứ hai`` all in lower case
    with nothing but a space before the date and no word of time before it (``lần thứ hai 25/1``
    is the second time; ``vào thứ hai 25/1``, ``thứ hai, 25/1``, ``thứ Hai 25/1`` are Mondays)."""
    day = match.group("wd")
    if not day.startswith("thứ") or day.split()[-1].isdigit() or not day.islower() or group(match, "t1h", "t1h2"):
        return True  # a day's name, or a time of that day before it (8 giờ sáng thứ sáu 27/11)
    joined = match.group()[match.end("wd") - match.start():]
    ctx = context_patterns()
    return bool(re.match(r"\s?[,(]|\s+ngày(?!\w)", joined, FLAGS) or ctx["cue_before"].search(before)
                or ctx["strong_before"].search(before))


def counted(match: re.Match, text: str, before: str) -> bool:
    """A counted noun follows the number pair (14/11 tuyến đường, 2/3 diện tích), or the pair it
    is joined to (từ 1/3 đến 1/2 diện tích), and no strong date word precedes it: a count or a
    fraction, not a date."""
    ctx = context_patterns()
    paired = PAIR_AFTER.match(text, match.end())  # từ 1/3 đến 1/2 diện tích: the pair after it counts the noun too
    after = text[match.end(): match.end() + 20] if paired is None else text[paired.end(): paired.end() + 20]
    if HOURS_AFTER.match(after) and "as" in match.re.groupindex and (match.group("as") or "").strip() in "-–":
        return True  # mỗi ngày 2 - 3 giờ: hours counted, after ngày too (no day is followed by giờ)
    return bool(ctx["count_after"].search(after)) and not ctx["strong_before"].search(before)


# what may stand between a ratio's word and its pair: từ, khoảng, and the first pair of a span
# (Tỷ lệ từ khoảng 1/3 đến 1/2); a place's word takes its number right after it (hẻm 7/10; cấm
# đường từ 1/3 is a date)
RATIO_BEFORE = re.compile(
    r"(?<!\w)(?:tỷ|tỉ)[^\S\n]+(?:lệ|số)[^\S\n]+(?:(?:từ|khoảng)[^\S\n]+)*"
    r"(?:\d{1,2}[^\S\n]?/[^\S\n]?\d{1,2}[^\S\n]*(?:đến|tới|-|–)[^\S\n]*(?:khoảng[^\S\n]+)?)?$", re.I)


def after_a_number_word(before: str) -> bool:
    """A ratio's word (``tỷ lệ``, ``tỉ số``) stands before the pair across ``từ``, ``khoảng`` or the
    first pair of a span: ``Tỷ lệ từ khoảng 1/3 đến 1/2`` are fractions."""
    return RATIO_BEFORE.search(before) is not None


DASH_AFTER_A_DAY = re.compile(r"(?:[/.-]\d{2,4})?[^\S\n]*[-–—][^\S\n]*")


def sentence_after_dash(text: str, position: int) -> bool:
    """A dash after the day (and its year) at ``position``, then a capitalised word: a new sentence
    (the lead after its dateline: ``ngày 26/2/2027 - Chiều 25/2``), no range's second day."""
    dash = DASH_AFTER_A_DAY.match(text, position)
    return dash is not None and text[dash.end(): dash.end() + 1].isupper()


ABOUT_A_DAY_BEFORE = re.compile(r"(?<!\w)(?:từ|vào|đến|tới|trước|sau)[^\S\n]+khoảng[^\S\n]*$", re.I)
HOURS_AFTER = re.compile(r"\s+(?:giờ|tiếng|phút)(?!\w)", re.I)
PAIR_AFTER = re.compile(r"[^\S\n]*(?:-|–|đến|tới)[^\S\n]*(?:khoảng[^\S\n]+)?\d{1,2}[^\S\n]?/[^\S\n]?\d{1,2}(?![\d/])", re.I)


def cued(match: re.Match, text: str, before: str) -> bool:
    """A word of time before the number pair (ngày, sáng, từ, a weekday…) or after it (năm nay, tới)."""
    ctx = context_patterns()
    return bool(ctx["cue_before"].search(before) or ctx["cue_after"].search(text[match.end(): match.end() + 20]))


# what comes before "quý tới", "quý trước" when they name a quarter: a clause's opening (CLAUSE_OPENING) or a word of time
# (trong quý tới, sang quý sau, so với quý trước); after a noun, "quý" is "precious" (món quà quý sau bao năm)
QUARTER_BEFORE = re.compile(r"(?<!\w)(?:trong|vào|sang|đến|tới|từ|của|cho|so với|hết|"
                            r"cuối|đầu|giữa|ngay|cả|suốt|với|và|hoặc|là)[^\S\n]+$", re.I)
HOUR_UNITS = ("giờ", "tiếng")
CLAUSE_OPENING = re.compile(r"(?:^|[.!?;:,(\n\-–])[^\S\n]*(?:(?:khoảng|chừng|tầm|đúng|vào\s+khoảng)[^\S\n]+)?$", re.I)
BEFORE_A_TIME = re.compile(r"(?<!\w)trước\s*$", re.I)  # hours counted come before it: 2 giờ trước
# the last of a list of times after lúc, vào, hồi (lúc 5h, 7h, 9h và 17h; vào 7 giờ hoặc 9 giờ; not mất 3 giờ và 4 giờ)
LISTED_AFTER_A_TIME = re.compile(
    r"(?<!\w)(?:lúc|vào|hồi)[^\S\n]+(?:\d{1,2}[^\S\n]?(?:h|g|giờ)(?:[^\S\n]?\d{2})?[^\S\n]*(?:,|và|hoặc|hay)[^\S\n]*)+$", re.I)
# hours counted, not a time of day: trong 24 giờ, mất 3 giờ, 48 giờ qua, a race's thành tích 2 giờ 14 phút 52 giây
DURATION_BEFORE = re.compile(
    # (lên đến 24 giờ, lên tới 10 giờ: an amount risen to, a battery's or a wait's hours)
    # (rút ngắn xuống còn khoảng 1 giờ 30 phút, giảm còn 2 giờ: a time cut down to)
    r"(?<!\w)(?:(?:trong|sau|mất|suốt|vòng|cả|mỗi|chỉ|kéo dài|thành tích|lên(?:\s+(?:đến|tới))?|xuống(?:\s+còn)?|giảm(?:\s+còn)?"
    # (dài hơn, khoảng 11 giờ 34 phút: a day's length)
    r"|dài(?:\s+hơn)?,?)(?:[^\S\n]+(?:còn|khoảng|chừng|gần|hơn|độ|tầm))?"
    # thời gian bay khoảng 8 giờ 15 phút: a journey's or a task's time (not the bare label Thời gian: 8 giờ 30)
    r"|thời gian (?:bay|di chuyển|chạy|hành trình|làm bài|thi|thực hiện|phẫu thuật|hoàn thành|về đích|chờ|đợi|sạc|xử lý"
    r"|ban ngày|ban đêm|chiếu sáng|nắng)(?:[^\S\n]+(?:khoảng|là|chừng|chỉ|gần|hơn|chỉ khoảng|chỉ còn))?"
    # a race's result: về nhất với thời gian 8 giờ 12 phút
    r"|với thời gian(?:[^\S\n]+(?:khoảng|là|chừng|chỉ|gần|hơn))?)[^\S\n]*\n?[^\S\n]*\Z",  # not across a blank line
    re.I)
DURATION_AFTER = re.compile(
    r"\s+(?:tới|qua|nữa|liên tục|liền|đồng hồ|trước|sau|mỗi|một lần|làm việc|\d{1,2}(?:[.,]\d+)?\s*giây)(?!\w)", re.I)
# the capitalised name of the day or the victory a date marks, right before it (Ngày Chiến thắng 30/4, Ngày
# Giải phóng 30/4, Quốc tế Lao động 1/5, Chiến thắng Điện Biên Phủ 7/5; not a score: giành chiến thắng 3-1)
NAMED_DAY_BEFORE = re.compile(r"(?:(?<!\w)(?:Ngày|NGÀY|Quốc[^\S\n]+tế)[^\S\n]+[A-ZĐÀ-Ỹ][^\W\d_]*(?:[^\S\n]+[^\W\d_]+){0,3}"
                              r"|(?<!\w)(?:Chiến[^\S\n]+thắng|CHIẾN[^\S\n]+THẮNG)(?:[^\S\n]+[A-ZĐÀ-Ỹ][^\W\d_]*){0,4})[^\S\n]*\(?$")
# the things named after the Mid-Autumn festival: bánh trung thu, đèn trung thu, hộp bánh, quà, đồ chơi trung thu
NAMED_AFTER_THE_FESTIVAL = re.compile(r"(?<!\w)(?:bánh|đèn|lồng\s+đèn|hộp|quà|đồ\s+chơi)\s*$", re.I)
# the words before a holiday that make it a day (dịp Giáng sinh, đón Tết Dương lịch), not its songs or its mood
HOLIDAY_CUE_WORDS = r"(?<!\w)(?:dịp|nhân|ngày|đêm|lễ|mừng|đón|trước|sau|vào|nghỉ|đến|từ|tới|chào)"
HOLIDAY_CUE = re.compile(HOLIDAY_CUE_WORDS + r"\s*$", re.I)
MAX_YEAR_RANGE = 100  # 2021-2030 is a period, (1945-2025) an anniversary's span


@lru_cache(maxsize=1)
def holidays_listed_before() -> re.Pattern[str]:
    """Holidays listed after a cue, ending with a comma or a conjunction (``đón Giáng sinh, ``, ``dịp
    Quốc khánh và ``): the holiday after them is a day too."""
    from editkit.vietnamese.dates.lexicon import pieces

    w = pieces()
    holiday = rf"(?:{w['solar_holiday']}|{w['holiday']})"
    return re.compile(rf"{HOLIDAY_CUE_WORDS}\s+{holiday}"
                      rf"(?:\s*(?:,|và|hoặc)\s*{holiday}){{0,3}}\s*(?:,|và|hoặc)\s*$", FLAGS)
LIST_REACH = 200  # characters before a day/month searched for the list it ends


def listed_after_a_cue(text: str, start: int) -> bool:
    """A day/month in a list whose first day has a cue: ``Các ngày 8/6, 15/6 và 22/6``,
    ``Lịch thi đấu: 8/6, 15/6, 22/6``, ``Ngày 5 tháng 10 và 11/12``."""
    ctx = context_patterns()
    window = text[max(0, start - LIST_REACH): start]
    if ctx["written_list_before"].search(window):
        return True
    listed = ctx["list_before"].search(window)
    return bool(listed) and bool(ctx["cue_before"].search(window[max(0, listed.start() - 30): listed.start()]))


def last_day_before(month: int, day: int) -> bool:
    """``day`` can be the last of the month before ``month`` (30 before 1/12; 28 or 29 before 1/3)."""
    before = 12 if month == 1 else month - 1
    return day in ((28, 29) if before == 2 else (calendar.monthrange(2001, before)[1],))


def dashed_range_is_plausible(match: re.Match) -> bool:
    """Two dates joined by a dash are a range when both are written alike (30/4 - 1/5, not 30/4 - 1.5),
    both exist and the second follows the first (or, without years, follows it across New Year:
    30/12 - 2/1); otherwise the dash joins something else (fractions, scores, codes)."""
    if match.group("as") not in "/." or match.group("bs") != match.group("as"):
        return False
    (d1, m1), (d2, m2) = (int(match.group("ad")), int(match.group("am"))), (int(match.group("bd")), int(match.group("bm")))
    if not (R.possible_day_month(d1, m1) and R.possible_day_month(d2, m2)):
        return False
    y1, y2 = match.group("ay"), match.group("by")
    if y1 and y2:
        return (int(y1), m1, d1) < (int(y2), m2, d2)
    return (m1, d1) < (m2, d2) or (m1 == 12 and m2 == 1 and not y1)


def time_is_plausible(match: re.Match, p: str) -> bool:
    hour = group(match, f"{p}h", f"{p}h2")
    minute = group(match, f"{p}mi", f"{p}mi2")
    return hour is not None and int(hour) <= 24 and (minute is None or int(minute) < 60)


def spelled_hour(words: str) -> int | None:
    """An hour written in words: ``bốn`` 4, ``mười một`` 11 (None past twelve)."""
    hour = number_of(words)
    return hour if hour is not None and 1 <= hour <= 12 else None


def clock(match: re.Match, p: str) -> tuple[int, int] | None:
    hour = group(match, f"{p}h", f"{p}h2")
    if hour is None:
        spelled = group(match, f"{p}w")
        hour = spelled_hour(spelled) if spelled else None
        if hour is None:
            return None
    minute = int(group(match, f"{p}mi", f"{p}mi2") or 0)
    hour = int(hour)
    if group(match, f"{p}half"):
        minute = 30  # 7 giờ rưỡi: half past seven
    elif (before := group(match, f"{p}to")) and 0 < int(before) < 60:
        hour, minute = (hour - 1) % 24, 60 - int(before)  # 7 giờ kém 15: a quarter to seven, 6:45
    part = (group(match, f"{p}pod", f"{p}pod2") or "").lower()  # 8 giờ tối 27/11: the part of the day before the date
    if part in ("chiều", "tối") and hour < 12:
        hour += 12
    elif part in ("đêm", "khuya") and 6 <= hour < 12:
        hour += 12
    elif part == "trưa" and hour < 6:
        hour += 12
    meridiem = (group(match, f"{p}ap") or " ")[0].lower()  # 10:15 PM, as some sites print it
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    return hour, minute  # 24 giờ ngày 31/12: the day's end, day_value's next midnight


def bare_first_hour(m: re.Match) -> tuple[int, int] | None:
    """The first hour of ``từ 7 đến 9 giờ tối`` (19:00), written without its unit: the second
    time's part of the day shifts it too; None when there is none or it does not come first."""
    first, end, last = group(m, "t1h", "t1bare"), clock(m, "t2"), group(m, "t2h", "t2h2")
    if first is None or end is None or last is None or not int(first) < int(last):
        return None
    return (int(first) + end[0] - int(last)) % 24, 0


def lunar_day_range(m: re.Match) -> bool:
    """The days are lunar: âm lịch, mùng, rằm, a named year or a lunar month's name (Giêng, Chạp)."""
    return bool(m.group("al") or m.group("mung") or m.group("full") or group(m, "stem")
                or m.group("m").lower() in vocabulary()["lunar_month_names"])


def long_range_days(m: re.Match) -> tuple[int | None, int, int]:
    """(month, first day, last day) of a day range in words; rằm is the 15th."""
    month = lunar_month_of(m.group("m")) if lunar_day_range(m) else month_of(m.group("m"))
    return month, int(m.group("d1")), 15 if m.group("full") else int(m.group("d2"))


def season_years(m: re.Match) -> tuple[int, int] | None:
    """``2025/26`` → (2025, 2026): the next year in two digits, or in four a later year."""
    y1, written = int(m.group("y1")), m.group("y2")
    y2 = y1 - y1 % 100 + int(written) if len(written) == 2 else int(written)
    if y2 != y1 + 1 and not (len(written) == 4 and y1 < y2 <= y1 + MAX_YEAR_RANGE):
        return None
    return y1, y2
