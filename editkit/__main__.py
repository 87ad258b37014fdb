"""``python -m editkit``."""

from editkit.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
