"""Bad options and files for kg query and kg load: one line, an exit code, no traceback.

From a second audit (session 23) of the commands other than extract and build.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real entry point, fast lane included (`kg query` parses without click first)."""
    return subprocess.run(
        [sys.executable, "-c", "from kg.entry import run; run()", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


@pytest.mark.parametrize("timeout", ["-1", "nan", "inf", "0"])
@pytest.mark.parametrize("command", ["query", "load"])
def test_a_timeout_out_of_range_is_an_option_error(
    tmp_path: Path, timeout: str, command: str
) -> None:
    graph = tmp_path / "graph.nt"
    graph.write_text('<https://example.org/a> <https://example.org/b> "c" .\n', encoding="utf-8")
    args = {
        "query": ["query", "--no-resident", "--endpoint", "http://127.0.0.1:9", "ASK {}"],
        "load": ["load", "--endpoint", "http://127.0.0.1:9", str(graph)],
    }[command]
    done = kg(*args, "--timeout", timeout)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.splitlines()[-1] == (
        f"Error: Invalid value for '--timeout': expected seconds from 0.1 to 86400, got '{timeout}'"
    )
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["-f", "{folder}/bad.rq"],
        ["--queries", "{folder}", "bad"],
        ["--queries", "{folder}", "--list"],
    ],
)
def test_a_saved_query_that_is_not_utf8_is_one_line(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "bad.rq").write_bytes(b"\xff\xfe SELECT * WHERE {}\n")
    (tmp_path / "good.rq").write_text("# Q: fine\nASK {}\n", encoding="utf-8")
    done = kg("query", "--no-resident", *(a.format(folder=tmp_path) for a in args))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"Error: {tmp_path / 'bad.rq'}: not UTF-8 text (byte 0)\n"
