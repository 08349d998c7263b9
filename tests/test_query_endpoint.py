"""`kg query --endpoint` against a real Oxigraph server gives the local answers."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import httpx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import StoreError, UsageError
from kg.query import bind_parameters, saved_queries
from kg.remote import RemoteEndpoint, httpx_auth, redact
from kg.store import AskResult, GraphResult, SelectResult, open_store, write_store
from tests.query_support import MINI, QUERIES, SAMPLE_PARAMS, rows_of
from tests.servers import OxigraphServer

pytestmark = pytest.mark.server


@pytest.fixture
def loaded(oxigraph_server: OxigraphServer, tmp_path: Path) -> OxigraphServer:
    """The server holding the fixture's quads, loaded with a plain HTTP POST."""
    import pyoxigraph as ox

    store = write_store(MINI, tmp_path / "store")
    # the named graphs only, as `kg load` sends them (the store's default graph holds their merge)
    named = [q for q in open_store(store).oxigraph if not isinstance(q.graph_name, ox.DefaultGraph)]
    nquads = ox.serialize(named, format=ox.RdfFormat.N_QUADS)
    response = httpx.post(
        f"{oxigraph_server.url}/store",
        content=nquads,
        headers={"Content-Type": "application/n-quads"},
    )
    assert response.status_code in (200, 204)
    oxigraph_server.local_store = store  # type: ignore[attr-defined]
    return oxigraph_server


def test_every_saved_query_matches_the_embedded_store(loaded: OxigraphServer) -> None:
    local = open_store(loaded.local_store)  # type: ignore[attr-defined]
    remote = RemoteEndpoint(loaded.query_url)
    checked = 0
    for saved in saved_queries(QUERIES):
        if saved.name not in SAMPLE_PARAMS:
            continue  # the competency questions are checked on the seed graph
        options = SAMPLE_PARAMS.get(saved.name, [])
        values: dict[str, list[str]] = {}
        for option in options:
            key, _, value = option.partition("=")
            values.setdefault(key, []).append(value)
        for bound in ({}, values) if not any(p.required for p in saved.params) else (values,):
            text = bind_parameters(saved, bound, remote)
            assert text == bind_parameters(saved, bound, local)  # labels resolve the same
            ours, theirs = local.query(text), remote.query(text)
            assert isinstance(theirs, SelectResult)
            assert theirs.variables == ours.variables  # type: ignore[union-attr]
            assert rows_of(theirs) == rows_of(ours)
            assert theirs.rows, saved.name
            checked += 1
    assert checked >= 2 * len(SAMPLE_PARAMS) - 1
    remote.close()


def test_cli_endpoint_formats_ask_construct_and_graph(loaded: OxigraphServer) -> None:
    local = ["query", "--store", str(loaded.local_store)]  # type: ignore[attr-defined]
    remote = ["query", "--endpoint", loaded.query_url]
    runner = CliRunner()
    for args in (
        ["--queries", str(QUERIES), "cases-by-place", "-p", "place=Luton", "-o", "csv"],
        ["--queries", str(QUERIES), "people-and-posts"],
        ["-o", "json", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"],
        ["-o", "tsv", "SELECT ?c WHERE { ?c soc:year '2018'^^xsd:gYear }"],
    ):
        here = runner.invoke(main, local + args)
        there = runner.invoke(main, remote + args)
        assert here.exit_code == there.exit_code == 0, there.stderr
        assert here.stdout_bytes == there.stdout_bytes
    assert runner.invoke(main, [*remote, "ASK { ?c a soc:Case }"]).exit_code == 0
    assert runner.invoke(main, [*remote, "ASK { ?c a soc:Nope }"]).exit_code == 1
    endpoint = RemoteEndpoint(loaded.query_url)
    assert endpoint.query("ASK { ?c a soc:Case }") == AskResult(True)
    assert endpoint.query("ASK { ?c a soc:Case }", union_default_graph=False) == AskResult(False)
    graph = endpoint.query("CONSTRUCT { ?c a soc:Case } WHERE { ?c a soc:Case }")
    assert isinstance(graph, GraphResult) and len(graph.triples) == 4


def test_endpoint_syntax_error_has_line_and_column(loaded: OxigraphServer) -> None:
    result = CliRunner().invoke(
        main, ["query", "--endpoint", loaded.query_url, "SELECT * WHERE {\n  ?s ?p\n}"]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: SPARQL syntax error at line 3, column 1")


def test_unreachable_endpoint_is_a_store_error_without_secrets(free_url: str) -> None:
    result = CliRunner().invoke(main, ["query", "--endpoint", free_url, "ASK {}"])
    assert result.exit_code == 3
    assert "unreachable" in result.stderr
    url = free_url.replace("http://", "http://analyst:s3cret@")
    result = CliRunner().invoke(main, ["query", "--endpoint", url, "ASK {}"])
    assert result.exit_code == 2
    assert "s3cret" not in result.stderr + result.stdout


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A real local HTTP server that records the Authorization header it gets."""

    seen: ClassVar[list[str | None]] = []

    digest = False  # when True, ask for HTTP digest credentials first (as Virtuoso does)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        authorization = self.headers.get("Authorization")
        _Recorder.seen.append(authorization)
        if _Recorder.digest and not (authorization or "").startswith("Digest "):
            self.send_response(401)
            self.send_header(
                "WWW-Authenticate", 'Digest realm="kg", nonce="n0nce", qop="auth", algorithm=MD5'
            )
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b'{"head": {}, "boolean": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Recorder.seen.clear()
    _Recorder.digest = False
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def free_url() -> str:
    from tests.servers import free_port

    return f"http://127.0.0.1:{free_port()}/query"


def test_credentials_come_from_the_environment(
    recorder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", "tok-123")
    result = CliRunner().invoke(main, ["query", "--endpoint", recorder, "--no-union", "ASK {}"])
    assert result.exit_code == 0, result.stderr
    assert "tok-123" not in result.stdout + result.stderr
    monkeypatch.delenv("KG_ENDPOINT_TOKEN")
    monkeypatch.setenv("KG_ENDPOINT_USER", "analyst")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "pw")
    result = CliRunner().invoke(main, ["query", "--endpoint", recorder, "--no-union", "ASK {}"])
    assert result.exit_code == 0
    assert _Recorder.seen == ["Bearer tok-123", "Basic YW5hbHlzdDpwdw=="]


def test_digest_credentials_answer_the_challenge(
    recorder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _Recorder.digest = True
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "secret-pw")
    args = ["query", "--endpoint", recorder, "--auth", "digest", "--no-union", "ASK {}"]
    result = CliRunner().invoke(main, args)
    assert (result.exit_code, result.stdout) == (0, "true\n")
    assert _Recorder.seen[0] is None
    assert _Recorder.seen[1].startswith('Digest username="dba", realm="kg"')  # type: ignore[union-attr]
    assert "secret-pw" not in "".join(str(header) for header in _Recorder.seen)
    _Recorder.digest = False


def test_auth_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD", "KG_ENDPOINT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    assert httpx_auth("auto") is None
    with pytest.raises(UsageError, match="KG_ENDPOINT_USER"):
        httpx_auth("digest")
    monkeypatch.setenv("KG_ENDPOINT_USER", "u")
    assert type(httpx_auth("auto")).__name__ == "BasicAuth"
    assert type(httpx_auth("digest")).__name__ == "DigestAuth"
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", "tok")
    assert "tok" not in repr(httpx_auth("auto"))
    assert redact("https://u:p@example.org:8890/sparql") == "https://example.org:8890/sparql"
    with pytest.raises(UsageError, match="not in the URL"):
        RemoteEndpoint("http://u:p@127.0.0.1:9/query")
    with pytest.raises(StoreError):
        RemoteEndpoint("http://127.0.0.1:9/query", timeout=2).query("ASK {}")
