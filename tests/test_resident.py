"""The resident in-memory copy of a store: same answers, never stale, gone when idle.

Real processes throughout: `kg query` runs as a subprocess, starts the copy
(`python -m kg.residentserver`) in the background, and later runs talk to it over
its Unix socket.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import resident
from kg.store import write_store
from tests.query_support import MINI
from tests.test_query_fast import CLICK, KG, argv_cases

TOWNS = "SELECT ?l WHERE { ?p a soc:Town ; rdfs:label ?l } ORDER BY ?l"
# Whether a run was answered by the copy: the client then never imports pyoxigraph.
PROBE = (
    "import sys\n"
    "from kg.entry import run\n"
    "sys.argv = ['kg', 'query', *sys.argv[1:]]\n"
    "try:\n"
    "    run()\n"
    "except SystemExit as done:\n"
    "    sys.stdout.write(f'\\nexit {done.code} pyoxigraph {\"pyoxigraph\" in sys.modules}\\n')\n"
)


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private runtime folder with the resident copy switched on (short path: the
    socket path must fit in 104 bytes); copies left behind by a failed test idle out."""
    folder = tempfile.mkdtemp(prefix="kgr-")
    monkeypatch.setenv("KG_RESIDENT", "1")
    monkeypatch.setenv("KG_RUNTIME_DIR", folder)
    monkeypatch.setenv("KG_RESIDENT_IDLE", "60")
    yield folder
    for pid in _server_pids(folder):
        os.kill(pid, signal.SIGKILL)
    shutil.rmtree(folder, ignore_errors=True)


def _server_pids(folder: str) -> list[int]:
    """Copies started with this runtime folder (read from /proc environments)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
            environment = (entry / "environ").read_bytes()
        except OSError:
            continue
        if b"kg.residentserver" in command and f"KG_RUNTIME_DIR={folder}".encode() in environment:
            pids.append(int(entry.name))
    return pids


def kg(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([KG, "query", *args], capture_output=True)


def probe(*args: str) -> tuple[str, bool]:
    """The run's stdout and whether the copy answered it."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    out, _, tail = done.stdout.rpartition("\nexit ")
    return out, tail.strip().endswith("pyoxigraph False")


def warm(store: Path) -> None:
    """Run once from disk (which starts the copy) and wait until the copy answers."""
    assert kg("--store", str(store), "ASK {}").returncode == 0
    assert resident.wait_until_ready(store, timeout=60)


def test_a_warm_copy_prints_the_same_bytes_as_the_click_cli(runtime: str, tmp_path: Path) -> None:
    store = write_store(MINI, tmp_path / "store")
    out, answered = probe("--store", str(store), "-o", "csv", TOWNS)
    assert not answered  # the first run reads the folder and starts the copy
    assert resident.wait_until_ready(store, timeout=60)
    again, answered = probe("--store", str(store), "-o", "csv", TOWNS)
    assert answered and again == out
    assert out.splitlines() == ["l", "Dunstable", "Ipswich", "Luton"]
    env = {**os.environ, "KG_RESIDENT": "0"}
    for args in argv_cases(store):
        fast = kg(*args)
        slow = subprocess.run([*CLICK, "query", *args], capture_output=True, env=env)
        assert (fast.returncode, fast.stdout, fast.stderr) == (
            slow.returncode,
            slow.stdout,
            slow.stderr,
        ), args


def test_relative_paths_resolve_in_the_callers_folder(runtime: str, tmp_path: Path) -> None:
    store = write_store(MINI, tmp_path / "out" / "store")
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "towns.rq").write_text(
        "# Question: Which towns?\nSELECT (COUNT(?p) AS ?n) WHERE { ?p a soc:Town }\n",
        encoding="utf-8",
    )
    warm(store)
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        by_name, answered = probe("-o", "tsv", "towns")  # ./queries and ./out/store
        by_file, _ = probe("-o", "tsv", "-f", "queries/towns.rq")
        missing, _ = probe("-f", "queries/none.rq")
    finally:
        os.chdir(here)
    assert answered
    assert by_name == by_file == '?n\n"3"^^<http://www.w3.org/2001/XMLSchema#integer>\n'
    assert missing == ""


def test_a_rebuilt_store_is_never_answered_from_the_old_copy(runtime: str, tmp_path: Path) -> None:
    store = write_store(MINI, tmp_path / "store")
    warm(store)
    old_socket = resident.names(resident.identity(store) or "")
    assert old_socket is not None and Path(old_socket[0]).exists()
    ely = tmp_path / "ely.ttl"
    ely.write_text(
        "<https://w3id.org/soc-kg/id/place/ely> a <https://w3id.org/soc-kg/def#Town> ;"
        ' <http://www.w3.org/2000/01/rdf-schema#label> "Ely" .\n',
        encoding="utf-8",
    )
    write_store(ely, store)
    out, answered = probe("--store", str(store), "-o", "csv", TOWNS)
    assert not answered
    assert out.splitlines() == ["l", "Ely"]
    deadline = time.monotonic() + 30
    while Path(old_socket[0]).exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not Path(old_socket[0]).exists()  # the old copy noticed and left


def test_an_idle_copy_exits_and_stop_ends_one(
    runtime: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = write_store(MINI, tmp_path / "store")
    monkeypatch.setenv("KG_RESIDENT_IDLE", "1")
    warm(store)
    deadline = time.monotonic() + 30
    while resident.running(store) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not resident.running(store)
    monkeypatch.setenv("KG_RESIDENT_IDLE", "600")
    warm(store)
    assert resident.stop(store)
    deadline = time.monotonic() + 30
    while resident.running(store) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not resident.running(store)
    assert not resident.stop(store)


def test_a_killed_copy_falls_back_to_the_folder_and_restarts(runtime: str, tmp_path: Path) -> None:
    store = write_store(MINI, tmp_path / "store")
    warm(store)
    for pid in _server_pids(runtime):
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while resident.running(store) and time.monotonic() < deadline:
        time.sleep(0.1)
    out, answered = probe("--store", str(store), "-o", "csv", TOWNS)  # stale socket file
    assert not answered and out.splitlines() == ["l", "Dunstable", "Ipswich", "Luton"]
    assert resident.wait_until_ready(store, timeout=60)
    assert probe("--store", str(store), "-o", "csv", TOWNS) == (out, True)


def test_off_switches_and_an_unsafe_runtime_folder(
    runtime: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = write_store(MINI, tmp_path / "store")
    assert kg("--no-resident", "--store", str(store), "ASK {}").returncode == 0
    monkeypatch.setenv("KG_RESIDENT", "0")
    assert kg("--store", str(store), "ASK {}").returncode == 0
    assert not resident.start(store)
    assert os.listdir(runtime) == []  # nothing was started, not even a log
    monkeypatch.setenv("KG_RESIDENT", "1")
    os.chmod(runtime, 0o755)  # readable by others: not safe for a socket
    assert resident.runtime_dir() is None
    assert kg("--store", str(store), "ASK {}").returncode == 0
    assert os.listdir(runtime) == []
    assert stat.S_IMODE(os.stat(runtime).st_mode) == 0o755


def test_a_busy_copy_sends_other_runs_back_to_run_here(runtime: str, tmp_path: Path) -> None:
    store = write_store(MINI, tmp_path / "store")
    warm(store)
    endless = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    slow = subprocess.Popen([KG, "query", "--store", str(store), endless])
    try:
        time.sleep(1.0)  # the endless run has reached the copy
        out, answered = probe("--store", str(store), "-o", "csv", TOWNS)
        assert not answered and out.splitlines() == ["l", "Dunstable", "Ipswich", "Luton"]
    finally:
        slow.kill()
        slow.wait()


def test_unusable_runtime_settings_turn_the_copy_off(
    runtime: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = write_store(MINI, tmp_path / "store")
    monkeypatch.setenv("KG_RUNTIME_DIR", "relative/folder")  # ignored: the default is used
    monkeypatch.setenv("TMPDIR", runtime)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert resident.runtime_dir() == os.path.join(runtime, f"soc-kg-{os.getuid()}")
    long = os.path.join(runtime, "x" * 90)
    monkeypatch.setenv("KG_RUNTIME_DIR", long)
    assert resident.names(resident.identity(store) or "") is None  # socket path too long
    assert kg("--store", str(store), "ASK {}").returncode == 0
    assert not os.listdir(long)
    link = os.path.join(runtime, "link")
    os.symlink(tmp_path, link)
    monkeypatch.setenv("KG_RUNTIME_DIR", link)
    assert resident.runtime_dir() is None  # never through a symlink


def test_blank_nodes_keep_their_labels_in_the_copy(runtime: str, tmp_path: Path) -> None:
    data = tmp_path / "blank.ttl"
    data.write_text('[] <http://example.org/p> "one" . [] <http://example.org/p> "two" .\n')
    store = write_store(data, tmp_path / "store")
    query = "SELECT ?s ?o WHERE { ?s ?p ?o FILTER isBlank(?s) } ORDER BY ?o"
    local = kg("--no-resident", "--store", str(store), "-o", "tsv", query)
    warm(store)
    out, answered = probe("--store", str(store), "-o", "tsv", query)
    assert answered and out.encode() == local.stdout and out.count("_:") == 2
