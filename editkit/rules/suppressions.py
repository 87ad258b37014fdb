"""Suppression comments that silence nothing (HS111): reported by the engine after every other
rule has run, since only then is it known which comments were used."""

from __future__ import annotations

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule


@rule(code="HS111", name="unused-suppression", category="style", severity="warning", fixable=True, default=False)
def unused_suppression(document, context):
    r"""A suppression comment silences nothing.

    ## What it does
    Reports an `editkit-disable…` comment whose selector names no rule,
    no category and no house-style rule (a typo: `SP13O`,
    `straigt-quotes`), and, for the rules this run checks, a comment that
    silenced no finding: the text it guarded was mended, or the comment
    sits on the wrong line. A comment naming a rule this run does not
    check (`--select` left it out) is not judged. Off by default, as
    ruff's RUF100 and ESLint's unused-directive report are: select it
    (`--extend-select HS111`) to keep the comments honest.

    ## Why
    A comment that silences nothing hides nothing today but will hide a
    real finding tomorrow, and a misspelled selector never worked.

    ## Example
    `<!-- editkit-disable-next-line SP103 -->` over a line with no wrong
    word → remove the comment.

    ## Fix safety
    Unsafe: the comment is removed (its line stays, blank, when it stood
    alone; a region's `editkit-disable` is left to the writer, with its
    `editkit-enable`), or a misspelled selector replaced by the name it
    most likely meant (`SP13O` → `SP103`).
    """
    return ()  # the engine reports these (unused_suppression_findings)


def unused_suppression_findings(document, suppressions, used: set[int], enabled, context) -> list[Finding]:
    """The comments among ``suppressions`` (indexes not in ``used``) that silence nothing."""
    from editkit.nearest import nearest
    from editkit.registry import all_rules
    from editkit.selection import CATEGORIES, specificity

    every = all_rules()
    enabled_codes = {r.code for r in enabled}
    style_ids = house_style_ids(context)
    text = document.text
    findings = []
    for index, suppression in enumerate(suppressions):
        unknown = [s for s in suppression.selectors if not (
            s.upper() == "ALL" or s.lower() in CATEGORIES or s in style_ids or any(specificity(s, r) for r in every))]
        if unknown:
            alone = len(unknown) == len(suppression.selectors)
            meant = nearest(unknown[0], [*(r.code for r in every), *(r.name for r in every), *style_ids])
            message = f"'{unknown[0]}' names no rule, category or house-style rule"
            if meant:  # the selector itself, with the name it was most likely meant to be
                start = selector_start(text, suppression, unknown[0])
                findings.append(Finding(start, start + len(unknown[0]), f"{message}; did you mean '{meant}'?",
                                        fix=Fix.unsafe(Edit(start, start + len(unknown[0]), meant)), suggestions=(meant,)))
            else:
                findings.append(Finding(suppression.start, suppression.end,
                                        message + (": this comment silences nothing" if alone else ""),
                                        fix=removal(suppression.start, suppression.end) if alone else None))
            continue
        if index in used:
            continue
        judged = judged_rules(suppression.selectors, every, enabled_codes, style_ids)
        if judged and all(r.code in enabled_codes for r in judged):
            start = with_spaces_before(text, suppression.start)
            findings.append(Finding(start, suppression.end, "This suppression comment silenced no finding",
                                    # a region's opening alone is not removed: its editkit-enable would stay behind
                                    fix=None if suppression.region else removal(start, suppression.end)))
    return findings


STYLE_RULE_CODES = ("HS101", "HS102", "HS103", "HS104")  # the rules whose findings a house-style rule's id names


def judged_rules(selectors, every, enabled_codes: set[str], style_ids: frozenset[str]) -> list:
    """The rules a comment silences that a default run checks, or this run selected (every default
    rule for a comment without selectors); an opt-in rule this run leaves out is not among them."""
    from editkit.selection import specificity

    named = [r for r in every if not selectors or any(specificity(s, r) for s in selectors)
             or (r.code in STYLE_RULE_CODES and any(s in style_ids for s in selectors))]
    return [r for r in named if r.default or r.code in enabled_codes]


def selector_start(text: str, suppression, selector: str) -> int:
    """Where ``selector`` stands in the suppression comment (after its ``editkit-…`` keyword)."""
    keyword = text.find("editkit-", suppression.start, suppression.end)
    found = text.find(selector, keyword, suppression.end)
    return found if found >= 0 else suppression.start


def house_style_ids(context) -> frozenset[str]:
    from editkit.house_style import StyleError, rules_for

    try:
        return frozenset(r.id for r in rules_for(context.settings))
    except StyleError:
        return frozenset()


def with_spaces_before(text: str, start: int) -> int:
    """``start`` moved back over the spaces that put a comment after its line's text (``Lan # editkit-…``):
    removed with it, they would be left trailing; a comment on a line of its own keeps its indent."""
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    return before if before > 0 and text[before - 1] != "\n" else start


def removal(start: int, end: int) -> Fix:
    """Remove the comment (the line it stood on stays, blank, when it stood alone)."""
    return Fix.unsafe(Edit(start, end, ""))
