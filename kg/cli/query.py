"""`kg query`: SPARQL over the built store, RDF files, or a remote endpoint."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.options import SECONDS

# The same as kg.query.FORMATS (a test keeps them equal); the library loads lazily.
FORMATS = ("table", "csv", "tsv", "json", "markdown")


@click.command()
@click.argument("query", required=False)
@click.option(
    "-f",
    "--file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read the query from FILE.rq.",
)
@click.option("--list", "list_only", is_flag=True, help="List saved queries and what each answers.")
@click.option(
    "-o",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="Output: readable table, W3C csv/tsv/json results, or a Markdown table. "
    "CONSTRUCT/DESCRIBE always print Turtle.",
)
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a saved query's parameter: an IRI, a prefixed name (ct:fraud) or a label. "
    "Repeat a name to bind several values.",
)
@click.option(
    "--store",
    "store_path",
    type=click.Path(path_type=Path, file_okay=False),
    help="Embedded store folder written by `kg build`  [default: out/store]",
)
@click.option(
    "--data",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Query these RDF files (format from the extension) instead; repeat to combine.",
)
@click.option("--endpoint", metavar="URL", help="A remote SPARQL 1.1 query endpoint.")
@click.option(
    "--union/--no-union",
    default=True,
    show_default=True,
    help="Use the union of all named graphs as the default graph (GRAPH still works).",
)
@click.option(
    "--labels/--no-labels", default=True, show_default=True, help="Show labels in tables."
)
@click.option(
    "--resident/--no-resident",
    default=True,
    show_default=True,
    help="Answer from an in-memory copy of the store kept warm between runs "
    "(started in the background by the first query; KG_RESIDENT=0 turns it off).",
)
@click.option(
    "--queries",
    "queries_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of saved .rq queries  [default: ./queries]",
)
@click.option(
    "--auth",
    type=click.Choice(("auto", "none", "basic", "digest", "bearer")),
    default="auto",
    show_default=True,
    help="Endpoint auth, as for `kg load`. auto: bearer if KG_ENDPOINT_TOKEN is set, "
    "else basic if KG_ENDPOINT_USER is set, else none; digest for Virtuoso.",
)
@click.option(
    "--timeout", type=SECONDS, default=60.0, show_default=True, help="Endpoint timeout (s)."
)
def query(
    query: str | None,
    file: Path | None,
    list_only: bool,
    fmt: str,
    params: tuple[str, ...],
    store_path: Path | None,
    data: tuple[Path, ...],
    endpoint: str | None,
    union: bool,
    labels: bool,
    resident: bool,
    queries_dir: Path | None,
    auth: str,
    timeout: float,
) -> None:
    """Run a SPARQL query: inline text, -f FILE.rq, or a saved query by name.

    The default graph is the union of all named graphs, so plain patterns see
    every source; GRAPH ?g { … } still says where a fact came from. ASK prints
    true/false and exits 0 for true, 1 for false. An endpoint's credentials come
    from KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD (--auth digest for Virtuoso) or
    KG_ENDPOINT_TOKEN.

    \b
    Example:
      kg query --list
      kg query cq07-arrests-2019
      kg query cases-by-place --param place=Luton --format csv
      kg query 'SELECT ?unit WHERE { ?unit a soc:RegionalUnit }'
      kg query --data out/graph.trig -f my-question.rq --format json
      kg query --endpoint http://127.0.0.1:7878/query cq01-ersou-areas
    """
    from kg import query as queries

    if list_only:
        folder = queries_dir or queries.default_queries_dir()
        click.echo(queries.render_saved_list(queries.saved_queries(folder), folder), nl=False)
        return
    answer = queries.run_query(
        query,
        file=file,
        queries_dir=queries_dir,
        params=params,
        store_path=store_path,
        data=data,
        endpoint=endpoint,
        union=union,
        with_labels=labels and fmt in ("table", "markdown"),
        timeout=timeout,
        auth=auth,
        resident=resident,
    )
    click.echo(
        queries.render(answer.result, fmt, labels=answer.labels, prefixes=answer.prefixes),
        nl=False,
    )
    if isinstance(answer.result, queries.AskResult) and not answer.result.value:
        sys.exit(1)


COMMANDS = [query]
