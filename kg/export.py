"""Writing the dataset as Turtle, N-Triples, TriG, N-Quads and JSON-LD, reproducibly.

Line-based formats are sorted; Turtle and TriG come from rdflib's serialisers,
which order subjects and predicates; JSON-LD nodes are sorted by `@id`. The
same dataset therefore always gives byte-identical files. Every file is written
to a temporary name and renamed, so a failure never leaves half a file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph

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


def _sorted_lines(text: str) -> str:
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "\n".join(lines) + "\n"


def serialise(dataset: Dataset, fmt: str) -> str:
    """The dataset in one format, as deterministic text."""
    fmt = canonical_format(fmt)
    if fmt == "turtle":
        return _union(dataset).serialize(format="turtle")
    if fmt == "ntriples":
        return _sorted_lines(_union(dataset).serialize(format="nt"))
    if fmt == "nquads":
        return _sorted_lines(dataset.serialize(format="nquads"))
    if fmt == "trig":
        return _trig(dataset)
    return _jsonld(dataset)


def _trig(dataset: Dataset) -> str:
    """TriG with graphs in IRI order (rdflib's own order follows a set)."""
    prefixes = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in sorted(PREFIXES.items()))
    blocks = [prefixes]
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if not len(graph):
            continue
        body = Graph()
        bind_prefixes(body)
        for triple in graph:
            body.add(triple)
        lines = [
            line
            for line in body.serialize(format="turtle").splitlines()
            if not line.startswith("@prefix")
        ]
        inner = "\n".join(f"    {line}" if line else "" for line in lines).strip("\n")
        blocks.append(f"<{graph.identifier}> {{\n{inner}\n}}\n")
    return "\n".join(blocks)


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


def write_rdf(dataset: Dataset, path: Path, fmt: str) -> Path:
    """Serialise then atomically write one file."""
    text = serialise(dataset, fmt)
    with atomic_write(path) as stream:
        stream.write(text)
    return path


def write_all(
    dataset: Dataset, directory: Path, stem: str = "graph", formats: Iterable[str] = RDF_FORMATS
) -> list[Path]:
    """Every format into `directory/stem.ext`."""
    return [
        write_rdf(dataset, directory / f"{stem}.{RDF_FORMATS[canonical_format(f)]}", f)
        for f in formats
    ]
