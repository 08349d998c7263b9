"""Every export parses back to the same graph, in rdflib and in Oxigraph.

Triples formats (Turtle, N-Triples) must give the union of the dataset; quad
formats (TriG, N-Quads, JSON-LD) must give every named graph back unchanged.
Hypothesis then checks that slugs are idempotent and IRI-safe, and that any
label a curator can write survives YAML → build → each format → parse.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDFS, XSD
from rdflib.term import Node

from kg.build import load_corpus
from kg.dataset import build_dataset
from kg.export import RDF_FORMATS, serialise
from kg.ids import DEFAULT_BASE, graph_iri, instance_iri, is_slug, slugify
from kg.mapping import Iris, Mapper
from kg.records import Case, Location, Person, Source
from kg.schema import Index
from kg.validate import union_graph
from kg.vocab import load_vocabulary
from tests.datadirs import make_data_dir

TRIPLES_FORMATS = {"ttl": "turtle", "nt": "nt"}
QUAD_FORMATS = {"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}
OXIGRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}


# --- helpers -------------------------------------------------------------------


def from_oxigraph(term: object) -> Node | None:
    """An Oxigraph term as the equal rdflib term (None for the default graph)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    assert isinstance(term, ox.DefaultGraph), term
    return None


def oxigraph_graphs(text: str | bytes, fmt: ox.RdfFormat) -> dict[Node | None, Graph]:
    """Parse with Oxigraph; one rdflib Graph per graph name (None = default graph)."""
    graphs: dict[Node | None, Graph] = {}
    for quad in ox.parse(text, format=fmt):
        name = from_oxigraph(quad.graph_name) if hasattr(quad, "graph_name") else None
        triple = (from_oxigraph(quad.subject), from_oxigraph(quad.predicate))
        graphs.setdefault(name, Graph()).add((*triple, from_oxigraph(quad.object)))  # type: ignore[arg-type]
    return graphs


def rdflib_graphs(dataset: Dataset) -> dict[Node | None, Graph]:
    """Non-empty graphs of an rdflib Dataset by name (None = default graph)."""
    graphs: dict[Node | None, Graph] = {}
    for graph in dataset.graphs():
        if len(graph):
            name = None if graph.identifier == DATASET_DEFAULT_GRAPH_ID else graph.identifier
            copy = Graph()
            for triple in graph:
                copy.add(triple)
            graphs[name] = copy
    return graphs


def assert_isomorphic(got: Graph, want: Graph, what: str) -> None:
    if len(got) == len(want) and to_isomorphic(got) == to_isomorphic(want):
        return
    _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
    shown = [f"{what}: {len(got)} triples parsed, {len(want)} in the build"]
    shown += [
        "only parsed: " + line
        for line in sorted(only_got.serialize(format="nt").split("\n"))[:20]
        if line
    ]
    shown += [
        "only built:  " + line
        for line in sorted(only_want.serialize(format="nt").split("\n"))[:20]
        if line
    ]
    pytest.fail("\n".join(shown), pytrace=False)


def output(seed_build, extension: str) -> Path:
    return next(p for p in seed_build.paths if p.name == f"graph.{extension}")


# --- exports of the seed build ---------------------------------------------------


@pytest.fixture(scope="module")
def built(seed_build) -> dict[Node | None, Graph]:
    return rdflib_graphs(seed_build.dataset)


@pytest.fixture(scope="module")
def built_union(seed_build) -> Graph:
    return union_graph(seed_build.dataset)


@pytest.mark.parametrize("extension", sorted(TRIPLES_FORMATS))
def test_triples_export_parses_back_to_the_union_in_rdflib(
    extension: str, seed_build, built_union: Graph
) -> None:
    parsed = Graph().parse(output(seed_build, extension), format=TRIPLES_FORMATS[extension])
    assert_isomorphic(parsed, built_union, f"graph.{extension} in rdflib")


@pytest.mark.parametrize("extension", sorted(QUAD_FORMATS))
def test_quads_export_parses_back_graph_by_graph_in_rdflib(
    extension: str, seed_build, built: dict[Node | None, Graph]
) -> None:
    dataset = Dataset()
    dataset.parse(output(seed_build, extension), format=QUAD_FORMATS[extension])
    parsed = rdflib_graphs(dataset)
    assert set(parsed) == set(built)
    for name, graph in built.items():
        assert_isomorphic(parsed[name], graph, f"graph.{extension} <{name}> in rdflib")


@pytest.mark.parametrize("extension", sorted(TRIPLES_FORMATS))
def test_triples_export_parses_back_to_the_union_in_oxigraph(
    extension: str, seed_build, built_union: Graph
) -> None:
    path = output(seed_build, extension)
    parsed = oxigraph_graphs(path.read_bytes(), ox.RdfFormat.from_extension(extension))
    assert set(parsed) == {None}
    assert_isomorphic(parsed[None], built_union, f"graph.{extension} in Oxigraph")


@pytest.mark.parametrize("extension", sorted(QUAD_FORMATS))
def test_quads_export_parses_back_graph_by_graph_in_oxigraph(
    extension: str, seed_build, built: dict[Node | None, Graph]
) -> None:
    path = output(seed_build, extension)
    parsed = oxigraph_graphs(path.read_bytes(), ox.RdfFormat.from_extension(extension))
    assert set(parsed) == set(built)
    for name, graph in built.items():
        assert_isomorphic(parsed[name], graph, f"graph.{extension} <{name}> in Oxigraph")


def test_oxigraph_store_loads_the_nquads_export_with_every_graph(seed_build) -> None:
    store = ox.Store()
    store.load(path=str(output(seed_build, "nq")), format=ox.RdfFormat.N_QUADS)
    names = {g.value for g in store.named_graphs()}
    assert names == {str(name) for name in rdflib_graphs(seed_build.dataset)}
    assert len(store) == len(list(seed_build.dataset.quads((None, None, None, None))))


# --- slugs ---------------------------------------------------------------------

SLUG_CHARS = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@given(st.text())
def test_slugify_is_idempotent_and_iri_safe(text: str) -> None:
    slug = slugify(text)
    assert slugify(slug) == slug
    assert is_slug(slug)
    assert SLUG_CHARS.match(slug)
    iri = instance_iri(DEFAULT_BASE, "person", slug)
    assert str(iri) == f"https://w3id.org/soc-kg/id/person/{slug}"
    assert ox.NamedNode(str(iri)).value == str(iri)  # Oxigraph accepts it as an IRI


@given(st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1))
def test_slugify_keeps_a_plain_slug_unchanged(word: str) -> None:
    assert slugify(word) == word
    assert slugify(f"{word} {word}") == f"{word}-{word}"


# --- literals --------------------------------------------------------------------

# Any text a curator could paste, weighted towards what breaks serialisers.
NASTY = st.sampled_from(
    [
        '"',
        "'",
        "\\",
        "\\n",
        '"""',
        "\n",
        "\r\n",
        "\t",
        "<script>alert(1)</script>",
        "&amp;",
        "é",
        "Łódź",
        "日本",
        "😀",
        "\u200b",
        "\u2028",
        "@en",
        "^^",
        "#",
        "{",
        "}",
        ":",
        "- ",
        "\x7f",
    ]
)
LABEL = st.lists(
    st.one_of(NASTY, st.text(st.characters(blacklist_categories=("Cs",)))), max_size=6
).map("".join)


def parsed_literals(text: str, fmt: str, subject: URIRef, predicate: URIRef) -> list[set[Node]]:
    """The objects of (subject, predicate) as rdflib and as Oxigraph read `text`."""
    quads = fmt in ("trig", "nquads", "jsonld")
    dataset = Dataset()
    if quads:
        dataset.parse(data=text, format={"nquads": "nquads", "jsonld": "json-ld"}.get(fmt, fmt))
    else:
        dataset.default_graph.parse(data=text, format={"ntriples": "nt"}.get(fmt, fmt))
    from_rdflib = {o for _, _, o, _ in dataset.quads((subject, predicate, None, None))}
    from_oxigraph = {
        o
        for graph in oxigraph_graphs(text.encode("utf-8"), OXIGRAPH_FORMATS[fmt]).values()
        for o in graph.objects(subject, predicate)
    }
    return [from_rdflib, from_oxigraph]


@pytest.fixture(scope="module")
def label_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_data_dir(tmp_path_factory.mktemp("labels"), {})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=LABEL)
def test_any_yaml_label_survives_every_format(label_data: Path, label: str) -> None:
    """YAML text → loader (which folds whitespace) → graph → each format → parse."""
    assume(label.split())
    source = {
        "source": {"id": "label-test", "title": label},
        "people": [{"id": "someone", "name": label}],
        "cases": [{"id": "a-case", "label": label, "modus_operandi": label}],
    }
    (label_data / "sources" / "a.yaml").write_text(
        yaml.safe_dump(source, allow_unicode=True), encoding="utf-8"
    )
    corpus, index = load_corpus(label_data)
    built = build_dataset(corpus, index, load_vocabulary(), DEFAULT_BASE)
    # only the source's own graph is written, to keep each example fast
    dataset = Dataset()
    name = graph_iri(DEFAULT_BASE, "label-test")
    for triple in built.graph(name):
        dataset.graph(name).add(triple)
    folded = " ".join(label.split())
    person = instance_iri(DEFAULT_BASE, "person", "someone")
    case = instance_iri(DEFAULT_BASE, "case", "a-case")
    expected = {
        (person, RDFS.label): Literal(folded, lang="en"),
        (case, URIRef("https://w3id.org/soc-kg/def#modusOperandi")): Literal(folded, lang="en"),
    }
    for fmt in RDF_FORMATS:
        text = serialise(dataset, fmt)
        for (subject, predicate), literal in expected.items():
            assert parsed_literals(text, fmt, subject, predicate) == [{literal}, {literal}], fmt


def raw_text_dataset(text: str) -> Dataset:
    """A dataset made straight from records, so text keeps newlines and controls."""
    index = Index()
    here = Location(Path("test.yaml"), 1)
    mapper = Mapper(Iris(DEFAULT_BASE, index), load_vocabulary(), {})
    dataset = Dataset()
    graph = dataset.graph(graph_iri(DEFAULT_BASE, "raw"))
    records: Iterator = iter(
        [
            *mapper.source(Source(id="raw", title=text, location=here)),
            *mapper.person(Person(id="raw-person", name=text, location=here, source_id="raw")),
            *mapper.case(
                Case(id="raw-case", label="Raw", location=here, source_id="raw", items=(text,))
            ),
        ]
    )
    for triple in records:
        graph.add(triple)
    return dataset


@settings(max_examples=60, deadline=None)
@given(text=LABEL.filter(lambda t: t != ""))
@example(text='\n\\"')  # rdflib's triple-quoted Turtle left the last quote unescaped
@example(text='line\nends \\"')
def test_any_mapped_literal_survives_every_format(text: str) -> None:
    """Literals with newlines, quotes, backslashes and control characters, unfolded."""
    dataset = raw_text_dataset(text)
    person = instance_iri(DEFAULT_BASE, "person", "raw-person")
    case = instance_iri(DEFAULT_BASE, "case", "raw-case")
    expected = {
        (person, RDFS.label): Literal(text, lang="en"),
        (person, URIRef("http://xmlns.com/foaf/0.1/name")): Literal(text),
        (case, URIRef("https://w3id.org/soc-kg/def#item")): Literal(text, lang="en"),
    }
    for fmt in RDF_FORMATS:
        serialised = serialise(dataset, fmt)
        for (subject, predicate), literal in expected.items():
            assert parsed_literals(serialised, fmt, subject, predicate) == [
                {literal},
                {literal},
            ], (fmt, predicate)


def test_decimal_values_keep_their_lexical_form(seed_build) -> None:
    """soc:value literals are exact decimals in every export (no float rounding)."""
    value = URIRef("https://w3id.org/soc-kg/def#value")
    figure = instance_iri(DEFAULT_BASE, "statistic", "ersou-confiscation-2019")
    for extension, fmt in {**TRIPLES_FORMATS, **QUAD_FORMATS}.items():
        dataset = Dataset()
        dataset.parse(output(seed_build, extension), format=fmt)
        values = {o for _, _, o, _ in dataset.quads((figure, value, None, None))}
        assert values == {Literal("5800000", datatype=XSD.decimal)}, extension
        assert next(iter(values)).toPython() == Decimal("5800000")
