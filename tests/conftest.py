"""Shared fixtures: a real Oxigraph server per test that asks for one."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import OxigraphServer, free_port

REPO = Path(__file__).resolve().parent.parent

# `kg query` keeps a resident in-memory copy of a store in the background (kg.resident).
# Tests run without it unless they ask (tests/test_resident.py), and never touch the
# user's runtime folder.
os.environ["KG_RESIDENT"] = "0"
os.environ["KG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="kg-run-")
atexit.register(shutil.rmtree, os.environ["KG_RUNTIME_DIR"], ignore_errors=True)


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    """A fresh Oxigraph server on 127.0.0.1 with its own store folder, stopped after."""
    server = OxigraphServer(location=tmp_path / "oxigraph-store", port=free_port()).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory):
    """The seed graph built once per test session from the repository's data/."""
    from kg.build import build_graph

    output = tmp_path_factory.mktemp("seed-out")
    return build_graph(REPO / "data", output)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's chromium through Playwright, headless (the HTML view tests share it)."""
    from playwright.sync_api import sync_playwright

    from bench.viz_bench import ARGS, CHROMIUM

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()
