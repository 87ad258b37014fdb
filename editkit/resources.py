"""Where the bundled ``dictionaries/`` folder lives at run time.

In a wheel it is ``editkit/dictionaries`` (hatch force-include); in a source
checkout or an editable install it is the top-level ``dictionaries/`` folder.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def dictionaries_dir() -> Path:
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "dictionaries", package_dir.parent / "dictionaries"):
        if (candidate / "README.md").is_file():
            return candidate
    raise FileNotFoundError("editkit's dictionaries folder is missing from this installation")


def dictionary_path(*parts: str) -> Path:
    return dictionaries_dir().joinpath(*parts)
