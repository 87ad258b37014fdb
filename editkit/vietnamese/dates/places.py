"""Dates that are places or datelines: a street or square named by a date (đường 3 Tháng 2,
Quảng trường 30 Tháng 4) and a date on a line of its own after a place name (Hà Nội, ngày 18/1/2024)."""

from __future__ import annotations

import re
from functools import lru_cache

from editkit.vietnamese.dates.lexicon import (
    vocabulary,
)

PLACE_CLAUSE_END = re.compile(r"[.;:!?()\[\]\n\"“”]")
LIST_JOINS = re.compile(r",\s*|\s+(?:và|hoặc)\s+")


def names_a_place(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, capitalised, names a place: it follows a place noun and the capitalised
    words after it (``đường``, ``Quảng trường``, ``Trường THPT``), or stands in a list of such
    names (``các tuyến đường Nguyễn Thị Minh Khai, Cách Mạng Tháng Tám, Võ Văn Kiệt``: another
    name after it, or two before it; ``Tại Quảng trường Ba Đình, ngày 2 Tháng 9`` is a date)."""
    if not capitalised(text[start:end]):
        return False
    before = PLACE_CLAUSE_END.split(text[max(0, start - 240): start])[-1]
    items = LIST_JOINS.split(before)
    last = items.pop()
    if last.strip():
        return ends_with_place_head(last)
    join = LIST_JOINS.match(text, end)
    listed_after = join is not None and capitalised(text[join.end(): join.end() + 1])
    for names_before, item in enumerate(reversed(items)):
        if ends_with_place_head(item):
            return listed_after or names_before >= 1
        if not item.strip() or not all(capitalised(word) for word in item.split()):
            return False  # a list of something other than names
    return False


def ends_with_place_head(item: str) -> bool:
    """``item`` ends with a place noun, maybe followed by capitalised words (Trường THPT, đường Võ Văn Kiệt)."""
    words = item.split()
    lower = [word.lower() for word in words]
    nouns = place_nouns()
    for cut in range(len(words), -1, -1):
        if cut < len(words) and not capitalised(words[cut]):
            return False
        if any(tuple(lower[cut - size: cut]) in nouns for size in (1, 2, 3) if cut >= size):
            return True
    return False


def capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(noun.split()) for noun in vocabulary()["cues"]["place_nouns"])


PLACE_BEFORE_DATE = re.compile(
    r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*(?:(?:\. ?|[ -])[^\W\d_]+){0,4}(?: \d{1,2})?\.?, (?:[Nn]gày )?"  # Hà Nội, ngày; Mát-xcơ-va, ngày; TP. Hồ Chí Minh; Quận 1, ngày
    r"|(?i:cập nhật|ngày cập nhật|ngày đăng|đăng lúc|đăng ngày|đăng|ngày xuất bản|xuất bản|thời gian|ngày hỏi|ngày gửi|ngày trả lời)(?i: lúc)?:? ?"  # Cập nhật:
    r"|(?i:đăng bởi|viết bởi):? [^\W\d_][^\n|–-]{1,40}? ?[|–-] ?"  # a blog's author before its date: Đăng bởi Hà Vy | 18/01/2032
    r"|[A-ZĐÀ-Ỹ][^\W\d_]*(?: [A-ZĐÀ-Ỹ][^\W\d_]*){0,4} [|·•] "  # the author's name and a bar: Lê Hằng | 28/11/2026 10:20 AM
    r"|(?:[Nn]gày|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm) "  # Ngày 07/12/2026, Sáng 15/12/2026 on a line of its own
    r")?(?:\d{1,2}[:hg]\d{2} ?(?:[-–|,] ?)?)?"  # 08:30 | 16/09/2024
)
# a dateline that opens the lead on its line: the place, the date, maybe the agency, a dash
PLACE_COMMA = re.compile(r"(?P<place>[^\W\d_]+(?:(?:\. ?|[ -])[^\W\d_]+){0,4})\.?, (?:[Nn]gày )?")
LEAD_AFTER_DATELINE = re.compile(r"[^\S\n]*(?:\([^()\n]{2,40}\)[^\S\n]*)?[-–—][^\S\n]+\S")
TIME_AFTER_DATE = re.compile(
    r"\s*(?:[-–|,]\s*)?(?:\d{1,2}[:hg]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?\s*)?)?(?:\(?GMT\s*[+-]\s*\d{1,2}\)?)?\s*\.?\s*"
    # the section the stamp files the article under, after a bar (28-11-2026 - 15:42 PM | Thị trường chứng khoán), or the
    # page's view count (Ngày đăng: 26/11/2026 | Lượt xem: 523)
    r"(?:\|\s*(?:[A-ZĐÀ-Ỹ][^\W\d_]*(?:[^\S\n][^\W\d_]+){0,4}|(?i:lượt xem|lượt đọc)\s*:?\s*[\d.,]+)\s*)?")


SENTENCE_GOES_ON = re.compile(r"[^\S\n]*(?:,[^\S\n]*)?[^\W\d_]")
SENTENCE_WORDS = 3  # words of letters after the date that make the line a sentence
CLOCK = re.compile(r"\d{1,2}\s?[:hg]\s?\d{2}")


def opens_a_sentence(text: str, end: int) -> bool:
    """The date opens a sentence that goes on after it on its line (``Thứ Năm, ngày 14/3/2024, trời
    nắng nóng.``, ``…, Quốc hội thảo luận về dự án luật.``): three words or more follow it, opening
    in lower case or ending in a full stop, and no time of day (``, lúc 08:30``, ``08:30 sáng``, a
    CMS's stamp). A site's furniture after a dateline (``| Theo Báo Mới``, ``Chia sẻ``, ``(Giờ Việt
    Nam)``) is no sentence."""
    line_end = text.find("\n", end)
    rest = text[end: len(text) if line_end < 0 else line_end].rstrip()
    words = [w for w in rest.split() if any(c.isalpha() for c in w) and not any(c.isdigit() for c in w)]
    if len(words) < SENTENCE_WORDS or CLOCK.search(rest):
        return False
    goes_on = SENTENCE_GOES_ON.match(rest)
    return (goes_on is not None and goes_on.group()[-1].islower()) or rest.endswith((".", "!", "?", "…"))


def is_place_dateline(text: str, start: int, end: int) -> bool:
    """The date is a line of its own, after a place name, a publication label or alone, with at
    most a time before or after it: ``Hà Nội, ngày 18/1/2024``, ``TP.HCM, 2/3/2024``,
    ``04/11/2024 10:15 GMT+7``, ``Cập nhật: 16/09/2024 08:30``, ``08:30 | 16/09/2024``, ``Ngày 07/12/2026``, ``Sáng 15/12/2026``,
    ``28-11-2026 - 15:42 PM | Thị trường chứng khoán`` (the section after a bar),
    in brackets or not (``(Ngày đăng: 28/12/2029 10:15)``) (the datelines
    of official documents and of news sites that print no weekday); or it opens the lead on its line
    (opens_the_lead: ``Hà Nội, ngày 2/12/2026 - Theo …``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end: len(text) if line_end < 0 else line_end].rstrip("\r")
    if opens_the_lead(text, start, end):
        return True
    before = text[line_start:start]
    if before.lstrip().startswith("(") and rest.rstrip().endswith(")"):
        before, rest = before.lstrip()[1:], rest.rstrip()[:-1]  # (Ngày đăng: 28/12/2029 10:15), as portals print it
    return TIME_AFTER_DATE.fullmatch(rest) is not None and PLACE_BEFORE_DATE.fullmatch(before) is not None


def opens_the_lead(text: str, start: int, end: int) -> bool:
    """The dateline opens the lead on its line, after a place whose every word is capitalised: ``Hà
    Nội, ngày 2/12/2026 - Theo …``. The reporter wrote it, so the house date style holds for it, as
    it does not for a CMS's dateline on a line of its own."""
    return dateline_place(text, start) is not None and lead_follows(text, end)


def dateline_place(text: str, start: int) -> str | None:
    """The place a date at ``start`` is written after on its line, every word capitalised (``Hà Nội``
    in ``Hà Nội, ngày 2/12/2026``, ``TP.HCM`` in ``TP.HCM, 2/3/2024``), or None (``Cập nhật: …``,
    ``Sáng 15/12/2026``, a weekday alone)."""
    line_start = text.rfind("\n", 0, start) + 1
    found = PLACE_COMMA.fullmatch(text, line_start, start)
    if found is None or not all(word[:1].isupper() for word in re.split(r"[ .]+", found.group("place")) if word):
        return None
    return found.group("place")


def lead_follows(text: str, end: int) -> bool:
    """The lead goes on after the date on its line: maybe the agency's tag, a dash, then text."""
    return LEAD_AFTER_DATELINE.match(text, end) is not None
