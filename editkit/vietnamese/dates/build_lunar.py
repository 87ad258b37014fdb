"""Build mentions of lunar dates (mùng 6 tháng Giêng, 15/8 âm lịch, Rằm tháng Giêng, Tết, năm Bính
Ngọ): their solar day, and the solar day written with a lunar month name."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from editkit.vietnamese.dates import resolve as R
from editkit.vietnamese.dates.lexicon import (
    YEAR_NAME_EPOCH,
    lunar_month_of,
    name_of_year,
    number_of,
    named_year_near,
    pieces,
    vocabulary,
    weekday_of,
    year_word_offset,
    years_named,
)
from editkit.vietnamese.dates.mention import Mention, day_value, group
from editkit.vietnamese.dates.patterns import FLAGS
from editkit.vietnamese.dates.resolver import Resolver


def lunar_day_in(day: int, month: int, year: int | None, mention: Mention, r: Resolver,
                 carried: int | None = None) -> dt.date | None:
    """The solar date of a lunar day: in the lunar ``year`` when it is known, in the solar year
    ``carried`` from the sentence, else the first after a document's date of issue earlier in the
    sentence, else the occurrence nearest the reference (the coming one with a future cue); a year
    not written is noted on the mention."""
    if year is not None:
        return R.lunar_to_solar(day, month, year)
    if carried is not None:
        return R.lunar_in_solar_year(day, month, carried)
    mention.year_inferred = True
    issued = r.issued_before(mention.start)
    if issued is not None:  # Quyết định số … ngày 20/11/2027, … đêm giao thừa: the first after the document's date
        return R.lunar_occurrence(day, month, issued, True)
    if r.reference is None:
        return None
    if r.gone_by(mention.start):  # hồi rằm tháng Giêng: the last one come
        return R.last_lunar_on_or_before(day, month, r.reference)
    future, past = r.cues(mention.start, mention.end)
    return R.lunar_occurrence(day, month, r.reference, future, past)


def written_lunar_year(m: re.Match, mention: Mention, r: Resolver) -> tuple[bool, int | None]:
    """(whether the match names a real year, the year written as a number or by its name)."""
    year = int(group(m, "y")) if group(m, "y") else None
    return named_lunar_year(m, mention, r, year) if group(m, "stem") else (True, year)


def year_written_or_worded(m: re.Match, mention: Mention, r: Resolver, year_of) -> tuple[bool, int | None, bool]:
    """(whether the match names a real year, its year, whether a year word gave it): the year written
    as a number or by its name (năm Bính Ngọ, noted as explicit), else the one a year word after it
    names (``năm nay``, ``năm sau``) counted from ``year_of(reference)``."""
    named, year = written_lunar_year(m, mention, r)
    if not named:
        return False, None, False
    mention.explicit_year = year is not None
    offset = year_word_offset(group(m, "yw"))
    if year is None and offset is not None and r.reference is not None:
        return True, year_of(r.reference) + offset, True
    return True, year, False


def build_lunar_date(day: int, month: int, year: int | None, mention: Mention, r: Resolver) -> Mention | None:
    """``day`` 0 is the eve of the month's first day (giao thừa, the night before Tết)."""
    mention.kind = "lunar"
    eve = day == 0
    day = max(day, 1)
    if not eve:
        mention.lunar = (day, month, year)
    carried = None if year else sentence_year(r, mention)
    if carried is not None and r.reference is not None and r.year_worded(mention.start):
        if month == 1:
            # Mùa lễ hội năm nay còn có … pháo hoa đêm giao thừa, written in December: the coming Tết's, as
            # Tết năm nay is (tet_year_worded)
            year, carried = tet_year_worded(r, mention, carried), None
        elif month >= 11 and R.within_the_calendar(r.reference):
            year, carried = worded_years_last_months(carried, r), None
    elif carried is not None and month == 1 and after_a_day_its_tet_precedes(r, mention, day, carried):
        carried += 1  # đã vận hành … từ hôm 28/12/2029 và sẽ đóng … trước Tết Nguyên đán: the Tết to come, 2030's
    date = lunar_day_in(day, month, year, mention, r, carried=carried)
    if date is None and day == 30 and year is not None and mention.explicit_year and R.lunar_to_solar(1, month, year):
        mention.value, mention.numeric = None, {"impossible": True}  # 30 tháng Chạp năm Đinh Mùi, of 29 days: DT102's
        return mention
    if eve and date is not None:
        date -= dt.timedelta(days=1)
    mention.day, mention.value = date, day_value(date)
    return mention


# Tết, the lunar new year, told on the line before a bare mùng day (Sau Tết, …; Dịp Tết Nguyên đán, …; ăn
# Tết; tháng Giêng), not the festivals also called Tết (Tết Trung thu, Tết Đoan ngọ, Tết Dương lịch, Tết Chôl
# Chnăm Thmây …), whose bare mùng days are no days of the first month
TET_TOLD = re.compile(
    r"(?<!\w)(?:tết(?![^\S\n]+(?:trung[^\S\n]+thu|đoan|hàn[^\S\n]+thực|dương|tây|thanh[^\S\n]+minh|độc[^\S\n]+lập|"
    r"thiếu[^\S\n]+nhi|nguyên[^\S\n]+tiêu|trùng|thượng|hạ|táo|ông|chôl|chol|katê|kate|khmer|của[^\S\n]+người|"
    r"cơm[^\S\n]+mới|lào|thái|mông)(?!\w))|tháng[^\S\n]+giêng)(?!\w)", FLAGS)
# a day that comes back each month (mùng 1 và rằm, mùng 1 hằng tháng, cứ mùng 1, các ngày mùng 1): no one day
EVERY_MONTH_AFTER = re.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:và|hoặc|hay)[^\S\n]+rằm(?![^\S\n]+tháng)|[^\S\n]*(?:,[^\S\n]*)?(?:hằng|hàng|mỗi)[^\S\n]+tháng", FLAGS)
EVERY_MONTH_BEFORE = re.compile(r"(?<!\w)(?:cứ|mỗi|các|những)[^\S\n]+(?:ngày[^\S\n]+)?$", FLAGS)
LAST_MUNG_DAY = 10  # mùng counts the first ten days of a month
HEADLINE_REACH = 300  # the first characters of a text, where its headline stands
# a span from a late day of Chạp to a bare mùng day (từ 25 tháng Chạp đến hết mùng 6): the mùng day is Giêng's
FROM_CHAP_BEFORE = re.compile(r"(?<!\w)từ[^\S\n]+(?:ngày[^\S\n]+)?(?:1[1-9]|2\d|30)[^\S\n]+tháng[^\S\n]+chạp[^\S\n]*"
                              r"(?:đến|tới)[^\S\n]+(?:hết[^\S\n]+)?(?:ngày[^\S\n]+)?$", FLAGS)


def build_tet_day(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """A bare ``mùng`` day after Tết was told on its line (``Sau Tết, các cơ quan làm việc trở lại từ mùng
    7``, ``Dịp Tết, … trở lại thành phố vào mùng 6``), or at the end of a span from a late day of Chạp (``từ
    25 tháng Chạp đến hết mùng 6``), or anywhere under a headline that tells of Tết (``Dịp Tết Canh Tuất, tai
    nạn giao thông giảm mạnh`` over ``Từ mùng 5, lượng người … trở lại``), is a day of the first lunar month, of
    the Tết ``mùng 7 Tết`` would name; not one that comes back each month (``mùng 1 và rằm``)."""
    day = number_of(m.group("d"))
    text = r.text
    if (day is None or not 1 <= day <= LAST_MUNG_DAY or EVERY_MONTH_AFTER.match(text, m.end())
            or EVERY_MONTH_BEFORE.search(text, max(0, m.start() - 16), m.start())
            or not (TET_TOLD.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())
                    or FROM_CHAP_BEFORE.search(text, max(0, m.start() - 40), m.start())
                    or TET_TOLD.search(text, 0, min(m.start(), HEADLINE_REACH)))):
        return None
    return build_lunar_date(day, 1, None, mention, r)


# a day written with its year (28/12/2029)
DAY_WITH_ITS_YEAR = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?![\d/.-])")


def after_a_day_its_tet_precedes(r: Resolver, mention: Mention, day: int, carried: int) -> bool:
    """A day of the first lunar month told in a sentence that looks ahead, after a day it writes in the year
    it carries that the year's Tết precedes (``đã vận hành 12 cống từ hôm 28/12/2029 và sẽ đóng các cống còn lại
    trước Tết Nguyên đán``): the coming Tết's, not the one that year began with."""
    if r.reference is None or not r.cues(mention.start, mention.end)[0]:
        return False
    s, _, _ = r.sentence(mention.start, mention.start)
    written = [m for m in DAY_WITH_ITS_YEAR.finditer(r.text, s, mention.start) if int(m.group(3)) == carried]
    if not written:
        return False
    d, m, y = (int(g) for g in written[-1].groups())
    lunar = R.lunar_in_solar_year(day, 1, carried)
    return R.valid_day(y, m, d) and lunar is not None and lunar < dt.date(y, m, d)


def worded_years_last_months(carried: int, r: Resolver) -> int:
    """The lunar year whose last months (the 11th and Chạp) a year word's solar year ``carried`` names:
    this lunar year's, which ends in the next solar January (chợ hoa năm nay sẽ họp từ ngày 20 tháng Chạp,
    written in December: this lunar year's Chạp, as rằm tháng Chạp năm nay is, build_lunar), or began in
    the last one (Năm nay tháng Chạp thiếu, written in January before Tết: the Chạp under way)."""
    return carried + R.lunar_year_of(r.reference) - r.reference.year


def solar_mung(m: re.Match) -> bool:
    """``mồng 2 tháng 9``: mùng/mồng counts the first days of any month; without Tết, âm lịch
    or a lunar month's name (Giêng, Chạp) the date is solar (National Day, 2/9/1945)."""
    if group(m, "tet") or not group(m, "m") or re.search(r"âm\s+lịch", m.group(), re.I):
        return False
    return m.group("m").lower() not in vocabulary()["lunar_month_names"]


def solar_day(m: re.Match, day: int, month: int | None, year: str | None, mention: Mention, r: Resolver) -> Mention | None:
    """A day of the solar calendar written in words (``mồng 2 tháng 9 năm 1945``, ``mồng 2 tháng 9
    năm nay``: a year word after it, group ``yw``, names its year)."""
    if month is None or day is None:
        return None
    mention.kind = "date"
    if not R.possible_day_month(day, month) or (year is not None and not R.valid_day(int(year), month, day)):
        mention.value, mention.numeric = None, {"impossible": True}  # ngày ba mươi tháng Hai: DT102's
        return mention
    if year is not None:
        date = dt.date(int(year), month, day)
        mention.explicit_year = True
        r.remember_year(mention.start, int(year))
    else:
        date, mention.year_inferred = r.day_without_year(m, day, month, mention.start, mention.end)
    mention.day, mention.value = date, day_value(date)
    return with_weekday(m, mention, r)


WEEKDAY_REACH = 24  # characters looked back for a weekday before a day in words or a lunar day


@lru_cache(maxsize=1)
def weekday_just_before() -> re.Pattern[str]:
    """A weekday ending right before a day (``Chủ nhật, ngày …``, ``thứ Ba, mùng 1 Tết``): looked for when the
    day is built, not in its pattern, whose literal start (ngày, mùng) lets the engine skip ahead."""
    return re.compile(rf"(?<!\w)(?P<wd>{pieces()['weekday']})[^\S\n]*,?[^\S\n]+$", FLAGS)


def with_weekday(m: re.Match, mention: Mention, r: Resolver) -> Mention:
    """A weekday written before the day (``Chủ nhật, ngày mười chín tháng Tám năm 1945``, ``thứ Ba, mùng 1
    Tết``) or after it in brackets (``mùng 1 Tết (thứ Bảy)``), for DT101 to check against the solar day; a day whose year no word gave falls in the year
    before or after where the weekday fits, if that lies hardly farther from the reference."""
    if mention.day is None:
        return mention
    before = weekday_just_before().search(r.text, max(0, mention.start - WEEKDAY_REACH), mention.start)
    written = group(m, "wd") or (before.group("wd") if before else None)
    if not written:
        return mention
    mention.weekday = weekday_of(written)
    if r.reference is not None and not any(group(m, name) for name in ("y", "yw", "stem")):
        if mention.lunar is not None:
            day, month, _ = mention.lunar
            lunar_year = R.lunar_year_of(mention.day)
            others = [R.lunar_to_solar(day, month, lunar_year + step) for step in (-1, 1)]
        else:
            others = [mention.day.replace(year=mention.day.year + step) for step in (-1, 1)
                      if R.valid_day(mention.day.year + step, mention.day.month, mention.day.day)]
        moved = R.nearby_year_of_the_weekday(mention.day, others, mention.weekday, r.reference)
        if moved != mention.day:
            mention.day, mention.value = moved, day_value(moved)
    mention.weekday_mismatch = mention.day.isoweekday() != mention.weekday
    return mention


def sentence_year(r: Resolver, mention: Mention) -> int | None:
    """A year the sentence writes: before the mention (carried) or right after it."""
    return r.carried_year(mention.start) or explicit_year_in_sentence(r, mention)


def explicit_year_in_sentence(r: Resolver, mention: Mention) -> int | None:
    """A year written right after a lunar date (Tết Trung thu (15/8 âm lịch) năm 2020)."""
    following = r.text[mention.end: mention.end + 12]
    found = re.match(r"\s*\)?\s*(?:năm\s+)?((?:19|20)\d{2})(?!\d)", following)
    return int(found.group(1)) if found else None


def named_lunar_year(m: re.Match, mention: Mention, r: Resolver, written: int | None) -> tuple[bool, int | None]:
    """(whether ``m``'s stem and branch name a year, the year): the ``written`` number (a name
    that contradicts it is noted for DT107), else the year so named nearest the sentence's year
    (``25/12/2025 (tức ngày 6/11 năm Ất Tỵ)``) or the reference."""
    place = years_named(m.group("stem"), m.group("branch"))
    if place is None:
        return False, None  # a stem and a branch that never name a year together
    if written is None:
        mention.year_inferred = True
        anchor = r.carried_year(mention.start) or (r.reference.year if r.reference is not None else None)
        return True, named_year_near(place, anchor) if anchor is not None else None
    if (written - YEAR_NAME_EPOCH) % 60 != place:
        mention.year_name = name_of_year(written)  # Tết Giáp Thìn 2025: 2025 is Ất Tỵ
    return True, written


def build_named_year(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``năm Giáp Thìn``: the lunar year, as the solar year it begins in (2024); after a year word that
    says which year it is (``Năm nay là năm Canh Tuất``), that year, its name checked by DT107."""
    named, year = named_lunar_year(m, mention, r, int(m.group("y")) if m.group("y") else None)
    if not named:
        return None
    mention.kind = "period"
    if not m.group("y") and r.reference is not None:
        year = named_by_a_year_word(m, mention, r) or year
    mention.value = str(year) if year is not None else None
    return mention


# a year word that says which year the name after it is (Năm nay là năm Canh Tuất; năm ngoái, năm Mậu Thân)
YEAR_WORD_BEFORE = re.compile(r"(?<!\w)(?P<word>năm[^\S\n]+(?:nay|ngoái|trước|tới|sau))[^\S\n]*(?:là|,|-|–|\(|:)?[^\S\n]*$",
                              re.IGNORECASE)


def named_by_a_year_word(m: re.Match, mention: Mention, r: Resolver) -> int | None:
    """The year a year word right before ``năm <name>`` names (``Năm nay là năm Canh Tuất`` written in 2029:
    2029, whose name, Kỷ Dậu, DT107 reports); the name may be the lunar year under way at the reference or the
    one that begins in its solar year (in January, before Tết, either is said), moved by the word's years."""
    said = YEAR_WORD_BEFORE.search(r.text, max(0, mention.start - 20), mention.start)
    offset = year_word_offset(said.group("word")) if said else None
    if offset is None:
        return None
    place = years_named(m.group("stem"), m.group("branch"))
    years = (R.lunar_year_of(r.reference) + offset, r.reference.year + offset)
    if all((year - YEAR_NAME_EPOCH) % 60 != place for year in years):
        mention.year_name, mention.year_word = name_of_year(years[0]), said.group("word")
    return years[0] if (years[0] - YEAR_NAME_EPOCH) % 60 == place or mention.year_name else years[1]


def build_lunar_eve_day(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``tối 30 Tết``, ``29 Tết``: a day of the last lunar month, before the Tết named or nearest;
    30 Tết in a year whose last month has 29 days is the eve, the day before Tết."""
    mention.kind = "lunar"
    named, year, worded = year_written_or_worded(m, mention, r, lambda reference: reference.year)
    if not named:
        return None
    if worded:  # 30 Tết năm nay: the eve of the Tết năm nay names
        year = tet_year_worded(r, mention, year)
    tet = lunar_day_in(1, 1, year, mention, r)
    if tet is None:
        return mention
    day = number_of(m.group("d"))  # 30 or ba mươi
    date = R.lunar_to_solar(day, 12, R.lunar_year_of(tet) - 1)
    if date is None or date >= tet:  # lunar-vn counts 30/12 of a 29-day month into Tết itself
        date = tet - dt.timedelta(days=1) if day == 30 else None
    mention.day = date
    if date is not None:
        lunar_day, lunar_month, _ = R.solar_to_lunar(date)
        mention.lunar = (lunar_day, lunar_month, None)  # 30 Tết in a 29-day month is the 29th
        mention.value = day_value(mention.day)
    return mention


def build_lunar_month(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    """``tháng 3 âm lịch``, ``tháng Chạp``: the solar days of a lunar month; without a year the
    month under way or last begun (the coming one with a future cue)."""
    month = lunar_month_of(m.group("m") or m.group("ml"))
    if month is None or not 1 <= month <= 12:
        return None
    mention.kind = "lunar"
    named, year, _ = year_written_or_worded(m, mention, r, R.lunar_year_of)  # tháng Chạp năm nay: this lunar year's
    if not named:
        return None
    if year is None:
        year = sentence_year(r, mention)
        if (year is not None and month >= 11 and r.reference is not None and r.year_worded(mention.start)
                and R.within_the_calendar(r.reference)):
            year = worded_years_last_months(year, r)  # Năm nay tháng Chạp thiếu, written in January before Tết
    first = lunar_day_in(1, month, year, mention, r)
    if first is None:
        return mention
    lunar_year = R.lunar_year_of(first)
    following = R.lunar_to_solar(1, month + 1, lunar_year) if month < 12 else R.lunar_to_solar(1, 1, lunar_year + 1)
    if following is not None:
        mention.value = f"{first.isoformat()}/{(following - dt.timedelta(days=1)).isoformat()}"
    return mention


def build_lunar(m: re.Match, mention: Mention, r: Resolver) -> Mention | None:
    if "hol" in m.re.groupindex:
        day, month = vocabulary()["lunar_holidays"][" ".join(m.group("hol").lower().split())]
        if m.group("gd") and not m.group("gl"):
            mention.solar_gloss = (int(m.group("gd")), int(m.group("gm")))
    elif "stem" in m.re.groupindex and "d" not in m.re.groupindex and "m" not in m.re.groupindex:
        day, month = 1, 1  # Tết Giáp Thìn: the first day of the named lunar year
    else:
        day = number_of(m.group("d")) if "d" in m.re.groupindex else 15  # mùng 1 or mùng một Tết
        word = m.group("m") if "m" in m.re.groupindex and m.group("m") else None
        month = lunar_month_of(word) if word else 1  # mùng 4 Tết: the first lunar month
        if "tet" in m.re.groupindex and solar_mung(m):
            return solar_day(m, day, month, group(m, "y"), mention, r)
    if month is None or not (1 <= month <= 12 and 0 <= day <= 30):
        return None
    if (day, month) == (0, 1) and r.reference is not None and (
            group(m, "solar") or not group(m, "y") and solar_new_year_told(r.text, mention)):
        return solar_new_years_eve(m, mention, r)
    # "Tết năm nay" in January 2021 is Tết 2021: the solar year's
    named, year, worded = year_written_or_worded(m, mention, r, lambda reference: reference.year)
    if not named:
        return None
    if worded and month == 1:
        year = tet_year_worded(r, mention, year)
    elif worded:
        mention.year_inferred = True
        if month >= 11 and R.within_the_calendar(r.reference):
            # rằm tháng Chạp năm nay: this lunar year's last months, which end in the next solar January (written
            # in January before Tết, the old lunar year's, not a Chạp a year away), as tháng Chạp năm nay is
            year = worded_years_last_months(year, r)
    built = build_lunar_date(day, month, year, mention, r)
    if group(m, "y"):  # Lễ Vu Lan năm 2026 (rằm tháng 7): the same year, for the days around the holiday
        r.remember_year(mention.start, int(group(m, "y")), holiday=built.day)
    return with_weekday(m, built, r)


# the solar new year told in a paragraph (Đêm 31/12, … đếm ngược đón năm mới; Tết Dương lịch; đón năm 2029),
# and the lunar one, which keeps giao thừa the lunar eve where both are told
SOLAR_NEW_YEAR = re.compile(r"dương[^\S\n]+lịch|tết[^\S\n]+tây|đếm[^\S\n]+ngược|countdown|(?:năm[^\S\n]+mới|đón[^\S\n]+năm|chào[^\S\n]+năm)"
                            r"[^\S\n]+(?:19|20)\d\d|(?<![\d/])31[^\S\n]*(?:/|tháng)[^\S\n]*12(?![\d/])", re.IGNORECASE)
LUNAR_NEW_YEAR = re.compile(r"nguyên[^\S\n]+đán|âm[^\S\n]+lịch|cổ[^\S\n]+truyền|mùng|mồng|tháng[^\S\n]+(?:chạp|giêng)|"
                            r"tết(?![^\S\n]+(?:dương|tây))|năm[^\S\n]+mới[^\S\n]+âm", re.IGNORECASE)


def solar_new_year_told(text: str, mention: Mention) -> bool:
    """The mention's paragraph tells of the solar new year (SOLAR_NEW_YEAR) and not of the lunar one, or,
    telling of neither, the text's headline does (``… xuống phố đón năm mới 2030`` over ``So với đêm giao thừa
    năm ngoái, …``): giao thừa there is the night of 31 December."""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    for scope in (text[start: end if end >= 0 else len(text)], text[:HEADLINE_REACH]):
        if LUNAR_NEW_YEAR.search(scope):
            return False
        if SOLAR_NEW_YEAR.search(scope):
            return True
    return False


# the months of the year after which the solar new year's eve last told is this year's, not last year's
SOLAR_EVE_SEASON_START = 7


def solar_new_years_eve(m: re.Match, mention: Mention, r: Resolver) -> Mention:
    """``giao thừa`` where the solar new year is told (``Đêm 31/12, … đón năm mới. Đêm giao thừa năm
    ngoái, …``): the night of 31 December nearest the reference (the one just passed in its first half
    year, the coming one in the second), a year word moving it by its years (``năm ngoái``: a year before);
    a year written names the year it opens (``giao thừa dương lịch 2029``: 31/12/2028)."""
    reference = r.reference
    mention.kind = "date"
    if group(m, "y"):
        mention.day, mention.explicit_year = dt.date(int(group(m, "y")) - 1, 12, 31), True
    else:
        year = reference.year - (1 if reference.month < SOLAR_EVE_SEASON_START else 0)
        mention.day, mention.year_inferred = dt.date(year + (year_word_offset(group(m, "yw")) or 0), 12, 31), True
    mention.value = day_value(mention.day)
    return mention


# how far ahead of Tết a sentence with a future cue already counts it as this year's (ticket sales
# for the Tết trains open in October: Dịp Tết năm nay, ngành đường sắt dự kiến tổ chức 250 đoàn tàu)
TET_LEAD_WITH_FUTURE_CUE_DAYS = 150


def tet_year_worded(r: Resolver, mention: Mention, year: int) -> int:
    """The lunar year of a Tết a year word names (``Tết năm nay``; ``year``: the reference's year moved by
    the word): written in December, "Tết năm nay" is the Tết coming (unless the sentence looks back) and
    "Tết năm ngoái" the one this year began with."""
    mention.year_inferred = True
    future, past = r.cues(mention.start, mention.end)
    if year <= r.reference.year and in_the_season_before_tet(r, future) and (year < r.reference.year or not past):
        return year + 1
    return year


def in_the_season_before_tet(r: Resolver, future: bool = False) -> bool:
    """The reference lies in the season before next year's Tết (LUNAR_NEW_YEAR_LEAD_DAYS ahead of it,
    TET_LEAD_WITH_FUTURE_CUE_DAYS in a sentence with a future cue), when the first lunar month's
    holidays named with a year word are counted from the coming Tết (``Tết năm nay, người lao động
    được nghỉ 9 ngày`` written in December 2026: Tết 2027)."""
    coming = R.lunar_to_solar(1, 1, r.reference.year + 1)
    lead = TET_LEAD_WITH_FUTURE_CUE_DAYS if future else R.LUNAR_NEW_YEAR_LEAD_DAYS
    return coming is not None and 0 < (coming - r.reference).days <= lead
