"""Parallel runs give the serial output; the result cache is content-addressed and safe."""

from __future__ import annotations

import shutil

from conftest import SAMPLE, run_cli


def corpus(folder, count=12):
    folder.mkdir(exist_ok=True)
    text = SAMPLE.read_text("utf-8")
    for index in range(count):
        variant = text.replace("Ngày 7/10", f"Ngày {index % 28 + 1}/10").replace("Ngọc Thắm", f"Ngọc Thắm {index}")
        (folder / f"bai-{index:02d}.txt").write_text(variant + (" sáng lạng" if index % 3 == 0 else ""), encoding="utf-8")
    return folder


def test_parallel_output_equals_serial(isolated_dir):
    corpus(isolated_dir / "articles")
    serial = run_cli("lint", "--no-cache", "-j", "1", "--format", "json", "articles")
    parallel = run_cli("lint", "--no-cache", "-j", "2", "--format", "json", "articles")
    assert serial.stdout == parallel.stdout and serial.exit_code == parallel.exit_code
    assert len(serial.json()["files"]) == 12


def test_cache_hits_and_invalidation(isolated_dir):
    folder = corpus(isolated_dir / "articles", 4)
    first = run_cli("lint", "--format", "json", "articles")
    cache = isolated_dir / ".editkit_cache"
    assert cache.is_dir() and (cache / ".gitignore").read_text() == "*\n"
    entries = list(cache.rglob("*.json"))
    assert len(entries) == 4
    second = run_cli("lint", "--format", "json", "articles")
    assert second.stdout == first.stdout
    text = run_cli("lint", "articles")  # the text format needs the cached source lines too
    assert "│" in text.stdout
    (folder / "bai-01.txt").write_text("Bài viết sạch.\n", encoding="utf-8")
    third = run_cli("lint", "--format", "json", "articles").json()
    assert third["files"][1]["diagnostics"] == []
    (isolated_dir / "editkit.toml").write_text('ignore = ["stale-lead"]\n', encoding="utf-8")
    fourth = run_cli("lint", "--format", "json", "articles").json()
    assert all(d["rule"] != "DT105" for f in fourth["files"] for d in f["diagnostics"])
    assert run_cli("cache", "clean", ".").exit_code == 0
    assert not cache.exists()
    run_cli("lint", "--no-cache", "articles")
    assert not cache.exists()


def test_cache_is_not_used_for_fix(isolated_dir):
    target = isolated_dir / "a.txt"
    shutil.copy(SAMPLE, target)
    run_cli("lint", "a.txt")
    run = run_cli("lint", "--fix", "--select", "EN105", "a.txt")
    assert "Fixed 2 issues" in run.stderr


def test_dask_engine_gives_the_local_report(isolated_dir):
    """The same per-article work on Dask's local cluster, merged into the same report."""
    import pytest

    pytest.importorskip("dask.distributed")
    corpus(isolated_dir / "articles", 6)
    local = run_cli("report", "--no-cache", "--format", "json", "articles")
    distributed = run_cli("report", "--no-cache", "--engine", "dask", "--format", "json", "articles")
    assert distributed.exit_code == local.exit_code == 0
    assert distributed.json() == local.json()
    assert distributed.json()["summary"]["articles"] == 6


def test_streamed_report_equals_the_report_of_the_finished_run(isolated_dir):
    """`lint` writes line-oriented formats file by file; the bytes equal the formatter run
    over the finished list (with an unreadable file and a clean one among them)."""
    import json
    from pathlib import Path

    from editkit.formatters import FORMATTERS, STREAMS, Report, get_formatter
    from editkit.inputs import Input
    from editkit.parallel import lint_all
    from editkit.runner import RunOptions

    folder = corpus(isolated_dir / "articles", 10)
    (folder / "bai-98.txt").write_bytes(b"\x00\x01binary")
    (folder / "bai-99.txt").write_text("Bài viết sạch.\n", encoding="utf-8")
    names = sorted(p.name for p in folder.iterdir())
    results = lint_all([Input(f"articles/{n}", Path("articles") / n) for n in names], RunOptions(use_cache=False), None, 1)
    assert set(STREAMS) <= set(FORMATTERS)
    for output_format in STREAMS:
        for extra in ([], ["--statistics"]):
            run = run_cli("lint", "--no-cache", "-j", "2", "--format", output_format, *extra, "articles")
            expected = get_formatter(output_format)(Report(results, statistics=bool(extra)))
            assert run.stdout == expected, output_format
            assert run.exit_code == 2  # the binary file
    assert len(json.loads(run_cli("lint", "--no-cache", "--format", "json", "articles").stdout)["files"]) == 12


def test_results_come_back_in_input_order_as_they_finish(isolated_dir):
    from pathlib import Path

    from editkit.inputs import Input
    from editkit.parallel import iter_results
    from editkit.runner import RunOptions

    folder = corpus(isolated_dir / "articles", 40)
    inputs = [Input(f"articles/{p.name}", p) for p in sorted(Path(folder).iterdir())]
    stream = iter_results(inputs, RunOptions(use_cache=False), None, 2)
    assert next(stream).path == inputs[0].display  # the first result before the run is over
    assert [r.path for r in stream] == [i.display for i in inputs[1:]]


def test_warm_parallel_run_serves_every_file_from_the_cache(isolated_dir):
    corpus(isolated_dir / "articles", 12)
    cold = run_cli("lint", "-j", "2", "--format", "json", "articles")
    warm = run_cli("lint", "-j", "2", "--format", "json", "articles")
    assert warm.stdout == cold.stdout and warm.exit_code == cold.exit_code == 1
    (isolated_dir / "articles" / "bai-05.txt").write_text("Bài mới, sáng lạng.\n", encoding="utf-8")
    mixed = run_cli("lint", "-j", "2", "--format", "json", "articles")
    files = mixed.json()["files"]
    assert [f["path"] for f in files] == [f["path"] for f in cold.json()["files"]]
    assert files[5]["diagnostics"] != cold.json()["files"][5]["diagnostics"]


def test_progress_bar_draws_without_a_thread(monkeypatch):
    """Workers are forked while the bar is shown: it must not run a drawing thread."""
    import io
    import threading

    from editkit.progress import progress_bar

    def drawing_threads():
        return [t for t in threading.enumerate() if "Refresh" in type(t).__name__]

    monkeypatch.setattr("sys.stderr", io.StringIO())
    with progress_bar(3, "Linting") as advance:
        for _ in range(3):
            advance()
            assert drawing_threads() == []
    with progress_bar(3, "Linting", enabled=False) as advance:
        advance()


def test_a_closed_pipe_stops_the_run_quietly(isolated_dir):
    """`editkit lint archive/ | head -1`: no traceback, no "internal error", no waiting for the rest."""
    import subprocess
    import sys

    corpus(isolated_dir / "articles", 60)
    process = subprocess.Popen([sys.executable, "-m", "editkit", "lint", "--no-cache", "-j", "2", "--format", "concise", "articles"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline().startswith(b"articles/bai-00.txt:")
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) in (1, 141)
    assert "Traceback" not in stderr and "internal error" not in stderr


def test_cached_text_report_shows_the_same_source_lines(isolated_dir):
    """A warm run shows the lines of the input itself when its bytes were the text, and the
    cache's own copy when they were not (BOM, legacy encoding); no copy of plain inputs is kept."""
    folder = isolated_dir / "articles"
    folder.mkdir()
    text = "Bài  viết thứ nhất.\r\nCó  hai dấu cách.\r\n"
    (folder / "crlf.txt").write_bytes(text.encode("utf-8"))
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + "Có  hai dấu cách, sáng lạng.\n".encode())
    from editkit.vietnamese.legacy import encode_bytes

    (folder / "viscii.txt").write_bytes(encode_bytes("viscii", "Tiếng Việt có  dấu cách đôi.\n"))
    cold = run_cli("lint", "articles")
    warm = run_cli("lint", "articles")
    assert warm.stdout == cold.stdout and "hai dấu cách" in cold.stdout
    copies = sorted(p.name for p in (isolated_dir / ".editkit_cache").rglob("*.txt"))
    assert len(copies) == 2  # bom.txt and viscii.txt: their text is not their bytes


def test_the_result_cache_is_never_linted_as_an_input(isolated_dir):
    """An HTML page's extracted text is cached as a .txt file: a later walk must not lint it."""
    (isolated_dir / "editkit.toml").write_text('include = ["*.html", "*.txt"]\n', encoding="utf-8")
    (isolated_dir / "a.html").write_text("<html><body><article><h1>Tin</h1><p>Bài viết ngắn. </p></article></body></html>\n",
                                         encoding="utf-8")
    first = [f["path"] for f in run_cli("lint", "--format", "json", ".").json()["files"]]
    assert any((isolated_dir / ".editkit_cache").rglob("*.txt"))
    second = [f["path"] for f in run_cli("lint", "--format", "json", ".").json()["files"]]
    assert first == second == ["a.html"]


def test_a_clean_article_never_loads_the_english_word_list():
    """The pre-commit run of one article stays quick: pyspellchecker's English list (16 ms to read,
    1–2 ms per look-up) is read only for a word that needs it, and the sample has none."""
    import subprocess
    import sys

    probe = ("from pathlib import Path; from editkit.config import resolve_settings; "
             "from editkit.document import Document; from editkit.engine import LintContext, lint_document; "
             "import editkit.vietnamese.foreign as foreign; "
             "context = LintContext(resolve_settings(Path('.'), isolated=True, overrides={})); "
             f"lint_document(Document.from_text(Path({str(SAMPLE)!r}).read_text('utf-8'), 'a.txt'), context); "
             "print(foreign.english_json.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"
