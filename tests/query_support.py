"""Helpers for query tests: an independent engine (rdflib) and result comparison."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.query import Result

from kg.store import QueryResult, SelectResult

XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = {
    "integer",
    "nonNegativeInteger",
    "positiveInteger",
    "nonPositiveInteger",
    "negativeInteger",
    "long",
    "int",
    "short",
    "byte",
    "unsignedLong",
    "unsignedInt",
    "unsignedShort",
    "unsignedByte",
}
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI = FIXTURES / "mini.trig"
QUERIES = Path(__file__).resolve().parent.parent / "queries"

# Parameter values used to exercise each saved query's bindings on the mini fixture.
SAMPLE_PARAMS: dict[str, list[str]] = {
    "cases-by-place": ["place=Bedfordshire"],
    "cases-by-crime-type": ["crimeType=ct:fraud"],
    "cases-by-unit-and-year": ["unit=ERSOU", "year=2019"],
    "people-and-posts": ["person=https://w3id.org/soc-kg/id/person/kathryn-holloway"],
    "figures-by-measure-and-year": ["measure=soc:Arrests", "year=2019"],
    "derived-from-source": ["source=id:source/ersou-highlights-2019"],
    "connected-to": ["entity=id:unit/ersou"],
    "organisations": ["class=soc:PoliceForce"],
    "unit-membership-history": ["unit=id:unit/ersou"],
}


def rdflib_dataset(path: Path = MINI) -> Dataset:
    """The independent engine: rdflib with the union of named graphs as default graph."""
    dataset = Dataset(default_union=True)
    dataset.parse(path, format="nquads" if path.suffix == ".nq" else "trig")
    return dataset


def key_rdflib(term: object) -> object:
    """A comparable key for an rdflib term (blank nodes all compare equal)."""
    if term is None:
        return None
    if isinstance(term, BNode):
        return ("bnode",)
    if isinstance(term, Literal):
        # by value: Oxigraph writes decimals canonically ("380" for "380.0") and
        # stores integer subtypes (xsd:nonNegativeInteger, …) as xsd:integer
        value = term.toPython()
        shown = value if not isinstance(value, Literal) else str(term)
        datatype = str(term.datatype or "")
        if datatype.removeprefix(XSD) in INTEGER_TYPES:
            datatype = XSD + "integer"
        return ("literal", shown, datatype, term.language or "")
    assert isinstance(term, URIRef)
    return ("iri", str(term))


def to_rdflib(term: object) -> object:
    """A pyoxigraph term as the equivalent rdflib term (literals go through rdflib's
    own constructor so both sides get the same lexical normalisation)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    assert isinstance(term, ox.Literal)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(datatype))


def rows_of(result: QueryResult) -> Counter:
    """A SELECT result as a multiset of comparable rows."""
    assert isinstance(result, SelectResult)
    return Counter(tuple(key_rdflib(to_rdflib(cell)) for cell in row) for row in result.rows)


def rows_of_rdflib(result: Result) -> tuple[list[str], Counter]:
    variables = [str(variable) for variable in result.vars or []]
    rows = Counter(tuple(key_rdflib(cell) for cell in row) for row in result)  # type: ignore[union-attr]
    return variables, rows


def rows_of_json(text: str) -> tuple[list[str], Counter]:
    """SPARQL JSON results parsed by hand (not by the code under test)."""
    document = json.loads(text)
    variables = document["head"]["vars"]
    rows: Counter = Counter()
    for binding in document["results"]["bindings"]:
        row = []
        for name in variables:
            cell = binding.get(name)
            if cell is None:
                row.append(None)
            elif cell["type"] == "uri":
                row.append(key_rdflib(URIRef(cell["value"])))
            elif cell["type"] == "bnode":
                row.append(("bnode",))
            elif "xml:lang" in cell:
                row.append(key_rdflib(Literal(cell["value"], lang=cell["xml:lang"])))
            elif "datatype" in cell:
                row.append(key_rdflib(Literal(cell["value"], datatype=URIRef(cell["datatype"]))))
            else:
                row.append(key_rdflib(Literal(cell["value"])))
        rows[tuple(row)] += 1
    return variables, rows
