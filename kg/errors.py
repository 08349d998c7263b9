"""Errors the library raises; `kg.cli` turns each into one line and an exit code.

Exit codes are an interface: 0 ok, 1 invalid data, 2 usage or configuration,
3 store or endpoint failure.
"""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base of every error a user can act on; never shown with a traceback."""

    exit_code = 1


class SourceError(KgError):
    """A source file is wrong at a known place: `file:line: field: expected …`."""

    exit_code = 1

    def __init__(
        self, path: Path | str, line: int | None, field: str | None, expected: str
    ) -> None:
        self.path = Path(path)
        self.line = line
        self.field = field
        self.expected = expected
        where = f"{self.path}:{line}" if line else f"{self.path}"
        what = f" {field}:" if field else ""
        super().__init__(f"{where}:{what} {expected}")


def rdf_syntax_error(path: Path | str, error: SyntaxError) -> SourceError:
    """A parser's SyntaxError (pyoxigraph's, which carries the line) as one line,
    `file:line: not valid RDF: column 49: what`, the form every command reading RDF
    files reports a broken one in."""
    import re

    line = error.lineno if isinstance(error.lineno, int) else None
    text = " ".join(str(error.msg if isinstance(error.msg, str) else error).split())
    # a binary file's bytes are quoted in the message: control characters as escapes
    message = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    if line is not None:  # the line is in the location already
        message = re.sub(rf"^Parser error at line {line}\b\s*", "", message)
    return SourceError(path, line, None, f"not valid RDF: {message}")


class ValidationFailed(KgError):
    """The built graph breaks the SHACL shapes; the report says where."""

    exit_code = 1

    def __init__(self, message: str, report_text: str = "") -> None:
        super().__init__(message)
        self.report_text = report_text


class UsageError(KgError):
    """An option or configuration value is wrong."""

    exit_code = 2


class MissingDependency(UsageError):
    """An optional package is not installed; the message names the extra."""


class StoreError(KgError):
    """A store or endpoint failed: not built, unreachable, refused, or inconsistent."""

    exit_code = 3


class ExtractionFailed(KgError):
    """The extraction rules failed on one release: a bug to report, named by its file, so
    a batch stops with one line instead of a traceback."""

    exit_code = 1
