"""Records → an rdflib Dataset: one named graph per source, plus reference and vocabulary.

The reference tables go into `{base}graph/reference`, the ontology and crime
types into `{base}graph/vocabulary`, and each source's facts into
`{base}graph/{source-id}`. Insertion order follows the records, so the same
input always gives the same dataset.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Dataset, Graph, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDFS, SKOS
from rdflib.term import Node

from kg.ids import graph_iri
from kg.mapping import Iris, Mapper, Triple
from kg.namespaces import bind_prefixes
from kg.records import Corpus, SourceRecords
from kg.schema import Index
from kg.vocab import Vocabulary, ontology_graph

VOCABULARY_GRAPH = "vocabulary"


def source_triples(records: SourceRecords, mapper: Mapper) -> Iterator[Triple]:
    """Every triple one source contributes, in record order."""
    yield from mapper.source(records.source)
    for organisation in records.organisations:
        yield from mapper.organisation(organisation)
    for place in records.places:
        yield from mapper.place(place)
    for law in records.legislation:
        yield from mapper.legislation_record(law)
    for membership in records.memberships:
        yield from mapper.membership(membership)
    for person in records.people:
        yield from mapper.person(person)
    for figure in records.figures:
        yield from mapper.figure(figure)
    for case in records.cases:
        yield from mapper.case(case)
    for operation in records.operations:
        yield from mapper.operation(operation)
    for award in records.awards:
        yield from mapper.award(award)


def _add(graph: Graph, triples: Iterable[Triple]) -> None:
    for triple in triples:
        graph.add(triple)


def build_dataset(corpus: Corpus, index: Index, vocabulary: Vocabulary, base: str) -> Dataset:
    """Map the whole corpus into a Dataset with one named graph per source."""
    legislation = {law.id: law.iri for law in corpus.reference.legislation}
    organisation_labels = {
        org.id: org.label
        for records in corpus.all()
        for org in records.organisations
        if org.label and not org.extends
    }
    mapper = Mapper(Iris(base, index), vocabulary, legislation, organisation_labels)
    dataset = Dataset()
    bind_prefixes(dataset)
    vocabulary_graph = dataset.graph(graph_iri(base, VOCABULARY_GRAPH))
    # canonical blank-node labels keep the exports byte-identical between runs
    _add(vocabulary_graph, to_canonical_graph(ontology_graph()))
    first_labels: dict[Node, Node] = {}
    for records in corpus.all():
        graph = dataset.graph(graph_iri(base, records.source.id))
        triples = list(source_triples(records, mapper))
        _add(graph, triples)
        labels = dict.fromkeys((s, o) for s, p, o in triples if p == RDFS.label)
        _keep_first_label(graph, labels, first_labels)
    return dataset


def _keep_first_label(
    graph: Graph, labels: Iterable[tuple[Node, Node]], first_labels: dict[Node, Node]
) -> None:
    """One rdfs:label per entity across sources: a later, different one becomes an altLabel.

    Sources restate entities in their own words ("PCC for Kent", "Kent's
    commissioner"); the first label (reference data first, then sources in
    file order) stays the label, the others remain findable as aliases. `labels` are
    the source's own (subject, label) pairs: asking the graph for them would scan every
    source's labels (rdflib's store indexes by predicate across graphs), once per source.
    """
    for subject, label in labels:
        first = first_labels.setdefault(subject, label)
        if first != label:
            graph.remove((subject, RDFS.label, label))
            graph.add((subject, SKOS.altLabel, label))


def source_graph_iris(dataset: Dataset) -> list[URIRef]:
    """The named graphs of a dataset, sorted (the default graph left out)."""
    return sorted(
        g.identifier
        for g in dataset.graphs()
        if isinstance(g.identifier, URIRef) and g.identifier != URIRef("urn:x-rdflib:default")
    )
