"""Curated YAML sources → checked records.

One YAML file per source under `data/sources/`. Loading is two passes over
the corpus: first every id is declared (so a reference to a record in another
file, or later in the same file, resolves), then each file is checked field by
field and turned into frozen records. See `docs/source-format.md` for the
format, with the seed file as the worked example.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import SourceError
from kg.records import (
    Award,
    Case,
    Evidence,
    Figure,
    Location,
    Money,
    Operation,
    Organisation,
    Person,
    Place,
    Post,
    Source,
    SourceRecords,
)
from kg.schema import Checker, Field, Index
from kg.vocab import Vocabulary
from kg.yamlio import LineDict, LineList

EVIDENCE = {
    "start": Field("count", True),
    "end": Field("count", True),
    "sentence": Field("text", True),
    "confidence": Field("confidence", True),
}
SOURCE = {
    "id": Field("slug", True),
    "title": Field("text", True),
    "publisher": Field("text"),
    "issued_by": Field("ref:organisation"),
    "year": Field("year"),
    "date": Field("date"),
    "period": Field("year"),
    "url": Field("url"),
    "description": Field("text"),
    "extracted": Field("flag"),
    "extractor": Field("text"),
}
ORGANISATION = {
    "id": Field("slug", True),
    "type": Field("choice:org-kind"),
    "label": Field("text"),
    "alt_labels": Field("list:text"),
    "description": Field("text"),
    "unit_of": Field("ref:organisation"),
    "lead_force": Field("ref:force"),
    "member_forces": Field("list:ref:force"),
    "operates_in": Field("list:ref:place"),
    "tasked_with": Field("list:ref:crime-type"),
    "based_in": Field("ref:place"),
    "member_count": Field("count"),
    "established": Field("text"),
    "same_as": Field("qid"),
    "evidence": Field("evidence"),
}
POST = {
    "role": Field("choice:role", True),
    "in": Field("ref:organisation", True),
    "label": Field("text"),
    "on_behalf_of": Field("list:ref:person"),
    "start": Field("date"),
    "end": Field("date"),
    "note": Field("text"),
    "evidence": Field("evidence"),
}
PERSON = {
    "id": Field("slug", True),
    "name": Field("text"),
    "named": Field("flag"),
    "age": Field("count"),
    "based_in": Field("ref:place"),
    "party": Field("text"),
    "posts": Field("posts"),
    "evidence": Field("evidence"),
}
PLACE = {
    "id": Field("slug", True),
    "label": Field("text"),
    "type": Field("choice:place-kind"),
    "alt_labels": Field("list:text"),
    "within": Field("list:ref:place"),
    "contains": Field("list:ref:place"),
    "description": Field("text"),
    "ons_code": Field("text"),
    "same_as": Field("qid"),
    "evidence": Field("evidence"),
}
_FIGURE_COMMON = {
    "value": Field("number"),
    "qualifier": Field("choice:qualifier"),
    "unit": Field("choice:unit"),
    "measure": Field("choice:measure"),
    "period": Field("year"),
    "item": Field("text"),
    "person_count": Field("count"),
    "legislation": Field("ref:legislation"),
    "label": Field("text"),
    "note": Field("text"),
    "evidence": Field("evidence"),
}
FIGURE = {
    "id": Field("slug", True),
    "type": Field("choice:figure-kind", True),
    **_FIGURE_COMMON,
    "measure": Field("choice:measure", True),
    "subject": Field("ref:organisation"),
}
CASE_FIGURE = {"id": Field("slug"), **_FIGURE_COMMON, "measure": Field("choice:measure", True)}
OUTCOME = {
    "id": Field("slug"),
    "type": Field("choice:outcome-kind", True),
    **_FIGURE_COMMON,
    "offender": Field("ref:person"),
    "suspended_for_months": Field("count"),
}
MONEY = {
    "id": Field("slug"),
    "kind": Field("choice:money-kind", True),
    "value": Field("number", True),
    "qualifier": Field("choice:qualifier"),
    "currency": Field("choice:unit"),
    "note": Field("text"),
    "evidence": Field("evidence"),
}
CASE = {
    "id": Field("slug", True),
    "label": Field("text", True),
    "offences": Field("list:ref:crime-type"),
    "groups": Field("list:ref:group"),
    "defendants": Field("list:ref:person"),
    "defendant_count": Field("count"),
    "defendant_description": Field("text"),
    "victim_description": Field("text"),
    "modus_operandi": Field("text"),
    "items": Field("list:text"),
    "places": Field("list:ref:place"),
    "led_by": Field("list:ref:organisation"),
    "supported_by": Field("list:ref:organisation"),
    "credited_to": Field("list:ref:organisation"),
    "operation": Field("ref:operation"),
    "court": Field("ref:court"),
    "stage": Field("choice:stage"),
    "year": Field("year"),
    "legislation": Field("list:ref:legislation"),
    "outcomes": Field("nested"),
    "amounts": Field("nested"),
    "figures": Field("nested"),
    "evidence": Field("evidence"),
}
OPERATION = {
    "id": Field("slug", True),
    "label": Field("text", True),
    "led_by": Field("list:ref:organisation"),
    "evidence": Field("evidence"),
}
AWARD = {
    "id": Field("slug", True),
    "label": Field("text", True),
    "recipient": Field("ref:organisation"),
    "year": Field("year"),
    "evidence": Field("evidence"),
}
SECTIONS = (
    "source",
    "organisations",
    "people",
    "places",
    "figures",
    "cases",
    "operations",
    "awards",
)
# section -> id space of what it declares
SPACES = {
    "organisations": "organisation",
    "people": "person",
    "places": "place",
    "figures": "figure",
    "cases": "case",
    "operations": "operation",
    "awards": "award",
}
NESTED_SUFFIX = {"outcomes": "outcome", "amounts": "amount", "figures": "figure"}
# Source ids name graphs ({base}graph/{id}); these names are taken by the build itself.
RESERVED_SOURCE_IDS = {"reference": "the reference tables", "vocabulary": "the ontology"}


def source_files(directory: Path) -> list[Path]:
    """The YAML source files of a folder, in a stable order."""
    if not directory.is_dir():
        return []
    # any case of suffix, as for text releases: "X.YAML" is no less a source
    return sorted(
        p for p in directory.iterdir() if p.suffix.lower() in (".yaml", ".yml") and p.is_file()
    )


def _entries(document: LineDict, section: str, path: Path) -> Iterator[LineDict]:
    value = document.get(section)
    if value is None:
        return
    if not isinstance(value, LineList):
        raise SourceError(path, document.line_of(section), section, "expected a list of entries")
    for item, line in zip(value, value.item_lines, strict=True):
        if not isinstance(item, LineDict):
            raise SourceError(path, line, section, f"expected an entry with fields, got {item!r}")
        yield item


def check_document(document: Any, path: Path) -> LineDict:
    """The top level: a mapping of known sections with a `source` section."""
    if not isinstance(document, LineDict):
        raise SourceError(path, 1, None, "expected a YAML mapping with a 'source' section")
    for key in document:
        if key not in SECTIONS:
            raise SourceError(
                path,
                document.line_of(key),
                key,
                f"unknown section (allowed: {', '.join(SECTIONS)})",
            )
    if "source" not in document:
        raise SourceError(path, 1, "source", "required section is missing (id and title)")
    return document


def declare(document: LineDict, path: Path, index: Index) -> None:
    """First pass: record every id the document introduces."""
    source = document["source"]
    if isinstance(source, LineDict) and isinstance(source.get("id"), str):
        if source["id"] in RESERVED_SOURCE_IDS:
            raise SourceError(
                path,
                source.line_of("id"),
                "source.id",
                f"expected an id other than '{source['id']}' "
                f"(its graph holds {RESERVED_SOURCE_IDS[source['id']]})",
            )
        index.declare("source", source["id"], "source", path, source.line_of("id"))
    for section, space in SPACES.items():
        for entry in _entries(document, section, path):
            ident = entry.get("id")
            if not isinstance(ident, str):
                continue
            if _is_extension(section, entry, index, space, ident):
                continue
            kind = str(entry.get("type", space))
            index.declare(space, ident, kind, path, entry.line_of("id"))
            if section == "cases":
                _declare_nested(entry, ident, path, index)


def _is_extension(section: str, entry: LineDict, index: Index, space: str, ident: str) -> bool:
    """An entry without its defining field adds facts to a record declared elsewhere."""
    defining = {"organisations": "type", "people": "name", "places": "label"}.get(section)
    return bool(defining) and defining not in entry and index.kind(space, ident) is not None


def _declare_nested(case: LineDict, case_id: str, path: Path, index: Index) -> None:
    for key, suffix in NESTED_SUFFIX.items():
        items = case.get(key)
        if isinstance(items, LineList):
            for number, item in enumerate(items, start=1):
                if isinstance(item, LineDict):
                    ident = item.get("id") or f"{case_id}-{suffix}-{number}"
                    space = "amount" if key == "amounts" else "figure"
                    index.declare(space, str(ident), suffix, path, item.line)


class SourceReader:
    """Second pass: turns one checked document into `SourceRecords`."""

    def __init__(self, path: Path, vocabulary: Vocabulary, index: Index) -> None:
        self.path = path
        self.checker = Checker(path, vocabulary, index)
        self.index = index
        self.source_id = ""

    def read(self, document: LineDict) -> SourceRecords:
        values = self.checker.check(
            document["source"], SOURCE, "source", document.line_of("source")
        )
        self.source_id = values["id"]
        source = Source(location=self.at(document["source"]), **values)
        return SourceRecords(
            source=source,
            organisations=tuple(
                self.organisation(e) for e in _entries(document, "organisations", self.path)
            ),
            people=tuple(self.person(e) for e in _entries(document, "people", self.path)),
            places=tuple(self.place(e) for e in _entries(document, "places", self.path)),
            figures=tuple(self.figure(e) for e in _entries(document, "figures", self.path)),
            cases=tuple(self.case(e) for e in _entries(document, "cases", self.path)),
            operations=tuple(
                self.simple(e, OPERATION, "operations", Operation)
                for e in _entries(document, "operations", self.path)
            ),
            awards=tuple(
                self.simple(e, AWARD, "awards", Award)
                for e in _entries(document, "awards", self.path)
            ),
        )

    def require_entry(self, item: Any, where: str, line: int) -> None:
        """A list item that should be a mapping of fields but is a plain value."""
        if not isinstance(item, LineDict):
            raise SourceError(
                self.path, line, where, f"expected an entry with fields, got {item!r}"
            )

    def at(self, entry: LineDict) -> Location:
        return Location(self.path, entry.line)

    def values(self, entry: LineDict, fields: dict[str, Field], where: str) -> dict[str, Any]:
        plain = {k: v for k, v in fields.items() if v.type not in ("evidence", "posts", "nested")}
        special = {k: entry[k] for k in fields if k not in plain and k in entry}
        stripped = LineDict((k, v) for k, v in entry.items() if k not in special)
        stripped.line, stripped.key_lines = entry.line, entry.key_lines
        values = self.checker.check(stripped, plain, where, entry.line, allowed=list(fields))
        if "evidence" in special:
            values["evidence"] = self.evidence(
                special["evidence"], where, entry.line_of("evidence")
            )
        return values

    def evidence(self, value: Any, where: str, line: int) -> Evidence:
        checked = self.checker.check(value, EVIDENCE, f"{where}.evidence", line)
        if checked["end"] < checked["start"]:
            raise SourceError(self.path, line, f"{where}.evidence.end", "expected end ≥ start")
        return Evidence(**checked)

    def organisation(self, entry: LineDict) -> Organisation:
        values = self.values(entry, ORGANISATION, "organisations")
        kind = values.pop("type", None)
        extends = kind is None
        if extends:
            kind = self.index.kind("organisation", values["id"])
            if kind is None:
                raise SourceError(
                    self.path,
                    entry.line,
                    "organisations.type",
                    f"required for a new organisation '{values['id']}' "
                    "(one of force, regional-unit, unit, agency, group, court)",
                )
        elif "label" not in values:
            raise SourceError(
                self.path, entry.line, "organisations.label", "required field is missing"
            )
        return Organisation(
            kind=str(kind),
            location=self.at(entry),
            source_id=self.source_id,
            extends=extends,
            **values,
        )

    def person(self, entry: LineDict) -> Person:
        values = self.values(entry, PERSON, "people")
        extends = "name" not in values
        if extends and self.index.kind("person", values["id"]) is None:
            raise SourceError(self.path, entry.line, "people.name", "required field is missing")
        posts = tuple(self.posts(entry, values["id"])) if "posts" in entry else ()
        return Person(
            name=values.pop("name", values["id"]),
            location=self.at(entry),
            source_id=self.source_id,
            posts=posts,
            extends=extends,
            **values,
        )

    def posts(self, entry: LineDict, holder: str) -> Iterator[Post]:
        items = entry["posts"]
        if not isinstance(items, LineList):
            raise SourceError(
                self.path,
                entry.line_of("posts"),
                "people.posts",
                "expected a list of posts (role, in)",
            )
        for item, line in zip(items, items.item_lines, strict=True):
            self.require_entry(item, "people.posts", line)
            values = self.values(item, POST, "people.posts")
            yield Post(
                holder=holder,
                organisation=values.pop("in"),
                location=self.at(item),
                source_id=self.source_id,
                **values,
            )

    def place(self, entry: LineDict) -> Place:
        """A new place needs its label and type; an id alone mentions a known one."""
        values = self.values(entry, PLACE, "places")
        known = self.index.kind("place", values["id"])
        declared_here = self.index.where("place", values["id"]) == (
            self.path,
            entry.line_of("id"),
        )
        extends = "label" not in values and not declared_here
        if not extends:
            for required in ("label", "type"):
                if required not in values:
                    raise SourceError(
                        self.path, entry.line, f"places.{required}", "required field is missing"
                    )
        elif "type" in values:
            raise SourceError(
                self.path,
                entry.line,
                "places.type",
                f"expected no type when mentioning the known place '{values['id']}' "
                "(or a label too, to declare a new one)",
            )
        return Place(
            kind=values.pop("type", None) or str(known),
            label=values.pop("label", None),
            location=self.at(entry),
            source_id=self.source_id,
            **values,
        )

    def figure(
        self,
        entry: LineDict,
        fields: dict[str, Field] = FIGURE,
        where: str = "figures",
        ident: str | None = None,
    ) -> Figure:
        values = self.values(entry, fields, where)
        kind = values.pop("type", "statistic")
        if ident is not None:
            values.setdefault("id", ident)
        self.check_figure(entry, values, where)
        if kind == "statistic" and "value" not in values:
            raise SourceError(
                self.path, entry.line, f"{where}.value", "required for a statistic (a number)"
            )
        return Figure(kind=kind, location=self.at(entry), source_id=self.source_id, **values)

    def check_figure(self, entry: LineDict, values: dict[str, Any], where: str) -> None:
        if "value" in values:
            values.setdefault("qualifier", "Exact")
            if "unit" not in values:
                raise SourceError(
                    self.path,
                    entry.line,
                    f"{where}.unit",
                    "required when a value is given (e.g. NUM, YR, KiloGM, GBP)",
                )
        elif "qualifier" in values or "unit" in values:
            raise SourceError(
                self.path,
                entry.line,
                f"{where}.value",
                "required when a qualifier or unit is given",
            )

    def case(self, entry: LineDict) -> Case:
        values = self.values(entry, CASE, "cases")
        case_id = values["id"]
        nested: dict[str, Any] = {}
        for key, suffix in NESTED_SUFFIX.items():
            items = entry.get(key)
            if items is None:
                continue
            if not isinstance(items, LineList):
                raise SourceError(self.path, entry.line_of(key), f"cases.{key}", "expected a list")
            for item, line in zip(items, items.item_lines, strict=True):
                self.require_entry(item, f"cases.{key}", line)
            nested[key] = tuple(
                self.nested(key, item, f"{case_id}-{suffix}-{number}")
                for number, item in enumerate(items, start=1)
            )
        count, named = values.get("defendant_count"), values.get("defendants", ())
        if count is not None and count < len(named):
            raise SourceError(
                self.path,
                entry.line_of("defendant_count"),
                "cases.defendant_count",
                f"expected at least the {len(named)} named defendant(s), got {count}",
            )
        return Case(location=self.at(entry), source_id=self.source_id, **values, **nested)

    def nested(self, key: str, item: Any, ident: str) -> Figure | Money:
        if key == "outcomes":
            return self.figure(item, OUTCOME, "cases.outcomes", ident)
        if key == "figures":
            return self.figure(item, CASE_FIGURE, "cases.figures", ident)
        values = self.values(item, MONEY, "cases.amounts")
        values.setdefault("id", ident)
        values.setdefault("qualifier", "Exact")
        return Money(location=self.at(item), source_id=self.source_id, **values)

    def simple(self, entry: LineDict, fields: dict[str, Field], where: str, cls: type) -> Any:
        values = self.values(entry, fields, where)
        return cls(location=self.at(entry), source_id=self.source_id, **values)


def read_sources(
    documents: Iterable[tuple[Path, LineDict]], vocabulary: Vocabulary, index: Index
) -> list[SourceRecords]:
    """Declare every id of every document, then read each one."""
    documents = list(documents)
    for path, document in documents:
        declare(document, path, index)
    return [SourceReader(path, vocabulary, index).read(document) for path, document in documents]
