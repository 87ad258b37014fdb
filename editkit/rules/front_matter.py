"""Rules about the front matter's keys and values, per publication (`[structure]` in the config)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from editkit.diagnostics import Edit, Finding, Fix
from editkit.registry import rule


def key_span(document, key: str) -> tuple[int, int]:
    """Where ``key:`` is written in the front matter, else the opening line."""
    import re

    block = document.front_matter
    if block.labelled:  # a CMS's field (Tác giả: …): its value, the label being another word
        return block.value_spans.get(key, (block.start, block.start + 3))
    found = re.compile(rf"\n{re.escape(key)}[ \t]*[:=]").search(document.text, block.start, block.end)  # YAML or TOML
    if not found:
        return block.start, block.start + 3
    return found.start() + 1, found.start() + 1 + len(key)


def applies(document) -> bool:
    return document.front_matter is not None and document.front_matter.error is None


@rule(code="ST112", name="missing-front-matter-key", category="structure", severity="error", scope="raw")
def missing_front_matter_key(document, context):
    r"""A required front-matter key is missing.

    ## What it does
    Checks that the front matter has every key of `[structure] required-keys`
    (default `title`, `date`, `author`; `authors` and `categories`, as Hugo
    writes them, stand for `author` and `category`). A Markdown article (40 words or
    more) without any front matter is reported once.

    ## Why
    The CMS needs them to publish: an article without `date` is filed at
    the wrong day, without `author` it is uncredited.

    ## Example
    `---\ntitle: Quận 9\n---` → `---\ntitle: Quận 9\ndate: 2021-01-21\nauthor: Ngọc Thắm\n---`.

    ## Fix safety
    No automatic fix.
    """
    required = context.settings["structure"]["required-keys"]
    if document.front_matter is None:
        from editkit.rules.structure import is_article

        if document.markdown and required and is_article(document):
            yield Finding(0, 0, f"The article has no front matter (needs {', '.join(required)})")
        return
    if not applies(document):
        return
    from editkit.frontmatter_block import key_value

    block = document.front_matter
    for key in required:
        if key_value(document.metadata, key) is None:
            yield Finding(block.start, block.start + 3, f"Front matter lacks the required key '{key}'")


@rule(code="ST113", name="unknown-front-matter-key", category="structure", severity="warning", fixable=True, scope="raw")
def unknown_front_matter_key(document, context):
    r"""The front matter has a key the publication does not use.

    ## What it does
    Reports keys not in `[structure] allowed-keys` (a usual newsroom set by
    default: title, date, author, tags, category, desk, description, sapo,
    slug, image, …).

    ## Why
    A misspelt key (`autor`, `tilte`) is silently ignored by the CMS: the
    value it was meant to set is lost.

    ## Example
    `autor: Ngọc Thắm` → `author: Ngọc Thắm`.

    ## Fix safety
    Unsafe: when a key the publication uses is spelled nearly alike and
    not set yet (`autor` for `author`), `--unsafe-fixes` renames the key.
    """
    from editkit.nearest import nearest

    if not applies(document):
        return
    allowed = set(context.settings["structure"]["allowed-keys"]) | set(context.settings["structure"]["required-keys"])
    present = {str(k) for k in document.metadata}
    for key in document.metadata:
        if str(key) not in allowed:
            start, end = key_span(document, str(key))
            close = nearest(str(key), sorted(allowed - present))
            if close and document.text[start:end] == str(key):
                yield Finding(start, end, f"Front-matter key '{key}' is not one this publication uses; did you mean "
                              f"'{close}'?", fix=Fix.unsafe(Edit(start, end, close)), suggestions=(close,))
            else:
                yield Finding(start, end, f"Front-matter key '{key}' is not one this publication uses")


SLUG = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*")  # ha-noi-khoi-cong-cau-moi, bai_123.html
TYPE_CHECKS = {
    "string": lambda v: isinstance(v, str) and v.strip() != "",
    # a name or a list of names (two authors)
    "names": lambda v: (isinstance(v, str) and v.strip() != "") or (
        isinstance(v, list) and bool(v) and all(isinstance(n, str) and n.strip() for n in v)),
    "list": lambda v: isinstance(v, list),
    "boolean": lambda v: isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "date": lambda v: isinstance(v, (dt.date, dt.datetime)) or (isinstance(v, str) and parses_as_date(v)),
    "slug": lambda v: isinstance(v, str) and SLUG.fullmatch(v) is not None,
}


def slug_of(text: str) -> str:
    """``Hà Nội khởi công cầu mới`` → ``ha-noi-khoi-cong-cau-moi``: the slug Vietnamese sites write."""
    from editkit.vietnamese.inventory import bare

    return "-".join(re.findall(r"[a-z0-9]+", bare(text)))


TYPE_NAMES = {"string": "a string", "names": "a name or a list of names", "date": "a date", "list": "a list",
              "boolean": "true or false", "number": "a number",
              "slug": "a URL slug (lower-case letters without marks, digits and hyphens)"}


def as_written(value) -> str:
    """A front-matter value as YAML would show it (``[2028-05-01]``, ``true``, ``'x'``), not as Python's
    repr (``[datetime.date(2028, 5, 1)]``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(as_written(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {as_written(v)}" for k, v in value.items()) + "}"
    if value is None:
        return "null"
    return repr(value)


def parses_as_date(value: str) -> bool:
    try:
        dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


@rule(code="ST114", name="bad-front-matter-value", category="structure", severity="error", scope="raw")
def bad_front_matter_value(document, context):
    r"""A front-matter value has the wrong type (a date that does not parse, tags that are not a list).

    ## What it does
    Checks each key of `[structure] key-types` (default: `title` is text,
    `author` and `authors` a name or a list of names, `date` a date, `tags` a
    list, `draft` true/false, `slug` a URL slug; the types are `string`,
    `names`, `date`, `list`, `boolean`, `number` and `slug`: lower-case
    letters without marks, digits and hyphens, as `ha-noi-khoi-cong-cau-moi`).
    A date outside 1901–2098 (`9999-12-31`, a placeholder) is reported too:
    no day of the article is resolved against it.

    ## Why
    The CMS rejects or misreads such values: `date: 21/01/2021` is not a
    date to YAML, `tags: kinh tế` is one string, not a list, and a slug with
    marks or spaces makes a broken or percent-encoded URL.

    ## Example
    `date: 21/01/2021` → `date: 2021-01-21`; `tags: kinh tế` → `tags: [kinh tế]`;
    `slug: Hà Nội khởi công` → `slug: ha-noi-khoi-cong`.

    ## Fix safety
    No automatic fix.
    """
    if not applies(document):
        return
    from editkit.vietnamese.dates.resolve import FIRST_YEAR, LAST_YEAR, within_the_calendar

    for key, kind in context.settings["structure"]["key-types"].items():
        value = document.metadata.get(key)
        if kind == "date" and isinstance(value, dt.date) and not within_the_calendar(value):  # a datetime is a date
            start, end = key_span(document, key)
            yield Finding(start, end, f"Front-matter '{key}' {value.isoformat()} lies outside the years "
                          f"{FIRST_YEAR}–{LAST_YEAR}: no date in the article is resolved against it")
            continue
        if key in document.metadata and not TYPE_CHECKS[kind](document.metadata[key]):
            start, end = key_span(document, key)
            value = document.metadata[key]
            slug = slug_of(value) if kind == "slug" and isinstance(value, str) else ""
            yield Finding(start, end, f"Front-matter '{key}' should be {TYPE_NAMES[kind]}, not {as_written(value)}"
                          + (f": '{slug}'" if slug else ""), suggestions=(slug,) if slug else ())


HEADLINE_NOISE = re.compile(r"[\"'“”‘’«»„*_`]+")


def without_rubric(title: str, metadata: dict) -> str:
    """The title without the column or desk it opens with (``Góc nhìn: Đừng để…`` with
    ``category: Góc nhìn``): the CMS's rubric, not part of the headline."""
    for key in ("category", "desk", "section"):
        rubric = metadata.get(key)
        if isinstance(rubric, str) and rubric.strip() and title.lower().startswith(rubric.strip().lower() + ":"):
            return title[len(rubric.strip()) + 1:]
    return title


RUBRIC_MAX_WORDS = 4  # a column's label before a colon (Phỏng vấn:, Hỏi - đáp:, Góc nhìn:, Kỳ 2:)


def rubric_over(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` with a column's label before a colon (``Phỏng vấn: Giữ nghề làm nón lá`` over
    ``Giữ nghề làm nón lá``): the CMS's rubric in one of them, the same headline."""
    label, colon, rest = longer.partition(":")
    return (bool(colon) and 1 <= len(label.split()) <= RUBRIC_MAX_WORDS
            and headline_key(rest) == headline_key(shorter))


def headline_key(text: str) -> str:
    """A headline as compared: ``# Nhà văn: "Tôi viết"`` and ``Nhà văn: Tôi viết.`` are one."""
    plain = HEADLINE_NOISE.sub("", unicodedata.normalize("NFC", text).lstrip("# ")).lower()
    return " ".join(plain.split()).rstrip(".")


@rule(code="ST115", name="title-differs-from-headline", category="structure", severity="info", scope="raw")
def title_differs_from_headline(document, context):
    r"""The front-matter title and the headline in the body differ.

    ## What it does
    Compares `title` with the body's headline, ignoring case, spacing,
    Unicode normalisation, a Markdown `#` and emphasis, the kind of quotation
    marks (YAML titles often drop them), a final full stop and the column the
    title may open with (`Góc nhìn: …` with `category: Góc nhìn`), or that
    one of them opens with and the other leaves out (`Phỏng vấn: Giữ nghề
    làm nón lá` over `Giữ nghề làm nón lá`: a label of up to four words).

    ## Why
    One of them was edited and the other was not: the page and the feed show
    different headlines.

    ## Example
    `title: Quận 9 cải cách` with `# Quận 9 đẩy mạnh cải cách hành chính`
    → the same headline in both.

    ## Fix safety
    No automatic fix.
    """
    from editkit.rules.structure import is_article
    from editkit.structure_support import anatomy

    title = document.metadata.get("title") if applies(document) and is_article(document) else None
    headline = anatomy(document).first("headline")
    if not isinstance(title, str) or headline is None:
        return
    if (headline_key(without_rubric(title, document.metadata)) != headline_key(headline.text)
            and not rubric_over(title, headline.text) and not rubric_over(headline.text, title)):
        start, end = key_span(document, "title")
        yield Finding(start, end, f"The title differs from the headline '{headline.text.lstrip('# ')}'")


@rule(code="ST127", name="repeated-front-matter-key", category="structure", severity="warning", scope="raw")
def repeated_front_matter_key(document, context):
    r"""A front-matter key is written twice.

    ## What it does
    Reports a top-level key the YAML front matter writes again (`date:` on
    two lines, a `title:` pasted in twice), at the repeat, naming the line
    of the first.

    ## Why
    YAML keeps the last value without a word: the CMS publishes with it and
    the first is lost, though it is often the one the writer meant (a new
    date typed above the draft's).

    ## Example
    `date: 2026-11-27` … `date: 2026-11-20` → one `date:` line.

    ## Fix safety
    No automatic fix: which value is meant is the writer's call.
    """
    if not applies(document):
        return
    text = document.text
    for key, first, again in document.front_matter.repeated_keys:
        colon = text.find(":", again)
        first_line = document.lines.position(first).line
        yield Finding(again, colon if colon > again else again + len(key),
                      f"Front-matter key '{key}' is written again (first on line {first_line}); YAML keeps only this "
                      f"last value")
