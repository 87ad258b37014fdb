"""Rules about the source tag that opens the lead: ``(TTXVN) - ``, written and placed as the press
writes it."""

from __future__ import annotations

import re

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule
from editkit.structure_support import anatomy

SOURCE_TAG_STYLE = "({name}) - "


@rule(code="ST107", name="malformed-source-tag", category="structure", severity="warning", fixable=True)
def malformed_source_tag(document, context):
    r"""The source tag before the lead is not written `(Source) - `.

    ## What it does
    Checks the source tag at the start of the lead (`(Thanhuytphcm.vn) - `,
    `TTO - `, `(Dân trí) - `): one space, a hyphen, one space; no en or em
    dash, no missing space, no missing dash (`(Vietnam+) Tối 7/4`: an outlet's
    code, domain or name ending in `+` in brackets is its tag all the same).

    ## Why
    Source tags are parsed by aggregators and the CMS; `(Thanhuytphcm.vn)-`
    or an em dash breaks them and looks sloppy.

    ## Example
    `(Thanhuytphcm.vn)-Ngày 7/10` → `(Thanhuytphcm.vn) - Ngày 7/10`.

    ## Fix safety
    Safe: only the spaces and the dash change; unsafe when the dash touches
    both words (`TTO-Ngày`), as a hyphen there could join a compound.
    """
    for tag in anatomy(document).all("source-tag"):
        written = tag.text
        head = re.match(r"\s*(\([^()]+\)|[^\s\-–—]+)", written).group(1)
        right = f"{head} - "
        if written.lstrip() != right:
            start = tag.start + (len(written) - len(written.lstrip()))
            edit = Edit(start, tag.end, right)
            # TTO-Ngày: a dash without spaces could also join a compound (EU-Việt), so a judgement
            fix = Fix.unsafe(edit) if re.search(r"\S[-–—]+$", written) else Fix.safe(edit)
            yield Finding(start, tag.end, f"Source tag should read '{right.strip()} '", fix=fix, suggestions=(right,))


OUTLET_NAME = re.compile(r"[A-ZĐ][\w.&]*(?: [\w.&]+){0,3}")  # Dân trí, VTV.vn, Chinhphu.vn, NLĐO
# bracketed words that open a paragraph but name no outlet: a series part, a pointer, a credit
NOT_OUTLET_FIRST_WORDS = frozenset({"xem", "tiếp", "kỳ", "kì", "phần", "bài", "video", "clip", "tin", "theo", "nguồn",
                                    "đọc", "còn", "hết", "trích"})


@rule(code="ST118", name="misplaced-source-tag", category="structure", severity="warning", fixable=True)
def misplaced_source_tag(document, context):
    r"""The source tag opens a later paragraph instead of the lead.

    ## What it does
    Looks for an outlet's tag (`(VTV.vn) - `, `(Dân trí) - `, `TTO - `) at
    the start of a body paragraph when the lead has none.

    ## Why
    The tag belongs before the lead: aggregators and the CMS read it there.
    Found further down, it was left behind when paragraphs were moved or
    pasted, and readers meet the outlet's name in mid-story.

    ## Example
    `Khoảng 5h sáng nay, …` then `(VTV.vn) - Theo thông tin ban đầu, …` →
    `(VTV.vn) - Khoảng 5h sáng nay, …` then `Theo thông tin ban đầu, …`.

    ## Fix safety
    Unsafe: the fix moves the tag to the start of the lead; which paragraph
    opens the story is the editor's call.
    """
    parts = anatomy(document)
    lead = parts.first("lead")
    if lead is None or parts.first("source-tag") is not None:
        return
    from editkit.structure.anatomy import is_outlet_code, source_tag

    for paragraph in parts.all("paragraph"):
        if paragraph.start < lead.start:
            continue
        tag = source_tag(paragraph.text)
        name = tag and (tag.group("paren") or tag.group("bare"))
        if not name or not (OUTLET_NAME.fullmatch(name.strip()) if tag.group("paren") else is_outlet_code(name)):
            continue
        if name.split()[0].lower() in NOT_OUTLET_FIRST_WORDS:
            continue  # (Tiếp theo) - , (Kỳ 2) - , (Xem thêm) -
        start, end = paragraph.start + tag.start("tag"), paragraph.start + tag.end()
        moved = f"{tag.group('tag')} - "
        line = document.lines.position(start).line
        # the finding runs from the lead, where the tag belongs, to the tag (a fix stays inside its finding)
        yield Finding(lead.start, end, f"The lead has no source tag; '{tag.group('tag')}' opens the paragraph on "
                      f"line {line} instead", fix=Fix.unsafe(Edit(lead.start, lead.start, moved), Edit(start, end, "")),
                      suggestions=(moved,))
        return  # one tag to move
