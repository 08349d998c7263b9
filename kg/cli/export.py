"""`kg export`: the built dataset (or any RDF files) in another RDF format, or as an
entity network for Gephi, Cytoscape and link-chart tools."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.options import resolve_inputs

RDF_CHOICES = ["turtle", "ttl", "ntriples", "nt", "trig", "nquads", "nq", "jsonld"]
NETWORK_CHOICES = ["graphml", "gexf", "csv", "nodelink"]


@click.command()
@click.option(
    "--format",
    "fmt",
    required=True,
    help="RDF: turtle|ttl, ntriples|nt, trig, nquads|nq, jsonld. Network: graphml, gexf "
    "(Gephi, Cytoscape), csv (nodes and edges files for link-chart tools), nodelink (JSON).",
)
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="File to write (written to a temporary name, then renamed; a device or FIFO such "
    "as /dev/stdout is written straight into; - is standard output). For csv, NAME.csv gives "
    "NAME-nodes.csv and NAME-edges.csv.",
)
@click.option(
    "--figures-as-nodes",
    is_flag=True,
    help="Network formats: keep statistics, outcomes, seizures and amounts as nodes "
    "instead of facts on the entity they describe.",
)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
def export(fmt: str, output: Path, figures_as_nodes: bool, inputs: tuple[Path, ...]) -> None:
    """Write the built dataset, or the given RDF files, in another format.

    With no INPUTS, reads out/graph.trig from the last `kg build`. Network formats hold
    the undirected entity network that `kg stats` measures: node label, type, IRI,
    aliases, facts with their sources, degree; edge label, properties and the RDF
    direction (source_iri → target_iri).

    \b
    Example:
      kg export --format nt -o graph.nt
      kg export --format jsonld -o extra.jsonld extra.ttl
      kg export --format graphml -o out/network.graphml
      kg export --format csv -o out/network.csv   # network-nodes.csv, network-edges.csv
    """
    from kg.export import canonical_format, write_rdf
    from kg.rdfio import read_dataset, writes_straight

    network_format = fmt.lower() in NETWORK_CHOICES
    if not network_format:
        fmt = canonical_format(fmt)  # a typo fails before a large input is read
    dataset = read_dataset(resolve_inputs(inputs))
    if network_format:
        from kg.network import build_network, export_network

        network = build_network(dataset, fold_figures=not figures_as_nodes)
        for written in export_network(network, fmt.lower(), output):
            click.echo(f"wrote {written}", err=writes_straight(written))
        return
    click.echo(f"wrote {write_rdf(dataset, output, fmt)}", err=writes_straight(output))


COMMANDS = [export]
