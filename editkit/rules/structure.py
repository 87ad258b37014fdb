"""Rules about article structure: page furniture, the lead, byline, captions and paragraphs (the headline's
and the source tag's rules are in their own modules)."""

from __future__ import annotations

import re

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule
from editkit.structure.anatomy import CAPTION_LINE
from editkit.structure_support import anatomy, continued_line_starts, syllables

ARTICLE_MIN_WORDS = 40


def settings_of(context) -> dict:
    return context.settings["structure"]


def is_article(document) -> bool:
    """Structure rules about headline, lead and byline apply to news articles in Vietnamese, not to
    notes and snippets, nor to a newspaper's notices (Cáo phó, Cảm tạ), nor to administrative documents (a công văn or quyết định with its national
    motto), whose parts Nghị định 30 lays out otherwise, nor to a text in another language (a
    project's English README)."""
    from editkit.structure.anatomy import is_administrative
    from editkit.structure.notices import is_notice

    def compute() -> bool:
        body = document.text[document.body_start:]
        return (not is_administrative(body) and syllables(body) >= ARTICLE_MIN_WORDS
                and written_in_vietnamese(body) and not is_notice(body))

    return document.memo("is-article", compute)


LANGUAGE_SAMPLE_WORDS = 400
LETTERS = re.compile(r"[^\W\d_]+")
MARKED_SHARE = 0.25  # Vietnamese news marks about nine words in ten; English text almost none
VIETNAMESE_SHARE = 0.75  # marked words and bare Vietnamese syllables (a text typed without marks)


def written_in_vietnamese(text: str) -> bool:
    """Most words of the text's beginning are Vietnamese: a quarter or more carry Vietnamese marks,
    or three in four are Vietnamese syllables typed with or without their marks."""
    from itertools import islice

    from editkit.vietnamese.inventory import by_bare_form
    from editkit.vietnamese.letters import has_vietnamese_marks

    words = [m.group() for m in islice(LETTERS.finditer(text), LANGUAGE_SAMPLE_WORDS)]
    if not words:
        return False
    marked = sum(map(has_vietnamese_marks, words))
    if marked >= MARKED_SHARE * len(words):
        return True
    bare = by_bare_form()
    return marked + sum(word.lower() in bare for word in words) >= VIETNAMESE_SHARE * len(words)


def removal_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span that deletes the lines of [start, end) and the blank lines after them.

    At the end of the text the blank lines before go instead, so that the text still
    ends with the previous line and its line break.
    """
    line_start = text.rfind("\n", 0, start) + 1
    following = re.compile(r"\n[ \t\r]*(?=[^\s])").search(text, end)
    if following:
        return line_start, following.end()
    previous = text.rstrip()[:line_start].rstrip()
    return (len(previous) + 1 if previous else 0), len(text)


@rule(code="ST101", name="web-boilerplate", category="structure", severity="warning", fixable=True)
def web_boilerplate(document, context):
    r"""Page furniture from a web page was left in the article.

    ## What it does
    Finds comment widgets (`Ý kiến bạn đọc`, `Tổng lượt bình luận`,
    `Gửi bình luận`, `refresh`), related-link blocks (`Tin khác`,
    `Tin liên quan`, `Xem thêm`, `>>` lists of headlines, and the headlines
    under such a label: a list, or up to five short lines with no final
    stop, mid-article too), site notices
    (`Thông báo`, cookie and subscription notices), share and like buttons,
    video stubs, the site's name and section over the headline, a column's
    label over it (`GÓC NHÌN`) and the site's footer (`© …`, the press
    licence line, the newsroom's address and contacts under it), a comment
    form's labels (`Họ và tên`, `Mã xác nhận`), a mobile page's prompt to open
    the app, a market ticker (`VN-Index` / `1.903,40` / `+15,20 (+0,81%)`), a
    summary box (`Xem nhanh` and its points), an embedded post's attribution
    and a table of contents with its entries, one finding per block (a block
    that ends on an e-mail address or a URL too). The patterns are data:
    `dictionaries/structure/boilerplate.toml`. No other rule reports inside
    the furniture: a related headline's date or typo is the page's.

    ## Why
    Text copied or scraped from a web page brings the page with it; printed
    or republished, the furniture looks broken and can carry other outlets'
    headlines.

    ## Example
    `…kết nạp đảng viên mới.\n\nNgọc Thắm\n\nÝ kiến bạn đọc\n\nrefresh\n\nTin khác`
    → `…kết nạp đảng viên mới.\n\nNgọc Thắm\n`.

    ## Fix safety
    Unsafe: the fix removes the block's lines and nothing else (the byline
    stays), but a pattern can match a real one-line paragraph.
    """
    text = document.text
    blocks: list[list] = []
    for part in anatomy(document).parts:
        if part.kind != "boilerplate":
            if blocks and blocks[-1] and blocks[-1][-1] != "closed":
                blocks[-1].append("closed")
            continue
        if blocks and blocks[-1][-1] != "closed" and blocks[-1][0].label == part.label:
            blocks[-1].append(part)
        else:
            if blocks and blocks[-1][-1] != "closed":
                blocks[-1].append("closed")
            blocks.append([part])
    for block in blocks:
        parts = [p for p in block if p != "closed"]
        start, end = removal_span(text, parts[0].start, parts[-1].end)
        lines = [line.strip() for p in parts for line in p.text.split("\n") if line.strip()]  # (a Markdown paragraph's too)
        shown = " / ".join(lines[:3]) + (" …" if len(lines) > 3 else "")
        yield Finding(start, end, f"Web page furniture left in the article ({parts[0].label}): {shown}",
                      fix=Fix.unsafe(Edit(start, end, "")))


@rule(code="ST106", name="lead-length", category="structure", severity="warning")
def lead_length(document, context):
    r"""The lead (sapo) is missing, too long or too short.

    ## What it does
    Finds the lead — the first paragraph after the headline and captions —
    and checks its syllables against `[structure] lead-syllables` (default
    15 to 150).

    ## Why
    The lead is what search results, social cards and newsletters show; a
    missing or overlong lead loses readers.

    ## Example
    A one-line lead `Hội nghị diễn ra hôm qua.` → a lead that says who,
    what, when and where in one or two sentences.

    ## Fix safety
    No automatic fix.
    """
    if not is_article(document):
        return
    parts = anatomy(document)
    lead = parts.first("lead")
    if lead is None:
        if parts.first("headline") is not None:
            yield Finding(document.body_start, document.body_start, "The article has no lead paragraph")
        return
    low, high = settings_of(context)["lead-syllables"]
    count = syllables(lead.text)  # a lead pasted from a PDF is one part over its lines
    if not low <= count <= high:
        yield Finding(lead.start, lead.end, f"Lead has {count} syllable{'' if count == 1 else 's'}; the house range is {low}–{high}")


@rule(code="ST108", name="missing-byline", category="structure", severity="warning")
def missing_byline(document, context):
    r"""The article has no byline.

    ## What it does
    Looks for a short closing line with the author's name (`Ngọc Thắm`,
    after a title: `Luật sư Phạm Văn Đức`, `Nhà báo Hữu Thọ`, from the
    `titles` of `dictionaries/structure/bylines.toml`,
    or an expert's with the institution on the line under it: `ThS.BS
    Nguyễn Văn Lâm` / `Khoa Truyền nhiễm, Bệnh viện Nhi Trung ương`; the
    reporters' names over a photographer's credit line count too),
    `Theo …`, a wire's or a desk's sign-off (`(TTXVN/Vietnam+)`, `(Reuters, AFP)`, `(Tổng hợp)`) or
    `Name - Outlet | 11:02 06/02/2017`, before any page furniture; the
    author's name at the top (under the headline, or before the dateline's
    weekday: `Minh Anh - Thứ năm, 26/11/2026`) and the front-matter
    `author` count as a byline. Off with `[structure] require-byline = false`.

    ## Why
    Newsrooms credit every article; republished text without its byline or
    source is a copyright problem.

    ## Example
    an article ending with its last paragraph → `…kết nạp đảng viên mới.\n\nNgọc Thắm`.

    ## Fix safety
    No automatic fix.
    """
    from editkit.frontmatter_block import key_value

    if not is_article(document):
        return
    parts = anatomy(document)
    if not settings_of(context)["require-byline"] or key_value(document.metadata, "author"):
        return
    if parts.first("lead") is not None and parts.first("byline") is None:
        content = [p for p in parts.parts if p.kind != "boilerplate"]
        last = content[-1]
        yield Finding(last.end, last.end, "The article ends without a byline (author or source)")


@rule(code="ST109", name="caption-in-body", category="structure", severity="warning")
def caption_in_body(document, context):
    r"""A photo caption sits among the body paragraphs.

    ## What it does
    In text, reports a body line that reads like a photo caption (`Ảnh: …`,
    `(Ảnh: …)` at its end, `Nguồn ảnh: …`, `Đồ họa: …`, `Clip: …`, a bare
    `Ảnh minh họa`) away from the top of the article; in Markdown, a caption
    line that does not follow an image.

    ## Why
    Pasted from a web page, captions lose their photo and read as a
    sentence of the article.

    ## Example
    `Đồng chí Lâm Đình Thắng phát biểu. Ảnh: Ngọc Thắm` in the middle of the
    body → move it under its photo, or delete it.

    ## Fix safety
    No automatic fix.
    """
    for part in anatomy(document).parts:
        if part.kind == "paragraph" and len(part.text.split()) <= 40 and CAPTION_LINE.search(part.text.strip()):
            yield Finding(part.start, part.end, "A photo caption sits among the body paragraphs")


def normalized(text: str) -> str:
    return " ".join(text.lower().split())


@rule(code="ST110", name="duplicated-paragraph", category="structure", severity="warning", fixable=True)
def duplicated_paragraph(document, context):
    r"""A paragraph appears twice.

    ## What it does
    Reports a paragraph (of five words or more) that repeats an earlier one,
    ignoring case and spacing.

    ## Why
    Copy-paste and CMS merges duplicate paragraphs; readers notice at once.

    ## Example
    the same paragraph twice in a row → once.

    ## Fix safety
    Unsafe: the fix deletes the repeated paragraph's line.
    """
    seen: dict[str, int] = {}
    text = document.text
    for part in anatomy(document).parts:
        if part.kind not in ("paragraph", "lead") or len(part.text.split()) < 5:
            continue
        key = normalized(part.text)
        if key in seen:
            start, end = removal_span(text, part.start, part.end)
            line = document.lines.position(seen[key]).line
            yield Finding(start, end, f"This paragraph repeats the one on line {line}",
                          fix=Fix.unsafe(Edit(start, end, "")))
        else:
            seen[key] = part.start


@rule(code="ST111", name="long-paragraph", category="structure", severity="info")
def long_paragraph(document, context):
    r"""A paragraph is longer than the house limit.

    ## What it does
    Reports body paragraphs with more syllables than
    `[structure] paragraph-max-syllables` (default 350).

    ## Why
    Long paragraphs are hard to read on phones, where most readers are.

    ## Example
    a 400-syllable paragraph → two or three paragraphs of one idea each.

    ## Fix safety
    No automatic fix.
    """
    limit = settings_of(context)["paragraph-max-syllables"]
    for part in anatomy(document).parts:
        if part.kind in ("paragraph", "lead"):
            count = syllables(part.text)
            if count > limit:
                yield Finding(part.start, part.end, f"Paragraph has {count} syllables; the house limit is {limit}")


@rule(code="ST116", name="broken-sentence", category="structure", severity="warning", fixable=True,
      supersedes=("HS107",))
def broken_sentence(document, context):
    r"""A sentence was broken across two lines.

    ## What it does
    Reports a body line that ends in the middle of a sentence (a letter, a
    comma or a figure's `%`, no final punctuation) when the next line continues it with a
    lowercase letter — the mark of text pasted from a PDF, an e-mail or a
    narrow web column. Where three or more lines break that way, the text
    was hard-wrapped: a line about as wide as those (80 % of their median
    length) breaks its sentence before a capital too (`… Trần` / `Hưng Đạo
    đã ngập …`); a short line (a subheading, a byline) does not. The
    paragraph rules (HS106 quotes and brackets, HS108 sentence length, the
    lead) read the lines of a broken sentence as one paragraph, and in
    hard-wrapped text the lines are joined before the article's parts are
    told: a first line cut off mid-sentence is the lead's, no headline.

    ## Why
    The CMS turns each line into a paragraph: readers see a sentence cut in
    two. (The line's missing full stop is this finding, not HS107's; the
    lead's length, ST106, counts the lines that continue it.)

    ## Example
    `Quận ủy Quận 9 đã tổ chức Hội nghị\nlần thứ 2 Ban Chấp hành` →
    `Quận ủy Quận 9 đã tổ chức Hội nghị lần thứ 2 Ban Chấp hành`.

    ## Fix safety
    Unsafe: the fix joins the two lines with a space; a list or a poem can
    look the same.
    """
    if document.markdown:
        return  # in Markdown a single line break already joins the lines
    text = document.text
    for start in sorted(continued_line_starts(document)):
        end = text.rfind("\n", 0, start)
        while end > 0 and text[end - 1] in " \t\r":
            end -= 1
        yield Finding(end, start, "This line continues on the next one: the sentence is broken across lines",
                      fix=Fix.unsafe(Edit(end, start, " ")))


@rule(code="ST126", name="tracked-changes", category="structure", severity="warning", scope="raw")
def tracked_changes(document, context):
    r"""A Word file still holds tracked changes nobody accepted or rejected.

    ## What it does
    Reports a DOCX whose insertions, deletions or moves are still tracked
    (Review → Track Changes), once, on its first line. editkit reads the
    text with every change accepted: an insertion is checked as text, a
    deletion is not.

    ## Why
    A file sent on with its changes pending prints whatever the next
    program makes of them: the deleted words, or the editor's insertions
    left out.

    ## Example
    a story with 12 tracked changes → accept or reject them, then save.

    ## Fix safety
    No automatic fix: accepting a change is the editor's decision.
    """
    extracted = document.extracted
    if extracted is None or not getattr(extracted, "tracked_changes", 0):
        return
    first_line = document.text.find("\n")
    end = first_line if first_line > 0 else len(document.text)
    yield Finding(0, end, f"The Word file holds {extracted.tracked_changes} tracked changes not yet accepted or rejected; "
                          "editkit read it with them accepted")
