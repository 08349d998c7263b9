"""`kg load` against a second, different store: Debian's Virtuoso, private on 127.0.0.1."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import VirtuosoServer, free_port
from tests.sparql_answers import count_quads, local_answers, remote_answers
from tests.test_load_oxigraph import FIXTURES, MINI, MINI_COUNTS, SEVEN_FORCES, expected_counts

pytestmark = pytest.mark.server

REPO = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).parent / "kg")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"), free_port(), free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def seed_dataset(seed_build) -> Path:
    """The real seed graph as `kg load` reads it by default (graph.trig), built from data/."""
    return next(path for path in seed_build.paths if path.suffix == ".trig")


def kg_load(
    server: VirtuosoServer, *args: str, password: str | None = None
) -> subprocess.CompletedProcess:
    env = {
        "PATH": "/usr/bin:/bin",
        "KG_ENDPOINT_USER": server.user,
        "KG_ENDPOINT_PASSWORD": server.password if password is None else password,
    }
    return subprocess.run(
        [KG, "load", "--preset", "virtuoso", "--endpoint", server.url, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def ours(counts: dict[str, int]) -> dict[str, int]:
    """Graphs this test suite wrote (Virtuoso also holds its own system graphs)."""
    return {g: n for g, n in counts.items() if g.startswith(("https://w3id.org/", "urn:kg:"))}


def test_seed_loads_into_virtuoso_and_answers_as_locally(
    virtuoso: VirtuosoServer, seed_dataset: Path
) -> None:
    result = kg_load(virtuoso, str(seed_dataset))
    assert result.returncode == 0, result.stderr
    expected = expected_counts(seed_dataset)
    assert ours(count_quads(virtuoso.query_url)) == expected
    graphs = sorted(expected)
    forces = remote_answers(
        virtuoso.query_url, (FIXTURES / "cq-member-forces.rq").read_text(), graphs
    )
    assert sorted(row[0][0] for row in forces) == SEVEN_FORCES
    # default-graph-uri for every loaded graph: an RDF merge, like the local union
    for query_file in sorted((REPO / "queries").glob("*.rq")) + sorted(FIXTURES.glob("cq-*.rq")):
        query = query_file.read_text()
        assert remote_answers(virtuoso.query_url, query, graphs) == local_answers(
            seed_dataset, query
        ), query_file.name
    again = kg_load(virtuoso, "--chunk-size", "150", str(seed_dataset))
    assert again.returncode == 0, again.stderr
    assert ours(count_quads(virtuoso.query_url)) == expected


def test_chunked_fixture_with_blank_nodes_and_unicode(virtuoso: VirtuosoServer) -> None:
    for chunk_size in ("7", "100000", "7"):
        result = kg_load(virtuoso, "--chunk-size", chunk_size, str(MINI))
        assert result.returncode == 0, result.stderr
        counts = ours(count_quads(virtuoso.query_url))
        assert {g: counts[g] for g in MINI_COUNTS} == MINI_COUNTS
    graphs = sorted(MINI_COUNTS)
    for query_file in sorted(FIXTURES.glob("cq-*.rq")):
        query = query_file.read_text()
        answers = remote_answers(virtuoso.query_url, query, graphs)
        assert answers and answers == local_answers(MINI, query), query_file.name


def test_one_graph_and_no_default_graph(virtuoso: VirtuosoServer) -> None:
    result = kg_load(virtuoso, "--graph", "urn:kg:all", str(MINI))
    assert result.returncode == 0, result.stderr
    assert "<urn:kg:all>: 103 sent, 103 in store" in result.stdout
    result = kg_load(virtuoso, "--default-graph", str(MINI))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "Error: the virtuoso Graph Store has no default graph; "
        "load into a named graph with --graph IRI"
    )


def test_auth_and_permission_failures_are_exit_3(virtuoso: VirtuosoServer) -> None:
    wrong = kg_load(virtuoso, str(MINI), password="not-the-password")
    assert wrong.returncode == 3
    assert wrong.stderr.strip() == (
        f"Error: authenticating ({virtuoso.url}/sparql-graph-crud-auth): authentication failed "
        "(HTTP 401 Unauthorized); the credentials given (digest auth from "
        "KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD) were refused; check them and --auth"
    )
    assert "not-the-password" not in wrong.stdout + wrong.stderr
    basic = kg_load(virtuoso, "--auth", "basic", str(MINI))
    assert basic.returncode == 3
    assert "authentication failed (HTTP 401 Unauthorized)" in basic.stderr
    assert "accepts only digest auth" in basic.stderr
    anonymous = kg_load(virtuoso, "--auth", "none", "--gsp-path", "/sparql-graph-crud", str(MINI))
    assert anonymous.returncode == 3
    assert anonymous.stderr.strip().endswith(
        "permission denied (HTTP 403 Forbidden: SQ110:SECURITY: Permission denied for delete "
        "from DB.DBA.RDF_QUAD (user ID = 107))"
    )


def test_a_5xx_with_a_message_is_retried_then_exit_3(virtuoso: VirtuosoServer) -> None:
    # Virtuoso answers 500 to a Graph Store request for the default graph
    result = kg_load(
        virtuoso,
        "--preset",
        "oxigraph",
        "--gsp-path",
        "/sparql-graph-crud-auth",
        "--query-path",
        "/sparql",
        "--auth",
        "digest",
        "--default-graph",
        "--retries",
        "1",
        str(MINI),
    )
    assert result.returncode == 3
    assert result.stderr.strip() == (
        f"Error: loading the default graph (PUT {virtuoso.url}/sparql-graph-crud-auth): "
        "HTTP 500 Request Failed: The request to SPARQL 1.1 Graph Store endpoint contains "
        '"default" param but the endpoint is not configured to have default graph '
        "(after 2 attempts)"
    )


def test_stopped_mid_load_then_rerun_converges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.endpoints import resolve_endpoint
    from kg.errors import StoreError
    from kg.load import LoadOptions, execute_load, plan_load
    from tests.test_load_oxigraph import synthetic

    data = tmp_path / "synthetic.nq"
    synthetic(data, 3_000)
    expected = expected_counts(data)
    server = VirtuosoServer(tmp_path / "db", free_port(), free_port()).start()
    try:
        monkeypatch.setenv("KG_ENDPOINT_USER", server.user)
        monkeypatch.setenv("KG_ENDPOINT_PASSWORD", server.password)
        endpoint = resolve_endpoint(server.url, "virtuoso")
        plan = plan_load([data], chunk_size=2_000)

        def crash(done: int) -> None:
            # at 4,000 the second chunk (a POST) is on the wire and its answer not yet read
            if done >= 3_000 and not killed:
                killed.append(done)
                server.kill()

        killed: list[int] = []
        with pytest.raises(StoreError, match="source-0"):
            execute_load(plan, endpoint, LoadOptions(retries=1, backoff=0.01), crash)
        assert killed == [4_000]
        server.start()
        result = execute_load(plan, endpoint)
        assert {r.graph: r.found for r in result.graphs} == expected
        assert ours(count_quads(server.query_url)) == expected
    finally:
        server.stop()
