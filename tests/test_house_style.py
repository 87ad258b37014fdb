"""Every house-style rule file carries examples; each is checked here, so a broken rule fails the suite."""

from __future__ import annotations

import time

import pytest

from conftest import SAMPLE, lint_json, run_cli, validate
from editkit.config import resolve_settings
from editkit.document import Document
from editkit.engine import LintContext, lint_document
from editkit.fixer import fix_until_stable
from editkit.house_style import bundled_rules

RULES = bundled_rules()


def lint(text: str, preset: str, select=("HS101", "HS102", "HS103", "HS104")):
    from pathlib import Path

    settings = resolve_settings(Path("."), isolated=True, overrides={"select": list(select), "house-style": preset})
    context = LintContext(settings)
    return lambda t: lint_document(Document.from_text(t, "a.txt"), context)


def preset_of(style_rule) -> str:
    return style_rule.presets[0] if style_rule.presets else "press"


@pytest.mark.parametrize("style_rule", RULES, ids=lambda r: r.id)
def test_rule_examples(style_rule):
    assert style_rule.examples, f"{style_rule.source}: rule {style_rule.id} has no examples"
    check = lint("", preset_of(style_rule))
    for example in style_rule.examples:
        wrong, right = example["wrong"], example["right"]
        found = [d for d in check(wrong) if style_rule.id in d.message or True]
        assert found, f"{style_rule.id}: nothing found in {wrong!r}"
        assert not check(right), f"{style_rule.id}: {right!r} is not clean: {[d.message for d in check(right)]}"
        if style_rule.fix != "none":
            assert fix_until_stable(wrong, check, unsafe=True).text == right
    for text in style_rule.right_examples:
        assert not check(text), f"{style_rule.id}: {text!r} should be clean: {[d.message for d in check(text)]}"


def test_at_least_60_curated_capitalisation_terms():
    terms = [t for r in RULES if r.type == "capitalisation" for t in r.terms]
    assert len(terms) >= 60


def test_presets_choose_rules():
    press = {r.id for r in RULES if r.applies_to("press")}
    textbook = {r.id for r in RULES if r.applies_to("textbook")}
    assert "range-dash" in textbook and "range-dash" not in press


def test_catastrophic_regex_is_stopped_and_reported(isolated_dir):
    (isolated_dir / "editkit.toml").write_text(
        '[[style-rules]]\nid = "slow"\ntype = "substitution"\npattern = "(a|aa)+$"\nreplacement = "b"\n'
        'examples = [{ wrong = "a", right = "b" }]\n', encoding="utf-8")
    (isolated_dir / "a.txt").write_text("a" * 40 + "c\n", encoding="utf-8")
    started = time.perf_counter()
    run = run_cli("lint", "--format", "json", "--select", "style", "a.txt")
    assert time.perf_counter() - started < 10
    broken = [d for d in run.json()["files"][0]["diagnostics"] if d["rule"] == "HS109"]
    assert broken and "'slow'" in broken[0]["message"]


def test_project_style_files_and_inline_rules(isolated_dir):
    (isolated_dir / "house.toml").write_text(
        '[[rules]]\nid = "no-saigon-paper"\ntype = "existence"\nterms = ["báo SGGP"]\nmessage = "Viết tên báo đầy đủ"\n'
        'examples = [{ wrong = "báo SGGP", right = "báo Sài Gòn Giải Phóng" }]\n', encoding="utf-8")
    (isolated_dir / "editkit.toml").write_text(
        'extend-styles = ["house.toml"]\n[[style-rules]]\nid = "kg"\ntype = "substitution"\nliteral = "kilogam"\n'
        'replacement = "kg"\nfix = "safe"\n', encoding="utf-8")
    (isolated_dir / "a.txt").write_text("Theo báo SGGP, giá 5 kilogam gạo tăng.\n", encoding="utf-8")
    names = [d["rule"] for d in run_cli("lint", "--format", "json", "--select", "style", "a.txt").json()["files"][0]["diagnostics"]]
    assert "HS102" in names and "HS101" in names
    (isolated_dir / "editkit.toml").write_text('[[style-rules]]\nid = "x"\ntype = "nonsense"\n', encoding="utf-8")
    run = run_cli("lint", "a.txt")
    assert run.exit_code == 2 and "style-rules" in run.stderr


def test_exceptions_are_phrases_in_which_a_term_is_no_finding(isolated_dir):
    (isolated_dir / "editkit.toml").write_text(
        '[[style-rules]]\nid = "no-hot"\ntype = "existence"\nterms = ["hot"]\nexceptions = ["hot dog", "Hot Wheels"]\n'
        'message = "Tránh từ lóng"\n', encoding="utf-8")
    (isolated_dir / "a.txt").write_text("Món hot dog và đồ chơi hot wheels đang rất hot.\n", encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "HS102", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["text"], d["start"]["column"]) for d in found] == [("hot", 44)]
    for bad in ('type = "substitution"\nliteral = "a"\nexceptions = ["ab"]', 'type = "existence"\nterms = ["a"]\nexceptions = "ab"'):
        (isolated_dir / "editkit.toml").write_text(f'[[style-rules]]\nid = "x"\n{bad}\n', encoding="utf-8")
        run = run_cli("lint", "a.txt")
        assert run.exit_code == 2 and "exceptions" in run.stderr


@pytest.mark.parametrize(("dateline", "expected"), [
    ("Bangkok, ngày 15/2/2027 (TTXVN) - ", []),  # another country's parliament, government, constitution
    ("Mát-xcơ-va, ngày 15/2/2027 - ", []),
    ("Hà Nội, ngày 15/2/2027 - ", ["Quốc hội", "Hiến pháp", "Chính phủ"]),
    ("TP.HCM, ngày 15/2/2027 - ", ["Quốc hội", "Hiến pháp", "Chính phủ"]),
    ("Khánh Hoà, ngày 15/2/2027 - ", ["Quốc hội", "Hiến pháp", "Chính phủ"]),  # the new tone style's spelling
    ("(TTXVN) - ", ["Quốc hội", "Hiến pháp", "Chính phủ"]),  # no place: Vietnam's
    ("(Quốc tế) - ", []),  # the foreign desk's source tag (had been read as Vietnam's bodies)
    ("(Thế giới) - ", []),
    ("(Thời sự) - ", ["Quốc hội", "Hiến pháp", "Chính phủ"]),
    # a CMS's stamp or a time of day on the dateline's line is no place (they read as abroad before)
    ("Cập nhật: 15/02/2027 08:30\n\nTin mới\n\n", ["Quốc hội", "Hiến pháp", "Chính phủ"]),
    ("Sáng 15/2/2027\n\nTin mới\n\n", ["Quốc hội", "Hiến pháp", "Chính phủ"]),
])
def test_vietnams_bodies_by_their_common_nouns_are_not_checked_abroad(isolated_dir, dateline, expected):
    """HS104's domestic terms (Chính phủ, Quốc hội, Hiến pháp) in an article datelined outside Vietnam
    (dictionaries/structure/vietnam-places.txt) are another country's; a ministry's name is still checked."""
    (isolated_dir / "a.txt").write_text(
        f"Tin\n\n{dateline}Sáng nay, quốc hội họp để sửa đổi hiến pháp theo đề nghị của chính phủ; bộ y tế dự họp.\n",
        encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "HS104", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["suggestions"][0] for d in found] == [*expected, "Bộ Y tế"]


def test_the_foreign_desks_category_in_the_front_matter_is_abroad_too(isolated_dir):
    (isolated_dir / "a.md").write_text("---\ntitle: Tin\ncategory: Quốc tế\n---\n\n# Tin\n\nSáng nay, quốc hội họp để "
                                       "sửa đổi hiến pháp theo đề nghị của chính phủ.\n", encoding="utf-8")
    assert run_cli("lint", "--format", "json", "--select", "HS104", "a.md").json()["files"][0]["diagnostics"] == []


def test_domestic_terms_are_a_capitalisation_rules_own_terms(isolated_dir):
    (isolated_dir / "a.txt").write_text("Tin.\n", encoding="utf-8")
    for bad in ('type = "capitalisation"\nterms = ["Bộ Y tế"]\ndomestic_terms = ["Chính phủ"]',
                'type = "existence"\nterms = ["a"]\ndomestic_terms = ["a"]'):
        (isolated_dir / "editkit.toml").write_text(f'[[style-rules]]\nid = "x"\n{bad}\n', encoding="utf-8")
        run = run_cli("lint", "a.txt")
        assert run.exit_code == 2 and "domestic_terms" in run.stderr


def test_sample_house_style(isolated_dir):
    data = run_cli("lint", "--format", "json", "--select", "style", str(SAMPLE)).json()
    messages = {d["rule"]: d for d in data["files"][0]["diagnostics"]}
    assert messages["HS104"]["suggestions"] == ["Tết Nguyên đán"]
    assert messages["HS101"]["text"] == " \u00a0"  # the double space (one of them no-break) after "2020 - 2025;"


@pytest.mark.parametrize(("setting", "expected"), [
    ("news", [("sỹ", "sĩ"), ("kĩ", "kỹ"), ("tý", "tí")]),  # as the news writes each: bác sĩ, kỹ thuật, một tí
    ("y", [("sĩ", "sỹ"), ("kĩ", "kỹ"), ("tí", "tý")]),
    ("i", [("sỹ", "sĩ"), ("kỹ", "kĩ"), ("tý", "tí")]),
])
def test_i_y_settings(isolated_dir, setting, expected):
    (isolated_dir / "editkit.toml").write_text(f'i-y = "{setting}"\n', "utf-8")
    text = "Bác sĩ và ca sỹ bàn về kĩ thuật và kỹ năng, một tí rồi một tý."
    data = run_cli("lint", "--format", "json", "--select", "DI104", "--stdin-filename", "a.txt", "-",
                   input=text.encode("utf-8")).json()
    found = [(d["text"], d["suggestions"][0]) for d in data["files"][0]["diagnostics"]]
    assert sorted(set(found)) == sorted(set(expected))


def test_a_line_in_capitals_makes_no_capitalisation_or_variant_choice():
    """An official heading (``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH``) is not 'fixed' into mixed case, and a
    headline in capitals (``COVID-19``) does not set the article's variant against ``Covid-19``."""
    check = lint("", "press")
    heading = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n\nỦy ban nhân dân tỉnh họp.\n"
    assert [d.rule for d in check(heading)] == []
    headline = "DỊCH COVID-19 LAN RỘNG Ở HÀ NỘI\n\nSố ca mắc Covid-19 tăng, người dân cần tiêm vắc xin Covid-19.\n"
    assert [d.rule for d in check(headline)] == []
    mixed = "Dịch COVID-19 lan rộng\n\nSố ca mắc Covid-19 tăng.\n"
    assert [d.rule for d in check(mixed)] == ["HS103"]


def test_a_long_quotation_is_shortened_in_the_message_but_fixed_whole():
    quotation = "Khả năng lập trình của mô hình gần như tương đương một kỹ sư phần mềm có nhiều năm kinh nghiệm"
    (finding,) = lint("", "press", select=("HS101",))(f'Ông nói: "{quotation}".\n')
    assert len(finding.message) < 100 and " … " in finding.message
    assert finding.fix.edits[0].replacement == f"“{quotation}”"


def test_a_paragraph_closed_by_html_or_template_tags_ends_at_its_stop():
    from pathlib import Path

    settings = resolve_settings(Path("."), isolated=True, overrides={"select": ["HS107"]})
    context = LintContext(settings)
    text = ("Tối 8/6, Lễ hội pháo hoa quốc tế Đà Nẵng 2024 với chủ đề Những chân trời mới chính thức khai mạc "
            "bên bờ sông Hàn, thu hút hàng chục nghìn khán giả trong và ngoài nước đến xem.\n\n"
            "Lịch thi đấu gồm các đêm 8/6, 15/6, 22/6, 29/6 và chung kết 13/7.</p></div>\n\n"
            "Khán giả được miễn phí vé tại khu vực bờ Đông sông Hàn. {{% /notice %}}\n\n"
            "Ban tổ chức chưa công bố giá vé của đêm chung kết năm nay {% endif %}\n")
    findings = lint_document(Document.from_text(text, "a.md"), context)
    assert [(f.rule, f.start.line) for f in findings] == [("HS107", 7)]  # only the last paragraph lacks its stop


def test_trailing_markup_is_stripped_in_linear_time():
    from editkit.rules.prose_style import without_trailing_markup

    started = time.perf_counter()
    for hostile in ("{{<" * 50_000 + "}}", "{%" * 50_000 + "%}", "<a " * 50_000 + ">", "x</b>" * 50_000):
        without_trailing_markup(hostile)
    assert time.perf_counter() - started < 1.0


def test_an_abbreviation_in_the_dateline_or_headline_needs_no_full_form_but_the_text_does():
    from pathlib import Path

    settings = resolve_settings(Path("."), isolated=True, overrides={"select": ["HS105"]})
    text = ("TP.HCM, ngày 20/11/2024\n\nUBND TP.HCM họp bàn giải pháp chống ngập mùa mưa năm nay\n\n"
            "(PLO) - Sáng 20/11, UBND Thành phố Hồ Chí Minh đã tổ chức hội nghị bàn giải pháp chống ngập "
            "cho mùa mưa năm nay với sự tham gia của nhiều sở ngành và chuyên gia.\n\nPhương Nam\n")
    findings = lint_document(Document.from_text(text, "a.txt"), LintContext(settings))
    assert [(f.start.line, f.text) for f in findings] == [(5, "UBND")]  # not the dateline's or headline's


def test_a_long_sentence_wrapped_over_lines_is_one_sentence():
    from pathlib import Path

    settings = resolve_settings(Path("."), isolated=True, overrides={"select": ["HS108"]})
    line = "trong tuần qua bệnh viện tiếp nhận nhiều ca bệnh nặng"
    wrapped = "Theo báo cáo, " + "\n".join([line] * 6) + ".\n"
    as_markdown = lint_document(Document.from_text(wrapped, "a.md"), LintContext(settings))
    assert [f.rule for f in as_markdown] == ["HS108"]  # 66 syllables in one sentence
    # in text hard-wrapped from its first line (every line goes on in lowercase) the lines are one sentence too
    assert [f.rule for f in lint_document(Document.from_text(wrapped, "a.txt"), LintContext(settings))] == ["HS108"]


def test_a_quote_wrapped_over_markdown_lines_is_closed_on_the_next_line():
    from pathlib import Path

    settings = resolve_settings(Path("."), isolated=True, overrides={"select": ["HS106"]})
    text = "Ông cho biết: “Chúng tôi sẽ chuẩn bị tốt\ncho trận gặp Indonesia (ngày 15/12)”.\n"
    assert lint_document(Document.from_text(text, "a.md"), LintContext(settings)) == []
    quoted = "Bài viết có đoạn:\n\n> “Chúng tôi sẽ chuẩn bị tốt\n> cho trận gặp Indonesia”.\n\n***\n\nHết.\n"
    assert lint_document(Document.from_text(quoted, "a.md"), LintContext(settings)) == []  # one quotation, two lines
    as_text = lint_document(Document.from_text(text, "a.txt"), LintContext(settings))
    assert [f.rule for f in as_text] == ["HS106", "HS106"]  # in a text file each line is a paragraph


def test_a_quotation_over_several_paragraphs_closes_in_its_last_one_only():
    check = lint("", "press", select=("HS106",))
    continued = 'Ông kể: "Hồi đó rừng bị chặt phá nhiều lắm.\n\n"Có lần tôi bị đánh gãy tay. Nhưng tôi đã hứa giữ rừng".\n'
    assert [d.rule for d in check(continued)] == []
    curly = "Ông kể: “Hồi đó rừng bị chặt phá nhiều lắm.\n\n“Nhưng tôi đã hứa giữ rừng”.\n"
    assert [d.rule for d in check(curly)] == []
    lost = "Ông kể: “Hồi đó rừng bị chặt phá nhiều lắm.\n\nBà hỏi vì sao.\n"  # the next paragraph opens no quotation
    assert [d.rule for d in check(lost)] == ["HS106"]


def test_the_opening_straight_quote_of_a_quotation_going_on_in_the_next_paragraph_is_curled():
    text = 'Ông kể: "Hồi đó rừng bị chặt phá nhiều lắm.\n\n"Nhưng tôi đã hứa giữ rừng".\n'
    fixed = fix_until_stable(text, lint(text, "press", select=("HS101",)), unsafe=False).text
    assert fixed == "Ông kể: “Hồi đó rừng bị chặt phá nhiều lắm.\n\n“Nhưng tôi đã hứa giữ rừng”.\n"
    closed = 'Ông kể: "Hồi đó khó lắm".\n\n"Nhưng tôi đã hứa".\n'  # closed in its paragraph: the pair rule's
    assert fix_until_stable(closed, lint(closed, "press", select=("HS101",)), unsafe=False).text == \
        "Ông kể: “Hồi đó khó lắm”.\n\n“Nhưng tôi đã hứa”.\n"


def test_a_label_and_figures_needs_no_final_stop():
    check = lint("", "press", select=("HS107",))
    results = "Giải tư: 12345 - 23456 - 34567 - 45678 - 56789 - 67890\n\nGiải sáu: 5678 - 9012 - 3456 - 7890 - 1234\n"
    assert [d.rule for d in check(results)] == []
    prices = ("Giá lúa hôm nay\n\nGiá lúa tại các tỉnh miền Tây tăng nhẹ so với đầu tuần qua.\n\n"
              "Lúa IR 50404 tươi tại ruộng: 7.200 - 7.400 đồng/kg\n\nGạo 5% tấm xuất khẩu loại mới: 415 - 420 USD/tấn\n")
    assert [d.rule for d in check(prices)] == []  # with their unit too
    prose = "Tổng kết năm\n\nThành phố đã họp tổng kết công tác năm qua với nhiều kết quả.\n\nKết quả: thành phố đã hoàn thành 12 chỉ tiêu trong năm\n"
    assert [d.rule for d in check(prose)] == ["HS107"]


def test_a_contact_line_ending_on_its_address_or_number_needs_no_final_stop():
    check = lint("", "press", select=("HS107",))
    head = "Ra mắt thẻ tín dụng mới\n\nNgân hàng vừa ra mắt dòng thẻ tín dụng mới dành cho khách hàng trẻ.\n\n"
    for line in ("**Liên hệ báo chí:** Phòng Truyền thông, email: truyenthong@abc.com.vn",
                 "Thông tin chi tiết về sản phẩm xem tại www.abc.com.vn/the-tin-dung",
                 "Mọi thắc mắc xin liên hệ tổng đài 1900 1234 56"):
        assert [d.rule for d in check(head + line + "\n")] == [], line
    cut = head + "Thông tin chi tiết về sản phẩm mới được ngân hàng công bố trên trang web của mình\n"
    assert [d.rule for d in check(cut)] == ["HS107"]


def test_a_credit_line_naming_the_source_needs_no_final_stop():
    check = lint("", "press", select=("HS107",))
    head = "Khánh thành cầu mới\n\nThành phố vừa khánh thành cây cầu mới bắc qua sông Hồng sáng nay.\n\n"
    for line in ("Nguồn: Cổng thông tin điện tử Hà Nội", "Nguồn ảnh: Sở Xây dựng Hà Nội và các nhà thầu",
                 "Tài liệu tham khảo: Báo cáo của Bộ Giao thông vận tải năm 2026"):
        assert [d.rule for d in check(head + line + "\n")] == [], line
    cut = head + "Nguồn vốn cho cây cầu đến từ ngân sách thành phố và vốn vay ưu đãi\n"  # a sentence on sources
    assert [d.rule for d in check(cut)] == ["HS107"]


def test_an_honorific_written_two_ways_is_quoted_with_whole_words():
    text = "Công tác vận động nhân dân được chú trọng. Nhờ vận động Nhân dân, quận về đích sớm."
    (finding,) = lint("", "press", select=("HS110",))(text)
    assert finding.message == "'vận động Nhân dân' was written 'vận động nhân dân' earlier in the article"


def test_a_variant_fixed_at_a_sentence_start_keeps_its_capital(isolated_dir):
    (isolated_dir / "a.txt").write_text("Lễ hội diễn ra hằng năm. Hàng năm khách rất đông.\n", encoding="utf-8")
    run_cli("lint", "--fix", "--unsafe-fixes", "--select", "HS103", "a.txt")
    assert (isolated_dir / "a.txt").read_text("utf-8") == "Lễ hội diễn ra hằng năm. Hằng năm khách rất đông.\n"


def test_style_ignore_switches_one_bundled_rule_off_by_its_id(isolated_dir):
    """Findings carry their house-style rule's id (JSON ``style_rule``, text output); ``style-ignore``
    takes ids, and an unknown id is reported with the nearest one."""
    (isolated_dir / "a.txt").write_text("Giá xăng tăng mạnh!!! Giá dầu giảm,, nhưng giá gas tăng.\n", encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "HS101", "a.txt").json()
    validate(found, "lint-output.schema.json")
    assert [d["style_rule"] for d in found["files"][0]["diagnostics"]] == ["repeated-exclamation-or-question", "doubled-punctuation"]
    assert "(doubled-punctuation)" in run_cli("lint", "--select", "HS101", "a.txt").stdout
    (isolated_dir / "editkit.toml").write_text('style-ignore = ["repeated-exclamation-or-question"]\n', encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "HS101", "a.txt").json()
    assert [d["style_rule"] for d in found["files"][0]["diagnostics"]] == ["doubled-punctuation"]
    (isolated_dir / "editkit.toml").write_text('style-ignore = ["repeated-exclamation"]\n', encoding="utf-8")
    broken = run_cli("lint", "--format", "json", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["rule"] for d in broken] == ["HS109"] and "repeated-exclamation-or-question" in broken[0]["message"]


def test_explain_shows_a_bundled_style_rule_and_lists_them_under_its_code():
    one = run_cli("explain", "two-full-stops")
    assert one.exit_code == 0 and "punctuation.toml" in one.stdout and "style-ignore" in one.stdout
    assert "doubled-punctuation" in run_cli("explain", "HS101").stdout
    assert run_cli("explain", "no-such-rule").exit_code == 2


def test_explain_knows_the_project_s_own_style_rules(isolated_dir):
    (isolated_dir / "editkit.toml").write_text('extend-styles = ["our-style.toml"]\n', encoding="utf-8")
    (isolated_dir / "our-style.toml").write_text(
        '[[rules]]\nid = "no-coin"\ntype = "substitution"\nmessage = "Viết tiền mã hóa"\npattern = "\\\\bcoin\\\\b"\n'
        'replacement = "tiền mã hóa"\nexamples = [{ wrong = "đầu tư coin", right = "đầu tư tiền mã hóa" }]\n', encoding="utf-8")
    one = run_cli("explain", "no-coin")
    assert one.exit_code == 0 and "our-style.toml" in one.stdout and "đầu tư tiền mã hóa" in one.stdout
    assert "no-coin" in run_cli("explain", "HS101").stdout  # listed with the project's rules
    (isolated_dir / "editkit.toml").write_text('extend-styles = ["missing.toml"]\n', encoding="utf-8")
    assert run_cli("explain", "two-full-stops").exit_code == 0  # a broken project config is lint's to report


@pytest.mark.parametrize(("sentence", "expected"), [
    # bodies coordinated with one the exceptions name (hai nước, các nước) are the same countries'
    ("Đại diện bộ ngoại giao và bộ quốc phòng hai nước đã họp.", []),
    ("Bộ ngoại giao, bộ tài chính và bộ y tế các nước cũng dự.", []),
    ("Bộ ngoại giao, bộ tài chính các nước cũng dự.", ["Bộ Ngoại giao"]),  # a comma alone may end a clause
    # not coordinated: still Vietnam's body
    ("Theo bộ ngoại giao, bộ quốc phòng hai nước sẽ họp.", ["Bộ Ngoại giao"]),
    ("Bộ y tế cho biết bộ quốc phòng hai nước sẽ họp.", ["Bộ Y tế"]),
])
def test_a_body_coordinated_with_another_countrys_is_that_countrys(isolated_dir, sentence, expected):
    (isolated_dir / "a.txt").write_text(f"Tin\n\nHà Nội, ngày 15/2/2027 - {sentence}\n", encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "HS104", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["suggestions"][0] for d in found] == expected


def test_a_specific_document_cited_by_its_number_has_its_type_capitalised(isolated_dir):
    """``nghị định 100/2019/NĐ-CP`` → ``Nghị định``: ND30 capitalises a document's type where one document
    is meant (its number and symbol); ``các nghị định`` in general stays as written."""
    text = ("Theo nghị định 100/2019/NĐ-CP và chỉ thị 23-CT/TU, các nghị định hướng dẫn luật sẽ ban hành; "
            "tỉnh đã có Quyết định số 1234/QĐ-UBND.\n")
    found = lint_json("--select", "HS101", text=text)["files"][0]["diagnostics"]
    assert [(d["text"], d["suggestions"][0]) for d in found] == [("nghị định", "Nghị định"), ("chỉ thị", "Chỉ thị")]


def test_a_law_named_by_its_title_is_capitalised(isolated_dir):
    """``luật Doanh nghiệp`` → ``Luật Doanh nghiệp``, ``bộ luật tố tụng hình sự`` → ``Bộ luật Tố tụng hình sự``;
    the law in general (``pháp luật đất đai``), a bill (``dự luật``) and a country's law (``luật Mỹ``) are left alone."""
    text = ("Theo luật Doanh nghiệp và bộ luật tố tụng hình sự, việc hoàn thiện pháp luật đất đai và dự luật đất đai "
            "khác luật Mỹ.\n")
    found = lint_json("--select", "HS101", text=text)["files"][0]["diagnostics"]
    assert [d["suggestions"][0] for d in found] == ["Luật Doanh nghiệp", "Bộ luật Tố tụng hình sự"]
