"""`editkit report`: per article and per corpus, in text, Markdown, HTML and JSON."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import SAMPLE, run_cli


@pytest.fixture
def newsroom(isolated_dir):
    folder = isolated_dir / "articles"
    folder.mkdir()
    sample = SAMPLE.read_text("utf-8")
    for index, (author, desk, month) in enumerate([("Ngọc Thắm", "Thời sự", 1), ("Minh Quân", "Kinh tế", 1),
                                                    ("Ngọc Thắm", "Thời sự", 2)], start=1):
        front = f"---\ntitle: Bài {index}\ndate: 2021-0{month}-21\nauthor: {author}\ndesk: {desk}\n---\n"
        body = sample if index != 2 else sample.replace("Tết nguyên đán", "Tết Nguyên đán").replace(" sáng lạng", "")
        (folder / f"bai-{index}.md").write_text(front + body, encoding="utf-8")
    (folder / "broken.md").write_bytes(b"\x00\x01")
    return folder


def test_json_report(newsroom):
    run = run_cli("report", "--format", "json", "articles")
    assert run.exit_code == 2  # broken.md cannot be read, and says so
    report = run.json()
    summary = report["summary"]
    assert summary["articles"] == 4 and summary["unreadable"] == 1
    assert summary["findings"] == sum(sum(a["by_severity"].values()) for a in report["articles"])
    assert {r["author"] for r in report["by_author"]} == {"Ngọc Thắm", "Minh Quân"}
    assert {r["desk"] for r in report["by_desk"]} == {"Thời sự", "Kinh tế"}
    assert [r["month"] for r in report["trend"]] == ["2021-01", "2021-02"]
    article = next(a for a in report["articles"] if a["path"].endswith("bai-1.md"))
    assert 0 <= article["score"] <= 100 and article["words"] > 900
    assert article["readability"]["nguyen_henkin"] > 0
    assert article["top_issues"] and all("context" in i for i in article["top_issues"])
    assert report["worst_articles"][0]["score"] <= report["worst_articles"][-1]["score"]


def test_markdown_and_text_reports(newsroom):
    markdown = run_cli("report", "--format", "markdown", "articles").stdout
    assert markdown.startswith("# editkit house-style report") and "## By author" in markdown and "| Ngọc Thắm |" in markdown
    text = run_cli("report", "articles").stdout
    assert "Rules by frequency" in text
    # a few articles are each listed with their readability, under the corpus's own
    assert "readability: " in text and "Nguyễn–Henkin level" in text and "syllables / sentence" in text
    assert text.count("bai-") == 3 and "Readability: " in markdown


def test_a_corpus_is_shown_in_the_terminal_by_its_worst_articles(isolated_dir):
    """Past 25 articles the terminal shows the worst ten, each with its readability; the summary's
    readability weighs each article by its sentences."""
    body = "# Tin ngắn\n\nThành phố mở thêm tuyến xe buýt mới. Người dân rất vui mừng.\n"
    for index in range(30):
        (isolated_dir / f"a{index}.md").write_text(body, encoding="utf-8")
    run = run_cli("report", "--format", "json", ".")
    report = run.json()
    assert report["summary"]["readability"]["sentences"] == sum(a["readability"]["sentences"] for a in report["articles"])
    text = run_cli("report", ".").stdout
    assert "Worst articles" in text and text.count(".md") == 10


def test_html_report_is_self_contained(newsroom, isolated_dir):
    run_cli("report", "--format", "html", "-o", "report.html", "articles")
    html = (isolated_dir / "report.html").read_text("utf-8")
    assert html.startswith("<!doctype html>") and "<svg" in html and "Ngọc Thắm" in html
    assert "http://" not in html and "https://" not in html and "<script" not in html.lower()


@pytest.mark.parametrize(("name", "opening"), [
    ("report.html", "<!doctype html>"), ("report.htm", "<!doctype html>"), ("report.md", "# editkit house-style report"),
    ("report.json", "{"), ("report.txt", "editkit house-style report"),
])
def test_the_report_format_follows_the_output_files_extension(newsroom, isolated_dir, name, opening):
    """``-o report.html`` without ``--format`` had written the terminal text into an .html file."""
    run_cli("report", "-o", name, "articles")
    assert (isolated_dir / name).read_text("utf-8").startswith(opening)


def test_format_short_names_and_an_explicit_format_win(newsroom, isolated_dir):
    assert run_cli("report", "--format", "md", "articles").stdout.startswith("# editkit house-style report")
    run_cli("report", "--format", "markdown", "-o", "r.html", "articles")  # said outright: as said
    assert (isolated_dir / "r.html").read_text("utf-8").startswith("# editkit house-style report")
    run_cli("lint", "-o", "findings.sarif", "articles")
    assert '"version": "2.1.0"' in (isolated_dir / "findings.sarif").read_text("utf-8")


def test_the_summary_line_counts_in_the_singular_for_one(isolated_dir):
    (isolated_dir / "a.md").write_text(SAMPLE.read_text("utf-8"), encoding="utf-8")
    text = run_cli("report", "--format", "markdown", "a.md").stdout
    assert "\n1 article, " in text and " 1 articles" not in text

def test_html_report_renders_in_chromium(newsroom, isolated_dir, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Chromium is not installed (Debian package chromium)")
    run_cli("report", "--format", "html", "-o", "report.html", "articles")
    screenshot = tmp_path / "report.png"
    done = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
                           f"--screenshot={screenshot}", "--window-size=1200,2000", (isolated_dir / "report.html").as_uri()],
                          capture_output=True, timeout=120)
    assert screenshot.exists() and screenshot.stat().st_size > 10_000, done.stderr[-500:]
    dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                          f"--user-data-dir={tmp_path / 'profile2'}", "--dump-dom", (isolated_dir / "report.html").as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert "editkit house-style report" in dom.stdout and "<svg" in dom.stdout


def test_unknown_words_flagged_in_several_articles_are_listed_for_the_accept_list(isolated_dir):
    folder = isolated_dir / "articles"
    folder.mkdir()
    body = ("Thứ Hai, 4/11/2024\n\nĐàn niệc nâu xuất hiện ở vườn quốc gia\n\n(VOV) - Các nhà khoa học ghi nhận đàn niệc "
            "nâu và chim khướu tại khu rừng, đồng thời phát hiện cá thể voọc gáy trắng cùng nhiều loài quý hiếm khác.\n\n"
            "Minh Đức\n")
    for index in range(3):
        (folder / f"bai-{index}.txt").write_text(body, encoding="utf-8")
    (folder / "khac.txt").write_text(body.replace("niệc", "hồng hoàng"), encoding="utf-8")
    report = run_cli("report", "--format", "json", "articles").json()
    assert report["recurring_unknown_words"] == [{"word": "niệc", "articles": 3, "findings": 6}]
    assert "editkit accept niệc" in run_cli("report", "--format", "markdown", "articles").stdout
    assert "editkit accept niệc" in run_cli("report", "articles").stdout
    (isolated_dir / "editkit.toml").write_text('accept = ["editkit-accept.txt"]\n', "utf-8")
    assert run_cli("accept", "niệc").exit_code == 0
    assert run_cli("report", "--format", "json", "articles").json()["recurring_unknown_words"] == []


def test_report_author_is_the_byline_without_its_role_or_sources():
    from editkit.report.facts import author_of

    assert author_of("Thanh Danh (Theo Reuters, AFP)") == "Thanh Danh"
    assert author_of("Hoài Thu (thực hiện)") == "Hoài Thu"
    assert author_of("Minh Anh - Quốc Tuấn") == "Minh Anh - Quốc Tuấn"
    assert author_of("(Theo VnExpress)") == "(Theo VnExpress)"  # no name before the brackets: kept whole
    assert author_of("Bài và ảnh: Minh Anh") == "Minh Anh" and author_of("Thực hiện: Thu Hà") == "Thu Hà"
    assert author_of("Hồng Minh/Báo Tin tức") == "Hồng Minh"  # the outlet after the slash
    assert author_of("Thanh Sơn - Ảnh: BVCC") == "Thanh Sơn"  # the photographer is not the author
    assert author_of("(TTXVN/Vietnam+)") == "(TTXVN/Vietnam+)"  # a wire's sign-off, whole
    assert author_of("ThS.BS Nguyễn Văn Lâm") == "Nguyễn Văn Lâm" and author_of("PGS.TS Lê Anh") == "Lê Anh"  # the person
    assert author_of("TSMC Việt Nam") == "TSMC Việt Nam"  # no degree: a name that opens with its letters
    assert author_of("Ngọc Ánh • Ảnh: Quang Huy") == "Ngọc Ánh" and author_of("Ảnh: Quang Huy") == "Quang Huy"
    assert author_of("bởi Văn phòng UBND xã") == "Văn phòng UBND xã"  # a blog's word before the name


def test_report_author_is_no_media_credit(isolated_dir):
    """A video page signed only by its clip's credit (``Clip: Người dân cung cấp``) has no author in the report; a
    story signed by its reporter over the photographer's credit is the reporter's."""
    (isolated_dir / "a.txt").write_text(
        "Clip: Lốc xoáy cuốn bay mái nhà ở Quảng Ngãi\n28/11/2026 09:12\nChiều 27/11, lốc xoáy kèm mưa lớn xảy ra tại "
        "xã Nghĩa Kỳ, huyện Tư Nghĩa, làm tốc mái 15 ngôi nhà, rất may không có thiệt hại về người.\nChính quyền địa "
        "phương đã huy động lực lượng giúp người dân khắc phục hậu quả.\nClip: Người dân cung cấp\n", encoding="utf-8")
    (isolated_dir / "b.txt").write_text(
        "Giá vàng tăng mạnh phiên cuối tuần\nSáng nay, giá vàng miếng tăng 1 triệu đồng mỗi lượng so với hôm qua, lên "
        "mức cao nhất từ trước đến nay.\nNgười dân xếp hàng mua vàng.\nMinh Anh\nẢnh: Quang Huy\n", encoding="utf-8")
    articles = run_cli("report", "--format", "json", "a.txt", "b.txt").json()["articles"]
    assert [(a["path"], a["author"]) for a in articles] == [("a.txt", ""), ("b.txt", "Minh Anh")]


def test_report_author_from_a_list_of_names_in_the_front_matter():
    from editkit.report.facts import names_of

    assert names_of(["Minh Anh", "Hoàng Long"]) == "Minh Anh - Hoàng Long"
    assert names_of("Minh Anh ") == "Minh Anh" and names_of(None) == "" and names_of([]) == ""


def test_front_matter_values_that_are_no_text_name_no_author_desk_or_title(isolated_dir):
    """``author: {x: 1}`` was an author named "{'x': 1}", ``category: [Kinh tế, Xã hội]`` a desk named by
    the list's repr; ST114 reports such values, the report takes no name from them."""
    from editkit.report.facts import first_text_of, names_of

    assert names_of({"x": 1}) == "" and names_of(["Minh Anh", {"x": 1}, True]) == "Minh Anh" and names_of(True) == ""
    assert first_text_of(["Kinh tế", "Xã hội"]) == "Kinh tế" and first_text_of({"a": 1}) == ""
    (isolated_dir / "a.md").write_text("---\ntitle: {a: 1}\ndate: 2028-05-01\nauthor: {x: 1}\ncategory: [Kinh tế, Xã hội]\n"
                                       "---\n\n# Tin tức trong ngày hôm nay ở Hà Nội\n\nBài viết hôm nay.\n\nMinh Anh\n", "utf-8")
    (article,) = run_cli("report", "--format", "json", "a.md").json()["articles"]
    assert (article["title"], article["author"], article["desk"]) == ("Tin tức trong ngày hôm nay ở Hà Nội", "Minh Anh", "Kinh tế")


def test_an_article_by_two_reporters_counts_for_each():
    from editkit.report.model import credited, group

    assert credited("Thanh Tùng - Ngọc Ánh") == ["Thanh Tùng", "Ngọc Ánh"]
    assert credited("Minh Anh và Thu Hà, Quốc Tuấn") == ["Minh Anh", "Thu Hà", "Quốc Tuấn"]
    assert credited("Kim Sang-sik") == ["Kim Sang-sik"]
    articles = [{"author": "Thanh Tùng - Ngọc Ánh", "score": 90.0, "words": 500, "by_severity": {"info": 2}},
                {"author": "Ngọc Ánh", "score": 100.0, "words": 500, "by_severity": {}}]
    rows = {r["author"]: r for r in group(articles, "author", credited)}
    assert set(rows) == {"Thanh Tùng", "Ngọc Ánh"}
    assert (rows["Ngọc Ánh"]["articles"], rows["Ngọc Ánh"]["average_score"]) == (2, 95.0)


def test_an_administrative_document_is_named_by_its_kind_and_subject(isolated_dir):
    folder = isolated_dir / "vanban"
    folder.mkdir()
    heading = ("BỘ Y TẾ\nSố: 5678/BYT-KCB\n{subject}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 20 tháng 11 năm 2026\n\n{title}")
    ending = ("Bộ Y tế đề nghị các đơn vị tăng cường công tác phòng, chống sốt xuất huyết.\n\n"
              "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrần Văn Thuấn\n")
    (folder / "cv.txt").write_text(heading.format(subject="V/v phòng chống sốt xuất huyết", title="") + ending, "utf-8")
    (folder / "qd.txt").write_text(heading.format(subject="", title="QUYẾT ĐỊNH\nVề việc thành lập đoàn kiểm tra\n\n")
                                   + ending, "utf-8")
    report = run_cli("report", "--format", "json", "vanban").json()
    titles = sorted(article["title"] for article in report["articles"])
    assert titles == ["QUYẾT ĐỊNH Về việc thành lập đoàn kiểm tra", "V/v phòng chống sốt xuất huyết"]


def test_readability_is_measured_over_the_prose_not_the_furniture_scraped_with_it():
    """The sample's short furniture lines (Ý kiến bạn đọc, Tin khác…), its dateline, caption and byline
    once counted as sentences and halved its words per sentence."""
    from editkit.document import Document
    from editkit.rules.readability import readability

    text = SAMPLE.read_text("utf-8")
    article = Document.from_text(text, "a.txt")
    prose_only = Document.from_text(text[: text.index("Ngọc Thắm")], "b.txt")
    assert readability(article) == readability(prose_only)
    assert readability(article).sentences == 13 and readability(article).words_per_sentence > 45
