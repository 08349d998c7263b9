"""Names copied from a `kg query` table (`id:unit/ersou`, `graph:reference`) work in a query."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.query import run_query
from kg.shortnames import expand_short_names
from kg.store import QuerySyntaxError, load_sources

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
        # a '/' before another prefixed name is a property path's sequence
        ("?s id:p/rdfs:label ?o", f"?s <{ID}p>/rdfs:label ?o"),
        ("?s id:p/id:q ?o", f"?s <{ID}p>/<{ID}q> ?o"),
        ("?o.id:unit/ersou ?p", f"?o.<{ID}unit/ersou> ?p"),  # after a triple's '.'
        (r"id:unit\/ersou ?p", f"<{ID}unit/ersou> ?p"),  # SPARQL's escaped '/'
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


@pytest.mark.parametrize(
    "with_names, same_length",
    [
        (
            "SELECT * WHERE { id:unit/ersou ?p ?o . FILTER(?o = ) }",
            "SELECT * WHERE { soc:unitersou ?p ?o . FILTER(?o = ) }",
        ),
        (
            "SELECT * WHERE { GRAPH graph:x/yz { ?s ?p ?o } FILTER(?o = ) }",
            "SELECT * WHERE { GRAPH soc:grxyz1 { ?s ?p ?o } FILTER(?o = ) }",
        ),
        (
            "SELECT * WHERE { id:a/b ?p id:c/d.\n  FILTER(?o = ) }",
            "SELECT * WHERE { soc:ab ?p soc:cd.\n  FILTER(?o = ) }",
        ),
    ],
)
def test_a_syntax_error_points_at_the_text_as_written(
    seed_build, with_names: str, same_length: str
) -> None:
    """The place is the one Oxigraph gives for plain names of the same lengths."""
    store = load_sources([Path(seed_build.paths[0].parent) / "graph.trig"])
    with pytest.raises(QuerySyntaxError) as expected:
        store.query(same_length)
    with pytest.raises(QuerySyntaxError) as found:
        run_query(with_names, store=store)
    assert expected.value.column is not None
    assert (found.value.line, found.value.column) == (expected.value.line, expected.value.column)
