"""``editkit explain`` for the bundled house-style rules: one rule by its id, or the list behind HS101–HS104."""

from __future__ import annotations

from pathlib import Path

# the registry rule that reports each check type of the house-style files
CODE_OF_TYPE = {"substitution": "HS101", "existence": "HS102", "consistency": "HS103", "capitalisation": "HS104"}


def style_rule_doc(rule_id: str) -> str | None:
    """Markdown for the bundled house-style rule ``rule_id`` (``straight-quotes``), or None."""
    from editkit.house_style import bundled_rules

    found = next((r for r in bundled_rules() if r.id == rule_id), None)
    if found is None:
        return None
    presets = ", ".join(found.presets) if found.presets else "every preset"
    lines = [
        f"# {found.id}",
        "",
        f"A `{found.type}` rule of the house-style files, reported as "
        f"{CODE_OF_TYPE[found.type]}: `{found.message}`",
        "",
        f"File: `dictionaries/house-styles/{Path(found.source).name}` · severity: `{found.severity}` · fix: `{found.fix}` · presets: {presets}",
        "",
        f"Switch it off with `style-ignore = [\"{found.id}\"]`.",
    ]
    if found.examples:
        lines += ["", "## Examples", ""]
        lines += [f"- `{e['wrong']}` → `{e['right']}`" for e in found.examples]
    if found.right_examples:
        lines += ["", "## Left alone", ""] + [f"- `{text}`" for text in found.right_examples]
    return "\n".join(lines) + "\n"


def bundled_rules_of(code: str) -> str:
    """For HS101–HS104, a Markdown list of the bundled rules of that check type, by id; else ''."""
    from editkit.house_style import bundled_rules

    kind = next((k for k, c in CODE_OF_TYPE.items() if c == code), None)
    if kind is None:
        return ""
    items = [f"- `{r.id}`: {r.message}" for r in bundled_rules() if r.type == kind]
    return ("\n\n## Bundled rules (`editkit explain ID` for one; `style-ignore` switches one off)\n\n"
            + "\n".join(items) + "\n")
