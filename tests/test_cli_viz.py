"""`kg viz`, `kg stats`, `kg path` and the network formats of `kg export` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main

FIXTURE = str(Path(__file__).parent / "fixtures" / "viz-mini.trig")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_viz_writes_the_page_and_says_what_it_shows(tmp_path):
    out = tmp_path / "view.html"
    code, output = run("viz", FIXTURE, "--output", str(out))
    assert code == 0
    assert output == f"Wrote {out} (15 entities, 19 links)\n"
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_viz_focus_types_and_cap(tmp_path):
    out = tmp_path / "v.html"
    code, output = run("viz", FIXTURE, "--focus", "ROCU", "--depth", "1", "--output", str(out))
    assert (code, output) == (0, f"Wrote {out} (6 entities, 6 links)\n")
    code, output = run("viz", FIXTURE, "--types", "Case,Person", "--output", str(out))
    assert (code, output) == (0, f"Wrote {out} (3 entities, 0 links)\n")
    code, output = run("viz", FIXTURE, "--max-nodes", "4", "--output", str(out))
    assert code == 0
    assert "Showing 4 of 15 entities: the most connected part, around Regional Organised" in output
    assert "Showing 4 of 15 entities" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--focus", "Nobody"], "Error: no entity with id, IRI, label or alias 'Nobody'"),
        (["--types", "Spaceship"], "Error: --types: no entities of type 'Spaceship'"),
        (["--source", "elsewhere"], "Error: --source: no source 'elsewhere'"),
        (["--focus", " "], "Error: --focus: expected an entity's id or label, got an empty value"),
        (["--types", ","], "Error: --types: expected class names such as Case,Person, got none"),
    ],
)
def test_viz_bad_options_are_one_line_usage_errors(tmp_path, args, message):
    code, output = run("viz", FIXTURE, "--output", str(tmp_path / "x.html"), *args)
    assert code == 2
    assert output.startswith(message) and output.count("\n") == 1
    assert not (tmp_path / "x.html").exists()


def test_viz_without_a_built_dataset_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, output = run("viz")
    assert code == 3
    assert "no built dataset at out/graph.trig: run `kg build`" in output
    code, output = run("viz", "missing.trig")
    assert code == 2 and "missing.trig: no such RDF file" in output


def test_stats_prints_rankings_and_json():
    code, output = run("stats", FIXTURE, "--top", "2")
    assert code == 0
    assert "  Regional Organised Crime Unit           0.3571" in output
    assert "Connected components: 1 (sizes 15)" in output
    code, output = run("stats", FIXTURE, "--json")
    data = json.loads(output)
    assert data["nodes"] == 15 and data["edges"] == 19
    assert data["betweenness_centrality"][0]["label"] == "Regional Organised Crime Unit"


def test_path_prints_each_hop_with_its_property():
    code, output = run("path", "Kathryn Holloway", "case/luton-drugs-conspiracy", FIXTURE)
    assert code == 0
    assert output.splitlines() == [
        "1 shortest path of 4 hops:",
        "1. Kathryn Holloway --holds--> ERSOU governance lead --post in--> Eastern Region "
        "Special Operations Unit <--unit of-- Regional Organised Crime Unit <--led by-- "
        "Luton OCG drugs conspiracy",
    ]
    code, output = run("path", "Kathryn Holloway", "Atlantis", FIXTURE)
    assert code == 2


def test_export_network_formats(tmp_path):
    out = tmp_path / "n.graphml"
    code, output = run("export", "--format", "graphml", "-o", str(out), FIXTURE)
    assert (code, output) == (0, f"wrote {out}\n")
    assert nx.read_graphml(out).number_of_nodes() == 15
    code, output = run("export", "--format", "csv", "-o", str(tmp_path / "net.csv"), FIXTURE)
    assert code == 0
    assert output.splitlines() == [
        f"wrote {tmp_path / 'net-nodes.csv'}",
        f"wrote {tmp_path / 'net-edges.csv'}",
    ]
    code, _ = run("export", "--format", "gexf", "-o", str(tmp_path / "n.gexf"), FIXTURE)
    assert code == 0 and nx.read_gexf(tmp_path / "n.gexf").number_of_edges() == 19


@pytest.mark.parametrize("command", ["viz", "stats", "path", "export"])
def test_help_has_an_example(command):
    code, output = run(command, "--help")
    assert code == 0 and "Example:" in output
