"""A VoID and DCAT description of a built dataset (`out/void.ttl`), for data publishers.

Triple stores, catalogues and LOD crawlers read a dataset's VoID description to
learn its size, vocabularies, named graphs and where its dumps are, without
loading it. Besides the sizes and a partition per class and property, the
description holds what only a build knows (its named graphs and sources, the
dump files beside it, the instance IRI space). Every partition has an IRI named
after its term, so the same dataset always gives a byte-identical file. The
dumps are linked (`void:dataDump`, `dcat:downloadURL`) only under the URL the
publisher gives (`kg build --publish-url`): a relative link would need a base
IRI that some loaders, Oxigraph's among them, never supply.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID
from rdflib.term import Node

from kg import __version__
from kg.errors import UsageError
from kg.ids import iri_breakers, normalise_base
from kg.namespaces import PREFIXES, SOC, bind_prefixes
from kg.rdfio import atomic_write

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
# The dumps `kg build` writes beside void.ttl: file, media type, W3C format IRI.
DUMPS = (
    ("graph.ttl", "text/turtle", FORMATS.Turtle),
    ("graph.nt", "application/n-triples", FORMATS["N-Triples"]),
    ("graph.trig", "application/trig", FORMATS.TriG),
    ("graph.nq", "application/n-quads", FORMATS["N-Quads"]),
    ("graph.jsonld", "application/ld+json", FORMATS["JSON-LD"]),
)
Union = set[tuple[Node, Node, Node]]  # the distinct triples of all graphs
MEDIA_TYPES = Namespace("https://www.iana.org/assignments/media-types/")


def dataset_iri(base: str) -> URIRef:
    """`{base}dataset`: the IRI the description gives the whole dataset."""
    return URIRef(f"{normalise_base(base)}dataset")


def part_iri(dataset: URIRef, name: str) -> URIRef:
    """A part of the description (a partition, a subset, a dump) as `{dataset}#{name}`,
    or `{dataset}-{name}` when the base already ends in '#' (an IRI has one fragment)."""
    return URIRef(f"{dataset}{'-' if '#' in dataset else '#'}{name}")


def publish_folder(url: str) -> str:
    """The folder URL the outputs will be published at, ending in '/'; a usage error if it
    is not an absolute http(s) URL, holds a user name or password (they would be written
    into void.ttl), or holds characters an IRI may not. The URL is not echoed."""
    expected = (
        "--publish-url: expected the absolute http(s) URL of the folder the outputs are "
        "published at, with no query or fragment (e.g. https://data.example.org/soc-kg/)"
    )
    if iri_breakers(url):
        raise UsageError(f'{expected}; it holds characters an IRI may not (spaces, <>"{{}}|\\^`)')
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number raises here
    except ValueError:
        raise UsageError(expected) from None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise UsageError(expected)
    if parts.username is not None or parts.password is not None:
        raise UsageError(f"{expected}; a user name or password would be published in void.ttl")
    return url if url.endswith("/") else url + "/"


def describe(dataset: Dataset, base: str, publish_url: str | None = None) -> Graph:
    """The VoID/DCAT graph of `dataset`: its union, its named graphs, its dumps (linked
    under `publish_url` when one is given)."""
    # the union as a plain set: an rdflib Graph of it costs more than every count here
    union = {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
    subject = dataset_iri(base)
    # the project's prefixes win over any other binding of the same name
    prefixes = {**{p: str(n) for p, n in dataset.namespaces()}, **PREFIXES}
    description = Graph()
    bind_prefixes(description)
    for prefix, namespace in (("void", VOID), ("dcat", DCAT), ("sd", SD)):
        description.bind(prefix, namespace)
    _statistics(description, subject, union, prefixes)
    _about(description, subject, union, normalise_base(base), prefixes)
    _named_graphs(description, subject, dataset, normalise_base(base))
    _dumps(description, subject, publish_folder(publish_url) if publish_url else None)
    return description


def write_void(dataset: Dataset, path: Path, base: str, publish_url: str | None = None) -> Path:
    """Write the description as Turtle to `path` (atomically)."""
    text = describe(dataset, base, publish_url).serialize(format="turtle")
    with atomic_write(path) as stream:
        stream.write(text)
    return path


def _about(
    description: Graph, subject: URIRef, union: Union, base: str, prefixes: dict[str, str]
) -> None:
    space = f"{base}id/"
    sources = sorted({s for s, p, o in union if p == RDF.type and o == SOC.SourceDocument}, key=str)
    description.add((subject, RDF.type, DCAT.Dataset))
    description.add(
        (
            subject,
            DCTERMS.title,
            Literal("soc-kg: UK serious and organised crime policing", lang="en"),
        )
    )
    description.add(
        (
            subject,
            DCTERMS.description,
            Literal(
                f"Knowledge graph built by soc-kg {__version__} from {len(sources)} source "
                "documents: units, forces, commissioners and unit heads, organised crime "
                "groups, cases and sentences, seizures, orders, crime types, places and "
                "the source of every fact.",
                lang="en",
            ),
        )
    )
    for source in sources:
        description.add((subject, DCTERMS.source, source))
    description.add((subject, VOID.uriSpace, Literal(space)))
    entities = {s for s, _, _ in union if isinstance(s, URIRef) and s.startswith(space)}
    description.add((subject, VOID.entities, Literal(len(entities))))
    for vocabulary in _vocabularies(union, prefixes):
        description.add((subject, VOID.vocabulary, URIRef(vocabulary)))


def _vocabularies(union: Union, prefixes: dict[str, str]) -> list[str]:
    """The known namespaces whose properties or classes the dataset uses."""
    used = {p for _, p, _ in union} | {o for _, p, o in union if p == RDF.type}
    return sorted(
        namespace
        for namespace in set(prefixes.values())
        if any(str(term).startswith(namespace) for term in used)
    )


def _named_graphs(description: Graph, subject: URIRef, dataset: Dataset, base: str) -> None:
    """One void:subset per named graph, with its size and, for a source's graph, the source."""
    prefix = f"{base}graph/"
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        name = graph.identifier
        if not (isinstance(name, URIRef) and name.startswith(prefix) and len(graph)):
            continue
        slug = name[len(prefix) :]
        part = part_iri(subject, f"graph-{slug}")
        description.add((subject, VOID.subset, part))
        description.add((part, RDF.type, VOID.Dataset))
        description.add((part, RDF.type, SD.NamedGraph))
        description.add((part, SD.name, name))
        description.add((part, VOID.triples, Literal(len(graph))))
        source = URIRef(f"{base}id/source/{slug}")
        if (source, RDF.type, SOC.SourceDocument) in graph:
            description.add((part, DCTERMS.source, source))


def _dumps(description: Graph, subject: URIRef, folder: str | None) -> None:
    """The five dumps as distributions; their download links only when the folder they
    are published at is known."""
    for file_name, media_type, format_iri in DUMPS:
        distribution = part_iri(subject, f"dump-{file_name.replace('.', '-')}")
        description.add((subject, VOID.feature, format_iri))
        description.add((subject, DCAT.distribution, distribution))
        description.add((distribution, RDF.type, DCAT.Distribution))
        description.add((distribution, DCTERMS.title, Literal(file_name)))
        description.add((distribution, DCAT.mediaType, MEDIA_TYPES[media_type]))
        description.add((distribution, DCTERMS.format, format_iri))
        if folder is not None:
            dump = URIRef(folder + file_name)
            description.add((subject, VOID.dataDump, dump))
            description.add((distribution, DCAT.downloadURL, dump))


def _statistics(
    description: Graph, subject: URIRef, union: Union, prefixes: dict[str, str]
) -> None:
    """Sizes, and a class and a property partition for each class and property used.

    Counted here rather than by `rdflib.void.generateVoID`, whose per-property entity
    counts depend on set order (it reads a defaultdict that its reads extend), and
    whose partitions are numbered in set order, so they change between runs.
    """
    instances: dict[Node, set[Node]] = defaultdict(set)
    types: dict[Node, set[Node]] = defaultdict(set)
    for thing, _, kind in (t for t in union if t[1] == RDF.type):
        instances[kind].add(thing)
        types[thing].add(kind)
    class_triples: Counter[Node] = Counter()
    property_triples: Counter[Node] = Counter()
    property_subjects: dict[Node, set[Node]] = defaultdict(set)
    property_objects: dict[Node, set[Node]] = defaultdict(set)
    for s, p, o in union:
        property_triples[p] += 1
        property_subjects[p].add(s)
        property_objects[p].add(o)
        for kind in types.get(s, ()):
            class_triples[kind] += 1
    add = description.add
    add((subject, RDF.type, VOID.Dataset))
    add((subject, VOID.triples, Literal(len(union))))
    add((subject, VOID.classes, Literal(len(instances))))
    add((subject, VOID.properties, Literal(len(property_triples))))
    add((subject, VOID.distinctSubjects, Literal(len({s for s, _, _ in union}))))
    add((subject, VOID.distinctObjects, Literal(len({o for _, _, o in union}))))
    for kind, members in instances.items():
        part = part_iri(subject, f"class-{_term_slug(str(kind), prefixes)}")
        add((subject, VOID.classPartition, part))
        add((part, VOID["class"], kind))
        add((part, VOID.entities, Literal(len(members))))
        add((part, VOID.triples, Literal(class_triples[kind])))
    for predicate, count in property_triples.items():
        part = part_iri(subject, f"property-{_term_slug(str(predicate), prefixes)}")
        add((subject, VOID.propertyPartition, part))
        add((part, VOID.property, predicate))
        add((part, VOID.triples, Literal(count)))
        add((part, VOID.distinctSubjects, Literal(len(property_subjects[predicate]))))
        add((part, VOID.distinctObjects, Literal(len(property_objects[predicate]))))


def _term_slug(iri: str, prefixes: dict[str, str]) -> str:
    """`soc-Case` for a term in a known namespace, else a short hash of the IRI."""
    for prefix, namespace in sorted(prefixes.items(), key=lambda item: (-len(item[1]), item[0])):
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and local.replace("-", "").replace("_", "").isalnum():
            return f"{prefix}-{local}"
    return "iri-" + hashlib.sha256(iri.encode("utf-8")).hexdigest()[:12]
