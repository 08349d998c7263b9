"""`kg load`: push the built dataset into a triple store over the Graph Store Protocol."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg.cli.options import SECONDS, resolve_inputs

# Spelled out here so `kg --help` imports nothing of the library; a test checks they
# match kg.endpoints.PRESETS and AUTH_SCHEMES.
PRESET_NAMES = ("oxigraph", "fuseki", "graphdb", "virtuoso")
AUTH_CHOICES = ("auto", "none", "basic", "digest", "bearer")

if TYPE_CHECKING:
    from kg.endpoints import Endpoint
    from kg.load import LoadOptions, LoadPlan, LoadResult


@click.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--data",
    "data_files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="RDF file to load (repeatable; same as FILES). Default: out/graph.trig.",
)
@click.option(
    "--endpoint",
    envvar="KG_ENDPOINT",
    required=True,
    help="Base URL of the store, e.g. http://127.0.0.1:7878 (env KG_ENDPOINT).",
)
@click.option(
    "--preset",
    type=click.Choice(PRESET_NAMES),
    default="oxigraph",
    show_default=True,
    help="Store kind: sets the Graph Store and query paths and the auth scheme.",
)
@click.option(
    "--gsp-path", default=None, help="Graph Store path after --endpoint (overrides the preset)."
)
@click.option(
    "--query-path", default=None, help="SPARQL query path after --endpoint (overrides the preset)."
)
@click.option("--graph", "graph", default=None, help="Load everything into this one named graph.")
@click.option(
    "--default-graph", "into_default", is_flag=True, help="Load everything into the default graph."
)
@click.option(
    "--chunk-size",
    type=int,
    default=100_000,
    show_default=True,
    help="Most triples per request; bigger graphs are sent as a PUT then POSTs.",
)
@click.option(
    "--timeout",
    type=SECONDS,
    default=120.0,
    show_default=True,
    help="Seconds per request.",
)
@click.option(
    "--retries",
    type=click.IntRange(min=0),
    default=3,
    show_default=True,
    help="Retries (with backoff) after connection errors, timeouts and 5xx answers.",
)
@click.option(
    "--auth",
    type=click.Choice(AUTH_CHOICES),
    default="auto",
    show_default=True,
    help="auto: bearer if KG_ENDPOINT_TOKEN is set, else the preset's scheme if "
    "KG_ENDPOINT_USER is set, else none.",
)
@click.option(
    "--atomic",
    is_flag=True,
    help="One transaction per request (Oxigraph: no bulk loader; slower, several times).",
)
@click.option("--no-verify", is_flag=True, help="Skip counting the triples back after loading.")
@click.option("--dry-run", is_flag=True, help="Show what would be sent; send nothing.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def load(
    files: tuple[Path, ...],
    data_files: tuple[Path, ...],
    endpoint: str,
    preset: str,
    gsp_path: str | None,
    query_path: str | None,
    graph: str | None,
    into_default: bool,
    chunk_size: int,
    timeout: float,
    retries: int,
    auth: str,
    atomic: bool,
    no_verify: bool,
    dry_run: bool,
    quiet: bool,
) -> None:
    """Load the dataset into a triple store (SPARQL 1.1 Graph Store Protocol).

    Each named graph of the input is replaced (PUT) in the store, so a reload
    never duplicates; with --graph everything goes into one graph. After
    loading, the triples of every graph are counted through the SPARQL
    endpoint and must match what was sent (exit 3 otherwise). Credentials
    come only from KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD or
    KG_ENDPOINT_TOKEN.

    \b
    Example:
      kg load --endpoint http://127.0.0.1:7878
      KG_ENDPOINT_USER=dba KG_ENDPOINT_PASSWORD=… \\
        kg load --preset virtuoso --endpoint http://127.0.0.1:8890 out/graph.trig
    """
    from kg.endpoints import resolve_endpoint
    from kg.load import LoadOptions, execute_load, plan_load

    target = resolve_endpoint(endpoint, preset, gsp_path=gsp_path, query_path=query_path, auth=auth)
    plan = plan_load(
        resolve_inputs(files + data_files),
        graph=graph,
        into_default=into_default,
        chunk_size=chunk_size,
    )
    if dry_run:
        _print_plan(plan, target, verify=not no_verify, atomic=atomic)
        return
    options = LoadOptions(timeout=timeout, retries=retries, verify=not no_verify, atomic=atomic)
    if quiet:
        execute_load(plan, target, options)
        return
    result = _load_with_progress(plan, target, options)
    _print_result(result, target)


def _load_with_progress(plan: LoadPlan, target: Endpoint, options: LoadOptions) -> LoadResult:
    """Run the load with a rich progress bar on stderr when it is a terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn

    from kg.cli.render import terminal_progress
    from kg.load import execute_load

    with terminal_progress(
        TextColumn("loading"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("triples"),
        TimeRemainingColumn(),
    ) as progress:
        task = progress.add_task("load", total=plan.triples)
        return execute_load(
            plan, target, options, lambda done: progress.update(task, completed=done)
        )


def _graph_url(target: Endpoint, graph: str | None, atomic: bool) -> str:
    import httpx

    from kg.endpoints import redact
    from kg.load import graph_params

    params = graph_params(target, graph, atomic)
    return redact(str(httpx.URL(target.gsp_url, params=params)))


def _print_plan(plan: LoadPlan, target: Endpoint, verify: bool, atomic: bool) -> None:
    from kg.endpoints import redact
    from kg.triplecount import count_query

    inputs = ", ".join(map(str, plan.inputs))
    click.echo(
        f"Dry run: nothing sent. {plan.triples} triples in {len(plan.graphs)} graph(s) "
        f"from {inputs}."
    )
    click.echo(
        f"Graph Store: {redact(target.gsp_url)} ({target.preset.name} preset), "
        f"Content-Type application/n-triples, at most {plan.chunk_size} triples per request, "
        f"{target.credentials.describe()}."
    )
    for graph in plan.graphs:
        url = _graph_url(target, graph.graph, atomic)
        for index, chunk in enumerate(graph.chunks, start=1):
            part = f" (chunk {index}/{len(graph.chunks)})" if len(graph.chunks) > 1 else ""
            click.echo(
                f"{chunk.method:<4} {url}  {chunk.triples} triples, {chunk.size} bytes{part}"
            )
    if verify:
        click.echo(f"Then verify at {redact(target.query_url)}, for each graph:")
        for graph in plan.graphs:
            click.echo(f"  expect {graph.triples}: {count_query(target, graph.graph)}")


def _print_result(result: LoadResult, target: Endpoint) -> None:
    from kg.endpoints import redact

    plan = result.plan
    verified = all(graph.found is not None for graph in result.graphs)
    click.echo(
        f"Loaded {plan.triples} triples into {len(plan.graphs)} graph(s) at "
        f"{redact(target.gsp_url)} in {result.seconds:.2f} s "
        f"({result.triples_per_second:,.0f} triples/s, {plan.requests} request(s))."
    )
    for graph in result.graphs:
        name = f"<{graph.graph}>" if graph.graph else "default graph"
        store = f", {graph.found} in store" if graph.found is not None else ""
        click.echo(f"  {name}: {graph.sent} sent{store}")
    if verified:
        click.echo("Verified: every graph holds exactly the triples sent.")


COMMANDS = [load]
