"""House-style rules: the data-driven checks of `dictionaries/house-styles/` and the project's style
files (the prose rules that need no rule file are in prose_style)."""

from __future__ import annotations

import re

from editkit.diagnostics import Edit, Finding, Fix, brief
from editkit.registry import rule


def style_findings(document, context) -> dict[str, list[Finding]]:
    """Findings of every data rule, by check type (computed once per document)."""
    from editkit.house_style import StyleError, rules_for

    def compute():
        found: dict[str, list[Finding]] = {"substitution": [], "existence": [], "consistency": [],
                                           "capitalisation": [], "broken": []}
        try:
            rules = rules_for(context.settings)
        except StyleError as error:
            found["broken"].append(Finding(0, 0, str(error)))
            return found
        for style_rule in rules:
            try:
                found[style_rule.type].extend(run_style_rule(style_rule, document))
            except TimeoutError:
                found["broken"].append(Finding(0, 0, f"House-style rule '{style_rule.id}' ({style_rule.source}) was stopped: "
                                                     "its regular expression backtracks without end; fix or remove it"))
        return found

    return document.memo("house-style", compute)


def make_fix(kind: str, start: int, end: int, right: str) -> Fix | None:
    if kind == "none":
        return None
    return (Fix.safe if kind == "safe" else Fix.unsafe)(Edit(start, end, right))


class Span:
    """The parts of a match the term checks use, taken from the original text."""

    __slots__ = ("text", "_start", "_end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self.text[self._start: self._end]


def recase(written: str, term: str) -> str:
    """``written`` with the capitals of ``term``, keeping its own tone style and a capital first letter."""
    words, model = written.split(), term.split()
    if len(words) != len(model) or any(len(a) != len(b) for a, b in zip(words, model)):
        right = term
    else:
        right = " ".join("".join(c.upper() if m.isupper() else c.lower() for c, m in zip(w, t)) for w, t in zip(words, model))
    return right[:1].upper() + right[1:] if written[:1].isupper() else right


def on_a_line_in_capitals(text: str, start: int, end: int, lines: dict[int, tuple[bool, int]]) -> bool:
    """The match sits on a line written all in capitals (a headline): its case is no choice.
    ``lines`` remembers each line's (in capitals, letters) by its start: a line is read once."""
    line_start = text.rfind("\n", 0, start) + 1
    known = lines.get(line_start)
    if known is None:
        line_end = text.find("\n", end)
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        known = lines[line_start] = (line.isupper(), sum(c.isalpha() for c in line))
    in_capitals, letters = known
    return in_capitals and letters > sum(c.isalpha() for c in text[start:end])


FEW_TERMS = 16  # a term list this short is first looked for as substrings


AND_BETWEEN = re.compile(r"[^\S\n]+(?:và|cùng|với)[^\S\n]+")
COMMA_BETWEEN = re.compile(r"[^\S\n]*,[^\S\n]*")


def outside_exceptions(matches: list, exceptions, text: str) -> list:
    """The matches not inside one of a rule's exception phrases (``phi chính phủ``), nor
    coordinated with a match inside one (``bộ ngoại giao và bộ quốc phòng hai nước``: the
    qualifier after the last body names them all). The exceptions come sorted and apart (one
    scan), so each match asks only the one before it."""
    import bisect

    spans = [e.span() for e in exceptions]
    starts = [start for start, _ in spans]
    excepted: list[str | None] = []  # "phrase", "listed" (coordinated with an excepted one) or None
    for match in matches:
        at = bisect.bisect_right(starts, match.start()) - 1
        excepted.append("phrase" if at >= 0 and match.end() <= spans[at][1] else None)
    for index in range(len(matches) - 2, -1, -1):  # from the end: a list of bodies before one excepted
        match, following = matches[index], matches[index + 1]
        if excepted[index] is None and excepted[index + 1] is not None and (
                AND_BETWEEN.fullmatch(text, match.end(), following.start())
                # a comma lists only before a listed one (A, B và C hai nước); alone it may end a clause
                or (excepted[index + 1] == "listed" and COMMA_BETWEEN.fullmatch(text, match.end(), following.start()))):
            excepted[index] = "listed"
    return [match for match, out in zip(matches, excepted) if out is None]


def datelined_abroad(document) -> bool:
    """The article's dateline names a place outside Vietnam (``Bangkok, ngày 15/2/2027 (TTXVN) - …``):
    its place is no province or city of ``dictionaries/structure/vietnam-places.txt``."""
    from editkit.dates_support import dateline
    from editkit.vietnamese.dates.places import dateline_place
    from editkit.vietnamese.place_names import place_key, vietnam_places

    line = dateline(document)
    place = dateline_place(document.text, line.start) if line is not None else None
    return place is not None and place_key(place) not in vietnam_places()


FOREIGN_DESKS = frozenset({"quốc tế", "thế giới", "tin quốc tế", "tin thế giới"})


def on_the_foreign_desk(document) -> bool:
    """The article is the foreign desk's: its lead's source tag (``(Quốc tế) - …``) or its front matter's
    category names it (Quốc tế, Thế giới)."""
    from editkit.frontmatter_block import key_value
    from editkit.structure_support import anatomy

    tag = anatomy(document).first("source-tag")
    category = key_value(document.metadata, "category")
    categories = category if isinstance(category, list) else [category]
    return any(isinstance(name, str) and " ".join(name.lower().split()) in FOREIGN_DESKS
               for name in [tag.label if tag is not None else None, *categories])


def run_style_rule(style_rule, document) -> list[Finding]:
    from editkit.house_style import TIMEOUT_SECONDS, expand, style_key, terms_pattern

    text = document.text
    lowered = document.memo("lowered", text.lower)
    if style_rule.term_forms and len(style_rule.term_forms) <= FEW_TERMS and not any(
            form in lowered for form in style_rule.lower_forms):
        return []  # none of a short list's terms is in the text: a substring test, faster than a scan
    if style_rule.lower_pattern is not None and len(lowered) == len(text):
        # case-insensitive term lists run faster on lowercased text; spans are the same
        matches = [Span(text, m.start(), m.end()) for m in style_rule.lower_pattern.finditer(lowered, document.body_start)]
    else:
        pattern = style_rule.pattern or terms_pattern(style_rule.term_forms, style_rule.term_flags)
        matches = list(pattern.finditer(text, document.body_start, timeout=TIMEOUT_SECONDS))
    if style_rule.exceptions is not None and matches:
        matches = outside_exceptions(matches, style_rule.exceptions.finditer(lowered, document.body_start), text)
    findings = []
    if style_rule.type == "substitution":
        for match in matches:
            right = expand(style_rule.replacement, match)
            if right != match.group():
                message = style_rule.message.format(right=brief(right), text=brief(match.group()), first="")
                findings.append(Finding(match.start(), match.end(), message, make_fix(style_rule.fix, match.start(), match.end(), right),
                                        (right,), style_rule.severity, style_rule.id))
    elif style_rule.type == "existence":
        for match in matches:
            findings.append(Finding(match.start(), match.end(), style_rule.message.format(text=brief(match.group()), right="", first=""),
                                    None, (), style_rule.severity, style_rule.id))
    elif style_rule.type == "capitalisation":
        by_key = {style_key(t): t for t in style_rule.terms}
        abroad = None  # asked once, for the first domestic term
        for match in matches:
            written = match.group()
            term = by_key.get(style_key(written))
            if term is None or written.isupper():
                continue  # all in capitals (a headline, an official heading): no capital is wrong
            if term in style_rule.domestic_terms:
                if abroad is None:
                    abroad = datelined_abroad(document) or on_the_foreign_desk(document)
                if abroad:
                    continue  # Bangkok, ngày …; (Quốc tế) - …: chính phủ, quốc hội are another country's
            right = recase(written, term)
            if " ".join(written.split()) != right:
                message = style_rule.message.format(right=brief(right), text=brief(written), first="")
                findings.append(Finding(match.start(), match.end(), message, make_fix(style_rule.fix, match.start(), match.end(), right),
                                        (right,), style_rule.severity, style_rule.id))
    elif style_rule.type == "consistency":
        def variant(written: str) -> str | None:
            for candidate in style_rule.variants:
                if candidate == written or (not style_rule.case_sensitive and style_key(candidate) == style_key(written)):
                    return candidate
            return None

        first = None
        lines: dict[int, tuple[bool, int]] = {}
        for match in matches:
            current = variant(" ".join(match.group().split()))
            if current is None or on_a_line_in_capitals(text, match.start(), match.end(), lines):
                continue
            if first is None:
                first = current
            elif current != first:
                message = style_rule.message.format(first=brief(first), text=brief(match.group()), right=brief(first))
                fix_kind = "unsafe" if style_rule.fix != "none" else "none"
                right = first
                if not style_rule.case_sensitive and match.group()[:1].isupper():
                    right = first[:1].upper() + first[1:]  # Hàng năm at a sentence start → Hằng năm
                findings.append(Finding(match.start(), match.end(), message, make_fix(fix_kind, match.start(), match.end(), right),
                                        (right,), style_rule.severity, style_rule.id))
    return findings


@rule(code="HS101", name="house-style-substitution", category="style", severity="warning", fixable=True)
def house_style_substitution(document, context):
    r"""Text the house style writes another way (a substitution rule).

    ## What it does
    Runs every `substitution` rule of the house-style files: the bundled
    `dictionaries/house-styles/*.toml` (punctuation and spacing, numbers,
    ND30 numbered units and citations) and the project's `extend-styles`
    files and inline `style-rules`. Each rule has its own message, severity
    and fix safety; rules can be limited to presets.

    ## Why
    A newsroom's conventions are many small substitutions; as data they are
    easy to add, review and test.

    ## Example
    `nhiệm kỳ 2020 - 2025;  tập trung` → `nhiệm kỳ 2020 - 2025; tập trung`;
    `kéo giảm 59.4% số vụ` → `kéo giảm 59,4% số vụ`.

    ## Fix safety
    As each rule declares (`fix = "safe"`, `"unsafe"` or `"none"`).
    """
    yield from style_findings(document, context)["substitution"]


@rule(code="HS102", name="forbidden-term", category="style", severity="warning")
def forbidden_term(document, context):
    r"""A term the house style forbids (an existence rule).

    ## What it does
    Reports every match of the `existence` rules of the house-style files.

    ## Why
    Some words never appear in a publication (slurs, outdated names,
    competitors' brands); a list keeps them out.

    ## Example
    with a rule forbidding `Sài Gòn giải phóng` as a newspaper name:
    `báo Sài Gòn giải phóng` → `báo Sài Gòn Giải Phóng`.

    ## Fix safety
    No automatic fix.
    """
    yield from style_findings(document, context)["existence"]


@rule(code="HS103", name="inconsistent-variant", category="style", severity="warning", fixable=True)
def inconsistent_variant(document, context):
    r"""A term written in two ways in one article (a consistency rule).

    ## What it does
    For each `consistency` rule (`TPHCM` / `TP.HCM` / `TP Hồ Chí Minh`,
    `COVID-19` / `Covid-19`, `ô tô` / `ôtô`), the first variant an article
    uses wins and the others are reported. A line written all in capitals
    (a headline) makes no choice of case.

    ## Why
    Readers notice two spellings of one name in one article; search and tags
    split between them.

    ## Example
    `TPHCM … TP.HCM` → `TPHCM … TPHCM`.

    ## Fix safety
    Unsafe: the first variant may not be the one the editor wants.
    """
    yield from style_findings(document, context)["consistency"]


@rule(code="HS104", name="wrong-capitalisation", category="style", severity="warning", fixable=True)
def wrong_capitalisation(document, context):
    r"""A name written with the wrong capitals (a capitalisation rule).

    ## What it does
    Finds the terms of the `capitalisation` rules in any case and reports
    those written otherwise. The bundled list follows Nghị định
    30/2020/NĐ-CP, Phụ lục II: state bodies (`Ban Chấp hành Trung ương`,
    `Bộ Giáo dục và Đào tạo`, `Ủy ban nhân dân`), codes and laws
    (`Bộ luật Dân sự`), holidays (`tết Nguyên đán`, `Quốc khánh`). A capital
    first letter is always accepted (sentence start, press style), and so is
    a term written all in capitals (a headline, an official heading).
    Vietnam's bodies by their common nouns (`Chính phủ`, `Quốc hội`,
    `Hiến pháp`: a rule's `domestic_terms`) are not checked in an article
    datelined abroad (`Bangkok, ngày 15/2/2027 (TTXVN) - …`: another
    country's; `dictionaries/structure/vietnam-places.txt` holds Vietnam's
    provinces and cities) or the foreign desk's (a `(Quốc tế) - ` or
    `(Thế giới) - ` source tag, that front-matter category), nor in phrases
    naming any government (`chính phủ Mỹ`, `chính phủ hai nước`, `thành lập
    chính phủ`: the rule's exceptions),
    nor in a body listed with one they name (`bộ ngoại giao và bộ quốc phòng
    hai nước`, `A, B và C các nước`).

    ## Why
    Official names have one correct form; wrong capitals look careless and,
    in legal and administrative texts, are errors.

    ## Example
    `Ban chấp hành trung ương` → `Ban Chấp hành Trung ương`;
    `Tết nguyên đán` → `Tết Nguyên đán`.

    ## Fix safety
    Safe: only the letter case changes.
    """
    yield from style_findings(document, context)["capitalisation"]


@rule(code="HS109", name="broken-style-rule", category="style", severity="error", scope="raw")
def broken_style_rule(document, context):
    r"""A house-style rule could not run.

    ## What it does
    Reports a style file that cannot be read or compiled, and a rule whose
    regular expression was stopped after one second because it backtracks
    without end (`(a+)+$` on a long line). The other rules still run.

    ## Why
    A broken rule silently checks nothing, and a runaway pattern would hang
    editors' pre-commit hooks and CI.

    ## Example
    `pattern = "(\\w+\\s?)+$"` → `pattern = "\\w+(?:\\s\\w+)*$"`.

    ## Fix safety
    No automatic fix.
    """
    yield from style_findings(document, context)["broken"]

