"""The year a review's figures count, which a January release rarely shares with its date.

Releases are invented for these tests in the styles real UK year-in-review releases use.
"""

from __future__ import annotations

import pytest
import yaml

from kg.extract.evaluate import evaluate
from kg.extract.period import review_year
from tests.drafting import REFERENCE, draft_releases


def _review(title: str, date: str, *lines: str, period: str | None = None) -> str:
    front = ["---", f"title: {title}", "publisher: Regional Organised Crime Unit", f"date: {date}"]
    if period:
        front.append(f"period: {period}")
    return "\n".join([*front, "---", *lines, ""])


@pytest.mark.parametrize(
    ("title", "opening", "date", "year"),
    [
        ("Our 2023 in numbers", "The unit arrested 300 people.", "2024-01-12", 2023),
        ("A busy year", "Officers made 412 arrests during 2021.", "2022-01-14", 2021),
        ("ROCU looks back on 2019", "It was a record year.", "2020-02-03", 2019),
        ("Unit's 2016 - 400 arrests", "Officers arrested 400 people.", "2017-01-19", 2016),
        ("A year of disruption", "Last year its officers seized 19 guns.", "2021-01-08", 2020),
        ("Results published", "Officers made 250 arrests in 2022.", "2022-12-20", 2022),
        # a year neither the publication year nor the one before it moves nothing
        ("Unit marks a decade", "Since 2014 it has made 3,000 arrests.", "2024-01-05", 2024),
        # a financial year is not a calendar year
        ("Annual report", "In 2022/23 the unit made 150 arrests.", "2023-06-01", 2023),
        # "the last year" in December is the twelve months just gone
        ("A year of results", "Over the last year we made 90 arrests.", "2023-12-18", 2023),
        ("No date given", "Officers made 90 arrests in 2022.", "", None),
        # a comparison with last year, early in the year, moves nothing
        (
            "Week of action",
            "Officers made 52 arrests, more than the same week last year.",
            "2024-03-15",
            2024,
        ),
        # a year told as background, with no count before it, moves nothing
        (
            "Early results",
            "The team was set up after a rise in violence in 2023.",
            "2024-02-02",
            2024,
        ),
        # a January headline's plan for the new year is not the year reviewed
        (
            "Unit sets out priorities for 2024 after record year",
            "Last year its officers made 520 arrests.",
            "2024-01-18",
            2023,
        ),
        ("Results published", "Figures show the unit's results during 2018:", "2019-04-26", 2018),
    ],
)
def test_review_year(title: str, opening: str, date: str, year: int | None) -> None:
    assert review_year(title, opening, date) == year


def test_a_january_review_counts_the_year_before(tmp_path) -> None:
    drafts = draft_releases(
        {
            "january-review": _review(
                "Regional unit's results for 2023",
                "2024-01-17",
                "The Regional Organised Crime Unit arrested 386 people in 2023 and seized 41 "
                "firearms, according to figures published today.",
            ),
            "period-said": _review(
                "Regional unit's results",
                "2024-01-17",
                "The Regional Organised Crime Unit arrested 386 people and seized 41 firearms "
                "over the last twelve months.",
                period="2022",
            ),
        },
        tmp_path,
    )
    january = {(f["measure"], f["period"]) for f in drafts["january-review"]["figures"]}
    assert january == {("Arrests", 2023), ("FirearmsSeized", 2023)}
    said = {(f["measure"], f["period"]) for f in drafts["period-said"]["figures"]}
    assert said == {("Arrests", 2022), ("FirearmsSeized", 2022)}


def test_a_sentence_says_its_own_year_before_its_figure(tmp_path) -> None:
    drafts = draft_releases(
        {
            "december-review": _review(
                "A year of results",
                "2023-12-18",
                "The Regional Organised Crime Unit made 300 arrests over the last twelve "
                "months, up from 250 in 2022.",
                "",
                "In 2022 its officers seized 20 firearms, and this year they seized 31.",
            ),
        },
        tmp_path,
    )
    years = {(f["measure"], f["value"], f["period"]) for f in drafts["december-review"]["figures"]}
    # "up from 250 in 2022" names the comparison's year after the figure: 300 stays 2023
    assert ("Arrests", 300, 2023) in years
    assert ("FirearmsSeized", 20, 2022) in years


def test_eval_checks_the_year_of_each_matched_period_figure(tmp_path) -> None:
    release = _review(
        "Regional unit's results for 2023",
        "2024-01-17",
        "The Regional Organised Crime Unit arrested 386 people in 2023 and seized 41 "
        "firearms, according to figures published today.",
    )
    (tmp_path / "r.txt").write_text(release, encoding="utf-8")
    gold = {
        "source": {"id": "r", "title": "Regional unit's results for 2023", "date": "2024-01-17"},
        "figures": [
            {
                "id": "r-arrests",
                "type": "statistic",
                "measure": "Arrests",
                "value": 386,
                "qualifier": "Exact",
                "unit": "NUM",
                "period": 2023,
            },
            {
                "id": "r-firearms",
                "type": "statistic",
                "measure": "FirearmsSeized",
                "value": 41,
                "qualifier": "Exact",
                "unit": "NUM",
                "period": 2022,
            },
        ],
    }
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    evaluation = evaluate(tmp_path, REFERENCE)
    assert evaluation.scores["figures"].tp == 2 and evaluation.scores["figures"].fn == 0
    assert (evaluation.period_years.tp, evaluation.period_years.fn) == (1, 1)
    [(document, fact, found)] = evaluation.wrong_years
    assert (document, fact.key[0], fact.period, found) == ("r", "FirearmsSeized", 2022, 2023)


def test_last_year_and_two_years_back_said_before_a_figure(tmp_path) -> None:
    drafts = draft_releases(
        {
            "december-comparison": _review(
                "Project results",
                "2023-12-20",
                "Last year the force's Project Cobalt team made 210 arrests.",
                "",
                "This year the team made 268 arrests and seized 14 firearms.",
            ),
            "january-two-years": _review(
                "Regional unit's 2023 in numbers",
                "2024-01-12",
                "In 2022 the unit made 300 arrests, and in 2023 it made 412 arrests.",
            ),
        },
        tmp_path,
    )
    december = {
        (f["measure"], f["value"], f["period"]) for f in drafts["december-comparison"]["figures"]
    }
    assert {("Arrests", 210, 2022), ("Arrests", 268, 2023)} <= december
    january = {
        (f["measure"], f["value"], f["period"]) for f in drafts["january-two-years"]["figures"]
    }
    assert {("Arrests", 300, 2022), ("Arrests", 412, 2023)} <= january
