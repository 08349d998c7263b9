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
        return self.fresh_slug(space, fresh_base(base))

    def fresh_slug(self, space: str, base: str) -> str:
        """`fresh` for a base already made by `fresh_base`."""
        ident, number = base, 2
        while self.has(space, ident):
            ident, number = f"{base}-{number}", number + 1
        self.add(space, ident)
        return ident


def fresh_base(text: str) -> str:
    """The slug a fresh id starts from (then `-2`, `-3` … when taken)."""
    return slugify(text)[:60].strip("-") or "x"


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


class Drafter:
    """Turns one `Extraction` into a YAML-shaped document, choosing ids with `taken`.

    Drafting is split in two: `Predrafter.predraft` does everything that depends
    on the release alone (it runs in the `--jobs` workers), and `Predraft.resolve`
    makes every decision that depends on the releases drafted before (which ids
    are taken, which shared fact was stated first) in input order. Both halves
    always run, so one process and `--jobs N` give the same documents.
    """

    def __init__(self, taken: Taken, extractor: str) -> None:
        self.taken = taken
        self.predrafter = Predrafter(extractor)

    def draft(self, ex: Extraction) -> dict[str, Any]:
        return self.predrafter.predraft(ex).resolve(self.taken)


# Steps a `Predraft` replays against `Taken`, in the order drafting made those calls.
_PLACE, _GROUP, _ORG, _FIRST, _PERSON, _POST, _FRESH, _OPERATION = range(8)


class Predraft:
    """A release's document with every cross-release decision left open.

    `document` is drafted as if nothing else were taken; `steps` list, in the
    order the decisions are made, what to ask `Taken` and how to change the
    document with the answer (drop an entry that another release declared,
    shorten a mention to its id, number a fresh id, drop a repeated fact).
    Group ids are placeholders until resolved. Plain data: it pickles from a
    worker to the parent in one piece, with the steps pointing into the document.
    """

    __slots__ = ("document", "org_ids", "steps", "subs")

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.steps: list[tuple[Any, ...]] = []
        # (container, key or index, group placeholder): group ids to fill in
        self.subs: list[tuple[Any, Any, str]] = []
        self.org_ids: list[str] = []  # of this release's organisations (placeholders too)

    def __getstate__(self) -> tuple[Any, ...]:
        return (self.document, self.steps, self.subs, self.org_ids)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.document, self.steps, self.subs, self.org_ids = state

    def resolve(self, taken: Taken) -> dict[str, Any]:
        """The final document; `taken` records this release's ids. Call once."""
        document = self.document
        groups: dict[str, str] = {}  # placeholder -> id
        org_ids: set[str] | None = None  # this release's, once groups have ids
        dropped: set[int] = set()  # id() of list entries another release declared
        posts: dict[int, dict[str, Any]] = {}  # people who lost a post
        for step in self.steps:
            code = step[0]
            if code == _PLACE:
                _, entry, key = step
                if taken.has("place", key):  # declared by another release: mentioned here
                    entry.clear()
                    entry["id"] = key
                else:
                    taken.add("place", key)
            elif code == _GROUP:
                _, entry, placeholder, slug, base, lead_force = step
                if taken.has("organisation", slug) and taken.index.kind("organisation", slug) in (
                    None,
                    "group",
                ):
                    entry.clear()
                    entry["id"] = slug  # declared by another source: mentioned here
                else:
                    entry["id"] = taken.fresh_slug("organisation", base)
                    if lead_force and not taken.first(
                        "organisation", entry["id"], "lead_force", lead_force
                    ):
                        del entry["lead_force"]
                groups[placeholder] = entry["id"]
            elif code == _ORG:
                _, entry, ident, lead_force = step
                if taken.has("organisation", ident):
                    entry.clear()
                    entry["id"] = ident
                    continue
                taken.add("organisation", ident)
                if lead_force and not taken.first("organisation", ident, "lead_force", lead_force):
                    del entry["lead_force"]
            elif code == _FIRST:
                _, entry, key, space, ident, value = step
                if not taken.first(space, ident, key, value):
                    del entry[key]
            elif code == _PERSON:
                _, entry, ident = step
                if taken.has("person", ident):
                    del entry["name"], entry["evidence"]
                else:
                    taken.add("person", ident)
            elif code == _POST:
                _, entry, item, ident, role, org, label, evidence = step
                org = groups.get(org, org)
                if org_ids is None:
                    org_ids = {groups.get(o, o) for o in self.org_ids}
                if not (taken.has("organisation", org) or org in org_ids):
                    dropped.add(id(item))
                    posts[id(entry)] = entry
                    continue
                item["in"] = org
                first = (ident, role, org) not in taken.posts
                label = taken.posts.setdefault((ident, role, org), label)
                if label:
                    item["label"] = label
                if first:  # one post node, one span: the first source that names it
                    item["evidence"] = evidence
            elif code == _FRESH:
                _, entry, space, base = step
                entry["id"] = taken.fresh_slug(space, base)
            elif code == _OPERATION:
                _, entry, ident = step
                if taken.has("operation", ident):
                    dropped.add(id(entry))
                else:
                    taken.add("operation", ident)
        for container, key, placeholder in self.subs:
            container[key] = groups[placeholder]
        if dropped:
            for entry in posts.values():
                kept = [item for item in entry["posts"] if id(item) not in dropped]
                if kept:
                    entry["posts"] = kept
                else:
                    del entry["posts"]
            for key in ("operations",):
                if key in document:
                    kept = [item for item in document[key] if id(item) not in dropped]
                    if kept:
                        document[key] = kept
                    else:
                        del document[key]
        return document


class Predrafter:
    """The release-only half of drafting: `predraft(extraction)` → `Predraft`."""

    def __init__(self, extractor: str) -> None:
        self.extractor = extractor

    def __getstate__(self) -> str:  # sent to every worker batch: the name is all it needs
        return self.extractor

    def __setstate__(self, state: str) -> None:
        self.extractor = state

    def predraft(self, ex: Extraction) -> Predraft:
        self.ex = ex
        self.org_ids: dict[str, str] = {}
        self.place_ids: dict[str, str] = {}
        self.person_ids: dict[str, str] = {}
        self.groups: set[str] = set()  # placeholders
        document: dict[str, Any] = {"source": self.source()}
        self.out = out = Predraft(document)
        places = self.places()
        organisations = self.organisations()
        out.org_ids = list(self.org_ids.values())
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
        del self.out, self.ex
        return out

    def org_ref(self, container: Any, key: Any, org_key: str) -> str:
        """The id of organisation `org_key`, noting where a group's id must go."""
        ident = self.org_ids[org_key]
        if ident in self.groups:
            self.out.subs.append((container, key, ident))
        return ident

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
        entries: list[dict[str, Any]] = []
        for key, place in self.ex.places.items():
            self.place_ids[key] = key
            if place.ref:  # declared in the reference data: this release mentions it
                entries.append({"id": place.ref})
                continue
            entry = {
                "id": key,
                "label": place.label,
                "type": place.kind,
                "evidence": place.span.evidence(),
            }
            self.out.steps.append((_PLACE, entry, key))
            entries.append(entry)
        return entries

    def organisations(self) -> list[dict[str, Any]]:
        entries = []
        for key, org in self.ex.orgs.items():
            entry: dict[str, Any]
            if org.ref:
                self.org_ids[key] = org.ref
                entry = {"id": org.ref}
            elif org.kind == "group":
                placeholder = f"\0group {len(self.groups)}"  # never a slug
                self.groups.add(placeholder)
                self.org_ids[key] = placeholder
                entry = {"id": placeholder, "type": "group", "label": org.label}
                slug, base = slugify(org.label), fresh_base(org.label)
                self.out.steps.append((_GROUP, entry, placeholder, slug, base, org.lead_force))
            else:
                ident = slugify(key)
                self.org_ids[key] = ident
                entry = {"id": ident, "type": org.kind, "label": org.label}
                self.out.steps.append((_ORG, entry, ident, org.lead_force))
            if org.unit_of:
                entry["unit_of"] = org.unit_of
            if org.based_in and org.based_in in self.place_ids:
                entry["based_in"] = self.place_ids[org.based_in]
            if org.operates_in:
                entry["operates_in"] = [
                    self.place_ids[p] for p in org.operates_in if p in self.place_ids
                ]
            if org.lead_force:
                entry["lead_force"] = org.lead_force
                if org.ref:
                    step = (_FIRST, entry, "lead_force", "organisation", org.ref, org.lead_force)
                    self.out.steps.append(step)
            if org.member_forces:
                entry["member_forces"] = list(org.member_forces)
            if not org.ref:
                entry["evidence"] = org.span.evidence()
            entries.append(entry)
        return entries

    def people(self) -> list[dict[str, Any]]:
        entries = []
        steps = self.out.steps
        for key, person in self.ex.people.items():
            ident = person.ref or slugify(person.name)
            entry: dict[str, Any] = {"id": ident}
            if not person.ref:
                entry["name"] = person.name
                entry["evidence"] = person.span.evidence()
                steps.append((_PERSON, entry, ident))
            self.person_ids[key] = ident
            if person.age is not None:
                entry["age"] = person.age
                steps.append((_FIRST, entry, "age", "person", ident, person.age))
            home = self.place_ids.get(person.town_key or "")
            if home:
                entry["based_in"] = home
                steps.append((_FIRST, entry, "based_in", "person", ident, home))
            posts = []
            for post in person.posts:
                org = self.org_ids.get(post.org_key, post.org_key)
                item: dict[str, Any] = {"role": post.role, "in": org}
                evidence = person.span.evidence()
                steps.append(
                    (_POST, entry, item, ident, post.role, org, post.label or "", evidence)
                )
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
            entry = {"id": ident, "label": name, "evidence": span.evidence()}
            self.out.steps.append((_OPERATION, entry, ident))
            entries.append(entry)
        return entries

    # figures and cases ---------------------------------------------------

    def figure(self, figure: FigureFact, top: bool) -> dict[str, Any]:
        entry: dict[str, Any] = {}
        if top:
            base = f"{self.ex.source_id}-{figure.measure}"
            if figure.item and figure.measure == "DrugsSeized":
                base += f"-{figure.item}"
            entry["id"] = None
            self.out.steps.append((_FRESH, entry, "figure", fresh_base(base)))
            entry["type"] = figure.kind
        entry["measure"] = figure.measure
        if top and figure.subject_key and figure.subject_key in self.org_ids:
            entry["subject"] = self.org_ref(entry, "subject", figure.subject_key)
        if figure.item:
            entry["item"] = figure.item
        entry["value"] = _number(figure.value)
        entry["qualifier"] = figure.qualifier
        entry["unit"] = figure.unit
        if top and figure.period:
            entry["period"] = figure.period
        entry["evidence"] = figure.span.evidence()
        return entry

    def org_list(self, keys: list[str]) -> list[str]:
        found: list[str] = []
        for key in keys:
            if key in self.org_ids:
                found.append(self.org_ref(found, len(found), key))
        return found

    def case(self, case: CaseFact) -> dict[str, Any]:
        entry: dict[str, Any] = {"id": None, "label": case.label}
        base = fresh_base(f"{self.ex.source_id}-{case.label}"[:60])
        self.out.steps.append((_FRESH, entry, "case", base))
        if case.offences:
            entry["offences"] = list(case.offences)
        groups = self.org_list(case.group_keys)
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
        led = self.org_list(case.led_by)
        if led:
            entry["led_by"] = led
        supporters = self.org_list(case.supported_by)
        if supporters:
            entry["supported_by"] = supporters
        if case.operation and case.operation in self.operation_ids:
            entry["operation"] = self.operation_ids[case.operation]
        if case.court and case.court in self.org_ids:
            entry["court"] = self.org_ref(entry, "court", case.court)
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
            if outcome.suspended_for_months is not None:
                item["suspended_for_months"] = outcome.suspended_for_months
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
