"""Article text from an HTML page with Python's HTML parser (never regular expressions).

Block elements become blocks; scripts, styles, navigation, forms, iframes and
elements whose class or id marks them as comments, related links, sharing,
advertising or navigation are skipped entirely. When the page marks its article
(``<article>`` or ``<main>``), only what is inside is the article: the site's header,
menus and footer around it are the page, not furniture left in the text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from editkit.extract import Extracted, join_blocks

BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "blockquote", "td", "th", "dt", "dd",
          "pre", "time", "caption", "address", "div", "section", "article", "main", "header", "footer", "summary"}
SKIP = {"script", "style", "noscript", "nav", "form", "iframe", "svg", "button", "select", "template", "head", "aside"}
ARTICLE = {"article", "main"}  # the page's own mark of where its article is
VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}
SKIP_ATTRIBUTE = re.compile(
    r"comment|binh-?luan|related|lien-?quan|tin-?khac|share|social|chia-?se|advert|banner|\bads?\b|sidebar|"
    r"breadcrumb|menu|navbar|footer|cookie|newsletter|subscribe|popup|modal",
    re.I,
)


class ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.counts: list[dict[str, int]] = [{}]
        self.skip_depth = 0
        self.blocks: list[tuple[str, str]] = []
        self.current: list[str] = []
        self.current_path = "html"
        self.article_depth = 0  # how many <article>/<main> elements are open
        self.current_in_article = False
        self.in_article: list[bool] = []  # per block

    def path(self) -> str:
        return "/".join(self.stack) or "html"

    def flush(self) -> None:
        text = "".join(self.current).strip()
        if text:
            self.blocks.append((text, self.current_path))
            self.in_article.append(self.current_in_article)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag == "br" and not self.skip_depth:
                self.current.append(" ")
            return
        attributes = " ".join(f"{v}" for k, v in attrs if k in ("class", "id", "role") and v)
        siblings = self.counts[-1]
        siblings[tag] = siblings.get(tag, 0) + 1
        self.stack.append(f"{tag}[{siblings[tag]}]" if siblings[tag] > 1 else tag)
        self.counts.append({})
        if self.skip_depth or tag in SKIP or (attributes and SKIP_ATTRIBUTE.search(attributes)):
            self.skip_depth += 1
            return
        if tag in BLOCKS:
            self.flush()
            self.current_path = self.path()
        if tag in ARTICLE:
            self.article_depth += 1
        self.current_in_article = self.article_depth > 0

    def handle_endtag(self, tag):
        if tag in VOID or not self.stack:
            return
        # close up to the matching tag (HTML in the wild is not always well formed)
        names = [entry.split("[")[0] for entry in self.stack]
        if tag not in names:
            return
        while self.stack:
            entry = self.stack.pop()
            self.counts.pop()
            if self.skip_depth:
                self.skip_depth -= 1
                if entry.split("[")[0] == tag:
                    break
                continue
            name = entry.split("[")[0]
            if name in BLOCKS:
                self.flush()
                self.current_path = self.path()
            if name in ARTICLE:
                self.article_depth -= 1
                self.current_in_article = self.article_depth > 0
            if name == tag:
                break

    def handle_data(self, data):
        if not self.skip_depth:
            self.current.append(data)

    def close(self):
        super().close()
        self.flush()


def extract_html(source: str) -> Extracted:
    parser = ArticleParser()
    parser.feed(source)
    parser.close()
    blocks = parser.blocks
    if any(parser.in_article):
        blocks = [block for block, inside in zip(blocks, parser.in_article) if inside]
    return join_blocks(blocks, "html")
