"""The offline HTML network view: one self-contained file, laid out before it is written.

Why not pyvis's own page: it loads Bootstrap from a CDN even in "in_line" mode, renders
headings and ids unescaped, runs a synchronous initial layout that freezes the page on
large graphs, and its add_node/add_edge are quadratic. Here the layout is computed in
Python (seeded, deterministic), node and edge lists are written directly as JSON, physics
starts off (a button turns it on), and vis-network's JS/CSS are inlined from the pyvis
package with their licence header. All data text goes through JSON escaped for a <script>
element and is put on the page with `textContent`, never as HTML; a Content-Security-Policy
allows only the page's own two scripts (by hash) and nothing from the network.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError, MissingDependency
from kg.network import (
    Network,
    build_network,
    most_connected,
    ordered_subgraph,
    resolve,
    select,
)
from kg.rdfio import atomic_write, read_dataset

DEFAULT_MAX_NODES = 2000
SPRING_LIMIT = 300  # components up to this size get a spring layout, larger ones radial
EDGE_LABEL_LIMIT = 1500  # above this many edges, edge labels show on hover only
MAX_LINKS = 200  # connections listed in a node's details (the rest are counted)
PHYSICS_SECONDS = 20.0  # the force layout stops after this long if it has not settled
VIS_VERSION = "9.1.2"
SEED = 7


@dataclass(frozen=True)
class VizResult:
    """What `kg viz` wrote and what it left out."""

    path: Path
    shown_nodes: int
    shown_edges: int
    total_nodes: int
    notice: str


# --- layout ---------------------------------------------------------------------------------


def _radial(graph: nx.Graph) -> dict[Any, tuple[float, float]]:
    """A BFS tree from the best-connected node on rings; O(n), deterministic.

    Each subtree gets an angle in proportion to its size, and rings grow so the outer ones
    keep about 28 px per node: readable for the tree-like parts of a knowledge graph and
    fast enough for 20,000+ nodes, where a spring layout would take minutes.
    """
    degree = dict(graph.degree())
    root = max(graph.nodes, key=lambda n: (degree[n], str(n)))
    parent: dict[Any, Any] = {root: None}
    order = [root]
    children: dict[Any, list[Any]] = {root: []}
    depth = {root: 0}
    for node in order:  # BFS; `order` grows while we walk it
        for neighbour in sorted(graph.neighbors(node), key=lambda n: (-degree[n], str(n))):
            if neighbour not in parent:
                parent[neighbour] = node
                depth[neighbour] = depth[node] + 1
                children[neighbour] = []
                children[node].append(neighbour)
                order.append(neighbour)
    size = {n: 1 for n in order}
    for node in reversed(order):
        if parent[node] is not None:
            size[parent[node]] += size[node]
    per_ring: dict[int, int] = {}
    for node in order:
        per_ring[depth[node]] = per_ring.get(depth[node], 0) + 1
    radius = {0: 0.0}
    for ring in range(1, max(depth.values()) + 1):
        radius[ring] = max(radius[ring - 1] + 180.0, per_ring[ring] * 28.0 / (2 * math.pi))
    span = {root: (0.0, 2 * math.pi)}
    positions: dict[Any, tuple[float, float]] = {}
    for node in order:
        start, end = span[node]
        angle = (start + end) / 2
        r = radius[depth[node]]
        positions[node] = (r * math.cos(angle), r * math.sin(angle))
        total = sum(size[c] for c in children[node]) or 1
        cursor = start
        for child in children[node]:
            width = (end - start) * size[child] / total
            span[child] = (cursor, cursor + width)
            cursor += width
    return positions


def _spring(graph: nx.Graph) -> dict[Any, tuple[float, float]]:
    """networkx's seeded Fruchterman-Reingold, scaled so neighbours sit ~100 px apart."""
    n = len(graph)
    if n == 1:
        return {next(iter(graph.nodes)): (0.0, 0.0)}
    scale = max(110.0, 125.0 * math.sqrt(n))
    raw = nx.spring_layout(graph, seed=SEED, iterations=120, scale=scale)
    return {node: (float(x), float(y)) for node, (x, y) in raw.items()}


def layout(graph: nx.Graph, spring_limit: int = SPRING_LIMIT) -> dict[Any, tuple[float, float]]:
    """Positions for every node: each component laid out alone, then packed in rows."""
    components = sorted(
        (sorted(c, key=str) for c in nx.connected_components(graph)),
        key=lambda c: (-len(c), str(c[0])),
    )
    boxes = []
    for component in components:
        sub = ordered_subgraph(graph, component)
        local = _spring(sub) if len(component) <= spring_limit else _radial(sub)
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        boxes.append((local, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    gap = 120.0
    area = sum((w + gap) * (h + gap) for _, _, _, w, h in boxes)
    row_width = max(max((w for *_, w, _ in boxes), default=0.0), math.sqrt(area) * 1.2)
    positions: dict[Any, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for local, min_x, min_y, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for node, (px, py) in local.items():
            positions[node] = (round(px - min_x + x, 1), round(py - min_y + y, 1))
        x += w + gap
        row_height = max(row_height, h)
    return positions


# --- page data ------------------------------------------------------------------------------


def script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no `<`, `>`, `&`, U+2028 or U+2029 unescaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def page_data(network: Network, notice: str, title: str) -> dict[str, Any]:
    """The compact arrays the page script turns into vis DataSets and panels."""
    graph = network.graph
    positions = layout(graph)
    index = {node: i for i, node in enumerate(graph.nodes)}
    kind_keys = sorted({data["kind"] for _, data in graph.nodes(data=True)})
    kind_index = {k: i for i, k in enumerate(kind_keys)}
    counts = {k: 0 for k in kind_keys}
    for _, data in graph.nodes(data=True):
        counts[data["kind"]] += 1
    used_sources = sorted(
        {f["source"] for _, d in graph.nodes(data=True) for f in d["facts"]}
        | {s for _, d in graph.nodes(data=True) for s in d["sources"]}
        | {s for _, _, d in graph.edges(data=True) for s in d["sources"]}
    )
    source_index = {key: i for i, key in enumerate(used_sources)}
    sources = [
        network.sources[key].as_dict()
        if key in network.sources
        else {"title": key, "publisher": "", "date": "", "url": ""}
        for key in used_sources
    ]
    degree = dict(graph.degree())
    # the first view shows the largest connected part (the Fit button shows everything)
    largest: set[Any] = max(nx.connected_components(graph), key=len, default=set())
    nodes = []
    details = []
    for node, data in graph.nodes(data=True):
        x, y = positions[node]
        size = round(min(40.0, 9.0 + 3.5 * math.sqrt(degree[node])), 1)
        nodes.append([index[node], data["label"], kind_index[data["kind"]], x, y, size])
        details.append(
            {
                "iri": node,
                "aliases": data["aliases"],
                "facts": [
                    [
                        f["property"],
                        f["value"],
                        source_index.get(f["source"], -1),
                        1 if f.get("figure") else 0,
                    ]
                    for f in data["facts"]
                ],
                "sources": [source_index[s] for s in data["sources"] if s in source_index],
            }
        )
    edges = [
        [
            index[data.get("source_iri", a)],
            index[data.get("target_iri", b)],
            data["label"],
            [source_index[s] for s in data["sources"] if s in source_index],
        ]
        for a, b, data in graph.edges(data=True)
    ]
    kinds = [
        {
            "key": key,
            "label": network.kinds[key].label if key in network.kinds else key,
            "colour": network.kinds[key].colour if key in network.kinds else "#bbbbbb",
            "shape": network.kinds[key].shape if key in network.kinds else "dot",
            "count": counts[key],
        }
        for key in kind_keys
    ]
    return {
        "title": title,
        "notice": notice,
        "kinds": kinds,
        "sources": sources,
        "nodes": nodes,
        "details": details,
        "edges": edges,
        "edgeLabels": len(edges) <= EDGE_LABEL_LIMIT,
        "initial": sorted(index[n] for n in largest) if len(largest) < len(graph) else [],
        # hide edges while dragging or zooming: a frame with thousands of edges is slow
        "large": len(edges) > EDGE_LABEL_LIMIT or len(nodes) >= DEFAULT_MAX_NODES,
        "maxLinks": MAX_LINKS,
        "physicsSeconds": PHYSICS_SECONDS,
    }


# --- the page -------------------------------------------------------------------------------


def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped inside the pyvis package (licence header kept)."""
    try:
        lib = resources.files("pyvis") / "templates" / "lib" / f"vis-{VIS_VERSION}"
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as error:
        raise MissingDependency(
            f"vis-network {VIS_VERSION} is read from the pyvis package: pip install 'pyvis>=0.3.2'"
            f" ({error})"
        ) from None
    # no source-map fetch if someone opens DevTools on an offline machine
    js = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", js)
    for text in (js, css):
        lowered = text.lower()
        if "</script" in lowered or "</style" in lowered or "<!--" in lowered:
            raise KgError("the vis-network file cannot be inlined safely (contains an end tag)")
    return js, css


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(network: Network, *, title: str, notice: str = "") -> str:
    """The whole page as a string (no file or network access besides package data)."""
    from jinja2 import Environment, PackageLoader, select_autoescape
    from markupsafe import Markup

    env = Environment(
        loader=PackageLoader("kg", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        keep_trailing_newline=True,
    )
    vis_js, vis_css = _vis_assets()
    app_js = (resources.files("kg") / "templates" / "graph.js").read_text(encoding="utf-8")
    app_css = (resources.files("kg") / "templates" / "graph.css").read_text(encoding="utf-8")
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    data = page_data(network, notice=notice, title=title)
    template = env.get_template("graph.html.j2")
    return template.render(
        title=title,
        notice=notice,
        csp=csp,
        vis_version=VIS_VERSION,
        vis_js=Markup(vis_js),
        vis_css=Markup(vis_css),
        app_js=Markup(app_js),
        app_css=Markup(app_css),
        data_json=Markup(script_json(data)),
        node_count=len(data["nodes"]),
        edge_count=len(data["edges"]),
    )


def cap(network: Network, max_nodes: int, focus: str | None = None) -> tuple[Network, str]:
    """The network itself, or its most connected part with a notice saying so."""
    total = len(network.graph)
    if max_nodes <= 0 or total <= max_nodes:
        return network, ""
    keep = most_connected(network, max_nodes, focus=focus)
    where = (
        f"the neighbourhood of {network.graph.nodes[resolve(network, focus)]['label']}"
        if focus
        else f"the most connected part, around {network.graph.nodes[keep[0]]['label']}"
    )
    notice = (
        f"Showing {len(keep):,} of {total:,} entities: {where}. "
        "Use kg viz --focus, --types, --source or --max-nodes to choose what to see."
    )
    return network.copy_with(ordered_subgraph(network.graph, keep)), notice


def write_view(
    network: Network,
    output: Path,
    *,
    title: str = "soc-kg network",
    max_nodes: int = DEFAULT_MAX_NODES,
    focus: str | None = None,
) -> VizResult:
    """Cap, lay out and write the page atomically; returns what was shown."""
    total = len(network.graph)
    shown, notice = cap(network, max_nodes, focus=focus)
    html = render_html(shown, title=title, notice=notice)
    with atomic_write(output) as stream:
        stream.write(html)
    return VizResult(
        path=output,
        shown_nodes=len(shown.graph),
        shown_edges=shown.graph.number_of_edges(),
        total_nodes=total,
        notice=notice,
    )


def viz(
    inputs: Iterable[Path],
    output: Path,
    *,
    focus: str | None = None,
    depth: int = 2,
    types: Iterable[str] = (),
    source: str | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    title: str | None = None,
    fold_figures: bool = True,
) -> VizResult:
    """`kg viz`: RDF file(s) → filtered entity network → out/graph.html."""
    dataset = read_dataset(list(inputs))
    network = build_network(dataset, fold_figures=fold_figures)
    chosen = select(network, focus=focus, depth=depth, types=types, source=source)
    if title is None:
        title = "soc-kg network"
        if focus:
            title += f": {network.graph.nodes[resolve(network, focus)]['label']}"
    return write_view(chosen, output, title=title, max_nodes=max_nodes, focus=focus)


def write_graph_html(dataset: Any, output: Path) -> Path:
    """The default view `kg build` writes next to the graph files (out/graph.html)."""
    return write_view(build_network(dataset), output, title="soc-kg network").path
