"""Project vocabularies: the `accept` and `reject` files named in the config, and the house terms."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from editkit.resources import dictionary_path


def entries(path: Path) -> tuple[str, ...]:
    """The non-blank, non-comment lines of a one-entry-per-line file, stripped."""
    lines = path.read_text("utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=64)
def _file_entries(path: str, mtime: float) -> tuple[str, ...]:
    return entries(Path(path))


def list_entries(path: Path) -> tuple[str, ...]:
    """Entries of a one-per-line file, cached until the file changes; OSError or UnicodeDecodeError
    when it cannot be read as UTF-8 text."""
    return _file_entries(str(path), path.stat().st_mtime)


def read_list(path: Path) -> tuple[str, ...]:
    """list_entries, a missing or unreadable file's being empty."""
    try:
        return list_entries(path)
    except OSError:
        return ()


@lru_cache(maxsize=1)
def house_terms() -> tuple[str, ...]:
    """The entries of ``dictionaries/spelling/house-terms.txt``, as written (read once)."""
    return entries(dictionary_path("spelling", "house-terms.txt"))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """The surnames of ``dictionaries/spelling/surnames.txt``, lowercase in the old tone style (read once)."""
    from editkit.vietnamese.syllable import canonical_spelling

    return frozenset(canonical_spelling(entry.lower(), "old") or entry.lower()
                     for entry in entries(dictionary_path("spelling", "surnames.txt")))


def accepted_tokens(settings) -> frozenset[str]:
    """Lowercase words never reported as spelling errors: the one-word entries of the house terms
    and of the project's accept files (in any case, in either tone style)."""
    return house_forms()[0] | words_in_both_styles(project_entries(settings))


def accepted_phrases(settings) -> frozenset[tuple[str, ...]]:
    """The entries of several words (``Krông Nô``, ``cà phê phin``) as word tuples, in either tone style
    (``lấp lóa``, ``lấp loá``): their words are accepted where they stand together, not each everywhere."""
    return house_forms()[1] | phrases_in_both_styles(project_entries(settings))


def project_entries(settings) -> list[str]:
    """The entries of the project's accept files, as written."""
    return [entry for name in settings["accept"] for entry in read_list(settings.root / name)]


@lru_cache(maxsize=1)
def house_forms() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """The house terms' words and phrases in both tone styles (computed once)."""
    return words_in_both_styles(house_terms()), phrases_in_both_styles(house_terms())


def words_in_both_styles(found) -> frozenset[str]:
    return frozenset(form for entry in found if len(entry.split()) == 1 for form in in_both_tone_styles(entry.lower()))


def phrases_in_both_styles(found) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(form.split()) for entry in found if len(entry.split()) > 1 for form in in_both_tone_styles(entry))


def in_both_tone_styles(entry: str) -> set[str]:
    """The entry as written and with every word's tone mark where the old and the new style put it
    (``hòa``, ``hoà``): the two styles are both right spelling; a word no syllable stays as written."""
    from editkit.vietnamese.syllable import in_tone_style

    return {entry} | {in_tone_style(entry, style) for style in ("old", "new")}


def written_as(token, word: str) -> bool:
    """``token`` is ``word`` of an accepted phrase: in any case when the entry is written in lowercase
    (``cà phê phin``), else as written or in capitals (``Sáng Lạng``, ``SÁNG LẠNG``; not ``sáng lạng``)."""
    return token.lower == word if word.islower() else token.text in (word, word.upper())


@lru_cache(maxsize=8)
def phrases_by_first_word(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases under their first word in lowercase (``ba`` → ``Ba Na``): a token is checked
    against the phrases it may open, not all of them."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0].lower(), []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}


def phrase_positions(text: str, tokens, phrases: frozenset[tuple[str, ...]]) -> frozenset[int]:
    """Start offsets of the tokens that belong to an accepted phrase written in ``text`` (its words
    one after another, only spaces between)."""
    if not phrases:
        return frozenset()
    by_first_word = phrases_by_first_word(phrases)
    found: set[int] = set()
    for index, token in enumerate(tokens):
        for phrase in by_first_word.get(token.lower, ()):
            run = tokens[index: index + len(phrase)]
            if (len(run) == len(phrase) and all(written_as(t, w) for t, w in zip(run, phrase))
                    and all(not text[a.end: b.start].strip() for a, b in zip(run, run[1:]))):
                found.update(t.start for t in run)
    return frozenset(found)


def rejected(settings) -> dict[str, str | None]:
    """Lowercase word or phrase -> preferred form (or None) from the project's reject files."""
    table: dict[str, str | None] = {}
    for name in settings["reject"]:
        for entry in read_list(settings.root / name):
            wrong, _, right = entry.partition("\t")
            if not right and "->" in wrong:
                wrong, right = wrong.split("->", 1)
            table[" ".join(wrong.lower().split())] = right.strip() or None
    return table


DEFAULT_ACCEPT_FILE = "editkit-accept.txt"


def normal_entry(text: str) -> str:
    """An entry as the accept list keeps it: its words with one space between (``  Krông  Nô `` and
    the two words of a paste that broke the line between them are ``Krông Nô``), as phrases are matched
    word by word."""
    return " ".join(text.split())


def add_accepted(words: list[str], target: Path, config_file: Path | None) -> int:
    """`editkit accept`: append words to the first `accept` file of the effective config.

    Without a config file, creates ``editkit.toml`` with ``accept = ["editkit-accept.txt"]``;
    with a config that has no `accept` key, says which line to add (editkit never rewrites a
    user's config). Returns the exit code.
    """
    import sys

    from editkit.config import ConfigError, resolve_settings

    try:
        settings = resolve_settings(target, config_file)
    except ConfigError as error:
        print(f"editkit: error: {error}", file=sys.stderr)
        return 2
    if settings["accept"]:
        accept_file = settings.root / settings["accept"][0]
    elif settings.config_path is None:
        root = target if target.is_dir() else target.parent
        (root / "editkit.toml").write_text(f'accept = ["{DEFAULT_ACCEPT_FILE}"]\n', encoding="utf-8")
        accept_file = root / DEFAULT_ACCEPT_FILE
        print(f"Created {root / 'editkit.toml'} with accept = [\"{DEFAULT_ACCEPT_FILE}\"]", file=sys.stderr)
    else:
        accept_file = settings.root / DEFAULT_ACCEPT_FILE
        table = "[tool.editkit]" if settings.config_path.name == "pyproject.toml" else "the top level"
        print(f'Add accept = ["{DEFAULT_ACCEPT_FILE}"] to {table} of {settings.config_path} '
              f"so that editkit reads {accept_file}", file=sys.stderr)
    try:
        existing = {normal_entry(line) for line in read_list(accept_file)} if accept_file.exists() else set()
    except UnicodeDecodeError:
        print(f"editkit: error: {accept_file}: not UTF-8 text; no word added", file=sys.stderr)
        return 2
    new = list(dict.fromkeys(entry for entry in map(normal_entry, words) if entry and entry not in existing))
    if new:
        with open(accept_file, "a", encoding="utf-8") as handle:
            if accept_file.stat().st_size and not accept_file.read_text("utf-8").endswith("\n"):
                handle.write("\n")
            handle.writelines(f"{w}\n" for w in new)
    print(f"Accepted {len(new)} new entr{'y' if len(new) == 1 else 'ies'} in {accept_file}", file=sys.stderr)
    return 0


def remove_accepted(words: list[str], target: Path, config_file: Path | None) -> int:
    """`editkit accept --remove`: take entries off the project's accept files (every `accept`
    file of the effective config), keeping every other line as it is. Exit 1 when none was there."""
    import sys

    from editkit.config import ConfigError, resolve_settings

    try:
        settings = resolve_settings(target, config_file)
    except ConfigError as error:
        print(f"editkit: error: {error}", file=sys.stderr)
        return 2
    unwanted = {entry for entry in map(normal_entry, words) if entry}
    found: set[str] = set()
    for name in settings["accept"]:
        path = settings.root / name
        if not path.is_file():
            continue
        try:
            lines = path.read_bytes().decode("utf-8").splitlines(keepends=True)  # its own line endings
        except UnicodeDecodeError:
            print(f"editkit: error: {path}: not UTF-8 text; left as it is", file=sys.stderr)
            return 2
        kept = [line for line in lines if normal_entry(line) not in unwanted]
        if len(kept) != len(lines):
            found |= {normal_entry(line) for line in lines} & unwanted
            path.write_text("".join(kept), encoding="utf-8", newline="")
    absent = sorted(unwanted - found)
    print(f"Removed {len(found)} entr{'y' if len(found) == 1 else 'ies'} from the accept list"
          + (f"; not on it: {', '.join(absent)}" if absent else ""), file=sys.stderr)
    return 0 if found else 1
