"""``--baseline``: report only the findings an archive did not already have."""

import json

from conftest import run_cli, validate

ARTICLE = ("Thứ Hai, 4/11/2030\n\nGiá vàng tăng mạnh\n\n(TTO) - Sáng nay, giá vàng tăng mạnh tại nhiều doanh nghiệp, có nơi "
           "tăng hơn một triệu đồng mỗi lượng so với phiên trước, tương lai sáng lạng.\n\nNgười dân xếp hàng chờ mua vàng "
           "từ sáng sớm tại các cửa hàng trên phố Trần Nhân Tông.\n\nMinh Anh\n")


def write(folder, name, text):
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def lint(*args):
    return run_cli("lint", "--format", "json", *args)


def test_a_baseline_holds_the_archive_s_findings_and_reports_new_ones(isolated_dir):
    write(isolated_dir, "bai/a.txt", ARTICLE)
    write(isolated_dir, "bai/b.txt", ARTICLE.replace("sáng lạng", "tốt đẹp"))
    run = run_cli("lint", "--baseline", "editkit-baseline.json", "--update-baseline", "bai")
    assert run.exit_code == 0 and "Wrote 1 finding in 1 file" in run.stderr
    recorded = json.loads((isolated_dir / "editkit-baseline.json").read_text("utf-8"))
    assert recorded == {"version": 1, "files": {"bai/a.txt": [{"rule": "SP103", "text": "sáng lạng", "count": 1}]}}
    assert lint("bai").exit_code == 1  # without the baseline, the finding fails the run
    held = lint("--baseline", "editkit-baseline.json", "bai")
    assert held.exit_code == 0 and held.json()["summary"]["diagnostics"] == 0
    validate(held.json(), "lint-output.schema.json")
    # a paragraph written above it moves its line: still the same finding; a new slip in b.txt is new
    write(isolated_dir, "bai/a.txt", ARTICLE.replace("Người dân", "Giá vàng miếng cũng tăng.\n\nNgười dân"))
    write(isolated_dir, "bai/b.txt", ARTICLE.replace("sáng lạng", "tốt đẹp").replace("xếp hàng", "sắp hàng chuẩn đoán"))
    new = lint("--baseline", "editkit-baseline.json", "bai")
    assert new.exit_code == 1
    assert [(f["path"], d["text"]) for f in new.json()["files"] for d in f["diagnostics"]] == [("bai/b.txt", "chuẩn đoán")]


def test_a_finding_written_once_more_than_the_baseline_counts_is_new(isolated_dir):
    write(isolated_dir, "a.txt", ARTICLE)
    run_cli("lint", "--baseline", "b.json", "--update-baseline", "a.txt")
    write(isolated_dir, "a.txt", ARTICLE.replace("từ sáng sớm", "từ sáng sớm, tương lai sáng lạng"))
    run = run_cli("lint", "--format", "concise", "--baseline", "b.json", "a.txt")  # a streamed format filters too
    assert run.exit_code == 1 and run.stdout.count("SP103") == 1 and "a.txt:7:" in run.stdout  # the later one, on line 7


def test_the_baseline_is_read_from_any_working_folder(isolated_dir, monkeypatch):
    """Paths are stored relative to the baseline file's folder, so a run from elsewhere matches them."""
    write(isolated_dir, "site/bai/a.txt", ARTICLE)
    monkeypatch.chdir(isolated_dir / "site")
    run_cli("lint", "--baseline", "b.json", "--update-baseline", "bai")
    monkeypatch.chdir(isolated_dir)
    assert lint("--baseline", "site/b.json", "site/bai/a.txt").exit_code == 0


def test_a_baseline_that_cannot_be_read_is_a_one_line_error(isolated_dir):
    write(isolated_dir, "a.txt", ARTICLE)
    write(isolated_dir, "broken.json", '{"version": 1, "files": {"a.txt": "x"}}')
    write(isolated_dir, "notjson.json", "{")
    for args, said in ((["--baseline", "missing.json"], "missing.json: no such baseline file"),
                       (["--baseline", "broken.json"], "broken.json: the findings of 'a.txt' are not a list"),
                       (["--baseline", "notjson.json"], "notjson.json: the baseline is no JSON"),
                       (["--update-baseline"], "--update-baseline needs --baseline FILE"),
                       (["--no-baseline", "--baseline", "b.json"], "--no-baseline cannot go with --baseline")):
        run = run_cli("lint", *args, "a.txt")
        assert run.exit_code == 2 and run.stderr.strip().count("\n") == 0 and said in run.stderr, args


def test_the_project_config_may_name_the_baseline(isolated_dir):
    (isolated_dir / "editkit.toml").write_text('baseline = "editkit-baseline.json"\n', encoding="utf-8")
    write(isolated_dir, "a.txt", ARTICLE)
    assert run_cli("lint", "--update-baseline", "a.txt").exit_code == 0
    assert (isolated_dir / "editkit-baseline.json").exists()
    assert lint("a.txt").exit_code == 0
    assert lint("--isolated", "a.txt").exit_code == 1  # --isolated reads no config, so no baseline
    assert lint("--no-baseline", "a.txt").exit_code == 1  # nor does --no-baseline, which keeps the rest of the config
    (isolated_dir / "editkit.toml").write_text("baseline = 3\n", encoding="utf-8")
    run = run_cli("lint", "a.txt")
    assert run.exit_code == 2 and "baseline" in run.stderr


def test_fix_mends_the_new_findings_and_leaves_the_recorded_ones(isolated_dir):
    """A pre-commit ``--fix`` on an archived article changes the writer's new slip, not the lines the
    baseline holds; ``--diff`` shows the same, and ``--no-baseline`` fixes everything."""
    old = ARTICLE.replace("xếp hàng", "xếp hàng vơí nhau")
    write(isolated_dir, "a.txt", old)
    run_cli("lint", "--baseline", "b.json", "--update-baseline", "a.txt")
    edited = old.replace("Minh Anh", "Giá bán ra cao hơn hôm qua vơí mức chênh lớn.\n\nMinh Anh")
    write(isolated_dir, "a.txt", edited)
    diff = run_cli("lint", "--baseline", "b.json", "--diff", "a.txt")
    assert diff.stdout.count("\n-") == 1 and "+Giá bán ra cao hơn hôm qua với mức" in diff.stdout
    fixed = run_cli("lint", "--baseline", "b.json", "--fix", "--unsafe-fixes", "a.txt")
    assert fixed.exit_code == 0 and "Fixed 1 issue" in fixed.stderr
    text = (isolated_dir / "a.txt").read_text("utf-8")
    assert text == edited.replace("hôm qua vơí", "hôm qua với")  # sáng lạng and the first vơí stay
    assert run_cli("lint", "--no-baseline", "--fix", "--unsafe-fixes", "a.txt").exit_code == 0
    assert "vơí" not in (isolated_dir / "a.txt").read_text("utf-8")
