"""SPARQL benchmark: soc-kg's query path vs pyoxigraph directly vs plain rdflib.

One run, side by side, on the same deterministic synthetic data (bench/synthetic.py)
at 10k and 100k triples by default (`--large` adds 1M). Five typical queries:
label lookup, 2-hop join, GROUP BY aggregate, property path over the crime-type
hierarchy, OPTIONAL + FILTER on labels. Every engine materialises every row, and
the row counts must agree. soc-kg is timed the way `kg query` runs once its
resident in-memory copy of the store is warm (kg.resident: the run's options go to
the copy, which runs and renders it, here as TSV), and also without the copy
(reading the on-disk store, as the first run after a build does). Also measures the
fixed cost of a `kg query` process (`ASK {}` on the built seed store) against
`python -c "import pyoxigraph"`.

    python -m bench.query_bench            # 10k and 100k, a few minutes
    python -m bench.query_bench --large    # adds 1M (rdflib load and queries are slow)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from bench import synthetic
from kg import resident
from kg.prefixes import PREFIXES
from kg.queryargs import QueryArgs
from kg.store import SelectResult, open_store, write_store

RESULTS = Path(__file__).resolve().parent / "results"
PROLOGUE = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())

QUERIES: dict[str, str] = {
    "label lookup": """
SELECT ?person ?post WHERE { ?person rdfs:label "Person 7" ; org:holds ?post }""",
    "2-hop join": """
SELECT ?case ?force WHERE {
  ?case soc:year "2019"^^xsd:gYear ; soc:ledBy ?unit .
  ?unit soc:leadForce ?force .
}""",
    "aggregate": """
SELECT ?unit ?year (COUNT(?case) AS ?cases) (SUM(?d) AS ?defendants) WHERE {
  ?case soc:ledBy ?unit ; soc:year ?year ; soc:defendantCount ?d .
} GROUP BY ?unit ?year""",
    "property path": """
SELECT ?case ?type WHERE { ?type skos:broader* ct:fraud . ?case soc:offence ?type }""",
    "optional+filter": """
SELECT ?case ?label ?place WHERE {
  ?case a soc:Case ; rdfs:label ?label .
  OPTIONAL { ?case soc:place ?place . ?place soc:within ?county }
  FILTER(CONTAINS(?label, "(drugs-2"))
}""",
}

# The path comes first on purpose: Oxigraph does not reorder property paths, and
# `?case soc:offence ?type . ?type skos:broader* ct:fraud` is about 60x slower there.
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}


def timed(runs: dict[str, Callable[[str], int]], text: str, repeats: int) -> dict:
    """Median wall time per engine and its row count; one warm-up each, then the
    engines take turns (round-robin, starting one later each round) so machine drift
    and running first or last hit them alike."""
    rows = {engine: run(text) for engine, run in runs.items()}
    times: dict[str, list[float]] = {engine: [] for engine in runs}
    order = list(runs.items())
    for round_ in range(repeats):
        shift = round_ % len(order)
        for engine, run in order[shift:] + order[:shift]:
            start = time.perf_counter()
            run(text)
            times[engine].append(time.perf_counter() - start)
    return {engine: (statistics.median(times[engine]), rows[engine]) for engine in runs}


def engines(nquads: Path, store_dir: Path, with_rdflib: bool) -> dict[str, Callable[[str], int]]:
    """Query functions for each engine over the same data; each returns a row count."""
    resident.start(store_dir)
    if not resident.wait_until_ready(store_dir, timeout=1800):
        raise SystemExit(f"the resident copy of {store_dir} did not start; see its log")

    def kg_query(text: str) -> int:
        args = QueryArgs(text, fmt="tsv", store_path=str(store_dir), labels=False)
        reply = resident.run_remote(args)
        if reply is None or reply[2] != 0:
            raise SystemExit(f"kg query through the resident copy failed: {reply}")
        return len(reply[0].splitlines()) - 1

    disk_store = open_store(store_dir)

    def kg_disk_query(text: str) -> int:
        result = disk_store.query(text)
        assert isinstance(result, SelectResult)
        return len(result.rows)

    direct = ox.Store.read_only(str(store_dir))

    def ox_query(text: str) -> int:
        return len([tuple(row) for row in direct.query(text, use_default_graph_as_union=True)])

    memory = ox.Store()
    memory.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)

    def memory_query(text: str) -> int:
        return len([tuple(row) for row in memory.query(text, use_default_graph_as_union=True)])

    out: dict[str, Callable[[str], int]] = {
        "soc-kg": kg_query,
        "soc-kg-disk": kg_disk_query,
        "pyoxigraph": ox_query,
        "pyoxigraph-memory": memory_query,
    }
    if with_rdflib:
        from rdflib import Dataset

        dataset = Dataset(default_union=True)
        dataset.parse(nquads, format="nquads")

        def rdflib_query(text: str) -> int:
            return len(list(dataset.query(text)))

        out["rdflib"] = rdflib_query
    return out


def run_size(label: str, triples: int, repeats: int, work: Path) -> dict:
    nquads = synthetic.write(triples, work / f"synthetic-{label}.nq")
    store_dir = work / f"store-{label}"
    start = time.perf_counter()
    write_store(nquads, store_dir)
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    runs = engines(nquads, store_dir, with_rdflib=True)
    setup_s = time.perf_counter() - start
    per_query: dict[str, dict] = {}
    for name, body in QUERIES.items():
        text = PROLOGUE + body
        cells = timed(runs, text, repeats)
        counts = {engine: rows for engine, (_, rows) in cells.items()}
        if len(set(counts.values())) != 1:
            raise SystemExit(f"{label} {name}: engines disagree on row counts {counts}")
        seconds = {engine: t for engine, (t, _) in cells.items()}
        per_query[name] = {
            "rows": counts["soc-kg"],
            "seconds": seconds,
            "kg_over_pyoxigraph": seconds["soc-kg"] / seconds["pyoxigraph-memory"],
            "kg_disk_over_pyoxigraph_disk": seconds["soc-kg-disk"] / seconds["pyoxigraph"],
            "rdflib_over_kg": seconds["rdflib"] / seconds["soc-kg"],
            "rdflib_over_kg_disk": seconds["rdflib"] / seconds["soc-kg-disk"],
        }
    resident.stop(store_dir)
    medians = {
        key: statistics.median(q[key] for q in per_query.values())
        for key in (
            "kg_over_pyoxigraph",
            "kg_disk_over_pyoxigraph_disk",
            "rdflib_over_kg",
            "rdflib_over_kg_disk",
        )
    }
    return {
        "triples": triples,
        "store_write_s": load_s,
        "open_and_rdflib_load_s": setup_s,
        "queries": per_query,
        **{f"median_{key}": value for key, value in medians.items()},
    }


def fixed_cost(work: Path, repeats: int) -> dict:
    """`kg query 'ASK {}'` on the seed store vs `python -c "import pyoxigraph"` (processes)."""
    seed_out = work / "seed-out"
    store = seed_out / "store"
    if not store.exists():
        from kg.build import build_graph

        build_graph(Path(__file__).resolve().parent.parent / "data", seed_out)
    kg = str(Path(sys.executable).parent / "kg")
    commands = {
        "kg query ASK {}": [kg, "query", "--store", str(store), "ASK {}"],
        "kg query --no-resident ASK {}": [
            kg,
            "query",
            "--no-resident",
            "--store",
            str(store),
            "ASK {}",
        ],
        "python -c 'import pyoxigraph'": [sys.executable, "-c", "import pyoxigraph"],
    }
    resident.start(store)
    if not resident.wait_until_ready(store, timeout=120):
        raise SystemExit(f"the resident copy of {store} did not start; see its log")
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeats):  # round-robin, so drift hits all alike
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
    resident.stop(store)
    medians = {name: statistics.median(values) for name, values in times.items()}
    baseline = medians["python -c 'import pyoxigraph'"]
    return {
        "seconds": medians,
        "ratio": medians["kg query ASK {}"] / baseline,
        "ratio_no_resident": medians["kg query --no-resident ASK {}"] / baseline,
    }


def report(results: dict) -> str:
    lines = []
    for label, size in results["sizes"].items():
        lines.append(f"\n{label} triples (store written in {size['store_write_s']:.2f} s)")
        lines.append(
            f"{'query':<17}{'rows':>8}{'soc-kg':>9}{'kg disk':>9}{'ox disk':>9}{'ox mem':>9}"
            f"{'rdflib':>10}{'kg/ox mem':>11}{'rdflib/kg':>11}"
        )
        for name, q in size["queries"].items():
            ms = {engine: seconds * 1e3 for engine, seconds in q["seconds"].items()}
            lines.append(
                f"{name:<17}{q['rows']:>8}{ms['soc-kg']:>9.2f}{ms['soc-kg-disk']:>9.2f}"
                f"{ms['pyoxigraph']:>9.2f}{ms['pyoxigraph-memory']:>9.2f}{ms['rdflib']:>10.1f}"
                f"{q['kg_over_pyoxigraph']:>11.2f}{q['rdflib_over_kg']:>11.1f}"
            )
        lines.append(
            f"median over the five: soc-kg/pyoxigraph {size['median_kg_over_pyoxigraph']:.2f}x "
            f"(goal <= 1.25), rdflib/soc-kg {size['median_rdflib_over_kg']:.1f}x (goal >= 10)"
        )
        lines.append(
            "  without a warm copy (the first run after a build): soc-kg/pyoxigraph, both on "
            f"disk, {size['median_kg_disk_over_pyoxigraph_disk']:.2f}x; "
            f"rdflib/soc-kg {size['median_rdflib_over_kg_disk']:.1f}x"
        )
    fixed = results["fixed_cost"]
    lines.append(
        "\nms per query, median. soc-kg: `kg query -o tsv` through the warm resident copy\n"
        "(in-process client: options over the socket, the copy runs and renders TSV); kg disk:\n"
        "soc-kg's store API on the on-disk store (what a run does when no copy is warm);\n"
        "ox disk / ox mem: pyoxigraph directly on the same on-disk store / in memory."
    )
    lines.append("\nfixed cost of a process (median)")
    for name, seconds in fixed["seconds"].items():
        lines.append(f"  {name:<34}{seconds * 1e3:8.1f} ms")
    lines.append(
        f"  ratio {fixed['ratio']:.2f}x (goal <= 2); "
        f"without the resident copy {fixed['ratio_no_resident']:.2f}x"
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m bench.query_bench", description=__doc__)
    parser.add_argument("--large", action="store_true", help="also run 1M triples")
    parser.add_argument("--sizes", help="comma list of 10k,100k,1M (overrides --large)")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per query")
    parser.add_argument("--process-repeats", type=int, default=15)
    parser.add_argument("--work", type=Path, help="folder for data and stores (kept)")
    parser.add_argument("--report", type=Path, help="only print the report of a saved results JSON")
    args = parser.parse_args(argv)
    if args.report:
        saved = json.loads(args.report.read_text(encoding="utf-8"))
        print(report(saved), end="")
        return saved
    labels = (
        args.sizes.split(",") if args.sizes else ["10k", "100k"] + (["1M"] if args.large else [])
    )
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-query-bench-"))
    # the resident copies of the bench's stores live in a private runtime folder
    os.environ["KG_RESIDENT"] = "1"
    os.environ["KG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="kgb-")
    results: dict = {"sizes": {}}
    for label in labels:
        print(f"running {label} …", file=sys.stderr, flush=True)
        results["sizes"][label] = run_size(label, SIZES[label], args.repeats, work)
    results["fixed_cost"] = fixed_cost(work, args.process_repeats)
    print(report(results), end="")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "query_bench.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
