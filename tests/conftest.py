"""Shared test helpers: run the CLI in-process, load schemas, locate fixtures."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from editkit.cli import app

TESTS = Path(__file__).parent
ROOT = TESTS.parent
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "examples" / "quan-9.txt"


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self):
        return json.loads(self.stdout)


def run_cli(*args: str, input: bytes | str | None = None) -> Run:
    result = CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def cli():
    return run_cli


def load_schema(name: str) -> dict:
    return json.loads((TESTS / "schemas" / name).read_text("utf-8"))


def validate(instance, schema_name: str) -> None:
    import jsonschema

    schema = load_schema(schema_name)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class(schema).validate(instance)


@pytest.fixture
def isolated_dir(tmp_path, monkeypatch):
    """A working directory with no config file above it that editkit would find."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "editkit.toml").write_text("", encoding="utf-8")
    return tmp_path


def lint_json(*args, text: str, path: str = "a.txt"):
    """``editkit lint --format json`` of ``text`` read from stdin as ``path``."""
    return run_cli("lint", "--format", "json", *args, "--stdin-filename", path, "-", input=text.encode("utf-8")).json()
