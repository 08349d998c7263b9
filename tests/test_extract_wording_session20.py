"""Extraction rules for wording met in session 20 (real releases and review helpers).

Each release is invented for these tests in the styles real UK releases use. No sentence
is taken from any release.
"""

from __future__ import annotations

import pytest

from tests.drafting import draft_releases
from tests.drafting import release_text as _release

RELEASES = {
    "a-man-and-woman-arrested": _release(
        "Two Held After Raid",
        "Leicestershire Police",
        "Officers have arrested a man and woman after finding a cannabis factory in a house "
        "in Syston on Tuesday.",
    ),
    "a-man-and-woman-opening-the-lead": _release(
        "Couple Held",
        "Leicestershire Police",
        "A man and woman have been arrested after officers found a cannabis factory in Syston.",
    ),
    "a-man-and-his-son-jailed": _release(
        "Father and Son Jailed",
        "Derbyshire Police",
        "A man and his son have been jailed for running a cocaine line from Derby into "
        "Chesterfield.",
    ),
    "an-order-given-to-him": _release(
        "Smuggler Jailed",
        "Border Force",
        "A lorry driver who hid 40 kilograms of cocaine in a load of frozen fish has been "
        "jailed for nine years.",
        "",
        "Marek Zielinski, 44, of Gdansk, was sentenced at Canterbury Crown Court on Friday.",
        "",
        "He was also given a Serious Crime Prevention Order.",
    ),
    "a-headline-counts-the-mules": _release(
        "Bank customers warned as 11 money mules are jailed",
        "Metropolitan Police",
        "A gang of money mules has been jailed for laundering £1.7m taken from businesses "
        "tricked by mandate fraud emails.",
    ),
    "following-an-investigation-three-arrested": _release(
        "Smuggling Arrests",
        "Home Office",
        "Following an investigation by immigration officers from the Criminal and Financial "
        "Investigations team, three individuals, two men and one woman, were arrested in "
        "Croydon on suspicion of assisting unlawful immigration.",
    ),
    "terms-handed-down-with-no-lead": _release(
        "First Order of its Kind",
        "Gangmasters and Labour Abuse Authority",
        "The authority has secured its first Slavery and Trafficking Prevention Order.",
        "",
        "A judge at Ipswich Crown Court made the orders against Latvian nationals Janis Ozols "
        "and Peteris Kalnins while passing sentence on Friday.",
        "",
        "The pair paid two workers £30 for five months' work in a packing plant.",
        "",
        "On Friday they were each given four years in prison.",
    ),
    "goods-worth-and-drugs-of": _release(
        "Thieves and a Dealer Jailed",
        "Norfolk Police",
        "Three men who stole catalytic converters from a depot in Thetford have been jailed.",
        "",
        "Officers found seven converters, worth a total of £17,196, in the boot of their car.",
    ),
    "drugs-of-a-value": _release(
        "Dealer Jailed",
        "West Mercia Police",
        "A Hereford man caught with £8,000 of cocaine in his car has been jailed for three years.",
    ),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return draft_releases(RELEASES, tmp_path_factory.mktemp("session20"))


@pytest.mark.parametrize(
    ("name", "description"),
    [
        ("a-man-and-woman-arrested", "a man and woman"),
        ("a-man-and-woman-opening-the-lead", "A man and woman"),
        ("a-man-and-his-son-jailed", "A man and his son"),
    ],
)
def test_a_man_and_woman_are_two_people(
    drafts: dict[str, dict], name: str, description: str
) -> None:
    (case,) = drafts[name]["cases"]
    assert (case["defendant_count"], case["defendant_description"]) == (2, description)


def test_an_order_given_to_he_is_the_one_defendants(drafts: dict[str, dict]) -> None:
    (case,) = drafts["an-order-given-to-him"]["cases"]
    orders = [o for o in case["outcomes"] if o["type"] == "Outcome"]
    assert [(o["label"], o.get("offender")) for o in orders] == [
        ("Serious Crime Prevention Order", "marek-zielinski")
    ]


def test_a_headline_counts_the_people_the_story_does_not(drafts: dict[str, dict]) -> None:
    (case,) = drafts["a-headline-counts-the-mules"]["cases"]
    assert case["defendant_count"] == 11


def test_in_total_without_a_comma_counts_the_network() -> None:
    from kg.extract.cases.rules import IN_ALL

    found = IN_ALL.search("In total nine members of the network have now been sentenced.")
    assert found is not None and found.group("n") == "nine"


def test_following_an_investigation_the_people_counted(drafts: dict[str, dict]) -> None:
    (case,) = drafts["following-an-investigation-three-arrested"]["cases"]
    assert (case["defendant_count"], case["stage"]) == (3, "Arrested")


def test_terms_handed_down_make_a_case_without_a_lead(drafts: dict[str, dict]) -> None:
    draft = drafts["terms-handed-down-with-no-lead"]
    assert {"janis-ozols", "peteris-kalnins"} <= {p["id"] for p in draft["people"]}
    (case,) = draft["cases"]
    assert case["stage"] == "Sentenced"
    terms = [(o["type"], o["value"], o["unit"]) for o in case["outcomes"] if "unit" in o]
    assert terms == [("CustodialSentence", 4, "YR")]  # not "five months' work"


def test_goods_worth_no_money_and_drugs_of_a_value(drafts: dict[str, dict]) -> None:
    (theft,) = drafts["goods-worth-and-drugs-of"]["cases"]
    assert theft.get("amounts", []) == []
    (dealing,) = drafts["drugs-of-a-value"]["cases"]
    assert [(a["kind"], a["value"]) for a in dealing["amounts"]] == [("StreetValue", 8000)]
