"""Result tables, ordered-not-seized and running totals, in counts() alone.

Each line is written for this test in the shapes releases print results in:
dotted leaders, dashes, tabs, bullets with no separator.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.figures import counts


def _counts(sentence: str) -> set[tuple[str, Decimal, str, str]]:
    return {(f.measure, f.value, f.qualifier, f.unit) for f in counts(sentence, period_cues=True)}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Arrests ........ 212", ("Arrests", 212, "Exact", "NUM")),
        ("People charged … 97", ("PeopleCharged", 97, "Exact", "NUM")),
        ("Firearms recovered – 14", ("FirearmsSeized", 14, "Exact", "NUM")),
        ("Heroin – 2.5kg", ("DrugsSeized", Decimal("2.5"), "Exact", "KiloGM")),
        ("Years in prison\t640", ("CustodialYears", 640, "Exact", "YR")),
        ("- Vulnerable adults safeguarded 58", ("PeopleSafeguarded", 58, "Exact", "NUM")),
        ("Victims identified: over 30", ("Victims", 30, "MoreThan", "NUM")),
        ("County lines closed ..... 19", ("GroupsDismantled", 19, "Exact", "NUM")),
    ],
)
def test_table_lines(line: str, expected: tuple[str, int, str, str]) -> None:
    measure, value, qualifier, unit = expected
    assert _counts(line) == {(measure, Decimal(value), qualifier, unit)}


def test_a_table_line_with_no_measure_gives_nothing() -> None:
    assert _counts("Search warrants executed ........ 76") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "On the encrypted handset he arranged to buy 30 kilos of cocaine from a Dutch supplier.",
        "He discussed getting hold of two pistols and 100 rounds of ammunition.",
        "Messages show the gang ordered 12 handguns that never arrived.",
    ],
)
def test_things_only_ordered_are_not_seized(sentence: str) -> None:
    assert not [f for f in counts(sentence, period_cues=True) if f.seizure]


def test_a_seizure_after_the_order_is_kept() -> None:
    sentence = "He ordered the drugs online, and officers later seized 3kg of cannabis at his flat."
    assert ("DrugsSeized", Decimal(3), "Exact", "KiloGM") in _counts(sentence)


def test_running_national_totals_are_not_counted() -> None:
    assert _counts("Nationally, the operation has led to more than 3,000 arrests.") == set()
    assert _counts("Since 2020 the team has closed 410 county lines.") == set()


def test_a_plus_after_a_table_value_is_more_than() -> None:
    assert _counts("Years of imprisonment ........ 730+") == {
        ("CustodialYears", Decimal(730), "MoreThan", "YR")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officers also found 6kg of dried cannabis in a loft.", ("DrugsSeized", 6, "KiloGM")),
        (
            "o 40 disruptions, 9 of which ended with the group being dismantled",
            ("GroupsDismantled", 9, "NUM"),
        ),
        (
            "o 31 vulnerable people, most of them teenagers, safeguarded from exploitation",
            ("PeopleSafeguarded", 31, "NUM"),
        ),
    ],
)
def test_adjectives_clauses_and_appositions(sentence: str, expected: tuple) -> None:
    measure, value, unit = expected
    assert (measure, Decimal(value), "Exact", unit) in _counts(sentence)
