"""`out/void.ttl`: the VoID/DCAT description of a build, checked against the dataset itself.

Every number is recounted independently with SPARQL in Oxigraph over `graph.nq`
(a different engine and a different file from the ones the description was made
from), and the description is loaded as a publisher's tools load it (Oxigraph, with no
base IRI).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Namespace, URIRef

from kg.build import build_graph
from kg.void import SD
from tests.conftest import REPO

KG = [sys.executable, "-c", "from kg.entry import run; run()"]
DATASET = URIRef("https://w3id.org/soc-kg/dataset")
SOC = "https://w3id.org/soc-kg/def#"
# plain namespaces: pytest's collection trips over rdflib's closed DefinedNamespace ones
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCTERMS = Namespace("http://purl.org/dc/terms/")


@pytest.fixture(scope="module")
def void(seed_build) -> tuple[Graph, Path]:
    folder = seed_build.paths[0].parent
    graph = Graph()
    graph.parse(folder / "void.ttl", format="turtle")
    return graph, folder


@pytest.fixture(scope="module")
def quads(seed_build) -> ox.Store:
    store = ox.Store()
    store.load(path=str(seed_build.paths[0].parent / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    return store


def count(store: ox.Store, where: str) -> int:
    rows = list(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"))
    return int(rows[0]["n"].value)


def value(graph: Graph, subject: URIRef, predicate: URIRef) -> int:
    found = graph.value(subject, predicate)
    assert found is not None, f"{subject} has no {predicate}"
    return int(found)


def test_sizes_are_the_distinct_triples_subjects_and_objects_of_the_union(void, quads):
    graph, _ = void
    distinct = "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert value(graph, DATASET, VOID.triples) == count(quads, f"{{ {distinct} }}")
    subjects = "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert value(graph, DATASET, VOID.distinctSubjects) == count(quads, f"{{ {subjects} }}")
    objects = "SELECT DISTINCT ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert value(graph, DATASET, VOID.distinctObjects) == count(quads, f"{{ {objects} }}")
    classes = "SELECT DISTINCT ?c WHERE { GRAPH ?g { ?s a ?c } }"
    assert value(graph, DATASET, VOID.classes) == count(quads, f"{{ {classes} }}")
    assert len(set(graph.objects(DATASET, VOID.classPartition))) == value(
        graph, DATASET, VOID.classes
    )
    assert len(set(graph.objects(DATASET, VOID.propertyPartition))) == value(
        graph, DATASET, VOID.properties
    )


@pytest.mark.parametrize("local, cases", [("Case", 6), ("CustodialSentence", 4)])
def test_a_class_partition_counts_the_instances(void, quads, local, cases):
    graph, _ = void
    part = URIRef(f"{DATASET}#class-soc-{local}")
    assert part in set(graph.objects(DATASET, VOID.classPartition))
    assert graph.value(part, VOID["class"]) == URIRef(SOC + local)
    instances = f"SELECT DISTINCT ?x WHERE {{ GRAPH ?g {{ ?x a <{SOC}{local}> }} }}"
    assert value(graph, part, VOID.entities) == count(quads, f"{{ {instances} }}") == cases


def test_a_property_partition_counts_its_triples_subjects_and_objects(void, quads):
    graph, _ = void
    part = URIRef(f"{DATASET}#property-soc-outcome")
    assert graph.value(part, VOID.property) == URIRef(SOC + "outcome")
    pattern = f"GRAPH ?g {{ ?s <{SOC}outcome> ?o }}"
    assert value(graph, part, VOID.triples) == count(
        quads, f"{{ SELECT DISTINCT ?s ?o WHERE {{ {pattern} }} }}"
    )
    assert value(graph, part, VOID.distinctSubjects) == count(
        quads, f"{{ SELECT DISTINCT ?s WHERE {{ {pattern} }} }}"
    )
    assert value(graph, part, VOID.distinctObjects) == count(
        quads, f"{{ SELECT DISTINCT ?o WHERE {{ {pattern} }} }}"
    )


def test_each_named_graph_is_a_subset_with_its_size_and_source(void, quads, seed_build):
    graph, _ = void
    subsets = {graph.value(part, SD.name): part for part in graph.objects(DATASET, VOID.subset)}
    assert sorted(str(name) for name in subsets) == [
        name for name, _ in seed_build.triples_by_graph()
    ]
    for name, part in subsets.items():
        assert value(graph, part, VOID.triples) == count(quads, f"GRAPH <{name}> {{ ?s ?p ?o }}")
    seed = subsets[URIRef("https://w3id.org/soc-kg/graph/ersou-highlights-2019")]
    assert graph.value(seed, DCTERMS.source) == URIRef(
        "https://w3id.org/soc-kg/id/source/ersou-highlights-2019"
    )
    vocabulary = subsets[URIRef("https://w3id.org/soc-kg/graph/vocabulary")]
    assert graph.value(vocabulary, DCTERMS.source) is None


def test_without_a_publish_url_the_dumps_are_described_but_not_linked(void):
    graph, _ = void
    assert list(graph.objects(DATASET, VOID.dataDump)) == []
    distributions = list(graph.objects(DATASET, DCAT.distribution))
    assert sorted(str(graph.value(d, DCTERMS.title)) for d in distributions) == [
        "graph.jsonld",
        "graph.nq",
        "graph.nt",
        "graph.trig",
        "graph.ttl",
    ]
    assert graph.value(URIRef(f"{DATASET}#dump-graph-nt"), DCAT.mediaType) == URIRef(
        "https://www.iana.org/assignments/media-types/application/n-triples"
    )
    assert not any(graph.objects(None, DCAT.downloadURL))


def test_oxigraph_loads_it_with_no_base_iri(seed_build):
    """Oxigraph's loader supplies no base IRI, so a relative link would fail here."""
    store = ox.Store()
    store.load(path=str(seed_build.paths[0].parent / "void.ttl"), format=ox.RdfFormat.TURTLE)
    assert count(store, "?d a <http://www.w3.org/ns/dcat#Distribution>") == 5


def test_a_publish_url_links_the_dumps_beside_it(tmp_path):
    out = tmp_path / "out"
    build_graph(REPO / "data", out, publish_url="https://data.example.org/soc-kg")
    store = ox.Store()
    store.load(path=str(out / "void.ttl"), format=ox.RdfFormat.TURTLE)
    rows = store.query(
        "SELECT ?dump ?title WHERE { <https://w3id.org/soc-kg/dataset> "
        "<http://rdfs.org/ns/void#dataDump> ?dump . ?d "
        "<http://www.w3.org/ns/dcat#downloadURL> ?dump ; <http://purl.org/dc/terms/title> ?title }"
    )
    links = sorted((row["dump"].value, row["title"].value) for row in rows)
    assert links == [
        (f"https://data.example.org/soc-kg/{name}", name)
        for name in ("graph.jsonld", "graph.nq", "graph.nt", "graph.trig", "graph.ttl")
    ]
    assert all((out / name).is_file() for _, name in links)
    dumped = Graph().parse(out / "graph.nt", format="nt")
    described = Graph().parse(out / "void.ttl", format="turtle")
    assert len(dumped) == value(described, DATASET, VOID.triples)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://data.example.org/x/",
        "data.example.org/x",
        "https://",
        "https://h/x?page=1",
        "/tmp/x",
        "https://alice:s3cret@data.example.org/soc/",  # would publish the password
        "http://[::1/soc",  # urlsplit raises
        "https://data.example.org/my folder/",  # not an IRI
        "https://data.example.org:x/",
    ],
)
def test_a_bad_publish_url_is_one_line_before_anything_is_written(tmp_path, url):
    out = tmp_path / "out"
    completed = subprocess.run(
        [*KG, "build", "--output", str(out), "--publish-url", url],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 2
    assert completed.stderr.startswith("Error: --publish-url: expected the absolute http(s) URL")
    assert len(completed.stderr.strip().splitlines()) == 1
    assert url not in completed.stderr or url == "https://"
    assert "s3cret" not in completed.stderr
    assert not out.exists()


def test_base_iri_sets_the_dataset_iri_and_uri_space(tmp_path):
    build_graph(REPO / "data", tmp_path / "out", base_iri="https://example.org/kg/")
    graph = Graph().parse(tmp_path / "out" / "void.ttl", format="turtle")
    dataset = URIRef("https://example.org/kg/dataset")
    assert str(graph.value(dataset, VOID.uriSpace)) == "https://example.org/kg/id/"
    entities = value(graph, dataset, VOID.entities)
    store = ox.Store()
    store.load(path=str(tmp_path / "out" / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    assert entities == count(
        store,
        "{ SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } "
        'FILTER(STRSTARTS(STR(?s), "https://example.org/kg/id/")) } }',
    )


def test_a_base_iri_ending_in_a_hash_gives_one_fragment_per_iri(tmp_path):
    build_graph(REPO / "data", tmp_path / "out", base_iri="https://x.example/kg#")
    store = ox.Store()
    store.load(path=str(tmp_path / "out" / "void.ttl"), format=ox.RdfFormat.TURTLE)
    parts = count(
        store, "<https://x.example/kg#dataset> <http://rdfs.org/ns/void#classPartition> ?p"
    )
    assert parts == count(store, "?p <http://rdfs.org/ns/void#class> ?c") > 20
    assert count(store, "<https://x.example/kg#dataset-class-soc-Case> ?p ?o") == 3
