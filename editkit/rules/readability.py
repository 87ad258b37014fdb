"""Readability rules for Vietnamese articles (see editkit.vietnamese.readability)."""

from __future__ import annotations

from editkit.diagnostics import Finding
from editkit.registry import rule


def readability(document):
    from editkit.vietnamese.readability import measure

    return document.memo("readability", lambda: measure(document.text[document.body_start:]))


@rule(code="RD101", name="hard-to-read", category="readability", severity="info", default=False)
def hard_to_read(document, context):
    r"""The article is harder to read than the house allows.

    ## What it does
    Computes Nguyễn & Henkin's readability level for Vietnamese
    (`2 × letters per word + 0.2 × words per sentence − 6`, words found by
    joining syllables that belong together in the news counts) and reports
    articles above `readability-max-level` (default 13; the sample article scores 10.2).

    ## Why
    News is read fast and on phones; long sentences of long words lose
    readers. Administrative prose copied into articles is the usual cause.

    ## Example
    sentences of 60 words chaining clauses with semicolons → sentences of
    15–25 words.

    ## Fix safety
    No automatic fix. Opt-in: select it (`--extend-select readability`);
    `editkit report` always shows the readability figures.
    """
    from editkit.rules.structure import is_article

    if not is_article(document):
        return
    level = readability(document).nguyen_henkin
    limit = context.settings["readability-max-level"]
    if level > limit:
        yield Finding(document.body_start, document.body_start,
                      f"Readability level {level:.1f} (Nguyễn & Henkin) is above the house limit {limit}")


@rule(code="RD102", name="rare-vocabulary", category="readability", severity="info", default=False)
def rare_vocabulary(document, context):
    r"""Many syllables of the article are rare in Vietnamese news.

    ## What it does
    Reports articles where more than 8% of the syllables were seen fewer
    than 100 times in 20.7 million tokens of Vietnamese news.

    ## Why
    Rare words (technical, Sino-Vietnamese or foreign) slow readers down;
    they need explaining or replacing.

    ## Example
    `tính khả dụng của hạ tầng` → `hạ tầng có dùng được không`.

    ## Fix safety
    No automatic fix.
    """
    from editkit.rules.structure import is_article

    if not is_article(document):
        return
    share = readability(document).rare_syllable_share
    if share > 0.08:
        yield Finding(document.body_start, document.body_start,
                      f"{share:.0%} of the syllables are rare in Vietnamese news")
