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
import stat
import sys

TYPE_CHECKING = False  # see kg.store: no typing import at start-up
if TYPE_CHECKING:
    from pathlib import Path

    from kg.queryargs import QueryArgs

IDLE_SECONDS = 900.0
_DISABLED = ("0", "off", "no", "false")
_CONNECT_TIMEOUT = 1.0
_LOG_LIMIT = 1 << 20
_SOCKET_PATH_LIMIT = 104  # sun_path is 108 bytes on Linux, 104 on the BSDs
# What a run sends: every QueryArgs field but those that never reach the copy
# (--data and --endpoint runs are not resident; the timeout and auth are for endpoints).
_NOT_SENT = ("data", "endpoint", "timeout", "resident")
_SEQUENCES = ("params",)
_BOOLEANS = ("union", "labels")


def enabled() -> bool:
    """False when KG_RESIDENT says off, or off POSIX (Unix sockets, flock, sessions)."""
    setting = os.environ.get("KG_RESIDENT", "1").strip().lower()
    return setting not in _DISABLED and os.name == "posix" and hasattr(_socket, "AF_UNIX")


def idle_seconds() -> float:
    """How long an unused copy stays (KG_RESIDENT_IDLE, seconds; default 15 minutes)."""
    try:
        return max(0.5, float(os.environ.get("KG_RESIDENT_IDLE", IDLE_SECONDS)))
    except ValueError:
        return IDLE_SECONDS


def runtime_dir() -> str | None:
    """The private folder for sockets and locks, or None when it is not safely ours.

    KG_RUNTIME_DIR, else $XDG_RUNTIME_DIR/soc-kg, else $TMPDIR or /tmp/soc-kg-<uid>
    (relative settings are ignored, as the XDG spec says). It must be a real folder,
    not a symlink, owned by this user and closed to everyone else (mode 0700), since
    whoever reaches the socket can read the graph.
    """
    folder = os.environ.get("KG_RUNTIME_DIR", "")
    if not os.path.isabs(folder):
        xdg = os.environ.get("XDG_RUNTIME_DIR", "")
        tmp = os.environ.get("TMPDIR", "")
        if os.path.isabs(xdg):
            folder = os.path.join(xdg, "soc-kg")
        else:
            folder = os.path.join(tmp if os.path.isabs(tmp) else "/tmp", f"soc-kg-{os.getuid()}")
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return folder


def identity(store: str | Path) -> str | None:
    """One version of a store folder as served by one version of this code: the
    store_version, plus the Python environment (sys.prefix) and the newest file of the
    kg package (an upgrade or an edit changes it). None when there is no store there."""
    version = store_version(store)
    return None if version is None else f"{version}\n{sys.prefix}\n{code_stamp()}"


def store_version(store: str | Path) -> str | None:
    """One version of a store folder: its real path, the folder's inode and mtime and
    those of RocksDB's CURRENT file (`kg build` swaps in a new folder, so a rebuild
    changes it; opening it read-only does not). None when there is no store there."""
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


def code_stamp() -> str:
    """The kg package folder and the newest modification time of the files in it."""
    package = os.path.dirname(os.path.abspath(__file__))
    newest = 0
    for folder in (package, *_subfolders(package)):
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith((".py", ".html", ".js", ".css")):
                    newest = max(newest, entry.stat().st_mtime_ns)
    return f"{package}:{newest}"


def _subfolders(package: str) -> list[str]:
    with os.scandir(package) as entries:
        return [
            entry.path
            for entry in entries
            if entry.is_dir() and not entry.name.startswith((".", "__"))
        ]


def names(store_identity: str) -> tuple[str, str] | None:
    """The socket and lock file of the copy of one store version; None when there is
    no safe runtime folder or the socket path would be too long for Unix sockets."""
    folder = runtime_dir()
    if folder is None:
        return None
    from zlib import adler32, crc32

    key = store_identity.encode("utf-8", "surrogateescape")
    stem = os.path.join(folder, f"{crc32(key):08x}{adler32(key):08x}")
    if len(os.fsencode(stem + ".sock")) >= _SOCKET_PATH_LIMIT:
        return None
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


def _sent(args: QueryArgs) -> list[str]:
    return [name for name in type(args).__slots__ if name not in _NOT_SENT]


def encode_args(args: QueryArgs) -> list[bytes]:
    """The options of a run as `name=value` fields (paths as the user typed them;
    os.fsencode keeps names that are not UTF-8 intact)."""
    fields: list[str] = []
    for name in _sent(args):
        value = getattr(args, name)
        if name in _SEQUENCES:
            fields += [f"{name}={item}" for item in value]
        elif name in _BOOLEANS:
            fields.append(f"{name}={int(value)}")
        elif value is not None:
            fields.append(f"{name}={value}")
    return [os.fsencode(field) for field in fields]


def decode_args(fields: list[bytes]) -> QueryArgs:
    """The inverse of encode_args."""
    from kg.queryargs import QueryArgs

    single: dict[str, str] = {}
    sequences: dict[str, list[str]] = {name: [] for name in _SEQUENCES}
    booleans: dict[str, bool] = {}
    for field in fields:
        name, _, value = os.fsdecode(field).partition("=")
        if name in sequences:
            sequences[name].append(value)
        elif name in _BOOLEANS:
            booleans[name] = value == "1"
        else:
            single[name] = value
    query = single.pop("query", None)
    return QueryArgs(
        query,
        **single,  # type: ignore[arg-type]
        **{name: tuple(values) for name, values in sequences.items()},  # type: ignore[arg-type]
        **booleans,  # type: ignore[arg-type]
    )


# --- the client ------------------------------------------------------------------------


def _exchange(store: str | Path, kind: bytes, *fields: bytes) -> list[bytes] | None:
    """Send one message to the copy of this version of `store`; its reply, or None
    when no copy of ours answers."""
    store_identity = identity(store)
    found = names(store_identity) if store_identity else None
    if store_identity is None or found is None or not os.path.exists(found[0]):
        return None
    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.settimeout(_CONNECT_TIMEOUT)
        connection.connect(found[0])
        if peer_uid(connection) not in (None, os.getuid()):
            return None  # not a copy we started: never send it our query
        connection.sendall(pack(kind, store_identity.encode("utf-8", "surrogateescape"), *fields))
        connection.settimeout(None)  # a query may rightly take long
        return unpack(connection)
    except OSError:
        return None
    finally:
        connection.close()


def peer_uid(connection: _socket.socket) -> int | None:
    """The user on the other end of a Unix socket (Linux), or None where unknown."""
    option = getattr(_socket, "SO_PEERCRED", None)
    if option is None:
        return None
    credentials = connection.getsockopt(_socket.SOL_SOCKET, option, 12)  # pid, uid, gid
    return int.from_bytes(credentials[4:8], sys.byteorder)


def run_remote(args: QueryArgs) -> tuple[str, str, int] | None:
    """The run's (stdout, stderr, exit code) from the copy of its store, or None when
    no copy of this version of the store can take it now (then run it here): none
    runs, it is busy with another run, or anything at all goes wrong on the way."""
    if not enabled():
        return None
    try:
        store = args.store_path or os.path.join("out", "store")
        cwd = os.fsencode(os.getcwd())
        reply = _exchange(store, b"run", cwd, *encode_args(args))
    except (OSError, ValueError):
        return None
    if reply is None or len(reply) != 4 or reply[0] != b"done":
        return None  # none running, busy, outdated or unexpected: run it here
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

    log_path = found[0][: -len(".sock")] + ".log"
    try:
        if os.path.getsize(log_path) > _LOG_LIMIT:
            os.unlink(log_path)
    except OSError:
        pass
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        log = os.open(log_path, flags, 0o600)
    except OSError:
        return False
    try:
        subprocess.Popen(
            [sys.executable, "-m", "kg.residentserver", os.path.realpath(store)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,
            close_fds=True,
            cwd="/",
            env={**os.environ, "KG_RUNTIME_DIR": found[0].rsplit(os.sep, 1)[0]},
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
