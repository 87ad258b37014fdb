"""Resolve chosen candidates against the reference date, remembering explicit years per sentence."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from editkit.vietnamese.dates import resolve as R
from editkit.vietnamese.dates.lexicon import (
    alternation,
    names_that_year,
    public_holiday,
    vocabulary,
    year_word_offset,
)
from editkit.vietnamese.dates.mention import (
    COMPARED_BEFORE,
    Mention,
    group,
    has_word,
    sentence_bounds,
    told_just_now,
    word_pattern,
)
from editkit.vietnamese.dates.patterns import FLAGS


# đến hết ngày, đến cuối tháng: the last day or month of a term (a free exchange, a harvest, a rule's
# validity), which a sentence with a past verb elsewhere (khách đã mua vé …) may set ahead
# the words before the day or month a span runs to (đến hết tháng 4, kéo dài đến hết thứ Tư tuần này)
UNTIL_BEFORE = re.compile(r"(?<!\w)(?:đến|tới)\s+(?:hết\s+|cuối\s+)?$", re.I)
UNTIL_THE_END_OF = re.compile(r"(?<!\w)(?:đến|tới)[^\S\n]+(?:hết|cuối)[^\S\n]+(?:ngày[^\S\n]+)?$", re.I)
# a reckoning up to a day (Tính đến hết ngày 31/3, lũy kế đến cuối tháng 9): the figures' cut-off, no term's end
RECKONED_UNTIL = re.compile(r"(?<!\w)(?:tính|lũy kế|luỹ kế|cộng dồn)(?!\w)[^.;!?\n]{0,30}$", re.I)
# a booking or a ticket earlier in the sentence is for what lies ahead, however soon, whatever past tells
# of the booking (đã đặt vé cho chuyến bay ngày 5/2, đã mở bán vé cho giai đoạn từ ngày 31/8, đã hẹn gặp ngày
# 30/1, vé tàu các ngày 1 và 2/9 đã bán được 90%): no past cue for it (Resolver.cues: the distance chooses its
# year), and DT104 spares it
BOOKED = re.compile(r"(?<!\w)(?:vé|đặt chỗ|đặt phòng|đặt bàn|đặt lịch|đặt hẹn|hẹn gặp|hẹn lịch)(?!\w)", re.I)
# the day something starts (khởi hành từ ngày 15/12, áp dụng từ 1/1): in a sentence told just now (vừa
# khai trương, vừa ban hành) what was announced may well start ahead
FROM_THE_DAY = re.compile(r"(?<!\w)từ[^\S\n]+(?:ngày[^\S\n]+)?$", re.I)

# hồi tháng 12, hồi đầu tháng Chạp, hồi ngày 5/12: a time gone by, whatever else the sentence tells (not vào
# hồi, a notice's "at": Lễ viếng được tổ chức vào hồi 8 giờ ngày 5/12, which names a time first anyway; nor
# the second half of a word: sẽ thu hồi ngày 5/12, vé khứ hồi ngày 10/12)
GONE_BY = re.compile(r"(?<!\w)(?<!vào\s)(?<!thu\s)(?<!phục\s)(?<!vãn\s)(?<!khứ\s)(?<!luân\s)"
                     r"hồi[^\S\n]+(?:(?:đầu|giữa|cuối)[^\S\n]+)?(?:ngày[^\S\n]+)?$", re.I)


def told_in_the_past(sentence: str) -> bool:
    """A past cue other than vừa (đã, hôm qua …: the vocabulary's past words) is in the sentence."""
    return has_word(sentence, [w for w in vocabulary()["cues"]["past"] if w != "vừa"])


HOLIDAY_YEAR_REACH_DAYS = 120  # how far from a holiday a day may lie and take the year written with it
DUE_REACH = 100  # characters looked back for a task due before a day (the vocabulary's due_before)


@lru_cache(maxsize=1)
def due_before() -> re.Pattern[str]:
    """A task to be done before the day that follows (``hoàn thành … trước ngày 20/5``)."""
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary()['cues']['due_before'])})(?!\w)[^.;!?\n]*"
                      r"(?<!\w)trước(?:\s+ngày)?\s*$", re.I)


# the join after a day a list names before this one (vào tối 9/1, tiếp đó là Đà Nẵng ngày 23/1 và TP.HCM
# ngày 20/2): a comma, và, hoặc, rồi opening a short gap that says nothing of before or after
DAY_JOINED_BEFORE = re.compile(r"[^\S\n]*(?:[,;]|(?:và|hoặc|rồi)(?!\w))")
NOT_A_LIST_OF_DAYS = re.compile(r"(?<!\w)(?:khi|trước|sau\s+khi|so\s+với|kể\s+từ|từ|đến|tới|hôm|qua)(?!\w)", re.I)
LISTED_DAY_REACH = 48  # characters between a listed day and the next
STEP_BEFORE_THE_DAY_DAYS = 45  # a day listed after one ahead, this many days before it, is that day's year's


# a year written after a future cue in a later clause: the cue is that year's (Tháng 9, sân bay … đón
# chuyến bay thử nghiệm đầu tiên, dự kiến khai thác thương mại từ giữa năm 2027: not next September)
# a year written in the text (a mention's, or a name's: giải futsal nữ châu Á 2027), not part of a longer number
YEAR_WRITTEN = re.compile(r"(?<![\d/.,-])((?:19|20)\d{2})(?![\d/.,-]\d|\d)")


ANY_YEAR_WRITTEN = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")  # in a date too (12/11/2026), or a code
TET = re.compile(r"(?<!\w)Tết(?!\w)")
TET_SEASON_FROM_MONTH = 11  # written from November, năm nay's Tết is the coming one (tet_year_worded)
YEAR_TOLD_REACH = 300  # characters before a day searched for the year the paragraph wrote just before it


YEAR_AFTER_CUE = re.compile(r"[^.;!?\n]*?(?<!\w)(?:19|20)\d{2}(?!\d)")


def its_own_years_cue(text: str, cue: int, end: int, sentence_end: int) -> bool:
    """The future cue at ``cue`` stands in a later clause than the mention ending at ``end`` (a comma
    between them) and has a year of its own after it in the sentence."""
    return cue > end and "," in text[end:cue] and YEAR_AFTER_CUE.match(text, cue, sentence_end) is not None


def future_cue_words() -> re.Pattern[str]:
    """The vocabulary's future and deadline cues (tới alone is too often "to": it counts only after the mention)."""
    vocab = vocabulary()["cues"]
    return word_pattern(tuple(w for w in vocab["future"] + vocab["deadline"] if w != "tới"))


# the word right before a year written in a sentence (no punctuation between), and the words before a year
# that make it the sentence's time rather than a noun's (trong năm 2030, vào năm 2025, đến năm 2030)
WORD_BEFORE = re.compile(r"(\w+)[^\S\n]+$")


@lru_cache(maxsize=1)
def document_before_year() -> re.Pattern[str]:
    """A document's noun right before the year that names its period (``Kế hoạch năm 2032``): the vocabulary's
    document_nouns_before_year, searched up to the year's position."""
    nouns = vocabulary()["cues"]["document_nouns_before_year"]
    # (and the name a law or a plan is given, or what it is of, between: Bộ luật Dân sự năm 2015, Luật Đất đai năm
    # 2024, Dự toán ngân sách nhà nước năm 2033, Báo cáo quyết toán ngân sách năm 2031)
    return re.compile(rf"(?<!\w)(?:{alternation(nouns)})(?:[^\S\n]+[^\W\d_]+){{0,4}}[^\S\n]+$", re.I)
TIME_WORDS_BEFORE_A_YEAR = frozenset({"trong", "vào", "đến", "tới", "từ", "đầu", "cuối", "giữa", "sang", "hết", "suốt",
                                       "qua", "trước", "sau", "cả", "nửa", "tháng", "quý", "năm", "là", "của", "ngày"})


class Resolver:
    """Turns chosen candidates into mentions, remembering explicit years per sentence."""

    def __init__(self, text: str, reference: dt.date | None) -> None:
        self.text = text
        self.reference = reference
        self.sentence_years: dict[int, int] = {}
        self.sentence_school_years: dict[int, int] = {}  # a sentence's school year or season: its first year
        self.admissions: set[int] = set()  # the sentences about the admission to their school year (tuyển sinh)
        self.guessed: set[int] = set()  # where a day's year came from its distance to the reference alone
        self.holidays: dict[int, dt.date] = {}  # a sentence's year's holiday, when the year came with one
        self.issued: dict[int, tuple[int, dt.date]] = {}  # a sentence's document: (where its date ends, that date)
        self.written_years: dict[int, int] = {}  # the years written, by where their mention starts
        self.worded: set[int] = set()  # the sentences whose year a year word gave (năm nay), not a number
        self.months: dict[int, tuple[int, int]] = {}  # a month named without a year: where it ends → (month, year)
        # a span of months: where it ends → its first and last (year, month)
        self.month_spans: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {}
        self.days: dict[int, dt.date] = {}  # a day written without a year: where it ends → its date
        self.day_ends: list[int] = []  # the days' ends, in order
        self.first_written: dict[int, int] | None = None  # each year the text writes: where first (written_before)
        self.datelines: list[tuple[int, int]] = []  # the datelines' spans, whose years the text does not write

    def sentence(self, start: int, end: int) -> tuple[int, int, str]:
        s, e = sentence_bounds(self.text, start, end)
        return s, e, self.text[s:e]

    def cues(self, start: int, end: int) -> tuple[bool, bool]:
        s, e, sentence = self.sentence(start, end)
        after = self.text[end: end + 12]
        future = (any(not its_own_years_cue(self.text, cue.start(), end, e)
                      for cue in future_cue_words().finditer(self.text, s, e))
                  or bool(re.match(r"\s*(?:tới|sắp tới|tới đây)(?!\w)", after, FLAGS)))
        # (not for a booking's or a ticket's day: đã mở bán vé cho giai đoạn từ ngày 31/8)
        past = (told_in_the_past(sentence) or told_just_now(sentence)) and not BOOKED.search(self.text, s, start)
        return future, past

    def future_only_in_a_later_clause(self, start: int, end: int) -> bool:
        """Every future cue of the sentence stands in a clause after the mention's (a comma between)."""
        s, e, _ = self.sentence(start, end)
        cues = [cue.start() for cue in future_cue_words().finditer(self.text, s, e)]
        return bool(cues) and all(cue > end and "," in self.text[end:cue] for cue in cues)

    def ends_a_term(self, start: int) -> bool:
        """The day or month at ``start`` is the last of a term the sentence tells (``Trưng bày mở cửa đến hết
        ngày 30/6``, ``kéo dài đến cuối tháng 10``), not a reckoning's cut-off (``Tính đến hết ngày 31/3``)."""
        return (UNTIL_THE_END_OF.search(self.text, max(0, start - 20), start) is not None
                and RECKONED_UNTIL.search(self.text, max(0, start - 50), start) is None)

    def told_just_now_only(self, start: int, end: int) -> bool:
        """The sentence's only past cue is vừa (just now): the act told is just past, not the days it names."""
        _, _, sentence = self.sentence(start, end)
        return told_just_now(sentence) and not told_in_the_past(sentence)

    def sets_a_deadline(self, start: int, end: int) -> bool:
        """The sentence sets a deadline: a word for one (hạn chót, chậm nhất), or a task due ``trước`` the day
        for the thing a year names (``phải nộp báo cáo tài chính năm 2029 trước ngày 31/3``; not ``Năm 2029,
        công ty hoàn thành dự án trước ngày 31/3``, whose year is the sentence's time)."""
        _, _, sentence = self.sentence(start, end)
        return has_word(sentence, vocabulary()["cues"]["deadline"]) or (
            due_before().search(self.text, max(0, start - DUE_REACH), start) is not None
            and self.carried_year_names_a_thing(start))

    def year_told_before(self, start: int) -> int | None:
        """The year the text wrote last before ``start`` (``năm ấy`` names it; not a year word's, ``năm
        nay``: ``năm nay đã ngoài 80 tuổi, vẫn nhớ đêm 18/12 năm ấy`` after ``tháng 12/1972``), or None."""
        told = [position for position in self.written_years if position < start]
        return self.written_years[max(told)] if told else None

    def coming_tets_year(self, carried: int | None, month: int, start: int) -> int | None:
        """A year ``năm nay`` gave a sentence that names Tết, written in the last months of the year: a day
        of January or February is the coming Tết's (``Năm nay, Tết rơi vào ngày 6/2``, written in December:
        2027), as ``Tết năm nay`` is."""
        if (carried is not None and self.reference is not None and carried == self.reference.year
                and month <= 2 and self.reference.month >= TET_SEASON_FROM_MONTH and self.year_worded(start)
                and TET.search(self.sentence(start, start)[2])):
            return carried + 1
        return carried

    def year_worded(self, start: int) -> bool:
        """The sentence's year came from a year word (``Mùa lễ hội năm nay``), not a number."""
        s, _, _ = self.sentence(start, start)
        return s in self.worded

    def carried_year(self, start: int) -> int | None:
        s, _, _ = self.sentence(start, start)
        return self.sentence_years.get(s)

    def carried_year_written(self, start: int) -> tuple[int, int] | None:
        """(sentence start, where the year the sentence carries was last written before ``start``), or None."""
        s, _, _ = self.sentence(start, start)
        year = self.sentence_years.get(s)
        written = [p for p, y in self.written_years.items() if s <= p < start and y == year]
        return (s, max(written)) if written else None

    def carried_year_names_a_thing(self, start: int) -> bool:
        """The year the sentence carries was written after a noun it names (``Kế hoạch năm 2030 sẽ được công
        bố …``, ``học bổng năm 2030``), not as the sentence's time (``Năm 2025, …``, ``Trong năm 2030, …``)."""
        where = self.carried_year_written(start)
        before = WORD_BEFORE.search(self.text, *where) if where else None
        return before is not None and before.group(1).lower() not in TIME_WORDS_BEFORE_A_YEAR

    def carried_year_names_a_document(self, start: int) -> bool:
        """The year the sentence carries names the period a document covers (``Kế hoạch năm 2032``, ``Báo cáo
        tài chính năm 2030``): the vocabulary's document_nouns_before_year right before it."""
        where = self.carried_year_written(start)
        return where is not None and document_before_year().search(self.text, *where) is not None

    def remember_school_year(self, start: int, first_year: int, admission: bool = False) -> None:
        s, _, _ = self.sentence(start, start)
        self.sentence_school_years[s] = first_year
        if admission:
            self.admissions.add(s)

    def school_year_month(self, start: int, month: int) -> int | None:
        """The year of ``month`` in the school year or football season the sentence names (``năm học
        2026 - 2027``: August to December in 2026, January to July in 2027), or None; the admission to
        a school year comes before it begins (``Kỳ thi tuyển sinh lớp 10 năm học 2027-2028 … ngày 9 và
        10/6``: June 2027)."""
        s, _, _ = self.sentence(start, start)
        first = self.sentence_school_years.get(s)
        if first is None or s in self.admissions:
            return first
        return first if month >= R.SCHOOL_YEAR_FIRST_MONTH else first + 1

    def year_told(self, start: int, month: int) -> int | None:
        """The year the sentence gives a month: a year written or worded earlier in it (one that came
        with a holiday's name, only for the months around it), else that of the school year or season
        it names."""
        carried = self.carried_year(start)
        if carried and not self.near_the_holiday_the_year_came_with(start, dt.date(carried, month, 15)):
            carried = None
        return carried or self.school_year_month(start, month)

    def remember_day(self, end: int, date: dt.date) -> None:
        """A day written without a year ends at ``end`` (build_day)."""
        if end not in self.days:
            bisect.insort(self.day_ends, end)
        self.days[end] = date

    def day_told_last(self, start: int) -> tuple[int, dt.date] | None:
        """(where it ends, its date) of the day written without a year last before ``start`` in its
        sentence (remember_day), or None."""
        at = bisect.bisect_right(self.day_ends, start) - 1
        if at < 0 or self.day_ends[at] < self.sentence(start, start)[0]:
            return None
        return self.day_ends[at], self.days[self.day_ends[at]]

    def remember_year(self, start: int, year: int, holiday: dt.date | None = None, written: bool = True) -> None:
        """The sentence's year, from here on; ``holiday``: the day of the holiday whose year it is
        (``Tết Nguyên đán Đinh Mùi 2027``), which the year serves only near (see HOLIDAY_YEAR_REACH_DAYS);
        ``written``: False for a year word's (``năm nay``), which ``năm ấy`` never names."""
        s, _, _ = self.sentence(start, start)
        if s not in self.sentence_years or not COMPARED_BEFORE.search(self.text, max(0, start - 25), start):
            self.sentence_years[s] = year  # (not the year compared with: năm 2028 …, tăng 18% so với năm 2027, …)
        if written:
            self.written_years[start] = year
            self.worded.discard(s)
        else:
            self.worded.add(s)
        if holiday is not None:
            self.holidays[s] = holiday
        else:
            self.holidays.pop(s, None)

    def remember_issue(self, end: int, date: dt.date) -> None:
        """A document's date of issue ends at ``end`` (``Quyết định số 2150/QĐ-UBND ngày 20/11/2027``):
        the days after it in the sentence without a year are its first ones on or after that date
        (``… ngày 26/12/2024, mức phạt áp dụng từ 1/1``: 2025), and its year is no year of theirs."""
        s, _, _ = self.sentence(end, end)
        self.issued[s] = (end, date)

    def issued_before(self, start: int) -> dt.date | None:
        """The date of issue of a document named earlier in the sentence, before ``start``, or None."""
        s, _, _ = self.sentence(start, start)
        found = self.issued.get(s)
        return found[1] if found is not None and found[0] <= start else None

    def forget_year(self, start: int, end: int) -> None:
        """A dateline's year is no year the sentence gives the dates after it: it is the reference's,
        and the dates are read against the reference (``Hà Nội, ngày 28/12/2026 - … dịp Tết Dương
        lịch``: the coming 1/1, not last January's), nor one the text writes (written_before). Without a
        reference its year is the best the sentence has, and stays."""
        if self.reference is None:
            return
        self.datelines.append((start, end))
        s, _, _ = self.sentence(start, start)
        self.sentence_years.pop(s, None)
        self.holidays.pop(s, None)

    def near_the_holiday_the_year_came_with(self, start: int, date: dt.date) -> bool:
        """A year carried from a holiday's name dates the days around that holiday (``Tết … 2027, nghỉ từ
        30/1 đến 7/2``), not a day months from it (``mở bán vé tàu Tết … 2027 từ 8h ngày 1/11``)."""
        s, _, _ = self.sentence(start, start)
        holiday = self.holidays.get(s)
        return holiday is None or abs((date - holiday).days) <= HOLIDAY_YEAR_REACH_DAYS

    def period_year(self, m: re.Match, mention: Mention, bounds, year_word: str | None = None) -> int | None:
        """The year of a quarter or part of a year: written (and remembered for the sentence), named
        by a year word after it (``quý I năm tới``; ``year_word``, else the group ``yw``), carried
        from the sentence, or as R.period_occurrence finds it from the period's ``bounds(year)`` and
        the sentence's tense."""
        written = group(m, "y", "y2")
        if written:
            year = int(written)
            self.remember_year(mention.start, year)
            return year
        mention.year_inferred = True
        if names_that_year(year_word or group(m, "yw")):
            return self.year_told_before(mention.start)  # quý IV năm ấy
        offset = year_word_offset(year_word or group(m, "yw"))
        if offset is not None:
            return self.reference.year + offset if self.reference is not None else None
        carried = self.carried_year(mention.start)
        if carried is not None or self.reference is None:
            return carried
        if self.gone_by(mention.start):
            year = self.reference.year  # hồi tháng 12: the last one begun
            return year if bounds(year)[0] <= self.reference else year - 1
        future, past = self.cues(mention.start, mention.end)
        return R.period_occurrence(bounds, self.reference, future, past)

    def gone_by(self, start: int) -> bool:
        """``hồi`` right before the mention tells a time gone by (``hồi tháng 12``, ``hồi đầu tháng Chạp``)."""
        return GONE_BY.search(self.text, max(0, start - 24), start) is not None

    def day_without_year(self, m: re.Match, day: int, month: int, start: int, end: int) -> tuple[dt.date | None, bool]:
        """(date, year_inferred) for a day/month written without a year: in the year a year word
        after it names (``1/5 năm nay``, group ``yw``), else as resolve_day_month finds it."""
        if names_that_year(group(m, "yw")):  # đêm 18/12 năm ấy: the year told last, or none
            told = self.year_told_before(start)
            return (dt.date(told, month, day) if told and R.valid_day(told, month, day) else None), True
        offset = year_word_offset(group(m, "yw"))
        if offset is not None and self.reference is not None and R.valid_day(self.reference.year + offset, month, day):
            return dt.date(self.reference.year + offset, month, day), True
        return self.resolve_day_month(day, month, start, end)

    def resolve_day_month(self, day: int, month: int, start: int, end: int) -> tuple[dt.date | None, bool]:
        """(date, year_inferred) for a day/month without a written year: in the year written earlier
        in the sentence, unless the sentence sets a deadline that year would put well in the past while
        its next occurrence is near (``Hạn chót quyết toán thuế năm 2026 là ngày 31/3``: the tax year's,
        a deadline in the next); else as R.occurrence finds it."""
        issued = self.issued_before(start)
        if issued is not None:
            return R.next_on_or_after(day, month, issued), True
        carried = self.coming_tets_year(self.carried_year(start), month, start)
        if carried is not None and self.reference is not None and self.carried_year_names_a_document(start):
            carried = None  # Kế hoạch năm 2032 … được thông qua hôm 5/11: the plan's year, not the day's
        date = dt.date(carried, month, day) if carried and R.valid_day(carried, month, day) else None
        if date is not None and self.near_the_holiday_the_year_came_with(start, date):
            if not (self.reference is not None and (self.reference - date).days > R.DAYS_BACK_EVEN_IN_THE_FUTURE
                    and (R.next_on_or_after(day, month, self.reference) - self.reference).days <= R.NEAR_FUTURE_DAYS
                    and self.sets_a_deadline(start, end)):
                return date, True
        school_year = self.school_year_month(start, month)
        if school_year and R.valid_day(school_year, month, day):
            return dt.date(school_year, month, day), True  # Năm học 2026 - 2027 kết thúc ngày 25/5: 2027's
        if self.reference is None:
            return None, True
        if self.gone_by(start):
            return R.last_on_or_before(day, month, self.reference), True  # hồi ngày 5/12: the one gone by
        future, past = self.cues(start, end)
        if not future and not past and due_before().search(self.text, max(0, start - DUE_REACH), start):
            future = True  # hoàn thành chương trình … trước ngày 20/5: a deadline, which lies ahead
        if past and UNTIL_THE_END_OF.search(self.text, max(0, start - 20), start):
            past = False  # khách đã mua vé được đổi vé miễn phí đến hết ngày 31/8: the term's end, not the past
        elif past and FROM_THE_DAY.search(self.text, max(0, start - 12), start) and self.told_just_now_only(start, end):
            past = False  # Hãng vừa khai trương đường bay, khởi hành từ ngày 15/12: the flights start ahead
        if not future and not past and self.ends_a_term(start):
            # a term's last day told without a tense is the nearer one, ahead as readily as gone (Trưng bày mở
            # cửa đến hết ngày 30/6, written on 8/1: this June, not last)
            date = R.nearest_occurrence(day, month, self.reference)
        else:
            date = R.occurrence(day, month, self.reference, future, past, public_holiday(day, month))
        if not future and not past:
            listed = self.listed_after_a_day_ahead(day, month, start, date) or self.in_the_year_told_just_before(
                day, month, start, date)
            if listed is not None:
                return listed, True
            self.guessed.add(start)  # the year comes from the distance to the reference alone
        return date, True

    def in_the_year_told_just_before(self, day: int, month: int, start: int, guessed: dt.date) -> dt.date | None:
        """A day its distance alone would put in the past though its coming occurrence is nearer, in the
        year the paragraph wrote last before it when that is the coming one's, or when the text wrote the
        coming one's year before it and not the past one's (``… giải futsal nữ châu Á 2027. Giải đấu diễn ra
        từ ngày 10 đến 21/5 …``, written in January 2027: this May, not last)."""
        if guessed >= self.reference:
            return None
        coming = R.next_on_or_after(day, month, self.reference)
        if (coming - self.reference).days >= (self.reference - guessed).days:
            return None  # the past one is the nearer
        paragraph = max(self.text.rfind("\n\n", 0, start) + 1, start - YEAR_TOLD_REACH)
        told = [int(year) for year in YEAR_WRITTEN.findall(self.text, paragraph, start)]
        if told and told[-1] == coming.year:
            return coming
        # or the text wrote the coming one's year before it and not the past one's
        return coming if self.written_before(coming.year, start) and not self.written_before(guessed.year, start) else None

    def written_before(self, year: int, start: int) -> bool:
        """The text writes ``year`` somewhere before ``start`` (a date's, a name's: giải … 2027; not the
        dateline's, which is the reference's)."""
        if self.first_written is None:
            self.first_written = {}
            for found in ANY_YEAR_WRITTEN.finditer(self.text):
                if not any(s <= found.start() < e for s, e in self.datelines):
                    self.first_written.setdefault(int(found.group(1)), found.start())
        return self.first_written.get(year, len(self.text)) < start

    def listed_after_a_day_ahead(self, day: int, month: int, start: int, guessed: dt.date) -> dt.date | None:
        """A day listed after one still ahead (``vào tối 9/1, tiếp đó là Đà Nẵng ngày 23/1 và TP.HCM ngày
        20/2``, written in November), that its distance alone would put in the past: the first after it."""
        if guessed >= self.reference:
            return None
        told = self.day_told_last(start)
        if told is None or start - told[0] > LISTED_DAY_REACH:
            return None
        end, listed = told
        gap = self.text[end:start]
        if listed <= self.reference or not DAY_JOINED_BEFORE.match(gap) or NOT_A_LIST_OF_DAYS.search(gap):
            return None
        if R.valid_day(listed.year, month, day):
            same_year = dt.date(listed.year, month, day)
            if self.reference < same_year < listed and (listed - same_year).days <= STEP_BEFORE_THE_DAY_DAYS:
                return same_year  # khai giảng ngày 5/9, tựu trường ngày 28/8: a step just before it, not a year on
        return R.next_on_or_after(day, month, listed)
