"""Apache Jena, the parser and SPARQL engine inside Fuseki, reads every export and gives
the embedded store's answers to every saved query.

Fuseki cannot be installed on this project's machines (see tests/jena_cli.py), so its
HTTP layer is not covered here; Debian's Jena (4.5.0) is. Queries run as
`kg query --endpoint` would send them to Fuseki: with the project prefixes and every
named graph as default-graph-uri and named-graph-uri (tests/jena/RunQueries.java).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kg.query import bind_parameters, saved_queries
from kg.remote import with_prologue
from kg.store import open_store
from tests.jena_cli import RUN_QUERIES, jena_classpath, run_java
from tests.query_support import QUERIES, rows_of, rows_of_json
from tests.test_query_seed import SEED_PARAMS

GRAPH_COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


@pytest.fixture(scope="module")
def classpath(tmp_path_factory: pytest.TempPathFactory) -> str:
    return jena_classpath(tmp_path_factory.mktemp("jena"))


def export(seed_build, suffix: str) -> Path:
    return next(path for path in seed_build.paths if path.suffix == suffix)


def quads_per_graph(seed_build) -> dict[str, int]:
    counts: Counter = Counter()
    for _s, _p, _o, graph in seed_build.dataset.quads((None, None, None, None)):
        counts[str(graph)] += 1
    return dict(counts)


def test_jena_reads_every_export_with_the_same_counts(classpath: str, seed_build) -> None:
    counts = quads_per_graph(seed_build)
    total = sum(counts.values())
    distinct = len(
        {(s, p, o) for s, p, o, _g in seed_build.dataset.quads((None, None, None, None))}
    )
    # Debian's Jena reads JSON-LD 1.1 only with a JSON-P implementation Debian lacks;
    # JSON-LD 1.0 (jsonld-java) reads our file, which uses no 1.1 features.
    files = [export(seed_build, suffix) for suffix in (".ttl", ".nt", ".trig", ".nq")]
    done = run_java(classpath, "riotcmd.riot", "--count", *map(str, files))
    assert done.returncode == 0, done.stderr
    jsonld = run_java(
        classpath,
        "riotcmd.riot",
        "--syntax=jsonld10",
        "--count",
        str(export(seed_build, ".jsonld")),
    )
    assert jsonld.returncode == 0, jsonld.stderr
    said = {
        Path(line.split(" : ")[0]).suffix: line.split(" = ")[1].replace(",", "")
        for line in (done.stdout + done.stderr + jsonld.stdout + jsonld.stderr).splitlines()
        if line.startswith("file://")
    }
    assert said == {
        ".ttl": str(distinct),
        ".nt": str(distinct),
        ".trig": str(total),
        ".nq": str(total),
        ".jsonld": str(total),
    }


def test_every_saved_query_in_jena_matches_the_embedded_store(
    classpath: str, seed_build, tmp_path: Path
) -> None:
    local = open_store(next(path for path in seed_build.paths if path.name == "store"))
    expected: dict[str, tuple[str, dict]] = {}
    (tmp_path / "graph-counts.rq").write_text(GRAPH_COUNTS, encoding="utf-8")
    for saved in saved_queries(QUERIES):
        for bound, values in (("raw", {}), ("bound", SEED_PARAMS.get(saved.name, {}))):
            text = bind_parameters(saved, values, local)
            name = f"{saved.name}.{bound}"
            (tmp_path / f"{name}.rq").write_text(with_prologue(text), encoding="utf-8")
            expected[name] = (text, values)
    done = run_java(classpath, str(RUN_QUERIES), str(export(seed_build, ".trig")), str(tmp_path))
    assert done.returncode == 0, done.stderr

    _names, counts = rows_of_json((tmp_path / "graph-counts.srj").read_text(encoding="utf-8"))
    seen = {row[0][1]: int(row[1][1]) for row in counts}
    assert seen == quads_per_graph(seed_build)
    for name, (text, values) in expected.items():
        variables, theirs = rows_of_json((tmp_path / f"{name}.srj").read_text(encoding="utf-8"))
        ours = local.query(text)
        assert variables == ours.variables, name  # type: ignore[union-attr]
        assert theirs == rows_of(ours), (name, values)
    assert len({name.split(".")[0] for name in expected}) == len(saved_queries(QUERIES)) >= 26
