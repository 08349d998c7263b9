"""The network view and analysis on the real seed graph (built once per session)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.analysis import shortest_paths, stats
from kg.network import build_network, export_network

ID = "https://w3id.org/soc-kg/id/"
ERSOU = ID + "unit/ersou"
HOLLOWAY = ID + "person/kathryn-holloway"
LUTON_CASE = ID + "case/luton-drugs-conspiracy"
RELEASE = "ERSOU highlights of 2019"


@pytest.fixture(scope="module")
def network(seed_build):
    return build_network(seed_build.dataset)


def facts_of(network, iri: str) -> dict[str, tuple[str, str]]:
    return {
        f["value"]: (f["property"], network.sources[f["source"]].title)
        for f in network.graph.nodes[iri]["facts"]
    }


def test_seed_figures_are_facts_with_qualifiers_and_the_release_as_source(network):
    ersou = facts_of(network, ERSOU)
    assert ersou["more than 380 arrests (2019)"] == ("statistic", RELEASE)
    assert ersou["237 kg of Class A drugs (2019)"] == ("statistic", RELEASE)
    assert ersou["64 firearms (2019)"] == ("statistic", RELEASE)
    assert ersou["almost 500 custodial years (2019)"] == ("statistic", RELEASE)
    assert ersou["£5.8 million confiscation (2019)"] == ("statistic", RELEASE)
    assert ersou["more than £1.6 million compensation (2019)"] == ("statistic", RELEASE)
    case = facts_of(network, LUTON_CASE)
    assert case["more than 110 years custodial sentence (12 people)"] == ("outcome", RELEASE)
    assert network.graph.nodes[ERSOU]["aliases"] == ["ERSOU"]
    assert not any(
        data["label"].startswith(("http://", "https://"))
        for _, data in network.graph.nodes(data=True)
    )


def test_seed_ersou_is_the_most_central_entity(seed_build, network):
    result = stats(seed_build.dataset, network, top=3)
    assert result.degree[0].iri == ERSOU
    assert result.betweenness[0].iri == ERSOU
    assert dict(result.class_counts)["soc:Case"] == 6


def test_seed_path_from_kathryn_holloway_to_the_luton_drugs_case(network):
    paths = shortest_paths(network, "Kathryn Holloway", "case/luton-drugs-conspiracy")
    assert len(paths) == 1
    hops = [(h.source_iri, h.property, h.forward, h.target_iri) for h in paths[0]]
    governance = ID + "post/kathryn-holloway-governance-lead-ersou"
    assert hops == [
        (HOLLOWAY, "holds; on behalf of (reverse)", True, governance),
        (governance, "post in", True, ERSOU),
        (ERSOU, "credited to", False, LUTON_CASE),
    ]


def test_seed_graphml_matches_an_independent_networkx_computation(tmp_path, seed_build, network):
    out = tmp_path / "seed.graphml"
    export_network(network, "graphml", out)
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() == network.graph.number_of_nodes()
    assert graph.number_of_edges() == network.graph.number_of_edges()
    result = stats(seed_build.dataset, network, top=5)
    degree = nx.degree_centrality(graph)
    between = nx.betweenness_centrality(graph)
    assert max(degree, key=degree.__getitem__) == ERSOU
    assert max(between, key=between.__getitem__) == ERSOU
    for ranked in result.betweenness:
        assert between[ranked.iri] == pytest.approx(ranked.value, abs=1e-6)
    assert nx.number_connected_components(graph) == len(result.components)
    assert graph.nodes[ERSOU]["label"] == "Eastern Region Special Operations Unit"


@pytest.mark.browser
def test_seed_page_from_kg_build_renders_searches_and_shows_sources(seed_build, network, browser):
    from tests.test_viz_browser import open_page

    html = next(p for p in seed_build.paths if p.name == "graph.html")
    assert html.parent == Path(seed_build.paths[0]).parent
    opened = open_page(browser, html)
    page = opened.page
    assert page.evaluate("kgNetwork.body.data.nodes.length") == len(network.graph)
    legend = [" ".join(t.split()) for t in page.locator("#legend-items li").all_inner_texts()]
    assert "★ Regional unit 9" in legend and "◆ Case 6" in legend
    page.fill("#search", "ERSOU")
    page.keyboard.press("Enter")
    assert page.locator("#details h2").inner_text() == "Eastern Region Special Operations Unit"
    opened.hover("Eastern Region Special Operations Unit")
    tip = page.locator("#tip")
    tip.wait_for(state="visible", timeout=5_000)
    assert f"statistic: more than 380 arrests (2019) — {RELEASE}" in tip.inner_text()
    assert opened.console_errors == [] and opened.page_errors == []
    assert opened.requests == [html.resolve().as_uri()]
    page.close()
