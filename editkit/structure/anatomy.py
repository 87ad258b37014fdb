"""The anatomy of a news article: dateline, headline, captions, lead (with source tag), body,
byline and scraped page furniture, found in plain text or a Markdown body.

Works on lines: in text pasted from a CMS or a web page each line is a paragraph.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from editkit.masking import HTML_TAG
from editkit.resources import dictionary_path
from editkit.vietnamese.place_names import place_key, vietnam_places

SOURCE_TAG = re.compile(
    r"^\s*(?:[*_]{1,3}(?=\S))?(?P<tag>\((?P<paren>[^()\n]{2,40})\)|(?P<bare>[A-ZĐ][A-Za-zĐđ.&]{1,14}))\s*(?P<dash>[-–—]+)(?P<after>\s*)"
)
WORD_AFTER = re.compile(r"\w+")
# the wire's lead: place, day/month, then the agency's tag (Hà Nội, 29/12 (TTXVN) - …), with SOURCE_TAG's
# groups (``bare`` never takes part: the agency is always in brackets)
WIRE_TAG = re.compile(
    r"^\s*(?:[*_]{1,3}(?=\S))?[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ .][^\W\d_]+){0,4}, \d{1,2}/\d{1,2}(?:/\d{4})? +"
    r"(?P<tag>\((?P<paren>[^()\n]{2,40})\)(?P<bare>(?!)x)?)\s*(?P<dash>[-–—]+)(?P<after>\s*)"
)

# an outlet's tag in brackets with no dash after it, before the lead's first capitalised word, as VietnamPlus
# writes it (``(Vietnam+) Tối 7/4, …``): ST107 asks for the dash
DASHLESS_TAG = re.compile(
    r"^\s*(?:[*_]{1,3}(?=\S))?(?P<tag>\((?P<paren>[^()\n]{2,40})\)(?P<bare>(?!)x)?)(?P<dash>)(?P<after>[^\S\n]+)(?=[A-ZĐÀ-Ỹ])")
PLUS_OUTLET = re.compile(r"[A-Z][A-Za-z]{1,15}\+")  # Vietnam+


def source_tag(line: str) -> re.Match[str] | None:
    """The news source tag opening ``line`` (``(Dân trí) - ``, ``TTO - ``, ``TTO-Ngày 7/10``, or the
    wire's ``Hà Nội, 29/12 (TTXVN) - ``, or an outlet's code, domain or name in brackets with no dash:
    ``(Vietnam+) Tối 7/4``), or None. A hyphen inside a word is no tag (``VN-Index``,
    ``COVID-19``, ``F-16``): a bare tag written without a space at the dash must be followed by a
    capitalised Vietnamese word."""
    tag = SOURCE_TAG.match(line) or WIRE_TAG.match(line)
    if tag is None and (dashless := DASHLESS_TAG.match(line)) is not None:
        outlet = dashless.group("paren").strip()
        return dashless if is_outlet_code(outlet) or PLUS_OUTLET.fullmatch(outlet) else None
    if tag is None or not tag.group("bare") or tag.group("after") or line[tag.start("dash") - 1].isspace():
        return tag
    word = WORD_AFTER.match(line, tag.end())
    if word and word.group()[0].isupper() and not word.group().isascii():
        return tag
    return None


CAPTION_MARK = re.compile(r"(?:^|[\s(])Ảnh\s*:|\(Ảnh[^)]*\)\.?\s*$|^Ảnh\s", re.I)
# a photo's (or a graphic's, a clip's) caption or credit line as it stands in the body: … Ảnh: TTXVN ·
# … (Ảnh: Hanoimoi) · … (Ảnh: Minh Quang). · Nguồn ảnh: Reuters · Đồ họa: Hải Yến · Clip: … · Ảnh minh họa · (Ảnh minh họa: Internet)
CAPTION_LINE = re.compile(
    r"(?:^|\s)\(?(?:Ảnh|Nguồn ảnh|Đồ họa|Đồ hoạ|Hình)\s*:\s*[^)]{2,60}\)?\.?\s*$|^(?:Ảnh|Nguồn ảnh|Đồ họa|Đồ hoạ|Clip)\s*:"
    r"|^\(?Ảnh minh (?:họa|hoạ)(?:\s*:[^)]{0,60})?\)?\.?\s*$|\(Ảnh minh (?:họa|hoạ)[^)]{0,60}\)\s*$", re.I)
SENTENCE_END = re.compile(r"[.!?…:;\"”)][*_]{0,3}\s*$")
# Theo TTXVN, Nguồn: Kinh tế & Đô thị, (Theo Reuters), an agency's long name with its ministry in brackets (Theo
# Cục Cảnh sát quản lý hành chính về trật tự xã hội (Bộ Công an)); no sentence (Theo các chuyên gia, giá vàng sẽ tăng.)
BYLINE_SOURCE = re.compile(
    r"^\s*\(?(?:Theo|Nguồn)\s*:?\s+(?:[^()\s]+(?:\s+[^()\s]+){0,7}|(?-i:(?:Cục|Bộ|Sở|Ban|Viện|Tổng cục|Trung tâm|Ủy ban|Uỷ ban|"
    r"Hội|Cơ quan|Văn phòng|Báo|Tạp chí|Đài|Thông tấn xã)\s)(?:\s*[^()\s]+){1,14}(?:\s*\([^()\n]{1,40}\))?)\)?\s*$(?<![.!?…])", re.I)
# the reporter, then the photographer: Ngọc Ánh • Ảnh: Quang Huy · Minh Anh | Ảnh: Hữu Khoa
PHOTO_CREDIT_AFTER_NAME = re.compile(r"\s*[•·|–-]\s*(?:Ảnh|Ảnh và clip|Video|Clip)\s*:\s*[^:\n]{2,40}$", re.I)
# a credit line of its own under the reporters' names: Ảnh: Phạm Tuấn · Video: Minh Anh · Đồ họa: Hải Yến
# (and a stock photo's, in brackets or not: (Ảnh minh họa: Internet))
CREDIT_LINE = re.compile(r"^\s*\(?\s*(?:Ảnh|Video|Clip|Đồ họa|Đồ hoạ|Ảnh và clip)(?:\s+minh\s+h(?:ọa|oạ))?\s*:", re.I)
CREDIT_ALONE_MAX_WORDS = 8  # a credit line that ends the article alone: its label and a few words (Clip: Người dân cung cấp)
BYLINE_STAMP = re.compile(r"^[^\n|]{2,60}\s[-–]\s[^\n|]{2,40}\|\s*\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/\d{4}\s*$")
MARKDOWN_HEADING = re.compile(r"^#{1,2}\s+(.+?)\s*#*\s*$")
MARKDOWN_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*$")
# a photo story's placeholder where a photo stood (Ảnh 1, Hình 2), the caption under it up to this long
PHOTO_PLACEHOLDER = re.compile(r"^\s*(?:Ảnh|Hình)\s*\d{1,2}\s*$", re.I)
PLACEHOLDER_CAPTION_MAX_WORDS = 40
MARKDOWN_LINK_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+\[[^\]\n]+\]\([^)\s]+\)\s*$")  # - [headline](/url)
GALLERY_COUNTER = re.compile(r"(\d{1,2}) ?/ ?(\d{1,2})")  # a photo gallery's counter alone on its line: 2/5
MARKDOWN_ANY_HEADING = re.compile(r"^#{1,6}\s")
MARKDOWN_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
MARKDOWN_FENCE = re.compile(r"^\s*(?:```|~~~)")
LIST_ITEM = re.compile(r"^\s*(?:[-*+•–]|\d{1,2}[.)])\s+\S")
# an interview's turns, each opened by a dash (**- Thưa ông, …?** and - Theo tôi, …): the questions end with
# a question mark (bold or not); INTERVIEW_QUESTIONS of them make the dashed lines turns of talk, not a list
INTERVIEW_TURN = re.compile(r"^\s*(?:\*\*|__)?[-–]\s+\S")
INTERVIEW_QUESTION = re.compile(r"^\s*(?:\*\*|__)?[-–]\s+.*\?\s*(?:\*\*|__)?\s*$")
INTERVIEW_QUESTIONS = 2
# a live report's entry heading: its time (or the match's minute) and a few words, no sentence
# (19:12 | VÀO!!! Việt Nam 1-0 Indonesia · 45+2' - Thẻ vàng · **20h15: Kết thúc trận đấu**)
LIVE_ENTRY_HEADING = re.compile(
    r"^\s*(?:\*\*)?(?:\d{1,2}[:h]\d{2}|\d{1,3}(?:\+\d{1,2})?['’])(?:\*\*)?\s*(?:[|–-]|:(?!\d))\s*"
    r"(?!(?:thứ|chủ nhật|t[2-7]|cn)\b|\d{1,2}[/.-]\d{1,2})(?P<rest>\S.*)$", re.IGNORECASE)
LIVE_ENTRY_MAX_WORDS = 12
# a time alone on its line (10:45): a live report's entry heading where the text has two or more of them
BARE_TIME = re.compile(r"^\s*(?:\*\*)?\d{1,2}[:h]\d{2}(?:\*\*)?\s*$")
# a series' part announced at the end of the one before (Kỳ 2: Bản làng giữ rừng · Kỳ tới: … · Bài cuối: …)
NEXT_PART = re.compile(r"\s*[*_]*(?:Kỳ|Kì|Phần|Bài)\s+(?:\d{1,2}|[IVX]{1,4}|tới|sau|cuối|tiếp theo)\s*[:.-]\s*\S", re.I)
NEXT_PART_MAX_WORDS = 16
# a part's title numbered in Roman numerals, with no stop of its own (I. Phố Hàng Mã và nghề làm đồ chơi Trung thu)
ROMAN_HEADING = re.compile(r"^\s*[*_]*[IVX]{1,4}\.\s+[^\W\d_][^.!?…;\n]{2,100}(?<![.!?…:;])[*_]*\s*$")
# a series' part ending with a word that the story goes on in the next ((Còn nữa), (Còn tiếp), (Kỳ sau: …))
TO_BE_CONTINUED = re.compile(r"^\s*[*_]*\((?:còn nữa|còn tiếp|còn|tiếp theo|kỳ sau|kì sau|kỳ tới|kì tới)(?:\s*:\s*[^()\n]{1,80})?\)[*_]*\s*$", re.I)
# a part's title ends with no stop, or with a question (Kỳ 2: Ai chịu trách nhiệm khi xảy ra tai nạn?)
PART_TITLE_END = re.compile(r"[.!…:;][*_]{0,3}\s*$")
READER_COMMENT_LINES = 3  # a reader's name, maybe the time, the comment
READER_COMMENT_MAX_WORDS = 120
RELATED_LINK_MAX_WORDS = 25  # a headline in a list of links under "Đọc thêm:"
RELATED_HEADLINES = 5  # the most headlines a related-links box prints under its label
FEEDBACK_ANSWERS = 4  # the answer buttons a feedback widget prints under its question (Có, Không, Rất hữu ích …)
FEEDBACK_ANSWER_WORDS = 3
TAG_MAX_WORDS = 6  # a tag printed on its own line under "Từ khóa:"
# a media story's headline: its kind, a colon, a headline's words without a sentence's stop
MEDIA_HEADLINE = re.compile(r"(?:video|clip|infographic|podcast|photo|emagazine|e-magazine|longform|megastory)\s*:\s*[^.!?\n]{10,200}", re.I)
# a photo story's headline (Ảnh: Lễ hội hoa anh đào … · Chùm ảnh: … · [Ảnh] …)
PHOTO_STORY = re.compile(r"^\s*[*_#\s]*(?:\[ảnh\]|\(ảnh\)|ảnh|chùm ảnh|phóng sự ảnh|photo|photo story)\s*[:|–-]", re.I)
# a line of a sheet of facts: a label of a few words, a colon, a short value (Pin: 60 kWh)
FACT_LINE = re.compile(r"^\s*[^\W\d_][^:\n]{0,30}:[^\S\n]*\S[^\n]{0,60}$")
# a Q&A's label alone on its line, over the question or the answer (Câu hỏi: · Trả lời: · **Hỏi:**)
QA_LABEL = re.compile(r"^\s*[*_]{0,3}(?:câu hỏi|hỏi|trả lời|đáp|giải đáp|(?:bạn đọc|độc giả)(?:[^\S\n]+[^\n:]{1,60}?)?[^\S\n]+hỏi"
                      r"|(?:luật sư|chuyên gia|bác sĩ) trả lời)"
                      r"\s*:?\s*[*_]{0,3}\s*:?\s*$", re.I)
# a match's result on its own line (Hà Nội FC 4-1 Hải Phòng), among others: a list of results, no caption
RESULT_LINE = re.compile(r"^\s*[A-ZĐÀ-Ỹ][^\d\n.!?:]{1,40}[^\S\n]\d{1,2}[^\S\n]?[-–][^\S\n]?\d{1,2}[^\S\n][A-ZĐÀ-Ỹ][^\d\n.!?:]{1,40}$")
# a weekday's name alone on its line, over the date stamp some pages print under it (Thứ Bảy / 28/11/2026 08:30)
WEEKDAY_ALONE = re.compile(r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|cn|t[2-7])\s*,?", re.I)
# a page's date stamp alone on its line (23/11/2026 06:00 GMT+7, 08:30 | 23/11/2026): under the dateline, a second one
DATE_STAMP = re.compile(r"(?:(?:cập nhật|đăng|ngày đăng|đăng lúc|cập nhật lúc)\s*:?\s*)?(?:\d{1,2}[:h]\d{2}\s*[|,-]?\s*)?"
                        r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[|,-]?\s*\d{1,2}[:h]\d{2})?\s*(?:\(?GMT\s*[+-]\s*\d{1,2}(?::?00)?\)?)?", re.I)
SIGNING_TITLE_LINES = 3  # the most lines of authority and title over a signer's name (TM. … / KT. … / PHÓ …)
SIGNING_TITLE_MAX_WORDS = 10


def signing_title(line: str) -> bool:
    """A signing authority's or title's line in capitals, no figure and no sentence (CHỦ TỊCH, TM. BAN TỔ CHỨC)."""
    stripped = line.strip(" *_#")
    return (stripped.isupper() and words(stripped) <= SIGNING_TITLE_MAX_WORDS and not any(c.isdigit() for c in stripped)
            and not stripped.endswith((":", ";", "!", "?")))


# a press release's contact block at its end: the label alone on its line, then who to call and how
CONTACT_LABEL = re.compile(r"^\s*[*_]{0,3}(?:thông tin liên hệ|địa chỉ liên hệ|liên hệ|liên hệ báo chí|(?:mọi|để biết thêm) "
                           r"(?:thông tin|chi tiết)(?: chi tiết)?,?(?: xin| vui lòng)? liên hệ)\s*:?\s*[*_]{0,3}\s*:?\s*$", re.I)
CONTACT_FIELD = re.compile(r"^\s*[-•*]?\s*(?:hotline|đường dây nóng|điện thoại|đt|tel|fax|email|e-mail|website|web|địa chỉ)\s*:", re.I)
CONTACT_LINES = 6  # the most lines a contact block holds under its label
CONTACT_LINE_MAX_WORDS = 15
FOOTER_ADDRESS = re.compile(r"^\s*(?:trụ sở|địa chỉ)(?: chính)?\s*:", re.I)  # the newsroom's address in the site's footer
FOOTER_CONTACT_REACH = 5  # how far under the site's footer its address and contact lines may stand
# a Q&A's answerer named over the answer (Luật sư Nguyễn Thị Lan, Đoàn luật sư TP Hà Nội, trả lời:): its byline
ANSWERER = re.compile(r"^\s*[*_]{0,3}(?P<who>[^\W\d_][^\n:]{1,150}?),?\s+(?:trả lời|giải đáp|tư vấn)\s*:?\s*[*_]{0,3}\s*:?\s*$", re.I)
TAGS_LABEL = re.compile(r"(?:tags?|từ\s+kh(?:óa|oá))", re.I)  # the label alone, with no colon: the tags under it
LEAD_MIN_WORDS = 20
# a plain text's intertitle (Biển số làm giá 500.000 đồng): its words, and what no intertitle holds (a stop, a
# comma, a colon, quotation marks, brackets), and the openings of a sentence missing its stop (a pronoun, a title)
INTERTITLE_WORDS = (2, 10)
INTERTITLE_NOT = re.compile(r"[.,](?!\d)|[!?…;:\"“”'‘’()\[\]]|\s[-–—]\s")  # (not 500.000 đồng's dot)
SUBJECT_OPENING = re.compile(r"(?:Ông|Bà|Anh|Chị|Tôi|Em|Họ|Chúng|Nó|Cô|Chú|Bác|Cụ|Mình|Ta|Người|Đây|Đó|Theo|Nhưng|Và|Vì|Nếu|Khi)(?!\w)")
HEADLINE_MAX_WORDS = 35  # the longest headline: over LEAD_MIN_WORDS only right above a lead with its source tag
LIST_MARK = re.compile(r"^\s*(?:[-*+•–]|\d{1,2}[.)]|[IVX]{1,4}\.)\s*")  # a list's mark or number before an entry
HEADLINE_ABOVE_MIN_WORDS = 5  # a line over the dateline is the headline only if it is that long
# a site's own name over the headline (Cổng Thông tin điện tử Chính phủ, Báo điện tử Đảng Cộng sản Việt Nam)
SITE_NAME = re.compile(r"(?:cổng|trang)\s+thông\s+tin\s+điện\s+tử(?:\s+[^\W\d_]+){0,8}|(?:báo|tạp\s+chí)\s+điện\s+tử"
                       r"(?:\s+[^\W\d_]+){1,8}", re.I)
# a section's name made of two, each of one to three capitalised words, joined by a sign (Văn hóa - Giải trí)
SECTION_PAIR = re.compile(r"[^\W\d_][^\W\d_]*(?: [^\W\d_]+){0,2} (?:-|–|&|\||/) [^\W\d_][^\W\d_]*(?: [^\W\d_]+){0,2}")
SITE_HEADER_MAX_WORDS = 3
SECTION_MAX_WORDS = 4  # a section's name over a longer headline above the dateline (Bóng đá Việt Nam)
PORTAL_NAME_MAX_WORDS = 10  # an authority's name in capitals over the headline (ỦY BAN NHÂN DÂN HUYỆN CỦ CHI)
DATELINE_LINES = 6  # the dateline may follow a site header, the headline and its authors
# a run this long of one- to three-word lines opening the text, one under the other, is the site's menu
# copied with the page (Đăng nhập / Thời sự / Thế giới / Kinh doanh …): the dateline is looked for below it
MENU_MIN_LINES = 4
MENU_ITEM = re.compile(r"[^\W\d_]")  # a menu item starts with a letter (no list mark, heading or number)
# the motto under the national name that heads every administrative document (Nghị định 30/2020, Phụ lục I),
# on its own line or in the right-hand column of a heading pasted from a table: after a tab, a run of spaces
# or a Markdown cell's bar (TỈNH QUẢNG NGÃI<TAB>Độc lập - Tự do - Hạnh phúc)
MOTTO = r"Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc"
ADMINISTRATIVE_MOTTO = re.compile(rf"{MOTTO}\W*", re.I)
# the place and date of issue after the place's name: Quảng Ngãi, ngày 25 tháng 11 năm 2026 (a draft: ngày … tháng …)
PLACE_AND_DATE = r",[ \t]*ngày[ \t.…\d]*tháng[ \t.…\d]*năm"
COLUMNS = re.compile(r"\t|\||[ ]{3,}")
MOTTO_WITHIN = 1500  # characters from the top of the body
ADDRESSEE = re.compile(r"Kính\s+gửi\s*:", re.I)  # a công văn's addressees, a line with no sentence's stop
ADMINISTRATIVE_SUBJECT = re.compile(r"\s*(?:về\s+việc|v/v)(?!\w)", re.I)  # trích yếu: Về việc … (V/v … in a công văn)
ADMINISTRATIVE_DATELINE_LINES = 12  # the place and date come after the issuer, number, summary and motto
# the lines of an administrative document's heading that say where it ends: the motto, the number,
# the place and date (in either column)
ADMINISTRATIVE_HEADING_LINE = re.compile(rf"{MOTTO}|^[ \t*_#|]*Số\s*:", re.I)
# the place and date as a cell of their own (Quảng Ngãi, ngày 25 tháng 11 năm 2026), not a sentence of
# the body that dates something (… trở lại từ thứ Hai, ngày 15 tháng 02 năm 2027)
# (a place of one to six words without digits, but an administrative unit's number: Quận 1; no full stop after the year)
PLACE_AND_DATE_CELL = re.compile(rf"(?:[^\s,\d]+[ \t]+){{0,5}}(?:[^\s,\d]+|(?<=[ \t])\d{{1,2}}){PLACE_AND_DATE}[ \t.…\d]*(?<!\d\.)", re.I)


def heading_cell(line: str, pattern: re.Pattern[str]) -> bool:
    """A cell of the line (the whole line, or one column of a heading pasted from a table) is
    ``pattern`` and nothing else, once Markdown emphasis and heading marks are set aside."""
    return any(pattern.fullmatch(cell.strip(" *_#")) for cell in COLUMNS.split(line))


def motto_line(body: str) -> tuple[int, int] | None:
    """Where the line holding the national motto stands near the top of ``body`` (None: none)."""
    position = 0
    for line in body[:MOTTO_WITHIN].split("\n"):
        if "hạnh phúc" in line.lower() and heading_cell(line, ADMINISTRATIVE_MOTTO):
            return position, position + len(line)
        position += len(line) + 1
    return None


# the number and symbol on a line (or a heading's cell) of its own: Số: 215/TB-SVHTT, Số 12/QĐ-UBND
DOCUMENT_NUMBER_LINE = re.compile(r"^[ \t*_#|]*Số[ \t]*:?[ \t]*\d*[ \t]*/[ \t]*[A-ZĐ]", re.M)


def is_administrative(body: str) -> bool:
    """A công văn, quyết định…: the national motto heads it, or, where the motto was left out (which
    ST120 reports), its number and symbol and its place and date of issue in words stand at the top."""
    if motto_line(body) is not None:
        return True
    head = body[:MOTTO_WITHIN]
    return DOCUMENT_NUMBER_LINE.search(head) is not None and PLACE_AND_DATE_CELL.search(head) is not None


@dataclass
class Part:
    kind: str  # dateline, headline, caption, lead, source-tag, paragraph, byline, boilerplate, image,
    # and the blocks that are not running prose: list-item, table, subheading, code, comment, footnote, markup
    start: int
    end: int
    text: str
    label: str = ""  # boilerplate kind, or the source name of a source tag

    def to_json(self) -> dict:
        data = {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}
        if self.label:
            data["label"] = self.label
        return data


@dataclass
class Anatomy:
    parts: list[Part] = field(default_factory=list)
    wrap_width: int | None = None  # the width plain text was hard-wrapped at (hard_wrap_width), or None
    notice: bool = False  # a newspaper's notice (Cáo phó, Thông báo …: structure/notices.py), no article

    def first(self, kind: str) -> Part | None:
        return next((p for p in self.parts if p.kind == kind), None)

    def all(self, kind: str) -> list[Part]:
        return [p for p in self.parts if p.kind == kind]


@lru_cache(maxsize=1)
def furniture_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    with open(dictionary_path("structure", "boilerplate.toml"), "rb") as handle:
        data = tomllib.load(handle)
    return [
        (group, spec["label"], re.compile(rf"^\s*(?:{'|'.join(spec['patterns'])})\s*$", re.I))
        for group, spec in data.items()
    ]


def furniture_kind(line: str) -> tuple[str, str] | None:
    """The furniture's (group, label) a line is, or None. A Markdown paragraph of several lines (``Chia sẻ``
    over ``Bình luận (12)``, no blank line between) is furniture when each of its lines is: the first one's."""
    if "\n" in line:
        kinds = [furniture_kind(part) for part in line.split("\n") if part.strip()]
        return kinds[0] if kinds and all(kinds) else None
    for group, label, pattern in furniture_patterns():
        if pattern.match(line):
            return group, label
    return None


def lines_of(text: str, start: int, markdown: bool = False) -> tuple[list[tuple[int, int, str]], int | None]:
    """(start, end, text) of each non-blank line from ``start``, ends without the line break, and the
    width plain text was hard-wrapped at. In Markdown, the lines of one paragraph (no blank line
    between, none a block of its own: a heading, list item, quote, table row, fence, image or HTML
    tag) are one, as Markdown renders them: a paragraph wrapped at 80 columns is one paragraph. In
    plain text hard-wrapped from its first line (a PDF or an e-mail pasted), a line and the next that
    goes on with its sentence in lowercase are one, before any part is told: a first line cut off
    mid-sentence is no headline."""
    found = raw_lines(text, start)
    if markdown:
        return joined_paragraph_lines(text, found), None
    width = hard_wrap_width(text, found)
    return (found if width is None else joined_wrapped_lines(text, found)), width


def raw_lines(text: str, start: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of each non-blank line from ``start``, as the file has them."""
    found = []
    for match in re.finditer(r"[^\n]*", text[start:]):
        line = match.group().rstrip("\r")
        if line.strip():
            found.append((start + match.start(), start + match.start() + len(line), line))
    return found


BROKEN_END = re.compile(r"[\w,%]$")  # a letter, a comma or a figure's percent sign (100%)
# text is hard-wrapped (a PDF or an e-mail pasted) when at least this many of its lines break a
# sentence before a lowercase word; its width is the median length of those lines, and a line at
# least WRAPPED_LINE_SHARE of it long that breaks before a capital was wrapped too
HARD_WRAPPED_LINES = 3
MIN_WRAP_WIDTH = 40
WRAPPED_LINE_SHARE = 0.8


def goes_on(text: str, first_end: int, first: str, second_start: int, second: str, width: int | None = None) -> bool:
    """The line ``second`` (starting at ``second_start``) is the rest of the sentence of ``first``
    (ending at ``first_end``), on the very next line (no blank line between): ``first`` ends with a
    letter, a comma or a percent sign and ``second`` starts with a lowercase letter, or, in text
    hard-wrapped at ``width`` characters, with a capital after a line as wide as the wrapping makes
    them (``Trần`` at a line's end, ``Hưng Đạo`` on the next), or with a figure (``ở cự ly`` at a line's
    end, ``42 km xuất phát`` on the next; not a numbered list's item, ``2. …``)."""
    between = text[first_end: second_start]
    if between.count("\n") != 1 or between.strip(" \t\r\n"):
        return False  # a blank line between them: two real paragraphs
    line = first.rstrip()
    if not BROKEN_END.search(line):
        return False
    opening = second.lstrip()[:1]
    if opening.islower():
        return True
    wrapped = width is not None and len(line) >= WRAPPED_LINE_SHARE * width
    return wrapped and (opening.isupper() or opening.isdigit() and not LIST_ITEM.match(second))


def runs_on(text: str, first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
    """``second``, on the very next line, goes on with ``first``'s sentence in lowercase (goes_on), and
    is no list item."""
    return goes_on(text, first[1], first[2], second[0], second[2]) and not LIST_ITEM.match(second[2])


def hard_wrap_width(text: str, lines: list[tuple[int, int, str]]) -> int | None:
    """The width plain text was hard-wrapped at (the median length of the lines that break a
    sentence before a lowercase word), or None when fewer than HARD_WRAPPED_LINES do."""
    widths = sorted(len(first[2].rstrip()) for first, second in zip(lines, lines[1:]) if runs_on(text, first, second))
    if len(widths) < HARD_WRAPPED_LINES or widths[len(widths) // 2] < MIN_WRAP_WIDTH:
        return None
    return widths[len(widths) // 2]


def joined_wrapped_lines(text: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """In hard-wrapped plain text, each line joined to the one before when it goes on with its
    sentence in lowercase (the breaks before a capital are told later, from the parts: a headline
    as wide as the lines under it is no sentence cut off)."""
    spans: list[list[int]] = []
    for previous, line in zip([None, *lines], lines):
        if previous is not None and runs_on(text, previous, line):
            spans[-1][1] = line[1]
        else:
            spans.append([line[0], line[1]])
    return [(start, end, text[start:end]) for start, end in spans]


MARKDOWN_BLOCK_START = re.compile(
    r"^\s{0,3}(?:[-*+]\s|\d{1,3}[.)]\s|#{1,6}(?:\s|$)|>|\||```|~~~|!\[|<|\{\{|\{%|\[\^|(?:[-*_=]\s*){3,}$)")


MARKDOWN_RULE = re.compile(r"^\s{0,3}(?:[-*_=]\s*){3,}$")  # a horizontal rule or a setext underline
SETEXT_H1 = re.compile(r"^\s{0,3}=+\s*$")


def joined_paragraph_lines(text: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    joined: list[tuple[int, int, str]] = []
    in_fence = False
    previous_joins = False  # whether the last line taken may take the next one into its paragraph
    in_quote = False  # the last line taken is a quotation's (> …): the next > line continues it
    for start, end, line in lines:
        fence = bool(MARKDOWN_FENCE.match(line))
        quote = not in_fence and line.lstrip().startswith(">")
        block = fence or in_fence or bool(MARKDOWN_BLOCK_START.match(line))
        continues = not block or (quote and in_quote)
        if joined and previous_joins and continues and text.count("\n", joined[-1][1], start) == 1:
            first_start = joined[-1][0]
            joined[-1] = (first_start, end, text[first_start:end])
        else:
            joined.append((start, end, line))
            previous_joins = not block or quote or bool(LIST_ITEM.match(line))
            in_quote = quote
        if fence:
            in_fence = not in_fence
            previous_joins = False
        elif in_fence or MARKDOWN_TABLE_ROW.match(line) or MARKDOWN_ANY_HEADING.match(line) or MARKDOWN_RULE.match(line):
            previous_joins = False
    if joined and joined[-1][0] != lines[-1][0] and looks_like_byline(lines[-1][2]) and SENTENCE_END.search(
            text[joined[-1][0]: lines[-2][1]].rstrip()):
        first_start = joined[-1][0]  # the author's name on the line under the last sentence: a byline
        joined[-1] = (first_start, lines[-2][1], text[first_start: lines[-2][1]])
        joined.append(lines[-1])
    return joined


def words(line: str) -> int:
    return len(line.split())


def menu_lines(lines: Iterable[tuple[str, bool]]) -> int:
    """How many of the first lines are the site's menu copied with the page (see MENU_MIN_LINES): up to
    SITE_HEADER_MAX_WORDS words each, no sentence, no digit, each right under the one before; ``lines``
    gives each line's text and whether it follows the line before with no blank line between. 0 when
    the run is shorter."""
    count = 0
    for line, set_under in lines:
        if count and not set_under:
            break
        if market_ticker_line(line.strip()):
            count += 1  # a market ticker over the page (VN-Index / 1.903,40 / +15,20 (+0,81%)) is a menu's as well
            continue
        if SENTENCE_END.search(line) or not MENU_ITEM.match(line) or words(line) > SITE_HEADER_MAX_WORDS or any(c.isdigit() for c in line):
            break
        count += 1
    return count if count >= MENU_MIN_LINES else 0


def market_ticker_line(line: str) -> bool:
    """A line of a market ticker: an index's name, its level or its change (boilerplate.toml's market_ticker)."""
    found = furniture_kind(line)
    return found is not None and found[0] == "market_ticker"


# Hoài Thu (thực hiện), Minh Anh (tổng hợp); an interview's Thanh Tùng thực hiện, a report's Minh Anh ghi
BYLINE_ROLE = re.compile(r"\s*\((?:[^()\n]{1,30})\)\s*$|\s+(?:thực hiện|ghi|tổng hợp|lược dịch|biên dịch)$")


@lru_cache(maxsize=1)
def byline_patterns() -> dict[str, list[str]]:
    """``bylines.toml``: its lists of patterns by name."""
    with open(dictionary_path("structure", "bylines.toml"), "rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=1)
def collective_byline() -> re.Pattern[str]:
    """A desk's or a team's sign-off (Nhóm phóng viên, Ban Thời sự)."""
    return re.compile(rf"^(?:{'|'.join(byline_patterns()['collective'])})$", re.I)


EMPHASIS_AROUND = re.compile(r"^(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1$")  # **Thanh Tùng**, _Nhóm PV_


# the author's name before the dateline's weekday, as Znews prints it: Minh Anh - Thứ năm, 26/11/2026 08:30
AUTHOR_BEFORE_WEEKDAY = re.compile(r"^\s*(?P<name>[^\W\d_][^\n|–-]{1,58}?)\s+[-–|]\s+(?=(?:thứ|chủ nhật|cn)(?!\w))", re.I)
BYLINE_MAX_CHARACTERS = 160  # the longest credit line (Bài và ảnh: …, Name - Outlet | 11:02 06/02/2017)


@lru_cache(maxsize=1)
def signer_title() -> re.Pattern[str]:
    """The title a signer's name may follow (Luật sư, Bác sĩ, Nhà báo), a colon after it too (Trưởng nam: …)."""
    return re.compile(rf"^(?:{'|'.join(map(re.escape, byline_patterns()['titles']))})(?:[^\S\n]*:[^\S\n]*|\s+)", re.I)


AFFILIATION_MAX_WORDS = 14
# the institution after the name in brackets, as an opinion piece's author signs it
AFFILIATION_IN_BRACKETS = re.compile(r"\s*\(([^()\n]{2,120})\)\s*$")


@lru_cache(maxsize=1)
def after_name() -> re.Pattern[str]:
    """What a contributor writes after the name and a comma (lớp 5A)."""
    return re.compile(rf"^(?:{'|'.join(byline_patterns()['after_name'])})$", re.I)


@lru_cache(maxsize=1)
def affiliation() -> re.Pattern[str]:
    """The institution an expert signs for (Khoa Truyền nhiễm, Bệnh viện Nhi Trung ương)."""
    return re.compile(rf"^(?:{'|'.join(byline_patterns()['affiliation'])})(?!\w)", re.I)


def affiliation_line(line: str) -> bool:
    """A line under the author's name naming where the author works, no sentence."""
    stripped = line.strip()
    return (words(stripped) <= AFFILIATION_MAX_WORDS and stripped[:1].isupper() and not SENTENCE_END.search(stripped)
            and bool(affiliation().match(stripped)))


@lru_cache(maxsize=1)
def signing_bodies() -> tuple[str, ...]:
    """The kinds of body of ``bylines.toml``'s signing_body, longest first."""
    return tuple(sorted(byline_patterns()["signing_body"], key=len, reverse=True))


def signing_body(line: str) -> bool:
    """The line names an organisation, which may sign a bulletin or a press release alone: a kind of
    body, then its name capitalised within two words (Sở Y tế Hà Nội, Trung tâm Dự báo …, Công an tỉnh
    Bắc Ninh); no person's title (``Luật sư nói vậy``), nor a common noun (``Trung tâm y tế``)."""
    stripped = line.strip()
    lower = stripped.lower()
    body = next((b for b in signing_bodies() if lower.startswith(b + " ")), None)
    return body is not None and any(word[:1].isupper() for word in stripped[len(body):].split()[:2])


@lru_cache(maxsize=1)
def on_behalf() -> re.Pattern[str]:
    """For whom a signer signs (Thay mặt gia đình, TM. Ban Tổ chức): ``bylines.toml``'s on_behalf."""
    return re.compile(rf"(?:{'|'.join(byline_patterns()['on_behalf'])})", re.I)


ON_BEHALF_MAX_WORDS = 8


@lru_cache(maxsize=1)
def mourners() -> re.Pattern[str]:
    """A line a death notice's mourners sign with (Vợ: Trần Thị Hoa, Các con, cháu, chắt nội ngoại):
    ``bylines.toml``'s mourners, then a colon, a comma, a space or the line's end."""
    words = sorted(byline_patterns()["mourners"], key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(w) for w in words)})(?:[\s,:]|$)", re.I)


def signed_on_behalf(line: str) -> bool:
    """``Thay mặt gia đình Trưởng nam Trần Văn Lâm`` (its two lines joined as a paragraph): for whom,
    then a signer's title and name."""
    parts = line.split()
    return any(on_behalf().fullmatch(" ".join(parts[:count])) and looks_like_byline(" ".join(parts[count:]))
               for count in range(2, min(len(parts) - 1, ON_BEHALF_MAX_WORDS + 1)))


def looks_like_byline(line: str) -> bool:
    stripped = line.strip()
    if len(stripped) > BYLINE_MAX_CHARACTERS:
        return False  # running text; and the patterns below need not look through a flood
    emphasised = EMPHASIS_AROUND.match(stripped)
    if emphasised:
        stripped = emphasised.group(2).strip()
    if BYLINE_SOURCE.match(stripped) or BYLINE_STAMP.match(stripped) or collective_byline().match(stripped):
        return True
    credit = PHOTO_CREDIT_AFTER_NAME.search(stripped)
    if credit and credit.start() > 0:
        stripped = stripped[: credit.start()]
    role = BYLINE_ROLE.search(stripped)
    if role and role.start() > 0:
        stripped = stripped[: role.start()]
    institution = AFFILIATION_IN_BRACKETS.search(stripped)
    if institution and institution.start() > 0 and affiliation_line(institution.group(1)):
        stripped = stripped[: institution.start()]  # TS. Nguyễn Thị Lan Anh (Viện Nghiên cứu Gia đình và Giới)
    title = signer_title().match(stripped)
    if title and stripped[title.end():][:1].isupper():
        stripped = stripped[title.end():]  # Luật sư Phạm Văn Đức: the name after the title
    name, comma, rest = stripped.partition(",")
    if comma and (after_name().match(rest.strip()) or affiliation_line(rest)):
        # Nguyễn Thị Mai Anh, lớp 5A · Bác sĩ Nguyễn Thanh Bình, Bệnh viện Nhi đồng Cần Thơ: the signer, then
        # the class or the institution
        stripped = name
    name, slash, outlet = stripped.partition("/")
    if slash and outlet.strip()[:1].isupper() and len(outlet.split()) <= 7 and not SENTENCE_END.search(outlet):
        stripped = name  # Hồng Minh/Báo Tin tức, Lê Anh/VOV-Tây Bắc: the reporter, then the outlet's name
    tokens = stripped.replace(",", " ").split()
    if not 1 <= len(tokens) <= 6 or SENTENCE_END.search(stripped) and not stripped.endswith(")"):
        return False
    return all(t[:1].isupper() or t in ("-", "–", "và") for t in tokens)


def analyse(text: str, body_start: int = 0, markdown: bool = False, dateline_end: int | None = None,
            known: dict[int, str] | None = None) -> Anatomy:
    """The parts of the article that starts at ``body_start``. ``known``: the kind of the lines
    starting at these offsets, as the source marked them (an HTML ``<figcaption>`` is a caption)."""
    lines, width = lines_of(text, body_start, markdown)
    if not lines:
        return Anatomy()
    from editkit.structure.notices import notice_title_start

    body = text[body_start:]
    title = notice_title_start(body)
    scan = Scan(lines, markdown, administrative=is_administrative(body),
                notice_title=next((i for i, line in enumerate(lines) if line[0] == body_start + title), 0)
                if title is not None else None,
                set_under=frozenset() if markdown else frozenset(  # plain text's verse (mark_verse) asks
                    i for i in range(1, len(lines)) if text.count("\n", lines[i - 1][1], lines[i][0]) == 1))
    for index, (start, _, _) in enumerate(lines):
        scan.kinds[index] = (known or {}).get(start)
    scan.mark_furniture()
    index, headline_found = scan.mark_top(dateline_end)
    if not headline_found:
        scan.reclaim_media_headline(index)
    index = scan.mark_headline(index, headline_found)
    index = scan.mark_captions_and_lead(index)
    scan.mark_body(index)
    found = scan.anatomy()
    found.wrap_width = width
    return found


class Scan:
    """The lines of one article and the part each is found to be, filled in from the top and
    from the bottom: furniture, dateline and what is above it, headline, captions and lead,
    byline, then the body."""

    def __init__(self, lines: list[tuple[int, int, str]], markdown: bool, administrative: bool = False,
                 notice_title: int | None = None, set_under: frozenset[int] = frozenset()) -> None:
        self.lines = lines
        self.markdown = markdown
        self.set_under = set_under  # the lines that follow the line before with no blank line between
        self.comment_actions: set[int] = set()  # a reader's comment's line of actions (12 Thích Trả lời)
        self.administrative = administrative  # a công văn or quyết định: QUYẾT ĐỊNH is its title, no section label
        # a newspaper's notice: the line of its title (Thông báo: no site notice; after a CMS's date stamp, if any)
        self.notice = notice_title is not None
        self.notice_title = -1 if notice_title is None else notice_title
        self.kinds: list[str | None] = [None] * len(lines)
        self.labels = [""] * len(lines)
        self.tail = len(lines)  # where the trailing run of furniture starts
        self._gallery_counters: frozenset[int] | None = None

    def text(self, index: int) -> str:
        return self.lines[index][2]

    def mark_furniture(self) -> None:
        """Furniture lines anywhere, and the run of furniture and related links at the end."""
        kinds, labels = self.kinds, self.labels
        links_label = False  # the line before was "Đọc thêm:": the list under it is links
        tags_label = False  # the line before was "Từ khóa:" or a tag under it: the short lines under it are tags
        headlines_left = 0  # under "Tin liên quan" with no list marks: the headlines printed under it
        answers_left = 0  # under "Bài viết có hữu ích với bạn không?": its answer buttons (Có, Không)
        for index, (_, _, line) in enumerate(self.lines):
            found = None if index == self.notice_title else furniture_kind(line)
            if found and self.authored_links_under(index, found[0]):
                found = None  # Xem thêm: over a Markdown list of links: the writer's own, no page's furniture
            if found and found[0] == "navigation" and self.header_of_a_bar_table(index):
                found = None  # Khu vực | Nhiệt độ thấp nhất | … over rows of as many cells: a table's header
            if found:
                kinds[index], labels[index] = "boilerplate", found[1]
                if found[0] == "comment_actions":
                    self.comment_actions.add(index)
                links_label = found[0] == "related" and line.rstrip().endswith(":")
                tags_label = found[0] == "tags" and (line.rstrip().endswith(":") or TAGS_LABEL.fullmatch(line.strip()) is not None)
                headlines_left = RELATED_HEADLINES if found[0] in ("related", "summary") else 0
                answers_left = FEEDBACK_ANSWERS if found[0] == "feedback" else 0
            elif answers_left and words(line) <= FEEDBACK_ANSWER_WORDS and not SENTENCE_END.search(line):
                kinds[index], labels[index] = "boilerplate", "feedback widget"  # Có / Không
                answers_left -= 1
            elif links_label and LIST_ITEM.match(line) and words(line) <= RELATED_LINK_MAX_WORDS:
                kinds[index], labels[index] = "boilerplate", "related links"
            elif tags_label and index in self.set_under and words(line) <= TAG_MAX_WORDS and not SENTENCE_END.search(line):
                kinds[index], labels[index] = "boilerplate", "tags"  # Từ khóa: / xuất khẩu rau quả / sầu riêng
            elif headlines_left and related_headline(line):
                kinds[index], labels[index] = "boilerplate", labels[index - 1]  # (related links, or a summary box's points)
                headlines_left -= 1
            else:
                links_label = tags_label = False
                headlines_left = answers_left = 0
        self.mark_reader_comments()
        self.mark_table_of_contents()
        while self.tail > 0:
            last = self.tail - 1
            footer = self.site_domain_under_furniture(last) or self.contact_line_of_the_footer(last)
            authored = self.markdown and kinds[last] is None and MARKDOWN_LINK_ITEM.match(self.text(last)) is not None
            if not (kinds[last] == "boilerplate" or footer or not authored and related_link_in_tail(self.lines, kinds, last)):
                break  # (a Markdown list of links is the writer's: - [Hà Nội sẽ có thêm 5 phố đi bộ](/them-pho-di-bo))
            kinds[last] = "boilerplate"
            labels[last] = labels[last] or ("site footer" if footer else "related links")
            self.tail -= 1

    def header_of_a_bar_table(self, index: int) -> bool:
        """The line heads a table typed with bars: as many cells as it in the lines under it (BAR_TABLE_MIN_ROWS)."""
        cells = bar_cells(self.text(index))
        rows = self.lines[index + 1: index + BAR_TABLE_MIN_ROWS]
        return bool(cells) and len(rows) == BAR_TABLE_MIN_ROWS - 1 and all(bar_cells(line) == cells for _, _, line in rows)

    def authored_links_under(self, index: int, group: str) -> bool:
        """A related-links label in Markdown over a list of Markdown links (``Xem thêm:`` / ``- [Hà Nội sẽ có thêm 5
        phố đi bộ](/them-pho-di-bo)``): links the writer put in the article, not furniture a page left in it."""
        return (self.markdown and group == "related" and index + 1 < len(self.lines)
                and MARKDOWN_LINK_ITEM.match(self.text(index + 1)) is not None)

    def contact_line_of_the_footer(self, index: int) -> bool:
        """A line of the newsroom's address or contacts (``Trụ sở: …``, ``Điện thoại: …``, ``Email: …``) under the
        site's footer (``Cơ quan chủ quản: …`` / ``Tổng biên tập: …``, up to FOOTER_CONTACT_REACH lines above): the
        footer's, as the page ends."""
        line = self.text(index)
        return ((CONTACT_FIELD.match(line) is not None or FOOTER_ADDRESS.match(line) is not None)
                and any(self.labels[i] == "site footer" for i in range(max(0, index - FOOTER_CONTACT_REACH), index)))

    def site_domain_under_furniture(self, index: int) -> bool:
        """The outlet's domain alone on the last line, under the page's furniture (``Cùng chuyên mục`` and
        its links, then ``VTV.vn``): the site's footer, not its byline (under a reporter's name it is one:
        ``Minh Khang`` / ``Kinhtedothi.vn``)."""
        return (index > 0 and index == len(self.lines) - 1 and self.kinds[index - 1] == "boilerplate"
                and OUTLET_DOMAIN.fullmatch(self.text(index).strip()) is not None)

    def mark_table_of_contents(self) -> None:
        """The headings listed under a table of contents' label (``Nội dung chính``, ``Mục lục``) that
        the text prints again further down as lines of their own: furniture, as the label is, and the
        lines they point to subheadings (they had been the lead and paragraphs, and their repeats too)."""
        kinds, labels = self.kinds, self.labels
        labelled = [i for i, label in enumerate(labels) if label == "table of contents"]
        if not labelled:
            return
        where: dict[str, list[int]] = {}  # each line without its list mark: where it stands, in order
        for index, (_, _, line) in enumerate(self.lines):
            where.setdefault(LIST_MARK.sub("", line).strip(), []).append(index)
        for index in labelled:
            listed = index + 1
            while listed < len(self.lines) and kinds[listed] is None:
                heading = LIST_MARK.sub("", self.text(listed)).strip()
                places = where.get(heading, []) if heading else []
                again = places[bisect.bisect_right(places, listed)] if places and places[-1] > listed else None
                if again is None:
                    break  # an entry the text never prints again: the table has ended
                kinds[listed], labels[listed] = "boilerplate", "table of contents"
                if kinds[again] is None:
                    kinds[again] = "subheading"  # the heading in the text, where the entry points
                listed += 1

    def mark_reader_comments(self) -> None:
        """A reader's name and comment between a comment widget's line (``Ý kiến (3)``, ``Sắp xếp: Mới
        nhất``, the comment before's ``Trả lời``) and the comment's own line of actions (``12 Thích Trả
        lời``): up to READER_COMMENT_LINES short lines, furniture as the widget is."""
        kinds, labels = self.kinds, self.labels
        for index in range(len(self.lines)):
            if labels[index] != "comment widget":
                continue
            for after in range(index + 1, min(index + READER_COMMENT_LINES + 2, len(self.lines))):
                if kinds[after] is not None:
                    if after in self.comment_actions and after > index + 1:
                        for between in range(index + 1, after):
                            kinds[between], labels[between] = "boilerplate", "reader comment"
                    break
                if words(self.text(after)) > READER_COMMENT_MAX_WORDS:
                    break

    def mark_top(self, dateline_end: int | None) -> tuple[int, bool]:
        """The dateline (in the first six lines after any site menu copied with the page, after any
        breadcrumb or notice) and what is above it: the site's name and section (furniture), the
        headline and its author, as Tuổi Trẻ and Thanh Niên print them. Returns where the scan goes
        on and whether the headline was found."""
        if dateline_end is None:
            return 0, False
        menu = menu_lines((line, i in self.set_under) for i, (_, _, line) in enumerate(self.lines))
        found = next((i for i in range(menu, min(menu + DATELINE_LINES, len(self.lines)))
                      if self.lines[i][0] < dateline_end <= self.lines[i][1] + 1), None)
        if found is None or self.kinds[found] is not None:
            return 0, False
        if any(words(self.text(i)) >= LEAD_MIN_WORDS for i in range(found)):
            return 0, False  # running text above it: a date line further down, not the page's dateline
        for i in range(menu):
            if self.kinds[i] is None:
                self.kinds[i], self.labels[i] = "boilerplate", "site menu"
        self.kinds[found] = "dateline"
        if found and self.kinds[found - 1] is None and WEEKDAY_ALONE.fullmatch(self.text(found - 1).strip()):
            self.kinds[found - 1] = "dateline"  # the weekday on a line of its own over the date (Thứ Bảy / 28/11/2026 08:30)
        if self.administrative:
            return found + 1, False  # over an administrative document's date: its heading (administrative_parts)
        if (found and self.kinds[found - 1] == "boilerplate" and MEDIA_HEADLINE.fullmatch(self.text(found - 1).strip())
                and all(self.kinds[i] == "boilerplate" or words(self.text(i)) <= SITE_HEADER_MAX_WORDS for i in range(found - 1))):
            # a media story's headline right over its stamp, under the section's name at most (Video / Clip: Lốc xoáy
            # cuốn bay mái nhà … / 28/11/2026 09:12), read as a video's stub: the headline it is
            self.kinds[found - 1], self.labels[found - 1] = None, ""
        above = [i for i in range(found) if self.kinds[i] is None]
        above = above[: len(above) - self.mark_author_over_dateline(above)]
        while above and (words(self.text(above[0])) <= SITE_HEADER_MAX_WORDS or self.section_over_headline(above)
                         or self.portal_name_over_headline(above) or SITE_AND_SECTION.fullmatch(self.text(above[0]).strip())
                         or SITE_NAME.fullmatch(self.text(above[0]).strip()) and len(above) > 1) \
                and not SENTENCE_END.search(self.text(above[0])):
            self.kinds[above[0]], self.labels[above[0]] = "boilerplate", "site header"  # Dân trí / Thời sự
            above.pop(0)
        if (len(above) == 1 and self.section_name(self.text(above[0]).strip())
                and self.headline_under(self.first_unmarked(found + 1))):
            # Giáo dục - Tuyển sinh / 09:00 | 15/08/2030 / the headline: the section over the date stamp
            # (and over the page's furniture under it: Lượt xem: 1.234)
            self.kinds[above[0]], self.labels[above[0]] = "boilerplate", "site header"
            above.pop(0)
        if above and credit_line_over_headline(self.text(above[0])):
            self.kinds[above[0]] = "byline"  # Tác giả: Minh Anh, over the dateline as some sites print it
            above.pop(0)
        headline_found = bool(above) and words(self.text(above[0])) >= HEADLINE_ABOVE_MIN_WORDS and looks_like_headline(
            self.text(above[0]), self.markdown)
        if headline_found:
            self.kinds[above[0]] = "headline"
            for i in above[1:]:
                self.kinds[i] = "byline" if looks_like_top_byline(self.text(i)) else None
        return found + 1, headline_found

    def mark_author_over_dateline(self, above: list[int]) -> int:
        """The author and the outlet a story is taken from, right over the dateline, as a copy of some pages
        leaves them (``Hoàng Yến`` / ``,`` / ``Theo Thanh Niên`` / ``11:30 28/11/2026``): their byline, the
        comma between them a piece of it. Returns how many of the lines ``above`` are taken."""
        source = self.text(above[-1]).strip() if above else ""
        if not BYLINE_SOURCE.match(source) or not source.split()[-1][:1].isupper():
            return 0  # (Theo dòng sự kiện, a section's name, names no outlet)
        taken = 1
        if len(above) > taken and not any(c.isalnum() for c in self.text(above[-1 - taken])):
            taken += 1  # the comma or the dash the copy put on a line of its own
        name = self.text(above[-1 - taken]).strip() if len(above) > taken else ""
        if name and not name.isupper() and looks_like_byline(name):
            taken += 1
        elif taken == 2:
            taken = 1  # a stray comma over the source alone is no part of it
        for i in above[len(above) - taken:]:
            self.kinds[i] = "byline"
        return taken

    @staticmethod
    def section_name(line: str) -> bool:
        """A section's name: two joined by a sign (``Giáo dục - Tuyển sinh``), or up to four words that are no
        sentence and no one's name (``Bác sĩ tư vấn``)."""
        return SECTION_PAIR.fullmatch(line) is not None or (
            words(line) <= SECTION_MAX_WORDS and not SENTENCE_END.search(line) and not looks_like_byline(line))

    def headline_under(self, index: int) -> bool:
        """The line at ``index`` reads as a headline (not the lead, nor a line with its source tag)."""
        return (index < self.tail and self.kinds[index] is None and HEADLINE_ABOVE_MIN_WORDS <= words(self.text(index)) < LEAD_MIN_WORDS
                and not source_tag(self.text(index)) and not SENTENCE_END.search(self.text(index).rstrip("?!"))
                and looks_like_headline(self.text(index), self.markdown))

    def section_over_headline(self, above: list[int]) -> bool:
        """The first of the lines over the dateline is a section's name of a few words, two joined by a
        sign (``Văn hóa - Giải trí``, ``Kinh tế & Tài chính``) or up to four (``Bóng đá Việt Nam``), over a
        longer line that reads as the headline (not the Tuổi Trẻ layout's headline over its author's name)."""
        if len(above) < 2:
            return False
        first, second = self.text(above[0]).strip(), self.text(above[1])
        return (self.section_name(first) and words(second) >= max(HEADLINE_ABOVE_MIN_WORDS, words(first) + 2)
                and looks_like_headline(second, self.markdown))

    def portal_name_over_headline(self, above: list[int]) -> bool:
        """The first of the lines over the dateline is an authority's portal's name in capitals (``UBND HUYỆN
        CỦ CHI``, ``SỞ Y TẾ TỈNH NGHỆ AN``) over a line in lower case that reads as the headline."""
        if len(above) < 2:
            return False
        first, second = self.text(above[0]).strip(), self.text(above[1])
        return (first.isupper() and words(first) <= PORTAL_NAME_MAX_WORDS and not second.isupper()
                and words(second) >= HEADLINE_ABOVE_MIN_WORDS and looks_like_headline(second, self.markdown))

    def reclaim_media_headline(self, index: int) -> None:
        """A media story's headline (``Video: Phố cổ Hội An lung linh đêm Giáng sinh``, ``Infographic: 10 sự kiện
        …``), taken for a video's stub in the body, right over the lead (a long line, or one with its source tag)
        below the dateline: the headline it is."""
        lead = self.first_unmarked(index)
        stub = lead - 1
        if (index <= stub < lead < self.tail and self.kinds[stub] == "boilerplate" and MEDIA_HEADLINE.fullmatch(self.text(stub).strip())
                and (words(self.text(lead)) >= LEAD_MIN_WORDS or source_tag(self.text(lead)))):
            self.kinds[stub], self.labels[stub] = None, ""

    def first_unmarked(self, index: int) -> int:
        """The first line from ``index`` on that no part has claimed yet (or the tail)."""
        while index < self.tail and self.kinds[index] is not None:
            index += 1
        return index

    def mark_headline(self, index: int, headline_found: bool) -> int:
        """The headline (unless found above the dateline) and the author's name under it, or under
        the dateline when the headline is above it (Tuổi Trẻ: headline, dateline, author, lead)."""
        index = self.first_unmarked(index)
        if (headline_found and index < self.tail and "byline" not in self.kinds[:index]
                and looks_like_top_byline(self.text(index))):
            self.kinds[index] = "byline"
            return index + 1
        if (index < self.tail and not headline_found and index + 1 < self.tail
                and credit_line_over_headline(self.text(index))):
            self.kinds[index] = "byline"  # Bài và ảnh: Minh Hà, over the headline as print layouts set it
            index = self.first_unmarked(index + 1)
        if (index < self.tail and not headline_found and index + 2 < self.tail
                and OUTLET_DOMAIN.fullmatch(self.text(index).strip()) and self.kinds[index + 1] is None):
            self.kinds[index], self.labels[index] = "boilerplate", "site header"  # VTV.vn / Văn hóa / the headline
            index += 1
        if (index + 1 < self.tail and not headline_found and not self.administrative and index != self.notice_title
                and self.kinds[index + 1] is None and words(self.text(index)) <= SITE_HEADER_MAX_WORDS
                and not SENTENCE_END.search(self.text(index)) and self.section_label_over_headline(index + 1)):
            # two labels over the headline: a site and its section (Thời sự / Giao thông), or an aggregator and the
            # paper it took the story from (Báo Mới / Thanh Niên / 2 giờ trước / the headline): that paper's name a byline
            source = self.text(index + 1).strip()
            self.kinds[index], self.labels[index] = "boilerplate", "site header"
            if known_outlet(source) or looks_like_byline(source) and not source.isupper():
                self.kinds[index + 1], self.labels[index + 1] = "byline", "source"
            else:
                self.kinds[index + 1], self.labels[index + 1] = "boilerplate", "section label"
            index = self.first_unmarked(index + 2)
        elif (index < self.tail and not headline_found and known_outlet(self.text(index).strip())
              and self.section_label_over_headline(index)):
            # a paper's name alone over the headline is its source (what an aggregator's page keeps of it once its
            # own name and time stamp are gone), no section's label: --fix had taken it away on its second pass
            self.kinds[index], self.labels[index] = "byline", "source"
            index = self.first_unmarked(index + 1)
        elif (index < self.tail and not headline_found and not self.administrative and index != self.notice_title
                and self.section_label_over_headline(index)):  # a notice's own title (THÔNG BÁO) is no section
            self.kinds[index], self.labels[index] = "boilerplate", "section label"  # GÓC NHÌN, Thời sự
            index = self.first_unmarked(index + 1)
        setext = self.markdown and index + 1 < self.tail and SETEXT_H1.match(self.text(index + 1))
        if index < self.tail and not headline_found and (setext or looks_like_headline(self.text(index), self.markdown)
                                                          or self.long_headline_over_tagged_lead(index)):
            self.kinds[index] = "headline"
            index += 1
            if setext:  # the ===== under a Markdown headline
                self.kinds[index] = "markup"
                index += 1
            below = index  # (past a relative stamp or a share button between them: 2 giờ trước / Thanh Tâm)
            while below < self.tail and self.kinds[below] == "boilerplate":
                below += 1
            if below < self.tail and self.kinds[below] is None and (
                    looks_like_top_byline(self.text(below)) or credit_line_over_headline(self.text(below))):
                self.kinds[below] = "byline"  # the author's name, or a credit line (Thực hiện: Hoàng Long), under it
                index = below + 1
            elif (self.notice and index < self.tail and self.kinds[index] is None
                  and (ADMINISTRATIVE_SUBJECT.match(self.text(index).strip(" *_#")) or self.subject_under_title(index))):
                self.kinds[index], self.labels[index] = "subheading", "subject"  # THÔNG BÁO / Về việc …
                index += 1
        return index

    def subject_under_title(self, index: int) -> bool:
        """A notice's subject under its title in capitals without ``Về việc`` (``THÔNG BÁO`` / ``Lịch nghỉ Tết
        Dương lịch năm 2027``): a short line in lower case, no sentence, over a longer one."""
        line = self.text(index).strip(" *_#")
        return (index > 0 and self.text(index - 1).strip(" *_#").isupper() and not line.isupper()
                and words(line) < LEAD_MIN_WORDS and not SENTENCE_END.search(line) and not source_tag(line)
                and index + 1 < self.tail and words(self.text(index + 1)) > words(line))

    def long_headline_over_tagged_lead(self, index: int) -> bool:
        """A headline as long as a short lead (``Tòa tuyên án 12 năm tù đối với nguyên giám đốc … lừa đảo
        khách mua nhà``, 21 words): no stop at its end, and the next line opens with the lead's source tag."""
        line = self.text(index)
        return (not self.markdown and words(line) <= HEADLINE_MAX_WORDS and not SENTENCE_END.search(line)
                and source_tag_follows(self.lines, self.kinds, index, self.tail))

    def section_label_over_headline(self, index: int) -> bool:
        """A short label (up to three words, no sentence) right over a line that reads as the
        headline, maybe past furniture between them (a mobile page's ``2 giờ trước``): the section or
        column name a web page prints there (GÓC NHÌN, Phóng sự)."""
        following = index + 1
        while following < self.tail and self.kinds[following] == "boilerplate":
            following += 1
        if self.markdown or following >= self.tail or self.kinds[following] is not None:
            return False
        label, headline = self.text(index), self.text(following)
        return (words(label) <= SITE_HEADER_MAX_WORDS and not SENTENCE_END.search(label) and not source_tag(label)
                and HEADLINE_ABOVE_MIN_WORDS <= words(headline) < LEAD_MIN_WORDS and not source_tag(headline)
                and not CAPTION_MARK.search(headline) and not SENTENCE_END.search(headline.rstrip("?!")))

    def mark_captions_and_lead(self, index: int) -> int:
        """Captions and images before the lead (share buttons and notices between them skipped),
        the lead, and the caption of the photo some sites put right under it (VnExpress), a gallery's
        counter (``Ảnh 1/5``) or other furniture between them."""
        kinds = self.kinds
        while index < self.tail and kinds[index] in (None, "boilerplate", "caption", "subheading"):
            line = self.text(index)
            if kinds[index] is None:
                if self.markdown and MARKDOWN_IMAGE.match(line):
                    kinds[index] = "image"
                elif len(line.split()) == 1 and is_outlet_code(line.strip()) and index + 1 < self.tail:
                    kinds[index], self.labels[index] = "boilerplate", "site header"  # SGGPO over the lead
                elif live_entry_heading(line):
                    kinds[index] = "subheading"  # a live report's first entry: 19:00 | Khai cuộc
                elif QA_LABEL.match(line):
                    kinds[index], self.labels[index] = "subheading", "question or answer"  # Câu hỏi: over the question
                elif RESULT_LINE.match(line) and any(0 <= i < self.tail and RESULT_LINE.match(self.text(i))
                                                     for i in (index - 1, index + 1)):
                    kinds[index], self.labels[index] = "list-item", "results"  # Hà Nội FC 4-1 Hải Phòng, over the lead
                elif DATE_STAMP.fullmatch(line.strip()) and "dateline" in kinds[:index]:
                    kinds[index], self.labels[index] = "boilerplate", "date stamp"  # the page's second stamp, no caption
                elif credit_line_over_headline(line) and "byline" not in kinds[:index]:
                    kinds[index] = "byline"  # a photo story's credit over its lead (Thực hiện: Thanh Hải), no caption
                elif words(line) < LEAD_MIN_WORDS and (
                        not source_tag(line) and not SENTENCE_END.search(line)
                        or CAPTION_MARK.search(line)
                        or source_tag_follows(self.lines, kinds, index, self.tail)):  # a caption without 'Ảnh:'
                    kinds[index] = "caption"
                elif (words(line) <= HEADLINE_MAX_WORDS and not SENTENCE_END.search(line)
                      and source_tag_follows(self.lines, kinds, index, self.tail)):
                    kinds[index] = "caption"  # a long caption without its stop over the lead with its tag (Đồng chí …,
                    # Bí thư Huyện ủy … trao Huy hiệu 55 năm tuổi Đảng cho các đảng viên / (Thanhuytphcm.vn) - …)
                else:
                    break
            index += 1
        if index < self.tail and kinds[index] is None:
            kinds[index] = "lead"
            index += 1
            below = index  # the photo's caption under it, past a gallery's counter (Ảnh 1/5) or a share button
            while below < self.tail and kinds[below] == "boilerplate":
                below += 1
            if (below < self.tail and kinds[below] is None and CAPTION_MARK.search(self.text(below))
                    and words(self.text(below)) < LEAD_MIN_WORDS and not PHOTO_PLACEHOLDER.match(self.text(below))):
                kinds[below] = "caption"
                index = below + 1
        return index

    def mark_closing_byline(self, index: int, last: int) -> None:
        """The last content line as the byline, with the name on the line above it when the last
        line completes it: a photographer's credit under the reporters (Minh Anh - Hoàng Long /
        Ảnh: Phạm Tuấn), the outlet's domain under the reporter's name (Minh Khang / Kinhtedothi.vn), or
        the institution under an expert's name (ThS.BS Nguyễn Văn Lâm /
        Khoa Truyền nhiễm, Bệnh viện …); a body that signs alone: a notice's issuer (Sở Y tế tỉnh Nghệ An),
        a bulletin's centre; a signer for a family or a committee (Thay mặt gia đình / Trưởng nam …); a
        death notice's mourners, one relation a line (Vợ: Trần Thị Hoa / Các con, cháu, chắt nội ngoại)."""
        kinds, line = self.kinds, self.text(last)
        if self.notice and mourners().match(line.strip()):
            while last >= index and kinds[last] is None and mourners().match(self.text(last).strip()):
                kinds[last] = "byline"  # Vợ: Trần Thị Hoa / Các con, cháu, chắt nội ngoại: the mourners sign
                last -= 1
            return
        above = self.text(last - 1).strip() if last - 1 >= index and kinds[last - 1] is None else None
        name_above = above is not None and looks_like_byline(above)
        credit = CREDIT_LINE.match(line) is not None or collective_byline().match(line.strip()) is not None
        if credit:
            # TRIỆU TÙNG / Chia sẻ / In / Gửi email / Tin, ảnh: Triệu Tùng: the name over the share buttons too
            before = last - 1
            while before >= index and kinds[before] == "boilerplate":
                before -= 1
            if index <= before < last - 1 and kinds[before] is None and looks_like_byline(self.text(before)):
                kinds[before] = "byline"
        if looks_like_byline(line):
            kinds[last] = "byline"
            if (name_above and (credit or OUTLET_DOMAIN.fullmatch(line.strip()) or BYLINE_SOURCE.match(line))
                    or above is not None and on_behalf().fullmatch(above)):
                # a photographer's credit under the names, the outlet's domain under the reporter's (Minh Khang /
                # Kinhtedothi.vn), the paper a story is taken from under its reporter (Minh Anh / Theo Người Đồng
                # Hành), the credit line under the initials the paper signs with (H.V / Bài và ảnh:
                # Hoàng Vũ); Thay mặt gia đình above one
                kinds[last - 1] = "byline"
        elif signed_on_behalf(line):
            kinds[last] = "byline"
        elif POSTED_BY.match(line.strip()) and looks_like_top_byline(line):
            kinds[last] = "byline"  # a blog's post signed under it (Đăng bởi Út Miền Tây)
        elif CREDIT_LINE.match(line) and words(line) <= CREDIT_ALONE_MAX_WORDS and not SENTENCE_END.search(line.rstrip(".")):
            kinds[last] = "byline"  # a video's or a photo's credit alone at the end (Clip: Người dân cung cấp)
        elif name_above and (affiliation_line(line) or credit):
            kinds[last - 1] = kinds[last] = "byline"
        elif affiliation_line(line) and (self.notice or signing_body(line)):
            kinds[last] = "byline"  # signed by a body: a notice's issuer (Sở Y tế tỉnh Nghệ An), a bulletin's
            # centre (Trung tâm Dự báo khí tượng thủy văn quốc gia)
        if kinds[last] == "byline" and (self.administrative or self.notice):
            self.mark_signing_titles(index, last)

    def mark_signing_titles(self, index: int, signer: int) -> None:
        """Over a document's or a notice's signer, the signing authority and title in capitals (``TM. ỦY BAN NHÂN
        DÂN`` / ``CHỦ TỊCH``, ``KT. GIÁM ĐỐC`` / ``PHÓ GIÁM ĐỐC``): the signature's, as the name is; and the place
        and date of issue over them (``TP.HCM, ngày 20 tháng 12 năm 2026``) its dateline where none heads it."""
        kinds, labels = self.kinds, self.labels
        above = signer - 1
        while (above >= index and signer - above <= SIGNING_TITLE_LINES and kinds[above] is None
               and signing_title(self.text(above))):
            kinds[above], labels[above] = "byline", "signing title"
            above -= 1
        if (above >= index and above < signer - 1 and kinds[above] is None and "dateline" not in kinds
                and PLACE_AND_DATE_CELL.fullmatch(self.text(above).strip(" *_#"))):
            kinds[above] = "dateline"

    def stray_link_after_signature(self, index: int, last: int) -> bool:
        """The page's last line of text is a topic's or a link's few words (no stop, no name) under the
        furniture that follows the signature: the article had ended at the signature (``H.V`` / ``Bài và ảnh:
        Hoàng Vũ`` / ``Đánh giá bài viết`` / ``Lừa đảo tiền ảo``: the topic the page files it under)."""
        line = self.text(last)
        if words(line) > TAG_MAX_WORDS or SENTENCE_END.search(line) or looks_like_byline(line):
            return False
        before = last - 1
        while before >= index and self.kinds[before] == "boilerplate":
            before -= 1
        if before == last - 1 or before < index or self.kinds[before] is not None:
            return False
        signature = self.text(before).strip()
        return looks_like_byline(signature) or CREDIT_LINE.match(signature) is not None

    def mark_body(self, index: int) -> None:
        """The byline (the last content line before the furniture), then lists, tables, code,
        images and their captions, and paragraphs."""
        kinds = self.kinds
        blocks = block_kinds(self.lines, self.markdown)
        last = self.tail - 1
        while last >= index and (kinds[last] is not None or blocks[last] in ("comment", "footnote", "markup")):
            last -= 1
        if last >= index and not self.mark_contact_block(index, last):
            if self.stray_link_after_signature(index, last):
                kinds[last], self.labels[last] = "boilerplate", "related links"
                while last >= index and (kinds[last] is not None or blocks[last] in ("comment", "footnote", "markup")):
                    last -= 1
            if last >= index:
                self.mark_closing_byline(index, last)
        self.mark_body_lines(index, blocks)

    def mark_contact_block(self, index: int, last: int) -> bool:
        """A press release's contact block at its end (``Thông tin liên hệ:`` / ``Phòng Truyền thông Vietjet``
        / ``Email: …`` / ``Hotline: …``): who released it, its byline, the phone and e-mail lines taken back
        from the furniture. Returns whether there was one."""
        kinds, labels = self.kinds, self.labels
        label = next((i for i in range(last, max(index, last - CONTACT_LINES) - 1, -1)
                      if kinds[i] is None and CONTACT_LABEL.match(self.text(i))), None)
        if label is None:
            return False
        block = []
        for i in range(label + 1, min(label + 1 + CONTACT_LINES, len(self.lines))):
            line = self.text(i)
            field = CONTACT_FIELD.match(line) is not None
            if not (field or kinds[i] is None and words(line) <= CONTACT_LINE_MAX_WORDS and not SENTENCE_END.search(line)):
                break
            block.append(i)
        if not block or block[-1] < last:
            return False  # the label over running text, or over lines that are no contact
        for i in [label, *block]:
            kinds[i], labels[i] = "byline", "contact"
        self.tail = max(self.tail, block[-1] + 1)
        return True

    def mark_body_lines(self, index: int, blocks: list[str | None]) -> None:
        """Lists, tables, code, verse, images and their captions, and paragraphs, once the byline is found."""
        kinds = self.kinds
        if not self.notice:
            self.mark_verse(index)
        for position in range(index, self.tail):
            if kinds[position] is None:
                line = self.text(position)
                if blocks[position]:
                    kinds[position] = blocks[position]
                elif self.markdown and MARKDOWN_IMAGE.match(line) or PHOTO_PLACEHOLDER.match(line) \
                        or position in self.gallery_counters():
                    kinds[position] = "image"  # ![…](…), or a photo story's Ảnh 1 (or a gallery's 1/5) where the photo stood
                elif (self.photo_story() and words(line) <= PLACEHOLDER_CAPTION_MAX_WORDS
                      and CAPTION_LINE.search(line.strip())):
                    kinds[position] = "caption"  # a photo story's captions, each under the photo it had
                elif position > 0 and kinds[position - 1] == "image" and (
                        words(line) < LEAD_MIN_WORDS if self.markdown else words(line) <= PLACEHOLDER_CAPTION_MAX_WORDS):
                    kinds[position] = "caption"
                elif QA_LABEL.match(line):
                    kinds[position], self.labels[position] = "subheading", "question or answer"  # Trả lời: over the answer
                elif (answerer := ANSWERER.match(line)) and looks_like_byline(answerer.group("who")):
                    kinds[position], self.labels[position] = "byline", "answerer"  # Luật sư Nguyễn Thị Lan, …, trả lời:
                elif ROMAN_HEADING.match(line) and words(line) <= INTERTITLE_WORDS[1] + 2:
                    kinds[position] = "subheading"  # I. Phố Hàng Mã và nghề làm đồ chơi Trung thu: a numbered part's title
                elif TO_BE_CONTINUED.match(line):
                    kinds[position], self.labels[position] = "subheading", "next part"  # (Còn nữa): the series goes on
                elif NEXT_PART.match(line) and words(line) <= NEXT_PART_MAX_WORDS and not PART_TITLE_END.search(line):
                    # Kỳ 2: Bản làng giữ rừng after the body: the next part announced; Kỳ 1: … opening it: this part's title
                    kinds[position] = "subheading"
                    self.labels[position] = "next part" if "paragraph" in kinds[index:position] else "part"
                elif not self.markdown and self.fact_line(position):
                    kinds[position], self.labels[position] = "list-item", "facts"  # Pin: 60 kWh, among its like
                elif not self.markdown and not self.notice and self.plain_intertitle(position):
                    kinds[position] = "subheading"  # Biển số làm giá 500.000 đồng, between two paragraphs
                else:
                    kinds[position] = "paragraph"

    def gallery_counters(self) -> frozenset[int]:
        """The lines that are a photo gallery's counter alone (``1/5``, ``2/5`` …, two or more of one gallery,
        counting up): where each photo stood, its caption under it."""
        if self._gallery_counters is None:
            counted: dict[int, list[tuple[int, int]]] = {}
            for index, (_, _, line) in enumerate(self.lines):
                if counter := GALLERY_COUNTER.fullmatch(line.strip()):
                    counted.setdefault(int(counter[2]), []).append((index, int(counter[1])))
            # 1/5, 2/5, 3/5 … one by one from the first, none past the count (a list of days, 30/4 · 1/5 · 2/5 …
            # 6/5, is no gallery)
            self._gallery_counters = frozenset(
                index for total, found in counted.items()
                if len(found) >= 2 and [n for _, n in found] == list(range(1, len(found) + 1)) and len(found) <= total
                for index, _ in found)
        return self._gallery_counters

    def photo_story(self) -> bool:
        """The headline says the article is a photo story (``Ảnh: Lễ hội hoa anh đào …``, ``Chùm ảnh: …``)."""
        headline = next((i for i, kind in enumerate(self.kinds) if kind == "headline"), None)
        return headline is not None and PHOTO_STORY.match(self.text(headline)) is not None

    def plain_intertitle(self, position: int) -> bool:
        """A plain text's intertitle: a line of INTERTITLE_WORDS words with no stop, comma or quotation
        mark, opening with a capital and on no pronoun or title (``Ông nói rằng nghề gốm đang mai một``
        is a sentence missing its stop), after a paragraph and before a paragraph's line of
        LEAD_MIN_WORDS words or more (a copy's intertitles lose the bold that marks them in HTML)."""
        line = self.text(position).strip()
        if (not INTERTITLE_WORDS[0] <= words(line) <= INTERTITLE_WORDS[1] or INTERTITLE_NOT.search(line)
                or not line[0].isupper() or SUBJECT_OPENING.match(line)):
            return False
        previous = next((self.kinds[i] for i in range(position - 1, -1, -1) if self.kinds[i] not in (None, "boilerplate")), None)
        following = next((i for i in range(position + 1, self.tail) if self.text(i).strip()), None)
        if following is None or previous not in ("paragraph", "lead", "list-item"):
            return False
        if self.kinds[following] is None and words(self.text(following)) >= LEAD_MIN_WORDS:
            return previous == "paragraph"
        # Ưu điểm over a list; Thông số kỹ thuật over its facts (Động cơ: điện …), after the lead or a list too
        return LIST_ITEM.match(self.text(following)) is not None or self.fact_line(following)

    def fact_line(self, position: int) -> bool:
        """A line of a sheet of facts (``Động cơ: điện, công suất 150 kW`` / ``Pin: 60 kWh``): a short label, a
        colon, a short value with no stop, among others like it (a neighbour is one too)."""
        def fact(i: int) -> bool:  # (not a credit line, Đồ họa: Minh Hằng, nor a line already another part)
            if not 0 <= i < self.tail:
                return False
            line = self.text(i)
            return (self.kinds[i] in (None, "list-item") and FACT_LINE.match(line) is not None
                    and not SENTENCE_END.search(line) and not CREDIT_LINE.match(line) and not CAPTION_LINE.search(line))
        return fact(position) and (fact(position - 1) or fact(position + 1))

    def mark_verse(self, index: int) -> None:
        """Lines of verse quoted under a line that ends with a colon (``anh viết:`` over a poem's
        lines): two or more lines set one under the other (in Markdown, the lines of one paragraph),
        each of VERSE_MIN_WORDS to VERSE_MAX_WORDS words opening with a capital, no figure and no colon
        (a price list's lines: ``Lúa OM 18: 7.800 - 8.000 đồng/kg``), no full stop before the last. A
        poem's lines end without one; they are no paragraphs missing theirs (HS107)."""
        kinds = self.kinds
        position = index
        while position < self.tail:
            if kinds[position] is not None or position == 0 or not self.text(position - 1).rstrip(" *_").endswith(":"):
                position += 1
                continue
            if self.markdown:
                run = [position] if verse(self.text(position).split("\n")) else []
            else:
                end = position
                while end + 1 < self.tail and kinds[end + 1] is None and end + 1 in self.set_under:
                    end += 1
                run = list(range(position, end + 1)) if verse([self.text(i) for i in range(position, end + 1)]) else []
            for line in run:
                kinds[line] = "verse"
            position = (run[-1] if run else position) + 1

    def administrative_parts(self) -> None:
        """An administrative document's parts by Nghị định 30's names: its heading (issuer, number,
        national name and motto, place and date: the lines down to the motto or the date, in one
        column or two), then the kind of document in capitals as its title (the headline), the
        lines under it its subject (Về việc …) and the authority that issues it, not captions; its
        first paragraph (Căn cứ …, Kính gửi: …) no lead."""
        kinds, labels = self.kinds, self.labels
        heading = [i for i in range(min(len(kinds), ADMINISTRATIVE_DATELINE_LINES))
                   if kinds[i] == "dateline" or ADMINISTRATIVE_HEADING_LINE.search(self.text(i))
                   or heading_cell(self.text(i), PLACE_AND_DATE_CELL)
                   or PLACE_AND_DATE_CELL.fullmatch(self.text(i).strip(" *_#"))]  # a draft's ngày    tháng
        heading_end = heading[-1] + 1 if heading else 0
        title_found = False
        for index, kind in enumerate(kinds):
            line = self.text(index)
            subject = ADMINISTRATIVE_SUBJECT.match(line.strip(" *_#"))  # **Về việc …** in Markdown too
            # under a thông báo's or a báo cáo's title the subject need not open with Về việc (Lịch nghỉ
            # Tết …, Kết luận của …): the line right under the title, without a sentence's last stop
            subject = subject or (title_found and kinds[index - 1] == "headline" and not line.isupper()
                                  and not SENTENCE_END.search(line))
            # a subject wrapped onto the next line (V/v hướng dẫn tổ chức dạy học / hè năm 2027)
            subject = subject or (index and labels[index - 1] == "subject" and index in self.set_under
                                  and line.lstrip()[:1].islower())
            # (an issuer's name in capitals under its parent's, SỞ GIÁO DỤC VÀ ĐÀO TẠO, had read as a byline)
            if index < heading_end and kind in (None, "paragraph", "caption", "headline", "subheading", "table", "byline"):
                kinds[index], labels[index] = "subheading", "subject" if subject else "document heading"
            elif index >= heading_end and not title_found and line.isupper() and (
                    kind in ("headline", "caption") or (kind == "boilerplate" and index == heading_end)):
                # QUYẾT ĐỊNH; THÔNG BÁO right under the heading, which on a web page is a site's notice
                kinds[index], labels[index], title_found = "headline", "", True
            elif kind in ("caption", "headline", "lead") and (line.isupper() or subject):
                kinds[index], labels[index] = "subheading", "subject" if subject else "issuing authority"
            elif subject and kind in ("paragraph", "lead", "caption"):
                kinds[index], labels[index] = "subheading", "subject"
            elif ADDRESSEE.match(line.strip(" *_#")) and kind in ("paragraph", "lead", "caption"):
                kinds[index], labels[index] = "subheading", "addressee"  # Kính gửi: Các sở …, no sentence
            elif kind in ("lead", "headline", "caption"):
                kinds[index] = "paragraph"  # Căn cứ … (a công văn has no title)

    def anatomy(self) -> Anatomy:
        if self.administrative:
            self.administrative_parts()
        anatomy = Anatomy(notice=self.notice)
        for (start, end, line), kind, label in zip(self.lines, self.kinds, self.labels):
            anatomy.parts.append(Part(kind or "paragraph", start, end, line, label))
            if kind == "dateline" and (author := AUTHOR_BEFORE_WEEKDAY.match(line) or POSTED_BY_BEFORE_DATE.match(line)
                                          or AUTHOR_BEFORE_DATE.match(line)) \
                    and looks_like_top_byline(author["name"]) and place_key(author["name"]) not in vietnam_places():
                # (a place before the stamp is the dateline's: Hà Nội | 28/11/2026)
                anatomy.parts.append(Part("byline", start + author.start("name"), start + author.end("name"), author["name"]))
            if kind == "lead":
                tag = source_tag(line)
                if tag and (tag.group("paren") or is_outlet_code(tag.group("bare"))):
                    anatomy.parts.append(Part("source-tag", start + tag.start("tag"), start + tag.end(),
                                              line[tag.start("tag"): tag.end()], tag.group("paren") or tag.group("bare")))
        anatomy.parts.sort(key=lambda p: (p.start, p.kind != "lead"))
        return anatomy


HTML_COMMENT_LINE = re.compile(r"^\s*<!--.*-->\s*$")
FOOTNOTE_LINE = re.compile(r"^\s{0,3}\[\^[^\]\s]+\]:")
# a note on the author under an opinion piece's byline: (*) Tác giả là giảng viên … · * Người viết là …
AUTHOR_NOTE = re.compile(r"^\s*(?:\(\*{1,3}\)|\*{1,3})\s*(?:Tác giả|Người viết|Bài viết thể hiện)\b", re.I)


VERSE_MIN_WORDS = 4
VERSE_MAX_WORDS = 12
VERSE_LINE_END = re.compile(r"[.!?…][*_\"”]*\s*$")
VERSE_NEVER = re.compile(r"\d|:|^[-+•]")  # figures, a label's colon, a list's bullet: a price list, not a poem


def verse(lines: list[str]) -> bool:
    """Two or more lines of a poem (see Anatomy.mark_verse)."""
    texts = [line.strip().strip("*_").strip() for line in lines]
    return len(texts) >= 2 and all(
        VERSE_MIN_WORDS <= words(text) <= VERSE_MAX_WORDS and text[:1].isupper() and not VERSE_NEVER.search(text)
        for text in texts) and not any(VERSE_LINE_END.search(text) for text in texts[:-1])


def block_kinds(lines: list[tuple[int, int, str]], markdown: bool) -> list[str | None]:
    """Per line, the block that is not running prose: a list item (``- …``, ``1. …``; not an interview's
    turns, each opened by a dash, where two or more questions are: ``**- Thưa ông, …?**``), a live
    report's entry heading (``19:12 | VÀO!!! Việt Nam 1-0``, or a time alone over its entry where two or
    more such times stand), and in Markdown a table row, a
    heading below the headline or a line of a fenced code block."""
    found: list[str | None] = []
    in_code = False
    interview = sum(1 for _, _, line in lines if INTERVIEW_QUESTION.match(line)) >= INTERVIEW_QUESTIONS
    live = sum(1 for _, _, line in lines if BARE_TIME.match(line)) >= 2  # a live report's entries under their times
    for _, _, line in lines:
        if markdown and MARKDOWN_FENCE.match(line):
            found.append("code")
            in_code = not in_code
        elif in_code:
            found.append("code")
        elif markdown and MARKDOWN_TABLE_ROW.match(line):
            found.append("table")
        elif markdown and MARKDOWN_ANY_HEADING.match(line):
            found.append("subheading")
        elif markdown and MARKDOWN_RULE.match(line):
            found.append("markup")  # a horizontal rule, a setext underline
        elif markdown and HTML_COMMENT_LINE.match(line):
            found.append("comment")  # <!-- editkit-disable-next-line SP102 -->: no prose
        elif markdown and line.lstrip().startswith("<") and not HTML_TAG.sub("", line).strip():
            found.append("markup")  # an embed written in HTML (<iframe …></iframe>, <div class="ad">): no prose
        elif (markdown and FOOTNOTE_LINE.match(line)) or AUTHOR_NOTE.match(line):
            found.append("footnote")  # [^1]: …; (*) Tác giả là giảng viên …, under an opinion piece's byline
        elif LIST_ITEM.match(line) and not (interview and INTERVIEW_TURN.match(line)):
            found.append("list-item")
        elif live_entry_heading(line) or (live and BARE_TIME.match(line)):
            found.append("subheading")  # 19:12 | VÀO!!!; a time alone over its entry in a live report
        else:
            found.append(None)
    for start, end in tab_separated_rows(lines):
        if all(kind in (None, "table") for kind in found[start:end]):  # (not a live report's 09:15 | … entries)
            found[start:end] = ["table"] * (end - start)
    return found


def tab_cells(line: str) -> int:
    """The cells of a line a browser copied from a table (cells between tabs, none empty), or 0."""
    cells = line.strip().split("\t")
    return len(cells) if len(cells) >= 2 and all(cell.strip() for cell in cells) else 0


def bar_cells(line: str) -> int:
    """The cells of a line typed as a table's row with bars between its cells (``Hà Nội | 15 - 17 độ | Nắng``;
    no Markdown table's outer bars), none empty, or 0."""
    cells = line.strip().split(" | ")
    short = all(cell.strip() and words(cell) <= BAR_CELL_MAX_WORDS and not SENTENCE_END.search(cell) for cell in cells)
    return len(cells) if len(cells) >= 2 and short and "\t" not in line else 0  # (a live report's 21:45 | entries: sentences)


BAR_TABLE_MIN_ROWS = 3  # a header and two rows: a single line with a bar is a breadcrumb or a date stamp's
BAR_CELL_MAX_WORDS = 8  # a cell's words at most: no running text


def tab_separated_rows(lines: list[tuple[int, int, str]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of two lines or more with as many tab-separated cells each: a table as
    a copy from a browser leaves it (``Hà Nội\t15 - 17 độ\t22 - 24 độ\tNhiều mây``), no paragraphs; and of
    each run of three lines or more with as many cells between bars."""
    index = 0
    while index < len(lines):
        end = index + 1
        for cells_of, least in ((tab_cells, 2), (bar_cells, BAR_TABLE_MIN_ROWS)):
            cells = cells_of(lines[index][2])
            end = index + 1
            while cells and end < len(lines) and cells_of(lines[end][2]) == cells:
                end += 1
            if cells and end - index >= least:
                yield index, end
                break
            end = index + 1
        index = end


def live_entry_heading(line: str) -> bool:
    """A live report's entry heading: a time and a few words (``19:12 | VÀO!!! Việt Nam 1-0``), not an
    entry told in a sentence of its own (``20:35 - Hết hiệp một, Việt Nam dẫn 1-0.``: a paragraph, as the
    longer entries around it are)."""
    entry = LIVE_ENTRY_HEADING.match(line)
    return (entry is not None and words(entry.group("rest")) <= LIVE_ENTRY_MAX_WORDS
            and not entry.group("rest").rstrip().endswith("."))


def looks_like_headline(line: str, markdown: bool) -> bool:
    if markdown:
        return MARKDOWN_HEADING.match(line) is not None
    return words(line) < LEAD_MIN_WORDS and not source_tag(line)


EMAIL_LINE = re.compile(r"^\s*[\w.+-]+@[\w-]+(\.[\w-]+)+\s*$")


@lru_cache(maxsize=1)
def known_outlets() -> frozenset[str]:
    """The news outlets of ``dictionaries/structure/outlets.txt``, lowercased."""
    from editkit.vocabulary import entries

    return frozenset(line.lower() for line in entries(dictionary_path("structure", "outlets.txt")))


def known_outlet(line: str) -> bool:
    """The line is a news outlet's name alone (Thanh Niên, Tuổi Trẻ, VnExpress)."""
    return line.lower() in known_outlets()


def looks_like_top_byline(line: str) -> bool:
    """An author's name alone on the line under the headline (Thanh Hà, Trần Minh - Hoàng Sơn),
    or after a blog's word for it (bởi Ngọc Trâm, Đăng bởi: Minh Anh), the source with its paper after a
    bar (Theo Phan Anh | Pháp luật & Bạn đọc), or the author's e-mail
    address: up to six capitalised words, no digit, no punctuation of a caption or sentence."""
    stripped = line.strip()
    if EMAIL_LINE.match(stripped):
        return True
    posted_by = POSTED_BY.match(stripped)
    if posted_by:
        stripped = stripped[posted_by.end():]
        # (after the CMS's word, an office may sign too: bởi Văn phòng UBND xã)
        return 1 <= words(stripped) <= 6 and not any(c.isdigit() for c in stripped) and (
            looks_like_byline(stripped) or stripped[:1].isupper() and not SENTENCE_END.search(stripped))
    if BYLINE_SOURCE.match(stripped) and " | " in stripped and not any(c.isdigit() for c in stripped):
        return True  # the author and the paper the story is taken from, after a bar: Theo Phan Anh | Pháp luật & Bạn đọc
    return (2 <= words(stripped) <= 6 and not any(c.isdigit() for c in stripped)
            and not SENTENCE_END.search(stripped) and ":" not in stripped and looks_like_byline(stripped))


# a blog's or a CMS's word before the author's name under the headline (WordPress: bởi Ngọc Trâm)
POSTED_BY = re.compile(r"(?:(?:đăng|viết|gửi)\s+)?bởi\s*:?\s+|người\s+(?:đăng|viết)\s*:\s*", re.I)
# the author's name and a bar before the stamp, as some entertainment sites print it: Lê Hằng | 28/11/2026 10:20 AM
AUTHOR_BEFORE_DATE = re.compile(r"^\s*(?P<name>[^\W\d_][^\n|·•–-]{1,40}?)\s+[|·•]\s+(?=\d)")
# the same word before the author's name and the date on one line (Đăng bởi Hà Vy | 18/01/2032): a dateline's byline
POSTED_BY_BEFORE_DATE = re.compile(rf"^\s*(?:{POSTED_BY.pattern})(?P<name>[^\W\d_][^\n|–-]{{1,40}}?)\s+[|–-]\s+(?=\d)", re.I)


def credit_line_over_headline(line: str) -> bool:
    """A credit line with its label (``Bài và ảnh: Minh Hà``, ``Thực hiện: Thu Hà``) on the first line,
    over the headline: the author's, not the headline (a bare name there could be a headline)."""
    stripped = line.strip()
    return ":" in stripped and len(stripped) <= BYLINE_MAX_CHARACTERS and collective_byline().match(stripped) is not None


def related_headline(line: str) -> bool:
    """A linked headline under a related-links label: a short capitalised line with no stop at its
    end, and no byline (the author's name may close the article right under the box)."""
    stripped = line.strip()
    return (1 < words(stripped) <= RELATED_LINK_MAX_WORDS and stripped[:1].isupper()
            and not SENTENCE_END.search(stripped) and not looks_like_byline(stripped))


def source_tag_follows(lines, kinds, index: int, tail: int) -> bool:
    """The next line opens with a news source tag, as leads do: ``(VOV) -``, ``TPO -``."""
    following = index + 1
    if following >= tail or kinds[following] is not None:
        return False
    tag = source_tag(lines[following][2])
    return bool(tag and (tag.group("paren") or is_outlet_code(tag.group("bare"))))


OUTLET_DOMAIN = re.compile(r"[A-Za-zĐđ]{2,}(?:\.[A-Za-z]{2,3})?\.(?:vn|VN|com|net|org)")
# the outlet's domain and the section on one line over the dateline (VOV.VN - Đời sống)
SITE_AND_SECTION = re.compile(rf"{OUTLET_DOMAIN.pattern}\s*[-–|]\s*[^\W\d_][^\W\d_]*(?: [^\W\d_]+){{0,3}}")


def is_outlet_code(word: str | None) -> bool:
    """TTO, VOV, TTXVN, PLO, VTC: the short capitals news outlets put before the lead; or the outlet's
    domain written bare (VTV.vn, Baoquocte.vn), or a name ``bare-source-tags.txt`` lists (Kinhtedothi)."""
    return bool(word) and ((word.isupper() and 2 <= len(word) <= 6) or OUTLET_DOMAIN.fullmatch(word) is not None
                           or word in bare_source_tags())


@lru_cache(maxsize=1)
def bare_source_tags() -> frozenset[str]:
    """The outlets that write their name bare before the lead: ``dictionaries/structure/bare-source-tags.txt``."""
    from editkit.vocabulary import entries

    return frozenset(entries(dictionary_path("structure", "bare-source-tags.txt")))


def related_link_in_tail(lines, kinds, index: int) -> bool:
    """A headline-like line (no final stop) right before or after a related-links label."""
    line = lines[index][2]
    if line.rstrip().endswith((".", ";", "…")) or words(line) > 25 or looks_like_byline(line):
        return False  # a sentence, or a byline between the related links and the tags
    # (a linked headline may end with ? or ! or a quote: 'Học sinh cần chuẩn bị gì?')
    before = [k for k in kinds[max(0, index - 8): index]]
    neighbour_labels = [furniture_kind(lines[i][2]) for i in range(max(0, index - 8), index)]
    return any(found and found[0] == "related" for found in neighbour_labels) and "byline" not in before
