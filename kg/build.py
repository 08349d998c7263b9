"""`kg build`: sources → records → validated RDF dataset → files in `out/`.

The one place the stages are wired together. Nothing is written unless every
source loads and the graph conforms to the SHACL shapes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.dataset import build_dataset
from kg.errors import ValidationFailed
from kg.export import write_all
from kg.extract import text_documents
from kg.ids import DEFAULT_BASE, normalise_base
from kg.mapping import Iris
from kg.rdfio import atomic_write, staged_folder
from kg.records import Corpus, Location, SourceRecords
from kg.reference import ReferenceReader
from kg.schema import Index
from kg.sources import check_document, read_sources, source_files
from kg.store import write_store
from kg.validate import ValidationResult, compact, validate_dataset
from kg.vocab import load_vocabulary
from kg.void import publish_folder, write_void
from kg.yamlio import read_yaml


@dataclass
class BuildResult:
    """What a build produced: the dataset, its validation and the files written."""

    dataset: Dataset
    validation: ValidationResult
    corpus: Corpus
    base_iri: str = DEFAULT_BASE
    publish_url: str | None = None  # where the outputs will be published (void.ttl links)
    paths: list[Path] = field(default_factory=list)

    def counts_by_class(self) -> list[tuple[str, int]]:
        typed = {
            (s, o)
            for s, _, o, g in self.dataset.quads((None, RDF.type, None, None))
            if not str(g).endswith("/graph/vocabulary")
        }
        counts = Counter(compact(o) for _, o in typed)
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    def triples_by_graph(self) -> list[tuple[str, int]]:
        return sorted(
            (str(g.identifier), len(g))
            for g in self.dataset.graphs()
            if len(g) and isinstance(g.identifier, URIRef)
        )

    def summary(self) -> str:
        lines = [f"triples: {sum(n for _, n in self.triples_by_graph())}"]
        lines += [f"graph {name}: {n}" for name, n in self.triples_by_graph()]
        lines += [f"class {name}: {n}" for name, n in self.counts_by_class()]
        lines.append(f"shacl: {'conforms' if self.validation.conforms else 'violations'}")
        return "\n".join(lines) + "\n"


# Told each step of a long build: (what, done, total); total 0 when it cannot be counted.
Report = Callable[[str, int, int], None]


def _quiet(what: str, done: int, total: int) -> None:
    """No progress shown (the library's default; the CLI shows it on a terminal)."""


def load_corpus(data_dir: Path, report: Report = _quiet) -> tuple[Corpus, Index]:
    """Read reference tables and every source file; ids are checked across files."""
    index = Index()
    report("reading sources", 0, 0)
    reference = ReferenceReader(data_dir / "reference", index).read()
    documents = [
        (path, check_document(read_yaml(path), path)) for path in source_files(data_dir / "sources")
    ]
    documents += text_documents(
        data_dir / "sources",
        data_dir / "reference",
        index,
        documents,
        on_release=lambda done, total: report("extracting text releases", done, total),
    )
    sources = read_sources(documents, load_vocabulary(), index)
    return Corpus(reference=reference, sources=tuple(sources)), index


def reserved_index(data_dir: Path) -> tuple[Index, dict[tuple[str, str, str], str]]:
    """Ids (and post labels) the reference tables and curated YAML already use.

    `kg extract` drafts around them so a reviewed draft can be dropped into
    `data/sources/` without clashing.
    """
    from kg.extract import curated_posts
    from kg.sources import declare

    index = Index()
    ReferenceReader(data_dir / "reference", index).read()
    documents = [
        (path, check_document(read_yaml(path), path)) for path in source_files(data_dir / "sources")
    ]
    for path, document in documents:
        declare(document, path, index)
    return index, curated_posts(documents)


def record_locations(corpus: Corpus, iris: Iris) -> dict[Node, Location]:
    """Node → file and line of the record that made it, for readable SHACL errors."""
    found: dict[Node, Location] = {}
    for records in corpus.all():
        _locate(records, iris, found)
    return found


def _locate(records: SourceRecords, iris: Iris, found: dict[Node, Location]) -> None:
    found[iris.source(records.source.id)] = records.source.location
    for org in records.organisations:
        found.setdefault(iris.organisation(org.id), org.location)
    for person in records.people:
        found.setdefault(iris.of("person", person.id), person.location)
        for post in person.posts:
            found.setdefault(iris.post(post), post.location)
    for place in records.places:
        found.setdefault(iris.of("place", place.id), place.location)
    for figure in records.figures:
        found[iris.figure(figure)] = figure.location
    for case in records.cases:
        found[iris.of("case", case.id)] = case.location
        for nested in (*case.outcomes, *case.figures):
            found[iris.figure(nested)] = nested.location
        for money in case.amounts:
            found[iris.of("amount", money.id)] = money.location


def assemble(
    data_dir: Path, base_iri: str = DEFAULT_BASE, report: Report = _quiet
) -> tuple[Dataset, ValidationResult, Corpus]:
    """Load, map and validate; raises on bad sources, returns the validation either way."""
    base = normalise_base(base_iri)
    corpus, index = load_corpus(data_dir, report)
    report("mapping to RDF", 0, 0)
    dataset = build_dataset(corpus, index, load_vocabulary(), base)
    report("validating with SHACL", 0, 0)
    validation = validate_dataset(dataset, record_locations(corpus, Iris(base, index)))
    return dataset, validation, corpus


def _fail_on(validation: ValidationResult) -> None:
    if not validation.conforms:
        shown = "\n".join(f"  {v}" for v in validation.violations[:50])
        more = len(validation.violations) - 50
        tail = f"\n  … and {more} more" if more > 0 else ""
        raise ValidationFailed(
            f"the graph breaks {len(validation.violations)} SHACL constraint(s); "
            f"nothing was written:\n{shown}{tail}"
        )


def build_graph(
    data_dir: Path,
    output_dir: Path,
    base_iri: str = DEFAULT_BASE,
    publish_url: str | None = None,
    report: Report = _quiet,
) -> BuildResult:
    """Build, validate and write every output; raises `ValidationFailed` before writing.

    The outputs are written into a staging folder and moved into `output_dir`
    together at the end, so an error or Ctrl-C leaves the previous build whole.
    """
    if publish_url is not None:
        publish_folder(publish_url)  # a bad URL fails before the work, not after it
    dataset, validation, corpus = assemble(data_dir, base_iri, report)
    _fail_on(validation)
    result = BuildResult(dataset, validation, corpus, base_iri, publish_url)
    report("writing outputs", 0, 0)
    with staged_folder(output_dir) as staging:
        written = _write_outputs(result, staging)
    result.paths = [output_dir / path.name for path in written]
    return result


def _write_outputs(result: BuildResult, folder: Path) -> list[Path]:
    """Every file of a build into `folder`: the exports, the store, the view, report,
    summary and the dataset's VoID description."""
    paths = write_all(result.dataset, folder)
    void = write_void(result.dataset, folder / "void.ttl", result.base_iri, result.publish_url)
    paths.append(void)
    paths.append(write_store(result.dataset, folder / "store"))  # for kg query / kg serve
    from kg.viz import write_graph_html  # lazy: networkx is only needed for the view

    paths.append(write_graph_html(result.dataset, folder / "graph.html"))
    report_path = folder / "validation-report.ttl"
    with atomic_write(report_path) as stream:
        stream.write(result.validation.report.serialize(format="turtle"))
    summary_path = folder / "summary.txt"
    with atomic_write(summary_path) as stream:
        stream.write(result.summary())
    return [*paths, report_path, summary_path]


def validate_sources(data_dir: Path, base_iri: str = DEFAULT_BASE, report: Report = _quiet) -> str:
    """Check everything a build checks, write nothing, and say what was checked."""
    _, validation, corpus = assemble(data_dir, base_iri, report)
    _fail_on(validation)
    return f"ok: {len(corpus.sources)} source(s) and the reference tables conform to the shapes"


def extracted_dataset(
    paths: list[Path],
    data_dir: Path,
    base_iri: str = DEFAULT_BASE,
    jobs: int = 1,
    model: str | None = None,
    on_release: Callable[[int, int], None] | None = None,
) -> Dataset:
    """`kg extract --format trig|ttl`: releases → RDF, one named graph per release.

    The drafted documents go through the curated loader and the ordinary
    mapping, so extracted RDF keeps the ontology contract (an soc:ExtractionRun,
    soc:confidence, soc:spanStart/soc:spanEnd, soc:evidence). Only the releases'
    graphs are returned; reference entities keep their usual IRIs.
    """
    from kg.extract import draft_documents
    from kg.extract.draft import as_lines
    from kg.extract.frontmatter import read_release
    from kg.ids import graph_iri
    from kg.namespaces import bind_prefixes

    base = normalise_base(base_iri)
    reserved, posts = reserved_index(data_dir)
    index = Index()
    reference = ReferenceReader(data_dir / "reference", index).read()
    drafted = draft_documents(
        paths,
        data_dir / "reference",
        reserved,
        jobs=jobs,
        model=model,
        posts=posts,
        on_release=on_release,
    )
    documents = [(path, as_lines(document, read_release(path).text)) for path, document in drafted]
    sources = read_sources(documents, load_vocabulary(), index)
    corpus = Corpus(reference=reference, sources=tuple(sources))
    full = build_dataset(corpus, index, load_vocabulary(), base)
    result = Dataset()
    bind_prefixes(result)
    for records in sources:
        name = graph_iri(base, records.source.id)
        graph = result.graph(name)
        for triple in full.graph(name):
            graph.add(triple)
    return result
