"""Extracted releases → an RDF dataset (the `kg extract --format trig|ttl` output).

Drafted documents go through the curated loader (`kg.sources`) and the
ordinary mapping, so extracted RDF follows the same ontology contract as a
build: one named graph per release, `prov:wasGeneratedBy` an
`soc:ExtractionRun`, `soc:confidence`, `soc:spanStart`/`soc:spanEnd` and
`soc:evidence` on every extracted fact. Only the releases' graphs are
returned; reference entities are referred to by their usual IRIs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rdflib import Dataset

from kg.dataset import build_dataset
from kg.extract import draft_documents
from kg.extract.draft import as_lines
from kg.extract.frontmatter import read_release
from kg.ids import graph_iri, normalise_base
from kg.namespaces import bind_prefixes
from kg.records import Corpus
from kg.reference import ReferenceReader
from kg.schema import Index
from kg.sources import read_sources
from kg.vocab import load_vocabulary


def extracted_dataset(
    paths: Sequence[Path],
    reference_dir: Path,
    base_iri: str,
    jobs: int = 1,
    model: str | None = None,
) -> Dataset:
    """Extract `paths` and map them to RDF, one named graph per release."""
    base = normalise_base(base_iri)
    index = Index()
    reference = ReferenceReader(reference_dir, index).read()
    reserved = Index(spaces={space: dict(ids) for space, ids in index.spaces.items()})
    drafted = draft_documents(paths, reference_dir, reserved, jobs=jobs, model=model)
    documents = [(path, as_lines(document, read_release(path).text)) for path, document in drafted]
    sources = read_sources(documents, load_vocabulary(), index)
    full = build_dataset(
        Corpus(reference=reference, sources=tuple(sources)), index, load_vocabulary(), base
    )
    result = Dataset()
    bind_prefixes(result)
    for records in sources:
        name = graph_iri(base, records.source.id)
        graph = result.graph(name)
        for triple in full.graph(name):
            graph.add(triple)
    return result
