"""The one SPARQL query `kg load` needs: how many triples a graph holds in the store.

Deliberately tiny (GET + JSON results); the full remote SPARQL client lives elsewhere.
GET, because Virtuoso never answers a POST with Content-Type application/sparql-query.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.endpoints import Endpoint, redact
from kg.errors import StoreError
from kg.httpfailure import http_failure, transport_failure

if TYPE_CHECKING:
    import httpx

JSON_RESULTS = "application/sparql-results+json"


def count_query(endpoint: Endpoint, graph: str | None) -> str:
    """COUNT(*) over one named graph, or over the stored default graph when `graph` is None."""
    from pyoxigraph import NamedNode

    if graph is not None:
        return f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {NamedNode(graph)} {{ ?s ?p ?o }} }}"
    nil = endpoint.preset.default_graph_query_iri
    source = f"FROM {NamedNode(nil)} " if nil else ""
    return f"SELECT (COUNT(*) AS ?n) {source}WHERE {{ ?s ?p ?o }}"


def count_triples(
    client: httpx.Client, endpoint: Endpoint, graph: str | None, timeout: float
) -> int:
    """Ask the SPARQL endpoint how many triples `graph` holds.

    Transport errors and 5xx propagate as `kg.load` retryable failures; other answers
    that are not a count raise StoreError.
    """
    import httpx

    what = f"counting {'<' + graph + '>' if graph else 'the default graph'}"
    what += f" ({redact(endpoint.query_url)})"
    try:
        response = client.get(
            endpoint.query_url,
            params={"query": count_query(endpoint, graph)},
            headers={"Accept": JSON_RESULTS},
        )
    except httpx.TransportError as error:
        raise transport_failure(error, what, endpoint.query_url, timeout) from None
    if not response.is_success:
        raise http_failure(response, what, endpoint)
    try:
        bindings = response.json()["results"]["bindings"]
        return int(bindings[0]["n"]["value"]) if bindings else 0
    except (ValueError, KeyError, IndexError, TypeError):
        kind = response.headers.get("content-type", "unknown content type")
        raise StoreError(
            f"{what}: expected SPARQL JSON results, got {kind}; check --query-path"
        ) from None
