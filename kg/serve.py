"""`kg serve`: the Oxigraph server from PyPI, read-only over the built store.

It speaks the SPARQL 1.1 Protocol on /query and serves a YASGUI query page on /
from the binary itself, so the page works without internet. Bound to 127.0.0.1.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

from kg.errors import MissingDependency, StoreError, UsageError
from kg.store import is_store_folder

HOST = "127.0.0.1"


def oxigraph_binary() -> str:
    """The `oxigraph` server binary (installed by the `oxigraph` wheel beside Python)."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise MissingDependency("the Oxigraph server is not installed: pip install oxigraph")
    return found


def server_command(store: Path, port: int, *, union: bool = True) -> list[str]:
    """The command line that serves `store` read-only on 127.0.0.1:`port`."""
    if not is_store_folder(store):
        raise StoreError(f"no embedded store at {store}: run `kg build` (it writes out/store)")
    if not 0 < port < 65536:
        raise UsageError(f"--port {port}: expected 1-65535")
    with socket.socket() as probe:
        try:
            probe.bind((HOST, port))
        except OSError:
            raise UsageError(f"--port {port}: {HOST}:{port} is in use; pick another") from None
    command = [
        oxigraph_binary(),
        "serve-read-only",
        "--location",
        str(store),
        "--bind",
        f"{HOST}:{port}",
    ]
    if union:
        command.append("--union-default-graph")
    return command


def start_server(store: Path, port: int, *, union: bool = True) -> subprocess.Popen[bytes]:
    """Start the read-only server; the caller waits on it or stops it. On Linux the
    server is also told to stop when this process dies, however it dies (even kill -9),
    so it never keeps the port."""
    return subprocess.Popen(
        server_command(store, port, union=union),
        preexec_fn=_stop_with_parent if sys.platform == "linux" else None,
    )


def _stop_with_parent() -> None:
    """In the child, before exec: SIGTERM when the parent exits (Linux prctl)."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


class _Stopped(Exception):
    """SIGTERM or SIGHUP while serving: stop the server as Ctrl-C does."""


def _raise_stopped(signum: int, frame: object) -> None:
    raise _Stopped(signum)


def serve(store: Path, port: int, *, union: bool = True) -> int:
    """Run the server in the foreground until it exits, Ctrl-C, SIGTERM or SIGHUP;
    returns its exit code (0 when stopped)."""
    process = start_server(store, port, union=union)
    previous = {
        number: signal.signal(number, _raise_stopped) for number in (signal.SIGTERM, signal.SIGHUP)
    }
    try:
        return process.wait()
    except (KeyboardInterrupt, _Stopped):
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        return 0
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
