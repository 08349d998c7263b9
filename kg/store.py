"""The embedded store: a persistent Oxigraph folder (out/store) next to the exports.

`kg build` writes it once; `kg query` and `kg serve` open it read-only, so querying
never re-parses Turtle. Any RDF file(s) can be loaded into an in-memory store too.
Embedded and remote stores share one small interface (`Store.query`), and answer
with pyoxigraph terms, so rendering does not care where results came from.

This module deliberately does not import rdflib at module level: `kg query` on the
embedded store must start about as fast as `import pyoxigraph`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError, StoreError, UsageError, rdf_syntax_error
from kg.prefixes import PREFIXES

# Not `from typing import TYPE_CHECKING`: importing typing alone is about a tenth of
# `kg query`'s start-up budget. Type checkers treat this name as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Protocol

    from rdflib import Dataset

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

# A file extension -> pyoxigraph format; `.json` is JSON-LD as in kg.rdfio.
_EXTENSIONS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "json": ox.RdfFormat.JSON_LD,
    "rdf": ox.RdfFormat.RDF_XML,
    "owl": ox.RdfFormat.RDF_XML,
    "xml": ox.RdfFormat.RDF_XML,
    "n3": ox.RdfFormat.N3,
}

# Patterns are (text, flags) and compiled on first use (re caches them): importing
# this module must stay cheap, since `kg query` starts with it.
_SYNTAX_AT = (r"^error at (\d+):(\d+): ?(.*)$", re.DOTALL)


def pattern(spec: tuple[str, int]) -> re.Pattern[str]:
    """The compiled pattern for (text, flags); re's cache makes repeats a lookup."""
    return re.compile(*spec)


class Value:
    """Equality and repr from `__slots__`: small value objects without importing typing
    (NamedTuple) or dataclasses (which imports inspect) on `kg query`'s start-up path."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Value)
            and type(other) is type(self)
            and self._values() == other._values()
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class SelectResult(Value):
    """Rows of a SELECT query; a cell is None when its variable is unbound."""

    __slots__ = ("rows", "variables")

    def __init__(self, variables: list[str], rows: list[tuple[Term | None, ...]]) -> None:
        self.variables = variables
        self.rows = rows


class AskResult(Value):
    """The answer of an ASK query."""

    __slots__ = ("value",)

    def __init__(self, value: bool) -> None:
        self.value = value


class GraphResult(Value):
    """Triples of a CONSTRUCT or DESCRIBE query."""

    __slots__ = ("triples",)

    def __init__(self, triples: list[ox.Triple]) -> None:
        self.triples = triples


QueryResult = SelectResult | AskResult | GraphResult

if TYPE_CHECKING:

    class Store(Protocol):
        """Anything that answers SPARQL: the embedded store or a remote endpoint.

        `union_default_graph`: the default graph is the union of all graphs (as in
        `kg query`), unless the query names its own dataset with FROM.
        """

        def query(self, text: str, *, union_default_graph: bool = True) -> QueryResult: ...

        def close(self) -> None: ...


class QuerySyntaxError(KgError):
    """The SPARQL text does not parse; says where (exit 1)."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        self.detail = message
        self.line = line
        self.column = column
        where = f"line {line}, column {column}: " if line is not None else ""
        super().__init__(f"SPARQL syntax error at {where}{message}")


def syntax_error(error: SyntaxError) -> QuerySyntaxError:
    """Turn pyoxigraph's 'error at L:C: …' into a QuerySyntaxError with line and column.

    Oxigraph's column is one past the offending character (`}` in column 1 is
    reported as 2), so it is shifted back to the usual 1-based column.
    """
    text = str(error).strip()
    match = pattern(_SYNTAX_AT).match(text)
    if match:
        column = max(1, int(match.group(2)) - 1)
        return QuerySyntaxError(_short(match.group(3)), int(match.group(1)), column)
    return QuerySyntaxError(_short(text))


_STRINGS_AND_COMMENTS = (
    r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\""
    r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*",
    re.DOTALL,
)
# FROM as a keyword: not a variable (?from, $from) nor part of a name (soc:from, from_x)
_DATASET_CLAUSE = (r"(?<![?$:\w-])FROM\b", re.IGNORECASE)


def _short(message: str, limit: int = 160) -> str:
    """One line; Oxigraph can list every character class it expected."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def names_dataset(text: str) -> bool:
    """True when the query has FROM / FROM NAMED (then it chooses its own graphs)."""
    if "from" not in text.lower():
        return False
    return bool(pattern(_DATASET_CLAUSE).search(pattern(_STRINGS_AND_COMMENTS).sub(" ", text)))


# Copies every graph's triples into the default graph. The store is a set of quads, so
# a triple stated in several graphs is there once: the RDF merge SPARQL defines.
_MERGE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def merge_into_default_graph(store: ox.Store) -> None:
    """Fill the default graph with the merge of all graphs (a set, not a bag).

    Oxigraph's own union default graph (`use_default_graph_as_union`, and the
    server's `--union-default-graph`) is a bag: a triple in two graphs matches
    twice, so rows repeat and COUNT and SUM over shared facts double. A stored
    merge answers plain patterns once per triple, as rdflib and Jena TDB do.
    """
    store.update(_MERGE)


def default_graph_filled(store: ox.Store) -> bool:
    """True when the default graph holds anything (in a built store: the merge)."""
    return (
        next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None
    )


def holds_merge(path: Path) -> bool:
    """True when the store folder at `path` has the merge in its default graph (every
    store `kg build` writes; older ones and other tools' stores may not)."""
    try:
        return default_graph_filled(ox.Store.read_only(str(path)))
    except (OSError, RuntimeError) as error:  # pyoxigraph reports a damaged folder so
        raise StoreError(f"{path}: cannot open the store: {_short(str(error))}") from None


class EmbeddedStore:
    """An Oxigraph store (on disk read-only, or in memory for loaded files).

    The union default graph is the merge held in the default graph (`merged`): the
    one `kg build` stores, or the one `load_sources` makes when asked; with
    `--no-union` the default graph is then empty, as a build puts every triple in a
    named graph. A store with no merge falls back on Oxigraph's union, which repeats
    a triple found in several graphs.
    """

    def __init__(self, store: ox.Store, description: str, *, merged: bool | None = None) -> None:
        self._store = store
        self.description = description
        self.merged = default_graph_filled(store) if merged is None else merged

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph Store (for callers that need the raw API)."""
        return self._store

    def query(self, text: str, *, union_default_graph: bool = True) -> QueryResult:
        answer = self.raw_query(text, union_default_graph=union_default_graph)
        try:
            return materialise(answer)
        except OSError as error:
            raise StoreError(f"{self.description}: {error}") from None

    def raw_query(self, text: str, *, union_default_graph: bool = True) -> Any:
        """pyoxigraph's own answer (lazy solutions), with our errors mapped."""
        try:
            dataset = {} if names_dataset(text) else self._default_graph(union_default_graph)
            return self._store.query(text, prefixes=PREFIXES, **dataset)
        except SyntaxError as error:
            raise syntax_error(error) from None
        except OSError as error:
            raise StoreError(f"{self.description}: {error}") from None

    def _default_graph(self, union: bool) -> dict[str, Any]:
        """pyoxigraph's query options for the default graph a query without FROM sees."""
        if union:
            return {} if self.merged else {"use_default_graph_as_union": True}
        return {"default_graph": []} if self.merged else {}

    def close(self) -> None:
        """Nothing to release explicitly: pyoxigraph closes the folder when collected."""


def materialise(answer: Any) -> QueryResult:
    """Read a pyoxigraph answer fully into plain rows (one pass, no per-cell lookups)."""
    if isinstance(answer, ox.QueryBoolean):
        return AskResult(bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = [variable.value for variable in answer.variables]
        return SelectResult(names, [tuple(solution) for solution in answer])
    return GraphResult(list(answer))


def rdf_format(path: Path) -> ox.RdfFormat:
    """The pyoxigraph format for a file, from its extension."""
    ext = path.suffix.lower().lstrip(".")
    if ext not in _EXTENSIONS:
        known = ", ".join(sorted(_EXTENSIONS))
        raise UsageError(f"{path}: unknown RDF file extension '.{ext}'; expected one of {known}")
    return _EXTENSIONS[ext]


def is_store_folder(path: Path) -> bool:
    """True when `path` looks like an Oxigraph (RocksDB) store folder."""
    return path.is_dir() and (path / "CURRENT").is_file()


def open_store(path: Path) -> EmbeddedStore:
    """Open a built store folder read-only; a missing one says how to build it."""
    if not is_store_folder(path):
        raise StoreError(
            f"no embedded store at {path}: run `kg build` (it writes out/store), "
            "or query files with --data FILE"
        )
    try:
        return EmbeddedStore(ox.Store.read_only(str(path)), str(path))
    except (OSError, RuntimeError) as error:  # RuntimeError: a damaged folder
        raise StoreError(f"{path}: cannot open the store: {_short(str(error))}") from None


def load_sources(paths: Sequence[Path], *, merge: bool = True) -> EmbeddedStore:
    """An in-memory store holding every file (by extension) and store folder given.

    Triples files land in the default graph; quad files keep their named graphs;
    with the union default graph, all of it is queried together.
    """
    if len(paths) == 1 and paths[0].is_dir():
        return open_store(paths[0])
    store = ox.Store()
    for path in paths:
        if path.is_dir():  # its named graphs; the merge in its default graph is made again
            built = open_store(path).oxigraph.quads_for_pattern(None, None, None, None)
            store.extend(q for q in built if not isinstance(q.graph_name, ox.DefaultGraph))
            continue
        if not path.is_file():
            raise UsageError(f"{path}: no such RDF file or store folder")
        try:
            store.load(path=str(path), format=rdf_format(path))
        except SyntaxError as error:
            raise rdf_syntax_error(path, error) from None
    description = ", ".join(str(path) for path in paths)
    if merge:  # for union queries; without it the files' own default graph stays apart
        merge_into_default_graph(store)
    return EmbeddedStore(store, description, merged=merge)


def _with_merge(items: Iterable[ox.Quad | ox.Triple]) -> Iterator[ox.Quad]:
    """Each quad, and each statement again in the default graph: the stored merge, made
    in the same pass (a SPARQL INSERT afterwards took twice as long as the load)."""
    for item in items:
        if isinstance(item, ox.Quad) and not isinstance(item.graph_name, ox.DefaultGraph):
            yield item
        yield ox.Quad(item.subject, item.predicate, item.object)


def _nquads(dataset: Dataset) -> bytes:
    """One N-Quads serialisation of an rdflib Dataset (the fast path into Oxigraph)."""
    data = dataset.serialize(format="nquads", encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


def write_store(source: Dataset | Path | Iterable[ox.Quad], path: Path) -> Path:
    """Create or replace the store folder at `path` from a dataset, an RDF file or quads,
    with the merge of all its graphs in the default graph (see `merge_into_default_graph`).

    Builds into a temporary folder beside `path`, then renames it into place, so a
    failure leaves the previous store (or none), never half of one.
    """
    import shutil
    import tempfile

    from kg.rdfio import replace_folder

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=f".{path.name}.new-", dir=path.parent))
    try:
        store = ox.Store(str(temporary))
        if isinstance(source, Path):
            parsed: Iterable[ox.Quad | ox.Triple] = ox.parse(
                path=str(source), format=rdf_format(source)
            )
        elif hasattr(source, "serialize") and hasattr(source, "graphs"):
            parsed = ox.parse(_nquads(source), format=ox.RdfFormat.N_QUADS)  # type: ignore[arg-type]
        else:
            parsed = source
        store.bulk_extend(_with_merge(parsed))
        store.flush()
        store.optimize()
        del store
        replace_folder(temporary, path)
    except SyntaxError as error:
        shutil.rmtree(temporary, ignore_errors=True)
        raise StoreError(f"{path}: cannot write the store: {error}") from None
    except OSError as error:
        shutil.rmtree(temporary, ignore_errors=True)
        raise StoreError(f"{path}: cannot write the store: {error}") from None
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return path
