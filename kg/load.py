"""Load a built dataset into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

Two steps, so `--dry-run` can show exactly what would be sent:

- `plan_load` reads the RDF files (pyoxigraph parses them and writes canonical N-Quads;
  Python only groups and dedupes the lines) by target graph (one per named graph, or all
  into one graph). Each graph becomes N-Triples chunks: the first chunk is a PUT
  (replace), the rest are POSTs (append). A rerun therefore replaces every graph and
  converges to the same content whatever failed before. Triples that share a blank node
  stay in the same chunk, because each request is its own document and `_:b` in two
  requests would be two different nodes.
- `execute_load` sends the chunks with httpx (timeouts, retries with backoff on
  connection errors and 5xx, basic/digest/bearer auth from the environment), building
  the next graph's chunks in a helper thread meanwhile, then counts the triples of every
  graph through the SPARQL endpoint and compares with what it sent.

A failure inside a graph retries that graph from its first (PUT) chunk, so a retried
append can never duplicate blank-node triples.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

# pyoxigraph is imported here, not lazily: only `kg load` imports this module.
from pyoxigraph import NamedNode, RdfFormat, parse, serialize

from kg.endpoints import Endpoint, http_auth, redact
from kg.errors import StoreError, UsageError, rdf_syntax_error
from kg.httpfailure import Retryable, http_failure, transport_failure
from kg.rdfio import media_type

if TYPE_CHECKING:
    import httpx

DEFAULT_INPUT = Path("out/graph.trig")
DEFAULT_CHUNK_SIZE = 100_000
PIECE_SIZE = 5_000
NTRIPLES = "application/n-triples"

ProgressCallback = Callable[[int], None]
T = TypeVar("T")

# A triple is carried as one canonical N-Triples line without its final " .": pyoxigraph
# writes the same triple as the same bytes, so bytes dedupe and join cheaply. Going
# through pyoxigraph's serialiser (Rust) instead of touching every term from Python is
# what keeps planning a million triples within a few seconds.
Line = bytes


@dataclass(frozen=True)
class Chunk:
    """One request: PUT (replace) or POST (append) of N-Triples pieces."""

    method: str
    pieces: tuple[bytes, ...]
    piece_triples: tuple[int, ...]

    @property
    def triples(self) -> int:
        return sum(self.piece_triples)

    @property
    def size(self) -> int:
        return sum(len(piece) for piece in self.pieces)


@dataclass(frozen=True)
class GraphPlan:
    """Everything sent to one graph; `graph` None is the store's default graph.

    The requests (`chunks`) are built on first use, so `execute_load` can build the next
    graph's requests while the current one is on the wire.
    """

    graph: str | None
    lines: tuple[Line, ...] = field(repr=False)
    chunk_size: int = DEFAULT_CHUNK_SIZE

    @property
    def triples(self) -> int:
        return len(self.lines)

    @cached_property
    def chunks(self) -> tuple[Chunk, ...]:
        chunks = []
        for index, part in enumerate(_chunk_lines(self.lines, self.chunk_size)):
            pieces, counts = _serialise(part)
            chunks.append(Chunk("PUT" if index == 0 else "POST", pieces, counts))
        return tuple(chunks)

    @property
    def size(self) -> int:
        return sum(chunk.size for chunk in self.chunks)

    @property
    def label(self) -> str:
        return f"<{self.graph}>" if self.graph else "the default graph"


@dataclass(frozen=True)
class LoadPlan:
    """What `kg load` will send, graph by graph."""

    inputs: tuple[Path, ...]
    graphs: tuple[GraphPlan, ...]
    chunk_size: int

    @property
    def triples(self) -> int:
        return sum(graph.triples for graph in self.graphs)

    @property
    def requests(self) -> int:
        return sum(len(graph.chunks) for graph in self.graphs)

    @property
    def size(self) -> int:
        return sum(graph.size for graph in self.graphs)


@dataclass(frozen=True)
class LoadOptions:
    """How to talk to the store."""

    timeout: float = 120.0
    retries: int = 3
    backoff: float = 0.5
    verify: bool = True
    atomic: bool = False


@dataclass(frozen=True)
class GraphResult:
    """Triples sent to one graph and, when verified, how many the store holds."""

    graph: str | None
    sent: int
    found: int | None


@dataclass(frozen=True)
class LoadResult:
    """Outcome of a load that succeeded (a failure raises StoreError)."""

    plan: LoadPlan
    graphs: tuple[GraphResult, ...]
    seconds: float
    attempts: int = field(default=0)

    @property
    def triples_per_second(self) -> float:
        return self.plan.triples / self.seconds if self.seconds else 0.0


# ---------------------------------------------------------------- planning


def _rdf_format(path: Path) -> Any:
    found = RdfFormat.from_media_type(media_type(path))
    if found is None:  # pragma: no cover - every FORMATS media type is known to pyoxigraph
        raise UsageError(f"{path}: pyoxigraph cannot read {media_type(path)}")
    return found


def split_graph(line: bytes) -> tuple[Line, bytes | None]:
    """(triple line, graph term or None) of one canonical N-Quads line.

    Canonical N-Quads (pyoxigraph's serialiser): single spaces between terms, no spaces
    in IRIs or blank node labels, every `"` inside a literal escaped. So a line without
    `"` has no literal and four terms mean a graph; otherwise the last `"` closes the
    object literal and a graph term can only follow the first space after it.
    """
    body = line[:-2] if line.endswith(b" .") else line
    quote = body.rfind(b'"')
    if quote < 0:
        if body.count(b" ") < 3:
            return body, None
        space = body.rfind(b" ")
    else:
        space = body.find(b" ", quote)
        if space < 0:
            return body, None
    return body[:space], body[space + 1 :]


def split_quad_line(line: bytes) -> tuple[Line, bytes | None, bytes | None, bytes | None]:
    """(triple line, graph term, subject blank node, object blank node) of a N-Quads line."""
    triple, graph = split_graph(line)
    subject, _, obj = triple.split(b" ", 2)
    subject_bnode = subject[2:] if subject[:2] == b"_:" else None
    object_bnode = obj[2:] if obj[:2] == b"_:" else None
    return triple, graph, subject_bnode, object_bnode


def _graph_iri(term: bytes, path: Path) -> str:
    if term[:1] != b"<":
        raise UsageError(
            f"{path}: a graph named by a blank node ({term.decode()}) cannot be addressed "
            "over the Graph Store Protocol; load it with --graph IRI"
        )
    return term[1:-1].decode("utf-8")


def _canonical_nquads(path: Path) -> bytes:
    try:
        quads = parse(path=str(path), format=_rdf_format(path), rename_blank_nodes=True)
        return serialize(quads, format=RdfFormat.N_QUADS) or b""
    except SyntaxError as error:
        raise rdf_syntax_error(path, error) from None
    except OSError as error:
        raise UsageError(f"{path}: cannot read: {error.strerror}") from None


def read_graphs(
    paths: Sequence[Path], target: str | None = None, into_default: bool = False
) -> dict[str | None, dict[Line, None]]:
    """Distinct triples (as N-Triples lines) per target graph, in input order.

    Named graphs keep their IRI and the default graph is None, unless `target` (one
    graph IRI) or `into_default` puts everything in one place. Blank nodes are renamed
    per file, so `_:b` in two files are two nodes, as in an RDF merge.
    """
    graphs: dict[str | None, dict[Line, None]] = {}
    fixed = into_default or target is not None
    for path in paths:
        if path.is_dir():
            raise UsageError(f"{path}: is a folder; kg load takes RDF files such as out/graph.trig")
        if not path.is_file():
            raise UsageError(f"{path}: no such RDF file (run `kg build` first?)")
        data = _canonical_nquads(path)
        if b"<<(" in data:
            raise UsageError(f"{path}: RDF 1.2 triple terms cannot be loaded by kg load")
        names: dict[bytes | None, dict[Line, None]] = {}
        for line in data.splitlines():
            triple, graph = split_graph(line)
            bucket = names.get(graph)
            if bucket is None:
                if fixed:
                    name = None if into_default else target
                else:
                    name = None if graph is None else _graph_iri(graph, path)
                bucket = names[graph] = graphs.setdefault(name, {})
            bucket[triple] = None
    return graphs


def _units(lines: Iterable[Line]) -> Iterator[tuple[list[Line], bool]]:
    """Groups that must travel together (triples linked by blank nodes), then the rest.

    Yields (lines, splittable): a blank-node group must not be split across requests.
    """
    parent: dict[bytes, bytes] = {}

    def root(node: bytes) -> bytes:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    plain: list[Line] = []
    linked: list[tuple[Line, bytes]] = []
    for line in lines:
        if b"_:" not in line:
            plain.append(line)
            continue
        _, _, subject, obj = split_quad_line(line)
        nodes = [node for node in (subject, obj) if node is not None]
        if not nodes:  # "_:" inside a literal
            plain.append(line)
            continue
        for node in nodes:
            parent.setdefault(node, node)
        if len(nodes) == 2:
            a, b = root(nodes[0]), root(nodes[1])
            if a != b:
                parent[b] = a
        linked.append((line, nodes[0]))
    components: dict[bytes, list[Line]] = {}
    for line, node in linked:
        components.setdefault(root(node), []).append(line)
    for component in components.values():
        yield component, False
    yield plain, True


def _chunk_lines(lines: Iterable[Line], chunk_size: int) -> list[list[Line]]:
    """Pack triples into chunks of at most `chunk_size` (a bigger blank-node group stays whole)."""
    chunks: list[list[Line]] = []
    current: list[Line] = []
    for unit, splittable in _units(lines):
        if not splittable and current and len(current) + len(unit) > chunk_size:
            chunks.append(current)
            current = []
        while unit:
            take = len(unit) if not splittable else chunk_size - len(current)
            current.extend(unit[:take])
            unit = unit[take:]
            if len(current) >= chunk_size:
                chunks.append(current)
                current = []
    if current:
        chunks.append(current)
    return chunks


def _serialise(lines: list[Line]) -> tuple[tuple[bytes, ...], tuple[int, ...]]:
    pieces: list[bytes] = []
    counts: list[int] = []
    for start in range(0, len(lines), PIECE_SIZE):
        piece = lines[start : start + PIECE_SIZE]
        pieces.append(b" .\n".join(piece) + b" .\n")
        counts.append(len(piece))
    return tuple(pieces), tuple(counts)


def _check_graph_iri(iri: str) -> str:
    try:
        NamedNode(iri)
    except ValueError as error:
        raise UsageError(f"--graph: not a valid IRI: {error}") from None
    if ":" not in iri:
        raise UsageError(f"--graph: expected an absolute IRI, got {iri!r}")
    return iri


def plan_load(
    paths: Sequence[Path] = (DEFAULT_INPUT,),
    *,
    graph: str | None = None,
    into_default: bool = False,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> LoadPlan:
    """Read `paths` and decide every request: graphs, methods, N-Triples payloads."""
    if graph is not None and into_default:
        raise UsageError("--graph and --default-graph exclude each other; choose one")
    if chunk_size < 1:
        raise UsageError(f"--chunk-size: expected a positive number of triples, got {chunk_size}")
    target = _check_graph_iri(graph) if graph is not None else None
    paths = tuple(paths) or (DEFAULT_INPUT,)
    grouped = read_graphs(paths, target, into_default)
    plans = [
        GraphPlan(name, tuple(grouped[name]), chunk_size)
        for name in sorted(grouped, key=lambda n: (n is not None, n or ""))
        if grouped[name]
    ]
    if not plans:
        raise UsageError(f"nothing to load: {', '.join(map(str, paths))} hold no triples")
    return LoadPlan(paths, tuple(plans), chunk_size)


# ---------------------------------------------------------------- sending


class _Body:
    """A replayable request body (digest auth resends it) that reports progress per piece."""

    def __init__(self, chunk: Chunk, report: ProgressCallback) -> None:
        self.chunk = chunk
        self.report = report

    def __iter__(self) -> Iterator[bytes]:
        sent = 0
        self.report(0)
        for piece, count in zip(self.chunk.pieces, self.chunk.piece_triples, strict=True):
            yield piece
            sent += count
            self.report(sent)


def _with_retries(action: Callable[[], T], options: LoadOptions, counter: list[int]) -> T:
    """Run `action`, retrying `Retryable` failures with exponential backoff."""
    for attempt in range(options.retries + 1):
        counter[0] += 1
        try:
            return action()
        except Retryable as error:
            if attempt == options.retries:
                tries = options.retries + 1
                suffix = f" (after {tries} attempts)" if tries > 1 else ""
                raise StoreError(f"{error}{suffix}") from None
            time.sleep(options.backoff * 2**attempt)
    raise AssertionError("unreachable")  # pragma: no cover


def graph_params(
    endpoint: Endpoint, graph: str | None, atomic: bool
) -> tuple[tuple[str, str], ...]:
    """Query parameters of a Graph Store request for `graph` (None: the default graph)."""
    target = ("graph", graph) if graph is not None else ("default", "")
    return (target,) if atomic else (target, *endpoint.preset.bulk_params)


def make_client(endpoint: Endpoint, options: LoadOptions) -> httpx.Client:
    """An httpx client with the endpoint's auth; secrets stay inside the auth object."""
    import httpx

    timeout = httpx.Timeout(options.timeout, connect=min(options.timeout, 10.0))
    return httpx.Client(auth=http_auth(endpoint.credentials), timeout=timeout)


def _prime_digest(client: httpx.Client, endpoint: Endpoint, what: str) -> None:
    """Get the digest challenge with a tiny GET so big bodies are sent once, already signed."""
    import httpx

    try:
        response = client.get(endpoint.gsp_url, params={"graph": "urn:x-kg:auth-probe"})
    except httpx.TransportError as error:
        raise transport_failure(error, what, endpoint.gsp_url, client.timeout.read or 0) from None
    if response.status_code in (401, 403) or response.status_code >= 500:
        raise http_failure(response, what, endpoint)


def _send_graph(
    client: httpx.Client,
    endpoint: Endpoint,
    graph: GraphPlan,
    report: ProgressCallback,
    options: LoadOptions,
) -> None:
    import httpx

    done = 0
    for index, chunk in enumerate(graph.chunks, start=1):
        part = f" chunk {index}/{len(graph.chunks)}" if len(graph.chunks) > 1 else ""
        what = f"loading {graph.label}{part} ({chunk.method} {redact(endpoint.gsp_url)})"
        base = done

        def progress(sent: int, base: int = base) -> None:
            report(base + sent)

        body = _Body(chunk, progress)
        try:
            response = client.request(
                chunk.method,
                endpoint.gsp_url,
                params=graph_params(endpoint, graph.graph, options.atomic),
                content=body,
                headers={"Content-Type": NTRIPLES, "Content-Length": str(chunk.size)},
            )
        except httpx.TransportError as error:
            raise transport_failure(error, what, endpoint.gsp_url, options.timeout) from None
        if not response.is_success:
            raise http_failure(response, what, endpoint)
        done += chunk.triples


def _build_requests(graph: GraphPlan) -> tuple[Chunk, ...]:
    return graph.chunks


def execute_load(
    plan: LoadPlan,
    endpoint: Endpoint,
    options: LoadOptions | None = None,
    on_progress: ProgressCallback | None = None,
) -> LoadResult:
    """Send every graph of `plan`, then verify the counts; StoreError on any failure."""
    from kg.triplecount import count_triples

    options = options or LoadOptions()
    if any(g.graph is None for g in plan.graphs) and not endpoint.default_graph:
        raise UsageError(
            f"the {endpoint.preset.name} Graph Store has no default graph; "
            "load into a named graph with --graph IRI"
        )
    report = on_progress or (lambda done: None)
    counter = [0]
    started = time.perf_counter()
    with make_client(endpoint, options) as client:
        if endpoint.credentials.scheme == "digest":
            _with_retries(
                lambda: _prime_digest(
                    client, endpoint, f"authenticating ({redact(endpoint.gsp_url)})"
                ),
                options,
                counter,
            )
        done = 0
        # build the graphs' requests in a helper thread, ahead of the graph being sent
        # (the sender mostly waits on the socket, which releases the GIL)
        builder = ThreadPoolExecutor(max_workers=1)
        try:
            ready = [builder.submit(_build_requests, graph) for graph in plan.graphs]
            for graph, built in zip(plan.graphs, ready, strict=True):
                built.result()
                base = done

                def send(graph: GraphPlan = graph, base: int = base) -> None:
                    _send_graph(client, endpoint, graph, lambda n: report(base + n), options)

                _with_retries(send, options, counter)
                done += graph.triples
                report(done)
        finally:
            builder.shutdown(wait=True, cancel_futures=True)
        results = []
        for graph in plan.graphs:
            found = None
            if options.verify:

                def count(graph: GraphPlan = graph) -> int:
                    return count_triples(client, endpoint, graph.graph, options.timeout)

                found = _with_retries(count, options, counter)
            results.append(GraphResult(graph.graph, graph.triples, found))
    seconds = time.perf_counter() - started
    wrong = [r for r in results if r.found is not None and r.found != r.sent]
    if wrong:
        detail = "; ".join(
            f"{'<' + r.graph + '>' if r.graph else 'default graph'} holds {r.found}, sent {r.sent}"
            for r in wrong
        )
        raise StoreError(f"verification failed at {redact(endpoint.query_url)}: {detail}")
    return LoadResult(plan, tuple(results), seconds, counter[0])


__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_INPUT",
    "Chunk",
    "GraphPlan",
    "GraphResult",
    "LoadOptions",
    "LoadPlan",
    "LoadResult",
    "execute_load",
    "plan_load",
    "read_graphs",
]
