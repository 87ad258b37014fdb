"""The fixer: by offset, BOM and line endings kept, atomic, stable; --diff and stdin."""

from __future__ import annotations

import codecs
import os
import stat

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_cli
from editkit.config import resolve_settings
from editkit.document import Document
from editkit.engine import LintContext, lint_document
from editkit.fixer import apply_fixes, fix_until_stable

FRONT = '---\ntitle: "Quận 9"   # giữ nguyên comment\ntags: [a,   b]\n---\n'
BODY = "Tie\u0302\u0301ng Vie\u0323\u0302t\u200b \r\nDòng hai \r\n"


def test_fix_keeps_bom_crlf_front_matter_and_mode(isolated_dir):
    path = isolated_dir / "a.md"
    path.write_bytes(codecs.BOM_UTF8 + (FRONT.replace("\n", "\r\n") + BODY).encode("utf-8"))
    os.chmod(path, 0o640)
    run = run_cli("lint", "--fix", "--select", "encoding", "a.md")
    assert run.exit_code == 0, run.stdout
    assert "Fixed 5 issues in a.md" in run.stderr
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    text = data[3:].decode("utf-8")
    assert text == FRONT.replace("\n", "\r\n") + "Tiếng Việt\r\nDòng hai\r\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert not [p for p in isolated_dir.iterdir() if "editkit-tmp" in p.name]


def test_a_read_only_file_is_not_fixed(isolated_dir):
    """The atomic rename replaced a read-only file (the directory being writable): ``--fix`` now leaves
    it as it is, says so, and exits 2; its findings are not counted for a file in error."""
    path = isolated_dir / "a.txt"
    path.write_text("Tin tức hôm nay\n\nBài viết có \"trích dẫn\" ở đây.\n", encoding="utf-8")
    os.chmod(path, 0o444)
    try:
        run = run_cli("lint", "--fix", "--format", "json", "a.txt")
        assert run.exit_code == 2 and "read-only" in run.stderr
        assert path.read_text("utf-8").count('"') == 2 and stat.S_IMODE(path.stat().st_mode) == 0o444
        report = run.json()
        assert report["files"][0]["diagnostics"] == [] and report["summary"]["diagnostics"] == 0
    finally:
        os.chmod(path, 0o644)


def test_a_file_named_twice_is_linted_and_fixed_once(isolated_dir):
    (isolated_dir / "a.txt").write_text("Tin tức hôm nay\n\nBài viết có \"trích dẫn\" ở đây.\n", encoding="utf-8")
    run = run_cli("lint", "--format", "json", "--select", "HS101", "a.txt", "./a.txt", ".")
    assert [f["path"] for f in run.json()["files"]] == ["a.txt"]
    run = run_cli("lint", "--fix", "a.txt", "a.txt")
    assert "Fixed 1 issue in a.txt" in run.stderr and run.stderr.count("a.txt") == 1


def test_fix_exit_code_reflects_remaining_findings(isolated_dir):
    (isolated_dir / "a.txt").write_text("Ngh\ufffd quyết \n", encoding="utf-8")
    run = run_cli("lint", "--fix", "a.txt")
    assert run.exit_code == 1  # the replacement character has no fix
    assert (isolated_dir / "a.txt").read_text("utf-8") == "Ngh\ufffd quyết\n"
    assert "Fixed 1 issue in a.txt" in run.stderr


def test_unsafe_fixes_need_the_flag(isolated_dir):
    (isolated_dir / "a.txt").write_text("Hà\x0b Nội\n", encoding="utf-8")
    assert run_cli("lint", "--fix", "a.txt").exit_code == 1
    assert (isolated_dir / "a.txt").read_text("utf-8") == "Hà\x0b Nội\n"
    assert run_cli("lint", "--fix", "--unsafe-fixes", "a.txt").exit_code == 0
    assert (isolated_dir / "a.txt").read_text("utf-8") == "Hà Nội\n"


def test_diff_writes_nothing(isolated_dir):
    (isolated_dir / "a.txt").write_text("Dòng một \nDòng hai\n", encoding="utf-8")
    run = run_cli("lint", "--diff", "a.txt")
    assert run.exit_code == 1
    assert "--- a/a.txt" in run.stdout and "+++ b/a.txt" in run.stdout
    assert "-Dòng một \n+Dòng một\n" in run.stdout
    assert (isolated_dir / "a.txt").read_text("utf-8") == "Dòng một \nDòng hai\n"
    clean = isolated_dir / "b.txt"
    clean.write_text("Sạch.\n", encoding="utf-8")
    assert run_cli("lint", "--diff", "b.txt").exit_code == 0


def test_fix_stdin_writes_fixed_text_to_stdout(isolated_dir):
    run = run_cli("lint", "--fix", "-", input="Thành\u200b phố \n".encode("utf-8"))
    assert run.stdout == "Thành phố\n"
    assert run.exit_code == 0


def test_lint_stdin_with_filename(isolated_dir):
    run = run_cli("lint", "--format", "json", "--stdin-filename", "bai.md", "-", input=b"a  \nb \n")
    (file,) = run.json()["files"]
    assert file["path"] == "-"
    assert [d["start"]["line"] for d in file["diagnostics"]] == [2]  # markdown hard break kept


def test_overlapping_fixes_are_skipped_then_applied_next_pass():
    from editkit.diagnostics import Diagnostic, Edit, Fix, Position

    def diagnostic(start, end, replacement):
        p = Position(1, start + 1, start)
        return Diagnostic("EN999", "x", "encoding", "warning", "m", p, Position(1, end + 1, end), "",
                          fix=Fix.safe(Edit(start, end, replacement)))

    text, count = apply_fixes("abcdef", [diagnostic(0, 3, "X"), diagnostic(2, 4, "Y"), diagnostic(5, 6, "Z")], False)
    assert (text, count) == ("XdeZ", 2)


def lint_text(text: str):
    document = Document.from_text(text, "a.txt")
    context = LintContext(resolve_settings(document_root(), isolated=True))
    return lint_document(document, context)


def document_root():
    from pathlib import Path

    return Path(".")


MESSY_ALPHABET = st.sampled_from(
    list("aăâeêoôơuưy đĐ\t\n") + ["\r\n", "\r", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u200b",
                                  "\u00ad", "\ufeff", "\x0b", "\x85", "\ufffd", "\u00a0", "ệ", "ờ", "😀", "\u200d"]
)
messy_text = st.lists(MESSY_ALPHABET, max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy_text)
def test_fix_is_idempotent_and_edits_stay_inside_diagnostics(text):
    diagnostics = lint_text(text)
    for d in diagnostics:
        assert d.text == text[d.start.offset:d.end.offset]
        if d.fix:
            for edit in d.fix.edits:
                assert d.start.offset <= edit.start <= edit.end <= d.end.offset
    once = fix_until_stable(text, lint_text, unsafe=True).text
    twice = fix_until_stable(once, lint_text, unsafe=True).text
    assert once == twice


SYLLABLES = ("khác", "cũng", "lập", "tức", "Tây", "Ban", "Nha", "quân", "đội", "dội", "phục", "phuc", "vụ", "Hy",
             "Lạp", "Lap", "trong", "tromg", "đó", "đố", "lòai", "loài", "sử", "xử", "dụng", "Hà", "Nội", "Nẳng",
             "Đà", "gin", "và", "người", "ngươì", "hoà", "hòa", "Kitô", "online", "U23", "2021")
SEPARATORS = st.sampled_from([" ", " ", " ", "", ", ", ". ", "\n", "\r\n"])
vietnamese_like = st.lists(st.tuples(st.sampled_from(SYLLABLES), SEPARATORS), max_size=25).map(
    lambda parts: "".join(word + gap for word, gap in parts))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_like)
def test_fixing_vietnamese_like_text_twice_equals_once(text):
    """Real syllables, slips, merged words and line endings: every fix, unsafe ones too, converges."""
    once = fix_until_stable(text, lint_text, unsafe=True).text
    assert fix_until_stable(once, lint_text, unsafe=True).text == once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_random_unicode_never_crashes_lint(text):
    for d in lint_text(text):
        assert d.text == text[d.start.offset:d.end.offset]


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_never_crash_the_cli(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("bytes")
    (folder / "x.md").write_bytes(data)
    run = run_cli("lint", "--format", "json", str(folder / "x.md"))
    assert run.exit_code in (0, 1, 2)
    assert "Traceback" not in run.stderr


def test_a_text_typed_in_decomposed_unicode_is_one_finding_whose_fix_normalises_it_all(isolated_dir):
    import unicodedata

    text = unicodedata.normalize("NFD", "Bệnh viện Bạch Mai tiếp nhận nhiều ca sốt xuất huyết nặng.\n")
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "EN101", "a.txt").json()["files"][0]["diagnostics"]
    assert len(found) == 1 and "in 10 words" in found[0]["message"] and found[0]["text"] == unicodedata.normalize("NFD", "Bệnh")
    run_cli("lint", "--fix", "--select", "EN101", "a.txt")
    assert (isolated_dir / "a.txt").read_text("utf-8") == unicodedata.normalize("NFC", text)
    few = unicodedata.normalize("NFD", "Tiếng Việt") + " và tiếng Anh.\n"  # five words or fewer: one finding each
    (isolated_dir / "b.txt").write_text(few, encoding="utf-8")
    assert len(run_cli("lint", "--format", "json", "--select", "EN101", "b.txt").json()["files"][0]["diagnostics"]) == 2


def lint_markdown(text: str):
    document = Document.from_text(text, "a.md")
    return lint_document(document, LintContext(resolve_settings(document_root(), isolated=True)))


MARKDOWN_PIECES = st.sampled_from(
    ["Giá", "vàng", "tăng", "lượng.Giá", " ", "  ", "\n", "\n\n", ", ", ": ", ":", "(", " ( ", " )", ")", '"', "“", "”",
     "a) ", "- ", "> ", "| ô | ", "***", "`mã`", '{{< ref "a.md" >}}', '{% x k="v" %}', "</div>", "29.12", "7-8/10",
     "+++\ntitle = \"x\"\n+++\n", "---\ntitle: x\n---\n", "Nguyễn Văn Nên", "Nguyễn Văn Nến", "sáng lạng", "\u200b",
     # front matter whose published text the spelling rules fix in place
     '---\ntitle: "Hà Nội chuẩn đoán, ngừoi dân"\nsapo: Giá vàng tăng ngừoi\n---\n', '+++\ntitle = "sáng lạng nafy"\n+++\n'])
markdownish = st.lists(MARKDOWN_PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdownish)
def test_fixing_markdown_twice_equals_once_and_never_touches_code_or_templates(text):
    """Spacing, quotes, brackets, list labels, shortcodes, front matter of both kinds (and its title's
    spelling): every fix converges,
    stays inside its finding, and leaves code spans and template tags as they were."""
    for d in lint_markdown(text):
        if d.fix:
            for edit in d.fix.edits:
                assert d.start.offset <= edit.start <= edit.end <= d.end.offset
    once = fix_until_stable(text, lint_markdown, unsafe=True).text
    assert fix_until_stable(once, lint_markdown, unsafe=True).text == once
    before, after = Document.from_text(text, "a.md").front_matter, Document.from_text(once, "a.md").front_matter
    if before is not None and before.error is None:
        assert after is not None and after.error is None  # a fix in the title never breaks the front matter
    for kept in ("`mã`", '{{< ref "a.md" >}}', '{% x k="v" %}'):
        assert once.count(kept) >= min(text.count(kept), 1) or kept not in text


def test_fix_says_it_does_not_write_into_html(isolated_dir):
    page = '<html><body><article><h1>Hà Nội mưa lớn</h1><p>"Mưa quá to", ông nói. Phố ngập sâu .</p></article></body></html>'
    (isolated_dir / "a.html").write_text(page, encoding="utf-8")
    run = run_cli("lint", "--fix", "--format", "concise", "a.html")
    assert run.exit_code == 1 and "fixes are not written into HTML" in run.stderr
    assert (isolated_dir / "a.html").read_text("utf-8") == page


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_like)
def test_decomposed_vietnamese_is_read_composed_and_fixed_on_its_own_characters(text):
    """A text pasted decomposed (NFD): the rules read it composed, their findings stand on the
    original characters, and fixing converges as it does on the composed text."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text)
    for d in lint_text(decomposed):
        assert d.text == decomposed[d.start.offset:d.end.offset]
        for edit in d.fix.edits if d.fix and d.rule != "EN101" else ():  # EN101 stands on the first word, fixes all
            assert d.start.offset <= edit.start <= edit.end <= d.end.offset
    once = fix_until_stable(decomposed, lint_text, unsafe=True).text
    assert fix_until_stable(once, lint_text, unsafe=True).text == once


def test_a_decomposed_article_draws_one_finding_and_its_slips_where_they_are(isolated_dir):
    import unicodedata
    from pathlib import Path

    article = unicodedata.normalize("NFD", (Path(__file__).parent / "news" / "t56.txt").read_text("utf-8"))
    found = [(d.rule, d.text) for d in lint_text(article)]
    assert found == [("EN101", unicodedata.normalize("NFD", "Thứ"))]  # was a DI101 on every marked word, ST101 on the dateline
    slipped = article.replace(unicodedata.normalize("NFD", "rét đậm"), unicodedata.normalize("NFD", "rét đặm"), 1)
    assert [(d.rule, d.text) for d in lint_text(slipped)][1:] == [("SP101", unicodedata.normalize("NFD", "đặm"))]
