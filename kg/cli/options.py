"""Options shared by several commands, declared once."""

from __future__ import annotations

from pathlib import Path

import click

from kg.ids import DEFAULT_BASE

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
    help="Folder the graph files are written to.",
)
base_iri_option = click.option(
    "--base-iri",
    default=DEFAULT_BASE,
    show_default=True,
    help="Base for instance IRIs: {base}id/{kind}/{slug}.",
)
