"""Identifiers are a contract: `{base}id/{kind}/{slug}`, `{base}graph/{source}`, one label each."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml
from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, RDF, RDFS

from kg.build import build_graph
from kg.ids import DEFAULT_BASE, graph_iri, instance_iri, is_slug, normalise_base, slugify
from kg.namespaces import ORG, SOC
from tests.conftest import REPO
from tests.datadirs import make_data_dir

# The kinds of the contract, plus `run` (the extraction run behind extracted facts).
KINDS = {
    "force", "unit", "agency", "group", "court", "person", "post", "case", "outcome",
    "statistic", "seizure", "amount", "place", "source", "operation", "award", "run",
    "membership",
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Kathryn Holloway", "kathryn-holloway"),
        ("St Albans", "st-albans"),
        ("King's Lynn", "king-s-lynn"),
        ("Café  Rouge", "cafe-rouge"),
        ("Operation VENETIC (2020)", "operation-venetic-2020"),
        ("--already-a-slug--", "already-a-slug"),
        ("ersou", "ersou"),
        ("", "x"),
        ("!!!", "x"),
        ("Łódź", "lodz"),
        ("Søren Ødegård", "soren-odegard"),
        ("Straße", "strasse"),
    ],
)
def test_slugify_examples(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_names_with_no_ascii_letters_keep_distinct_slugs() -> None:
    first, second = slugify("Иван Петров"), slugify("Олег Сидоров")
    assert first != second
    assert is_slug(first) and is_slug(second)
    assert first.startswith("x-") and slugify(first) == first
    assert slugify("Ivan Иванов").startswith("ivan-")


@pytest.mark.parametrize(
    ("text", "ok"),
    [("ersou", True), ("ersou-rocu-2", True), ("Ersou", False), ("a--b", False), ("-a", False),
     ("", False), ("a b", False), ("a_b", False)],
)  # fmt: skip
def test_is_slug(text: str, ok: bool) -> None:
    assert is_slug(text) is ok


def test_iri_patterns() -> None:
    assert normalise_base("https://example.org/kg") == "https://example.org/kg/"
    assert normalise_base("https://example.org/kg#") == "https://example.org/kg#"
    assert instance_iri("https://example.org/kg", "unit", "ersou") == URIRef(
        "https://example.org/kg/id/unit/ersou"
    )
    assert graph_iri(DEFAULT_BASE, "reference") == URIRef("https://w3id.org/soc-kg/graph/reference")


INSTANCE = re.compile(rf"^{re.escape(DEFAULT_BASE)}id/(?P<kind>[a-z]+)/(?P<slug>[^/]+)$")


def test_every_instance_iri_follows_the_pattern(seed_build) -> None:
    iris = {
        str(term)
        for quad in seed_build.dataset.quads((None, None, None, None))
        for term in quad[:3]
        if isinstance(term, URIRef) and str(term).startswith(DEFAULT_BASE + "id/")
    }
    assert iris
    bad = sorted(i for i in iris if not (m := INSTANCE.match(i)) or not is_slug(m["slug"]))
    assert bad == []
    kinds = {INSTANCE.match(i)["kind"] for i in iris}  # type: ignore[index]
    assert kinds <= KINDS, kinds - KINDS


def test_named_graphs_of_the_seed_build(seed_build) -> None:
    """One graph per source file (named by its source id), plus reference and vocabulary."""
    source_ids = {
        yaml.safe_load(path.read_text(encoding="utf-8"))["source"]["id"]
        for path in sorted((REPO / "data" / "sources").glob("*.yaml"))
    }
    assert "ersou-highlights-2019" in source_ids
    graphs = {g.identifier for g in seed_build.dataset.graphs() if len(g)}
    assert graphs == {
        graph_iri(DEFAULT_BASE, name) for name in (*source_ids, "reference", "vocabulary")
    }


def test_contract_entities_have_their_iris(seed_build) -> None:
    types = defaultdict(set)
    for s, _, o, _ in seed_build.dataset.quads((None, RDF.type, None, None)):
        types[s].add(o)
    assert SOC.RegionalUnit in types[URIRef("https://w3id.org/soc-kg/id/unit/ersou")]
    holloway = URIRef("https://w3id.org/soc-kg/id/person/kathryn-holloway")
    assert FOAF.Person in types[holloway]
    posts = {o for _, _, o, _ in seed_build.dataset.quads((holloway, ORG.holds, None, None))}
    assert URIRef("https://w3id.org/soc-kg/id/post/kathryn-holloway-governance-lead-ersou") in posts


def test_every_entity_has_exactly_one_label(seed_build) -> None:
    vocabulary = graph_iri(DEFAULT_BASE, "vocabulary")
    labels: dict[URIRef, set[Literal]] = defaultdict(set)
    entities = set()
    for s, p, o, g in seed_build.dataset.quads((None, None, None, None)):
        if g == vocabulary or not isinstance(s, URIRef):
            continue
        if p == RDF.type:
            entities.add(s)
        elif p == RDFS.label:
            labels[s].add(o)  # type: ignore[arg-type]
    wrong = sorted((str(e), len(labels[e])) for e in entities if len(labels[e]) != 1)
    assert wrong == []


def test_base_iri_moves_every_instance_and_graph(tmp_path: Path) -> None:
    source = (
        "source:\n  id: base-test\n  title: Base test\n"
        "organisations:\n  - id: base-gang\n    type: group\n    label: Base gang\n"
        "    based_in: luton\n"
    )
    data = make_data_dir(tmp_path, {"a.yaml": source})
    base = "https://example.org/kg/"
    result = build_graph(data, tmp_path / "out", base_iri="https://example.org/kg")
    graphs = {str(g.identifier) for g in result.dataset.graphs() if len(g)}
    assert graphs == {f"{base}graph/base-test", f"{base}graph/reference", f"{base}graph/vocabulary"}
    terms = {
        str(t)
        for quad in result.dataset.quads((None, None, None, None))
        for t in quad[:3]
        if isinstance(t, URIRef)
    }
    assert f"{base}id/group/base-gang" in terms
    assert f"{base}id/place/luton" in terms
    assert not [t for t in terms if t.startswith(DEFAULT_BASE + "id/")]
    nt = (tmp_path / "out" / "graph.nt").read_text(encoding="utf-8")
    assert f"<{base}id/group/base-gang>" in nt
    assert DEFAULT_BASE + "id/" not in nt
