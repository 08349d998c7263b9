"""How `kg eval` matches facts: by what they say, with a folder read as one corpus."""

from __future__ import annotations

from kg.extract.evaluate import Facts, compare, folder_declarations

FIRST = {
    "organisations": [
        {"id": "cps-gold", "type": "agency", "label": "Crown Prosecution Service"},
    ],
    "places": [{"id": "merseyside-county", "label": "Merseyside", "type": "county"}],
    "cases": [{"places": ["merseyside-county"], "credited_to": ["cps-gold"]}],
}
# The second release only refers to what the first declared.
SECOND = {"cases": [{"places": ["merseyside-county"], "credited_to": ["cps-gold"]}]}
DRAFTED = {
    "places": [{"id": "merseyside", "label": "Merseyside", "type": "county"}],
    "cases": [{"places": ["merseyside"], "credited_to": ["crown-prosecution-service"]}],
}


def _unmatched(gold: dict, shared: dict | None) -> list[str]:
    _, misses, false_hits = compare(list(Facts(gold, shared).all()), list(Facts(DRAFTED).all()))
    return sorted(f"{f.type}:{f.text}" for f in misses + false_hits)


def test_ids_declared_earlier_in_the_folder_are_read_by_label() -> None:
    shared = folder_declarations([FIRST, SECOND])
    assert _unmatched(SECOND, shared) == []


def test_without_the_folder_an_undeclared_id_is_compared_as_it_stands() -> None:
    assert _unmatched(SECOND, None) == [
        "organisations:cps-gold",
        "organisations:crown-prosecution-service",
        "places:merseyside",
        "places:merseyside-county",
    ]


def test_first_declaration_wins() -> None:
    later = {"places": [{"id": "merseyside-county", "label": "Liverpool"}]}
    shared = folder_declarations([FIRST, later])
    assert shared["places:merseyside-county"]["label"] == "Merseyside"


def test_english_regions_match_with_or_without_england() -> None:
    gold = {"places": [{"id": "sw", "label": "South West England"}]}
    found = {"places": [{"id": "south-west", "label": "the South West"}]}
    east = {"places": [{"id": "eoe", "label": "East of England"}]}
    assert [f.key for f in Facts(gold).all()] == [f.key for f in Facts(found).all()]
    assert [f.key for f in Facts(east).all()] == [("east",)]
