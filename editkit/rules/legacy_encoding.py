"""Rules about legacy Vietnamese encodings: whole files and mojibake inside UTF-8 text."""

from __future__ import annotations

import re
from collections import Counter

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule

# A run of non-blank characters (UTF-8 "à" read as Windows-1252 is "Ã" + no-break space) holding at
# least one character that legacy encodings produce: Latin-1 and Windows-1252 letters and symbols, C0 controls.
_SUSPECT = "\x01-\x08\x0e-\x1f\x80-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122"
# (a run starts after a blank, a suspect character or the text's start: tried inside a long word without
# a suspect character, it would scan the rest of that word from every position)
SUSPECT_RUN = re.compile(rf"(?<![^\s{_SUSPECT}])(?:[^\s{_SUSPECT}]|(?<=Ã)\xa0)*[{_SUSPECT}](?:\S|(?<=Ã)\xa0)*")
ASCII_PUNCTUATION = ".,;:!?()[]{}\"'"
WHOLE_DOCUMENT_SHARE = 0.5


@rule(code="EN108", name="legacy-encoding", category="encoding", severity="warning", fixable=True, scope="raw")
def legacy_encoding(document, context):
    r"""The file is in a legacy Vietnamese encoding (TCVN3, VNI, VISCII, Windows-1258, VIQR).

    ## What it does
    A file whose bytes are not UTF-8 is decoded with each legacy Vietnamese
    encoding — TCVN3/ABC and TCVN 5712:1993 VN1, VNI-Windows, VISCII,
    Windows-1258 — and the decoding that turns its words into Vietnamese
    syllables is used; this rule then says which one it was. An ASCII file
    written in VIQR (`Tie^'ng Vie^.t`) is found the same way, and so is a
    line of VIQR pasted into a Unicode article. A file that
    matches no encoding is reported as unreadable (exit 2), never guessed.

    ## Why
    Files from old newsroom systems and fonts (.VnTime, VNI-Times) show as
    garbage in every modern tool: `TiÕng ViÖt`, `Tieáng Vieät`.

    ## Example
    `TiÕng ViÖt` (TCVN3 bytes) → `Tiếng Việt` saved as UTF-8.

    ## Fix safety
    Safe: `--fix` rewrites the file as UTF-8 (NFC) with exactly the decoded
    text.
    """
    from editkit.vietnamese.legacy import NAMES, decode_viqr, looks_like_viqr

    legacy = document.decoded.legacy
    if legacy:
        yield Finding(
            0, 0, f"File is encoded in {NAMES.get(legacy, legacy)}; --fix saves it as UTF-8",
            fix=Fix.safe(),
        )
        return
    text = document.text
    if text.isascii() and looks_like_viqr(text):
        decoded = decode_viqr(text)
        yield Finding(0, len(text), "Text is written in VIQR; --fix converts it to Vietnamese letters",
                      fix=Fix.safe(Edit(0, len(text), decoded)))
        return
    from editkit.vietnamese.letters import ASCII_LINE

    for line in ASCII_LINE.finditer(text, document.body_start):  # a paragraph pasted from an old e-mail
        if VIQR_MARK.search(line.group()) and looks_like_viqr(line.group()):
            yield Finding(line.start(), line.end(), "This line is written in VIQR; --fix converts it to Vietnamese letters",
                          fix=Fix.safe(Edit(line.start(), line.end(), decode_viqr(line.group()))))


# a VIQR mark on a vowel (e^ a( o+ u+, a tone after a vowel) or dd: a line worth the closer look
VIQR_MARK = re.compile(r"[aeiouyAEIOUY][(^+]|[aeiouyAEIOUY][`?~'.][A-Za-z]|\b[dD][dD][aeiouy]")


def candidate_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The run itself, then without ASCII punctuation, then without any punctuation."""
    spans = [(start, end)]
    s, e = start, end
    while s < e and text[s] in ASCII_PUNCTUATION:
        s += 1
    while e > s and text[e - 1] in ASCII_PUNCTUATION:
        e -= 1
    spans.append((s, e))
    while s < e and text[s] in "“‘(«":
        s += 1
    while e > s and text[e - 1] in "”’)»":
        e -= 1
    spans.append((s, e))
    return [span for span in dict.fromkeys(spans) if span[0] < span[1]]


# Characters Vietnamese text never uses but every legacy garbling leaves behind (TCVN3's ¸ µ ¶,
# VNI's ø ï ä ö ñ, VISCII's ª ®, Windows-1258's Þ, UTF-8-as-1252's » º ‡ and "Ã" + a C1 byte).
MOJIBAKE_HINT = re.compile(
    "[\x01-\x08\x0e-\x1f\x80-\x9f¡¢£¤¥¦§¨ª«¬®¯°±²³´µ¶¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑ×ØÞßäåæçëîïðñöøûüþÿ"
    "ƒˆ‰Š‹ŒŽ†‡•˜™š›œžŸ]|[ÃÂÄ](?=[\xa0\x80-\xbf])"
    "|[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY][ìÌòÒ]"  # Windows-1258's combining tones shown as letters (Tiêìng)
)


def wholly_garbled(text: str, garbled: int, suspects: int) -> bool:
    """Most suspect runs are garbled and hardly any word uses letters a legacy code page cannot show."""
    from editkit.vietnamese.legacy import cp1252_bytes

    if garbled < WHOLE_DOCUMENT_SHARE * suspects:
        return False
    modern = sum(1 for word in re.findall(r"\S+", text) if not word.isascii() and cp1252_bytes(word) is None)
    return modern <= 0.1 * garbled


MIN_GARBLED_IN_LINE = 3


def garbled_lines(text: str, first_pass, candidates) -> list[tuple[int, int]]:
    """(start, end) of the lines whose suspect runs are mostly garbled (as wholly_garbled judges a
    document), with at least MIN_GARBLED_IN_LINE of them. Both lists are in text order."""
    import bisect

    garbled_starts = [start for start, _, _ in first_pass]
    suspect_starts = [start for start, _ in candidates]
    found = []
    for line_start in sorted({text.rfind("\n", 0, start) + 1 for start in garbled_starts}):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        garbled = bisect.bisect_left(garbled_starts, line_end) - bisect.bisect_left(garbled_starts, line_start)
        suspects = bisect.bisect_left(suspect_starts, line_end) - bisect.bisect_left(suspect_starts, line_start)
        if garbled >= MIN_GARBLED_IN_LINE and wholly_garbled(text[line_start:line_end], garbled, suspects):
            found.append((line_start, line_end))
    return found


def decode_the_rest(text: str, candidates, repairs: dict, prefer: str, covered: set[int]) -> None:
    """Add to ``repairs`` the suspect runs not yet in it (``covered``: their starts) that ``prefer``
    decodes (words that happen to look Vietnamese garbled: TCVN3 ``bé`` for ``bộ``, ``phè`` for ``phố``)."""
    from editkit.vietnamese.legacy import decode_as

    for span in candidates:
        for start, end in candidate_spans(text, *span):
            if start in covered:
                break
            decoded = decode_as(text[start:end], prefer)
            if decoded:
                repairs[(start, end)] = (prefer, decoded)
                covered.add(start)
                break


def repair(run: str, prefer: str | None = None) -> tuple[str, str] | None:
    """(encoding, decoded text) for a garbled run; one that spells a syllable as it stands but has a
    marked capital inside (TCVN3 ``vÒ``) is decoded when the decoding is a Vietnamese word (về)."""
    from editkit.vietnamese.legacy import MOJIBAKE_DECODINGS, decode_as, is_vietnamese_word, repair_run

    repaired = repair_run(run, prefer)
    if repaired or not capital_inside(run):
        return repaired
    for name in ((prefer,) if prefer else ()) + tuple(n for n in MOJIBAKE_DECODINGS if n != prefer):
        decoded = decode_as(run, name)
        if decoded and decoded != run and is_vietnamese_word(decoded) and not capital_inside(decoded):
            return name, decoded
    return None


def capital_inside(word: str) -> bool:
    """A marked capital right after a lower-case letter (TCVN3 ``vÒ`` for về, ``lÔ`` for lễ): no word is
    written so, though its letters may spell a syllable (vò, lô)."""
    if word[1:].islower() or word.isupper() or word.isascii():
        return False  # the common cases, at C speed: no capital after the first letter, or all capitals
    return any(c.isupper() and not c.isascii() and previous.islower() for previous, c in zip(word, word[1:]))


@rule(code="EN109", name="mojibake", category="encoding", severity="error", fixable=True, scope="raw",
      supersedes=("DI101", "DI102", "DI103", "DI104", "SP101", "SP102", "SP106", "EN102"))
def mojibake(document, context):
    r"""Words garbled by a wrong encoding were saved inside UTF-8 text.

    ## What it does
    Finds runs of characters that are legacy-encoded Vietnamese shown in the
    wrong code page — TCVN3 (`TiÕng ViÖt`), VNI (`Tieáng Vieät`), VISCII
    (`Tiªng Vi®t`), Windows-1258 (`Tiêìng`), and UTF-8 read as Windows-1252
    (`Tiáº¿ng Viá»‡t`, including the C1 controls Windows passes through) — and
    decodes them; the encoding that explains most runs of the document wins.
    When most of the document, or most of a line (a paragraph pasted from an
    old file), is garbled, words that happen to look like Vietnamese in the
    garbled form (TCVN3 `bé` for `bộ`, `phè` for `phố`) are decoded too, and
    so is a word with a marked capital after a lower-case letter anywhere
    (TCVN3 `vÒ` for `về`: no word is written so).
    Clean text, foreign names (José, Zürich) and units (`con/m²`) are never touched: a run is
    reported only when it is not Vietnamese as it stands and wholly
    Vietnamese once decoded. The spelling and diacritics rules' findings on a
    garbled word are dropped (they would suggest `cót` for TCVN3 `kÕt`, or
    move VNI `seõ`'s tone mark), and so is a soft
    hyphen's that VISCII's `ễ` shows as (`di­n`).

    ## Why
    Copy-paste between old and new systems garbles words; readers see
    `Viá»‡t Nam` on the page.

    ## Example
    `Viá»‡t Nam` → `Việt Nam`; `TiÕng ViÖt` → `Tiếng Việt`.

    ## Fix safety
    Safe: the replacement is the exact decoding of the garbled characters.
    """
    from editkit.vietnamese.legacy import NAMES

    text = document.text
    if text.isascii() or not MOJIBAKE_HINT.search(text):
        return  # the common case: clean Vietnamese, nothing garbled
    candidates = [match.span() for match in SUSPECT_RUN.finditer(text)]
    if not candidates:
        return
    from editkit.vietnamese.legacy import is_vietnamese_word

    first_pass = []
    for span in candidates:
        word = text[span[0]:span[1]].strip(".,;:!?()[]\"'“”…")
        if is_vietnamese_word(word) and not capital_inside(word):
            continue  # the common case: a correct Vietnamese word with Latin-1 letters (à, á, ê…)
        for start, end in candidate_spans(text, *span):
            repaired = repair(text[start:end])
            if repaired:
                first_pass.append((start, end, repaired[0]))
                break
    if not first_pass:
        return
    prefer = Counter(name for _, _, name in first_pass).most_common(1)[0][0]
    repairs = {(start, end): repair(text[start:end], prefer) for start, end, _ in first_pass}
    covered = {start for start, _ in repairs}
    if wholly_garbled(text, len(first_pass), len(candidates)):
        # Mostly garbled: words that happen to look Vietnamese (TCVN3 "bé" for "bộ") are garbled too.
        decode_the_rest(text, candidates, repairs, prefer, covered)
    else:  # a paragraph pasted from an old document into a clean one: the same, line by line
        import bisect

        starts = [start for start, _ in candidates]
        for line_start, line_end in garbled_lines(text, first_pass, candidates):
            in_line = candidates[bisect.bisect_left(starts, line_start): bisect.bisect_left(starts, line_end)]
            decode_the_rest(text, in_line, repairs, prefer, covered)
    for (start, end), (name, fixed) in sorted(repairs.items()):
        yield Finding(
            start, end, f"Garbled text ({NAMES[name]}): '{text[start:end]}' is '{fixed}'",
            fix=Fix.safe(Edit(start, end, fixed)), suggestions=(fixed,),
        )
