"""editkit's benchmark: speed and accuracy figures for the README table.

Run from the repository root (with ../shared beside it for the dev sets):

    python tests/benchmark.py            # everything
    python tests/benchmark.py --quick    # fewer repetitions

Not part of the test suite: timings depend on the machine. Each later issue
adds its own section (accuracy on a dev set, speed of its engine) to SECTIONS.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "examples" / "quan-9.txt"
sys.path.insert(0, str(ROOT))


def editkit_command() -> list[str]:
    installed = shutil.which("editkit")
    return [installed] if installed else [sys.executable, "-m", "editkit"]


def wall(command: list[str], repeat: int) -> float:
    """Median wall-clock seconds of a command."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def clean_sentences() -> list[str]:
    path = SHARED / "corpus" / "errors-dev.tsv"
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        return [row["correct"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]


def make_corpus(folder: Path, articles: int) -> int:
    """Write ``articles`` files built from the sample and dev sentences; return total bytes."""
    sentences = clean_sentences() or SAMPLE.read_text("utf-8").split(". ")
    sample = SAMPLE.read_text("utf-8")
    total = 0
    for index in range(articles):
        chunk = " ".join(sentences[(index * 7 + k) % len(sentences)] for k in range(20))
        text = sample if index % 2 == 0 else f"Bài {index}\n\n{chunk}\n"
        path = folder / f"bai-{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def section_speed(args) -> list[tuple[str, str]]:
    repeat = 3 if args.quick else 9
    command = editkit_command()
    rows = [
        ("startup: `editkit --version`", f"{wall(command + ['--version'], repeat) * 1000:.0f} ms"),
        ("one article, as a pre-commit hook sees a changed one: `editkit lint --no-cache examples/quan-9.txt`",
         f"{wall(command + ['lint', '--isolated', '--no-cache', str(SAMPLE)], repeat) * 1000:.0f} ms"),
        ("one unchanged article (a cache hit): `editkit lint examples/quan-9.txt`",
         f"{wall(command + ['lint', '--isolated', str(SAMPLE)], repeat) * 1000:.0f} ms"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = make_corpus(folder, 200 if args.quick else 1000)
        seconds = wall(command + ["lint", "--isolated", "-q", "--format", "concise", str(folder)], 1)
        files = len(list(folder.iterdir()))
        rows.append((f"folder: {files} articles, {size / 1e6:.1f} MB", f"{seconds:.2f} s, {size / 1e6 / seconds:.2f} MB/s"))
    return rows


def section_clean_text_false_alarms(args) -> list[tuple[str, str]]:
    """Findings per 1,000 tokens from the default rules on clean text (dev `correct` column + sample)."""
    from editkit.config import resolve_settings
    from editkit.document import Document
    from editkit.engine import LintContext, lint_document

    texts = clean_sentences() + [SAMPLE.read_text("utf-8")]
    # each dev sentence is linted alone, so article-level rules (structure, dates) do not apply
    context = LintContext(resolve_settings(ROOT, isolated=True, overrides={"select": ["encoding", "diacritics", "spelling"]}))
    tokens = sum(len(t.split()) for t in texts)
    by_rule: dict[str, int] = {}
    for text in texts:
        for d in lint_document(Document.from_text(text, "clean.txt"), context):
            if d.severity in ("warning", "error"):
                by_rule[d.rule] = by_rule.get(d.rule, 0) + 1
    total = sum(by_rule.values())
    detail = ", ".join(f"{k}: {v}" for k, v in sorted(by_rule.items())) or "none"
    return [(f"clean text (errors-dev `correct` column + sample), {tokens:,} tokens: encoding, diacritics and spelling rules",
             f"{total * 1000 / tokens:.2f} warnings or errors per 1k tokens ({detail})")]


def section_orthography(args) -> list[tuple[str, str]]:
    """Tone placement on a generated set, legacy-encoding round trips, and the speed of these rules."""
    from editkit.config import resolve_settings
    from editkit.document import Document
    from editkit.engine import LintContext, lint_document
    from editkit.vietnamese.inventory import syllable_counts
    from editkit.vietnamese.legacy import BYTE_ENCODINGS, decode_bytes, decode_viqr, detect_bytes, encode_bytes, encode_viqr
    from editkit.vietnamese.letters import strip_tones, with_tone
    from editkit.vietnamese.syllable import ParseFailure, canonical_spelling, parse_syllable, tone_position

    rows = []
    variants = caught = false_positives = 0
    for syllable in syllable_counts():
        if syllable not in (canonical_spelling(syllable, "old"), canonical_spelling(syllable, "new")):
            false_positives += 1
        base, toned = strip_tones(syllable)
        if len(toned) != 1:
            continue
        (index, tone), = toned
        for position, letter in enumerate(base):
            if position == index or letter not in "aăâeêioôơuưy":
                continue
            variant = base[:position] + with_tone(letter, tone) + base[position + 1:]
            variants += 1
            parsed = parse_syllable(variant)
            if isinstance(parsed, ParseFailure):
                caught += 1
                continue
            old = tone_position(parsed.onset, parsed.cluster, parsed.coda, "old")
            new = tone_position(parsed.onset, parsed.cluster, parsed.coda, "new")
            caught += parsed.toned_index not in (old, new) or variant in (canonical_spelling(syllable, "old"), canonical_spelling(syllable, "new"))
    rows.append((f"tone placement: {variants:,} moved-tone variants of {len(syllable_counts()):,} attested syllables",
                 f"{caught / variants:.1%} caught (misplaced or other style), {false_positives} false positives"))

    text = SAMPLE.read_text("utf-8")
    for old, new in (("“", '"'), ("”", '"'), ("…", "..."), ("\u00a0", " ")):
        text = text.replace(old, new)
    results = []
    for name in BYTE_ENCODINGS:
        data = encode_bytes(name, text)
        found = detect_bytes(data)
        results.append(f"{name} {'ok' if found and found[0] == name and decode_bytes(name, data) == text else 'FAIL'}")
    results.append(f"viqr {'ok' if decode_viqr(encode_viqr(text)) == text else 'FAIL'}")
    rows.append(("legacy encodings: detection + exact decoding of the sample", ", ".join(results)))

    sentences = clean_sentences()
    rows.append(restoration_accuracy(sentences))
    corpus = (SAMPLE.read_text("utf-8") + "\n" + "\n".join(sentences)) * 5
    context = LintContext(resolve_settings(ROOT, isolated=True, overrides={"select": ["encoding", "diacritics"]}))
    lint_document(Document.from_text(SAMPLE.read_text("utf-8"), "warm.txt"), context)
    started = time.perf_counter()
    lint_document(Document.from_text(corpus, "big.txt"), context)
    seconds = time.perf_counter() - started
    size = len(corpus.encode("utf-8")) / 1e6
    rows.append((f"encoding + diacritics rules, one process ({size:.1f} MB)", f"{size / seconds:.2f} MB/s"))
    return rows


def restoration_accuracy(sentences: list[str]) -> tuple[str, str]:
    """DI105's suggestion for text typed without diacritics: every word of the clean dev
    sentences stripped of its marks, then restored by the Viterbi search over the bigram model."""
    from editkit.vietnamese.inventory import bare
    from editkit.vietnamese.restore import restore_sentence

    right = total = 0
    for sentence in sentences:
        words = re.findall(r"[^\W\d_]+|\d+", sentence)
        restored = restore_sentence([bare(w) for w in words])
        total += len(words)
        right += sum(a.lower() == b.lower() for a, b in zip(restored, words))
    return (f"missing diacritics: restoring {total:,} words of the errors-dev `correct` column stripped of their marks",
            f"{right / max(1, total):.1%} of words restored exactly")


def section_dates(args) -> list[tuple[str, str]]:
    """editkit's date finder and dateparser (if installed) scored the same way on dates-dev.tsv."""
    sys.path.insert(0, str(Path(__file__).parent))
    from date_scoring import Found, editkit_finder, score

    path = SHARED / "corpus" / "dates-dev.tsv"
    if not path.exists():
        return [("dates", "../shared/corpus/dates-dev.tsv not found")]

    def describe(result) -> str:
        return (f"dateline…mixed P {result.precision('strict'):.2f} / R {result.recall('strict'):.2f}; "
                f"period/lunar/relative R {result.recall('loose'):.2f}; "
                f"no-date rows fired {result.negative_fired}/{result.negative_rows}; "
                f"weekday mismatches {result.mismatch_caught}/{result.mismatch_labels}, {result.mismatch_false} false")

    rows = [("dates: editkit", describe(score(path, editkit_finder)))]
    try:
        from dateparser.search import search_dates
    except ImportError:
        rows.append(("dates: dateparser baseline", "not installed (pip install '.[bench]')"))
        return rows

    def dateparser_finder(text, reference):
        import datetime as dt

        found = search_dates(text, languages=["vi"], settings={"RELATIVE_BASE": dt.datetime.combine(reference, dt.time())}) or []
        out, position = [], 0
        for span, value in found:
            start = text.find(span, position)
            position = start + len(span) if start >= 0 else position
            out.append(Found(max(start, 0), max(start, 0) + len(span), value.date().isoformat()))
        return out

    rows.append(("dates: dateparser `search_dates(languages=['vi'])`", describe(score(path, dateparser_finder))))
    return rows


def section_spelling(args) -> list[tuple[str, str]]:
    """Spelling on errors-dev.tsv with the same tokenisation for every row; hunspell-vi as a baseline."""
    sys.path.insert(0, str(Path(__file__).parent))
    from spelling_scoring import flags_of, score

    from editkit.config import resolve_settings
    from editkit.document import Document
    from editkit.engine import LintContext, lint_document

    path = SHARED / "corpus" / "errors-dev.tsv"
    if not path.exists():
        return [("spelling", "../shared/corpus/errors-dev.tsv not found")]

    def checker_with(**settings):
        """editkit's findings (warnings and errors) as flags, with these settings."""
        context = LintContext(resolve_settings(ROOT, isolated=True, overrides={
            "select": ["spelling", "DI101", "DI102", "DI106"], **settings}))
        return lambda text: flags_of(text, [d for d in lint_document(Document.from_text(text, "a.txt"), context)
                                            if d.severity != "info"])

    editkit_checker = checker_with()
    rows = [("spelling: editkit (SP101–SP109, DI101, DI102, DI106)", score(path, editkit_checker).line())]
    high = score(path, checker_with(**{"spelling-sensitivity": "high"}))
    rows.append(("spelling: editkit with `spelling-sensitivity = \"high\"`",
                 f"{high.line()}; {1000 * high.clean_alarms / high.clean_tokens:.2f} alarms/1k tokens of the `correct` column"))
    clean = SAMPLE.read_text("utf-8")
    sample_flags = len(editkit_checker(clean))
    rows.append(("spelling on the sample article (clean published news)", f"{sample_flags} findings in {len(clean.split())} tokens"))

    if shutil.which("hunspell") and Path("/usr/share/hunspell/vi_VN.dic").exists():
        from editkit.vietnamese.tokens import iter_tokens

        def hunspell_checker(text):
            done = subprocess.run(["hunspell", "-d", "vi_VN", "-l"], input=text, capture_output=True, text=True)
            bad = set(done.stdout.split())
            return {t.start: () for t in iter_tokens(text) if t.text in bad}

        rows.append(("spelling: hunspell-vi `hunspell -l` (baseline)", score(path, hunspell_checker).line()))
    else:
        rows.append(("spelling: hunspell-vi baseline", "not installed (apt-get install hunspell hunspell-vi)"))

    probe = (
        "import time; t = time.perf_counter(); from editkit.vietnamese.lm import language_model; language_model(); "
        "load = time.perf_counter() - t; from pathlib import Path; from editkit.config import resolve_settings; "
        "from editkit.document import Document; from editkit.engine import LintContext, lint_document; "
        "c = LintContext(resolve_settings(Path('.'), isolated=True, overrides={'select': ['spelling']})); "
        f"a = Path({str(SAMPLE)!r}).read_text('utf-8'); t = time.perf_counter(); "
        "lint_document(Document.from_text(a, 'a.txt'), c); cold = time.perf_counter() - t; "
        # a second process: the rest of the data (confusion index, syllable inventory, English list)
        # loaded on a one-line text first, then the sample alone
        "print(load, cold)"
    )
    warm_probe = probe.replace(
        "t = time.perf_counter(); lint_document(Document.from_text(a, 'a.txt'), c)",
        "t = time.perf_counter(); lint_document(Document.from_text('Tromg nhà có 2 ngừoi.', 'b.txt'), c); "
        "data = time.perf_counter() - t; t = time.perf_counter(); lint_document(Document.from_text(a, 'a.txt'), c)"
    ).replace("print(load, cold)", "print(data, cold)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    load, cold = (float(x) for x in done.stdout.split())
    done = subprocess.run([sys.executable, "-c", warm_probe], capture_output=True, text=True, cwd=ROOT)
    data, article = (float(x) for x in done.stdout.split())
    words = len(SAMPLE.read_text('utf-8').split())
    rows.append(("spelling speed (fresh process)", f"language model load {load * 1000:.0f} ms; spelling rules on the sample "
                 f"({words} words), first run {cold * 1000:.0f} ms: the rules' other data and code loaded on a "
                 f"one-line text first ({data * 1000:.0f} ms), the sample itself takes {article * 1000:.0f} ms"))
    return rows


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """(seconds, peak resident MB of the child) of one command run."""
    import resource

    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, cwd=cwd or ROOT)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{command[0]} failed: {done.stderr[-300:]!r}")
    return seconds, peak


TEXTLINT_DIR = ROOT.parent / "editkit-bench-textlint"


def ensure_textlint() -> Path | None:
    """textlint and textlint-rule-prh beside the checkout (installed with npm on first use; never committed)."""
    binary = TEXTLINT_DIR / "node_modules" / ".bin" / "textlint"
    if not binary.exists() and shutil.which("npm"):
        TEXTLINT_DIR.mkdir(exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--prefix", str(TEXTLINT_DIR), "textlint", "textlint-rule-prh"],
                       capture_output=True, timeout=600)
    return binary if binary.exists() else None


def write_prh_config(folder: Path) -> Path:
    """A prh dictionary made of editkit's curated wrong words, so both tools check the same list."""
    lines = ["version: 1", "rules:"]
    for line in (ROOT / "dictionaries" / "spelling" / "wrong-words.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        wrong, right = line.split("\t")[:2]
        lines += [f"  - expected: {right}", f"    pattern: {wrong}"]
    (folder / "prh.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = folder / ".textlintrc.json"
    config.write_text('{"rules": {"prh": {"rulePaths": ["' + str(folder / "prh.yml") + '"]}}}', encoding="utf-8")
    return config


HUNSPELL_MAX_FILES = 1000  # one process per file: larger corpora are extrapolated


def compare(peer_seconds: float, editkit_seconds: float) -> str:
    """The peer's time as a ratio to editkit -j1's on the same files."""
    ratio = peer_seconds / editkit_seconds
    return f"{ratio:.2f}× editkit -j1's time"


def section_scale(args) -> list[tuple[str, str]]:
    """editkit cold, warm, -j1 and -jN on generated corpora, with peers run on the same files."""
    sizes = [100] if args.quick else ([100, 1000, 10000] if args.full else [100, 1000])
    command = editkit_command()
    cores = os.cpu_count() or 1
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "corpus"
            folder.mkdir()
            megabytes = make_corpus(folder, size) / 1e6
            (Path(tmp) / "editkit.toml").write_text("", encoding="utf-8")
            lint = command + ["lint", "-q", "--format", "concise", str(folder)]
            cold, peak = timed(lint, Path(tmp))
            warm, _ = timed(lint, Path(tmp))
            serial, _ = timed(lint + ["--no-cache", "-j", "1"], Path(tmp))
            parallel, _ = timed(lint + ["--no-cache", "-j", str(cores)], Path(tmp))
            rows.append((f"{size} articles ({megabytes:.1f} MB): editkit cold / warm / -j1 / -j{cores}",
                         f"{cold:.2f} s / {warm:.2f} s / {serial:.2f} s / {parallel:.2f} s — warm {cold / warm:.0f}× faster, "
                         f"-j{cores} {serial / parallel:.2f}× -j1, {megabytes / serial:.2f} MB/s per core, peak {peak:.0f} MB"))
            peers = []
            text_files = sorted(folder.glob("*.txt"))
            if shutil.which("hunspell") and Path("/usr/share/hunspell/vi_VN.dic").exists():
                started = time.perf_counter()
                sampled = text_files[:HUNSPELL_MAX_FILES]
                for path in sampled:
                    subprocess.run(["hunspell", "-d", "vi_VN", "-l", str(path)], capture_output=True)
                seconds = (time.perf_counter() - started) * len(text_files) / len(sampled)
                extrapolated = f", extrapolated from {len(sampled)} files" if len(sampled) < len(text_files) else ""
                peers.append(f"hunspell -l {seconds:.2f} s{extrapolated} ({compare(seconds, serial)})")
            try:
                import proselint  # noqa: F401

                seconds, _ = timed([sys.executable, "-m", "proselint", "check", *map(str, text_files[:200])])
                seconds = seconds * len(text_files) / min(200, len(text_files))
                peers.append(f"proselint {seconds:.2f} s, extrapolated from ≤200 files ({compare(seconds, serial)})")
            except ImportError:
                peers.append("proselint not installed")
            textlint = ensure_textlint()
            if textlint is not None:
                config = write_prh_config(Path(tmp))
                seconds, _ = timed([str(textlint), "--config", str(config), str(folder)], Path(tmp))
                peers.append(f"textlint + textlint-rule-prh (editkit's wrong words as prh rules) {seconds:.2f} s ({compare(seconds, serial)})")
            else:
                peers.append("textlint not available (needs npm)")
            rows.append((f"{size} articles: peers on the same files", "; ".join(peers) + f" (editkit -j1 {serial:.2f} s)"))
    return rows


NEWS = Path(__file__).parent / "news"
NEWS_SLIP_TRIALS = 1500


def section_news(args) -> list[tuple[str, str]]:
    """Spelling on editkit's own news articles (tests/news/): findings on the clean articles, then one
    regional slip at a time (s/x, ch/tr, d/gi/r, l/n, v/d, n/ng, c/t, hỏi/ngã) put into a random
    lowercase word of a random article (a fixed seed), and whether the slipped word is reported; at
    the default spelling sensitivity and at "high"."""
    articles = [path.read_text("utf-8") for path in sorted(NEWS.iterdir())
                if path.suffix in (".txt", ".md") and path.name != "README.md"]
    words = sum(len(text.split()) for text in articles)
    trials = NEWS_SLIP_TRIALS // 3 if args.quick else NEWS_SLIP_TRIALS
    rows = []
    for sensitivity in ("normal", "high"):
        clean, real_recall, detail = news_slips(articles, sensitivity, trials)
        setting = "" if sensitivity == "normal" else ', `spelling-sensitivity = "high"`'
        rows += [(f"spelling on editkit's own news articles (tests/news/, {len(articles)} articles, {words:,} words){setting}",
                  f"{clean} warnings or errors on the clean articles"),
                 (f"one regional slip at a time in those articles ({trials} trials, seed 2026){setting}",
                  f"real-word slips reported {real_recall:.2f}; by slip: {detail}")]
    marks_trials = trials // 3
    rows.append((f"every mark left out of one word at a time in those articles ({marks_trials} trials, seed 2026)",
                 news_marks_left_out(articles, marks_trials)))
    rows.append((f"one typing slip at a time in those articles ({marks_trials} trials of each, seed 2026)",
                 news_typing_slips(articles, marks_trials)))
    rows.append((f"a space typed after a marked letter inside one word at a time in those articles ({marks_trials} "
                 "trials, seed 2026: a PDF paste's `thà nh`)", news_split_words(articles, marks_trials)))
    return rows


def news_split_words(articles: list[str], trials: int) -> str:
    """One word of the articles split by a space after one of its marked letters (``thà nh``, as a
    PDF paste leaves it), and whether SP109 reports it."""
    from editkit.vietnamese.letters import MARKED_CHARACTERS

    slips = SlipTrials(articles, spelling_context())
    done = 0
    while done < trials:
        text, word = slips.word(marked_only=True)
        cuts = [i + 1 for i, c in enumerate(word.group()[:-1]) if c in MARKED_CHARACTERS]
        if not cuts:
            continue
        done += 1
        cut = slips.rng.choice(cuts)
        slips.count("reported", text, word, word.group()[:cut] + " " + word.group()[cut:])
    return slips.shares()


def spelling_context(sensitivity: str = "normal"):
    """A lint context with editkit's spelling rules (and DI101, DI102, DI106) at a sensitivity."""
    from editkit.config import resolve_settings
    from editkit.engine import LintContext

    return LintContext(resolve_settings(ROOT, isolated=True, overrides={
        "select": ["spelling", "DI101", "DI102", "DI106"], "spelling-sensitivity": sensitivity}))


class SlipTrials:
    """Slips put into random lowercase words of the articles, one at a time, with a fixed seed: how
    often each kind is reported (a finding over the slipped word's start)."""

    def __init__(self, articles: list[str], context) -> None:
        import random

        self.articles, self.context, self.rng = articles, context, random.Random(2026)
        self.tried: dict[str, list[int]] = {}

    def word(self, marked_only: bool = False):
        """A random lowercase word of a random article's body (with Vietnamese marks, if asked): the
        front matter's keys and lists (``tags``) are no prose, and no rule checks them."""
        import re

        from editkit.document import Document

        text = self.rng.choice(self.articles)
        body_start = Document.from_text(text, "a.md").body_start
        words = [m for m in re.finditer(r"(?<!\w)[^\W\d_]{2,}(?!\w)", text) if m.start() >= body_start
                 and m.group().islower() and not (marked_only and m.group().isascii())]
        return text, self.rng.choice(words)

    def count(self, key: str, text: str, word, slipped: str) -> None:
        from editkit.document import Document
        from editkit.engine import lint_document

        changed = text[: word.start()] + slipped + text[word.end():]
        reported = any(d.start.offset <= word.start() < d.end.offset and d.severity != "info"
                       for d in lint_document(Document.from_text(changed, "a.md"), self.context))
        counts = self.tried.setdefault(key, [0, 0])
        counts[0] += 1
        counts[1] += reported

    def shares(self, sort: bool = True) -> str:
        items = sorted(self.tried.items()) if sort else self.tried.items()
        return "; ".join(f"{key} {hit / n:.2f} ({hit}/{n})" for key, (n, hit) in items)


def news_marks_left_out(articles: list[str], trials: int) -> str:
    """One word with marks typed bare at a time (the input method off for a word: một → mot), and
    whether it is reported: by what the bare letters are (a word of their own, or none)."""
    from editkit.vietnamese.inventory import bare
    from editkit.vietnamese.word_kinds import is_known

    slips = SlipTrials(articles, spelling_context())
    for _ in range(trials):
        text, word = slips.word(marked_only=True)
        typed = bare(word.group())
        slips.count("a real word (ban, ma): reported" if is_known(typed) else "no word (mot, nguoi): reported",
                    text, word, typed)
    return slips.shares()


def typing_slip(word: str, kind: str, rng) -> str | None:
    """``word`` with one typing slip of ``kind``: a letter left out, a letter replaced by a key next
    to it, two neighbouring letters swapped, another tone, or one of its Telex keystrokes left out
    (toanf → tonf: tòn); None when it has none (or the keystrokes type no syllable: DI101's)."""
    from editkit.vietnamese.confusion import keyboard_neighbours, spell
    from editkit.vietnamese.letters import strip_tones
    from editkit.vietnamese.typing_residue import decode_telex, telex_keystrokes

    if kind == "Telex keystroke left out":
        keys = telex_keystrokes(word)
        at = rng.randrange(len(keys))
        return decode_telex(keys[:at] + keys[at + 1:])[0]
    if kind == "tone":
        base, toned = strip_tones(word)
        tone = toned[0][1] if toned else 0
        return spell(base, rng.choice([t for t in range(6) if t != tone]))
    if len(word) < 3 and kind != "neighbouring key":
        return None
    at = rng.randrange(len(word) - (kind == "letters swapped"))
    if kind == "letter left out":
        return word[:at] + word[at + 1:]
    if kind == "letters swapped":
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]
    near = sorted(keyboard_neighbours().get(word[at], ()))
    return word[:at] + rng.choice(near) + word[at + 1:] if near else None


def news_typing_slips(articles: list[str], trials: int) -> str:
    """One typing slip at a time in a random lowercase word, and whether it is reported: by kind of
    slip and by what it leaves (a real word, or none)."""
    from editkit.vietnamese.word_kinds import is_known

    slips = SlipTrials(articles, spelling_context())
    for kind in ("letter left out", "neighbouring key", "letters swapped", "tone", "Telex keystroke left out"):
        done = 0
        while done < trials:
            text, word = slips.word()
            slipped = typing_slip(word.group(), kind, slips.rng)
            if not slipped or slipped == word.group():
                continue
            done += 1
            slips.count(f"{kind}, {'real word' if is_known(slipped) else 'non-word'}", text, word, slipped)
    return slips.shares(sort=False)


def news_slips(articles: list[str], sensitivity: str, trials: int) -> tuple[int, float, str]:
    """(findings on the clean articles, share of real-word slips reported, the shares by slip)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from spelling_scoring import regional_slips

    from editkit.document import Document
    from editkit.engine import lint_document
    from editkit.vietnamese.word_kinds import is_known

    context = spelling_context(sensitivity)
    clean = sum(1 for text in articles for d in lint_document(Document.from_text(text, "a.md"), context)
                if d.severity != "info")
    slips = SlipTrials(articles, context)
    done = 0
    while done < trials:
        text, word = slips.word()
        options = regional_slips(word.group())
        if not options:
            continue
        kind, slipped = slips.rng.choice(options)
        done += 1
        slips.count(f"{kind}, {'real word' if is_known(slipped) else 'non-word'}", text, word, slipped)
    real = [v for k, v in slips.tried.items() if k.endswith("real word")]
    return clean, sum(h for _, h in real) / max(1, sum(n for n, _ in real)), slips.shares()


SECTIONS = {
    "news": section_news,
    "scale": section_scale,
    "spelling": section_spelling,
    "dates": section_dates,
    "speed": section_speed,
    "clean-text": section_clean_text_false_alarms,
    "orthography": section_orthography,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and a smaller corpus")
    parser.add_argument("--full", action="store_true", help="also the 10,000-article corpus")
    parser.add_argument("--only", choices=sorted(SECTIONS), action="append", help="run only these sections")
    args = parser.parse_args()
    print("| measure | result |\n|---|---|")
    for name, section in SECTIONS.items():
        if args.only and name not in args.only:
            continue
        for measure, result in section(args):
            print(f"| {measure} | {result} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
