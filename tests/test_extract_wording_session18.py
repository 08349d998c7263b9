"""Extraction rules for wording met in real releases read in session 18.

Each release is invented for these tests in the styles real UK releases use. No sentence
is taken from any release.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.drafting import draft_releases, people_by_id
from tests.drafting import release_text as _release

RELEASES = {
    "leaders-and-couriers-by-their-part": _release(
        "Heroin Importers Jailed",
        "Eastern Region Special Operations Unit",
        "Four men who brought heroin into Bedfordshire have been jailed at Luton Crown Court.",
        "",
        "Leaders Imran Qadir, 41, of Hitchin Road, and Salman Aziz, 36, of Selbourne Road, "
        "were each jailed for 16 years after being convicted of conspiracy to import heroin.",
        "",
        "Couriers Tariq Mahmood, 30, of Leagrave Road, and Nadeem Hussain, 27, of Park "
        "Street, were jailed for nine years and seven years.",
    ),
    "brothers-who-led-a-network": _release(
        "Three More Jailed For Cocaine Network",
        "Hertfordshire Constabulary",
        "Three more members of a cocaine network have been jailed for almost 20 years.",
        "",
        "The following were sentenced at St Albans Crown Court for conspiracy to supply cocaine:",
        "",
        "- Kieran Doyle, 28, of Cowper Road, Watford, was jailed for nine years",
        "- Liam Shore, 33, of Derby Road, Watford, was jailed for six years and four months",
        "- Owen Platt, 25, of Bushey Mill Lane, Watford, was jailed for four and a half years",
        "",
        "They follow brothers Omar and Bilal Rahman, from Hemel Hempstead in Hertfordshire, "
        "who were jailed for 12 years and 11 years respectively last month.",
        "",
        "In total, five men have now been jailed for almost 43 years.",
    ),
    "a-name-spelt-two-ways": _release(
        "Cannabis Dealers Jailed",
        "Bedfordshire Police",
        "Three cannabis dealers from Luton have been jailed.",
        "",
        "Danyal Khan, 26, Yusef Malik, 22, and Harris Noor, 24, all of Dunstable Road, "
        "Luton, admitted conspiracy to supply cannabis at Luton Crown Court.",
        "",
        "Danyal Khan was jailed for four years; Yusuf Malik was jailed for three years and "
        "three months, while both Harris Noor and Danyal Khan's cousin received suspended "
        "sentences.",
    ),
    "both-named-received-a-term": _release(
        "Drug Dealers Jailed After Raid",
        "Leicestershire Police",
        "Ali Rana, 31, Sam Rana, 29, and Jade Cole, 24, all of Leicester, admitted "
        "conspiracy to supply cocaine at Leicester Crown Court.",
        "",
        "Ali Rana was sentenced to five years in prison, while both Sam Rana and Jade Cole "
        "received jail terms of three years.",
    ),
    "a-line-holder-named-and-aged-in-the-lead": _release(
        "Line Holder Jailed",
        "Norfolk Constabulary",
        "A 24-year-old man has been jailed for five years after supplying heroin to King's Lynn.",
        "",
        "Jordan Amos, from Woolwich in London, was arrested in March.",
        "",
        "Amos was found to be the line holder for a dealer group called 'TK' that sent "
        "drugs to the town.",
    ),
    "burglars-counted-not-named": _release(
        "Burglary Gang Jailed",
        "Lincolnshire Police",
        "A gang of burglars who stole from elderly people across Lincolnshire have been "
        "jailed for a total of 28 and a half years.",
        "",
        "Homes were broken into in Boston, Spalding and Skegness.",
        "",
        "Two defendants were found guilty of conspiracy to burgle and sentenced to ten years "
        "and seven years respectively.",
        "",
        "Another two pleaded guilty to the same offence and were given three years and "
        "seven years respectively.",
        "",
        "A fifth pleaded guilty to burglary and was jailed for 18 months.",
    ),
    "a-place-said-like-a-name": _release(
        "Cocaine Gang Jailed",
        "Lincolnshire Police",
        "Members of a gang who sold cocaine in Lincolnshire have been jailed.",
        "",
        "Some of the drug was so pure it had come from South America, the court was told.",
        "",
        "Nine members of the gang were jailed at Lincoln Crown Court for conspiracy to "
        "supply cocaine.",
    ),
    "a-boss-named-short-and-his-associates": _release(
        "Drugs Boss Convicted",
        "Hertfordshire Constabulary",
        "A drugs boss has been convicted of running a cocaine gang from abroad.",
        "",
        "Tahir Aslam Mirza, 38, led an organised crime group based in Stevenage which sold "
        "cocaine across the country.",
        "",
        "Officers arrested Aslam Mirza and associates Bilal Sadiq, Kasim Dar and Ozan Yilmaz "
        "in May 2020.",
        "",
        "Aslam Mirza was convicted of conspiracy to import cocaine at St Albans Crown Court.",
    ),
    "dates-of-birth-in-brackets": _release(
        "Three Jailed Over Gun Supply",
        "Crown Prosecution Service",
        "Three men have been jailed for supplying guns.",
        "",
        "Arif Zaman (14.03.1985), of Ash Street, Bolton, admitted possession of a firearm "
        "with intent to cause fear of violence.",
        "",
        "At Bolton Crown Court on Friday 9 May, he was jailed for a total of 12 years.",
        "",
        "Kemal Arslan (02.11.1990), of Rochdale, was convicted of possession of a firearm and "
        "was jailed for eight years.",
        "",
        "Darren Holt (21.07.1979), of no fixed address, was convicted of possessing "
        "ammunition and was jailed for four years.",
    ),
    "a-force-s-regional-unit": _release(
        "Gun Factory Gang Jailed",
        "West Midlands Police",
        "Three men have been jailed for more than 40 years for running a gun factory.",
        "",
        "The factory was found by West Midlands Police's Regional Organised Crime Unit.",
        "",
        "Inspector Dawn Heath, of the force's unit, said: \"The three men have been jailed "
        'for more than 40 years."',
        "",
        "Neil Oakes, 44, was jailed for 18 years, Carl Webb, 31, for 14 years and Dean Moss, "
        "27, for nine years at Wolverhampton Crown Court.",
    ),
    "a-campaign-s-quarter-and-its-whole-life": _release(
        "Campaign Against Organised Crime Goes On",
        "Thames Valley Police",
        "Figures released today show that in the three months from September to December, "
        "officers arrested 64 people as part of the Bastion campaign.",
        "",
        "It means that from its start in 2018 Bastion has seen 1,120 people arrested.",
        "",
        "Also in the last three months, 31 people have been charged.",
        "",
        "Work throughout the Bastion campaign has seen more than 40kg of drugs seized.",
    ),
    "a-squad-s-years-of-results": _release(
        "Squad Sees Offenders Jailed For Hundreds Of Years",
        "Kent Police",
        "A Kent Police squad has seen offenders jailed for hundreds of years.",
        "",
        "Since launching in March 2020, the squad has locked up offenders for 812 years.",
        "",
        'Detective Inspector Amy Crane said: "That is 800 years in less than two and a half '
        'years."',
        "",
        "Among those jailed in May were two men who robbed a shop in Chatham. They were "
        "jailed for a combined total of 14 years.",
    ),
    "terms-named-in-turn-and-each": _release(
        "Four Jailed Over Cannabis Haul",
        "Kent Police",
        "Four men have been jailed for a total of 22 years over a cannabis haul.",
        "",
        "Van driver Paul Reed, brothers Sean and Kyle Doherty and Grant Hale were arrested "
        "in Ashford.",
        "",
        "Kyle Doherty, 41, was sentenced to seven years, Sean Doherty, 39, to five years, "
        "and Hale, 36, and 50-year-old Reed five years each.",
    ),
    "those-named-then-counted": _release(
        "Crime Family Jailed",
        "Metropolitan Police Service",
        "A crime family who sold drugs across London have been jailed.",
        "",
        "The gang was supplying kilos of cocaine, the court heard.",
        "",
        "Head of the gang Jason Kerr employed his sister Tanisha Kerr, her boyfriend Dale "
        "Frost and his cousin Leon Marsh.",
        "",
        "Those four were jailed for a total of 41 years for drugs offences and acquiring "
        "criminal property.",
    ),
    "a-leader-in-the-lead": _release(
        "Gang Leader Jailed",
        "South West Regional Organised Crime Unit",
        "A drug gang ringleader has been jailed for running a cocaine network across Somerset.",
        "",
        "Mark Dyer, 36, of Ash Grove, Taunton, was caught after a surveillance operation.",
        "",
        "At Taunton Crown Court, Dyer was jailed for nine years for conspiracy to supply cocaine.",
        "",
        "Lee Cox, 24, and Sam Bell, 27, both of Bridgwater, pleaded guilty to the same "
        "offence and received a four-year prison sentence and an 18-month suspended sentence "
        "respectively.",
    ),
    "charged-after-a-haul-with-cash": _release(
        "Seven Charged After Drugs Haul",
        "Hampshire Constabulary",
        "Seven people have been charged after one of the county's largest drugs seizures.",
        "",
        "Officers seized 30kg of cocaine, the largest seizure of class A drugs in the force's "
        "history, as well as cash worth £150,000.",
        "",
        "Those charged with conspiracy to supply class A drugs include Karl Sims, 33, of "
        "Botley Road South, Hedge End, and Ian Pope, 41, of Fareham.",
    ),
    "arrests-in-a-crackdown": _release(
        "Arrests In Drugs Crackdown",
        "Dorset Police",
        "Nineteen people have been arrested as part of a crackdown on drug dealing across Dorset.",
        "",
        "Officers made 19 arrests, with four people charged. More than 2kg of cocaine was seized.",
    ),
    "review-a-council-leader-and-a-victim-s-brothers": _release(
        "Burglar Jailed",
        "Kent Police",
        "Jake Rudd, 29, of Rochester, was jailed for four years at Maidstone Crown Court.",
        "",
        "The victim's brothers Tom and Harry Pell, from Strood, gave evidence at the trial.",
        "",
        "Leader Nina Frost, of Medway Council, said the sentence would reassure residents.",
    ),
    "review-two-people-one-vowel-apart": _release(
        "Mother And Daughter Sentenced For Fraud",
        "Crown Prosecution Service",
        "Maria Lowe, 52, and her daughter Marie Lowe, 31, both of Gillingham, admitted fraud "
        "at Maidstone Crown Court.",
        "",
        "Maria Lowe was jailed for 20 months. Marie Lowe was given a 12-month sentence "
        "suspended for two years.",
        "",
        'Police Constable Marie Lowes, who is no relation, said: "Justice was done."',
    ),
    "review-a-father-and-his-son": _release(
        "Father And Son Jailed",
        "West Yorkshire Police",
        "John Paul Reilly, 54, and his son Paul Reilly, 26, both of Keighley, admitted "
        "producing cannabis at Bradford Crown Court.",
        "",
        "John Paul Reilly was jailed for two years and eight months. Paul Reilly was jailed "
        "for 16 months.",
    ),
    "review-a-lead-about-a-victim": _release(
        "Robber Jailed",
        "Sussex Police",
        "A 78-year-old man who was robbed at knifepoint has seen his attacker jailed for "
        "nine years.",
        "",
        "Kyle Benton, of Hastings, was jailed at Lewes Crown Court after admitting robbery.",
    ),
    "review-terms-said-in-turn-and-suspended": _release(
        "Couple Sentenced For Laundering",
        "West Yorkshire Police",
        "Gary Mills, 44, and Karen Mills, 42, both of Leeds, admitted money laundering at "
        "Leeds Crown Court.",
        "",
        "Gary Mills and Karen Mills were sentenced to six and a half years and two years "
        "respectively, the latter suspended for two years.",
        "",
        "Craig Dunn, 35, and Liam Shaw, 33, both of Leeds, were jailed for 12 years and 11 "
        "years for supplying the cash.",
    ),
    "three-terms-listed-after-three-names": _release(
        "Waste Dumpers Jailed",
        "Essex Police",
        "Three men who dumped waste across Thurrock have been jailed.",
        "",
        "Sean Pike, 41, Ryan Holt, 36, and Lee Dale, 30, all of Grays, were jailed for three "
        "years, 20 months and 14 months at Basildon Crown Court.",
        "",
        "Two officers hurt during the arrests were treated in hospital for two days.",
        "",
        "A fourth man, Carl Eden, 27, of Mill Road in Tilbury, was given a community order.",
    ),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return draft_releases(RELEASES, tmp_path_factory.mktemp("session18"))


def terms(case: dict) -> list[tuple]:
    return [
        (o["type"], Decimal(str(o["value"])), o["unit"], o.get("offender"), o.get("person_count"))
        for o in case["outcomes"]
        if o.get("value") is not None
    ]


def test_a_part_written_as_a_title_is_no_part_of_the_name(drafts: dict[str, dict]) -> None:
    people = people_by_id(drafts["leaders-and-couriers-by-their-part"])
    assert {"imran-qadir", "salman-aziz", "tariq-mahmood", "nadeem-hussain"} <= set(people)
    for leader in ("imran-qadir", "salman-aziz"):
        assert [p["role"] for p in people[leader]["posts"]] == ["Ringleader"]
    assert "posts" not in people["tariq-mahmood"]


def test_brothers_named_by_first_names_and_one_surname(drafts: dict[str, dict]) -> None:
    draft = drafts["brothers-who-led-a-network"]
    people = people_by_id(draft)
    for brother in ("omar-rahman", "bilal-rahman"):
        assert people[brother]["based_in"] == "hemel-hempstead"  # not the county around it
    (case,) = draft["cases"]
    assert ("CustodialSentence", Decimal(12), "YR", "omar-rahman", 1) in terms(case)
    assert ("CustodialSentence", Decimal(11), "YR", "bilal-rahman", 1) in terms(case)


def test_totals_of_terms_all_given_are_figures(drafts: dict[str, dict]) -> None:
    (case,) = drafts["brothers-who-led-a-network"]["cases"]
    assert all(o.get("offender") for o in case["outcomes"])  # five terms, each one's own
    totals = sorted(
        (Decimal(str(f["value"])), f["qualifier"])
        for f in case["figures"]
        if f["measure"] == "CustodialYears"
    )
    assert totals == [(Decimal(20), "Almost"), (Decimal(43), "Almost")]


def test_a_first_name_spelt_two_ways_is_one_person(drafts: dict[str, dict]) -> None:
    draft = drafts["a-name-spelt-two-ways"]
    people = people_by_id(draft)
    assert "yusuf-malik" not in people
    assert people["yusef-malik"]["age"] == 22
    (case,) = draft["cases"]
    assert case["defendant_count"] == 3
    assert ("CustodialSentence", Decimal("3.25"), "YR", "yusef-malik", 1) in terms(case)


def test_both_named_received_the_term(drafts: dict[str, dict]) -> None:
    (case,) = drafts["both-named-received-a-term"]["cases"]
    assert sorted(terms(case), key=str) == sorted(
        [
            ("CustodialSentence", Decimal(5), "YR", "ali-rana", 1),
            ("CustodialSentence", Decimal(3), "YR", "sam-rana", 1),
            ("CustodialSentence", Decimal(3), "YR", "jade-cole", 1),
        ],
        key=str,
    )


def test_a_line_holder_a_named_dealer_group_and_an_age_from_the_lead(
    drafts: dict[str, dict],
) -> None:
    draft = drafts["a-line-holder-named-and-aged-in-the-lead"]
    groups = [o["label"] for o in draft["organisations"] if o.get("type") == "group"]
    assert groups == ["TK county line"]  # no "Dealer organised crime group" beside it
    person = people_by_id(draft)["jordan-amos"]
    assert person["age"] == 24
    assert person["based_in"] == "woolwich"  # "from Woolwich in London": the home
    assert [p["role"] for p in person["posts"]] == ["Ringleader"]


def test_terms_of_people_counted_in_turn(drafts: dict[str, dict]) -> None:
    (case,) = drafts["burglars-counted-not-named"]["cases"]
    assert sorted(terms(case), key=str) == sorted(
        [
            ("CustodialSentence", Decimal(10), "YR", None, 1),
            ("CustodialSentence", Decimal(7), "YR", None, 1),
            ("CustodialSentence", Decimal(3), "YR", None, 1),
            ("CustodialSentence", Decimal(7), "YR", None, 1),
            ("CustodialSentence", Decimal(18), "MO", None, 1),
        ],
        key=str,
    )
    # every term is given, so the total is a figure
    totals = [Decimal(str(f["value"])) for f in case["figures"] if f["measure"] == "CustodialYears"]
    assert totals == [Decimal("28.5")]


def test_a_town_named_like_a_surname_inside_a_list_of_towns(drafts: dict[str, dict]) -> None:
    (case,) = drafts["burglars-counted-not-named"]["cases"]
    assert {"boston", "spalding", "skegness"} <= set(case["places"])


def test_a_place_before_the_court_was_told_is_no_person(drafts: dict[str, dict]) -> None:
    assert people_by_id(drafts["a-place-said-like-a-name"]) == {}


def test_a_leader_said_with_a_plain_verb_named_short_and_his_associates(
    drafts: dict[str, dict],
) -> None:
    people = people_by_id(drafts["a-boss-named-short-and-his-associates"])
    assert "aslam-mirza" not in people  # "Aslam Mirza" is Tahir Aslam Mirza
    assert [p["role"] for p in people["tahir-aslam-mirza"]["posts"]] == ["Ringleader"]
    assert {"bilal-sadiq", "kasim-dar", "ozan-yilmaz"} <= set(people)


def test_a_date_of_birth_is_no_age_and_a_total_said_of_him_is_his(
    drafts: dict[str, dict],
) -> None:
    draft = drafts["dates-of-birth-in-brackets"]
    people = people_by_id(draft)
    assert {key: (p.get("age"), p.get("based_in")) for key, p in people.items()} == {
        "arif-zaman": (None, "bolton"),
        "kemal-arslan": (None, "rochdale"),
        "darren-holt": (None, None),
    }
    (case,) = draft["cases"]
    assert sorted(terms(case), key=str) == sorted(
        [
            ("CustodialSentence", Decimal(12), "YR", "arif-zaman", 1),
            ("CustodialSentence", Decimal(8), "YR", "kemal-arslan", 1),
            ("CustodialSentence", Decimal(4), "YR", "darren-holt", 1),
        ],
        key=str,
    )
    assert "violence" not in case["offences"]  # "with intent to cause fear of violence"


def test_a_force_s_regional_unit_and_a_term_a_quote_repeats(drafts: dict[str, dict]) -> None:
    draft = drafts["a-force-s-regional-unit"]
    assert {o["id"] for o in draft["organisations"]} >= {"west-midlands", "wmrocu"}
    assert not any(o.get("type") == "unit" for o in draft["organisations"])
    posts = people_by_id(draft)["dawn-heath"]["posts"]
    assert [(p["role"], p["in"]) for p in posts] == [("Inspector", "wmrocu")]
    (case,) = draft["cases"]
    assert all(o.get("offender") for o in case["outcomes"])
    # the lead's total and the quote's are one figure: every term is given
    totals = [
        (f["value"], f["qualifier"]) for f in case["figures"] if f["measure"] == "CustodialYears"
    ]
    assert totals == [(40, "MoreThan")]


def test_a_campaign_s_whole_life_is_no_period_figure(drafts: dict[str, dict]) -> None:
    figures = {
        (f["measure"], f["value"])
        for f in drafts["a-campaign-s-quarter-and-its-whole-life"]["figures"]
    }
    assert ("Arrests", 64) in figures
    assert ("PeopleCharged", 31) in figures
    assert ("Arrests", 1120) not in figures  # "from its start in 2018"
    assert not any(measure == "DrugsSeized" for measure, _ in figures)  # "throughout the …"


def test_years_since_a_squad_began_and_a_time_taken_are_no_case_s_terms(
    drafts: dict[str, dict],
) -> None:
    (case,) = drafts["a-squad-s-years-of-results"]["cases"]
    values = [o.get("value") for o in case["outcomes"]]
    assert 812 not in values
    assert 2.5 not in values  # "in less than two and a half years"


def test_ages_given_after_first_names_and_each_term_after_an_aged_surname(
    drafts: dict[str, dict],
) -> None:
    draft = drafts["terms-named-in-turn-and-each"]
    people = people_by_id(draft)
    ages = {key: people[key].get("age") for key in people}
    assert ages == {"paul-reed": 50, "sean-doherty": 39, "kyle-doherty": 41, "grant-hale": 36}
    (case,) = draft["cases"]
    assert sorted(terms(case), key=str) == sorted(
        [
            ("CustodialSentence", Decimal(7), "YR", "kyle-doherty", 1),
            ("CustodialSentence", Decimal(5), "YR", "sean-doherty", 1),
            ("CustodialSentence", Decimal(5), "YR", "grant-hale", 1),
            ("CustodialSentence", Decimal(5), "YR", "paul-reed", 1),
        ],
        key=str,
    )


def test_relatives_named_then_counted_back(drafts: dict[str, dict]) -> None:
    draft = drafts["those-named-then-counted"]
    (case,) = draft["cases"]
    assert case["defendants"] == ["jason-kerr", "tanisha-kerr", "dale-frost", "leon-marsh"]
    assert [(o["value"], o["person_count"]) for o in case["outcomes"]] == [(41, 4)]
    assert set(case["offences"]) == {"drug-supply", "money-laundering"}  # not "drugs"


def test_the_leader_a_lead_names_and_a_suspended_term_said_respectively(
    drafts: dict[str, dict],
) -> None:
    draft = drafts["a-leader-in-the-lead"]
    people = people_by_id(draft)
    assert [p["role"] for p in people["mark-dyer"]["posts"]] == ["Ringleader"]
    assert "posts" not in people["lee-cox"]
    (case,) = draft["cases"]
    assert ("CustodialSentence", Decimal(4), "YR", "lee-cox", 1) in terms(case)
    assert ("SuspendedSentence", Decimal(18), "MO", "sam-bell", 1) in terms(case)


def test_cash_worth_beside_drugs_and_a_street_named_with_a_direction(
    drafts: dict[str, dict],
) -> None:
    draft = drafts["charged-after-a-haul-with-cash"]
    (case,) = draft["cases"]
    cash = [(f["value"], f["item"]) for f in case["figures"] if f["measure"] == "CashSeized"]
    assert cash == [(150000, "cash")]
    assert not case.get("amounts")
    assert people_by_id(draft)["karl-sims"]["based_in"] == "hedge-end"


def test_arrests_in_a_crackdown_are_an_operation_s_results(drafts: dict[str, dict]) -> None:
    draft = drafts["arrests-in-a-crackdown"]
    assert not draft.get("cases")
    figures = {(f["measure"], f["value"]) for f in draft["figures"]}
    assert {("Arrests", 19), ("PeopleCharged", 4)} <= figures


def test_review_misfires_of_session_eighteen_stay_mended(drafts: dict[str, dict]) -> None:
    draft = drafts["review-a-council-leader-and-a-victim-s-brothers"]
    people = people_by_id(draft)
    assert "posts" not in people["nina-frost"]  # a council leader is no ringleader
    (case,) = draft["cases"]
    assert case["defendants"] == ["jake-rudd"]  # nor a victim's brothers defendants

    draft = drafts["review-two-people-one-vowel-apart"]
    people = people_by_id(draft)
    assert {key: people[key].get("age") for key in ("maria-lowe", "marie-lowe")} == {
        "maria-lowe": 52,
        "marie-lowe": 31,
    }
    (case,) = draft["cases"]
    assert ("SuspendedSentence", Decimal(12), "MO", "marie-lowe", 1) in terms(case)

    (case,) = drafts["review-a-father-and-his-son"]["cases"]
    assert sorted(terms(case), key=str) == sorted(
        [
            ("CustodialSentence", Decimal(32), "MO", "john-paul-reilly", 1),
            ("CustodialSentence", Decimal(16), "MO", "paul-reilly", 1),
        ],
        key=str,
    )

    assert "age" not in people_by_id(drafts["review-a-lead-about-a-victim"])["kyle-benton"]

    (case,) = drafts["review-terms-said-in-turn-and-suspended"]["cases"]
    assert sorted(terms(case), key=str) == sorted(
        [
            ("CustodialSentence", Decimal("6.5"), "YR", "gary-mills", 1),
            ("SuspendedSentence", Decimal(2), "YR", "karen-mills", 1),
            ("CustodialSentence", Decimal(12), "YR", "craig-dunn", 1),
            ("CustodialSentence", Decimal(11), "YR", "liam-shaw", 1),
        ],
        key=str,
    )


def test_terms_listed_after_as_many_names_and_a_hospital_stay(drafts: dict[str, dict]) -> None:
    (case,) = drafts["three-terms-listed-after-three-names"]["cases"]
    assert terms(case) == [
        ("CustodialSentence", Decimal(3), "YR", "sean-pike", 1),
        ("CustodialSentence", Decimal(20), "MO", "ryan-holt", 1),
        ("CustodialSentence", Decimal(14), "MO", "lee-dale", 1),
    ]  # never 58 months summed, nor two days in hospital
    assert (
        people_by_id(drafts["three-terms-listed-after-three-names"])["carl-eden"]["based_in"]
        == "tilbury"
    )  # "of Mill Road in Tilbury": the town after the street
