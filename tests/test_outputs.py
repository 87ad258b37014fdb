"""Every output format, checked against its schema or grammar."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import SAMPLE, run_cli, validate

from editkit.formatters.github import escape_data, escape_property

MESSY = "Tie\u0302\u0301ng Vie\u0323\u0302t\u200b có lỗi. \nDòng\x0b hai\r\nNgh\ufffd quyết\n"


@pytest.fixture
def files(isolated_dir):
    (isolated_dir / "messy.txt").write_text(MESSY, encoding="utf-8", newline="")
    (isolated_dir / "clean.md").write_text("---\ntitle: Sạch\ndate: 2021-01-21\nauthor: Minh Quân\n---\nBài viết sạch.\n", encoding="utf-8")
    (isolated_dir / "broken.txt").write_bytes(b"\x00\x01binary")
    (isolated_dir / "sample.txt").write_bytes(SAMPLE.read_bytes())
    return ["messy.txt", "clean.md", "broken.txt", "sample.txt"]


def test_json_validates_and_round_trips_spans(files, isolated_dir):
    run = run_cli("lint", "--format", "json", *files)
    assert run.exit_code == 2  # broken.txt is unreadable
    data = run.json()
    validate(data, "lint-output.schema.json")
    by_path = {f["path"]: f for f in data["files"]}
    assert [f["path"] for f in data["files"]] == files
    assert by_path["broken.txt"]["error"].startswith("binary file")
    assert by_path["clean.md"]["diagnostics"] == []
    for d in by_path["messy.txt"]["diagnostics"]:
        assert d["text"] == MESSY[d["start"]["offset"]:d["end"]["offset"]]
    rules = {d["rule"] for d in by_path["messy.txt"]["diagnostics"]}
    assert {"EN101", "EN102", "EN103", "EN104", "EN105", "EN106"} <= rules
    assert data["summary"]["errors"] == 1
    assert data["summary"]["files"] == 4
    assert data["summary"]["diagnostics"] == sum(len(f["diagnostics"]) for f in data["files"])
    assert "editkit: error: broken.txt: binary file" in run.stderr


def test_sarif_validates_against_official_schema(files):
    run = run_cli("lint", "--format", "sarif", *files)
    sarif = run.json()
    validate(sarif, "sarif-schema-2.1.0.json")
    (run_,) = sarif["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "editkit" and driver["version"] and driver["informationUri"]
    assert run_["columnKind"] == "unicodeCodePoints"
    rule_ids = [r["id"] for r in driver["rules"]]
    for rule in driver["rules"]:
        assert {"id", "name", "shortDescription", "fullDescription", "help"} <= rule.keys()
    for result in run_["results"]:
        assert result["ruleId"] == rule_ids[result["ruleIndex"]]
        location = result["locations"][0]["physicalLocation"]
        assert not location["artifactLocation"]["uri"].startswith("/")
        assert {"startLine", "startColumn", "endLine", "endColumn"} <= location["region"].keys()
    assert run_["invocations"][0]["toolExecutionNotifications"]  # the binary file


def test_sarif_uris_are_percent_encoded(isolated_dir):
    """A file name with spaces, marks or a colon is no URI reference as it stands (SARIF asks one)."""
    (isolated_dir / "tệp có dấu: cách.txt").write_text("Tin tức  hôm nay.\n", encoding="utf-8")
    data = json.loads(run_cli("lint", "--format", "sarif", "tệp có dấu: cách.txt").stdout)
    (uri,) = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in data["runs"][0]["results"]}
    assert uri == "t%E1%BB%87p%20c%C3%B3%20d%E1%BA%A5u%3A%20c%C3%A1ch.txt"


def test_sarif_fixes_make_the_same_edits_as_fix(isolated_dir):
    """A SARIF viewer that applies a result's fix gets what --fix (or --unsafe-fixes) writes."""
    text = "Theo ông, giá  tăng 5 %. Ông ấy sử lý  việc này.\n"
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    sarif = run_cli("lint", "--format", "sarif", "--select", "HS,SP103", "a.txt").json()
    validate(sarif, "sarif-schema-2.1.0.json")
    edits = []
    for result in sarif["runs"][0]["results"]:
        (fix,) = result["fixes"]
        (change,) = fix["artifactChanges"]
        assert change["artifactLocation"]["uri"] == "a.txt" and fix["properties"]["applicability"] in ("safe", "unsafe")
        edits += [(r["deletedRegion"]["charOffset"], r["deletedRegion"]["charLength"], r["insertedContent"]["text"])
                  for r in change["replacements"]]
    applied = text
    for offset, length, inserted in sorted(edits, reverse=True):
        applied = applied[:offset] + inserted + applied[offset + length:]
    run_cli("lint", "--fix", "--unsafe-fixes", "--select", "HS,SP103", "a.txt")
    assert applied == (isolated_dir / "a.txt").read_text("utf-8") != text


def test_github_annotations(files):
    run = run_cli("lint", "--format", "github", *files)
    lines = run.stdout.splitlines()
    pattern = re.compile(
        r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[A-Z]+\d{3} [a-z0-9-]+::.+$"
    )
    annotations = [line for line in lines if "title=editkit" not in line]
    assert annotations and all(pattern.match(line) for line in annotations)
    assert any(line.startswith("::error file=broken.txt,title=editkit::") for line in lines)


def test_github_escaping():
    assert escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_junit_has_one_suite_per_file(files):
    run = run_cli("lint", "--format", "junit", *files)
    root = ET.fromstring(run.stdout.encode("utf-8"))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == files
    messy = suites[0]
    assert int(messy.get("failures")) == len(messy.findall("testcase/failure")) > 0
    assert suites[1].get("failures") == "0" and len(suites[1].findall("testcase")) == 1
    assert suites[2].find("testcase/error") is not None


def test_gitlab_code_quality_report(files, isolated_dir):
    """GitLab's Code Quality fields; fingerprints unique and kept when lines are added above."""
    run = run_cli("lint", "--format", "gitlab", *files)
    assert run.exit_code == 2  # broken.txt
    issues = json.loads(run.stdout)
    assert issues and all(set(i) == {"description", "check_name", "fingerprint", "severity", "location"} for i in issues)
    assert all(i["severity"] in {"info", "minor", "major", "critical", "blocker"} for i in issues)
    assert all(isinstance(i["location"]["lines"]["begin"], int) for i in issues)
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert any(i["location"]["path"] == "broken.txt" and i["severity"] == "critical" for i in issues)
    before = {i["fingerprint"]: i["location"]["lines"]["begin"] for i in issues if i["location"]["path"] == "messy.txt"}
    (isolated_dir / "messy.txt").write_text("Dòng mới ở đầu bài.\n" + MESSY, encoding="utf-8", newline="")
    after = {i["fingerprint"]: i["location"]["lines"]["begin"]
             for i in json.loads(run_cli("lint", "--format", "gitlab", "messy.txt").stdout)}
    assert set(before) <= set(after) and all(after[f] == line + 1 for f, line in before.items())


def test_concise_format(files):
    run = run_cli("lint", "--format", "concise", "messy.txt")
    assert run.exit_code == 1
    first = run.stdout.splitlines()[0]
    assert re.match(r"^messy\.txt:1:1: EN101 \[\*\] \[warning\] ", first)


def test_concise_marks_only_what_fix_would_fix(isolated_dir):
    """``[*]`` as ruff prints it: a safe fix, or an unsafe one under ``--unsafe-fixes`` (an unsafe one had
    been marked too, and ``--fix`` left it)."""
    (isolated_dir / "a.txt").write_text(
        "Hà Nội, ngày 5/10/2024\n\nBệnh viện Bạch Mai tiếp nhận 12 ca sốt xuất huyết nặng\n\n"
        "(TTXVN) - Trong tuần qua, Bệnh viện Bạch Mai tiếp nhận 12 ca sốt xuất\n"
        "huyết nặng, trong đó 3 ca phải thở máy. Các bác sĩ khuyến cáo người dân\n"
        "không tự ý dùng aspirin hay ibuprofen khi sốt.\n\nNgọc Mai\n", encoding="utf-8")
    line = next(l for l in run_cli("lint", "--format", "concise", "--select", "ST116", "a.txt").stdout.splitlines())
    assert " ST116 [warning] " in line  # an unsafe fix: no mark
    line = next(l for l in run_cli("lint", "--format", "concise", "--select", "ST116", "--unsafe-fixes", "a.txt")
                .stdout.splitlines())
    assert " ST116 [*] [warning] " in line


def test_text_format_shows_source_line_and_marker(files):
    run = run_cli("lint", "messy.txt")
    lines = run.stdout.splitlines()
    assert lines[0] == "messy.txt"
    index = next(i for i, line in enumerate(lines) if "EN104" in line)
    source, marker = lines[index + 1], lines[index + 2]
    assert "Ngh\ufffd quyết" in source
    assert marker.index("^") == source.index("\ufffd")
    assert "Found" in lines[-1] and "problems" in lines[-1]


def test_plain_text_equals_the_colour_rendering_without_colour(files):
    """Plain text is joined as strings (fast); colour goes through rich. Same layout either way."""
    from editkit.formatters import Report
    from editkit.formatters.text import format_text
    from editkit.inputs import Input
    from editkit.parallel import lint_all
    from editkit.runner import RunOptions

    results = lint_all([Input(path=Path(name), display=name) for name in files], RunOptions(isolated=True), None, 1)
    plain = format_text(Report(results, statistics=True))
    coloured = format_text(Report(results, color=True, statistics=True, width=100))
    assert "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain
    assert "sample.txt" in plain and "Statistics" in plain


def test_marker_counts_terminal_cells(isolated_dir):
    (isolated_dir / "wide.txt").write_text("Tên 東京 và  hai dấu cách.\n", encoding="utf-8")
    lines = run_cli("lint", "wide.txt").stdout.splitlines()
    index = next(i for i, line in enumerate(lines) if "HS101" in line)
    source, marker = lines[index + 1], lines[index + 2]
    assert marker.index("^") == source.index("và") + 2 + 2  # 東 and 京 take two cells each
    assert marker.split("│")[1].strip() == "^^"


def test_statistics_and_output_file(files, isolated_dir):
    run = run_cli("lint", "--statistics", "--output-file", "report.txt", "messy.txt")
    assert run.stdout == ""
    report = (isolated_dir / "report.txt").read_text("utf-8")
    assert "Statistics" in report and "trailing-whitespace" in report


def test_quiet_drops_summary(files):
    run = run_cli("lint", "-q", "messy.txt")
    assert "Found" not in run.stdout


def test_all_formats_on_clean_input(isolated_dir):
    (isolated_dir / "ok.txt").write_text("Bài viết sạch.\n", encoding="utf-8")
    for output_format in ("text", "concise", "json", "sarif", "github", "gitlab", "junit"):
        run = run_cli("lint", "--format", output_format, "ok.txt")
        assert run.exit_code == 0, output_format
    validate(run_cli("lint", "--format", "json", "ok.txt").json(), "lint-output.schema.json")
    validate(run_cli("lint", "--format", "sarif", "ok.txt").json(), "sarif-schema-2.1.0.json")


def test_contract_copies_match_shared():
    from conftest import SHARED, TESTS

    for name in ("lint-output.schema.json", "dates-output.schema.json", "sarif-schema-2.1.0.json"):
        original = SHARED / "contracts" / name
        if not original.exists():
            pytest.skip("../shared is not beside the checkout")
        assert json.loads(original.read_text("utf-8")) == json.loads((TESTS / "schemas" / name).read_text("utf-8"))


def test_the_text_format_shows_the_text_of_a_span_that_starts_on_a_blank_line(isolated_dir):
    (isolated_dir / "bai.txt").write_text(SAMPLE.read_text("utf-8"), encoding="utf-8")
    run = run_cli("lint", "--select", "ST101", "bai.txt")
    last = run.stdout.split("ST101")[-1].splitlines()  # the furniture on the article's last line
    assert "Thông báo" in last[0] and last[1].strip() == "│ Thông báo" and last[2].strip() == "│ ^^^^^^^^^"


def test_a_long_span_is_shown_by_its_start_in_the_text_format():
    from editkit.formatters.text import MAX_SHOWN_SPAN, excerpt

    line = "Ông nói: " + "x" * 200 + " hết."
    window, start, end = excerpt(line, 9, 209)
    assert window.endswith("…") and end - start == MAX_SHOWN_SPAN and len(window) < 80
    assert excerpt("ngắn gọn", 0, 4) == ("ngắn gọn", 0, 4)
