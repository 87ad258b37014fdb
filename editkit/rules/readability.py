"""Readability rules for Vietnamese articles (see editkit.vietnamese.readability)."""

from __future__ import annotations

from editkit.diagnostics import Finding
from editkit.registry import rule


# the parts readers read as running prose: not the dateline, the byline, captions, tables, code or the
# page furniture scraped with the article, nor the headline and subheadings (no sentences of their own)
PROSE_PARTS = frozenset({"lead", "paragraph", "list-item"})


def readability(document):
    """The readability figures of the article's prose (PROSE_PARTS); a text whose structure names
    no such part is measured whole."""
    from editkit.structure_support import anatomy
    from editkit.vietnamese.readability import measure

    def compute():
        prose = [part.text for part in anatomy(document).parts if part.kind in PROSE_PARTS]
        return measure("\n".join(prose) if prose else document.text[document.body_start:])

    return document.memo("readability", compute)


@rule(code="RD101", name="hard-to-read", category="readability", severity="info", default=False)
def hard_to_read(document, context):
    r"""The article is harder to read than the house allows.

    ## What it does
    Computes Nguyễn & Henkin's readability level for Vietnamese
    (`2 × letters per word + 0.2 × words per sentence − 6`, words found by
    joining syllables that belong together in the news counts) over the
    article's prose (lead, paragraphs and list items: not the dateline,
    byline, captions, tables or scraped page furniture) and reports articles
    above `readability-max-level` (default 13; the sample article, whose
    13 sentences average 50 words, scores 14.0; editkit's own news articles
    in `tests/news/` 4.5–8.1).

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
