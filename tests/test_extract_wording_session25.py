"""Extraction rules for wording met in session 25, each from an error class seen in three
or more real releases:

- a sum seized in a clause of its own after "and" ("… and a further £8,000 was seized")
  is cash seized;
- the leader of a gang named after the post ("The leading figure in the plot, X", "The
  leader of the operation was X") or by "orchestrated";
- Northern Ireland's counties shortened to "Co Tyrone" or "Co. Down", and the Republic
  of Ireland's counties ("Co Louth", "County Monaghan"); the state is the "Republic of
  Ireland" (id republic-of-ireland), as UK releases name it;
- brands of fake goods named like people ("fake Michael Kors handbags") are no people;
- local authority districts ("Waltham Forest", "Broxtowe") and the Republic of Ireland's
  towns of 10,000 or more ("Dundalk") are places;
- "Both men were arrested" counts two; "… resulted in three men being charged" starts a
  case;
- a town's name that runs into another name ("Burton Agnes", "the Moreton Arms") is not
  that town;
- "£4,000 a trip" and "per victim" are no amounts; "ordered to pay over £1,500" and
  "exceeding £900,000" are more than the sum;
- more agencies are known (the Organised Crime Partnership, the Illegal Money Lending
  Team, Northern Ireland's Organised Crime Task Force);
- a known place's council ("Kent County Council", "Medway Council") is an agency and its
  trading standards service a unit of it.

Each release is invented for these tests in the styles real UK releases use. No sentence
is taken from any release.
"""

from __future__ import annotations

import pytest

from tests.drafting import draft_releases, people_by_id
from tests.drafting import release_text as _release

RELEASES = {
    "a-further-sum-seized": _release(
        "Man jailed for laundering cash from drug sales",
        "Greater Manchester Police",
        "A man who laundered money for drug dealers has been jailed for three years.",
        "",
        "Dean Marsh, 38, of Sale, admitted money laundering at Manchester Crown Court.",
        "",
        "His flat in Altrincham was searched and a further £8,000 was seized.",
    ),
    "coordinated-seized-without-was": _release(
        "Two arrested in cash raids in Swindon",
        "Wiltshire Police",
        "Two men have been arrested on suspicion of money laundering after raids in Swindon.",
        "",
        "At the first address a 29-year-old man was arrested and more than £6k seized.",
    ),
    "leading-figure-apposition": _release(
        "Five jailed over cocaine plot",
        "Thames Valley Police",
        "Five men have been jailed for their parts in a plot to supply cocaine in Oxford.",
        "",
        "The leading figure in the conspiracy, Nathan Cole from Banbury, was jailed for nine "
        "years at Oxford Crown Court.",
        "",
        "Four other men were jailed for between two and five years.",
    ),
    "leader-of-the-operation-was": _release(
        "Gang jailed for laundering millions through shops",
        "Leicestershire Police",
        "Six people have been jailed for laundering money through a network of shops in Leicester.",
        "",
        "The leader of the criminal operation was Ravi Mistry, 47, who was jailed for eight years.",
    ),
    "orchestrated-the-fraud": _release(
        "Prisoner jailed again for fraud run from his cell",
        "Durham Constabulary",
        "A prisoner has been given another five years for a fraud he ran from his cell.",
        "",
        "Glen Bright, 54, who orchestrated the fraud from behind bars, used smuggled phones "
        "to take £90,000 from pensioners. He admitted conspiracy to commit fraud at Durham "
        "Crown Court.",
    ),
    "the-officer-who-ran-the-operation": _release(
        "Seven jailed after drugs operation in Hull",
        "Humberside Police",
        "Seven men have been jailed for supplying cocaine in Hull after a year-long police "
        "operation.",
        "",
        "The head of the operation, Det Supt Kay Lowe, said the sentences sent a clear message.",
        "",
        "The organiser of the local residents' scheme, Peter Hughes, thanked officers. The "
        "head of the council's fraud investigation team, Sarah Collins, said tenants felt safer.",
    ),
    "irish-counties-shortened": _release(
        "Three charged after cannabis found in Dungannon",
        "Police Service of Northern Ireland",
        "Three men have been charged after cannabis was found at a house in Dungannon, "
        "Co Tyrone, on Friday.",
        "",
        "Two of them were arrested in Newry, Co. Down, and the third in Armagh.",
        "",
        "Detectives believe the drugs were driven across the border from Dundalk, Co Louth, "
        "and stored at a farm in County Monaghan. Gardaí searched two houses in the Republic "
        "of Ireland.",
    ),
    "brands-of-fake-goods": _release(
        "Market trader ordered to stop selling fake designer goods",
        "Lincolnshire Trading Standards",
        "A market trader from Boston has been given a court order banning her from selling "
        "counterfeit goods.",
        "",
        "Officers searched a unit rented by Karen Lacey in Skegness and found 240 fake items, "
        "among them handbags, watches and belts.",
        "",
        "The brands copied included Gucci, Calvin Klein, Ralph Lauren and Hugo Boss, and "
        "there were fake Michael Kors handbags too. Fake licences in the names of Julie Stone "
        "and Simon Hart were also found.",
        "",
        "Tom Price, who drove the van, was found with fake designer trainers.",
    ),
    "local-authority-districts": _release(
        "Drugs gang from South Tyneside jailed",
        "Northumbria Police",
        "Four men who supplied heroin across South Tyneside and Gateshead have been jailed.",
        "",
        "Their cocaine came from a dealer in Waltham Forest, and one of them was arrested "
        "at a friend's house in Broxtowe.",
    ),
    "both-men": _release(
        "Cash seized from car at Holyhead port",
        "North Wales Police",
        "Officers stopped a car at Holyhead port on Tuesday and found £22,000 hidden in the "
        "spare wheel.",
        "",
        "Both men were arrested on suspicion of money laundering.",
    ),
    "resulted-in-people-charged": _release(
        "Cocaine worth £2m found in lorry at Immingham",
        "National Crime Agency",
        "Border Force officers found 40 kilos of cocaine hidden in a lorry at Immingham in August.",
        "",
        "The NCA then took over the inquiry, which resulted in three men being charged with "
        "conspiracy to import class A drugs.",
    ),
    "a-town-starting-a-longer-name": _release(
        "Hare coursers banned from East Yorkshire",
        "Humberside Police",
        "Two men caught hare coursing on farmland near Burton Agnes have been banned from "
        "East Yorkshire for two years.",
        "",
        "They were stopped on a lane outside the Moreton Arms after a chase, and their dogs "
        "were later found at a farm near Harwich International Port.",
    ),
    "per-trip-and-pay-over": _release(
        "Cash couriers jailed",
        "National Crime Agency",
        "Two cash couriers who flew criminal money out of Gatwick have been jailed.",
        "",
        "The court heard they were paid up to £4,000 a trip. Losses to the victims of the "
        "fraud that made the money averaged £9,500 per victim.",
        "",
        "The older man was also ordered to pay over £1,500 in compensation.",
    ),
    "a-value-exceeding": _release(
        "Cocaine gang jailed in Swansea",
        "South Wales Police",
        "Five men who ran a cocaine supply network in Swansea have been jailed for a total of "
        "31 years.",
        "",
        "Officers seized cocaine with a street value exceeding £900,000 from a lock-up.",
    ),
    "agencies-named": _release(
        "Loan shark jailed after joint investigation",
        "England Illegal Money Lending Team",
        "A loan shark who charged victims interest of up to 1,000% has been jailed for four "
        "years after an investigation by the Illegal Money Lending Team.",
        "",
        "Officers from the Organised Crime Partnership, the joint unit of the NCA and the "
        "Met, arrested him at his home in Croydon. Northern Ireland's Organised Crime Task "
        "Force shared intelligence.",
    ),
    "councils-and-trading-standards": _release(
        "Trader fined for selling fake perfume",
        "Kent County Council",
        "A market trader has been fined after Kent County Council Trading Standards found "
        "counterfeit perfume on his stall in Margate.",
        "",
        "Trading Standards officers seized 300 bottles. Medway Council and the Sentencing "
        "Council's guidelines were cited in court.",
    ),
    "review-edges": _release(
        "Man charged after cannabis factory found in Deal",
        "Dover Express",
        "Kent Police have charged a man after a tip-off from Dover District Council led "
        "officers to a cannabis factory in Deal.",
        "",
        "Plants valued at between £10,000 and £15,000 were seized. He had fallen behind with "
        "his Maidstone Council Tax and stole £2,000 a victim had saved.",
        "",
        "A crash on the A2 last year resulted in two men being charged with causing death by "
        "dangerous driving.",
    ),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return draft_releases(RELEASES, tmp_path_factory.mktemp("session25"))


def _seized_cash(draft: dict) -> list[tuple]:
    figures = [*draft.get("figures", [])]
    figures += [f for case in draft.get("cases", []) for f in case.get("figures", [])]
    return [(f["value"], f["qualifier"]) for f in figures if f["measure"] == "CashSeized"]


def test_a_further_sum_was_seized_is_cash_seized(drafts: dict[str, dict]) -> None:
    draft = drafts["a-further-sum-seized"]
    assert _seized_cash(draft) == [(8000, "Exact")]
    amounts = [a for case in draft["cases"] for a in case.get("amounts", [])]
    assert [a["value"] for a in amounts if a["value"] == 8000] == []


def test_a_sum_seized_after_and_without_was(drafts: dict[str, dict]) -> None:
    assert _seized_cash(drafts["coordinated-seized-without-was"]) == [(6000, "MoreThan")]


@pytest.mark.parametrize(
    ("release", "person"),
    [
        ("leading-figure-apposition", "nathan-cole"),
        ("leader-of-the-operation-was", "ravi-mistry"),
        ("orchestrated-the-fraud", "glen-bright"),
    ],
)
def test_the_leader_named_after_the_post_or_by_orchestrated(
    drafts: dict[str, dict], release: str, person: str
) -> None:
    people = people_by_id(drafts[release])
    assert [post["role"] for post in people[person].get("posts", [])] == ["Ringleader"]


def test_the_officer_who_ran_the_operation_is_no_ringleader(drafts: dict[str, dict]) -> None:
    people = people_by_id(drafts["the-officer-who-ran-the-operation"])
    roles = {post["role"] for person in people.values() for post in person.get("posts", [])}
    assert "DetectiveSuperintendent" in roles
    assert "Ringleader" not in roles


def test_northern_irish_counties_shortened_to_co(drafts: dict[str, dict]) -> None:
    places = {place["id"] for place in drafts["irish-counties-shortened"].get("places", [])}
    assert {"county-tyrone", "county-down", "dungannon", "newry"} <= places


def test_irish_border_towns_are_places(drafts: dict[str, dict]) -> None:
    places = {place["id"] for place in drafts["irish-counties-shortened"].get("places", [])}
    assert {"dundalk", "county-louth", "county-monaghan", "republic-of-ireland"} <= places
    assert "ireland" not in places  # the state, named as UK releases name it


def test_brands_of_fake_goods_are_no_people(drafts: dict[str, dict]) -> None:
    people = people_by_id(drafts["brands-of-fake-goods"])
    assert "karen-lacey" in people  # named with no cue, in a sentence about fake goods
    assert {"julie-stone", "simon-hart", "tom-price"} <= set(people)  # not a list of brands
    brands = {"calvin-klein", "ralph-lauren", "hugo-boss", "michael-kors"}
    assert brands.isdisjoint(people)


def test_local_authority_districts_are_places(drafts: dict[str, dict]) -> None:
    places = {p["id"]: p for p in drafts["local-authority-districts"].get("places", [])}
    assert {"south-tyneside", "waltham-forest", "broxtowe", "gateshead"} <= set(places)
    assert places["broxtowe"]["type"] == "region"


def test_both_men_count_two(drafts: dict[str, dict]) -> None:
    cases = drafts["both-men"].get("cases", [])
    assert [case["defendant_count"] for case in cases] == [2]


def test_people_charged_after_resulted_in_are_the_case(drafts: dict[str, dict]) -> None:
    cases = drafts["resulted-in-people-charged"].get("cases", [])
    assert [case["defendant_count"] for case in cases] == [3]
    assert "drug-importation" in cases[0]["offences"]


def test_a_town_that_starts_a_longer_name_is_not_that_town(drafts: dict[str, dict]) -> None:
    places = {p["id"] for p in drafts["a-town-starting-a-longer-name"].get("places", [])}
    assert {"burton", "burton-upon-trent", "moreton"}.isdisjoint(places)
    assert "harwich" in places  # "Harwich International Port" is in the town


def test_sums_per_trip_or_victim_are_no_amounts_and_pay_over_is_more_than(
    drafts: dict[str, dict],
) -> None:
    draft = drafts["per-trip-and-pay-over"]
    values = {a["value"] for case in draft["cases"] for a in case.get("amounts", [])}
    values |= {o.get("value") for case in draft["cases"] for o in case.get("outcomes", [])}
    assert {4000, 9500}.isdisjoint(values)
    orders = [
        (o["value"], o["qualifier"])
        for case in draft["cases"]
        for o in case.get("outcomes", [])
        if o["type"] == "CompensationOrder" and o["value"] == 1500
    ]
    assert orders == [(1500, "MoreThan")]


def test_a_value_exceeding_a_sum_is_more_than_it(drafts: dict[str, dict]) -> None:
    draft = drafts["a-value-exceeding"]
    amounts = [(a["value"], a["qualifier"]) for c in draft["cases"] for a in c.get("amounts", [])]
    assert amounts == [(900000, "MoreThan")]


def test_more_agencies_are_known(drafts: dict[str, dict]) -> None:
    draft = drafts["agencies-named"]
    orgs = {o["id"] for o in draft.get("organisations", [])}
    orgs |= {ref for ref in draft.get("refers_to", {}).get("organisations", [])}
    expected = {
        "england-illegal-money-lending-team",
        "organised-crime-partnership",
        "organised-crime-task-force",
    }
    assert expected <= orgs


def test_a_places_council_and_its_trading_standards(drafts: dict[str, dict]) -> None:
    orgs = {o["id"]: o for o in drafts["councils-and-trading-standards"].get("organisations", [])}
    assert orgs["kent-county-council"]["type"] == "agency"
    service = orgs["kent-county-council-trading-standards"]
    assert (service["type"], service["unit_of"]) == ("unit", "kent-county-council")
    assert "medway-council" in orgs
    assert "trading-standards" not in orgs  # the bare name is the council's service
    assert not any("sentencing" in key for key in orgs)  # no place's council


def test_the_reviews_edges(drafts: dict[str, dict]) -> None:
    draft = drafts["review-edges"]
    (case,) = draft["cases"]  # the crash is no case of this release
    assert case["led_by"] == ["kent"]  # not the council that tipped officers off
    orgs = {o["id"] for o in draft.get("organisations", [])}
    assert "dover-district-council" in orgs and "maidstone-council" not in orgs
    assert 15000 not in {
        f["value"] for f in case.get("figures", []) if f["measure"] == "CashSeized"
    }
    assert 2000 in {a["value"] for a in case.get("amounts", [])}  # "a victim" is no rate
