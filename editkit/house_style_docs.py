"""``editkit explain`` for the house-style rules, bundled and the project's: one rule by its id, or
the list behind HS101–HS104."""

from __future__ import annotations

from pathlib import Path

# the registry rule that reports each check type of the house-style files
CODE_OF_TYPE = {"substitution": "HS101", "existence": "HS102", "consistency": "HS103", "capitalisation": "HS104"}


def style_rule_doc(rule_id: str, project=()) -> str | None:
    """Markdown for the house-style rule ``rule_id`` (``straight-quotes``), bundled or among the
    ``project`` rules, or None."""
    from editkit.house_style import bundled_rules

    found = next((r for r in (*project, *bundled_rules()) if r.id == rule_id), None)
    if found is None:
        return None
    presets = ", ".join(found.presets) if found.presets else "every preset"
    lines = [
        f"# {found.id}",
        "",
        f"A `{found.type}` rule of the house-style files, reported as "
        f"{CODE_OF_TYPE[found.type]}: `{found.message}`",
        "",
        f"File: `{source_name(found)}` · severity: `{found.severity}` · fix: `{found.fix}` · presets: {presets}",
        "",
        f"Switch it off with `style-ignore = [\"{found.id}\"]`.",
    ]
    if found.examples:
        lines += ["", "## Examples", ""]
        lines += [f"- `{e['wrong']}` → `{e['right']}`" for e in found.examples]
    if found.right_examples:
        lines += ["", "## Left alone", ""] + [f"- `{text}`" for text in found.right_examples]
    return "\n".join(lines) + "\n"


def source_name(rule) -> str:
    """Where a rule comes from: a bundled file by its path in the package, else as the project wrote it."""
    from editkit.resources import dictionary_path

    path = Path(rule.source)
    if path.parent == dictionary_path("house-styles"):
        return f"dictionaries/house-styles/{path.name}"
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return rule.source  # elsewhere, or the config's style-rules[0]


def bundled_rules_of(code: str, project=()) -> str:
    """For HS101–HS104, a Markdown list of the bundled rules of that check type, by id, and of the
    ``project`` rules; else ''."""
    from editkit.house_style import bundled_rules

    kind = next((k for k, c in CODE_OF_TYPE.items() if c == code), None)
    if kind is None:
        return ""
    items = [f"- `{r.id}`: {r.message}" for r in bundled_rules() if r.type == kind]
    text = ("\n\n## Bundled rules (`editkit explain ID` for one; `style-ignore` switches one off)\n\n"
            + "\n".join(items) + "\n")
    own = [f"- `{r.id}`: {r.message} (`{source_name(r)}`)" for r in project if r.type == kind]
    return text + ("\n## This project's rules\n\n" + "\n".join(own) + "\n" if own else "")
