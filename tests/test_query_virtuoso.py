"""`kg query --endpoint` against Debian's Virtuoso gives the embedded store's answers.

Virtuoso is the store that differs most (its default graph is every graph, digest auth
for writes, its own SPARQL quirks), so every saved query runs there too, raw and bound.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import bind_parameters, saved_queries
from kg.remote import RemoteEndpoint
from kg.store import SelectResult, open_store
from tests.query_support import QUERIES, rows_of
from tests.servers import VirtuosoServer, free_port
from tests.test_query_seed import SEED_PARAMS

pytestmark = pytest.mark.server

KG = str(Path(sys.executable).parent / "kg")


@pytest.fixture(scope="module")
def loaded(seed_build, tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso-q"), free_port(), free_port())
    server.start()
    try:
        trig = next(path for path in seed_build.paths if path.suffix == ".trig")
        env = {
            "PATH": "/usr/bin:/bin",
            "KG_ENDPOINT_USER": server.user,
            "KG_ENDPOINT_PASSWORD": server.password,
        }
        done = subprocess.run(
            [KG, "load", "--preset", "virtuoso", "--endpoint", server.url, str(trig)],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
        )
        assert done.returncode == 0, done.stderr
        yield server
    finally:
        server.stop()


def test_every_saved_query_on_virtuoso_matches_the_embedded_store(
    loaded: VirtuosoServer, seed_build
) -> None:
    store = next(path for path in seed_build.paths if path.name == "store")
    local = open_store(store)
    remote = RemoteEndpoint(loaded.query_url)
    checked = []
    for saved in saved_queries(QUERIES):
        for values in ({}, SEED_PARAMS.get(saved.name, {})):
            text = bind_parameters(saved, values, local)
            ours = local.query(text)
            # Virtuoso's default graph already is every graph: --no-union
            theirs = remote.query(text, union_default_graph=False)
            assert isinstance(theirs, SelectResult)
            assert rows_of(theirs) == rows_of(ours), (saved.name, values)
            checked.append(saved.name)
    assert len(set(checked)) == len(saved_queries(QUERIES))
    remote.close()


def test_cli_on_virtuoso_binds_labels_and_prints_the_same_csv(
    loaded: VirtuosoServer, seed_build
) -> None:
    store = next(path for path in seed_build.paths if path.name == "store")
    args = ["--queries", str(QUERIES), "cases-by-place", "-p", "place=Bedfordshire", "-o", "csv"]
    runner = CliRunner()
    here = runner.invoke(main, ["query", "--store", str(store), *args])
    there = runner.invoke(main, ["query", "--endpoint", loaded.query_url, "--no-union", *args])
    assert there.exit_code == 0, there.stderr
    assert here.stdout_bytes == there.stdout_bytes
    assert here.stdout_bytes.count(b"\r\n") == 5  # header and four rows
