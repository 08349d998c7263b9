"""The client side of the resident in-memory copy of a built store.

Oxigraph answers 4-8x faster from memory than from its on-disk RocksDB folder, and
a `kg query` process that hands its run to a warm process skips importing
pyoxigraph and opening RocksDB. So the first `kg query` on a store answers from
disk as before and starts a copy in the background (kg.residentserver); later runs
send their options over a private Unix socket and print what comes back: the same
bytes and exit code the run would have given here. The copy exits after 15 idle
minutes (KG_RESIDENT_IDLE, seconds) and as soon as the store folder changes
(`kg build` replaces it), so it never answers from stale data. KG_RESIDENT=0 or
`kg query --no-resident` turn it off.

This module is on `kg query`'s start-up path, so it imports only what Python has
already loaded at start-up (sys, os) plus the C socket module.
"""

from __future__ import annotations

import _socket
import os
import sys

TYPE_CHECKING = False  # see kg.store: no typing import at start-up
if TYPE_CHECKING:
    from pathlib import Path

    from kg.queryargs import QueryArgs

IDLE_SECONDS = 900.0
_DISABLED = ("0", "off", "no", "false")
_CONNECT_TIMEOUT = 1.0
_FIELDS = ("query", "fmt", "file", "store_path", "queries_dir", "auth")
_MULTIPLE = ("params",)
_FLAGS = ("union", "labels")


def enabled() -> bool:
    """False when KG_RESIDENT says off, or where Unix sockets do not exist."""
    setting = os.environ.get("KG_RESIDENT", "1").strip().lower()
    return setting not in _DISABLED and hasattr(_socket, "AF_UNIX")


def idle_seconds() -> float:
    """How long an unused copy stays (KG_RESIDENT_IDLE, seconds; default 15 minutes)."""
    try:
        return max(0.5, float(os.environ.get("KG_RESIDENT_IDLE", IDLE_SECONDS)))
    except ValueError:
        return IDLE_SECONDS


def runtime_dir() -> str | None:
    """The private folder for sockets and locks, or None when it is not safely ours.

    KG_RUNTIME_DIR, else $XDG_RUNTIME_DIR/soc-kg, else $TMPDIR or /tmp/soc-kg-<uid>.
    It must belong to this user and be closed to everyone else (mode 0700), since
    whoever reaches the socket can read the graph.
    """
    folder = os.environ.get("KG_RUNTIME_DIR")
    if not folder:
        if os.environ.get("XDG_RUNTIME_DIR"):
            folder = os.path.join(os.environ["XDG_RUNTIME_DIR"], "soc-kg")
        else:
            folder = os.path.join(os.environ.get("TMPDIR") or "/tmp", f"soc-kg-{os.getuid()}")
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        info = os.stat(folder)
    except OSError:
        return None
    if info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return folder


def identity(store: str | Path) -> str | None:
    """One version of a store folder: its real path, the folder's inode and mtime, and
    those of RocksDB's CURRENT file. `kg build` swaps in a new folder, so a rebuild
    changes it. None when there is no store there."""
    real = os.path.realpath(store)
    try:
        folder = os.stat(real)
        current = os.stat(os.path.join(real, "CURRENT"))
    except OSError:
        return None
    return (
        f"{real}\n{folder.st_dev}:{folder.st_ino}:{folder.st_mtime_ns}"
        f"\n{current.st_ino}:{current.st_mtime_ns}"
    )


def names(store_identity: str) -> tuple[str, str] | None:
    """The socket and lock file of the copy of one store version."""
    folder = runtime_dir()
    if folder is None:
        return None
    from zlib import crc32

    stem = os.path.join(folder, f"{crc32(store_identity.encode('utf-8')):08x}")
    return stem + ".sock", stem + ".lock"


# --- the wire: a message is a count of fields, each length-prefixed ---------------


def pack(*fields: bytes) -> bytes:
    header = len(fields).to_bytes(4, "big")
    return header + b"".join(len(field).to_bytes(8, "big") + field for field in fields)


def read_exact(stream: _socket.socket, size: int) -> bytes:
    chunks: list[bytes] = []
    while size:
        chunk = stream.recv(min(size, 1 << 20))
        if not chunk:
            raise ConnectionError("the resident store closed the connection")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def unpack(stream: _socket.socket) -> list[bytes]:
    count = int.from_bytes(read_exact(stream, 4), "big")
    return [read_exact(stream, int.from_bytes(read_exact(stream, 8), "big")) for _ in range(count)]


def encode_args(args: QueryArgs) -> list[bytes]:
    """The options of a run as `name=value` fields (paths as the user typed them)."""
    fields = [
        f"{name}={getattr(args, name)}" for name in _FIELDS if getattr(args, name) is not None
    ]
    fields += [f"{name}={value}" for name in _MULTIPLE for value in getattr(args, name)]
    fields += [f"{name}={int(getattr(args, name))}" for name in _FLAGS]
    return [field.encode("utf-8") for field in fields]


def decode_args(fields: list[bytes]) -> QueryArgs:
    """The inverse of encode_args."""
    from kg.queryargs import QueryArgs

    single: dict[str, str] = {}
    multiple: dict[str, list[str]] = {name: [] for name in _MULTIPLE}
    flags: dict[str, bool] = {}
    for field in fields:
        name, _, value = field.decode("utf-8").partition("=")
        if name in multiple:
            multiple[name].append(value)
        elif name in _FLAGS:
            flags[name] = value == "1"
        elif name in _FIELDS:
            single[name] = value
    return QueryArgs(
        single.pop("query", None),
        **single,  # type: ignore[arg-type]
        params=tuple(multiple["params"]),
        union=flags.get("union", True),
        labels=flags.get("labels", True),
    )


# --- the client ------------------------------------------------------------------------


def _exchange(store: str | Path, kind: bytes, *fields: bytes) -> list[bytes] | None:
    """Send one message to the copy of this version of `store`; its reply, or None
    when no copy answers."""
    store_identity = identity(store)
    found = names(store_identity) if store_identity else None
    if store_identity is None or found is None or not os.path.exists(found[0]):
        return None
    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.settimeout(_CONNECT_TIMEOUT)
        connection.connect(found[0])
        connection.settimeout(None)
        connection.sendall(pack(kind, store_identity.encode("utf-8"), *fields))
        return unpack(connection)
    except OSError:
        return None
    finally:
        connection.close()


def run_remote(args: QueryArgs) -> tuple[str, str, int] | None:
    """The run's (stdout, stderr, exit code) from the copy of its store, or None when
    no copy of this version of the store answers (then run it here)."""
    if not enabled():
        return None
    store = args.store_path or os.path.join("out", "store")
    cwd = os.getcwd().encode("utf-8")
    reply = _exchange(store, b"run", cwd, *encode_args(args))
    if reply is None or len(reply) != 4 or reply[0] != b"done":
        return None  # none running, outdated or unexpected: run it here
    return reply[1].decode("utf-8"), reply[2].decode("utf-8"), int(reply[3])


def stop(store: str | Path) -> bool:
    """Ask the copy of this version of `store` to exit; True when one was asked."""
    return _exchange(store, b"stop") == [b"stopping"]


def running(store: str | Path) -> bool:
    """True while a copy of this version of `store` holds its lock (loading or serving)."""
    store_identity = identity(store)
    found = names(store_identity) if store_identity else None
    return found is not None and locked_elsewhere(found[1])


def locked_elsewhere(lock: str) -> bool:
    """True when another process holds the lock file."""
    import fcntl

    try:
        descriptor = os.open(lock, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(descriptor)
    return False


def start(store: str | Path) -> bool:
    """Start the copy of `store` in the background unless one runs; True if started.

    It detaches (own session, no inherited output), so a pipeline reading `kg query`
    ends when the query does; what it logs goes to <runtime dir>/<name>.log.
    """
    if not enabled():
        return False
    store_identity = identity(store)
    found = names(store_identity) if store_identity else None
    if found is None or locked_elsewhere(found[1]):
        return False
    import subprocess

    log = os.open(found[0][: -len(".sock")] + ".log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        subprocess.Popen(
            [sys.executable, "-m", "kg.residentserver", os.path.realpath(store)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,
            close_fds=True,
            cwd="/",
        )
    except OSError:
        return False
    finally:
        os.close(log)
    return True


def wait_until_ready(store: str | Path, timeout: float) -> bool:
    """Poll until the copy of `store` accepts connections (for tests and benchmarks)."""
    import time

    deadline = time.monotonic() + timeout
    store_identity = identity(store)
    found = names(store_identity) if store_identity else None
    if found is None:
        return False
    while time.monotonic() < deadline:
        probe = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        try:
            probe.connect(found[0])
            return True
        except OSError:
            time.sleep(0.05)
        finally:
            probe.close()
    return False
