"""Real servers for tests: the Oxigraph server from PyPI, on 127.0.0.1 and a free port."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    """A port nothing listens on right now, on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def oxigraph_binary() -> str:
    """The `oxigraph` server binary installed by the `oxigraph` wheel in this venv."""
    beside_python = Path(sys.executable).parent / "oxigraph"
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("oxigraph")
    if not found:
        raise RuntimeError("the oxigraph server binary is missing: pip install oxigraph")
    return found


def wait_until_answers(url: str, process: subprocess.Popen, timeout: float = 30.0) -> None:
    """Poll `url` until it answers 2xx, failing early if the process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"server did not answer {url} within {timeout} s")


def interrupt(process: subprocess.Popen) -> None:
    """Stop a `kg serve` as Ctrl-C does, killing it if it does not stop in 15 s."""
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@dataclass
class OxigraphServer:
    """A running Oxigraph server; `url` is its base, e.g. http://127.0.0.1:PORT."""

    location: Path
    port: int
    process: subprocess.Popen | None = None
    union_default_graph: bool = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.url}/query"

    def start(self) -> OxigraphServer:
        self.location.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                oxigraph_binary(),
                "serve",
                "--location",
                str(self.location),
                "--bind",
                f"127.0.0.1:{self.port}",
                *(["--union-default-graph"] if self.union_default_graph else []),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until_answers(f"{self.query_url}?query=ASK%7B%7D", self.process)
        return self

    def kill(self) -> None:
        """Crash the server (SIGKILL), as a power cut or OOM kill would."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def virtuoso_binary() -> str:
    """Debian's `virtuoso-t` (apt package virtuoso-opensource, installed by .ci/run)."""
    found = shutil.which("virtuoso-t")
    if not found:
        raise RuntimeError(
            "virtuoso-t is missing: apt-get install --no-install-recommends virtuoso-opensource"
        )
    return found


def virtuoso_ini(database: Path, http_port: int, sql_port: int) -> str:
    """The packaged ini, rewritten for a private database bound to 127.0.0.1 only."""
    lines: list[str] = []
    section = ""
    for line in VIRTUOSO_INI.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            section = stripped
        key = stripped.split("=", 1)[0].strip() if "=" in stripped else ""
        if key == "ServerPort" and section == "[Parameters]":
            line = f"ServerPort = 127.0.0.1:{sql_port}"
        elif key == "ServerPort" and section == "[HTTPServer]":
            line = f"ServerPort = 127.0.0.1:{http_port}"
        elif key == "DefaultHost":
            line = f"DefaultHost = 127.0.0.1:{http_port}"
        lines.append(line.replace("/var/lib/virtuoso-opensource-7/db", str(database)))
    return "\n".join(lines) + "\n"


@dataclass
class VirtuosoServer:
    """A private Virtuoso (Debian package) under a temp dir, HTTP and SQL on 127.0.0.1.

    A fresh database has the DBA account dba/dba; the writable Graph Store endpoint
    is /sparql-graph-crud-auth (digest auth), SPARQL is /sparql (anonymous read).
    """

    database: Path
    http_port: int
    sql_port: int
    user: str = "dba"
    password: str = "dba"
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def query_url(self) -> str:
        return f"{self.url}/sparql"

    def kill(self) -> None:
        """Crash the server (SIGKILL): Virtuoso keeps whatever it had written."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def start(self) -> VirtuosoServer:
        self.database.mkdir(parents=True, exist_ok=True)
        ini = self.database / "virtuoso.ini"
        ini.write_text(virtuoso_ini(self.database, self.http_port, self.sql_port))
        self.process = subprocess.Popen(
            [virtuoso_binary(), "+foreground", "+configfile", str(ini)],
            cwd=self.database,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until_answers(f"{self.query_url}?query=ASK%7B%7D", self.process, timeout=60)
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
