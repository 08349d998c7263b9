"""Golden graphs: each tiny source maps to exactly the hand-written expected graph.

See tests/golden/README.md. Graphs are compared by isomorphism, never as text;
on a mismatch the triples only in the build and only in the expected file are
printed as N-Triples.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import graph_diff, to_isomorphic

from kg.build import build_graph
from kg.ids import DEFAULT_BASE, graph_iri
from tests.conftest import REPO
from tests.datadirs import REFERENCE

GOLDEN = REPO / "tests" / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "expected.trig").is_file())


def as_ntriples(graph: Graph) -> str:
    return "\n".join(sorted(line for line in graph.serialize(format="nt").splitlines() if line))


def expected_graph(case: str) -> Graph:
    """The one named graph of the case's expected.trig (anything else is a mistake)."""
    dataset = Dataset()
    dataset.parse(GOLDEN / case / "expected.trig", format="trig")
    names = {g.identifier for g in dataset.graphs() if len(g)}
    wanted = graph_iri(DEFAULT_BASE, f"golden-{case}")
    assert names == {wanted}, f"{case}/expected.trig must hold only the graph <{wanted}>"
    return dataset.graph(wanted)


def test_golden_cases_cover_the_mapping() -> None:
    assert {
        "statistic",
        "case-outcomes",
        "person-posts",
        "new-unit",
        "places",
        "extracted",
    } <= set(CASES)


@pytest.mark.parametrize("case", CASES)
def test_golden_graph(case: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(GOLDEN / case / "sources", data / "sources")
    shutil.copytree(REFERENCE, data / "reference")
    result = build_graph(data, tmp_path / "out")

    graphs = {g.identifier for g in result.dataset.graphs() if len(g)}
    source_graph = graph_iri(DEFAULT_BASE, f"golden-{case}")
    assert graphs == {
        source_graph,
        graph_iri(DEFAULT_BASE, "reference"),
        graph_iri(DEFAULT_BASE, "vocabulary"),
    }
    built = Graph()
    for triple in result.dataset.graph(URIRef(source_graph)):
        built.add(triple)
    expected = expected_graph(case)
    if to_isomorphic(built) != to_isomorphic(expected):
        _, only_built, only_expected = graph_diff(to_isomorphic(built), to_isomorphic(expected))
        pytest.fail(
            f"golden case {case!r} differs\n"
            f"--- only in the build:\n{as_ntriples(only_built)}\n"
            f"--- only in expected.trig:\n{as_ntriples(only_expected)}",
            pytrace=False,
        )
