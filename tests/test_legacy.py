"""Legacy encodings: detection, exact round trip through `lint --fix --select encoding`, tables vs iconv."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest

from conftest import SAMPLE, SHARED, run_cli
from editkit.vietnamese.legacy import (
    BYTE_ENCODINGS,
    byte_table,
    decode_bytes,
    decode_viqr,
    detect_bytes,
    encode_bytes,
    encode_viqr,
    repair_run,
)


def clean_article() -> str:
    """The sample article made representable in every legacy encoding (no curly quotes, no NBSP)."""
    text = SAMPLE.read_text("utf-8")
    for old, new in (("“", '"'), ("”", '"'), ("…", "..."), ("\u00a0", " ")):
        text = text.replace(old, new)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def as_cp1252_text(data: bytes) -> str:
    """What a Windows-1252 reader shows for ``data`` (undefined bytes pass through as C1 controls)."""
    return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data)


ORIGINAL = clean_article()
FORMS = {
    **{f"{name} file": (lambda name=name: encode_bytes(name, ORIGINAL)) for name in BYTE_ENCODINGS},
    "VIQR file": lambda: encode_viqr(ORIGINAL).encode("ascii"),
    "UTF-8 read as Windows-1252": lambda: as_cp1252_text(ORIGINAL.encode("utf-8")).encode("utf-8"),
    **{f"{name} mojibake in UTF-8": (lambda name=name: as_cp1252_text(encode_bytes(name, ORIGINAL)).encode("utf-8"))
       for name in BYTE_ENCODINGS},
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_round_trip_is_exact(isolated_dir, form):
    path = isolated_dir / "bai.txt"
    path.write_bytes(FORMS[form]())
    found = run_cli("lint", "--format", "json", "--select", "encoding", "bai.txt").json()["files"][0]
    assert found["error"] is None
    assert {d["rule"] for d in found["diagnostics"]} & {"EN108", "EN109"}, form
    run = run_cli("lint", "--fix", "--select", "encoding", "bai.txt")
    assert run.exit_code == 0, run.stdout + run.stderr
    assert path.read_bytes() == ORIGINAL.encode("utf-8"), form


@pytest.mark.parametrize("name", ["tcvn3", "vni", "viscii"])
def test_a_garbled_paragraph_draws_mojibake_findings_alone(isolated_dir, name):
    """EN109 supersedes the spelling and diacritics findings on the words it decodes: they suggested
    `cót` for TCVN3 `kÕt` (kết), `khát` for VNI `keát`, moved VNI `seõ`'s (sẽ) tone mark and read `phoá`
    (phố) as the new tone style; and the soft hyphen VISCII's ễ shows as (EN102)."""
    line = ("Hội nghị tổng kết công tác năm 2026 của Sở Giáo dục và Đào tạo tỉnh diễn ra sáng nay, "
            "kế hoạch mới sẽ giúp các trường của thành phố.")
    garbled = as_cp1252_text(encode_bytes(name, line))
    (isolated_dir / "a.txt").write_text(f"Hà Nội, ngày 20/1/2027\n\nTin giáo dục\n\n{garbled}\n\nThu Hà\n", "utf-8")
    found = run_cli("lint", "--format", "json", "a.txt").json()["files"][0]["diagnostics"]
    rules = {d["rule"] for d in found if d["start"]["line"] == 5}
    assert "EN109" in rules and not rules & {"DI101", "DI102", "DI103", "DI104", "SP101", "SP102", "SP106", "EN102"}, rules


def test_legacy_file_reports_which_encoding(isolated_dir):
    (isolated_dir / "a.txt").write_bytes(encode_bytes("vni", ORIGINAL))
    (d,) = [d for d in run_cli("lint", "--format", "json", "a.txt").json()["files"][0]["diagnostics"] if d["rule"] == "EN108"]
    assert "VNI-Windows" in d["message"]


def test_bytes_that_match_no_encoding_are_unreadable(isolated_dir):
    (isolated_dir / "junk.txt").write_bytes(bytes(range(0x80, 0x100)) * 4 + b"\xff\xfe\xfd random")
    run = run_cli("lint", "junk.txt")
    assert run.exit_code == 2 and "no known legacy encoding" in run.stderr


def test_no_encoding_findings_on_clean_text():
    texts = [SAMPLE.read_text("utf-8")]
    dev = SHARED / "corpus" / "errors-dev.tsv"
    if dev.exists():
        with open(dev, encoding="utf-8", newline="") as handle:
            texts += [row["correct"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    from pathlib import Path

    from editkit.config import resolve_settings
    from editkit.document import Document
    from editkit.engine import LintContext, lint_document

    context = LintContext(resolve_settings(Path("."), isolated=True, overrides={"select": ["EN108", "EN109"]}))
    for text in texts:
        assert lint_document(Document.from_text(text, "a.txt"), context) == [], text[:80]


def test_a_units_square_is_no_viscii_garble():
    """``3.000 con/m²``: the square after a metre read as VISCII's ỗ (``con/mỗ``); a garbled ``m²i``
    (mỗi) is still decoded."""
    from editkit.vietnamese.legacy import repair_run

    assert repair_run("con/m².") is None and repair_run("ha/km²") is None and repair_run("lít/m³,") is None
    assert repair_run("m²i") == ("viscii", "mỗi")


@pytest.mark.parametrize("name,iconv_name", [("tcvn3", "TCVN5712-1"), ("viscii", "VISCII")])
def test_tables_match_iconv(name, iconv_name):
    if shutil.which("iconv") is None:
        pytest.skip("iconv is not installed")
    table = byte_table(name)
    for byte in range(0x80, 0x100):
        done = subprocess.run(["iconv", "-f", iconv_name, "-t", "UTF-8"], input=bytes([byte]), capture_output=True)
        if done.returncode == 0:
            assert done.stdout.decode("utf-8") == table[byte], hex(byte)


def test_cp1258_matches_iconv():
    if shutil.which("iconv") is None:
        pytest.skip("iconv is not installed")
    data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "CP1258"], input=ORIGINAL.encode(), capture_output=True).stdout
    assert decode_bytes("cp1258", data) == ORIGINAL


def test_detection_picks_the_right_encoding():
    for name in BYTE_ENCODINGS:
        assert detect_bytes(encode_bytes(name, ORIGINAL))[0] == name


@pytest.mark.parametrize("garbled,name,right", [
    ("TiÕng", "tcvn3", "Tiếng"), ("ViÖt", "tcvn3", "Việt"), ("Tieáng", "vni", "Tiếng"), ("Vieät", "vni", "Việt"),
    ("Vi®t", "viscii", "Việt"), ("Tiáº¿ng", "utf8-as-cp1252", "Tiếng"), ("Viá»‡t", "utf8-as-cp1252", "Việt"),
    ("Tiêìng", "cp1258", "Tiếng"),
])
def test_issue_examples(garbled, name, right):
    assert repair_run(garbled) == (name, right)


def test_viqr_rfc1456_examples():
    assert decode_viqr("Tie^'ng Vie^.t") == "Tiếng Việt"
    assert decode_viqr("DDa^y la` ca^u ho?i\\?") == "Đây là câu hỏi?"
    assert encode_viqr("Đây là câu hỏi?") == "DDa^y la` ca^u ho?i\\?"


@pytest.mark.parametrize("name", sorted(BYTE_ENCODINGS))
def test_a_garbled_paragraph_pasted_into_a_clean_article_is_restored_whole(isolated_dir, name):
    """Words a garbled paragraph happens to spell as syllables (TCVN3 vÒ for về, phè for phố) are
    decoded too when the rest of their line is garbled; the clean lines are left as they are."""
    paragraph = "Người dân về quê ăn Tết sớm, lễ hội mùa xuân đông vui, phố phường rực rỡ."
    clean = ("Thứ Năm, 26/11/2026\n\nThông báo lễ hội mùa xuân\n\n(Hà Nội mới) - Sáng 26/11, thành phố họp bàn kế "
             "hoạch tổ chức lễ hội mùa xuân năm 2027 với nhiều hoạt động văn hóa đặc sắc.\n\n{}\n\nMinh Anh\n")
    garbled = as_cp1252_text(encode_bytes(name, paragraph))
    (isolated_dir / "a.txt").write_text(clean.format(garbled), encoding="utf-8")
    run_cli("lint", "--fix", "--select", "EN", "a.txt")
    assert (isolated_dir / "a.txt").read_text("utf-8") == clean.format(paragraph)


def test_a_line_of_viqr_pasted_into_a_unicode_article_is_converted(isolated_dir):
    paragraph = "Người dân về quê ăn Tết sớm, lễ hội mùa xuân đông vui, phố phường rực rỡ."
    clean = ("Thông báo lễ hội mùa xuân\n\n(Hà Nội mới) - Sáng 26/11, thành phố họp bàn kế hoạch tổ chức lễ hội "
             "mùa xuân năm 2027.\n\n{}\n\nWhat? Version 2.0. is out: see a.b.c and dd-mm-yyyy.\n")
    (isolated_dir / "a.txt").write_text(clean.format(encode_viqr(paragraph)), encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "EN108", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["start"]["line"] for d in found] == [5]  # the English line with ? and . is no VIQR
    run_cli("lint", "--fix", "--select", "EN108", "a.txt")
    assert (isolated_dir / "a.txt").read_text("utf-8") == clean.format(paragraph)
