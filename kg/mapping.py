"""Records → RDF triples, one pure generator per record kind.

Nothing here touches a graph: each function yields `(s, p, o)` for one frozen
record, so the mapping is easy to test in isolation. `kg.dataset` puts them
into named graphs. IRIs come from `Iris`, which knows the kind of every id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg.ids import instance_iri
from kg.namespaces import CT, ORG, PROV, SCHEMA, SOC, WD
from kg.records import (
    Award,
    Case,
    Evidence,
    Figure,
    Legislation,
    Membership,
    Money,
    Operation,
    Organisation,
    Person,
    Place,
    Post,
    Source,
)
from kg.schema import DATE, Index
from kg.vocab import Vocabulary

Triple = tuple[Node, Node, Node]

ORG_SEGMENT = {
    "force": "force",
    "regional-unit": "unit",
    "unit": "unit",
    "agency": "agency",
    "group": "group",
    "court": "court",
}
ORG_CLASS = {
    "force": SOC.PoliceForce,
    "regional-unit": SOC.RegionalUnit,
    "unit": ORG.OrganizationalUnit,
    "agency": SOC.Agency,
    "group": SOC.OrganisedCrimeGroup,
    "court": SOC.Court,
}
PLACE_CLASS = {
    "town": SOC.Town,
    "county": SOC.County,
    "region": SOC.Region,
    "sea": SOC.Sea,
    "place": SOC.Place,
}
FIGURE_CLASS = {"statistic": SOC.Statistic, "seizure": SOC.Seizure}
UNIT_WORDS = {"NUM": "", "YR": " years", "MO": " months", "KiloGM": " kg", "GM": " g"}
CURRENCY_SIGNS = {"GBP": "£", "EUR": "€", "USD": "$"}


def figure_class(kind: str) -> URIRef:
    """The class of a figure record: Statistic, Seizure or an Outcome subclass."""
    return FIGURE_CLASS[kind] if kind in FIGURE_CLASS else SOC[kind]


def camel_to_slug(name: str) -> str:
    """'PoliceAndCrimeCommissioner' → 'police-and-crime-commissioner'."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).lower()


def year_literal(year: int) -> Literal:
    return Literal(f"{year:04d}", datatype=XSD.gYear)


def date_literal(text: str) -> Literal:
    """'2019' → gYear, '2019-11' → gYearMonth, '2019-11-27' → date."""
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(text), XSD.date)
    return Literal(text, datatype=datatype)


def decimal_literal(value: Decimal | float) -> Literal:
    return Literal(Decimal(str(value)), datatype=XSD.decimal)


def format_number(value: Decimal) -> str:
    integral = value == value.to_integral()
    return f"{int(value):,}" if integral else f"{value:,}"


@dataclass(frozen=True)
class Iris:
    """Instance IRIs for ids, using the index to know each organisation's kind."""

    base: str
    index: Index

    def of(self, kind: str, ident: str) -> URIRef:
        return instance_iri(self.base, kind, ident)

    def organisation(self, ident: str) -> URIRef:
        kind = self.index.kind("organisation", ident) or "unit"
        return self.of(ORG_SEGMENT.get(kind, "unit"), ident)

    def source(self, ident: str) -> URIRef:
        return self.of("source", ident)

    def run(self, source_id: str) -> URIRef:
        return self.of("run", source_id)

    def post(self, post: Post) -> URIRef:
        return self.of("post", f"{post.holder}-{camel_to_slug(post.role)}-{post.organisation}")

    def figure(self, figure: Figure) -> URIRef:
        segment = figure.kind if figure.kind in FIGURE_CLASS else "outcome"
        return self.of(segment, figure.id)


class Mapper:
    """Turns records into triples; one generator per record kind."""

    def __init__(
        self,
        iris: Iris,
        vocabulary: Vocabulary,
        legislation: dict[str, str],
        organisation_labels: dict[str, str] | None = None,
    ) -> None:
        self.iris = iris
        self.vocabulary = vocabulary
        self.legislation = legislation
        self.organisation_labels = organisation_labels or {}

    # shared pieces -------------------------------------------------------

    def provenance(
        self, node: URIRef, source_id: str, evidence: Evidence | None
    ) -> Iterator[Triple]:
        yield node, PROV.wasDerivedFrom, self.iris.source(source_id)
        if evidence is not None:
            yield node, PROV.wasGeneratedBy, self.iris.run(source_id)
            yield node, SOC.confidence, decimal_literal(round(evidence.confidence, 3))
            yield node, SOC.spanStart, Literal(evidence.start, datatype=XSD.nonNegativeInteger)
            yield node, SOC.spanEnd, Literal(evidence.end, datatype=XSD.nonNegativeInteger)
            yield node, SOC.evidence, Literal(evidence.sentence)

    def labels(
        self, node: URIRef, label: str | None, alt_labels: tuple[str, ...] = ()
    ) -> Iterator[Triple]:
        if label:
            yield node, RDFS.label, Literal(label, lang="en")
        for alt in alt_labels:
            yield node, SKOS.altLabel, Literal(alt, lang="en")

    def cited(self, node: URIRef, urls: tuple[str, ...]) -> Iterator[Triple]:
        for url in urls:
            yield node, DCTERMS.source, URIRef(url)

    def term(self, name: str) -> URIRef:
        return SOC[name]

    def unit(self, name: str) -> URIRef:
        return self.vocabulary.units[name]

    def label_of(self, name: str) -> str:
        return self.vocabulary.label(self.term(name))

    def amount_text(self, value: Decimal, qualifier: str | None, unit: str) -> str:
        words = "" if qualifier in (None, "Exact") else self.label_of(qualifier) + " "
        if unit in CURRENCY_SIGNS:
            pence = value != value.to_integral()
            money = f"{value:,.2f}" if pence else format_number(value)
            return f"{words}{CURRENCY_SIGNS[unit]}{money}"
        suffix = UNIT_WORDS.get(unit, " " + self.vocabulary.label(self.unit(unit)))
        if unit == "YR" and value == 1:
            suffix = " year"
        return f"{words}{format_number(value)}{suffix}"

    # records -------------------------------------------------------------

    def source(self, source: Source) -> Iterator[Triple]:
        node = self.iris.source(source.id)
        yield node, RDF.type, SOC.SourceDocument
        yield from self.labels(node, source.title)
        yield node, DCTERMS.title, Literal(source.title, lang="en")
        if source.publisher:
            yield node, DCTERMS.publisher, Literal(source.publisher)
        if source.issued_by:
            yield node, SOC.publisher, self.iris.organisation(source.issued_by)
        if source.date:
            yield node, DCTERMS.date, date_literal(source.date)
        elif source.year:
            yield node, DCTERMS.date, year_literal(source.year)
        if source.period:
            yield node, SOC.period, year_literal(source.period)
        if source.url:
            yield node, SCHEMA.url, URIRef(source.url)
            yield node, FOAF.page, URIRef(source.url)
        if source.description:
            yield node, DCTERMS.description, Literal(source.description, lang="en")
        if source.extracted:
            run = self.iris.run(source.id)
            yield node, PROV.wasGeneratedBy, run
            yield run, RDF.type, SOC.ExtractionRun
            yield from self.labels(run, f"Rule-based extraction from {source.title}")
            yield run, PROV.used, node
            if source.extractor:
                yield run, RDFS.comment, Literal(source.extractor)

    def organisation(self, record: Organisation) -> Iterator[Triple]:
        node = self.iris.organisation(record.id)
        if not record.extends:
            yield node, RDF.type, ORG_CLASS[record.kind]
            yield from self.provenance(node, record.source_id, record.evidence)
        yield from self.labels(node, None if record.extends else record.label, record.alt_labels)
        if record.description:
            yield node, DCTERMS.description, Literal(record.description, lang="en")
        if record.unit_of:
            parent = self.iris.organisation(record.unit_of)
            yield node, ORG.unitOf, parent
            yield parent, ORG.hasUnit, node
        if record.lead_force:
            yield node, SOC.leadForce, self.iris.organisation(record.lead_force)
        for force in record.member_forces:
            yield node, SOC.memberForce, self.iris.organisation(force)
        for place in record.operates_in:
            yield node, SOC.operatesIn, self.iris.of("place", place)
        for crime in record.tasked_with:
            yield node, SOC.taskedWith, CT[crime]
        if record.based_in:
            yield node, SOC.basedIn, self.iris.of("place", record.based_in)
        if record.member_count is not None:
            yield (
                node,
                SOC.memberCount,
                Literal(record.member_count, datatype=XSD.nonNegativeInteger),
            )
        if record.established:
            text = record.established
            yield node, SOC.established, date_literal(text) if DATE.match(text) else Literal(text)
        if record.police_uk_id:
            yield node, SOC.policeUkId, Literal(record.police_uk_id)
        if record.same_as:
            yield node, OWL.sameAs, WD[record.same_as]
        yield from self.cited(node, record.sources)

    def person(self, record: Person) -> Iterator[Triple]:
        node = self.iris.of("person", record.id)
        if not record.extends:
            yield node, RDF.type, FOAF.Person
            yield from self.labels(node, record.name)
            if record.named:
                yield node, FOAF.name, Literal(record.name)
            yield from self.provenance(node, record.source_id, record.evidence)
        if record.age is not None:
            yield node, SOC.age, Literal(record.age, datatype=XSD.nonNegativeInteger)
        if record.based_in:
            yield node, SOC.basedIn, self.iris.of("place", record.based_in)
        if record.party:
            yield node, SOC.party, Literal(record.party)
        yield from self.cited(node, record.sources)
        for post in record.posts:
            yield from self.post(post)

    def post(self, record: Post) -> Iterator[Triple]:
        node = self.iris.post(record)
        person = self.iris.of("person", record.holder)
        organisation = self.iris.organisation(record.organisation)
        organisation_name = self.organisation_labels.get(record.organisation, record.organisation)
        label = record.label or f"{self.label_of(record.role)}, {organisation_name}"
        yield node, RDF.type, ORG.Post
        yield from self.labels(node, label)
        yield node, ORG.role, self.term(record.role)
        yield node, ORG.postIn, organisation
        yield organisation, ORG.hasPost, node
        yield node, ORG.heldBy, person
        yield person, ORG.holds, node
        for other in record.on_behalf_of:
            yield node, SOC.onBehalfOf, self.iris.of("person", other)
        if record.start:
            yield node, SOC.startDate, date_literal(record.start)
        if record.end:
            yield node, SOC.endDate, date_literal(record.end)
        if record.note:
            yield node, SKOS.note, Literal(record.note, lang="en")
        yield from self.cited(node, record.sources)
        yield from self.provenance(node, record.source_id, record.evidence)

    def place(self, record: Place) -> Iterator[Triple]:
        node = self.iris.of("place", record.id)
        if record.extends:  # a mention: which sources name the place, not a new node
            yield node, PROV.wasDerivedFrom, self.iris.source(record.source_id)
        else:
            yield node, RDF.type, PLACE_CLASS[record.kind]
        yield from self.labels(node, record.label, record.alt_labels)
        for parent in record.within:
            yield node, SOC.within, self.iris.of("place", parent)
        for child in record.contains:
            yield self.iris.of("place", child), SOC.within, node
        if record.description:
            yield node, DCTERMS.description, Literal(record.description, lang="en")
        if record.ons_code:
            yield node, SOC.onsCode, Literal(record.ons_code)
        if record.same_as:
            yield node, OWL.sameAs, WD[record.same_as]
        yield from self.cited(node, record.sources)
        if not record.extends:
            yield from self.provenance(node, record.source_id, record.evidence)

    def membership(self, record: Membership) -> Iterator[Triple]:
        """org:Membership of a force in a regional unit, with what is known of its dates."""
        node = self.iris.of("membership", f"{record.force}-{record.unit}")
        force, unit = self.iris.organisation(record.force), self.iris.organisation(record.unit)
        yield node, RDF.type, ORG.Membership
        force_label = self.organisation_labels.get(record.force, record.force)
        unit_label = self.organisation_labels.get(record.unit, record.unit)
        yield from self.labels(node, f"{force_label} in {unit_label}")
        yield node, ORG.member, force
        yield node, ORG.organization, unit
        yield force, ORG.hasMembership, node
        if record.start:
            yield node, SOC.startDate, date_literal(record.start)
        if record.started_by:
            yield node, SOC.startedBy, date_literal(record.started_by)
        if record.end:
            yield node, SOC.endDate, date_literal(record.end)
        if record.ended_by:
            yield node, SOC.endedBy, date_literal(record.ended_by)
        if record.note:
            yield node, SKOS.note, Literal(record.note, lang="en")
        yield from self.cited(node, record.sources)
        yield from self.provenance(node, record.source_id, None)

    def legislation_record(self, record: Legislation) -> Iterator[Triple]:
        node = URIRef(record.iri)
        yield node, RDF.type, SOC.Legislation
        yield from self.labels(node, record.label)
        yield node, DCTERMS.identifier, Literal(f"{record.year} c. {record.chapter}")
        yield node, SOC.year, year_literal(record.year)
        if record.web_url:
            yield node, FOAF.page, URIRef(record.web_url)
        yield from self.cited(node, record.sources)
        yield from self.provenance(node, record.source_id, None)

    def figure(self, record: Figure, context: str | None = None) -> Iterator[Triple]:
        node = self.iris.figure(record)
        yield node, RDF.type, figure_class(record.kind)
        yield from self.labels(node, record.label or self.figure_label(record, context))
        if record.measure:
            yield node, SOC.measure, self.term(record.measure)
        if record.value is not None and record.unit and record.qualifier:
            yield node, SOC.value, decimal_literal(record.value)
            yield node, SOC.qualifier, self.term(record.qualifier)
            yield node, SOC.unit, self.unit(record.unit)
        if record.subject:
            yield node, SOC.subject, self.iris.organisation(record.subject)
        if record.period:
            yield node, SOC.period, year_literal(record.period)
        if record.item:
            yield node, SOC.item, Literal(record.item, lang="en")
        if record.person_count is not None:
            yield (
                node,
                SOC.personCount,
                Literal(record.person_count, datatype=XSD.nonNegativeInteger),
            )
        if record.offender:
            yield node, SOC.offender, self.iris.of("person", record.offender)
        if record.suspended_for_months is not None:
            duration = f"P{record.suspended_for_months}M"
            yield node, SOC.suspendedFor, Literal(duration, datatype=XSD.duration)
        if record.legislation:
            yield node, SOC.underLegislation, URIRef(self.legislation[record.legislation])
        if record.note:
            yield node, SKOS.note, Literal(record.note, lang="en")
        yield from self.provenance(node, record.source_id, record.evidence)

    def figure_label(self, record: Figure, context: str | None) -> str:
        """A readable label such as 'Arrests: more than 380 (2019)'."""
        if record.kind in FIGURE_CLASS and record.measure:
            head = self.label_of(record.measure)
        else:
            head = self.vocabulary.label(figure_class(record.kind))
        if context:
            head = f"{head}, {context}"
        parts = []
        if record.value is not None and record.unit:
            text = self.amount_text(record.value, record.qualifier, record.unit)
            joiner = " " if record.unit == "NUM" else " of "
            parts.append(f"{text}{joiner}{record.item}" if record.item else text)
        elif record.item:
            parts.append(record.item)
        if record.person_count is not None:
            parts.append(
                f"{record.person_count} {'person' if record.person_count == 1 else 'people'}"
            )
        head = head[:1].upper() + head[1:]
        label = f"{head}: {', '.join(parts)}" if parts else head
        return f"{label} ({record.period})" if record.period else label

    def money(self, record: Money, context: str) -> Iterator[Triple]:
        node = self.iris.of("amount", record.id)
        kind = self.label_of(record.kind)
        yield node, RDF.type, SOC.MoneyAmount
        amount = self.amount_text(record.value, record.qualifier, record.currency)
        yield from self.labels(node, f"{kind[:1].upper()}{kind[1:]} in {context}: {amount}")
        yield node, SOC.value, decimal_literal(record.value)
        yield node, SOC.qualifier, self.term(record.qualifier)
        yield node, SOC.unit, self.unit(record.currency)
        yield node, SOC.moneyKind, self.term(record.kind)
        if record.note:
            yield node, SKOS.note, Literal(record.note, lang="en")
        yield from self.provenance(node, record.source_id, record.evidence)

    def case(self, record: Case) -> Iterator[Triple]:
        node = self.iris.of("case", record.id)
        yield node, RDF.type, SOC.Case
        yield from self.labels(node, record.label)
        links = (
            (SOC.offence, [CT[c] for c in record.offences]),
            (SOC.involvedGroup, [self.iris.organisation(g) for g in record.groups]),
            (SOC.defendant, [self.iris.of("person", p) for p in record.defendants]),
            (SOC.place, [self.iris.of("place", p) for p in record.places]),
            (SOC.ledBy, [self.iris.organisation(o) for o in record.led_by]),
            (SOC.supportedBy, [self.iris.organisation(o) for o in record.supported_by]),
            (SOC.creditedTo, [self.iris.organisation(o) for o in record.credited_to]),
            (SOC.underLegislation, [URIRef(self.legislation[law]) for law in record.legislation]),
        )
        for predicate, objects in links:
            for obj in objects:
                yield node, predicate, obj
        if record.defendant_count is not None:
            yield (
                node,
                SOC.defendantCount,
                Literal(record.defendant_count, datatype=XSD.nonNegativeInteger),
            )
        texts = (
            (SOC.defendantDescription, record.defendant_description),
            (SOC.victimDescription, record.victim_description),
            (SOC.modusOperandi, record.modus_operandi),
        )
        for predicate, text in texts:
            if text:
                yield node, predicate, Literal(text, lang="en")
        for item in record.items:
            yield node, SOC.item, Literal(item, lang="en")
        if record.operation:
            yield node, SOC.operation, self.iris.of("operation", record.operation)
        if record.court:
            yield node, SOC.court, self.iris.organisation(record.court)
        if record.stage:
            yield node, SOC.stage, self.term(record.stage)
        if record.year:
            yield node, SOC.year, year_literal(record.year)
        for outcome in record.outcomes:
            yield node, SOC.outcome, self.iris.figure(outcome)
            yield from self.figure(outcome, context=record.label)
        for figure in record.figures:
            yield node, SOC.figure, self.iris.figure(figure)
            yield from self.figure(figure, context=record.label)
        for money in record.amounts:
            yield node, SOC.amount, self.iris.of("amount", money.id)
            yield from self.money(money, record.label)
        yield from self.provenance(node, record.source_id, record.evidence)

    def operation(self, record: Operation) -> Iterator[Triple]:
        node = self.iris.of("operation", record.id)
        yield node, RDF.type, SOC.Operation
        yield from self.labels(node, record.label)
        for unit in record.led_by:
            yield node, SOC.ledBy, self.iris.organisation(unit)
        yield from self.provenance(node, record.source_id, record.evidence)

    def award(self, record: Award) -> Iterator[Triple]:
        node = self.iris.of("award", record.id)
        yield node, RDF.type, SOC.Award
        yield from self.labels(node, record.label)
        if record.recipient:
            yield self.iris.organisation(record.recipient), SOC.receivedAward, node
        if record.year:
            yield node, SOC.year, year_literal(record.year)
        yield from self.provenance(node, record.source_id, record.evidence)
