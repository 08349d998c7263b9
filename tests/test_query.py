"""`kg query` on the embedded store: saved queries, bindings, formats, errors.

Every saved query's answer is compared with rdflib's independent SPARQL engine
over the same TriG file, through each output format.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import UsageError
from kg.query import (
    bind_parameters,
    expand,
    find_saved,
    read_saved,
    render,
    saved_queries,
    slot,
)
from kg.store import SelectResult, open_store, write_store
from tests.query_support import (
    MINI,
    QUERIES,
    SAMPLE_PARAMS,
    rdflib_dataset,
    rows_of,
    rows_of_json,
    rows_of_rdflib,
)

SAVED = [query.name for query in saved_queries(QUERIES)]
ANALYST = [name for name in SAVED if not name.startswith("cq")]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(MINI, tmp_path_factory.mktemp("query") / "store")


@pytest.fixture(scope="module")
def reference():
    return rdflib_dataset()


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    # stdout_bytes: click's .stdout turns CRLF into LF, and CSV results need CRLF
    return result.exit_code, result.stdout_bytes.decode("utf-8"), result.stderr


def test_every_saved_query_has_a_question_and_bindable_params() -> None:
    assert set(SAMPLE_PARAMS) <= set(SAVED)
    for query in saved_queries(QUERIES):
        assert len(query.question) > 10, query.name
        for param in query.params:
            assert slot(param.name).search(query.text), (query.name, param.name)
        assert "UNDEF" not in query.text, query.name  # Virtuoso mishandles VALUES … UNDEF


@pytest.mark.parametrize("name", ANALYST)
@pytest.mark.parametrize("with_params", [False, True], ids=["all", "bound"])
def test_saved_query_matches_rdflib(
    name: str, with_params: bool, store_path: Path, reference
) -> None:
    saved = find_saved(name, QUERIES)
    store = open_store(store_path)
    params = SAMPLE_PARAMS[name] if with_params else []
    values: dict[str, list[str]] = {}
    for option in params:
        key, _, value = option.partition("=")
        values.setdefault(key, []).append(value)
    text = bind_parameters(saved, values, store)
    ours = store.query(text)
    variables, expected = rows_of_rdflib(reference.query(text))
    assert isinstance(ours, SelectResult)
    assert ours.variables == variables
    assert rows_of(ours) == expected
    assert expected, "a saved query with no answer on the fixture tests nothing"

    # the same answer through each output format of the CLI
    base = ["query", "--store", str(store_path), "--queries", str(QUERIES), name]
    base += [f"--param={option}" for option in params]
    code, out, _ = run(*base, "--format", "json")
    assert code == 0
    assert rows_of_json(out) == (variables, expected)
    code, out, _ = run(*base, "--format", "csv")
    table = list(csv.reader(io.StringIO(out)))
    assert table[0] == variables
    assert len(table) - 1 == sum(expected.values())
    assert Counter(tuple(row) for row in table[1:]) == Counter(
        tuple("" if cell is None else cell.value for cell in row) for row in ours.rows
    )
    code, out, _ = run(*base, "--format", "tsv")
    lines = out.rstrip("\n").split("\n")
    assert lines[0].split("\t") == [f"?{v}" for v in variables]
    assert len(lines) - 1 == sum(expected.values())
    for fmt in ("table", "markdown"):
        code, out, _ = run(*base, "--format", fmt)
        assert code == 0
        assert out.count("\n") >= sum(expected.values())


def test_known_answers_through_the_hierarchies(store_path: Path) -> None:
    store = open_store(store_path)
    fraud = bind_parameters(
        find_saved("cases-by-crime-type", QUERIES), {"crimeType": ["fraud"]}, store
    )
    result = store.query(fraud)
    assert isinstance(result, SelectResult)
    cases = sorted({row[1].value for row in result.rows})  # type: ignore[union-attr]
    assert cases == [
        "https://w3id.org/soc-kg/id/case/boiler-room",
        "https://w3id.org/soc-kg/id/case/crash-for-cash",
    ]
    organisations = store.query(find_saved("organisations", QUERIES).text)
    assert isinstance(organisations, SelectResult)
    found = sorted({row[0].value.rsplit("/", 1)[1] for row in organisations.rows})  # type: ignore[union-attr]
    assert found == ["bedfordshire-police", "ersou", "ersou-rocu", "essex-police", "luton-ocg"]


def test_table_has_labels_and_prefixed_names(store_path: Path) -> None:
    code, out, _ = run(
        "query",
        "--store",
        str(store_path),
        "--queries",
        str(QUERIES),
        "people-and-posts",
        "-p",
        "person=Kathryn Holloway",
    )
    assert code == 0
    assert "Kathryn Holloway (id:person/kathryn-holloway)" in out
    assert "police and crime commissioner (soc:PoliceAndCrimeCommissioner)" in out
    assert "Bedfordshire Police (id:force/bedfordshire-police)" in out
    assert out.rstrip().endswith("(1 row)")
    code, out, _ = run(
        "query",
        "--store",
        str(store_path),
        "--format",
        "markdown",
        "SELECT ?c ?l WHERE { ?c rdfs:label ?l FILTER(CONTAINS(?l, 'pipe')) }",
    )
    assert out.splitlines()[2] == (
        "| Burglary spree, with a \\| pipe (id:case/burglary-spree) "
        "| Burglary spree, with a \\| pipe |"
    )


def test_graph_clause_still_works_over_the_union(store_path: Path) -> None:
    code, out, _ = run(
        "query",
        "--store",
        str(store_path),
        "-o",
        "csv",
        "SELECT ?g WHERE { GRAPH ?g { ?c a soc:Case } } GROUP BY ?g",
    )
    assert code == 0
    assert out.split("\r\n")[1] == "https://w3id.org/soc-kg/graph/ersou-highlights-2019"


def test_ask_prints_and_sets_exit_code(store_path: Path) -> None:
    assert run("query", "--store", str(store_path), "ASK { ?c a soc:Case }")[:2] == (0, "true\n")
    assert run("query", "--store", str(store_path), "ASK { ?c a soc:Nothing }")[:2] == (
        1,
        "false\n",
    )
    code, out, _ = run("query", "--store", str(store_path), "-o", "json", "ASK {}")
    assert (code, out) == (0, '{"head": {}, "boolean": true}\n')


def test_construct_prints_turtle(store_path: Path) -> None:
    code, out, _ = run(
        "query",
        "--store",
        str(store_path),
        "-o",
        "json",
        "CONSTRUCT { ?c a soc:Case } WHERE { ?c soc:year '2018'^^xsd:gYear }",
    )
    assert code == 0
    assert "@prefix soc: <https://w3id.org/soc-kg/def#> ." in out
    assert "<https://w3id.org/soc-kg/id/case/burglary-spree> a soc:Case ." in out


def test_query_from_file_and_data_files(tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("# Question: How many cases?\nSELECT (COUNT(*) AS ?n) WHERE { ?c a soc:Case }\n")
    code, out, _ = run("query", "--data", str(MINI), "-f", str(rq), "-o", "csv")
    assert (code, out) == (0, "n\r\n4\r\n")
    extra = tmp_path / "extra.nt"
    extra.write_text(
        "<https://w3id.org/soc-kg/id/case/z> "
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/soc-kg/def#Case> .\n"
    )
    code, out, _ = run(
        "query", "--data", str(MINI), "--data", str(extra), "-f", str(rq), "-o", "csv"
    )
    assert (code, out) == (0, "n\r\n5\r\n")


def test_list_shows_questions_and_params() -> None:
    code, out, _ = run("query", "--list", "--queries", str(QUERIES))
    assert code == 0
    assert "cases-by-place" in out
    assert "Which cases happened in a place, or anywhere within it (e.g. a county)?" in out
    assert "--param place=" in out


def test_syntax_error_names_line_and_column(store_path: Path) -> None:
    code, out, err = run("query", "--store", str(store_path), "SELECT * WHERE {\n  ?s ?p\n}")
    assert code == 1
    assert err.startswith("Error: SPARQL syntax error at line 3, column 1")
    assert "Traceback" not in err + out


def test_missing_store_says_how_to_build(tmp_path: Path) -> None:
    code, _, err = run("query", "--store", str(tmp_path / "none"), "ASK {}")
    assert code == 3
    assert "run `kg build`" in err


def test_unknown_saved_query_and_param_errors(store_path: Path) -> None:
    base = ["query", "--store", str(store_path), "--queries", str(QUERIES)]
    code, _, err = run(*base, "cq99-nothing")
    assert code == 2 and "no saved query named 'cq99-nothing'" in err
    code, _, err = run(*base, "cases-by-place", "-p", "town=Luton")
    assert code == 2 and "has no such parameter" in err
    code, _, err = run(*base, "cases-by-unit-and-year", "-p", "year=last year")
    assert code == 2 and "expected an xsd:gYear" in err


@pytest.mark.parametrize(
    "value",
    [
        'Luton" } ?s ?p ?o { "',
        "Luton } } DELETE WHERE { ?s ?p ?o",
        "<http://x> } UNION { ?a ?b ?c",
        "http://x/> } UNION { ?a ?b ?c",
    ],
)
def test_hostile_param_values_are_never_pasted(store_path: Path, value: str) -> None:
    code, out, err = run(
        "query",
        "--store",
        str(store_path),
        "--queries",
        str(QUERIES),
        "cases-by-place",
        "-p",
        f"place={value}",
    )
    assert code == 2
    assert "SPARQL syntax" not in err
    assert out == ""


def test_string_and_label_bindings_are_serialised_terms(store_path: Path) -> None:
    saved = find_saved("cases-by-place", QUERIES)
    text = bind_parameters(
        saved, {"place": ["LUTON", "id:place/dunstable"]}, open_store(store_path)
    )
    assert (
        "VALUES ?place { <https://w3id.org/soc-kg/id/place/luton> "
        "<https://w3id.org/soc-kg/id/place/dunstable> }" in text
    )
    assert expand("ct:fraud") == "https://w3id.org/soc-kg/crime-type/fraud"
    assert expand("Luton") is None


def test_read_saved_header_slots_and_required_params(tmp_path: Path, store_path: Path) -> None:
    path = tmp_path / "x.rq"
    path.write_text(
        "# Question: What?\n# Param: who iri required Someone\n# other\nSELECT * WHERE {\n"
        "  #@param who\n  ?who a ?class .\n  VALUES ?who { <urn:default> }  #@param who\n}\n"
    )
    saved = read_saved(path)
    with pytest.raises(UsageError, match="needs --param who"):
        bind_parameters(saved, {}, None)
    bound = bind_parameters(saved, {"who": ["ct:fraud"]}, None)
    fraud = "VALUES ?who { <https://w3id.org/soc-kg/crime-type/fraud> }"
    assert bound == (
        "# Question: What?\n# Param: who iri required Someone\n# other\nSELECT * WHERE {\n"
        f"  {fraud}\n  ?who a ?class .\n  {fraud}\n}}\n"
    )
    code, _, err = run("query", "--store", str(store_path), "-f", str(path))
    assert code == 2 and "needs --param who" in err
    assert saved.question == "What?"
    assert [(p.name, p.kind, p.required, p.description) for p in saved.params] == [
        ("who", "iri", True, "Someone")
    ]


def test_render_csv_and_tsv_follow_the_w3c_formats() -> None:
    import pyoxigraph as ox

    result = SelectResult(
        ["a", "b"],
        [
            (ox.NamedNode("http://x/1"), ox.Literal('say "hi",\tnow', language="en")),
            (ox.BlankNode("b0"), None),
        ],
    )
    assert render(result, "csv") == 'a,b\r\nhttp://x/1,"say ""hi"",\tnow"\r\n_:b0,\r\n'
    assert render(result, "tsv") == '?a\t?b\n<http://x/1>\t"say \\"hi\\",\\tnow"@en\n_:b0\t\n'
