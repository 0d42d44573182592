"""The README's CLI reference is the real help; every command's help shows an example."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("cli_reference", ROOT / "scripts" / "cli_reference.py")
cli_reference = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cli_reference)


def test_readme_cli_reference_matches_help():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert cli_reference.reference() in readme, "run: python3 scripts/cli_reference.py --write"


@pytest.mark.parametrize("path", cli_reference.command_paths(), ids=lambda p: " ".join(p) or "frontline")
def test_every_command_help_has_an_example(path):
    text = cli_reference.help_text(path)
    if path == ["events"]:
        return  # a group: its one subcommand carries the example
    assert "Example" in text and "frontline " in text
