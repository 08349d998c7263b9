"""Offence wording → crime types of the ontology's SKOS scheme.

The lexicon's legal and press phrasings come first (most specific first);
then every skos:prefLabel and skos:altLabel of `ontology/crime-types.ttl`,
so a phrasing added to the ontology is recognised without a code change. A
general match inside text a specific one already covered is dropped:
"boiler room fraud" gives boiler-room-fraud, not also fraud.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rdflib.namespace import SKOS

from kg.extract.caseless import lower_twin
from kg.extract.cues import Cues
from kg.extract.lexicon import OFFENCES
from kg.namespaces import CRIME_TYPE_IRI
from kg.vocab import load_vocabulary, ontology_graph

# Words that belong to an offence phrase and should not trigger a second match.
TRAILING = re.compile(
    r"(?:[\s-]+(?:fraud|scams?|offences?|insurance|conspiracy|ring|gang|network|plot)\b)+"
)


# Words (lower case) at least one of which every match contains, for lexicon rules
# (keyed by their first candidate crime type) whose patterns `triggers` cannot read a
# word from (each top-level alternative of
# the rule was checked by hand for one of these). These rules ran on every sentence.
HAND_TRIGGERS: dict[str, tuple[str, ...]] = {
    "counterfeiting": ("counterfeit", "trade", "fake", "knock-off"),
    "courier-fraud": ("courier", "posed", "posing", "pretend", "claim", "impersonat"),
    "drug-importation": (
        "import",
        "smuggl",
        "evasion",
        "bring",
        "brought",
        "fly",
        "flew",
        "flown",
        "ship",
    ),
    "drug-supply": (
        "supply",
        "drug",
        "intent",
        "dealing",
        "cocaine",
        "heroin",
        "crack",
        "amphetamine",
        "ketamine",
        "mdma",
        "class a",
    ),
    "firearms-supply": ("suppl", "gun", "firearm", "pistol", "revolver", "weapon", "ammunition"),
    "firearms": ("possess", "firearm"),
    "tax-fraud": (
        "fraud",
        "vat",
        "duty",
        "revenue",
        "evasion",
        "trader",
        "smuggl",
        "cigarette",
        "tobacco",
        "launder",  # "laundered fuel", "laundering 1m litres of diesel"
    ),
    "people-smuggling": ("smuggl", "facilitat", "immigration", "boat", "migrants", "asylum"),
    "vehicle-crime": ("theft", "steal", "stole", "vehicle"),
    "theft": ("theft", "steal", "stole", "thieves"),
}


@dataclass(frozen=True)
class OffenceRule:
    pattern: re.Pattern[str]
    slug: str
    triggers: tuple[str, ...] = ()  # the text must contain one of these (empty: always run)
    lower: re.Pattern[str] | None = None  # the same, for lower-cased text (kg.extract.caseless)


def _rule(pattern: str, slug: str, needed: tuple[str, ...]) -> OffenceRule:
    compiled = re.compile(pattern, re.IGNORECASE)
    try:
        lower = lower_twin(compiled)
    except ValueError:
        lower = None
    return OffenceRule(compiled, slug, needed, lower)


@lru_cache(maxsize=1)
def offence_rules() -> tuple[OffenceRule, ...]:
    """Lexicon rules resolved to defined crime types, then ontology labels."""
    known = load_vocabulary().crime_types
    rules = []
    for pattern, candidates in OFFENCES:
        slug = next((c for c in candidates if c in known), None)
        if slug:
            needed = triggers(pattern) or HAND_TRIGGERS.get(candidates[0], ())
            rules.append(_rule(pattern, slug, needed))
    labels = []
    graph = ontology_graph()
    for predicate in (SKOS.prefLabel, SKOS.altLabel):
        for concept, label in graph.subject_objects(predicate):
            iri = str(concept)
            if iri.startswith(CRIME_TYPE_IRI) and len(iri) > len(CRIME_TYPE_IRI):
                text = str(label).replace("-", " ").strip()
                if len(text) > 3:
                    labels.append((text, iri[len(CRIME_TYPE_IRI) :]))
    for text, slug in sorted(labels, key=lambda item: (-len(item[0]), item[0])):
        words = r"[\s-]+".join(re.escape(w) for w in text.split())
        trigger = max(text.lower().split(), key=len)
        rules.append(_rule(rf"\b{words}\b", slug, (trigger,)))
    return tuple(rules)


@lru_cache(maxsize=1)
def ancestors() -> dict[str, frozenset[str]]:
    """Crime type → every broader crime type (skos:broader, transitively)."""
    graph = ontology_graph()
    parents: dict[str, set[str]] = {}
    for child, parent in graph.subject_objects(SKOS.broader):
        c, p = str(child), str(parent)
        if c.startswith(CRIME_TYPE_IRI) and p.startswith(CRIME_TYPE_IRI):
            parents.setdefault(c[len(CRIME_TYPE_IRI) :], set()).add(p[len(CRIME_TYPE_IRI) :])
    result: dict[str, frozenset[str]] = {}
    for slug in parents:
        seen: set[str] = set()
        todo = list(parents[slug])
        while todo:
            item = todo.pop()
            if item not in seen:
                seen.add(item)
                todo += parents.get(item, set())
        result[slug] = frozenset(seen)
    return result


def most_specific(slugs: list[str]) -> list[str]:
    """Drop a crime type when a narrower one is also named ("fraud" beside "courier fraud"),
    and drug trafficking when the supply or importation it loosely stands for is named
    (the scheme's scope note on ct:drug-trafficking)."""
    broader = ancestors()
    covered = set().union(*(broader.get(s, frozenset()) for s in slugs)) if slugs else set()
    if TRAFFICKING_NAMED.intersection(slugs):
        covered.add("drug-trafficking")
    return [s for s in slugs if s not in covered or s in CHARGES]


# What "drug trafficking" stands for when a release also names it.
TRAFFICKING_NAMED = frozenset({"drug-supply", "drug-importation", "county-lines"})


# Offences releases name as charges; kept beside a narrower type ("county lines"
# and "conspiracy to supply" are both said of one case).
CHARGES = frozenset({"drug-supply", "firearms-supply", "people-smuggling", "money-laundering"})


def find_offences(text: str) -> list[tuple[str, int, int]]:
    """(crime-type slug, start, end) for each offence named in `text`, in text order."""
    return list(_find_offences(text))


# Words that make a crime type's name part of another offence: "possession of a firearm
# with intent to cause fear of violence" is a firearms offence, no violence done.
NOT_THIS_OFFENCE_AFTER = {"violence": re.compile(r"\bfear\s+of\s+$")}


@lru_cache(maxsize=4096)
def _find_offences(text: str) -> tuple[tuple[str, int, int], ...]:
    covered: list[tuple[int, int]] = []
    found: list[tuple[str, int, int]] = []
    lowered = text.lower()
    always, _ = _rule_index()
    chosen = set(always)
    cues, unlocks = _trigger_cues()
    for trigger in cues.present(lowered):  # the triggers `trigger in lowered` finds
        chosen.update(unlocks[trigger])
    rules = offence_rules()
    same_length = len(lowered) == len(text)
    for index in sorted(chosen):
        rule = rules[index]
        if rule.lower is not None and same_length:
            matches = rule.lower.finditer(lowered)  # same offsets, faster without IGNORECASE
        else:
            matches = rule.pattern.finditer(text)
        for match in matches:
            start, end = match.span()
            if any(start < e and s < end for s, e in covered):
                continue
            before = NOT_THIS_OFFENCE_AFTER.get(rule.slug)
            if before is not None and before.search(lowered, max(0, start - 20), start):
                continue
            tail = TRAILING.match(text, end)
            if tail:
                end = tail.end()
            covered.append((start, end))
            found.append((rule.slug, start, end))
    return tuple(sorted(found, key=lambda item: item[1]))


@lru_cache(maxsize=1)
def _rule_index() -> tuple[tuple[int, ...], tuple[tuple[str, tuple[int, ...]], ...]]:
    """Rules without triggers, and trigger → the rules it unlocks (positions, in order).

    One substring test per trigger then picks the rules to run, instead of testing
    every rule's triggers against the set of triggers present.
    """
    rules = offence_rules()
    always = tuple(i for i, rule in enumerate(rules) if not rule.triggers)
    by_trigger: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for trigger in rule.triggers:
            by_trigger.setdefault(trigger, []).append(i)
    return always, tuple((t, tuple(ix)) for t, ix in by_trigger.items())


@lru_cache(maxsize=1)
def _trigger_cues() -> tuple[Cues, dict[str, tuple[int, ...]]]:
    """The triggers as `Cues` (one pass over a text's words), and what each unlocks."""
    _, by_trigger = _rule_index()
    return Cues(t for t, _ in by_trigger), dict(by_trigger)


def warm() -> None:
    """Load the crime-type vocabulary and compile the rules now (once per process)."""
    _rule_index()
    _trigger_cues()
    ancestors()


@lru_cache(maxsize=1)
def all_triggers() -> frozenset[str]:
    return frozenset(t for rule in offence_rules() for t in rule.triggers)


def triggers(pattern: str) -> tuple[str, ...]:
    """Literal words a text must contain for `pattern` to match (empty: always try).

    For each top-level alternative, its first run of three or more letters outside
    any group and not made optional; an alternative without one means no trigger.
    """
    branches, depth, current = [], 0, ""
    for char in pattern:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "|" and depth == 0:
            branches.append(current)
            current = ""
        else:
            current += char
    branches.append(current)
    found = []
    for branch in branches:
        flat, depth, escaped = "", 0, False
        for char in branch:
            if escaped:
                flat += " "
                escaped = False
            elif char == "\\":
                escaped = True
                flat += " "
            elif char == "(":
                depth += 1
                flat += " "
            elif char == ")":
                depth -= 1
                flat += "#"  # a group's quantifier may follow
            elif char == "[":
                depth += 1
                flat += " "
            elif char == "]":
                depth -= 1
                flat += "#"
            else:
                flat += char if depth == 0 else " "
        words = [
            m.group(1)
            for m in re.finditer(r"([a-z]{3,})(?![a-z]*[?*{])", flat.lower())
            if flat[m.end() : m.end() + 1] not in ("?", "*")
        ]
        if not words:
            return ()
        found.append(words[0][:-1] if len(words[0]) > 4 else words[0])
    return tuple(dict.fromkeys(found))
