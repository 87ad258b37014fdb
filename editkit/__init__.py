"""editkit: the editorial linter for Vietnamese newsrooms."""

__version__ = "0.1.0"
