"""The default graph `kg query` and `kg serve` answer over is the merge of the named graphs:
a triple stated in several graphs is there once (the seed has 8 such triples, e.g. the
Bedfordshire commissioner's post in `reference` and in the release's graph), so rows do
not repeat and COUNT does not double, as Oxigraph's own (bag) union would make them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.remote import RemoteEndpoint
from kg.residentserver import load_copy
from kg.store import EmbeddedStore, SelectResult, load_sources, open_store
from tests.servers import free_port, interrupt, wait_until_answers

KG = [sys.executable, "-c", "from kg.entry import run; run()"]
HOLLOWAY = "<https://w3id.org/soc-kg/id/person/kathryn-holloway>"
POSTS = f"SELECT ?post WHERE {{ {HOLLOWAY} org:holds ?post }} ORDER BY ?post"
ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
IN_GRAPHS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def number(result) -> int:
    assert isinstance(result, SelectResult)
    return int(result.rows[0][0].value)


def posts(result) -> list[str]:
    assert isinstance(result, SelectResult)
    return [row[0].value.rsplit("/", 1)[-1] for row in result.rows]


@pytest.fixture(scope="module")
def out(seed_build) -> Path:
    return seed_build.paths[0].parent


@pytest.fixture(scope="module")
def quad_count(out: Path) -> tuple[int, int]:
    """Quads in graph.nq and distinct triples in them, counted from the file."""
    lines = [line for line in (out / "graph.nq").read_text().splitlines() if line.strip()]
    store = ox.Store()
    store.load(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    return len(lines), len({(q.subject, q.predicate, q.object) for q in store})


def test_the_built_store_answers_each_triple_once(out: Path, quad_count) -> None:
    quads, triples = quad_count
    assert quads - triples == 8
    store = open_store(out / "store")
    assert number(store.query(ALL)) == triples
    assert number(store.query(IN_GRAPHS)) == quads  # GRAPH ?g still sees each statement
    assert posts(store.query(POSTS)) == [
        "kathryn-holloway-governance-lead-ersou",
        "kathryn-holloway-police-and-crime-commissioner-bedfordshire",
    ]
    assert number(store.query(ALL, union_default_graph=False)) == 0
    assert number(store.query(IN_GRAPHS, union_default_graph=False)) == quads


def test_loaded_files_and_the_resident_copy_merge_the_same_way(
    out: Path, quad_count, tmp_path: Path
) -> None:
    quads, triples = quad_count
    empty = tmp_path / "empty.nt"
    empty.write_text("", encoding="utf-8")
    for store in (
        load_sources([out / "graph.trig"]),
        load_sources([out / "store", empty]),  # a store folder read into memory
        EmbeddedStore(load_copy(out / "store"), "copy"),
    ):
        assert number(store.query(ALL)) == triples
        assert len(posts(store.query(POSTS))) == 2
        assert number(store.query(IN_GRAPHS)) == quads


def test_no_union_on_loaded_files_keeps_their_own_default_graph(tmp_path: Path, out: Path) -> None:
    extra = tmp_path / "extra.ttl"
    extra.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    store = load_sources([out / "graph.trig", extra], merge=False)
    assert number(store.query(ALL, union_default_graph=False)) == 1
    # a union query on it (as a --param label lookup makes) does not change that
    assert number(store.query(ALL)) == number(store.query(ALL, union_default_graph=True))
    assert number(store.query(ALL, union_default_graph=False)) == 1
    merged = load_sources([out / "graph.trig", extra])
    assert number(merged.query(ALL)) == 1 + number(open_store(out / "store").query(ALL))


def test_a_label_parameter_keeps_no_union_on_loaded_files(out: Path) -> None:
    """The label lookup is a union query; it must not merge what --no-union keeps apart."""
    base = [*KG, "query", "-o", "csv", "--data", str(out / "graph.ttl"), "--no-union"]
    by_label = subprocess.run(
        [*base, "cases-by-place", "--param", "place=Luton"], capture_output=True, text=True
    )
    by_iri = subprocess.run(
        [*base, "cases-by-place", "--param", "place=<https://w3id.org/soc-kg/id/place/luton>"],
        capture_output=True,
        text=True,
    )
    assert by_label.returncode == by_iri.returncode == 0, by_label.stderr
    assert len(by_label.stdout.splitlines()) == len(by_iri.stdout.splitlines()) == 4


@pytest.mark.parametrize("variable", ["?from", "$from", "?FROM"])
def test_a_variable_named_from_is_no_dataset_clause(out: Path, variable: str) -> None:
    store = open_store(out / "store")
    text = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p {variable} }}"
    assert number(store.query(text, union_default_graph=False)) == 0
    assert number(store.query(text)) == number(store.query(ALL))


def test_a_damaged_store_is_one_line_in_query_and_serve(tmp_path: Path) -> None:
    fake = tmp_path / "store"
    fake.mkdir()
    (fake / "CURRENT").touch()
    for command in (["query", "--store", str(fake), "ASK {}"], ["serve", "--store", str(fake)]):
        completed = subprocess.run([*KG, *command], capture_output=True, text=True, timeout=60)
        assert completed.returncode == 3
        assert completed.stderr.startswith(f"Error: {fake}: cannot open the store: ")
        assert len(completed.stderr.splitlines()) == 1


def test_a_store_without_the_merge_falls_back_on_oxigraphs_union(tmp_path: Path, out: Path):
    """A store written before the merge was stored (or by another tool) still answers."""
    folder = tmp_path / "old-store"
    old = ox.Store(str(folder))
    old.bulk_load(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    old.flush()
    del old
    store = open_store(folder)
    assert not store.merged
    assert len(posts(store.query(POSTS))) == 3  # Oxigraph's bag: the shared post twice


def test_kg_query_lists_a_post_once(out: Path) -> None:
    completed = subprocess.run(
        [*KG, "query", "--store", str(out / "store"), "-o", "tsv", POSTS],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert len(completed.stdout.splitlines()) == 3  # header and two posts


@pytest.mark.server
def test_kg_serve_serves_the_merge_and_refuses_no_union(out: Path, quad_count) -> None:
    _, triples = quad_count
    refused = subprocess.run(
        [*KG, "serve", "--store", str(out / "store"), "--no-union", "--port", str(free_port())],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert refused.returncode == 2
    assert refused.stderr.startswith("Error: --no-union: this store keeps the merge")
    assert len(refused.stderr.splitlines()) == 1
    port = free_port()
    process = subprocess.Popen(
        [*KG, "serve", "--store", str(out / "store"), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_answers(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", process)
        endpoint = RemoteEndpoint(f"http://127.0.0.1:{port}/query")
        assert number(endpoint.query(ALL, union_default_graph=False)) == triples
        assert len(posts(endpoint.query(POSTS, union_default_graph=False))) == 2
    finally:
        interrupt(process)
