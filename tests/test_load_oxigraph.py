"""`kg load` against a real Oxigraph server (PyPI) on 127.0.0.1: answers, reloads, crashes."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from pyoxigraph import RdfFormat, parse

from kg.cli import main
from kg.endpoints import resolve_endpoint
from kg.errors import StoreError
from kg.load import LoadOptions, execute_load, plan_load
from tests.servers import OxigraphServer, free_port
from tests.sparql_answers import count_quads, local_answers, remote_answers

pytestmark = pytest.mark.server

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "load"
MINI = FIXTURES / "mini-seed.trig"
MINI_COUNTS = {
    "https://w3id.org/soc-kg/graph/ersou-highlights-2019": 56,
    "https://w3id.org/soc-kg/graph/reference": 37,
    "https://w3id.org/soc-kg/graph/vocabulary": 11,
}
SEVEN_FORCES = [
    "Bedfordshire Police",
    "Cambridgeshire Constabulary",
    "Essex Police",
    "Hertfordshire Constabulary",
    "Kent Police",
    "Norfolk Constabulary",
    "Suffolk Constabulary",
]


def expected_counts(path: Path) -> dict[str, int]:
    """Distinct triples per named graph, read independently of kg.load."""
    seen: dict[str, set] = {}
    for quad in parse(path=str(path), format=RdfFormat.from_extension(path.suffix[1:])):
        seen.setdefault(quad.graph_name.value, set()).add(quad.triple)
    return {graph: len(triples) for graph, triples in seen.items()}


@pytest.fixture
def seed_dataset(seed_build) -> Path:
    """The real seed graph as `kg load` reads it by default (graph.trig), built from data/."""
    return next(path for path in seed_build.paths if path.suffix == ".trig")


@pytest.fixture
def union_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    """Oxigraph serving the union of named graphs as default graph, as kg's queries expect."""
    server = OxigraphServer(tmp_path / "store", free_port(), union_default_graph=True).start()
    try:
        yield server
    finally:
        server.stop()


def kg_load(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["load", *args])
    return result.exit_code, result.output


def queries() -> list[Path]:
    """The project's saved queries plus this test's own, all run locally and remotely."""
    return sorted((REPO / "queries").glob("*.rq")) + sorted(FIXTURES.glob("cq-*.rq"))


def test_seed_loads_and_answers_every_query_as_locally(
    union_server: OxigraphServer, seed_dataset: Path
) -> None:
    code, output = kg_load("--endpoint", union_server.url, str(seed_dataset))
    assert code == 0, output
    assert "Verified: every graph holds exactly the triples sent." in output
    expected = expected_counts(seed_dataset)
    assert count_quads(union_server.query_url) == expected
    forces = remote_answers(union_server.query_url, (FIXTURES / "cq-member-forces.rq").read_text())
    assert sorted(row[0][0] for row in forces) == SEVEN_FORCES
    for query_file in queries():
        query = query_file.read_text()
        assert remote_answers(union_server.query_url, query) == local_answers(
            seed_dataset, query
        ), query_file.name

    code, output = kg_load("--endpoint", union_server.url, "--chunk-size", "100", str(seed_dataset))
    assert code == 0, output
    assert count_quads(union_server.query_url) == expected


def test_chunked_load_and_reload_of_the_fixture(union_server: OxigraphServer) -> None:
    code, output = kg_load("--endpoint", union_server.url, "--chunk-size", "7", str(MINI))
    assert code == 0, output
    assert count_quads(union_server.query_url) == MINI_COUNTS
    for query_file in sorted(FIXTURES.glob("cq-*.rq")):
        query = query_file.read_text()
        answers = remote_answers(union_server.query_url, query)
        assert answers == local_answers(MINI, query), query_file.name
        assert answers, query_file.name
    label = next(
        iter(remote_answers(union_server.query_url, (FIXTURES / "cq-unicode-place.rq").read_text()))
    )
    assert label == (('Zürich – 東京 😀 "quoted"\nsecond line', "en"),)
    for _ in range(2):
        code, output = kg_load("--endpoint", union_server.url, str(MINI))
        assert code == 0, output
        assert count_quads(union_server.query_url) == MINI_COUNTS


def test_one_graph_and_default_graph_modes(oxigraph_server: OxigraphServer) -> None:
    for atomic in ([], ["--atomic"]):
        code, output = kg_load(
            "--endpoint", oxigraph_server.url, "--graph", "urn:kg:all", *atomic, str(MINI)
        )
        assert code == 0, output
        assert count_quads(oxigraph_server.query_url) == {"urn:kg:all": 103}
    code, output = kg_load("--endpoint", oxigraph_server.url, "--default-graph", str(MINI))
    assert code == 0, output
    assert "default graph: 103 sent, 103 in store" in output
    count = remote_answers(oxigraph_server.query_url, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    assert list(count) == [((103, None),)]


def synthetic(path: Path, cases: int) -> int:
    """A two-graph N-Quads file with a blank-node money node per case; returns its size."""
    lines = []
    for i in range(cases):
        graph = f"<https://w3id.org/soc-kg/graph/source-{i % 2}>"
        case = f"<https://w3id.org/soc-kg/id/case/c{i}>"
        lines += [
            f'{case} <http://www.w3.org/2000/01/rdf-schema#label> "case {i}" {graph} .',
            f"{case} <https://w3id.org/soc-kg/def#defendantCount> "
            f'"{i % 17}"^^<http://www.w3.org/2001/XMLSchema#integer> {graph} .',
            f"{case} <https://w3id.org/soc-kg/def#amount> _:m{i} {graph} .",
            f'_:m{i} <https://w3id.org/soc-kg/def#value> "{i}.50"^^'
            f"<http://www.w3.org/2001/XMLSchema#decimal> {graph} .",
        ]
    path.write_text("\n".join(lines) + "\n")
    return len(lines)


def test_server_killed_mid_request_then_rerun_converges(tmp_path: Path) -> None:
    data = tmp_path / "synthetic.nq"
    total = synthetic(data, 8_000)
    expected = expected_counts(data)
    assert sum(expected.values()) == total == 32_000
    server = OxigraphServer(tmp_path / "store", free_port()).start()
    try:
        endpoint = resolve_endpoint(server.url, "oxigraph", auth="none")
        plan = plan_load([data], chunk_size=10_000)
        assert [len(g.chunks) for g in plan.graphs] == [2, 2]
        killed: list[int] = []

        def crash_midway(done: int) -> None:
            # 15,000: the first piece of the first graph's second chunk is on the wire
            if done >= 15_000 and not killed:
                killed.append(done)
                server.kill()

        with pytest.raises(StoreError) as caught:
            execute_load(plan, endpoint, LoadOptions(retries=1, backoff=0.01), crash_midway)
        assert killed == [15_000]
        message = str(caught.value)
        assert "loading <https://w3id.org/soc-kg/graph/source-0>" in message
        assert "(after 2 attempts)" in message
        assert "\n" not in message

        server.start()
        partial = count_quads(server.query_url)
        assert sum(partial.values()) < total
        result = execute_load(plan_load([data], chunk_size=10_000), endpoint)
        assert {r.graph: r.found for r in result.graphs} == expected
        assert count_quads(server.query_url) == expected
        again = execute_load(plan_load([data]), endpoint)
        assert {r.graph: r.found for r in again.graphs} == expected
    finally:
        server.stop()


KG = str(Path(sys.executable).parent / "kg")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [KG, "load", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_server_not_running_is_exit_3_with_one_line() -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    result = run_cli("--endpoint", closed, "--retries", "1", str(MINI))
    assert result.returncode == 3
    assert result.stderr.splitlines() == [
        f"Error: loading <https://w3id.org/soc-kg/graph/ersou-highlights-2019> (PUT "
        f"{closed}/store): cannot connect to {closed}/store ([Errno 111] Connection refused); "
        "is the server running? (after 2 attempts)"
    ]


def test_wrong_urls_are_exit_3_with_the_servers_message(oxigraph_server: OxigraphServer) -> None:
    url = oxigraph_server.url
    result = run_cli("--endpoint", f"{url}/nope", str(MINI))
    assert result.returncode == 3
    assert result.stderr.strip() == (
        "Error: loading <https://w3id.org/soc-kg/graph/ersou-highlights-2019> "
        f"(PUT {url}/nope/store): HTTP 404 Not Found: PUT /nope/store is not supported by "
        "this server; check --endpoint and --preset (preset oxigraph expects e.g. "
        "http://127.0.0.1:7878)"
    )
    result = run_cli("--endpoint", url, "--query-path", "/store", str(MINI))
    assert result.returncode == 3
    assert result.stderr.strip() == (
        "Error: counting <https://w3id.org/soc-kg/graph/ersou-highlights-2019> "
        f"({url}/store): HTTP 406 Not Acceptable: The accept header does not provide any "
        "accepted format like application/n-quads or text/turtle"
    )
    result = run_cli("--endpoint", url, "--query-path", "/query", "--gsp-path", "/query", str(MINI))
    assert result.returncode == 3
    assert "HTTP 404 Not Found: PUT /query is not supported by this server" in result.stderr


def test_verification_mismatch_is_exit_3_naming_the_graph(
    oxigraph_server: OxigraphServer,
) -> None:
    """Another writer adds a triple between the upload and the count: the load fails."""
    endpoint = resolve_endpoint(oxigraph_server.url, "oxigraph", auth="none")
    plan = plan_load([MINI])

    def concurrent_writer(done: int) -> None:
        if done == plan.triples:
            httpx.post(
                f"{oxigraph_server.url}/store",
                params={"graph": "https://w3id.org/soc-kg/graph/reference"},
                content=b"<urn:x> <urn:y> <urn:z> .\n",
                headers={"Content-Type": "application/n-triples"},
            ).raise_for_status()

    with pytest.raises(StoreError) as caught:
        execute_load(plan, endpoint, on_progress=concurrent_writer)
    assert caught.value.exit_code == 3
    assert str(caught.value) == (
        f"verification failed at {oxigraph_server.query_url}: "
        "<https://w3id.org/soc-kg/graph/reference> holds 38, sent 37"
    )
    result = execute_load(plan, endpoint)
    assert {r.graph: r.found for r in result.graphs} == MINI_COUNTS


def test_progress_rises_piece_by_piece_to_the_total(
    oxigraph_server: OxigraphServer, tmp_path: Path
) -> None:
    data = tmp_path / "synthetic.nq"
    total = synthetic(data, 4_000)
    endpoint = resolve_endpoint(oxigraph_server.url, "oxigraph", auth="none")
    plan = plan_load([data], chunk_size=6_000)
    seen: list[int] = []
    result = execute_load(plan, endpoint, on_progress=seen.append)
    assert seen == sorted(seen)
    assert seen[-1] == total == result.plan.triples == 16_000
    # two graphs of 8,000 triples, each a PUT of 6,000 (pieces of 5,000 and 1,000) and a
    # POST of 2,000: progress moves inside a request, not only between requests
    assert set(seen) == {0, 5_000, 6_000, 8_000, 13_000, 14_000, 16_000}


def test_kg_load_process_with_the_server_stopped_midway_then_rerun(tmp_path: Path) -> None:
    """What a user sees: the server goes down during `kg load`; the rerun repairs it."""
    data = tmp_path / "synthetic.nq"
    synthetic(data, 25_000)
    expected = expected_counts(data)
    server = OxigraphServer(tmp_path / "store", free_port()).start()
    try:
        args = [KG, "load", "--endpoint", server.url, "--chunk-size", "2000", str(data)]
        loading = subprocess.Popen(
            [*args, "--retries", "1"], stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        while not count_quads(server.query_url):  # the first request has landed
            assert loading.poll() is None, loading.communicate()
        server.stop()
        out, err = loading.communicate(timeout=120)
        assert loading.returncode == 3, out + err
        [line] = err.splitlines()
        assert line.startswith("Error: loading <https://w3id.org/soc-kg/graph/source-")
        assert "(after 2 attempts)" in line

        server.start()
        rerun = subprocess.run(args, capture_output=True, text=True, timeout=300)
        assert rerun.returncode == 0, rerun.stderr
        assert count_quads(server.query_url) == expected
        assert sum(expected.values()) == 100_000
    finally:
        server.stop()
