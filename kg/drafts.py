"""What `kg extract` writes: the extracted dataset as RDF, or YAML drafts for review.

The command line only prints what these return; nothing here prints.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.errors import UsageError

DRAFT_HEADER = "# Draft records extracted from text: review every fact before curating.\n"


def extraction_rdf(
    files: list[Path],
    fmt: str,
    data_dir: Path,
    base_iri: str,
    jobs: int,
    model: str | None,
    on_release: Callable[[int, int], None] | None = None,
) -> str:
    """The releases' extracted dataset as TriG (one graph per release) or Turtle (merged)."""
    from rdflib import Graph

    from kg.build import extracted_dataset

    dataset = extracted_dataset(files, data_dir, base_iri, jobs, model, on_release)
    if fmt == "trig":
        return dataset.serialize(format="trig")
    merged = Graph()
    for prefix, namespace in dataset.namespaces():
        merged.bind(prefix, namespace)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged.serialize(format="turtle")


def drafts(
    files: list[Path],
    data_dir: Path,
    jobs: int,
    model: str | None,
    on_release: Callable[[int, int], None] | None = None,
) -> list[tuple[Path, dict[str, Any]]]:
    """(release, draft document) for each release; ids avoid those of the reference
    tables and curated sources under `data_dir`. `on_release(done, total)` is told
    after each release."""
    from kg.build import reserved_index
    from kg.extract import draft_documents

    index, posts = reserved_index(data_dir)
    return draft_documents(
        files,
        data_dir / "reference",
        index,
        jobs=jobs,
        model=model,
        posts=posts,
        on_release=on_release,
    )


def draft_yaml(document: dict[str, Any]) -> str:
    """One draft as YAML under a header that says it awaits review."""
    import yaml

    return DRAFT_HEADER + yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)


def check_draft_folder(files: list[Path], folder: Path) -> None:
    """Fail before the slow part: two releases sharing a draft's name, or a file where
    the folder should be."""
    draft_names(files)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"cannot write {folder}: a file, where drafts need a folder")


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


def write_drafts(documents: list[tuple[Path, dict[str, Any]]], folder: Path) -> list[Path]:
    """Every draft into `folder` as a whole: written aside, moved in once all are written."""
    from kg.rdfio import staged_folder

    names = draft_names([path for path, _ in documents])
    with staged_folder(folder) as staging:
        for path, document in documents:
            (staging / names[path]).write_text(draft_yaml(document), encoding="utf-8")
    return [folder / names[path] for path, _ in documents]
