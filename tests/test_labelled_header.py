"""A CMS's labelled export (Tiêu đề: … / Sapo: … / Nội dung:) read as front matter."""

import datetime as dt

import pytest

from conftest import run_cli

EXPORT = (
    "Tiêu đề: Giá điện bán lẻ tăng 4,8% từ hôm nay\n"
    "Sapo: Tập đoàn Điện lực Việt Nam điều chỉnh giá bán lẻ điện bình quân tăng 4,8% từ ngày 11/5, lên mức 2.293 đồng.\n"
    "Tác giả: Minh Đức\n"
    "Ngày đăng: 11/05/2030 08:00\n"
    "Chuyên mục: Kinh tế\n"
    "Từ khóa: giá điện, EVN\n"
    "Nội dung:\n"
    "Đây là lần điều chỉnh thứ hai trong vòng sáu tháng, sau lần tăng 3% hôm 9/11/2029. Theo EVN, chi phí mua điện "
    "từ các nhà máy nhiệt điện than và khí tăng mạnh trong quý I/2030.\n\n"
    "Bộ Công Thương yêu cầu EVN công khai chi phí sản xuất, kinh doanh điện năm 2029 trước ngày 30/6.\n"
)


def lint(isolated_dir, text, *select):
    (isolated_dir / "a.txt").write_text(text, encoding="utf-8")
    args = ("--select", ",".join(select)) if select else ()
    return run_cli("lint", "--format", "json", *args, "a.txt").json()["files"][0]["diagnostics"]


def test_a_labelled_export_is_an_article_with_its_fields_as_front_matter(isolated_dir):
    """The labels had been the headline and a tag line (ST101), and no byline was found (ST108)."""
    assert lint(isolated_dir, EXPORT) == []
    dates = run_cli("dates", "--format", "json", "a.txt").json()
    assert dates["reference"] == "2030-05-11"  # Ngày đăng
    assert [d["value"] for d in dates["dates"]] == ["2029-11-09", "2030-Q1", "2029", "2030-06-30"]
    parts = run_cli("structure", "--format", "json", "a.txt").json()["parts"]
    assert parts[0]["kind"] == "lead" and parts[0]["text"].startswith("Đây là lần")


def test_a_slip_in_a_field_is_reported_where_it_is_written_and_mended_in_place(isolated_dir):
    slipped = EXPORT.replace("giá bán lẻ điện", "giá bán lẽ điện")
    found = lint(isolated_dir, slipped, "spelling")
    assert [(d["start"]["line"], d["text"]) for d in found] == [(2, "lẽ")]
    run_cli("lint", "--fix", "--unsafe-fixes", "--select", "spelling", "a.txt")
    assert (isolated_dir / "a.txt").read_text("utf-8") == EXPORT  # only the slip changed, the fields as written


def test_a_missing_field_is_a_missing_front_matter_key(isolated_dir):
    found = lint(isolated_dir, EXPORT.replace("Tác giả: Minh Đức\n", ""), "ST112")
    assert [d["message"] for d in found] == ["Front matter lacks the required key 'author'"]


@pytest.mark.parametrize(("written", "read"), [
    ("11/05/2030 08:00", dt.datetime(2030, 5, 11, 8, 0)),
    ("08:00 11/05/2030", dt.datetime(2030, 5, 11, 8, 0)),
    ("11-5-2030 - 14h30", dt.datetime(2030, 5, 11, 14, 30)),
    ("11/5/2030", dt.date(2030, 5, 11)),
    ("2030-05-11T08:00:00+07:00", dt.datetime.fromisoformat("2030-05-11T08:00:00+07:00")),
    ("31/02/2030", "31/02/2030"),  # no day: kept as written (ST114 reports it)
    ("hôm nay", "hôm nay"),
])
def test_the_date_field_as_cmss_print_it(written, read):
    from editkit.labelled_header import read_value

    assert read_value("date", written) == read


@pytest.mark.parametrize("text", [
    "Tiêu đề: Họp báo chiều nay\n\nChiều nay, Bộ Y tế họp báo về dịch sốt xuất huyết tại Hà Nội.\n",  # one field
    "Sapo: Bộ Y tế họp báo.\nTiêu đề: Họp báo\nNội dung:\nChiều nay, Bộ Y tế họp báo.\n",  # no title first
    "Tiêu đề: Họp báo\nGhi chú: bản nháp\nNội dung:\nChiều nay, Bộ Y tế họp báo.\n",  # a label of no field
])
def test_only_a_title_and_another_field_make_an_export(text):
    from editkit.frontmatter_block import split_front_matter

    assert split_front_matter(text) is None


def test_the_body_label_may_carry_the_first_line_and_windows_line_ends():
    from editkit.frontmatter_block import split_front_matter

    text = "Tiêu đề: Họp báo\r\nTác giả: Minh Anh\r\n\r\nNội dung: Chiều nay, Bộ Y tế họp báo.\r\n"
    block = split_front_matter(text)
    assert block.data == {"title": "Họp báo", "author": "Minh Anh"}
    assert text[block.end:].startswith("Chiều nay")
