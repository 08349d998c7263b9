"""A remote SPARQL 1.1 Protocol endpoint behind the same `Store` interface.

Works with Oxigraph, Apache Jena Fuseki, GraphDB and Virtuoso: queries go as a
URL-encoded POST, results come back as SPARQL JSON (or XML/CSV/TSV) or, for
CONSTRUCT/DESCRIBE, as N-Triples/Turtle, and are parsed by pyoxigraph, so rows
are the same pyoxigraph terms the embedded store returns.

Credentials come only from environment variables and are never printed, the same
ones `kg load` reads: KG_ENDPOINT_TOKEN (bearer token), or KG_ENDPOINT_USER and
KG_ENDPOINT_PASSWORD (HTTP basic, or digest with `--auth digest` for Virtuoso).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox

from kg.endpoints import (
    PRESETS,
    Credentials,
    check_url,
    credentials_from_env,
    http_auth,
    redact,
    refusal_hint,
    scrub_secrets,
)
from kg.errors import KgError, StoreError
from kg.prefixes import PREFIXES
from kg.store import (
    AskResult,
    GraphResult,
    QueryResult,
    SelectResult,
    materialise,
    names_dataset,
    syntax_error,
)

ACCEPT = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
    "application/n-triples;q=0.9, text/turtle;q=0.8, text/plain;q=0.5"
)

_GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
_RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}


def httpx_auth(scheme: str = "auto") -> Any:
    """An httpx auth from KG_ENDPOINT_* variables (as `kg load` reads them), or None.

    `auto`: bearer when KG_ENDPOINT_TOKEN is set, else basic when KG_ENDPOINT_USER is
    set, else none; `digest` is for Virtuoso's /sparql-auth.
    """
    return http_auth(query_credentials(scheme))


def query_credentials(scheme: str = "auto") -> Credentials:
    """The credentials a query sends (`auto` gives basic auth when a user is set)."""
    return credentials_from_env(scheme, PRESETS["oxigraph"])


class RemoteEndpoint:
    """A SPARQL 1.1 Protocol query endpoint (e.g. http://127.0.0.1:7878/query)."""

    def __init__(self, url: str, *, timeout: float = 60.0, auth: str = "auto") -> None:
        import httpx

        self.url = check_url(url, "--endpoint")
        self.description = redact(url)
        self.credentials = query_credentials(auth)
        self._client = httpx.Client(
            timeout=timeout, auth=http_auth(self.credentials), headers={"User-Agent": "soc-kg"}
        )
        self._graphs: list[str] | None = None

    def close(self) -> None:
        self._client.close()

    def named_graphs(self) -> list[str]:
        """The endpoint's named graphs (asked once, then remembered)."""
        if self._graphs is None:
            answer = self._send("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", [])
            assert isinstance(answer, SelectResult)
            self._graphs = sorted(
                row[0].value for row in answer.rows if isinstance(row[0], ox.NamedNode)
            )
        return self._graphs

    def query(self, text: str, *, union_default_graph: bool = True) -> QueryResult:
        """Run `text`; with the union default graph, the query sees every named graph
        as its default graph (default-graph-uri), like the embedded store, while
        GRAPH still works (named-graph-uri)."""
        graphs: list[str] = []
        if union_default_graph and not names_dataset(text):
            graphs = self.named_graphs()
        return self._send(text, graphs)

    def _send(self, text: str, graphs: list[str]) -> QueryResult:
        import httpx

        form: list[tuple[str, str]] = [("query", with_prologue(text))]
        form += [("default-graph-uri", graph) for graph in graphs]
        form += [("named-graph-uri", graph) for graph in graphs]
        headers = {"Accept": ACCEPT, "Content-Type": "application/x-www-form-urlencoded"}
        try:
            response = self._client.post(self.url, content=urlencode(form), headers=headers)
        except httpx.HTTPError as error:
            kind = type(error).__name__
            raise StoreError(f"endpoint {self.description} unreachable ({kind})") from None
        if response.status_code in (401, 403):
            raise self._refusal(response.status_code)
        if response.status_code == 400:
            raise _bad_request(text, response.text)
        if response.status_code >= 300:
            raise StoreError(
                f"endpoint {self.description} answered HTTP {response.status_code}: "
                f"{_first_line(response.text)}"
            )
        return _parse_response(response.headers.get("content-type", ""), response.content)

    def _refusal(self, status: int) -> StoreError:
        """A 401 or 403: refused credentials are named as such (by their variables, never
        their values); a request sent without any says how to give some."""
        given = self.credentials.scheme != "none"
        if given and status == 403:
            return StoreError(
                f"endpoint {self.description} refused the request (HTTP 403); the credentials "
                f"given ({self.credentials.describe()}) may not run queries there"
            )
        return StoreError(
            f"endpoint {self.description} refused the request (HTTP {status}); "
            f"{refusal_hint(self.credentials)}"
        )


def with_prologue(text: str) -> str:
    """The project prefixes declared on the query's first line (the query's own
    declarations come later and win), so line numbers stay the same."""
    prologue = " ".join(f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items())
    return f"{prologue} {text}"


def _first_line(text: str, limit: int = 300) -> str:
    """A server's answer on one line, this run's credentials taken out."""
    line = scrub_secrets(" ".join(text.strip().split()))
    return line[:limit]


def _bad_request(text: str, body: str) -> KgError:
    """A 400: report a syntax error with line and column when the text does not parse."""
    try:
        ox.Store().query(text, prefixes=PREFIXES)
    except SyntaxError as error:
        return syntax_error(error)
    except Exception:  # a failure other than parsing says nothing about syntax
        pass
    return KgError(f"the endpoint rejected the query: {_first_line(body)}")


def _parse_response(content_type: str, body: bytes) -> QueryResult:
    media = content_type.split(";")[0].strip().lower()
    try:
        if media in _RESULT_TYPES:
            answer = ox.parse_query_results(body, format=_RESULT_TYPES[media])
            result = materialise(answer)
            return result if isinstance(result, (SelectResult, AskResult)) else AskResult(False)
        if media in _GRAPH_TYPES:
            quads = ox.parse(body, format=_GRAPH_TYPES[media])
            return GraphResult([quad.triple for quad in quads])
    except (SyntaxError, ValueError) as error:
        raise StoreError(f"the endpoint sent unreadable {media}: {error}") from None
    raise StoreError(f"the endpoint answered with an unexpected content type {media!r}")
