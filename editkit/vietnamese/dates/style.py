"""Write dates in a house style: d/m/yyyy, dd/mm/yyyy, d-m-yyyy, d.m.yyyy, ISO, or ND30.

ND30 (Nghị định 30/2020/NĐ-CP, Phụ lục I) writes ``ngày 05 tháng 02 năm 2023``:
days below 10 and the months 1 and 2 take a leading zero, other months do not.
"""

from __future__ import annotations

import datetime as dt

NUMERIC = {"d/m/yyyy": ("/", False), "dd/mm/yyyy": ("/", True), "d-m-yyyy": ("-", False), "d.m.yyyy": (".", False)}


def nd30(day: int, month: int, year: int) -> str:
    month_text = f"{month:02d}" if month <= 2 else str(month)
    return f"ngày {day:02d} tháng {month_text} năm {year}"


def format_date(day: int, month: int, year: int | None, style: str, inferred: dt.date | None = None) -> str | None:
    """The house form of a day/month[/year]; ``inferred`` supplies the year where the style needs one."""
    if style in NUMERIC:
        separator, padded = NUMERIC[style]
        parts = [f"{day:02d}", f"{month:02d}"] if padded else [str(day), str(month)]
        if year is not None:
            parts.append(str(year))
        return separator.join(parts)
    full_year = year if year is not None else (inferred.year if inferred else None)
    if full_year is None:
        return None
    if style == "iso":
        return dt.date(full_year, month, day).isoformat()
    if style == "nd30":
        return nd30(day, month, full_year)
    return None


def rewrite(expression: str, core: tuple[int, int], formatted: str) -> str:
    """``expression`` with its date core (offsets inside it) replaced by ``formatted``.

    A "ngày" already written before the core is not doubled by an ND30 form.
    """
    before, after = expression[: core[0]], expression[core[1]:]
    if formatted.startswith("ngày ") and before.rstrip().lower().endswith("ngày"):
        stripped = before.rstrip()
        word = stripped[-4:]
        before = stripped[:-4] + ("Ngày" if word[0].isupper() else "ngày") + " "
        formatted = formatted[len("ngày "):]
    return before + formatted + after
