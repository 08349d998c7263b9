"""The embedded store: written atomically, opened read-only, files loaded by extension."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg.errors import SourceError, StoreError, UsageError
from kg.store import (
    AskResult,
    SelectResult,
    load_sources,
    names_dataset,
    open_store,
    write_store,
)
from tests.query_support import MINI

COUNT_CASES = "SELECT (COUNT(?c) AS ?n) WHERE { ?c a soc:Case }"


def count(store_path: Path, query: str = COUNT_CASES) -> int:
    result = open_store(store_path).query(query)
    assert isinstance(result, SelectResult)
    cell = result.rows[0][0]
    assert isinstance(cell, ox.Literal)
    return int(cell.value)


def test_write_store_from_trig_file_keeps_named_graphs(tmp_path: Path) -> None:
    store = write_store(MINI, tmp_path / "out" / "store")
    assert count(store) == 4
    graphs = open_store(store).query(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", union_default_graph=False
    )
    assert isinstance(graphs, SelectResult)
    assert [row[0].value for row in graphs.rows if row[0] is not None] == [
        "https://w3id.org/soc-kg/graph/ersou-highlights-2019",
        "https://w3id.org/soc-kg/graph/reference",
        "https://w3id.org/soc-kg/graph/vocabulary",
    ]


def test_write_store_from_rdflib_dataset(tmp_path: Path) -> None:
    dataset = Dataset()
    dataset.parse(MINI, format="trig")
    store = write_store(dataset, tmp_path / "store")
    assert count(store) == 4
    total = open_store(store).query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(total, SelectResult)
    assert int(total.rows[0][0].value) == len(dataset)  # type: ignore[union-attr]


def test_write_store_from_quads(tmp_path: Path) -> None:
    quad = ox.Quad(
        ox.NamedNode("https://w3id.org/soc-kg/id/case/x"),
        ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        ox.NamedNode("https://w3id.org/soc-kg/def#Case"),
        ox.NamedNode("https://w3id.org/soc-kg/graph/s"),
    )
    assert count(write_store([quad], tmp_path / "store")) == 1


def test_write_store_replaces_and_failure_keeps_the_old_store(tmp_path: Path) -> None:
    target = tmp_path / "store"
    write_store(MINI, target)
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    with pytest.raises(StoreError):
        write_store(broken, target)
    assert count(target) == 4  # untouched
    one = tmp_path / "one.ttl"
    one.write_text(
        "<https://w3id.org/soc-kg/id/case/y> a <https://w3id.org/soc-kg/def#Case> .\n",
        encoding="utf-8",
    )
    write_store(one, target)
    assert count(target) == 1  # replaced, not merged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.ttl", "one.ttl", "store"]


def test_open_store_missing_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="run `kg build`") as caught:
        open_store(tmp_path / "nothing")
    assert caught.value.exit_code == 3


def test_load_sources_combines_files_of_any_format(tmp_path: Path) -> None:
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix soc: <https://w3id.org/soc-kg/def#> .\n"
        "<https://w3id.org/soc-kg/id/case/extra> a soc:Case .\n",
        encoding="utf-8",
    )
    nt = tmp_path / "more.nt"
    nt.write_text(
        "<https://w3id.org/soc-kg/id/case/more> "
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/soc-kg/def#Case> .\n",
        encoding="utf-8",
    )
    store = load_sources([MINI, extra, nt])
    result = store.query(COUNT_CASES)
    assert isinstance(result, SelectResult)
    assert int(result.rows[0][0].value) == 6  # type: ignore[union-attr]
    # a built store folder combines with files too
    built = write_store(MINI, tmp_path / "store")
    result = load_sources([built, extra]).query(COUNT_CASES)
    assert isinstance(result, SelectResult)
    assert int(result.rows[0][0].value) == 5  # type: ignore[union-attr]


def test_load_sources_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b .\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"bad\.ttl"):
        load_sources([bad])
    with pytest.raises(UsageError, match=r"\.csv"):
        (tmp_path / "x.csv").write_text("a,b\n", encoding="utf-8")
        load_sources([tmp_path / "x.csv"])
    with pytest.raises(UsageError, match="no such RDF file"):
        load_sources([tmp_path / "missing.ttl"])


def test_union_default_graph_but_from_still_chooses(tmp_path: Path) -> None:
    store = open_store(write_store(MINI, tmp_path / "store"))
    from_reference = store.query(
        "SELECT (COUNT(?c) AS ?n) FROM <https://w3id.org/soc-kg/graph/reference> "
        "WHERE { ?c a soc:Case }"
    )
    assert isinstance(from_reference, SelectResult)
    assert from_reference.rows[0][0].value == "0"  # type: ignore[union-attr]
    no_union = store.query("ASK { ?c a soc:Case }", union_default_graph=False)
    assert no_union == AskResult(False)
    assert store.query("ASK { ?c a soc:Case }") == AskResult(True)


def test_names_dataset_ignores_strings_comments_and_iris() -> None:
    assert names_dataset("SELECT * FROM <http://g> WHERE { ?s ?p ?o }")
    assert names_dataset("select * from named <http://g> where { graph ?g { ?s ?p ?o } }")
    assert not names_dataset('SELECT * WHERE { ?s ?p "from" } # FROM here')
    assert not names_dataset("SELECT * WHERE { ?s <http://x/FROM> ?o }")
