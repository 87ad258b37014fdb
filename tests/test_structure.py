"""Article structure on the sample and on articles written for these tests in several outlets' styles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import SAMPLE, lint_json, run_cli
from editkit.structure import analyse

LEAD = ("{tag}Sáng 20/1, UBND TP.HCM tổ chức hội nghị tổng kết công tác năm 2020 và triển khai nhiệm vụ "
        "năm 2021 với sự tham dự của lãnh đạo các sở, ngành và quận, huyện trên địa bàn.")
BODY = [
    "Báo cáo tại hội nghị cho thấy, thành phố đã hoàn thành phần lớn các chỉ tiêu chủ yếu trong bối cảnh dịch bệnh diễn biến phức tạp.",
    "Phát biểu chỉ đạo, Chủ tịch UBND thành phố đề nghị các đơn vị tập trung tháo gỡ khó khăn cho doanh nghiệp và người dân.",
    "Thành phố cũng đặt mục tiêu giải ngân vốn đầu tư công đạt trên 95% kế hoạch trong năm nay.",
]
STYLES = {
    "tto": ("TTO - ", "Minh Quân"),
    "dantri": ("(Dân trí) - ", "Hoàng Anh"),
    "thanhuy": ("(Thanhuytphcm.vn) - ", "Ngọc Thắm"),
    "source": ("", "Theo Tuổi Trẻ"),
    "stamp": ("(PLO) - ", "Lê Văn An - Báo Pháp luật | 11:02 06/02/2017"),
}
FURNITURE = {
    "comments": "Ý kiến bạn đọc\n\nrefresh\n\nTổng lượt bình luận",
    "comments-2": "Bình luận (3)\n\nGửi bình luận",
    "related": "Tin khác\n\nTP.HCM đón Tết an toàn\n\nNgười dân chuẩn bị đón Tết",
    "related-2": "Tin liên quan\n\n>> Giá vàng tăng mạnh\n\n>> Chứng khoán khởi sắc",
    "see-also": "Xem thêm: Hà Nội điều chỉnh giờ làm việc",
    "notice": "Thông báo",
    "share": "Chia sẻ\n\nFacebook\n\nZalo",
    "cookie": "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.",
    "newsletter": "Đăng ký nhận bản tin",
    "video": "Video đang được xem nhiều",
    "page-end": "Liên hệ quảng cáo: 0912 345 678\n\nBack to top\n\nVideo đang xem",
}


def article(style: str, furniture: str | None = None, caption: bool = False) -> str:
    tag, byline = STYLES[style]
    parts = ["Thứ Năm, ngày 21 tháng 1 năm 2021", "TP.HCM tổng kết công tác năm 2020"]
    if caption:
        parts.append("Quang cảnh hội nghị tổng kết")
    parts += [LEAD.format(tag=tag), *BODY, byline]
    if furniture:
        parts.append(FURNITURE[furniture])
    return "\n\n".join(parts) + "\n"


def parts_of(folder, text: str, name: str = "a.txt") -> list[dict]:
    """The parts `editkit structure --format json` finds in ``text`` written to ``folder/name``."""
    (folder / name).write_text(text, encoding="utf-8")
    return run_cli("structure", "--format", "json", name).json()["parts"]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_parts_are_recognised_in_each_style(style):
    text = article(style, caption=True)
    anatomy = analyse(text, 0, False, dateline_end=text.index("\n"))
    kinds = [p.kind for p in anatomy.parts]
    assert kinds[:4] == ["dateline", "headline", "caption", "lead"]
    assert anatomy.first("byline").text == STYLES[style][1]
    assert kinds.count("paragraph") == len(BODY)
    tag = anatomy.first("source-tag")
    assert (tag is not None) == bool(STYLES[style][0])


def flagged(text: str, tmp_path) -> list[dict]:
    path = tmp_path / "bai.txt"
    path.write_text(text, encoding="utf-8")
    data = run_cli("lint", "--isolated", "--format", "json", "--select", "ST101", str(path)).json()
    return data["files"][0]["diagnostics"]


def test_furniture_detection_rate_and_clean_articles(tmp_path):
    """Every page with furniture is flagged (the issue asks ≥ 90%); clean articles are not (≤ 3%)."""
    pages = [(s, f) for s in STYLES for f in FURNITURE]
    caught = sum(bool(flagged(article(s, f), tmp_path)) for s, f in pages)
    assert caught / len(pages) >= 0.9
    clean = [article(s, None, caption) for s in STYLES for caption in (False, True)]
    assert sum(bool(flagged(t, tmp_path)) for t in clean) / len(clean) <= 0.03


@pytest.mark.parametrize("furniture", sorted(FURNITURE))
def test_every_line_of_furniture_is_flagged_and_the_byline_still_found(furniture, tmp_path):
    text = article("dantri", furniture)
    found = flagged(text, tmp_path)
    lines = {line for line in FURNITURE[furniture].split("\n") if line}
    flagged_lines = {line for d in found for line in text[d["start"]["offset"]:d["end"]["offset"]].split("\n") if line}
    assert lines <= flagged_lines or furniture.startswith("related")  # a list of links under its label
    assert analyse(text, 0, False, dateline_end=text.index("\n")).first("byline").text == STYLES["dantri"][1]


@pytest.mark.parametrize("line, furniture", [
    ("Mới nhất", True), ("Quan tâm nhất", True), ("Báo cáo vi phạm", True), ("Gửi góp ý", True), ("Bình chọn", True),
    ("Tin xem nhiều", True), ("Tin cùng chủ đề", True), ("Bài tiếp theo", True), ("Đang được quan tâm", True),
    ("Lưu bài viết", True), ("Chọn cỡ chữ", True), ("A- A+", True), ("Nghe đọc bài", True), ("Đóng", True),
    ("Trở lại đầu trang", True), ("Nhấn để phóng to ảnh", True), ("Tải thêm", True), ("Từ khóa", True),
    ("Đánh giá bài viết", True), ("Bài viết có hữu ích với bạn không?", True),
    # credits and content lines stay
    ("Ảnh: Hải Long", False), ("Nguồn: Bộ Công Thương", False), ("Chủ đề: Chuyển đổi số", False),
])
def test_a_news_sites_buttons_and_tabs_after_the_byline_are_furniture(line, furniture, tmp_path):
    text = article("dantri") + "\n" + line + "\n"
    assert bool(flagged(text, tmp_path)) is furniture


def test_sample_fix_removes_furniture_and_keeps_body_and_byline(isolated_dir):
    target = isolated_dir / "quan-9.txt"
    shutil.copy(SAMPLE, target)
    original = SAMPLE.read_text("utf-8")
    data = run_cli("lint", "--format", "json", "--select", "web-boilerplate", "quan-9.txt").json()
    labels = [d["message"] for d in data["files"][0]["diagnostics"]]
    assert any("comment widget" in m for m in labels) and any("related links" in m for m in labels)
    run = run_cli("lint", "--fix", "--unsafe-fixes", "--select", "web-boilerplate", "quan-9.txt")
    assert run.exit_code == 0
    fixed = target.read_text("utf-8")
    for furniture in ("Ý kiến bạn đọc", "refresh", "Tổng lượt bình luận", "Tin khác", "Thông báo"):
        assert furniture not in fixed
    paragraphs = [p for p in original.split("\n") if len(p.split()) > 8]
    assert paragraphs and all(p in fixed for p in paragraphs)
    assert fixed.rstrip().endswith("Ngọc Thắm")


def test_fixing_an_aggregators_page_keeps_the_paper_it_took_the_story_from(isolated_dir):
    """``Báo Mới`` / ``Thanh Niên`` / ``2 giờ trước`` over the headline: the first --fix pass took the aggregator's
    name and the time stamp, and the second pass read the paper's name left alone over the headline as a section's
    label and took it too. A paper's name alone over the headline is its source; a second --fix changes nothing."""
    target = isolated_dir / "s108.txt"
    shutil.copy(SCRAPED / "s108.txt", target)
    run_cli("lint", "--fix", "--unsafe-fixes", "--select", "web-boilerplate", "s108.txt")
    fixed = target.read_text("utf-8")
    assert fixed.startswith("Thanh Niên\nXăng dầu đồng loạt tăng giá") and "Báo Mới" not in fixed
    assert [p["kind"] for p in parts_of(isolated_dir, fixed, "s108.txt")][:2] == ["byline", "headline"]
    run_cli("lint", "--fix", "--unsafe-fixes", "--select", "web-boilerplate", "s108.txt")
    assert target.read_text("utf-8") == fixed


def test_a_markdown_list_of_links_under_xem_them_is_the_writers_and_a_footer_ending_on_an_e_mail_is_reported(isolated_dir):
    """``Xem thêm:`` over a Markdown list of links is the writer's own, no furniture (t1029.md: it had gone
    unreported only because its links' URLs hid the block); a site's footer ending on its e-mail address, furniture,
    is reported (its address had hidden it)."""
    body = "Thứ Hai, 3/12/2029 - 08:00\n\nHà Nội mở thêm tuyến buýt điện\n\n" + LEAD.format(tag="") + "\n\n" + "\n\n".join(BODY)
    links = "\n\nMinh Anh\n\nXem thêm:\n\n- [Hà Nội sẽ có thêm 5 phố đi bộ](/them-pho-di-bo)\n- [Buýt điện chạy đêm](/buyt-dem)\n"
    (isolated_dir / "a.md").write_text(body + links, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST101", "a.md").json()["files"][0]["diagnostics"]
    assert found == []
    footer = "\n\nMinh Anh\n\nTổng biên tập: Nguyễn Văn Nam\nĐiện thoại: 0222 3822 123\nEmail: toasoan@baomau.vn\n"
    (isolated_dir / "b.txt").write_text(body + footer, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST101", "b.txt").json()["files"][0]["diagnostics"]
    assert [d["message"].split(":")[0] for d in found] == ["Web page furniture left in the article (site footer)"]


def test_a_table_typed_with_bars_is_a_table_and_a_live_reports_entries_are_not(isolated_dir):
    """``Khu vực | Nhiệt độ thấp nhất | …`` over rows of as many short cells had been a breadcrumb over paragraphs
    without their stops (HS107); a live report's ``**21:45** | …`` entries, sentences after a bar, stay paragraphs."""
    text = (SCRAPED / "s98.txt").read_text("utf-8").replace("\t", " | ")
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")]
    assert kinds == ["boilerplate", "dateline", "headline", "lead"] + ["table"] * 5 + ["paragraph", "byline"]
    news = (Path(__file__).parent / "news" / "t937.md").read_text("utf-8")
    live = [p for p in parts_of(isolated_dir, news, "b.md") if p["text"].startswith("**21:45** |")]
    assert [p["kind"] for p in live] == ["paragraph"]


def test_structure_command(isolated_dir):
    shutil.copy(SAMPLE, isolated_dir / "a.txt")
    data = run_cli("structure", "--format", "json", "a.txt").json()
    kinds = [p["kind"] for p in data["parts"]]
    assert kinds[:5] == ["dateline", "headline", "caption", "lead", "source-tag"]
    text = (isolated_dir / "a.txt").read_text("utf-8")
    assert all(text[p["start"]:p["end"]] == p["text"] for p in data["parts"])
    assert run_cli("structure", "a.txt").exit_code == 0
    assert run_cli("structure", "missing.txt").exit_code == 2
    shutil.copy(SAMPLE, isolated_dir / "b.txt")
    several = run_cli("structure", "--format", "jsonl", "a.txt", "missing.txt", "b.txt", "a.txt")
    assert several.exit_code == 2 and "missing.txt" in several.stderr
    assert [json.loads(line)["path"] for line in several.stdout.splitlines()] == ["a.txt", "b.txt"]  # a.txt once
    assert run_cli("structure", "--format", "json", "a.txt", "b.txt").exit_code == 2
    assert run_cli("structure", "--format", "json", "a.txt", "./a.txt").exit_code == 0  # one file, named twice


def test_markdown_article_with_image_caption(isolated_dir):
    text = ("---\ntitle: TP.HCM tổng kết công tác năm 2020\ndate: 2021-01-21\nauthor: Minh Quân\n---\n"
            "# TP.HCM tổng kết công tác năm 2020\n\n![Hội nghị](hoi-nghi.jpg)\n\nQuang cảnh hội nghị\n\n"
            + LEAD.format(tag="TTO - ") + "\n\n" + "\n\n".join(BODY) + "\n\nMinh Quân\n")
    (isolated_dir / "a.md").write_text(text, encoding="utf-8")
    data = run_cli("structure", "--format", "json", "a.md").json()
    kinds = [p["kind"] for p in data["parts"]]
    assert kinds[:4] == ["headline", "image", "caption", "lead"]
    lint = run_cli("lint", "--format", "json", "--select", "structure", "a.md").json()
    assert lint["files"][0]["diagnostics"] == []


def test_markdown_headline_after_a_place_dateline(isolated_dir):
    text = ("---\ntitle: Quốc hội thông qua luật\ndate: 2024-01-18\nauthor: Văn Toàn\n---\n\nHà Nội, ngày 18/1/2024\n\n"
            "# Quốc hội thông qua Luật Đất đai (sửa đổi)\n\n" + LEAD.format(tag="(Chinhphu.vn) - ") + "\n\n"
            + "\n\n".join(BODY) + "\n\nVăn Toàn\n")
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.md")]
    assert kinds[:4] == ["dateline", "headline", "lead", "source-tag"]


def test_short_sentence_before_a_tagged_lead_is_a_caption(isolated_dir):
    text = ("Thứ Sáu, 20/9/2024\n\nPhát hiện loài ếch mới ở Vườn quốc gia Hoàng Liên\n\n"
            "Loài ếch mới có màu xanh lục, da sần sùi.\n\n" + LEAD.format(tag="(VOV) - ") + "\n\n"
            + "\n\n".join(BODY) + "\n\nNgọc Mai\n")
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")]
    assert kinds[:5] == ["dateline", "headline", "caption", "lead", "source-tag"]


def test_lists_tables_and_code_are_not_paragraphs(isolated_dir):
    text = ("---\ntitle: Những điều cần biết khi đi khám bệnh\ndate: 2024-06-01\nauthor: Bảo Ngọc\n---\n\n"
            "# Những điều cần biết khi đi khám bệnh\n\n" + LEAD.format(tag="(SGGP) - ") + "\n\n"
            "Các giấy tờ cần mang theo gồm:\n\n- căn cước công dân hoặc ứng dụng VNeID\n"
            "- thẻ bảo hiểm y tế còn hạn sử dụng\n\n| Dịch vụ khám bệnh | Giá niêm yết (đồng) |\n|---|---|\n"
            "| Khám thường tại các phòng khám | 150.000 |\n\n## Lưu ý khi đi khám\n\n```\nmã lỗi ERR_403 khi tài khoản "
            "chưa được xác thực\n```\n\n" + "\n\n".join(BODY) + "\n\nBảo Ngọc\n")
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.md")]
    assert kinds.count("list-item") == 2 and kinds.count("table") == 3 and kinds.count("subheading") == 1
    assert kinds.count("code") == 3
    lint = run_cli("lint", "--format", "json", "--select", "HS107,ST", "a.md").json()
    assert lint["files"][0]["diagnostics"] == []


def test_an_interviews_dashed_turns_are_paragraphs_not_a_list(isolated_dir):
    """``**- Thưa ông, …?**`` over ``- Theo tôi, …``: an interview's questions and answers, each opened by
    a dash, are its running prose; a list of items under a line that asks one question stays a list."""
    text = ("# Cần chiến lược dài hạn cho trí tuệ nhân tạo tiếng Việt\n\n" + LEAD.format(tag="") + "\n\n"
            "**- Thưa ông, các mô hình ngôn ngữ lớn xử lý tiếng Việt tốt đến đâu?**\n\n"
            "- Các mô hình quốc tế đã viết tiếng Việt khá trôi chảy. Tuy vậy, chúng vẫn mắc lỗi ở văn bản hành chính.\n\n"
            "**- Việt Nam nên làm gì?**\n\n- Theo tôi, cần xây dựng kho dữ liệu tiếng Việt mở.\n\n"
            "**- Xin cảm ơn ông!**\n")
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.md")]
    assert "list-item" not in kinds and kinds.count("paragraph") == 5
    listed = ("# Những điều cần biết khi đi khám bệnh\n\n" + LEAD.format(tag="") + "\n\n"
              "Cần mang theo những gì khi đi khám?\n\n- căn cước công dân\n- thẻ bảo hiểm y tế còn hạn\n")
    assert [p["kind"] for p in parts_of(isolated_dir, listed, "b.md")].count("list-item") == 2


def article_closing_with(last: str) -> str:
    """A dated article (dateline, headline, lead, body) whose last line is ``last``."""
    return ("Thứ Tư, 15/5/2024\n\nChuyên gia nói về trí tuệ nhân tạo\n\n" + LEAD.format(tag="(Dân trí) - ")
            + "\n\n" + "\n\n".join(BODY) + "\n\n" + last + "\n")


@pytest.mark.parametrize("byline", ["Hoài Thu (thực hiện)", "Minh Anh - Quốc Tuấn (tổng hợp)", "Theo Reuters",
                                    "Nhóm phóng viên", "Phóng viên thường trú tại Đà Nẵng", "Ban Thời sự",
                                    "Bài và ảnh: Minh Anh", "Thực hiện: Thu Hà", "Ghi chép của Minh Anh",
                                    "Hồng Minh/Báo Tin tức", "Lê Anh/VOV-Tây Bắc", "Luật sư Phạm Văn Đức",
                                    "Bác sĩ Nguyễn Thu Hà", "Nhà báo Hữu Thọ", "Đại úy Lê Văn Hùng", "Ban Tổ chức",
                                    "Phòng Truyền thông Tập đoàn Điện lực", "Bạn đọc Trần Văn Bình",
                                    "Nguyễn Thị Mai Anh, lớp 5A", "Lê Minh, lớp 12 chuyên Văn, Trường THPT Lê Quý Đôn",
                                    "Bác sĩ Nguyễn Thanh Bình, Bệnh viện Nhi đồng Cần Thơ",
                                    "ThS Lê Văn Tâm, Trung tâm Kiểm soát bệnh tật Hà Nội",
                                    "Luật sư Phạm Thu Hà, Đoàn Luật sư TP Hà Nội",
                                    # the institution in brackets after the name, as an opinion piece signs it
                                    "TS. Nguyễn Thị Lan Anh (Viện Nghiên cứu Gia đình và Giới)",
                                    "PGS.TS Trần Văn Bình (Đại học Quốc gia Hà Nội)",
                                    # a body signing a bulletin or a press release alone
                                    "Trung tâm Dự báo khí tượng thủy văn quốc gia", "Sở Y tế Hà Nội", "Công an tỉnh Bắc Ninh"])
def test_byline_with_a_role_or_signed_by_a_desk(isolated_dir, byline):
    parts = parts_of(isolated_dir, article_closing_with(byline), "a.txt")
    assert (parts[-1]["kind"], parts[-1]["text"]) == ("byline", byline)


def test_a_credit_line_over_the_headline_is_the_byline(isolated_dir):
    """``Bài và ảnh: Minh Hà`` on the first line, as print layouts set it: the byline, the headline
    under it (it had been the headline, the headline a caption, and ST108 asked for a byline)."""
    text = ("Bài và ảnh: Minh Hà\n\nChuyên gia nói về trí tuệ nhân tạo\n\n" + LEAD.format(tag="")
            + "\n\n" + "\n\n".join(BODY) + "\n")
    parts = parts_of(isolated_dir, text, "a.txt")
    assert [p["kind"] for p in parts[:3]] == ["byline", "headline", "lead"]
    assert run_cli("lint", "--format", "json", "--select", "ST", "a.txt").json()["files"][0]["diagnostics"] == []
    # a bare name there may be a headline or a section's label: only a labelled credit line is the byline
    parts = parts_of(isolated_dir, text.replace("Bài và ảnh: Minh Hà", "Minh Hà"), "a.txt")
    assert parts[0]["kind"] != "byline"


def test_a_signer_for_a_family_under_thay_mat_gia_dinh(isolated_dir):
    """An obituary signed ``Thay mặt gia đình`` / ``Trưởng nam Trần Văn Lâm``: both lines are the byline,
    as a text's two lines or a Markdown paragraph's (no HS107 for a paragraph without its full stop)."""
    parts = parts_of(isolated_dir, article_closing_with("Thay mặt gia đình\n\nTrưởng nam Trần Văn Lâm"), "a.txt")
    assert [(p["kind"], p["text"]) for p in parts[-2:]] == [("byline", "Thay mặt gia đình"),
                                                            ("byline", "Trưởng nam Trần Văn Lâm")]
    text = ("# Chuyên gia nói về trí tuệ nhân tạo\n\n" + LEAD.format(tag="(Dân trí) - ") + "\n\n" + "\n\n".join(BODY)
            + "\n\nThay mặt gia đình\nTrưởng nam Trần Văn Lâm\n")
    assert parts_of(isolated_dir, text, "a.md")[-1]["kind"] == "byline"
    assert parts_of(isolated_dir, text.replace("Trưởng nam Trần", "chúng tôi xin cảm ơn bà con Trần"), "a.md")[-1][
        "kind"] == "paragraph"
    # the title with a colon before the name (Trưởng nam: Trần Văn Lâm), as notices print it too
    parts = parts_of(isolated_dir, article_closing_with("Thay mặt gia đình\n\nTrưởng nam: Trần Văn Lâm"), "a.txt")
    assert [p["kind"] for p in parts[-2:]] == ["byline", "byline"]


@pytest.mark.parametrize("last", ["Luật sư nói vậy", "Bác sĩ khuyến cáo", "Nguyễn Văn An, lớp học thêm rất đông",
                                  "Nguyễn Văn An, bệnh viện đã quá tải", "Trung tâm y tế xã còn thiếu thuốc"])
def test_a_title_before_no_name_is_no_byline(isolated_dir, last):
    assert parts_of(isolated_dir, article_closing_with(last), "a.txt")[-1]["kind"] != "byline"


@pytest.mark.parametrize("byline", ["**Thanh Tùng - Ngọc Ánh**", "*Nhóm phóng viên*", "_Minh Anh (tổng hợp)_"])
def test_a_markdown_byline_in_bold_or_italics(isolated_dir, byline):
    text = ("# Chuyên gia nói về trí tuệ nhân tạo\n\n" + LEAD.format(tag="(Dân trí) - ")
            + "\n\n" + "\n\n".join(BODY) + "\n\n" + byline + "\n")
    parts = parts_of(isolated_dir, text, "a.md")
    assert (parts[-1]["kind"], parts[-1]["text"]) == ("byline", byline)
    assert parts_of(isolated_dir, text.replace(byline, "**Đây là một câu in đậm.**"), "a.md")[-1]["kind"] == "paragraph"


def test_scraped_page_with_breadcrumb_share_button_and_tags(isolated_dir):
    text = ("Trang chủ » Thời sự » Xã hội\nThứ Năm, 14/11/2024 - 07:45\n\nXe khách lật trên cao tốc, 5 người bị thương\n\n"
            "Chia sẻ\nHiện trường vụ tai nạn. (Ảnh: CTV)\n\n" + LEAD.format(tag="NLĐO - ") + "\n\n" + "\n\n".join(BODY)
            + "\n\nXem thêm: Tai nạn liên hoàn trên Quốc lộ 1A, 3 người tử vong\n\nQ.Nam - T.Hải\n\n"
            "Tags: tai nạn giao thông, cao tốc, xe khách\nTheo dõi chúng tôi trên Google News\nBình luận (0)\n")
    parts = parts_of(isolated_dir, text, "a.txt")
    kinds = [p["kind"] for p in parts]
    assert kinds[:7] == ["boilerplate", "dateline", "headline", "boilerplate", "caption", "lead", "source-tag"]
    assert [p["label"] for p in parts if p["kind"] == "boilerplate"][:2] == ["breadcrumb", "site notice"]
    assert kinds[-5:] == ["boilerplate", "byline", "boilerplate", "boilerplate", "boilerplate"]


def test_caption_right_under_the_lead(isolated_dir):
    text = ("Thứ hai, 4/11/2024, 06:00 (GMT+7)\nGiá lúa tăng cao, nông dân miền Tây phấn khởi\n"
            + LEAD.format(tag="") + "\nNông dân huyện Thoại Sơn (An Giang) thu hoạch lúa. Ảnh: Ngọc Tài\n"
            + "\n".join(BODY) + "\nNgọc Tài\n")
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")]
    assert kinds[:4] == ["dateline", "headline", "lead", "caption"]
    lint = run_cli("lint", "--format", "json", "--select", "ST109,HS107", "a.txt").json()
    assert lint["files"][0]["diagnostics"] == []


def test_author_and_bare_dateline_under_the_headline(isolated_dir):
    """Tuổi Trẻ's layout: headline, author, date and time without a weekday, tagged lead."""
    text = ("Bộ Giáo dục công bố phương án thi tốt nghiệp THPT 2025\nThanh Hà\n04/11/2024 10:15 GMT+7\n"
            + LEAD.format(tag="TTO - ") + "\nThí sinh làm bài thi năm 2024 - Ảnh: NGUYÊN BẢO\n" + "\n".join(BODY)
            + "\nĐọc tiếp\nThi tốt nghiệp THPT 2025: Học sinh cần chuẩn bị gì?\nÝ kiến (12)\n")
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")]
    assert kinds[:6] == ["headline", "byline", "dateline", "lead", "source-tag", "caption"]
    assert kinds[-3:] == ["boilerplate"] * 3
    lint = run_cli("lint", "--format", "json", "--select", "ST108,DT106,ST109", "a.txt").json()
    assert lint["files"][0]["diagnostics"] == []


def test_site_name_and_section_over_the_dateline_are_furniture(isolated_dir):
    text = ("Dân trí\nThời sự\nThứ sáu, 08/11/2024 - 15:30\nChia sẻ\nHà Nội: Đường Vành đai 4 sẽ thông xe vào năm 2026\n"
            + LEAD.format(tag="(Dân trí) - ") + "\n" + "\n".join(BODY) + "\nNguyễn Dương\n")
    parts = parts_of(isolated_dir, text, "a.txt")
    assert [p["kind"] for p in parts][:6] == ["boilerplate", "boilerplate", "dateline", "boilerplate", "headline", "lead"]
    assert parts[0]["label"] == "site header"


def test_section_headline_authors_email_and_dateline_on_the_fifth_line(isolated_dir):
    """Thanh Niên's layout: section, headline, authors, e-mail, then the date and time."""
    text = ("Thời sự\nNhiều địa phương ráo riết chuẩn bị ứng phó bão số 8\nTrần Minh - Hoàng Sơn\ntnonline@thanhnien.vn\n"
            "12/11/2024 07:12 GMT+7\n" + LEAD.format(tag="") + "\n" + "\n".join(BODY) + "\nBình luận (0)\n")
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")]
    assert kinds[:6] == ["boilerplate", "headline", "byline", "byline", "dateline", "lead"]
    lint = run_cli("lint", "--format", "json", "--select", "ST108,ST103,ST106", "a.txt").json()
    assert lint["files"][0]["diagnostics"] == []


def test_the_dateline_under_a_site_menu_copied_one_item_a_line_dates_the_article(isolated_dir):
    """A browser copy's menu (``Thời sự`` / ``Thế giới`` / …, one item a line) over the dateline: the
    dateline had been looked for in the first six lines only, the article left without its date."""
    menu = "\n".join(["Đăng nhập", "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật", "Doanh nghiệp"])
    text = (menu + "\nThứ bảy, 05/12/2026 - 07:45\n\nGiá rau quả tăng mạnh dịp cuối năm\n\n" + LEAD.format(tag="")
            + "\n\nHôm nay, giá tăng.\n\nThu Hà\n")
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    dates = run_cli("dates", "--format", "json", "a.txt").json()
    assert dates["reference"] == "2026-12-05"
    assert dates["dates"][0]["text"] == "Thứ bảy, 05/12/2026 - 07:45"  # not cut after Doanh nghiệp's "hiệp"
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")]
    assert kinds[:11] == ["boilerplate"] * 8 + ["dateline", "headline", "lead"]
    # three short lines are no menu: a site header's, as before
    assert [p["kind"] for p in parts_of(isolated_dir, "Dân trí\nThời sự\n" + text[len(menu) + 1:], "a.txt")][:3] == [
        "boilerplate", "boilerplate", "dateline"]


def test_a_date_line_under_running_text_is_not_the_page_dateline(isolated_dir):
    text = "Tuyên bố chung\n\n" + LEAD.format(tag="") + "\n\nHà Nội, ngày 18/1/2024\n"
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")]
    assert kinds[:2] == ["headline", "lead"]


@pytest.mark.parametrize("line", ["Video: Đại biểu Quốc hội thảo luận về chuyển đổi số", "Ảnh 1/5", "Tags: bão, lũ lụt",
                                  "Trang chủ » Thời sự", "Thời sự › Xã hội › Giao thông", "Đọc tiếp",
                                  "Chia sẻ bài viết", "Lượt xem: 1.234", "1.254 lượt xem", "Cỡ chữ", "Nghe bài viết", "0:00 / 3:25",
                                  "(adsbygoogle = window.adsbygoogle || []).push({});", "Bản quyền © 2026 thuộc về Báo Hà Nội Mới",
                                  "Bạn đang đọc bài viết Hà Nội khởi công cầu mới tại chuyên mục Thời sự",
                                  "Theo dõi Báo Giao thông trên Google News"])
def test_more_page_furniture(line):
    from editkit.structure.anatomy import furniture_kind

    assert furniture_kind(line) is not None


@pytest.mark.parametrize(("line", "furniture"), [
    ("Tải ứng dụng Tuổi Trẻ Online để nhận tin nhanh nhất", True),
    ("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục nghĩa là bạn đồng ý.", True),
    ("Điều khoản sử dụng | Chính sách bảo mật", True),
    # sentences of an article that mention an app, cookies or a privacy policy
    ("Tải ứng dụng trên App Store hoặc Google Play, đăng nhập bằng tài khoản VNeID mức 2.", False),
    ("Google sẽ ngừng sử dụng cookie bên thứ ba từ năm 2025, theo thông báo của hãng.", False),
    ("Meta vừa cập nhật chính sách bảo mật, theo đó người dùng phải đồng ý chia sẻ dữ liệu.", False),
    ("(c) 2024 VnExpress", True),
    ("Giấy phép số 548/GP-BTTTT cấp ngày 24/8/2021", True),
    ("(c) Người lao động được nghỉ 5 ngày khi kết hôn.", False),  # point c of a list
    ("Giấy phép hoạt động của tạp chí đã bị Bộ Thông tin và Truyền thông thu hồi.", False),
    ("Nghe bài viết này, nhiều độc giả đã gọi điện cho tòa soạn.", False),
    ("Bài viết về Viá»‡t Nam và TiÕng ViÖt.", False),  # mojibake (EN109), no breadcrumb
    ("Thời sự» Xã hội", True),
    # a section and its subsection between bars, and a related list's label without its colon
    ("Thể thao | Bóng đá Việt Nam", True),
    ("Bài liên quan", True),
    ("27/11/2026 | 17:25", False),  # a date stamp (the dateline)
    ("Giá vàng hôm nay | Tăng 1 triệu đồng, người mua chờ đợi.", False),
    # a related list's label and its links run together on one line; a sentence after such a word is text
    ("Các tin khác: Huyện Thanh Trì ra quân trồng cây (20/12/2029) Hội nghị tiếp xúc cử tri (15/12/2029)", True),
    ("Tin liên quan: Bộ Y tế cho biết sẽ tăng cường kiểm tra.", False),
    ("Chia sẻ bài viết của mình trên mạng xã hội, anh Tuấn cho biết đã đi bộ 20 km.", False),
])
def test_a_site_notice_is_furniture_but_a_sentence_about_its_subject_is_not(line, furniture):
    from editkit.structure.anatomy import furniture_kind

    assert (furniture_kind(line) is not None) is furniture


@pytest.mark.parametrize(("tag", "label"), [("VOV.VN - ", "VOV.VN"), ("(PLO)- ", "PLO"), ("ANTĐ - ", "ANTĐ"),
                                          ("ĐS&PL - ", "ĐS&PL"), ("(VTC News) - ", "VTC News"),
                                          # an outlet's domain written bare
                                          ("VTV.vn - ", "VTV.vn"), ("Baoquocte.vn - ", "Baoquocte.vn"),
                                          ("Kinhtedothi - ", "Kinhtedothi"),  # a listed outlet's bare name
                                          # an outlet's tag in brackets without its dash (ST107 asks for it)
                                          ("(Vietnam+) ", "Vietnam+"), ("(TTXVN) ", "TTXVN"),
                                          ("(Ảnh minh họa) ", None), ("(Tiếp theo) ", None),  # no outlet's
                                          ("Washington - ", None)])  # a city, no outlet
def test_source_tags_of_many_outlets(isolated_dir, tag, label):
    text = "Thứ Hai, 4/11/2024\n\nĐàn niệc nâu xuất hiện ở vườn quốc gia miền Trung\n\n" + LEAD.format(tag=tag) + "\n\nMinh Đức\n"
    parts = parts_of(isolated_dir, text, "a.txt")
    assert [p["label"] for p in parts if p["kind"] == "source-tag"] == ([label] if label else [])


def test_markdown_lead_in_bold_keeps_its_source_tag_and_final_stop(isolated_dir):
    text = ("---\ntitle: Kinh tế quý III tăng trưởng mạnh\ndate: 2024-10-06\nauthor: Thu Hà\n---\n\n"
            "# Kinh tế quý III tăng trưởng mạnh\n\n**" + LEAD.format(tag="(VnEconomy)- ") + "**\n\n"
            + "\n\n".join(BODY) + "\n\nThu Hà\n")
    parts = parts_of(isolated_dir, text, "a.md")
    (tag,) = [p for p in parts if p["kind"] == "source-tag"]
    assert tag["text"] == "(VnEconomy)- " and text[tag["start"]:tag["end"]] == tag["text"]
    found = [d["rule"] for d in run_cli("lint", "--format", "json", "--select", "ST107,HS107", "a.md").json()["files"][0]["diagnostics"]]
    assert found == ["ST107"]  # the tag's spacing, and no missing final stop behind the closing **
    run_cli("lint", "--fix", "--select", "ST107", "a.md")
    assert "**(VnEconomy) - " in (isolated_dir / "a.md").read_text("utf-8")


def test_structure_config(isolated_dir):
    (isolated_dir / "editkit.toml").write_text('[structure]\nheadline-syllables = [10, 12]\nrequire-byline = false\n', encoding="utf-8")
    (isolated_dir / "a.txt").write_text(article("tto").replace("\n\nMinh Quân\n", "\n"), encoding="utf-8")
    names = {d["name"] for d in run_cli("lint", "--format", "json", "--select", "structure", "a.txt").json()["files"][0]["diagnostics"]}
    assert "headline-length" in names and "missing-byline" not in names
    (isolated_dir / "editkit.toml").write_text('[structure]\nheadline-syllables = 3\n', encoding="utf-8")
    run = run_cli("lint", "a.txt")
    assert run.exit_code == 2 and "headline-syllables" in run.stderr


HTML_PAGE = """<!doctype html><html><head><title>Quận 9</title><script>var tracking = "Ý kiến bạn đọc";</script>
<style>.x{}</style></head><body><nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav>
<article><p class="date">Thứ Năm, ngày 21 tháng 1 năm 2021</p><h1>Quận 9: Tập trung đẩy mạnh cải cách hành chính</h1>
<figure><img src="a.jpg" alt=""><figcaption>Đồng chí Lâm Đình Thắng phát biểu kết luận tại hội nghị</figcaption></figure>
<p class="sapo">(Thanhuytphcm.vn)-Ngày 19/1, Quận ủy Quận 9 đã tổ chức Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ quận
khóa VI để thảo luận thông qua dự thảo báo cáo kết quả thực hiện công tác xây dựng Đảng, xây dựng chính quyền.</p>
<p>Qua đánh giá cho thấy, tình hình sáng lạng với nhiều chỉ tiêu hoàn thành<br>và đảm bảo tiến độ đề ra.</p>
<p><strong>Ngọc Thắm</strong></p></article>
<div class="comments"><h3>Ý kiến bạn đọc</h3><form><textarea></textarea><button>Gửi bình luận</button></form></div>
<aside class="related"><h3>Tin khác</h3><ul><li><a href="/1">Tin một</a></li></ul></aside></body></html>"""


def test_html_article_is_extracted_with_a_real_parser(isolated_dir):
    (isolated_dir / "bai.html").write_text(HTML_PAGE, encoding="utf-8")
    parts = run_cli("structure", "--format", "json", "bai.html").json()["parts"]
    kinds = [p["kind"] for p in parts]
    assert kinds[:5] == ["dateline", "headline", "caption", "lead", "source-tag"]
    assert [p["text"] for p in parts if p["kind"] == "byline"] == ["Ngọc Thắm"]
    texts = " ".join(p["text"] for p in parts)
    assert "Trang chủ" not in texts and "tracking" not in texts and "Tin khác" not in texts
    lint = run_cli("lint", "--format", "json", "bai.html").json()
    found = {d["rule"]: d for d in lint["files"][0]["diagnostics"]}
    assert "[html: html/body/article/p[2]]" in found["ST107"]["message"]
    assert "SP103" in found and "fix" not in found["SP103"]  # extracted text is never written back
    run = run_cli("lint", "--fix", "--unsafe-fixes", "bai.html")
    assert (isolated_dir / "bai.html").read_text("utf-8") == HTML_PAGE and run.exit_code == 1


def test_html_page_chrome_around_the_article_element_is_not_the_article(isolated_dir):
    """The site's logo in <header> and its © line in <footer> are the page, not furniture left in
    the article: with an <article> (or <main>) element, only its inside is read."""
    page = ("<html><body><header><div class='logo'>Báo Mới</div></header><article>"
            "<p>Thứ Hai, 16/9/2024 - 08:30</p><h1>Hà Nội mở thêm 3 tuyến buýt điện nối trung tâm với ngoại thành</h1>"
            f"<p>{LEAD.format(tag='(HNM) - ')}</p>" + "".join(f"<p>{p}</p>" for p in BODY) + "<p>Minh Anh</p>"
            "</article><footer>© Báo Mới 2024</footer></body></html>")
    (isolated_dir / "bai.html").write_text(page, encoding="utf-8")
    parts = run_cli("structure", "--format", "json", "bai.html").json()["parts"]
    assert [p["kind"] for p in parts][:3] == ["dateline", "headline", "lead"]
    assert parts[-1]["kind"] == "byline" and "Báo Mới" not in " ".join(p["text"] for p in parts)
    lint = run_cli("lint", "--format", "json", "--select", "ST", "bai.html").json()
    assert lint["files"][0]["diagnostics"] == []


def test_a_pages_tag_list_is_left_out_with_its_share_buttons(isolated_dir):
    """``<div class="tags">Tags: …</div>`` marks the page's tag list, as a class marks its share buttons:
    no part of the article (ST101 had reported it), while a paragraph that mentions tags stays."""
    page = ("<html><body><article><h1>Hà Nội mở thêm 3 tuyến buýt điện nối trung tâm với ngoại thành</h1>"
            f"<p>{LEAD.format(tag='(HNM) - ')}</p>" + "".join(f"<p>{p}</p>" for p in BODY) + "<p>Minh Anh</p>"
            "<div class='article-tags'>Tags: <a>xe buýt điện</a> <a>giao thông</a></div>"
            "<ul class='tag-list'><li>Hà Nội</li></ul></article></body></html>")
    (isolated_dir / "bai.html").write_text(page, encoding="utf-8")
    parts = run_cli("structure", "--format", "json", "bai.html").json()["parts"]
    assert parts[-1] == {**parts[-1], "kind": "byline", "text": "Minh Anh"}
    assert run_cli("lint", "--format", "json", "--select", "ST", "bai.html").json()["files"][0]["diagnostics"] == []


@pytest.mark.parametrize("header,kept", [
    ("<div id='header'><a href='/'>Báo Nông thôn</a> | <a>Kinh tế</a> | <a>Xã hội</a></div>", False),
    ("<header><div class='logo'>Báo Nông thôn</div><p>Thứ Tư, 25/11/2026</p></header>", False),
    # a header that holds the article's headline is the article's
    ("<header><h1>Hà Nội mở thêm 3 tuyến buýt điện nối trung tâm với ngoại thành</h1></header>", True),
])
def test_a_page_without_an_article_element_leaves_out_its_own_header(isolated_dir, header, kept):
    body = (f"<p>{LEAD.format(tag='(HNM) - ')}</p>" + "".join(f"<p>{p}</p>" for p in BODY) + "<p>Minh Anh</p>")
    headline = "" if kept else "<h1>Hà Nội mở thêm 3 tuyến buýt điện nối trung tâm với ngoại thành</h1>"
    page = (f"<html><body>{header}<div class='container'>{headline}{body}</div>"
            "<div class='right-col'><h3>Đọc nhiều</h3><ul><li>Tin 1</li></ul></div></body></html>")
    (isolated_dir / "bai.html").write_text(page, encoding="utf-8")
    parts = run_cli("structure", "--format", "json", "bai.html").json()["parts"]
    assert [p["kind"] for p in parts][:2] == ["headline", "lead"] and parts[-1]["kind"] == "byline"
    assert run_cli("lint", "--format", "json", "--select", "ST101", "bai.html").json()["files"][0]["diagnostics"] == []


def test_a_page_without_an_article_element_leaves_out_its_own_footer_and_keeps_an_article_footer(isolated_dir):
    page = ("<html><body><header><nav><a href='/'>Trang chủ</a></nav></header><div class='container'>"
            "<p>Thứ Hai, 16/9/2024 - 08:30</p><h1>Hà Nội mở thêm 3 tuyến buýt điện nối trung tâm với ngoại thành</h1>"
            f"<p>{LEAD.format(tag='(HNM) - ')}</p>" + "".join(f"<p>{p}</p>" for p in BODY) +
            "<footer class='post-author'>Minh Anh</footer></div>"
            "<footer>© 2024 Báo Mới. Giấy phép số 123/GP-BTTTT.</footer></body></html>")
    (isolated_dir / "bai.html").write_text(page, encoding="utf-8")
    parts = run_cli("structure", "--format", "json", "bai.html").json()["parts"]
    assert parts[-1] == {**parts[-1], "kind": "byline", "text": "Minh Anh"}
    assert "Giấy phép" not in " ".join(p["text"] for p in parts)  # the page's footer, not the article's furniture


def word_article(headline: str, tag: str):
    """A Word document with a dateline, the headline and a lead behind ``tag``; the test adds the rest."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Thứ Năm, ngày 21 tháng 1 năm 2021")
    document.add_heading(headline, level=1)
    document.add_paragraph(f"{tag}Ngày 19/1, Quận ủy Quận 9 đã tổ chức Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ quận "
                           "khóa VI để thảo luận thông qua dự thảo báo cáo kết quả thực hiện công tác xây dựng Đảng.")
    return document


def test_docx_article(isolated_dir):
    document = word_article("Quận 9: Tập trung đẩy mạnh cải cách hành chính", "(TTO)-")
    document.add_paragraph("Qua đánh giá cho thấy, nhiều chỉ tiêu đã hoàn thành và đảm bảo tiến độ, tình hình sáng lạng.")
    document.add_paragraph("Ngọc Thắm")
    document.save(isolated_dir / "bai.docx")
    lint = run_cli("lint", "--format", "json", "bai.docx").json()
    (file,) = lint["files"]
    assert file["error"] is None
    by_rule = {d["rule"]: d["message"] for d in file["diagnostics"]}
    assert by_rule["ST107"].endswith("[docx: paragraph 3]")
    assert by_rule["SP103"].endswith("[docx: paragraph 4]")
    parts = run_cli("structure", "--format", "json", "bai.docx").json()["parts"]
    assert [p["kind"] for p in parts][:3] == ["dateline", "headline", "lead"]


def test_a_word_files_headings_lists_and_tables_are_no_paragraphs(isolated_dir):
    document = word_article("Quận 9: Tập trung đẩy mạnh cải cách hành chính năm 2021", "(TTO) - ")
    document.add_heading("Nhiều chỉ tiêu hoàn thành sớm", level=2)
    document.add_paragraph("Hoàn thành chỉ tiêu kết nạp đảng viên mới", style="List Bullet")
    document.add_paragraph("Đảm bảo tiến độ giải ngân vốn đầu tư công", style="List Bullet")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Chỉ tiêu kết nạp đảng viên mới của quận"
    document.add_paragraph("Ngọc Thắm")
    document.save(isolated_dir / "bai.docx")
    parts = run_cli("structure", "--format", "json", "bai.docx").json()["parts"]
    kinds = [p["kind"] for p in parts]
    assert kinds[4:7] == ["subheading", "list-item", "list-item"] and "table" in kinds
    assert run_cli("lint", "--format", "json", "--select", "HS107", "bai.docx").json()["files"][0]["diagnostics"] == []


def test_broken_docx_is_unreadable(isolated_dir):
    (isolated_dir / "bai.docx").write_bytes(b"PK\x03\x04 not really a zip")
    run = run_cli("lint", "bai.docx")
    assert run.exit_code == 2 and "bai.docx" in run.stderr and "DOCX" in run.stderr


def test_section_label_over_the_headline_is_furniture_and_the_author_under_it_a_byline(isolated_dir):
    """An opinion column as pasted from a web page: the column's name between the dateline and
    the headline, the author (with an academic title) under the headline, a note on the author
    at the end instead of a byline."""
    text = ("Thứ Hai, 04/03/2024 06:00\n\nGÓC NHÌN\n\nĐừng để học thêm thành gánh nặng\n\nTS. Nguyễn Thị Lan Hương\n\n"
            + LEAD.format(tag="") + "\n\n" + "\n\n".join(BODY) + "\n\nTS. Nguyễn Thị Lan Hương là giảng viên đại học.\n")
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")]
    assert kinds[:5] == ["dateline", "boilerplate", "headline", "byline", "lead"]
    names = {d["name"] for d in run_cli("lint", "--format", "json", "--select", "ST", "a.txt").json()["files"][0]["diagnostics"]}
    assert "missing-byline" not in names and "headline-length" not in names


def test_a_short_headline_over_a_caption_is_still_the_headline(isolated_dir):
    text = ("Thứ Hai, 04/03/2024\n\nBão số 3\n\nẢnh: Người dân gia cố nhà cửa trước bão\n\n"
            + LEAD.format(tag="(TTXVN) - ") + "\n\n" + "\n\n".join(BODY) + "\n\nMinh Anh\n")
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")]
    assert kinds[:3] == ["dateline", "headline", "caption"]


LONG_HEADLINE = "Tòa tuyên án 12 năm tù đối với nguyên giám đốc công ty bất động sản lừa đảo khách mua nhà"  # 21 words


@pytest.mark.parametrize("dateline", ["Thứ Năm, 26/11/2026 - 15:20\n\n", ""])
def test_a_headline_as_long_as_a_short_lead_over_the_tagged_lead(isolated_dir, dateline):
    """A headline of 21 words had read as the lead (ST102 missing headline, ST118 the tag misplaced)."""
    text = (dateline + LONG_HEADLINE + "\n\n" + LEAD.format(tag="(Pháp luật) - ") + "\n\n"
            + "\n\n".join(BODY) + "\n\nHải Đăng\n")
    parts = parts_of(isolated_dir, text, "a.txt")
    assert [p["kind"] for p in parts if p["kind"] in ("headline", "lead")] == ["headline", "lead"]
    lint = run_cli("lint", "--format", "json", "--select", "ST", "a.txt").json()
    assert not {d["rule"] for d in lint["files"][0]["diagnostics"]} & {"ST102", "ST118"}


def test_a_long_line_ending_in_a_stop_over_a_tagged_paragraph_is_no_headline(isolated_dir):
    """The lead written without its tag, the tag opening the next paragraph: ST118 still reports it."""
    text = ("Thứ Năm, 26/11/2026 - 15:20\n\nTòa tuyên án nguyên giám đốc lừa đảo\n\n" + LONG_HEADLINE + ", theo tòa.\n\n"
            + LEAD.format(tag="(Pháp luật) - ") + "\n\n" + "\n\n".join(BODY) + "\n\nHải Đăng\n")
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    lint = run_cli("lint", "--format", "json", "--select", "ST", "a.txt").json()
    assert "ST118" in {d["rule"] for d in lint["files"][0]["diagnostics"]}


@pytest.mark.parametrize("opening", ["VN-Index tăng 8,5 điểm", "COVID-19 tiếp tục lây lan", "F-16 của không quân Mỹ bay qua"])
def test_a_hyphenated_word_opening_the_lead_is_no_source_tag(isolated_dir, opening):
    """``VN-Index``, ``COVID-19``: the hyphen joins a word; reading ``VN-`` as a tag made ST107
    'fix' the lead into ``VN- - Index``."""
    text = ("Thứ Sáu, 15/3/2024\n\nVN-Index vượt mốc 1.270 điểm, khối ngoại bán ròng 500 tỷ đồng\n\n"
            + opening + " " + LEAD.format(tag="") + "\n\n" + "\n\n".join(BODY) + "\n\nMinh Anh\n")
    parts = parts_of(isolated_dir, text, "a.txt")
    assert [p["kind"] for p in parts[:3]] == ["dateline", "headline", "lead"]
    lint = run_cli("lint", "--format", "json", "--select", "ST", "a.txt").json()
    assert not {d["name"] for d in lint["files"][0]["diagnostics"]} & {"malformed-source-tag", "missing-headline"}


def test_a_tag_glued_to_the_lead_is_fixed_only_with_unsafe_fixes(isolated_dir):
    text = ("Thứ Sáu, 15/3/2024\n\nDịch bệnh tiếp tục lây lan tại nhiều tỉnh thành phía Bắc\n\nTTO-Ngày 15/3, "
            + LEAD.format(tag="") + "\n\n" + "\n\n".join(BODY) + "\n\nMinh Anh\n")
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    run_cli("lint", "--fix", "--select", "ST107", "a.txt")
    assert "TTO-Ngày 15/3" in (isolated_dir / "a.txt").read_text("utf-8")
    run_cli("lint", "--fix", "--unsafe-fixes", "--select", "ST107", "a.txt")
    assert "TTO - Ngày 15/3" in (isolated_dir / "a.txt").read_text("utf-8")


def test_a_site_footer_under_the_byline_is_furniture(isolated_dir):
    text = ("Thứ Hai, 16/9/2024\n\nHà Nội mở thêm 3 tuyến buýt điện nối trung tâm với ngoại thành\n\n"
            + LEAD.format(tag="(HNM) - ") + "\n\n" + "\n\n".join(BODY) + "\n\nMinh Anh\n\n"
            "© Báo Mới 2024. Bản quyền thuộc về Báo Mới.\n\nGiấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.\n")
    parts = parts_of(isolated_dir, text, "a.txt")
    assert [(p["kind"], p.get("label")) for p in parts[-3:]] == [
        ("byline", None), ("boilerplate", "site footer"), ("boilerplate", "site footer")]


def test_front_matter_of_a_static_site_generator_passes(isolated_dir):
    """Hugo's usual keys and a list of authors are a publication's normal front matter."""
    text = ("---\ntitle: \"Hà Nội mở thêm 3 tuyến buýt điện\"\ndate: 2024-09-16T08:30:00+07:00\nlastmod: 2024-09-17\n"
            "draft: false\nauthor: [\"Minh Anh\", \"Hoàng Long\"]\ncategories: [\"Thời sự\"]\ntags: [\"giao thông\"]\n"
            "featured_image: \"/images/bus.jpg\"\n---\n\n# Hà Nội mở thêm 3 tuyến buýt điện\n\n"
            + LEAD.format(tag="") + "\n")
    (isolated_dir / "a.md").write_text(text, encoding="utf-8")
    lint = run_cli("lint", "--format", "json", "--select", "ST113,ST114", "a.md").json()
    assert lint["files"][0]["diagnostics"] == []
    (isolated_dir / "b.md").write_text(text.replace('author: ["Minh Anh", "Hoàng Long"]', "autor: Minh Anh"), encoding="utf-8")
    lint = run_cli("lint", "--format", "json", "--select", "ST113,ST114", "b.md").json()
    assert [d["rule"] for d in lint["files"][0]["diagnostics"]] == ["ST113"]  # a misspelt key is still caught


def test_a_front_matter_key_written_twice_is_reported_at_the_repeat(isolated_dir):
    """``date:`` on two lines: YAML keeps the last without a word (the CMS publishes with it); ST127
    reports the repeat and names the first's line. Nested keys (``meta: {title: …}``), list items and a
    key written once are no repeat; a quoted key is the same key."""
    text = ("---\ntitle: Hà Nội mở tuyến buýt\ndate: 2026-11-27\nauthor: Minh Anh\nmeta: {title: x, date: y}\n"
            "tags:\n  - a\n  - a\n\"date\": 2026-11-20\n---\n\nXin chào.\n")
    (isolated_dir / "a.md").write_text(text, encoding="utf-8")
    (found,) = run_cli("lint", "--format", "json", "--select", "ST127", "a.md").json()["files"][0]["diagnostics"]
    assert (found["text"], found["start"]["line"]) == ('"date"', 9) and "first on line 3" in found["message"]
    once = text.replace('"date": 2026-11-20\n', "")
    (isolated_dir / "b.md").write_text(once, encoding="utf-8")
    assert run_cli("lint", "--format", "json", "--select", "ST127", "b.md").json()["files"][0]["diagnostics"] == []

NEWS_SITE_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Giá xăng giảm lần thứ ba liên tiếp - Báo Mới Kinh doanh</title>
<meta property="article:published_time" content="2024-09-11T20:05:00Z">
<meta property="article:author" content="https://www.facebook.com/baomoi">
<meta name="author" content="Phương Dung"><meta property="article:section" content="Kinh doanh">
</head><body><header><div class="logo">Báo Mới</div></header>
<section class="page-detail"><div class="breadcrumb">Kinh doanh / Hàng hóa</div>
<span class="date">Thứ Năm, 12/9/2024, 15:05 (GMT+7)</span>
<h1 class="title-detail">Giá xăng giảm lần thứ ba liên tiếp</h1>
<p class="description">(BM) - Từ 15h chiều nay, giá xăng RON 95 giảm 590 đồng một lít, xuống 20.760 đồng, mức thấp
nhất trong hơn một năm qua, sau khi liên Bộ Công Thương - Tài chính điều chỉnh giá bán lẻ trong nước.</p>
<article class="fck_detail"><p>Theo đó, xăng E5 RON 92 giảm 550 đồng, xuống 19.850 đồng một lít. Giá dầu diesel giảm 870 đồng.</p>
<figure><img src="a.jpg" alt=""><figcaption><p>Nhân viên bơm xăng cho khách tại TP HCM. Ảnh: Quỳnh Trần</p></figcaption></figure>
<p>Kỳ này, cơ quan điều hành không trích lập, không chi sử dụng Quỹ bình ổn giá xăng dầu.</p>
<p><strong>Phương Dung</strong></p></article>
<div class="box-tinlienquan"><h4>Tin liên quan</h4><p>Giá xăng có thể giảm mạnh</p></div>
</section><footer><p>© Báo Mới 2024</p></footer></body></html>"""


def test_a_news_site_page_with_its_headline_outside_the_article_element(isolated_dir):
    """Sites put only the body in <article>; the dateline, headline and lead just before it, in the
    headline's container, are the article's; the page's <meta> tags give its date and author."""
    (isolated_dir / "bai.html").write_text(NEWS_SITE_PAGE, encoding="utf-8")
    parts = run_cli("structure", "--format", "json", "bai.html").json()["parts"]
    assert [p["kind"] for p in parts] == ["dateline", "headline", "lead", "source-tag", "paragraph", "caption",
                                          "paragraph", "byline"]
    texts = " ".join(p["text"] for p in parts)
    assert "Kinh doanh / Hàng hóa" not in texts and "Tin liên quan" not in texts and "©" not in texts
    lint = run_cli("lint", "--format", "json", "--select", "ST,HS107", "bai.html").json()
    assert lint["files"][0]["diagnostics"] == []  # the <figcaption> among the paragraphs is where a caption belongs
    dates = run_cli("dates", "--format", "json", "bai.html").json()
    assert dates["reference"] == "2024-09-12"  # 20:05 UTC on the 11th is the 12th in Vietnam
    report = run_cli("report", "--format", "json", "bai.html").json()
    (article,) = report["articles"]
    assert (article["author"], article["desk"], article["date"]) == ("Phương Dung", "Kinh doanh", "2024-09-12")


def test_a_web_page_states_its_facts_in_json_ld():
    from editkit.extract.html_article import extract_html

    page = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "WebPage"}, {"@type": "NewsArticle", "headline": "Bão số 3 đổ bộ", "datePublished": '
            '"2024-09-06T18:30:00+00:00", "articleSection": "Thời sự", "author": [{"@type": "Person", "name": '
            '"Lê Hoàng"}, {"@type": "Person", "name": "Thu Hà"}]}]}</script></head>'
            '<body><article><h1>Bão số 3 đổ bộ</h1><p>Nội dung.</p></article></body></html>')
    assert extract_html(page).metadata == {"date": "2024-09-07", "author": ["Lê Hoàng", "Thu Hà"],
                                           "title": "Bão số 3 đổ bộ", "section": "Thời sự"}
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", </script><p>Nội dung.</p>'
    assert extract_html(broken).metadata == {} and extract_html(broken).text == "Nội dung.\n"
    timed = '<article><p>Cập nhật <time datetime="2024-09-11T20:05:00Z">lúc 3 giờ</time></p><h1>Bão</h1></article>'
    assert extract_html(timed).metadata == {"date": "2024-09-12"}  # no stated date: the page's first <time>
    for odd in ('{"@graph": 5}', '[1, "x", {"@type": ["NewsArticle"], "author": {"name": 5}, "articleSection": ["A"]}]',
                "null"):  # JSON of other shapes: nothing stated, nothing raised
        assert extract_html(f'<script type="application/ld+json">{odd}</script><p>x</p>').metadata == {}


def test_a_lead_pasted_from_a_pdf_is_one_paragraph_to_st106_and_its_breaks_are_st116s(isolated_dir):
    text = ("Hà Nội, ngày 5/10/2024\n\nBệnh viện Bạch Mai tiếp nhận 12 ca sốt xuất huyết nặng\n\n"
            "(TTXVN) - Trong tuần qua, Bệnh viện Bạch Mai tiếp nhận 12 ca sốt xuất\n"
            "huyết nặng, trong đó 3 ca phải thở máy. Các bác sĩ khuyến cáo người dân\n"
            "không tự ý dùng aspirin hay ibuprofen khi sốt.\n\nNgọc Mai\n")
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST106,ST116,HS107", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["rule"], d["start"]["line"]) for d in found] == [("ST116", 5), ("ST116", 6)]


def test_text_hard_wrapped_at_a_width_breaks_before_capitals_too_and_its_paragraphs_read_whole(isolated_dir):
    """A PDF paste wrapped at about 70 characters: a line as wide as the others that ends on a name
    (``Trần`` / ``Hưng Đạo``) continues too; a quotation and a sentence over several lines are one
    paragraph to HS106 and HS108; a short title line and the byline stay lines of their own."""
    text = ("Mưa lớn gây ngập nhiều tuyến phố\n\n"
            "(TTXVN) - Chiều 19/11, một trận mưa lớn kéo dài hơn hai giờ đã khiến\n"
            "nhiều tuyến phố nội thành bị ngập sâu, giao thông ùn tắc nghiêm trọng.\n\n"
            "Theo ghi nhận của phóng viên, đến 17h các tuyến phố Lý Thường Kiệt, Trần\n"
            "Hưng Đạo đã ngập từ 30 đến 50cm, nhiều phương tiện chết máy giữa dòng\n"
            "nước và người dân phải dắt bộ.\n\n"
            "Ông Hùng, một người dân sống tại phố Hoàng Cầu, cho biết: \"Năm nào\n"
            "cũng vậy, cứ mưa to là nhà tôi bị nước tràn vào, chúng tôi đã kiến nghị\n"
            "nhiều lần nhưng chưa được giải quyết triệt để.\"\n\n"
            "Giải pháp căn cơ\n"
            "Các chuyên gia cho rằng cần đầu tư đồng bộ hệ thống thoát nước.\n\nMinh Anh\n")
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST116,HS106,HS107", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["rule"], d["start"]["line"]) for d in found] == [
        ("ST116", 3), ("ST116", 6), ("ST116", 7), ("ST116", 10), ("ST116", 11)]
    (isolated_dir / "editkit.toml").write_text("sentence-max-syllables = 30\n", encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "HS108", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["start"]["line"], d["end"]["line"]) for d in found] == [(6, 8), (10, 12)]


def test_text_hard_wrapped_from_its_first_line_is_joined_before_its_parts_are_told(isolated_dir):
    """A PDF paste with no headline, no blank line and every line cut at about 70 characters: the
    first line runs on into the second, so it is the lead's first line, no headline (ST102 says so,
    and no line reads as a caption); every break is ST116's, the one before a capital (``Hoàng Mai,``
    / ``Long Biên``) too, with no HS107 for the comma that ends it; the fix joins the lines."""
    text = ("Hà Nội đưa vào vận hành thêm ba trạm quan trắc không khí tự động tại\n"
            "các quận nội thành từ ngày 1/12, nâng tổng số trạm trên địa bàn lên 45.\n"
            "Theo Sở Tài nguyên và Môi trường, các trạm mới đặt tại quận Hoàng Mai,\n"
            "Long Biên và Bắc Từ Liêm, nơi mật độ giao thông và công trình xây dựng\n"
            "lớn. Dữ liệu được cập nhật mỗi giờ trên ứng dụng của thành phố.\n"
            "Ông Nguyễn Văn An, Phó giám đốc Sở, cho biết thành phố sẽ công khai\n"
            "chỉ số chất lượng không khí theo từng phường trong năm tới.\n")
    parts = parts_of(isolated_dir, text, "a.txt")
    # (the break before a capital, Hoàng Mai, / Long Biên, as wide as the wrapping: one paragraph too)
    assert [p["kind"] for p in parts] == ["lead", "paragraph", "paragraph"]
    assert parts[0]["text"].endswith("lên 45.") and "Hoàng Mai,\nLong Biên" in parts[1]["text"]
    found = run_cli("lint", "--format", "json", "--select", "ST102,ST116,HS107", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["rule"], d["start"]["line"]) for d in found] == [
        ("ST102", 1), ("ST116", 1), ("ST116", 3), ("ST116", 4), ("ST116", 6)]
    run_cli("lint", "--select", "ST116", "--fix", "--unsafe-fixes", "a.txt")
    fixed = (isolated_dir / "a.txt").read_text(encoding="utf-8")
    assert fixed == text.replace("tại\n", "tại ").replace("Mai,\n", "Mai, ").replace("dựng\n", "dựng ").replace(
        "khai\n", "khai ")
    # two lines cut that way are no hard wrapping: the first line stays the headline
    short = "\n".join(text.splitlines()[:2]) + "\n\nTheo Sở Tài nguyên và Môi trường, các trạm mới hoạt động.\n"
    assert parts_of(isolated_dir, short, "b.txt")[0]["kind"] == "headline"


def test_an_interviews_credit_under_the_headline_is_its_byline(isolated_dir):
    """``Thanh Tùng thực hiện`` (the interviewer, no brackets) under the headline is the byline, not a caption."""
    text = ("Thứ Ba, 24/11/2026, 19:40 (GMT+7)\n\nPhỏng vấn: Nông dân cần được đào tạo kỹ năng số\n\n"
            "Thanh Tùng thực hiện\n\n" + LEAD.format(tag="") + "\n\nThanh Tùng\n")
    parts = parts_of(isolated_dir, text, "a.txt")
    assert [p["kind"] for p in parts][:4] == ["dateline", "headline", "byline", "lead"]
    # a sentence's words after a lowercase word are no credit
    assert not __import__("editkit.structure.anatomy", fromlist=["x"]).looks_like_top_byline("Dự án thực hiện")


def test_a_markdown_paragraph_wrapped_over_several_lines_is_one_paragraph(isolated_dir):
    text = ("---\ntitle: Bạch Mai tiếp nhận 12 ca sốt xuất huyết\ndate: 2024-10-05\nauthor: Ngọc Mai\n---\n\n"
            "(TTXVN) - Trong tuần qua, Bệnh viện Bạch Mai tiếp nhận 12 ca sốt xuất\n"
            "huyết nặng, trong đó 3 ca phải thở máy. Các bác sĩ khuyến cáo người dân\n"
            "không tự ý dùng aspirin hay ibuprofen khi sốt.\n\n"
            "Các dấu hiệu cần đưa người bệnh đi viện ngay:\n- đau bụng, nôn nhiều,\n  chảy máu chân răng;\n"
            "- li bì, lơ mơ.\n\n```\nmột dòng mã\nhai dòng mã\n```\n\nNgọc Mai\n")
    parts = parts_of(isolated_dir, text, "a.md")
    assert [p["kind"] for p in parts] == ["lead", "source-tag", "paragraph", "list-item", "list-item",
                                          "code", "code", "code", "code", "byline"]
    assert parts[0]["text"].endswith("khi sốt.") and parts[3]["text"].endswith("chảy máu chân răng;")
    lint = run_cli("lint", "--format", "json", "--select", "ST106,HS107", "a.md").json()
    assert lint["files"][0]["diagnostics"] == []  # one lead of 43 syllables, no line 'without its full stop'
    signed = text.replace("\n\n```\nmột dòng mã\nhai dòng mã\n```\n\nNgọc Mai\n", "\nNgọc Mai\n").replace(
        "- li bì, lơ mơ.", "Người bệnh li bì, lơ mơ cần cấp cứu.")
    parts = parts_of(isolated_dir, signed, "a.md")  # the name under the last sentence, no blank line: the byline
    assert (parts[-1]["kind"], parts[-1]["text"]) == ("byline", "Ngọc Mai")


def test_a_web_page_marks_its_subheadings_lists_and_tables_and_a_long_h2_is_the_lead(isolated_dir):
    page = ("<html><body><article><h1>Hà Nội mở thêm 3 tuyến buýt điện nối trung tâm với ngoại thành</h1>"
            "<h2 class='sapo'>(Dân trí) - Từ ngày 1/10, Hà Nội đưa vào khai thác thêm 3 tuyến buýt điện nối trung tâm "
            "thành phố với các huyện ngoại thành, nâng tổng số tuyến buýt điện lên 15 tuyến.</h2>"
            "<p>Theo Sở Giao thông vận tải Hà Nội, các tuyến mới gồm E09, E10 và E11, với tổng cộng 60 xe.</p>"
            "<h2>Giá vé không đổi so với các tuyến buýt khác</h2><ul><li>Vé lượt vẫn là 7.000 đồng mỗi người</li>"
            "<li>Vé tháng ưu tiên cho học sinh và người cao tuổi</li></ul>"
            "<table><tr><td>Tuyến E09 từ Bờ Hồ đi Sóc Sơn</td><td>30 phút một chuyến</td></tr></table>"
            "<p>Minh Anh</p></article></body></html>")
    (isolated_dir / "bai.html").write_text(page, encoding="utf-8")
    parts = run_cli("structure", "--format", "json", "bai.html").json()["parts"]
    assert [p["kind"] for p in parts] == ["headline", "lead", "source-tag", "paragraph", "subheading", "list-item",
                                          "list-item", "table", "table", "byline"]
    lint = run_cli("lint", "--format", "json", "--select", "HS107,ST", "bai.html").json()
    assert lint["files"][0]["diagnostics"] == []  # no "paragraph without a full stop" for headings, items, cells


def test_a_title_that_differs_from_the_headline_only_in_quotation_marks_is_the_same(isolated_dir):
    body = "\n\n" + LEAD.format(tag="(Dân trí) - ") + "\n\n" + "\n\n".join(BODY) + "\n\nLam Điền\n"
    front = '---\ntitle: "Nhà văn Nguyễn Ngọc Tư: Tôi viết để hiểu mình hơn."\ndate: 2026-11-15\nauthor: Lam Điền\n---\n\n'
    (isolated_dir / "a.md").write_text(front + '# Nhà văn Nguyễn Ngọc Tư: “Tôi viết để *hiểu mình* hơn”' + body, "utf-8")
    assert run_cli("lint", "--format", "json", "--select", "ST115", "a.md").json()["files"][0]["diagnostics"] == []
    rubric = front.replace('title: "', 'title: "Chân dung: ').replace("author:", "category: Chân dung\nauthor:")
    (isolated_dir / "a.md").write_text(rubric + '# Nhà văn Nguyễn Ngọc Tư: “Tôi viết để hiểu mình hơn”' + body, "utf-8")
    assert run_cli("lint", "--format", "json", "--select", "ST115", "a.md").json()["files"][0]["diagnostics"] == []
    (isolated_dir / "a.md").write_text(front + '# Nhà văn Nguyễn Ngọc Tư: “Tôi viết để sống”' + body, "utf-8")
    (finding,) = run_cli("lint", "--format", "json", "--select", "ST115", "a.md").json()["files"][0]["diagnostics"]
    assert finding["rule"] == "ST115"



def test_a_column_label_the_title_opens_with_and_the_headline_leaves_out_is_the_same(isolated_dir):
    """``title: "Phỏng vấn: Giữ nghề làm nón lá làng Chuông"`` over ``# Giữ nghề làm nón lá làng Chuông`` (no
    category key to name the column) had drawn ST115; a label of more than four words is part of the headline."""
    body = "\n\n" + LEAD.format(tag="(Dân trí) - ") + "\n\n" + "\n\n".join(BODY) + "\n\nLam Điền\n"
    for title, headline, reported in (("Phỏng vấn: Giữ nghề làm nón lá làng Chuông", "Giữ nghề làm nón lá làng Chuông", False),
                                      ("Giữ nghề làm nón lá làng Chuông", "Hỏi - đáp: Giữ nghề làm nón lá làng Chuông", False),
                                      ("Nhà văn Nguyễn Ngọc Tư nói: Tôi viết để sống", "Tôi viết để sống", True)):
        front = f'---\ntitle: "{title}"\ndate: 2026-11-15\nauthor: Lam Điền\n---\n\n'
        (isolated_dir / "a.md").write_text(front + f"# {headline}" + body, "utf-8")
        found = run_cli("lint", "--format", "json", "--select", "ST115", "a.md").json()["files"][0]["diagnostics"]
        assert bool(found) is reported, title


def test_an_administrative_document_is_not_held_to_a_news_article_s_parts(isolated_dir):
    """A công văn (national name, motto, number, place and date, recipients) has no headline,
    lead or byline in the news sense: ST103/ST105/ST106/ST108 stay silent on it."""
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 1234/UBND-KGVX\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 20 tháng 11 năm 2026\n\nKính gửi:\n- Các sở, ban, ngành.\n\n"
            + "\n\n".join(BODY) + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n")
    text = text.replace("Kính gửi:", "Thực hiện Chỉ thị số 06/CT-TTg ngày 01/3/2024 của Thủ tướng Chính phủ về tăng cường "
                        "quản lý lễ hội, Ủy ban nhân dân Thành phố yêu cầu các sở, ngành thực hiện tốt nội dung sau.\n\nKính gửi:")
    (isolated_dir / "cv.txt").write_text(text, "utf-8")
    assert run_cli("lint", "--format", "json", "--select", "ST,DT105", "cv.txt").json()["files"][0]["diagnostics"] == []
    # its place and date, under the motto, are its date of issue
    assert run_cli("dates", "--format", "json", "cv.txt").json()["reference"] == "2026-11-20"
    (isolated_dir / "tin.txt").write_text(text.replace("Độc lập - Tự do - Hạnh phúc", "Tin tức"), "utf-8")
    assert run_cli("lint", "--format", "json", "--select", "ST", "tin.txt").json()["files"][0]["diagnostics"]


def test_an_administrative_document_s_heading_is_no_furniture_and_needs_no_full_stop(isolated_dir):
    """QUYẾT ĐỊNH over a quyết định is its title, not a section label (ST101); the national name in
    capitals and the motto need no final stop (HS107)."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 1234/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nQuảng Ngãi, ngày 20 tháng 11 năm 2026\n\nQUYẾT ĐỊNH\n"
            "Về việc phê duyệt kế hoạch phòng, chống thiên tai năm 2027\n\n"
            "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013 và các văn bản hướng dẫn thi hành;\n\n"
            "Điều 1. Phê duyệt kế hoạch phòng, chống thiên tai năm 2027 của tỉnh Quảng Ngãi.\n")
    (isolated_dir / "qd.txt").write_text(text, "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST101,HS107", "qd.txt").json()["files"][0]["diagnostics"]
    assert found == []
    parts = run_cli("structure", "--format", "json", "qd.txt").json()["parts"]
    named = [(p["kind"], p.get("label", "")) for p in parts][:8]  # its parts by Nghị định 30's names, no news captions
    assert named == [("subheading", "document heading")] * 5 + [("dateline", ""), ("headline", ""), ("subheading", "subject")]
    assert parts[8]["kind"] == "paragraph"  # Căn cứ …: no lead


def test_a_cong_van_s_heading_over_its_date_is_no_site_header(isolated_dir):
    text = ("BỘ Y TẾ\nSố: 5678/BYT-KCB\nV/v tăng cường phòng chống sốt xuất huyết\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 20 tháng 11 năm 2026\n\n"
            "Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
            "Bộ Y tế đề nghị các đơn vị tăng cường công tác phòng, chống sốt xuất huyết trong mùa mưa.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, KCB.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Thuấn\n")
    (isolated_dir / "cv.txt").write_text(text, "utf-8")
    assert run_cli("lint", "--format", "json", "cv.txt").json()["files"][0]["diagnostics"] == []  # was ST101
    (isolated_dir / "cv2.txt").write_text(text.replace("- Lưu: VT, KCB.\n", ""), "utf-8")
    found = run_cli("lint", "--format", "json", "cv2.txt").json()["files"][0]["diagnostics"]
    assert [(d["rule"], "Lưu" in d["message"]) for d in found] == [("ST120", True)]  # no archive copy
    parts = run_cli("structure", "--format", "json", "cv.txt").json()["parts"]
    assert [(p["kind"], p.get("label", "")) for p in parts][:3] == [
        ("subheading", "document heading"), ("subheading", "document heading"), ("subheading", "subject")]
    assert parts[6]["kind"] == "paragraph"  # Kính gửi: … is no headline


@pytest.mark.parametrize("authors", ["authors: [Minh Anh, Thu Hà]", "authors:\n  - Minh Anh"])
def test_hugo_s_authors_list_credits_the_article(isolated_dir, authors):
    """Hugo's ``authors`` list stands for ``author``: ST112 had reported the key missing, ST108 the byline."""
    text = ("---\ntitle: Hà Nội cấm xe qua phố đi bộ\ndate: 2026-12-29T08:00:00+07:00\n" + authors + "\n---\n\n"
            "# Hà Nội cấm xe qua phố đi bộ\n\n" + LEAD.format(tag="") + "\n\n" + "\n\n".join(BODY) + "\n")
    (isolated_dir / "a.md").write_text(text, "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST112,ST108", "a.md").json()["files"][0]["diagnostics"]
    assert found == []
    (isolated_dir / "b.md").write_text(text.replace(authors + "\n", ""), "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST112,ST108", "b.md").json()["files"][0]["diagnostics"]
    assert sorted(d["rule"] for d in found) == ["ST108", "ST112"]


def test_an_issuer_under_its_parent_in_a_cong_van_s_heading_is_no_byline(isolated_dir):
    """``UBND TỈNH NGHỆ AN`` / ``SỞ GIÁO DỤC VÀ ĐÀO TẠO``: the issuer's line had read as the author's byline."""
    text = ("UBND TỈNH NGHỆ AN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2315/SGDĐT-GDTrH\nV/v tổ chức kiểm tra cuối học kỳ I\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nNghệ An, ngày 25 tháng 11 năm 2026\n\n"
            "Kính gửi: Hiệu trưởng các trường trung học phổ thông.\n\n"
            "Sở hướng dẫn tổ chức kiểm tra cuối học kỳ I từ ngày 21/12/2026 đến hết ngày 31/12/2026.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, GDTrH.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Hùng\n")
    parts = parts_of(isolated_dir, text, "cv.txt")
    assert [(p["kind"], p.get("label", "")) for p in parts][:4] == [("subheading", "document heading")] * 3 + [
        ("subheading", "subject")]
    # the signature only: the authority and title in capitals over the signer's name are its (session 29)
    assert [p["text"] for p in parts if p["kind"] == "byline"] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Hùng"]


def test_an_administrative_heading_pasted_in_two_columns_is_still_an_administrative_document(isolated_dir):
    text = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 1234/QĐ-UBND\tQuảng Ngãi, ngày 25 tháng 11 năm 2026\n\nQUYẾT ĐỊNH\n"
            "Về việc phê duyệt kế hoạch ứng phó với bão năm 2026\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
            "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;\n\n"
            "Điều 1. Phê duyệt kế hoạch ứng phó với bão năm 2026 trên địa bàn tỉnh.\n\n"
            "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Hùng\n")
    (isolated_dir / "qd.txt").write_text(text, "utf-8")
    assert run_cli("lint", "--format", "json", "qd.txt").json()["files"][0]["diagnostics"] == []  # was ST105, ST106
    parts = run_cli("structure", "--format", "json", "qd.txt").json()["parts"]
    assert [(p["kind"], p.get("label", "")) for p in parts][:6] == [("subheading", "document heading")] * 3 + [
        ("headline", ""), ("subheading", "subject"), ("subheading", "issuing authority")]


def test_a_word_document_s_heading_table_is_read_where_it_stands(isolated_dir):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    heading = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("TỈNH QUẢNG NGÃI", "Độc lập - Tự do - Hạnh phúc"),
               ("Số: 1234/QĐ-UBND", "Quảng Ngãi, ngày 25 tháng 11 năm 2026")]
    for row, cells in enumerate(heading):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    for text in ("QUYẾT ĐỊNH", "Về việc phê duyệt kế hoạch ứng phó với bão năm 2026",
                 "Điều 1. Phê duyệt kế hoạch ứng phó với bão năm 2026 trên địa bàn tỉnh.", "Nơi nhận:", "- Lưu: VT.",
                 "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Hùng"):
        document.add_paragraph(text)
    document.save(isolated_dir / "qd.docx")
    parts = run_cli("structure", "--format", "json", "qd.docx").json()["parts"]
    assert [p["text"] for p in parts][:7] == [cell for row in heading for cell in row] + ["QUYẾT ĐỊNH"]  # in order
    lint = run_cli("lint", "--format", "json", "qd.docx").json()["files"][0]["diagnostics"]
    assert lint == []  # the heading in the table, not after the text (ST120 found no number, date or national name)


def test_an_administrative_document_in_markdown_with_its_heading_in_a_table(isolated_dir):
    text = ("| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
            "| TỈNH QUẢNG NGÃI | **Độc lập - Tự do - Hạnh phúc** |\n"
            "| Số: 1234/QĐ-UBND | *Quảng Ngãi, ngày 25 tháng 11 năm 2026* |\n\n## QUYẾT ĐỊNH\n\n"
            "**Về việc phê duyệt kế hoạch ứng phó với bão năm 2026**\n\n"
            "Điều 1. Phê duyệt kế hoạch ứng phó với bão năm 2026 trên địa bàn tỉnh.\n\n"
            "**Nơi nhận:**\n\n- Như Điều 1;\n- Lưu: VT.\n\n**KT. CHỦ TỊCH**\n\n**Trần Văn Hùng**\n")
    (isolated_dir / "qd.md").write_text(text, "utf-8")
    assert run_cli("lint", "--format", "json", "qd.md").json()["files"][0]["diagnostics"] == []  # the bold subject: no HS107
    parts = run_cli("structure", "--format", "json", "qd.md").json()["parts"]
    assert [(p["kind"], p.get("label", "")) for p in parts][4:6] == [("headline", ""), ("subheading", "subject")]


def test_a_markdown_comment_line_and_a_footnote_are_no_paragraphs_and_hide_no_byline(isolated_dir):
    text = ("# Chuyên gia nói về trí tuệ nhân tạo\n\n" + LEAD.format(tag="(Dân trí) - ") + "\n\n" + "\n\n".join(BODY)
            + "\n\n<!-- editkit-disable-next-line SP102 -->\nMột câu cuối.\n\n[^1]: Số liệu của Bộ Y tế.\n\n**Trần Hiếu**\n\n"
            "<!-- hết bài -->\n")
    kinds = [(p["kind"], p["text"][:4]) for p in parts_of(isolated_dir, text, "a.md")][-5:]
    assert kinds == [("comment", "<!--"), ("paragraph", "Một "), ("footnote", "[^1]"), ("byline", "**Tr"), ("comment", "<!--")]


def test_the_front_matter_title_is_the_headline_when_the_body_has_none(isolated_dir):
    body = "\n\n" + LEAD.format(tag="(Dân trí) - ") + "\n\n" + "\n\n".join(BODY) + "\n\nMinh Anh\n"
    article = isolated_dir / "a.md"
    article.write_text('---\ntitle: "Giá vàng tăng mạnh trong phiên sáng nay."\ndate: 2026-11-20\nauthor: Minh Anh\n---'
                       + body, "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST103,ST104,ST105", "a.md").json()["files"][0]["diagnostics"]
    assert [(d["rule"], d["start"]["line"]) for d in found] == [("ST104", 2)]
    run_cli("lint", "--fix", "--select", "ST104", "a.md")
    assert article.read_text("utf-8").startswith('---\ntitle: "Giá vàng tăng mạnh trong phiên sáng nay"\n')
    article.write_text('---\ntitle: "GIÁ VÀNG TĂNG MẠNH"\ndate: 2026-11-20\nauthor: Minh Anh\n---\n\n# Giá vàng tăng mạnh trong phiên sáng nay' + body,
                       "utf-8")  # the body's headline is the one checked
    assert run_cli("lint", "--format", "json", "--select", "ST103,ST104,ST105", "a.md").json()["files"][0]["diagnostics"] == []


@pytest.mark.parametrize("headline, reported", [
    ("Khởi tố nguyên Giám đốc Sở Tài nguyên và Môi trường tỉnh B.", False),  # initials: the stop is theirs
    ("Ghép thận thành công cho bé N.T.H.", False),
    ("Giá rau, củ, quả tăng mạnh v.v.", False),
    ("Giá vàng tăng mạnh trong phiên sáng nay.", True),
    ("Đội tuyển Việt Nam thắng đậm ĐT.", True),  # two capitals before the stop are a word, not initials
])
def test_a_headline_s_final_stop_of_initials_or_an_abbreviation_is_no_full_stop(isolated_dir, headline, reported):
    body = "\n\n" + LEAD.format(tag="(Dân trí) - ") + "\n\n" + "\n\n".join(BODY) + "\n\nMinh Anh\n"
    (isolated_dir / "a.txt").write_text(headline + body, "utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST104", "a.txt").json()["files"][0]["diagnostics"]
    assert bool(found) == reported


def test_a_word_document_s_properties_give_title_author_and_desk_but_not_a_date(isolated_dir):
    document = word_article("Quận 9: Tập trung đẩy mạnh cải cách hành chính", "(TTO)-")
    document.core_properties.title = "Quận 9 đẩy mạnh cải cách hành chính"
    document.core_properties.author = "Ngọc Thắm"
    document.core_properties.category = "Thời sự"
    document.save(isolated_dir / "bai.docx")
    from editkit.extract.docx_article import extract_docx

    assert extract_docx((isolated_dir / "bai.docx").read_bytes()).metadata == {
        "title": "Quận 9 đẩy mạnh cải cách hành chính", "author": "Ngọc Thắm", "section": "Thời sự"}
    report = run_cli("report", "--format", "json", "bai.docx").json()
    assert [r["author"] for r in report["by_author"]] == ["Ngọc Thắm"] and report["by_desk"][0]["desk"] == "Thời sự"
    document.core_properties.author = "Administrator"  # what Word fills in: nobody's byline
    document.save(isolated_dir / "bai.docx")
    assert "author" not in extract_docx((isolated_dir / "bai.docx").read_bytes()).metadata


def test_a_setext_headline_and_a_source_credit_under_the_text(isolated_dir):
    text = ("Chuyên gia nói về trí tuệ nhân tạo\n==================================\n\n" + LEAD.format(tag="(Dân trí) - ")
            + "\n\n" + "\n\n".join(BODY) + "\n\n---\n\nNguồn: Kinh tế & Đô thị\n")
    kinds = [(p["kind"], p["text"][:6]) for p in parts_of(isolated_dir, text, "a.md")]
    assert kinds[:2] == [("headline", "Chuyên"), ("markup", "======")]
    assert kinds[-2:] == [("markup", "---"), ("byline", "Nguồn:")]


ENGLISH_README = (
    "# Newsroom tools\n\nThis repository holds the scripts our desk uses to publish articles. Run the installer "
    "first, then copy the configuration file into your home folder and edit the paths. Each script prints its "
    "own help when called without arguments, and the tests run with pytest from the repository root.\n"
)


def test_a_text_in_another_language_is_no_article(isolated_dir):
    """A project's English README is linted for encoding and style but not as a news article."""
    (isolated_dir / "README.md").write_text(ENGLISH_README, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST", "README.md").json()["files"][0]["diagnostics"]
    assert found == []


def test_an_article_typed_without_marks_is_still_an_article(isolated_dir):
    import unicodedata

    bare = "".join(c for c in unicodedata.normalize("NFD", SAMPLE.read_text("utf-8").replace("đ", "d").replace("Đ", "D"))
                   if unicodedata.category(c) != "Mn")
    (isolated_dir / "b.txt").write_text(bare.rsplit("Ngọc Thắm".replace("ọ", "o").replace("ắ", "a"), 1)[0], encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST108", "b.txt").json()["files"][0]["diagnostics"]
    assert [d["rule"] for d in found] == ["ST108"]  # the byline cut off is missed


@pytest.mark.parametrize(("slug", "suggestion"), [
    ("Hà Nội khởi công cầu Trần Hưng Đạo", "ha-noi-khoi-cong-cau-tran-hung-dao"),
    ("gia-vang-TANG", "gia-vang-tang"),
    ("ha-noi-khoi-cong-cau-moi", None),
    ("bai_123.html", None),
])
def test_a_slug_is_lower_case_letters_without_marks_and_hyphens(isolated_dir, slug, suggestion):
    (isolated_dir / "a.md").write_text(f"---\ntitle: Tin\nslug: {slug}\n---\n\nNội dung.\n", encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST114", "a.md").json()["files"][0]["diagnostics"]
    assert [d.get("suggestions") for d in found] == ([[suggestion]] if suggestion else [])


def test_a_wrong_front_matter_value_is_shown_as_yaml_writes_it(isolated_dir):
    """``date: [2028-05-01]`` was shown as ``[datetime.date(2028, 5, 1)]``, ``author: true`` as ``True``."""
    (isolated_dir / "a.md").write_text("---\ntitle: Tin\ndate: [2028-05-01]\nauthor: true\n---\n\nNội dung.\n",
                                       encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST114", "a.md").json()["files"][0]["diagnostics"]
    assert [d["message"] for d in found] == ["Front-matter 'date' should be a date, not [2028-05-01]",
                                             "Front-matter 'author' should be a name or a list of names, not true"]


def test_the_wires_dateline_and_tag_open_the_lead(isolated_dir):
    """TTXVN's lead: place, day/month and the agency's tag; ST107 checks the tag's dash."""
    text = ("Thủ tướng chủ trì hội nghị trực tuyến với các địa phương\n\n"
            "Hà Nội, 29/12 (TTXVN)- Sáng 29/12, tại trụ sở Chính phủ, Thủ tướng chủ trì hội nghị trực tuyến với "
            "các địa phương nhằm tổng kết công tác năm 2020 và triển khai nhiệm vụ năm 2021.\n\n" + "\n".join(BODY)
            + "\nTTXVN\n")
    parts = parts_of(isolated_dir, text, "a.txt")
    assert [(p["kind"], p.get("label")) for p in parts][1:3] == [("lead", None), ("source-tag", "TTXVN")]
    found = run_cli("lint", "--format", "json", "--select", "ST107,ST118", "a.txt").json()["files"][0]["diagnostics"]
    assert [(d["rule"], d["suggestions"]) for d in found] == [("ST107", ["(TTXVN) - "])]


LIVE_REPORT = """Trực tiếp Việt Nam gặp Indonesia: chủ nhà ép sân

19:00 | Khai cuộc

Trọng tài người Qatar thổi còi bắt đầu trận đấu. Việt Nam chơi với đội hình ba trung vệ quen thuộc, hai cánh dâng cao.

19:12 | VÀO!!! Việt Nam 1-0 Indonesia

Từ quả phạt góc bên cánh trái, trung vệ bật cao đánh đầu cận thành mở tỷ số cho đội chủ nhà.

45+2' - Hết hiệp một, Việt Nam tạm dẫn 1-0

Việt Nam kiểm soát bóng 58%, có 7 cú sút trong đó 3 lần trúng đích.

Đức Anh
"""


def test_a_live_reports_entry_headings_are_no_paragraphs(isolated_dir):
    """``19:12 | VÀO!!! Việt Nam 1-0 Indonesia``: the time and a few words head an entry; they need
    no full stop (HS107) and the first of them is no caption."""
    parts = parts_of(isolated_dir, LIVE_REPORT)
    headings = [p["text"] for p in parts if p["kind"] == "subheading"]
    assert headings == ["19:00 | Khai cuộc", "19:12 | VÀO!!! Việt Nam 1-0 Indonesia", "45+2' - Hết hiệp một, Việt Nam tạm dẫn 1-0"]
    assert not [p for p in parts if p["kind"] == "caption"]
    assert run_cli("lint", "--select", "HS107", "a.txt").exit_code == 0
    # a dateline written time first is still the dateline
    dated = parts_of(isolated_dir, "08:30 | Thứ Hai, 18/1/2021\n\n" + LIVE_REPORT)
    assert dated[0]["kind"] == "dateline"


def test_a_list_of_links_under_doc_them_is_furniture(isolated_dir):
    """``Đọc thêm:`` and the headlines listed under it, mid-article, are related links (ST101); a
    list after a sentence ending in a colon stays text."""
    text = ("Hà Nội mở thêm 5 tuyến buýt điện từ tháng 12\n\n"
            "(VnExpress) - Sở Xây dựng Hà Nội cho biết từ ngày 1/12 sẽ đưa vào khai thác thêm 5 tuyến xe buýt điện, "
            "nâng tổng số tuyến buýt điện của thành phố lên 25 tuyến.\n\n"
            "Đọc thêm:\n- Buýt điện có hấp dẫn người dân?\n- Hà Nội sẽ thay thế toàn bộ buýt diesel vào năm 2030\n\n"
            "Các tuyến mới gồm:\n- Tuyến 01 Long Biên - Gia Lâm.\n- Tuyến 02 Đông Anh - Mỹ Đình.\n\n"
            "Video đang được quan tâm\n\nĐoàn Loan\n")
    parts = parts_of(isolated_dir, text)
    furniture = [p["text"] for p in parts if p["kind"] == "boilerplate"]
    assert furniture == ["Đọc thêm:", "- Buýt điện có hấp dẫn người dân?",
                         "- Hà Nội sẽ thay thế toàn bộ buýt diesel vào năm 2030", "Video đang được quan tâm"]
    assert [p["text"] for p in parts if p["kind"] == "list-item"] == ["- Tuyến 01 Long Biên - Gia Lâm.", "- Tuyến 02 Đông Anh - Mỹ Đình."]


@pytest.mark.parametrize("last,kind", [
    ("(Theo Reuters)", "byline"),
    ("Theo TTXVN/Vietnam+", "byline"),
    ("Ngọc Ánh • Ảnh: Quang Huy", "byline"),
    ("Minh Anh | Ảnh: Hữu Khoa", "byline"),
    ("Theo các chuyên gia, giá vàng sẽ còn tăng mạnh trong tuần tới.", "paragraph"),
])
def test_source_and_photo_credit_bylines(isolated_dir, last, kind):
    text = ("Hà Nội khởi công dự án cải tạo sông Tô Lịch hôm nay\n\n(Hanoimoi) - Sáng 25/11, UBND TP Hà Nội tổ chức "
            "lễ khởi công dự án cải tạo, phục hồi sông Tô Lịch với tổng mức đầu tư hơn 3.200 tỷ đồng.\n\n"
            "Dự án dự kiến thi công trong 24 tháng, chia làm 3 giai đoạn.\n\n" + last + "\n")
    assert parts_of(isolated_dir, text)[-1]["kind"] == kind


def test_the_author_under_the_dateline_of_a_headline_printed_above_it_is_a_byline_not_a_caption(isolated_dir):
    text = ("Hà Nội mở rộng vùng phát thải thấp từ năm 2027\nCập nhật: 08:15 | 25/11/2026\nPhạm Hùng\n"
            + LEAD.format(tag="TTO - ") + "\n" + "\n".join(BODY) + "\n")
    kinds = [(p["kind"], p["text"][:9]) for p in parts_of(isolated_dir, text)][:4]
    assert kinds == [("headline", "Hà Nội mở"), ("dateline", "Cập nhật:"), ("byline", "Phạm Hùng"), ("lead", "TTO - Sán")]
    photo = text.replace("Phạm Hùng", "Toàn cảnh hội nghị tổng kết")  # a caption stays a caption
    assert [p["kind"] for p in parts_of(isolated_dir, photo)][2] == "caption"


@pytest.mark.parametrize("top, end, byline", [
    ("Minh Anh - Thứ năm, 26/11/2026 08:30 (GMT+7)", "", "Minh Anh"),  # Znews: the author before the dateline
    ("26/11/2026 08:30", "(TTXVN/Vietnam+)", "(TTXVN/Vietnam+)"),  # a wire's sign-off in brackets
    ("26/11/2026 08:30", "(Reuters, AFP)", "(Reuters, AFP)"),
    ("26/11/2026 08:30", "(Tổng hợp)", "(Tổng hợp)"),  # a desk's compilation
])
def test_an_author_before_the_dateline_or_a_wire_s_sign_off_is_the_byline(isolated_dir, top, end, byline):
    text = "Hà Nội cấm xe máy xăng trong vành đai 1 từ năm 2027\n" + top + "\n" + LEAD.format(tag="") + "\n" + "\n".join(BODY) + "\n" + end + "\n"
    parts = parts_of(isolated_dir, text)
    assert [p["text"] for p in parts if p["kind"] == "byline"] == [byline]
    found = run_cli("lint", "--format", "json", "--select", "ST108", "a.txt").json()["files"][0]["diagnostics"]
    assert found == []  # the article is credited
    assert [p["kind"] for p in parts_of(isolated_dir, text.replace(end, "(Còn nữa)") if end else text)].count("byline") == 1 - bool(end)


def test_an_expert_s_name_and_the_institution_under_it_close_the_article_as_its_byline(isolated_dir):
    text = ("Trẻ sốt xuất huyết, cha mẹ cần làm gì khi con sốt cao\n\n" + LEAD.format(tag="(Sức khỏe) - ") + "\n\n"
            + "\n\n".join(BODY) + "\n\nThS.BS Nguyễn Văn Lâm\nKhoa Truyền nhiễm, Bệnh viện Nhi Trung ương\n")
    kinds = [(p["kind"], p["text"][:6]) for p in parts_of(isolated_dir, text)][-2:]
    assert kinds == [("byline", "ThS.BS"), ("byline", "Khoa T")]
    found = run_cli("lint", "--format", "json", "--select", "ST108,HS107", "a.txt").json()["files"][0]["diagnostics"]
    assert found == []
    unfinished = text.replace("Khoa Truyền nhiễm, Bệnh viện Nhi Trung ương", "và các bác sĩ khuyến cáo người dân")
    assert [p["kind"] for p in parts_of(isolated_dir, unfinished)][-2:] == ["paragraph", "paragraph"]


def test_an_english_sentence_is_reported_only_in_a_vietnamese_article(isolated_dir):
    english = "The airline said it would also hire 500 pilots over the next two years, its chief executive told reporters.\n"
    assert run_cli("lint", "--format", "json", "--select", "ST119", "-", "--stdin-filename", "a.txt",
                   input=english.encode()).json()["files"][0]["diagnostics"] == []  # an English text is no leftover
    article = "\n\n".join(BODY) + "\n\n" + english
    found = run_cli("lint", "--format", "json", "--select", "ST119", "-", "--stdin-filename", "a.txt",
                    input=article.encode()).json()["files"][0]["diagnostics"]
    assert [d["rule"] for d in found] == ["ST119"]
    manual = ("The linter reports a sentence typed without marks, such as the one below.\n\n"
              "Đây là một câu tiếng Việt có dấu đầy đủ và đúng chính tả.\n\n"
              "It also reports a word that is spelled in the wrong way in the text.\n\n"
              "Ví dụ: chia sẽ thay vì chia sẻ, xử dụng thay vì sử dụng.\n\n"
              "The house style decides which of the two tone styles the articles use.\n")
    found = run_cli("lint", "--format", "json", "--select", "ST119", "-", "--stdin-filename", "a.txt",
                    input=manual.encode()).json()["files"][0]["diagnostics"]
    assert found == []  # English text with Vietnamese examples: no leftover


def test_the_headlines_under_a_related_links_label_without_a_colon_are_furniture(isolated_dir):
    text = ("Giá xăng giảm lần thứ ba liên tiếp trong tháng\n\n" + LEAD.format(tag="(VTV.vn) - ") + "\n\n" + BODY[0]
            + "\n\nTin liên quan\n\nGiá xăng có thể giảm mạnh trong kỳ điều hành tới\n\nDoanh nghiệp xăng dầu kêu lỗ\n\n"
            + BODY[1] + "\n\nTin liên quan\n\nHải Yến\n")
    kinds = [(p["kind"], p["text"][:9]) for p in parts_of(isolated_dir, text)]
    assert kinds[4:8] == [("boilerplate", "Tin liên "), ("boilerplate", "Giá xăng "), ("boilerplate", "Doanh ngh"),
                          ("paragraph", BODY[1][:9])]
    assert kinds[-1] == ("byline", "Hải Yến")  # the author's name under an empty box stays the byline


def test_the_reporters_over_a_photographer_s_credit_line_are_the_byline_too(isolated_dir):
    text = ("Giá xăng giảm lần thứ ba liên tiếp trong tháng\n\n" + LEAD.format(tag="(VTV.vn) - ") + "\n\n"
            + "\n\n".join(BODY) + "\n\nMinh Anh - Hoàng Long\nẢnh: Phạm Tuấn\n")
    assert [(p["kind"], p["text"][:8]) for p in parts_of(isolated_dir, text)][-2:] == [("byline", "Minh Anh"), ("byline", "Ảnh: Phạ")]
    assert run_cli("report", "--format", "json", "a.txt").json()["articles"][0]["author"] == "Minh Anh - Hoàng Long"


def test_a_stock_photos_credit_under_the_name_leaves_the_name_the_byline(isolated_dir):
    """``Lan Phương`` then ``(Ảnh minh họa: Internet)``: the name is the byline (ST108 had found none, and ST109
    had read the credit as a caption among the paragraphs)."""
    text = ("Giá xăng giảm lần thứ ba liên tiếp trong tháng\n\n" + LEAD.format(tag="") + "\n\n"
            + "\n\n".join(BODY) + "\n\nLan Phương\n\n(Ảnh minh họa: Internet)\n")
    assert [p["kind"] for p in parts_of(isolated_dir, text)][-2:] == ["byline", "byline"]
    found = run_cli("lint", "--format", "json", "--select", "ST108,ST109", "a.txt").json()["files"][0]["diagnostics"]
    assert found == []


SCRAPED = Path(__file__).parent / "scraped"


@pytest.mark.parametrize(("name", "kinds", "rules"), [
    ("s1.txt", "boilerplate dateline headline boilerplate lead source-tag paragraph paragraph paragraph paragraph byline "
               "boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate", ["ST101", "ST109"]),
    ("s2.txt", "boilerplate headline dateline lead paragraph paragraph paragraph paragraph byline boilerplate boilerplate "
               "boilerplate", ["ST101"]),
    ("s3.txt", "boilerplate headline dateline lead paragraph paragraph paragraph byline boilerplate boilerplate boilerplate "
               "boilerplate", ["ST101"]),
    ("s4.txt", "dateline headline byline lead paragraph paragraph paragraph paragraph paragraph byline", []),
    ("s5.txt", "boilerplate headline dateline caption lead paragraph paragraph paragraph byline boilerplate boilerplate "
               "boilerplate", ["ST101"]),
    ("s6.txt", "boilerplate headline dateline lead paragraph paragraph paragraph byline boilerplate", ["ST101"]),
    ("s7.txt", "dateline headline lead subheading paragraph subheading paragraph subheading paragraph byline", []),
    ("s8.txt", "boilerplate headline dateline lead list-item paragraph list-item paragraph list-item paragraph list-item "
               "paragraph list-item paragraph byline byline", ["ST101"]),
    # saved pages: one marks its article, one (an older CMS's) does not
    ("s9.html", "headline dateline lead source-tag caption paragraph paragraph paragraph byline", []),
    ("s10.html", "dateline headline lead paragraph paragraph paragraph byline", []),
    # a reader's comment and its Trả lời · Thích line; a caption among the paragraphs, its credit after a dash
    ("s11.txt", "boilerplate dateline headline lead paragraph paragraph paragraph byline " + " ".join(["boilerplate"] * 12),
     ["ST101", "ST109"]),
    ("s12.txt", "boilerplate dateline headline lead source-tag paragraph paragraph paragraph byline "
                + " ".join(["boilerplate"] * 7), ["ST101", "ST109"]),
    # a comment list sorted by tabs, a reader's name and comment over its "12 Thích Trả lời" line
    ("s13.txt", "boilerplate dateline headline lead caption paragraph paragraph paragraph byline "
                + " ".join(["boilerplate"] * 11), ["ST101"]),
    # a caption with its credit in brackets and a full stop after them: (Ảnh: Minh Quang).
    ("s14.txt", "boilerplate headline dateline byline lead source-tag paragraph paragraph paragraph paragraph "
                + " ".join(["boilerplate"] * 6), ["ST101", "ST109"]),
    # a saved page without <article>: its top bar and section label are the page's; a photo set in a table (the
    # author's span in the meta line is the byline under the dateline)
    ("s15.html", "headline dateline byline lead paragraph caption paragraph paragraph paragraph byline", []),
    # a section over the dateline, a caption credited with its agency in brackets, the outlet's own credit
    ("s16.txt", "boilerplate dateline headline lead caption paragraph paragraph byline " + " ".join(["boilerplate"] * 5),
     ["ST101"]),
    # the site's menu copied one item a line over the dateline; tags one a line under "Từ khóa:"; the comment
    # box's placeholder (Viết bình luận...)
    ("s17.txt", " ".join(["boilerplate"] * 13) + " dateline headline lead source-tag " + " ".join(["paragraph"] * 5)
                + " byline " + " ".join(["boilerplate"] * 17), ["ST101"]),
    # a saved page with <time>, a view counter beside it, <figure> and a related box in the body, a blockquote
    ("s18.html", "headline dateline lead paragraph caption paragraph paragraph paragraph paragraph byline", []),
    # a related link in the body (Xem thêm: …), a caption credited after a full stop, Chia sẻ, Ý kiến (24), refresh
    ("s19.txt", "boilerplate boilerplate dateline headline lead paragraph boilerplate paragraph paragraph paragraph "
                "paragraph byline " + " ".join(["boilerplate"] * 9), ["ST101", "ST109"]),
    # TTO's dashed dates (DT106 at the default house style), related links in the body, an author in capitals, TAGS:
    ("s20.txt", "boilerplate boilerplate boilerplate dateline headline lead source-tag paragraph boilerplate boilerplate "
                "boilerplate paragraph paragraph byline " + " ".join(["boilerplate"] * 6), ["DT106", "ST101"]),
    # a saved page with a breadcrumb, the author in the meta line and again at the end, a related box, an ad
    ("s21.html", "headline byline dateline lead paragraph caption paragraph paragraph paragraph byline", []),
    # the date and the author in one meta line, each in its own span (span.date, span.author), share buttons,
    # an aside in the body, a comment box after the article, noscript
    ("s22.html", "headline dateline byline lead paragraph paragraph paragraph", []),
    ("s23.html", "headline dateline lead source-tag paragraph caption paragraph paragraph paragraph byline", []),
    # the share buttons and their toast (Lưu, Theo dõi, Google News; Bài viết đã được sao chép) had been
    # paragraphs, the byline above the toast one too
    ("s24.txt", "boilerplate dateline headline boilerplate boilerplate lead boilerplate boilerplate boilerplate "
     "paragraph paragraph paragraph paragraph paragraph byline boilerplate boilerplate boilerplate boilerplate "
     "boilerplate boilerplate boilerplate", ["ST101", "ST109"]),
    # a wire story copied hard-wrapped, with Windows line ends: each paragraph's lines broken mid-sentence
    ("s25.txt", "dateline headline lead source-tag paragraph paragraph paragraph byline", ["ST116"]),
    # a site menu of one word a line, a listen button, and "Theo dõi trên" (a follow button's words, its
    # icon left out) under the headline: it had been the byline
    ("s26.txt", " ".join(["boilerplate"] * 6) + " dateline boilerplate headline boilerplate lead caption "
     + " ".join(["paragraph"] * 4) + " byline " + " ".join(["boilerplate"] * 11), ["ST101"]),
    # the sample's portal: a view count, print and e-mail buttons and a comment form whose field labels
    # (Họ và tên, Nội dung, Mã xác nhận) had been paragraphs, so the author's name above them was one too
    # (ST108), and the related links' dates drew DT106 (house style): the page's, not the article's
    ("s27.txt", "dateline boilerplate headline caption lead source-tag paragraph paragraph byline "
     + " ".join(["boilerplate"] * 13), ["HS101", "ST101"]),
    # hard-wrapped text whose lines break before a figure (ở cự ly / 42 km xuất phát): each had split its
    # paragraph in two, the first drawing HS107 (no final stop)
    ("s28.txt", "dateline headline lead source-tag caption paragraph boilerplate paragraph paragraph byline boilerplate",
     ["ST101", "ST116"]),
    # an advert's label and a Xem thêm: mid-article, the site's footer with its licence's date (which had drawn
    # DT106 as the article's)
    ("s29.txt", "boilerplate dateline headline lead source-tag caption paragraph boilerplate paragraph boilerplate "
     "paragraph byline " + " ".join(["boilerplate"] * 9), ["ST101"]),
    # a mobile page: the app's prompt and its button (the prompt had been the headline), a section's name of
    # two joined by a dash over the headline, a gallery's counter between the lead and its photo's caption
    # (which had been a caption among the paragraphs, ST109), a Clip: stub
    ("s30.txt", "boilerplate boilerplate boilerplate headline dateline lead boilerplate caption paragraph paragraph "
     "boilerplate paragraph byline boilerplate boilerplate boilerplate boilerplate", ["ST101"]),
    # a print page's address and a table of contents whose entries the text prints again as its headings:
    # the entries had been the lead and paragraphs (ST106, ST118, and ST110 on each heading as a repeat)
    ("s31.txt", "boilerplate boilerplate headline dateline boilerplate boilerplate boilerplate boilerplate lead "
     "source-tag subheading paragraph subheading paragraph subheading paragraph byline", ["ST101"]),
    # a feedback widget's question and its answer buttons (Có, Không): the last button had been the byline,
    # and the wire's Theo Reuters above them a paragraph
    ("s32.txt", "boilerplate dateline byline headline lead caption paragraph boilerplate boilerplate boilerplate "
     "paragraph paragraph byline boilerplate boilerplate boilerplate", ["ST101"]),
    # a government portal: its name, print and send buttons and a font size's A A A over the headline (the
    # portal's name had been the headline, the buttons paragraphs and the headline one too, HS107)
    ("s33.txt", "boilerplate boilerplate boilerplate boilerplate headline dateline lead source-tag paragraph paragraph "
     "paragraph byline " + " ".join(["boilerplate"] * 7), ["ST101"]),
    # a live report's badge (Cập nhật liên tục, which had been a caption) and its entries' times alone on
    # their lines (which had been paragraphs)
    ("s34.txt", "dateline headline boilerplate lead source-tag subheading paragraph subheading paragraph subheading "
     "paragraph byline boilerplate", ["ST101"]),
    # a photo story: Thực hiện: … under the headline (had been a caption, and ST108 found no byline), the
    # photos' places (Ảnh 1, Ảnh 2) with their captions under them (had been captions and paragraphs)
    ("s35.txt", "dateline headline byline lead source-tag image caption image caption image caption paragraph", []),
    # an opinion piece's disclaimer and its call for comments under the author's note (had been paragraphs,
    # so the author's name was one too, ST108)
    ("s36.txt", "dateline boilerplate headline lead source-tag paragraph paragraph paragraph byline footnote "
     "boilerplate boilerplate", ["ST101"]),
    # a video's stub with its source after a stop (Video: … . Nguồn: VTV) and an infographic's: they had been
    # paragraphs without a final stop (HS107); the graphic's credit stays a caption among the paragraphs (ST109)
    ("s37.txt", "dateline headline lead source-tag boilerplate paragraph boilerplate paragraph paragraph byline "
     "boilerplate", ["ST101", "ST109"]),
    # a legal Q&A whose last line is the mailbox for readers' questions: it had been the last paragraph, so the
    # lawyer's name and bar above it was one too (HS107, ST108); its Luật sư trả lời: is the answer's label (a
    # paragraph until session 28); ST101 reports the mailbox since session 29 (its e-mail address had hidden the block)
    ("s38.txt", "dateline headline lead source-tag paragraph subheading paragraph paragraph byline boilerplate", ["ST101"]),
    # Tác giả: … over the dateline (had been a paragraph), and a print copy's page counter after the source
    # line (Trang 1/1: it had been the last paragraph, so Nguồn: … was one too, ST108)
    ("s39.txt", "byline dateline headline caption lead source-tag paragraph paragraph byline boilerplate", ["ST101"]),
    # a print copy's page header over the dateline and again between two paragraphs (Báo … - Trang 1/2: it had
    # been the headline, the headline a caption, and the second a paragraph without a stop, HS107)
    ("s40.txt", "boilerplate dateline headline lead source-tag paragraph boilerplate paragraph byline", ["ST101"]),
    # a comment form whose labels say whose (Bình luận của bạn, Tên của bạn): they had been paragraphs, so the
    # byline above them was one too (ST108); unlabelled related links as bullets under the lead stay a list
    ("s41.txt", "boilerplate boilerplate dateline headline lead source-tag list-item list-item paragraph paragraph "
     "paragraph byline boilerplate boilerplate boilerplate boilerplate boilerplate", ["ST101", "ST109"]),
    # a page's calls to scan a QR code, to ring its hotline and to click for more (had been paragraphs without a
    # stop, HS107, and the byline above them one too, ST108)
    ("s42.txt", "dateline headline lead source-tag paragraph paragraph byline boilerplate boilerplate boilerplate",
     ["ST101"]),
    # a numbered table of contents whose entries the text repeats with their numbers as its headings
    ("s44.txt", "boilerplate dateline headline lead boilerplate boilerplate boilerplate subheading paragraph "
     "subheading paragraph byline boilerplate boilerplate", ["ST101"]),
    # Tin cùng chuyên mục: with its colon over two headlines (the label had been a paragraph and the headlines
    # a quoted poem's lines, so the wire's (TTXVN) above the tags was a paragraph too, ST108)
    ("s45.txt", "boilerplate dateline headline lead source-tag paragraph paragraph byline boilerplate boilerplate "
     "boilerplate boilerplate", ["ST101"]),
    # a caption with its credit among the paragraphs (ST109), read right with the session's starting code
    ("s46.txt", "boilerplate boilerplate boilerplate dateline headline lead paragraph paragraph paragraph paragraph "
     "paragraph byline boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate", ["ST101", "ST109"]),
    ("s47.txt", "boilerplate dateline boilerplate headline lead source-tag paragraph paragraph paragraph byline "
     "boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate",
     ["ST101"]),
    # an empty comment list's prompt (Chưa có bình luận nào. Hãy là người đầu tiên bình luận.) had been the last
    # paragraph, so the byline in capitals (NGỌC AN) a paragraph and ST108 reported none
    ("s48.txt", "boilerplate boilerplate dateline headline lead source-tag paragraph paragraph paragraph byline "
     "boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate", ["ST101"]),
    # a district portal's name in capitals over the headline, both over the dateline (Ngày đăng: …): both had
    # been paragraphs (ST102: no headline)
    ("s49.txt", "boilerplate boilerplate headline dateline boilerplate lead paragraph paragraph paragraph byline "
     "boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate", ["ST101"]),
    # VietnamPlus's tag with no dash, (Vietnam+) Tối 7/4 (ST107 asks for the dash), and a Tags label without its
    # colon over its tags, and Trở về đầu trang: the tags and the button had been paragraphs, the wire's
    # (Vietnam+) under the body no byline
    ("s50.txt", "boilerplate dateline headline lead source-tag paragraph paragraph paragraph byline boilerplate "
     "boilerplate boilerplate boilerplate", ["ST101", "ST107"]),
    # the thanks and the newsletter box under the byline (Cảm ơn bạn đã đọc bài viết, Nhận tin mới nhất từ … qua
    # email): they had been paragraphs, the byline one of them
    ("s51.txt", "boilerplate boilerplate dateline headline lead source-tag paragraph paragraph paragraph byline "
     "boilerplate boilerplate boilerplate boilerplate boilerplate", ["ST101"]),
    ("s52.txt", "boilerplate dateline headline lead paragraph paragraph paragraph byline boilerplate boilerplate "
     "boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate", ["ST101"]),
    ("s53.txt", "boilerplate dateline headline lead paragraph paragraph paragraph paragraph byline boilerplate "
     "boilerplate boilerplate boilerplate", ["ST101"]),
    # the reporter's name over the outlet's domain (Minh Khang / Kinhtedothi.vn), over a footer label alone
    # (Chịu trách nhiệm xuất bản): the name and the label had been paragraphs; 3 ha sen had drawn SP102 (hoa)
    ("s54.txt", "boilerplate dateline headline lead source-tag paragraph paragraph paragraph byline byline boilerplate",
     ["ST101"]),
    # a related-links label for articles (Bài viết cùng chuyên mục) under the tags: it and the headline under
    # it had been paragraphs (HS107, ST108)
    ("s55.txt", "boilerplate dateline boilerplate boilerplate headline lead source-tag paragraph paragraph byline "
     "boilerplate boilerplate boilerplate", ["ST101"]),
    # the reporter's name in capitals over the share buttons and a print button (In), the credit line under
    # them (Tin, ảnh: Triệu Tùng): the name and the button had been paragraphs; the city paper's 7-6 is DT106's
    ("s59.txt", "boilerplate boilerplate boilerplate headline dateline lead paragraph paragraph byline boilerplate "
     "boilerplate boilerplate byline", ["DT106", "ST101"]),
    ("s60.txt", "boilerplate headline dateline lead source-tag paragraph paragraph paragraph byline boilerplate "
     "boilerplate boilerplate boilerplate boilerplate", ["ST101"]),
    ("s61.txt", "boilerplate dateline headline lead paragraph paragraph paragraph byline boilerplate boilerplate "
     "boilerplate boilerplate", ["ST101"]),
    # Bạn cần đăng nhập để bình luận under the comment label had been the last paragraph (HS107, and the
    # agency's Theo Kyodo above it no byline: ST108)
    ("s62.txt", "boilerplate headline dateline lead paragraph paragraph byline boilerplate boilerplate", ["ST101"]),
    # the site's domain over a section's label over the headline, no dateline (VTV.vn had been the headline, the
    # section and the headline captions: ST103), and Cùng chuyên mục with its links and the domain under them
    # (paragraphs, the domain the byline)
    ("s63.txt", "boilerplate boilerplate headline lead source-tag paragraph paragraph byline boilerplate boilerplate "
     "boilerplate boilerplate", ["ST101"]),
    # a section's name of two joined alone over the date stamp, the headline under it (the section had been
    # the headline, the headline a caption)
    ("s64.txt", "boilerplate dateline headline lead source-tag paragraph paragraph byline boilerplate boilerplate "
     "boilerplate", ["ST101", "ST107"]),
    # pages copied from a phone: a back button (Quay lại, ‹ Trở về), the section over a relative time stamp
    # (2 giờ trước, Cập nhật 45 phút trước) and the headline, links to the full page (Đọc bài gốc, Xem thêm
    # tin Kinh doanh): the section had been the headline (ST103), the stamp and the headline captions, the
    # links paragraphs and the byline one too (ST108)
    ("s65.txt", "boilerplate boilerplate boilerplate headline lead paragraph paragraph byline boilerplate "
     "boilerplate boilerplate", ["ST101"]),
    ("s66.txt", "boilerplate boilerplate headline boilerplate lead paragraph paragraph byline boilerplate "
     "boilerplate", ["HS104", "ST101"]),
    # a paper's pointer to its section under the credit line (* Mời bạn đọc vào chuyên mục …): it had been a list
    # item, so the credit line (Tin, ảnh: VIỆT TRUNG) a caption among the paragraphs (ST109) and no byline (ST108)
    ("s68.txt", "boilerplate boilerplate dateline headline lead source-tag paragraph paragraph byline boilerplate",
     ["ST101"]),
    # the online edition's code alone between the date stamp and the lead (SGGPO: had been a caption)
    ("s69.txt", "boilerplate boilerplate boilerplate headline dateline boilerplate lead source-tag paragraph "
     "paragraph byline boilerplate boilerplate boilerplate boilerplate", ["DT106", "ST101"]),
    # the station's domain and section on one line (VOV.VN - Đời sống: had been a paragraph) and a reporter
    # signing with the station (Phóng viên VOV Tây Bắc/VOV.VN: had been a paragraph, ST108)
    ("s70.txt", "boilerplate dateline headline lead source-tag paragraph paragraph byline boilerplate", ["ST101"]),
    ("s71.txt", "boilerplate boilerplate boilerplate boilerplate dateline headline lead source-tag paragraph "
     "paragraph byline boilerplate boilerplate", ["ST101"]),
    # a sponsored article: its labels (Thông tin doanh nghiệp, Nội dung được tài trợ) had been paragraphs, so the
    # source under the body (Nguồn: Ngân hàng ABC) no byline (ST108)
    ("s72.txt", "boilerplate boilerplate dateline headline lead paragraph paragraph paragraph byline boilerplate",
     ["ST101"]),
    # a live report: a section of four words and the TRỰC TIẾP badge over the headline above the date stamp (all
    # three and the headline had been paragraphs: ST102)
    ("s73.txt", "boilerplate boilerplate boilerplate headline dateline lead paragraph paragraph paragraph paragraph "
     "paragraph byline", ["ST101"]),
    # media stories whose headline opens with their kind (Infographic: …, Video: …) had been a video's stub in the
    # body (ST102), and the credits (Thực hiện: … - Đồ họa: …, Video: Ngọc Thảo) no byline (ST108); a running time
    ("s74.txt", "boilerplate dateline headline lead source-tag byline boilerplate boilerplate", ["ST101"]),
    ("s75.txt", "boilerplate dateline headline lead source-tag paragraph byline boilerplate", ["ST101"]),
    # a legal Q&A site: its section of four words over the question as headline over Ngày hỏi: (had been the
    # headline, the question the lead, the date no dateline), the labels Câu hỏi: and Trả lời: (the first had been
    # the lead: ST106), the lawyer and the bar under the answer and Câu hỏi liên quan (paragraphs, ST108)
    ("s76.txt", "boilerplate headline dateline subheading lead subheading paragraph paragraph paragraph byline byline "
     "boilerplate boilerplate", ["ST101"]),
    # a travel blog: Đăng bởi Hà Vy | 18/01/2032 (had been a caption, the headline and sections captions too, ST103),
    # and its share buttons and links to the posts before and after (paragraphs, ST108)
    ("s77.txt", "boilerplate boilerplate headline dateline byline lead paragraph paragraph paragraph boilerplate "
     "boilerplate boilerplate boilerplate boilerplate", ["ST101"]),
    # a series' first part filed under its topic (Bài viết thuộc chuyên đề: …, a paragraph without its stop until
    # session 28: HS107); its dè sẻn had drawn SP101 (sẻn, a syllable the news counts saw too seldom)
    # and its (Còn nữa) says the series goes on (a paragraph until later in session 28)
    ("s78.txt", "boilerplate dateline headline lead source-tag paragraph paragraph paragraph subheading boilerplate "
     "byline", ["ST101"]),
    # a photo story (Ảnh: … as its headline): its captions among the paragraphs are its own (ST109 had reported
    # the second), and the agency-credited byline over a "most shared" label (had been paragraphs: ST108)
    ("s79.txt", "boilerplate dateline headline lead caption paragraph caption byline boilerplate", ["ST101"]),
    # a car review: intertitles over lists after the lead (Ưu điểm, Nhược điểm) and over a sheet of facts
    # (Thông số kỹ thuật / Động cơ: … / Pin: 60 kWh): they had been paragraphs, the first fact without its stop (HS107)
    ("s80.txt", "boilerplate dateline headline lead subheading list-item list-item list-item subheading list-item "
     "list-item paragraph subheading list-item list-item list-item byline", ["ST101"]),
    # a section of four words alone over the date stamp, the headline under it (Bác sĩ tư vấn: had been a paragraph);
    # the health page's disclaimer over the byline (Lưu ý: Bài viết chỉ mang tính chất tham khảo …) is furniture
    ("s81.txt", "boilerplate boilerplate dateline headline lead paragraph paragraph boilerplate byline", ["ST101"]),
    # a news brief of starred items signed by a desk: read right with the session's starting code
    ("s82.txt", "boilerplate dateline headline lead source-tag list-item list-item list-item list-item byline", ["ST101"]),
    # a longform's parts titled in Roman numerals (I. Phố Hàng Mã …: had been paragraphs without a stop, HS107),
    # signed with three credits on one line; its đèn ông sao had drawn SP102 (đen after màu)
    ("s83.txt", "boilerplate dateline headline lead source-tag subheading paragraph subheading paragraph subheading "
     "paragraph byline", ["ST101"]),
    # a reader's letter signed by the readers' desk over its call for letters by e-mail (the call had been the
    # last paragraph, the desk's sign-off one too: ST108)
    ("s84.txt", "boilerplate boilerplate dateline headline lead paragraph paragraph byline boilerplate", ["ST101"]),
    # gold prices with a sheet of prices (list items, read so once session 28 read facts); the lead is short (ST106)
    ("s85.txt", "boilerplate boilerplate dateline headline lead paragraph list-item list-item list-item paragraph "
     "byline boilerplate", ["ST101", "ST106"]),
    # session 29's held-out pages: a Dân trí-like page read right with the session's starting code
    ("s86.txt", "boilerplate boilerplate dateline boilerplate headline lead source-tag paragraph paragraph paragraph byline "
     "boilerplate boilerplate boilerplate boilerplate boilerplate", ["ST101"]),
    # a most-read box's label under the comment tabs (Nhiều người xem nhất) had been the last paragraph, so the
    # photographer's name over the furniture was no byline (ST108); the caption in the body is ST109's
    ("s87.txt", "boilerplate boilerplate dateline headline lead paragraph paragraph paragraph paragraph byline boilerplate "
     "boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate", ["ST101", "ST109"]),
    # the follow-us box whose platform was an icon (Theo dõi Báo Chính phủ trên) had been the byline, the
    # reporter's name over it a paragraph
    ("s88.txt", "boilerplate boilerplate dateline headline lead source-tag paragraph paragraph byline boilerplate "
     "boilerplate boilerplate boilerplate boilerplate boilerplate", ["ST101"]),
    # a market page's stamp with its section after a bar (28-11-2026 - 15:42 PM | Thị trường chứng khoán) had
    # been the headline, the headline a caption (and DT106 asked the CMS's stamp for the house date style)
    ("s89.txt", "boilerplate dateline boilerplate headline lead paragraph paragraph paragraph byline boilerplate "
     "boilerplate", ["ST101"]),
    # the author and the paper the story is taken from over the stamp (Hoàng Yến / , / Theo Thanh Niên) had
    # been the site's header (ST101)
    ("s90.txt", "byline byline byline dateline boilerplate headline lead paragraph paragraph paragraph byline boilerplate "
     "boilerplate boilerplate", ["ST101"]),
    # a wire story signed with its agencies in brackets: read right with the session's starting code
    ("s91.txt", "boilerplate dateline headline lead paragraph paragraph paragraph byline boilerplate boilerplate "
     "boilerplate", ["ST101"]),
    # a radio's page with its audio player over the headline: read right with the session's starting code
    ("s92.txt", "boilerplate boilerplate dateline boilerplate boilerplate headline lead source-tag paragraph paragraph "
     "paragraph byline boilerplate boilerplate", ["ST101"]),
    # a province's portal: its section (Tin tức - Sự kiện) over the stamp, a view count under it, then the headline:
    # the section had been the headline and the headline a caption
    ("s93.txt", "boilerplate boilerplate dateline boilerplate headline lead paragraph paragraph byline boilerplate "
     "boilerplate boilerplate boilerplate", ["ST101"]),
    # the comment box's placeholder (Vui lòng nhập nội dung bình luận) had been the last paragraph (HS107, ST108);
    # HS101 asks Quận 1, Quận 3 of the page's quận 1, quận 3
    ("s94.txt", "boilerplate dateline boilerplate boilerplate headline lead source-tag paragraph paragraph byline "
     "boilerplate boilerplate boilerplate", ["HS101", "ST101"]),
    # a video box's label in the body (Video đang HOT) had been a paragraph
    ("s95.txt", "boilerplate dateline headline lead paragraph boilerplate paragraph boilerplate paragraph byline "
     "boilerplate boilerplate boilerplate", ["ST101"]),
    # the paper's initials over a credit line (H.V / Bài và ảnh: Hoàng Vũ) under the body, then a rating widget
    # and the topic's name: the initials had been a paragraph, the credit line a caption (ST109), and the topic
    # the last paragraph (ST108)
    ("s96.txt", "boilerplate dateline headline lead paragraph paragraph paragraph byline byline boilerplate boilerplate",
     ["ST101"]),
    # a legal Q&A whose lawyer is named over the answer (Luật sư …, trả lời:): that line had been a paragraph and the
    # page no byline (ST108)
    ("s97.txt", "boilerplate boilerplate dateline headline lead byline paragraph paragraph boilerplate", ["ST101"]),
    # a weather table as a browser copies it, its cells between tabs: its rows had been paragraphs (first written
    # with " | " between cells, whose header row reads as a breadcrumb: the copy writes tabs, as browsers do)
    ("s98.txt", "boilerplate dateline headline lead table table table table table paragraph byline", ["ST101"]),
    # a travel page with a reporter's and a photographer's credit on one line: read right with the starting code
    ("s99.txt", "boilerplate dateline headline lead paragraph paragraph paragraph byline boilerplate boilerplate "
     "boilerplate boilerplate", ["ST101"]),
    # a press release's contact block (Thông tin liên hệ: / Phòng Truyền thông … / Email: … / Hotline: …): the
    # lines had been paragraphs and the hotline furniture (ST108, ST101 on it)
    ("s100.txt", "boilerplate boilerplate dateline headline lead paragraph paragraph byline byline byline byline", ["ST101"]),
    # a stamp with its section after a bar (28-11-2026 - 10:32 AM | Thời sự): had been no dateline (the session's fix
    # for s89); the caption among the paragraphs is ST109's
    ("s107.txt", "boilerplate dateline headline lead source-tag paragraph paragraph paragraph paragraph byline boilerplate "
     "boilerplate boilerplate boilerplate boilerplate", ["ST101", "ST109"]),
    # an aggregator's page: its name and the paper it took the story from over a relative time stamp (Báo Mới /
    # Thanh Niên / 2 giờ trước): the aggregator's name had been the headline (ST103), the headline a caption
    ("s108.txt", "boilerplate byline boilerplate headline lead paragraph paragraph paragraph boilerplate boilerplate "
     "boilerplate", ["ST101"]),
    # the source as a link in brackets (Nguồn: [http://vff.org.vn]) over "Tin bài cùng chủ đề: AFF Cup 2026" and a
    # link: the three had been list items and a paragraph (HS107, ST108)
    ("s109.txt", "boilerplate dateline headline lead paragraph paragraph paragraph byline boilerplate boilerplate", ["ST101"]),
    # "Gửi bình luận của bạn" over the comment form had been the last paragraph, so the reporter's name was none (ST108)
    ("s110.txt", "boilerplate dateline headline lead source-tag paragraph paragraph byline boilerplate boilerplate "
     "boilerplate boilerplate", ["ST101"]),
    # the author and the paper after a bar under the headline (Theo Phan Anh | Pháp luật & Bạn đọc) had been a
    # breadcrumb (ST101, ST108)
    ("s111.txt", "boilerplate dateline headline byline lead paragraph paragraph boilerplate boilerplate boilerplate "
     "boilerplate", ["ST101"]),
    # a page copied without its headline (ST102, rightly), signed over "Thông tin liên quan" (had been paragraphs: ST108)
    ("s112.txt", "dateline lead source-tag paragraph paragraph byline boilerplate boilerplate", ["ST101", "ST102"]),
    # a showbiz page with its section over the headline and the source under the body, and an interview in PV: lines:
    # read right with the session's starting code
    ("s113.txt", "boilerplate headline dateline lead paragraph paragraph byline boilerplate", ["ST101"]),
    ("s114.txt", "boilerplate dateline headline lead paragraph paragraph paragraph paragraph paragraph byline", ["ST101"]),
    # a market ticker over the page (VN-Index / 1.903,40 / +15,20 (+0,81%) / HNX-Index …): had been the headline, a
    # caption and the lead, the section and the date stamp paragraphs (ST103, ST106)
    ("s117.txt", "boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate boilerplate dateline headline "
     "lead paragraph paragraph byline", ["ST101"]),
    # a photo gallery's counters (1/5 … 5/5), each over its photo's caption: had been paragraphs, the captions too
    ("s118.txt", "boilerplate dateline headline lead image caption image caption image caption image caption image caption "
     "byline", ["ST101"]),
    # an embedded post's attribution (Elon Musk (@elonmusk) November 27, 2026) had been a paragraph without its stop
    ("s119.txt", "boilerplate dateline headline lead paragraph boilerplate paragraph byline", ["ST101"]),
    # a provincial paper's footer (Cơ quan chủ quản / Tổng biên tập / Trụ sở / Điện thoại / Email): the reporter's name
    # over it had been a paragraph and the contacts list items (ST108), and the footer's block, ending on an e-mail
    # address, went unreported (a block was dropped wherever it touched a URL or an e-mail address)
    ("s120.txt", "boilerplate dateline headline lead paragraph paragraph byline boilerplate boilerplate boilerplate "
     "boilerplate boilerplate", ["ST101"]),
    # a summary box under the lead (Xem nhanh and its points): had been paragraphs and an intertitle (HS107); the page
    # was first written with the box over the headline, which no site prints
    ("s121.txt", "boilerplate dateline headline lead boilerplate boilerplate boilerplate boilerplate paragraph paragraph "
     "byline", ["ST101"]),
    # session 29's last held-out pages: Tuổi Trẻ's layout (the reporter in capitals under the headline, the caption
    # under the lead), an opinion column with its author's note and disclaimer, a news agency's photo caption and
    # sign-off: read right with the session's starting code
    ("s122.txt", "boilerplate boilerplate dateline headline byline lead source-tag caption paragraph paragraph "
     "boilerplate boilerplate", ["ST101"]),
    ("s123.txt", "boilerplate dateline headline lead paragraph paragraph byline footnote boilerplate", ["ST101"]),
    # a podcast's player (Nghe podcast / 00:00 / 12:34): its button had been a paragraph
    ("s124.txt", "boilerplate dateline headline lead boilerplate boilerplate paragraph paragraph byline", ["ST101"]),
    ("s125.txt", "boilerplate dateline headline lead caption paragraph paragraph byline boilerplate", ["ST101"]),
    # a match report with its line-up and scorers; the scorers' line (Bàn thắng: Tiến Linh 23', …) lacks its stop
    # (HS107: one label-and-value line alone is no sheet of facts)
    ("s126.txt", "boilerplate dateline headline lead paragraph paragraph paragraph paragraph paragraph byline",
     ["HS107", "ST101"]),
    # "Quy định bình luận" under the comment box had been the last paragraph (ST108): furniture under the furniture
    # that follows the signature
    ("s127.txt", "boilerplate dateline headline lead paragraph paragraph byline boilerplate boilerplate boilerplate",
     ["ST101"]),
    # a paper that opens its lead with its name bare (GiadinhNet - …): no source tag until the name was listed
    ("s128.txt", "dateline boilerplate headline lead source-tag paragraph paragraph paragraph byline boilerplate", ["ST101"]),
    # a round's results over the lead (Hà Nội FC 4-1 Hải Phòng …): had been captions
    ("s129.txt", "boilerplate dateline headline list-item list-item list-item lead paragraph paragraph byline", ["ST101"]),
    # a reader's question labelled with the reader's name (Bạn đọc Lê Văn Hùng hỏi:): the label had been the lead (ST106)
    ("s130.txt", "boilerplate dateline headline subheading lead subheading paragraph paragraph byline byline", ["ST101"]),
    ("s56.html", "dateline headline lead paragraph caption paragraph paragraph byline", []),
    # an AMP page: the section and the date stamp over the headline, two authors in capitals under it, the lead in
    # an h2 with its tag (read right with the session's starting code; the lead's 20-8 is DT106's)
    ("s67.html", "dateline headline byline lead source-tag paragraph caption paragraph paragraph", ["DT106"]),
    # a district portal that sets its article in one cell of a layout table: every block had been a table cell
    # (ST102: no headline), the dateline in brackets (Ngày đăng: …) no dateline, the office signing it
    # (Phòng Văn hóa và Thông tin) no byline, and the other news box (div.other_news) was read
    ("s57.html", "headline dateline lead paragraph paragraph byline", []),
    # a WordPress post: its author after "bởi" under the headline had been a caption, and its JSON-LD
    # BlogPosting gave no author (ST108)
    ("s58.html", "headline dateline byline lead subheading paragraph subheading paragraph subheading paragraph", []),
    # session 29's held-out saved pages: a city paper's view counter (span.view) in the meta line had been furniture
    # left in the article (ST101)
    ("s101.html", "headline dateline lead source-tag paragraph caption paragraph paragraph byline", []),
    # a provincial paper's section label (p.cat) and other-news box (div.other) had been furniture (ST101)
    ("s102.html", "headline dateline lead source-tag paragraph paragraph caption paragraph byline", []),
    # the dash between the author's span and the <time> had been a paragraph of its own
    ("s103.html", "headline byline dateline lead paragraph paragraph list-item list-item list-item", []),
    # the place stamp run into the lead (<span class="location-stamp">Đà Nẵng</span>Mưa …) had drawn SP105
    # (NẵngMưa), and DT104 had read "đã cho học sinh nghỉ học ngày 25/11" as a past event after publication
    ("s104.html", "headline dateline lead paragraph paragraph caption paragraph byline", []),
    # a second date stamp under the author (23/11/2026 06:00 GMT+7) had been a caption; "dữ liệu gien" drew SP102
    ("s105.html", "dateline headline byline boilerplate lead paragraph paragraph paragraph", ["ST101"]),
    # a page's other-news box named div.box-news-other (furniture left in the article, ST101, until skipped as
    # div.other-news is); its photo's caption in the <p> of the <img>, all in italics, is a caption (session 30)
    ("s131.html", "headline dateline lead paragraph caption paragraph byline", []),
    # a page without an <h1>, its headline in h2.title-news, its stamp with the view count (Ngày đăng: 26/11/2026 |
    # Lượt xem: 523): the headline had been a subheading and the stamp the headline
    ("s132.html", "headline dateline lead paragraph paragraph byline", []),
    # session 30's held-out pages: VnExpress's copy (read right with the starting code; its caption with Ảnh: draws ST109)
    ("s133.txt", "boilerplate boilerplate dateline headline lead paragraph paragraph paragraph paragraph byline boilerplate "
                 "boilerplate boilerplate boilerplate", ["ST101", "ST109"]),
    # Dân trí's author box over the stamp, its topic links under the byline (read right with the starting code)
    ("s134.txt", "boilerplate boilerplate headline byline dateline boilerplate lead source-tag paragraph paragraph paragraph "
                 "paragraph byline " + " ".join(["boilerplate"] * 6), ["ST101"]),
    ("s135.txt", "headline dateline lead source-tag caption paragraph paragraph paragraph byline boilerplate boilerplate "
                 "boilerplate", ["ST101"]),
    # VOV's Phạm Hà/VOV.VN had been a paragraph and "Theo dõi VOV.VN trên Google News" under it the byline
    ("s136.txt", "dateline headline lead source-tag paragraph paragraph paragraph byline boilerplate boilerplate boilerplate",
     ["ST101"]),
    ("s137.txt", "boilerplate dateline headline lead source-tag paragraph paragraph byline boilerplate boilerplate boilerplate",
     ["DT106", "ST101"]),
    # CafeF's Minh Anh / Theo Người Đồng Hành over Copy link / Link bài gốc / Lấy link!: all had been paragraphs (ST108)
    ("s138.txt", "boilerplate headline dateline boilerplate lead paragraph paragraph byline byline boilerplate boilerplate "
                 "boilerplate", ["ST101"]),
    # a caption without a credit or a stop under the lead stays a paragraph (HS107 asks its stop)
    ("s139.txt", "dateline headline lead source-tag paragraph paragraph paragraph byline boilerplate boilerplate boilerplate "
                 "boilerplate", ["HS107", "ST101"]),
    ("s140.txt", "headline lead paragraph paragraph paragraph byline", ["DT106"]),
    # ul.the-article-meta (the author, the time) had been two list items, and the summary under them no lead (ST106)
    ("s141.html", "headline byline dateline lead paragraph caption paragraph paragraph", []),
    # the lead in h2.detail-sapo, the caption in a figcaption; div.box-relate skipped (it had been furniture: ST101)
    ("s142.html", "headline byline dateline lead caption paragraph subheading paragraph paragraph boilerplate", ["ST101"]),
    ("s143.txt", "dateline headline lead caption paragraph paragraph byline boilerplate boilerplate boilerplate boilerplate "
                 "boilerplate", ["ST101"]),
    # 24h's Theo Minh Anh (Dân Việt) over Nguồn: [Link nguồn] had been a paragraph
    ("s144.txt", "dateline headline lead paragraph paragraph paragraph byline byline boilerplate boilerplate", ["ST101"]),
    # Kenh14's Lê Hằng | 28/11/2026 10:20 AM had been the headline and the headline under it a caption
    ("s145.txt", "dateline byline headline lead caption paragraph paragraph byline boilerplate boilerplate", ["ST101"]),
    ("s146.txt", "dateline headline byline lead source-tag paragraph paragraph boilerplate boilerplate", ["ST101"]),
    ("s147.txt", "dateline headline lead paragraph paragraph paragraph byline", []),
    ("s148.txt", "headline byline dateline lead source-tag paragraph paragraph byline", []),
    ("s149.txt", "boilerplate boilerplate headline lead source-tag caption paragraph paragraph byline", ["ST101"]),
    ("s150.txt", "boilerplate dateline headline lead source-tag paragraph paragraph byline byline", ["ST101"]),
    # the city committee's layout, as the sample: two captions over the lead, a comment form's labels under the credit
    ("s151.txt", "dateline headline caption caption lead source-tag paragraph paragraph byline " + " ".join(["boilerplate"] * 9),
     ["ST101"]),
    # a 21-word caption without its stop over the tagged lead had been the lead (ST118: the tag on the next paragraph)
    ("s152.txt", "dateline headline caption lead source-tag paragraph paragraph byline " + " ".join(["boilerplate"] * 8),
     ["ST101"]),
    # Thanh Niên's comment box, a reader's comment, its actions, most-read, app and copyright lines (read right with the
    # starting code; the caption with its credit in capitals draws ST109)
    ("s153.txt", "boilerplate boilerplate headline byline dateline lead paragraph paragraph paragraph "
                 + " ".join(["boilerplate"] * 12), ["ST101", "ST109"]),
    # a photo story's credit under its stamp (Thực hiện: Thanh Hải) had been a caption, and the story unsigned (ST108)
    ("s154.txt", "boilerplate headline dateline byline lead image caption image caption image caption boilerplate boilerplate",
     ["ST101"]),
    # a video page: its headline (Clip: Lốc xoáy …) had been a video's stub, the stamp's time read with the lead's day
    # (09:12 / Chiều 27/11), the clip's credit furniture and the most-watched box's title the last paragraph
    ("s155.txt", "boilerplate headline dateline lead paragraph byline boilerplate boilerplate", ["ST101"]),
    # a commune's WordPress page: Đăng ngày <time>, bởi <span class="author"> had been four lines (a paragraph, the
    # dateline, two captions) and the page unsigned (ST108)
    ("s156.html", "headline dateline byline lead caption paragraph paragraph", []),
    # VnExpress's article column is div.sidebar-1: the page had had no text at all (ST002)
    ("s157.html", "dateline headline lead paragraph caption paragraph byline", []),
    # Dân trí's closing author (div.author-name-bottom) over its topic box (div.e-magazine__tags: Chủ đề:) had been
    # two paragraphs
    ("s158.html", "headline byline dateline lead source-tag paragraph caption paragraph paragraph byline", []),
    # VietNamNet's breadcrumb (div.bread-crumb-detail, with the time in it) had been a list item
    ("s159.html", "boilerplate dateline headline lead paragraph caption paragraph byline", ["ST101"]),
    ("s160.html", "headline byline dateline lead source-tag paragraph paragraph", []),
    # CafeF's column is div.left_cate (cate skips a section's label): the page had had no text (ST002); its link box's
    # button (span.btn-copy-link-source) had run into its label (Link bài gốcLấy link!, SP105)
    ("s161.html", "headline dateline lead paragraph paragraph byline byline boilerplate", ["ST101"]),
    # a live report, an interview in PV: lines, a correction and a numbered list of tips (read right with the
    # starting code; the live report's entries now fall on its dateline's day: tests/test_dates.py)
    ("s162.txt", "boilerplate boilerplate dateline headline lead subheading paragraph subheading paragraph subheading "
                 "paragraph subheading paragraph paragraph byline", ["ST101"]),
    ("s163.txt", "dateline headline lead paragraph paragraph paragraph paragraph paragraph paragraph paragraph byline", []),
    ("s164.txt", "headline lead paragraph byline", []),
    # a mobile page: the author under a relative stamp (Giá lúa … / 2 giờ trước / Thanh Tâm) had been a caption (ST108)
    ("s166.txt", "boilerplate boilerplate headline boilerplate byline lead paragraph paragraph paragraph boilerplate "
                 "boilerplate", ["ST101", "ST109"]),
    # VTC News's comment box placeholder (Bạn đang nghĩ gì?) had been the last paragraph, the signature over it one too
    ("s167.txt", "boilerplate headline dateline lead source-tag paragraph paragraph byline boilerplate boilerplate "
                 "boilerplate", ["ST101"]),
    # Tiền Phong's copy with a related link left between the paragraphs, a gold price table typed with tabs (read right
    # with the starting code)
    ("s168.txt", "boilerplate headline dateline lead source-tag boilerplate paragraph paragraph paragraph byline byline",
     ["ST101", "ST109"]),
    ("s169.txt", "headline dateline lead table table table table paragraph paragraph byline", []),
    # Pháp luật TP.HCM's tag with no space before its dash (ST107 asks it), an opinion column with its author's note
    # and disclaimer (read right with the starting code)
    ("s170.txt", "boilerplate dateline headline lead source-tag paragraph paragraph paragraph byline",
     ["DT106", "ST101", "ST107", "ST109"]),
    ("s171.txt", "boilerplate headline dateline lead paragraph paragraph paragraph byline footnote boilerplate", ["ST101"]),
    # a provincial portal (Liferay: div.journal-content-article, its headline in div.title-news): the caption in the <p>
    # after its photo's had been a paragraph without its stop (HS107)
    ("s172.html", "headline dateline lead paragraph caption paragraph byline", []),
    # a school's Joomla page: its meta list's label (dt.article-info-term: Chi tiết) had been a paragraph and its hits
    # (dd.hits: Lượt xem: 245) furniture left in the article (ST101)
    ("s173.html", "headline byline dateline lead paragraph paragraph", []),
    # a Blogger post: its date (h2.date-header) over its title (h3.post-title), the post's footer with its author
    # (div.post-footer / span.post-author: Đăng bởi …) and its time (lúc 20:15); the title had been a subheading, the
    # date the headline's place (ST102), and the footer skipped (ST108)
    ("s174.html", "dateline headline lead paragraph paragraph byline boilerplate", ["ST101"]),
    # an AMP page: the caption after its <amp-img> (no <img> in it) had been a paragraph without its stop (HS107)
    ("s175.html", "headline byline dateline lead caption paragraph paragraph", []),
    # a page's meta line with a middle dot (p.meta: Thu Hằng · 28/11/2026 14:00) had been a caption, the page without a
    # dateline; its section label (span.category-name) furniture left in the article (ST101)
    ("s178.html", "headline dateline byline lead paragraph paragraph", []),
    # Thanh Niên's copy under Cập nhật … GMT+7, its tags on one line (read right with the starting code)
    ("s179.txt", "boilerplate dateline headline lead paragraph paragraph paragraph paragraph byline boilerplate",
     ["ST101", "ST109"]),
    # Báo Mới's app: its name, the paper's, the story's age without trước (1 giờ): the headline had been the app's name
    # (ST103), the age a time of 01:00 and the real headline a caption
    ("s177.txt", "boilerplate byline boilerplate headline lead paragraph paragraph boilerplate boilerplate boilerplate boilerplate", ["ST101"]),
    ("s165.txt", "boilerplate headline dateline lead list-item paragraph list-item paragraph list-item paragraph list-item "
                 "paragraph list-item paragraph byline byline", ["ST101"]),
    # a BEM-named article (article__sapo, article__body) with a blockquote: read right with the session's starting code
    ("s115.html", "headline dateline lead paragraph caption paragraph paragraph paragraph byline", []),
    # a district portal of the 2000s: the article written straight into a layout cell (<font><b>…</b></font><br>…<br><br>),
    # a menu column of links beside it, "Các tin đã đưa:" under it: every line had been a table cell (ST102)
    ("s116.html", "headline dateline lead paragraph paragraph byline boilerplate boilerplate boilerplate", ["ST101"]),
])
def test_scraped_pages_are_read_part_by_part(isolated_dir, name, kinds, rules):
    """The pages of ``tests/scraped/`` (see its README): every part, and the rules each draws."""
    text = (SCRAPED / name).read_text(encoding="utf-8")
    assert " ".join(p["kind"] for p in parts_of(isolated_dir, text, name)) == kinds
    found = run_cli("lint", "--format", "json", "--exit-zero", name).json()["files"][0]["diagnostics"]
    assert sorted({d["rule"] for d in found if d["severity"] != "info"}) == rules


def test_a_readers_comment_between_the_widget_and_its_actions_is_furniture(isolated_dir):
    """The reader's name and comment between ``Sắp xếp: Quan tâm nhất | Mới nhất`` and ``12 Thích Trả lời``
    (they had been the article's last paragraphs, its byline one); a paragraph under a lone widget word
    with no line of actions after it stays the article's."""
    labels = {p["text"]: p.get("label") for p in parts_of(isolated_dir, (SCRAPED / "s13.txt").read_text("utf-8"))}
    assert labels["Minh Tuấn"] == labels["Mong tuyến ngầm sớm chạy, đi làm đỡ tắc đường."] == "reader comment"
    assert labels["12 Thích Trả lời"] == "comment widget"
    text = ("Thứ bảy, 28/11/2026\n\nHà Nội mở thêm tuyến buýt điện\n\n" + LEAD + "\n\nBình luận\n\n"
            + "\n\n".join(BODY) + "\n\nMinh Anh\n")
    kinds = [p["kind"] for p in parts_of(isolated_dir, text.format(tag="(TTO) - "))]
    assert kinds.count("paragraph") == len(BODY)


@pytest.mark.parametrize("pointer", ["Kỳ 2: Bản làng giữ rừng", "Kỳ tới: Bản làng giữ rừng", "Bài cuối: Giữ rừng bằng luật tục",
                                     "Kỳ 2: Ai chịu trách nhiệm khi xảy ra tai nạn?"])  # a title that asks
def test_the_next_part_of_a_series_announced_at_the_end_is_no_paragraph(isolated_dir, pointer):
    """A series' next part announced over the byline had drawn HS107 (no final stop) as a paragraph."""
    text = ("Thứ Hai, 30/11/2026 - 06:00\n\nKỳ 1: Những người gác rừng ở Pù Mát\n\n" + LEAD.format(tag="(Phóng sự) - ")
            + "\n\n" + "\n\n".join(BODY) + f"\n\n{pointer}\n\nHữu Vinh - Đình Tuấn\n")
    parts = parts_of(isolated_dir, text, "a.txt")
    assert [(p["kind"], p.get("label")) for p in parts if p["text"] == pointer] == [("subheading", "next part")]
    assert parts[-1]["kind"] == "byline"
    # the same line opening the body is this part's title
    opening = text.replace(LEAD.format(tag="(Phóng sự) - "), LEAD.format(tag="(Phóng sự) - ") + "\n\n" + pointer, 1)
    first = parts_of(isolated_dir, opening, "b.txt")
    assert [(p["kind"], p.get("label")) for p in first if p["text"] == pointer] == [("subheading", "part"), ("subheading", "next part")]
    found = run_cli("lint", "--format", "json", "--select", "HS107,ST", "a.txt").json()["files"][0]["diagnostics"]
    assert found == []


POEM = ["Hồng hồng, tuyết tuyết", "Mới ngày nào chẳng biết cái chi chi", "Mười lăm năm thấm thoắt có xa gì",
        "Ngoảnh mặt lại đã tới kỳ tơ liễu"]


@pytest.mark.parametrize("name,poem", [("a.txt", "\n".join(POEM)), ("a.md", "\n".join(f"*{line}*" for line in POEM))])
def test_a_poem_quoted_under_a_colon_is_verse_not_paragraphs(isolated_dir, name, poem):
    """A poem's lines set one under the other after ``… bài "Hồng Hồng Tuyết Tuyết":`` had each drawn HS107."""
    text = ("Thứ Bảy, 05/12/2026 - 10:00\n\nNghệ nhân ca trù giữ lửa ở Đông Sơn\n\n" + LEAD.format(tag="(Văn hóa) - ")
            + "\n\nCác em say sưa tập những câu hát trong bài \"Hồng Hồng Tuyết Tuyết\":\n\n" + poem + "\n\n"
            + "\n\n".join(BODY) + "\n\nThanh Tâm\n")
    parts = parts_of(isolated_dir, text, name)
    assert [p["kind"] for p in parts].count("verse") == (len(POEM) if name == "a.txt" else 1)
    assert run_cli("lint", "--format", "json", "--select", "HS107", name).json()["files"][0]["diagnostics"] == []


def test_a_quotation_closing_on_its_attribution_needs_no_stop(isolated_dir):
    """``> — Trích báo cáo *e-Conomy SEA 2028*`` under a quotation: a credit, no sentence (HS107 had reported
    it); a paragraph that ends without its stop is still reported."""
    text = ("# Kinh tế số năm 2028\n\n" + LEAD.format(tag="") + "\n\n> \"Việt Nam là một trong những nền kinh tế số tăng "
            "trưởng nhanh nhất Đông Nam Á.\"\n>\n> — Trích báo cáo *e-Conomy SEA 2028*\n\n" + "\n\n".join(BODY) + "\n")
    (isolated_dir / "a.md").write_text(text, encoding="utf-8")
    assert run_cli("lint", "--format", "json", "--select", "HS107", "a.md").json()["files"][0]["diagnostics"] == []
    (isolated_dir / "b.md").write_text(text.replace("> — Trích báo cáo", "> Trích báo cáo"), encoding="utf-8")
    assert [d["rule"] for d in run_cli("lint", "--format", "json", "--select", "HS107", "b.md").json()["files"][0]["diagnostics"]] == ["HS107"]


def test_a_quoted_poems_words_are_not_read_as_slips_in_context(isolated_dir):
    """``Nghe xạc xào gió thổi giữa cau tre`` in a poem quoted under a colon: the poet's word order (SP102 had
    read ``cau`` as ``cầu``); the same words in a paragraph of the article are still read."""
    verse = ["Tiếng mẹ gọi trong hoàng hôn khói sẫm", "Cánh đồng xa cò trắng rủ nhau về",
             "Có con nghé trên lưng bùn ướt đẫm", "Nghe xạc xào gió thổi giữa cau tre"]
    head = ("Thứ Hai, 21/8/2028 - 14:30\n\nNhà thơ được truy tặng giải thưởng văn học\n\n" + LEAD.format(tag="(Văn hóa) - ")
            + "\n\nBài thơ \"Tiếng Việt\" của ông được nhiều thế hệ học sinh thuộc lòng:\n\n")
    text = head + "\n".join(verse) + "\n\n" + "\n\n".join(BODY) + "\n\nThanh Tâm\n"
    assert [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")].count("verse") == 4
    assert run_cli("lint", "--format", "json", "--select", "SP102", "a.txt").json()["files"][0]["diagnostics"] == []
    prose = head.replace(":\n\n", ".\n\n") + "Chiều ấy, chúng tôi nghe xạc xào gió thổi giữa cau tre.\n\n" + "\n\n".join(BODY) + "\n\nThanh Tâm\n"
    (isolated_dir / "b.txt").write_text(prose, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "SP102", "b.txt").json()["files"][0]["diagnostics"]
    assert [d["text"] for d in found] == ["cau"]


@pytest.mark.parametrize("lines", [
    ["Lúa IR 50404: 7.200 - 7.400 đồng/kg", "Lúa OM 18: 7.800 - 8.000 đồng/kg"],  # a price list
    ["Ông nói rằng nghề gốm đang mai một", "Nhiều hộ đã bỏ nghề đi làm thuê xa"],  # sentences missing their stops
])
def test_lines_that_are_no_poem_stay_paragraphs(isolated_dir, lines):
    """Figures or a label's colon make a list, not a poem; lines under no colon are no quoted poem."""
    intro = "Giá lúa hôm nay như sau:" if ":" in lines[0] else "Bà kể lại chuyện làng."
    text = ("Thứ Bảy, 05/12/2026 - 10:00\n\nGiá lúa hôm nay\n\n" + LEAD.format(tag="(Kinh tế) - ") + "\n\n"
            + intro + "\n\n" + "\n".join(lines) + "\n\n" + "\n\n".join(BODY) + "\n\nThanh Tâm\n")
    assert "verse" not in [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")]


def test_an_embed_written_in_html_is_markup_not_a_paragraph(isolated_dir):
    text = ("# Hà Nội mở rộng vùng phát thải thấp từ năm 2027\n\n" + LEAD.format(tag="(TTO) - ") + "\n\n"
            '<iframe src="https://www.youtube.com/embed/abc123" width="560"></iframe>\n\n'
            "<p>Nội dung viết trong thẻ HTML vẫn là một đoạn văn.</p>\n\n" + "\n\n".join(BODY) + "\n\nMinh Anh\n")
    kinds = {p["text"][:7]: p["kind"] for p in parts_of(isolated_dir, text, "a.md")}
    assert kinds["<iframe"] == "markup" and kinds["<p>Nội "] == "paragraph"


ADMINISTRATIVE = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n{number}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                  "Độc lập - Tự do - Hạnh phúc\n\nQuảng Ngãi, ngày 25 tháng 11 năm 2026\n\n{kind}\n"
                  "Về việc phê duyệt kế hoạch ứng phó với bão năm 2026\n\n"
                  "Điều 1. Phê duyệt kế hoạch ứng phó với bão năm 2026 trên địa bàn tỉnh./.\n\n"
                  "Nơi nhận:\n{recipients}\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Hùng\n")


@pytest.mark.parametrize("number,kind,expected", [
    ("Số: 1234/QĐ-UBND", "QUYẾT ĐỊNH", []),
    ("Số: 168/2024/NĐ-CP", "NGHỊ ĐỊNH", []),  # a normative document: number/year/symbol
    ("Số:        /TTr-UBND", "TỜ TRÌNH", []),  # a draft's blank number
    ("Số: ...../KH-UBND", "KẾ HOẠCH", []),
    ("**Số:** 12/TB-UBND", "THÔNG BÁO", []),
    ("Số: 12/TB-UBND", "QUYẾT ĐỊNH", ["A QUYẾT ĐỊNH carries QĐ in its symbol (Số: …/QĐ-…)"]),
    ("Số: 12/QĐ-UBND", "TỜ TRÌNH", ["A TỜ TRÌNH carries TTr in its symbol (Số: …/TTr-…)"]),
    ("Số 7/QĐ-UBND", "QUYẾT ĐỊNH", ["Write a colon after Số: 'Số: 7…'",
                                    "A number below 10 takes a leading zero: 'Số: 07/…'"]),
    ("Số: 1234 / QĐ - UBND", "QUYẾT ĐỊNH", ["Write the symbol without spaces: '1234/QĐ-UBND'"]),
])
def test_an_administrative_documents_number_and_symbol(isolated_dir, number, kind, expected):
    text = ADMINISTRATIVE.format(number=number, kind=kind, recipients="- Như Điều 1;\n- Lưu: VT.\n")
    found = lint_json("--select", "ST120,ST121,ST122", text=text)["files"][0]["diagnostics"]
    assert [d["message"] for d in found] == expected


def test_an_administrative_document_without_its_motto_is_read_as_one_and_lacks_it(isolated_dir):
    """A notice headed by its issuer, number and place and date but no national name and motto had been
    read as a news article (its issuer the headline, THÔNG BÁO a site's notice, ST101 and ST105): it is an
    administrative document now, and ST120 reports the motto and the national name missing."""
    text = (ADMINISTRATIVE.format(number="Số: 12/TB-UBND", kind="THÔNG BÁO", recipients="- Như trên;\n- Lưu: VT.\n")
            .replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n", ""))
    found = lint_json("--select", "ST", text=text)["files"][0]["diagnostics"]
    assert [(d["rule"], d["text"]) for d in found] == [("ST120", "Số: 12/TB-UBND")] * 2
    assert ["motto" in d["message"] for d in found] == [True, False]
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")]
    assert kinds[:5] == ["subheading", "subheading", "subheading", "dateline", "headline"]
    # a news article that reports a number and a date is no document
    news = ("Tỉnh ban hành quyết định mới\n\n(Thời sự) - " + " ".join(["Người dân vui mừng đón Tết."] * 6)
            + "\n\nQuyết định Số: 12/QĐ-UBND ký ngày 25/11/2026 có hiệu lực ngay.\n\nThu Hà\n")
    assert not any(d["rule"] == "ST120" for d in lint_json("--select", "ST", text=news)["files"][0]["diagnostics"])


def test_a_cong_vans_wrapped_subject_and_addressee_and_its_heading_aligned_with_spaces(isolated_dir):
    """A công văn pasted with its heading's columns aligned by runs of spaces, its subject wrapped onto a
    second line and a ``Kính gửi:`` line: HS101 had read the runs as double spaces, HS107 the subject's
    second line and the addressees as paragraphs without their stop."""
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "                                  Độc lập - Tự do - Hạnh phúc\n\n"
            "Số: 1520/BGDĐT-GDPT              Hà Nội, ngày 22 tháng 6 năm 2027\n"
            "V/v hướng dẫn tổ chức dạy học\nhè năm 2027\n\nKính gửi: Các sở giáo dục và đào tạo\n\n"
            "Bộ đề nghị các sở chỉ đạo thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, GDPT.\n\nPhạm Ngọc Thưởng\n")
    found = lint_json("--select", "HS101,HS107,ST", text=text)["files"][0]["diagnostics"]
    assert found == []
    labels = [(p["kind"], p.get("label")) for p in parts_of(isolated_dir, text, "a.txt")][3:6]
    assert labels == [("subheading", "subject"), ("subheading", "subject"), ("subheading", "addressee")]
    # two or three spaces between words are still a slip
    sloppy = lint_json("--select", "HS101", text="Bộ đề nghị  các sở   chỉ đạo.\n")["files"][0]["diagnostics"]
    assert len(sloppy) == 2


def test_a_number_and_symbol_in_the_left_column_of_a_two_column_heading(isolated_dir):
    text = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 5/qđ-UBND\tQuảng Ngãi, ngày 25 tháng 11 năm 2026\n\nQUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch\n\n"
            "Điều 1. Phê duyệt kế hoạch./.\n\nNơi nhận:\t\tKT. CHỦ TỊCH\n- Như Điều 1;\t\tPHÓ CHỦ TỊCH\n- Lưu: VT\n")
    found = lint_json("--select", "ST120,ST121,ST122", text=text)["files"][0]["diagnostics"]
    assert [(d["rule"], d["text"]) for d in found] == [("ST121", "5"), ("ST121", "qđ"), ("ST122", "- Lưu: VT")]


@pytest.mark.parametrize("recipients,expected", [
    ("- Như Điều 1;\n- Lưu: VT, KTN (2b).\n", []),
    # a group with its sub-items, and a long name wrapped onto the next line
    ("- Như Điều 1;\n- Các sở:\n+ Sở Tài chính;\n+ Sở Nội vụ;\n- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc\nChính phủ;\n"
     "- Lưu: VT.\n", []),
    ("- Như Điều 1,\n- Lưu: VT.\n", [("- Như Điều 1,", "End this line of the recipients with ';'")]),
    ("- Như Điều 1;\nSở Tài chính;\n- Lưu: VT.\n", [("Sở Tài chính;", "Each recipient stands on its own line after a dash: '- …'")]),
    ("- Lưu: VT;\n- UBND các huyện;\n", [("- Lưu: VT;", "The archive copy (Lưu: VT, …) is the list's last line")]),
    ("- Như Điều 1;\n- Lưu: VT\n", [("- Lưu: VT", "End this line of the recipients with '.'")]),
    # a DOCX's paragraphs, a blank line between each
    ("\n- Như Điều 1,\n\n- Lưu: VT.\n", [("- Như Điều 1,", "End this line of the recipients with ';'")]),
])
def test_an_administrative_documents_list_of_recipients(isolated_dir, recipients, expected):
    text = ADMINISTRATIVE.format(number="Số: 1234/QĐ-UBND", kind="QUYẾT ĐỊNH", recipients=recipients)
    found = lint_json("--select", "ST121,ST122", text=text)["files"][0]["diagnostics"]
    assert [(d["text"], d["message"]) for d in found] == expected


def test_news_with_a_number_and_a_list_of_recipients_is_no_administrative_document(isolated_dir):
    text = ("Thứ Năm, 26/11/2026\n\nTỉnh ban hành quyết định mới về phòng chống bão\n\n(Báo Quảng Ngãi) - Số 5/qđ-ubnd "
            "vừa được ban hành, gửi các sở. Nơi nhận:\nSở Tài chính,\n- Lưu VT\n\nMinh Anh\n")
    assert lint_json("--select", "ST120,ST121,ST122", text=text)["files"][0]["diagnostics"] == []


def test_a_thong_bao_s_title_and_subject_and_a_date_in_its_body(isolated_dir):
    """THÔNG BÁO under the heading is the title, not a site's notice (ST101); the line under it is
    the subject without Về việc (no HS107); a body line with ", ngày … tháng … năm" does not stretch
    the heading down to it."""
    text = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 3456/TB-SGDĐT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 24 tháng 11 năm 2026\n\nTHÔNG BÁO\n"
            "Lịch nghỉ Tết Nguyên đán của học sinh\n\nSở Giáo dục và Đào tạo thông báo lịch nghỉ Tết như sau:\n\n"
            "1. Học sinh nghỉ Tết từ ngày 3 tháng 2 năm 2027.\n\n"
            "2. Học sinh đi học trở lại từ thứ Hai, ngày 15 tháng 2 năm 2027.\n\n"
            "Nơi nhận:\n- Các trường THPT;\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Thị Hạnh\n")
    found = lint_json("--select", "ST,HS107", text=text)["files"][0]["diagnostics"]
    assert found == []
    (isolated_dir / "tb.txt").write_text(text, "utf-8")
    parts = run_cli("structure", "--format", "json", "tb.txt").json()["parts"]
    assert [(p["kind"], p.get("label", "")) for p in parts][5:8] == [
        ("headline", ""), ("subheading", "subject"), ("paragraph", "")]


def test_a_separator_left_by_a_time_element_is_no_part_of_the_byline(isolated_dir):
    page = ("<html><body><article><h1>Giá vàng hôm nay giảm mạnh sau phiên điều chỉnh của thế giới</h1>"
            '<div class="meta"><span>Lan Anh</span> - <time datetime="2026-12-09T08:45">Thứ Tư, 09/12/2026 08:45</time></div>'
            "<p>Sáng 9/12, giá vàng miếng được các doanh nghiệp điều chỉnh giảm 500.000 đồng mỗi lượng ở cả hai chiều "
            "mua vào và bán ra, theo đà giảm của giá vàng thế giới trong phiên đêm qua.</p></article></body></html>")
    (isolated_dir / "a.html").write_text(page, "utf-8")
    parts = run_cli("structure", "--format", "json", "a.html").json()["parts"]
    assert [(p["kind"], p["text"]) for p in parts][1:3] == [("byline", "Lan Anh"), ("dateline", "Thứ Tư, 09/12/2026 08:45")]


def test_a_decomposed_web_page_is_read_composed_with_its_elements(isolated_dir):
    import unicodedata

    page = ("<html><body><article><h1>Giá vàng hôm nay giảm mạnh sau phiên điều chỉnh của thế giới</h1>"
            "<p>Thứ Tư, 09/12/2026</p><figure><figcaption>Khách hàng giao dịch vàng tại Hà Nội. Ảnh: Lan Anh</figcaption>"
            "</figure><p>Sáng 9/12, giá vàng miếng được các doanh nghiệp điều chỉnh giảm 500.000 đồng mỗi lượng ở cả "
            "hai chiều mua vào và bán ra, theo đà giảm của giá vàng thế giới trong phiên đêm qua.</p>"
            "<figure><figcaption>Bảng giá vàng sáng 9/12. Ảnh: Lan Anh</figcaption></figure>"
            "<p>Giá vàng nhẫn cũng giảm nhẹ.</p><p>Lan Anh</p></article></body></html>")
    (isolated_dir / "a.html").write_text(unicodedata.normalize("NFD", page), "utf-8")
    found = run_cli("lint", "--format", "json", "a.html").json()["files"][0]["diagnostics"]
    assert [d["rule"] for d in found] == ["EN101"]  # no DI101 on each marked word; the figcaption is a caption


def test_html_left_in_a_plain_text_is_reported_but_not_in_markdown_where_it_belongs(isolated_dir):
    text = "Tiêu đề bài viết về lễ hội\n\nÔng đồ cho chữ &quot;Phúc&quot;.&nbsp;Năm nay có 30 ông đồ.<br>Du khách xếp hàng.\n"
    found = lint_json("--select", "ST123,HS101", text=text)["files"][0]["diagnostics"]
    assert [(d["rule"], d["text"]) for d in found] == [
        ("ST123", "&quot;"), ("ST123", "&quot;"), ("ST123", "&nbsp;"), ("ST123", "<br>")]  # no HS101 space after ';'
    assert lint_json("--select", "ST123", text=text, path="a.md")["files"][0]["diagnostics"] == []
    page = "<html><body><article><h1>Lễ hội chữ Hán</h1><p>Ông đồ cho chữ &amp;quot;Phúc&amp;quot; cho khách.</p></article></body></html>"
    (isolated_dir / "a.html").write_text(page, "utf-8")  # escaped twice: the page shows &quot;
    found = run_cli("lint", "--format", "json", "--select", "ST123", "a.html").json()["files"][0]["diagnostics"]
    assert [d["text"] for d in found] == ["&quot;", "&quot;"]


def test_a_file_of_lone_crs_is_read_line_by_line_and_reported_once(isolated_dir):
    """Classic Mac OS line endings: the article was one line to every rule (ST102 no headline)."""
    from pathlib import Path

    article = (Path(__file__).parent / "news" / "t56.txt").read_text("utf-8")
    (isolated_dir / "cr.txt").write_bytes(article.replace("\n", "\r").encode("utf-8"))
    found = run_cli("lint", "--format", "json", "cr.txt").json()["files"][0]["diagnostics"]
    assert [(d["rule"], d["start"]["line"]) for d in found] == [("EN110", 1)]
    parts = run_cli("structure", "--format", "json", "cr.txt").json()["parts"]
    assert [p["kind"] for p in parts][:3] == ["dateline", "headline", "lead"]
    dates = run_cli("dates", "--format", "json", "cr.txt").json()
    assert dates["reference"] == "2026-12-03"
    # a lone CR among LF endings is EN106's, fixed to LF: never the style kept
    mixed = lint_json("--select", "EN106,EN110", text="Dòng 1\rDòng 2\rDòng 3\nDòng 4\n")["files"][0]["diagnostics"]
    assert [(d["rule"], d["fix"]["edits"][0]["replacement"] if d.get("fix") else None) for d in mixed] == [
        ("EN106", "\n"), ("EN106", "\n")]


def fixes_in_decision(select: str, part: str, written: str) -> list[tuple[str, str]]:
    """(text, first replacement) of each finding of ``select`` on the quyết định ADMINISTRATIVE
    lays out, with ``part`` of it written as ``written``."""
    text = ADMINISTRATIVE.format(number="Số: 1234/QĐ-UBND", kind="QUYẾT ĐỊNH", recipients="- Như Điều 1;\n- Lưu: VT.\n")
    found = lint_json("--select", select, text=text.replace(part, written))["files"][0]["diagnostics"]
    return [(d["text"], d["fix"]["edits"][0]["replacement"]) for d in found]


@pytest.mark.parametrize("signature,expected", [
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", []),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", []),
    ("TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG", []),
    ("K/T CHỦ TỊCH\nPHÓ CHỦ TỊCH", [("K/T", "KT.")]),
    ("KT CHỦ TỊCH\nPHÓ CHỦ TỊCH", [("KT", "KT.")]),
    ("T.M ỦY BAN NHÂN DÂN\nCHỦ TỊCH", [("T.M", "TM.")]),
    ("TL: BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG", [("TL:", "TL.")]),
    ("KT. Chủ tịch\nPHÓ CHỦ TỊCH", [("Chủ tịch", "CHỦ TỊCH")]),
    ("KTS. Nguyễn Văn An\nTM ký", []),  # an architect's title; TM with nothing after it in capitals is a word
])
def test_an_administrative_documents_signer_authority(isolated_dir, signature, expected):
    assert fixes_in_decision("ST124", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signature) == expected


def test_a_signer_authority_in_the_right_column_beside_the_recipients(isolated_dir):
    text = ADMINISTRATIVE.format(number="Số: 1234/QĐ-UBND", kind="QUYẾT ĐỊNH",
                                 recipients="- Như Điều 1;\t\t\tPHÓ CHỦ TỊCH\n- Lưu: VT.\n").replace(
        "Nơi nhận:\n", "Nơi nhận:\t\t\tK/T CHỦ TỊCH\n").replace("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n", "")
    found = lint_json("--select", "ST122,ST124", text=text)["files"][0]["diagnostics"]
    assert [(d["rule"], d["text"]) for d in found] == [("ST124", "K/T")]


@pytest.mark.parametrize("date,expected", [
    ("Quảng Ngãi, ngày 25 tháng 11 năm 2026", []),
    ("Quảng Ngãi, ngày 05 tháng 02 năm 2026", []),
    ("Quảng Ngãi, ngày      tháng      năm 2026", []),  # a draft's blank date
    ("Quảng Ngãi, ngày 5 tháng 2 năm 2026", [("5", "0"), ("2", "0")]),
    ("Quảng Ngãi, ngày 15 tháng 3 năm 2026", []),  # March needs no zero
    ("Quảng Ngãi, ngày 25/11/2026", [("ngày 25/11/2026", "ngày 25 tháng 11 năm 2026")]),
    ("Quảng Ngãi, ngày 3/1/2026", [("ngày 3/1/2026", "ngày 03 tháng 01 năm 2026")]),
])
def test_an_administrative_documents_date_of_issue(isolated_dir, date, expected):
    assert fixes_in_decision("ST120,ST125", "Quảng Ngãi, ngày 25 tháng 11 năm 2026", date) == expected


def test_an_administrative_document_on_a_web_page_in_two_table_cells(isolated_dir):
    """Its heading and signature in a table whose cells break lines with <br>: each line stays a line
    (the motto was run into the national name and the date, and the công văn read as news)."""
    page = ("<html><body><div><table><tr><td>BỘ Y TẾ<br>Số: 789/BYT-DP<br>V/v tăng cường phòng, chống bệnh sởi</td>"
            "<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Hà Nội, ngày 20 tháng 11 năm 2026</td>"
            "</tr></table><p>Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.</p>"
            "<p>Bộ Y tế đề nghị các địa phương tăng cường tiêm chủng và giám sát ca bệnh sởi trong cộng đồng.</p>"
            "<table><tr><td><b>Nơi nhận:</b><br>- Như trên,<br>- Lưu: VT, DP.</td>"
            "<td><b>KT. BỘ TRƯỞNG<br>THỨ TRƯỞNG</b><br><br>Lê Văn Khánh</td></tr></table></div></body></html>")
    (isolated_dir / "cv.html").write_text(page, "utf-8")
    found = run_cli("lint", "--format", "json", "cv.html").json()["files"][0]["diagnostics"]
    assert [(d["rule"], d["text"]) for d in found] == [("ST122", "- Như trên,")]  # was ST104, ST108: read as news
    parts = run_cli("structure", "--format", "json", "cv.html").json()["parts"]
    assert ("subheading", "Độc lập - Tự do - Hạnh phúc") in [(p["kind"], p["text"]) for p in parts]


def test_a_word_administrative_template_with_several_paragraphs_in_each_cell(isolated_dir):
    """Nghị định 30's Word templates: a two-column table whose cells hold the issuer and its number,
    the national name, the motto and the date, one paragraph each; run together, the motto was no
    line of its own and the quyết định read as news (ST101, ST106, ST108)."""
    import docx

    document = docx.Document()
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.text = "ỦY BAN NHÂN DÂN"
    for line in ("TỈNH QUẢNG NGÃI", "Số: 5/QĐ-UBND"):
        left.add_paragraph(line)
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    for line in ("Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngày 25 tháng 11 năm 2026"):
        right.add_paragraph(line)
    for line in ("QUYẾT ĐỊNH", "Về việc phê duyệt kế hoạch ứng phó với bão năm 2026", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
                 "Điều 1. Phê duyệt kế hoạch ứng phó với bão năm 2026 trên địa bàn tỉnh./."):
        document.add_paragraph(line)
    recipients, signature = document.add_table(rows=1, cols=2).rows[0].cells
    recipients.text = "Nơi nhận:"
    for line in ("- Như Điều 1;", "- Lưu: VT."):
        recipients.add_paragraph(line)
    signature.text = "KT. CHỦ TỊCH"
    for line in ("PHÓ CHỦ TỊCH", "", "Trần Văn Hùng"):
        signature.add_paragraph(line)
    document.save(isolated_dir / "qd.docx")
    found = run_cli("lint", "--format", "json", "qd.docx").json()["files"][0]["diagnostics"]
    assert [(d["rule"], d["text"]) for d in found] == [("ST121", "5")]  # only the number's missing zero


def test_a_word_files_tracked_changes_are_read_accepted_and_reported(isolated_dir):
    """python-docx's paragraph text leaves a tracked insertion out: an editor's inserted words went
    unchecked, and the deleted ones never counted."""
    document = word_article("Ngành du lịch đón tin vui cuối năm", "(TTXVN) - ")
    paragraph = document.add_paragraph("Ngành du lịch đang có tương lai ")
    for tag, text in (("w:ins", "sáng lạng "), ("w:del", "rất tốt ")):
        paragraph._p.append(tracked_run(tag, text))
    paragraph.add_run("theo các chuyên gia.")
    document.add_paragraph("Minh Anh")
    document.save(isolated_dir / "bai.docx")
    found = run_cli("lint", "--format", "json", "--select", "SP103,ST126", "bai.docx").json()["files"][0]["diagnostics"]
    assert [(d["rule"], d["text"]) for d in found] == [("ST126", found[0]["text"]), ("SP103", "sáng lạng")]
    assert "2 tracked changes" in found[0]["message"] and "rất tốt" not in docx_text(isolated_dir / "bai.docx")


def tracked_run(tag: str, text: str):
    """A run of ``text`` inside a tracked insertion (``w:ins``) or deletion (``w:del``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    change = OxmlElement(tag)
    for name, value in (("w:id", "1"), ("w:author", "BTV"), ("w:date", "2026-11-26T00:00:00Z")):
        change.set(qn(name), value)
    run, words = OxmlElement("w:r"), OxmlElement("w:t" if tag == "w:ins" else "w:delText")
    words.text = text
    words.set(qn("xml:space"), "preserve")
    run.append(words)
    change.append(run)
    return change


def docx_text(path) -> str:
    from editkit.extract.docx_article import extract_docx

    return extract_docx(path.read_bytes()).text


def test_two_line_breaks_in_a_row_end_a_paragraph_on_an_old_web_page(isolated_dir):
    """Old CMSs print an article as one block of text<br><br>text: it was one paragraph, its byline
    lost in it (ST108) and its last line read as a sentence without a stop (HS107)."""
    page = ("<html><body><article><h1>Tỉnh tổ chức hội nghị tổng kết công tác năm 2026</h1><div>"
            "Ngày 20/12, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027 "
            "với sự tham dự của lãnh đạo các sở, ngành và địa phương.<br><br>Năm 2026, tăng trưởng kinh tế của tỉnh "
            "đạt 8,2%.<br>\n<br>Thu ngân sách đạt hơn 12.000 tỷ đồng, vượt dự toán.<br>Một dòng ngắt mềm vẫn là "
            "câu nối tiếp.<br><br>Minh Hà</div></article></body></html>")
    (isolated_dir / "a.html").write_text(page, "utf-8")
    parts = run_cli("structure", "--format", "json", "a.html").json()["parts"]
    assert [p["kind"] for p in parts] == ["headline", "lead", "paragraph", "paragraph", "byline"]
    assert parts[3]["text"].endswith("vượt dự toán. Một dòng ngắt mềm vẫn là câu nối tiếp.")


def test_a_word_templates_content_controls_hold_text_too(isolated_dir):
    """A block-level content control (a template's title field) wraps its paragraph: python-docx's
    body list leaves it out, and the headline was lost."""
    from docx.oxml import OxmlElement

    document = word_article("Tiêu đề tạm", "(TTXVN) - ")
    field = document.paragraphs[1]._p  # the headline, now inside a content control
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    field.addprevious(control)
    control.append(content)
    content.append(field)
    document.save(isolated_dir / "bai.docx")
    assert "Tiêu đề tạm" in docx_text(isolated_dir / "bai.docx")


def test_recipients_and_signature_in_one_markdown_table_row(isolated_dir):
    """A Word file converted to Markdown puts the recipients and the signature in one table row,
    a <br> between their lines: ST120 found no recipients, ST122 read none."""
    signature = "| **Nơi nhận:**<br>{0}<br>{1} | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>Trần Văn Hùng |\n"
    text = ADMINISTRATIVE.format(number="Số: 1234/QĐ-UBND", kind="QUYẾT ĐỊNH", recipients="").replace(
        "Nơi nhận:\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Hùng\n", signature.format("- Như Điều 1;", "- Lưu: VT."))
    assert lint_json("--select", "ST120,ST122,ST124", text=text, path="qd.md")["files"][0]["diagnostics"] == []
    slipped = text.replace("- Như Điều 1;", "- Như Điều 1,").replace("- Lưu: VT.", "- Lưu: VT")
    found = lint_json("--select", "ST120,ST122,ST124", text=slipped, path="qd.md")["files"][0]["diagnostics"]
    assert [(d["rule"], d["text"]) for d in found] == [("ST122", "- Như Điều 1,"), ("ST122", "- Lưu: VT")]


def test_recipients_in_a_web_pages_bulleted_list(isolated_dir):
    """A portal prints the recipients as a <ul> inside the signature table's cell: each <li> is a
    recipient whose dash is the bullet (ST122 read none, the blank lines between blocks ended
    the list)."""
    heading = ("<table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG NGÃI<br>Số: 1234/QĐ-UBND</td>"
               "<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>"
               "Quảng Ngãi, ngày 25 tháng 11 năm 2026</td></tr></table>"
               "<p>QUYẾT ĐỊNH</p><p>Về việc phê duyệt kế hoạch ứng phó với bão năm 2026</p>"
               "<p>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH</p><p>Điều 1. Phê duyệt kế hoạch.</p>"
               "<p>Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.</p>")
    signature = ("<table><tr><td><b>Nơi nhận:</b><ul><li>{0}</li><li>{1}</li></ul></td>"
                 "<td>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br>Trần Văn Hùng</td></tr></table>")
    page = "<html><body>" + heading + signature + "</body></html>"
    good = page.format("Như Điều 2;", "Lưu: VT.")
    assert lint_json("--select", "ST120,ST122", text=good, path="qd.html")["files"][0]["diagnostics"] == []
    found = lint_json("--select", "ST120,ST122", text=page.format("Như Điều 2", "Lưu VT"), path="qd.html")["files"][0]["diagnostics"]
    assert [(d["rule"], d["message"].split(":")[0].split(" [html")[0]) for d in found] == [
        ("ST122", "End this line of the recipients with ';'"), ("ST122", "Write the archive copy 'Lưu"),
        ("ST122", "End this line of the recipients with '.'")]


def test_the_archive_copy_without_its_colon_is_fixed_not_missing(isolated_dir):
    """``- Lưu VT`` is the archive copy written without its colon: ST122 adds it (ST120 said the
    copy was missing); ``- Lưu ý:`` is a note, not the archive copy."""
    text = ADMINISTRATIVE.format(number="Số: 1234/QĐ-UBND", kind="QUYẾT ĐỊNH", recipients="- Như Điều 2;\n- Lưu VT\n")
    found = lint_json("--select", "ST120,ST122", text=text)["files"][0]["diagnostics"]
    assert [(d["rule"], d["fix"]["edits"][0]["replacement"] if d.get("fix") else None) for d in found] == [("ST122", ":"), ("ST122", ".")]
    note = ADMINISTRATIVE.format(number="Số: 1234/QĐ-UBND", kind="QUYẾT ĐỊNH", recipients="- Như Điều 2;\n- Lưu ý: bản sao.\n")
    assert [d["rule"] for d in lint_json("--select", "ST120", text=note)["files"][0]["diagnostics"]] == ["ST120"]


def test_a_one_syllable_headline_is_counted_in_the_singular(isolated_dir):
    (isolated_dir / "a.txt").write_text("Tin\n\n(Thời sự) - " + " ".join(["Người dân vui mừng đón Tết."] * 6) + "\n\nThu Hà\n",
                                        encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST103", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["message"] for d in found] == ["Headline has 1 syllable; the house range is 4–30"]


@pytest.mark.parametrize(("headline", "flagged"), [
    ("Người giữ hồn trống đồng", False),  # a feature's headline of five syllables (had drawn ST103)
    ("Hồi sinh làng gốm", False),
    ("Quận 9", True),
])
def test_a_features_short_headline_is_within_the_house_range(isolated_dir, headline, flagged):
    (isolated_dir / "a.txt").write_text(f"{headline}\n\n(Chân dung) - " + " ".join(["Người dân vui mừng đón Tết."] * 6)
                                        + "\n\nThu Hà\n", encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST103", "a.txt").json()["files"][0]["diagnostics"]
    assert bool(found) == flagged


@pytest.mark.parametrize("note", ["(*) Tác giả là giảng viên Khoa Tâm lý học, Trường Đại học Sư phạm Hà Nội.",
                                  "* Người viết là nhà nghiên cứu văn hóa."])
def test_a_note_on_the_author_under_the_byline_leaves_the_byline_last(isolated_dir, note):
    """An opinion piece's ``(*) Tác giả là …`` under the signature had been its last paragraph: the
    signature a paragraph, ST108 reporting no byline."""
    text = ("Đừng để trẻ sống ảo\n\n(Góc nhìn) - " + " ".join(["Người dân vui mừng đón Tết."] * 6)
            + "\n\nCha mẹ hãy làm gương cho con.\n\nTS Nguyễn Thị Minh Hạnh\n\n" + note + "\n")
    kinds = [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")]
    assert kinds[-2:] == ["byline", "footnote"]
    assert run_cli("lint", "--format", "json", "--select", "ST108,HS107", "a.txt").json()["files"][0]["diagnostics"] == []


def test_a_dateline_opening_the_lead_leaves_the_line_a_lead(isolated_dir):
    """``Hà Nội, ngày 2/12/2026 - Theo …`` dates the article (the reference of `dates`) but is the
    lead's first words: the line stays the lead, which readability and the lead's rules read."""
    text = ("Rét đậm kéo dài ở Bắc Bộ\n\nHà Nội, ngày 2/12/2026 - " + " ".join(["Trời rét đậm, nhiệt độ thấp nhất 9 độ C."] * 4)
            + "\n\nNgười dân cần giữ ấm cơ thể khi ra ngoài vào sáng sớm.\n\nThu Hà\n")
    parts = parts_of(isolated_dir, text)
    assert [p["kind"] for p in parts if p["kind"] != "source-tag"] == ["headline", "lead", "paragraph", "byline"]
    assert run_cli("dates", "--format", "json", "a.txt").json()["reference"] == "2026-12-02"


NOTICE = ("{title}\n\nGia đình vô cùng thương tiếc báo tin: Cụ ông Trần Văn Bình, sinh năm 1935, quê quán xã Yên Mỹ, "
          "tỉnh Hưng Yên, đã từ trần hồi 5 giờ 15 phút ngày 29/1/2027, hưởng thọ 92 tuổi.\n\nLễ viếng bắt đầu từ 7 giờ "
          "đến 11 giờ ngày 31/1/2027 tại nhà tang lễ Thành phố.\n\nGia đình cụ Trần Văn Bình\n")


@pytest.mark.parametrize(("title", "expected"), [
    ("Cáo phó", []), ("**CẢM TẠ**", []), ("Tin", ["ST103"]),
    # under a CMS's date stamp, as a scraped page prints it (ST103 had read Đính chính as a short headline)
    ("Thứ Sáu, 29/01/2027 - 15:40\n\nĐính chính", []), ("Thứ Sáu, 29/01/2027 - 15:40\n\nTin", ["ST103"]),
])
def test_a_notice_is_no_news_article(isolated_dir, title, expected):
    """A death notice (Cáo phó), thanks (Cảm tạ), a correction (Đính chính): two words of title and a
    family's signature are its form, not a headline too short and a missing byline."""
    (isolated_dir / "a.txt").write_text(NOTICE.format(title=title), encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST,HS107", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["rule"] for d in found] == expected


ANNOUNCEMENT = ("Thông báo\n\nCông ty Cổ phần Vận tải Hoa Sen {verb} tới quý cổ đông về việc tổ chức Đại hội đồng cổ đông "
                "thường niên năm 2027 vào 8 giờ 30 phút, thứ Bảy, ngày 20/3/2027 tại hội trường tầng 5 của công ty.\n\n"
                "Cổ đông không thể tham dự trực tiếp có thể ủy quyền cho người khác bằng văn bản.\n\n"
                "{close}\n\nHội đồng quản trị\n")


@pytest.mark.parametrize(("verb", "close", "expected"), [
    ("trân trọng thông báo", "Trân trọng thông báo.", []),
    ("xin thông báo", "Trân trọng.", []),
    # no formula that announces a notice: a site's pop-up title over an article with no headline nor byline
    ("mời", "Trân trọng.", ["ST101", "ST102", "ST108"]),
])
def test_thong_bao_is_a_notices_title_when_the_text_announces_itself(isolated_dir, verb, close, expected):
    """`Thông báo` is both a site's pop-up title (ST101) and a company's notice to its shareholders;
    the notice says so (`Trân trọng thông báo`, `xin thông báo`), and is then no news article."""
    (isolated_dir / "a.txt").write_text(ANNOUNCEMENT.format(verb=verb, close=close), encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST,HS107", "a.txt").json()["files"][0]["diagnostics"]
    assert sorted(d["rule"] for d in found) == expected


NOTICES = Path(__file__).parent / "notices"


@pytest.mark.parametrize("stamp", ["", "Thứ Sáu, 27/11/2026 - 15:40\n\n", "Hà Nội, ngày 27/11/2026\n\n",
                                   "TP. Hồ Chí Minh, ngày 27 tháng 11 năm 2026\n\n"])
def test_a_notices_title_in_capitals_over_its_subject_is_its_title_not_a_section_label(isolated_dir, stamp):
    """``THÔNG BÁO`` / ``Về việc tạm ngừng cung cấp điện`` over a text that announces itself, under a CMS's
    date stamp, the issuer's place and date or neither: the notice's title and its subject (ST101 had taken
    the title for a section's label over a headline, or under a stamp or a place's date for a site's notice)."""
    text = stamp + (NOTICES / "thong-bao-cat-dien.txt").read_text(encoding="utf-8")
    parts = [p for p in parts_of(isolated_dir, text, "a.txt") if p["kind"] != "dateline"]
    assert [(p["kind"], p.get("label", "")) for p in parts[:3]] == [("headline", ""), ("subheading", "subject"), ("lead", "")]
    assert run_cli("lint", "--format", "json", "--exit-zero", "a.txt").json()["files"][0]["diagnostics"] == []


def test_a_press_release_is_a_notice_with_its_title_and_subject(isolated_dir):
    """``THÔNG CÁO BÁO CHÍ`` / ``Về việc tổ chức Hội chợ …``: a press release printed as it was sent; its
    title had been a headline too short and in capitals (ST103, ST105), its subject a photo caption."""
    text = (NOTICES / "thong-cao-bao-chi.txt").read_text(encoding="utf-8")
    parts = parts_of(isolated_dir, text, "a.txt")
    assert [(p["kind"], p.get("label", "")) for p in parts[:3]] == [("headline", ""), ("subheading", "subject"), ("lead", "")]
    assert run_cli("lint", "--format", "json", "--exit-zero", "a.txt").json()["files"][0]["diagnostics"] == []


def test_a_death_notices_lines_of_facts_need_no_full_stop(isolated_dir):
    """``Cụ ông NGUYỄN VĂN THỊNH`` / ``Sinh năm 1936`` / ``Nguyên cán bộ Sở Giáo dục tỉnh Hải Dương``: HS107
    leaves a notice's short lines of facts alone (it had reported the third); a long line still needs its stop."""
    text = (NOTICES / "cao-pho.txt").read_text(encoding="utf-8")
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    assert run_cli("lint", "--format", "json", "--exit-zero", "a.txt").json()["files"][0]["diagnostics"] == []
    longer = text.replace("An táng tại nghĩa trang quê nhà.", "An táng tại nghĩa trang quê nhà ở xã Thanh Hải, huyện Thanh Hà")
    (isolated_dir / "a.txt").write_text(longer, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--exit-zero", "--select", "HS107", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["rule"] for d in found] == ["HS107"]
    # a long line of facts set among others, no sentence ended inside it (had drawn HS107 past twelve words)
    merged = text.replace("Nguyên cán bộ Sở Giáo dục tỉnh Hải Dương",
                          "Nguyên cán bộ Sở Giáo dục tỉnh Hải Dương, Huân chương Kháng chiến hạng Nhì")
    (isolated_dir / "a.txt").write_text(merged, encoding="utf-8")
    assert run_cli("lint", "--format", "json", "--exit-zero", "a.txt").json()["files"][0]["diagnostics"] == []


def test_a_death_notices_mourners_sign_it(isolated_dir):
    """``Vợ: Trần Thị Hoa`` / ``Các con, cháu, chắt nội ngoại`` closing a notice: the mourners sign it (they
    had been its last paragraphs); the same lines closing a news article are no byline."""
    notice = ("Tin buồn\n\nGia đình chúng tôi vô cùng thương tiếc báo tin:\n\nCụ ông NGUYỄN VĂN TƯỜNG\nSinh năm 1936\n\n"
              "Cụ đã từ trần hồi 22 giờ 15 phút ngày 8/4/2028, hưởng thọ 93 tuổi.\n\n"
              "Vợ: Trần Thị Hoa\nCác con, cháu, chắt nội ngoại\n")
    parts = parts_of(isolated_dir, notice, "a.txt")
    assert [(p["kind"], p["text"]) for p in parts[-2:]] == [("byline", "Vợ: Trần Thị Hoa"),
                                                           ("byline", "Các con, cháu, chắt nội ngoại")]
    article = article_closing_with("Các con, cháu, chắt nội ngoại")
    assert parts_of(isolated_dir, article, "b.txt")[-1]["kind"] != "byline"


POWER_CUT = ("Thông báo lịch cắt điện\n\nĐiện lực Ba Đình {verb} lịch tạm ngừng cung cấp điện để bảo dưỡng lưới điện "
             "trong tuần tới như sau:\n\n- Thứ Ba, ngày 8/12/2026: từ 7h30 đến 12h, khu vực phố Đội Cấn.\n\n"
             "Điện lực Ba Đình xin lỗi quý khách vì sự bất tiện này.\n")


@pytest.mark.parametrize(("verb", "expected"), [
    ("thông báo", []),
    # a headline that starts so over a text that does not announce it is an article's (unsigned)
    ("công bố", ["ST108"]),
])
def test_a_notice_named_by_its_subject_is_no_news_article(isolated_dir, verb, expected):
    """``Thông báo lịch cắt điện`` over ``Điện lực Ba Đình thông báo lịch …``: a utility's notice,
    whose title is short and which no reporter signs."""
    (isolated_dir / "a.txt").write_text(POWER_CUT.format(verb=verb), encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST,HS107", "a.txt").json()["files"][0]["diagnostics"]
    assert sorted(d["rule"] for d in found) == expected


def test_a_notice_signed_by_the_body_that_issues_it(isolated_dir):
    """``Sở Y tế tỉnh Nghệ An`` closing its own recruitment notice is its signature, no paragraph
    without its full stop (HS107)."""
    text = ("Thông báo tuyển dụng viên chức năm 2027\n\nSở Y tế tỉnh Nghệ An thông báo tuyển dụng 120 viên chức "
            "làm việc tại các bệnh viện tuyến tỉnh năm 2027.\n\nThời gian nhận phiếu đăng ký dự tuyển: từ ngày "
            "5/4/2027 đến 17h ngày 5/5/2027.\n\nSở Y tế tỉnh Nghệ An\n")
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST,HS107", "a.txt").json()["files"][0]["diagnostics"]
    assert found == []
    assert [p["kind"] for p in parts_of(isolated_dir, text)][-1] == "byline"


def test_a_live_reports_entries_told_in_sentences_are_paragraphs(isolated_dir):
    """``20:35 - Hết hiệp một, Việt Nam dẫn 1-0.`` among longer entries had been a subheading for its few
    words: an entry that ends on a full stop is told in a sentence, a paragraph as the others are."""
    text = ("Thứ Tư, 20/6/2029 - 22:40\n\nTrực tiếp: Việt Nam gặp Thái Lan ở bán kết\n\n"
            "(Thể thao) - Đội tuyển Việt Nam tiếp Thái Lan ở lượt đi bán kết trên sân Mỹ Đình tối nay.\n\n"
            "22:35 - Trận đấu kết thúc. Việt Nam thắng Thái Lan 2-1 và nắm lợi thế trước trận lượt về.\n\n"
            "20:35 - Hết hiệp một, Việt Nam dẫn 1-0.\n\n"
            "20:05 - Phút 33, Nguyễn Quang Hải đá phạt trực tiếp mở tỷ số cho Việt Nam.\n\nNgọc Minh\n")
    kinds = [p["kind"] for p in parts_of(isolated_dir, text)]
    assert kinds == ["dateline", "headline", "lead", "source-tag", "paragraph", "paragraph", "paragraph", "byline"]


@pytest.mark.parametrize("closing, kind", [
    # an agency's long name with its ministry in brackets signs the article (had been a paragraph)
    ("*Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (Bộ Công an)*", "byline"),
    ("Theo Tổng cục Thống kê (Bộ Tài chính)", "byline"),
    ("Theo TTXVN", "byline"),
    # a long line opening on Theo that names no body is a sentence missing its stop
    ("Theo dấu chân những người lính năm xưa trên các chiến trường", "paragraph"),
])
def test_a_source_named_at_the_end_signs_the_article(isolated_dir, closing, kind):
    text = ("---\ntitle: Thử\ndate: 2029-06-18\n---\n\n# Năm điều cần biết về căn cước cho trẻ em\n\n"
            "Từ ngày 1/7, việc cấp thẻ căn cước cho trẻ em dưới 14 tuổi có một số thay đổi mà phụ huynh cần lưu ý.\n\n"
            "Trẻ dưới 14 tuổi không bắt buộc phải có thẻ căn cước, tuy nhiên thẻ giúp làm thủ tục thuận tiện hơn.\n\n"
            + closing + "\n")
    assert parts_of(isolated_dir, text, "a.md")[-1]["kind"] == kind


PLAIN_INTERTITLE = ("Thứ Ba, 9/1/2029 - 10:00\n\nChợ biển số đẹp ngầm trên mạng\n\n"
                    "(Điều tra) - Sau khi đấu giá biển số ô tô trở thành quy định bắt buộc, một thị trường ngầm mua bán "
                    "biển số đẹp vẫn tồn tại trên các hội nhóm mạng xã hội, với giá lên tới hàng trăm triệu đồng.\n\n"
                    "Theo ghi nhận của phóng viên, nhiều hội nhóm có hàng chục nghìn thành viên công khai rao bán biển số "
                    "đẹp với giá từ 50 đến 500 triệu đồng, kèm lời hứa hẹn làm thủ tục nhanh gọn.\n\n{line}\n\n"
                    "Một người môi giới cho biết chỉ cần trả trước 500.000 đồng phí giữ chỗ, anh ta sẽ tìm người trúng "
                    "đấu giá sẵn sàng sang tên lại chiếc xe cùng biển số cho người mua trong vòng một tuần.\n\n"
                    "Nhóm phóng viên điều tra\n")


@pytest.mark.parametrize("line, kind", [
    # a plain text's intertitle between two paragraphs: a subheading (HS107 had asked for its stop)
    ("Biển số làm giá 500.000 đồng", "subheading"),
    ("Lời hứa sang tên trong một tuần", "subheading"),
    # a sentence missing its stop: it opens on a pronoun or a title, or has a comma
    ("Ông nói rằng nghề gốm đang mai một", "paragraph"),
    ("Tôi đã gọi thử cho ba người bán", "paragraph"),
    ("Giá cao, người mua vẫn đông", "paragraph"),
])
def test_a_plain_texts_intertitle_is_a_subheading(isolated_dir, line, kind):
    parts = parts_of(isolated_dir, PLAIN_INTERTITLE.format(line=line), "a.txt")
    assert [p["kind"] for p in parts if p["text"] == line] == [kind]
    rules = {d["rule"] for d in run_cli("lint", "--format", "json", "--select", "HS107", "a.txt").json()["files"][0]["diagnostics"]}
    assert rules == (set() if kind == "subheading" else {"HS107"})


def test_the_other_rules_leave_the_page_furniture_to_st101(isolated_dir):
    """A date in the house's wrong style, a typo and a straight quote in the related links' headlines are
    the page's, not the article's: ST101 reports the block, no other rule reports inside it; the same
    line in the body draws its findings."""
    furniture = 'Huyện Củ Chi tổng kết công tác dân vận "năm 2029" nhằm thúc đẩy vịêc (05/12/2029)'
    text = ("Thứ Sáu, 7/12/2029\n\nQuận Gò Vấp ra mắt mô hình tổ dân phố văn minh\n\n" + LEAD.format(tag="(Thanhuytphcm.vn) - ")
            + "\n\n" + "\n\n".join(BODY) + "\n\nMinh Khôi\n\nTin khác\n\n" + furniture + "\n\nThông báo\n")
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--exit-zero", "a.txt").json()["files"][0]["diagnostics"]
    in_links = [d["rule"] for d in found if d["start"]["offset"] >= text.index("Tin khác")]
    assert in_links and set(in_links) == {"ST101"}
    body = text.replace("\n\nMinh Khôi", "\n\n" + furniture + ".\n\nMinh Khôi")
    (isolated_dir / "a.txt").write_text(body, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--exit-zero", "a.txt").json()["files"][0]["diagnostics"]
    assert {"DT106", "HS101", "DI102"} <= {d["rule"] for d in found}


def test_a_hard_wrapped_line_goes_on_before_a_figure_but_not_before_a_numbered_item():
    """In text wrapped at 70 characters, ``… ở cự ly`` then ``42 km xuất phát …`` is one sentence; a
    numbered list's item after a line as wide (``2. …``) starts a part of its own."""
    from editkit.structure.anatomy import goes_on

    first = "Giải có bốn cự ly: 5 km, 10 km, 21 km và 42 km. Các vận động viên ở cự ly"
    for second, expected in (("42 km xuất phát lúc 5h, chạy ba vòng quanh hồ.", True),
                             ("2. Các vận động viên nhận số đeo tại nhà văn hóa.", False)):
        text = first + "\n" + second
        assert goes_on(text, len(first), first, len(first) + 1, second, width=72) is expected
    assert not goes_on(first + "\n42 km", len(first), first, len(first) + 1, "42 km", width=None)


@pytest.mark.parametrize(("name", "kinds"), [
    # THÔNG BÁO over its subject line (Về việc tuyển dụng …), with no formula that announces it: a notice
    # (its title had been a site's pop-up, ST101, and the subject line the headline)
    ("thong-bao-tuyen-dung.txt", ["headline", "subheading", "lead", "list-item", "list-item", "list-item", "list-item",
                                  "byline"]),
    # a family's search for a missing relative: a notice, signed by the family in its text (had drawn ST105 for
    # its title in capitals and ST108 for no byline)
    ("nhan-tin-tim-nguoi-than.txt", ["headline", "lead", "paragraph", "paragraph"]),
])
def test_a_recruitment_notice_and_a_search_for_a_relative_are_notices(isolated_dir, name, kinds):
    text = (NOTICES / name).read_text(encoding="utf-8")
    assert [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")] == kinds
    assert run_cli("lint", "--format", "json", "--exit-zero", "a.txt").json()["files"][0]["diagnostics"] == []


@pytest.mark.parametrize(("name", "kinds", "rules"), [
    # a ward's letter of invitation: its place and date with the ward's number (Quận 1, ngày 24 tháng 11 năm 2026)
    # had been a paragraph without its stop (HS107) and no dateline (the dates had no reference); the signature
    # block's authority and title (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH) are the signer's; it has no Nơi nhận (ST120)
    ("giay-moi-hop.txt", ["subheading"] * 5 + ["dateline", "headline", "subheading", "paragraph", "list-item",
                                                "list-item", "paragraph", "paragraph", "paragraph", "paragraph",
                                                "byline", "byline", "byline"], ["ST120"]),
    # a company's notice of the New Year holiday: its subject without Về việc under THÔNG BÁO had been a caption,
    # and its place and date over the signature a paragraph
    ("thong-bao-nghi-le.txt", ["headline", "subheading", "lead", "paragraph", "paragraph", "paragraph", "paragraph",
                               "dateline", "byline", "byline"], []),
    # a correction signed by the editors: read right with the session's starting code
    ("dinh-chinh.txt", ["headline", "lead", "paragraph", "byline"], []),
])
def test_an_invitation_a_holiday_notice_and_a_correction(isolated_dir, name, kinds, rules):
    text = (NOTICES / name).read_text(encoding="utf-8")
    assert [p["kind"] for p in parts_of(isolated_dir, text, "a.txt")] == kinds
    found = run_cli("lint", "--format", "json", "--exit-zero", "a.txt").json()["files"][0]["diagnostics"]
    assert sorted({d["rule"] for d in found if d["severity"] != "info"}) == rules


def test_a_finding_about_the_whole_article_survives_page_furniture_at_its_start(isolated_dir):
    """RD101 reports the whole article at its first character (an empty span); a breadcrumb standing there
    must not swallow it, as the furniture swallows the other rules' findings inside it."""
    (isolated_dir / "editkit.toml").write_text("readability-max-level = 1\n", encoding="utf-8")
    body = "Thứ Hai, 3/12/2029 - 08:00\n\nHà Nội mở thêm tuyến buýt điện\n\n" + LEAD.format(tag="") + "\n\n" + "\n\n".join(BODY)
    for text in (body, "Trang chủ » Thời sự\n" + body):
        (isolated_dir / "a.txt").write_text(text + "\n", encoding="utf-8")
        found = run_cli("lint", "--format", "json", "--extend-select", "readability", "--exit-zero",
                        "a.txt").json()["files"][0]["diagnostics"]
        assert "RD101" in {d["rule"] for d in found}


def test_a_content_label_with_its_colon_is_no_comment_forms_field(isolated_dir):
    """``Nội dung:`` over the body, as a CMS's export labels it, is text, not a comment form's field (``Nội
    dung`` alone or with its star under ``Ý kiến bạn đọc`` is)."""
    text = ("Thứ Hai, 3/12/2029 - 08:00\n\nHà Nội mở thêm tuyến buýt điện\n\n" + LEAD.format(tag="") + "\n\nNội dung:\n\n"
            + "\n\n".join(BODY) + "\n\nMinh Anh\n\nÝ kiến bạn đọc\n\nHọ và tên\n\nNội dung *\n")
    kinds = {p["text"]: p["kind"] for p in parts_of(isolated_dir, text, "a.txt")}
    assert kinds["Nội dung:"] == "paragraph" and kinds["Nội dung *"] == "boilerplate" and kinds["Minh Anh"] == "byline"


def test_a_markdown_paragraph_of_furniture_lines_is_furniture(isolated_dir):
    """Pasted into Markdown, ``Chia sẻ`` over ``Bình luận (12)`` with no blank line between is one paragraph:
    furniture when each of its lines is (it had been labelled related links only at the text's end, and its
    line break printed inside ST101's message)."""
    text = ("---\ntitle: Giá điện tăng\ndate: 2030-04-25\nauthor: Thu Hằng\n---\n\n# Giá điện tăng 4,8% từ ngày 1/5\n\n"
            + LEAD.format(tag="") + "\n\nChia sẻ\nBình luận (12)\n\n" + "\n\n".join(BODY) + "\n\n*Thu Hằng*\n")
    parts = parts_of(isolated_dir, text, "a.md")
    assert [(p["kind"], p.get("label")) for p in parts if p["text"].startswith("Chia sẻ")] == [("boilerplate", "site notice")]
    found = run_cli("lint", "--format", "json", "--select", "ST101", "a.md").json()["files"][0]["diagnostics"]
    assert [d["message"] for d in found] == ["Web page furniture left in the article (site notice): Chia sẻ / Bình luận (12)"]


@pytest.mark.parametrize(("headline", "reported"), [
    ("Giá Vàng Tăng Mạnh Trong Phiên Sáng Nay", True),
    # a named day and a quoted title after a colon keep their capitals (had drawn ST117 on Ngày, Ký)
    ('Kỷ niệm 86 năm Ngày Thành lập Quân đội nhân dân Việt Nam: Triển lãm "Ký ức Điện Biên"', False),
    ("Hà Nội: Ngày Nhà giáo Việt Nam có nhiều hoạt động tri ân", False),
    ("Ngày Hội Đọc Sách Tăng Mạnh Tại Hà Nội", True),  # Title Case around a named day all the same
])
def test_a_named_day_and_a_quoted_title_are_no_title_case(isolated_dir, headline, reported):
    text = f"Thứ Hai, 4/11/2030\n\n{headline}\n\n" + LEAD.format(tag="(TTO) - ") + "\n\nMinh Anh\n"
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--select", "ST117", "a.txt").json()["files"][0]["diagnostics"]
    assert bool(found) is reported


def test_a_data_table_in_a_web_page_stays_a_table(isolated_dir):
    """Only a cell holding three blocks of its own or more lays the page out (s57.html); a price table's
    cells, each its own text, stay table cells."""
    page = ("<html><body><article><h1>Giá vàng hôm nay tăng mạnh</h1><p>Thứ Hai, 4/11/2030</p>"
            "<p>" + LEAD.format(tag="(TTO) - ") + "</p><table><tr><td>Loại vàng</td><td>Mua vào</td></tr>"
            "<tr><td>SJC</td><td>112,5</td></tr></table><p>Minh Anh</p></article></body></html>")
    kinds = [p["kind"] for p in parts_of(isolated_dir, page, "a.html")]
    assert kinds.count("table") == 4


@pytest.mark.parametrize("name", ["thong-bao-dau-gia.txt", "thu-cam-on.txt", "thong-bao-mat-giay-to.txt"])
def test_classified_notices_are_read_as_notices(isolated_dir, name):
    """An auction notice, a letter of thanks and a notice of lost papers (held out in session 28): their titles
    in capitals are no headline the structure rules weigh, and the notices draw nothing."""
    text = (NOTICES / name).read_text(encoding="utf-8")
    (isolated_dir / name).write_text(text, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--exit-zero", name).json()["files"][0]["diagnostics"]
    assert [d["rule"] for d in found if d["severity"] != "info"] == []
    assert parts_of(isolated_dir, text, name)[0]["kind"] == "headline"


def test_a_weekday_on_a_line_of_its_own_over_the_date_is_the_datelines(isolated_dir):
    """``Thứ Bảy`` / ``28/11/2026 08:30``: the weekday printed over the stamp had been a site's header (ST101)."""
    text = ("Thứ Bảy\n28/11/2026 08:30\nGiá vàng tăng mạnh phiên cuối tuần\nSáng nay, giá vàng miếng tăng 1 triệu đồng "
            "mỗi lượng so với hôm qua, lên mức cao nhất từ trước đến nay.\n")
    assert [p["kind"] for p in parts_of(isolated_dir, text)] == ["dateline", "dateline", "headline", "lead"]
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    found = run_cli("lint", "--format", "json", "--exit-zero", "a.txt").json()["files"][0]["diagnostics"]
    assert [d["rule"] for d in found if d["rule"] == "ST101"] == []


def test_a_main_column_whose_class_reads_as_furniture_is_read_when_it_holds_the_headline():
    """VnExpress sets its article in ``div.sidebar-1``: ``sidebar`` skips an element, and the page had no text at all
    (ST002); the column that holds the page's ``<h1>`` is the article's, and a sidebar without it is still skipped."""
    from editkit.extract.html_article import extract_html

    page = ('<html><body><div class="sidebar-1"><span class="date">Thứ bảy, 28/11/2026, 10:15 (GMT+7)</span>'
            '<h1 class="title-detail">Cao tốc Biên Hòa - Vũng Tàu thông xe đoạn đầu tiên</h1>'
            '<p class="description">Đoạn dài 34 km thông xe sáng 28/11.</p><article class="fck_detail">'
            '<p class="Normal">Đoạn tuyến có bốn làn xe.</p></article></div>'
            '<div class="sidebar-2"><p>Tin xem nhiều</p></div></body></html>')
    text = extract_html(page).text
    assert "Cao tốc Biên Hòa" in text and "Đoạn tuyến có bốn làn xe." in text and "Tin xem nhiều" not in text


def test_a_blogs_meta_labels_stay_on_the_line_of_their_date_and_author(isolated_dir):
    """WordPress's ``Đăng ngày <time>27/11/2026</time> bởi <span class="author">Văn phòng UBND xã</span>``: the label,
    its date and the author had been four lines (a paragraph, the dateline and two captions)."""
    page = ('<html><body><article><header><h1 class="entry-title">Xã Tân Phú ra quân làm đường giao thông nông thôn</h1>'
            '<div class="entry-meta"><span class="posted-on">Đăng ngày <a href="/2026/11/27/"><time class="entry-date" '
            'datetime="2026-11-27T16:30:00+07:00">27/11/2026</time></a></span><span class="byline"> bởi <span class="author '
            'vcard"><a href="/author/">Văn phòng UBND xã</a></span></span></div></header><div class="entry-content"><p>Sáng '
            'ngày 27/11/2026, UBND xã Tân Phú tổ chức lễ ra quân làm đường giao thông nông thôn tại ấp 3, với hơn 200 cán '
            'bộ và người dân tham gia.</p><p>Tuyến đường dài 1,2 km, rộng 3,5 m.</p></div></article></body></html>')
    parts = parts_of(isolated_dir, page, "a.html")
    assert [(p["kind"], p["text"]) for p in parts[:3]] == [
        ("headline", "Xã Tân Phú ra quân làm đường giao thông nông thôn"), ("dateline", "Đăng ngày 27/11/2026"),
        ("byline", "bởi Văn phòng UBND xã")]


def test_a_page_whose_article_column_reads_as_furniture_and_has_no_h1_is_still_read():
    """Without an ``<h1>`` to tell the article's column, a page whose every text sits in an element whose class skips
    it (``div.sidebar-1``) is read again without skipping for classes, rather than left without text."""
    from editkit.extract.html_article import extract_html

    page = ('<html><body><div class="sidebar-1"><h2 class="title">Cao tốc Biên Hòa - Vũng Tàu thông xe đoạn đầu tiên</h2>'
            '<p>Đoạn dài 34 km của cao tốc Biên Hòa - Vũng Tàu qua Đồng Nai thông xe sáng 28/11, rút ngắn thời gian đi từ '
            'TP HCM đến Vũng Tàu còn khoảng một tiếng rưỡi.</p></div></body></html>')
    assert "Đoạn dài 34 km" in extract_html(page).text
    assert extract_html('<html><body><div class="sidebar"><p>Tin xem nhiều</p></div><p>Một câu.</p></body></html>').text \
        .strip() == "Một câu."  # a short page keeps its skipping: nothing longer lies in the skipped column


def test_an_articles_footer_named_so_keeps_its_author_and_a_pages_footer_is_still_skipped(isolated_dir):
    """``div.article-footer`` inside the ``<article>`` holding ``p.author`` had been skipped for its class, and the
    story unsigned (ST108); a footer without an author's element (WordPress's entry-footer: its categories) and the
    page's own footer are still left out."""
    page = ('<html><body><article><h1>Giá vàng tăng mạnh phiên cuối tuần</h1><div class="date">28/11/2026 08:30</div>'
            '<p class="sapo">Sáng nay, giá vàng miếng tăng 1 triệu đồng mỗi lượng so với hôm qua, lên mức cao nhất từ trước '
            'đến nay, theo các doanh nghiệp.</p><div class="content"><p>Người dân xếp hàng mua vàng từ sáng sớm tại các '
            'cửa hàng trên phố Trần Nhân Tông.</p></div><div class="article-footer"><p class="author">Minh Anh</p>'
            '<p class="source">Theo VnExpress</p></div><div class="entry-footer"><span>Đăng trong Tin tức</span></div>'
            '</article><div class="footer"><p class="author-info">Tổng biên tập: Nguyễn Văn A</p></div></body></html>')
    parts = parts_of(isolated_dir, page, "a.html")
    assert [(p["kind"], p["text"]) for p in parts[-2:]] == [("byline", "Minh Anh"), ("byline", "Theo VnExpress")]
    assert not any("Đăng trong" in p["text"] or "Tổng biên tập" in p["text"] for p in parts)


def test_a_greeting_and_a_recall_notice_are_read_as_notices(isolated_dir):
    """A school's greetings (``CHÚC MỪNG``, signed ``TM. BAN GIÁM HIỆU`` / ``HIỆU TRƯỞNG`` / the name) and a company's
    recall notice (held out in session 30): the greeting's title had been a headline too short (ST103) and its signing
    titles paragraphs; both draw nothing now."""
    for name in ("chuc-mung.txt", "thong-bao-thu-hoi.txt"):
        text = (NOTICES / name).read_text(encoding="utf-8")
        (isolated_dir / name).write_text(text, encoding="utf-8")
        found = run_cli("lint", "--format", "json", "--exit-zero", name).json()["files"][0]["diagnostics"]
        assert [d["rule"] for d in found if d["severity"] != "info"] == [], name
    parts = parts_of(isolated_dir, (NOTICES / "chuc-mung.txt").read_text(encoding="utf-8"), "chuc-mung.txt")
    assert [p["kind"] for p in parts][-3:] == ["byline", "byline", "byline"]


def test_a_short_line_in_or_after_an_images_paragraph_is_its_caption(isolated_dir):
    """An older CMS sets a photo in a ``<p>`` of its own and its caption in the next, with no ``<figcaption>``
    (``<p><img></p><p><em>Du khách tham quan Kỳ Co - Eo Gió</em></p>``): the caption had been a paragraph without its
    stop (HS107). A line with its stop stays a paragraph, and a logo over the headline makes no caption of it."""
    lead = ("Trong 11 tháng năm 2026, tỉnh Bình Định đón khoảng 7,2 triệu lượt khách du lịch, tăng 15% so với cùng kỳ "
            "năm trước.")
    page = ('<html><body><p><img src="logo.png"></p><div class="title">Bình Định đón hơn 7 triệu lượt khách du lịch</div>'
            f'<p>{lead}</p><p><img src="a.jpg"></p><p><em>Du khách tham quan Kỳ Co - Eo Gió</em></p>'
            '<p>Tỉnh đang thu hút đầu tư vào các khu du lịch ven biển.</p><p><img src="b.jpg"></p>'
            '<p>Khách quốc tế tăng mạnh.</p><p>Hoài Thu</p></body></html>')
    kinds = [(p["kind"], p["text"][:20]) for p in parts_of(isolated_dir, page, "a.html")]
    assert kinds == [("headline", "Bình Định đón hơn 7 "), ("lead", "Trong 11 tháng năm 2"), ("caption", "Du khách tham quan K"),
                     ("paragraph", "Tỉnh đang thu hút đầ"), ("paragraph", "Khách quốc tế tăng m"), ("byline", "Hoài Thu")]


def test_a_short_lead_printed_in_a_heading_before_the_text_is_the_lead(isolated_dir):
    """``<h2 class="sapo">`` under the headline, shorter than a lead usually is but ending its sentence: it had been a
    subheading and the first paragraph the lead; a heading without a stop in the body stays a subheading."""
    page = ('<html><body><article><h1>Giá xăng giảm lần thứ ba liên tiếp</h1><div class="date">28/11/2026 15:20</div>'
            '<h2 class="sapo">Từ 15h chiều nay, giá xăng RON 95-III giảm 420 đồng mỗi lít, còn 20.150 đồng.</h2>'
            '<div class="body"><p>Đây là lần giảm thứ ba liên tiếp của giá xăng trong tháng 11, sau các kỳ điều hành ngày '
            '6/11 và 16/11.</p><h2>Dầu diesel cũng giảm</h2><p>Giá dầu diesel giảm 250 đồng, còn 18.540 đồng/lít.</p>'
            '<p>Minh Phương</p></div></article></body></html>')
    assert [p["kind"] for p in parts_of(isolated_dir, page, "a.html")] == [
        "headline", "dateline", "lead", "paragraph", "subheading", "paragraph", "byline"]


def test_a_line_all_in_italics_in_an_images_paragraph_is_its_caption_even_with_its_stop(isolated_dir):
    """``<p><img><br><em>Tàu … cập cảng Nha Trang sáng 27/11.</em></p>``: a caption, though it ends its sentence; the
    same line not in italics stays a paragraph (nothing tells it from a sentence)."""
    lead = ("Sáng 27/11, tàu biển Spectrum of the Seas chở hơn 4.000 du khách quốc tế đã cập cảng Nha Trang, mở đầu "
            "mùa du lịch tàu biển.")
    for line, kind in (("<em>Tàu Spectrum of the Seas cập cảng Nha Trang sáng 27/11.</em>", "caption"),
                       ("Tàu Spectrum of the Seas cập cảng Nha Trang sáng 27/11.", "paragraph")):
        page = (f'<html><body><article><h1>Khánh Hòa đón tàu biển quốc tế</h1><p>{lead}</p>'
                f'<p><img src="tau.jpg"><br>{line}</p><p>Du khách tham quan Tháp Bà Ponagar.</p><p>Phan Sông Ngân</p>'
                '</article></body></html>')
        parts = parts_of(isolated_dir, page, "a.html")
        assert [p["kind"] for p in parts if p["text"].startswith("Tàu")] == [kind], line


def test_a_name_before_a_stamp_after_a_bar_or_a_dot_signs_but_a_place_does_not(isolated_dir):
    """``Thu Hằng · 28/11/2026 14:00`` (p.meta) had been a caption: the author's name, a middle dot or a bar, the stamp
    make a dateline and its byline; ``Hà Nội | 28/11/2026 08:30`` is a dateline whose place signs nothing."""
    lead = ("Sáng nay, giá vàng miếng tăng 1 triệu đồng mỗi lượng so với hôm qua, lên mức cao nhất từ trước đến nay.")
    for stamp, signed in (("Thu Hằng · 28/11/2026 14:00", ["Thu Hằng", "Minh Anh"]),
                          ("Hà Nội | 28/11/2026 08:30", ["Minh Anh"])):
        parts = parts_of(isolated_dir, f"Giá vàng tăng mạnh phiên cuối tuần\n{stamp}\n{lead}\nMinh Anh\n")
        assert [p["kind"] for p in parts if p["kind"] != "byline"] == ["headline", "dateline", "lead"], stamp
        assert [p["text"] for p in parts if p["kind"] == "byline"] == signed, stamp
