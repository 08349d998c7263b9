"""`kg query` on the embedded store stays lean: no rdflib, no click, no HTTP client.

Its fixed cost is benchmarked in bench/query_bench.py; this test keeps the heavy
imports from creeping back into the command's path.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kg.namespaces import PREFIXES as RDFLIB_PREFIXES
from kg.prefixes import PREFIXES
from kg.store import write_store
from tests.query_support import MINI

HEAVY = ("rdflib", "httpx", "rich", "pyshacl", "networkx", "pyvis", "spacy", "yaml", "click")


def test_plain_query_imports_nothing_heavy(tmp_path: Path) -> None:
    store = write_store(MINI, tmp_path / "store")
    script = (
        "import sys\n"
        "from kg.entry import run\n"
        f"sys.argv = ['kg', 'query', '--store', {str(store)!r}, 'ASK {{ ?c a soc:Case }}']\n"
        "try:\n"
        "    run()\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        f"heavy = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))\n"
        "print(code, heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[-1] == "0 []"
    assert done.stdout.splitlines()[0] == "true"


def test_lean_prefixes_equal_the_namespaces_module() -> None:
    assert PREFIXES == RDFLIB_PREFIXES
