"""Date analysis of a document, shared by the date rules and `editkit dates` (computed once per document)."""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from editkit.document import Document


def front_matter_date(document: Document) -> dt.date | None:
    value = document.metadata.get("date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return vietnamese_numeric_date(value)
    return None


def vietnamese_numeric_date(value: str) -> dt.date | None:
    """``16/09/2024`` (day first, as Vietnamese writes it), read by the date finder: still the
    publication date, though ST114 reports that it is no date to YAML or the CMS."""
    from editkit.vietnamese.dates import find_dates

    found = find_dates(value.strip())
    return found[0].day if found and found[0].start == 0 and found[0].explicit_year else None


NON_BLANK_LINE = re.compile(r"^[^\S\n]*\S[^\n]*", re.M)


def dateline(document: Document):
    """The dateline mention near the top of the body (first six non-empty lines below any site menu
    copied with the page: a site header, headline and authors may come first), or None."""
    from editkit.structure.anatomy import ADMINISTRATIVE_DATELINE_LINES, DATELINE_LINES, is_administrative, menu_lines
    from editkit.vietnamese.dates import find_dates

    def compute():
        text = without_front_matter(document)
        start = document.body_start
        body = text[start:]
        within = ADMINISTRATIVE_DATELINE_LINES if is_administrative(body) else DATELINE_LINES
        # lines with a visible character, tried at line starts only (a long blank line is one try), below
        # the site's menu copied with the page, if any
        menu = menu_lines(lines_with_their_breaks(body))
        lines = list(islice(NON_BLANK_LINE.finditer(body), menu + within))
        if not lines:
            return None
        end = start + lines[-1].end()
        # the whole text, not text[:end]: the scan of the text is cached and shared with `mentions` and DT102
        for mention in find_dates(text, None):
            if mention.start >= end:
                break
            if mention.start >= start and mention.end <= end and mention.kind == "dateline":
                return mention
        return None

    return document.memo("dateline", compute)


def lines_with_their_breaks(text: str):
    """Each line with a visible character, and whether it follows the one before with no blank line between."""
    end = None
    for line in NON_BLANK_LINE.finditer(text):
        yield line.group(), end is not None and text.count("\n", end, line.start()) == 1
        end = line.end()


def reference_date(document: Document, explicit: dt.date | None) -> dt.date | None:
    """--ref, else the front-matter date, else the dateline; a front-matter date no news carries
    (``0001-01-01``, ``9999-12-31``: outside the years the calendar computes) is passed over."""
    from editkit.vietnamese.dates.resolve import within_the_calendar

    if explicit is not None:
        return explicit
    found = front_matter_date(document)
    if found is not None and within_the_calendar(found):
        return found
    line = dateline(document)
    return line.day if line is not None else None


FRONT_MATTER_CHARACTER = re.compile(r"[^\n]")


def without_front_matter(document: Document) -> str:
    """The document's text with its front matter blanked (lines kept, offsets unchanged): its
    ``date:`` is the reference, no day the body's ``Hôm sau`` or ``cùng ngày`` can count from.
    The one string every date rule scans, so that the scan is cached once per document."""
    start = document.body_start
    if not start:
        return document.text
    return document.memo("without-front-matter", lambda: FRONT_MATTER_CHARACTER.sub(" ", document.text[:start])
                         + document.text[start:])


def mentions(document: Document, explicit: dt.date | None, style: str | None):
    from editkit.vietnamese.dates import find_dates

    def compute():
        reference = reference_date(document, explicit)
        found = find_dates(without_front_matter(document), reference, style)
        return reference, [m for m in found if m.start >= document.body_start]

    return document.memo(f"dates:{explicit}:{style}", compute)
