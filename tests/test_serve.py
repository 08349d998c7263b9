"""`kg serve`: a read-only SPARQL endpoint and query page over the built store."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.remote import RemoteEndpoint
from kg.store import SelectResult, write_store
from tests.query_support import MINI
from tests.servers import free_port, interrupt, wait_until_answers

pytestmark = pytest.mark.server

KG = [str(Path(sys.executable).parent / "kg")]


def start_serve(tmp_path: Path, port: int, stderr: int) -> subprocess.Popen[bytes]:
    """`kg serve` over a small store built in `tmp_path`, as a user starts it."""
    store = write_store(MINI, tmp_path / "out" / "store")
    return subprocess.Popen(
        [*KG, "serve", "--store", str(store), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    )


def test_serve_answers_sparql_and_serves_the_query_page(tmp_path: Path) -> None:
    port = free_port()
    process = start_serve(tmp_path, port, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answers(f"{base}/query?query=ASK%7B%7D", process)
        page = httpx.get(f"{base}/")
        assert page.status_code == 200
        assert "yasgui" in page.text.lower()
        # union default graph, as in `kg query`
        answer = RemoteEndpoint(f"{base}/query").query(
            "SELECT (COUNT(?c) AS ?n) WHERE { ?c a soc:Case }", union_default_graph=False
        )
        assert isinstance(answer, SelectResult)
        assert answer.rows[0][0].value == "4"  # type: ignore[union-attr]
        result = CliRunner().invoke(
            main,
            [
                "query",
                "--endpoint",
                f"{base}/query",
                "-o",
                "csv",
                "SELECT ?l WHERE { ?p a soc:Place ; rdfs:label ?l } ORDER BY ?l",
            ],
        )
        assert result.stdout_bytes == b"l\r\nBedfordshire\r\nDunstable\r\nIpswich\r\nLuton\r\n"
        # read-only: updates are refused
        update = httpx.post(
            f"{base}/update",
            content="INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            headers={"Content-Type": "application/sparql-update"},
        )
        assert update.status_code >= 400
    finally:
        interrupt(process)
    assert f"http://127.0.0.1:{port}/" in process.stderr.read().decode()  # type: ignore[union-attr]


def test_serve_refuses_missing_store_and_busy_port(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code == 3
    assert "run `kg build`" in result.stderr
    store = write_store(MINI, tmp_path / "store")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--store", str(store), "--port", str(port)])
    assert result.exit_code == 2
    assert "in use" in result.stderr


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL])
def test_serve_stopped_by_a_signal_takes_its_server_with_it(
    tmp_path: Path, how: signal.Signals
) -> None:
    """`kill` (or a closed terminal, or even kill -9) of `kg serve` stops the Oxigraph
    server it started, so the port is free for the next one."""
    port = free_port()
    process = start_serve(tmp_path, port, stderr=subprocess.DEVNULL)
    try:
        wait_until_answers(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", process)
        process.send_signal(how)
        process.wait(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    for _ in range(100):  # the server gets SIGTERM and exits within moments
        if port_is_free(port):
            break
        time.sleep(0.1)
    assert port_is_free(port)
