"""Outputs from session 24: what a reader's tools make of hostile values, and `-o -`.

Markdown cells stay text when rendered; CSV cells a spreadsheet would run as formulas are
guarded; a refused login names the variables used; `-o -` is standard output; broken RDF
is one `file:line: what` line in every command; `kg serve` notices a rebuilt store.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import REPO

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


# 2. CSV: no cell a spreadsheet runs as a formula; numbers stay numbers ----------------------


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+2", "'=1+2"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcell", "'\tcell"),
        ("\r=1", "'\r=1"),
        ("-", "'-"),
        ("-3", "-3"),
        ("-0.5", "-0.5"),
        ("+1e5", "+1e5"),
        ("-.5", "-.5"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_spreadsheet_safe_guards_formulas_not_numbers(value: str, written: str) -> None:
    from kg.csvcells import spreadsheet_safe

    assert spreadsheet_safe(value) == written


def test_query_csv_guards_formulas_and_keeps_the_w3c_form(tmp_path: Path) -> None:
    import csv
    import io

    args = ["query", "--data", str(hostile_data(tmp_path)), "-o", "csv"]
    result = CliRunner().invoke(main, [*args, "SELECT ?p ?v WHERE { ?s ?p ?v } ORDER BY ?p"])
    assert result.exit_code == 0
    out = result.stdout_bytes.decode("utf-8")  # .stdout would turn CRLF into LF
    assert out.startswith("p,v\r\n") and out.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(out, newline="")))
    values = {p.rsplit("/", 1)[1]: v for p, v in rows[1:]}
    assert values == {
        "p1": HOSTILE.replace("\\n", "\n"),
        "p2": '\'=HYPERLINK("http://evil","x")',
        "p3": "-3",
        "p4": "-0.5",
        "p5": "'+44 20 7946 0000",
        "p6": "'@SUM(A1)",
        "p7": "'-2+3",
        "p8": "'\tcell",
    }
    assert rows[1][0] == "https://example.org/p1"  # IRIs stay plain, as W3C CSV has them


NETWORK = """\
@prefix soc: <https://w3id.org/soc-kg/def#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix id: <https://w3id.org/soc-kg/id/> .
<https://w3id.org/soc-kg/graph/reference> {
  id:unit\\/a a soc:RegionalUnit ; rdfs:label "=HYPERLINK(\\"http://evil\\",\\"x\\")" ;
      skos:altLabel "@SUM(A1)" ; soc:memberForce id:force\\/b .
  id:force\\/b a soc:PoliceForce ; rdfs:label "-2+3" ; soc:memberCount -3 .
}
"""


def test_network_csv_guards_formulas(tmp_path: Path) -> None:
    import csv

    source = tmp_path / "net.trig"
    source.write_text(NETWORK, encoding="utf-8")
    code, _, err = run("export", "--format", "csv", "-o", str(tmp_path / "n.csv"), str(source))
    assert code == 0, err
    with open(tmp_path / "n-nodes.csv", encoding="utf-8", newline="") as stream:
        nodes = {row["Id"].rsplit("/", 1)[1]: row for row in csv.DictReader(stream)}
    assert nodes["a"]["Label"] == '\'=HYPERLINK("http://evil","x")'
    assert nodes["a"]["Aliases"] == "'@SUM(A1)"
    assert nodes["b"]["Label"] == "'-2+3"
    assert nodes["b"]["Degree"] == "1"
    assert nodes["b"]["Facts"].endswith(": -3 [reference graph]")
    with open(tmp_path / "n-edges.csv", encoding="utf-8", newline="") as stream:
        edges = list(csv.DictReader(stream))
    assert [(e["Source"], e["Target"], e["Type"]) for e in edges] == [
        ("https://w3id.org/soc-kg/id/unit/a", "https://w3id.org/soc-kg/id/force/b", "Directed")
    ]


# 3. A refused login says whether credentials were sent, naming variables, never values ------


class Refuses(http.server.BaseHTTPRequestHandler):
    """A real HTTP server that refuses every request with a 401 (or `status`)."""

    status = 401

    def _refuse(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(self.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_PUT = _refuse

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def refusing_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refuses)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


USER, PASSWORD, TOKEN = "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD", "KG_ENDPOINT_TOKEN"
GIVEN_BASIC = f"the credentials given (basic auth from {USER}/{PASSWORD}) were refused"


@pytest.mark.parametrize(
    ("env", "auth", "hint"),
    [
        ({USER: "alice", PASSWORD: "pw-0451"}, "auto", f"{GIVEN_BASIC}; check them and --auth"),
        (
            {TOKEN: "tok-0451"},
            "auto",
            f"the credentials given (bearer token from {TOKEN}) were refused; "
            "check them and --auth",
        ),
        (
            {USER: "alice", PASSWORD: "pw-0451"},
            "none",
            f"no credentials were sent (--auth none) although {USER} and {PASSWORD} are set",
        ),
        (
            {PASSWORD: "pw-0451"},
            "auto",
            f"no credentials were sent: {PASSWORD} is set but {USER} is not",
        ),
        ({}, "auto", f"set {USER} and {PASSWORD} (or {TOKEN})"),
    ],
    ids=["user-refused", "token-refused", "auth-none", "password-only", "nothing-set"],
)
@pytest.mark.parametrize("command", ["query", "load"])
def test_a_401_says_what_was_sent(
    tmp_path: Path,
    refusing_url: str,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    env: dict[str, str],
    auth: str,
    hint: str,
) -> None:
    for name in (USER, PASSWORD, TOKEN):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    if command == "query":
        args = ["query", "--no-resident", "--auth", auth, "--endpoint", f"{refusing_url}/q"]
        code, out, err = run(*args, "ASK {}")
        start = f"Error: endpoint {refusing_url}/q refused the request (HTTP 401); "
    else:
        graph = tmp_path / "g.nt"
        graph.write_text('<https://example.org/a> <https://example.org/b> "c" .\n', "utf-8")
        args = ["load", "--auth", auth, "--endpoint", refusing_url, "--retries", "0"]
        code, out, err = run(*args, str(graph))
        start = (
            f"Error: loading the default graph (PUT {refusing_url}/store): "
            "authentication failed (HTTP 401 Unauthorized); "
        )
    assert code == 3
    assert err == start + hint + "\n"
    assert "0451" not in out + err


def test_a_403_to_credentials_given_names_them(
    refusing_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Refuses, "status", 403)
    monkeypatch.delenv(TOKEN, raising=False)
    monkeypatch.setenv(USER, "alice")
    monkeypatch.setenv(PASSWORD, "pw-0451")
    code, _, err = run("query", "--no-resident", "--endpoint", f"{refusing_url}/q", "ASK {}")
    assert (code, err) == (
        3,
        f"Error: endpoint {refusing_url}/q refused the request (HTTP 403); the credentials "
        f"given (basic auth from {USER}/{PASSWORD}) may not run queries there\n",
    )


# 4. `-o -` is standard output; where the output is a folder or several files, refused -------


def release(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_text(f"---\ntitle: {name}\npublisher: Kent Police\n---\n{body}\n", "utf-8")
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--format", "nt", "-o", "{out}", "{net}"],
        ["export", "--format", "graphml", "-o", "{out}", "{net}"],
        ["viz", "--output", "{out}", "{net}"],
        ["extract", "--data", "{data}", "--format", "trig", "-o", "{out}", "{a}"],
        ["extract", "--data", "{data}", "-o", "{out}", "{a}"],
    ],
    ids=["export-rdf", "export-graphml", "viz", "extract-rdf", "extract-draft"],
)
def test_dash_output_is_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    (tmp_path / "net.trig").write_text(NETWORK, encoding="utf-8")
    release(tmp_path, "a", "Dan Ross, 30, of Dover, was jailed for six years.")
    monkeypatch.chdir(tmp_path)
    names = {"net": "net.trig", "a": "a.txt", "data": str(REPO / "data")}
    code, _, _ = run(*(part.format(out="file.out", **names) for part in command))
    assert code == 0
    result = CliRunner().invoke(main, [part.format(out="-", **names) for part in command])
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == (tmp_path / "file.out").read_bytes()
    assert not (tmp_path / "-").exists()
    assert "rote" not in result.stdout  # a "wrote …" line goes to stderr, if anywhere


def test_dash_output_of_several_drafts_is_standard_output_as_with_no_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = release(tmp_path, "a", "Dan Ross, 30, of Dover, was jailed.")
    b = release(tmp_path, "b", "Ann Lee, 41, of Deal, was charged.")
    monkeypatch.chdir(tmp_path)
    plain = run("extract", "--data", str(REPO / "data"), str(a), str(b))
    dashed = run("extract", "--data", str(REPO / "data"), "-o", "-", str(a), str(b))
    assert dashed == plain and plain[0] == 0 and plain[1].count("---\n") >= 1
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (
            ["build", "--output", "-"],
            "Error: --output -: this writes a folder of files, which cannot go to standard "
            "output; give a folder\n",
        ),
        (
            ["export", "--format", "csv", "-o", "-", "net.trig"],
            "Error: -o -: csv writes two files, NAME-nodes.csv and NAME-edges.csv; give a file "
            "name, not standard output, a device or a pipe\n",
        ),
    ],
    ids=["build", "export-csv"],
)
def test_dash_output_where_it_cannot_be_standard_output_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], message: str
) -> None:
    (tmp_path / "net.trig").write_text(NETWORK, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run(*command) == (2, "", message)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["net.trig"]


# 5. Broken RDF is one `file:line: what` line in every command that reads RDF files -----------

BROKEN = {
    "bad.ttl": (
        '@prefix ex: <https://example.org/> .\nex:a ex:b "c" .\nex:a ex:b ex:c ex:d .\n',
        "3: not valid RDF: between columns 16 and 20: A dot is expected at the end of statements",
    ),
    "bad.nt": (
        '<https://example.org/a> <https://example.org/b> "c" .\n'
        "<https://example.org/a> <https://example.org/b> c .\n",
        "2: not valid RDF: column 49: The object of a triple must be an IRI, a blank node or a "
        "literal",
    ),
    "bad.trig": (
        '<https://example.org/g> {\n<https://example.org/a> <https://example.org/b> "c" .\n'
        "<https://example.org/a> <https://example.org/b> .\n}\n",
        "3: not valid RDF: column 49: . is not a valid RDF object",
    ),
    "bad.rdf": (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        "<rdf:Description>\n</rdf:RDF>\n",
        "3: not valid RDF: mismatched tag",
    ),
    "bin.ttl": ("\x7fELF\x02\x01", "1: not valid RDF: column 1: '\\x7f' is not allowed"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
@pytest.mark.parametrize(
    "command",
    [
        ["viz", "--output", "{tmp}/o.html"],
        ["export", "--format", "nt", "-o", "{tmp}/o.nt"],
        ["stats"],
    ],
    ids=["viz", "export", "stats"],
)
def test_broken_rdf_is_one_line_at_its_line(tmp_path: Path, command: list[str], name: str) -> None:
    text, where_what = BROKEN[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, out, err = run(*(part.format(tmp=tmp_path) for part in command), str(path))
    assert (code, out) == (1, "")
    assert err.startswith(f"Error: {path}:{where_what}")
    assert err.count("\n") == 1 and len(err) < 200
    assert [p.name for p in tmp_path.iterdir()] == [name]


@pytest.mark.parametrize("name", ["bad.ttl", "bad.nt", "bad.trig"])
def test_query_data_gives_the_same_line(tmp_path: Path, name: str) -> None:
    text, where_what = BROKEN[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, _, err = run("query", "--data", str(path), "ASK {}")
    assert (code, err) == (1, f"Error: {path}:{where_what}\n")


# 6. kg serve says when the store it serves is rebuilt ------------------------------------------


@pytest.mark.server
def test_serve_warns_once_when_the_store_is_rebuilt(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    from kg.remote import RemoteEndpoint
    from kg.store import SelectResult, write_store
    from tests.servers import free_port, wait_until_answers

    first, second = tmp_path / "first.nt", tmp_path / "second.nt"
    first.write_text('<urn:a> <urn:b> "one" .\n', encoding="utf-8")
    second.write_text('<urn:a> <urn:b> "two" .\n<urn:c> <urn:d> "three" .\n', encoding="utf-8")
    store = write_store(first, tmp_path / "out" / "store")
    port = free_port()
    kg = str(Path(sys.executable).parent / "kg")
    process = subprocess.Popen(
        [kg, "serve", "--store", str(store), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/query"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    def triples() -> str:
        answer = RemoteEndpoint(url).query(count, union_default_graph=False)
        assert isinstance(answer, SelectResult)
        return answer.rows[0][0].value  # type: ignore[union-attr]

    try:
        wait_until_answers(f"{url}?query=ASK%7B%7D", process)
        time.sleep(2.5)  # over two looks at the store: serving it alone changes nothing
        assert triples() == "1"
        write_store(second, store)  # what `kg build` does: a new folder swapped in
        time.sleep(1.5)
        write_store(second, store)  # again: still one warning
        time.sleep(1.5)
        assert triples() == "1"  # the server keeps the store it opened
    finally:
        process.terminate()
        _, err = process.communicate(timeout=20)
    warning = (
        f"Warning: {store} was rebuilt or removed; this server still answers from the store "
        "as it was when it started: restart kg serve to serve the new one"
    )
    assert [line for line in err.splitlines() if "rebuilt" in line] == [warning]
