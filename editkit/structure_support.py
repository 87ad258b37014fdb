"""The anatomy of a document, computed once and shared by the structure rules and `editkit structure`."""

from __future__ import annotations

import re

from editkit.document import Document


def anatomy(document: Document):
    from editkit.dates_support import dateline
    from editkit.structure import analyse

    def compute():
        line = dateline(document)
        # a dateline that opens the lead (Hà Nội, ngày 2/12/2026 - Theo …) is the lead's first words, not a line of its own
        on_its_line = line is not None and not line.opens_lead
        found = analyse(document.text, document.body_start, document.markdown, line.end if on_its_line else None,
                        marked_parts(document))
        if not document.markdown:
            join_continued_parts(document.text, found)
        return found

    return document.memo("anatomy", compute)


def join_continued_parts(text: str, found) -> None:
    """A text file's lead or paragraph that goes on with the sentence of the one before (goes_on: a
    lowercase word, or a capital in hard-wrapped text) is the same paragraph, as in Markdown: one
    part over both lines (ST116 reports the line break)."""
    from editkit.structure.anatomy import goes_on

    kept, previous = [], None
    for part in found.parts:
        if part.kind in ("lead", "paragraph"):
            if (previous is not None and part.kind == "paragraph"
                    and goes_on(text, previous.end, previous.text, part.start, part.text, found.wrap_width)):
                previous.end, previous.text = part.end, text[previous.start: part.end]
                continue
            previous = part
        kept.append(part)
    found.parts[:] = kept


HTML_PARTS = {"figcaption": "caption", "li": "list-item", "td": "table", "th": "table", "pre": "code",
              **{f"h{level}": "subheading" for level in range(2, 7)}}


def html_part(locator: str, layout_cells: frozenset[str] = frozenset()) -> str | None:
    """The part an element marks (``<figcaption>``: a caption, ``<td>``: a table cell …), the innermost
    one; a layout table's cell (``layout_cells``) marks none: what it holds is the page's text."""
    steps = locator.split("/")
    for depth in range(len(steps) - 1, -1, -1):
        element = steps[depth].split("[")[0]
        if element in ("td", "th") and "/".join(steps[: depth + 1]) in layout_cells:
            return None
        if element in HTML_PARTS:
            return HTML_PARTS[element]
    return None


LAYOUT_CELL_BLOCKS = 3  # the blocks of their own (paragraphs, divisions) a table cell holds when it lays out the page


RUNNING_TEXT_WORDS = 20  # a block this long in a cell is running text (a lead's length), no table's datum


def layout_cells(blocks, text: str = "") -> frozenset[str]:
    """The table cells that lay the page out rather than hold a table's data, as older portals set a whole
    article in one cell (``<td><div class="title_news">…</div><div class="content_news"><p>…``): cells
    holding LAYOUT_CELL_BLOCKS blocks or more inside elements of their own, or as many paragraphs of their
    own (split by ``<br><br>``), two of them running text (``<td><font><b>headline</b></font><br>…<br><br>
    <i>lead</i><br><br>text<br><br>…``: a district portal's article written straight into its cell)."""
    held: dict[str, int] = {}
    own: dict[str, list[int]] = {}  # per cell, the words of each block it holds itself
    for start, end, locator in blocks:
        steps = locator.split("/")
        cell = next((d for d in range(len(steps) - 2, -1, -1) if steps[d].split("[")[0] in ("td", "th")), None)
        if cell is not None:
            key = "/".join(steps[: cell + 1])
            held[key] = held.get(key, 0) + 1
        if text and steps[-1].split("[")[0] in ("td", "th"):
            own.setdefault(locator, []).append(len(text[start:end].split()))
    cells = {cell for cell, count in held.items() if count >= LAYOUT_CELL_BLOCKS}
    cells.update(cell for cell, sizes in own.items()
                 if len(sizes) >= LAYOUT_CELL_BLOCKS and sum(size >= RUNNING_TEXT_WORDS for size in sizes) >= 2)
    return frozenset(cells)


DOCX_STYLE = re.compile(r"\((?:(?P<heading>Heading [2-9])|(?P<list>List[^)]*)|(?P<caption>Caption))\)$")


def docx_part(locator: str) -> str | None:
    """A Word paragraph's part from its style (``paragraph 4 (Heading 2)``) or a table's cell."""
    if locator.startswith("table "):
        return "table"
    style = DOCX_STYLE.search(locator)
    if not style:
        return None
    return "subheading" if style.group("heading") else "list-item" if style.group("list") else "caption"


SAPO_MIN_WORDS = 8  # the words of a lead printed in a heading before the text and ending its sentence
SENTENCE_STOP = re.compile(r"[.!?…][\"'”’»)]*$")


def element_of(locator: str) -> str:
    """The element a block's locator ends on, without its index (``html/body/article/p[2]`` → ``p``)."""
    return locator.rsplit("/", 1)[-1].split("[")[0]


# a heading that prints a date (a year, with at most a few words around it): a blog's date header, no headline
DATE_HEADING = re.compile(r"^\W*(?:\S+\s+){0,6}(?:19|20)\d{2}\W*$")


def marked_parts(document: Document) -> dict[int, str]:
    """Lines whose part the source file marks (in a Word file, by paragraph style: Heading 2…,
    List…, Caption; table cells): in a web page, a ``<figcaption>`` is a photo's caption
    wherever it stands (its photo is not in the extracted text), and so is a table cell's short credited
    line (``Ảnh: Văn Báu``: a photo set in a table), ``<h2>``–``<h6>`` subheadings, ``<li>``
    list items, ``<td>``/``<th>`` table cells, ``<pre>`` code: none of them a paragraph of the text (an
    ``<h2>`` as long as a lead is the lead some sites print in it); in the body, a short line without its stop (or
    all in italics) in the ``<p>`` of an ``<img>`` or right after one is the photo's caption."""
    if document.extracted is None:
        return {}
    from editkit.structure.anatomy import CAPTION_LINE, DATE_STAMP, LEAD_MIN_WORDS, SENTENCE_END, looks_like_byline

    found = {}
    text = document.text
    html = document.extracted.kind == "html"
    layout = layout_cells(document.extracted.blocks, text) if html else frozenset()
    # a page without an <h1> prints its headline in the first <h2> (h2.title-news): no subheading
    untitled = html and not any(step.split("[")[0] == "h1" for _, _, locator in document.extracted.blocks
                                for step in locator.split("/"))
    # (or, past a date printed as the first heading, a blog's Thứ Năm, 26 tháng 11, 2026 in h2.date-header, its first
    # <h2> or <h3>: Blogger's h3.post-title)
    headline_heading = next((start for start, end, locator in document.extracted.blocks
                             if element_of(locator) in ("h2", "h3") and not DATE_HEADING.search(text[start:end])),
                            None) if untitled else None
    running_text = False  # a block as long as a lead met: the article's text has begun
    headline_met = False  # the page's <h1> met
    for start, end, locator in document.extracted.blocks:
        kind = html_part(locator, layout) if html else docx_part(locator)
        block = text[start:end].strip()
        if kind == "list-item" and not running_text and (DATE_STAMP.fullmatch(block) or looks_like_byline(block)
                                                         or html and not headline_met and len(block.split()) <= 4):
            continue  # a meta line set as a list over the text (ul.the-article-meta: the author, the time), or a
            # breadcrumb's over the headline (div.bread-crumb-detail's Thời sự): no list
        headline_met = headline_met or element_of(locator) == "h1"
        if (html and kind is None and running_text and start in document.extracted.after_image
                and len(block.split()) < LEAD_MIN_WORDS and (not SENTENCE_END.search(block) or CAPTION_LINE.search(block)
                                                             or start in document.extracted.emphasised)):
            kind = "caption"  # a photo's caption in the <p> of its <img> or the one right after it, with no <figcaption>
            # (older CMSs: <p><img></p><p><em>Du khách tham quan Kỳ Co - Eo Gió</em></p>); in the body only; one that
            # ends its sentence if it is all in italics (<p><img><br><em>Tàu … cập cảng Nha Trang sáng 27/11.</em></p>)
        running_text = running_text or len(block.split()) >= LEAD_MIN_WORDS
        if kind == "subheading" and (start == headline_heading or untitled and headline_heading is not None
                                     and start < headline_heading and DATE_HEADING.search(block)):
            continue  # (the headline; a blog's date over it, its dateline)
        if kind == "subheading" and len(block.split()) >= LEAD_MIN_WORDS:
            continue  # Dân trí and Tuổi Trẻ print the lead (sapo) in an <h2>: a long one is no subheading
        if kind == "subheading" and not running_text and len(block.split()) >= SAPO_MIN_WORDS and SENTENCE_STOP.search(block):
            continue  # nor is a shorter one that ends its sentence, before the text (h2.sapo: Từ 15h chiều nay, … mỗi lít.)
        if kind == "table" and len(block.split()) < LEAD_MIN_WORDS and CAPTION_LINE.search(block):
            kind = "caption"  # a photo set in a table, its credited caption in the cell under it (older CMSs)
        if kind:
            found[start] = kind
    return found


LINE = re.compile(r"[^\n]+")


def paragraphs(document: Document) -> list[tuple[int, str]]:
    """(offset, text) of each paragraph after the front matter: each line of a text file, with the
    lines that continue its sentence (ST116) joined to it; each part of a Markdown file but its
    code, tables and images. Line breaks inside a paragraph read as spaces (same length)."""
    def compute():
        if not document.markdown:
            start = document.body_start
            continued = continued_line_starts(document)
            spans: list[list[int]] = []
            for line in LINE.finditer(document.text, start):
                if spans and line.start() + len(line.group()) - len(line.group().lstrip()) in continued:
                    spans[-1][1] = line.end()  # a sentence broken across lines (ST116): one paragraph, as in Markdown
                else:
                    spans.append([line.start(), line.end()])
            text = document.text
            return [(a, text[a:b].replace("\r", " ").replace("\n", " ")) for a, b in spans]
        return [(part.start, part.text.replace("\r", " ").replace("\n", " ")) for part in anatomy(document).parts
                if part.kind not in NOT_PARAGRAPHS]

    return document.memo("paragraphs", compute)


NOT_PARAGRAPHS = frozenset({"source-tag", "code", "table", "image", "comment", "markup"})  # a tag inside the lead, and no prose


WORD = re.compile(r"\w\S*")  # one match per whitespace-separated chunk with a word character


def syllables(text: str) -> int:
    """Words of running text (syllables in Vietnamese), punctuation alone not counted."""
    return len(WORD.findall(text))


def continued_line_starts(document: Document) -> frozenset[int]:
    """Where the lines of a text file start that continue the sentence of the line before (ST116): the
    lines after the first of each part, which the anatomy joined because they go on with its sentence."""
    def compute():
        return frozenset(start + len(line) - len(line.lstrip(" \t")) for part in anatomy(document).parts
                         if "\n" in part.text for start, line in inner_lines(part))

    return frozenset() if document.markdown else document.memo("continued-lines", compute)


def inner_lines(part) -> list[tuple[int, str]]:
    """(offset, text) of each line of ``part`` after its first."""
    found, offset = [], part.start
    for line in part.text.split("\n"):
        found.append((offset, line))
        offset += len(line) + 1
    return found[1:]
