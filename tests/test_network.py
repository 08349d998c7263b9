"""The entity network built from RDF: labels, edges, folded figures, selection."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import UsageError
from kg.network import build_network, most_connected, resolve, select
from kg.rdfio import read_dataset

FIXTURES = Path(__file__).parent / "fixtures"
ID = "https://w3id.org/soc-kg/id/"
ERSOU = ID + "unit/ersou"
ROCU = ID + "unit/ersou-rocu"
LUTON_CASE = ID + "case/luton-drugs-conspiracy"
SOURCE = ID + "source/test-release-2019"


@pytest.fixture(scope="module")
def dataset():
    return read_dataset([FIXTURES / "viz-mini.trig"])


@pytest.fixture(scope="module")
def network(dataset):
    return build_network(dataset)


def test_nodes_are_labelled_entities_without_vocabulary_or_sources(network):
    labels = {data["label"] for _, data in network.graph.nodes(data=True)}
    assert "Eastern Region Special Operations Unit" in labels
    assert "Kathryn Holloway" in labels
    assert "county drugs lines" in labels and "drug trafficking" in labels
    # no raw IRIs, no source documents, no figures, no vocabulary concepts as nodes
    assert not any(label.startswith("http") for label in labels)
    assert SOURCE not in network.graph
    assert ID + "statistic/arrests-2019" not in network.graph
    assert "https://w3id.org/soc-kg/def#GovernanceLead" not in network.graph
    assert len(network.graph) == 15


def test_edges_carry_property_labels_and_rdf_direction(network):
    edge = network.graph.edges[ERSOU, ID + "force/bedfordshire"]
    assert edge["label"] == "lead force; member force"
    assert edge["source_iri"] == ERSOU
    holds = network.graph.edges[ID + "person/kathryn-holloway", ID + "post/bedfordshire-pcc"]
    assert holds["label"] == "holds"  # org:holds has no label: humanised local name
    assert network.graph.edges[ROCU, ERSOU]["label"] == "unit of"


def test_figures_fold_into_the_entity_they_describe_with_qualifier_and_source(network):
    facts = network.graph.nodes[ERSOU]["facts"]
    fig = {"property": "statistic", "source": SOURCE, "figure": True}
    assert facts[:2] == [  # figures first
        {**fig, "value": "237 kg of Class A drugs (2019)"},
        {**fig, "value": "more than 380 arrests (2019)"},
    ]
    case = {f["value"]: f for f in network.graph.nodes[LUTON_CASE]["facts"]}
    assert case["more than 110 custodial years (12 people)"]["property"] == "outcome"
    assert case["more than £2 million street value"]["property"] == "amount"
    assert case["12"]["property"] == "defendant count"
    assert network.sources[SOURCE].title == "Test unit highlights of 2019"
    assert network.sources[SOURCE].url == "https://example.org/news/highlights-2019"


def test_figures_as_nodes_get_readable_labels(dataset):
    unfolded = build_network(dataset, fold_figures=False)
    node = unfolded.graph.nodes[ID + "statistic/arrests-2019"]
    assert node["label"] == "more than 380 arrests (2019)"
    assert node["kind"] == "Statistic"
    assert unfolded.graph.has_edge(ID + "statistic/arrests-2019", ERSOU)


def test_roles_and_other_concepts_become_facts_with_labels(network):
    facts = network.graph.nodes[ID + "post/bedfordshire-pcc"]["facts"]
    assert [f["value"] for f in facts if f["property"] == "role"] == [
        "Police and Crime Commissioner"
    ]
    assert network.graph.nodes[ERSOU]["aliases"] == ["ERSOU"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("unit/ersou", ERSOU),
        (ERSOU, ERSOU),
        ("ersou", ERSOU),
        ("ROCU", ROCU),
        ("kathryn holloway", ID + "person/kathryn-holloway"),
        ("Luton OCG drugs conspiracy", LUTON_CASE),
    ],
)
def test_resolve_by_id_iri_label_or_alias(network, text, expected):
    assert resolve(network, text) == expected


def test_resolve_reports_unknown_and_ambiguous_names(network):
    with pytest.raises(UsageError, match="no entity"):
        resolve(network, "Nobody at all")
    with pytest.raises(UsageError, match="did you mean: Kathryn Holloway"):
        resolve(network, "Kathryn Hollway")
    with pytest.raises(UsageError, match="matches 3 entities: Bedfordshire Police"):
        resolve(network, "Police")  # two forces and the PCC post


def test_select_focus_types_and_source(network):
    around = select(network, focus="ROCU", depth=1)
    assert set(around.graph) == {
        ROCU,
        ERSOU,
        LUTON_CASE,
        ID + "case/hotel-van-thefts",
        "https://w3id.org/soc-kg/crime-type/county-lines",
        "https://w3id.org/soc-kg/crime-type/firearms-supply",
    }
    people_and_cases = select(network, types=["Person", "case"])
    assert {d["kind"] for _, d in people_and_cases.graph.nodes(data=True)} == {"Person", "Case"}
    from_release = select(network, source="test-release-2019")
    assert ID + "person/kathryn-holloway" not in from_release.graph
    assert LUTON_CASE in from_release.graph and ERSOU in from_release.graph
    with pytest.raises(UsageError, match="known types"):
        select(network, types=["Spaceship"])
    with pytest.raises(UsageError, match="known sources"):
        select(network, source="nowhere")


def test_most_connected_grows_a_connected_part_from_the_hub(network):
    import networkx as nx

    chosen = most_connected(network, 5)
    assert chosen[0] == ROCU  # highest degree
    assert len(chosen) == 5
    assert nx.is_connected(network.graph.subgraph(chosen))
    focused = most_connected(network, 3, focus="Kathryn Holloway")
    assert focused[0] == ID + "person/kathryn-holloway"


def test_build_is_deterministic(dataset):
    first = build_network(dataset)
    second = build_network(read_dataset([FIXTURES / "viz-mini.trig"]))
    assert list(first.graph.nodes(data=True)) == list(second.graph.nodes(data=True))
    assert list(first.graph.edges(data=True)) == list(second.graph.edges(data=True))


def test_any_rdf_works_names_become_labels_and_other_names_aliases(tmp_path):
    data = tmp_path / "people.ttl"
    data.write_text(
        "@prefix ex: <http://example.org/> .\n"
        "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        'ex:a a foaf:Person ; foaf:name "Alice" ; rdfs:label "Alice A."@en ; foaf:knows ex:b .\n'
        'ex:b a foaf:Person ; foaf:name "Bob" .\n',
        encoding="utf-8",
    )
    network = build_network(read_dataset([data]))
    alice = network.graph.nodes["http://example.org/a"]
    assert (alice["label"], alice["aliases"]) == ("Alice A.", ["Alice"])
    assert network.graph.nodes["http://example.org/b"]["label"] == "Bob"
    assert network.graph.edges["http://example.org/a", "http://example.org/b"]["label"] == (
        "foaf:knows"  # no label anywhere: the prefixed name
    )
    assert resolve(network, "alice") == "http://example.org/a"
