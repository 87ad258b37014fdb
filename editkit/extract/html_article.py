"""Article text from an HTML page with Python's HTML parser (never regular expressions).

Block elements become blocks; scripts, styles, navigation, forms, iframes, the page's
own ``<footer>`` (a child of ``<body>``; an article's footer with its byline stays) and
elements whose class or id marks them as comments, related links, sharing, tags,
advertising or navigation are skipped entirely, unless they hold the page's first ``<h1>`` (a site may
name its main column ``sidebar-1`` or ``left_cate``) or, in the ``<article>``, the author's element under a
footer named for its class alone (``div.article-footer`` / ``p.author``); a page left with almost no text once they are
skipped is read again without skipping for classes. When the page marks its article
(``<article>`` or ``<main>``), only what is inside is the article: the site's header,
menus and footer around it are the page, not furniture left in the text; without one, the
page's own header (``html/body/header``, ``div#header``) is left out unless the headline is in it. Many news
sites put only the body in ``<article>`` and its headline (``<h1>``), dateline and
lead just before it: those, in the headline's own container, belong to the article.

The page's publication date, author, title and section come from its ``<meta>`` tags
(Open Graph ``article:*``, ``author``, ``itemprop``) or its JSON-LD ``NewsArticle`` (the
date, failing those, from its first ``<time datetime>``):
they serve as front matter does for Markdown (the reference date of the date rules,
the report's author and desk).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from html.parser import HTMLParser

from editkit.extract import Extracted, join_blocks

BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "blockquote", "td", "th", "dt", "dd",
          "pre", "time", "caption", "address", "div", "section", "article", "main", "header", "footer", "summary"}
SKIP = {"script", "style", "noscript", "nav", "form", "iframe", "svg", "button", "select", "template", "head", "aside"}
ARTICLE = {"article", "main"}  # the page's own mark of where its article is
# an element path longer than PATH_DEPTH is shown by its first and last PATH_ENDS elements
PATH_DEPTH = 40
PATH_ENDS = 6
EMPHASIS = {"em", "i"}  # italics, in which many CMSs set a photo's caption
IMAGES = {"img", "amp-img"}  # a photo's element (an AMP page's amp-img holds no <img> of its own)
VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}
SKIP_ATTRIBUTE = re.compile(
    r"comment|binh[-_]?luan|relate|lien[-_]?quan|tin[-_]?khac|other[-_]?news|news[-_]?other|more[-_]?news|share|social|chia[-_]?se|"
    r"advert|banner|\bads?\b|sidebar|"
    r"breadcrumb|menu|navbar|footer|cookie|newsletter|subscribe|popup|modal|(?:\b|_)tags?\b|tag-?list|keywords?|tu-?khoa|"
    # a button's element (span.btn-copy-link-source: Lấy link!), never the article's text
    r"(?:^|[\s_-])btn(?=[\s_-]|$)|"
    r"right-?col|col-?right|box-?right|top-?bar|\bnavigation\b|\bviews\b|view-?count|luot-?xem|(?:^|\s)hits(?=\s|$)|info-term|"  # (Joomla's hits, its Chi tiết label)  # a view counter (not div.detail-view)
    # the view counter, the section's label and the other news box by their short names (span.view, p.cat, div.other)
    r"(?:^|\s)(?:view|cat|other)(?=\s|$)|"
    # a section's label over the headline (div.cate, span.post-category), not a class that goes on (category-list)
    r"(?:^|[\s_-])cate(?:gory)?(?=\s|$)|(?:^|[\s_-])(?:cat|cate|category)[-_]?name(?=[\s_-]|$)",
    re.I,
)


# an inline element that holds one part of an article's meta line (span.date, span.author, a.byline): a line
# of its own, as a <time> is, so that the date and the author's name are not read as one caption
META_PART = re.compile(r"(?:^|[\s_-])(?:date|time|datetime|publish(?:ed)?|pubdate|author|byline|tac-?gia|ngay-?dang)(?=[\s_-]|$)",
                       re.I)


# the words a blog's meta line prints before its date or its author (Đăng ngày, Cập nhật:, bởi, Tác giả:)
META_LABEL = re.compile(r"(?:(?:đăng|viết|gửi)\s+)?(?:ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|ngày|lúc|cập\s+nhật(?:\s+lúc)?|bởi|tác\s+giả|"
                        r"người\s+(?:đăng|viết)|(?:posted\s+)?(?:by|on))\s*:?", re.I)


MENU_CELL_LINKS = 2  # the links a table cell of links alone holds to be a menu column

# an inline element holding the place a lead is written from, run into the lead's first word by the page
# (<span class="location-stamp">Đà Nẵng</span>Mưa lớn …): a dash after it, as a dateline's place takes one
PLACE_STAMP = re.compile(r"location[-_]?stamp|(?:^|[\s_-])(?:location|dia-?danh|dateline)(?=\s|$)", re.I)


# the class or id of a page's own header (html/body/div#header, .site-header)
PAGE_HEADER = re.compile(r"(?:site|page|top|main|global)?[-_]?header", re.I)


SEPARATORS = "-–—|·•/"


def without_trailing_separator(text: str) -> str:
    """``text`` without a separator standing alone at its end (``Lan Anh -``); one opening a line
    stays (a dash there opens a list item). Read from the end: a long run of spaces costs one pass."""
    if len(text) > 1 and text[-1] in SEPARATORS and text[-2].isspace():
        return text[:-1].rstrip()
    return text


# <meta> names and properties that state the page's facts, best first
META_KEYS = {
    "date": ("article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
             "dc.date.issued", "dc.date", "date"),
    "author": ("author", "article:author", "dc.creator"),
    "title": ("og:title", "headline", "twitter:title"),
    "section": ("article:section",),
}
VIETNAM = dt.timezone(dt.timedelta(hours=7))


class ArticleParser(HTMLParser):
    def __init__(self, keep: frozenset[tuple[int, int]] = frozenset(), skip_classes: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.keep = keep  # where the elements start that hold the article's parts, which no class of theirs skips (KeptElements)
        self.skip_classes = skip_classes  # False: no element is skipped for its class or id (SKIP_ATTRIBUTE)
        self.stack: list[str] = []
        self.open_tags: Counter[str] = Counter()  # how many of each tag the stack holds (a deep page's end tags)
        self.counts: list[dict[str, int]] = [{}]
        self.skip_depth = 0
        self.blocks: list[tuple[str, str]] = []
        self.current: list[str] = []
        self.current_path = "html"
        self.article_depth = 0  # how many <article>/<main> elements are open
        self.current_in_article = False
        self.in_article: list[bool] = []  # per block
        self.after_image: set[int] = set()  # the blocks that hold an <img> or come right after one (a caption's place)
        self.image_pending = False  # an <img> met since the last block was kept
        self.emphasised: set[int] = set()  # the blocks whose text is all in <em> or <i> (a caption set in italics)
        self.emphasis_depth = 0  # how many <em>/<i> elements are open
        self.plain_characters = 0  # the open block's characters outside <em>/<i>
        self.meta: dict[str, str] = {}  # lowercased <meta> name/property/itemprop -> content
        self.linked_data: list[str] | None = None  # the text of an open JSON-LD <script>
        self.linked_facts: dict = {}
        self.first_time = ""  # the datetime of the page's first <time> element
        self.meta_parts: set[int] = set()  # the depths of open inline elements that hold a meta line's part (META_PART)
        self.place_stamps: set[int] = set()  # the depths of open inline elements that hold a lead's place (PLACE_STAMP)
        # the open table cells: [depth, first block, characters in links, characters outside them, links], to leave
        # out a cell of links alone (an old portal's menu column: Giới thiệu<br>Tin tức<br>Văn bản)
        self.cells: list[list[int]] = []
        self.link_depth = 0  # how many <a> elements are open
        self.line_broken = False  # a <br> came last, with nothing but white space after it
        # the page's own header outside any <article> (html/body/header, html/body/div#header): its depth,
        # its first block and whether an <h1> stood in it (a header with the article's headline is read)
        self.page_header: list | None = None  # None: none met yet; []: met and closed

    def path(self) -> str:
        """The element path of the open block (``html/body/article/p[2]``); past PATH_DEPTH elements, its
        first and last ones around ``…`` (a page nested thousands deep would make each path that long)."""
        if len(self.stack) > PATH_DEPTH:
            return "/".join([*self.stack[:PATH_ENDS], "…", *self.stack[-PATH_ENDS:]])
        return "/".join(self.stack) or "html"

    def flush(self) -> None:
        # a separator left at a block's end when a <time> (a block) splits its line: "Lan Anh - <time>…"
        text = without_trailing_separator("".join(self.current).strip())
        if text and not all(c in SEPARATORS or c.isspace() for c in text):  # (a lone " - " between two meta parts)
            self.blocks.append((text, self.current_path))
            self.in_article.append(self.current_in_article)
            if self.image_pending:
                self.after_image.add(len(self.blocks) - 1)
                self.image_pending = False
            if not self.plain_characters:
                self.emphasised.add(len(self.blocks) - 1)
        self.current = []
        self.plain_characters = 0

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            self.remember_meta(dict(attrs))
        elif tag == "time" and not self.first_time:
            self.first_time = (dict(attrs).get("datetime") or "").strip()  # <time datetime="2024-09-12T15:05+07:00">
        if tag == "script" and (dict(attrs).get("type") or "").lower() == "application/ld+json":
            self.linked_data = []
        if tag in IMAGES and not self.skip_depth:
            self.image_pending = True
        if tag in VOID:
            if tag == "br" and not self.skip_depth:
                if self.current_path.rsplit("/", 1)[-1].split("[")[0] in ("td", "th") or self.line_broken:
                    # lines of a table cell (an administrative document's heading, its signature) stay
                    # lines; two line breaks in a row end a paragraph (old CMSs: text<br><br>text)
                    self.flush()
                    self.line_broken = False
                else:
                    self.current.append(" ")
                    self.line_broken = True
            return
        attributes = " ".join(f"{v}" for k, v in attrs if k in ("class", "id", "role") and v)
        siblings = self.counts[-1]
        siblings[tag] = siblings.get(tag, 0) + 1
        self.stack.append(f"{tag}[{siblings[tag]}]" if siblings[tag] > 1 else tag)
        self.open_tags[tag] += 1
        self.counts.append({})
        page_footer = tag == "footer" and not self.article_depth and len(self.stack) <= 3  # html/body/footer
        if self.skip_depth or tag in SKIP or page_footer or (
                self.skip_classes and attributes and SKIP_ATTRIBUTE.search(attributes) and self.getpos() not in self.keep):
            self.skip_depth += 1
            return
        if tag not in BLOCKS and attributes and PLACE_STAMP.search(attributes):
            self.place_stamps.add(len(self.stack))
        if tag in BLOCKS or (attributes and META_PART.search(attributes)):
            meta = tag not in BLOCKS
            if meta:
                self.meta_parts.add(len(self.stack))  # span.date: its line ends with it too
            if not ((meta or tag == "time") and META_LABEL.fullmatch("".join(self.current).strip())):
                # (a label before the meta part stays on its line: Đăng ngày <time>27/11/2026</time>, bởi <span
                # class="author">Văn phòng UBND xã</span>)
                self.flush()
                self.current_path = self.path()
        if (self.page_header is None and not self.article_depth and len(self.stack) <= 3
                and (tag == "header" or PAGE_HEADER.fullmatch(attributes))):
            self.page_header = [len(self.stack), len(self.blocks), False]
        elif tag == "h1" and self.page_header:
            self.page_header[2] = True
        if tag in ARTICLE:
            self.article_depth += 1
        self.current_in_article = self.article_depth > 0
        if tag in ("td", "th"):
            self.cells.append([len(self.stack), len(self.blocks), 0, 0, 0])
        elif tag == "a":
            self.link_depth += 1
            if self.cells:
                self.cells[-1][4] += 1
        elif tag in EMPHASIS:
            self.emphasis_depth += 1

    def forget_blocks_from(self, first: int) -> None:
        """Leave out the blocks from ``first`` on (a page's header, a menu column)."""
        del self.blocks[first:], self.in_article[first:]
        self.after_image = {i for i in self.after_image if i < first}
        self.emphasised = {i for i in self.emphasised if i < first}

    def leave_page_header(self) -> None:
        """The page's header closes: without a headline in it, its logo and menu are the page, not
        furniture left in the article (as its footer is)."""
        _, first, headline = self.page_header
        if not headline:
            self.forget_blocks_from(first)
        self.page_header = []  # one page header is looked at: no other is opened

    def leave_cell(self) -> None:
        """A table cell closes: one of links alone, two or more, is a menu column, not the page's text."""
        _, first, in_links, outside, links = self.cells.pop()
        if links >= MENU_CELL_LINKS and in_links and not outside:
            self.forget_blocks_from(first)

    def remember_meta(self, attributes: dict) -> None:
        content = attributes.get("content")
        for key in ("property", "name", "itemprop"):
            name = (attributes.get(key) or "").strip().lower()
            if name and content and content.strip():
                self.meta.setdefault(name, content.strip())

    def handle_endtag(self, tag):
        if tag == "script" and self.linked_data is not None:
            self.linked_facts = self.linked_facts or news_article_facts("".join(self.linked_data))
            self.linked_data = None
        if tag in VOID or not self.stack:
            return
        # close up to the matching tag (HTML in the wild is not always well formed)
        if not self.open_tags[tag]:
            return
        while self.stack:
            entry = self.stack.pop()
            self.open_tags[entry.split("[")[0]] -= 1
            self.counts.pop()
            if self.skip_depth:
                self.skip_depth -= 1
                if entry.split("[")[0] == tag:
                    break
                continue
            name = entry.split("[")[0]
            if name == "a" and self.link_depth:
                self.link_depth -= 1
            elif name in EMPHASIS and self.emphasis_depth:
                self.emphasis_depth -= 1
            if len(self.stack) + 1 in self.place_stamps:
                self.place_stamps.discard(len(self.stack) + 1)
                if "".join(self.current).strip() and not "".join(self.current).rstrip().endswith(("-", "–", "—")):
                    self.current.append(" - ")  # Đà Nẵng - Mưa lớn …: the place, then the lead
            if name in BLOCKS or len(self.stack) + 1 in self.meta_parts:
                self.meta_parts.discard(len(self.stack) + 1)
                self.flush()
                self.current_path = self.path()
            if name in ("td", "th") and self.cells and self.cells[-1][0] == len(self.stack) + 1:
                self.leave_cell()
            if self.page_header and len(self.stack) < self.page_header[0]:
                self.leave_page_header()
            if name in ARTICLE:
                self.article_depth -= 1
                self.current_in_article = self.article_depth > 0
            if name == tag:
                break

    def handle_data(self, data):
        if self.linked_data is not None:
            self.linked_data.append(data)
        if not self.skip_depth:
            self.current.append(data)
            if self.cells and (size := len(data.strip())):
                for cell in self.cells:
                    cell[2 if self.link_depth else 3] += size
            if data.strip():
                self.line_broken = False
                if not self.emphasis_depth:
                    self.plain_characters += len(data.strip())

    def close(self):
        super().close()
        self.flush()


    def facts(self) -> dict:
        """The page's date (ISO, in Vietnam's time), author, title and section, where it states them."""
        found = {}
        for key, names in META_KEYS.items():
            value = next((self.meta[n] for n in names if n in self.meta), None) or self.linked_facts.get(key)
            if key == "author" and isinstance(value, str) and "://" in value:
                value = self.linked_facts.get("author")  # article:author is often a profile's address
            if value:
                found[key] = value
        if "date" not in found and self.first_time:
            found["date"] = self.first_time  # no stated publication date: the first <time> the page shows
        if "date" in found:
            found["date"] = vietnam_date(found["date"])
        return found


def news_article_facts(source: str) -> dict:
    """Date, author, title and section of the first article in a JSON-LD block (schema.org
    NewsArticle, Article, ReportageNewsArticle…, a blog's BlogPosting); {} for anything else or broken JSON."""
    try:
        data = json.loads(source)
    except ValueError:
        return {}
    items = data if isinstance(data, list) else [data]
    items = [x for item in items if isinstance(item, dict) for x in [item, *graph_of(item)]]
    for item in items:
        kind = item.get("@type") if isinstance(item, dict) else None
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and k.endswith(("Article", "BlogPosting")) for k in kinds):
            continue
        authors = item.get("author")
        authors = authors if isinstance(authors, list) else [authors]
        names = [a.get("name") if isinstance(a, dict) else a for a in authors]
        names = [n.strip() for n in names if isinstance(n, str) and n.strip()]
        facts = {"date": item.get("datePublished"), "title": item.get("headline"),
                 "section": item.get("articleSection")}
        if names:
            facts["author"] = names if len(names) > 1 else names[0]
        return {k: v.strip() if isinstance(v, str) else v for k, v in facts.items()
                if k == "author" or isinstance(v, str) and v.strip()}
    return {}


def graph_of(item: dict) -> list:
    """The items of a JSON-LD ``@graph`` (none when it is missing or not a list)."""
    graph = item.get("@graph")
    return graph if isinstance(graph, list) else []


def vietnam_date(value: str) -> str:
    """An ISO timestamp as the date it was in Vietnam (``2024-09-11T20:00:00Z`` → ``2024-09-12``);
    anything else as written (the date rules read ``16/09/2024`` too)."""
    try:
        stamp = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(VIETNAM)
    return stamp.date().isoformat()


def heading_level(locator: str) -> str:
    return locator.rsplit("/", 1)[-1].split("[")[0]


def article_block_indexes(blocks: list[tuple[str, str]], in_article: list[bool]) -> list[int]:
    """The blocks of the page's marked article, with its headline and what lies between the
    headline and the article in the headline's container (dateline, lead) when the headline
    stands outside it; a date line just before the headline in that container comes too."""
    inside = [i for i, flag in enumerate(in_article) if flag]
    if not inside:
        return list(range(len(blocks)))
    first = inside[0]
    keep = set(inside)
    if not any(heading_level(blocks[i][1]) == "h1" for i in inside):
        headline = next((i for i in range(first - 1, -1, -1) if heading_level(blocks[i][1]) == "h1"), None)
        if headline is not None:
            container = blocks[headline][1].rsplit("/", 1)[0]
            in_container = [i for i in range(first) if blocks[i][1] == container or blocks[i][1].startswith(container + "/")]
            keep.update(i for i in in_container if i >= headline)
            before = [i for i in in_container if i < headline]
            if before and DATE_LIKE.search(blocks[before[-1]][0]):
                keep.add(before[-1])
    return sorted(keep)


DATE_LIKE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b")


class KeptElements(HTMLParser):
    """The elements whose class or id would skip them (SKIP_ATTRIBUTE) but that hold the article's own parts: the
    page's first ``<h1>`` (a site's name for its main column may read as furniture: VnExpress sets its article in
    ``div.sidebar-1``, CafeF in ``div.left_cate``), or the author's element under a footer named so for its class
    alone, inside ``<article>`` or ``<main>`` or one its class names a post's (``div.post-footer`` / ``span.post-author``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, tuple[int, int] | None]] = []  # (tag, where it starts if its attributes would skip it)
        self.open_tags: Counter[str] = Counter()  # how many of each tag ``open`` holds (end tags of nothing open)
        self.kept: set[tuple[int, int]] = set()
        self.headline_met = False
        # (depth, where, whether its class names it an article's) of the open footers not kept yet
        self.footers: list[tuple[int, tuple[int, int], bool]] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        attributes = " ".join(f"{v}" for k, v in attrs if k in ("class", "id", "role") and v)
        if tag == "h1" and not self.headline_met:
            self.headline_met = True
            self.kept.update(where for _, where in self.open if where is not None)
        elif attributes and AUTHOR_PART.search(attributes) and self.footers:
            in_article = any(self.open_tags[name] for name in ARTICLE)
            self.kept.update(where for _, where, own in self.footers if in_article or own)
            self.footers.clear()  # (kept once: a page nested deep is read in linear time)
        skip = SKIP_ATTRIBUTE.search(attributes) if attributes else None
        if skip is not None and all(found.lower() == "footer" for found in SKIP_ATTRIBUTE.findall(attributes)):
            # (a footer its class names a post's or an article's is the article's, <article> or not: Blogger's post-footer)
            self.footers.append((len(self.open), self.getpos(), ARTICLE_FOOTER.search(attributes) is not None))
        self.open.append((tag, self.getpos() if skip else None))
        self.open_tags[tag] += 1

    def handle_endtag(self, tag):
        if not self.open_tags[tag]:
            return
        while self.open:
            name, _ = self.open.pop()
            self.open_tags[name] -= 1
            if self.footers and self.footers[-1][0] == len(self.open):
                self.footers.pop()
            if name == tag:
                break


# a footer its class names an article's or a post's (div.post-footer, div.article-footer, footer.entry-footer)
ARTICLE_FOOTER = re.compile(r"(?:post|entry|article|detail|news|story)[-_]?footer", re.I)
# an element that holds the author's name (p.author, span.byline, div.tac-gia)
AUTHOR_PART = re.compile(r"(?:^|[\s_-])(?:author|byline|tac-?gia)(?=[\s_-]|$)", re.I)


def parsed(source: str, parser: "ArticleParser") -> "ArticleParser":
    parser.feed(source)
    parser.close()
    return parser


def kept_elements(source: str) -> frozenset[tuple[int, int]]:
    scan = KeptElements()
    scan.feed(source)
    scan.close()
    return frozenset(scan.kept)


# a page whose text, once its furniture is skipped, is shorter than this many words is read again with no element
# skipped for its class: its article sits in a column whose class reads as furniture (and no <h1> told which)
TOO_LITTLE_TEXT_WORDS = 20


def extract_html(source: str) -> Extracted:
    parser = parsed(source, ArticleParser(kept_elements(source)))
    if sum(len(text.split()) for text, _ in parser.blocks) < TOO_LITTLE_TEXT_WORDS:
        unskipped = parsed(source, ArticleParser(skip_classes=False))
        if sum(len(text.split()) for text, _ in unskipped.blocks) >= TOO_LITTLE_TEXT_WORDS:
            parser = unskipped
    indexes = article_block_indexes(parser.blocks, parser.in_article)
    extracted = join_blocks([parser.blocks[i] for i in indexes], "html")
    # (every block has text, so each one kept is one of the extracted text's, in order)
    extracted.after_image = frozenset(extracted.blocks[k][0] for k, i in enumerate(indexes) if i in parser.after_image)
    extracted.emphasised = frozenset(extracted.blocks[k][0] for k, i in enumerate(indexes) if i in parser.emphasised)
    extracted.metadata = parser.facts()
    return extracted
