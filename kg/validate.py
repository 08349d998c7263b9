"""SHACL validation of the built dataset with pySHACL, reported readably.

The union of every named graph (vocabulary included) is validated at once, so
`sh:class` follows `rdfs:subClassOf` from the ontology without inference.
Each violation is reported with the YAML file and line of the record behind
the focus node when one is known.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from kg.namespaces import PREFIXES, bind_prefixes
from kg.records import Location
from kg.vocab import shapes_graph


@dataclass(frozen=True)
class Violation:
    """One SHACL result, in words a data curator can act on."""

    focus: str
    path: str
    message: str
    shape: str
    location: Location | None

    def __str__(self) -> str:
        where = f"{self.location.path}:{self.location.line}: " if self.location else ""
        path = f" {self.path}:" if self.path else ""
        return f"{where}{self.focus}:{path} {self.message} [{self.shape}]"


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: tuple[Violation, ...]
    report: Graph


def compact(node: Node) -> str:
    """A prefixed name where a project prefix fits, else the IRI in angle brackets."""
    text = str(node)
    for prefix, iri in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if text.startswith(iri) and len(text) > len(iri):
            return f"{prefix}:{text[len(iri) :]}"
    return f"<{text}>" if isinstance(node, URIRef) else text


def _named_shape(shape: Node | None) -> Node | None:
    """A blank property shape is reported as the named node shape that holds it."""
    if shape is None or isinstance(shape, URIRef):
        return shape
    parent = shapes_graph().value(predicate=SH.property, object=shape)
    return parent if parent is not None else shape


def union_graph(dataset: Dataset) -> Graph:
    """Every triple of every graph in one plain Graph."""
    union = Graph()
    bind_prefixes(union)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def validate_dataset(
    dataset: Dataset, locations: Mapping[Node, Location] | None = None
) -> ValidationResult:
    """Run pySHACL over the union of the dataset and collect readable violations."""
    from pyshacl import validate

    conforms, report, _ = validate(
        union_graph(dataset),
        shacl_graph=shapes_graph(),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    assert isinstance(report, Graph)
    bind_prefixes(report)
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        shape = _named_shape(report.value(result, SH.sourceShape))
        label = report.value(focus, RDFS.label) if focus is not None else None
        violations.append(
            Violation(
                focus=compact(focus) if focus is not None else "?",
                path=compact(path) if isinstance(path, URIRef) else "",
                message=str(message or label or "constraint not met"),
                shape=compact(shape) if isinstance(shape, URIRef) else "unnamed shape",
                location=(locations or {}).get(focus) if focus is not None else None,
            )
        )
    violations.sort(key=str)
    return ValidationResult(bool(conforms), tuple(violations), report)
