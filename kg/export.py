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
        return dataset.serialize(format="trig")
    return _jsonld(dataset)


def _jsonld(dataset: Dataset) -> str:
    context = {prefix: iri for prefix, iri in sorted(PREFIXES.items())}
    data = json.loads(dataset.serialize(format="json-ld", context=context, auto_compact=True))
    if isinstance(data, dict) and isinstance(data.get("@graph"), list):
        data["@graph"] = sorted(data["@graph"], key=_node_key)
        for graph in data["@graph"]:
            if isinstance(graph, dict) and isinstance(graph.get("@graph"), list):
                graph["@graph"] = sorted(graph["@graph"], key=_node_key)
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _node_key(node: object) -> str:
    return str(node.get("@id", "")) if isinstance(node, dict) else str(node)


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
