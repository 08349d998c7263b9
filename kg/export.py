"""Writing the dataset as Turtle, N-Triples, TriG, N-Quads and JSON-LD, reproducibly.

Line-based formats are sorted; Turtle and TriG come from rdflib's serialisers,
which order subjects and predicates (TriG's graphs are put in IRI order here,
since rdflib keeps them in a hash-ordered set, and typed literals keep their
exact lexical form); JSON-LD arrays are sorted. Blank nodes get labels from
rdflib's canonical labelling instead of a per-process random id, also when the
dataset was parsed from files (`kg export`). The same dataset therefore always
gives byte-identical files, in any process. Every file is written to a
temporary name and renamed, so a failure never leaves half a file (a device
or FIFO, which cannot be renamed over, is written straight into).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal
from rdflib.compare import _TripleCanonicalizer
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.term import Node

from kg.errors import UsageError
from kg.namespaces import PREFIXES, bind_prefixes
from kg.rdfio import atomic_write

# format name -> file extension
RDF_FORMATS = {
    "turtle": "ttl",
    "ntriples": "nt",
    "trig": "trig",
    "nquads": "nq",
    "jsonld": "jsonld",
}
ALIASES = {
    "ttl": "turtle",
    "nt": "ntriples",
    "nq": "nquads",
    "json-ld": "jsonld",
    "n-triples": "ntriples",
    "n-quads": "nquads",
}


def canonical_format(name: str) -> str:
    """'ttl' → 'turtle'; an unknown name is a usage error listing the known ones."""
    key = ALIASES.get(name.lower(), name.lower())
    if key not in RDF_FORMATS:
        raise UsageError(
            f"--format: unknown RDF format '{name}'; expected one of {', '.join(RDF_FORMATS)}"
        )
    return key


def _union(dataset: Dataset) -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _stable_bnodes(dataset: Dataset) -> Dataset:
    """A copy of `dataset` whose blank nodes carry canonical, content-derived labels.

    rdflib names parsed blank nodes with a random per-process prefix, which
    would make N-Triples, N-Quads and JSON-LD differ between runs. Only the
    triples that touch a blank node are canonicalised, so this stays cheap.
    """
    quads = list(dataset.quads((None, None, None, None)))
    touching = Graph()
    for s, p, o, _ in quads:
        if isinstance(s, BNode) or isinstance(o, BNode):
            touching.add((s, p, o))
    if not len(touching):
        return dataset
    # Iterating an unchanged in-memory graph twice gives the same order, so the
    # canonical triples line up with the originals one for one.
    originals = list(touching)
    canonical = list(_TripleCanonicalizer(touching).canonical_triples())
    labels: dict[Node, Node] = {}
    for original, relabelled in zip(originals, canonical, strict=True):
        for before, after in zip(original, relabelled, strict=True):
            if isinstance(before, BNode):
                labels[before] = after
    stable = Dataset()
    for prefix, namespace in dataset.namespaces():
        stable.bind(prefix, namespace, override=True, replace=True)
    for s, p, o, g in quads:
        graph_id = g.identifier if isinstance(g, Graph) else g
        target = (
            stable.default_graph
            if graph_id in (None, DATASET_DEFAULT_GRAPH_ID)
            else stable.graph(graph_id)
        )
        target.add((labels.get(s, s), p, labels.get(o, o)))
    return stable


class _ExactLiterals(TurtleSerializer):
    """Turtle that reads back as the same literals.

    rdflib writes the decimal "380" as the shorthand `380.0`, which reads back as
    a different literal ("380.0"); such literals are written quoted instead. And
    its triple-quoted form of a text with a line break that ends in a backslash and
    a quote (`\\"`) leaves that quote unescaped, which ends the string early:
    such a text is written on one line with every escape.
    """

    def label(self, node: Node, position: int) -> str:
        if isinstance(node, Literal) and _long_form_breaks(node):
            return _one_line(node, lambda iri: self.get_pname(iri, False))
        if isinstance(node, Literal) and _shorthand_changes(node):
            return node._literal_n3(
                use_plain=False, qname_callback=lambda iri: self.get_pname(iri, False)
            )
        return super().label(node, position)


def _shorthand_changes(literal: Literal) -> bool:
    return literal.datatype is not None and literal._literal_n3(use_plain=True) != str(literal)


def _long_form_breaks(literal: Literal) -> bool:
    """rdflib's triple-quoted form of this text would not parse (see _ExactLiterals)."""
    text = str(literal)
    return "\n" in text and text.endswith('\\"')


def _one_line(literal: Literal, qname: Any) -> str:
    """The literal as a one-line quoted string with its language or datatype."""
    escaped = (
        str(literal)
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
    )
    if literal.language:
        return f'"{escaped}"@{literal.language}'
    if literal.datatype is not None:
        return f'"{escaped}"^^{qname(literal.datatype) or f"<{literal.datatype}>"}'
    return f'"{escaped}"'


class _ExactTurtle(_ExactLiterals):
    pass


class _ExactTrig(_ExactLiterals, TrigSerializer):
    pass


def _turtle(graph: Graph) -> str:
    stream = io.BytesIO()
    _ExactTurtle(graph).serialize(stream, encoding="utf-8")
    return stream.getvalue().decode("utf-8")


def _trig(dataset: Dataset) -> str:
    """TriG with named graphs in IRI order (rdflib's own order follows a set)."""
    serialiser = _ExactTrig(dataset)
    serialiser.contexts.sort(key=lambda graph: str(graph.identifier))
    stream = io.BytesIO()
    serialiser.serialize(stream, encoding="utf-8")
    return stream.getvalue().decode("utf-8")


def _sorted_lines(text: str) -> str:
    # Split on "\n" only: str.splitlines() also breaks at form feeds, U+2028 and
    # the like, which N-Triples literals may hold unescaped.
    lines = sorted({line for line in text.split("\n") if line.strip()})
    return "\n".join(lines) + "\n"


def serialise(
    dataset: Dataset, fmt: str, *, stable: bool = False, union: Graph | None = None
) -> str:
    """The dataset in one format, as deterministic text. `write_all` does the shared work
    once for every format: `stable` says the blank nodes already carry canonical labels,
    `union` is the union graph of that dataset (for Turtle and N-Triples)."""
    fmt = canonical_format(fmt)
    if not stable:
        dataset = _stable_bnodes(dataset)
    if fmt in ("turtle", "ntriples"):
        graph = union if union is not None else _union(dataset)
        return _turtle(graph) if fmt == "turtle" else _sorted_lines(graph.serialize(format="nt"))
    if fmt == "nquads":
        return _sorted_lines(dataset.serialize(format="nquads"))
    if fmt == "trig":
        return _trig(dataset)
    return _jsonld(dataset)


def _jsonld(dataset: Dataset) -> str:
    context = {prefix: iri for prefix, iri in sorted(PREFIXES.items())}
    data = json.loads(dataset.serialize(format="json-ld", context=context, auto_compact=True))
    return json.dumps(_sorted_json(data), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _sorted_json(value: Any, ordered: bool = False) -> Any:
    """Sort every JSON-LD array except `@list` ones: RDF sets have no order."""
    if isinstance(value, dict):
        return {key: _sorted_json(item, ordered=key == "@list") for key, item in value.items()}
    if isinstance(value, list):
        items = [_sorted_json(item) for item in value]
        return items if ordered else sorted(items, key=lambda i: json.dumps(i, sort_keys=True))
    return value


def write_rdf(
    dataset: Dataset, path: Path, fmt: str, *, stable: bool = False, union: Graph | None = None
) -> Path:
    """Serialise then atomically write one file."""
    text = serialise(dataset, fmt, stable=stable, union=union)
    with atomic_write(path) as stream:
        stream.write(text)
    return path


def write_all(
    dataset: Dataset, directory: Path, stem: str = "graph", formats: Iterable[str] = RDF_FORMATS
) -> list[Path]:
    """Every format into `directory/stem.ext` (blank nodes labelled, and the union of the
    graphs made, once for all of them)."""
    names = [canonical_format(f) for f in formats]
    stable = _stable_bnodes(dataset)
    union = _union(stable) if {"turtle", "ntriples"} & set(names) else None
    return [
        write_rdf(stable, directory / f"{stem}.{RDF_FORMATS[name]}", name, stable=True, union=union)
        for name in names
    ]
