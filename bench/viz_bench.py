"""Benchmark: kg's HTML network view against pyvis defaults on the same graphs.

    python -m bench.viz_bench                       # 200, 1,000, 2,000, 20,000 nodes
    python -m bench.viz_bench --sizes 200,2000 --timeout 60
    python -m bench.viz_bench --pyvis-sizes 200     # skip the slow pyvis runs

For each size a synthetic soc-kg dataset (units, forces, places, crime types, groups,
people, posts, cases with folded outcome figures) is generated with a fixed seed and
turned into the entity network once (reported as "RDF → network"). Then, from that same
network:

- kg: `kg.viz.write_view` (deterministic layout in Python, physics off, all nodes:
  --max-nodes is set to the size so the whole graph is drawn);
- pyvis defaults: `Network(cdn_resources="in_line")` (the default "local" mode loads
  vis-network from a CDN and cannot draw offline at all), `add_node`/`add_edge` for every
  node and edge, `write_html`.

Each page is opened from disk in Debian's chromium with every non-file request blocked,
and timed from navigation start until the graph is drawn and still: for kg, the first
draw (physics is off); for pyvis, the first draw after `stabilizationIterationsDone`
(the definition used in the design notes). pyvis waits are capped by --timeout and
reported as "> timeout". For kg the bench also times one search-and-focus with a redraw
(interaction cost once drawn).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.namespaces import ORG, PROV, QUDT_UNIT, SOC

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def block_external(page: Any) -> None:
    """Let the page load only itself: every request that is not file: or data: fails."""
    page.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(("file:", "data:"))
            else route.abort("internetdisconnected")
        ),
    )


BASE = "https://w3id.org/soc-kg/"
FOAF_PERSON = URIRef("http://xmlns.com/foaf/0.1/Person")
RESULTS = Path(__file__).parent / "results"


def synthetic_dataset(nodes: int, seed: int = 1) -> Dataset:
    """About `nodes` entities shaped like the seed graph, in reference + source graphs."""
    rng = random.Random(seed)
    ds = Dataset()
    ref = ds.graph(URIRef(BASE + "graph/reference"))
    src_graph = ds.graph(URIRef(BASE + "graph/synthetic-release"))
    source = URIRef(BASE + "id/source/synthetic-release")
    src_graph.add((source, RDF.type, SOC.SourceDocument))

    def iri(kind: str, i: int) -> URIRef:
        return URIRef(f"{BASE}id/{kind}/{kind}-{i}")

    def entity(graph: Any, kind: str, i: int, cls: URIRef, label: str) -> URIRef:
        node = iri(kind, i)
        graph.add((node, RDF.type, cls))
        graph.add((node, RDFS.label, Literal(label)))
        return node

    counts = {
        "unit": max(2, nodes // 250),
        "force": max(4, nodes // 60),
        "place": max(5, nodes // 25),
        "crime": min(40, max(5, nodes // 50)),
        "group": max(3, nodes // 20),
    }
    counts["case"] = max(5, int(nodes * 0.3))
    fixed = sum(counts.values())
    counts["person"] = max(5, nodes - fixed - counts["unit"])  # posts: one per unit
    units = [entity(ref, "unit", i, SOC.RegionalUnit, f"Unit {i}") for i in range(counts["unit"])]
    forces = [
        entity(ref, "force", i, SOC.PoliceForce, f"Force {i}") for i in range(counts["force"])
    ]
    places = [entity(ref, "place", i, SOC.Town, f"Town {i}") for i in range(counts["place"])]
    crimes = [
        entity(ref, "crime", i, SOC.CrimeType, f"crime type {i}") for i in range(counts["crime"])
    ]
    for i, force in enumerate(forces):
        ref.add((units[i % len(units)], SOC.memberForce, force))
    for i, unit in enumerate(units):
        post = entity(ref, "post", i, ORG.Post, f"Head of unit {i}")
        ref.add((post, ORG.postIn, unit))
    groups = []
    for i in range(counts["group"]):
        group = entity(src_graph, "group", i, SOC.OrganisedCrimeGroup, f"Group {i}")
        src_graph.add((group, SOC.basedIn, rng.choice(places)))
        groups.append(group)
    people = []
    for i in range(counts["person"]):
        person = entity(src_graph, "person", i, FOAF_PERSON, f"Person {i} {rng.random():.6f}")
        src_graph.add((person, SOC.basedIn, rng.choice(places)))
        people.append(person)
    for i in range(min(len(units), len(people))):
        ref.add((people[i], ORG.holds, iri("post", i)))
    for i in range(counts["case"]):
        case = entity(src_graph, "case", i, SOC.Case, f"Case {i}")
        src_graph.add((case, PROV.wasDerivedFrom, source))
        src_graph.add((case, SOC.ledBy, rng.choice(units)))
        src_graph.add((case, SOC.offence, rng.choice(crimes)))
        src_graph.add((case, SOC.place, rng.choice(places)))
        if rng.random() < 0.5:
            src_graph.add((case, SOC.involvedGroup, rng.choice(groups)))
        src_graph.add((case, SOC.defendant, rng.choice(people)))
        src_graph.add((case, SOC.defendantCount, Literal(rng.randint(1, 12))))
        outcome = URIRef(f"{BASE}id/outcome/case-{i}-outcome")
        src_graph.add((case, SOC.outcome, outcome))
        src_graph.add((outcome, RDF.type, SOC.CustodialSentence))
        src_graph.add((outcome, SOC.value, Literal(str(rng.randint(1, 40)), datatype=XSD.decimal)))
        src_graph.add((outcome, SOC.unit, QUDT_UNIT.YR))
        src_graph.add((outcome, SOC.qualifier, SOC.MoreThan))
    return ds


@dataclass
class Row:
    """One measured page."""

    tool: str
    nodes: int
    edges: int
    build_s: float
    size_mb: float
    still_s: float | None  # None: did not finish within the timeout
    interact_ms: float | None = None
    note: str = ""


def build_kg(network: Any, out: Path) -> tuple[float, Path]:
    from kg.viz import write_view

    start = time.perf_counter()
    write_view(network, out, title="bench", max_nodes=len(network.graph))
    return time.perf_counter() - start, out


def _pyvis_worker(network: Any, out: Path, queue: Any) -> None:
    queue.put(build_pyvis(network, out)[0])


def build_pyvis_capped(network: Any, out: Path, timeout_s: float) -> float | None:
    """pyvis's build in a forked child, stopped after `timeout_s` (its add_edge is quadratic)."""
    import multiprocessing
    import queue as queue_module

    context = multiprocessing.get_context("fork")
    results = context.Queue()
    child = context.Process(target=_pyvis_worker, args=(network, out, results))
    child.start()
    try:
        return float(results.get(timeout=timeout_s))
    except queue_module.Empty:
        return None
    finally:
        if child.is_alive():
            child.kill()
        child.join()


def build_pyvis(network: Any, out: Path) -> tuple[float, Path]:
    from pyvis.network import Network

    graph = network.graph
    start = time.perf_counter()
    net = Network(cdn_resources="in_line")
    for node, data in graph.nodes(data=True):
        net.add_node(node, label=data["label"], title=data["label"], group=data["kind"])
    for a, b, data in graph.edges(data=True):
        net.add_edge(a, b, title=data["label"])
    html = net.generate_html()
    elapsed = time.perf_counter() - start
    probe = (
        "<script>network.once('stabilizationIterationsDone', function () {"
        " network.once('afterDrawing', function () { window.__stillAt = performance.now(); });"
        " });</script>"
    )
    out.write_text(html.replace("</body>", probe + "\n</body>"), encoding="utf-8")
    return elapsed, out


def time_in_browser(path: Path, probe: str, timeout_s: float, kg_page: bool) -> dict[str, Any]:
    """Seconds from navigation start until `probe` is set, or None after the timeout."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    result: dict[str, Any] = {"still_s": None, "interact_ms": None}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            block_external(page)
            page.goto(path.resolve().as_uri(), wait_until="commit")
            try:
                page.wait_for_function(
                    f"() => window.{probe} !== undefined", timeout=timeout_s * 1000
                )
                result["still_s"] = page.evaluate(f"() => window.{probe}") / 1000
            except PlaywrightError:
                return result
            if kg_page:
                result["interact_ms"] = page.evaluate(
                    """() => { const t = performance.now();
                    const hit = kgView.search('Case 1')[0];
                    kgView.focusNode(hit); kgNetwork.redraw();
                    return performance.now() - t; }"""
                )
        finally:
            browser.close()
    return result


def run(sizes: list[int], pyvis_sizes: list[int], timeout_s: float) -> list[Row]:
    from kg.network import build_network

    rows: list[Row] = []
    work = RESULTS / "pages"
    work.mkdir(parents=True, exist_ok=True)
    for size in sorted(set(sizes) | set(pyvis_sizes)):
        dataset = synthetic_dataset(size)
        start = time.perf_counter()
        network = build_network(dataset)
        rdf_s = time.perf_counter() - start
        n, m = len(network.graph), network.graph.number_of_edges()
        print(f"[{size}] RDF → network: {n:,} nodes, {m:,} edges in {rdf_s:.2f} s", flush=True)
        if size in sizes:
            build_s, path = build_kg(network, work / f"kg-{size}.html")
            timing = time_in_browser(path, "kgReadyAt", max(timeout_s, 120), kg_page=True)
            rows.append(
                Row(
                    "kg",
                    n,
                    m,
                    round(build_s, 3),
                    round(path.stat().st_size / 1e6, 2),
                    timing["still_s"],
                    timing["interact_ms"],
                )
            )
            print(f"  kg:    {rows[-1]}", flush=True)
        if size in pyvis_sizes:
            path = work / f"pyvis-{size}.html"
            path.unlink(missing_ok=True)
            built = build_pyvis_capped(network, path, timeout_s)
            if built is None:
                rows.append(Row("pyvis defaults", n, m, -1.0, 0.0, None, note="build timeout"))
            else:
                timing = time_in_browser(path, "__stillAt", timeout_s, kg_page=False)
                size_mb = round(path.stat().st_size / 1e6, 2)
                rows.append(
                    Row("pyvis defaults", n, m, round(built, 3), size_mb, timing["still_s"])
                )
            print(f"  pyvis: {rows[-1]}", flush=True)
    return rows


def table(rows: list[Row], timeout_s: float) -> str:
    """A side-by-side markdown table with kg/pyvis ratios."""

    def still(row: Row | None) -> str:
        if row is None:
            return "–"
        if row.note == "build timeout":
            return "not built"
        return f"{row.still_s:.2f} s" if row.still_s is not None else f"> {timeout_s:.0f} s"

    lines = [
        "| nodes (edges) | kg build | pyvis build | kg file | pyvis file | kg drawn & still "
        "| pyvis drawn & still | kg / pyvis time | kg search+redraw |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for size in sorted({r.nodes for r in rows}):
        kg = next((r for r in rows if r.tool == "kg" and r.nodes == size), None)
        py = next((r for r in rows if r.tool != "kg" and r.nodes == size), None)
        edges = (kg or py).edges if (kg or py) else 0
        py_build = "–" if py is None else f"{py.build_s:.2f} s"
        py_size = "–" if py is None else f"{py.size_mb:.2f} MB"
        if py is not None and py.note == "build timeout":
            py_build, py_size = f"> {timeout_s:.0f} s", "–"
        ratio = "–"
        if kg and kg.still_s is not None and py and py.note != "build timeout":
            ratio = (
                f"{kg.still_s / py.still_s:.3f}"
                if py.still_s is not None
                else f"< {kg.still_s / timeout_s:.3f}"
            )
        kg_build = f"{kg.build_s:.2f} s" if kg else "–"
        kg_size = f"{kg.size_mb:.2f} MB" if kg else "–"
        interact = f"{kg.interact_ms:.0f} ms" if kg and kg.interact_ms is not None else "–"
        lines.append(
            f"| {size:,} ({edges:,}) | {kg_build} | {py_build} | {kg_size} | {py_size} "
            f"| {still(kg)} | {still(py)} | {ratio} | {interact} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200,1000,2000,20000", help="kg sizes")
    parser.add_argument("--pyvis-sizes", default="200,1000,2000,20000", help="pyvis sizes")
    parser.add_argument(
        "--timeout", type=float, default=100.0, help="cap on each pyvis build and wait, seconds"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    pyvis_sizes = [int(s) for s in args.pyvis_sizes.split(",") if s.strip()]
    started = time.perf_counter()
    rows = run(sizes, pyvis_sizes, args.timeout)
    text = table(rows, args.timeout)
    print()
    print(text)
    print(f"\nwhole bench: {time.perf_counter() - started:.0f} s")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "viz.json").write_text(
        json.dumps([asdict(r) for r in rows], indent=1) + "\n", encoding="utf-8"
    )
    (RESULTS / "viz.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
