"""Rendering library results for the terminal (the only place that prints)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from kg.build import BuildResult


def print_build_result(result: BuildResult) -> None:
    """Where the files are and what the graph holds."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    total = sum(n for _, n in result.triples_by_graph())
    console.print(f"[bold green]Built[/] {total} triples; SHACL: conforms")
    table = Table("class", "instances", box=None)
    for name, count in result.counts_by_class():
        table.add_row(name, str(count))
    console.print(table)
    for path in result.paths:
        click.echo(f"wrote {path}")
