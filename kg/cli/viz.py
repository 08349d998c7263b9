"""`kg viz`, `kg stats`, `kg path`: look at and measure the entity network."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.cli.options import resolve_inputs
from kg.errors import UsageError


def inputs_argument(function: Callable[..., Any]) -> Callable[..., Any]:
    """RDF files to read; the built dataset out/graph.trig when none are given."""
    return click.argument(
        "inputs", nargs=-1, type=click.Path(path_type=Path, dir_okay=False), metavar="[RDF]..."
    )(function)


def load_network(inputs: tuple[Path, ...], figures_as_nodes: bool = False) -> Any:
    """(dataset, network) for the given files."""
    from kg.network import build_network
    from kg.rdfio import read_dataset

    dataset = read_dataset(resolve_inputs(inputs))
    return dataset, build_network(dataset, fold_figures=not figures_as_nodes)


figures_option = click.option(
    "--figures-as-nodes",
    is_flag=True,
    help="Keep statistics, outcomes, seizures and amounts as small nodes "
    "instead of facts on the entity they describe.",
)


@click.command()
@inputs_argument
@click.option("--focus", metavar="ID|LABEL", help="Show only this entity's neighbourhood.")
@click.option(
    "--depth", type=click.IntRange(min=0), default=2, show_default=True, help="Hops from --focus."
)
@click.option(
    "--types",
    "types",
    multiple=True,
    metavar="TYPE[,TYPE]",
    help="Only these types (class name or legend label, e.g. Case,Person).",
)
@click.option("--source", metavar="ID|TITLE", help="Only entities with facts from this source.")
@click.option(
    "--max-nodes",
    type=click.IntRange(min=0),
    default=2000,
    show_default=True,
    help="Above this, show the most connected part (or the --focus neighbourhood); 0 = all.",
)
@click.option(
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("out/graph.html"),
    show_default=True,
    help="The HTML file to write (-: standard output).",
)
@click.option("--title", help="Page title (default: soc-kg network).")
@figures_option
def viz(
    inputs: tuple[Path, ...],
    focus: str | None,
    depth: int,
    types: tuple[str, ...],
    source: str | None,
    max_nodes: int,
    output: Path,
    title: str | None,
    figures_as_nodes: bool,
) -> None:
    """Write an offline, self-contained HTML network view of the graph.

    Reads the built dataset (out/graph.trig) or the RDF files given. Entities are nodes
    named by their label; links are labelled with the property; figures, dates and counts
    appear in each entity's details with the source they came from. The page needs no
    network: open it from disk.

    \b
    Example:
      kg viz
      kg viz --focus "Kathryn Holloway" --depth 2 --output out/holloway.html
      kg viz --types Case,Person,OrganisedCrimeGroup out/graph.trig
    """
    from kg.viz import viz as write_viz

    type_names = [t.strip() for group in types for t in group.split(",") if t.strip()]
    if types and not type_names:
        raise UsageError("--types: expected class names such as Case,Person, got none")
    if focus is not None and not focus.strip():
        raise UsageError("--focus: expected an entity's id or label, got an empty value")
    result = write_viz(
        resolve_inputs(inputs),
        output,
        focus=focus,
        depth=depth,
        types=type_names,
        source=source,
        max_nodes=max_nodes,
        title=title,
        fold_figures=not figures_as_nodes,
    )
    from kg.rdfio import writes_straight

    aside = writes_straight(result.path)  # `--output /dev/stdout`: the page alone on stdout
    click.echo(
        f"Wrote {result.path} ({result.shown_nodes:,} entities, {result.shown_edges:,} links)",
        err=aside,
    )
    if result.notice:
        click.echo(result.notice, err=aside)


@click.command()
@inputs_argument
@click.option(
    "--top",
    type=click.IntRange(min=1),
    metavar="N",
    default=10,
    show_default=True,
    help="Entities listed by degree and by betweenness, and communities listed (--json "
    "lists every community). Classes, predicates and types are always listed in full.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@figures_option
def stats(inputs: tuple[Path, ...], top: int, as_json: bool, figures_as_nodes: bool) -> None:
    """Counts and network measures: classes, predicates, centrality, components, communities.

    Measures are taken on the undirected entity network that `kg export --format graphml`
    writes: networkx degree and betweenness centrality (normalised), connected components
    and Louvain communities (seed 42).

    \b
    Example:
      kg stats --top 5
      kg stats --json out/graph.trig > stats.json
    """
    from kg.analysis import stats as compute
    from kg.analysis import stats_lines

    dataset, network = load_network(inputs, figures_as_nodes)
    result = compute(dataset, network, top=top)
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=1, ensure_ascii=False))
        return

    for line in stats_lines(result, top):
        click.echo(line)


@click.command()
@click.argument("start")
@click.argument("end")
@inputs_argument
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    metavar="N",
    default=5,
    show_default=True,
    help="Most shortest paths to print; when there are more, the first line says how many.",
)
@figures_option
def path(
    start: str, end: str, inputs: tuple[Path, ...], limit: int, figures_as_nodes: bool
) -> None:
    """Shortest paths between two entities, with the property on each hop.

    START and END are an id (unit/ersou), an IRI, a label or an alias; RDF files may
    follow (default out/graph.trig). Links are followed in either direction; the arrow
    shows the direction of the RDF statement.

    \b
    Example:
      kg path "Kathryn Holloway" case/luton-drugs-conspiracy
      kg path ERSOU "Luton" out/graph.trig
    """
    from kg.analysis import find_paths, path_lines

    _, network = load_network(inputs, figures_as_nodes)
    found = find_paths(network, start, end, limit=limit)
    if not found.listed:
        click.echo(f"No path between {start} and {end}.")
        return
    for line in path_lines(found, limit):
        click.echo(line)


COMMANDS = [viz, stats, path]
