"""Load throughput of `kg load` against the Oxigraph server, beside the server's own ceilings.

Run: python -m bench.load_bench            (100k triples)
     python -m bench.load_bench --sizes 100000 1000000

For each size, on the same synthetic N-Quads file (seeded, shaped like the soc-kg graph:
one named graph per 20k triples, cases with blank-node money nodes, figures with decimals
and years, labels), each on a fresh on-disk store:

1. ceiling: `oxigraph load --location DIR --file data.nq` (bulk loader, server stopped);
2. raw HTTP: one POST of the whole N-Quads file to /store of a running server, with and
   without `no_transaction` (the server's own bulk loader over HTTP);
3. kg load: plan (parse + N-Triples chunks) + PUT/POST per graph + COUNT verification,
   exactly what `kg load` does, end to end; and the same with --atomic.

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


def raw_post(data: Path, work: Path, triples: int, bulk: bool) -> Row:
    import httpx

    server = OxigraphServer(work / f"raw-store-{bulk}", free_port()).start()
    try:
        body = data.read_bytes()
        started = time.perf_counter()
        httpx.post(
            f"{server.url}/store",
            params={"no_transaction": ""} if bulk else {},
            content=body,
            headers={"Content-Type": "application/n-quads"},
            timeout=3600,
        ).raise_for_status()
        name = "one raw POST of the .nq to /store" + ("?no_transaction" if bulk else "")
        return Row(name, time.perf_counter() - started, triples)
    finally:
        server.stop()


def kg_load(
    data: Path, work: Path, triples: int, chunk_size: int, atomic: bool
) -> tuple[Row, float]:
    server = OxigraphServer(work / f"kg-store-{atomic}", free_port()).start()
    try:
        endpoint = resolve_endpoint(server.url, "oxigraph", auth="none")
        started = time.perf_counter()
        plan = plan_load([data], chunk_size=chunk_size)
        planned = time.perf_counter() - started
        result = execute_load(plan, endpoint, LoadOptions(timeout=3600, atomic=atomic))
        seconds = time.perf_counter() - started
        assert sum(g.found or 0 for g in result.graphs) == triples, result.graphs
        name = f"kg load{' --atomic' if atomic else ''} (parse, {plan.requests} requests, verify)"
        return Row(name, seconds, triples), planned
    finally:
        server.stop()


def median(rows: list[Row]) -> Row:
    ordered = sorted(rows, key=lambda r: r.seconds)
    return ordered[len(ordered) // 2]


def run(size: int, chunk_size: int, repeat: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="kg-load-bench-"))
    try:
        data = work / "data.nq"
        triples = generate(data, size)
        megabytes = data.stat().st_size / 1e6
        print(
            f"\n{triples:,} triples ({megabytes:.1f} MB of N-Quads), chunk size {chunk_size:,}, "
            f"median of {repeat} rounds (each on fresh on-disk stores)"
        )
        rounds: dict[str, list[Row]] = {}
        planning: list[float] = []
        for index in range(repeat):
            here = work / f"round-{index}"
            here.mkdir()
            measured = [
                bulk_ceiling(data, here, triples),
                raw_post(data, here, triples, bulk=False),
                raw_post(data, here, triples, bulk=True),
            ]
            for atomic in (False, True):
                row, planned = kg_load(data, here, triples, chunk_size, atomic)
                measured.append(row)
                planning.append(planned)
            for row in measured:
                rounds.setdefault(row.name, []).append(row)
            shutil.rmtree(here, ignore_errors=True)
        rows = [median(found) for found in rounds.values()]
        ceiling = rows[0]
        print(f"{'how':<58} {'seconds':>8} {'triples/s':>11} {'vs ceiling':>10}")
        for r in rows:
            print(f"{r.name:<58} {r.seconds:8.2f} {r.rate:11,.0f} {r.rate / ceiling.rate:10.2f}")
        planning.sort()
        print(
            f"  (kg load: reading and grouping the input took {planning[len(planning) // 2]:.2f} s)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the median is shown")
    args = parser.parse_args()
    for size in args.sizes:
        run(size, args.chunk_size, args.repeat)


if __name__ == "__main__":
    main()
