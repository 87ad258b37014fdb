"""What a report needs to know about one article besides its findings."""

from __future__ import annotations

import datetime as dt
import re


def facts_of(document, reference: dt.date | None) -> dict:
    from editkit.dates_support import reference_date
    from editkit.frontmatter_block import key_value
    from editkit.rules.readability import readability
    from editkit.normalized import readable_view
    from editkit.structure_support import anatomy

    view = readable_view(document)  # decomposed (NFD) or lone-CR text: read composed with LF
    document = view.document if view is not None else document
    meta = document.metadata
    parts = anatomy(document)
    headline = parts.first("headline")
    byline = next((p for p in parts.all("byline") if not media_credit(p.text)), None)
    published = reference_date(document, reference)
    body = document.text[document.body_start:]
    import textstat  # language-neutral counts only: its syllable functions are English

    return {
        "title": text_of(meta.get("title")) or title_of(parts, headline),
        "author": names_of(key_value(meta, "author")) or (author_of(byline.text) if byline else ""),
        "desk": next(filter(None, (first_text_of(meta.get(key)) for key in ("desk", "category", "section"))), ""),
        "date": published.isoformat() if published else None,
        "words": textstat.lexicon_count(body),
        "sentences": textstat.sentence_count(body) if body.strip() else 0,
        "readability": readability(document).to_json(),
    }


def title_of(parts, headline) -> str:
    """The headline; for an administrative document, its kind and its subject (``QUYẾT ĐỊNH Về
    việc …``, a công văn's ``V/v …``), which together name it."""
    subject = next((p for p in parts.parts if p.kind == "subheading" and p.label == "subject"), None)
    return " ".join(p.text.lstrip("# ").strip() for p in (headline, subject) if p is not None)


def media_credit(byline: str) -> bool:
    """A photo's, a video's or a clip's credit alone (``Ảnh: TTXVN``, ``Clip: Người dân cung cấp``): who took the
    picture, not who wrote the story."""
    from editkit.structure.anatomy import CREDIT_LINE

    return CREDIT_LINE.match(byline) is not None


def author_of(byline: str) -> str:
    """The author's name in a byline, without the role or the sources after it in brackets or the
    credit before a colon or the outlet after a slash: ``Hoài Thu (thực hiện)``, ``Thanh Danh (Theo
    Reuters, AFP)``, ``Bài và ảnh: Minh Anh``, ``Hồng Minh/Báo Tin tức`` → ``Hoài Thu``, ``Thanh Danh``,
    ``Minh Anh``, ``Hồng Minh``; a blog's word before the name is no part of it (``bởi Văn phòng UBND xã``); the
    photographer credited after the name is not the author
    (``Thanh Sơn - Ảnh: BVCC`` → ``Thanh Sơn``), nor are the degrees before it (``ThS.BS Nguyễn Văn
    Lâm`` → ``Nguyễn Văn Lâm``), so one person is one author in the report."""
    from editkit.structure.anatomy import BYLINE_ROLE, PHOTO_CREDIT_AFTER_NAME, POSTED_BY

    byline = PHOTO_CREDIT_AFTER_NAME.sub("", byline).strip() or byline
    posted_by = POSTED_BY.match(byline)
    byline = byline[posted_by.end():].strip() if posted_by and posted_by.end() < len(byline) else byline  # bởi Minh Anh
    role = BYLINE_ROLE.search(byline)
    name = byline[: role.start()].strip() if role and role.start() > 0 else byline.strip()
    if not name.startswith("("):  # (TTXVN/Vietnam+): a wire's sign-off is kept whole
        name = name.partition("/")[0].strip() or name
    label, colon, rest = name.partition(":")
    name = rest.strip() if colon and rest.strip() and len(label) <= 20 else name  # Bài và ảnh: Minh Anh
    return ACADEMIC_TITLES.sub("", name) or name  # ThS.BS Nguyễn Văn Lâm: the person, not the degrees


# degrees and titles before an author's name: ThS.BS, PGS.TS, GS, TS, BSCKII, LS, KTS, NSND, NSƯT
ACADEMIC_TITLES = re.compile(r"^(?:(?:P?GS|TS|ThS|BS(?:CK(?:I{1,2}|[12]))?|LS|KTS|NSND|NSƯT)(?:\.\s*|\s+))+(?=[A-ZĐ])")


def names_of(value) -> str:
    """A front-matter author as one credit: a name, or a list of names joined as bylines join
    them (``Minh Anh - Hoàng Long``); no other value names anyone (``author: {x: 1}``: ST114's business)."""
    if isinstance(value, list):
        return " - ".join(filter(None, map(text_of, value)))
    return text_of(value)


def text_of(value) -> str:
    """A front-matter value that is text, or a number written as one (``title: 2028``), stripped; else ""."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return ""
    return str(value).strip()


def first_text_of(value) -> str:
    """The desk of ``category: [Kinh tế, Xã hội]``: the first that is text; a single value as text_of."""
    if isinstance(value, list):
        return next(filter(None, map(text_of, value)), "")
    return text_of(value)

