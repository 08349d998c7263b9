"""kg path, kg stats and the entry point under bad input and broken outputs.

From an audit (session 24) of kg path, kg stats, the README and --help: one-line usage
errors, a full or closed standard output, IRIs that share a local name, the same numbers
whatever export is read, and the entity forms kg query's --param accepts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def kg(*args: str, cwd: Path | None = None, **options: object) -> subprocess.CompletedProcess[str]:
    """The real entry point (`kg`), as a user runs it."""
    return subprocess.run(
        [sys.executable, "-c", "from kg.entry import run; run()", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        **options,  # type: ignore[call-overload]
    )


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["path", "a", "b", "--limit", "0"],
            "Invalid value for '--limit': 0 is not in the range x>=1.",
        ),
        (["stats", "--top", "-5"], "Invalid value for '--top': -5 is not in the range x>=1."),
        (["path", "ERSOU"], "Missing argument 'END'."),
        (["--bogus"], "No such option '--bogus'."),
        (["nosuch"], "No such command 'nosuch'."),
    ],
)
def test_a_click_usage_error_is_one_line(args: list[str], line: str) -> None:
    done = kg(*args)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", f"Error: {line}\n")


def test_a_folder_given_as_rdf_file_is_one_line(tmp_path: Path) -> None:
    done = kg("stats", str(tmp_path))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"Error: Invalid value for '[RDF]...': File '{tmp_path}' is a directory.\n"
    )


def test_plain_kg_still_shows_the_help() -> None:
    done = kg()
    assert done.returncode in (0, 2)
    assert "Commands:" in done.stdout + done.stderr
