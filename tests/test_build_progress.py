"""A long `kg build` (or `kg validate`) says what it is doing on a terminal, and counts the
text releases it extracts; piped or redirected, it prints only its result."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench.release_generator import write_corpus
from kg.build import build_graph
from tests.conftest import REPO

KG = [sys.executable, "-c", "from kg.entry import run; run()"]
STEPS = [
    "reading sources",
    "extracting text releases",
    "mapping to RDF",
    "validating with SHACL",
    "writing outputs",
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's data plus three generated text releases."""
    folder = tmp_path_factory.mktemp("progress") / "data"
    shutil.copytree(REPO / "data", folder)
    write_corpus(folder / "sources", 3, 2019)
    return folder


def run_on_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run with stderr on a pseudo-terminal (as in a shell) and stdout on a pipe."""
    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"}
    process = subprocess.Popen(
        [*KG, *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=follower, env=env
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=300), b"".join(chunks).decode("utf-8", "replace")


def test_the_library_reports_each_step_and_counts_releases(data: Path, tmp_path: Path):
    seen: list[tuple[str, int, int]] = []
    build_graph(data, tmp_path / "out", report=lambda *step: seen.append(step))
    assert list(dict.fromkeys(what for what, _, _ in seen)) == STEPS
    counted = [(done, total) for what, done, total in seen if what == STEPS[1]]
    assert counted == [(1, 3), (2, 3), (3, 3)]


def test_a_terminal_sees_the_steps_and_the_count(data: Path, tmp_path: Path) -> None:
    code, shown = run_on_terminal(
        ["build", "--data", str(data), "--output", str(tmp_path / "out")], tmp_path
    )
    assert code == 0
    for step in STEPS:
        assert step in shown
    assert "3/3" in shown


def test_a_pipe_gets_no_progress(data: Path, tmp_path: Path) -> None:
    completed = subprocess.run(
        [*KG, "build", "--data", str(data), "--output", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    assert not any(step in completed.stdout for step in STEPS)
    assert "wrote" in completed.stdout


def test_kg_validate_shows_its_steps_on_a_terminal(data: Path, tmp_path: Path) -> None:
    code, shown = run_on_terminal(["validate", "--data", str(data)], tmp_path)
    assert code == 0
    assert "validating with SHACL" in shown


def test_kg_extract_counts_its_releases_on_a_terminal(data: Path, tmp_path: Path) -> None:
    releases = sorted((data / "sources").glob("release-*.txt"))
    code, shown = run_on_terminal(
        ["extract", "--data", str(data), *map(str, releases), "-o", str(tmp_path / "drafts")],
        tmp_path,
    )
    assert code == 0
    assert "extracting" in shown and "3/3" in shown
    assert len(list((tmp_path / "drafts").glob("*.yaml"))) == 3
