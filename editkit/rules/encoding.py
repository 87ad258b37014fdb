"""Rules about how the text is encoded: Unicode form, invisible and control characters, whitespace."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule
from editkit.resources import dictionary_path

TOKEN = re.compile(r"\S+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
# from the start of a run of spaces only, taken whole: a long run inside a line is read once, not
# from each of its spaces (quadratic)
TRAILING = re.compile(r"(?<![ \t\u00a0\u2000-\u200a\u3000])[ \t\u00a0\u2000-\u200a\u3000]++(?=\r?\n|\r|\Z)")
LINE_ENDING = re.compile(r"\r\n|\n|\r")
ENDING_NAMES = {"\r\n": "CRLF", "\n": "LF", "\r": "CR"}


@rule(code="EN100", name="non-utf8-encoding", category="encoding", severity="info", scope="raw")
def non_utf8_encoding(document, context):
    r"""The file is stored as UTF-16 or UTF-32 rather than UTF-8.

    ## What it does
    Reports a file that editkit could read only because it starts with a
    UTF-16 or UTF-32 byte order mark.

    ## Why
    Newsroom CMSs, git diffs, grep and most web tools expect UTF-8; UTF-16
    files show up as binary in reviews and break pipelines.

    ## Example
    A file saved by Notepad as "Unicode": `FF FE 54 00 68 00 …` (`Thứ Năm…`)
    → save it as UTF-8: `54 68 E1 BB A9 …`.

    ## Fix safety
    No automatic fix: editkit keeps the file's encoding when it fixes other
    findings. Re-save the file as UTF-8 in your editor.
    """
    encoding = document.decoded.encoding
    if encoding.startswith(("utf-16", "utf-32")):
        yield Finding(0, 0, f"File is encoded as {encoding.upper()} with a byte order mark; save it as UTF-8")


@rule(code="EN101", name="non-nfc-text", category="encoding", severity="warning", fixable=True, scope="raw")
def non_nfc_text(document, context):
    r"""Text is not in Unicode normalisation form NFC.

    ## What it does
    Finds words whose code points are not in NFC and says which kind:
    decomposed letters (NFD: a base letter followed by combining diacritics,
    as macOS and some keyboards produce), "Unicode tổ hợp" (a precomposed
    letter followed by a combining tone, as Windows-1258 and VietKey's
    "Unicode tổ hợp" produce), and the deprecated tone marks U+0340/U+0341.

    ## Why
    `hoà` typed as `o` + U+0300 + `a` looks identical to the precomposed
    form but does not match in search, spell checking, sorting or the CMS's
    duplicate detection.

    More than five such words are one finding at the first, whose fix
    normalises them all: a text typed with a decomposing keyboard is one
    problem, not one per word.

    ## Example
    `Tiếng Việt` written as `Tie\u0302\u0301ng Vie\u0323\u0302t` (NFD)
    → `Tiếng Việt` (NFC).

    ## Fix safety
    Safe: NFC normalisation changes code points, never the rendered text.
    """
    text = document.text
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return
    words = [t for t in TOKEN.finditer(text) if not unicodedata.is_normalized("NFC", t.group())]
    edits = [Edit(t.start(), t.end(), unicodedata.normalize("NFC", t.group())) for t in words]
    if len(words) > MANY_NON_NFC_WORDS:
        first = words[0]
        yield Finding(first.start(), first.end(),
                      f"{describe_non_nfc(first.group())} in {len(words)} words (the first: '{edits[0].replacement}'); "
                      "normalise them all", fix=Fix.safe(*edits))
        return
    for token, edit in zip(words, edits):
        yield Finding(token.start(), token.end(), f"{describe_non_nfc(token.group())}; normalise to '{edit.replacement}'",
                      fix=Fix.safe(edit))


MANY_NON_NFC_WORDS = 5  # more words than this are reported once


def describe_non_nfc(word: str) -> str:
    """Name the kind of non-NFC text, as editors know it."""
    if "\u0340" in word or "\u0341" in word:
        return "Deprecated combining tone mark (U+0340/U+0341)"
    for index, character in enumerate(word[:-1]):
        if unicodedata.combining(word[index + 1]) and not unicodedata.combining(character):
            if unicodedata.decomposition(character):
                return "Unicode tổ hợp: a precomposed letter followed by a combining mark"
            return "Decomposed Unicode (NFD): a letter followed by combining marks"
    return "Text is not in Unicode NFC"


@lru_cache(maxsize=1)
def invisible_characters() -> dict[str, tuple[str, str]]:
    table = {}
    for line in dictionary_path("encoding", "invisible-characters.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, name, action = line.split("\t")
        table[chr(int(code[2:], 16))] = (name, action)
    return table


@lru_cache(maxsize=1)
def invisible_pattern() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in invisible_characters()) + "]")


def is_emoji(character: str) -> bool:
    code = ord(character)
    return code >= 0x1F000 or 0x2600 <= code <= 0x27BF or code == 0xFE0F


@rule(code="EN102", name="invisible-character", category="encoding", severity="warning", fixable=True, scope="raw")
def invisible_character(document, context):
    r"""An invisible or zero-width character sits in the text.

    ## What it does
    Finds zero-width spaces and joiners, soft hyphens, word joiners, stray
    byte order marks and bidirectional control characters (the list is
    `dictionaries/encoding/invisible-characters.tsv`). A zero-width joiner
    inside an emoji sequence is left alone.

    ## Why
    They come in with text copied from web pages and chat apps, split words
    invisibly (`Việt\u200bNam` is two words to search and spell checking) and
    can reorder text on screen.

    ## Example
    `Thành\u200b phố` (with U+200B) → `Thành phố`.

    ## Fix safety
    Safe: the characters render as nothing, so removing them keeps the text
    as readers see it.
    """
    text = document.text
    table = invisible_characters()
    for match in invisible_pattern().finditer(text):
        character = match.group()
        name, action = table[character]
        if action == "keep-in-emoji":
            before = text[match.start() - 1] if match.start() else ""
            after = text[match.end()] if match.end() < len(text) else ""
            if (before and is_emoji(before)) or (after and is_emoji(after)):
                continue
        yield Finding(
            match.start(), match.end(),
            f"Invisible character U+{ord(character):04X} {name}",
            fix=Fix.safe(Edit(match.start(), match.end(), "")),
        )


@rule(code="EN103", name="control-character", category="encoding", severity="error", fixable=True, scope="raw")
def control_character(document, context):
    r"""A control character (C0 or C1) sits in the text.

    ## What it does
    Finds control characters other than tab, line feed and carriage return:
    U+0000–U+001F, U+007F and the C1 range U+0080–U+009F.

    ## Why
    They are never part of an article. C1 controls usually mean the text was
    decoded with the wrong code page (UTF-8 read as Windows-1252); others
    break XML feeds and JSON exports.

    ## Example
    `Hà Nội\x0b ngày 5/2` → `Hà Nội ngày 5/2`.

    ## Fix safety
    Unsafe: removal is right for stray controls, but C1 controls can be the
    remains of mis-decoded letters that should be recovered instead.
    """
    for match in CONTROL.finditer(document.text):
        codes = ", ".join(f"U+{ord(c):04X}" for c in match.group())
        yield Finding(
            match.start(), match.end(),
            f"Control character {codes} in text",
            fix=Fix.unsafe(Edit(match.start(), match.end(), "")),
        )


@rule(code="EN104", name="replacement-character", category="encoding", severity="error", scope="raw")
def replacement_character(document, context):
    r"""The Unicode replacement character U+FFFD (�) is in the text.

    ## What it does
    Finds U+FFFD, the character a program writes when it could not decode a
    byte.

    ## Why
    Each one is a letter that was lost in an earlier conversion: the article
    shows `�` to readers.

    ## Example
    `Ngh� quyết` → `Nghị quyết` (recover the letter from the original source).

    ## Fix safety
    No automatic fix: the lost letter cannot be known from the text alone.
    """
    text = document.text
    start = text.find("\ufffd")
    while start != -1:
        end = start + 1
        while end < len(text) and text[end] == "\ufffd":
            end += 1
        yield Finding(start, end, "Replacement character U+FFFD: a letter was lost in a bad conversion")
        start = text.find("\ufffd", end)


@rule(code="EN105", name="trailing-whitespace", category="encoding", severity="warning", fixable=True, scope="raw")
def trailing_whitespace(document, context):
    r"""A line ends with spaces or tabs.

    ## What it does
    Finds spaces, tabs and no-break spaces before the end of a line. In
    Markdown, exactly two spaces after text are a hard line break and are
    kept.

    ## Why
    Invisible trailing blanks create noisy diffs and, pasted into a CMS,
    stray `&nbsp;` entities.

    ## Example
    `giải pháp đẩy mạnh công tác kết nạp đảng viên mới. ` → `… đảng viên mới.`

    ## Fix safety
    Safe: only whitespace at the end of lines is removed.
    """
    text = document.text
    for match in TRAILING.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        has_text = match.start() > line_start
        if document.markdown and has_text and match.group() == "  ":
            continue
        yield Finding(
            match.start(), match.end(),
            "Trailing whitespace" if has_text else "Line contains only whitespace",
            fix=Fix.safe(Edit(match.start(), match.end(), "")),
        )


@rule(code="EN106", name="mixed-line-endings", category="encoding", severity="warning", fixable=True, scope="raw")
def mixed_line_endings(document, context):
    r"""The file mixes line endings (LF, CRLF, CR).

    ## What it does
    Counts the line endings of the file and reports each line whose ending
    differs from the most common one.

    ## Why
    Mixed endings come from pasting between Windows and Unix tools; they
    show as `^M` in diffs and break line-based tools.

    ## Example
    `Dòng 1\r\nDòng 2\nDòng 3\r\n` → `Dòng 1\r\nDòng 2\r\nDòng 3\r\n`.

    ## Fix safety
    Safe: only the line-ending characters change, to the file's majority
    style (LF or CRLF: a lone CR is never the one kept).
    """
    endings = [(m.start(), m.end(), m.group()) for m in LINE_ENDING.finditer(document.text)]
    counts: dict[str, int] = {}
    for _, _, ending in endings:
        counts[ending] = counts.get(ending, 0) + 1
    if len(counts) < 2:
        return  # one style (a file of lone CRs is EN110's)
    # a lone CR is never the style to keep: most tools read a line ended by one as running on
    majority = max((e for e in counts if e != "\r"), key=lambda e: (counts[e], e == "\n"))
    for start, end, ending in endings:
        if ending != majority:
            yield Finding(
                start, end,
                f"Line ends with {ENDING_NAMES[ending]}; the file mostly uses {ENDING_NAMES[majority]}",
                fix=Fix.safe(Edit(start, end, majority)),
            )


@rule(code="EN110", name="cr-line-endings", category="encoding", severity="warning", fixable=True, scope="raw")
def cr_line_endings(document, context):
    r"""Every line ends with a lone CR, as classic Mac OS wrote text files.

    ## What it does
    Reports a file whose line endings are all a carriage return without a
    line feed: one finding, from the first to the last, whose fix ends every
    line with LF.
    (A lone CR among LF or CRLF endings is EN106's.) editkit's other rules
    read such a file line by line all the same.

    ## Why
    Most tools, diffs and CMS imports read a file of lone CRs as one long
    line: the article loses its paragraphs.

    ## Example
    `Dòng 1\rDòng 2\r` → `Dòng 1\nDòng 2\n`.

    ## Fix safety
    Safe: only the line-ending characters change.
    """
    text = document.text
    if "\r" not in text or "\n" in text:
        return
    ends = [m.start() for m in re.finditer("\r", text)]
    yield Finding(ends[0], ends[-1] + 1, f"Lines end with a lone CR (classic Mac OS), {len(ends)} of them; end them with LF",
                  fix=Fix.safe(*(Edit(end, end + 1, "\n") for end in ends)))


@lru_cache(maxsize=1)
def confusables() -> dict[str, tuple[str, str]]:
    table = {}
    for line in dictionary_path("encoding", "confusables.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        character, _code, replacement, name = line.split("\t")
        table[character] = (replacement, name)
    return table


@lru_cache(maxsize=1)
def confusable_pattern() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in confusables()) + "]")


def looks_vietnamese_with_d(word: str, table) -> bool:
    """True when the word, with ð/Ð read as đ/Đ, is made of Vietnamese letters."""
    from editkit.vietnamese.letters import VIETNAMESE_CHARACTERS

    replaced = "".join(table[c][0] if c in "Ðð" else c for c in word)
    letters = replaced.strip(".,;:!?\"'()[]“”‘’…-")
    return bool(letters) and all(c in VIETNAMESE_CHARACTERS for c in letters)


def is_latin_letter(character: str) -> bool:
    return character.isalpha() and ("LATIN" in unicodedata.name(character, "") or character.isascii())


@rule(code="EN107", name="lookalike-letter", category="encoding", severity="error", fixable=True, scope="raw")
def lookalike_letter(document, context):
    r"""A letter from another script poses as a Vietnamese letter.

    ## What it does
    Finds Cyrillic and Greek letters inside words written in Latin letters
    (`Viеt` with a Cyrillic е), and the Icelandic eth `Ð`/`ð` used for
    `Đ`/`đ` (as old fonts and some keyboards produce). Words written wholly
    in Cyrillic or Greek are left alone. The table is
    `dictionaries/encoding/confusables.tsv`.

    ## Why
    The word looks right but is not: search, sorting, spell checking and
    the CMS's tag pages treat it as a different word. `Ðà Nẵng` is not found
    when readers search `Đà Nẵng`.

    ## Example
    `Ðà Nẵng` (U+00D0) → `Đà Nẵng` (U+0110); `Hà Nоi` (Cyrillic о) → `Hà Noi`.

    ## Fix safety
    Safe: each replacement is the Latin letter the character imitates.
    """
    text = document.text
    table = confusables()
    if text.isascii() or not confusable_pattern().search(text):
        return
    for token in TOKEN.finditer(text):
        word = token.group()
        found = [(i, c) for i, c in enumerate(word) if c in table]
        if not found:
            continue
        mixed = any(is_latin_letter(c) for c in word if c not in table)
        eth_only = all(c in "Ðð" for _, c in found)
        if not mixed and not eth_only:
            continue
        if eth_only and not looks_vietnamese_with_d(word, table):
            continue  # ð inside garbled legacy text is the mojibake rule's business
        for index, character in found:
            replacement, name = table[character]
            start = token.start() + index
            yield Finding(
                start, start + 1, f"'{character}' is {name}; write '{replacement}'",
                fix=Fix.safe(Edit(start, start + 1, replacement)),
            )
