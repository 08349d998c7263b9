"""Precision, recall and F1 of extraction against gold YAML, per fact type.

Facts are compared by what they say, never by ids (gold and draft ids are
chosen independently):

- organisations: a reference id, or (kind, label words); groups also match
  on the place they are based in;
- people: normalised name + role + organisation of each post (a person with
  no post counts once, as name alone); a ringleader's post matches in any crime
  group of the same release, whose description is worded freely;
- places: reference id or slug of the label, a town's long official name and
  its everyday short one alike ("Newcastle upon Tyne" and "Newcastle",
  "Kingston upon Hull" and "Hull");
- figures: measure + value + qualifier + unit (period figures and figures
  nested in cases alike);
- cases: set of offences + defendant count;
- sentences: outcome type + length + qualifier, a length in years and the
  same in months alike (orders of money are counted under money);
- money: value + currency + qualifier (case amounts and money orders).

A period figure's year is not part of its key (a wrong year would hide the right count);
matched period figures are checked for it apart, in `period_years`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from kg.errors import UsageError
from kg.extract.lexicon import AIRPORTS
from kg.ids import slugify

# "-upon-tyne", "-on-tees", "-in-furness", "-le-hole": what a town's everyday name leaves out.
TOWN_SUFFIX = re.compile(r"-(?:upon|on|under|in|le)-[a-z-]+$")
# "heathrow-airport": an airport named alone is the same place ("Heathrow")
AIRPORT_KEY = re.compile(rf"^({'|'.join(name.lower() for name in AIRPORTS)})-airport$")
# "south-west-england", "east-of-england": a compass region of England by its short name.
ENGLAND_REGION = re.compile(r"^((?:north|south)(?:-(?:east|west))?|east|west)(?:-of)?-england$")
FACT_TYPES = ("organisations", "people", "places", "figures", "cases", "sentences", "money")
CURRENCIES = ("GBP", "EUR", "USD")
STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "organised",
        "crime",
        "group",
        "gang",
        "ocg",
        "network",
        "unit",
        "team",
        "line",
        "county",
    ]
)


@dataclass(frozen=True)
class Fact:
    """One comparable fact: its type, a readable key and the values matched on."""

    type: str
    key: tuple[Any, ...]
    text: str
    period: int | None = field(default=None, compare=False)  # a period figure's year
    top: bool = field(default=False, compare=False)  # a release's own figure, in no case


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    """Scores per fact type, with the misses and false hits of each document."""

    scores: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in FACT_TYPES})
    misses: list[tuple[str, Fact]] = field(default_factory=list)
    false_hits: list[tuple[str, Fact]] = field(default_factory=list)
    documents: int = 0
    period_years: Score = field(default_factory=Score)  # matched period figures: year right?
    wrong_years: list[tuple[str, Fact, int | None]] = field(default_factory=list)

    @property
    def overall(self) -> Score:
        total = Score()
        for score in self.scores.values():
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
        return total


# Forces and agencies a unit's label may name either way ("PSNI Organised Crime Unit", "the
# Police Service of Northern Ireland's Organised Crime Unit")
ABBREVIATIONS = {
    "psni": "police service northern ireland",
    "nca": "national crime agency",
    "hmrc": "hm revenue customs",
    "gmp": "greater manchester police",
    "btp": "british transport police",
    "met": "metropolitan police",
    "mps": "metropolitan police service",
    "cps": "crown prosecution service",
}


def _words(label: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", label.lower())
    words = [part for word in words for part in ABBREVIATIONS.get(word, word).split()]
    return frozenset(w for w in words if w not in STOP)


def _number(value: Any) -> Decimal | None:
    if value is None:
        return None
    number = Decimal(str(value).replace(",", ""))
    return number.quantize(Decimal("0.01")).normalize()


def _declared(document: dict[str, Any], section: str) -> dict[str, dict[str, Any]]:
    return {str(d.get("id")): d for d in document.get(section) or [] if isinstance(d, dict)}


def folder_declarations(documents: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Organisations and places declared anywhere in a folder, first declaration first.

    A folder is one corpus: an entity shared by two releases is declared in the first
    that names them, and the second only refers to its id.
    """
    known: dict[str, dict[str, Any]] = {}
    for document in documents:
        for section in ("organisations", "places"):
            for ident, declared in _declared(document, section).items():
                if section == "places" and "label" not in declared:
                    continue  # a mention of a place declared elsewhere
                known.setdefault(f"{section}:{ident}", declared)
    return known


class Facts:
    """Comparable facts of one YAML-shaped document (gold or drafted)."""

    def __init__(
        self, document: dict[str, Any], shared: dict[str, dict[str, Any]] | None = None
    ) -> None:
        self.doc = document
        self.orgs = _declared(document, "organisations")
        self.places = _declared(document, "places")
        self.shared = shared or {}

    def _org(self, ident: str) -> dict[str, Any] | None:
        return self.orgs.get(ident) or self.shared.get(f"organisations:{ident}")

    def org_key(self, ident: str) -> tuple[Any, ...]:
        org = self._org(ident)
        if org is None or "type" not in org:
            return ("ref", ident)
        based = org.get("based_in")
        return (
            str(org["type"]),
            _words(str(org.get("label", ident))),
            self.place_key(based),
            slugify(str(org.get("label", ident))),
            ident,
        )

    def place_key(self, ident: Any) -> str | None:
        if ident is None:
            return None
        place = self.places.get(str(ident))
        if not place or "label" not in place:  # a mention: the declaration has the label
            place = self.shared.get(f"places:{ident}")
        key = slugify(str(place["label"])) if place else str(ident)
        key = re.sub(r"^the-|-region$", "", key)
        key = ENGLAND_REGION.sub(r"\1", key)
        key = AIRPORT_KEY.sub(r"\1", key)
        if key == "kingston-upon-hull":
            return "hull"
        return TOWN_SUFFIX.sub("", key)

    def all(self) -> Iterator[Fact]:
        yield from self.organisations()
        yield from self.people()
        yield from self.place_facts()
        yield from self.figures()
        yield from self.cases()

    def organisations(self) -> Iterator[Fact]:
        seen: set[Any] = set()
        for ident in self.org_ids():
            key = self.org_key(ident)
            marker = (key[0], key[1]) if key[0] == "ref" else (key[0], key[1], key[2])
            if marker in seen:
                continue
            seen.add(marker)
            yield Fact("organisations", key, self.org_text(ident))

    def org_text(self, ident: str) -> str:
        org = self._org(ident)
        return str(org.get("label")) if org and org.get("label") else ident

    def org_ids(self) -> Iterator[str]:
        yield from self.orgs
        for org in self.orgs.values():
            for key in ("lead_force", "unit_of"):
                if org.get(key):
                    yield str(org[key])
            for ident in org.get("member_forces") or []:
                yield str(ident)
        for person in self.doc.get("people") or []:
            for post in person.get("posts") or []:
                yield str(post.get("in"))
        for case in self.doc.get("cases") or []:
            for key in ("groups", "led_by", "supported_by", "credited_to"):
                for ident in case.get(key) or []:
                    yield str(ident)
            if case.get("court"):
                yield str(case["court"])
        for figure in self.doc.get("figures") or []:
            if figure.get("subject"):
                yield str(figure["subject"])

    def people(self) -> Iterator[Fact]:
        for person in self.doc.get("people") or []:
            if person.get("named") is False:
                continue
            name = " ".join(str(person.get("name") or person.get("id")).lower().split())
            if "name" not in person:
                name = str(person.get("id")).replace("-", " ")
            posts = person.get("posts") or []
            if not posts:
                yield Fact("people", (name, None, None), name)
            for post in posts:
                role = str(post.get("role"))
                org = self.org_key(str(post.get("in")))
                yield Fact("people", (name, role, org), f"{name} — {role} in {post.get('in')}")

    def place_facts(self) -> Iterator[Fact]:
        keys: list[str] = []

        def add(ident: Any) -> None:
            key = self.place_key(ident)
            if key and key not in keys:
                keys.append(key)

        for ident in self.places:
            add(ident)
        for org in self.orgs.values():
            for ident in org.get("operates_in") or []:
                add(ident)
            add(org.get("based_in"))
        for person in self.doc.get("people") or []:
            add(person.get("based_in"))
        for case in self.doc.get("cases") or []:
            for ident in case.get("places") or []:
                add(ident)
        for key in keys:
            yield Fact("places", (key,), key)

    def figures(self) -> Iterator[Fact]:
        top = list(self.doc.get("figures") or [])
        items = top + [f for case in self.doc.get("cases") or [] for f in case.get("figures") or []]
        for number, figure in enumerate(items):
            key = (
                str(figure.get("measure")),
                _number(figure.get("value")),
                str(figure.get("qualifier") or "Exact"),
                str(figure.get("unit")),
            )
            period = str(figure.get("period") or "")
            year = int(period) if period.isdigit() and number < len(top) else None
            yield Fact("figures", key, " ".join(str(k) for k in key), year, number < len(top))

    def cases(self) -> Iterator[Fact]:
        for case in self.doc.get("cases") or []:
            offences = frozenset(case.get("offences") or [])
            count = case.get("defendant_count")
            yield Fact("cases", (offences, count), f"{sorted(offences)} × {count}")
            for outcome in case.get("outcomes") or []:
                unit = outcome.get("unit")
                value = _number(outcome.get("value"))
                qualifier = str(outcome.get("qualifier") or "Exact")
                if unit in CURRENCIES:
                    yield Fact(
                        "money",
                        (value, str(unit), qualifier),
                        f"{outcome.get('type')} {qualifier} {value} {unit}",
                    )
                else:
                    shown = (str(outcome.get("type")), value, unit, qualifier)
                    # "six years and nine months" is 6.75 YR or 81 MO: one term either way
                    sentence = (
                        (shown[0], value * 12, "MO", qualifier)
                        if unit == "YR" and value is not None
                        else shown
                    )
                    yield Fact("sentences", sentence, " ".join(str(k) for k in shown))
            for money in case.get("amounts") or []:
                key = (
                    _number(money.get("value")),
                    str(money.get("currency") or "GBP"),
                    str(money.get("qualifier") or "Exact"),
                )
                yield Fact("money", key, f"{money.get('kind')} {key[2]} {key[0]} {key[1]}")


def _related(a: str, b: str) -> bool:
    from kg.extract.offences import ancestors

    broader = ancestors()
    return a == b or a in broader.get(b, frozenset()) or b in broader.get(a, frozenset())


def _same_offences(gold: frozenset[str], found: frozenset[str]) -> bool:
    """Each offence has an equal, broader or narrower one on the other side (SKOS)."""
    if not gold or not found:
        return gold == found
    return all(any(_related(g, f) for f in found) for g in gold) and all(
        any(_related(f, g) for g in gold) for f in found
    )


def _same(a: Fact, b: Fact) -> bool:
    if a.type == "cases":
        return a.key[1] == b.key[1] and _same_offences(a.key[0], b.key[0])
    if a.type != "organisations" and a.type != "people":
        return a.key == b.key
    if a.type == "people":
        if a.key[0] != b.key[0] or a.key[1] != b.key[1]:
            return False
        # a ringleader of the release's group, however each side described the group
        groups = a.key[2] and b.key[2] and a.key[2][0] == b.key[2][0] == "group"
        return bool(groups and a.key[1] == "Ringleader") or _same_org(a.key[2], b.key[2])
    return _same_org(a.key, b.key)


def _same_org(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    if a[0] == "ref" and b[0] == "ref":
        return bool(a == b)
    if a[0] == "ref" or b[0] == "ref":
        ref, declared = (a, b) if a[0] == "ref" else (b, a)
        return bool(ref[1] in (declared[3], declared[4]))
    if a[0] != b[0]:
        # one name typed two ways: a unit whose parent the text does not name may be
        # written as an agency ("East Midlands Fraud and Financial Investigation Unit")
        kinds = {a[0], b[0]}
        return bool(a[3] == b[3] and kinds <= {"unit", "agency", "regional-unit"})
    if a[0] == "group" and a[2] and a[2] == b[2]:
        return True
    words_a, words_b = a[1], b[1]
    if not words_a or not words_b:
        return bool(a[2] and a[2] == b[2])
    return len(words_a & words_b) / min(len(words_a), len(words_b)) >= 0.5


def compare(
    gold: list[Fact], found: list[Fact], same: Callable[[Fact, Fact], bool] = _same
) -> tuple[list[tuple[Fact, Fact]], list[Fact], list[Fact]]:
    """Greedy one-to-one matching: (pairs, misses, false hits). Facts equal in every part
    pair first, so a loose match ("Border Force" and "Organised Crime Task Force" share a
    word) cannot take the fact that another gold fact names exactly."""
    remaining = list(found)
    matched: dict[int, Fact] = {}
    for number, fact in enumerate(gold):
        exact = next((f for f in remaining if f.type == fact.type and f.key == fact.key), None)
        if exact is not None:
            remaining.remove(exact)
            matched[number] = exact
    pairs, misses = [], []
    for number, fact in enumerate(gold):
        match = matched.get(number) or next(
            (f for f in remaining if f.type == fact.type and same(fact, f)), None
        )
        if match is None:
            misses.append(fact)
            continue
        if number not in matched:
            remaining.remove(match)
        pairs.append((fact, match))
    return pairs, misses, remaining


def evaluate(
    gold_dir: Path,
    reference_dir: Path,
    jobs: int = 1,
    model: str | None = None,
) -> Evaluation:
    """Extract every DIR/*.txt (or .md) and compare with DIR/<same stem>.yaml."""
    from kg.extract import TEXT_SUFFIXES, draft_documents
    from kg.schema import Index

    texts = sorted(
        p
        for p in gold_dir.iterdir()
        if p.suffix.lower() in TEXT_SUFFIXES and p.with_suffix(".yaml").is_file()
    )
    if not texts:
        raise UsageError(f"{gold_dir}: no .txt or .md release with a .yaml gold file beside it")
    golds = read_golds([path.with_suffix(".yaml") for path in texts], reference_dir)
    drafted = draft_documents(texts, reference_dir, Index(), jobs=jobs, model=model)
    gold_shared = folder_declarations(golds)
    found_shared = folder_declarations([document for _, document in drafted])
    evaluation = Evaluation()
    for (path, document), gold in zip(drafted, golds, strict=True):
        gold_facts = list(Facts(gold, gold_shared).all())
        pairs, misses, false_hits = compare(gold_facts, list(Facts(document, found_shared).all()))
        for gold_fact, found_fact in pairs:
            if gold_fact.period is None or not found_fact.top:
                continue  # a case's figure in the draft has no period to check
            if gold_fact.period == found_fact.period:
                evaluation.period_years.tp += 1
            else:
                evaluation.period_years.fn += 1
                evaluation.wrong_years.append((path.stem, gold_fact, found_fact.period))
        for fact_type in FACT_TYPES:
            score = evaluation.scores[fact_type]
            n_gold = sum(1 for f in gold_facts if f.type == fact_type)
            n_miss = sum(1 for f in misses if f.type == fact_type)
            n_false = sum(1 for f in false_hits if f.type == fact_type)
            score.tp += n_gold - n_miss
            score.fn += n_miss
            score.fp += n_false
        evaluation.misses += [(path.stem, f) for f in misses]
        evaluation.false_hits += [(path.stem, f) for f in false_hits]
        evaluation.documents += 1
    return evaluation


def read_golds(paths: list[Path], reference_dir: Path) -> list[dict[str, Any]]:
    """The gold files, checked as `kg build` checks curated sources (a gold folder is one
    corpus), so a bad gold file is a one-line error at its line, never a score."""
    from kg.reference import ReferenceReader
    from kg.schema import Index
    from kg.sources import check_document, read_sources
    from kg.vocab import load_vocabulary
    from kg.yamlio import read_yaml

    index = Index()
    ReferenceReader(reference_dir, index).read()
    documents = [(path, check_document(read_yaml(path), path)) for path in paths]
    read_sources(documents, load_vocabulary(), index)
    return [document for _, document in documents]
