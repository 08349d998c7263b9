"""Rendering library results for the terminal (the only place that prints)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg.errors import UsageError

if TYPE_CHECKING:
    from kg.build import BuildResult
    from kg.extract.evaluate import Evaluation


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
    import yaml

    from kg.extract import release_files

    files = release_files(paths)
    if not files:
        raise UsageError("no .txt or .md release found in the given paths")
    if fmt in ("trig", "ttl"):
        from rdflib import Graph

        from kg.build import extracted_dataset

        dataset = extracted_dataset(files, data_dir, base_iri, jobs, model)
        if fmt == "trig":
            text = dataset.serialize(format="trig")
        else:
            merged = Graph()
            for prefix, namespace in dataset.namespaces():
                merged.bind(prefix, namespace)
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                merged.add((s, p, o))
            text = merged.serialize(format="turtle")
        _emit(text, output)
        return
    as_folder = output is not None and (output.is_dir() or len(files) > 1)
    if output is not None and as_folder:
        draft_names(files)  # a clash fails before the slow part
        if output.exists() and not output.is_dir():
            raise UsageError(f"cannot write {output}: a file, where drafts need a folder")
    from kg.build import reserved_index

    documents = _drafts(files, data_dir, jobs, model, reserved_index)
    if output is not None and as_folder:
        for target in _write_drafts(yaml, documents, output):
            click.echo(f"wrote {target}")
        return
    _emit("---\n".join(_yaml(yaml, d) for _, d in documents), output)


def draft_names(files: list[Path]) -> dict[Path, str]:
    """Release → its draft's file name (stem.yaml); two releases sharing one is an error.

    Written into one folder, the second would silently replace the first.
    """
    names: dict[Path, str] = {}
    first_with: dict[str, Path] = {}
    for path in files:
        name = f"{path.stem}.yaml"
        if name in first_with:
            raise UsageError(
                f"{first_with[name]} and {path} would both be drafted as {name}; "
                "rename one of them or extract them into different folders"
            )
        first_with[name] = path
        names[path] = name
    return names


def _write_drafts(
    yaml_module: Any, documents: list[tuple[Path, dict[str, Any]]], output: Path
) -> list[Path]:
    """Every draft into `output` as a whole: written aside, moved in once all are written."""
    from kg.rdfio import staged_folder

    names = draft_names([path for path, _ in documents])
    with staged_folder(output) as staging:
        for path, document in documents:
            (staging / names[path]).write_text(_yaml(yaml_module, document), encoding="utf-8")
    return [output / names[path] for path, _ in documents]


def _drafts(files, data_dir, jobs, model, reserved_index):
    from kg.extract import draft_documents

    index, posts = reserved_index(data_dir)
    return draft_documents(
        files, data_dir / "reference", index, jobs=jobs, model=model, posts=posts
    )


def _yaml(yaml_module: Any, document: dict[str, Any]) -> str:
    header = "# Draft records extracted from text: review every fact before curating.\n"
    return header + yaml_module.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)


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
