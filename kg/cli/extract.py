"""`kg extract` and `kg eval`: press-release text → draft records, and their scores."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.options import base_iri_option, data_option

jobs_option = click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes (each runs spaCy and the rules).",
)
model_option = click.option(
    "--model",
    default=None,
    metavar="NAME",
    help="An installed trained spaCy pipeline (e.g. en_core_web_sm) to add statistical "
    "person/organisation recognition; the rules work without one.",
)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "trig", "ttl"]),
    default="yaml",
    show_default=True,
    help="Draft YAML records for review, or RDF.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="File to write (a folder for YAML from several releases); default, or -: standard output.",
)
@data_option
@base_iri_option
@jobs_option
@model_option
def extract(
    paths: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    data_dir: Path,
    base_iri: str,
    jobs: int,
    model: str | None,
) -> None:
    """Extract draft records from press-release text (.txt or .md, FILE or DIR).

    Each fact carries its character span, sentence and a confidence
    (`evidence:`); ids avoid those in the reference tables and curated
    sources under --data. A release may start with a front-matter block
    (title, publisher, date, url between '---' lines).

    \b
    Example:
      kg extract corpus/dev/03-norfolk-eddie-line.txt
      kg extract releases/ --format trig -o extracted.trig --jobs 2
    """
    from kg.cli.render import write_extraction

    write_extraction(paths, fmt, output, data_dir, base_iri, jobs, model)


@click.command(name="eval")
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Folder of releases (*.txt, *.md) with gold records beside them (*.yaml).",
)
@data_option
@jobs_option
@model_option
@click.option(
    "--details/--no-details", default=True, show_default=True, help="List misses and false hits."
)
def evaluate(gold_dir: Path, data_dir: Path, jobs: int, model: str | None, details: bool) -> None:
    """Score extraction against gold records: precision, recall, F1 per fact type.

    \b
    Example:
      kg eval --gold corpus/dev
    """
    from kg.cli.render import print_evaluation
    from kg.extract.evaluate import evaluate as run

    print_evaluation(run(gold_dir, data_dir / "reference", jobs=jobs, model=model), details)


COMMANDS = [extract, evaluate]
