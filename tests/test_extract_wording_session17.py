"""Extraction rules for wording met in real releases read in session 17.

Each release is invented for these tests in the styles real UK releases use. No sentence
is taken from any release.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.drafting import draft_releases
from tests.drafting import release_text as _release

RELEASES = {
    "a-week-of-action-in-named-towns": _release(
        "Week Of Action Against County Lines",
        "Hertfordshire Constabulary",
        "Officers arrested 27 people during a week of action against county lines dealing.",
        "",
        "Warrants were carried out in Stevenage, Hemel Hempstead and Watford.",
        "",
        "Detective Sergeant Jo Kent said the week had gone well. Kent's Police and Crime "
        "Commissioner thanked the officers.",
    ),
    "a-lorry-driver-and-his-packages": _release(
        "Lorry Driver Jailed Over Hidden Cocaine",
        "National Crime Agency",
        "A lorry driver who said his hidden parcels held cigarettes was carrying more than a "
        "£2million worth of cocaine.",
        "",
        "Tomas Vilkas, 47, was jailed for eight years at Canterbury Crown Court after Border "
        "Force officers stopped his lorry at the Port of Dover.",
        "",
        "Officers found 20 parcels behind a false wall. Together they weighed 24kg and would "
        "be worth about £2,100,000 on the streets.",
    ),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return draft_releases(RELEASES, tmp_path_factory.mktemp("wording-session17"))


def place_ids(document: dict) -> list[str]:
    return [p["id"] for p in document.get("places", [])]


def test_a_reference_town_named_outside_any_case_is_mentioned(drafts: dict[str, dict]) -> None:
    draft = drafts["a-week-of-action-in-named-towns"]
    places = place_ids(draft)
    assert places == ["stevenage", "hemel-hempstead", "watford"]
    mention = next(p for p in draft["places"] if p["id"] == "hemel-hempstead")
    assert mention == {"id": "hemel-hempstead"}  # declared in the reference data


def test_a_county_as_a_surname_or_an_owner_of_police_is_no_place(
    drafts: dict[str, dict],
) -> None:
    assert "kent" not in place_ids(drafts["a-week-of-action-in-named-towns"])


def test_a_qualifier_before_an_article_and_a_weight_the_packages_weighed(
    drafts: dict[str, dict],
) -> None:
    (case,) = drafts["a-lorry-driver-and-his-packages"]["cases"]
    amounts = {(a["value"], a["qualifier"]) for a in case["amounts"]}
    assert amounts == {(2000000, "MoreThan"), (2100000, "Approximately")}
    figures = {(f["measure"], Decimal(str(f["value"])), f["unit"]) for f in case["figures"]}
    assert figures == {("DrugsSeized", Decimal(24), "KiloGM")}
