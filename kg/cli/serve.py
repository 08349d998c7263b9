"""`kg serve`: a local read-only SPARQL endpoint with a browser query page."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command()
@click.option(
    "--store",
    "store_path",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("out/store"),
    show_default=True,
    help="Embedded store folder written by `kg build`.",
)
@click.option("--port", type=int, default=7878, show_default=True, help="Port on 127.0.0.1.")
@click.option(
    "--union/--no-union",
    default=True,
    show_default=True,
    help="Default graph = the merge of all named graphs (each triple once), as in "
    "`kg query`; a store kg build wrote always serves it.",
)
def serve(store_path: Path, port: int, union: bool) -> None:
    """Serve the built store read-only at http://127.0.0.1:PORT/ until Ctrl-C.

    Open the address in a browser for a query page (it works offline), or point
    any SPARQL client (and `kg query --endpoint`) at http://127.0.0.1:PORT/query.

    \b
    Example:
      kg serve --port 7878
      kg query --endpoint http://127.0.0.1:7878/query --no-union cq02-ersou-lead-force
    """
    from kg.serve import serve as run_server
    from kg.serve import server_command

    server_command(store_path, port, union=union)  # checks the store and the port first
    click.echo(f"Query page:      http://127.0.0.1:{port}/", err=True)
    click.echo(f"SPARQL endpoint: http://127.0.0.1:{port}/query", err=True)
    click.echo("Read-only. Stop with Ctrl-C.", err=True)

    def warn(line: str) -> None:
        click.echo(f"Warning: {line}", err=True)

    sys.exit(run_server(store_path, port, union=union, notice=warn))


COMMANDS = [serve]
