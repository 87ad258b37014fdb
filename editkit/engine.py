"""Run rules over a document and turn their findings into diagnostics.

The engine never prints. It applies, in order: rule selection, the non-prose
mask for prose rules, the page furniture left in the article (ST101's, no other
rule's to report), and inline / front-matter suppressions.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import sys
from dataclasses import dataclass
from typing import Iterable

from editkit.config import Settings
from editkit.diagnostics import Diagnostic, Finding
from editkit.document import Document
from editkit.front_matter_prose import PROSE_CATEGORIES, prose_view
from editkit.masking import Mask
from editkit.normalized import readable_view
from editkit.registry import Rule
from editkit.selection import enabled_rules, specificity
from editkit.suppression import parse_suppressions


@dataclass(frozen=True)
class LintContext:
    """What rules may know beyond the document itself."""

    settings: Settings
    reference_date: dt.date | None = None
    debug: bool = False


def rules_for(document: Document, context: LintContext) -> list[Rule]:
    settings = context.settings
    select = (settings["select"] or ["ALL"]) + settings["extend-select"]
    return enabled_rules(select, settings.ignores_for(document.path))


def front_matter_ignores(document: Document) -> list[str]:
    options = document.metadata.get("editkit")
    ignored = options.get("ignore") if isinstance(options, dict) else None
    if isinstance(ignored, str):
        ignored = [part.strip() for part in ignored.split(",")]
    return [str(s) for s in ignored] if isinstance(ignored, list) else []


def severity_override(rule: Rule, table: dict[str, str]) -> str | None:
    """The configured severity of the most specific selector naming ``rule``."""
    ranked = [(specificity(selector, rule), severity) for selector, severity in table.items()]
    ranked = [item for item in ranked if item[0]]
    return max(ranked)[1] if ranked else None


UNUSED_SUPPRESSION = "HS111"  # reported here, after every other rule ran: only then is a comment known to be unused


def lint_document(document: Document, context: LintContext) -> list[Diagnostic]:
    file_ignores = front_matter_ignores(document)
    severities = context.settings["severity"]
    suppressions = parse_suppressions(document.text) if "editkit-" in document.text else []
    used: set[int] = set()  # the suppressions that silenced a finding
    diagnostics: list[Diagnostic] = []
    rules = rules_for(document, context)
    view = readable_view(document)  # decomposed (NFD) or lone-CR text: read composed with LF, reported as written
    readable = view.document if view is not None else document
    front_matter_prose = None
    if readable.front_matter is not None and any(r.category in PROSE_CATEGORIES and r.scope == "prose" for r in rules):
        front_matter_prose = prose_view(readable)  # title, sapo…: checked for spelling like the body
    furniture = None  # the page furniture's spans, asked for once a finding needs them
    for rule in rules:
        if any(specificity(s, rule) for s in file_ignores):
            continue
        override = severity_override(rule, severities) if severities else None
        target = document if rule.category == "encoding" else readable  # the encoding rules see the characters as written
        sources = [target]
        if front_matter_prose is not None and target is readable and rule.category in PROSE_CATEGORIES and rule.scope == "prose":
            sources.append(front_matter_prose)
        for source, finding in ((source, f) for source in sources for f in run_rule(rule, source, context)):
            if rule.scope == "prose" and source.mask.overlaps(
                    finding.start, finding.start + 1 if rule.category in FURNITURE_CATEGORIES else finding.end):
                continue  # (a structure rule's block is dropped only where it opens in code or a URL: a site's footer
                # ends on its e-mail address, a related link on its URL)
            if (rule.scope == "prose" and rule.category not in FURNITURE_CATEGORIES and source is readable
                    and finding.end > finding.start):  # (a finding about the whole document spans nothing)
                furniture = furniture if furniture is not None else furniture_mask(readable)
                if furniture.overlaps(finding.start, finding.start + 1):
                    continue  # a date or a word in the page's related links: ST101 reports the furniture itself
            if target is not document:
                finding = view.finding(finding)
            diagnostic = to_diagnostic(rule, finding, document, override)
            if suppressions:
                covering = [i for i, s in enumerate(suppressions)
                            if s.covers(rule, diagnostic.start.line, diagnostic.style_rule)]
                if covering:
                    used.update(covering)
                    continue
            diagnostics.append(diagnostic)
    if suppressions and (unused := next((r for r in rules if r.code == UNUSED_SUPPRESSION), None)) is not None:
        from editkit.rules.suppressions import unused_suppression_findings

        override = severity_override(unused, severities) if severities else None
        diagnostics.extend(to_diagnostic(unused, finding, document, override)
                           for finding in unused_suppression_findings(document, suppressions, used, rules, context))
    diagnostics = drop_superseded(diagnostics, rules)
    diagnostics.sort(key=lambda d: (d.start.offset, d.end.offset, d.rule))
    return diagnostics


# the rules that read the page furniture itself (ST101 reports it); the others' findings in it are dropped
FURNITURE_CATEGORIES = frozenset({"structure"})


def furniture_mask(document: Document) -> Mask:
    """The spans of the page furniture left in the article (related links, comment boxes, menus)."""
    from editkit.structure_support import anatomy

    return Mask([(p.start, p.end) for p in anatomy(document).parts if p.kind == "boilerplate"])


def drop_superseded(diagnostics: list[Diagnostic], rules: list[Rule]) -> list[Diagnostic]:
    """Without the findings that a more specific rule's finding already covers: ``xử`` (SP102)
    inside the curated wrong word ``xử dụng`` (SP103). An ``info`` finding supersedes nothing."""
    superseding = {r.code: set(r.supersedes) for r in rules if r.supersedes}
    if not superseding:
        return diagnostics
    spans: dict[str, list[tuple[int, int]]] = {}  # per superseded rule, the spans that cover its findings
    for d in diagnostics:
        if d.rule in superseding and d.severity != "info":
            for code in superseding[d.rule]:
                spans.setdefault(code, []).append((d.start.offset, d.end.offset))
    if not spans:
        return diagnostics
    covered = {code: CoveringSpans(found) for code, found in spans.items()}
    return [d for d in diagnostics if d.rule not in covered or not covered[d.rule].cover(d.start.offset, d.end.offset)]


class CoveringSpans:
    """Spans sorted by start, with the furthest end reached so far: does one of them cover
    ``start``–``end``? One binary search per question (a document can hold thousands of each)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [start for start, _ in spans]
        self.reach = list(itertools.accumulate((end for _, end in spans), max))

    def cover(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.starts, start) - 1
        return index >= 0 and self.reach[index] >= end


def run_rule(rule: Rule, document: Document, context: LintContext) -> Iterable[Finding]:
    try:
        return list(rule.check(document, context))
    except Exception as error:  # a broken rule must not take the run down
        if context.debug:
            raise
        print(f"editkit: internal error in rule {rule.code} on {document.path}: {error!r}", file=sys.stderr)
        return []


def to_diagnostic(rule: Rule, finding: Finding, document: Document, severity: str | None = None) -> Diagnostic:
    position = document.lines.position
    edit_positions = ()
    message = finding.message
    if document.extracted is not None:  # HTML or DOCX: say where in the original, and never fix
        locator = document.extracted.locator(finding.start)
        message += f" [{document.extracted.kind}: {locator}]" if locator else ""
        finding = Finding(finding.start, finding.end, message, None, finding.suggestions, finding.severity, finding.style_rule)
    if finding.fix is not None:
        edit_positions = tuple((position(e.start), position(e.end)) for e in finding.fix.edits)
    return Diagnostic(
        rule=rule.code,
        name=rule.name,
        category=rule.category,
        severity=severity or finding.severity or rule.severity,
        message=message,
        start=position(finding.start),
        end=position(finding.end),
        text=document.text[finding.start: finding.end],
        suggestions=finding.suggestions,
        fix=finding.fix,
        edit_positions=edit_positions,
        style_rule=finding.style_rule,
    )
