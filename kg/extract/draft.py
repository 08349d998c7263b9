"""Extractions → source documents in the `data/sources/` YAML shape.

Ids are slugs that do not clash with the reference tables, curated sources
or releases drafted earlier in the same run: a reference entity is referred
to (or extended with an entry that has no `type`/`name`), a person or place
already declared elsewhere is referred to by its id, and a new case, figure
or group gets a fresh id (with `-2`, `-3` … when needed). The same function
feeds `kg extract` (YAML for review) and `kg build` (through `as_lines`, so
the curated loader checks extracted data exactly as it checks curated data).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kg.extract.facts import CaseFact, Extraction, FigureFact, Span
from kg.ids import slugify
from kg.schema import Index
from kg.yamlio import LineDict, LineList


@dataclass
class Taken:
    """Ids in use, by id space (organisation, person, place, figure, case, operation)."""

    index: Index
    local: dict[str, set[str]] = field(default_factory=dict)
    # (holder, role, organisation) -> label: one post has one label across sources
    posts: dict[tuple[str, str, str], str] = field(default_factory=dict)
    # single-valued facts about shared entities, first value wins across sources
    facts: dict[tuple[str, str, str], object] = field(default_factory=dict)

    def first(self, space: str, ident: str, name: str, value: object) -> bool:
        """True when `value` may be stated: nothing, or the same value, was stated before."""
        return self.facts.setdefault((space, ident, name), value) == value

    def has(self, space: str, ident: str) -> bool:
        return self.index.kind(space, ident) is not None or ident in self.local.get(space, set())

    def add(self, space: str, ident: str) -> None:
        self.local.setdefault(space, set()).add(ident)

    def fresh(self, space: str, base: str) -> str:
        base = slugify(base)[:60].strip("-") or "x"
        ident, number = base, 2
        while self.has(space, ident):
            ident, number = f"{base}-{number}", number + 1
        self.add(space, ident)
        return ident


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


class Drafter:
    """Turns one `Extraction` into a YAML-shaped document."""

    def __init__(self, taken: Taken, extractor: str) -> None:
        self.taken = taken
        self.extractor = extractor

    def draft(self, ex: Extraction) -> dict[str, Any]:
        self.ex = ex
        self.org_ids: dict[str, str] = {}
        self.place_ids: dict[str, str] = {}
        self.person_ids: dict[str, str] = {}
        document: dict[str, Any] = {"source": self.source()}
        places = self.places()
        organisations = self.organisations()
        people = self.people()
        figures = [self.figure(f, top=True) for f in ex.figures]
        operations = self.operations()
        cases = [self.case(c) for c in ex.cases]
        for key, value in (
            ("organisations", organisations),
            ("people", people),
            ("places", places),
            ("figures", figures),
            ("cases", cases),
            ("operations", operations),
        ):
            if value:
                document[key] = value
        return document

    def source(self) -> dict[str, Any]:
        meta = self.ex.meta
        source: dict[str, Any] = {
            "id": self.ex.source_id,
            "title": str(meta.get("title") or self.ex.source_id),
        }
        for key in ("publisher", "date", "url"):
            if meta.get(key):
                source[key] = str(meta[key])
            if key == "publisher" and self.ex.issued_by:
                source["issued_by"] = self.ex.issued_by
        date = str(meta.get("date") or "")
        if date[:4].isdigit():
            source["year"] = int(date[:4])
        source["extracted"] = True
        source["extractor"] = self.extractor
        return source

    # entities ------------------------------------------------------------

    def places(self) -> list[dict[str, Any]]:
        entries = []
        for key, place in self.ex.places.items():
            if place.ref or self.taken.has("place", key):
                self.place_ids[key] = key
                continue
            self.taken.add("place", key)
            self.place_ids[key] = key
            entries.append(
                {
                    "id": key,
                    "label": place.label,
                    "type": place.kind,
                    "evidence": place.span.evidence(),
                }
            )
        return entries

    def organisations(self) -> list[dict[str, Any]]:
        entries = []
        for key, org in self.ex.orgs.items():
            entry: dict[str, Any]
            if org.ref:
                self.org_ids[key] = org.ref
                entry = {"id": org.ref}
            elif org.kind == "group":
                ident = slugify(org.label)
                if self.taken.has("organisation", ident) and self.taken.index.kind(
                    "organisation", ident
                ) in (None, "group"):
                    self.org_ids[key] = ident
                    entries.append({"id": ident})  # declared by another source: mentioned here
                    continue
                ident = self.taken.fresh("organisation", org.label)
                self.org_ids[key] = ident
                entry = {"id": ident, "type": "group", "label": org.label}
            else:
                ident = slugify(key)
                if self.taken.has("organisation", ident):
                    self.org_ids[key] = ident
                    entries.append({"id": ident})
                    continue
                self.taken.add("organisation", ident)
                self.org_ids[key] = ident
                entry = {"id": ident, "type": org.kind, "label": org.label}
            if org.unit_of:
                entry["unit_of"] = org.unit_of
            if org.based_in and org.based_in in self.place_ids:
                entry["based_in"] = self.place_ids[org.based_in]
            if org.operates_in:
                entry["operates_in"] = [
                    self.place_ids[p] for p in org.operates_in if p in self.place_ids
                ]
            if org.lead_force and self.taken.first(
                "organisation", entry["id"], "lead_force", org.lead_force
            ):
                entry["lead_force"] = org.lead_force
            if org.member_forces:
                entry["member_forces"] = list(org.member_forces)
            if not org.ref:
                entry["evidence"] = org.span.evidence()
            entries.append(entry)
        return entries

    def people(self) -> list[dict[str, Any]]:
        entries = []
        for key, person in self.ex.people.items():
            ident = person.ref or slugify(person.name)
            entry: dict[str, Any] = {"id": ident}
            if not (person.ref or self.taken.has("person", ident)):
                self.taken.add("person", ident)
                entry["name"] = person.name
                entry["evidence"] = person.span.evidence()
            self.person_ids[key] = ident
            if person.age is not None and self.taken.first("person", ident, "age", person.age):
                entry["age"] = person.age
            home = self.place_ids.get(person.town_key or "")
            if home and self.taken.first("person", ident, "based_in", home):
                entry["based_in"] = home
            posts = []
            for post in person.posts:
                org = self.org_ids.get(post.org_key, post.org_key)
                if not (self.taken.has("organisation", org) or org in self.org_ids.values()):
                    continue
                item: dict[str, Any] = {"role": post.role, "in": org}
                first = (ident, post.role, org) not in self.taken.posts
                label = self.taken.posts.setdefault((ident, post.role, org), post.label or "")
                if label:
                    item["label"] = label
                if first:  # one post node, one span: the first source that names it
                    item["evidence"] = person.span.evidence()
                posts.append(item)
            if posts:
                entry["posts"] = posts
            entries.append(entry)
        return entries

    def operations(self) -> list[dict[str, Any]]:
        entries = []
        self.operation_ids: dict[str, str] = {}
        for name, span in self.ex.operations.items():
            ident = slugify(name.removeprefix("Operation "))
            ident = slugify(f"operation-{ident}")
            self.operation_ids[name] = ident
            if self.taken.has("operation", ident):
                continue
            self.taken.add("operation", ident)
            entries.append({"id": ident, "label": name, "evidence": span.evidence()})
        return entries

    # figures and cases ---------------------------------------------------

    def figure(self, figure: FigureFact, top: bool) -> dict[str, Any]:
        entry: dict[str, Any] = {}
        if top:
            base = f"{self.ex.source_id}-{figure.measure}"
            if figure.item and figure.measure == "DrugsSeized":
                base += f"-{figure.item}"
            entry["id"] = self.taken.fresh("figure", base)
            entry["type"] = figure.kind
        entry["measure"] = figure.measure
        if top and figure.subject_key and figure.subject_key in self.org_ids:
            entry["subject"] = self.org_ids[figure.subject_key]
        if figure.item:
            entry["item"] = figure.item
        entry["value"] = _number(figure.value)
        entry["qualifier"] = figure.qualifier
        entry["unit"] = figure.unit
        if top and figure.period:
            entry["period"] = figure.period
        entry["evidence"] = figure.span.evidence()
        return entry

    def case(self, case: CaseFact) -> dict[str, Any]:
        ident = self.taken.fresh("case", f"{self.ex.source_id}-{case.label}"[:60])
        entry: dict[str, Any] = {"id": ident, "label": case.label}
        if case.offences:
            entry["offences"] = list(case.offences)
        groups = [self.org_ids[g] for g in case.group_keys if g in self.org_ids]
        if groups:
            entry["groups"] = groups
        defendants = [self.person_ids[d] for d in case.defendant_keys if d in self.person_ids]
        if defendants:
            entry["defendants"] = defendants
        if case.defendant_count is not None:
            entry["defendant_count"] = case.defendant_count
        if case.defendant_description:
            entry["defendant_description"] = case.defendant_description
        places = [self.place_ids[p] for p in case.place_keys if p in self.place_ids]
        if places:
            entry["places"] = places
        led = [self.org_ids[o] for o in case.led_by if o in self.org_ids]
        if led:
            entry["led_by"] = led
        if case.operation and case.operation in self.operation_ids:
            entry["operation"] = self.operation_ids[case.operation]
        if case.court and case.court in self.org_ids:
            entry["court"] = self.org_ids[case.court]
        if case.stage:
            entry["stage"] = case.stage
        if case.year:
            entry["year"] = case.year
        if case.figures:
            entry["figures"] = [self.figure(f, top=False) for f in case.figures]
        outcomes = []
        for outcome in case.outcomes:
            item: dict[str, Any] = {"type": outcome.kind}
            if outcome.label:
                item["label"] = outcome.label
            if outcome.value is not None and outcome.unit:
                item["value"] = _number(outcome.value)
                item["qualifier"] = outcome.qualifier
                item["unit"] = outcome.unit
            if outcome.person_count is not None:
                item["person_count"] = outcome.person_count
            if outcome.offender_key and outcome.offender_key in self.person_ids:
                item["offender"] = self.person_ids[outcome.offender_key]
            item["evidence"] = outcome.span.evidence()
            outcomes.append(item)
        if outcomes:
            entry["outcomes"] = outcomes
        if case.amounts:
            entry["amounts"] = [
                {
                    "kind": money.kind,
                    "value": _number(money.value),
                    "qualifier": money.qualifier,
                    "currency": money.currency,
                    "evidence": money.span.evidence(),
                }
                for money in case.amounts
            ]
        entry["evidence"] = case.span.evidence()
        return entry


def as_lines(value: Any, text: str, line: int = 1) -> Any:
    """Plain dicts/lists → LineDict/LineList; an entry's line is that of its evidence."""
    if isinstance(value, dict):
        evidence = value.get("evidence")
        if isinstance(evidence, dict) and isinstance(evidence.get("start"), int):
            line = text.count("\n", 0, evidence["start"]) + 1
        result = LineDict()
        result.line = line
        result.key_lines = {}
        for key, item in value.items():
            result[key] = as_lines(item, text, line)
            result.key_lines[key] = line
        return result
    if isinstance(value, list):
        items = LineList(as_lines(item, text, line) for item in value)
        items.line = line
        items.item_lines = [getattr(item, "line", line) for item in items]
        return items
    return value


def evidence_span(span: Span) -> dict[str, object]:
    return span.evidence()
