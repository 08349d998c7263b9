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
}


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
