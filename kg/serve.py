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
from collections.abc import Callable
from pathlib import Path

from kg.errors import MissingDependency, StoreError, UsageError
from kg.resident import store_version
from kg.store import holds_merge, is_store_folder

HOST = "127.0.0.1"
CHECK_SECONDS = 1.0  # how often the store folder is looked at for a rebuild


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
    merged = holds_merge(store)
    if not union and merged:
        raise UsageError(
            "--no-union: this store keeps the merge of its named graphs as its default "
            "graph, and the server cannot hide it; choose graphs with FROM or GRAPH instead"
        )
    if union and not merged:
        # an older store: Oxigraph's own union, which repeats a triple found in two graphs
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


def serve(
    store: Path, port: int, *, union: bool = True, notice: Callable[[str], None] | None = None
) -> int:
    """Run the server in the foreground until it exits, Ctrl-C, SIGTERM or SIGHUP;
    returns its exit code (0 when stopped). If the store folder is rebuilt (or removed)
    meanwhile, `notice` gets one line saying so: the server keeps the store it opened."""
    version = store_version(store)
    process = start_server(store, port, union=union)
    previous = {
        number: signal.signal(number, _raise_stopped) for number in (signal.SIGTERM, signal.SIGHUP)
    }
    try:
        return _wait_watching(process, store, version, notice or _to_stderr)
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


def _wait_watching(
    process: subprocess.Popen[bytes],
    store: Path,
    version: str | None,
    notice: Callable[[str], None],
) -> int:
    """Wait for the server, looking at the store every CHECK_SECONDS: a rebuilt store is
    told once (the server cannot reopen it; Oxigraph holds the old files open)."""
    told = False
    while True:
        try:
            return process.wait(timeout=CHECK_SECONDS)
        except subprocess.TimeoutExpired:
            pass
        if not told and store_version(store) != version:
            notice(
                f"{store} was rebuilt or removed; this server still answers from the store as "
                "it was when it started: restart kg serve to serve the new one"
            )
            told = True


def _to_stderr(line: str) -> None:
    print(line, file=sys.stderr)
