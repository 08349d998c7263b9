"""The resident in-memory copy of a built store (`python -m kg.residentserver STORE`).

Started in the background by `kg query` (kg.resident). It copies the store folder
into an in-memory Oxigraph store, then answers runs of `kg query` on a private
Unix socket: each run arrives with the client's working folder and options, runs
through kg.query.execute against the copy, and goes back as (stdout, stderr, exit
code). One run at a time, in the client's working folder, so relative paths and
messages come out exactly as they would in the client; a run that arrives while
another is running is told `busy` at once and runs in its own process instead. It
exits after KG_RESIDENT_IDLE idle seconds, on SIGTERM, or as soon as the store
folder or the kg code changes.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import socketserver
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox

from kg import resident
from kg.store import EmbeddedStore

_REQUEST_TIMEOUT = 10.0  # a client that connects and sends nothing is dropped


def load_copy(store_path: Path) -> ox.Store:
    """The whole store folder, quads and named graphs, in an in-memory store (copied
    quad by quad, so blank nodes keep their labels)."""
    copy = ox.Store()
    copy.extend(ox.Store.read_only(str(store_path)))
    return copy


def answer(copy: ox.Store, expected: bytes, fields: list[bytes]) -> bytes:
    """The reply to one run: its output, or `outdated` when it is for another store."""
    from kg.query import execute

    if len(fields) < 3 or fields[1] != expected:
        return resident.pack(b"outdated")
    args = resident.decode_args(fields[3:])
    store = EmbeddedStore(copy, args.store_path or "out/store")  # messages name it as typed
    os.chdir(os.fsdecode(fields[2]))
    try:
        out, err, code = execute(args, store=store)
    finally:
        os.chdir("/")
    return resident.pack(b"done", out.encode("utf-8"), err.encode("utf-8"), str(code).encode())


def serve(store_path: Path, idle: float) -> int:
    """Load the copy and answer on its socket until idle or outdated; 0 when done."""
    import fcntl

    store_identity = resident.identity(store_path)
    found = resident.names(store_identity) if store_identity else None
    if store_identity is None or found is None:
        return 1
    sock_path, lock_path = found
    lock = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(lock)
        return 0  # another copy is loading or serving this store
    try:
        copy = load_copy(store_path)
        if resident.identity(store_path) != store_identity:
            return 0  # rebuilt while loading: the next query starts a fresh copy
        return _listen(copy, store_path, store_identity, sock_path, idle)
    finally:
        os.close(lock)


def _listen(
    copy: ox.Store, store_path: Path, store_identity: str, sock_path: str, idle: float
) -> int:
    expected = store_identity.encode("utf-8", "surrogateescape")
    last = [time.monotonic()]
    stopping = threading.Event()
    running = threading.Lock()  # one run at a time: runs chdir into the client's folder
    uid = os.getuid()

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            connection: socket.socket = self.request
            try:
                if resident.peer_uid(connection) not in (None, uid):
                    return
                connection.settimeout(_REQUEST_TIMEOUT)
                fields = resident.unpack(connection)
                connection.settimeout(None)
                if fields == [b"stop", expected]:
                    stopping.set()
                    connection.sendall(resident.pack(b"stopping"))
                elif fields[:1] == [b"run"]:
                    if not running.acquire(blocking=False):
                        connection.sendall(resident.pack(b"busy"))
                        return
                    try:
                        reply = answer(copy, expected, fields)
                    finally:
                        running.release()
                    connection.sendall(reply)
            except OSError:
                return  # the client went away (Ctrl-C) or sent nothing; nothing to tell
            finally:
                last[0] = time.monotonic()

    with contextlib.suppress(FileNotFoundError):
        os.unlink(sock_path)
    server = socketserver.ThreadingUnixStreamServer(sock_path, Handler)
    server.daemon_threads = True
    os.chmod(sock_path, 0o600)
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())

    def watch() -> None:
        while True:
            stopping.wait(0.5)
            outdated = resident.identity(store_path) != store_identity
            quiet = time.monotonic() - last[0] > idle and not running.locked()
            if stopping.is_set() or outdated or quiet:
                server.shutdown()
                return

    threading.Thread(target=watch, daemon=True).start()
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
        with contextlib.suppress(OSError):
            os.unlink(sock_path)
    return 0


if __name__ == "__main__":
    sys.exit(serve(Path(sys.argv[1]), resident.idle_seconds()))
