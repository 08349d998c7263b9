"""`kg stats`, `kg path` and the network exports, checked against networkx on the export."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from kg.analysis import shortest_paths, stats
from kg.errors import UsageError
from kg.network import build_network, export_network
from kg.rdfio import read_dataset

FIXTURES = Path(__file__).parent / "fixtures"
ID = "https://w3id.org/soc-kg/id/"


@pytest.fixture(scope="module")
def dataset():
    return read_dataset([FIXTURES / "viz-mini.trig"])


@pytest.fixture(scope="module")
def network(dataset):
    return build_network(dataset)


def test_stats_counts_and_rankings(dataset, network):
    result = stats(dataset, network, top=3)
    assert dict(result.class_counts)["soc:Case"] == 2
    assert dict(result.class_counts)["soc:Statistic"] == 2
    assert dict(result.predicate_counts)["org:holds"] == 2
    assert result.nodes == 15 and result.edges == 19
    assert [r.label for r in result.degree] == [
        "Regional Organised Crime Unit",
        "Eastern Region Special Operations Unit",
        "Hotel van thefts",
    ]
    assert result.degree[0].value == pytest.approx(5 / 14)
    assert result.betweenness[0].label == "Regional Organised Crime Unit"
    assert result.betweenness[0].value == pytest.approx(0.631868, abs=1e-6)
    assert [len(c) for c in result.components] == [15]
    assert sum(len(c) for c in result.communities) == 15


def test_path_between_holloway_and_the_luton_case(network):
    paths = shortest_paths(network, "Kathryn Holloway", "case/luton-drugs-conspiracy")
    assert len(paths) == 1
    hops = [(h.source_label, h.property, h.forward, h.target_label) for h in paths[0]]
    assert hops == [
        ("Kathryn Holloway", "holds", True, "ERSOU governance lead"),
        ("ERSOU governance lead", "post in", True, "Eastern Region Special Operations Unit"),
        (
            "Eastern Region Special Operations Unit",
            "unit of",
            False,
            "Regional Organised Crime Unit",
        ),
        ("Regional Organised Crime Unit", "led by", False, "Luton OCG drugs conspiracy"),
    ]
    with pytest.raises(UsageError):
        shortest_paths(network, "Kathryn Holloway", "nobody")


def test_graphml_export_reproduces_the_stats_in_plain_networkx(tmp_path, dataset, network):
    out = tmp_path / "network.graphml"
    assert export_network(network, "graphml", out) == [out]
    graph = nx.read_graphml(out)
    assert not graph.is_directed()
    assert graph.number_of_nodes() == 15 and graph.number_of_edges() == 19
    ersou = graph.nodes[ID + "unit/ersou"]
    assert ersou["label"] == "Eastern Region Special Operations Unit"
    assert ersou["type"] == "Regional unit"
    assert ersou["degree"] == 4 and isinstance(ersou["degree"], int)
    assert "more than 380 arrests (2019) [Test unit highlights of 2019]" in ersou["facts"]
    result = stats(dataset, network, top=5)
    degree = nx.degree_centrality(graph)
    between = nx.betweenness_centrality(graph)
    for ranked in result.degree:
        assert degree[ranked.iri] == pytest.approx(ranked.value, abs=1e-6)
    for ranked in result.betweenness:
        assert between[ranked.iri] == pytest.approx(ranked.value, abs=1e-6)
    assert nx.number_connected_components(graph) == len(result.components)


def test_gexf_csv_and_nodelink_exports(tmp_path, network):
    gexf = tmp_path / "n.gexf"
    export_network(network, "gexf", gexf)
    read = nx.read_gexf(gexf)
    assert read.number_of_nodes() == 15
    assert read.nodes[ID + "person/kathryn-holloway"]["label"] == "Kathryn Holloway"

    nodes_csv, edges_csv = export_network(network, "csv", tmp_path / "net.csv")
    assert nodes_csv.name == "net-nodes.csv" and edges_csv.name == "net-edges.csv"
    with nodes_csv.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 15
    holloway = next(r for r in rows if r["Label"] == "Kathryn Holloway")
    assert holloway["Type"] == "Person" and holloway["Degree"] == "2"
    with edges_csv.open(encoding="utf-8") as stream:
        edges = list(csv.DictReader(stream))
    assert len(edges) == 19
    assert {
        "Source": ID + "person/kathryn-holloway",
        "Target": ID + "post/bedfordshire-pcc",
        "Type": "Directed",
        "Label": "holds",
        "Properties": "org:holds",
        "Sources": "reference graph",
    } in edges

    link = tmp_path / "n.json"
    export_network(network, "nodelink", link)
    payload = json.loads(link.read_text(encoding="utf-8"))
    assert len(payload["nodes"]) == 15 and len(payload["links"]) == 19
    with pytest.raises(UsageError, match="not a network format"):
        export_network(network, "dot", tmp_path / "x.dot")
