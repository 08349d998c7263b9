"""Invented releases drafted in one go: the shared set-up of the extraction rule tests."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.extract import draft_documents
from kg.schema import Index
from tests.conftest import REPO

REFERENCE = REPO / "data" / "reference"


def release_text(title: str, publisher: str, *lines: str) -> str:
    """A release file: front matter, then the body lines."""
    return "\n".join(["---", f"title: {title}", f"publisher: {publisher}", "---", *lines, ""])


def draft_releases(releases: dict[str, str], folder: Path) -> dict[str, dict]:
    """Each release written to `folder` and drafted, by its name."""
    paths = []
    for name, text in releases.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return {path.stem: document for path, document in draft_documents(paths, REFERENCE, Index())}


def people_by_id(document: dict) -> dict[str, dict]:
    return {p["id"]: p for p in document.get("people", [])}


def period_figures(document: dict) -> set[tuple]:
    """A draft's period figures as (measure, value, qualifier, unit)."""
    return {
        (f["measure"], Decimal(str(f["value"])), f["qualifier"], f["unit"])
        for f in document.get("figures", [])
    }
