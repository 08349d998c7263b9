"""The HTML page as text: self-contained, escaped, deterministic, capped with a notice."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from kg.network import Network, build_network
from kg.rdfio import read_dataset
from kg.viz import DEFAULT_MAX_NODES, cap, layout, render_html, script_json, viz

FIXTURES = Path(__file__).parent / "fixtures"
INPUTS = [FIXTURES / "viz-mini.trig", FIXTURES / "viz-hostile.trig"]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("page") / "graph.html"
    viz(INPUTS, out)
    return out.read_text(encoding="utf-8")


def test_script_json_escapes_everything_that_could_end_a_script():
    text = script_json({"a": "</script><!-- & \u2028\u2029 '\"\\"})
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 '\"\\"}


def test_page_loads_nothing_from_anywhere(page):
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=", page, re.I)
    assert "@import" not in page
    assert not re.search(r"url\((?!\s*[\"']?data:)", page)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp and "default-src &#39;none&#39;" in csp.group(1)
    assert "script-src &#39;sha256-" in csp.group(1) and "unsafe-eval" not in csp.group(1)


def test_vis_network_licence_notice_is_kept(page):
    assert "vis.js is dual licensed" in page
    assert "Apache-2.0 / MIT" in page


def test_hostile_text_never_appears_as_markup(page):
    # the only script elements are the three the template writes
    assert len(re.findall(r"^<script", page, re.I | re.M)) == 3
    assert len(re.findall(r"</script", page, re.I)) == 3
    assert "<img" not in page
    assert "<script>document.title" not in page
    assert "\\u003cscript\\u003edocument.title='pwned-label'" in page
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert data is not None
    parsed = json.loads(data.group(1))
    labels = [n[1] for n in parsed["nodes"]]
    assert "Gang <script>document.title='pwned-label'</script>" in labels


def test_title_is_escaped(tmp_path):
    out = tmp_path / "t.html"
    viz([FIXTURES / "viz-mini.trig"], out, title="<script>alert('t')</script>")
    text = out.read_text(encoding="utf-8")
    assert "<title>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;</title>" in text


def test_rendering_is_deterministic():
    network = build_network(read_dataset(INPUTS))
    assert render_html(network, title="x") == render_html(network, title="x")


def test_layout_places_every_node_apart():
    graph = nx.barabasi_albert_graph(3000, 1, seed=1)  # larger than the spring limit
    graph.add_edges_from([(5000, 5001), (5002, 5003)])
    positions = layout(graph)
    assert set(positions) == set(graph.nodes)
    assert len(set(positions.values())) == len(graph)


def test_big_networks_are_capped_with_a_notice():
    graph = nx.Graph()
    for i in range(DEFAULT_MAX_NODES + 500):
        graph.add_node(
            f"n{i}", label=f"node {i}", kind="Other", aliases=[], facts=[], sources=[], graphs=[]
        )
        if i:
            graph.add_edge(
                f"n{i}",
                f"n{(i - 1) // 3}",
                label="x",
                labels=["x"],
                properties=["x"],
                source_iri=f"n{i}",
                target_iri="n0",
                sources=[],
            )
    capped, notice = cap(Network(graph=graph), DEFAULT_MAX_NODES)
    assert len(capped.graph) == DEFAULT_MAX_NODES
    assert notice.startswith("Showing 2,000 of 2,500 entities: the most connected part")
    assert nx.is_connected(capped.graph)


def test_page_is_byte_identical_across_hash_seeds(tmp_path):
    import os
    import subprocess
    import sys

    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"page-{seed}.html"
        code = (
            "from pathlib import Path; from kg.viz import viz; "
            f"viz([Path(r'{INPUTS[0]}'), Path(r'{INPUTS[1]}')], Path(r'{out}'), "
            "focus='ROCU', depth=2)"
        )
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
