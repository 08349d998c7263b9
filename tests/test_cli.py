"""Exit codes are an interface: 0 ok, 1 invalid data, 2 usage; `kg --help` stays light."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.sources import SOURCE
from tests.conftest import REPO
from tests.datadirs import make_data_dir

HEAVY = ("pyshacl", "spacy", "pyvis", "networkx", "httpx", "owlrl")


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def one_error_line(result) -> str:
    """The single `Error: …` line a failing command must print, and nothing else."""
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    return lines[0]


def test_build_ok_exits_0_and_says_what_it_wrote(tmp_path: Path) -> None:
    result = invoke("build", "--data", str(REPO / "data"), "--output", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    wrote = [line for line in result.stdout.splitlines() if line.startswith("wrote ")]
    names = sorted(Path(line.removeprefix("wrote ")).name for line in wrote)
    assert names == sorted(p.name for p in (tmp_path / "out").iterdir())
    assert "graph.ttl" in names


def test_validate_ok_exits_0_and_writes_nothing(tmp_path: Path) -> None:
    with CliRunner().isolated_filesystem(temp_dir=tmp_path) as cwd:
        result = CliRunner().invoke(main, ["validate", "--data", str(REPO / "data")])
        assert result.exit_code == 0, result.output
        sources = len(list((REPO / "data" / "sources").glob("*.yaml")))
        assert result.stdout == (
            f"ok: {sources} source(s) and the reference tables conform to the shapes\n"
        )
        assert list(Path(cwd).iterdir()) == []


def test_invalid_data_exits_1(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path, {"a.yaml": "source:\n  id: s\n  titel: T\n"})
    result = invoke("build", "--data", str(data), "--output", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert one_error_line(result) == (
        f"Error: {data / 'sources/a.yaml'}:3: source.titel: unknown field; did you mean "
        f"'title'? (allowed: {', '.join(SOURCE)})"
    )
    assert not (tmp_path / "out").exists()


def test_validate_invalid_data_exits_1(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path, {"a.yaml": "people: []\n"})
    result = invoke("validate", "--data", str(data))
    assert result.exit_code == 1
    assert one_error_line(result).endswith("source: required section is missing (id and title)")


@pytest.mark.parametrize("command", ["build", "validate"])
def test_missing_data_folder_is_a_usage_error_exit_2(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    result = invoke(command, "--data", str(missing))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert f"Invalid value for '--data': Directory '{missing}' does not exist." in result.stderr


def test_unknown_export_format_exits_2_before_reading_anything(tmp_path: Path) -> None:
    with CliRunner().isolated_filesystem(temp_dir=tmp_path) as cwd:
        result = CliRunner().invoke(main, ["export", "--format", "turtel", "-o", "x.ttl"])
        assert result.exit_code == 2
        assert one_error_line(result) == (
            "Error: --format: unknown RDF format 'turtel'; "
            "expected one of turtle, ntriples, trig, nquads, jsonld"
        )
        assert list(Path(cwd).iterdir()) == []


def test_export_of_a_missing_input_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "missing.ttl"
    result = invoke("export", "--format", "nt", "-o", str(tmp_path / "x.nt"), str(missing))
    assert result.exit_code == 2
    assert one_error_line(result) == f"Error: {missing}: no such RDF file"
    assert not (tmp_path / "x.nt").exists()


def test_export_of_a_broken_input_exits_1(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    result = invoke("export", "--format", "nt", "-o", str(tmp_path / "x.nt"), str(broken))
    assert result.exit_code == 1
    assert one_error_line(result).startswith(f"Error: {broken}:1: not valid RDF: ")
    assert not (tmp_path / "x.nt").exists()


def test_export_converts_the_built_graph(seed_build, tmp_path: Path) -> None:
    trig = next(p for p in seed_build.paths if p.name == "graph.trig")
    target = tmp_path / "graph.nq"
    result = invoke("export", "--format", "n-quads", "-o", str(target), str(trig))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {target}\n"
    built = next(p for p in seed_build.paths if p.name == "graph.nq")
    assert target.read_bytes() == built.read_bytes()


@pytest.mark.parametrize(
    "args",
    [["build", "--no-such-option"], ["no-such-command"], ["export", "-o", "x.ttl"]],
    ids=["unknown-option", "unknown-command", "missing-required-option"],
)
def test_bad_usage_exits_2(args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "Error:" in result.stderr


def test_help_lists_commands_and_exit_codes() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    for name in ("build", "validate", "export"):
        assert f"  {name} " in result.stdout
    assert "Exit codes: 0 ok, 1 invalid data, 2 usage or configuration" in result.stdout


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.endswith(f", version {version('soc-kg')}\n")


def python(code: str) -> str:
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.strip()


def test_importing_the_cli_loads_no_heavy_package() -> None:
    assert python(
        "import kg.cli, sys; print('pyshacl' in sys.modules, 'spacy' in sys.modules)"
    ) == ("False False")


def test_help_of_every_command_loads_no_heavy_package() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from kg.cli import main\n"
        "runner = CliRunner()\n"
        "for args in [['--help']] + [[name, '--help'] for name in main.commands]:\n"
        "    assert runner.invoke(main, args).exit_code == 0, args\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    assert python(code) == "[]"
