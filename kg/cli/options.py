"""Options shared by several commands, declared once."""

from __future__ import annotations

from pathlib import Path

import click

from kg.errors import StoreError, UsageError
from kg.ids import DEFAULT_BASE, iri_breakers, normalise_base


def refuse_standard_output(ctx: click.Context, param: click.Parameter, value: Path) -> Path:
    """A folder option given `-`: standard output cannot hold a folder of files, so this
    is one usage line (raised as kg's UsageError, not click's, which adds a usage block)."""
    if value == Path("-"):
        option = max(param.opts, key=len)
        raise UsageError(
            f"{option} -: this writes a folder of files, which cannot go to standard output; "
            "give a folder"
        )
    return value


data_option = click.option(
    "--data",
    "data_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=Path("data"),
    show_default=True,
    help="Folder with sources/ (YAML or text releases) and reference/ (CSV).",
)
output_option = click.option(
    "--output",
    "output_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("out"),
    show_default=True,
    callback=refuse_standard_output,
    help="Folder the graph files are written to.",
)
# Characters an IRI may not hold (RFC 3987), besides spaces and control characters.


class Seconds(click.ParamType):
    """A timeout in seconds: a finite number from 0.1 to a day (NaN and inf get past
    click.FloatRange and fail deep in the HTTP client)."""

    name = "seconds"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> float:
        try:
            seconds = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            self.fail(f"expected a number of seconds, got {value!r}", param, ctx)
        if not 0.1 <= seconds <= 86_400:  # False for NaN too
            self.fail(f"expected seconds from 0.1 to 86400, got {value!r}", param, ctx)
        return seconds


SECONDS = Seconds()


def check_base_iri(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """`--base-iri` as an absolute http(s) IRI that every instance IRI can extend.

    Checked here, before anything runs: a bad base would otherwise make every IRI
    of the graph invalid, found only when a serialiser chokes on it. A base without
    a final '/' or '#' gets a '/', as the library does (kg.ids.normalise_base).
    """
    from urllib.parse import urlsplit

    bad = iri_breakers(value)
    if bad:
        raise click.BadParameter(f"{value!r} holds characters an IRI may not: {bad!r}")
    try:
        parts = urlsplit(value)
        _ = parts.port  # a port that is not a number raises here
    except ValueError as error:
        raise click.BadParameter(f"{value!r} is not an IRI ({error})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.BadParameter(
            f"expected an absolute http(s) IRI such as {DEFAULT_BASE}, got {value!r}"
        )
    return normalise_base(value)


base_iri_option = click.option(
    "--base-iri",
    default=DEFAULT_BASE,
    show_default=True,
    callback=check_base_iri,
    help="Base for instance IRIs: {base}id/{kind}/{slug} (an absolute http(s) IRI).",
)


DEFAULT_INPUT = Path("out/graph.trig")


def resolve_inputs(inputs: tuple[Path, ...]) -> list[Path]:
    """The RDF files a command reads: those named, else the last build's graph.trig.

    No build to fall back on is a missing store (exit 3), as for `kg query`, not a wrong
    option: the command line was right, the build is not there."""
    if inputs:
        return list(inputs)
    if not DEFAULT_INPUT.is_file():
        raise StoreError(
            f"no built dataset at {DEFAULT_INPUT}: run `kg build` (it writes "
            f"{DEFAULT_INPUT}), or name RDF files"
        )
    return [DEFAULT_INPUT]
