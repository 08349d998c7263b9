"""Extraction rules for wording met in session 19 (real releases and review helpers).

Each release is invented for these tests in the styles real UK releases use. No sentence
is taken from any release.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.drafting import draft_releases, people_by_id
from tests.drafting import release_text as _release

RELEASES = {
    "another-case-told-over-two-paragraphs": _release(
        "Two Cocaine Cases Reach Court",
        "Kent Police",
        "A man from Ashford has been jailed for importing cocaine hidden in a refrigerated lorry.",
        "",
        "Daniel Furlong, 38, of Ashford, was sentenced to 11 years at Canterbury Crown Court "
        "after admitting conspiracy to import Class A drugs.",
        "",
        "In another case, Border Force officers at Dover found 470 kilograms of cocaine "
        "inside a consignment of bananas in March.",
        "",
        "Tomasz Nowicki, 44, and Adrian Lis, 39, both of Maidstone, were each jailed for 14 "
        "years after being convicted of importing the drugs.",
        "",
        "Furlong will also face a confiscation hearing later this year.",
    ),
    "crown-prosecutors-in-a-police-release": _release(
        "Heroin Dealer Jailed",
        "Sussex Police",
        "Mark Jones, 51, of Hastings, was jailed for six years at Hove Crown Court after "
        "admitting conspiracy to supply heroin.",
        "",
        'Crown Prosecutor Nadia Shah said: "The evidence against him was overwhelming."',
        "",
        'Senior Crown Prosecutor, Owen Price of CPS South East, said: "He chose to deal."',
    ),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return draft_releases(RELEASES, tmp_path_factory.mktemp("session19"))


def terms(case: dict) -> list[tuple]:
    return [
        (o["type"], Decimal(str(o["value"])), o["unit"], o.get("offender"), o.get("person_count"))
        for o in case.get("outcomes", [])
    ]


def test_another_case_goes_on_in_the_next_paragraph(drafts: dict[str, dict]) -> None:
    draft = drafts["another-case-told-over-two-paragraphs"]
    people = people_by_id(draft)
    assert (people["tomasz-nowicki"]["age"], people["tomasz-nowicki"]["based_in"]) == (
        44,
        "maidstone",
    )
    assert people["adrian-lis"]["age"] == 39
    first, second = draft["cases"]
    assert first["defendants"] == ["daniel-furlong"]
    assert second["defendants"] == ["tomasz-nowicki", "adrian-lis"]
    assert [(f["measure"], f["value"], f["unit"]) for f in second["figures"]] == [
        ("DrugsSeized", 470, "KiloGM")
    ]
    assert ("CustodialSentence", Decimal(14), "YR", "adrian-lis", 1) in terms(second)
    assert "figures" not in first


def test_a_crown_prosecutor_works_for_the_cps_named_or_not(drafts: dict[str, dict]) -> None:
    draft = drafts["crown-prosecutors-in-a-police-release"]
    people = people_by_id(draft)
    for prosecutor in ("nadia-shah", "owen-price"):
        assert [(p["role"], p["in"]) for p in people[prosecutor]["posts"]] == [
            ("Prosecutor", "crown-prosecution-service")
        ]
