"""The same input gives byte-identical files: twice in one process, and across
processes whose string hashing differs (PYTHONHASHSEED), so set and dict order
inside rdflib can never leak into an output.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import build_graph
from tests.conftest import REPO

# The files the contract promises; a build may add more (every file is compared).
DOCUMENTED = {
    "graph.ttl",
    "graph.nt",
    "graph.trig",
    "graph.nq",
    "graph.jsonld",
    "validation-report.ttl",
    "summary.txt",
}


def run_kg(args: list[str], seed: str, cwd: Path) -> None:
    """Run the `kg` command in a fresh interpreter with a given hash seed."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    completed = subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr


# The embedded store (out/store, for `kg query` and `kg serve`) is a RocksDB folder: binary,
# with its own log, never byte-identical. It is compared by content instead (store_quads).
STORE = "store"


def files(folder: Path) -> list[str]:
    """The output files, except those inside the embedded store folder."""
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and p.relative_to(folder).parts[0] != STORE
    )


def store_quads(source: Path, *, merge: bool = False) -> list[str]:
    """The quads of a store folder or an N-Quads file in its named graphs, as Oxigraph
    stores them (it writes some literals canonically), with canonical blank nodes, sorted;
    with `merge`, the triples of all graphs together, each once, as the default graph
    (which a store kg build writes holds)."""
    import pyoxigraph as ox

    if source.is_dir():
        store = ox.Store.read_only(str(source))
    else:
        store = ox.Store()
        store.load(path=str(source), format=ox.RdfFormat.N_QUADS)
    in_default = [q for q in store if isinstance(q.graph_name, ox.DefaultGraph)]
    if merge and source.is_dir():
        chosen = in_default
    elif merge:
        chosen = [ox.Quad(q.subject, q.predicate, q.object) for q in store]
    else:
        chosen = [q for q in store if not isinstance(q.graph_name, ox.DefaultGraph)]
    dataset = ox.Dataset(chosen)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return sorted(str(quad) for quad in dataset)


def assert_same_bytes(first: Path, second: Path, names: list[str] | None = None) -> None:
    """The same files with the same bytes (all files of the folders unless named)."""
    if names is None:
        names = files(first)
        assert files(second) == names
    different = [n for n in names if (first / n).read_bytes() != (second / n).read_bytes()]
    assert not different, f"not byte-identical: {', '.join(different)}"
    if (first / STORE).is_dir() or (second / STORE).is_dir():
        assert store_quads(first / STORE) == store_quads(second / STORE)
        assert store_quads(first / STORE, merge=True) == store_quads(second / STORE, merge=True)


def test_build_writes_the_documented_files_and_lists_all_it_wrote(seed_build) -> None:
    out = seed_build.paths[0].parent
    assert set(files(out)) >= DOCUMENTED
    assert sorted(str(p.relative_to(out)) for p in seed_build.paths) == sorted([*files(out), STORE])
    assert store_quads(out / STORE) == store_quads(out / "graph.nq")
    merged = store_quads(out / STORE, merge=True)
    assert merged == store_quads(out / "graph.nq", merge=True)
    assert len(merged) == len(set(merged)) == 3327  # 3,335 quads, 8 triples in two graphs


def test_building_twice_in_one_process_gives_identical_files(seed_build, tmp_path: Path) -> None:
    again = build_graph(REPO / "data", tmp_path / "again")
    assert again.paths
    assert_same_bytes(seed_build.paths[0].parent, tmp_path / "again")


@pytest.fixture(scope="module")
def seeded_builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed data built by two processes with different hash seeds."""
    root = tmp_path_factory.mktemp("seeded")
    outs = {}
    for seed in ("1", "2"):
        out = root / f"out-{seed}"
        run_kg(["build", "--data", str(REPO / "data"), "--output", str(out)], seed, root)
        outs[seed] = out
    return outs


def test_builds_in_processes_with_different_hash_seeds_are_identical(
    seeded_builds: dict[str, Path], seed_build
) -> None:
    assert_same_bytes(seeded_builds["1"], seeded_builds["2"])
    assert_same_bytes(seeded_builds["1"], seed_build.paths[0].parent)


def test_export_of_parsed_files_is_identical_across_processes(
    seeded_builds: dict[str, Path], tmp_path: Path
) -> None:
    """`kg export` reads files (fresh blank nodes each time) and still writes the same bytes."""
    source = seeded_builds["1"] / "graph.trig"
    for fmt, name in (("nq", "graph.nq"), ("jsonld", "graph.jsonld"), ("ttl", "graph.ttl")):
        for seed in ("3", "4"):
            target = tmp_path / seed
            target.mkdir(exist_ok=True)
            run_kg(
                ["export", "--format", fmt, "-o", str(target / name), str(source)], seed, tmp_path
            )
        assert_same_bytes(tmp_path / "3", tmp_path / "4", [name])


def test_outputs_carry_no_wall_clock_time(seed_build) -> None:
    """Nothing in the outputs depends on when the build ran (no timestamps)."""
    import datetime

    today = datetime.date.today().isoformat()
    for path in seed_build.paths:
        if path.name == STORE:
            continue  # RocksDB's own log has times; the store's quads are checked above
        assert today not in path.read_text(encoding="utf-8"), path.name
