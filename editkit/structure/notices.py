"""A newspaper's notices (Cáo phó, Cảm tạ, Đính chính, a company's Thông báo): texts printed beside
the articles that are no news articles. Their titles are data: ``dictionaries/structure/notices.toml``."""

from __future__ import annotations

import re
from functools import lru_cache

NOTICE_TITLE_MAX_CHARACTERS = 60
FIRST_CHARACTER = re.compile(r"\S")
NOTICE_TITLE_MARKUP = re.compile(r"^[#*_\s]+|[*_\s]+$")
# the formula a notice announces itself with: Trân trọng thông báo, xin thông báo, kính báo
ANNOUNCING = re.compile(r"(?<!\w)(?:trân\s+trọng|xin|kính)\s+(?:thông\s+)?báo(?!\w)", re.IGNORECASE)


# a CMS's date stamp alone on the first line (Thứ Sáu, 20/11/2026 - 15:40), or the issuer's place and date
# (Hà Nội, ngày 27/11/2026 · TP.HCM, ngày 5 tháng 12 năm 2026): the notice's title comes after it
DATE_STAMP_LINE = re.compile(
    r"[^\S\n]*(?:[^\W\d_][^\s,]*(?:[^\S\n]+[^\W\d_][^\s,]*){0,3}[^\S\n]*,[^\S\n]*(?=ngày))?"
    r"(?:(?:thứ[^\S\n]+\w+|chủ[^\S\n]+nhật|cn|t[2-7])[^\S\n]*,?[^\S\n]*)?(?:ngày[^\S\n]+)?"
    r"(?:\d{1,2}[^\S\n]*[/.-][^\S\n]*\d{1,2}[^\S\n]*[/.-][^\S\n]*\d{2,4}"
    r"|\d{1,2}[^\S\n]+tháng[^\S\n]+\d{1,2}[^\S\n]+năm[^\S\n]+\d{4})"
    r"(?:[^\S\n]*[-–,|]?[^\S\n]*\d{1,2}[:h]\d{2}(?:[^\S\n]*\(GMT[^\S\n]*\+[^\S\n]*7\))?)?[^\S\n]*", re.IGNORECASE)


def is_notice(body: str) -> bool:
    """The text is a newspaper's notice, not an article (see notice_title_start)."""
    return notice_title_start(body) is not None


def notice_title_start(body: str) -> int | None:
    """Where the title of a notice starts, or None when the text is no notice but an article: its
    first line (after a CMS's date stamp, if any) is a notice's title alone (Cáo phó, Cảm tạ, Đính
    chính), or a title a site's notice shares (Thông báo) over a text that announces itself (``Trân
    trọng thông báo``, ``xin thông báo``) or over its subject line (``Về việc …``), or a title that names a notice by its subject (``Thông báo
    lịch cắt điện``) over a text whose issuer announces it (``Điện lực … thông báo``)."""
    start, first = first_line(body, 0)
    if (first is not None and len(first) <= NOTICE_TITLE_MAX_CHARACTERS and start + len(first) < len(body)
            and DATE_STAMP_LINE.fullmatch(first)):
        start, first = first_line(body, start + len(first) + 1)  # the line after the date stamp
    if first is None:
        return None
    if len(first) > NOTICE_TITLE_MAX_CHARACTERS:
        return None  # running text (and the markup pattern need not look through a flood of spaces)
    title = NOTICE_TITLE_MARKUP.sub("", first).lower()
    titles, announcements = notice_titles()
    if title in titles or (title in announcements and (ANNOUNCING.search(body) is not None
                                                        or over_its_subject(body, start + len(first) + 1))):
        return start
    # Thông báo lịch cắt điện: a notice named by its subject, over a text whose issuer announces it
    # (Điện lực Ba Đình thông báo lịch …)
    named = next((a for a in announcements if title.startswith(a + " ")), None)
    announced = named is not None and re.search(rf"(?<!\w){re.escape(named)}(?!\w)", body[start + len(first):], re.IGNORECASE)
    return start if announced else None


def over_its_subject(body: str, position: int) -> bool:
    """The first line from ``position`` is a notice's subject (Về việc tuyển dụng viên chức năm 2030)."""
    from editkit.structure.anatomy import ADMINISTRATIVE_SUBJECT

    return ADMINISTRATIVE_SUBJECT.match((first_line(body, position)[1] or "").strip(" *_#")) is not None


def first_line(text: str, position: int) -> tuple[int, str | None]:
    """(its start, the line) of the first line with a character on it from ``position``, without
    splitting the text; (position, None) when there is none."""
    character = FIRST_CHARACTER.search(text, position)
    if character is None:
        return position, None
    start, end = text.rfind("\n", 0, character.start()) + 1, text.find("\n", character.start())
    return start, text[start: len(text) if end < 0 else end]


@lru_cache(maxsize=1)
def notice_titles() -> tuple[frozenset[str], frozenset[str]]:
    """(the notices' own titles, the titles a site's notice shares: a notice only when it announces itself)."""
    import tomllib

    from editkit.resources import dictionary_path

    with open(dictionary_path("structure", "notices.toml"), "rb") as handle:
        data = tomllib.load(handle)
    return (frozenset(t.lower() for t in data["titles"]), frozenset(t.lower() for t in data["announcements"]))
