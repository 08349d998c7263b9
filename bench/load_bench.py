"""Load throughput of `kg load` against the Oxigraph server, beside the server's own ceilings.

Run: python -m bench.load_bench            (100k triples)
     python -m bench.load_bench --sizes 100000 1000000

For each size, on the same synthetic N-Quads file (seeded, shaped like the soc-kg graph:
one named graph per source, cases with blank-node money nodes, figures with decimals
and years, labels), three fresh on-disk stores:

1. ceiling: `oxigraph load --location DIR --file data.nq` (bulk loader, no server);
2. raw HTTP: one POST of the whole N-Quads file to /store of a running server;
3. kg load: plan (parse + N-Triples chunks) + PUT/POST per graph + COUNT verification,
   exactly what `kg load` does, end to end.

Rates are triples per second of wall time; ratios are against the ceiling.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from kg.endpoints import resolve_endpoint
from kg.load import DEFAULT_CHUNK_SIZE, LoadOptions, execute_load, plan_load
from tests.servers import OxigraphServer, free_port, oxigraph_binary

BASE = "https://w3id.org/soc-kg/"
SOC = BASE + "def#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
CRIMES = ["fraud", "cyber-fraud", "drug-trafficking", "burglary", "people-smuggling", "firearms"]
MEASURES = ["Arrests", "CustodialYears", "DrugsSeized", "FirearmsSeized", "Confiscation"]


def generate(path: Path, triples: int, seed: int = 2019) -> int:
    """Write about `triples` distinct quads to `path` (N-Quads); return the exact count."""
    rng = random.Random(seed)
    lines: list[str] = []
    sources = max(1, triples // 20_000)
    i = 0
    while len(lines) < triples:
        source = f"ersou-release-{i % sources:04d}"
        graph = f"<{BASE}graph/{source}>"
        src = f"<{BASE}id/source/{source}>"
        case = f"<{BASE}id/case/case-{i}>"
        place = f"<{BASE}id/place/town-{rng.randrange(500)}>"
        crime = f"<{BASE}crime-type/{rng.choice(CRIMES)}>"
        stat = f"<{BASE}id/statistic/stat-{i}>"
        year = 2015 + rng.randrange(10)
        value = f"{rng.randrange(1, 10_000_000)}.{rng.randrange(100):02d}"
        lines += [
            f"{case} {RDF_TYPE} <{SOC}Case> {graph} .",
            f'{case} {RDFS_LABEL} "Case {i} in release {source}" {graph} .',
            f"{case} <{SOC}offence> {crime} {graph} .",
            f"{case} <{SOC}place> {place} {graph} .",
            f'{case} <{SOC}defendantCount> "{rng.randrange(1, 20)}"^^<{XSD}integer> {graph} .',
            f'{case} <{SOC}year> "{year}"^^<{XSD}gYear> {graph} .',
            f"{case} <{SOC}amount> _:m{i} {graph} .",
            f'_:m{i} <{SOC}value> "{value}"^^<{XSD}decimal> {graph} .',
            f"_:m{i} <{SOC}unit> <http://qudt.org/vocab/currency/GBP> {graph} .",
            f"{case} {DERIVED} {src} {graph} .",
            f"{stat} {RDF_TYPE} <{SOC}Statistic> {graph} .",
            f"{stat} <{SOC}measure> <{SOC}{rng.choice(MEASURES)}> {graph} .",
            f'{stat} <{SOC}value> "{rng.randrange(1, 1000)}"^^<{XSD}decimal> {graph} .',
            f'{stat} <{SOC}period> "{year}"^^<{XSD}gYear> {graph} .',
            f"{stat} {DERIVED} {src} {graph} .",
        ]
        i += 1
    del lines[triples:]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


@dataclass
class Row:
    name: str
    seconds: float
    triples: int

    @property
    def rate(self) -> float:
        return self.triples / self.seconds


def bulk_ceiling(data: Path, work: Path, triples: int) -> Row:
    location = work / "bulk-store"
    started = time.perf_counter()
    subprocess.run(
        [oxigraph_binary(), "load", "--location", str(location), "--file", str(data)],
        check=True,
        capture_output=True,
    )
    return Row(
        "oxigraph load (bulk, server stopped): ceiling", time.perf_counter() - started, triples
    )


def raw_post(data: Path, work: Path, triples: int) -> Row:
    import httpx

    server = OxigraphServer(work / "raw-store", free_port()).start()
    try:
        body = data.read_bytes()
        started = time.perf_counter()
        httpx.post(
            f"{server.url}/store",
            content=body,
            headers={"Content-Type": "application/n-quads"},
            timeout=3600,
        ).raise_for_status()
        return Row("one raw POST of the .nq to /store", time.perf_counter() - started, triples)
    finally:
        server.stop()


def kg_load(data: Path, work: Path, triples: int, chunk_size: int) -> tuple[Row, float]:
    server = OxigraphServer(work / "kg-store", free_port()).start()
    try:
        endpoint = resolve_endpoint(server.url, "oxigraph", auth="none")
        started = time.perf_counter()
        plan = plan_load([data], chunk_size=chunk_size)
        planned = time.perf_counter() - started
        result = execute_load(plan, endpoint, LoadOptions(timeout=3600))
        seconds = time.perf_counter() - started
        assert sum(g.found or 0 for g in result.graphs) == triples, result.graphs
        name = f"kg load (parse, {plan.requests} requests, verify)"
        return Row(name, seconds, triples), planned
    finally:
        server.stop()


def run(size: int, chunk_size: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="kg-load-bench-"))
    try:
        data = work / "data.nq"
        triples = generate(data, size)
        megabytes = data.stat().st_size / 1e6
        print(f"\n{triples:,} triples ({megabytes:.1f} MB of N-Quads), chunk size {chunk_size:,}")
        ceiling = bulk_ceiling(data, work, triples)
        rows = [ceiling, raw_post(data, work, triples)]
        row, planned = kg_load(data, work, triples, chunk_size)
        rows.append(row)
        print(f"{'how':<52} {'seconds':>8} {'triples/s':>11} {'vs ceiling':>10}")
        for r in rows:
            print(f"{r.name:<52} {r.seconds:8.2f} {r.rate:11,.0f} {r.rate / ceiling.rate:10.2f}")
        print(f"  (kg load spent {planned:.2f} s of that parsing and serialising)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE)
    args = parser.parse_args()
    for size in args.sizes:
        run(size, args.chunk_size)


if __name__ == "__main__":
    main()
