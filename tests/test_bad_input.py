"""Bad input never gives a traceback: one line naming the path, exit 2, other files still checked."""

from __future__ import annotations

import codecs
import os
import time
from pathlib import Path

import pytest

from conftest import run_cli, validate

GOOD = "Bài viết có khoảng trắng cuối dòng. \n"


@pytest.fixture
def good(isolated_dir):
    (isolated_dir / "good.txt").write_text(GOOD, encoding="utf-8")
    return "good.txt"


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("editkit: error:")]


def assert_unreadable(run, path: str, words: str) -> None:
    assert run.exit_code == 2
    lines = error_lines(run.stderr)
    assert len(lines) == 1 and lines[0].startswith(f"editkit: error: {path}: ") and words in lines[0]
    assert "Traceback" not in run.stderr + run.stdout


def test_missing_path(good):
    run = run_cli("lint", "--format", "concise", "nope.md", good)
    assert_unreadable(run, "nope.md", "No such file")
    assert "good.txt:1:" in run.stdout  # the other file was still checked


def test_binary_file(good, isolated_dir):
    (isolated_dir / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    run = run_cli("lint", "--format", "concise", "photo.txt", good)
    assert_unreadable(run, "photo.txt", "binary file")
    assert "good.txt:1:" in run.stdout


def test_invalid_utf8_says_where(good, isolated_dir):
    (isolated_dir / "bad.txt").write_bytes("Dòng một\nDòng hai \xff".encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    run = run_cli("lint", "--format", "concise", "bad.txt", good)
    assert_unreadable(run, "bad.txt", "invalid UTF-8 at line 2, column 10")
    assert "good.txt:1:" in run.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_a_folder_is_skipped_not_waited_for(isolated_dir):
    folder = isolated_dir / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "pipe.md")  # reading it would wait for a writer forever
    (folder / "gone.md").symlink_to(folder / "deleted.md")  # a broken link is still reported
    run = run_cli("lint", "--format", "concise", "articles")
    assert "a.md:1:" in run.stdout and "pipe.md" not in run.stdout + run.stderr
    assert_unreadable(run, str(Path("articles") / "gone.md"), "No such file")


def test_errors_are_reported_after_other_inputs(good, isolated_dir):
    (isolated_dir / "bin.md").write_bytes(b"\x00")
    run = run_cli("lint", "--format", "json", "bin.md", good, "missing.txt")
    data = run.json()
    validate(data, "lint-output.schema.json")
    assert [f["path"] for f in data["files"]] == ["bin.md", "good.txt", "missing.txt"]
    assert data["files"][0]["error"] and data["files"][2]["error"]
    assert data["files"][1]["diagnostics"]
    assert run.exit_code == 2


def test_empty_file_gets_a_diagnostic(isolated_dir):
    (isolated_dir / "empty.md").write_bytes(b"")
    run = run_cli("lint", "--format", "json", "empty.md")
    (file,) = run.json()["files"]
    assert file["error"] is None
    assert [d["name"] for d in file["diagnostics"]] == ["empty-document"]


@pytest.mark.parametrize("encoding,bom", [
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE),
])
def test_utf16_and_utf32_with_bom_are_linted(isolated_dir, encoding, bom):
    text = "Thành\u200b phố Thủ Đức\n"
    (isolated_dir / "wide.txt").write_bytes(bom + text.encode(encoding))
    run = run_cli("lint", "--format", "json", "wide.txt")
    (file,) = run.json()["files"]
    names = [d["name"] for d in file["diagnostics"]]
    assert names == ["non-utf8-encoding", "invisible-character"]
    assert file["diagnostics"][0]["severity"] == "info"
    assert file["diagnostics"][1]["start"]["column"] == 6
    fixed = run_cli("lint", "--fix", "wide.txt")
    assert fixed.exit_code == 0
    data = (isolated_dir / "wide.txt").read_bytes()
    assert data.startswith(bom) and data[len(bom):].decode(encoding) == "Thành phố Thủ Đức\n"


def test_malformed_front_matter_is_a_diagnostic(isolated_dir):
    (isolated_dir / "a.md").write_text("---\ntitle: ok\nauthor: [Ngọc Thắm\n---\nNội dung.\n", encoding="utf-8")
    run = run_cli("lint", "--format", "json", "a.md")
    (file,) = run.json()["files"]
    assert file["error"] is None
    (d,) = file["diagnostics"]
    assert d["name"] == "invalid-front-matter" and d["severity"] == "error"
    assert "line" in d["message"]
    assert run.exit_code == 1


def test_toml_front_matter_is_front_matter(isolated_dir):
    """Hugo's +++ TOML block: parsed for the date, never linted as text nor rewritten by --fix (curling
    its straight quotes would break the TOML); a broken one is a diagnostic with its line."""
    article = ('+++\ntitle = "Giá vàng tăng"\ndate = 2024-09-16\nauthor = "Thu Hằng"\n+++\n\n'
               "(VnEconomy) - Phiên chiều 16/9, VN-Index tăng 12,45 điểm lên 1.301,2 điểm.\n\nThu Hằng\n")
    (isolated_dir / "a.md").write_text(article, encoding="utf-8")
    assert run_cli("dates", "--format", "json", "a.md").json()["reference"] == "2024-09-16"
    run_cli("lint", "--fix", "--unsafe-fixes", "a.md")
    assert (isolated_dir / "a.md").read_text("utf-8").startswith('+++\ntitle = "Giá vàng tăng"\n')
    (isolated_dir / "b.md").write_text('+++\ntitle = "Giá\ndate = 2024-09-16\n+++\n\nNội dung.\n', encoding="utf-8")
    (d,) = run_cli("lint", "--format", "json", "b.md").json()["files"][0]["diagnostics"]
    assert d["name"] == "invalid-front-matter" and "invalid TOML" in d["message"] and "(line 2)" in d["message"]


@pytest.mark.parametrize("line,words", [
    ("date: 2028-13-45", "month must be in 1..12"),  # a timestamp YAML cannot build
    ("date: 2028-02-30", "day is out of range"),
    ("x: !!int abc", "invalid literal"),
    ("x: !!timestamp 20", "a value its YAML tag cannot build"),
])
def test_a_front_matter_value_yaml_cannot_build_is_a_diagnostic(isolated_dir, line, words):
    """``date: 2028-13-45`` raised ValueError out of the YAML loader: an internal error, exit 2, and
    nothing of the file linted. Now the block's error, with its line; every command reads the file."""
    (isolated_dir / "a.md").write_text(f"---\ntitle: Tin\n{line}\nauthor: A\n---\n\nNội dung bài viết.\n", "utf-8")
    run = run_cli("lint", "--format", "json", "a.md")
    (d,) = run.json()["files"][0]["diagnostics"]
    assert d["name"] == "invalid-front-matter" and words in d["message"] and "(line 3)" in d["message"]
    assert run.exit_code == 1
    for command in ("dates", "structure", "report"):
        assert run_cli(command, "a.md").exit_code == 0


@pytest.mark.parametrize("date", ["0001-01-01", "1850-06-01", "9999-12-31"])
def test_a_publication_date_past_the_calendar_is_reported_not_crashed_on(isolated_dir, date):
    """``date: 9999-12-31`` (a placeholder) made every date rule fail on the year 10000 and ``editkit
    dates`` print a traceback; the lunar calendar stops at 1900 and 2100. Now ST114 says so, the
    article's days stay unresolved, and --ref refuses such a date with exit 2."""
    body = ("Hà Nội, ngày 5/5\n\nTin tức về thời tiết trong tuần\n\nSáng mai, Tết Nguyên đán, thứ Hai tuần sau, "
            "ngày 3/5 năm sau. Ngày 2 tháng 9 năm 1789 (tức ngày 14 tháng 7 âm lịch). Từ 30/12/9999 đến 2/1.\n")
    (isolated_dir / "a.md").write_text(f"---\ntitle: Tin\ndate: {date}\nauthor: A\n---\n\n{body}", "utf-8")
    run = run_cli("lint", "--format", "json", "a.md")
    assert run.exit_code == 1 and "internal error" not in run.stderr
    assert [d["rule"] for d in run.json()["files"][0]["diagnostics"] if d["rule"] in ("ST114", "ST001")] == ["ST114"]
    dates = run_cli("dates", "--format", "json", "a.md")
    assert dates.exit_code == 0 and dates.json()["reference"] is None
    refused = run_cli("dates", "--ref", date, "a.md")
    assert refused.exit_code == 2 and "--ref must lie between" in refused.stderr


def test_front_matter_that_is_not_a_mapping(isolated_dir):
    (isolated_dir / "a.md").write_text("---\n- just\n- a list\n---\nNội dung.\n", encoding="utf-8")
    (d,) = run_cli("lint", "--format", "json", "a.md").json()["files"][0]["diagnostics"]
    assert d["name"] == "invalid-front-matter" and "mapping" in d["message"]


def test_yaml_alias_bomb_is_bounded(isolated_dir):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        previous, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    (isolated_dir / "bomb.md").write_text("---\n" + "\n".join(lines) + "\n---\nNội dung.\n", encoding="utf-8")
    started = time.perf_counter()
    run = run_cli("lint", "--format", "json", "bomb.md")
    assert time.perf_counter() - started < 5
    (d,) = run.json()["files"][0]["diagnostics"]
    assert d["name"] == "invalid-front-matter" and "alias" in d["message"]


def test_python_tags_are_not_executed(isolated_dir):
    (isolated_dir / "evil.md").write_text("---\nx: !!python/object/apply:os.system ['echo hacked']\n---\nA.\n", encoding="utf-8")
    (d,) = run_cli("lint", "--format", "json", "evil.md").json()["files"][0]["diagnostics"]
    assert d["name"] == "invalid-front-matter"


def test_unreadable_config(isolated_dir, good):
    (isolated_dir / "editkit.toml").write_text("select = [\n", encoding="utf-8")
    run = run_cli("lint", good)
    assert run.exit_code == 2
    (line,) = error_lines(run.stderr)
    assert "editkit.toml" in line and "invalid TOML" in line


def test_config_error_in_one_folder_does_not_stop_others(isolated_dir, good):
    sub = isolated_dir / "desk"
    sub.mkdir()
    (sub / "editkit.toml").write_text('colour = "red"\n', encoding="utf-8")
    (sub / "a.txt").write_text("x\n", encoding="utf-8")
    run = run_cli("lint", "--format", "concise", "desk/a.txt", good)
    assert run.exit_code == 2
    assert "good.txt:1:" in run.stdout
    (line,) = error_lines(run.stderr)
    assert "desk/a.txt" in line and "unknown key 'colour'" in line


def test_directory_as_stdin_filename_and_missing_config_file(good):
    run = run_cli("lint", "--config", "nowhere.toml", good)
    assert run.exit_code == 2 and "nowhere.toml" in run.stderr


# seconds a hostile text of up to a million characters may take: the quadratic cases these guard took from
# 30 s to 20 minutes, while linear work on it takes 1-4 s on this shared 2-core machine, whose
# speed varies by nearly twice from one day to the next; a longer text gets as many seconds per
# million (the hard-wrapped sentence of 1.6 million takes 6-7 s of linear work)
LINEAR_BUDGET = 10


def linear_budget(text: str) -> float:
    return LINEAR_BUDGET * max(1.0, len(text) / 1_000_000)


@pytest.mark.parametrize("text", [
    "ă" * 200_000,  # one 'word': each one-letter deletion of it was tried as a syllable (32 s)
    "ngày 1/1 " * 5000,  # dates without a full stop: each searched the whole text for cues
    "Xin chào " + "q" * 20_000 + " và Austalia.",  # a letter run too long for a foreign name's slips
    " " * 200_000,  # one blank line: the dateline's search for lines retried it from every space
    "\n\n" * 50_000,  # blank lines: the time pattern's optional cue let its spaces start anywhere
    "“" * 40_000,  # unclosed quotes: each searched the rest of the text for its closing one
    "Theo " * 20_000,  # one run of capitalised words: each word walked the whole run
    "<!-- " * 40_000,  # unclosed HTML comments: each searched the rest of the text for -->
    "phi chính phủ " * 20_000,  # a house-style exception phrase: each term was checked against all of them
    "nguoi dan " * 16_000,  # one sentence without marks: its restoration copied the best path at every word
    "nguoi dan phuong khuong dinh. " * 5_000,  # unmarked sentences: each run of words was checked against all of them
    "Cách Mạng Tháng Tám, " * 8_000,  # named events in a list: each looked at the rest of the text for the next name
    "Hãng hàng không vừa công bố kế hoạch mua thêm máy bay mới. " * 3
    + '"The airline said it would hire pilots for the new routes." ' * 20_000,  # quoted English: each looked through every quote
    "Hãng hàng không vừa công bố kế hoạch mua thêm máy bay mới. " + "x " * 200_000,  # one long ASCII line: a VIQR
    # line pattern that opened with [^\n]* was tried from every position of it
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố" + " " * 200_000
    + "\nNơi nhận:\n" + "- Như trên, " * 20_000,  # an administrative heading: a number and symbol pattern
    # tried from every space of a line (ST121) was quadratic
    "<br" + " " * 200_000 + "x",  # an unclosed tag and its spaces (ST123)
    "Ngày 1/12, họ đến. Chiều cùng ngày, họ về. Giá tăng so với tháng trước. " * 4_000,  # each day told last
    # looked through every date before it, and each one found re-sorted them all
    "&" * 100_000 + "<a " * 50_000,  # ampersands and unclosed tags (ST123, the mask)
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNơi nhận:\n" + "\n" * 100_000 + "- Lưu: VT.",
    # blank lines under the recipients: each looked ahead through the rest for the next recipient (ST122)
    "Người dân thành phố đón Tết. " + "x" * 50_000 + " " + "ngfay" + "f" * 50_000,  # one word of 50,000 letters:
    # read as Telex keystrokes (DI106), each key looked back over all the letters before it
    "Ng\xadêi d©n vÒ quª ¨n TÕt. " + "x" * 60_000 + " sím.",  # a long word without a character legacy
    # encodings produce, in a text with mojibake: the garbled-run pattern was tried from every letter of it (EN109)
    "Thứ Hai, 5/1/2026\n\nTin mới\n\nHọ đã về " + "ngày 1/2/2027 " * 5_000,  # dates after publication in one
    # endless sentence: each searched the whole line for its tense (DT104)
    "Liên hệ: " + "đ" * 60_000 + " hoặc toasoan@tuoitre.vn.",  # a long word before an e-mail address: the
    # address pattern was tried from every letter of it (the mask every prose rule reads)
    "Người dân đã về. " + "xq ngày " * 40_000,  # short non-words in one long clause: each read the whole
    # clause for its language (SP101)
    "Thứ Hai, 5/1/2026\n\nTin\n\n" + "TP.HCM " * 10_000 + ")",  # one variant of a consistency rule again and
    # again on one line: each looked at the whole line for capitals (HS103)
    "Tin mới\n\nLúc 10h" + " " * 40_000 + "x.",  # a date or a time before a long run of spaces: the date patterns'
    # optional spaces (\s*,?\s*) backtracked over the run once for each of its characters (7 s at 12,000)
    "Tin mới\n\nTừ tháng Chạp" + "\u00a0" * 40_000 + "x.",
    "Tin mới\n\nLúc 10h" + "\n " * 20_000 + "x.",  # and lines of one space each: \s*,?\s* across them
    "Tin mới\n\nTháng 12" + "\n " * 20_000 + "x.",  # (a month's year: \s*(?:/|-|,?\s+năm\s+)\s*)
    "Tin mới\n\nNgười dân đã về quê ăn Tết cùng gia đình " + "a" * 80_000,  # a paragraph ending in a long word
    # without its stop: the contact-line pattern (an e-mail's name) was tried from every letter of it (HS107)
    "Tin mới\n\n" + "một câu dài bị ngắt dòng giữa chừng vì bản PDF dán vào có độ rộng cố định và\n" * 20_000 + "x.",
    # one sentence hard-wrapped over 20,000 lines: the paragraph it makes was sliced again for every line
    "Tin mới\n\n" + "Quy ết đị nh củ a Ủ y ban thà nh phố " * 3_000 + "x.",  # split syllables by the thousand (SP109)
    " " * 200_000 + "\nCáo phó\n",  # a line of spaces over a notice's title: its first line was sought from
    # every space of it
    "Tin mới\n\nCác năm 2025" + ", 2026" * 20_000 + ".",  # a flood of listed years: each looked back over
    # all the years before it for the năm that opens the list
    "Mục lục\n" + "".join(f"Mục {i} của bài\n" for i in range(10_000)) * 2,  # a table of contents of 10,000
    # entries the text prints again: each entry looked for its repeat through every line after it
])
def test_hostile_text_is_linted_in_linear_time(text):
    assert seconds_to_lint(text, "a.txt") < linear_budget(text)


def seconds_to_lint(text: str, path: str) -> float:
    """How long every rule takes on ``text`` read as the file ``path``."""
    from pathlib import Path

    from editkit.config import resolve_settings
    from editkit.document import Document
    from editkit.engine import LintContext, lint_document

    context = LintContext(resolve_settings(Path("."), isolated=True))
    started = time.perf_counter()
    lint_document(Document.from_text(text, path), context)
    return time.perf_counter() - started


@pytest.mark.parametrize("text", [
    "Người dân đã đến. " + "`" * 60_000 + ")",  # a run of backticks: each shorter opening of a code span
    # scanned the rest of the run (the Markdown mask every prose rule reads)
    "---\n" + "".join(f"k{i % 50}: {i}\n" for i in range(20_000)) + "---\n\nXin chào.\n",  # front-matter keys
    # written again by the thousand: each repeat's line offset was counted from the block's top (ST127; 23 s)
])
def test_hostile_markdown_is_linted_in_linear_time(text):
    assert seconds_to_lint(text, "a.md") < linear_budget(text)


def test_clean_and_garbled_lines_by_turns_are_decoded_in_linear_time():
    """Each garbled line once counted every garbled run of the document (EN109)."""
    from pathlib import Path

    from editkit.config import resolve_settings
    from editkit.document import Document
    from editkit.engine import LintContext, lint_document

    lines = ("Người dân thành phố đón Tết trong không khí vui tươi.\n"
             "Ng\xadêi d©n vÒ quª ¨n TÕt sím, lÔ héi mïa xu©n ®«ng vui, phè ph\xadêng rùc rì.\n")
    context = LintContext(resolve_settings(Path("."), isolated=True, overrides={"select": ["EN109"]}))
    started = time.perf_counter()
    found = lint_document(Document.from_text(lines * 8_000, "a.txt"), context)
    assert time.perf_counter() - started < LINEAR_BUDGET and len(found) == 8_000 * 16  # every garbled word of every other line


@pytest.mark.parametrize("page", [
    "<html><body><article><p>a" + " " * 200_000 + "b -</p></article></body></html>",  # the trailing separator's
    # pattern was tried from every space of a block
    "<html><body><table><tr><td>" + "x<br>" * 50_000 + "</td></tr></table></body></html>",  # a cell's lines
    # elements nested 50,000 deep: each end tag looked through the open ones, each block joined their path
    "<div>" * 50_000 + "<p>Tin tức hôm nay</p>" + "</div>" * 50_000,
    "<div><span>" * 20_000 + "Tin" + "</p>" * 20_000,  # never closed, and end tags of nothing open
])
def test_hostile_web_pages_are_read_in_linear_time(page):
    from editkit.extract.html_article import extract_html

    started = time.perf_counter()
    extracted = extract_html(page)
    assert time.perf_counter() - started < 5
    assert all(len(locator) < 200 for _, _, locator in extracted.blocks)  # a deep page's element paths are shortened


def test_a_word_file_of_many_paragraphs_is_read_in_linear_time():
    """python-docx looks through every style for each paragraph's style name: 20,000 paragraphs took
    half a minute to read. The names now come from a table of the styles built once."""
    import io

    import docx

    from editkit.extract.docx_article import extract_docx

    document = docx.Document()
    for number in range(20_000):
        document.add_paragraph(f"Đoạn {number} ngày 5/5.")
    document.add_paragraph("Những con số", style="Heading 2")
    buffer = io.BytesIO()
    document.save(buffer)
    started = time.perf_counter()
    extracted = extract_docx(buffer.getvalue())
    assert time.perf_counter() - started < 5
    assert extracted.blocks[-1][2] == "paragraph 20001 (Heading 2)" and extracted.blocks[0][2] == "paragraph 1"
