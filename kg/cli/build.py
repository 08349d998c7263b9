"""`kg build` and `kg validate`: sources → validated RDF files."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.options import base_iri_option, data_option, output_option


@click.command()
@data_option
@output_option
@base_iri_option
@click.option(
    "--publish-url",
    metavar="URL",
    default=None,
    help="The http(s) URL of the folder the outputs will be published at: "
    "void.ttl then links the dumps under it (void:dataDump, dcat:downloadURL).",
)
def build(data_dir: Path, output_dir: Path, base_iri: str, publish_url: str | None) -> None:
    """Build the knowledge graph from curated YAML and text releases.

    Loads and checks every source, validates the graph with SHACL and writes
    graph.ttl, .nt, .trig, .nq, .jsonld, validation-report.ttl, summary.txt,
    void.ttl (a VoID/DCAT description of the dataset), the store folder that
    `kg query` and `kg serve` read, and graph.html (the network view).
    Nothing is written when the data is invalid (exit 1). The outputs are written
    aside and moved into place together, so an interrupted build leaves the last one.

    \b
    Example:
      kg build --data data --output out
      kg build --publish-url https://data.example.org/soc-kg/
    """
    from kg.build import build_graph
    from kg.cli.render import build_progress, print_build_result

    with build_progress() as report:
        result = build_graph(
            data_dir, output_dir, base_iri=base_iri, publish_url=publish_url, report=report
        )
    print_build_result(result)


@click.command()
@data_option
@base_iri_option
def validate(data_dir: Path, base_iri: str) -> None:
    """Check sources and SHACL shapes without writing anything.

    \b
    Example:
      kg validate --data data
    """
    from kg.build import validate_sources
    from kg.cli.render import build_progress

    with build_progress() as report:
        summary = validate_sources(data_dir, base_iri=base_iri, report=report)
    click.echo(summary)


COMMANDS = [build, validate]
