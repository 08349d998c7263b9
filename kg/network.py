"""RDF dataset → a networkx graph of entities, shared by `kg viz`, `stats`, `path`, `export`.

Entities (units, forces, people, posts, cases, groups, places, crime types …) become nodes
named by their `rdfs:label`; object properties between entities become edges named by the
property's label from the ontology (or a prefixed local name). Everything else about an
entity (literals, links to vocabulary concepts such as a role) becomes a *fact* on the node,
each with the source document it came from.

Figures (statistics, outcomes, seizures, money amounts) are folded into the entity they
describe by default: an analyst reading ERSOU's card wants "more than 380 arrests (2019)"
there, and a star of tiny figure nodes around every unit would inflate degree and
betweenness. A figure's own links (an outcome's offender, the legislation an order was made
under) are carried over to that entity, so no connection is lost. `fold_figures=False`
keeps figures as small nodes labelled with the same readable text.

The graph is undirected and simple (several properties between the same two entities
become one edge whose label lists them) because connectivity analysis asks who is connected
to whom; each edge keeps the RDF direction in its `source_iri`/`target_iri` attributes.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SKOS

from kg.errors import UsageError
from kg.namespaces import CUR, ORG, PREFIXES, PROV, QUDT_UNIT, SCHEMA, SOC
from kg.prefixes import DEFAULT_BASE

SH_IRI = "http://www.w3.org/ns/shacl#"

# Display classes, most specific first: (class, colour, vis-network shape).
# The first class in this list that a node has becomes its kind.
STYLES: list[tuple[URIRef, str, str]] = [
    (SOC.RegionalUnit, "#d62728", "star"),
    (SOC.PoliceForce, "#1f77b4", "square"),
    (SOC.Agency, "#17becf", "square"),
    (ORG.OrganizationalUnit, "#ff7f0e", "star"),
    (SOC.OrganisedCrimeGroup, "#8c2d04", "triangle"),
    (SOC.Court, "#7f7f7f", "square"),
    (FOAF.Person, "#2ca02c", "dot"),
    (ORG.Post, "#98df8a", "dot"),
    (SOC.Case, "#9467bd", "diamond"),
    (SOC.Operation, "#c5b0d5", "diamond"),
    (SOC.CrimeType, "#e377c2", "triangleDown"),
    (SOC.Town, "#bcbd22", "hexagon"),
    (SOC.County, "#dbdb8d", "hexagon"),
    (SOC.Region, "#a6a61c", "hexagon"),
    (SOC.Sea, "#9edae5", "hexagon"),
    (SOC.Place, "#bcbd22", "hexagon"),
    (SOC.Legislation, "#8c564b", "square"),
    (SOC.Award, "#ffbb78", "star"),
    (SOC.CustodialSentence, "#555555", "dot"),
    (SOC.SuspendedSentence, "#777777", "dot"),
    (SOC.ConfiscationOrder, "#aa8800", "dot"),
    (SOC.CompensationOrder, "#ccaa00", "dot"),
    (SOC.CommunityOrder, "#999999", "dot"),
    (SOC.Outcome, "#666666", "dot"),
    (SOC.Statistic, "#4d4d4d", "dot"),
    (SOC.Seizure, "#6b6ecf", "dot"),
    (SOC.MoneyAmount, "#e7ba52", "dot"),
    (SOC.Figure, "#4d4d4d", "dot"),
    (ORG.Organization, "#aec7e8", "square"),
]
EXTRA_COLOURS = ["#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#31a354"]
OTHER_KIND = "Other"

FIGURE_CLASSES = {
    SOC.Statistic,
    SOC.Seizure,
    SOC.MoneyAmount,
    SOC.Figure,
    SOC.Outcome,
    SOC.CustodialSentence,
    SOC.SuspendedSentence,
    SOC.ConfiscationOrder,
    SOC.CompensationOrder,
    SOC.CommunityOrder,
}
# Types whose instances are vocabulary or bookkeeping, never network entities.
NON_ENTITY_TYPES = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.Ontology,
    RDF.Property,
    RDFS.Class,
    SKOS.ConceptScheme,
    SOC.Qualifier,
    SOC.Measure,
    SOC.Stage,
    SOC.MoneyKind,
    SOC.Role,
    SOC.SourceDocument,
    SOC.ExtractionRun,
    URIRef(SH_IRI + "NodeShape"),
    URIRef(SH_IRI + "PropertyShape"),
}
# in order of preference; names and titles label data that has no rdfs:label
LABEL_PROPERTIES = (RDFS.label, SKOS.prefLabel, FOAF.name, SCHEMA.name, DCTERMS.title)
# plain URIRefs for the hot loops: DefinedNamespace attribute access is slow
TYPE = URIRef(str(RDF.type))
DERIVED_FROM = URIRef(str(PROV.wasDerivedFrom))
ALT_LABEL = URIRef(str(SKOS.altLabel))
BROADER = URIRef(str(SKOS.broader))
SUBJECT = URIRef(str(SOC.subject))
INVERSE_OF = URIRef(str(OWL.inverseOf))
SOURCE_DOCUMENT = URIRef(str(SOC.SourceDocument))
CRIME_TYPE = URIRef(str(SOC.CrimeType))
NAME_PROPERTIES = frozenset({URIRef(str(FOAF.name)), URIRef(str(SCHEMA.name))})
LABEL_SET = frozenset(URIRef(str(p)) for p in LABEL_PROPERTIES)
VOCABULARY_KEPT = frozenset({BROADER, ALT_LABEL, URIRef(str(SKOS.definition)), *LABEL_SET})
# Properties used to build the figure text; not repeated as separate facts.
FIGURE_TEXT_PROPERTIES = {
    SOC.value,
    SOC.qualifier,
    SOC.unit,
    SOC.measure,
    SOC.item,
    SOC.period,
    SOC.personCount,
    SOC.moneyKind,
    SOC.subject,
}
# Bookkeeping properties that would only clutter an analyst's card.
HIDDEN_PROPERTIES = frozenset(
    URIRef(str(p))
    for p in (PROV.wasGeneratedBy, SOC.spanStart, SOC.spanEnd, SOC.confidence, SOC.evidence)
)
# Inverse pairs (kept, dropped): an inverse triple is read as the kept property pointing
# the other way, so "holds" and "held by" never make two labels on one link.
KNOWN_INVERSES = [
    (ORG.holds, ORG.heldBy),
    (ORG.postIn, ORG.hasPost),
    (ORG.unitOf, ORG.hasUnit),
    (ORG.memberOf, ORG.hasMember),
    (ORG.subOrganizationOf, ORG.hasSubOrganization),
    (SKOS.broader, SKOS.narrower),
]
# English labels for terms of the W3C and common vocabularies the contract reuses, used
# when the dataset's vocabulary graph does not label them; anything else unlabelled is
# shown by its prefixed name (org:foo).
KNOWN_LABELS = {
    ORG.holds: "holds",
    ORG.heldBy: "held by",
    ORG.postIn: "post in",
    ORG.hasPost: "has post",
    ORG.role: "role",
    ORG.unitOf: "unit of",
    ORG.hasUnit: "has unit",
    ORG.memberOf: "member of",
    ORG.hasMember: "has member",
    ORG.subOrganizationOf: "part of",
    ORG.hasSubOrganization: "has part",
    ORG.headOf: "head of",
    ORG.basedAt: "based at",
    SKOS.broader: "broader",
    SKOS.narrower: "narrower",
    SKOS.definition: "definition",
    SKOS.note: "note",
    SKOS.inScheme: "in scheme",
    RDFS.comment: "comment",
    RDFS.seeAlso: "see also",
    OWL.sameAs: "same as",
    FOAF.name: "name",
    FOAF.page: "web page",
    FOAF.homepage: "home page",
    DCTERMS.title: "title",
    DCTERMS.description: "description",
    DCTERMS.date: "date",
    DCTERMS.publisher: "publisher",
    DCTERMS.source: "source",
    DCTERMS.identifier: "identifier",
    SCHEMA.url: "web page",
    SCHEMA.name: "name",
    SCHEMA.description: "description",
    PROV.wasDerivedFrom: "derived from",
}
UNIT_WORDS = {
    QUDT_UNIT.NUM: "",
    QUDT_UNIT.KiloGM: "kg",
    QUDT_UNIT.GM: "g",
    QUDT_UNIT.YR: "years",
    QUDT_UNIT.MO: "months",
    QUDT_UNIT.L: "litres",
}
CURRENCY_SIGNS = {CUR.GBP: "£", CUR.EUR: "€", CUR.USD: "$"}


@dataclass(frozen=True)
class Source:
    """Where facts came from: a source document, or a named graph without one."""

    key: str
    title: str
    publisher: str = ""
    date: str = ""
    url: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "title": self.title,
            "publisher": self.publisher,
            "date": self.date,
            "url": self.url,
        }


@dataclass(frozen=True)
class Kind:
    """A display class: legend entry, colour and shape."""

    key: str
    label: str
    colour: str
    shape: str


@dataclass
class Network:
    """The entity graph plus the sources and kinds its nodes refer to."""

    graph: nx.Graph
    sources: dict[str, Source] = field(default_factory=dict)
    kinds: dict[str, Kind] = field(default_factory=dict)
    graph_sources: dict[str, str] = field(default_factory=dict)  # named graph -> source key

    def copy_with(self, graph: nx.Graph) -> Network:
        """The same sources and kinds around another (sub)graph."""
        return Network(
            graph=graph, sources=self.sources, kinds=self.kinds, graph_sources=self.graph_sources
        )


@functools.lru_cache(maxsize=65536)
def prefixed(iri: str) -> str:
    """`soc:leadForce` for a known namespace, else the IRI's last segment."""
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(best):
            best, name = namespace, f"{prefix}:{iri[len(namespace) :]}"
    if best:
        return name
    tail = re.split(r"[/#]", iri.rstrip("/#"))[-1]
    return tail or iri


def humanise(local: str) -> str:
    """`leadForce` → `lead force`: a readable fallback when the ontology has no label."""
    local = local.split(":", 1)[-1]
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local).replace("_", " ").replace("-", " ")
    return words.strip().lower() or local


def format_number(value: Decimal) -> str:
    """380 → '380'; 5800000 → '5,800,000'; 2.5 → '2.5'."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():f}"


def format_money(value: Decimal, sign: str) -> str:
    """£5.8 million, £1 million, £12,500: how money is written in the releases."""
    if abs(value) >= 1_000_000:
        millions = (value / Decimal(1_000_000)).quantize(Decimal("0.01")).normalize()
        return f"{sign}{millions:f} million"
    return f"{sign}{format_number(value)}"


class _Labels:
    """Label lookup over the whole dataset (entities, properties, concepts, classes)."""

    def __init__(self, quads: Iterable[tuple[Any, Any, Any, Any]]) -> None:
        ranked: dict[Any, tuple[int, str]] = {}
        for s, p, o, _ in quads:
            if p not in LABEL_SET or not isinstance(o, Literal):
                continue
            lang_rank = 0 if o.language in (None, "en", "en-gb", "en-GB") else 1
            key = (LABEL_PROPERTIES.index(p) * 2 + lang_rank, str(o))
            if s not in ranked or key < ranked[s]:
                ranked[s] = key
        self.labels: dict[Any, str] = {s: text for s, (_, text) in ranked.items()}
        self._property_labels: dict[Any, str] = {}

    def get(self, term: Any) -> str | None:
        return self.labels.get(term)

    def of(self, term: Any) -> str:
        """The label, else a prefixed name (never a raw IRI when a prefix is known)."""
        found = self.labels.get(term)
        if found:
            return found
        return prefixed(str(term))

    def of_property(self, prop: URIRef) -> str:
        cached = self._property_labels.get(prop)
        if cached is None:
            cached = self.labels.get(prop) or KNOWN_LABELS.get(prop) or prefixed(str(prop))
            self._property_labels[prop] = cached
        return cached


@functools.lru_cache(maxsize=1024)
def is_vocabulary_graph(graph_iri: Any) -> bool:
    """True for the `{base}graph/vocabulary` named graph (ontology and crime types)."""
    return str(graph_iri).rstrip("/").endswith("graph/vocabulary")


# where `dataset_quads` puts the vocabulary of a file without graph names
VOCABULARY_GRAPH = URIRef(DEFAULT_BASE + "graph/vocabulary")


@functools.lru_cache(maxsize=1)
def _ontology_terms() -> frozenset[URIRef]:
    from kg.vocab import ontology_graph

    return frozenset(s for s in ontology_graph().subjects() if isinstance(s, URIRef))


def dataset_quads(dataset: Dataset) -> list[tuple[Any, Any, Any, Any]]:
    """Every quad, with the vocabulary in a vocabulary graph even in a file without graphs.

    graph.ttl and graph.nt are the union of the named graphs, so the ontology and crime
    types sit in the default graph beside the data, and would be counted and drawn as
    data. They are recognised by their subjects (the project's ontology terms, and blank
    nodes reached from them) and given back to `graph/vocabulary`, so `kg stats` and the
    network are the same whichever export is read.
    """
    quads = list(dataset.quads((None, None, None, None)))
    default = [q for q in quads if q[3] == DATASET_DEFAULT_GRAPH_ID]
    if not default:
        return quads
    objects: dict[Any, list[Any]] = defaultdict(list)
    for s, _, o, _ in default:
        objects[s].append(o)
    vocabulary = {s for s in objects if s in _ontology_terms()}
    todo = list(vocabulary)
    while todo:
        for o in objects.get(todo.pop(), ()):
            if isinstance(o, BNode) and o not in vocabulary:
                vocabulary.add(o)
                todo.append(o)
    return [
        (s, p, o, VOCABULARY_GRAPH if g == DATASET_DEFAULT_GRAPH_ID and s in vocabulary else g)
        for s, p, o, g in quads
    ]


def _literal_text(value: Literal) -> str:
    if value.datatype is not None and str(value.datatype).endswith("#decimal"):
        try:
            return format_number(Decimal(str(value)))
        except InvalidOperation:
            return str(value)
    return str(value)


def _subclass_closure(
    quads: Iterable[tuple[Any, Any, Any, Any]], roots: Iterable[URIRef]
) -> set[URIRef]:
    """`roots` and every class declared (transitively) a subclass of one of them."""
    result = set(roots)
    children: dict[Any, set[Any]] = defaultdict(set)
    for sub, p, sup, _ in quads:
        if p == RDFS.subClassOf:
            children[sup].add(sub)
    todo = list(result)
    while todo:
        for child in children.get(todo.pop(), ()):
            if isinstance(child, URIRef) and child not in result:
                result.add(child)
                todo.append(child)
    return result


class _Builder:
    """One pass over the quads; kept as a class only to share lookups between steps."""

    def __init__(self, dataset: Dataset, fold_figures: bool) -> None:
        self.fold_figures = fold_figures
        self.quads: list[tuple[Any, Any, Any, Any]] = [
            (s, p, o, g) for s, p, o, g in dataset_quads(dataset) if not isinstance(s, BNode)
        ]
        # a fixed order makes labels, facts and edge directions byte-for-byte repeatable
        self.quads.sort(key=lambda q: (str(q[3]), str(q[0]), str(q[1]), str(q[2])))
        self.labels = _Labels(self.quads)
        self.types: dict[Any, set[Any]] = defaultdict(set)
        # subject -> predicate -> objects, over every graph (rdflib's Dataset methods
        # only look at the default graph)
        self.out: dict[Any, dict[Any, dict[Any, None]]] = defaultdict(lambda: defaultdict(dict))
        for s, p, o, _ in self.quads:
            if p == TYPE:
                self.types[s].add(o)
            self.out[s][p][o] = None  # a dict as an ordered set
        self.figure_classes = _subclass_closure(self.quads, FIGURE_CLASSES)
        self.kind_order = [style[0] for style in STYLES]
        self.inverse: dict[Any, Any] = {dropped: kept for kept, dropped in KNOWN_INVERSES}
        for a, p, b, _ in self.quads:
            if p == INVERSE_OF and a not in self.inverse and b not in self.inverse:
                kept, dropped = sorted((a, b), key=lambda term: prefixed(str(term)))
                if kept != dropped and kept not in self.inverse:
                    self.inverse[dropped] = kept

    def value_text(self, term: Any) -> str:
        """A linked resource shown as a fact: its label, a prefixed name, or the full URL."""
        found = self.labels.get(term)
        if found:
            return found
        name = prefixed(str(term))
        return name if ":" in name and not name.startswith(("http", "urn")) else str(term)

    def concept_text(self, term: Any) -> str:
        """A qualifier, measure or kind inside a sentence: 'more than', 'arrests'."""
        found = self.labels.get(term)
        return found.lower() if found else humanise(prefixed(str(term)))

    def objects(self, subject: Any, prop: Any) -> list[Any]:
        found = self.out.get(subject)
        return sorted(found.get(prop, ()), key=str) if found else []

    def predicates(self, subject: Any, obj: Any) -> list[Any]:
        found = self.out.get(subject, {})
        return sorted((p for p, objects in found.items() if obj in objects), key=str)

    # --- sources -------------------------------------------------------------------------

    def source_table(self) -> tuple[dict[str, Source], dict[Any, str], dict[tuple[Any, Any], str]]:
        """Sources by key, the default source of each graph, and per (subject, graph)."""
        documents = {s for s, types in self.types.items() if SOURCE_DOCUMENT in types}
        derived: dict[tuple[Any, Any], set[Any]] = defaultdict(set)
        per_graph: dict[Any, set[Any]] = defaultdict(set)
        for s, p, o, g in self.quads:
            if p == DERIVED_FROM and isinstance(o, URIRef):
                derived[(s, g)].add(o)
                per_graph[g].add(o)
                documents.add(o)
            elif s in documents:
                per_graph[g].add(s)
        sources = {str(doc): self._source(doc) for doc in documents}
        graph_source: dict[Any, str] = {}
        for g in {quad[3] for quad in self.quads}:
            docs = sorted(str(d) for d in per_graph.get(g, ()))
            if len(docs) == 1:
                graph_source[g] = docs[0]
            else:
                key = str(g)
                name = prefixed(key).split(":")[-1]
                title = "default graph" if key.startswith("urn:x-rdflib") else f"{name} graph"
                sources.setdefault(key, Source(key=key, title=title))
                graph_source[g] = key
        subject_source = {pair: sorted(str(d) for d in docs)[0] for pair, docs in derived.items()}
        return sources, graph_source, subject_source

    def _source(self, doc: Any) -> Source:
        def first(*props: URIRef) -> str:
            for prop in props:
                for value in self.objects(doc, prop):
                    return (
                        self.labels.of(value)
                        if isinstance(value, URIRef)
                        and prop
                        in (
                            DCTERMS.publisher,
                            SOC.publisher,
                        )
                        else str(value)
                    )
            return ""

        title = first(DCTERMS.title) or self.labels.get(doc) or prefixed(str(doc))
        url = first(SCHEMA.url, FOAF.page)
        if (
            not url
            and str(doc).startswith(("http://", "https://"))
            and "/id/source/" not in str(doc)
        ):
            url = str(doc)
        return Source(
            key=str(doc),
            title=title,
            publisher=first(DCTERMS.publisher, SOC.publisher),
            date=first(DCTERMS.date, DCTERMS.issued),
            url=url,
        )

    # --- entities ------------------------------------------------------------------------

    def entities(self) -> set[Any]:
        """IRIs described outside the vocabulary graph, plus the crime types they use."""
        found: set[Any] = set()
        for s, _, _, g in self.quads:
            if isinstance(s, URIRef) and not is_vocabulary_graph(g):
                found.add(s)
        predicates = {q[1] for q in self.quads}
        found = {
            s
            for s in found
            if not (self.types.get(s, set()) & NON_ENTITY_TYPES) and s not in predicates
        }
        crime_types = {s for s, types in self.types.items() if CRIME_TYPE in types}
        used = {
            o
            for s, p, o, g in self.quads
            if s in found and p != TYPE and o in crime_types and not is_vocabulary_graph(g)
        }
        # carry broader crime types so "county lines → drug trafficking" shows
        todo = list(used)
        while todo:
            for broader in self.objects(todo.pop(), BROADER):
                if broader in crime_types and broader not in used:
                    used.add(broader)
                    todo.append(broader)
        return found | used

    def kind_of(self, entity: Any) -> URIRef | None:
        types = self.types.get(entity, set())
        for cls in self.kind_order:
            if cls in types:
                return cls
        # a subclass of a known class takes that class's style
        for cls in sorted(types, key=str):
            if isinstance(cls, URIRef) and cls not in NON_ENTITY_TYPES:
                return cls
        return None

    def is_figure(self, entity: Any) -> bool:
        return bool(self.types.get(entity, set()) & self.figure_classes)

    def figure_text(self, figure: Any) -> str:
        """'more than 380 arrests (2019)', '£5.8 million confiscation', '64 firearms'."""

        def one(prop: URIRef) -> Any:
            return next(iter(self.objects(figure, prop)), None)

        value, qualifier, unit = one(SOC.value), one(SOC.qualifier), one(SOC.unit)
        item, measure, period = one(SOC.item), one(SOC.measure), one(SOC.period)
        people, money_kind = one(SOC.personCount), one(SOC.moneyKind)
        kind = self.kind_of(figure)
        what = (
            str(item)
            if item is not None
            else self.concept_text(measure)
            if measure is not None
            else self.concept_text(money_kind)
            if money_kind is not None
            else humanise(self.labels.of(kind))
            if kind is not None
            else ""
        )
        if value is None:
            return self.labels.of(figure)
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            number = None
        words: list[str] = []
        if qualifier is not None and qualifier != SOC.Exact:
            words.append(self.concept_text(qualifier))
        if unit in CURRENCY_SIGNS and number is not None:
            words.append(format_money(number, CURRENCY_SIGNS[unit]))
            if what:
                words.append(what)
        else:
            words.append(format_number(number) if number is not None else str(value))
            unit_word = (
                UNIT_WORDS.get(unit, self.labels.of(unit) if unit is not None else "")
                if unit is not None
                else ""
            )
            if unit_word and unit_word not in what:
                words.append(unit_word + (" of" if item is not None else ""))
            if what:
                words.append(what)
        text = " ".join(w for w in words if w)
        extras = []
        if period is not None:
            extras.append(str(period))
        if people is not None:
            extras.append(f"{people} people")
        return f"{text} ({', '.join(extras)})" if extras else text

    # --- the graph -----------------------------------------------------------------------

    def build(self) -> Network:
        sources, graph_source, subject_source = self.source_table()
        entities = self.entities()

        def source_of(s: Any, g: Any) -> str:
            return subject_source.get((s, g)) or graph_source[g]

        figures = {e for e in entities if self.is_figure(e)} if self.fold_figures else set()
        nodes = entities - figures
        kinds: dict[str, Kind] = {}
        styles = {cls: (colour, shape) for cls, colour, shape in STYLES}
        extra = iter(EXTRA_COLOURS * 100)

        def kind_key(entity: Any) -> str:
            cls = self.kind_of(entity)
            if cls is None:
                if OTHER_KIND not in kinds:
                    kinds[OTHER_KIND] = Kind(OTHER_KIND, "Other", "#bbbbbb", "dot")
                return OTHER_KIND
            key = prefixed(str(cls)).split(":")[-1]
            if key not in kinds:
                label = self.labels.get(cls) or humanise(key).capitalize()
                colour, shape = styles.get(cls) or (next(extra), "dot")
                kinds[key] = Kind(key, label[:1].upper() + label[1:], colour, shape)
            return key

        graph = nx.Graph()
        for entity in sorted(nodes, key=str):
            label = self.labels.get(entity)
            if entity in entities and self.is_figure(entity) and not self.fold_figures:
                label = self.figure_text(entity)
            graph.add_node(
                str(entity),
                label=label or prefixed(str(entity)),
                kind=kind_key(entity),
                aliases=[],
                facts=[],
                sources=set(),
                graphs=set(),
            )

        def add_fact(node: str, prop: str, value: str, source: str, figure: bool = False) -> None:
            data = graph.nodes[node]
            fact = {"property": prop, "value": value, "source": source, "figure": figure}
            if fact not in data["facts"]:
                data["facts"].append(fact)
            data["sources"].add(source)

        def add_edge(a: str, prop: URIRef, b: str, source: str, via: str = "") -> None:
            if a == b:
                return
            label = self.labels.of_property(prop)
            if via:
                label = f"{label} (via {via})"
            if graph.has_edge(a, b):
                data = graph.edges[a, b]
                if data["source_iri"] != a:
                    label += " (reverse)"
                if label not in data["labels"]:
                    data["labels"].append(label)
                    data["properties"].append(prefixed(str(prop)))
                data["sources"].add(source)
            else:
                graph.add_edge(
                    a,
                    b,
                    labels=[label],
                    properties=[prefixed(str(prop))],
                    source_iri=a,
                    target_iri=b,
                    sources={source},
                )

        figure_parents: dict[Any, set[Any]] = defaultdict(set)
        figure_links: dict[Any, list[tuple[Any, Any, str, str]]] = defaultdict(list)
        figure_sources: dict[Any, set[str]] = defaultdict(set)
        for s, p, o, g in self.quads:
            if s not in entities or p == TYPE or p in HIDDEN_PROPERTIES:
                continue
            if is_vocabulary_graph(g) and p not in VOCABULARY_KEPT:
                continue
            source = source_of(s, g)
            if s in figures:
                figure_sources[s].add(source)
                if p == SUBJECT and o in nodes:
                    figure_parents[s].add(o)
                elif isinstance(o, URIRef) and o in nodes:
                    figure_links[s].append((p, o, source, str(g)))
                continue
            node = str(s)
            graph.nodes[node]["graphs"].add(str(g))
            if p in LABEL_SET or p == ALT_LABEL:
                # other names (a different foaf:name, labels in other languages) are
                # aliases: shown in the details and found by search
                if (
                    str(o) != graph.nodes[node]["label"]
                    and str(o) not in graph.nodes[node]["aliases"]
                ):
                    graph.nodes[node]["aliases"].append(str(o))
                continue
            if p == DERIVED_FROM:
                graph.nodes[node]["sources"].add(source)
                continue
            if o in figures:
                figure_parents[o].add(s)
                continue
            if isinstance(o, Literal):
                if p in NAME_PROPERTIES and str(o) == graph.nodes[node]["label"]:
                    continue
                add_fact(node, self.labels.of_property(p), _literal_text(o), source)
            elif o in nodes:
                if p in self.inverse:
                    add_edge(str(o), self.inverse[p], node, source)
                else:
                    add_edge(node, p, str(o), source)
                graph.nodes[str(o)]["graphs"].add(str(g))
            elif isinstance(o, URIRef):
                add_fact(node, self.labels.of_property(p), self.value_text(o), source)

        for figure in sorted(figures, key=str):
            parents = figure_parents.get(figure, set())
            text = self.figure_text(figure)
            fig_sources = sorted(figure_sources.get(figure, ())) or [""]
            for parent in sorted(parents, key=str):
                prop = self._link_label(parent, figure)
                for src in fig_sources:
                    add_fact(str(parent), prop, text, src, figure=True)
            for prop_iri, target, source, graph_name in figure_links.get(figure, ()):
                for parent in sorted(parents, key=str):
                    if target not in parents:
                        via = humanise(self._kind_name(figure))
                        add_edge(str(parent), prop_iri, str(target), source, via=via)
                        graph.nodes[str(target)]["graphs"].add(graph_name)
                        graph.nodes[str(parent)]["graphs"].add(graph_name)

        for node in graph.nodes:
            data = graph.nodes[node]
            # figures first: they are what an analyst opens a card for
            data["facts"].sort(key=lambda f: (not f["figure"], f["property"], f["value"]))
            data["sources"] = sorted(s for s in data["sources"] if s)
            data["graphs"] = sorted(data["graphs"])
        for _, _, data in graph.edges(data=True):
            data["label"] = "; ".join(data["labels"])
            data["sources"] = sorted(data["sources"])
        used = {s for _, d in graph.nodes(data=True) for s in d["sources"]}
        used |= {f["source"] for _, d in graph.nodes(data=True) for f in d["facts"]}
        used |= {s for _, _, d in graph.edges(data=True) for s in d["sources"]}
        return Network(
            graph=graph,
            sources={k: v for k, v in sorted(sources.items()) if k in used},
            kinds=dict(sorted(kinds.items())),
            graph_sources={str(g): key for g, key in sorted(graph_source.items())},
        )

    def _kind_name(self, entity: Any) -> str:
        cls = self.kind_of(entity)
        return self.labels.of(cls) if cls is not None else "figure"

    def _link_label(self, parent: Any, figure: Any) -> str:
        for p in self.predicates(parent, figure):
            return self.labels.of_property(p)
        return self._kind_name(figure).lower()


def build_network(dataset: Dataset, fold_figures: bool = True) -> Network:
    """The entity network of `dataset` (see the module docstring for what is a node)."""
    return _Builder(dataset, fold_figures).build()


# --- finding and selecting nodes ------------------------------------------------------------


def resolve(network: Network, text: str) -> str:
    """A node key from an IRI (bare or in <>), a prefixed name (`id:unit/ersou`), an id
    (`unit/ersou`, `ersou`), a label or an alias.

    Case-insensitive; an ambiguous or unknown name is a UsageError naming candidates.
    """
    graph = network.graph
    if text in graph:
        return text
    from kg.query import expand  # the forms `kg query --param` takes, read the same way

    iri = expand(text.strip())  # <https://…>, ct:fraud, id:unit/ersou
    if iri is not None and iri in graph:
        return iri
    wanted = text.strip().casefold()
    tiers: list[list[str]] = [[], [], [], []]
    for node, data in graph.nodes(data=True):
        iri = node.casefold()
        if iri.endswith("/" + wanted) or iri.endswith("#" + wanted):
            tiers[0 if "/" in wanted else 1].append(node)
        if data["label"].casefold() == wanted:
            tiers[0].append(node)
        if any(alias.casefold() == wanted for alias in data["aliases"]):
            tiers[2].append(node)
        if wanted and wanted in data["label"].casefold():
            tiers[3].append(node)
    for tier in tiers:
        found = sorted(set(tier))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = "; ".join(f"{graph.nodes[n]['label']} <{n}>" for n in found[:6])
            raise UsageError(f"'{text}' matches {len(found)} entities: {names}; give the id")
    import difflib

    labels = {data["label"] for _, data in graph.nodes(data=True)}
    close = difflib.get_close_matches(text, sorted(labels), n=3, cutoff=0.6)
    hint = f"; did you mean: {'; '.join(close)}?" if close else ""
    raise UsageError(f"no entity with id, IRI, label or alias '{text}'{hint}")


def kinds_matching(network: Network, names: Iterable[str]) -> set[str]:
    """Kind keys for user-given type names (class local name or label, any case)."""
    result: set[str] = set()
    for name in names:
        wanted = name.strip().casefold().replace(" ", "")
        if not wanted:
            continue
        hits = {
            key
            for key, kind in network.kinds.items()
            if wanted in (key.casefold(), kind.label.casefold().replace(" ", ""))
        }
        if not hits:
            known = ", ".join(sorted(network.kinds))
            raise UsageError(f"--types: no entities of type '{name}'; known types: {known}")
        result |= hits
    return result


def source_keys_matching(network: Network, text: str) -> set[str]:
    """Source keys for `--source`: a source id (slug), IRI, title or named graph, any case."""
    wanted = text.strip().casefold()

    def named(key: str) -> bool:
        key = key.casefold().rstrip("/")
        return key == wanted or key.endswith("/" + wanted)

    hits = {
        key
        for key, source in network.sources.items()
        if named(key) or source.title.casefold() == wanted
    }
    hits |= {key for graph, key in network.graph_sources.items() if named(graph)}
    if not hits:
        known = ", ".join(sorted(prefixed(k).split(":")[-1] for k in network.sources))
        raise UsageError(f"--source: no source '{text}'; known sources: {known}")
    return hits


def ordered_subgraph(graph: nx.Graph, nodes: Iterable[Any]) -> nx.Graph:
    """A copy of `graph` on `nodes`, in `graph`'s own node and edge order.

    networkx's subgraph views iterate the node *set*, whose order follows string hashing
    (PYTHONHASHSEED); layouts and pages built from them would differ between runs.
    """
    keep = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from((n, data) for n, data in graph.nodes(data=True) if n in keep)
    sub.add_edges_from(
        (u, v, data) for u, v, data in graph.edges(data=True) if u in keep and v in keep
    )
    return sub


def select(
    network: Network,
    *,
    focus: str | None = None,
    depth: int = 2,
    types: Iterable[str] = (),
    source: str | None = None,
) -> Network:
    """The subnetwork an analyst asked for: by type, by source, around a focus entity."""
    graph = network.graph
    keep = set(graph.nodes)
    type_names = [t for t in types if t.strip()]
    if type_names:
        wanted = kinds_matching(network, type_names)
        keep = {n for n in keep if graph.nodes[n]["kind"] in wanted}
    if source:
        keys = source_keys_matching(network, source)
        graphs = {g for g, key in network.graph_sources.items() if key in keys}
        keep = {
            n
            for n in keep
            if keys & set(graph.nodes[n]["sources"])
            or keys & {f["source"] for f in graph.nodes[n]["facts"]}
            or graphs & set(graph.nodes[n]["graphs"])
        }
    sub = ordered_subgraph(graph, keep)
    if focus:
        if depth < 0:
            raise UsageError("--depth: expected 0 or more")
        centre = resolve(network, focus)
        if centre not in sub:
            raise UsageError(f"--focus: '{focus}' is filtered out by --types/--source")
        near = nx.single_source_shortest_path_length(sub, centre, cutoff=depth)
        sub = ordered_subgraph(sub, near)
    return network.copy_with(sub)


def most_connected(network: Network, limit: int, focus: str | None = None) -> list[str]:
    """At most `limit` nodes: best-first growth by degree from the focus or the biggest hub.

    The result is connected where the graph allows, so a capped view is a readable
    neighbourhood rather than scattered hubs; further components fill any room left.
    """
    import heapq

    graph = network.graph
    if len(graph) <= limit:
        return list(graph.nodes)
    degree = dict(graph.degree())
    chosen: list[str] = []
    seen: set[str] = set()
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    starts = []
    if focus:
        starts.append(resolve(network, focus))
    for component in components:
        starts.append(max(component, key=lambda n: (degree[n], n)))
    for start in starts:
        if start in seen:
            continue
        heap = [(-degree[start], start)]
        while heap and len(chosen) < limit:
            _, node = heapq.heappop(heap)
            if node in seen:
                continue
            seen.add(node)
            chosen.append(node)
            for neighbour in graph.neighbors(node):
                if neighbour not in seen:
                    heapq.heappush(heap, (-degree[neighbour], neighbour))
        if len(chosen) >= limit:
            break
    return chosen


# --- network exports ------------------------------------------------------------------------

NETWORK_FORMATS = {
    "graphml": ".graphml",
    "gexf": ".gexf",
    "csv": ".csv",
    "nodelink": ".json",
}


def _fact_text(network: Network, fact: dict[str, str]) -> str:
    source = network.sources.get(fact["source"])
    where = f" [{source.title}]" if source else ""
    return f"{fact['property']}: {fact['value']}{where}"


def flat_graph(network: Network) -> nx.Graph:
    """The entity graph with only scalar, typed attributes (what GraphML/GEXF can hold).

    Nodes: label, name (= label, for Cytoscape), type, iri, aliases, facts, sources
    (text joined by ' | '), degree (int), fact_count (int). Edges: label, properties,
    source_iri and target_iri (the RDF direction), sources.
    """
    graph = network.graph
    flat = nx.Graph()
    for node, data in graph.nodes(data=True):
        flat.add_node(
            node,
            label=data["label"],
            name=data["label"],
            type=network.kinds[data["kind"]].label if data["kind"] in network.kinds else "",
            iri=node,
            aliases=" | ".join(data["aliases"]),
            facts=" | ".join(_fact_text(network, f) for f in data["facts"]),
            sources=" | ".join(
                network.sources[s].title for s in data["sources"] if s in network.sources
            ),
            degree=int(graph.degree(node)),
            fact_count=len(data["facts"]),
        )
    for a, b, data in graph.edges(data=True):
        flat.add_edge(
            a,
            b,
            label=data["label"],
            properties=" | ".join(data["properties"]),
            source_iri=data["source_iri"],
            target_iri=data["target_iri"],
            sources=" | ".join(
                network.sources[s].title for s in data["sources"] if s in network.sources
            ),
        )
    return flat


def csv_paths(output: Path) -> tuple[Path, Path]:
    """`out/network.csv` → out/network-nodes.csv and out/network-edges.csv."""
    stem = output.with_suffix("") if output.suffix.lower() == ".csv" else output
    return stem.parent / f"{stem.name}-nodes.csv", stem.parent / f"{stem.name}-edges.csv"


def export_network(network: Network, fmt: str, output: Path) -> list[Path]:
    """Write the entity network as GraphML, GEXF, CSV (nodes + edges) or node-link JSON.

    GraphML and GEXF are undirected (the graph `kg stats` measures) with the RDF
    direction kept in each edge's source_iri/target_iri; CSV edges are written in the RDF
    direction with Gephi's spreadsheet headers (Id/Label, Source/Target/Type/Label).
    """
    import csv
    import json

    from kg.rdfio import atomic_write

    if fmt not in NETWORK_FORMATS:
        raise UsageError(
            f"--format: '{fmt}' is not a network format; expected one of "
            + ", ".join(NETWORK_FORMATS)
        )
    flat = flat_graph(network)
    if fmt == "graphml":
        with atomic_write(output, "wb") as stream:
            nx.write_graphml(flat, stream, encoding="utf-8", prettyprint=True)
        return [output]
    if fmt == "gexf":
        with atomic_write(output, "wb") as stream:
            nx.write_gexf(flat, stream, encoding="utf-8", prettyprint=True)
        return [output]
    if fmt == "nodelink":
        payload = nx.node_link_data(network.graph, edges="links")
        with atomic_write(output) as stream:
            json.dump(payload, stream, ensure_ascii=False, indent=1, sort_keys=True)
            stream.write("\n")
        return [output]
    from kg.rdfio import writes_straight

    if writes_straight(output):  # "/dev/stdout-nodes.csv" would be a new file in /dev
        raise UsageError(
            f"-o {output}: csv writes two files, NAME-nodes.csv and NAME-edges.csv; "
            "give a file name, not standard output, a device or a pipe"
        )
    nodes_path, edges_path = csv_paths(output)
    node_columns = ("label", "type", "iri", "aliases", "facts", "sources", "degree")
    with atomic_write(nodes_path) as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(["Id", "Label", "Type", "IRI", "Aliases", "Facts", "Sources", "Degree"])
        for node, d in flat.nodes(data=True):
            writer.writerow(_csv_row([node, *(d[column] for column in node_columns)]))
    edge_columns = ("label", "properties", "sources")
    with atomic_write(edges_path) as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(["Source", "Target", "Type", "Label", "Properties", "Sources"])
        for _, _, d in flat.edges(data=True):
            ends = [d["source_iri"], d["target_iri"], "Directed"]
            writer.writerow(_csv_row([*ends, *(d[column] for column in edge_columns)]))
    return [nodes_path, edges_path]


def _csv_row(values: Iterable[object]) -> list[str]:
    """A row of text cells no spreadsheet runs as a formula (kg.csvcells)."""
    from kg.csvcells import spreadsheet_safe

    return [spreadsheet_safe(str(value)) for value in values]
