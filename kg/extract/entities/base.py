"""What every family of entity rules reads and fills: gazetteer, view, extraction."""

from __future__ import annotations

from kg.extract.facts import Extraction
from kg.extract.gazetteer import Gazetteer
from kg.extract.view import View


class EntityBase:
    """State the families share; each family is a mixin over it."""

    def __init__(self, gaz: Gazetteer, view: View, extraction: Extraction) -> None:
        self.gaz = gaz
        self.view = view
        self.ex = extraction
        self.main_unit: str | None = None
        self.rocu_key: str | None = None
