"""Inline and front-matter suppression; Markdown code, URLs and e-mails are not prose."""

from __future__ import annotations

from conftest import run_cli
from editkit.config import resolve_settings
from editkit.document import Document
from editkit.engine import LintContext, lint_document
from editkit.masking import Mask, masked_spans


def rules_at(text: str, path: str = "a.md") -> list[tuple[str, int]]:
    document = Document.from_text(text, path)
    context = LintContext(resolve_settings(document_dir(), isolated=True, overrides={"select": ["encoding"]}))
    return [(d.rule, d.start.line) for d in lint_document(document, context)]


def document_dir():
    from pathlib import Path

    return Path(".")


def test_disable_enable_region():
    text = "a \n<!-- editkit-disable EN105 -->\nb \nc \n<!-- editkit-enable -->\nd \n"
    assert rules_at(text) == [("EN105", 1), ("EN105", 6)]


def test_disable_by_name_and_category_and_all():
    for selector in ("trailing-whitespace", "encoding", "EN", ""):
        text = f"<!-- editkit-disable {selector} -->\nb \n"
        assert rules_at(text) == [], selector


def test_disable_other_rule_keeps_finding():
    assert rules_at("<!-- editkit-disable EN101 -->\nb \n") == [("EN105", 2)]


def test_disable_next_line():
    text = "<!-- editkit-disable-next-line EN105 -->\nb \nc \n"
    assert rules_at(text) == [("EN105", 3)]


def test_disable_line():
    text = "a\u200b <!-- editkit-disable-line EN102 -->\nb\u200b\n<!-- editkit-disable-next-line EN102 -->\nc\u200b\nd\u200b\n"
    assert rules_at(text) == [("EN102", 2), ("EN102", 5)]


def test_many_suppression_comments_are_read_in_linear_time():
    import time

    from editkit.suppression import parse_suppressions

    text = "dòng\n<!-- editkit-disable-next-line EN105 -->\n" * 20_000
    started = time.perf_counter()
    found = parse_suppressions(text)
    assert time.perf_counter() - started < 1.0 and found[-1].first_line == 40_001


def test_disable_to_end_of_file():
    assert rules_at("a \n<!-- editkit-disable -->\nb \n") == [("EN105", 1)]


def test_front_matter_ignore():
    text = "---\ntitle: Bài\neditkit:\n  ignore: [EN105]\n---\nb \n"
    assert rules_at(text) == []
    text = "---\ntitle: Bài\neditkit: {ignore: [EN101]}\n---\nb \n"
    assert rules_at(text) == [("EN105", 5)]


def test_markdown_masks_code_urls_emails_html():
    text = (
        "Trước `mã` sau.\n```python\nx = 1\n```\nXem https://thanhuytphcm.vn/a?b=1, "
        "gửi toasoan@example.vn <b>đậm</b> [liên kết](https://x.vn/y).\n"
    )
    spans = masked_spans(text, markdown=True)
    masked = [text[s:e] for s, e in spans]
    assert "`mã`" in masked
    assert any(m.startswith("```python") and m.endswith("```") for m in masked)
    assert "https://thanhuytphcm.vn/a?b=1" in masked  # the comma after it is prose
    assert "toasoan@example.vn" in masked
    assert "<b>" in masked and "</b>" in masked
    assert any("](https://x.vn/y)" in m for m in masked)
    mask = Mask(spans)
    assert not mask.overlaps(0, 5)
    offset = text.index("x = 1")
    assert mask.overlaps(offset, offset + 1)
    assert mask.overlaps(offset, offset)


def test_plain_text_masks_urls_but_not_backticks():
    spans = masked_spans("Dùng `x` và www.baomoi.com nhé", markdown=False)
    assert [("Dùng `x` và www.baomoi.com nhé")[s:e] for s, e in spans] == ["www.baomoi.com"]


def test_a_web_address_without_its_scheme_is_masked_when_it_has_a_path():
    """``vnexpress.net/ha-noi-mo-them-tuyen-buyt.html``: the slug's unaccented words are no prose;
    a bare domain (the ``(Thanhuytphcm.vn)`` source tag) stays text."""
    text = "Xem vnexpress.net/ha-noi-mo-them-tuyen-buyt-4794371.html, hoặc (Thanhuytphcm.vn) - tin."
    masked = [text[s:e] for s, e in masked_spans(text, markdown=False)]
    assert masked == ["vnexpress.net/ha-noi-mo-them-tuyen-buyt-4794371.html"]


def test_template_tags_in_markdown_are_code_and_fix_never_curls_their_quotes(isolated_dir):
    from conftest import run_cli

    line = ('Xem {{< ref "bai-viet.md" >}}, {{% include "a" %}}, {{ site.title | default: "Báo" }} và '
            '{% include x.html k="v" %} để biết "thêm".\n')
    (isolated_dir / "a.md").write_text(line, encoding="utf-8")
    run_cli("lint", "--fix", "a.md")
    assert (isolated_dir / "a.md").read_text("utf-8") == line.replace('"thêm"', "“thêm”")
    masked = [line[s:e] for s, e in masked_spans(line, markdown=True)]
    assert '{{< ref "bai-viet.md" >}}' in masked and '{% include x.html k="v" %}' in masked


def test_a_front_matter_comment_suppresses_its_line_and_other_comments_keep_the_value_checked():
    text = ('---\ntitle: "Hà Nội chuẩn đoán sớm"  # editkit-disable-line SP103\n'
            "sapo: Giá vàng tăng, ngừoi dân mua  # ghi chú của biên tập\n---\n\nThân bài ngắn.\n")
    context = LintContext(resolve_settings(document_dir(), isolated=True, overrides={"select": ["spelling", "diacritics"]}))
    found = lint_document(Document.from_text(text, "a.md"), context)
    assert [(d.rule, d.start.line) for d in found] == [("DI101", 3)]


def test_a_house_style_rule_is_switched_off_by_its_id(isolated_dir):
    """``editkit-disable-next-line doubled-punctuation`` silences that house-style rule, not the others."""
    (isolated_dir / "a.md").write_text(
        "<!-- editkit-disable-next-line doubled-punctuation -->\n"
        "Giá dầu giảm,, nhưng giá gas tăng mạnh!!! Thật bất ngờ.\n", encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "HS101", "a.md").json()["files"][0]["diagnostics"]
    assert [d["style_rule"] for d in found] == ["repeated-exclamation-or-question"]


def unused_at(text: str, select: list[str]) -> list[tuple[int, str]]:
    """(line, message start) of HS111's findings with ``select`` and HS111 selected."""
    document = Document.from_text(text, "a.md")
    context = LintContext(resolve_settings(document_dir(), isolated=True, overrides={"select": [*select, "HS111"]}))
    return [(d.start.line, d.message.split(";")[0].split(":")[0]) for d in lint_document(document, context) if d.rule == "HS111"]


def test_a_suppression_that_silenced_nothing_is_reported_when_its_rule_ran():
    text = ("Viết “sáng lạng” là sai. <!-- editkit-disable-line SP103 -->\n\n"
            "<!-- editkit-disable-next-line SP103 -->\nCâu này đúng chính tả.\n\n"
            "<!-- editkit-disable-next-line RD101 -->\nMột câu ngắn.\n")
    # the first comment silenced a finding; the second none; RD101 is opt-in and did not run
    assert unused_at(text, ["SP103"]) == [(3, "This suppression comment silenced no finding")]
    assert unused_at(text, ["EN"]) == []  # SP103 did not run: its comments are not judged
    # a default run does not report them (opt-in, as ruff's RUF100)
    document = Document.from_text(text, "a.md")
    context = LintContext(resolve_settings(document_dir(), isolated=True))
    assert not [d for d in lint_document(document, context) if d.rule == "HS111"]


def test_a_misspelled_selector_is_reported_with_the_name_it_meant():
    text = "<!-- editkit-disable-next-line SP13O -->\nViết “sáng lạng” là sai.\n\n<!-- editkit-disable xyzabc -->\nCâu.\n"
    assert unused_at(text, []) == [(1, "'SP13O' names no rule, category or house-style rule"),
                                   (4, "'xyzabc' names no rule, category or house-style rule")]
    document = Document.from_text(text, "a.md")
    context = LintContext(resolve_settings(document_dir(), isolated=True, overrides={"select": ["HS111"]}))
    (first, _) = lint_document(document, context)
    assert (first.text, first.suggestions) == ("SP13O", ("SP103",))


def test_a_comment_without_selectors_is_judged_only_when_every_default_rule_ran():
    text = "<!-- editkit-disable-next-line -->\nCâu này đúng chính tả.\n"
    assert unused_at(text, ["SP"]) == []
    document = Document.from_text(text, "a.md")
    context = LintContext(resolve_settings(document_dir(), isolated=True, overrides={"extend-select": ["HS111"]}))
    assert [d.rule for d in lint_document(document, context) if d.rule == "HS111"] == ["HS111"]


def test_an_unused_comment_after_a_value_is_removed_with_the_spaces_before_it(isolated_dir):
    (isolated_dir / "a.md").write_text(
        '---\ntitle: "Sáng Lạng Group ra mắt" # editkit-disable-line SP103\nauthor: Lan # editkit-disable-line SP103\n'
        "date: 2026-11-27\n---\n\nNội dung bài báo ngắn.\n", encoding="utf-8")
    run_cli("lint", "--select", "SP,HS111", "--fix", "--unsafe-fixes", "a.md")
    fixed = (isolated_dir / "a.md").read_text("utf-8")
    assert "Group ra mắt\" # editkit-disable-line SP103\nauthor: Lan\ndate:" in fixed  # the used one stays


def test_an_unused_region_is_reported_without_a_fix_that_would_leave_its_end_behind():
    text = "<!-- editkit-disable SP103 -->\nCâu này đúng chính tả.\n<!-- editkit-enable -->\n"
    document = Document.from_text(text, "a.md")
    context = LintContext(resolve_settings(document_dir(), isolated=True, overrides={"select": ["SP103", "HS111"]}))
    (finding,) = lint_document(document, context)
    assert (finding.rule, finding.start.line, finding.fix) == ("HS111", 1, None)
