"""Article structure: recognise the parts of a news article in plain text and Markdown (pure)."""

from editkit.structure.anatomy import Anatomy, Part, analyse

__all__ = ["Anatomy", "Part", "analyse"]
