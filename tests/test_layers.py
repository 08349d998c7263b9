"""One-way flow, enforced: sources → records → RDF dataset → store → outputs.

Every module of `kg/` is read with `ast` (nothing is imported) and its imports
are checked against the stage table below. A module the table does not name is
an output, the strictest default for new code; add it to STAGES when it
belongs earlier in the flow.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

KG = REPO / "kg"

# Usable from every stage.
SHARED = {"kg", "kg.errors", "kg.ids", "kg.namespaces", "kg.prefixes", "kg.rdfio", "kg.config"}
# Stage of each module (a package name covers its submodules). Unlisted: "output".
STAGES: dict[str, str] = {
    "kg.yamlio": "sources",
    "kg.schema": "sources",
    "kg.sources": "sources",
    "kg.reference": "sources",
    "kg.records": "sources",
    "kg.vocab": "sources",
    "kg.extract": "sources",
    "kg.mapping": "rdf",
    "kg.dataset": "rdf",
    "kg.validate": "rdf",
    "kg.store": "store",
    "kg.queryargs": "store",  # plain `kg query` options, shared by the entry point and kg.query
    "kg.resident": "store",  # the client of the resident in-memory copy
    "kg.remote": "store",
    "kg.endpoints": "store",  # presets and credentials shared by query and load
    "kg.httpfailure": "store",
    "kg.cli": "cli",
    "kg.entry": "cli",  # the console entry point: a fast lane for `kg query`, then kg.cli
}
ORDER = ["sources", "rdf", "store", "output"]
# Records-stage internals that the store and outputs must not reach back into.
RECORDS_INTERNALS = {"kg.sources", "kg.schema", "kg.yamlio", "kg.reference"}
# The one place the stages are wired together.
WIRING = {"kg.build"}
# What kg/cli/*.py may import at module level (heavy work is imported lazily).
CLI_TOP_LEVEL = {"click", "kg.errors", "kg.ids"}


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage(module: str) -> str:
    if module in SHARED:
        return "shared"
    for prefix in sorted(STAGES, key=len, reverse=True):
        if module == prefix or module.startswith(prefix + "."):
            return STAGES[prefix]
    return "output"


@dataclass(frozen=True)
class Import:
    module: str
    line: int
    top_level: bool  # at module level, outside `if TYPE_CHECKING:`
    type_only: bool  # inside `if TYPE_CHECKING:`


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(source: str, module: str, is_package: bool = False) -> list[Import]:
    """Every import in `source` as absolute module names, with where it sits."""
    found: list[Import] = []
    package = module if is_package else module.rpartition(".")[0]

    def names(node: ast.Import | ast.ImportFrom) -> list[str]:
        if isinstance(node, ast.Import):
            return [alias.name for alias in node.names]
        base = node.module or ""
        if node.level:
            anchor = package.split(".")
            anchor = anchor[: len(anchor) - (node.level - 1)]
            base = ".".join([*anchor, base] if base else anchor)
        # `from kg import build` imports the module kg.build
        return [f"{base}.{alias.name}" if base == "kg" else base for alias in node.names]

    def visit(node: ast.AST, top: bool, type_only: bool) -> None:
        if isinstance(node, ast.Import | ast.ImportFrom):
            for name in names(node):
                found.append(Import(name, node.lineno, top and not type_only, type_only))
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                visit(child, top, True)
            for child in node.orelse:
                visit(child, top, type_only)
        else:
            # a function body runs later; a class body runs at import time
            deferred = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            for child in ast.iter_child_nodes(node):
                visit(child, top and not deferred, type_only)

    visit(ast.parse(source), True, False)
    return found


def violations(module: str, imports: list[Import]) -> list[str]:
    """Every way `module`'s imports break the one-way flow, in words."""
    found = []
    mine = stage(module)
    for imp in imports:
        if not (imp.module == "kg" or imp.module.startswith("kg.")):
            if (
                mine == "cli"
                and imp.top_level
                and imp.module.split(".")[0]
                not in (sys.stdlib_module_names | {"__future__", "click"})
            ):
                found.append(f"{module}:{imp.line} imports {imp.module} at module level")
            continue
        theirs = stage(imp.module)
        where = f"{module}:{imp.line} ({mine}) imports {imp.module} ({theirs})"
        if mine == "cli":
            allowed = imp.module in CLI_TOP_LEVEL or stage(imp.module) == "cli"
            if imp.top_level and not allowed:
                found.append(f"{where} at module level; import it inside the command")
            continue
        if theirs == "cli":
            found.append(f"{where}: the library never imports the CLI")
        elif theirs != "shared" and ORDER.index(theirs) > ORDER.index(mine):
            found.append(f"{where}: a later stage")
        elif (
            mine in ("store", "output") and imp.module in RECORDS_INTERNALS and module not in WIRING
        ):
            found.append(f"{where}: records-stage internals; only kg.build wires them")
    return found


MODULES = sorted(KG.rglob("*.py"))


def test_the_table_knows_the_modules_the_issue_names() -> None:
    names = {module_name(p) for p in MODULES}
    assert {"kg.sources", "kg.mapping", "kg.export", "kg.build", "kg.cli"} <= names
    assert stage("kg.extract.rules") == "sources"
    assert stage("kg.viz") == "output"
    assert stage("kg.some_future_module") == "output"
    assert stage("kg.cli.build") == "cli"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_module_imports_follow_the_flow(path: Path) -> None:
    module = module_name(path)
    imports = imports_of(
        path.read_text(encoding="utf-8"), module, is_package=path.name == "__init__.py"
    )
    assert violations(module, imports) == []


# The checker itself must catch what it is for.
@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("kg.sources", "from kg.mapping import Mapper\n", "a later stage"),
        ("kg.extract.rules", "def f():\n    import kg.viz\n", "a later stage"),
        ("kg.mapping", "from kg.store import Store\n", "a later stage"),
        ("kg.validate", "from kg.export import serialise\n", "a later stage"),
        ("kg.viz", "from kg.schema import Index\n", "records-stage internals"),
        ("kg.store", "from kg import sources\n", "records-stage internals"),
        ("kg.records", "from kg.cli import main\n", "never imports the CLI"),
        ("kg.cli.viz", "import pyvis\n", "imports pyvis at module level"),
        ("kg.cli.viz", "from kg.viz import draw\n", "import it inside the command"),
        ("kg.cli.viz", "from ..viz import draw\n", "import it inside the command"),
        ("kg.cli", "try:\n    import rich\nexcept ImportError:\n    pass\n", "rich"),
        ("kg.cli.viz", "class Options:\n    import networkx\n", "networkx at module level"),
    ],
)
def test_checker_reports_a_broken_rule(module: str, source: str, expected: str) -> None:
    is_package = module == "kg.cli"
    found = violations(module, imports_of(source, module, is_package))
    assert len(found) == 1 and expected in found[0], found


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("kg.build", "from kg.sources import read_sources\nfrom kg.export import write_all\n"),
        ("kg.mapping", "from kg.records import Case\nfrom kg.schema import Index\n"),
        ("kg.export", "from kg.rdfio import atomic_write\nfrom kg.records import Location\n"),
        ("kg.cli.viz", "import json\nimport click\nfrom kg.cli.options import data_option\n"),
        ("kg.cli.viz", "def viz():\n    from kg.viz import draw\n    import pyvis\n"),
        (
            "kg.cli.render",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kg.build import R\n",
        ),
    ],
)
def test_checker_allows_what_the_flow_allows(module: str, source: str) -> None:
    assert violations(module, imports_of(source, module)) == []
