"""Every SHACL shape has a fixture that conforms and one that breaks it, named.

Fixtures live in tests/shapes/fixtures.yaml (one entry per shape). Each is
validated with the ontology, through `kg.validate`, so the shape and path in
the assertion are what a user sees in a build's error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.cli import main
from kg.namespaces import PREFIXES
from kg.validate import compact, validate_dataset
from kg.vocab import ontology_graph, shapes_graph
from tests.conftest import REPO
from tests.datadirs import line_of, make_data_dir

SOCSH = "https://w3id.org/soc-kg/shapes#"
FIXTURES: dict[str, dict[str, Any]] = yaml.safe_load(
    (REPO / "tests/shapes/fixtures.yaml").read_text(encoding="utf-8")
)
PREAMBLE = (
    "".join(f"@prefix {prefix}: <{iri}> .\n" for prefix, iri in sorted(PREFIXES.items()))
    + "@prefix ex: <https://example.org/test/> .\n"
    + 'ex:src a soc:SourceDocument ; rdfs:label "Test source"@en ; dcterms:title "Test source" .\n'
)


def named_shapes(kind: URIRef) -> set[str]:
    """Local names of the shapes of one kind (sh:NodeShape or sh:PropertyShape) in shapes.ttl."""
    return {
        str(shape)[len(SOCSH) :]
        for shape in shapes_graph().subjects(RDF.type, kind)
        if isinstance(shape, URIRef) and str(shape).startswith(SOCSH)
    }


def violations_of(turtle: str) -> set[tuple[str, str]]:
    """(shape, path) of every violation of a fixture validated with the ontology."""
    dataset = Dataset()
    dataset.graph(URIRef("urn:test:fixture")).parse(data=PREAMBLE + turtle, format="turtle")
    vocabulary = dataset.graph(URIRef("urn:test:vocabulary"))
    for triple in ontology_graph():
        vocabulary.add(triple)
    result = validate_dataset(dataset)
    found = {(v.shape, v.path) for v in result.violations}
    assert result.conforms == (not found)
    return found


def expected(fires: list[list[str]]) -> set[tuple[str, str]]:
    """The fixture's `fires` pairs written the way kg.validate writes them."""
    namespaces = Graph()
    for prefix, iri in PREFIXES.items():
        namespaces.bind(prefix, iri, override=True)
    pairs = set()
    for shape, path in fires:
        path_iri = namespaces.namespace_manager.expand_curie(path) if path else None
        pairs.add((compact(URIRef(SOCSH + shape)), compact(path_iri) if path_iri else ""))
    return pairs


INVALID = [
    pytest.param(name, number, case, id=f"{name}-{number}")
    for name, fixture in FIXTURES.items()
    for number, case in enumerate(fixture["invalid"], start=1)
]


def test_every_named_shape_has_a_valid_and_an_invalid_fixture() -> None:
    node_shapes = named_shapes(SH.NodeShape)
    property_shapes = named_shapes(SH.PropertyShape)
    assert len(node_shapes) >= 19
    missing = sorted((node_shapes | property_shapes) - set(FIXTURES))
    assert not missing, f"add fixtures to tests/shapes/fixtures.yaml for: {', '.join(missing)}"
    stale = sorted(set(FIXTURES) - node_shapes - property_shapes)
    assert not stale, f"fixtures for shapes no longer in shapes.ttl: {', '.join(stale)}"
    for name, fixture in FIXTURES.items():
        assert fixture["valid"].strip(), name
        assert fixture["invalid"], name
        # at least one invalid fixture makes this very shape fire
        assert any(shape == name for case in fixture["invalid"] for shape, _ in case["fires"])


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_valid_fixture_conforms(name: str) -> None:
    assert violations_of(FIXTURES[name]["valid"]) == set()


@pytest.mark.parametrize(("name", "number", "case"), INVALID)
def test_invalid_fixture_fires_the_named_shape_and_path(
    name: str, number: int, case: dict[str, Any]
) -> None:
    assert violations_of(case["ttl"]) == expected(case["fires"])


def test_shape_violation_in_yaml_stops_the_build_and_names_the_line(tmp_path: Path) -> None:
    """Passes the loader (age is a whole number) but breaks PersonShape (at most 120)."""
    source = (
        "source:\n  id: test-source\n  title: A test source\n"
        "people:\n  - id: old-bob\n    name: Old Bob\n    age: 150\n"
    )
    data = make_data_dir(tmp_path, {"a.yaml": source})
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(main, ["build", "--data", str(data), "--output", str(out)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert lines[0] == "Error: the graph breaks 1 SHACL constraint(s); nothing was written:"
    person_line = line_of(source, "- id: old-bob")
    assert lines[1].startswith(
        f"  {data / 'sources/a.yaml'}:{person_line}: "
        "<https://w3id.org/soc-kg/id/person/old-bob>: soc:age: "
    )
    assert lines[1].endswith(f"[{compact(URIRef(SOCSH + 'PersonShape'))}]")
    assert len(lines) == 2
    assert list(out.iterdir()) == []
