"""`kg export`: the graph as RDF files or as a network for Gephi, Cytoscape, link charts."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.viz import figures_option, inputs_argument, resolve_inputs
from kg.errors import UsageError

RDF_FORMATS = ("ttl", "nt", "trig", "nq", "jsonld")
NETWORK_FORMATS = ("graphml", "gexf", "csv", "nodelink")
DEFAULT_NAMES = {
    "graphml": "network.graphml",
    "gexf": "network.gexf",
    "csv": "network.csv",
    "nodelink": "network.json",
}


@click.command()
@inputs_argument
@click.option(
    "--format",
    "fmt",
    type=click.Choice(RDF_FORMATS + NETWORK_FORMATS),
    required=True,
    help="RDF (ttl, nt, trig, nq, jsonld) or network: graphml, gexf (Gephi, Cytoscape), "
    "csv (nodes + edges files for link-chart tools), nodelink (JSON for d3/networkx).",
)
@click.option(
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="File to write (default out/graph.<ext> or out/network.<ext>; csv writes "
    "<name>-nodes.csv and <name>-edges.csv).",
)
@figures_option
def export(inputs: tuple[Path, ...], fmt: str, output: Path | None, figures_as_nodes: bool) -> None:
    """Export the graph as RDF or as an entity network with typed attributes.

    Network formats hold the same undirected entity graph `kg stats` measures: node
    label, type, IRI, aliases, facts with sources, degree; edge label, properties and the
    RDF direction (source_iri → target_iri).

    \b
    Example:
      kg export --format graphml --output out/network.graphml
      kg export --format csv            # out/network-nodes.csv, out/network-edges.csv
    """
    from kg.rdfio import read_dataset

    dataset = read_dataset(resolve_inputs(inputs))
    if fmt in RDF_FORMATS:
        try:
            from kg.export import write_rdf  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            raise UsageError(
                f"--format {fmt}: RDF export comes with the build pipeline (kg.export), "
                "which this installation lacks; `kg build` writes out/graph.{ttl,nt,trig,nq,jsonld}"
            ) from None
        target = output or Path("out") / f"graph.{fmt}"
        write_rdf(dataset, fmt, target)
        click.echo(f"Wrote {target}")
        return
    from kg.network import build_network, export_network

    network = build_network(dataset, fold_figures=not figures_as_nodes)
    target = output or Path("out") / DEFAULT_NAMES[fmt]
    for written in export_network(network, fmt, target):
        click.echo(f"Wrote {written}")


COMMANDS = [export]
