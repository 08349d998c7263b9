"""Drafting in two halves: a predraft per release, ids resolved in input order.

`--jobs` workers predraft and the parent resolves, so these tests check the
resolved documents of two releases that share names, and that a predraft sent
through pickle (as from a worker) resolves to the same document.
"""

from __future__ import annotations

import pickle
from decimal import Decimal
from pathlib import Path

import pytest

from kg.extract.draft import Drafter, Predrafter, Taken
from kg.extract.facts import (
    CaseFact,
    Extraction,
    FigureFact,
    OrgFact,
    PersonFact,
    PlaceFact,
    PostFact,
    Span,
)
from kg.schema import Index


def _span(start: int) -> Span:
    return Span(start, start + 4, "One sentence.", 0.8)


def _release(age: int) -> Extraction:
    ex = Extraction(source_id="rel-a", meta={"title": "Gang jailed", "date": "2021-05-06"})
    ex.orgs["Gang X"] = OrgFact("Gang X", "group", _span(1), key="Gang X", lead_force="kent")
    ex.orgs["Gang Y"] = OrgFact("Gang Y", "group", _span(7), key="Gang Y")
    ex.places["luton"] = PlaceFact("Luton", "town", _span(2), key="luton")
    person = PersonFact("John Smith", _span(3), key="John Smith", age=age)
    person.posts = [PostFact("head", "Gang Y", "Leader"), PostFact("sio", "elsewhere")]
    ex.people["John Smith"] = person
    ex.operations["Operation Alpha"] = _span(4)
    ex.figures.append(
        FigureFact("Arrests", Decimal(3), "Exact", "unit:NUM", _span(5), subject_key="Gang X")
    )
    ex.cases.append(
        CaseFact(
            "Gang jailed", _span(6), group_keys=["Gang X", "Gang Y"], operation="Operation Alpha"
        )
    )
    return ex


def _evidence(start: int) -> dict[str, object]:
    return {"start": start, "end": start + 4, "sentence": "One sentence.", "confidence": 0.8}


def _index() -> Index:
    index = Index()
    index.declare("organisation", "gang-x", "unit", Path("reference.csv"), 2)
    return index


@pytest.mark.parametrize("pickled", [False, True])
def test_second_release_refers_to_what_the_first_declared(pickled: bool) -> None:
    taken = Taken(_index())
    predrafter = Predrafter("rules")
    documents = []
    for age in (30, 31):
        predraft = predrafter.predraft(_release(age))
        if pickled:
            predraft = pickle.loads(pickle.dumps((predrafter.predraft, predraft)))[1]
        documents.append(predraft.resolve(taken))
    first, second = documents
    # "gang-x" is a unit in the reference: the group gets a fresh id, used everywhere.
    assert first["organisations"] == [
        {
            "id": "gang-x-2",
            "type": "group",
            "label": "Gang X",
            "lead_force": "kent",
            "evidence": _evidence(1),
        },
        {"id": "gang-y", "type": "group", "label": "Gang Y", "evidence": _evidence(7)},
    ]
    assert first["places"] == [
        {"id": "luton", "label": "Luton", "type": "town", "evidence": _evidence(2)}
    ]
    # The post in an organisation nobody declared is left out.
    assert first["people"] == [
        {
            "id": "john-smith",
            "name": "John Smith",
            "evidence": _evidence(3),
            "age": 30,
            "posts": [
                {"role": "head", "in": "gang-y", "label": "Leader", "evidence": _evidence(3)}
            ],
        }
    ]
    assert first["figures"][0]["id"] == "rel-a-arrests"
    assert first["figures"][0]["subject"] == "gang-x-2"
    assert first["cases"][0]["id"] == "rel-a-gang-jailed"
    assert first["cases"][0]["groups"] == ["gang-x-2", "gang-y"]
    assert first["operations"] == [
        {"id": "operation-alpha", "label": "Operation Alpha", "evidence": _evidence(4)}
    ]
    # The second release mentions the group, person and place by id, keeps the first age,
    # lead force and post span, and numbers its own figure and case. "Gang X" still clashes
    # with the unit, so it is a new group again.
    assert list(second) == ["source", "organisations", "people", "places", "figures", "cases"]
    assert second["places"] == [{"id": "luton"}]  # still linked to the second source
    assert second["organisations"][0]["id"] == "gang-x-3"
    assert "lead_force" in second["organisations"][0]
    assert second["organisations"][1] == {"id": "gang-y"}
    assert second["people"] == [
        {"id": "john-smith", "posts": [{"role": "head", "in": "gang-y", "label": "Leader"}]}
    ]
    assert second["figures"][0]["id"] == "rel-a-arrests-2"
    assert second["figures"][0]["subject"] == "gang-x-3"
    assert second["cases"][0]["id"] == "rel-a-gang-jailed-2"
    assert second["cases"][0]["groups"] == ["gang-x-3", "gang-y"]
    assert second["cases"][0]["operation"] == "operation-alpha"
    assert taken.local["organisation"] == {"gang-x-2", "gang-x-3", "gang-y"}
    assert taken.facts[("person", "john-smith", "age")] == 30


def test_drafter_is_predraft_then_resolve() -> None:
    taken = Taken(Index())
    drafter = Drafter(taken, "rules")
    document = drafter.draft(_release(30))
    assert document["organisations"][0]["id"] == "gang-x"
    assert document["source"] == {
        "id": "rel-a",
        "title": "Gang jailed",
        "date": "2021-05-06",
        "year": 2021,
        "extracted": True,
        "extractor": "rules",
    }
    assert drafter.draft(_release(30))["people"] == [
        {
            "id": "john-smith",
            "age": 30,
            "posts": [{"role": "head", "in": "gang-y", "label": "Leader"}],
        }
    ]
