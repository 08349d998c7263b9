"""Allowed values read from `ontology/` at run time, never restated in code.

Qualifiers, measures, roles, stages and money kinds are the individuals of
their classes in `soc.ttl`; crime types are the concepts of
`crime-types.ttl`; figure units are the `sh:in` list of the `soc:unit`
property shape in `shapes.ttl`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, SKOS

from kg.namespaces import CRIME_TYPE_IRI, SOC, SOC_IRI

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_FILES = ("soc.ttl", "crime-types.ttl")
SHAPES_FILE = "shapes.ttl"


@dataclass(frozen=True)
class Vocabulary:
    """The closed value sets a source may use, keyed by their YAML spelling."""

    qualifiers: frozenset[str]
    measures: frozenset[str]
    roles: frozenset[str]
    stages: frozenset[str]
    money_kinds: frozenset[str]
    crime_types: frozenset[str]
    units: dict[str, URIRef]
    labels: dict[URIRef, str]

    def label(self, iri: URIRef) -> str:
        """The English label of a vocabulary term, or its local name."""
        return self.labels.get(iri) or str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _local_names(graph: Graph, cls: URIRef) -> frozenset[str]:
    return frozenset(
        str(s)[len(SOC_IRI) :]
        for s in graph.subjects(RDF.type, cls)
        if isinstance(s, URIRef) and str(s).startswith(SOC_IRI)
    )


def _figure_units(shapes: Graph) -> dict[str, URIRef]:
    units: dict[str, URIRef] = {}
    for prop_shape in shapes.subjects(SH.path, SOC.unit):
        for head in shapes.objects(prop_shape, SH["in"]):
            for unit in Collection(shapes, head):
                if isinstance(unit, URIRef):
                    units[str(unit).rsplit("/", 1)[-1]] = unit
    return units


def ontology_graph(directory: Path = ONTOLOGY_DIR) -> Graph:
    """soc.ttl and crime-types.ttl parsed into one graph."""
    return _ontology_graph(directory)


@lru_cache(maxsize=4)
def _ontology_graph(directory: Path) -> Graph:
    graph = Graph()
    for name in ONTOLOGY_FILES:
        graph.parse(directory / name, format="turtle")
    return graph


@lru_cache(maxsize=4)
def shapes_graph(directory: Path = ONTOLOGY_DIR) -> Graph:
    """The SHACL shapes graph."""
    return Graph().parse(directory / SHAPES_FILE, format="turtle")


@lru_cache(maxsize=4)
def load_vocabulary(directory: Path = ONTOLOGY_DIR) -> Vocabulary:
    """Read the value sets once per process."""
    onto = ontology_graph(directory)
    labels: dict[URIRef, str] = {}
    for predicate in (SKOS.prefLabel, RDFS.label):
        for s, o in onto.subject_objects(predicate):
            if isinstance(s, URIRef) and getattr(o, "language", None) in (None, "en"):
                labels.setdefault(s, str(o))
    crime_types = frozenset(
        str(s)[len(CRIME_TYPE_IRI) :]
        for s in onto.subjects(RDF.type, SOC.CrimeType)
        if str(s).startswith(CRIME_TYPE_IRI) and len(str(s)) > len(CRIME_TYPE_IRI)
    )
    return Vocabulary(
        qualifiers=_local_names(onto, SOC.Qualifier),
        measures=_local_names(onto, SOC.Measure),
        roles=_local_names(onto, SOC.Role),
        stages=_local_names(onto, SOC.Stage),
        money_kinds=_local_names(onto, SOC.MoneyKind),
        crime_types=crime_types,
        units=_figure_units(shapes_graph(directory)),
        labels=labels,
    )
