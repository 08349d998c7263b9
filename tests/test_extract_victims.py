"""Victim and smuggled-people counts, in the wordings releases use for them.

Every sentence is written for this test. Each case says which counts a careful
analyst would record, so a rule that also fires on offenders ("three men who
tricked ...") or on people merely moved fails here.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.figures import counts


def _counts(sentence: str) -> set[tuple[str, Decimal, str]]:
    return {(f.measure, f.value, f.qualifier) for f in counts(sentence, period_cues=True)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The court heard that 23 victims lost their savings.", {("Victims", 23, "Exact")}),
        (
            "He persuaded forty people to invest in a scheme that never traded.",
            {("Victims", 40, "Exact")},
        ),
        (
            "Upwards of 60 pensioners, some in their nineties, handed over cash to couriers.",
            {("Victims", 60, "MoreThan")},
        ),
        (
            "At least nine residents of Rhyl and Prestatyn were targeted by the callers.",
            {("Victims", 9, "AtLeast")},
        ),
        (
            "The couple forced five men to work on farms for a few pounds a day.",
            {("Victims", 5, "Exact")},
        ),
        (
            "Seven teenagers were identified as victims and safeguarded by social workers.",
            {("Victims", 7, "Exact"), ("PeopleSafeguarded", 7, "Exact")},
        ),
        (
            "The 16-year-old was recognised as a victim of criminal exploitation.",
            {("Victims", 1, "Exact")},
        ),
        (
            "Officers found 14 people, two of them children, hidden in the back of the van.",
            {("MigrantsDetected", 14, "Exact")},
        ),
        (
            "Twelve men had been concealed behind a load of timber in the trailer.",
            {("MigrantsDetected", 12, "Exact")},
        ),
        (
            "Eleven Vietnamese nationals were discovered hidden among boxes of frozen fish.",
            {("MigrantsDetected", 11, "Exact")},
        ),
    ],
)
def test_victims_and_migrants_are_counted(
    sentence: str, expected: set[tuple[str, Decimal, str]]
) -> None:
    found = {
        (m, v, q)
        for m, v, q in _counts(sentence)
        if m in ("Victims", "MigrantsDetected", "PeopleSafeguarded")
    }
    assert found == {(m, Decimal(v), q) for m, v, q in expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Three men who tricked elderly people into handing over cash have been jailed.",
        "More than 120 people were moved across the Channel in small boats this way.",
        "Two women who ran the brothels were convicted of controlling prostitution.",
        "Officers are treating him as a possible victim of modern slavery.",
    ],
)
def test_offenders_and_people_moved_are_not_victim_counts(sentence: str) -> None:
    assert not {m for m, _, _ in _counts(sentence)} & {"Victims", "MigrantsDetected"}
