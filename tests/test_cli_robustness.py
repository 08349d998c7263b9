"""Bad options and files for kg query and kg load: one line, an exit code, no traceback.

From a second audit (session 23) of the commands other than extract and build.
"""

from __future__ import annotations

import base64
import http.server
import subprocess
import sys
import threading
from pathlib import Path

import pytest


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real entry point, fast lane included (`kg query` parses without click first)."""
    return subprocess.run(
        [sys.executable, "-c", "from kg.entry import run; run()", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


@pytest.mark.parametrize("timeout", ["-1", "nan", "inf", "0"])
@pytest.mark.parametrize("command", ["query", "load"])
def test_a_timeout_out_of_range_is_an_option_error(
    tmp_path: Path, timeout: str, command: str
) -> None:
    graph = tmp_path / "graph.nt"
    graph.write_text('<https://example.org/a> <https://example.org/b> "c" .\n', encoding="utf-8")
    args = {
        "query": ["query", "--no-resident", "--endpoint", "http://127.0.0.1:9", "ASK {}"],
        "load": ["load", "--endpoint", "http://127.0.0.1:9", str(graph)],
    }[command]
    done = kg(*args, "--timeout", timeout)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.splitlines()[-1] == (
        f"Error: Invalid value for '--timeout': expected seconds from 0.1 to 86400, got '{timeout}'"
    )
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["-f", "{folder}/bad.rq"],
        ["--queries", "{folder}", "bad"],
        ["--queries", "{folder}", "--list"],
    ],
)
def test_a_saved_query_that_is_not_utf8_is_one_line(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "bad.rq").write_bytes(b"\xff\xfe SELECT * WHERE {}\n")
    (tmp_path / "good.rq").write_text("# Q: fine\nASK {}\n", encoding="utf-8")
    graph = tmp_path / "graph.nt"  # data to query, so no built store is needed
    graph.write_text('<https://example.org/a> <https://example.org/b> "c" .\n', "utf-8")
    data = [] if "--list" in args else ["--data", str(graph)]
    done = kg("query", "--no-resident", *data, *(a.format(folder=tmp_path) for a in args))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"Error: {tmp_path / 'bad.rq'}: not UTF-8 text (byte 0)\n"


class EchoAuthorization(http.server.BaseHTTPRequestHandler):
    """A server that answers every request with an error quoting what it was sent."""

    status = 401

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = f"Denied: {self.headers.get('Authorization')} ({PASSWORD} rejected)".encode()
        self.send_response(self.status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args: object) -> None:  # quiet
        pass


PASSWORD = "Pa55-SECRETword"


@pytest.mark.parametrize("status", [401, 400, 500])
@pytest.mark.parametrize("command", ["load", "query"])
def test_a_server_echoing_credentials_never_gets_them_printed(
    tmp_path: Path, status: int, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler = type("Handler", (EchoAuthorization,), {"status": status})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        graph = tmp_path / "graph.nt"
        graph.write_text('<https://example.org/a> <https://example.org/b> "c" .\n', "utf-8")
        monkeypatch.setenv("KG_ENDPOINT_USER", "alice")
        monkeypatch.setenv("KG_ENDPOINT_PASSWORD", PASSWORD)
        args = {
            "load": ["load", "--endpoint", url, "--retries", "0", str(graph)],
            "query": ["query", "--no-resident", "--endpoint", url, "ASK {}"],
        }[command]
        done = kg(*args)
    finally:
        server.shutdown()
    basic = base64.b64encode(f"alice:{PASSWORD}".encode()).decode()
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "Error: " in done.stderr
    assert PASSWORD not in done.stderr + done.stdout
    assert basic not in done.stderr + done.stdout
