"""Typed, validated records: what sources say, before any RDF exists.

Records are frozen so mapping can never change what a loader checked. They
refer to each other by short ids (slugs); `kg.resolve` checks every id exists
before the RDF stage starts. `Location` keeps the file and line of each record
so later checks can still point a user at the YAML they must change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """Where a record (or one of its fields) was written."""

    path: Path
    line: int | None = None


@dataclass(frozen=True)
class Evidence:
    """The text behind an extracted fact: character span, sentence and confidence."""

    start: int
    end: int
    sentence: str
    confidence: float


@dataclass(frozen=True)
class Source:
    """A document facts come from (a press release, a reference table)."""

    id: str
    title: str
    location: Location
    publisher: str | None = None
    issued_by: str | None = None
    year: int | None = None
    date: str | None = None
    period: int | None = None
    url: str | None = None
    description: str | None = None
    extracted: bool = False
    extractor: str | None = None


@dataclass(frozen=True)
class Organisation:
    """A force, regional unit, sub-unit, agency, organised crime group or court.

    `kind` is one of force, regional-unit, unit, agency, group, court. A record
    with `extends=True` adds facts to an entity defined elsewhere (usually the
    reference data) instead of declaring a new one.
    """

    id: str
    kind: str
    location: Location
    source_id: str
    label: str | None = None
    alt_labels: tuple[str, ...] = ()
    description: str | None = None
    unit_of: str | None = None
    lead_force: str | None = None
    member_forces: tuple[str, ...] = ()
    operates_in: tuple[str, ...] = ()
    tasked_with: tuple[str, ...] = ()
    based_in: str | None = None
    member_count: int | None = None
    established: str | None = None
    police_uk_id: str | None = None
    same_as: str | None = None
    extends: bool = False
    sources: tuple[str, ...] = ()
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Membership:
    """A force's membership of a regional unit over time (org:Membership).

    `start` and `end` are dates as precise as known; `started_by` and `ended_by` are
    dates by which it had begun or ended, when only that is known ("by 2018-12").
    """

    force: str
    unit: str
    location: Location
    source_id: str
    start: str | None = None
    started_by: str | None = None
    end: str | None = None
    ended_by: str | None = None
    note: str | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Post:
    """A position a person holds in an organisation (org:Post)."""

    holder: str
    role: str
    organisation: str
    location: Location
    source_id: str
    label: str | None = None
    on_behalf_of: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    note: str | None = None
    sources: tuple[str, ...] = ()
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Person:
    """A person; unnamed people (e.g. "the ringleader") have `named=False`."""

    id: str
    name: str
    location: Location
    source_id: str
    named: bool = True
    age: int | None = None
    based_in: str | None = None
    party: str | None = None
    posts: tuple[Post, ...] = ()
    extends: bool = False
    sources: tuple[str, ...] = ()
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Place:
    """A town, county, region or sea; `within` builds the transitive hierarchy.

    A record with no label (`extends`) is a source's mention of a place declared
    elsewhere: it links the source to the place and may add facts.
    """

    id: str
    label: str | None
    kind: str
    location: Location
    source_id: str
    alt_labels: tuple[str, ...] = ()
    within: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    description: str | None = None
    ons_code: str | None = None
    same_as: str | None = None
    sources: tuple[str, ...] = ()
    evidence: Evidence | None = None

    @property
    def extends(self) -> bool:
        """A mention: only a place declared elsewhere may come without a label."""
        return self.label is None


@dataclass(frozen=True)
class Legislation:
    """An Act of Parliament, identified by its legislation.gov.uk IRI."""

    id: str
    label: str
    iri: str
    year: int
    chapter: str
    location: Location
    source_id: str
    web_url: str | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A number with qualifier and unit: a period statistic, an outcome or a seizure.

    `kind` is statistic, seizure, or an outcome class name (CustodialSentence,
    SuspendedSentence, CommunityOrder, ConfiscationOrder, CompensationOrder, Outcome).
    """

    id: str
    kind: str
    location: Location
    source_id: str
    measure: str | None = None
    value: Decimal | None = None
    qualifier: str | None = None
    unit: str | None = None
    subject: str | None = None
    period: int | None = None
    item: str | None = None
    person_count: int | None = None
    offender: str | None = None
    suspended_for_months: int | None = None
    legislation: str | None = None
    label: str | None = None
    note: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Money:
    """A sum of money tied to a case (fraud loss, street value, …)."""

    id: str
    kind: str
    value: Decimal
    qualifier: str
    location: Location
    source_id: str
    currency: str = "GBP"
    note: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Case:
    """An investigation or prosecution and what came of it."""

    id: str
    label: str
    location: Location
    source_id: str
    offences: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    defendants: tuple[str, ...] = ()
    defendant_count: int | None = None
    defendant_description: str | None = None
    victim_description: str | None = None
    modus_operandi: str | None = None
    items: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    led_by: tuple[str, ...] = ()
    supported_by: tuple[str, ...] = ()
    credited_to: tuple[str, ...] = ()
    operation: str | None = None
    court: str | None = None
    stage: str | None = None
    year: int | None = None
    legislation: tuple[str, ...] = ()
    outcomes: tuple[Figure, ...] = ()
    amounts: tuple[Money, ...] = ()
    figures: tuple[Figure, ...] = ()
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Operation:
    """A named police operation (e.g. Operation Venetic)."""

    id: str
    label: str
    location: Location
    source_id: str
    led_by: tuple[str, ...] = ()
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Award:
    """A recognition a unit received."""

    id: str
    label: str
    location: Location
    source_id: str
    recipient: str | None = None
    year: int | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class SourceRecords:
    """Everything one source file says, checked field by field."""

    source: Source
    organisations: tuple[Organisation, ...] = ()
    people: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    legislation: tuple[Legislation, ...] = ()
    memberships: tuple[Membership, ...] = ()
    figures: tuple[Figure, ...] = ()
    cases: tuple[Case, ...] = ()
    operations: tuple[Operation, ...] = ()
    awards: tuple[Award, ...] = ()


@dataclass(frozen=True)
class Corpus:
    """Reference records plus every source, ready to resolve and map."""

    reference: SourceRecords
    sources: tuple[SourceRecords, ...] = field(default_factory=tuple)

    def all(self) -> tuple[SourceRecords, ...]:
        return (self.reference, *self.sources)
