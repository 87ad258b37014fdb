"""Build mentions of years, seasons, months, decades, quarters and parts of a year (2021-2025,
mùa khô 2024-2025, tháng 3-5/2024, thập niên 90, quý II, đầu năm)."""

from __future__ import annotations

import datetime as dt
import re

from editkit.vietnamese.dates import resolve as R
from editkit.vietnamese.dates.build_days import numeric_parts
from editkit.vietnamese.dates.candidates import season_years
from editkit.vietnamese.dates.lexicon import (
    month_of,
    names_that_year,
    number_of,
    year_word_offset,
)
from editkit.vietnamese.dates.mention import Mention, group
from editkit.vietnamese.dates.patterns import LISTED_MONTH, context_patterns
from editkit.vietnamese.dates.resolver import UNTIL_BEFORE, UNTIL_THE_END_OF, Resolver

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


MAX_YEAR_SPAN = 150


# the labels of a year that runs from August or September to July: a school year, a football season
# (and the winter-spring rice crop, sown from November, cut in spring: vụ đông xuân 2026-2027)
SCHOOL_YEAR_LABEL = re.compile(
    r"(?:năm\s+học|niên\s+kh[óo]a|mùa\s+giải|mùa\s+bóng|vụ(?:\s+lúa)?\s+đông(?:\s+|\s?-\s?)xuân)$", re.I)


# the admission to a school year, before its label (Kỳ thi tuyển sinh lớp 10 năm học 2027-2028)
ADMISSION_BEFORE = re.compile(r"(?<!\w)(?:tuyển\s+sinh|nhập\s+học)(?!\w)[^.;\n]{0,30}$", re.I)


def remember_a_school_year(m: re.Match, r: Resolver, mention: Mention, y1: int, y2: int) -> None:
    if y2 == y1 + 1 and SCHOOL_YEAR_LABEL.match(" ".join((group(m, "label") or "").lower().split())):
        admission = ADMISSION_BEFORE.search(r.text, max(0, mention.start - 50), mention.start) is not None
        r.remember_school_year(mention.start, y1, admission)


def build_year_range(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if not 0 < y2 - y1 <= MAX_YEAR_SPAN:
        return None  # 2000 - 2500 m: quantities, not years
    remember_a_school_year(m, r, mention, y1, y2)
    label_end = 0 if (group(m, "label") or "").lower().startswith("từ") else m.start("y1") - m.start()
    return years_period(mention, label_end, y1, y2)


def years_period(mention: Mention, label_end: int, first: int, last: int) -> Mention:
    """The period ``first/last``, its span starting after a label (``nhiệm kỳ``, ``mùa giải``)."""
    mention.start += label_end
    mention.text = mention.text[label_end:]
    mention.kind, mention.value = "period", f"{first}/{last}"
    return mention


def build_season(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``mùa giải 2025/26``: a season from one year into the next, the second year maybe in two digits."""
    y1, y2 = season_years(m)
    remember_a_school_year(m, r, mention, y1, y2)
    return years_period(mention, m.start("y1") - m.start(), y1, y2)


def build_month_range(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``tháng 11-12``, ``từ tháng 3 đến tháng 5/2027``, ``từ tháng 3/2020 đến tháng 12/2021``: months in
    order, the second maybe in the next year; a year word after the second names its year (``từ tháng
    12 đến tháng 3 năm sau``: this December to next March)."""
    first, last = month_of(m.group("m1")), month_of(group(m, "m2", "m2n"))
    mention.kind = "range"
    if m.group("y1"):  # từ tháng 3/2020 đến tháng 12/2021 · từ tháng 10/2025 đến tháng 2
        first_year = int(m.group("y1"))
        last_year = int(m.group("y")) if m.group("y") else first_year + (first > last)
        mention.explicit_year = True
        r.remember_year(mention.start, last_year)
    elif m.group("y"):
        last_year = int(m.group("y"))
        first_year = last_year - (first > last)
        mention.explicit_year = True
        r.remember_year(mention.start, last_year)
    elif (offset := year_word_offset(group(m, "yw"))) is not None:
        # từ tháng 12 đến tháng 3 năm sau: the year word is the last month's; the first is the one before it
        mention.year_inferred = True  # from the publication year, as tháng 3 năm nay's is
        if r.reference is None:
            return mention
        last_year = r.reference.year + offset
        first_year = last_year - (first > last)
    else:
        mention.year_inferred = True
        first_year = month_year(m, mention, r, first)
        last_year = first_year + (first > last) if first_year else None
    if first_year is None:
        return mention
    mention.value = f"{first_year}-{first:02d}/{last_year}-{last:02d}"
    r.month_spans[mention.end] = ((first_year, first), (last_year, last))
    return mention


def build_month_year(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    month, year = month_of(m.group("m")), int(m.group("y"))
    mention.kind, mention.value = "period", f"{year}-{month:02d}"
    mention.explicit_year = True
    r.remember_year(mention.start, year)
    return mention


def build_month(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    month = month_of(m.group("m"))
    if month is None:
        return None
    mention.kind, mention.year_inferred = "period", True
    year = month_year(m, mention, r, month)
    mention.value = f"{year}-{month:02d}" if year else None
    if year:
        r.months[mention.end] = (month, year)
    return mention


# the join after a month a list names before this one (tháng 12 và tháng 1, nửa cuối tháng 12 và đầu tháng 1)
MONTH_JOINED_BEFORE = re.compile(r"[^\S\n]*(?:,|và|hoặc|hay)[^\S\n]*(?:(?:nửa[^\S\n]+)?(?:đầu|cuối|giữa)[^\S\n]+)?$", re.I)


def listed_after_a_month(r: Resolver, start: int, month: int) -> int | None:
    """The year of a month listed after another (``tháng 12 và tháng 1``): that month's, the next
    when it comes earlier in the calendar (the winter's December and January)."""
    joined = MONTH_JOINED_BEFORE.search(r.text, max(0, start - 24), start)
    before = r.months.get(joined.start()) if joined else None
    if before is None:
        return None
    listed_month, year = before
    return year + 1 if month < listed_month else year


def month_a_span_runs_to(r: Resolver, start: int, month: int) -> int | None:
    """The year of the month a span runs to from a day the sentence names before it without a year (``Từ
    ngày 16/1 đến hết tháng 4``, written in January: this April, not last): that day's, the next when the
    month comes earlier in the calendar."""
    if not UNTIL_BEFORE.search(r.text, max(0, start - 16), start):  # Từ ngày 16/1 đến hết tháng 4
        return None
    told = r.day_told_last(start)
    if told is None:
        return None
    day = told[1]
    return day.year if month >= day.month else day.year + 1


def month_inside_a_span_told_before(r: Resolver, start: int, month: int) -> int | None:
    """The year of a month inside a span of months the sentence names before it (``dịch có thể bùng phát từ
    tháng 6 đến tháng 10, đỉnh dịch rơi vào tháng 9``, written in April: this September, as the span is)."""
    s, _, _ = r.sentence(start, start)
    for end in sorted((end for end in r.month_spans if s <= end <= start), reverse=True):
        first, last = r.month_spans[end]
        for year in range(first[0], last[0] + 1):
            if first <= (year, month) <= last:
                return year
    return None


ACCOUNT_REACH_DAYS = 62  # a month reckoned (hóa đơn tháng 11) ended at most this long ago is the one gone by


MONTH_IN_LIST = re.compile(LISTED_MONTH)


def build_month_list(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``tháng 10 và 11``, ``tháng 10, 11 và 12 năm 2027``: each month its own period, the last one the
    mention (with the year written after it, every month's), the others before it as ``listed_before``;
    a month after the last in the calendar is the year before's (``tháng 12 và 1 năm 2027``: December 2026)."""
    last = int(m.group("m"))
    mention.start, mention.text = m.start("m"), m.string[m.start("m"): mention.end]
    mention.kind, mention.year_inferred = "period", not m.group("y")
    year = int(m.group("y")) if m.group("y") else month_year(m, mention, r, last)
    mention.value = f"{year}-{last:02d}" if year else None
    if year and m.group("y"):
        r.remember_year(mention.start, year)
    for number in MONTH_IN_LIST.finditer(m.string, m.start("ms"), m.end("ms")):
        month = int(number.group())
        start = m.start() if number.start() == m.start("ms") else number.start()  # the first with its tháng
        earlier = year - 1 if year and month > last else year
        mention.listed_before.append(Mention(start, number.end(), m.string[start:number.end()], "period",
                                             f"{earlier}-{month:02d}" if earlier else None,
                                             year_inferred=mention.year_inferred))
    return mention


# the days of a month's thirds: thượng tuần 1–10, trung tuần 11–20, hạ tuần 21 to the month's end
MONTH_THIRDS = {"thượng": (1, 10), "trung": (11, 20), "hạ": (21, None)}


def build_part_of_month(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``thượng tuần tháng 2``, ``hạ tuần tháng 12 năm nay``: the first, middle or last ten days of
    a month, as an interval of days."""
    month = month_of(m.group("m"))
    if month is None:
        return None
    mention.kind = "period"
    if group(m, "y"):
        year = int(m.group("y"))
        mention.explicit_year = True
        r.remember_year(mention.start, year)
    else:
        mention.year_inferred = True
        year = month_year(m, mention, r, month)
    if year is None:
        return mention
    first, last = MONTH_THIRDS[m.group("part").lower()]
    last_day = R.month_bounds(year, month)[1] if last is None else dt.date(year, month, last)
    mention.value = f"{dt.date(year, month, first).isoformat()}/{last_day.isoformat()}"
    return mention


# the month a commodity's futures contract is delivered in (Robusta giao tháng 11, kỳ hạn giao tháng 3): ahead
DELIVERY_BEFORE = re.compile(r"(?<!\w)(?:kỳ\s+hạn\s+)?giao(?:\s+hàng)?\s+$", re.IGNORECASE)
# the month a story moves into (Sang tháng 1, trời rét đậm · bước sang tháng 2): the coming one, written without a
# past tense (a review's Sang tháng 1, giá đã tăng is last January's)
INTO_THE_MONTH_BEFORE = re.compile(r"(?<!\w)(?:bước\s+)?sang\s+(?:(?:đầu|giữa|cuối)\s+)?$", re.IGNORECASE)
# an event told to take place in the month, the month after its verb (Hội chợ diễn ra vào đầu tháng 1, written on
# 14/12: the coming January; a December review of the year opens its sentences on the month instead: Tháng 1, …)
EVENT_IN_THE_MONTH_BEFORE = re.compile(
    r"(?<!\w)(?:diễn\s+ra|được\s+tổ\s+chức|tổ\s+chức|khai\s+mạc|khởi\s+công|khánh\s+thành|ra\s+mắt|khai\s+trương|"
    r"khởi\s+tranh|mở\s+bán|mở\s+cửa|bắt\s+đầu|chính\s+thức\s+vận\s+hành|đi\s+vào\s+hoạt\s+động)"
    # (its place between: bắt đầu từ Seoul vào tháng 1)
    r"(?:(?:[^\S\n]+[^\W\d_]+){0,4}?[^\S\n]+vào|[^\S\n]+(?:từ|trong|khoảng|dự\s+kiến))?"
    r"(?:[^\S\n]+(?:đầu|giữa|cuối|trung\s+tuần|thượng\s+tuần|hạ\s+tuần))?[^\S\n]+$",
    re.IGNORECASE)


def month_year(m: re.Match, mention: Mention, r: Resolver, month: int) -> int | None:
    """The year of a month written without one: a year word's (tháng 3 năm nay), the sentence's,
    the last one begun after hồi (hồi tháng 12), the one after a month listed before it (tháng 12 và
    tháng 1), else the publication year's month, last year's when it lies well ahead or the sentence is in
    the past (not after đến cuối or đến hết: a season's or a term's end), next year's when a future
    cue says so and it has passed (or a futures contract's month of delivery: giao tháng 3)."""
    if names_that_year(group(m, "yw")):  # tháng 12 năm ấy: the year the text told last
        return r.year_told_before(mention.start)
    offset = year_word_offset(group(m, "yw"))
    if offset is not None:  # tháng 10 năm nay, tháng 3 năm sau
        return r.reference.year + offset if r.reference is not None else None
    carried = r.year_told(mention.start, month)
    if carried and not (r.reference is not None and r.carried_year_names_a_document(mention.start)):
        return carried  # (not a document's year: Báo cáo quyết toán ngân sách năm 2031 … được phê chuẩn hồi tháng 6)
    if r.reference is None:
        return None
    listed = (listed_after_a_month(r, mention.start, month) or month_a_span_runs_to(r, mention.start, month)
              or month_inside_a_span_told_before(r, mention.start, month))
    if listed:
        return listed
    if r.gone_by(mention.start):  # hồi tháng 12, written in November: last December
        return r.reference.year if month <= r.reference.month else r.reference.year - 1
    future, past = r.cues(mention.start, mention.end)
    if past and UNTIL_THE_END_OF.search(r.text, max(0, mention.start - 20), mention.start):
        past = False  # vải sớm đã thu hoạch …, chín rộ … đến cuối tháng 7: the season's end, not the past
    gone = (r.reference - R.month_bounds(r.reference.year, month)[1]).days if month < r.reference.month else None
    if future and gone is not None and (
            (gone <= ACCOUNT_REACH_DAYS
             and context_patterns()["account_before"].search(r.text, max(0, mention.start - 20), mention.start))
            or (gone <= R.DAYS_BACK_EVEN_IN_THE_FUTURE and r.future_only_in_a_later_clause(mention.start, mention.end))):
        # Hóa đơn tháng 11 sẽ được gửi trước ngày 25/12, Doanh thu tháng 10 sẽ được công bố (in December): what is
        # reckoned over a month gone by; tiền điện tháng 11 chưa thanh toán, … nếu không sẽ bị cắt điện: the month
        # just gone before a later clause's future; not the next November or October
        future = False
    if not past and (DELIVERY_BEFORE.search(r.text, max(0, mention.start - 20), mention.start)
                     or INTO_THE_MONTH_BEFORE.search(r.text, max(0, mention.start - 20), mention.start)):
        future = True  # giá Arabica giao tháng 12: a futures contract's month of delivery, still ahead; Sang tháng 1, …
    if (not past and not future and month < r.reference.month
            and (dt.date(r.reference.year + 1, month, 1) - r.reference).days <= R.NEAR_FUTURE_DAYS
            and EVENT_IN_THE_MONTH_BEFORE.search(r.text, max(0, mention.start - 60), mention.start)):
        future = True  # Hội chợ diễn ra vào đầu tháng 1, written on 14/12: the month about to come, not last January
    if not future and not past:
        r.guessed.add(mention.start)  # the year comes from the distance to the reference alone
    year = r.reference.year
    if future and month < r.reference.month:
        year += 1  # (not without a cue: a December review of the year writes Tháng 1, … for last January)
    elif not future and month > r.reference.month and R.DAYS_AHEAD_EVEN_IN_THE_PAST < (
            ahead := (dt.date(year, month, 1) - r.reference).days) and (past or ahead > R.NEAR_FUTURE_DAYS) and not (
            # a term's last month told without a tense is the nearer one (Lễ hội kéo dài đến cuối tháng 10,
            # written in April: this October, which begins before last October's end is as far back)
            not past and r.ends_a_term(mention.start)
            and ahead < (r.reference - R.month_bounds(year - 1, month)[1]).days):
        year -= 1  # a month well ahead of the reference, or in a past-tense sentence: last year's;
        # but the month about to begin is the coming one whatever the tense, as a day is (occurrence)
        if (not past and ahead < (r.reference - dt.date(year, month, 1)).days
                and r.written_before(year + 1, mention.start) and not r.written_before(year, mention.start)):
            year += 1  # … lịch lưu diễn châu Á năm 2027 … bắt đầu tại Seoul vào tháng 4: the coming April, nearer
    return year


# the tens of a decade spelled out: những năm chín mươi (the 1990s)
DECADE_WORDS = {"ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}


def build_decade(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``thập niên 1990``, ``những năm 80`` (the 1980s: two digits from 30 up), ``những năm chín
    mươi`` (spelled out), ``thế kỷ XX`` (1901–2000)."""
    mention.kind = "period"
    if m.group("c"):
        first, last = (century_number(m.group(g)) if m.group(g) else None for g in ("c", "c2"))
        if not first or (m.group("c2") and not (last and first < last)):
            return None  # (thế kỷ XI - XIV: the centuries from the 11th to the 14th)
        mention.value = f"{(first - 1) * 100 + 1:04d}/{(last or first) * 100:04d}"
        return mention
    decade = int(m.group("dec")) if m.group("dec") else 10 * DECADE_WORDS[m.group("decw").lower()]
    if decade < 100:
        if decade < 30:
            return None  # thập niên 20: the 1920s or the 2020s
        decade += 1900
    mention.value = f"{decade}/{decade + 9}"
    return mention


def century_number(written: str) -> int | None:
    """The century written in Arabic or Roman figures, 1 to 21; None for any other number."""
    century = int(written) if written.isdigit() else roman_number(written)
    return century if century and 1 <= century <= 21 else None


def roman_number(text: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    total, previous = 0, 0
    for letter in reversed(text.lower()):
        value = values.get(letter)
        if value is None:
            return None
        total, previous = (total - value, previous) if value < previous else (total + value, value)
    return total


def build_quarter(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``quý I/2027``, ``quý I năm tới``, ``quý cuối năm`` (the fourth), ``quý đầu năm`` (the first)."""
    written = group(m, "q")
    quarter = (ROMAN.get(written.lower()) or int(written)) if written else (4 if m.group("qpos").lower() == "cuối" else 1)
    mention.kind = "period"
    year_word = group(m, "yw") if written is None else None  # quý cuối năm ngoái: the word after năm
    year = r.period_year(m, mention, lambda year: (  # quý I/2027, quý I năm tới, quý I
        R.month_bounds(year, quarter * 3 - 2)[0], R.month_bounds(year, quarter * 3)[1]),
        f"năm {year_word}" if year_word else None)
    mention.value = f"{year}-Q{quarter}" if year else None
    return mention


def build_part_of_year(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``6 tháng đầu năm``, ``3 tháng cuối năm 2024``, ``nửa đầu năm 2024`` (half a year: six months),
    ``11 tháng năm 2026``, ``10 tháng năm nay`` (the year's first months, as year-to-date figures say)."""
    months = 6 if group(m, "half") else number_of(m.group("n"))
    if not months or not 1 <= months <= 12:
        return None
    mention.kind = "period"
    first_month = 13 - months if (group(m, "pos") or "đầu").lower() in ("cuối", "sau") else 1
    year_word = group(m, "yw", "yw2")
    year = r.period_year(m, mention, lambda year: (  # nửa cuối năm nay: the word after năm
        dt.date(year, first_month, 1), R.month_bounds(year, first_month + months - 1)[1]),
        f"năm {year_word}" if year_word else None)
    if year is None:
        return mention
    first = dt.date(year, first_month, 1)
    last = R.month_bounds(year, first_month + months - 1)[1]
    mention.value = f"{first.isoformat()}/{last.isoformat()}"
    return mention


def build_year_to_date_months(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``Lũy kế 11 tháng``, ``Tính chung 12 tháng``: cumulative figures, so months already over: the
    year's first months in the year the sentence carries, else the last year whose months are over
    (or end within R.REPORTING_DAYS of the reference: ``Tính chung 12 tháng`` in January is last year's)."""
    months = number_of(m.group("n"))
    if not months or not 1 <= months <= 12:
        return None
    mention.kind, mention.year_inferred = "period", True

    def bounds(year: int) -> tuple[dt.date, dt.date]:
        return dt.date(year, 1, 1), R.month_bounds(year, months)[1]
    year = r.carried_year(mention.start)
    if year is None and r.reference is not None:
        year = R.period_occurrence(bounds, r.reference, future=False, past=True)  # figures of months over
    if year is not None:
        mention.value = "/".join(day.isoformat() for day in bounds(year))
    return mention


def build_year(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    year = int(m.group("y"))
    r.remember_year(mention.start, year)
    mention.kind, mention.value, mention.explicit_year = "period", str(year), True
    return mention


def glossed_day(m: re.Match, mention: Mention, r: Resolver, offset: int | None, span_start: dt.date | None = None) -> bool:
    """A relative word glossed with its date (``Hôm qua (20/1)``, ``5h sáng nay (17/11)``): the date
    is the day meant (``mention.day``); one other than the day the word names (``offset`` days from
    the reference, None: no one day) is kept as ``named_day``, stale word or date. The date is the one
    nearest that day, or the first day of the span the word names (``span_start``). False: no
    usable gloss."""
    gloss = numeric_parts(m, "g")
    if not gloss or r.reference is None or not R.possible_day_month(gloss[0], gloss[1]):
        return False
    named = r.reference + dt.timedelta(days=offset) if offset is not None else None
    if named is not None or span_start is not None:
        # the date nearest the day (the span: đầu tuần sau (17/12)) the word names, whatever year the sentence wrote before
        mention.day = R.nearest_occurrence(gloss[0], gloss[1], named or span_start)
    else:
        mention.day, _ = r.resolve_day_month(gloss[0], gloss[1], mention.start, mention.end)
    if named is not None and mention.day is not None and named != mention.day:
        mention.named_day = named  # Hôm qua (20/1) in an article of 22/1: the word or the date is stale
    return True
