"""Running a saved query over the built dataset with two independent engines.

Rows are normalised to plain strings (prefixed names, `id:` for instance IRIs,
lexical forms for literals) so expected answers can be written by hand.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Literal, URIRef

from kg.ids import DEFAULT_BASE
from kg.namespaces import PREFIXES

Row = dict[str, str]


def normalise(term: object, base: str = DEFAULT_BASE) -> str:
    text = str(term)
    if isinstance(term, URIRef) or type(term).__name__ == "NamedNode":
        text = term.value if hasattr(term, "value") else text  # type: ignore[attr-defined]
        if text.startswith(base + "id/"):
            return "id:" + text[len(base + "id/") :]
        for prefix, iri in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
            if text.startswith(iri):
                return f"{prefix}:{text[len(iri) :]}"
        return text
    if isinstance(term, Literal):
        return str(term)
    return term.value if hasattr(term, "value") else text  # type: ignore[attr-defined]


def rdflib_rows(dataset: Dataset, query: str) -> list[Row]:
    """Answer with rdflib's SPARQL engine over the union of the named graphs."""
    union = Dataset(default_union=True)
    for quad in dataset.quads((None, None, None, None)):
        union.add(quad)
    result = union.query(query)
    return [
        {str(var): normalise(row[var]) for var in result.vars if row[var] is not None}  # type: ignore[index]
        for row in result
    ]


def oxigraph_rows(nquads_path: Path, query: str) -> list[Row]:
    """Answer with pyoxigraph (a different engine) over the N-Quads export."""
    import pyoxigraph

    store = pyoxigraph.Store()
    store.bulk_load(path=str(nquads_path), format=pyoxigraph.RdfFormat.N_QUADS)
    solutions = store.query(query, use_default_graph_as_union=True)
    variables = [v.value for v in solutions.variables]  # type: ignore[union-attr]
    rows = []
    for solution in solutions:  # type: ignore[union-attr]
        rows.append(
            {name: normalise(solution[name]) for name in variables if solution[name] is not None}
        )
    return rows
