"""Numbers as press releases write them: digits, words, money, weights, durations.

Releases mix "12", "twelve", "a dozen", "£5.8 million", "£650,000", "1.2kg",
"four years and six months" and "18 months". Each parser takes the text of a
match and returns a `Decimal` (or None when the text is not a number), so
the rules never do arithmetic on floats.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

UNITS_WORDS = {
    "zero": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
SCALE_SUFFIX = {
    "k": 1000,
    "m": 1_000_000,
    "bn": 1_000_000_000,
    "thousand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
GROUP_WORDS = {"dozen": 12, "dozens": 24, "pair": 2, "couple": 2, "score": 20}

# One number written in words, e.g. "twenty-three", "a hundred", "two hundred and fifty".
_WORD = "|".join(
    sorted(
        [w for w in (*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS) if w not in ("a", "an")],
        key=len,
        reverse=True,
    )
)
# "and" only after a scale ("two hundred and fifty"): "nine and six years" is two numbers.
NUMBER_WORDS = (
    rf"(?:(?:{_WORD})(?:[\s-]+(?:(?:(?<=hundred[\s-])|(?<=thousand[\s-])|(?<=million[\s-]))"
    rf"and[\s-]+)?(?:{_WORD}))*)"
)
# Digits with thousands separators or decimals, optionally followed by a scale word.
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER = (
    rf"(?:(?:{DIGITS})(?:\s*(?:million|billion|thousand|bn|m|k)\b)?"
    rf"|(?:(?:a\s+)?quarter|three[\s-]+quarters)\s+of\s+an?\s+(?:million|billion|thousand)"
    rf"|(?:a|an|half\s+a)\s+(?:dozen|million|thousand|hundred)"
    rf"|{NUMBER_WORDS}(?:[\s-]+and[\s-]+a[\s-]+half)?)"
)
NUMBER_RE = re.compile(rf"\b{NUMBER}\b", re.IGNORECASE)


def to_decimal(value: Decimal | int | float | str) -> Decimal:
    """A normalised Decimal: integral values lose their exponent and decimals."""
    number = Decimal(str(value))
    if number == number.to_integral_value():
        return Decimal(int(number))
    return number.normalize()


def parse_words(text: str) -> Decimal | None:
    """'twelve' → 12, 'two hundred and fifty' → 250, 'a dozen' → 12."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w != "and"]
    if not words:
        return None
    if words[0] in ("a", "an") and len(words) == 2 and words[1] in GROUP_WORDS:
        return Decimal(GROUP_WORDS[words[1]])
    if words[:2] == ["half", "a"] and len(words) == 3 and words[2] in SCALE_WORDS:
        return Decimal(SCALE_WORDS[words[2]]) / 2
    if words[:2] == ["half", "a"] and len(words) == 3 and words[2] in GROUP_WORDS:
        return Decimal(GROUP_WORDS[words[2]]) / 2  # "half a dozen"
    total = 0
    current = 0
    seen = False
    for word in words:
        if word in UNITS_WORDS:
            if word in ("a", "an") and seen:
                return None
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0
        else:
            return None
        seen = True
    return Decimal(total + current)


@lru_cache(maxsize=4096)
def parse_number(text: str) -> Decimal | None:
    """Digits ('1,250', '5.8 million', '20k') or words ('twelve', 'a dozen').

    Cached: releases say the same few numbers over and over.
    """
    cleaned = text.strip().lower().replace("\u00a0", " ")
    fraction = re.fullmatch(
        r"((?:a\s+)?quarter|three[\s-]+quarters|half)\s+(?:of\s+)?an?\s+(million|billion|thousand)",
        cleaned,
    )
    if fraction:
        said = fraction.group(1)
        part = Decimal("0.25" if "quarter" in said else "0.5")
        part = Decimal("0.75") if said.startswith("three") else part
        return to_decimal(part * SCALE_WORDS[fraction.group(2)])
    half = re.fullmatch(r"(.+?)[\s-]+and[\s-]+a[\s-]+half", cleaned)
    if half:
        whole = parse_number(half.group(1))
        return None if whole is None else to_decimal(whole + Decimal("0.5"))
    match = re.fullmatch(
        rf"({DIGITS})\s*(million|billion|thousand|bn|m|k)?", cleaned, flags=re.IGNORECASE
    )
    if match:
        try:
            number = Decimal(match.group(1).replace(",", ""))
        except InvalidOperation:
            return None
        if match.group(2):
            number *= SCALE_SUFFIX[match.group(2)]
        return to_decimal(number)
    value = parse_words(cleaned)
    return None if value is None else to_decimal(value)


# Money ---------------------------------------------------------------------

CURRENCY_SIGNS = {"£": "GBP", "€": "EUR", "$": "USD"}
# An amount's digits; some pages space its round thousands: "£850, 000"
MONEY_DIGITS = r"\d{1,3}(?:,(?: 000(?!\d)|\d{3}))+(?:\.\d+)?|\d+(?:\.\d+)?"
MONEY_RE = re.compile(
    rf"(?P<sign>[£€$])\s?(?P<number>{MONEY_DIGITS})(?:\s*(?P<scale>million|billion|bn|m|k)\b)?"
    rf"|(?P<words>(?:(?:(?:a\s+)?quarter|three[\s-]+quarters)\s+of\s+a|a|an|half\s+a)\s+"
    rf"(?:million|thousand|billion)|{NUMBER_WORDS}|\d+(?:\.\d+)?)"
    rf"\s+(?P<scale2>million|billion|thousand)?\s*"
    rf"(?P<currency>pounds|euros)\b",
    re.IGNORECASE,
)

# MONEY_RE's first branch alone: what can match in text without "pounds" or "euros".
MONEY_SIGN_RE = re.compile(
    rf"(?P<sign>[£€$])\s?(?P<number>{MONEY_DIGITS})(?:\s*(?P<scale>million|billion|bn|m|k)\b)?",
    re.IGNORECASE,
)


def parse_money(text: str) -> tuple[Decimal, str] | None:
    """'£5.8 million' → (5800000, 'GBP'); '£650,000' → (650000, 'GBP')."""
    match = MONEY_RE.fullmatch(text.strip())
    if not match:
        return None
    if match.group("sign"):
        number = Decimal(match.group("number").replace(",", "").replace(" ", ""))
        scale = (match.group("scale") or "").lower()
        if scale:
            number *= SCALE_SUFFIX[scale]
        return to_decimal(number), CURRENCY_SIGNS[match.group("sign")]
    value = parse_number(match.group("words"))
    if value is None:
        return None
    scale2 = (match.group("scale2") or "").lower()
    if scale2:
        value *= SCALE_SUFFIX[scale2]
    currency = "GBP" if match.group("currency").lower() == "pounds" else "EUR"
    return to_decimal(value), currency


# Weights -------------------------------------------------------------------

WEIGHT_UNITS = {
    "kg": ("KiloGM", 1),
    "kgs": ("KiloGM", 1),
    "kilo": ("KiloGM", 1),
    "kilos": ("KiloGM", 1),
    "kilogram": ("KiloGM", 1),
    "kilograms": ("KiloGM", 1),
    "kilogramme": ("KiloGM", 1),
    "kilogrammes": ("KiloGM", 1),
    "g": ("GM", 1),
    "grams": ("GM", 1),
    "gram": ("GM", 1),
    "grammes": ("GM", 1),
    "tonne": ("TONNE", 1),
    "tonnes": ("TONNE", 1),
    "ton": ("TONNE", 1),
    "tons": ("TONNE", 1),
    "litres": ("L", 1),
    "litre": ("L", 1),
}
WEIGHT_UNIT = "|".join(sorted(WEIGHT_UNITS, key=len, reverse=True))
WEIGHT_RE = re.compile(rf"(?P<number>{NUMBER})\s*-?\s*(?P<unit>{WEIGHT_UNIT})\b", re.IGNORECASE)
# "half a kilo", "a quarter of a kilogram", "a kilo", "a tonne": a weight with no digits.
WEIGHT_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "three": Decimal("0.75")}
FRACTION_WEIGHT = (
    r"(?:half\s+a|(?:a\s+)?quarter\s+of\s+a|three[\s-]+quarters\s+of\s+a|a|one)\s+"
    r"(?:kilo(?:gram(?:me)?)?|tonne|ton)\b"
)
FRACTION_WEIGHT_RE = re.compile(
    r"(?:(?:a\s+)?(?P<part>half|quarter|three)\b.*|a|one)\s+(?P<unit>kilo(?:gram(?:me)?)?|tonne|ton)",
    re.IGNORECASE,
)


def parse_weight(text: str) -> tuple[Decimal, str] | None:
    """'237 kilograms' → (237, 'KiloGM'); '1.5kg' → (1.5, 'KiloGM'); '500g' → (500, 'GM')."""
    match = WEIGHT_RE.fullmatch(text.strip())
    if not match:
        fraction = FRACTION_WEIGHT_RE.fullmatch(text.strip())
        if fraction is None:
            return None
        part = (fraction.group("part") or "").lower()
        unit, factor = WEIGHT_UNITS[fraction.group("unit").lower()]
        return to_decimal(WEIGHT_FRACTIONS.get(part, Decimal(1)) * factor), unit
    value = parse_number(match.group("number"))
    if value is None:
        return None
    unit, factor = WEIGHT_UNITS[match.group("unit").lower()]
    return to_decimal(value * factor), unit


# Durations -----------------------------------------------------------------

_PART = re.compile(
    rf"({NUMBER}|\d+(?:\.\d+)?|a|an|half\s+a)\s*-?\s*(years?|yrs?|months?|mths?|weeks?|days?)\b",
    re.IGNORECASE,
)
# A length starts at a word boundary: without `\b` the number alternatives were tried at
# every character and found "a year" inside "Ghana years" or "one year" in "someone".
DURATION_RE = re.compile(
    rf"\b(?:(?:{NUMBER}|a|an|half\s+a)(?:[\s-]+and[\s-]+a[\s-]+half)?\s*-?\s*"
    rf"(?:years?|yrs?|months?|mths?|weeks?|days?)(?![-\s]old\b)"  # never "the 53-year-old"
    # "six years' and four months imprisonment": the possessive between the parts
    rf"(?:\s+and\s+a\s+half)?(?:['’](?=\s+and\s))?)"
    # a second part is a smaller unit, each once, months fewer than twelve: "nine years and
    # seven years", "two years, 18 months and 14 months" are terms of their own
    # ("four-years-nine-months", "four-years-and-six-months": written as one word)
    r"(?:(?:,\s*|\s+and\s+|\s+|-(?:and-)?)(?:1[01]|[1-9]|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|a|an)\s*-?\s*(?:months?|mths?)\b)?"
    rf"(?:(?:,\s*|\s+and\s+|\s+)(?:{NUMBER}|a|an)\s*-?\s*(?:weeks?|days?))*",
    re.IGNORECASE,
)
_IN_YEARS: dict[str, Decimal] = {
    "year": Decimal(1),
    "month": Decimal(1) / 12,
    "week": Decimal(7) / 365,
    "day": Decimal(1) / 365,
}


def _unit_word(text: str) -> str:
    word = text.lower().rstrip("s")
    return {"yr": "year", "mth": "month"}.get(word, word)


@lru_cache(maxsize=4096)
def parse_duration(text: str) -> tuple[Decimal, str] | None:
    """A sentence length as (value, QUDT unit).

    'four years and six months' → (4.5, 'YR'); '18 months' → (18, 'MO');
    'two and a half years' → (2.5, 'YR'); '12 weeks' → (12, 'WK').
    Mixed years and months are given in years, rounded to two places. Cached, as
    `parse_number`.
    """
    cleaned = text.strip().lower()
    cleaned = re.sub(
        r"\b([\w.]+)[\s-]+and[\s-]+a[\s-]+half[\s-]+(years?|months?)", r"\1 \2 __half__", cleaned
    )
    cleaned = re.sub(r"\b(years?|months?)\s+and\s+a\s+half\b", r"\1 __half__", cleaned)
    parts: list[tuple[Decimal, str]] = []
    for match in _PART.finditer(cleaned):
        raw = match.group(1)
        unit = _unit_word(match.group(2))
        value: Decimal | None
        if raw in ("a", "an"):
            value = Decimal(1)
        elif raw.startswith("half"):
            value = Decimal("0.5")
        else:
            value = parse_number(raw)
        if value is None:
            return None
        parts.append((value, unit))
    if not parts:
        return None
    if "__half__" in cleaned:
        value, unit = parts[-1]
        parts[-1] = (value + Decimal("0.5"), unit)
    units = {unit for _, unit in parts}
    if len(parts) == 1:
        value, unit = parts[0]
        code = {"year": "YR", "month": "MO", "week": "WK", "day": "DAY"}[unit]
        return to_decimal(value), code
    if units <= {"year", "month"}:
        months = sum((v * 12 if u == "year" else v for v, u in parts), Decimal(0))
        if months % 3 == 0:  # a whole quarter of a year: exact in years (4.25, 4.5, 4.75)
            return to_decimal(months / 12), "YR"
        return to_decimal(months), "MO"
    if units <= {"month", "week"}:
        months = sum((v if u == "month" else v * 12 / Decimal(52) for v, u in parts), Decimal(0))
        return to_decimal(round(months, 2)), "MO"
    years = sum((v * _IN_YEARS[u] for v, u in parts), Decimal(0))
    return to_decimal(round(years, 2)), "YR"
