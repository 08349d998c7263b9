"""The year a year-in-review release reports, which is often not the year it was published.

A unit's "2023 in numbers" comes out in January 2024; its figures belong to 2023. The
headline and the opening sentences say which year they count ("in 2023", "looks back on
2021", "last year"); the publication date only bounds it.
"""

from __future__ import annotations

import re

YEAR = r"(?:19|20)\d\d"
# a year the release's figures are for: "in 2023", "throughout 2022", "2023 in numbers",
# "looks back on 2021", "Annual Report 2019", "ROCUWM's 2023", "results for 2021"
COUNTED_YEAR = re.compile(
    rf"(?:\b(?:in|during|throughout|for|across|over|of|on|'s|’s|report|review)\s+(?:the\s+year\s+)?"
    rf"(?P<after>{YEAR})|(?P<lead>{YEAR})\s+(?:in\s+numbers|in\s+review|results|figures|-|–|—|:))"
    r"(?![/–-]\d)",
    re.IGNORECASE,
)
# "up from 250 in 2022", "more than in 2022": a year named to compare with, not counted
COMPARED_LEFT = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|against)\s+(?:£?\d[\d,.]*\w*\s+(?:\w+\s+)?)?$",
    re.IGNORECASE,
)
# the months in which a review can open on the year before: the year's results (January to
# March) and annual reports (to June); later in the year a year named in the opening that is
# not the publication year is a comparison or a history
OPENING_MONTHS = 6
# "last year", "the previous year": the calendar year before a release early in the next one
LAST_YEAR = re.compile(r"\b(?:last|the\s+previous|the\s+past)\s+(?:calendar\s+)?year\b", re.I)
EARLY_MONTHS = 4  # a release in January to April looking back at "last year" means the one before


def review_year(title: str, opening: str, date: str) -> int | None:
    """The year a review's figures count: said in the headline or opening, else the date's.

    `date` is the release's ISO date (or a bare year); `opening` its first body sentences.
    """
    published = _published(date)
    if published is None:
        return None
    month = int(date[5:7]) if date[5:7].isdigit() else None
    texts = [title] if month is not None and month > OPENING_MONTHS else [title, opening]
    for text in texts:
        years = _trusted_years(text, published)
        if years:
            return years[0]  # the year the release opens on, not a plan for the next
    if month is not None and month <= EARLY_MONTHS and LAST_YEAR.search(f"{title} {opening}"):
        return published - 1
    return published


def said_year(text: str, date: str) -> int | None:
    """The last year `text` says it counts ("in 2023", "last year"), or None.

    A said year is trusted only when it is the publication year or the one before, so
    "since 2019" or a plan "for 2025" never moves the figures; "last year" only in a
    release from the first months of the next one.
    """
    published = _published(date)
    if published is None:
        return None
    trusted = _trusted_years(text, published)
    if trusted:
        return trusted[-1]  # the nearest before a figure
    month = int(date[5:7]) if date[5:7].isdigit() else None
    if month is not None and month <= EARLY_MONTHS and LAST_YEAR.search(text):
        return published - 1
    return None


def _trusted_years(text: str, published: int) -> list[int]:
    years = [
        int(m.group("after") or m.group("lead"))
        for m in COUNTED_YEAR.finditer(text)
        if not COMPARED_LEFT.search(text, 0, m.start())
    ]
    return [year for year in years if year in (published - 1, published)]


def _published(date: str) -> int | None:
    return int(date[:4]) if date[:4].isdigit() else None
