"""Saved queries, safe parameter binding, and rendering results for people and tools.

A saved query is `queries/<name>.rq`. Its header comment says what it answers
(`# Question: …`) and which parameters a user may bind (`# Param: place iri …`).
A parameter is bound at its slot, a line ending in the comment `#@param place`:
kg replaces that line with `VALUES ?place { … }` holding properly serialised RDF
terms, so user text is never pasted into SPARQL. Unbound, the slot is just a
comment (every place) or keeps the default `VALUES` written before the marker,
so the file is plain, portable SPARQL for any engine (Virtuoso, for one,
mishandles `VALUES ?x { UNDEF }`).

Like kg.store, this module avoids rdflib so `kg query` starts fast.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.errors import UsageError
from kg.prefixes import PREFIXES, display_prefixes
from kg.shortnames import rewrite
from kg.store import (
    AskResult,
    GraphResult,
    QueryResult,
    QuerySyntaxError,
    SelectResult,
    Term,
    Value,
    pattern,
)

TYPE_CHECKING = False  # see kg.store: no typing import at start-up
if TYPE_CHECKING:
    from kg.queryargs import QueryArgs
    from kg.store import Store

FORMATS = ("table", "csv", "tsv", "json", "markdown")
PARAM_KINDS = ("iri", "string", "integer", "decimal", "gYear", "date")

XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = XSD + "string"
_NAME = (r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", 0)
_QUESTION = (r"^#\s*Question:\s*(.+?)\s*$", 0)
_PARAM = (r"^#\s*Param:\s*(\w+)\s+(\w+)(\s+required\b)?\s*(.*?)\s*$", 0)
_PREFIX_DECL = (r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE)
_LEXICAL = {
    "integer": (r"^[+-]?\d+$", 0),
    "decimal": (r"^[+-]?(\d+(\.\d*)?|\.\d+)$", 0),
    "gYear": (r"^-?\d{4,}$", 0),
    "date": (r"^-?\d{4,}-\d\d-\d\d$", 0),
}
LABEL_LIMIT = 5000


class Param(Value):
    """A parameter a saved query declares: name, kind (iri, string, …) and help."""

    __slots__ = ("description", "kind", "name", "required")

    def __init__(self, name: str, kind: str, description: str, required: bool = False) -> None:
        self.name = name
        self.kind = kind
        self.description = description
        self.required = required


class SavedQuery(Value):
    """A `.rq` file in the queries folder with its question and parameters."""

    __slots__ = ("name", "params", "path", "question")

    def __init__(self, name: str, path: Path, question: str, params: tuple[Param, ...]) -> None:
        self.name = name
        self.path = path
        self.question = question
        self.params = params

    @property
    def text(self) -> str:
        return read_query_file(self.path)


def read_query_file(path: Path) -> str:
    """A `.rq` file's text; one that is not UTF-8 or cannot be read is a usage error."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise UsageError(f"{path}: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise UsageError(f"{path}: cannot be read: {error.strerror or error}") from None


def default_queries_dir() -> Path:
    """`./queries` when it exists, else the queries folder of this source checkout."""
    here = Path("queries")
    if here.is_dir():
        return here
    return Path(__file__).resolve().parent.parent / "queries"


def read_saved(path: Path) -> SavedQuery:
    """Read the header comment of one saved query (the lines before the first non-comment)."""
    question = ""
    params: list[Param] = []
    for line in read_query_file(path).splitlines():
        line = line.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        if match := pattern(_QUESTION).match(line):
            question = match.group(1)
        elif match := pattern(_PARAM).match(line):
            name, kind, required, description = match.groups()
            if kind not in PARAM_KINDS:
                raise UsageError(
                    f"{path}: parameter {name}: unknown kind '{kind}'; "
                    f"expected one of {', '.join(PARAM_KINDS)}"
                )
            params.append(Param(name, kind, description, bool(required)))
    return SavedQuery(path.stem, path, question, tuple(params))


def saved_queries(folder: Path) -> list[SavedQuery]:
    """Every saved query in `folder`, sorted by name."""
    if not folder.is_dir():
        return []
    return [read_saved(path) for path in sorted(folder.glob("*.rq"))]


def looks_like_name(text: str) -> bool:
    """True for `cq07-arrests-2019`-like words (a saved query), False for SPARQL text."""
    return bool(pattern(_NAME).match(text.strip()))


def find_saved(name: str, folder: Path) -> SavedQuery:
    """The saved query called `name` (with or without .rq), or a usage error."""
    stem = name.strip().removesuffix(".rq")
    path = folder / f"{stem}.rq"
    if not path.is_file():
        known = ", ".join(query.name for query in saved_queries(folder)) or "none"
        raise UsageError(
            f"no saved query named '{stem}' in {folder}; `kg query --list` shows them "
            f"(known: {known})"
        )
    return read_saved(path)


def parse_param_options(options: Sequence[str]) -> dict[str, list[str]]:
    """`--param name=value` options; a name given twice binds several values."""
    values: dict[str, list[str]] = {}
    for option in options:
        name, sep, value = option.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param {option!r}: expected NAME=VALUE")
        values.setdefault(name.strip().lstrip("?$"), []).append(value)
    return values


def slot(name: str) -> re.Pattern[str]:
    """A parameter's slot: a line ending in `#@param name`, perhaps after a default
    `VALUES ?name { … }`; binding replaces the whole line."""
    name = re.escape(name)
    return re.compile(
        rf"^([ \t]*)(?:VALUES\s+[?$]{name}\s*\{{[^}}]*\}}\s*)?#\s*@param\s+{name}[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )


def bind_parameters(
    saved: SavedQuery, values: Mapping[str, Sequence[str]], store: Store | None
) -> str:
    """The saved query's text with each given parameter bound to serialised terms."""
    text = saved.text
    declared = {param.name: param for param in saved.params}
    for param in saved.params:
        if param.required and not values.get(param.name):
            raise UsageError(
                f"query '{saved.name}' needs --param {param.name}=… ({param.description})"
            )
    for name, given in values.items():
        if name not in declared:
            known = ", ".join(declared) or "none"
            raise UsageError(
                f"--param {name}: query '{saved.name}' has no such parameter (it takes: {known})"
            )
        param = declared[name]
        terms: list[Term] = []
        for value in given:
            terms.extend(to_terms(param, value, store))
        matches = list(slot(name).finditer(text))
        if not matches:
            raise UsageError(f"{saved.path}: parameter {name} has no `#@param {name}` line")
        bound = f"VALUES ?{name} {{ {' '.join(str(term) for term in dict.fromkeys(terms))} }}"
        # spliced by position, not re.sub: the terms are never read as a template
        for match in reversed(matches):
            text = text[: match.start()] + match.group(1) + bound + text[match.end() :]
    return text


def to_terms(param: Param, value: str, store: Store | None) -> list[Term]:
    """One user value as RDF terms: an IRI, a prefixed name, a label, or a typed literal."""
    value = value.strip()
    if param.kind == "string":
        return [ox.Literal(value)]
    if param.kind != "iri":
        if not pattern(_LEXICAL[param.kind]).match(value):
            raise UsageError(f"--param {param.name}={value!r}: expected an xsd:{param.kind}")
        return [ox.Literal(value, datatype=ox.NamedNode(XSD + param.kind))]
    iri = expand(value)
    if iri is not None:
        try:
            return [ox.NamedNode(iri)]
        except ValueError as error:
            raise UsageError(f"--param {param.name}={value!r}: not an IRI ({error})") from None
    if store is None:
        raise UsageError(f"--param {param.name}={value!r}: expected an IRI")
    found = iris_labelled(store, value)
    if not found:
        raise UsageError(
            f"--param {param.name}={value!r}: nothing has that label; give an IRI "
            "(https://…) or a prefixed name (ct:fraud) instead"
        )
    return list(found)


def expand(value: str) -> str | None:
    """`<iri>`, an absolute IRI or a known prefixed name as an IRI; None for a label."""
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    if re.match(r"^(https?|urn|file|mailto):\S+$", value):
        return value
    prefix, sep, local = value.partition(":")
    prefixes = display_prefixes()
    if sep and prefix in prefixes and " " not in local:
        return prefixes[prefix] + local
    return None


def iris_labelled(store: Store, label: str) -> list[ox.NamedNode]:
    """Entities whose rdfs:label, skos:prefLabel or skos:altLabel is `label` (any case)."""
    wanted = ox.Literal(label.lower())
    text = (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT DISTINCT ?s WHERE {\n"
        f"  VALUES ?wanted {{ {wanted} }}\n"
        "  ?s rdfs:label|skos:prefLabel|skos:altLabel ?label .\n"
        "  FILTER(LCASE(STR(?label)) = ?wanted && isIRI(?s))\n"
        "} ORDER BY ?s"
    )
    result = store.query(text)
    assert isinstance(result, SelectResult)
    return [row[0] for row in result.rows if isinstance(row[0], ox.NamedNode)]


def labels_for(store: Store, result: SelectResult) -> dict[str, str]:
    """Readable labels for the IRIs in a result (rdfs:label, else skos:prefLabel)."""
    iris = sorted(
        {cell.value for row in result.rows for cell in row if isinstance(cell, ox.NamedNode)}
    )[:LABEL_LIMIT]
    if not iris:
        return {}
    values = " ".join(str(ox.NamedNode(iri)) for iri in iris)
    text = (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?s (MIN(?l) AS ?label) WHERE {\n"
        f"  VALUES ?s {{ {values} }}\n"
        "  { ?s rdfs:label ?l }\n"
        "  UNION { ?s skos:prefLabel ?l FILTER NOT EXISTS { ?s rdfs:label ?x } }\n"
        "} GROUP BY ?s"
    )
    answer = store.query(text)
    assert isinstance(answer, SelectResult)
    return {
        row[0].value: row[1].value
        for row in answer.rows
        if isinstance(row[0], ox.NamedNode) and isinstance(row[1], ox.Literal)
    }


def query_prefixes(text: str) -> dict[str, str]:
    """PREFIX declarations of a query, so tables use the names its author chose."""
    return {prefix or "": iri for prefix, iri in pattern(_PREFIX_DECL).findall(text)}


def render_saved_list(queries: Sequence[SavedQuery], folder: Path) -> str:
    """`kg query --list`: each saved query's name, question and parameters."""
    if not queries:
        return f"no saved queries in {folder}\n"
    width = max(len(query.name) for query in queries)
    lines = []
    for query in queries:
        lines.append(f"{query.name.ljust(width)}  {query.question or '(no # Question: header)'}")
        for param in query.params:
            need = ", required" if param.required else ""
            lines.append(
                f"{'':{width}}    --param {param.name}=…  ({param.kind}{need}) {param.description}"
            )
    return "\n".join(lines) + "\n"


# --- rendering ------------------------------------------------------------------


def render(
    result: QueryResult,
    fmt: str,
    *,
    labels: Mapping[str, str] | None = None,
    prefixes: Mapping[str, str] | None = None,
) -> str:
    """The result as text in `fmt` (table, csv, tsv, json, markdown).

    SELECT and ASK follow the W3C result formats for csv, tsv and json;
    CONSTRUCT and DESCRIBE are always Turtle.
    """
    if fmt not in FORMATS:
        raise UsageError(f"--format {fmt}: expected one of {', '.join(FORMATS)}")
    if isinstance(result, GraphResult):
        return turtle(result.triples)
    if isinstance(result, AskResult):
        if fmt == "json":
            import json

            return json.dumps({"head": {}, "boolean": result.value}) + "\n"
        return ("true" if result.value else "false") + "\n"
    if fmt == "json":
        return results_json(result)
    if fmt == "csv":
        return results_csv(result)
    if fmt == "tsv":
        return results_tsv(result)
    names = {**display_prefixes(), **(prefixes or {})}
    ordered = sorted(names.items(), key=lambda item: -len(item[1]))
    cells = [[readable(cell, labels or {}, ordered) for cell in row] for row in result.rows]
    if fmt == "markdown":
        return markdown_table(result.variables, cells)
    return text_table(result.variables, cells)


def turtle(triples: Sequence[ox.Triple]) -> str:
    """Triples as Turtle with the project prefixes."""
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return data.decode("utf-8") if data else ""


def compact(iri: str, ordered: Sequence[tuple[str, str]]) -> str:
    """`prefix:local` for an IRI under a known namespace, else `<iri>`."""
    for prefix, namespace in ordered:
        if namespace and iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return f"<{iri}>"


def readable(
    term: Term | None, labels: Mapping[str, str], ordered: Sequence[tuple[str, str]]
) -> str:
    """A cell for people: `Label (prefix:name)`, plain literal text, `_:b` for blanks."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        short = compact(term.value, ordered)
        label = labels.get(term.value)
        return f"{label} ({short})" if label else short
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


# bidi embeddings, overrides and isolates reorder the text around them on screen
# ("Trojan Source"), so a value could show as something it is not
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _is_control(char: str) -> bool:
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F or char in _BIDI_CONTROLS


def visible(text: str) -> str:
    """`text` with C0 and C1 control characters and bidi controls written as escapes
    (`\\n`, `\\x1b`, `\\u202e`), for text meant for a terminal: a label holding ESC
    sequences or a newline cannot recolour the screen, move the cursor or fake a line.
    Data formats (csv, tsv, json, Turtle) keep values exact and do not use it."""
    if not any(_is_control(char) for char in text):
        return text
    return "".join(repr(char)[1:-1] if _is_control(char) else char for char in text)


def _one_line(text: str) -> str:
    return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")


def text_table(variables: Sequence[str], cells: Sequence[Sequence[str]]) -> str:
    """An aligned plain-text table with a row count (no colours: pipes and files stay clean)."""
    header = list(variables)
    rows = [[visible(_one_line(cell)) for cell in row] for row in cells]
    widths = [len(name) for name in header]
    for row in rows:
        for index, cell in enumerate(row):
            widths[index] = max(widths[index], len(cell))
    lines = [
        "  ".join(name.ljust(width) for name, width in zip(header, widths, strict=True)).rstrip(),
        "  ".join("-" * width for width in widths),
    ]
    lines += [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    count = len(rows)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"


def markdown_cell(text: str) -> str:
    """One Markdown table cell that shows `text` as text: on one line, `|` escaped so it
    cannot end the cell, and `&`, `<`, `>` as entities so a renderer runs no HTML a value
    holds (`<script>`, `<img onerror=…>`)."""
    one_line = visible(_one_line(text).replace("\\", "\\\\")).replace("|", "\\|")
    return one_line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markdown_table(variables: Sequence[str], cells: Sequence[Sequence[str]]) -> str:
    """A GitHub-flavoured Markdown table; no value can break a cell or hold HTML."""
    lines = [
        "| " + " | ".join(markdown_cell(name) for name in variables) + " |",
        "|" + "|".join("---" for _ in variables) + "|",
    ]
    lines += ["| " + " | ".join(markdown_cell(cell) for cell in row) + " |" for row in cells]
    return "\n".join(lines) + "\n"


def json_term(term: Term) -> dict[str, object]:
    """One RDF term in SPARQL 1.1 Query Results JSON."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": json_term(term.subject),
            "predicate": json_term(term.predicate),
            "object": json_term(term.object),
        },
    }


def results_json(result: SelectResult) -> str:
    """SPARQL 1.1 Query Results JSON (application/sparql-results+json)."""
    import json

    bindings = [
        {name: json_term(cell) for name, cell in zip(result.variables, row, strict=True) if cell}
        for row in result.rows
    ]
    document = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def results_csv(result: SelectResult) -> str:
    """SPARQL 1.1 Query Results CSV: plain values, CRLF line ends, RFC 4180 quoting.

    One change to the values: a text a spreadsheet would run as a formula (`=…`, `@…`,
    `-2+3`) gets a leading `'` (kg.csvcells); numbers such as `-3` stay as they are.
    """
    import csv
    import io

    from kg.csvcells import spreadsheet_safe

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([spreadsheet_safe(_csv_value(cell)) for cell in row])
    return out.getvalue()


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def results_tsv(result: SelectResult) -> str:
    """SPARQL 1.1 Query Results TSV: `?var` header, terms in N-Triples syntax."""
    lines = ["\t".join(f"?{name}" for name in result.variables)]
    for row in result.rows:
        lines.append("\t".join(_tsv_value(cell) for cell in row))
    return "\n".join(lines) + "\n"


def _tsv_value(term: Term | None) -> str:
    if term is None:
        return ""
    return str(term).replace("\t", "\\t")


# --- one call for the CLI ---------------------------------------------------------


class Answer(Value):
    """What `kg query` prints: the result, with labels and prefixes for tables."""

    __slots__ = ("labels", "prefixes", "result", "text")

    def __init__(
        self, result: QueryResult, text: str, labels: dict[str, str], prefixes: dict[str, str]
    ) -> None:
        self.result = result
        self.text = text
        self.labels = labels
        self.prefixes = prefixes


def open_source(
    store_path: Path | None,
    data: Sequence[Path],
    endpoint: str | None,
    timeout: float = 60.0,
    auth: str = "auto",
    resident: bool = False,
    union: bool = True,
) -> Store:
    """The store to ask: a remote endpoint, the given RDF files (their graphs merged
    into the default graph for `union`), or the built store.

    With `resident`, an in-memory copy of the built store is started in the background
    (kg.resident) unless one runs, for the `kg query` runs that follow.
    """
    from kg import store as stores

    if endpoint and (data or store_path):
        raise UsageError("--endpoint cannot be combined with --data or --store")
    if endpoint:
        from kg.remote import RemoteEndpoint

        return RemoteEndpoint(endpoint, timeout=timeout, auth=auth)
    if data:
        sources = [*([store_path] if store_path else []), *data]
        return stores.load_sources(sources, merge=union)
    path = store_path or Path("out/store")
    opened = stores.open_store(path)
    if resident:
        from kg import resident as residents

        residents.start(path)  # later runs on this store answer from memory
    return opened


def query_text(
    query: str | None,
    file: Path | None,
    queries_dir: Path,
    params: Sequence[str],
    store: Store | None,
) -> str:
    """The SPARQL to run: from -f FILE, a saved query by name (params bound), or inline."""
    values = parse_param_options(params)
    if file is not None and query:
        raise UsageError("give either a query (text or saved name) or -f FILE, not both")
    if file is not None:
        if not file.is_file():
            raise UsageError(f"-f {file}: no such file")
        saved = read_saved(file)
        return bind_parameters(saved, values, store)
    if not query or not query.strip():
        raise UsageError("no query: give SPARQL text, -f FILE.rq, or a saved query name")
    if looks_like_name(query):
        saved = find_saved(query, queries_dir)
        return bind_parameters(saved, values, store)
    if values:
        raise UsageError("--param only applies to saved queries (by name or -f FILE)")
    return query


def run_query(
    query: str | None,
    *,
    file: Path | None = None,
    queries_dir: Path | None = None,
    params: Sequence[str] = (),
    store_path: Path | None = None,
    data: Sequence[Path] = (),
    endpoint: str | None = None,
    union: bool = True,
    with_labels: bool = True,
    timeout: float = 60.0,
    auth: str = "auto",
    resident: bool = False,
    store: Store | None = None,
) -> Answer:
    """Open the source, prepare the query, run it and fetch labels for table output.

    A `store` given by the caller is used as it is (and left open).
    """
    own = store is None
    if store is None:
        store = open_source(store_path, data, endpoint, timeout, auth, resident, union)
    try:
        written = query_text(query, file, queries_dir or default_queries_dir(), params, store)
        rewritten = rewrite(written)  # `id:unit/ersou` as the tables print it
        text = rewritten.text
        try:
            result = store.query(text, union_default_graph=union)
        except QuerySyntaxError as error:
            if error.line is None or error.column is None or not rewritten.names:
                raise
            column = rewritten.original_column(error.line, error.column)
            raise QuerySyntaxError(error.detail, error.line, column) from None
        labels: dict[str, str] = {}
        if with_labels and isinstance(result, SelectResult) and result.rows:
            labels = labels_for(store, result)
        return Answer(result, text, labels, query_prefixes(text))
    finally:
        if own:
            store.close()


def execute(args: QueryArgs, store: Store | None = None) -> tuple[str, str, int]:
    """A whole plain `kg query` run as (stdout, stderr, exit code), errors included.

    The entry point's fast lane prints it; the resident copy (kg.residentserver)
    runs it against its in-memory `store` and sends it back, so both print the
    same bytes.
    """
    from kg.errors import KgError

    def path(value: str | None) -> Path | None:
        return Path(value) if value is not None else None

    try:
        answer = run_query(
            args.query,
            file=path(args.file),
            queries_dir=path(args.queries_dir),
            params=args.params,
            store_path=path(args.store_path),
            data=[Path(value) for value in args.data],
            endpoint=args.endpoint,
            union=args.union,
            with_labels=args.labels and args.fmt in ("table", "markdown"),
            timeout=args.timeout,
            auth=args.auth,
            resident=args.resident,
            store=store,
        )
        text = render(answer.result, args.fmt, labels=answer.labels, prefixes=answer.prefixes)
    except KgError as error:
        return "", f"Error: {error}\n", error.exit_code
    false_ask = isinstance(answer.result, AskResult) and not answer.result.value
    return text, "", 1 if false_ask else 0
