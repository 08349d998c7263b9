"""What the rules find in one release, before any id is given out.

Facts are plain dataclasses holding values and the `Span` of text they came
from. `kg.extract.draft` turns them into the YAML-shaped document the curated
loader reads, choosing ids that do not clash with the rest of the corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Span:
    """Character offsets in the file text, the sentence around them, and a confidence."""

    start: int
    end: int
    sentence: str
    confidence: float

    def evidence(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "confidence": round(self.confidence, 2),
        }


@dataclass
class OrgFact:
    """An organisation named in the text: a reference entity (`ref`) or a new one."""

    label: str
    kind: str
    span: Span
    ref: str | None = None
    key: str = ""
    unit_of: str | None = None
    based_in: str | None = None
    operates_in: list[str] = field(default_factory=list)
    lead_force: str | None = None
    member_forces: list[str] = field(default_factory=list)


@dataclass
class PlaceFact:
    """A place: a reference id, or a gazetteer town new to the corpus."""

    label: str
    kind: str
    span: Span
    ref: str | None = None
    key: str = ""


@dataclass
class PostFact:
    role: str
    org_key: str
    label: str | None = None


@dataclass
class PersonFact:
    """A named person, with the posts, age and home town the text gives."""

    name: str
    span: Span
    ref: str | None = None
    key: str = ""
    posts: list[PostFact] = field(default_factory=list)
    age: int | None = None
    town_key: str | None = None
    defendant: bool = False
    spellings: list[str] = field(default_factory=list)  # every spelling the text uses

    def name_pattern(self) -> str:
        """A regex alternation of the spellings of the whole name."""
        return "|".join(re.escape(n) for n in dict.fromkeys([self.name, *self.spellings]))


@dataclass
class FigureFact:
    """A number with qualifier and unit; `measure` is a soc:Measure local name."""

    measure: str
    value: Decimal
    qualifier: str
    unit: str
    span: Span
    item: str | None = None
    kind: str = "statistic"
    subject_key: str | None = None
    period: int | None = None


@dataclass
class OutcomeFact:
    """A sentence or order: custodial, suspended, confiscation, compensation, or another
    order named in words (kind "Outcome" with a label)."""

    kind: str
    span: Span
    value: Decimal | None = None
    qualifier: str = "Exact"
    unit: str | None = None
    person_count: int | None = None
    offender_key: str | None = None
    label: str | None = None  # what a plain soc:Outcome is ("Criminal Behaviour Order")
    suspended_for_months: int | None = None  # "22 months, suspended for two years": 24


@dataclass
class MoneyFact:
    kind: str
    value: Decimal
    qualifier: str
    currency: str
    span: Span


@dataclass
class CaseFact:
    """One investigation or prosecution and what the text says came of it."""

    label: str
    span: Span
    offences: list[str] = field(default_factory=list)
    defendant_count: int | None = None
    defendant_description: str | None = None
    defendant_keys: list[str] = field(default_factory=list)
    place_keys: list[str] = field(default_factory=list)
    group_keys: list[str] = field(default_factory=list)
    led_by: list[str] = field(default_factory=list)
    supported_by: list[str] = field(default_factory=list)
    operation: str | None = None
    court: str | None = None
    stage: str | None = None
    year: int | None = None
    outcomes: list[OutcomeFact] = field(default_factory=list)
    amounts: list[MoneyFact] = field(default_factory=list)
    figures: list[FigureFact] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything found in one release, with its front matter."""

    source_id: str
    meta: dict[str, object]
    orgs: dict[str, OrgFact] = field(default_factory=dict)
    places: dict[str, PlaceFact] = field(default_factory=dict)
    people: dict[str, PersonFact] = field(default_factory=dict)
    figures: list[FigureFact] = field(default_factory=list)
    cases: list[CaseFact] = field(default_factory=list)
    operations: dict[str, Span] = field(default_factory=dict)
    issued_by: str | None = None  # the organisation named as publisher
