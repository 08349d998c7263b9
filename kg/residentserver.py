"""The resident in-memory copy of a built store (`python -m kg.residentserver STORE`).

Started in the background by `kg query` (kg.resident). It copies the store folder
into an in-memory Oxigraph store, then answers runs of `kg query` on a private
Unix socket: each run arrives with the client's working folder and options, runs
through kg.query.execute against the copy, and goes back as (stdout, stderr, exit
code). Runs are served one at a time, in the client's working folder, so relative
paths and messages come out exactly as they would in the client. It exits after
KG_RESIDENT_IDLE idle seconds or as soon as the store folder is rebuilt.
"""

from __future__ import annotations

import contextlib
import os
import socket
import socketserver
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox

from kg import resident
from kg.store import EmbeddedStore


def load_copy(store_path: Path) -> EmbeddedStore:
    """The whole store folder, quads and named graphs, in an in-memory store."""
    copy = ox.Store()
    dumped = ox.Store.read_only(str(store_path)).dump(format=ox.RdfFormat.N_QUADS)
    copy.load(dumped, format=ox.RdfFormat.N_QUADS)
    return EmbeddedStore(copy, str(store_path))


def peer_uid(connection: socket.socket) -> int | None:
    """The user on the other end of a Unix socket (Linux), or None where unknown."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None
    import struct

    credentials = connection.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    return int(struct.unpack("3i", credentials)[1])


def answer(copy: EmbeddedStore, expected: bytes, fields: list[bytes]) -> bytes:
    """The reply to one run: its output, or `outdated` when it is for another store."""
    from kg.query import execute

    if len(fields) < 3 or fields[1] != expected:
        return resident.pack(b"outdated")
    args = resident.decode_args(fields[3:])
    os.chdir(fields[2].decode("utf-8"))
    try:
        out, err, code = execute(args, store=copy)
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
    copy: EmbeddedStore, store_path: Path, store_identity: str, sock_path: str, idle: float
) -> int:
    expected = store_identity.encode("utf-8")
    last = [time.monotonic()]
    stopping = threading.Event()
    uid = os.getuid()

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            connection: socket.socket = self.request
            try:
                if peer_uid(connection) not in (None, uid):
                    return
                fields = resident.unpack(connection)
                if fields == [b"stop", expected]:
                    stopping.set()
                    connection.sendall(resident.pack(b"stopping"))
                elif fields[:1] == [b"run"]:
                    connection.sendall(answer(copy, expected, fields))
            except OSError:
                return  # the client went away (Ctrl-C); nothing to tell
            finally:
                last[0] = time.monotonic()

    with contextlib.suppress(FileNotFoundError):
        os.unlink(sock_path)
    server = socketserver.UnixStreamServer(sock_path, Handler)
    os.chmod(sock_path, 0o600)

    def watch() -> None:
        while True:
            stopping.wait(0.5)
            outdated = resident.identity(store_path) != store_identity
            if stopping.is_set() or outdated or time.monotonic() - last[0] > idle:
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
