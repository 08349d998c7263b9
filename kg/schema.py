"""Field-by-field checking of source mappings, with messages a user can act on.

Each section of a source file is described by a table of `Field`s. `check`
walks one YAML mapping against its table and returns plain Python values;
every problem becomes a `SourceError` naming the file, the line and the field
and saying what was expected. References to other records are checked against
an `Index` of every id the corpus declares, so a typo fails at its own line.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kg.errors import SourceError
from kg.ids import is_slug
from kg.vocab import Vocabulary
from kg.yamlio import LineDict, LineList

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
YEARS = range(1800, 2101)  # what a four-digit `year` of a source or figure may be
ORG_KINDS = ("force", "regional-unit", "unit", "agency", "group", "court")
PLACE_KINDS = ("town", "county", "region", "sea", "place")
OUTCOME_KINDS = (
    "CustodialSentence",
    "SuspendedSentence",
    "CommunityOrder",
    "ConfiscationOrder",
    "CompensationOrder",
    "Outcome",
)
FIGURE_KINDS = ("statistic", "seizure")


@dataclass
class Index:
    """Every id the corpus declares, by id space, with where it was declared.

    Organisations share one space (their `kind` is kept to check a field that
    wants, say, a force); places, people, cases, operations, figures,
    legislation and awards each have their own.
    """

    spaces: dict[str, dict[str, tuple[str, Path, int]]] = field(default_factory=dict)

    def declare(self, space: str, ident: str, kind: str, path: Path, line: int) -> None:
        known = self.spaces.setdefault(space, {})
        if ident in known:
            _, first_path, first_line = known[ident]
            raise SourceError(
                path,
                line,
                "id",
                f"duplicate {space} id '{ident}' (first at {first_path}:{first_line})",
            )
        known[ident] = (kind, path, line)

    def kind(self, space: str, ident: str) -> str | None:
        entry = self.spaces.get(space, {}).get(ident)
        return entry[0] if entry else None

    def where(self, space: str, ident: str) -> tuple[Path, int] | None:
        """The file and line that declared `ident`, if any."""
        entry = self.spaces.get(space, {}).get(ident)
        return (entry[1], entry[2]) if entry else None

    def ids(self, space: str) -> list[str]:
        return sorted(self.spaces.get(space, {}))


@dataclass(frozen=True)
class Field:
    """One allowed key of a section: its type and whether it must be present."""

    type: str
    required: bool = False


@dataclass
class Checker:
    """Checks mappings of one file; knows the vocabulary and the corpus index."""

    path: Path
    vocabulary: Vocabulary
    index: Index

    def fail(self, line: int | None, name: str | None, expected: str) -> SourceError:
        return SourceError(self.path, line, name, expected)

    def check(
        self,
        mapping: Any,
        fields: Mapping[str, Field],
        where: str,
        line: int | None,
        allowed: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """Return the checked values of `mapping`, or raise at the first problem.

        `allowed` lists every key the section accepts when some of them (evidence,
        posts, nested lists) are checked by the caller instead of here.
        """
        names = list(allowed or fields)
        if not isinstance(mapping, LineDict):
            raise self.fail(line, where, f"expected a mapping of {', '.join(names)}")
        for key in mapping:
            if key not in names:
                close = difflib.get_close_matches(key, names, n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                raise self.fail(
                    mapping.line_of(key),
                    f"{where}.{key}",
                    f"unknown field{hint} (allowed: {', '.join(names)})",
                )
        values: dict[str, Any] = {}
        for name, spec in fields.items():
            if name not in mapping or mapping[name] is None:
                if spec.required:
                    raise self.fail(mapping.line, f"{where}.{name}", "required field is missing")
                continue
            values[name] = self.convert(
                mapping[name], spec.type, f"{where}.{name}", mapping.line_of(name)
            )
        return values

    def convert(self, value: Any, type_: str, name: str, line: int) -> Any:
        """Convert one value according to its type name (see `CONVERTERS`)."""
        if type_.startswith("list:"):
            item_type = type_[len("list:") :]
            if isinstance(value, str | int) and not isinstance(value, bool):
                value = LineList([value])
                value.line, value.item_lines = line, [line]
            if not isinstance(value, LineList):
                raise self.fail(line, name, f"expected a list of {item_type}")
            return tuple(
                self.convert(item, item_type, f"{name}[{i}]", item_line)
                for i, (item, item_line) in enumerate(zip(value, value.item_lines, strict=True))
            )
        if type_.startswith("ref:"):
            return self.reference(value, type_[len("ref:") :], name, line)
        if type_.startswith("choice:"):
            return self.choice(value, type_[len("choice:") :], name, line)
        return CONVERTERS[type_](self, value, name, line)

    def reference(self, value: Any, wanted: str, name: str, line: int) -> str:
        """A slug that must name a declared record of the wanted space or org kind."""
        ident = self.slug(value, name, line)
        space = "organisation" if wanted in ORG_KINDS or wanted == "organisation" else wanted
        if space == "crime-type":
            if ident not in self.vocabulary.crime_types:
                raise self.unknown(
                    ident, "crime type", sorted(self.vocabulary.crime_types), name, line
                )
            return ident
        kind = self.index.kind(space, ident)
        if kind is None:
            raise self.unknown(ident, space, self.index.ids(space), name, line)
        if (
            wanted in ORG_KINDS
            and kind != wanted
            and not (wanted == "unit" and kind == "regional-unit")
        ):
            raise self.fail(line, name, f"expected a {wanted}, '{ident}' is a {kind}")
        return ident

    def unknown(self, ident: str, what: str, known: list[str], name: str, line: int) -> SourceError:
        close = difflib.get_close_matches(ident, known, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return self.fail(line, name, f"unknown {what} '{ident}'{hint}")

    def choice(self, value: Any, vocabulary: str, name: str, line: int) -> str:
        allowed = sorted(CHOICES[vocabulary](self.vocabulary))
        if not isinstance(value, str) or value not in allowed:
            close = difflib.get_close_matches(str(value), allowed, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise self.fail(
                line, name, f"expected one of {', '.join(allowed)}, got {value!r}{hint}"
            )
        return value

    def slug(self, value: Any, name: str, line: int) -> str:
        if not isinstance(value, str) or not is_slug(value):
            raise self.fail(
                line,
                name,
                f"expected an id of lower-case letters, digits and hyphens, got {value!r}",
            )
        return value


def _text(checker: Checker, value: Any, name: str, line: int) -> str:
    if (
        isinstance(value, bool)
        or not isinstance(value, str | int | float)
        or not str(value).strip()
    ):
        raise checker.fail(line, name, f"expected text, got {value!r}")
    return " ".join(str(value).split())


def _count(checker: Checker, value: Any, name: str, line: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise checker.fail(line, name, f"expected a whole number ≥ 0, got {value!r}")
    return value


def _number(checker: Checker, value: Any, name: str, line: int) -> Decimal:
    if isinstance(value, bool):
        raise checker.fail(line, name, f"expected a number ≥ 0, got {value!r}")
    try:
        number = Decimal(str(value).replace(",", "").replace("_", ""))
    except InvalidOperation:
        raise checker.fail(line, name, f"expected a number ≥ 0, got {value!r}") from None
    if not number.is_finite() or number < 0:
        raise checker.fail(line, name, f"expected a number ≥ 0, got {value!r}")
    return Decimal(int(number)) if number == number.to_integral() else number.normalize()


def _year(checker: Checker, value: Any, name: str, line: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in YEARS:
        raise checker.fail(line, name, f"expected a four-digit year, got {value!r}")
    return value


def date_problem(text: str) -> str | None:
    """What `text` lacks to be a date YYYY, YYYY-MM or YYYY-MM-DD ("expected …"), or None.

    The shape alone lets '2019-13-45' or '2019-02-30' through, which no RDF
    tool can read as an xsd:date, so the date must also exist.
    """
    if not DATE.match(text):
        return "expected a date YYYY, YYYY-MM or YYYY-MM-DD"
    try:
        datetime.date.fromisoformat(text + "-01" * (2 - text.count("-")))
    except ValueError:
        return f"expected a real date {('YYYY', 'YYYY-MM', 'YYYY-MM-DD')[text.count('-')]}"
    return None


def _date(checker: Checker, value: Any, name: str, line: int) -> str:
    text = str(value)
    problem = date_problem("" if isinstance(value, bool) else text)
    if problem is not None:
        raise checker.fail(line, name, f"{problem}, got {value!r}")
    return text


def _flag(checker: Checker, value: Any, name: str, line: int) -> bool:
    if not isinstance(value, bool):
        raise checker.fail(line, name, f"expected true or false, got {value!r}")
    return value


def _url(checker: Checker, value: Any, name: str, line: int) -> str:
    if not isinstance(value, str) or not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", value):
        raise checker.fail(line, name, f"expected an http(s) URL, got {value!r}")
    return value


def _confidence(checker: Checker, value: Any, name: str, line: int) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise checker.fail(line, name, f"expected a confidence between 0 and 1, got {value!r}")
    return float(value)


def _slug(checker: Checker, value: Any, name: str, line: int) -> str:
    return checker.slug(value, name, line)


def _qid(checker: Checker, value: Any, name: str, line: int) -> str:
    if not isinstance(value, str) or not re.match(r"^Q[1-9]\d*$", value):
        raise checker.fail(line, name, f"expected a Wikidata id like Q123, got {value!r}")
    return value


CONVERTERS: dict[str, Callable[[Checker, Any, str, int], Any]] = {
    "text": _text,
    "count": _count,
    "number": _number,
    "year": _year,
    "date": _date,
    "flag": _flag,
    "url": _url,
    "confidence": _confidence,
    "slug": _slug,
    "qid": _qid,
}

CHOICES: dict[str, Callable[[Vocabulary], Any]] = {
    "qualifier": lambda v: v.qualifiers,
    "measure": lambda v: v.measures,
    "role": lambda v: v.roles,
    "stage": lambda v: v.stages,
    "money-kind": lambda v: v.money_kinds,
    "unit": lambda v: v.units.keys(),
    "org-kind": lambda v: ORG_KINDS,
    "place-kind": lambda v: PLACE_KINDS,
    "outcome-kind": lambda v: OUTCOME_KINDS,
    "figure-kind": lambda v: FIGURE_KINDS,
}
