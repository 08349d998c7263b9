"""The `kg` entry point's fast lane for `kg query` behaves exactly like the click CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.queryargs import parse_query_args
from kg.store import write_store
from tests.query_support import MINI, QUERIES

KG = str(Path(sys.executable).parent / "kg")
CLICK = [sys.executable, "-c", "from kg.cli import main; main(prog_name='kg')"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(MINI, tmp_path_factory.mktemp("fast") / "store")


def argv_cases(store: Path) -> list[list[str]]:
    s, q = ["--store", str(store)], ["--queries", str(QUERIES)]
    return [
        [*s, "ASK { ?c a soc:Case }"],
        [*s, "ASK { ?c a soc:Nothing }"],
        [*s, "-o", "csv", "SELECT ?l WHERE { ?p a soc:Town ; rdfs:label ?l } ORDER BY ?l"],
        [*s, *q, "cases-by-place", "-p", "place=Luton", "--format=json"],
        [*s, *q, "cases-by-crime-type", "--param", "crimeType=fraud", "-o", "markdown"],
        [*s, *q, "people-and-posts", "--no-labels"],
        [*s, *q, "connected-to"],
        [*s, *q, "cases-by-place", "-p", 'place=Luton" } ?s ?p ?o {'],
        [*s, "SELECT * WHERE {\n ?s ?p\n}"],
        ["--store", str(store.parent / "missing"), "ASK {}"],
        ["--data", str(MINI), "--no-union", "-o", "tsv", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"],
        ["--data", str(MINI), "--", "ASK { ?c a soc:Case }"],
        [*s, "-o", "xml", "ASK {}"],
        [*s, "--list", *q],
        [*s, "--endpoint", "ftp://example.org", "ASK {}"],
        [*s, "-ocsv", "--timeout", "5", "SELECT ?c WHERE { ?c a soc:Case } ORDER BY ?c"],
    ]


def test_fast_lane_and_click_print_the_same(store: Path) -> None:
    for args in argv_cases(store):
        fast = subprocess.run([KG, "query", *args], capture_output=True)
        slow = subprocess.run([*CLICK, "query", *args], capture_output=True)
        assert (fast.returncode, fast.stdout, fast.stderr) == (
            slow.returncode,
            slow.stdout,
            slow.stderr,
        ), args


def test_fast_lane_knows_every_option_of_the_click_command() -> None:
    from kg.cli.query import query
    from kg.queryargs import _FLAGS, _VALUED

    click_options = {
        name
        for param in query.params
        for name in (*param.opts, *param.secondary_opts)
        if name.startswith("-")
    }
    assert click_options - {"--list", "--help"} == set(_VALUED) | set(_FLAGS)


def test_format_lists_agree() -> None:
    from kg.cli.query import FORMATS as CLI_FORMATS
    from kg.query import FORMATS
    from kg.queryargs import _FORMATS

    assert FORMATS == CLI_FORMATS == _FORMATS


def test_parse_query_args_hands_unusual_runs_to_click() -> None:
    assert parse_query_args(["--list"]) is None
    assert parse_query_args(["--help"]) is None
    assert parse_query_args(["-o", "xml", "ASK {}"]) is None
    assert parse_query_args(["a", "b"]) is None
    assert parse_query_args(["--store"]) is None
    options = parse_query_args(["-p", "a=1", "--param=b=2", "--data", "x.ttl", "q", "--no-labels"])
    assert options is not None
    assert options.params == ("a=1", "b=2")
    assert options.data == ("x.ttl",)
    assert options.query == "q"
    assert options.labels is False
    assert parse_query_args(["--timeout", "soon", "ASK {}"]) is None
