"""Rules about the headline: present, of a readable length, without a full stop, not in capitals
or Title Case."""

from __future__ import annotations

import re
from functools import lru_cache

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule
from editkit.rules.structure import is_article, settings_of
from editkit.structure_support import anatomy, syllables


def headline_of(document):
    """The body's headline, else the front matter's `title` (a Markdown article's only headline)."""
    from editkit.front_matter_prose import value_span
    from editkit.structure.anatomy import Part

    def compute():
        headline = anatomy(document).first("headline")
        if headline is None and (span := value_span(document, "title")) is not None:
            headline = Part("headline", span[0], span[1], document.text[span[0]:span[1]])
        return headline

    return document.memo("headline", compute)  # ST103–ST105 and ST117 ask for it


@rule(code="ST102", name="missing-headline", category="structure", severity="error")
def missing_headline(document, context):
    r"""The article has no headline.

    ## What it does
    Reports an article whose body has no headline line (a short line before
    the lead; in Markdown a `#` heading) and whose front matter has no
    `title`.

    ## Why
    Every news article needs a headline; without one the CMS shows the first
    sentence of the lead, cut off.

    ## Example
    `(TTO) - Sáng 7/10, …` as the first line → `Quận 9 đẩy mạnh cải cách
    hành chính` above it.

    ## Fix safety
    No automatic fix.
    """
    if not is_article(document):
        return
    if headline_of(document) is None and not document.metadata.get("title") and document.text[document.body_start:].strip():
        yield Finding(document.body_start, document.body_start, "The article has no headline")


@rule(code="ST103", name="headline-length", category="structure", severity="warning", scope="raw")
def headline_length(document, context):
    r"""The headline is too long or too short.

    ## What it does
    Counts the syllables of the headline (the front matter's `title` when
    the body has no headline line) and reports it outside
    `[structure] headline-syllables` (default 4 to 30).

    ## Why
    Long headlines are cut in lists and on social networks; very short ones
    say too little to be found. A feature's headline of four or five
    syllables (`Người giữ hồn trống đồng`, `Hồi sinh làng gốm`) is the
    press's habit, not a slip.

    ## Example
    `Quận 9` → `Quận 9: Tập trung đẩy mạnh cải cách hành chính`.

    ## Fix safety
    No automatic fix.
    """
    if not is_article(document):
        return
    headline = headline_of(document)
    if headline is None:
        return
    low, high = settings_of(context)["headline-syllables"]
    count = syllables(headline.text.lstrip("# "))
    if not low <= count <= high:
        yield Finding(headline.start, headline.end,
                      f"Headline has {count} syllable{'' if count == 1 else 's'}; the house range is {low}–{high}")


# the stop belongs to initials or an abbreviation: tỉnh B. · bé N.T.H. · v.v. · Công ty ABC Co., Ltd.
ENDS_WITH_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:(?:[A-ZĐ]\.)+|v\.v\.|Ltd\.|Co\.|Inc\.|Corp\.|Jr\.|St\.)$")


@rule(code="ST104", name="headline-ends-with-period", category="structure", severity="warning", fixable=True,
      scope="raw")
def headline_ends_with_period(document, context):
    r"""The headline ends with a full stop.

    ## What it does
    Reports a headline (or, when the body has none, the front matter's
    `title`) whose last character is a full stop (an ellipsis or a
    question mark is fine, and so is the stop of an abbreviation or of
    initials that end it: `tỉnh B.`, `bé N.T.H.`, `v.v.`).

    ## Why
    Vietnamese news headlines take no final full stop.

    ## Example
    `Quận 9 đẩy mạnh cải cách hành chính.` → `Quận 9 đẩy mạnh cải cách hành chính`.

    ## Fix safety
    Safe: only the final full stop is removed.
    """
    if not is_article(document):
        return
    headline = headline_of(document)
    if headline is None:
        return
    stripped = headline.text.rstrip()
    if stripped.endswith(".") and not stripped.endswith("..") and not ENDS_WITH_ABBREVIATION.search(stripped):
        end = headline.start + len(stripped)
        yield Finding(end - 1, end, "Headline ends with a full stop", fix=Fix.safe(Edit(end - 1, end, "")))


@rule(code="ST105", name="all-caps-headline", category="structure", severity="warning", scope="raw")
def all_caps_headline(document, context):
    r"""The headline is written in capital letters.

    ## What it does
    Reports a headline (or, when the body has none, the front matter's
    `title`) whose letters are all capitals (three words or more).

    ## Why
    The CMS styles headlines; capitals typed into the text cannot be undone
    by the layout and read as shouting.

    ## Example
    `QUẬN 9 ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH` → `Quận 9 đẩy mạnh cải cách hành chính`.

    ## Fix safety
    No automatic fix: the right capitals (names, abbreviations) need an editor.
    """
    if not is_article(document):
        return
    headline = headline_of(document)
    if headline is None:
        return
    letters = [c for c in headline.text if c.isalpha()]
    if len(headline.text.split()) >= 3 and letters and all(c.isupper() for c in letters):
        yield Finding(headline.start, headline.end, "Headline is in capital letters")


@rule(code="ST117", name="title-case-headline", category="structure", severity="warning", scope="raw")
def title_case_headline(document, context):
    r"""The headline capitalises every word, as English Title Case does.

    ## What it does
    Reports a headline (or, when the body has none, the front matter's
    `title`) in which two or more words that Vietnamese writes in lower case
    (`của`, `và`, `tại`, `được`, `tăng`, `gây`: `dictionaries/structure/headlines.toml`)
    start with a capital after the first word, or one does in a headline of
    five words or more with three in four capitalised. Names and
    abbreviations keep their capitals and are not counted, nor is a capital
    that opens a quoted title or the words after a colon, or `Ngày` opening a
    day's name (`Ngày Thành lập Quân đội nhân dân Việt Nam: Triển lãm "Ký ức
    Điện Biên"`); a headline in capitals is ST105's.

    ## Why
    Vietnamese capitalises the first word of a headline and names only;
    `Giá Vàng Tăng Mạnh Tại Hà Nội` reads as a translation.

    ## Example
    `Giá Vàng Tăng Mạnh Trong Phiên Sáng Nay` → `Giá vàng tăng mạnh trong phiên sáng nay`.

    ## Fix safety
    No automatic fix: which capitals belong to names needs an editor.
    """
    if not is_article(document):
        return
    headline = headline_of(document)
    if headline is None:
        return
    text = headline.text.lstrip("# ")
    found = list(re.finditer(r"[^\W\d_]+", text))
    words = [m.group() for m in found]
    if len(words) < 3 or all(w.isupper() for w in words):
        return
    capitalised = [w for i, (w, m) in enumerate(zip(words, found)) if i > 0 and w[:1].isupper() and not w.isupper()
                   and w.lower() in lower_case_words() and not opens_a_title_or_a_name(text, m, words[i + 1: i + 2])]
    mostly_capitals = sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words) and len(words) >= 5
    if len(capitalised) >= 2 or (capitalised and mostly_capitals):
        yield Finding(headline.start, headline.end,
                      f"Headline in Title Case ({', '.join(capitalised[:3])}): only its first word and names take a capital")


TITLE_CASE_SHARE = 0.75
# a capital that opens a quoted title or what follows a colon (Triển lãm "Ký ức Điện Biên", …: Triển lãm …)
OPENS_AFTER = re.compile(r"(?:[\"“‘'«(]|:[^\S\n]*)$")
NAMED_DAY = frozenset({"ngày"})  # Ngày Thành lập Quân đội nhân dân, Ngày Nhà giáo Việt Nam: a day's name


def opens_a_title_or_a_name(text: str, word: re.Match, following: list[str]) -> bool:
    """The capitalised word opens a quoted title or the words after a colon, or it is ``Ngày`` opening a
    named day (``Ngày Thành lập Quân đội nhân dân Việt Nam``), before a capitalised word that is no
    lower-case headline word itself: capitals Vietnamese writes, no Title Case."""
    if OPENS_AFTER.search(text, 0, word.start()):
        return True
    return (word.group().lower() in NAMED_DAY and bool(following) and following[0][:1].isupper()
            and following[0].lower() not in lower_case_words())


@lru_cache(maxsize=1)
def lower_case_words() -> frozenset[str]:
    import tomllib

    from editkit.resources import dictionary_path

    with open(dictionary_path("structure", "headlines.toml"), "rb") as handle:
        return frozenset(tomllib.load(handle)["lower_case_words"])
