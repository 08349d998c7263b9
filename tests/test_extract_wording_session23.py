"""Extraction rules for wording met in session 23: the worth of drugs named by their own
name (ecstasy, amphetamine, ketamine …), not only "drugs", cocaine, heroin or cannabis;
charges counted with a qualifier ("charged with more than 20 offences"); fuel laundering
as duty fraud; terms "handed to" the people named after them.

Each release is invented for these tests in the styles real UK releases use. No sentence
is taken from any release.
"""

from __future__ import annotations

import pytest

from tests.drafting import draft_releases
from tests.drafting import release_text as _release

RELEASES = {
    "worth-of-named-drugs": _release(
        "Two jailed after drugs and guns found in Omagh",
        "Police Service of Northern Ireland",
        "Two men from Omagh have been jailed for drugs and firearms offences.",
        "",
        "Detectives seized £18,000 worth of ecstasy and ketamine, two shotguns and "
        "ammunition during a search of a house in the town in March.",
        "",
        "A week later one of the men was seen throwing away amphetamine valued at around £1,400.",
    ),
    "a-cannabis-factory-of-a-value": _release(
        "Three jailed over cannabis factory in former pub",
        "Cumbria Police",
        "Three men have been jailed after being found at a £180,000 cannabis factory in a "
        "former pub in Workington.",
    ),
    "charged-with-more-than-n-offences": _release(
        "Three charged after county line raids in Grimsby",
        "Humberside Police",
        "Three people have been charged with more than 30 offences linked to the supply of "
        "heroin and crack cocaine in Grimsby.",
        "",
        "A fourth man, who pleaded guilty to 14 offences of supplying class A drugs last "
        "year, is serving a prison sentence.",
    ),
    "fuel-laundering": _release(
        "Haulier jailed for laundering red diesel",
        "HM Revenue and Customs",
        "A haulier who ran a plant stripping the markers from red diesel, with the capacity "
        "to evade £2.4m a year in duty, has been jailed for four years.",
        "",
        "Gareth Pryce, 52, of Wrexham, admitted excise fraud at Mold Crown Court. Officers "
        "found 9,000 litres of laundered fuel at his yard.",
    ),
    "terms-handed-to-the-named": _release(
        "Five jailed over drugs shipped to Belfast",
        "Police Service of Northern Ireland",
        "Five men who admitted their parts in a plot to ship cannabis and cocaine into "
        "Northern Ireland have been jailed for a total of 22 years.",
        "",
        "Sentences of five years were handed to 41-year-old Carl Boyd, from Antrim, and Ryan "
        "Moore (29), while four year terms were handed to 33-year-old Sean Doyle, Kevin Hart "
        "(36) and Paul Quinn (25).",
    ),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return draft_releases(RELEASES, tmp_path_factory.mktemp("session23"))


def test_the_worth_of_named_drugs_is_a_street_value_not_cash(drafts: dict[str, dict]) -> None:
    (case,) = drafts["worth-of-named-drugs"]["cases"]
    amounts = {(a["kind"], a["value"], a["qualifier"]) for a in case["amounts"]}
    assert amounts == {("StreetValue", 18000, "Exact"), ("StreetValue", 1400, "Approximately")}
    measures = {f["measure"] for f in case.get("figures", [])}
    assert "CashSeized" not in measures
    assert "FirearmsSeized" in measures


def test_a_sum_before_cannabis_factory_is_its_street_value(drafts: dict[str, dict]) -> None:
    (case,) = drafts["a-cannabis-factory-of-a-value"]["cases"]
    assert [(a["kind"], a["value"]) for a in case["amounts"]] == [("StreetValue", 180000)]


def test_charges_counted_with_a_qualifier_are_no_offences_committed(
    drafts: dict[str, dict],
) -> None:
    draft = drafts["charged-with-more-than-n-offences"]
    figures = [f for case in draft["cases"] for f in case.get("figures", [])]
    figures += draft.get("figures", [])
    offences = [
        (f["value"], f["qualifier"]) for f in figures if f["measure"] == "OffencesCommitted"
    ]
    assert offences == [(14, "Exact")]  # what he admitted stands; the charges do not


def test_fuel_laundering_is_duty_fraud_not_money_laundering(drafts: dict[str, dict]) -> None:
    (case,) = drafts["fuel-laundering"]["cases"]
    assert case["offences"] == ["tax-fraud"]


def test_terms_handed_to_the_people_named_after_them(drafts: dict[str, dict]) -> None:
    (case,) = drafts["terms-handed-to-the-named"]["cases"]
    terms = {
        (o["offender"], o["value"])
        for o in case["outcomes"]
        if o["type"] == "CustodialSentence" and "offender" in o
    }
    assert terms == {
        ("carl-boyd", 5),
        ("ryan-moore", 5),
        ("sean-doyle", 4),
        ("kevin-hart", 4),
        ("paul-quinn", 4),
    }
