"""`kg load` without a server: planning, chunking, presets, credentials, dry run, messages."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    Quad,
    RdfFormat,
    parse,
    serialize,
)

from kg.cli import main
from kg.endpoints import PRESETS, credentials_from_env, redact, resolve_endpoint
from kg.errors import SourceError, UsageError
from kg.httpfailure import response_message
from kg.load import plan_load, split_quad_line
from tests.servers import free_port

FIXTURE = Path(__file__).parent / "fixtures" / "load" / "mini-seed.trig"
SOURCE_GRAPH = "https://w3id.org/soc-kg/graph/ersou-highlights-2019"


def triples_of(chunk_bytes: bytes) -> list:
    return list(parse(chunk_bytes, format=RdfFormat.N_TRIPLES))


def test_one_put_per_named_graph_with_exact_counts() -> None:
    plan = plan_load([FIXTURE])
    assert [(g.graph, g.triples) for g in plan.graphs] == [
        (SOURCE_GRAPH, 56),
        ("https://w3id.org/soc-kg/graph/reference", 37),
        ("https://w3id.org/soc-kg/graph/vocabulary", 11),
    ]
    assert all([c.method for c in g.chunks] == ["PUT"] for g in plan.graphs)
    assert plan.triples == 104


def test_graph_option_merges_and_dedupes() -> None:
    plan = plan_load([FIXTURE], graph="http://example.org/all")
    # ct:cyber-fraud's prefLabel sits in two graphs; one graph holds it once
    assert [(g.graph, g.triples) for g in plan.graphs] == [("http://example.org/all", 103)]
    plan = plan_load([FIXTURE], into_default=True)
    assert [(g.graph, g.triples) for g in plan.graphs] == [(None, 103)]


def test_chunks_put_then_post_and_keep_blank_nodes_together() -> None:
    plan = plan_load([FIXTURE], chunk_size=7)
    source = plan.graphs[0]
    assert [c.method for c in source.chunks] == ["PUT"] + ["POST"] * (len(source.chunks) - 1)
    assert sum(c.triples for c in source.chunks) == 56
    owners: dict[str, int] = {}
    for index, chunk in enumerate(source.chunks):
        quads = [q for piece in chunk.pieces for q in triples_of(piece)]
        assert len(quads) == chunk.triples <= 7
        for quad in quads:
            for term in (quad.subject, quad.object):
                if type(term).__name__ == "BlankNode":
                    assert owners.setdefault(term.value, index) == index
    # the fixture's money nodes: 2 blank nodes in one case, 1 in another
    assert len(owners) == 3
    assert len({owners[label] for label in owners}) == 2


def test_a_blank_node_group_bigger_than_a_chunk_stays_whole(tmp_path: Path) -> None:
    data = tmp_path / "list.ttl"
    lines = [f"_:b{i} <http://example.org/next> _:b{i + 1} ." for i in range(10)]
    lines += [f"<http://example.org/s{i}> <http://example.org/p> {i} ." for i in range(5)]
    data.write_text("\n".join(lines) + "\n")
    graph = plan_load([data], chunk_size=4).graphs[0]
    assert [c.triples for c in graph.chunks] == [10, 4, 1]


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n"
        "<http://example.org/a> <http://example.org/b> .\n"
    )
    with pytest.raises(SourceError) as caught:
        plan_load([bad])
    assert str(caught.value).startswith(f"{bad}:2: not valid RDF:")
    assert caught.value.exit_code == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"graph": "not an iri"}, "--graph: not a valid IRI"),
        ({"graph": "http://example.org/g", "into_default": True}, "exclude each other"),
        ({"chunk_size": 0}, "--chunk-size: expected a positive number"),
    ],
)
def test_bad_options_are_usage_errors(kwargs: dict, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        plan_load([FIXTURE], **kwargs)


def test_missing_file_folder_and_empty_input(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such RDF file"):
        plan_load([tmp_path / "nope.trig"])
    with pytest.raises(UsageError, match="is a folder"):
        plan_load([tmp_path])
    empty = tmp_path / "empty.nq"
    empty.write_text("")
    with pytest.raises(UsageError, match="nothing to load"):
        plan_load([empty])


def test_presets_give_the_documented_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD", "KG_ENDPOINT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    cases = {
        "oxigraph": ("http://h:7878", "http://h:7878/store", "http://h:7878/query"),
        "fuseki": ("http://h:3030/ds", "http://h:3030/ds/data", "http://h:3030/ds/sparql"),
        "graphdb": (
            "http://h:7200/repositories/kg",
            "http://h:7200/repositories/kg/rdf-graphs/service",
            "http://h:7200/repositories/kg",
        ),
        "virtuoso": (
            "http://h:8890/",
            "http://h:8890/sparql-graph-crud-auth",
            "http://h:8890/sparql",
        ),
    }
    assert set(cases) == set(PRESETS)
    for preset, (base, gsp, query) in cases.items():
        endpoint = resolve_endpoint(base, preset)
        assert (endpoint.gsp_url, endpoint.query_url) == (gsp, query)
    custom = resolve_endpoint("http://h:1", "oxigraph", gsp_path="/gsp", query_path="/sparql")
    assert (custom.gsp_url, custom.query_url) == ("http://h:1/gsp", "http://h:1/sparql")
    with pytest.raises(UsageError, match="--endpoint: expected an http"):
        resolve_endpoint("127.0.0.1:7878")
    with pytest.raises(UsageError, match="not in the URL"):
        resolve_endpoint("http://dba:secret@h:8890")
    with pytest.raises(UsageError, match="--preset"):
        resolve_endpoint("http://h", "neptune")


def test_cli_choices_match_the_library() -> None:
    from kg.cli.load import AUTH_CHOICES, PRESET_NAMES
    from kg.endpoints import AUTH_SCHEMES

    assert tuple(PRESETS) == PRESET_NAMES
    assert AUTH_CHOICES == AUTH_SCHEMES


def test_credentials_come_from_the_environment_and_never_show(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret-pw")
    monkeypatch.delenv("KG_ENDPOINT_TOKEN", raising=False)
    digest = credentials_from_env("auto", PRESETS["virtuoso"])
    assert digest.scheme == "digest"
    assert credentials_from_env("auto", PRESETS["oxigraph"]).scheme == "basic"
    assert "s3cret-pw" not in repr(digest) + digest.describe()
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", "tok-123")
    assert credentials_from_env("auto", PRESETS["fuseki"]).scheme == "bearer"
    monkeypatch.delenv("KG_ENDPOINT_USER")
    with pytest.raises(UsageError, match="set KG_ENDPOINT_USER"):
        credentials_from_env("digest", PRESETS["virtuoso"])
    assert redact("http://u:p@h:1/x") == "http://h:1/x"


def test_response_message_finds_virtuoso_xmp_and_plain_text() -> None:
    virtuoso = httpx.Response(
        500,
        text="<html><head><title>failed</title></head><body><h1>HTTP/1.1 500</h1>"
        '<xmp>The request contains "default" param\n but no default graph</xmp></body></html>',
    )
    assert response_message(virtuoso) == 'The request contains "default" param but no default graph'
    html = httpx.Response(
        404,
        text="<html><head><style>x{}</style></head><body><p>No such "
        "<b>repository</b></p></body></html>",
    )
    assert response_message(html) == "No such repository"
    assert response_message(httpx.Response(400, text="Parser error\n at line 5")) == (
        "Parser error at line 5"
    )


def test_dry_run_sends_nothing_and_shows_every_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret-pw")
    closed = f"http://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(
        main,
        [
            "load",
            "--dry-run",
            "--preset",
            "virtuoso",
            "--endpoint",
            closed,
            "--chunk-size",
            "30",
            str(FIXTURE),
        ],
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Dry run: nothing sent. 104 triples in 3 graph(s)")
    assert "digest auth from KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD" in lines[1]
    requests = [line.split()[0] for line in lines if re.match(r"^(PUT|POST) ", line)]
    assert requests == ["PUT", "POST", "PUT", "POST", "PUT"]
    assert f"{closed}/sparql-graph-crud-auth?graph=https%3A%2F%2Fw3id.org" in result.output
    assert "expect 56: SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + SOURCE_GRAPH in result.output
    assert "s3cret-pw" not in result.output


def test_every_option_error_is_one_line_with_exit_2() -> None:
    result = CliRunner().invoke(
        main, ["load", "--endpoint", "http://127.0.0.1:1", "--graph", "x y", str(FIXTURE)]
    )
    assert result.exit_code == 2
    assert result.output.strip().startswith("Error: --graph: not a valid IRI")
    assert len(result.output.strip().splitlines()) == 1


def test_oxigraph_uses_its_bulk_loader_unless_atomic() -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    args = ["load", "--dry-run", "--endpoint", closed, str(FIXTURE)]
    bulk = CliRunner().invoke(main, args)
    atomic = CliRunner().invoke(main, [*args, "--atomic"])
    assert bulk.exit_code == atomic.exit_code == 0
    graph = "graph=https%3A%2F%2Fw3id.org%2Fsoc-kg%2Fgraph%2Fvocabulary"
    assert f"PUT  {closed}/store?{graph}&no_transaction=  11 triples" in bulk.output
    assert f"PUT  {closed}/store?{graph}  11 triples" in atomic.output


SUBJECTS = st.one_of(
    st.builds(NamedNode, st.sampled_from(["http://example.org/s", "urn:x:é"])),
    st.builds(BlankNode, st.sampled_from(["b1", "b2"])),
)
OBJECTS = st.one_of(
    SUBJECTS,
    st.builds(Literal, st.text(max_size=30)),
    st.builds(
        lambda text, lang: Literal(text, language=lang),
        st.text(max_size=10),
        st.sampled_from(["en", "en-gb"]),
    ),
    st.builds(
        lambda text: Literal(text, datatype=NamedNode("http://example.org/dt")),
        st.text(max_size=10),
    ),
)
GRAPHS = st.one_of(
    st.just(DefaultGraph()), st.builds(NamedNode, st.sampled_from(["http://g/1", "urn:g:2"]))
)


@given(SUBJECTS, OBJECTS, GRAPHS)
def test_split_quad_line_finds_graph_and_blank_nodes(subject, obj, graph) -> None:
    quad = Quad(subject, NamedNode("http://example.org/p"), obj, graph)
    line = serialize([quad], format=RdfFormat.N_QUADS).rstrip(b"\n")
    assert b"\n" not in line
    triple, graph_term, subject_bnode, object_bnode = split_quad_line(line)
    assert list(parse(triple + b" .\n", format=RdfFormat.N_TRIPLES)) == [
        Quad(subject, quad.predicate, obj, DefaultGraph())
    ]
    assert graph_term == (None if graph == DefaultGraph() else f"<{graph.value}>".encode())
    assert subject_bnode == (subject.value.encode() if type(subject) is BlankNode else None)
    assert object_bnode == (obj.value.encode() if type(obj) is BlankNode else None)


def test_blank_node_named_graphs_are_refused(tmp_path: Path) -> None:
    data = tmp_path / "bnode-graph.trig"
    data.write_text("_:g { <http://example.org/a> <http://example.org/b> 1 . }\n")
    with pytest.raises(UsageError, match="graph named by a blank node"):
        plan_load([data])
    assert plan_load([data], graph="urn:kg:g").graphs[0].triples == 1


def test_the_same_triples_in_two_formats_load_once(tmp_path: Path) -> None:
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(FIXTURE, format="trig")
    nquads = tmp_path / "mini.nq"
    dataset.serialize(nquads, format="nquads")
    both = plan_load([FIXTURE, nquads])
    # blank nodes are per file (an RDF merge): the 10 triples with a blank node count twice
    assert [(g.graph, g.triples) for g in both.graphs] == [
        (SOURCE_GRAPH, 56 + 10),
        ("https://w3id.org/soc-kg/graph/reference", 37),
        ("https://w3id.org/soc-kg/graph/vocabulary", 11),
    ]


def test_too_large_and_server_errors_are_told_apart() -> None:
    from kg.errors import StoreError
    from kg.httpfailure import Retryable, http_failure

    endpoint = resolve_endpoint("http://127.0.0.1:1", "oxigraph", auth="none")
    too_big = http_failure(httpx.Response(413, text="body too large"), "loading <g>", endpoint)
    assert isinstance(too_big, StoreError)
    assert str(too_big) == (
        "loading <g>: HTTP 413 Request Entity Too Large: body too large; "
        "send smaller requests with --chunk-size"
    )
    assert isinstance(http_failure(httpx.Response(503), "x", endpoint), Retryable)
    assert isinstance(http_failure(httpx.Response(501), "x", endpoint), StoreError)
