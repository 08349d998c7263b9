"""`kg export`: the built dataset (or any RDF files) in another format."""

from __future__ import annotations

from pathlib import Path

import click

RDF_CHOICES = ["turtle", "ttl", "ntriples", "nt", "trig", "nquads", "nq", "jsonld"]


@click.command()
@click.option(
    "--format",
    "fmt",
    required=True,
    help="turtle|ttl, ntriples|nt, trig, nquads|nq, jsonld.",
)
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="File to write (written to a temporary name, then renamed).",
)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
def export(fmt: str, output: Path, inputs: tuple[Path, ...]) -> None:
    """Write the built dataset, or the given RDF files, in another format.

    With no INPUTS, reads out/graph.trig from the last `kg build`.

    \b
    Example:
      kg export --format nt -o graph.nt
      kg export --format jsonld -o extra.jsonld extra.ttl
    """
    from kg.export import canonical_format, write_rdf
    from kg.rdfio import read_dataset

    fmt = canonical_format(fmt)  # a typo fails before a large input is read
    dataset = read_dataset(list(inputs) or [Path("out/graph.trig")])
    click.echo(f"wrote {write_rdf(dataset, output, fmt)}")


COMMANDS = [export]
