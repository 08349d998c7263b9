"""Small data folders for tests: the repository's reference tables plus a few sources.

Tests build each case from scratch in a temporary folder so a case shows, in a
few lines of YAML, exactly what it feeds the loader.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

from tests.conftest import REPO

REFERENCE = REPO / "data" / "reference"


def make_data_dir(root: Path, sources: Mapping[str, str | bytes], reference: bool = True) -> Path:
    """`root/data` with `reference/` copied from data/ and each source under `sources/`."""
    data = root / "data"
    (data / "sources").mkdir(parents=True)
    if reference:
        shutil.copytree(REFERENCE, data / "reference")
    for name, content in sources.items():
        raw = content if isinstance(content, bytes) else content.encode("utf-8")
        (data / "sources" / name).write_bytes(raw)
    return data


def line_of(text: str, marker: str, occurrence: int = 1) -> int:
    """1-based line of the `occurrence`-th line containing `marker` (asserts it exists)."""
    found = [n for n, line in enumerate(text.splitlines(), start=1) if marker in line]
    assert len(found) >= occurrence, f"{marker!r} not in the test's own YAML"
    return found[occurrence - 1]
