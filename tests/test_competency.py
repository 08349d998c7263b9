"""Every competency question, answered exactly by its saved query, in two engines."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO
from tests.sparql_results import Row, oxigraph_rows, rdflib_rows

EXPECTED: dict[str, list[Row]] = yaml.safe_load((REPO / "tests/cq/expected.yaml").read_text())
QUERIES = {p.stem: p for p in sorted((REPO / "queries").glob("cq*.rq"))}


def project(rows: list[Row], keys: set[str]) -> list[tuple[tuple[str, str], ...]]:
    return sorted(tuple(sorted((k, v) for k, v in row.items() if k in keys)) for row in rows)


def test_every_question_has_a_query_and_an_answer() -> None:
    assert len(QUERIES) == 17
    assert set(QUERIES) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_question_answered_exactly(name: str, seed_build) -> None:
    query = QUERIES[name].read_text(encoding="utf-8")
    expected = EXPECTED[name]
    keys = {key for row in expected for key in row}
    expected_rows = project([{k: str(v) for k, v in row.items()} for row in expected], keys)
    nquads = next(p for p in seed_build.paths if p.suffix == ".nq")
    assert project(rdflib_rows(seed_build.dataset, query), keys) == expected_rows
    assert project(oxigraph_rows(Path(nquads), query), keys) == expected_rows


def test_saved_queries_say_what_they_answer() -> None:
    for path in QUERIES.values():
        assert path.read_text(encoding="utf-8").startswith("# Question: "), path.name
