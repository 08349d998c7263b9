"""Real servers for tests: the Oxigraph server from PyPI, on 127.0.0.1 and a free port."""

from __future__ import annotations

import shutil
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


@dataclass
class OxigraphServer:
    """A running Oxigraph server; `url` is its base, e.g. http://127.0.0.1:PORT."""

    location: Path
    port: int
    process: subprocess.Popen | None = None

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
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until_answers(f"{self.query_url}?query=ASK%7B%7D", self.process)
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
