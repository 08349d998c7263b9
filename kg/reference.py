"""Reference tables (`data/reference/*.csv`) → records shared by every source.

Forces, regional units and the dated memberships of forces in them, commissioners
and their posts, places and legislation.
Each row keeps the addresses in its `source` column(s) so the graph can say
where a reference fact was seen. Wikidata ids become `owl:sameAs` only from
the columns the reference README marks as verified (`wikidata`, never
`wikidata_unconfirmed`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import SourceError
from kg.ids import is_slug, slugify
from kg.records import (
    Legislation,
    Location,
    Membership,
    Organisation,
    Person,
    Place,
    Post,
    Source,
    SourceRecords,
)
from kg.schema import Index, date_problem

REFERENCE_ID = "reference"
URL = re.compile(r"https?://[^\s;,]+")
QID = re.compile(r"^Q[1-9]\d*$")
PLACE_KINDS = {"town", "county", "region", "sea"}

REQUIRED_COLUMNS = {
    "forces.csv": ("id", "name", "short_name", "wikidata", "alt_names", "source"),
    "rocus.csv": ("id", "name", "abbreviation", "member_forces", "lead_force", "is_rocu", "source"),
    "commissioners.csv": ("id", "force", "name", "role", "party", "from", "to", "source"),
    "places.csv": ("id", "name", "type", "county", "ons_code", "wikidata", "source"),
    "legislation.csv": ("id", "name", "year", "chapter", "legislation_uri", "web_url", "source"),
    "rocu_membership.csv": ("force", "rocu", "start", "end", "basis", "source"),
}


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows with their line numbers; a missing column is an error at line 1, a row with
    fewer or more fields than the header an error at its own line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SourceError(path, None, None, "expected UTF-8 text") from None
    except OSError as error:
        raise SourceError(path, None, None, f"cannot be read: {error.strerror}") from None
    # newline="" as the csv module wants: quoted cells may hold line breaks, and
    # splitlines() would also split at U+2028 and form feeds inside a cell.
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, [])
    missing = [c for c in REQUIRED_COLUMNS[path.name] if c not in header]
    if missing:
        raise SourceError(path, 1, missing[0], f"required column is missing ({', '.join(missing)})")
    for cells in reader:
        if not cells:
            continue  # a blank line
        if len(cells) != len(header):
            raise SourceError(
                path,
                reader.line_num,
                None,
                f"expected {len(header)} fields as in the header line, got {len(cells)}",
            )
        yield reader.line_num, {k: v.strip() for k, v in zip(header, cells, strict=True) if k}


def _urls(*cells: str) -> tuple[str, ...]:
    found: list[str] = []
    for cell in cells:
        for url in URL.findall(cell):
            url = url.rstrip(").")
            if url not in found:
                found.append(url)
    return tuple(found)


def _qid(path: Path, line: int, value: str) -> str | None:
    if not value:
        return None
    if not QID.match(value):
        raise SourceError(
            path, line, "wikidata", f"expected a Wikidata id like Q123, got {value!r}"
        )
    return value


def _alt_names(cell: str) -> tuple[str, ...]:
    names = [re.sub(r"\s*\[[^\]]*\]\s*$", "", part).strip() for part in cell.split(";")]
    return tuple(n for n in names if n)


def _date(value: str) -> str | None:
    """`value` when it is a date that exists; else None (the caller keeps it as a note)."""
    return value if date_problem(value) is None else None


# A membership date: "2010", "2013-10", "2014-04-01"; "by 2018-12" (it had happened by
# then, the true date may be earlier); "2001/2002" (sources disagree: it had happened by
# the later year).
_WHEN = re.compile(r"^(?:(by) )?(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:/(\d{4}))?$")
_WHEN_EXPECTED = "expected YYYY, YYYY-MM, YYYY-MM-DD, 'by YYYY-MM' or YYYY/YYYY"


def _when(path: Path, line: int, field: str, value: str) -> tuple[str | None, bool, str]:
    """(date, whether it is only a date by which it had happened, a note) for a cell."""
    value = value.strip()
    if not value:
        return None, False, ""
    match = _WHEN.match(value)
    if not match:
        raise SourceError(path, line, field, _WHEN_EXPECTED)
    by, date, later = match.groups()
    problem = date_problem(date)
    if problem is not None:
        raise SourceError(path, line, field, f"{problem}, got {value!r}")
    if later:
        return later, True, f"{field} given as {date} or {later} by different sources"
    return date, bool(by), ""


class ReferenceReader:
    """Reads the reference folder into one `SourceRecords` and declares its ids."""

    def __init__(self, directory: Path, index: Index) -> None:
        self.directory = directory
        self.index = index

    def path(self, name: str) -> Path:
        path = self.directory / name
        if not path.is_file():
            raise SourceError(path, None, None, "reference table is missing")
        return path

    def declare(self, space: str, ident: str, kind: str, path: Path, line: int) -> None:
        """Declare `ident`, an id of the same shape as those of curated sources (it
        becomes part of an IRI)."""
        if not is_slug(ident):
            raise SourceError(
                path,
                line,
                "id",
                f"expected an id of lower-case letters, digits and hyphens, got {ident!r}",
            )
        self.index.declare(space, ident, kind, path, line)

    def read(self) -> SourceRecords:
        forces = list(self.forces())
        force_labels = {
            f.id: (f.alt_labels[0] if f.alt_labels else f.label or f.id) for f in forces
        }
        places = list(self.places())
        people, posts_by_person = self.commissioners(force_labels)
        people_records = tuple(
            Person(
                id=person.id,
                name=person.name,
                location=person.location,
                source_id=REFERENCE_ID,
                party=person.party,
                posts=tuple(posts_by_person[person.id]),
                sources=person.sources,
            )
            for person in people
        )
        return SourceRecords(
            source=Source(
                id=REFERENCE_ID,
                title="soc-kg reference data: forces, regional units, commissioners, places, "
                "legislation",
                location=Location(self.directory),
                publisher="soc-kg",
                description="Hand-checked lookup tables; each entity cites the pages its facts "
                "were seen on.",
            ),
            organisations=(*forces, *self.rocus()),
            people=people_records,
            places=tuple(places),
            legislation=tuple(self.legislation()),
            memberships=tuple(self.memberships()),
        )

    def forces(self) -> Iterator[Organisation]:
        path = self.path("forces.csv")
        for line, row in _rows(path):
            ident = row["id"]
            kind = "agency" if ident == "nca" else "force"
            self.declare("organisation", ident, kind, path, line)
            alt = tuple(
                dict.fromkeys(
                    a
                    for a in (row["short_name"], *_alt_names(row["alt_names"]))
                    if a and a != row["name"]
                )
            )
            yield Organisation(
                id=ident,
                kind=kind,
                location=Location(path, line),
                source_id=REFERENCE_ID,
                label=row["name"],
                alt_labels=alt,
                police_uk_id=row.get("police_uk_id") or None,
                same_as=_qid(path, line, row["wikidata"]),
                sources=_urls(
                    row["source"], row.get("wikidata_source", ""), row.get("rocu_source", "")
                ),
            )

    def rocus(self) -> Iterator[Organisation]:
        path = self.path("rocus.csv")
        for line, row in _rows(path):
            if row["is_rocu"].lower() != "true":
                continue  # London has no ROCU; its forces stay unattached.
            ident = row["id"]
            self.declare("organisation", ident, "regional-unit", path, line)
            members = tuple(m.strip() for m in row["member_forces"].split(";") if m.strip())
            for member in members:
                if self.index.kind("organisation", member) != "force":
                    raise SourceError(path, line, "member_forces", f"unknown force '{member}'")
            lead = row["lead_force"] or None
            if lead and self.index.kind("organisation", lead) != "force":
                raise SourceError(path, line, "lead_force", f"unknown force '{lead}'")
            yield Organisation(
                id=ident,
                kind="regional-unit",
                location=Location(path, line),
                source_id=REFERENCE_ID,
                label=row["name"],
                alt_labels=tuple(a for a in (row["abbreviation"],) if a),
                lead_force=lead,
                member_forces=members,
                established=row.get("established") or None,
                sources=_urls(row["source"]),
            )

    def memberships(self) -> Iterator[Membership]:
        """Dated force memberships of regional units (after forces and units are declared)."""
        path = self.path("rocu_membership.csv")
        for line, row in _rows(path):
            if self.index.kind("organisation", row["force"]) != "force":
                raise SourceError(path, line, "force", f"unknown force '{row['force']}'")
            if self.index.kind("organisation", row["rocu"]) != "regional-unit":
                raise SourceError(path, line, "rocu", f"unknown regional unit '{row['rocu']}'")
            start, start_by, start_note = _when(path, line, "start", row["start"])
            end, end_by, end_note = _when(path, line, "end", row["end"])
            note = "; ".join(part for part in (start_note, end_note, row["basis"].strip()) if part)
            yield Membership(
                force=row["force"],
                unit=row["rocu"],
                location=Location(path, line),
                source_id=REFERENCE_ID,
                start=None if start_by else start,
                started_by=start if start_by else None,
                end=None if end_by else end,
                ended_by=end if end_by else None,
                note=note or None,
                sources=_urls(row["source"]),
            )

    def commissioners(
        self, force_labels: dict[str, str]
    ) -> tuple[list[Person], dict[str, list[Post]]]:
        path = self.path("commissioners.csv")
        people: dict[str, Person] = {}
        posts: dict[str, list[Post]] = {}
        for line, row in _rows(path):
            force = row["force"]
            if force not in force_labels:
                raise SourceError(path, line, "force", f"unknown force '{force}'")
            person_id = slugify(row["name"])
            if person_id not in people:
                self.declare("person", person_id, "person", path, line)
                people[person_id] = Person(
                    id=person_id,
                    name=row["name"],
                    location=Location(path, line),
                    source_id=REFERENCE_ID,
                    party=row["party"] or None,
                    sources=_urls(row["source"]),
                )
            title = row["role"].split("(")[0].strip()
            notes = (
                [f"Term start as recorded: {row['from']}."]
                if row["from"] and not _date(row["from"])
                else []
            )
            posts.setdefault(person_id, []).append(
                Post(
                    holder=person_id,
                    role="PoliceAndCrimeCommissioner",
                    organisation=force,
                    location=Location(path, line),
                    source_id=REFERENCE_ID,
                    label=f"{title} for {force_labels[force]}",
                    start=_date(row["from"]),
                    end=_date(row["to"]),
                    note=" ".join(notes) or None,
                    sources=_urls(row["source"]),
                )
            )
        return list(people.values()), posts

    def places(self) -> Iterator[Place]:
        path = self.path("places.csv")
        rows = list(_rows(path))
        ids = {row["id"] for _, row in rows}
        for line, row in rows:
            if row["type"] not in PLACE_KINDS:
                raise SourceError(
                    path,
                    line,
                    "type",
                    f"expected one of {', '.join(sorted(PLACE_KINDS))}, got {row['type']!r}",
                )
            self.declare("place", row["id"], row["type"], path, line)
        for line, row in rows:
            county = slugify(row["county"]) if row["county"] else ""
            within = (county,) if county in ids and county != row["id"] else ()
            yield Place(
                id=row["id"],
                label=row["name"],
                kind=row["type"],
                location=Location(path, line),
                source_id=REFERENCE_ID,
                within=within,
                ons_code=row["ons_code"] or None,
                same_as=_qid(path, line, row["wikidata"]),
                sources=_urls(
                    row["source"], row.get("ons_source", ""), row.get("wikidata_source", "")
                ),
            )

    def legislation(self) -> Iterator[Legislation]:
        path = self.path("legislation.csv")
        for line, row in _rows(path):
            if not row["legislation_uri"].startswith("http://www.legislation.gov.uk/id/"):
                raise SourceError(
                    path, line, "legislation_uri", "expected a legislation.gov.uk /id/ IRI"
                )
            if not row["year"].isdigit():
                raise SourceError(path, line, "year", f"expected a year, got {row['year']!r}")
            self.declare("legislation", row["id"], "legislation", path, line)
            yield Legislation(
                id=row["id"],
                label=row["name"],
                iri=row["legislation_uri"],
                year=int(row["year"]),
                chapter=row["chapter"],
                location=Location(path, line),
                source_id=REFERENCE_ID,
                web_url=row["web_url"] or None,
                sources=_urls(row["source"]),
            )
