"""Rendering library results for the terminal (the only place that prints)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg.errors import UsageError

if TYPE_CHECKING:
    from kg.build import BuildResult, Report
    from kg.extract.evaluate import Evaluation


def terminal_progress(*columns: Any) -> Any:
    """A rich Progress with `columns` on stderr, drawn only when stderr is a terminal and
    removed when done (kg build, validate, extract and load share it)."""
    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True)
    return Progress(*columns, console=console, transient=True, disable=not console.is_terminal)


@contextmanager
def build_progress() -> Iterator[Report]:
    """A spinner with the step under way and, while text releases are extracted, a bar
    with their count, on stderr when it is a terminal (nothing otherwise); gone when the
    work ends, so only the result stays."""
    from rich.progress import BarColumn, SpinnerColumn, TextColumn, TimeElapsedColumn

    with terminal_progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[count]}"),
        TimeElapsedColumn(),
    ) as progress:
        task = progress.add_task("starting", total=None, count="")
        step = ""

        def report(what: str, done: int, total: int) -> None:
            nonlocal task, step
            if what != step:  # a new step: its own bar and clock
                progress.remove_task(task)
                task = progress.add_task(what, total=total or None, count="")
                step = what
            progress.update(task, completed=done, count=f"{done}/{total}" if total else "")
            if done in (0, total):  # a step's start and end are always drawn, however quick
                progress.refresh()

        yield report


def print_build_result(result: BuildResult) -> None:
    """Where the files are and what the graph holds."""
    import errno

    from rich.console import Console
    from rich.table import Table

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            """A closed pipe goes to kg's one handler (kg.entry) instead of rich's exit 1."""
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    console = PipeConsole()
    total = sum(n for _, n in result.triples_by_graph())
    console.print(f"[bold green]Built[/] {total} triples; SHACL: conforms")
    table = Table("class", "instances", box=None)
    for name, count in result.counts_by_class():
        table.add_row(name, str(count))
    console.print(table)
    for path in result.paths:
        click.echo(f"wrote {path}")


def write_extraction(
    paths: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    data_dir: Path,
    base_iri: str,
    jobs: int,
    model: str | None,
) -> None:
    """Run `kg extract` and write YAML drafts or RDF where asked."""
    from kg.drafts import (
        check_draft_folder,
        draft_yaml,
        drafts,
        extraction_rdf,
        write_drafts,
    )
    from kg.extract import release_files
    from kg.rdfio import STDOUT

    if output == STDOUT:  # `-o -`: standard output, as with no -o (several drafts too)
        output = None
    files = release_files(paths)
    if not files:
        raise UsageError("no .txt or .md release found in the given paths")
    if fmt in ("trig", "ttl"):
        with build_progress() as report:
            text = extraction_rdf(
                files, fmt, data_dir, base_iri, jobs, model, _counting(report, "extracting")
            )
        _emit(text, output)
        return
    folder = output if output is not None and (output.is_dir() or len(files) > 1) else None
    if folder is not None:
        check_draft_folder(files, folder)
    with build_progress() as report:
        documents = drafts(files, data_dir, jobs, model, _counting(report, "extracting"))
    if folder is not None:
        for target in write_drafts(documents, folder):
            click.echo(f"wrote {target}")
        return
    _emit("---\n".join(draft_yaml(d) for _, d in documents), output)


def _counting(report: Report, what: str) -> Callable[[int, int], None]:
    """A per-release callback that reports `what` with its count."""
    return lambda done, total: report(what, done, total)


def _emit(text: str, output: Path | None) -> None:
    from kg.rdfio import atomic_write

    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
        return
    with atomic_write(output) as stream:
        stream.write(text)
    click.echo(f"wrote {output}", err=True)


def print_evaluation(evaluation: Evaluation, details: bool) -> None:
    """The per-type table, then misses and false hits."""
    click.echo(evaluation_table(evaluation))
    if details:
        for title, items in (("misses", evaluation.misses), ("false hits", evaluation.false_hits)):
            click.echo(f"\n{title} ({len(items)}):")
            for document, fact in items:
                click.echo(f"  {document}  {fact.type:<13} {fact.text}")
        if evaluation.wrong_years:
            click.echo(f"\nperiod years wrong ({len(evaluation.wrong_years)}):")
            for document, fact, year in evaluation.wrong_years:
                click.echo(f"  {document}  {fact.text}: gold {fact.period}, found {year or 'none'}")


def evaluation_table(evaluation: Evaluation) -> str:
    """A Markdown table: fact type, precision, recall, F1 and counts."""
    lines = [
        f"{evaluation.documents} releases",
        "",
        "| fact type | precision | recall | F1 | gold | found | matched |",
        "|---|---|---|---|---|---|---|",
    ]
    rows = [*evaluation.scores.items(), ("overall", evaluation.overall)]
    for name, score in rows:
        lines.append(
            f"| {name} | {score.precision:.2f} | {score.recall:.2f} | {score.f1:.2f} | "
            f"{score.tp + score.fn} | {score.tp + score.fp} | {score.tp} |"
        )
    years = evaluation.period_years
    if years.tp + years.fn:
        lines += ["", f"period years: {years.tp} of {years.tp + years.fn} matched period figures"]
    return "\n".join(lines)
