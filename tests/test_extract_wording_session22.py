"""Extraction rules for wording met in session 22 (real sets read after blind scoring).

Each release is invented for these tests in the styles real UK releases use. No sentence
is taken from any release.
"""

from __future__ import annotations

import pytest

from tests.drafting import draft_releases, people_by_id
from tests.drafting import release_text as _release

RELEASES = {
    "lead-total-then-some-by-age": _release(
        "Seven charged over cocaine network in Swindon",
        "Wiltshire Police",
        "Seven people have been charged following an investigation into a network supplying "
        "cocaine in Swindon.",
        "",
        "A 31-year-old Swindon man and a 27-year-old Chippenham man have been charged with "
        "conspiracy to supply class A drugs and possessing a firearm.",
        "",
        "A 45-year-old Swindon man has been charged with conspiracy to supply class A drugs.",
        "",
        "A 22-year-old man from Swindon and a 38-year-old Devizes woman have been charged "
        "with conspiracy to supply class A drugs. They will appear at Swindon Magistrates' "
        "Court on 3 June.",
    ),
    "headline-counts-the-parts": _release(
        "Four arrested after cannabis factory found in Boston",
        "Lincolnshire Police",
        "Officers found more than 300 cannabis plants at a former shop in Boston on Monday.",
        "",
        "A 33-year-old man and a 41-year-old man were arrested at the scene on suspicion of "
        "producing cannabis.",
        "",
        "A 25-year-old woman was arrested later that day. A 52-year-old man was arrested on "
        "Tuesday. All four have been released on bail.",
    ),
    "the-lead-count-said-again": _release(
        "Three charged over stolen luxury cars",
        "Metropolitan Police",
        "Three people have been charged after raids linked to the theft of more than 40 "
        "Mercedes and high-value cars worth £2 million.",
        "",
        "Eleven people were arrested in the raids on Tuesday, and police now say three "
        "people have been charged.",
        "",
        "Dean Marsh, 41, of Ilford, Karl Penn, 36, of Romford and Jay Rigg, 29, of Barking "
        "were charged with conspiracy to steal and money laundering.",
        "",
        "Eight other people who were arrested have been bailed.",
        "",
        "Detectives have linked at least 40 vehicle thefts across Essex to the group.",
    ),
    "a-middle-name-left-out": _release(
        "Family jailed for forced labour",
        "Gwent Police",
        "Three men have been jailed for a total of 19 years for forcing two vulnerable men "
        "to work for no pay.",
        "",
        "John Paul Ward, 55, John Michael Ward, 30, and Simon James Reilly, 33, all of "
        "Newport, were sentenced at Cardiff Crown Court.",
        "",
        "Simon Reilly was jailed for three years. John Ward was jailed for six years.",
        "",
        "The first victim, Peter Hale, 49, from Swansea, was made to work for 15 years. "
        "A second victim, Mr B, aged 38, cannot be named.",
    ),
    "a-total-then-some-of-its-members": _release(
        "Drugs gang jailed for 80 years",
        "Devon and Cornwall Police",
        "A drugs gang known locally as 'The Mancs' has been jailed for a combined 80 years.",
        "",
        "Two of its members were also convicted of conspiracy to supply heroin. Four of the "
        "gang have been jailed for wounding.",
        "",
        "A total of 11 men were sentenced at Exeter Crown Court.",
        "",
        "Its leader Carl Stone, 44, of Torquay, was jailed for 16 years. Dean Pike, 30, of "
        "Paignton, was jailed for seven years.",
    ),
    "second-man-released-later-in-the-sentence": _release(
        "Man charged after pistols found in parcel",
        "National Crime Agency",
        "A man has been charged after two pistols were found in a parcel at a depot in Kent.",
        "",
        "NCA officers arrested two men in Maidstone on Friday.",
        "",
        "Lee Grant, aged 27, from Maidstone, was charged with attempting to possess "
        "prohibited firearms.",
        "",
        "The second man arrested - a 29-year-old from Union Street, Maidstone - has been "
        "released under investigation.",
    ),
    "one-of-seven-sent-to-prison": _release(
        "Smuggling ringleader jailed",
        "Kent Police",
        "A woman who ran a people smuggling operation has been jailed for nine years.",
        "",
        "Mai Tran, 47, was one of seven people sent to prison by a judge at Canterbury Crown "
        "Court.",
        "",
        "Van Long, 39, was jailed for three years for his part in the smuggling.",
    ),
    "a-third-aged": _release(
        "Three arrested in drugs searches",
        "Police Service of Northern Ireland",
        "Officers from the Organised Crime Task Force today arrested three people and seized "
        "cannabis and cash during an operation targeting a criminal gang in Newry.",
        "",
        "Two men, aged 52 and 28 were arrested in Newry while a third aged 36 was detained "
        "in Armagh.",
    ),
    "court-round-up-by-age": _release(
        "Jailed at Ipswich Crown Court this week",
        "Suffolk Constabulary",
        "Four people were sentenced at Ipswich Crown Court this week.",
        "",
        "A 19-year-old man from Ipswich was jailed for three years for robbery.",
        "",
        "A 44-year-old man from Felixstowe was jailed for 18 months for burglary.",
        "",
        "A 33-year-old woman from Lowestoft and a 35-year-old man from Lowestoft were jailed "
        "for supplying heroin.",
    ),
    "headline-count-of-two-stories": _release(
        "Four arrested in Newport",
        "Gwent Police",
        "Two men were arrested for affray outside a bar in Newport on Friday night.",
        "",
        "A 22-year-old man and a 24-year-old man were arrested on suspicion of burglary "
        "after a garage was broken into in Maindee on Sunday.",
    ),
    "among-his-victims": _release(
        "Fraudster jailed",
        "Metropolitan Police",
        "A man who posed as a bank official to cheat pensioners has been jailed for six years.",
        "",
        "Among his victims were Alan Frost, 84, of Ealing. Posing as a bank official to "
        "these victims, Mark Dale, 36, of Hayes, talked them into handing over their cards.",
    ),
    "a-summer-of-seizures": _release(
        "Cocaine seizures at record high",
        "Border Force",
        "Border Force is on course for a record year for cocaine seizures after intercepting "
        "more than £900 million worth between June and August.",
        "",
        "Officers at Felixstowe intercepted 1.2 tonnes of cocaine worth £96 million in July.",
    ),
    "charged-then-some-convicted": _release(
        "25 charged in shoplifting crackdown",
        "Leicestershire Police",
        "25 people have been charged with shoplifting offences during a three-month crackdown "
        "on retail crime in Leicester.",
        "",
        "In total, 25 people have been charged and 9 of them have already been convicted at "
        "Leicester Magistrates' Court.",
    ),
    "its-leader": _release(
        "Drugs gang jailed for 48 years",
        "Devon and Cornwall Police",
        "A drugs gang that controlled the cocaine trade in Newquay has been jailed for a "
        "combined 48 years.",
        "",
        "Its leader Wayne Tully, known as 'Big Wayne', told associates he ran the town. "
        "Tully, 45, of Newquay, was jailed for 15 years.",
    ),
    "the-final-five": _release(
        "Final members of gang who supplied cocaine in Lancashire jailed",
        "Lancashire Police",
        "Parents in Darwen told officers their children were being drawn into dealing.",
        "",
        "Detectives found the gang moved cocaine through a used car business in Blackburn.",
        "",
        "Warrants were executed at 12 addresses in the town in May.",
        "",
        "On Friday (March 8), the final three members of the gang were sentenced at Preston "
        "Crown Court:",
        "",
        "- Kyle Platt, 29, Mill Lane, Blackburn. Guilty to conspiring to supply cocaine: Six "
        "years.",
        "",
        "- Ben Ash, 33, Oak Road, Darwen. Guilty to supplying cocaine: Three years and four "
        "months.",
        "",
        "- Tom Dale, 21, King Street, Blackburn. Guilty to supplying cocaine: Two years.",
    ),
    "address-district-and-his-son": _release(
        "Father and son jailed",
        "Kent Police",
        "A father and son have been jailed for supplying cocaine across Kent.",
        "",
        "Gary John Pike, 52, of Elm Avenue, Marsh Park, Greenhithe, and his son Ryan Lee Pike, "
        "27, of the same address, were jailed for eight years and five years.",
    ),
    "address-district": _release(
        "Man jailed",
        "Kent Police",
        "Gary Pike, 52, of Elm Avenue, Marsh Park, Greenhithe, was jailed for eight years for "
        "supplying amphetamine.",
    ),
    "the-ringleaders-were": _release(
        "Drugs gang jailed",
        "Cheshire Constabulary",
        "Eight members of a gang that sold heroin in Crewe have been jailed.",
        "",
        "The ringleaders of the gang were Paul Dunne and Karl Mead, who ran the deal line. "
        "Dunne, 38, and Mead, 41, both of Crewe, were jailed for seven years each.",
    ),
    "a-week-of-one-case": _release(
        "Three jailed for Colchester drugs line",
        "Essex Police",
        "Three people were jailed at Chelmsford Crown Court this week for their roles in a "
        "drugs line operating in Colchester.",
        "",
        "A 23-year-old man from Harlow was jailed for five years for conspiracy to supply "
        "crack cocaine.",
        "",
        "A 19-year-old man from Colchester was jailed for three years for conspiracy to supply "
        "crack cocaine and money laundering.",
        "",
        "A 20-year-old woman from Colchester was jailed for two years for conspiracy to supply "
        "crack cocaine.",
    ),
    "a-third-in-hospital": _release(
        "Two charged after disorder",
        "Police Service of Northern Ireland",
        "Two men, aged 22 and 25, were charged with assault after a disorder in Derry on "
        "Saturday night while a third, aged 19, was treated in hospital for facial injuries.",
    ),
    "the-victim-jailed-too": _release(
        "Two jailed after street fight",
        "South Wales Police",
        "Two men have been jailed after a fight in Swansea city centre.",
        "",
        "Ryan Hart, 29, punched a man outside a bar. The victim, Tom Bell, 31, came back with "
        "a knife and stabbed Hart in the arm.",
        "",
        "Hart was jailed for 16 months for assault. Bell was jailed for four years for "
        "wounding with intent.",
    ),
    "a-results-list": _release(
        "Regional units take guns and drugs off the streets",
        "National Police Chiefs' Council",
        "Organised criminals were jailed for more than 4,000 years after regional units took "
        "tonnes of drugs off the streets.",
        "",
        "Over 12 months, the work of the units resulted in:",
        "",
        "• 1900kg of cocaine seized",
        "• 4100 years handed out in prison sentences",
        "• £2.6m in cash seized",
        "• 212 guns seized",
        "• 1250 children safeguarded",
    ),
    "rape-and-violent-disorder": _release(
        "Gang members jailed",
        "Devon and Cornwall Police",
        "Five members of a drugs gang have been jailed for conspiracy to supply cocaine.",
        "",
        "Two of them were also convicted of rape, and one of violent disorder after a fight "
        "outside a bar in Torquay.",
    ),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return draft_releases(RELEASES, tmp_path_factory.mktemp("session22"))


def test_a_lead_total_then_some_of_its_people_by_age_is_one_case(
    drafts: dict[str, dict],
) -> None:
    (case,) = drafts["lead-total-then-some-by-age"]["cases"]
    assert case["defendant_count"] == 7
    assert set(case["offences"]) == {"drug-supply", "firearms"}
    assert case["stage"] == "Charged"


def test_a_headline_count_of_the_parts_said_by_age(drafts: dict[str, dict]) -> None:
    (case,) = drafts["headline-counts-the-parts"]["cases"]
    assert case["defendant_count"] == 4
    assert case["offences"] == ["cannabis-cultivation"]


def test_the_lead_count_said_again_makes_no_review(drafts: dict[str, dict]) -> None:
    (case,) = drafts["the-lead-count-said-again"]["cases"]
    assert "peter-hale" in people_by_id(drafts["a-middle-name-left-out"])  # still a person
    assert len(case["defendants"]) == 3
    assert "vehicle-crime" in case["offences"]  # the theft of cars, not any theft
    assert "theft" not in case["offences"]


def test_a_name_without_its_middle_name_is_the_same_person(drafts: dict[str, dict]) -> None:
    draft = drafts["a-middle-name-left-out"]
    (case,) = draft["cases"]
    people = people_by_id(draft)
    assert "simon-reilly" not in people  # Simon James Reilly again
    assert "john-ward" in people  # two John Wards: neither one is taken for him
    assert people["john-paul-ward"]["age"] == 55
    assert people["john-michael-ward"]["age"] == 30
    assert {"john-paul-ward", "john-michael-ward", "simon-james-reilly"} <= set(case["defendants"])


def test_a_victim_named_with_an_age_is_no_defendant(drafts: dict[str, dict]) -> None:
    (case,) = drafts["a-middle-name-left-out"]["cases"]
    assert "peter-hale" not in case["defendants"]
    assert not any(d.endswith("-b") or d == "b" for d in case["defendants"])
    assert "peter-hale" in people_by_id(drafts["a-middle-name-left-out"])  # still a person


def test_a_stated_total_stands_beside_some_of_the_gang(drafts: dict[str, dict]) -> None:
    (case,) = drafts["a-total-then-some-of-its-members"]["cases"]
    assert case["defendant_count"] == 11  # not the four jailed for wounding


def test_a_man_released_under_investigation_is_no_defendant(drafts: dict[str, dict]) -> None:
    (case,) = drafts["second-man-released-later-in-the-sentence"]["cases"]
    assert case["defendant_count"] == 1


def test_one_of_seven_people_sent_to_prison(drafts: dict[str, dict]) -> None:
    (case,) = drafts["one-of-seven-sent-to-prison"]["cases"]
    assert case["defendant_count"] == 7


def test_a_third_given_only_by_age(drafts: dict[str, dict]) -> None:
    (case,) = drafts["a-third-aged"]["cases"]
    assert case["defendant_count"] == 3


def test_a_court_round_up_by_age_stays_apart(drafts: dict[str, dict]) -> None:
    """The parts add up to the lead's four, but each names another offence."""
    cases = drafts["court-round-up-by-age"]["cases"]
    offences = [set(case.get("offences") or []) for case in cases]
    assert {"robbery"} in offences and {"drug-supply"} in offences
    assert not any({"robbery", "drug-supply"} <= found for found in offences)


def test_a_headline_count_over_two_stories_is_not_one_case(drafts: dict[str, dict]) -> None:
    cases = drafts["headline-count-of-two-stories"].get("cases", [])
    assert all(case.get("defendant_count") != 4 for case in cases)


def test_among_his_victims_and_these_victims(drafts: dict[str, dict]) -> None:
    (case,) = drafts["among-his-victims"]["cases"]
    assert case["defendants"] == ["mark-dale"]


def test_drugs_worth_an_amount_intercepted(drafts: dict[str, dict]) -> None:
    draft = drafts["a-summer-of-seizures"]
    figures = [*draft.get("figures", [])]
    figures += [f for case in draft.get("cases", []) for f in case.get("figures", [])]
    values = {(f["measure"], f["value"], f.get("unit")) for f in figures}
    assert ("DrugsSeized", 900000000, "GBP") in values


def test_some_of_those_charged_convicted_count_as_the_case(drafts: dict[str, dict]) -> None:
    cases = drafts["charged-then-some-convicted"].get("cases", [])
    assert [case["defendant_count"] for case in cases] == [9]


def test_its_leader_is_the_gangs_ringleader(drafts: dict[str, dict]) -> None:
    person = people_by_id(drafts["its-leader"])["wayne-tully"]
    assert [post["role"] for post in person.get("posts", [])] == ["Ringleader"]


def test_the_final_members_sentenced_then_each_term(drafts: dict[str, dict]) -> None:
    (case,) = drafts["the-final-five"]["cases"]
    terms = sorted((o["offender"], o["value"], o["unit"]) for o in case["outcomes"])
    assert terms == [("ben-ash", 40, "MO"), ("kyle-platt", 6, "YR"), ("tom-dale", 2, "YR")]
    assert case["defendant_count"] == 3


def test_an_addresss_district_is_no_person(drafts: dict[str, dict]) -> None:
    people = people_by_id(drafts["address-district"])
    assert "marsh-park" not in people
    assert "gary-pike" in people


def test_a_son_named_with_a_middle_name_keeps_his_surname(drafts: dict[str, dict]) -> None:
    people = people_by_id(drafts["address-district-and-his-son"])
    assert "ryan-lee" not in people
    assert "ryan-lee-pike" in people


def test_the_ringleaders_of_the_gang_were(drafts: dict[str, dict]) -> None:
    people = people_by_id(drafts["the-ringleaders-were"])
    for key in ("paul-dunne", "karl-mead"):
        assert [post["role"] for post in people[key].get("posts", [])] == ["Ringleader"]


def test_a_courts_week_told_as_one_case_stays_one(drafts: dict[str, dict]) -> None:
    (case,) = drafts["a-week-of-one-case"]["cases"]
    assert case["defendant_count"] == 3
    assert "drug-supply" in case["offences"]


def test_a_third_treated_in_hospital_is_no_defendant(drafts: dict[str, dict]) -> None:
    (case,) = drafts["a-third-in-hospital"]["cases"]
    assert case["defendant_count"] == 2


def test_a_victim_jailed_later_is_a_defendant(drafts: dict[str, dict]) -> None:
    (case,) = drafts["the-victim-jailed-too"]["cases"]
    assert set(case["defendants"]) == {"ryan-hart", "tom-bell"}
    assert people_by_id(drafts["the-victim-jailed-too"])["tom-bell"]["age"] == 31


def test_a_list_of_results_lines_is_a_review(drafts: dict[str, dict]) -> None:
    draft = drafts["a-results-list"]
    measures = {(f["measure"], f["value"]) for f in draft.get("figures", [])}
    assert {("CustodialYears", 4100), ("FirearmsSeized", 212), ("CashSeized", 2600000)} <= (
        measures
    )
    assert not draft.get("cases")


def test_rape_and_violent_disorder_have_crime_types(drafts: dict[str, dict]) -> None:
    """Two crime types added to the scheme in session 22 (ontology/crime-types.ttl)."""
    (case,) = drafts["rape-and-violent-disorder"]["cases"]
    assert {"drug-supply", "sexual-offences", "public-disorder"} <= set(case["offences"])
