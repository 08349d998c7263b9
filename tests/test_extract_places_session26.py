"""Places (and former forces, and county lines) met in session 26, from the misses and
false hits of eight real sets:

- a village, or a town named like a surname, placed by the county, region or city after
  it ("a workshop in Hamilton, South Lanarkshire", "of Kirkbean, Dumfries and Galloway");
- a town's name used of the noun after it ("a raid on a Leeds warehouse"), and after
  "including", "both" and "as far away as";
- a country before "nationals" is a nationality, and "the Force area" no place;
- GeoNames' spellings mended ("Houghton-le-Spring", "Ellesmere Port"), "Yorkshire" and
  "the Midlands" as regions, and Heathrow, Gatwick and Stansted by name, the same place
  with "Airport" or without;
- Scotland's eight forces before Police Scotland (2013) are forces ("Lothian and Borders
  Police");
- a county line is drug supply too (its broader type), as gold of real releases records it;
- a home named after a town's name ("of The Copse, Shotton Colliery") is that longer
  name, and "Hetton" is Hetton-le-Hole; a sentence adverb is no first name ("Meanwhile
  Mercer was arrested"), and "Rd" ends a street;
- a list line "Name: term" gives that defendant's sentence; people reported to the
  Procurator Fiscal are Scotland's people charged, and "the arrest of 212 people" counts
  arrests; a month is no first name; the Kent and Essex Serious Crime Directorate is
  known; "Lady Reith told them that a custodial sentence …" is a judge;
- a district after a street ("of Hollinwell Avenue, Wollaton, Nottingham"), a town named
  as one ("the quiet town of Pontardawe") and a person's home ("a 91-year-old Kinver
  woman") are places the gazetteer need not know;
- "extortionate prices" are no extortion, and a sum of a billion or more (what crime costs
  the economy) is no case's money.

Each release is invented for these tests in the styles real UK releases use. No sentence
is taken from any release.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.drafting import draft_releases
from tests.drafting import release_text as _release

RELEASES = {
    "placed-by-county": _release(
        "Tobacco factory dismantled",
        "Police Scotland",
        "Officers dismantled an illegal tobacco factory found in a workshop in Hamilton, "
        "South Lanarkshire, on Tuesday.",
        "",
        "A van was later stopped at Kirkbean, Dumfries and Galloway, and its driver, Craig "
        "Moffat, 41, of Mill Lane, Lanarkshire, was arrested.",
        "",
        "Detective Inspector Sam Reid, of Police Scotland, said the raid in May, Kent and "
        "Essex officers helped, had taken months of work.",
    ),
    "town-used-of-a-noun": _release(
        "Cocaine found in warehouse raid",
        "West Yorkshire Police",
        "Two men have been charged after a raid on a Leeds warehouse uncovered cocaine "
        "worth £400,000.",
        "",
        "Both men, Trinidad and Tobago nationals, were remanded in custody. The drugs were "
        "sold as far away as Plymouth and in towns including Harrow, and officers worked "
        "in both Hampshire and Dorset.",
        "",
        "Warrants were carried out across the Force area this week.",
    ),
    "mended-and-added-names": _release(
        "Couriers jailed after airport stops",
        "National Crime Agency",
        "Two couriers stopped at Heathrow Airport have been jailed. Officers at Heathrow "
        "found cocaine in their cases, bound for dealers across Yorkshire and the Midlands.",
        "",
        "Lee Hart, 33, from Houghton-le-Spring, and Kyle Bond, 29, from Ellesmere Port, "
        "admitted importing a Class A drug. A third man was held at Gatwick.",
    ),
}


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, dict]]:
    drafts = draft_releases(RELEASES, tmp_path_factory.mktemp("session26"))
    return {
        name: {place["id"]: place for place in draft.get("places", [])}
        for name, draft in drafts.items()
    }


def test_a_village_or_surname_town_placed_by_its_county(
    places: dict[str, dict[str, dict]],
) -> None:
    found = places["placed-by-county"]
    assert {"hamilton", "south-lanarkshire", "kirkbean", "dumfries-and-galloway"} <= set(found)
    assert found["kirkbean"]["label"] == "Kirkbean"
    # a street, an officer's force and a month are no places
    assert {"mill-lane", "police-scotland", "may"}.isdisjoint(found)


def test_a_town_used_of_a_noun_and_after_including_both_and_as_far_as(
    places: dict[str, dict[str, dict]],
) -> None:
    found = places["town-used-of-a-noun"]
    assert {"leeds", "plymouth", "harrow", "hampshire", "dorset"} <= set(found)


def test_nationals_and_the_force_area_are_no_places(places: dict[str, dict[str, dict]]) -> None:
    found = places["town-used-of-a-noun"]
    assert "trinidad-and-tobago" not in found
    assert "force" not in found


def test_mended_spellings_regions_and_airports(places: dict[str, dict[str, dict]]) -> None:
    found = places["mended-and-added-names"]
    assert {"houghton-le-spring", "ellesmere-port", "yorkshire", "midlands"} <= set(found)
    assert found["houghton-le-spring"]["label"] == "Houghton-le-Spring"
    assert {"heathrow", "gatwick"} <= set(found)
    assert "heathrow-airport" not in found  # "Heathrow Airport" and "Heathrow": one place
    assert "houghton-on-the-hill" not in found  # not the Leicestershire village


def test_scotlands_forces_before_police_scotland(tmp_path: Path) -> None:
    release = _release(
        "Man jailed over loaded pistol",
        "Edinburgh Evening News",
        "Officers from Lothian and Borders Police found a loaded pistol in a flat in 2011.",
        "",
        "Detective Sergeant Ann Muir, of Lothian & Borders Police, said Strathclyde Police and "
        "Grampian Police had helped.",
    )
    draft = draft_releases({"former-forces": release}, tmp_path)["former-forces"]
    orgs = {org["id"]: org for org in draft.get("organisations", [])}
    assert {"lothian-and-borders-police", "strathclyde-police", "grampian-police"} <= set(orgs)
    assert {org["type"] for org in orgs.values()} == {"force"}
    posts = [post for person in draft["people"] for post in person.get("posts", [])]
    assert [post["in"] for post in posts] == ["lothian-and-borders-police"]


def test_a_county_line_is_drug_supply_too(tmp_path: Path) -> None:
    release = _release(
        "Three jailed for running a county line",
        "Essex Police",
        "Three men who ran a county line from east London into Colchester have been jailed "
        "for a total of 14 years at Chelmsford Crown Court.",
    )
    draft = draft_releases({"county-line": release}, tmp_path)["county-line"]
    [case] = draft["cases"]
    assert case["offences"] == ["drug-supply", "county-lines"]
    assert case["defendant_count"] == 3


def test_an_adverb_before_a_surname_and_an_abbreviated_street(tmp_path: Path) -> None:
    release = _release(
        "Two charged over card fraud",
        "Metropolitan Police",
        "Dean Hollis, 30, of Stanhope Rd in Enfield, and Paul Mercer, 28, were charged with fraud.",
        "",
        "Meanwhile Mercer was arrested at a flat where officers found cloned cards.",
    )
    draft = draft_releases({"adverb": release}, tmp_path)["adverb"]
    people = {person["id"] for person in draft["people"]}
    places = {place["id"] for place in draft.get("places", [])}
    assert people == {"dean-hollis", "paul-mercer"}  # not "Meanwhile Mercer"
    assert "enfield" in places
    assert "stanhope" not in places  # a street's name, "Rd" abbreviated


def test_a_home_whose_name_starts_with_a_town_and_a_short_town_name(tmp_path: Path) -> None:
    release = _release(
        "Drugs gang jailed",
        "Durham Constabulary",
        "Five men who supplied cocaine across East Durham have been jailed at Durham Crown Court.",
        "",
        "Carl Dodds, 31, of The Copse, Shotton Colliery, was jailed for six years.",
        "",
        "Neil Shaw, 29, of Front Street, Hetton, was jailed for five years.",
    )
    draft = draft_releases({"homes": release}, tmp_path)["homes"]
    homes = {person["id"]: person.get("based_in") for person in draft["people"]}
    # not Shotton, the Flintshire town, and no person named "Shotton Colliery"
    assert homes == {"carl-dodds": "shotton-colliery", "neil-shaw": "hetton-le-hole"}


def test_a_list_of_names_and_terms_after_a_colon(tmp_path: Path) -> None:
    release = _release(
        "Gang jailed for drug supply",
        "Police Scotland",
        "Three men have been jailed for drug supply at the High Court in Glasgow.",
        "",
        "How they were sentenced",
        "",
        "Brian Ford: 20 years",
        "",
        "Andrew Gall: 16 years",
        "",
        "Robert Pick: eight years and six months",
    )
    draft = draft_releases({"colon-list": release}, tmp_path)["colon-list"]
    [case] = draft["cases"]
    terms = {(o.get("offender"), o["value"]) for o in case["outcomes"]}
    assert terms == {("brian-ford", 20), ("andrew-gall", 16), ("robert-pick", 8.5)}


def test_people_reported_to_the_procurator_fiscal_are_charged(tmp_path: Path) -> None:
    release = _release(
        "A year of drugs enforcement in Dundee",
        "Police Scotland",
        "Officers in Dundee made 140 arrests in the year to March.",
        "",
        "A total of 96 people were reported to the Procurator Fiscal for supply offences.",
    )
    draft = draft_releases({"fiscal": release}, tmp_path)["fiscal"]
    figures = {(f["measure"], f["value"]) for f in draft.get("figures", [])}
    assert {("Arrests", 140), ("PeopleCharged", 96)} <= figures


def test_the_arrest_of_people_a_month_before_a_name_a_joint_unit_and_a_scottish_judge(
    tmp_path: Path,
) -> None:
    results = _release(
        "Crackdown on organised crime",
        "Police Scotland",
        "Operations against organised crime across Scotland have resulted in the arrest of "
        "212 people in the year to March.",
    )
    trial = _release(
        "Cannabis gang convicted",
        "Kent Police",
        "Four men were convicted at Maidstone Crown Court of producing cannabis. A first trial "
        "ran between September and November Ryan Tully, 27, of Paddock Wood, admitted the "
        "conspiracy.",
        "",
        "Det Insp Amy Cole, of Kent and Essex Serious Crime Directorate, said the gang was "
        "prolific.",
    )
    judge = _release(
        "Pair jailed over cocaine",
        "Police Scotland",
        "Two men have been jailed at the High Court in Edinburgh for supplying cocaine.",
        "",
        "Lady Reith told them that a custodial sentence was the only option.",
    )
    drafts = draft_releases({"results": results, "trial": trial, "judge": judge}, tmp_path)
    figures = {(f["measure"], f["value"]) for f in drafts["results"].get("figures", [])}
    assert ("Arrests", 212) in figures
    people = {p["id"]: p for p in drafts["trial"]["people"]}
    assert "ryan-tully" in people and "november-ryan-tully" not in people
    orgs = {o["id"]: o for o in drafts["trial"]["organisations"]}
    assert orgs["kent-and-essex-serious-crime-directorate"]["unit_of"] == "kent"
    assert [post["in"] for post in people["amy-cole"]["posts"]] == [
        "kent-and-essex-serious-crime-directorate"
    ]
    [reith] = [p for p in drafts["judge"]["people"] if p["id"] == "lady-reith"]
    assert [(post["role"], post["in"]) for post in reith["posts"]] == [
        ("Judge", "high-court-in-edinburgh")
    ]


def test_a_district_after_a_street_a_named_town_and_a_persons_home(tmp_path: Path) -> None:
    release = _release(
        "Fraudsters jailed for roofing scam",
        "Dudley Council",
        "Two rogue traders who cheated elderly homeowners have been jailed at Wolverhampton "
        "Crown Court for fraud.",
        "",
        "One victim, a 91-year-old Kinver woman, was charged £9,000, and a retired "
        "Romanian man was also targeted.",
        "",
        "Raids were carried out in the quiet town of Pontardawe. Hussain, 44, of Hollinwell "
        "Avenue, Wollaton, Nottingham, was jailed for three years.",
    )
    draft = draft_releases({"homes": release}, tmp_path)["homes"]
    places = {place["id"] for place in draft.get("places", [])}
    assert {"kinver", "pontardawe", "wollaton", "nottingham"} <= places
    assert {"romanian", "hollinwell-avenue", "hollinwell"}.isdisjoint(places)


def test_extortionate_prices_are_no_blackmail(tmp_path: Path) -> None:
    release = _release(
        "Rogue traders jailed",
        "Trading Standards",
        "Two rogue traders who charged elderly people extortionate prices for driveway work "
        "have been jailed for fraud.",
    )
    draft = draft_releases({"prices": release}, tmp_path)["prices"]
    [case] = draft["cases"]
    assert case["offences"] == ["fraud"]


def test_a_national_sum_is_no_cases_money(tmp_path: Path) -> None:
    release = _release(
        "Man arrested over attack on force website",
        "Durham Constabulary",
        "A 20-year-old man has been arrested on suspicion of fraud after an attack on a "
        "council's payment system that cost it £40,000.",
        "",
        "A Government report said cyber crime costs the UK economy £27bn a year; businesses "
        "lost £21bn of it.",
    )
    draft = draft_releases({"national": release}, tmp_path)["national"]
    amounts = [a["value"] for case in draft["cases"] for a in case.get("amounts", [])]
    assert 40000 in amounts
    assert all(value < 1_000_000_000 for value in amounts)
