"""Extraction rules for wording met in session 21 (a review helper's invented releases).

Each release is invented for these tests in the styles real UK releases use. No sentence
is taken from any release.
"""

from __future__ import annotations

import pytest

from tests.drafting import draft_releases
from tests.drafting import release_text as _release

RELEASES = {
    "a-list-of-guns": _release(
        "Guns Found in Loft",
        "Essex Police",
        "Three men have been charged after officers found two pistols, a sawn-off shotgun and "
        "a revolver in the loft of a house in Basildon.",
    ),
    "guns-listed-then-seized": _release(
        "Armourer Jailed",
        "Merseyside Police",
        "A man who stored guns for a drugs gang has been jailed for 14 years.",
        "",
        "A Baikal pistol, a converted handgun and 40 rounds of ammunition were found in a "
        "garage he rented in Kirkby.",
    ),
    "two-men-with-a-gun": _release(
        "Robbers Jailed",
        "Kent Police",
        "Two men with a gun who robbed a shop in Margate have been jailed for seven years each.",
    ),
    "supplied-not-seized": _release(
        "Broker Jailed",
        "West Yorkshire Police",
        "A man who arranged the supply of 36 kilos of cocaine to dealers in Leeds has been "
        "jailed for 16 years.",
        "",
        "He also brokered the sale of four handguns and 300 rounds of ammunition to the gang.",
    ),
    "the-other-six-suspended": _release(
        "Gang Sentenced",
        "Avon and Somerset Police",
        "Eight members of a cannabis gang have been sentenced at Bristol Crown Court.",
        "",
        "Dean Cole, 41, of Bristol, was jailed for nine years and Lee Marsh, 29, of Bath, was "
        "jailed for six years.",
        "",
        "The other six defendants, all from Bristol, received suspended sentences.",
    ),
    "of-walton-liverpool": _release(
        "Dealer Jailed",
        "Merseyside Police",
        "Dean Cole, 41, of Walton, was jailed for nine years at Liverpool Crown Court for "
        "conspiracy to supply cocaine.",
    ),
    "quarter-of-a-million-pounds": _release(
        "Cash Found in Car",
        "Lancashire Police",
        "A man has been arrested after officers stopped a car on the M6 near Preston and found "
        "bundles of cash totalling more than quarter of a million pounds.",
    ),
    "five-year-risk-order": _release(
        "Car Wash Owner Given Order",
        "Lincolnshire Police",
        "A car wash owner in Boston has been given a five-year slavery and trafficking risk "
        "order after officers found workers living in a shed.",
        "",
        "He faces up to five years in prison if he breaches the order.",
    ),
    "sentencing-him-the-judge": _release(
        "Driver Jailed",
        "Essex Police",
        "Lorry driver Pawel Nowak, 41, was jailed for three years at Chelmsford Crown Court for "
        "bringing nine migrants into Harwich.",
        "",
        "Sentencing Nowak, Judge Helen Marsh said he had put lives at risk.",
    ),
    "being-supplied": _release(
        "Gang Leaders Jailed",
        "Nottinghamshire Police",
        "Four men who ran a gang responsible for more than 10 kilograms of cocaine being "
        "supplied across Mansfield have been jailed for a total of 40 years.",
    ),
    "since-the-launch-of": _release(
        "Operation Results",
        "Lancashire Police",
        "Officers have made 3,067 arrests since the launch of Operation Harrier, and seized "
        "more than £5 million of cash in the two years since it began.",
        "",
        "In its second year the operation made 1,855 arrests.",
    ),
    "head-of-a-department": _release(
        "Operation Results",
        "Lancashire Police",
        "Officers made 1,855 arrests in 2024 as part of Operation Harrier.",
        "",
        "Lancashire Constabulary's head of serious crime and intelligence, Superintendent "
        "Alan Price, said the results were a credit to the team.",
    ),
    "lady-clark-of-calton": _release(
        "Man Jailed for Pistol",
        "Police Scotland",
        "A man who kept a loaded pistol in his flat in Leith has been jailed for five years at "
        "the High Court in Edinburgh.",
        "",
        "Judge Lady Clark of Calton told him the weapon could have caused great harm.",
    ),
    "three-men-aged": _release(
        "Cannabis Farm Found",
        "Police Scotland",
        "Officers found a cannabis farm in a steading near Kirkliston on Tuesday.",
        "",
        "Three men aged 36, 39 and 46 were subsequently arrested and charged.",
    ),
    "possession-of-the-gun": _release(
        "Dealer Jailed",
        "West Midlands Police",
        "Aaron Platt, 26, of Wolverhampton, was jailed for 17 years after pleading guilty to "
        "possession of the gun, conspiring to supply cocaine and money laundering.",
    ),
    "who-led-the-investigation": _release(
        "Smugglers Jailed",
        "Bedfordshire Police",
        "Seven members of a people smuggling gang have been jailed for a total of 40 years at "
        "Luton Crown Court.",
        "",
        "Detective Inspector Trevor Dale, who led the investigation for ERSOU, said the gang "
        "had put lives at risk.",
    ),
    "an-operations-count-to-a-date": _release(
        "Courier Jailed",
        "Police Scotland",
        "A lorry driver has been jailed for five years at the High Court in Glasgow after he "
        "was snared with about 40kg of the class A drug on the M74.",
        "",
        "His arrest came during Operation Venetic, the national response to the encrypted "
        "phone network.",
        "",
        "As of June last year, it had seen 512 arrests, £31 million in criminal cash and 60 "
        "firearms seized.",
    ),
    "list-lines-of-two-sentences": _release(
        "Gang Sentenced",
        "Lancashire Constabulary",
        "The last four members of a drugs gang were sentenced at Preston Crown Court:",
        "",
        "- Carl Hinds, 48, Mill Street, Darwen. Guilty to conspiring to supply cocaine: "
        "Eight years.",
        "",
        "- Sean Marr, 28, Ash Avenue, Darwen. Guilty to supplying cocaine: Two years and seven "
        "months.",
    ),
    "bracketed-ages-and-terms": _release(
        "Cable Thieves Jailed",
        "British Transport Police",
        "Three men have been jailed for conspiracy to steal railway cable. They were:",
        "",
        "Brian Hale (36) of Mill Lane, Stainforth, Doncaster (sentenced to three years and four "
        "months)",
        "",
        "Philip Hale (25) of Park Road, Stainforth, (12 months)",
        "",
        "Gordon Hale (46) of Ram View, Doncaster, (14 months)",
    ),
    "terms-of-others-on-a-line": _release(
        "Dealers Jailed",
        "Lancashire Constabulary",
        "Two men were jailed at Preston Crown Court for supplying cocaine in Darwen.",
        "",
        "Jason Rigby, 31, of Darwen, was jailed for six years. His co-accused, Mark Pilling, "
        "received four years.",
        "",
        "Kieran Bolt, 27, of Blackburn, admitted supplying cocaine. The offence carries a "
        "maximum term of life, but judges rarely impose more than 15 years.",
    ),
    "a-sergeant-and-an-unknown-unit": _release(
        "Gang Jailed",
        "Kent Police",
        "Four men have been jailed for a total of 30 years for supplying cocaine in Dover.",
        "",
        "Detective Sergeant Tom Bell, who led the inquiry, said the gang had been dismantled.",
        "",
        "Detective Inspector Rosa Kemp, who led the investigation for the Coastal Crime "
        "Directorate, thanked the public.",
    ),
    "possession-of-the-weapon-a-knife": _release(
        "Man Jailed",
        "Essex Police",
        "Dylan Frost, 23, of Basildon, was jailed for two years after admitting possession of "
        "the weapon, a kitchen knife, and possession of the gunman's phone.",
    ),
    "money-launderer": _release(
        "Courier Jailed",
        "Kent Police",
        "Money launderer Imran Shah, 29, was jailed for six years at Canterbury Crown Court "
        "after £856,330 was found hidden in his van at Folkestone.",
        "",
        "Financial investigators from the Kent and Essex Serious Crime Directorate traced "
        "his assets.",
    ),
    "con-artists-appear-in-court": _release(
        "Suspected Fraudsters in Court",
        "Durham Constabulary",
        "Four suspected con artists have appeared in court accused of tricking pensioners "
        "out of £150,000.",
        "",
        "A total in excess of £150,000 was handed over by victims in Durham and Darlington.",
    ),
    "terms-after-an-ellipsis-and-counsel": _release(
        "Dealers Jailed",
        "Essex Police",
        "Two men have been jailed for supplying cocaine in Grays.",
        "",
        "Dean Cole (44), of Grays … 8 yrs.",
        "",
        "Lee Marsh (29), of Tilbury … 6 yrs.",
        "",
        "Defending, solicitor Mr Simon Hart, 56, said his client was remorseful.",
    ),
    "guns-including-and-two-lists": _release(
        "Armoury Found",
        "Essex Police",
        "Three men have been charged after officers found five guns, including two pistols and "
        "a revolver, at a house in Harlow.",
        "",
        "Officers also found a pistol and a revolver in the loft and two shotguns and two "
        "rifles in the shed of a second house.",
        "",
        "In a car they seized a revolver, an imitation pistol and two shotguns.",
    ),
    "seized-though-supplied-or-bought": _release(
        "Drugs Seized",
        "Thames Valley Police",
        "Two men have been charged after officers seized 3kg of cocaine which was being supplied "
        "to dealers in Reading.",
        "",
        "Officers also intercepted a delivery of 20kg of cannabis, and seized £12,000 which the "
        "gang had bought a car with, and 4kg of amphetamine.",
    ),
    "sold-then-recovered": _release(
        "Gun Dealer Jailed",
        "Metropolitan Police Service",
        "A man who brokered the sale of three handguns and a rifle, which were later recovered "
        "by police, has been jailed for 16 years.",
    ),
    "some-jailed-some-suspended": _release(
        "Gang Sentenced",
        "Humberside Police",
        "Nine people were sentenced at Hull Crown Court on Friday: six were jailed and three "
        "received suspended sentences.",
    ),
    "twenty-four-members": "\n".join(
        [
            "---",
            "title: Results of Operation Nightjar so far",
            "publisher: Thames Valley Police",
            "date: 2023-09-29",
            "---",
            "A total of 44 people have been charged with drugs offences as part of Operation "
            "Nightjar.",
            "",
            "Twenty-four members of an organised crime group have been jailed for a total of 150 "
            "years following a two-year investigation.",
            "",
            "Officers have seized £600,000 in cash and 22 kilos of cocaine during the operation.",
            "",
        ]
    ),
    "had-faced-up-to": _release(
        "Dealer Jailed",
        "Kent Police",
        "A man who had faced up to 14 years in prison was jailed for nine years at Maidstone "
        "Crown Court for supplying cocaine.",
    ),
}
RELEASES["force-only-in-the-headline"] = "\n".join(
    [
        "---",
        "title: Cannabis worth £300,000 found in PSNI search",
        "publisher: Ulster Radio News",
        "---",
        "A cannabis factory with 900 plants was found in a house in Lurgan on Tuesday.",
        "",
        "Detective Inspector Ruth Ferris said the plants were worth around £300,000.",
        "",
    ]
)


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return draft_releases(RELEASES, tmp_path_factory.mktemp("session21"))


def _seized(draft: dict) -> list[tuple[str, int]]:
    figures = [f for case in draft.get("cases", []) for f in case.get("figures", [])]
    figures += draft.get("figures", [])
    return sorted((f["measure"], f["value"]) for f in figures if f["measure"] != "Arrests")


@pytest.mark.parametrize(
    ("name", "seized"),
    [
        ("a-list-of-guns", [("FirearmsSeized", 4)]),
        ("guns-listed-then-seized", [("AmmunitionSeized", 40), ("FirearmsSeized", 2)]),
        ("two-men-with-a-gun", []),
        ("supplied-not-seized", []),  # what he arranged to supply or sell was never taken
    ],
)
def test_guns_of_one_list_counted_together(
    drafts: dict[str, dict], name: str, seized: list[tuple[str, int]]
) -> None:
    assert _seized(drafts[name]) == seized


def test_untimed_suspended_sentences_go_to_the_people_counted(drafts: dict[str, dict]) -> None:
    (case,) = drafts["the-other-six-suspended"]["cases"]
    suspended = [o for o in case["outcomes"] if o["type"] == "SuspendedSentence"]
    assert [o.get("person_count") for o in suspended] == [6]


def test_walton_is_no_town_on_the_thames(drafts: dict[str, dict]) -> None:
    places = {p["id"] for p in drafts["of-walton-liverpool"].get("places", [])}
    assert "walton-on-thames" not in places


def test_a_quarter_of_a_million_pounds() -> None:
    from kg.extract.numbers import parse_number

    assert parse_number("quarter of a million") == 250000
    assert parse_number("three-quarters of a million") == 750000
    assert parse_number("half a dozen") == 6


def test_quarter_of_a_million_pounds_of_cash(drafts: dict[str, dict]) -> None:
    assert _seized(drafts["quarter-of-a-million-pounds"]) == [("CashSeized", 250000)]


def test_an_orders_length_and_the_penalty_for_breaking_it_are_no_terms(
    drafts: dict[str, dict],
) -> None:
    cases = drafts["five-year-risk-order"].get("cases", [])
    terms = [o for case in cases for o in case.get("outcomes", []) if o.get("unit") == "YR"]
    assert terms == []


def test_sentencing_a_defendant_is_no_name_and_the_judge_keeps_her_post(
    drafts: dict[str, dict],
) -> None:
    people = {p["id"]: p for p in drafts["sentencing-him-the-judge"]["people"]}
    assert "sentencing-nowak" not in people
    assert [p["role"] for p in people["helen-marsh"]["posts"]] == ["Judge"]


def test_a_force_only_in_the_headline_by_its_initials(drafts: dict[str, dict]) -> None:
    draft = drafts["force-only-in-the-headline"]
    assert "psni" in {o["id"] for o in draft["organisations"]}
    (ferris,) = [p for p in draft["people"] if p["id"] == "ruth-ferris"]
    assert [(p["role"], p["in"]) for p in ferris["posts"]] == [("DetectiveInspector", "psni")]


def test_drugs_being_supplied_are_not_seized(drafts: dict[str, dict]) -> None:
    assert _seized(drafts["being-supplied"]) == []


def test_totals_since_an_operation_began_are_no_periods(drafts: dict[str, dict]) -> None:
    figures = drafts["since-the-launch-of"].get("figures", [])
    assert [(f["measure"], f["value"]) for f in figures] == [("Arrests", 1855)]


def test_head_of_a_forces_department_is_no_unit_head(drafts: dict[str, dict]) -> None:
    (price,) = [p for p in drafts["head-of-a-department"]["people"] if p["id"] == "alan-price"]
    assert [p["role"] for p in price["posts"]] == ["Superintendent"]


def test_a_judicial_title_names_a_place(drafts: dict[str, dict]) -> None:
    judges = [
        p["name"]
        for p in drafts["lady-clark-of-calton"]["people"]
        if any(post["role"] == "Judge" for post in p.get("posts", []))
    ]
    assert judges == ["Lady Clark of Calton"]


def test_people_counted_with_their_ages_before_the_verb(drafts: dict[str, dict]) -> None:
    (case,) = drafts["three-men-aged"]["cases"]
    arrests = [f["value"] for f in case.get("figures", []) if f["measure"] == "Arrests"]
    assert (case["defendant_count"], arrests) == (3, [3])


def test_a_money_launderer_and_a_directorate_named_after_two_counties(
    drafts: dict[str, dict],
) -> None:
    draft = drafts["money-launderer"]
    (case,) = draft["cases"]
    assert case["offences"] == ["money-laundering"]
    # Kent is listed only as Folkestone's county, with no evidence of its own
    named = {p["id"] for p in draft.get("places", []) if "evidence" in p}
    assert named == {"folkestone"}


def test_suspects_who_appeared_in_court_make_a_case(drafts: dict[str, dict]) -> None:
    (case,) = drafts["con-artists-appear-in-court"]["cases"]
    assert (case["defendant_count"], case["stage"]) == (4, "Charged")
    # the lead's round "£150,000" is the later "in excess of £150,000"
    assert [(a["value"], a["qualifier"]) for a in case["amounts"]] == [(150000, "MoreThan")]


def test_terms_after_an_ellipsis_and_counsel_with_an_age(drafts: dict[str, dict]) -> None:
    (case,) = drafts["terms-after-an-ellipsis-and-counsel"]["cases"]
    assert (case["defendants"], case["defendant_count"]) == (["dean-cole", "lee-marsh"], 2)
    terms = [(o.get("offender"), o["value"]) for o in case["outcomes"]]
    assert terms == [("dean-cole", 8), ("lee-marsh", 6)]


def test_a_breakdown_two_lists_and_an_imitation_in_a_list(drafts: dict[str, dict]) -> None:
    # five guns (the pistols and revolver are among them); then 2 + 4 in one sentence, and a
    # revolver and two shotguns beside an imitation pistol
    assert _seized(drafts["guns-including-and-two-lists"]) == [
        ("FirearmsSeized", 3),
        ("FirearmsSeized", 5),
        ("FirearmsSeized", 6),
    ]


def test_a_seizure_verb_before_the_cue_keeps_the_amount_seized(drafts: dict[str, dict]) -> None:
    assert _seized(drafts["seized-though-supplied-or-bought"]) == [
        ("CashSeized", 12000),
        ("DrugsSeized", 3),
        ("DrugsSeized", 4),
        ("DrugsSeized", 20),
    ]
    assert _seized(drafts["sold-then-recovered"]) == [("FirearmsSeized", 4)]


def test_the_count_just_before_received_suspended_sentences(drafts: dict[str, dict]) -> None:
    (case,) = drafts["some-jailed-some-suspended"]["cases"]
    suspended = [o for o in case["outcomes"] if o["type"] == "SuspendedSentence"]
    assert [o.get("person_count") for o in suspended] == [3]


def test_members_of_a_group_are_a_case_however_many(drafts: dict[str, dict]) -> None:
    # the 44 charged, named and placed nowhere, are the operation's count, not a case
    counts = [c["defendant_count"] for c in drafts["twenty-four-members"]["cases"]]
    assert counts == [24]


def test_a_term_once_faced_is_no_term(drafts: dict[str, dict]) -> None:
    (case,) = drafts["had-faced-up-to"]["cases"]
    assert [o["value"] for o in case["outcomes"] if o.get("unit") == "YR"] == [9]


def test_possession_of_the_gun_is_a_firearms_offence(drafts: dict[str, dict]) -> None:
    (case,) = drafts["possession-of-the-gun"]["cases"]
    assert "firearms" in case["offences"]


def test_the_officer_who_led_the_investigation(drafts: dict[str, dict]) -> None:
    (dale,) = [p for p in drafts["who-led-the-investigation"]["people"] if p["id"] == "trevor-dale"]
    assert ("SeniorInvestigatingOfficer", "ersou") in {(p["role"], p["in"]) for p in dale["posts"]}


def test_an_operations_count_to_a_date_is_no_figure_nor_money(drafts: dict[str, dict]) -> None:
    draft = drafts["an-operations-count-to-a-date"]
    assert draft.get("figures", []) == []
    (case,) = draft["cases"]
    assert _seized(draft) == [("DrugsSeized", 40)]  # "snared with about 40kg of the drug"
    assert case.get("amounts", []) == []


@pytest.mark.parametrize(
    ("name", "terms"),
    [
        ("list-lines-of-two-sentences", [("carl-hinds", 8, "YR"), ("sean-marr", 31, "MO")]),
        (
            "bracketed-ages-and-terms",
            [("brian-hale", 40, "MO"), ("philip-hale", 12, "MO"), ("gordon-hale", 14, "MO")],
        ),
    ],
)
def test_terms_of_list_lines(drafts: dict[str, dict], name: str, terms: list) -> None:
    (case,) = drafts[name]["cases"]
    found = [(o.get("offender"), o["value"], o["unit"]) for o in case["outcomes"]]
    assert found == terms


@pytest.mark.parametrize(
    ("sentence", "weight"),
    [
        (
            "Between 1 June and 31 August, officers confiscated 15.6 tonnes of the deadly drug.",
            15.6,
        ),
        ("He was caught with about 40kg of the class A drug on the M74.", 40),
    ],
)
def test_a_weight_of_the_drug_named_before(sentence: str, weight: float) -> None:
    from decimal import Decimal

    from kg.extract import figures

    found = [(f.measure, f.value) for f in figures.counts(sentence, period_cues=True)]
    assert found == [("DrugsSeized", Decimal(str(weight)))]


def test_people_being_jailed_are_counted() -> None:
    from decimal import Decimal

    from kg.extract import figures

    sentence = "During 2022 the unit made 269 arrests, with 211 criminals being jailed."
    found = {(f.measure, f.value) for f in figures.counts(sentence, period_cues=True)}
    assert ("PeopleJailed", Decimal(211)) in found


def test_a_term_told_of_someone_else_is_not_the_lines_defendants(
    drafts: dict[str, dict],
) -> None:
    (case,) = drafts["terms-of-others-on-a-line"]["cases"]
    terms = [(o.get("offender"), o["value"]) for o in case["outcomes"] if o.get("unit") == "YR"]
    assert ("jason-rigby", 4) not in terms and ("kieran-bolt", 15) not in terms
    assert ("jason-rigby", 6) in terms


def test_no_sio_below_inspector_nor_in_an_unknown_unit(drafts: dict[str, dict]) -> None:
    people = {p["id"]: p for p in drafts["a-sergeant-and-an-unknown-unit"]["people"]}
    for person in ("tom-bell", "rosa-kemp"):
        roles = {post["role"] for post in people[person].get("posts", [])}
        assert "SeniorInvestigatingOfficer" not in roles


def test_possession_of_the_weapon_or_the_gunmans_phone_is_no_firearms_offence(
    drafts: dict[str, dict],
) -> None:
    (case,) = drafts["possession-of-the-weapon-a-knife"]["cases"]
    assert "firearms" not in case.get("offences", [])
