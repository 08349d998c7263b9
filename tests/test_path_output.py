"""What `kg path`, `kg stats` and `kg query` print, from an audit (session 24) of their
text output: a cut path list says it is cut, a missing build is a store failure (exit 3),
control characters in labels are shown escaped, not sent to the terminal."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analysis import count_shortest_paths
from kg.cli import main


def run(*args: str) -> tuple[int, str]:
    # color=True: click passes ESC sequences through, as it does to a terminal
    result = CliRunner().invoke(main, list(args), color=True)
    return result.exit_code, result.output


def controls(text: str) -> list[str]:
    """The control characters in `text` other than the newlines that end its lines."""
    return [c for c in text.replace("\n", "") if ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F]


def write_nt(
    folder: Path, edges: list[tuple[str, str]], labels: dict[str, str] | None = None
) -> str:
    """An N-Triples file of `http://x/p` links between nodes labelled by their names
    (an object with no statement of its own is a value, not an entity), `labels` apart."""
    lines = [f"<http://x/{a}> <http://x/p> <http://x/{b}> ." for a, b in edges]
    names = {node for edge in edges for node in edge}
    for node, label in {**{n: n for n in sorted(names)}, **(labels or {})}.items():
        text = "".join(
            c if " " <= c <= "~" and c not in '"\\' else f"\\u{ord(c):04X}" for c in label
        )
        lines.append(f'<http://x/{node}> <http://www.w3.org/2000/01/rdf-schema#label> "{text}" .')
    path = folder / "g.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


# a → three middles → c → two middles → e: 3 × 2 = 6 shortest paths of 4 hops
DIAMONDS = [("a", f"b{i}") for i in range(3)] + [(f"b{i}", "c") for i in range(3)]
DIAMONDS += [("c", f"d{i}") for i in range(2)] + [(f"d{i}", "e") for i in range(2)]


def test_a_cut_path_list_says_how_many_there_are(tmp_path: Path) -> None:
    data = write_nt(tmp_path, DIAMONDS)
    code, output = run("path", "http://x/a", "http://x/e", data, "--limit", "2")
    assert code == 0
    lines = output.splitlines()
    assert lines[0] == "2 of 6 shortest paths of 4 hops (--limit 2):"
    assert len(lines) == 3 and lines[1].startswith("1. a --p--> b")
    code, output = run("path", "http://x/a", "http://x/e", data, "--limit", "6")
    assert output.splitlines()[0] == "6 shortest paths of 4 hops:"
    code, output = run("path", "http://x/a", "http://x/b1", data)
    assert output.splitlines()[0] == "1 shortest path of 1 hop:"


@pytest.mark.parametrize("seed", range(5))
def test_counting_agrees_with_listing_every_path(seed: int) -> None:
    graph = nx.gnp_random_graph(40, 0.08, seed=seed)
    for a, b in [(0, 39), (1, 20), (5, 6), (3, 3)]:
        expected = len(list(nx.all_shortest_paths(graph, a, b))) if nx.has_path(graph, a, b) else 0
        assert count_shortest_paths(graph, a, b) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "args",
    [
        ["stats"],
        ["path", "a", "b"],
        ["viz", "--output", "x.html"],
        ["export", "--format", "nt", "-o", "x.nt"],
        ["load", "--endpoint", "http://127.0.0.1:9/", "--dry-run"],
    ],
    ids=str,
)
def test_no_build_yet_is_a_store_failure_like_kg_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # a fresh clone: no out/
    code, output = run(*args)
    assert code == 3  # kg query without a store exits 3 too
    assert output == (
        "Error: no built dataset at out/graph.trig: run `kg build` (it writes "
        "out/graph.trig), or name RDF files\n"
    )
    assert not (tmp_path / "x.html").exists()


# ESC sequences recolour the terminal; a newline fakes a line; U+009B is the one-byte CSI;
# U+202E (right-to-left override) shows the text after it backwards
HOSTILE = "B\x1b[31mRED\x1b[0m\n2. fake\tpath\x9b2J\u202eevil"
SHOWN = "B\\x1b[31mRED\\x1b[0m\\n2. fake\\tpath\\x9b2J\\u202eevil"


def test_path_shows_control_characters_in_labels_as_escapes(tmp_path: Path) -> None:
    data = write_nt(tmp_path, [("a", "b")], {"b": HOSTILE})
    code, output = run("path", "http://x/a", "http://x/b", data)
    assert code == 0
    assert output.splitlines() == ["1 shortest path of 1 hop:", f"1. a --p--> {SHOWN}"]
    assert controls(output) == []


def test_stats_shows_control_characters_in_labels_as_escapes(tmp_path: Path) -> None:
    data = write_nt(tmp_path, [("a", "b")], {"b": HOSTILE})
    code, output = run("stats", data)
    assert code == 0
    assert controls(output) == []
    assert f"  {SHOWN}  1.0000" in output.splitlines()
    assert f"  1. (2) {SHOWN}, a" in output.splitlines()
    code, output = run("stats", data, "--json")  # a data format: the value exact
    assert HOSTILE in json.loads(output)["communities"][0]


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_query_tables_show_control_characters_as_escapes(tmp_path: Path, fmt: str) -> None:
    data = write_nt(tmp_path, [("a", "b")], {"b": HOSTILE})
    query = "SELECT ?label WHERE { <http://x/b> ?p ?label }"
    code, output = run("query", "--data", data, "--format", fmt, query)
    assert code == 0
    assert controls(output) == []
    # the table puts a newline or tab on one line as a space, as before
    assert "B\\x1b[31mRED\\x1b[0m 2. fake path\\x9b2J\\u202eevil" in output


DATA_FORMATS = ("json", "csv", "tsv")


def test_query_data_formats_keep_values_exact(tmp_path: Path) -> None:
    data = write_nt(tmp_path, [("a", "b")], {"b": HOSTILE})
    query = "SELECT ?label WHERE { <http://x/b> ?p ?label }"
    outputs = {fmt: run("query", "--data", data, "--format", fmt, query) for fmt in DATA_FORMATS}
    assert {fmt: code for fmt, (code, _) in outputs.items()} == dict.fromkeys(DATA_FORMATS, 0)
    assert json.loads(outputs["json"][1])["results"]["bindings"][0]["label"]["value"] == HOSTILE
    assert HOSTILE in outputs["csv"][1]
    tsv_cell = '"B\\u001B[31mRED\\u001B[0m\\n2. fake\\tpath\x9b2J\u202eevil"'  # N-Triples
    assert outputs["tsv"][1].splitlines()[1] == tsv_cell


def test_stats_on_an_empty_graph_says_none(tmp_path: Path) -> None:
    empty = tmp_path / "empty.nt"
    empty.write_text("", encoding="utf-8")
    code, output = run("stats", str(empty))
    assert code == 0
    lines = output.splitlines()
    assert "Connected components: 0 (none)" in lines
    assert lines[lines.index("Degree centrality (top 10)") + 1] == "  (none)"
    assert "sizes" not in output


def test_stats_says_how_many_components_and_communities_it_left_out(tmp_path: Path) -> None:
    pairs = [(f"a{i}", f"b{i}") for i in range(23)]  # 23 components of 2 entities
    code, output = run("stats", write_nt(tmp_path, pairs), "--top", "3")
    assert code == 0
    lines = output.splitlines()
    assert f"Connected components: 23 (sizes {', '.join(['2'] * 20)}, … 3 more)" in lines
    assert "  … 20 more communities (--top 3)" in lines
    assert len([line for line in lines if line.startswith("  1. ") or ". (2) " in line]) == 3


@pytest.mark.parametrize(
    ("command", "option", "words"),
    [
        ("stats", "--top N", "Entities listed by degree and by betweenness, and communities"),
        ("path", "--limit N", "Most shortest paths to print; when there are more, the first"),
    ],
)
def test_top_and_limit_say_what_they_cut(command: str, option: str, words: str) -> None:
    code, output = run(command, "--help")
    assert code == 0
    options = " ".join(output.split("Options:")[1].split())  # help text unwrapped
    assert f"{option} {words}" in options
