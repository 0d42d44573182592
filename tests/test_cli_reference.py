"""The README's CLI reference is the real help; every command's help shows an example."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_script

ROOT = Path(__file__).resolve().parent.parent
cli_reference = load_script("scripts/cli_reference.py")


def test_readme_cli_reference_matches_help():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert cli_reference.reference() in readme, "run: python3 scripts/cli_reference.py --write"


@pytest.mark.parametrize("path", cli_reference.command_paths(), ids=lambda p: " ".join(p) or "frontline")
def test_every_command_help_has_an_example(path):
    text = cli_reference.help_text(path)
    if path == ["events"]:
        return  # a group: its one subcommand carries the example
    assert "Example" in text and "frontline " in text
