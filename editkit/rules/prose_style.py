"""Prose rules of the house style that need no rule file: abbreviations introduced before use, quotes
and brackets balanced, sentences ended and not too long, honorifics written one way."""

from __future__ import annotations

import re

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule

ABBREVIATION = re.compile(r"(?<![\w.])([A-ZĐ][A-ZĐ.\-]{1,9}[A-ZĐ])(?![\w])")


@rule(code="HS105", name="abbreviation-not-introduced", category="style", severity="info")
def abbreviation_not_introduced(document, context):
    r"""An abbreviation is used before its full form was given.

    ## What it does
    For the abbreviations of `dictionaries/house-styles/abbreviations.toml`
    and the project's `abbreviations` table (`UBND`, `HĐND`, `TPHCM` …),
    reports the first use in an article when the full form (`Ủy ban nhân
    dân`) has not appeared before it. The dateline (`TP.HCM, ngày …`), the
    headline over a lead, the source tag and the byline are not running
    text: their abbreviations are the press's own, and the first use in the
    text is the one reported.

    ## Why
    Readers outside the administration do not know every abbreviation; the
    full form at first use is the press convention.

    ## Example
    `Chủ tịch UBND quận` (first mention) → `Chủ tịch Ủy ban nhân dân (UBND) quận`.

    ## Fix safety
    No automatic fix: where to put the full form is an editing decision.
    """
    from editkit.house_style import bundled_abbreviations
    from editkit.structure_support import anatomy

    table = {**bundled_abbreviations(), **context.settings["abbreviations"]}
    text = document.text
    seen: set[str] = set()
    lowered = text.lower()
    parts = anatomy(document).parts
    skipped = NOT_RUNNING_TEXT | ({"headline"} if any(p.kind == "lead" for p in parts) else set())  # a lone line is text
    not_running_text = [(p.start, p.end) for p in parts if p.kind in skipped]
    for match in ABBREVIATION.finditer(text, document.body_start):
        word = match.group(1)
        if word not in table or word in seen or any(a <= match.start() < b for a, b in not_running_text):
            continue
        seen.add(word)
        full = table[word]
        if full.lower() not in lowered[document.body_start: match.start()]:
            yield Finding(match.start(), match.end(), f"'{word}' is used before its full form '{full}' was given")


NOT_RUNNING_TEXT = frozenset({"dateline", "source-tag", "byline", "boilerplate"})
PAIRS = {"(": ")", "[": "]", "“": "”"}
# the label of a list item: a), 2), iv) at the start of a paragraph (after a Markdown list or
# quote mark) or after a colon or semicolon
LIST_LABEL = re.compile(r"(?:^[\s>*+-]{0,8}|[:;]\s{0,3})(?:[a-zđ]|\d{1,2}|[ivx]{1,4})\)$", re.I)
LABEL_REACH = 16  # characters before a ")" that can hold its label


def closes_list_label(paragraph: str, index: int) -> bool:
    """The ``)`` at ``index`` ends a list item's label (``a)``), not a bracket (looked up in the few
    characters before it: linear however many brackets a paragraph has)."""
    start = max(0, index - LABEL_REACH)
    window = paragraph[start: index + 1]
    found = LIST_LABEL.search(window)
    return bool(found) and (found.start() > 0 or start == 0 or window[0] in ":;")
BRACKETS = re.compile(r"[()\[\]“”]")


@rule(code="HS106", name="unbalanced-quotes-or-brackets", category="style", severity="warning")
def unbalanced_quotes_or_brackets(document, context):
    r"""A quotation mark or bracket is opened and not closed, or closed and not opened.

    ## What it does
    Checks each paragraph for `(` `)`, `[` `]`, `“` `”` and straight double
    quotes that do not pair up. The `)` of a list's label (`a)`, `2)`, `iv)`
    at the start of a paragraph or after `:` or `;`) closes no bracket. A
    quotation over several paragraphs opens each of them and closes in the
    last one only: a paragraph whose quotation the next one opens again is
    not reported; nor is a stanza quoted over several short lines, one
    after another (a poem), which opens on its first line and closes on its
    last.

    ## Why
    A lost closing quote changes who is speaking; a lost bracket swallows the
    rest of the sentence.

    ## Example
    `theo định hướng “Dịch vụ - công nghiệp đề ra` → `theo định hướng “Dịch vụ - công nghiệp” đề ra`.

    ## Fix safety
    No automatic fix.
    """
    from editkit.structure_support import paragraphs

    found = paragraphs(document)
    in_verse = quoted_verse_lines(found)
    for number, (base, paragraph) in enumerate(found):
        if number in in_verse:
            continue
        # a quotation over several paragraphs opens each of them and closes in the last one only
        continued = number + 1 < len(found) and QUOTE_OPENING.match(found[number + 1][1]) is not None
        stack: list[tuple[str, int]] = []
        for mark in BRACKETS.finditer(paragraph):
            index, character = mark.start(), mark.group()
            if character in PAIRS:
                stack.append((character, base + index))
            elif character in PAIRS.values():
                if stack and PAIRS[stack[-1][0]] == character:
                    stack.pop()
                elif not (character == ")" and closes_list_label(paragraph, index)):
                    yield Finding(base + index, base + index + 1, f"'{character}' closes nothing")
        for character, position in stack:
            if not (continued and character == "“"):
                yield Finding(position, position + 1, f"'{character}' is never closed in this paragraph")
        if paragraph.count('"') % 2 and not continued:
            position = base + paragraph.rfind('"')
            yield Finding(position, position + 1, "An odd number of straight quotes in this paragraph")


QUOTE_OPENING = re.compile(r"\s*(?:[>*_]+\s*)?[\"“]")  # a paragraph that opens with a quotation mark
VERSE_LINE_MAX_WORDS = 12
VERSE_MAX_LINES = 12


def quoted_verse_lines(found: list[tuple[int, str]]) -> set[int]:
    """The numbers of the lines of verse quoted over several lines, one after another with no blank
    line between (a poem's stanza: its first line opens the quotation, its last closes it)."""
    inside: set[int] = set()
    number = 0
    while number < len(found):
        line = found[number][1]
        if QUOTE_OPENING.match(line) and quotes_left_open(line) and len(line.split()) <= VERSE_LINE_MAX_WORDS:
            end = number
            while end + 1 < min(len(found), number + VERSE_MAX_LINES):
                following_base, following = found[end + 1]
                if following_base != found[end][0] + len(found[end][1]) + 1 or len(following.split()) > VERSE_LINE_MAX_WORDS:
                    break  # a blank line or a line of prose: the stanza is over
                end += 1
                if quotes_left_open(following):  # the line that closes the quotation
                    inside.update(range(number, end + 1))
                    break
            number = end + 1
            continue
        number += 1
    return inside


def quotes_left_open(line: str) -> bool:
    """An odd number of straight double quotes, or more “ than ”."""
    return line.count('"') % 2 == 1 or line.count("“") != line.count("”")


FINAL = re.compile(r"[.!?…:;\"”’)\]][*_]{0,3}\s*$")  # Markdown emphasis may close after the stop: **…Yagi.**
MARKUP_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>|\{\{[<%][^\n]*\}\}|\{%[^\n]*%\}")
MARKUP_OPENERS = {">": "<", "}}": "{{", "%}": "{%"}


def without_trailing_markup(text: str) -> str:
    """``text`` without the HTML tags and template tags (Hugo shortcodes, Liquid) that close a
    paragraph after its stop (``…13/7.</div>``, ``{{% /notice %}}``); one look-back per tag."""
    while True:
        text = text.rstrip()
        closer = next((c for c in MARKUP_OPENERS if text.endswith(c)), None)
        start = text.rfind(MARKUP_OPENERS[closer]) if closer else -1
        if start < 0 or not MARKUP_TAG.fullmatch(text, start):
            return text
        text = text[:start]


@rule(code="HS107", name="missing-final-punctuation", category="style", severity="warning")
def missing_final_punctuation(document, context):
    r"""A body paragraph ends without final punctuation.

    ## What it does
    Reports lead and body paragraphs (not the headline, captions, byline or
    dateline, nor a heading in capitals, the national motto over an
    administrative document or a photo caption left in the body) whose last
    character is not `.`, `!`, `?`, `…`, `:` or a closing quote or bracket
    (a table's row pasted with tabs between its cells is no sentence, nor a
    contact line ending on its e-mail, web address or phone number, nor a
    credit line naming the source: `Nguồn: Cổng thông tin điện tử Hà Nội`, nor a
    quotation closing on its attribution after an em dash (`— Trích báo cáo
    e-Conomy SEA 2028`), nor, in
    a notice such as a `Cáo phó`, a line of facts of up to twelve words: `Nguyên cán
    bộ Sở Giáo dục tỉnh Hải Dương`, or of any length and no sentence ended inside it
    set in a block of such lines with no blank line between them: `Sinh năm 1936` /
    `Nguyên cán bộ Sở Giáo dục Hà Nội, Huân chương Kháng chiến hạng Nhì`).
    HTML and template tags after the stop
    (`…13/7.</div>`, `{{% /notice %}}`) are not the paragraph's end; a label
    and figures with their unit (`Giải tư: 12345 - 23456 - 34567`,
    `Lúa OM 18: 7.800 - 8.000 đồng/kg`) is no sentence.

    ## Why
    A paragraph without its full stop is usually cut off or a sentence broken
    across lines when pasted.

    ## Example
    `…đảng viên mới` → `…đảng viên mới.`

    ## Fix safety
    No automatic fix: the paragraph may be cut off.
    """
    from editkit.structure_support import anatomy

    parts = anatomy(document)
    # a notice's lines of facts (Cụ ông NGUYỄN VĂN A / Sinh năm 1936 / Nguyên cán bộ Sở Giáo dục) are no sentences
    shortest = NOTICE_FACT_MAX_WORDS + 1 if parts.notice else 6
    for part in parts.parts:
        if part.kind not in ("lead", "paragraph") or len(part.text.split()) < shortest or LABELLED_FIGURES.match(part.text):
            continue
        text = without_trailing_markup(part.text)
        if (parts.notice and not INNER_STOP.search(part.text)
                and in_a_block_of_lines(document.text, part.start, part.start + len(part.text))):
            continue  # Sinh năm 1936 / Nguyên cán bộ …, Huân chương …: a notice's lines of facts set one under another
        if text and not FINAL.search(text) and not no_sentence(part):
            # (a caption left in the body is ST109's finding; a heading in capitals and the national
            # motto over an administrative document are no sentences)
            end = part.start + len(text)
            yield Finding(end, end, "The paragraph ends without final punctuation")


NOTICE_FACT_MAX_WORDS = 12  # the longest line of facts a death notice or a company's notice prints without a stop
# a quotation's closing attribution on a line of its own (> — Trích báo cáo e-Conomy SEA 2028): a credit, no sentence
ATTRIBUTION_LINE = re.compile(r"(?:^|\n)[>\s]*[—―][^\S\n]*\S[^\n]*$")
BLANK_OR_EDGE = re.compile(r"[^\S\n]*(?:\n|$)")
INNER_STOP = re.compile(r"[.!?…][\"”’)]*\s")  # a sentence ended inside the line: prose, no line of facts


def in_a_block_of_lines(text: str, start: int, end: int) -> bool:
    """The line from ``start`` to ``end`` has a line of text right above or right below it, no blank line between."""
    above = text.rfind("\n", 0, start)
    if above > 0 and text[text.rfind("\n", 0, above) + 1: above].strip():
        return True
    below = text.find("\n", end)
    return below >= 0 and not BLANK_OR_EDGE.match(text, below + 1)


def no_sentence(part) -> bool:
    """A paragraph that needs no final stop: a heading in capitals (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    NAM, THỦ TƯỚNG CHỦ TRÌ HỘI NGHỊ), the national motto, a quotation closing on its attribution (``—
    Trích báo cáo …``), a photo caption left in the body, a
    table's row pasted from a spreadsheet (its cells split by tabs), a contact line ending on its
    e-mail, web address or phone number, a credit line naming the source (Nguồn: …)."""
    from editkit.structure.anatomy import (
        ADMINISTRATIVE_MOTTO,
        CAPTION_LINE,
        heading_cell,
    )

    stripped = part.text.strip()
    return (stripped.isupper() or heading_cell(stripped, ADMINISTRATIVE_MOTTO)
            or ATTRIBUTION_LINE.search(stripped) is not None
            or CONTACT_END.search(stripped[-CONTACT_TAIL:]) is not None
            or (SOURCE_LINE.match(stripped) is not None and len(stripped.split()) <= SOURCE_LINE_MAX_WORDS)
            or (part.kind == "paragraph" and (CAPTION_LINE.search(stripped) is not None or "\t" in stripped)))


# a contact line ends on its address or number, where a full stop would be read as part of it:
# "Liên hệ báo chí: …, email: truyenthong@abc.com.vn", "xem tại www.abc.com.vn", "hotline 1900 1234"
# (a run's start only, and the paragraph's last characters: a long word is not tried from each of its letters)
CONTACT_END = re.compile(
    r"(?:(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\S)(?:https?://|www\.)\S+"
    r"|(?:điện thoại|đt|hotline|tổng đài|số)\s*:?\s*\+?\d[\d .]{5,}\d)[*_]{0,3}$",
    re.IGNORECASE)
CONTACT_TAIL = 300
# a credit line naming the source: "Nguồn: Cổng thông tin điện tử Hà Nội", "Tham khảo: …"
SOURCE_LINE = re.compile(r"(?:nguồn(?:\s+(?:tin|ảnh|tài liệu|số liệu))?|tham khảo|tài liệu tham khảo)\s*:", re.IGNORECASE)
SOURCE_LINE_MAX_WORDS = 20


# a label and figures, as results and tables of figures are typed: "Giải tư: 12345 - 23456 - 34567",
# with their unit: "Lúa OM 18: 7.800 - 8.000 đồng/kg", "Vàng SJC: 85,5 triệu đồng/lượng", "Tỷ lệ: 85%"
LABELLED_FIGURES = re.compile(
    r"[^:\n]{1,40}:\s*\d[\d\s.,;/–-]*(?:%|[^\W\d_]{1,8}(?:/[^\W\d_]{1,8})?(?:\s[^\W\d_]{1,8}(?:/[^\W\d_]{1,8})?)?)?\s*$")
SENTENCE = re.compile(r"(?:[^.!?…\n]|[.!?…](?=\S))+[.!?…]*")  # TP.HCM, Thanhuytphcm.vn stay in one sentence


@rule(code="HS108", name="long-sentence", category="style", severity="info")
def long_sentence(document, context):
    r"""A sentence is longer than the house limit.

    ## What it does
    Counts the syllables of each sentence and reports those over
    `sentence-max-syllables` (set by the preset: press 60, nd30 80,
    textbook 40; configurable).

    ## Why
    Long sentences lose readers; Vietnamese administrative prose is prone to
    chains of clauses joined by semicolons.

    ## Example
    a 90-syllable sentence → two or three sentences.

    ## Fix safety
    No automatic fix.
    """
    from editkit.structure_support import paragraphs, syllables

    limit = context.settings["sentence-max-syllables"]
    for offset, text in paragraphs(document):
        for match in SENTENCE.finditer(text):
            if len(match.group()) < limit * 2:
                continue  # too short to hold that many syllables
            count = syllables(match.group())
            if count > limit:
                start = match.start() + len(match.group()) - len(match.group().lstrip())
                yield Finding(offset + start, offset + match.end(), f"Sentence of {count} syllables; the house limit is {limit}")


HONORIFIC = re.compile(r"(?<!\w)(\w+) ([Nn]hân dân|[Nn]hà nước)(?!\w)")
COMPOUND_HEADS = {"ban", "đồng", "án", "sát", "đội", "an", "ninh", "lý", "sách", "nghiệp", "quan", "hữu", "vụ", "khối",
                  "hàng", "giáo", "sĩ", "thầy", "chiến", "toán", "liên", "doanh", "ngân", "bộ", "cấp", "kho", "vốn", "đất"}


@rule(code="HS110", name="inconsistent-honorific", category="style", severity="warning", fixable=True)
def inconsistent_honorific(document, context):
    r"""`Nhân dân` or `Nhà nước` is capitalised in one place and not in another, in the same phrase.

    ## What it does
    Nghị định 30/2020/NĐ-CP capitalises `Nhân dân` and `Nhà nước` when they
    name the people and the State (`vì Nhân dân`, `Đảng và Nhà nước`), but
    not inside names and terms (`Ủy ban nhân dân`, `quản lý nhà nước`). This
    rule does not guess the sense; it reports the same phrase written both
    ways in one article (`vận động nhân dân` … `vận động Nhân dân`), the
    first form winning.

    ## Why
    Two capitalisations of one phrase in one article are always one too
    many.

    ## Example
    `công tác vận động nhân dân; … Công tác vận động Nhân dân được …` →
    `công tác vận động nhân dân; … Công tác vận động nhân dân được …`.

    ## Fix safety
    Unsafe: the first form may be the wrong one.
    """
    first_forms: dict[tuple[str, str], tuple[str, str]] = {}  # (head, word) -> (word as first written, its phrase)
    text = document.text
    for match in HONORIFIC.finditer(text, document.body_start):
        head, word = match.group(1).lower(), match.group(2)
        if head in COMPOUND_HEADS:
            continue
        key = (head, word.lower())
        phrase = text[phrase_start(text, match.start(1)): match.end()]
        if key not in first_forms:
            first_forms[key] = (word, phrase)
        elif first_forms[key][0] != word:
            right, earlier = first_forms[key]
            yield Finding(match.start(2), match.end(2), f"'{phrase}' was written '{earlier}' earlier in the article",
                          fix=Fix.unsafe(Edit(match.start(2), match.end(2), right)), suggestions=(right,))


WORD_BEFORE = re.compile(r"(\w+) $")


def phrase_start(text: str, head_start: int) -> int:
    """Where a quoted phrase starts: one word before the head (``vận động`` in ``vận động Nhân dân``),
    so that the message quotes words, not a syllable torn from its word."""
    before = WORD_BEFORE.search(text, max(0, head_start - 20), head_start)
    return before.start(1) if before else head_start
