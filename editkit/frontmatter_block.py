"""Find and parse front matter without ever re-serialising it.

The block is located by offsets (so fixes can edit the raw text). YAML between
``---`` lines is parsed by python-frontmatter's YAML handler, which uses PyYAML's
safe loader; before constructing anything, the event stream is scanned so that
alias bombs and oversized blocks are refused in bounded time and memory. TOML
between ``+++`` lines (Hugo's other front matter) is parsed by ``tomllib``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

OPENING = re.compile(r"\A-{3,}[ \t]*\r?\n")
CLOSING = re.compile(r"^(?:-{3,}|\.{3})[ \t]*(?:\r?\n|\Z)", re.M)
MAX_EXPANDED_NODES = 100_000
MAX_BYTES = 256 * 1024


@dataclass
class FrontMatter:
    start: int  # offset of the opening delimiter
    end: int  # offset just after the closing delimiter line
    yaml_start: int  # offset of the YAML text inside the block
    data: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    error_offset: int = 0
    # top-level keys written more than once: (key, offset of its first line, offset of the repeat's line)
    repeated_keys: list[tuple[str, int, int]] = field(default_factory=list)
    # a CMS's labelled fields (Tiêu đề: …) read as front matter (editkit.labelled_header), and where each
    # key's value is written
    labelled: bool = False
    value_spans: dict[str, tuple[int, int]] = field(default_factory=dict)


TITLE_LABEL_FIRST = re.compile(r"\s{0,200}[Tt]")
TOML_OPENING = re.compile(r"\A\+{3}[ \t]*\r?\n")
TOML_CLOSING = re.compile(r"^\+{3}[ \t]*(?:\r?\n|\Z)", re.M)


# a key's other spelling that static-site generators use (Hugo's authors and categories lists)
KEY_SPELLINGS = {"author": ("authors",), "category": ("categories",)}


def key_value(metadata: dict, key: str) -> Any:
    """The front matter's value of ``key`` under its own name or its other spelling (``authors`` for
    ``author``), or None when neither holds one."""
    return next((metadata[name] for name in (key, *KEY_SPELLINGS.get(key, ()))
                 if metadata.get(name) not in (None, "", [])), None)


def split_front_matter(text: str) -> FrontMatter | None:
    """The front matter at the top of ``text``: YAML between ``---`` lines or TOML between ``+++``."""
    for opening_line, closing_line, closer, parse in ((OPENING, CLOSING, "---", parse_into),
                                                      (TOML_OPENING, TOML_CLOSING, "+++", parse_toml_into)):
        opening = opening_line.match(text)
        if not opening:
            continue
        closing = closing_line.search(text, opening.end())
        if not closing:
            block = FrontMatter(0, len(text), opening.end())
            block.error = f"front matter has no closing '{closer}' line"
            return block
        block = FrontMatter(0, closing.end(), opening.end())
        parse(block, text[opening.end(): closing.start()], text)
        return block
    if TITLE_LABEL_FIRST.match(text):  # a CMS's labelled export opens with its title's: Tiêu đề, Tít, Tên bài
        from editkit.labelled_header import read_labelled_header

        return read_labelled_header(text)
    return None


def parse_toml_into(block: FrontMatter, toml_text: str, text: str) -> None:
    """Hugo's TOML front matter, parsed with tomllib (an error is the block's, like YAML's)."""
    import tomllib

    if len(toml_text.encode("utf-8")) > MAX_BYTES:
        block.error = f"front matter larger than {MAX_BYTES // 1024} KiB"
        return
    try:
        block.data = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = re.search(r"\(at line (\d+), column \d+\)", message)
        block.error = f"invalid TOML in front matter: {message.split(' (at line')[0]}"
        block.error_offset = block.yaml_start
        if found:
            block.error_offset = min(offset_of_line(text, block.yaml_start, int(found.group(1)) - 1), block.end)
            block.error += f" (line {text.count(chr(10), 0, block.error_offset) + 1})"
    except RecursionError:
        block.error = "front matter nests too deeply"


def parse_into(block: FrontMatter, yaml_text: str, text: str) -> None:
    import yaml
    from frontmatter.default_handlers import YAMLHandler

    if len(yaml_text.encode("utf-8")) > MAX_BYTES:
        block.error = f"front matter larger than {MAX_BYTES // 1024} KiB"
        return
    try:
        size = expanded_size(yaml_text)
        if size > MAX_EXPANDED_NODES:
            block.error = (
                f"front matter expands to more than {MAX_EXPANDED_NODES:,} YAML nodes through aliases; "
                "refusing a possible alias bomb"
            )
            return
        data = YAMLHandler().load(yaml_text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        block.error = f"invalid YAML in front matter: {problem}"
        if mark is not None:
            line_offset = offset_of_line(text, block.yaml_start, mark.line)
            block.error_offset = min(line_offset, block.end)
            block.error += f" (line {text.count(chr(10), 0, line_offset) + 1})"
        else:
            block.error_offset = block.yaml_start
        return
    except RecursionError:
        block.error = "front matter nests too deeply"
        return
    except Exception as error:  # a value its tag or shape cannot build: date: 2028-13-45, x: !!int abc
        line = line_that_fails(yaml_text)
        problem = str(error) if isinstance(error, ValueError) else "a value its YAML tag cannot build"
        block.error = f"invalid value in front matter: {problem}"
        block.error_offset = block.yaml_start
        if line is not None:
            block.error_offset = min(offset_of_line(text, block.yaml_start, line), block.end)
            block.error += f" (line {text.count(chr(10), 0, block.error_offset) + 1})"
        return
    if data is None:
        data = {}
    if not isinstance(data, dict):
        block.error = f"front matter is a YAML {type(data).__name__}, not a mapping"
        block.error_offset = block.yaml_start
        return
    block.data = data
    repeated = repeated_top_keys(yaml_text)
    if repeated:  # the lines' offsets found once (a block may repeat thousands of keys)
        starts = [0] + [match.end() for match in NEWLINE.finditer(yaml_text)]
        block.repeated_keys = [(key, block.yaml_start + starts[first], block.yaml_start + starts[again])
                               for key, first, again in repeated]


NEWLINE = re.compile(r"\n")
TOP_KEY_LINE = re.compile(r"^(?![\s#-])[^:\n]+:(?=\s|$)", re.M)


def repeated_top_keys(yaml_text: str) -> list[tuple[str, int, int]]:
    """(key, line of its first writing, line of the repeat), 0-based, for each key the top-level
    mapping writes again: PyYAML keeps the last value without a word (``date:`` twice). Read from the
    events only when two lines open with the same ``key:``, so a block without repeats costs a scan."""
    import yaml

    written = [key[:-1].strip().strip("'\"") for key in TOP_KEY_LINE.findall(yaml_text)]
    if len(written) == len(set(written)):
        return []
    first_line: dict[str, int] = {}
    repeated = []
    depth, expecting_key = 0, False
    for event in yaml.parse(yaml_text, Loader=yaml.SafeLoader):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if depth == 1 and expecting_key:
                expecting_key = False  # a complex key: not a name
            elif depth == 1:
                expecting_key = True  # the value, a collection, is done when it closes
            depth += 1
            if depth == 1:
                expecting_key = isinstance(event, yaml.MappingStartEvent)
                if not expecting_key:
                    return []  # a top-level sequence: no keys
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
        elif depth == 1 and isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
            if expecting_key and isinstance(event, yaml.ScalarEvent):
                if event.value in first_line:
                    repeated.append((event.value, first_line[event.value], event.start_mark.line))
                else:
                    first_line[event.value] = event.start_mark.line
            expecting_key = not expecting_key
    return repeated


def line_that_fails(yaml_text: str) -> int | None:
    """The first line of the block (0-based) whose ``key: value`` alone does not load, or None."""
    import yaml

    for number, line in enumerate(yaml_text.splitlines()):
        if ":" not in line or line[:1].isspace():
            continue
        try:
            yaml.safe_load(line)
        except Exception:  # the value that failed the whole block (or a line that means nothing alone)
            return number
    return None


def expanded_size(yaml_text: str) -> int:
    """Number of nodes the YAML would have with every alias expanded, counted from events.

    Stops counting once the limit is passed, so a billion-laughs document costs
    only the time to read its events.
    """
    import yaml

    anchors: dict[str, int] = {}
    stack: list[list] = [[None, 0]]  # [anchor, size] of the open collections
    for event in yaml.parse(yaml_text, Loader=yaml.SafeLoader):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            stack.append([event.anchor, 1])
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            anchor, size = stack.pop()
            if anchor:
                anchors[anchor] = size
            stack[-1][1] += size
        elif isinstance(event, yaml.ScalarEvent):
            if event.anchor:
                anchors[event.anchor] = 1
            stack[-1][1] += 1
        elif isinstance(event, yaml.AliasEvent):
            stack[-1][1] += anchors.get(event.anchor, 1)
        if stack[-1][1] > MAX_EXPANDED_NODES:
            return stack[-1][1]
    return stack[0][1]


def offset_of_line(text: str, start: int, lines_down: int) -> int:
    offset = start
    for _ in range(lines_down):
        next_break = text.find("\n", offset)
        if next_break == -1:
            break
        offset = next_break + 1
    return offset
