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


def test_a_fact_named_exactly_is_paired_before_a_loose_match_takes_it() -> None:
    # "Organised Crime Task Force" shares the word "force" with "Border Force": the
    # drafted Border Force must pair with the gold Border Force, not the task force
    gold = {
        "organisations": [
            {"id": "octf", "type": "agency", "label": "Organised Crime Task Force"},
            {"id": "border-force", "type": "agency", "label": "Border Force"},
        ]
    }
    found = {"organisations": [{"id": "border-force", "type": "agency", "label": "Border Force"}]}
    pairs, misses, false_hits = compare(list(Facts(gold).all()), list(Facts(found).all()))
    assert [(g.text, f.text) for g, f in pairs] == [("Border Force", "Border Force")]
    assert [f.text for f in misses] == ["Organised Crime Task Force"] and not false_hits


def test_one_name_typed_as_a_unit_and_as_an_agency_is_one_organisation() -> None:
    label = "East Midlands Fraud and Financial Investigation Unit"
    gold = {"organisations": [{"id": "g", "type": "agency", "label": label}]}
    found = {"organisations": [{"id": "f", "type": "unit", "label": label, "unit_of": "x"}]}
    group = {"organisations": [{"id": "f", "type": "group", "label": label}]}
    assert compare(list(Facts(gold).all()), list(Facts(found).all()))[1] == []
    assert compare(list(Facts(gold).all()), list(Facts(group).all()))[1] != []


def test_a_unit_named_with_its_forces_abbreviation_or_full_name_is_one_unit() -> None:
    def unit(label: str) -> dict:
        return {"organisations": [{"id": "u", "type": "unit", "label": label, "unit_of": "psni"}]}

    gold, found = (
        unit("PSNI Organised Crime Unit"),
        unit("Police Service of Northern Ireland Organised Crime Unit"),
    )
    other = unit("NCA Organised Crime Unit")
    assert compare(list(Facts(gold).all()), list(Facts(found).all()))[1] == []
    assert compare(list(Facts(gold).all()), list(Facts(other).all()))[1] != []


def test_an_airport_named_alone_and_with_airport_is_one_place() -> None:
    gold = {"places": [{"id": "heathrow-airport", "label": "Heathrow Airport", "type": "place"}]}
    found = {"places": [{"id": "heathrow", "label": "Heathrow", "type": "place"}]}
    city = {"places": [{"id": "manchester-airport", "label": "Manchester Airport"}]}
    assert [f.key for f in Facts(gold).all()] == [f.key for f in Facts(found).all()]
    assert [f.key for f in Facts(city).all()] == [("manchester-airport",)]


def test_a_ringleader_post_matches_in_any_group_of_the_release() -> None:
    def ringleader_in(label: str) -> dict:
        return {
            "organisations": [{"id": "g", "type": "group", "label": label}],
            "people": [
                {"id": "p", "name": "Ann Lee", "posts": [{"role": "Ringleader", "in": "g"}]}
            ],
        }

    gold = ringleader_in("Group smuggling migrants by boat into Kent")
    found = ringleader_in("St Albans people smuggling organised crime group")
    pairs, _, _ = compare(list(Facts(gold).all()), list(Facts(found).all()))
    assert [g.type for g, _ in pairs] == ["people"]  # the groups' words differ too much


def test_a_term_in_years_and_the_same_term_in_months_are_one_sentence() -> None:
    def case_with(value: object, unit: str) -> dict:
        outcome = {"type": "CustodialSentence", "value": value, "unit": unit}
        return {"cases": [{"offences": ["drug-supply"], "outcomes": [outcome]}]}

    sentences = [
        (gold.text, found.text)
        for gold, found in compare(
            list(Facts(case_with(81, "MO")).all()), list(Facts(case_with(6.75, "YR")).all())
        )[0]
        if gold.type == "sentences"
    ]
    assert sentences == [("CustodialSentence 81 MO Exact", "CustodialSentence 6.75 YR Exact")]
    _, misses, false_hits = compare(
        list(Facts(case_with(80, "MO")).all()), list(Facts(case_with(6.75, "YR")).all())
    )
    assert [f.type for f in misses + false_hits] == ["sentences", "sentences"]
