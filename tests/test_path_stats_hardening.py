"""kg path, kg stats and the entry point under bad input and broken outputs.

From an audit (session 24) of kg path, kg stats, the README and --help: one-line usage
errors, a full or closed standard output, IRIs that share a local name, the same numbers
whatever export is read, and the entity forms kg query's --param accepts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest

Done = subprocess.CompletedProcess[str]


def kg(*args: str, cwd: Path | None = None, stdout: int | IO[str] = subprocess.PIPE) -> Done:
    """The real entry point (`kg`), as a user runs it; stdout may be a file or pipe end."""
    return subprocess.run(
        [sys.executable, "-c", "from kg.entry import run; run()", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        cwd=cwd,
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


REPO = Path(__file__).resolve().parent.parent
TRIPLES = (
    '<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .\n'
    '<https://example.org/b> <http://www.w3.org/2000/01/rdf-schema#label> "B" .\n'
    "<https://example.org/a> <https://example.org/knows> <https://example.org/b> .\n"
)


def small_graph(folder: Path) -> Path:
    graph = folder / "graph.nt"
    graph.write_text(TRIPLES, encoding="utf-8")
    return graph


def output_commands(folder: Path) -> dict[str, list[str]]:
    """A command of each kind: click, click's own --help, the query fast lane, rich."""
    graph = str(small_graph(folder))
    return {
        "stats": ["stats", graph],
        "path": ["path", "A", "B", graph],
        "help": ["--help"],
        "query": ["query", "--data", graph, "SELECT * WHERE { ?s ?p ?o }"],
        "build": ["build", "--data", str(REPO / "data"), "--output", str(folder / "out")],
    }


@pytest.mark.parametrize("command", ["stats", "path", "help", "query", "build"])
def test_a_full_standard_output_is_one_line(tmp_path: Path, command: str) -> None:
    with open("/dev/full", "w") as full:
        done = kg(*output_commands(tmp_path)[command], stdout=full, cwd=REPO)
    assert (done.returncode, done.stderr) == (
        2,
        "Error: cannot write standard output: No space left on device\n",
    )


@pytest.mark.parametrize("command", ["stats", "path", "help", "query", "build"])
def test_a_reader_that_left_is_a_quiet_exit_141(tmp_path: Path, command: str) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first write, as after `| head -1`
    try:
        done = kg(*output_commands(tmp_path)[command], stdout=write_end, cwd=REPO)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (141, "")


CLASH = (
    "<http://x/a> <http://x/p> <http://x/b> .\n"
    "<http://x/a> <http://y/p> <http://x/c> .\n"
    "<http://x/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://x/T> .\n"
    "<http://x/b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://y/T> .\n"
    '<http://x/b> <https://w3id.org/soc-kg/def#name> "B" .\n'
)


def test_stats_keeps_iris_that_share_a_local_name_apart(tmp_path: Path) -> None:
    graph = tmp_path / "clash.nt"
    graph.write_text(CLASH, encoding="utf-8")
    done = kg("stats", "--json", str(graph))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["classes"] == {"http://x/T": 1, "http://y/T": 1}
    assert result["predicates"] == {
        "rdf:type": 2,
        "http://x/p": 1,
        "http://y/p": 1,
        "soc:name": 1,
    }
    text = kg("stats", str(graph)).stdout
    assert "  http://x/p  1\n" in text and "  http://y/p  1\n" in text


def test_stats_are_the_same_whichever_export_is_read(seed_build) -> None:  # type: ignore[no-untyped-def]
    """graph.ttl and graph.nt hold no graph names: the ontology must not count as data."""
    folder = Path(seed_build.paths[0]).parent
    answers = {}
    for suffix in ("trig", "nq", "jsonld", "ttl", "nt"):
        done = kg("stats", "--json", str(folder / f"graph.{suffix}"))
        assert done.returncode == 0, done.stderr
        answers[suffix] = json.loads(done.stdout)
    assert answers["ttl"] == answers["trig"] == answers["nt"] == answers["nq"]
    assert answers["jsonld"] == answers["trig"]
    assert "owl:Class" not in answers["ttl"]["classes"]
    assert answers["trig"]["triples"] < 2000  # data only; the vocabulary is ~1,800 more


ID = "https://w3id.org/soc-kg/id/"
ENTITIES = (
    f'<{ID}unit/ersou> <http://www.w3.org/2000/01/rdf-schema#label> "ERSOU" .\n'
    f'<{ID}place/luton> <http://www.w3.org/2000/01/rdf-schema#label> "Luton" .\n'
    f"<{ID}unit/ersou> <https://w3id.org/soc-kg/def#basedIn> <{ID}place/luton> .\n"
)


@pytest.mark.parametrize(
    "start",
    ["id:unit/ersou", f"<{ID}unit/ersou>", f"{ID}unit/ersou", "unit/ersou", "ERSOU"],
)
def test_path_takes_the_entity_forms_query_params_take(tmp_path: Path, start: str) -> None:
    graph = tmp_path / "graph.nt"
    graph.write_text(ENTITIES, encoding="utf-8")
    done = kg("path", start, "id:place/luton", str(graph))
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines()[1] == "1. ERSOU --soc:basedIn--> Luton"


def test_a_fifo_is_named_as_such_not_missing(tmp_path: Path) -> None:
    fifo = tmp_path / "graph.ttl"
    os.mkfifo(fifo)
    done = kg("stats", str(fifo))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"Error: {fifo}: not a regular file (a pipe or device); save the RDF to a file\n"
    )
    assert kg("stats", str(tmp_path / "missing.ttl")).stderr == (
        f"Error: {tmp_path}/missing.ttl: no such RDF file\n"
    )


def help_examples() -> list[tuple[str, str]]:
    """(command, example line) for every `kg …` line of every command's --help."""
    from click.testing import CliRunner

    from kg.cli import main

    examples = []
    for args in ([], *([name] for name in main.commands)):
        page = CliRunner().invoke(main, [*args, "--help"], prog_name="kg").output
        name = " ".join(["kg", *args])
        assert page.startswith(f"Usage: {name} "), (name, page)
        for line in page.splitlines():
            for part in line.split("&&"):
                if part.strip().startswith("kg "):
                    examples.append((name, part.strip()))
    return examples


def test_every_saved_query_named_in_a_help_page_exists() -> None:
    import shlex

    from kg.query import looks_like_name
    from kg.queryargs import parse_query_args

    named = []
    for command, example in help_examples():
        words = shlex.split(example)
        if words[:2] != ["kg", "query"]:
            continue
        args = parse_query_args(words[2:])
        if args is not None and args.query and looks_like_name(args.query):
            named.append((command, args.query))
    assert ("kg serve", "cq02-ersou-lead-force") in named
    missing = [(c, q) for c, q in named if not (REPO / "queries" / f"{q}.rq").is_file()]
    assert missing == []


def test_build_help_names_every_output() -> None:
    page = " ".join(kg("build", "--help").stdout.split())
    for output in ("graph.ttl", ".trig", "void.ttl", "store folder", "graph.html"):
        assert output in page
