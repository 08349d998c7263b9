"""The entity rules as one class: organisations, places and groups, people."""

from __future__ import annotations

from kg.extract.entities.people import PeopleRules
from kg.extract.entities.places import PlaceRules


class EntityRules(PeopleRules, PlaceRules):
    """Fills `extraction` with organisations, places, groups and people."""
