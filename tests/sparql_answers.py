"""Comparable answers of a SPARQL SELECT, locally (pyoxigraph) and over HTTP (any store).

Stores differ in how they spell the same answer (Virtuoso writes "1.50" as "1.5" and
uses "typed-literal" JSON), so rows are compared as Python values via rdflib terms;
blank nodes are compared as "a blank node", since their labels are store-local.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import httpx
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Store
from rdflib import Literal as RdfLiteral
from rdflib import URIRef

BNODE = "_:blank"


def _value(term: Any) -> Any:
    if isinstance(term, RdfLiteral):
        return (term.toPython(), term.language)
    return term


def _local_term(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, BlankNode):
        return BNODE
    if isinstance(term, NamedNode):
        return URIRef(term.value)
    assert isinstance(term, Literal)
    datatype = None if term.language else term.datatype.value
    return _value(RdfLiteral(term.value, lang=term.language, datatype=datatype))


def _remote_term(binding: dict[str, str] | None) -> Any:
    if binding is None:
        return None
    kind = binding["type"]
    if kind == "bnode":
        return BNODE
    if kind == "uri":
        return URIRef(binding["value"])
    lang = binding.get("xml:lang")
    datatype = binding.get("datatype")
    return _value(RdfLiteral(binding["value"], lang=lang, datatype=None if lang else datatype))


def local_answers(dataset: Path, query: str) -> Counter:
    """Rows of `query` over `dataset` with the union of its named graphs as default graph."""
    store = Store()
    store.bulk_load(path=str(dataset), format=RdfFormat.from_extension(dataset.suffix[1:]))
    solutions = store.query(query, use_default_graph_as_union=True)
    names = [variable.value for variable in solutions.variables]
    return Counter(tuple(_local_term(row[name]) for name in names) for row in solutions)


def remote_answers(query_url: str, query: str, graphs: list[str] | None = None) -> Counter:
    """Rows of `query` from a SPARQL endpoint; `graphs` become default-graph-uri params."""
    params: list[tuple[str, str]] = [("query", query)]
    params += [("default-graph-uri", graph) for graph in graphs or []]
    response = httpx.get(
        query_url,
        params=params,
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    response.raise_for_status()
    body = response.json()
    names = body["head"]["vars"]
    return Counter(
        tuple(_remote_term(row.get(name)) for name in names) for row in body["results"]["bindings"]
    )


def count_quads(query_url: str) -> dict[str, int]:
    """Triples per named graph in the whole store (to spot duplicates or leftovers)."""
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    response = httpx.get(
        query_url,
        params={"query": query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    response.raise_for_status()
    return {
        row["g"]["value"]: int(row["n"]["value"]) for row in response.json()["results"]["bindings"]
    }
