"""Reading RDF files of any common format, chosen by file extension.

Used by every command that accepts "the built dataset or any RDF file(s)".
Triples files land in the default graph; quad files keep their named graphs.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from rdflib import Dataset

from kg.errors import SourceError, UsageError

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
        if not path.is_file():
            raise UsageError(f"{path}: no such RDF file")
        fmt = rdflib_format(path)
        try:
            if FORMATS[extension(path)][2]:
                result.parse(path, format=fmt)
            else:
                result.default_graph.parse(path, format=fmt)
        except Exception as error:  # rdflib raises many unrelated types for bad syntax
            message = " ".join(str(error).split())
            raise SourceError(path, None, None, f"not valid {fmt}: {message}") from None
    return result


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator[IO]:
    """Write to a temporary file next to `path`, then rename it into place.

    A crash or error leaves the previous file (or nothing), never half a file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(handle, mode, encoding=encoding) as stream:
            yield stream
        os.chmod(temporary, 0o666 & ~_current_umask())  # mkstemp makes files 0600
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
