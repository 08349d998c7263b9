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
