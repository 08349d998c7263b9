"""Reading RDF files of any common format, chosen by file extension.

Used by every command that accepts "the built dataset or any RDF file(s)".
Triples files land in the default graph; quad files keep their named graphs.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from rdflib import Dataset

from kg.errors import SourceError, UsageError, rdf_syntax_error

# extension -> (rdflib format name, media type, holds quads)
FORMATS: dict[str, tuple[str, str, bool]] = {
    "ttl": ("turtle", "text/turtle", False),
    "nt": ("nt", "application/n-triples", False),
    "trig": ("trig", "application/trig", True),
    "nq": ("nquads", "application/n-quads", True),
    "jsonld": ("json-ld", "application/ld+json", True),
    "json": ("json-ld", "application/ld+json", True),
    "rdf": ("xml", "application/rdf+xml", False),
    "owl": ("xml", "application/rdf+xml", False),
    "xml": ("xml", "application/rdf+xml", False),
    "n3": ("n3", "text/n3", False),
}


def extension(path: Path) -> str:
    """The lower-case extension without the dot ('ttl' for graph.TTL)."""
    return path.suffix.lower().lstrip(".")


def rdflib_format(path: Path) -> str:
    """The rdflib parser name for `path`, or a usage error listing what is known."""
    ext = extension(path)
    if ext not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise UsageError(f"{path}: unknown RDF file extension '.{ext}'; expected one of {known}")
    return FORMATS[ext][0]


def media_type(path: Path) -> str:
    """The media type to send when uploading `path`."""
    rdflib_format(path)
    return FORMATS[extension(path)][1]


def read_dataset(paths: Iterable[Path], dataset: Dataset | None = None) -> Dataset:
    """Parse every file into one rdflib Dataset; a syntax error names the file."""
    result = dataset if dataset is not None else Dataset()
    for path in paths:
        _require_regular_file(path)
        fmt = rdflib_format(path)
        try:
            if FORMATS[extension(path)][2]:
                result.parse(path, format=fmt)
            else:
                result.default_graph.parse(path, format=fmt)
        except Exception as error:  # rdflib raises many unrelated types for bad syntax
            raise syntax_error(path, error) from None
    return result


def _require_regular_file(path: Path) -> None:
    """A missing path, a folder and a FIFO or device each say what they are: the file is
    read again on a syntax error (`syntax_error` asks pyoxigraph), which a pipe cannot be."""
    if path.is_file():
        return
    if not path.exists():
        raise UsageError(f"{path}: no such RDF file")
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; expected an RDF file such as out/graph.trig")
    raise UsageError(f"{path}: not a regular file (a pipe or device); save the RDF to a file")


def syntax_error(path: Path, error: Exception) -> SourceError:
    """A file rdflib cannot read, as the same one line `kg query --data` and `kg load`
    give (`file:line: not valid RDF: what`): pyoxigraph, asked to read the file, names
    the line in a short message, where rdflib's often holds a page of the file's text.
    A file only rdflib refuses keeps rdflib's message, on one line."""
    from xml.sax import SAXParseException

    located = _oxigraph_error(path)
    xml_error = error if isinstance(error, SAXParseException) else None
    if located is not None and (located.lineno is not None or xml_error is None):
        return rdf_syntax_error(path, located)
    if xml_error is not None:  # RDF/XML: the XML parser knows the line, pyoxigraph not
        line, message = xml_error.getLineNumber(), xml_error.getMessage()
        return SourceError(path, line, None, f"not valid RDF: {message}")
    message = " ".join(str(error).split())
    return SourceError(path, None, None, f"not valid {rdflib_format(path)}: {message}")


def _oxigraph_error(path: Path) -> SyntaxError | None:
    """pyoxigraph's syntax error for `path`, or None if it reads the file."""
    import pyoxigraph as ox

    media = FORMATS[extension(path)][1]
    try:
        for _ in ox.parse(path=str(path), format=ox.RdfFormat.from_media_type(media)):
            pass
    except SyntaxError as error:
        return error
    except (OSError, ValueError):
        pass
    return None


# `-o -`: standard output, as command-line tools read a lone dash (a file named '-' is
# still reachable as /full/path/-).
STDOUT = Path("-")


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def cannot_write(path: Path, error: OSError) -> UsageError:
    """The one-line error for an output path the system refuses, with its reason."""
    return UsageError(f"cannot write {path}: {error.strerror or error}")


def _make_folder(folder: Path) -> None:
    """`mkdir -p`; a file where a folder should be is named (mkdir says only 'File exists')."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        blocking = next(path for path in (folder, *folder.parents) if path.exists())
        message = f"{blocking} is a file, not a folder"
        raise NotADirectoryError(errno.ENOTDIR, message, str(folder)) from None


def _names_open_file(path: Path) -> bool:
    """True for /dev/stdout, /dev/fd/N, /proc/self/fd/N (any path that leads into /proc).

    Those are written straight through: resolving a link to an open file names
    the file behind the descriptor (or a pipe that is no path at all), not a
    place to rename into, and /proc allows no temporary files.
    """
    current = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on a chain of links
        if os.path.realpath(os.path.dirname(current)).startswith("/proc/"):
            return True
        if not os.path.islink(current):
            return False
        current = os.path.join(os.path.dirname(current), os.readlink(current))
    return False


def _is_special(path: Path) -> bool:
    """An existing device, FIFO or socket (through links): no temporary file can replace it."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator[IO]:
    """Write to a temporary file next to `path`, then rename it into place.

    A crash or error leaves the previous file (or nothing), never half a file.
    A symlink is written through (the file it points to is replaced, the link
    stays); a device, FIFO or socket (`-o /dev/stdout`) is written straight
    into, since it cannot be renamed over; `-` (STDOUT) is standard output. A
    path the system refuses is a `UsageError` naming it and the reason, not a traceback.
    """
    try:
        if path == STDOUT:
            writer = _write_stdout(mode)
        elif writes_straight(path):
            writer = _write_straight(path, mode)
        else:
            writer = _write_renamed(path, mode)
        with writer as stream:
            yield stream
    except OSError as error:
        raise cannot_write(path, error) from None


def writes_straight(path: Path) -> bool:
    """Whether `path` is written straight into (`-`, a device, FIFO, socket or
    /dev/stdout), so a "wrote PATH" message must not go to standard output as well."""
    return path == STDOUT or _is_special(path) or _names_open_file(path)


def _encoding(mode: str) -> str | None:
    return None if "b" in mode else "utf-8"


@contextmanager
def _write_straight(path: Path, mode: str) -> Iterator[IO]:
    # appended, not truncated: `-o /dev/stdout >> log` keeps what the log held
    with open(path, mode.replace("w", "a"), encoding=_encoding(mode)) as stream:
        yield stream


@contextmanager
def _write_stdout(mode: str) -> Iterator[IO]:
    """Standard output, text or bytes, flushed after and left open."""
    sys.stdout.flush()
    stream: IO = sys.stdout.buffer if "b" in mode else sys.stdout
    yield stream
    stream.flush()


@contextmanager
def _write_renamed(path: Path, mode: str) -> Iterator[IO]:
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    _make_folder(target.parent)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, mode, encoding=_encoding(mode)) as stream:
            yield stream
        os.chmod(temporary, 0o666 & ~_current_umask())  # mkstemp makes files 0600
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def staged_folder(folder: Path) -> Iterator[Path]:
    """A private folder to write outputs into; they go into `folder` only when all are written.

    A new `folder` is the staging folder renamed; into an existing one each file
    (or sub-folder) is renamed in turn, with Ctrl-C held back for those few
    renames. An error or Ctrl-C before the end leaves `folder` as it was.
    """
    try:
        if folder.exists() and not folder.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
        staging = _make_staging(folder)
    except OSError as error:
        raise cannot_write(folder, error) from None
    try:
        yield staging
        with interrupts_deferred():
            _move_into(staging, folder)
    except OSError as error:
        raise cannot_write(folder, error) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _make_staging(folder: Path) -> Path:
    """Inside an existing folder (its owner can write there), else beside it."""
    if folder.is_dir():
        return Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=folder))
    _make_folder(folder.parent)
    return Path(tempfile.mkdtemp(prefix=f".{folder.name}.new-", dir=folder.parent))


def _move_into(staging: Path, folder: Path) -> None:
    if not folder.exists():
        os.chmod(staging, 0o777 & ~_current_umask())  # mkdtemp makes folders 0700
        os.replace(staging, folder)
        return
    entries = sorted(staging.iterdir())
    for entry in entries:  # every obstacle before the first rename, not half way through
        destination = folder / entry.name
        if entry.is_file() and destination.is_dir() and not destination.is_symlink():
            message = f"{destination} is a folder, not a file"
            raise IsADirectoryError(errno.EISDIR, message, str(destination))
    for entry in entries:
        if entry.is_dir() and not entry.is_symlink():
            replace_folder(entry, folder / entry.name)
        else:
            os.replace(entry, folder / entry.name)


def replace_folder(new: Path, path: Path) -> None:
    """Swap the folder `new` into `path`: the old one moves aside first, then is removed."""
    if path.exists() or path.is_symlink():
        old = Path(tempfile.mkdtemp(prefix=f".{path.name}.old-", dir=path.parent))
        os.replace(path, old / path.name)
        os.replace(new, path)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(new, path)


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C back for a moment (a few renames), then raise it when they are done."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _frame: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
    if caught:
        raise KeyboardInterrupt
