"""The year a year-in-review release reports, which is often not the year it was published.

A unit's "2023 in numbers" comes out in January 2024; its figures belong to 2023. The
headline and the opening sentences say which year they count ("in 2023", "looks back on
2021", "last year"); the publication date only bounds it.
"""

from __future__ import annotations

import re

from kg.extract.numbers import NUMBER

YEAR = r"(?:19|20)\d\d"
# a year the release's figures are for: "in 2023", "throughout 2022", "2023 in numbers",
# "looks back on 2021", "Annual Report 2019", "ROCUWM's 2023", "results for 2021" (never a
# plan: "priorities for 2024")
COUNTED_YEAR = re.compile(
    rf"(?:\b(?P<cue>in|during|throughout|across|over|of|on|'s|’s|report|review|"
    rf"(?:results|figures|statistics|numbers|data)\s+for)\s+(?:the\s+year\s+)?"
    rf"(?P<after>{YEAR})|(?P<lead>{YEAR})\s+(?:in\s+numbers|in\s+review|results|figures|-|–|—|:))"
    r"(?![/–-]\d)",
    re.IGNORECASE,
)
# "up from 250 in 2022", "more than in 2022": a year named to compare with, not counted
COMPARED_LEFT = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|against)\s+(?:£?\d[\d,.]*\w*\s+(?:\w+\s+)?)?$",
    re.IGNORECASE,
)
# "made over three hundred arrests in 2023": an opening's "in 2023" counts the year only
# after a number of its clause, not "after a rise in violence in 2023"
COUNT_BEFORE = re.compile(
    rf"(?:\d|\b(?:{NUMBER})\b)[^.;]{{0,60}}$|"
    # "the unit's results during 2018", "its figures for 2021"
    r"\b(?:results|figures|statistics|performance|achievements|activity)\b[^.;]{0,20}$",
    re.IGNORECASE,
)
# the months in which a review can open on the year before: the year's results (January to
# March) and annual reports (to June); later in the year a year named in the opening that is
# not the publication year is a comparison or a history
OPENING_MONTHS = 6
# "Last year the team made 210 arrests", "…, the previous year,": the calendar year before,
# whenever the release came out (never "during the same week last year", a comparison, nor
# "over the last year", the twelve months just gone)
LAST_YEAR_SAID = re.compile(
    r"(?:^|[.!?;:]\s+|,\s+)(?:last|the\s+previous)\s+year\b(?!\s+(?:than|compared))",
    re.IGNORECASE,
)
# "over the last year", "the past year": the twelve months just gone, which early in a year
# are mostly the year before
PAST_YEAR = re.compile(r"\b(?:last|the\s+previous|the\s+past)\s+(?:calendar\s+)?year\b", re.I)
COMPARED_YEAR = re.compile(
    r"\b(?:same\s+\w+|than|compared\s+(?:with|to)|on|from)\s+(?:the\s+)?(?:last|previous)\s+year\b",
    re.IGNORECASE,
)
EARLY_MONTHS = 4  # a release in January to April looking back at "last year" means the one before


def review_year(title: str, opening: str, date: str) -> int | None:
    """The year a review's figures count: said in the headline or opening, else the date's.

    `date` is the release's ISO date (or a bare year); `opening` its first body sentences.
    """
    published = _published(date)
    if published is None:
        return None
    month = _month(date)
    title_years = _trusted_years(title, published, published - 1)
    if title_years:
        return title_years[0]  # the year the release opens on, not a plan for the next
    if month is None or month <= OPENING_MONTHS:
        opening_years = [
            year
            for year, start in _said_years(opening, published, published - 1)
            if COUNT_BEFORE.search(opening, max(0, start - 80), start)
            or not opening[:start].strip()
            or opening[start - 2 : start] in (". ", "\n")
        ]
        if opening_years:
            return opening_years[0]
    text = f"{title} {opening}"
    early = month is not None and month <= EARLY_MONTHS
    if early and PAST_YEAR.search(text) and not COMPARED_YEAR.search(text):
        return published - 1
    return published


def said_year(before: str, date: str) -> int | None:
    """The last year the words before a figure say it counts ("In 2022 the unit recorded",
    "Last year the team made"), or None.

    A said year is trusted back to two years before publication, so "since 2019" or a plan
    "for 2025" never moves the figures; "last year" as said in a review's opening counts
    the calendar year before.
    """
    published = _published(date)
    if published is None:
        return None
    trusted = _trusted_years(before, published, published - 2)
    if trusted:
        return trusted[-1]  # the nearest before the figure
    if LAST_YEAR_SAID.search(before) and not COMPARED_YEAR.search(before):
        return published - 1
    return None


def _said_years(text: str, latest: int, earliest: int) -> list[tuple[int, int]]:
    """(year, where) for each year the text says it counts, within [earliest, latest]."""
    found = []
    for match in COUNTED_YEAR.finditer(text):
        if COMPARED_LEFT.search(text, 0, match.start()):
            continue
        year = int(match.group("after") or match.group("lead"))
        if earliest <= year <= latest:
            found.append((year, match.start()))
    return found


def _trusted_years(text: str, latest: int, earliest: int) -> list[int]:
    return [year for year, _ in _said_years(text, latest, earliest)]


def _published(date: str) -> int | None:
    return int(date[:4]) if date[:4].isdigit() else None


def _month(date: str) -> int | None:
    return int(date[5:7]) if date[5:7].isdigit() else None
