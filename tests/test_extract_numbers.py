"""Number, money, weight and duration parsing as press releases write them."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.numbers import parse_duration, parse_money, parse_number, parse_weight


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twelve", 12),
        ("a dozen", 12),
        ("Sixteen", 16),
        ("twenty-three", 23),
        ("two hundred and fifty", 250),
        ("1,250", 1250),
        ("5.8 million", 5_800_000),
        ("20k", 20_000),
        ("one and a half", 1.5),
    ],
)
def test_numbers(text: str, value: float) -> None:
    assert parse_number(text) == Decimal(str(value))


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("£5.8 million", "5800000", "GBP"),
        ("£650,000", "650000", "GBP"),
        ("£1m", "1000000", "GBP"),
        ("€2.5bn", "2500000000", "EUR"),
        ("two million pounds", "2000000", "GBP"),
        ("half a million pounds", "500000", "GBP"),
        ("a quarter of a million pounds", "250000", "GBP"),
    ],
)
def test_money(text: str, value: str, currency: str) -> None:
    assert parse_money(text) == (Decimal(value), currency)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("237 kilograms", "237", "KiloGM"),
        ("1.5kg", "1.5", "KiloGM"),
        ("500g", "500", "GM"),
        ("two kilos", "2", "KiloGM"),
        ("3 tonnes", "3", "TONNE"),
    ],
)
def test_weights(text: str, value: str, unit: str) -> None:
    assert parse_weight(text) == (Decimal(value), unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("four years and six months", "4.5", "YR"),
        ("eight years and three months", "8.25", "YR"),
        ("two and a half years", "2.5", "YR"),
        ("seven-and-a-half years", "7.5", "YR"),
        ("a year and a half", "1.5", "YR"),
        ("18 months", "18", "MO"),
        ("seven years and four months", "88", "MO"),  # not a whole quarter: kept exact in months
        ("12 weeks", "12", "WK"),
        ("three years", "3", "YR"),
    ],
)
def test_durations(text: str, value: str, unit: str) -> None:
    assert parse_duration(text) == (Decimal(value), unit)


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_separators_round_trip(number: int) -> None:
    assert parse_number(f"{number:,}") == Decimal(number)
    assert parse_money(f"£{number:,}") == (Decimal(number), "GBP")


@given(st.integers(min_value=1, max_value=999))
def test_number_words_round_trip(number: int) -> None:
    units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def words(n: int) -> str:
        if n < 10:
            return units[n - 1]
        if n < 20:
            return teens.split()[n - 10]
        if n < 100:
            return tens[n // 10 - 2] + ("-" + units[n % 10 - 1] if n % 10 else "")
        rest = n % 100
        return f"{units[n // 100 - 1]} hundred" + (f" and {words(rest)}" if rest else "")

    assert parse_number(words(number)) == Decimal(number)
