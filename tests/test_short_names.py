"""Names copied from a `kg query` table (`id:unit/ersou`, `graph:reference`) work in a query."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.shortnames import expand_short_names

ID = "https://w3id.org/soc-kg/id/"
GRAPH = "https://w3id.org/soc-kg/graph/"
KG = [sys.executable, "-c", "from kg.entry import run; run()"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("{ id:unit/ersou ?p ?o }", f"{{ <{ID}unit/ersou> ?p ?o }}"),
        ("{ ?s ?p id:force/bedfordshire.}", f"{{ ?s ?p <{ID}force/bedfordshire>.}}"),
        ("GRAPH graph:reference { ?s ?p ?o }", f"GRAPH <{GRAPH}reference> {{ ?s ?p ?o }}"),
        (
            "GRAPH graph:ersou-highlights-2019 {}",
            f"GRAPH <{GRAPH}ersou-highlights-2019> {{}}",
        ),
        ("(id:a/b,id:c/d)", f"(<{ID}a/b>,<{ID}c/d>)"),
    ],
)
def test_a_name_becomes_its_iri(text: str, expected: str) -> None:
    assert expand_short_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'FILTER(?l = "id:unit/ersou")',  # in a string
        "FILTER(?l = 'graph:reference')",
        '"""see id:unit/ersou"""',
        "# id:unit/ersou in a comment\n{}",
        "<https://example.org/id:unit/ersou>",  # inside an IRI
        "?id:x",  # not a name
        "soc:id:x",
        "myid:unit/ersou",  # another prefix
        "PREFIX id: <urn:mine/> SELECT * { id:x ?p ?o }",  # the query's own prefix
    ],
)
def test_strings_iris_comments_other_prefixes_and_declared_ones_are_left(text: str) -> None:
    assert expand_short_names(text) == text


def test_only_the_declared_prefix_is_left() -> None:
    text = "PREFIX graph: <urn:g/> SELECT * { GRAPH graph:x { id:unit/ersou ?p ?o } }"
    assert expand_short_names(text) == (
        f"PREFIX graph: <urn:g/> SELECT * {{ GRAPH graph:x {{ <{ID}unit/ersou> ?p ?o }} }}"
    )


def test_kg_query_answers_with_names_as_its_tables_print_them(seed_build) -> None:
    trig = Path(seed_build.paths[0].parent) / "graph.trig"
    query = (
        "SELECT ?post WHERE { GRAPH graph:ersou-highlights-2019 "
        "{ id:person/kathryn-holloway org:holds ?post } } ORDER BY ?post"
    )
    completed = subprocess.run(
        [*KG, "query", "--data", str(trig), "-o", "tsv", query],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines() == [
        "?post",
        f"<{ID}post/kathryn-holloway-governance-lead-ersou>",
        f"<{ID}post/kathryn-holloway-police-and-crime-commissioner-bedfordshire>",
    ]
