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
    "traffickers-terms-in-turn-and-a-ringleader-described": _release(
        "Traffickers Jailed",
        "Police Scotland",
        "Three people who trafficked young women from Hungary to Aberdeen and forced them "
        "into prostitution have been jailed.",
        "",
        "Laszlo Farkas, 52, Ilona Rostas, 30, and Geza Kiss, 34, were convicted at the High "
        "Court in Glasgow in May.",
        "",
        "Farkas was jailed for ten years, Rostas for six years, and her partner Kiss for "
        "seven years.",
        "",
        "Farkas, described as the ringleader, had arranged the women's flights.",
    ),
    "smugglers-jailed-between-them": _release(
        "Smugglers Jailed",
        "Kent Police",
        "Five people have been jailed for more than a combined 20 years for smuggling "
        "migrants across the Channel.",
        "",
        "At Canterbury Crown Court, five of them were sentenced to more than 20 years in "
        "prison between them.",
        "",
        "Aldo Reka, 33, of Dover, and Petrit Lushi, 41, of Folkestone, were jailed for six "
        "years and five years respectively.",
        "",
        "Dritan Hoxa, 29, of Deal, Arben Mema, 38, of Ashford, and Sokol Cela, 45, of "
        "Margate, drove the vans.",
        "",
        "They were jailed for four years, three years and two and a half years respectively.",
    ),
    "launderers-a-leader-a-company-and-a-crown-lawyer": _release(
        "Money Launderers Jailed",
        "HM Revenue and Customs",
        "Two men who laundered £9 million through a car wash business have been jailed.",
        "",
        "The cash was moved to Dubai, where Imran Saleem, the leader of the criminal "
        "operation, owned property.",
        "",
        "Saleem, 50, of Slough, was jailed for nine years at Reading Crown Court. Money "
        "passed through Kyle Mason Holdings, a firm in Bracknell.",
        "",
        'Rosa Hurst of the Crown Prosecution Service said: "This was greed."',
        "",
        "Speaking after the case, the Lead PCC on Modern Slavery and Human Trafficking said "
        "the sentence was welcome.",
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


def test_trafficked_women_a_relative_in_a_list_of_terms_and_a_ringleader_described(
    drafts: dict[str, dict],
) -> None:
    draft = drafts["traffickers-terms-in-turn-and-a-ringleader-described"]
    (case,) = draft["cases"]
    assert case["offences"] == ["human-trafficking"]
    assert ("CustodialSentence", Decimal(7), "YR", "geza-kiss", 1) in terms(case)
    people = people_by_id(draft)
    assert [p["role"] for p in people["laszlo-farkas"]["posts"]] == ["Ringleader"]


def test_terms_between_them_are_a_total_and_they_are_the_people_just_named(
    drafts: dict[str, dict],
) -> None:
    (case,) = drafts["smugglers-jailed-between-them"]["cases"]
    totals = [
        (Decimal(str(f["value"])), f["qualifier"])
        for f in case["figures"]
        if f["measure"] == "CustodialYears"
    ]
    assert totals == [(Decimal(20), "MoreThan")]
    assert ("CustodialSentence", Decimal(3), "YR", "arben-mema", 1) in terms(case)
    assert ("CustodialSentence", Decimal("2.5"), "YR", "sokol-cela", 1) in terms(case)
    assert all(o.get("offender") for o in case["outcomes"])


def test_a_leader_in_apposition_a_company_and_a_prosecutor_without_a_comma(
    drafts: dict[str, dict],
) -> None:
    people = people_by_id(drafts["launderers-a-leader-a-company-and-a-crown-lawyer"])
    assert [p["role"] for p in people["imran-saleem"]["posts"]] == ["Ringleader"]
    assert [(p["role"], p["in"]) for p in people["rosa-hurst"]["posts"]] == [
        ("Prosecutor", "crown-prosecution-service")
    ]
    assert set(people) == {"imran-saleem", "rosa-hurst"}  # no "Kyle Mason", no "Human Trafficking"
