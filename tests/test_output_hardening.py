"""Outputs from session 24: what a reader's tools make of hostile values, and `-o -`.

Markdown cells stay text when rendered; CSV cells a spreadsheet would run as formulas are
guarded; a refused login names the variables used; `-o -` is standard output; broken RDF
is one `file:line: what` line in every command; `kg serve` notices a rebuilt store.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

XSD = "http://www.w3.org/2001/XMLSchema#"
HOSTILE = "<script>alert(1)</script> a|b\\nsecond line & <img src=x onerror=alert(2)>"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def hostile_data(tmp_path: Path) -> Path:
    """One subject with a hostile text value, formula-like text, and typed negative numbers."""
    path = tmp_path / "hostile.nt"
    subject, base = "<https://example.org/a>", "https://example.org/"
    path.write_text(
        f'{subject} <{base}p1> "{HOSTILE}" .\n'
        f'{subject} <{base}p2> "=HYPERLINK(\\"http://evil\\",\\"x\\")" .\n'
        f'{subject} <{base}p3> "-3"^^<{XSD}integer> .\n'
        f'{subject} <{base}p4> "-0.5"^^<{XSD}decimal> .\n'
        f'{subject} <{base}p5> "+44 20 7946 0000" .\n'
        f'{subject} <{base}p6> "@SUM(A1)" .\n'
        f'{subject} <{base}p7> "-2+3" .\n'
        f'{subject} <{base}p8> "\\tcell" .\n',
        encoding="utf-8",
    )
    return path


# 1. Markdown tables: values are text, never markup ------------------------------------------


def test_markdown_cells_render_as_the_text_they_hold(tmp_path: Path) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    from html.parser import HTMLParser

    code, out, _ = run(
        "query",
        "--data",
        str(hostile_data(tmp_path)),
        "-o",
        "markdown",
        "SELECT ?v WHERE { ?s <https://example.org/p1> ?v }",
    )
    assert code == 0
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(out)

    class Cells(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []
            self.cells: list[str] = []

        def handle_starttag(self, tag: str, attrs: object) -> None:
            self.tags.append(tag)
            if tag == "td":
                self.cells.append("")

        def handle_data(self, data: str) -> None:
            if self.tags and self.tags[-1] == "td":
                self.cells[-1] += data

        def handle_endtag(self, tag: str) -> None:
            self.tags.append(f"/{tag}")

    parsed = Cells()
    parsed.feed(html)
    parsed.close()
    assert not {"script", "img"} & set(parsed.tags)
    assert parsed.cells == [HOSTILE.replace("\\n", " ")]
