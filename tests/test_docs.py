"""Docs cannot drift from the CLI: every command has an example and a README entry."""

from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def walk(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path under `group`, sub-groups included: ('build',), ('db', 'load'), …"""
    found = []
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        found.append(path)
        if isinstance(command, click.Group):
            found += walk(command, path)
    return found


COMMANDS = walk(main)


def test_there_are_commands_to_check() -> None:
    assert {("build",), ("validate",), ("export",)} <= set(COMMANDS)


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_help_has_an_example_that_runs_this_command(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.stdout, f"`kg {' '.join(path)} --help` has no 'Example:' block"
    example = result.stdout.split("Example:", 1)[1]
    # "\b" before the block keeps its lines as written; each starts with the command
    first = example.strip().splitlines()[0].strip()
    assert first.startswith(f"kg {' '.join(path)}"), (
        f"the example of `kg {' '.join(path)}` should start with the command, got {first!r}"
    )


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_has_a_one_line_summary(path: tuple[str, ...]) -> None:
    command: click.Command = main
    for name in path:
        assert isinstance(command, click.Group)
        command = command.commands[name]
    summary = command.get_short_help_str(limit=200)
    assert summary and not summary.endswith("..."), f"`kg {' '.join(path)}` needs a short help"


def test_every_command_appears_in_the_readme() -> None:
    missing = [
        " ".join(path)
        for path in COMMANDS
        if not re.search(rf"\bkg {re.escape(' '.join(path))}\b", README)
    ]
    assert not missing, "README.md does not mention: " + ", ".join(f"`kg {m}`" for m in missing)


def test_readme_documents_the_exit_codes() -> None:
    table = {
        code: meaning.strip()
        for code, meaning in re.findall(r"^\| (\d) \| ([^|]+) \|$", README, flags=re.M)
    }
    assert set(table) == {"0", "1", "2", "3"}
    assert "usage" in table["2"]
    assert "store" in table["3"]
