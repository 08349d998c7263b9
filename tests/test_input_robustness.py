"""Bad input from the session-23 robustness audit: one line naming the place, never a traceback.

Releases (front matter, size, byte-order mark, line endings), release folders,
gold folders for `kg eval`, reference CSVs, `--base-iri` and `--endpoint` each
get a real bad file or value and must give one `Error: …` line naming the file
and line (or the option) and a non-zero exit.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import load_corpus
from kg.cli import main
from kg.errors import SourceError
from kg.extract import release_files
from kg.extract.frontmatter import MAX_RELEASE_CHARS, read_release
from tests.conftest import REPO
from tests.datadirs import make_data_dir

DATA = REPO / "data"
BODY = (
    "Six people involved in a county line that carried crack cocaine from London to "
    "Great Yarmouth have been sentenced at Norwich Crown Court.\n"
)
SOURCE_HEAD = "source:\n  id: test-source\n  title: A test source\n"


def release(tmp_path: Path, front_matter: str, body: str = BODY, name: str = "r.txt") -> Path:
    path = tmp_path / name
    path.write_text(f"---\n{front_matter}---\n{body}", encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def assert_one_error_line(args: list[str], expected: str, exit_code: int = 1) -> None:
    code, stdout, stderr = run(*args)
    assert (code, stdout, stderr) == (exit_code, "", f"Error: {expected}\n")


# 1. dates that do not exist ------------------------------------------------------------


@pytest.mark.parametrize("date", ["2019-13-45", "2019-02-30", "2019-00"])
def test_front_matter_date_that_does_not_exist_names_its_line(tmp_path: Path, date: str) -> None:
    path = release(tmp_path, f"title: T\ndate: {date}\n")
    shape = "YYYY-MM" if date.count("-") == 1 else "YYYY-MM-DD"
    expected = f"{path}:3: date: expected a real date {shape}, got {date!r}"
    with pytest.raises(SourceError) as raised:
        read_release(path)
    assert str(raised.value) == expected
    for fmt in ("yaml", "trig"):
        assert_one_error_line(
            ["extract", "--data", str(DATA), "--format", fmt, str(path)], expected
        )


def test_front_matter_real_dates_still_pass(tmp_path: Path) -> None:
    for date in ("2019", "2019-12", "2020-02-29"):
        assert read_release(release(tmp_path, f"date: {date}\n")).meta["date"] == date


def test_yaml_source_date_that_does_not_exist_names_its_line(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path, {"a.yaml": SOURCE_HEAD + "  year: 2019\n  date: 2019-13-45\n"})
    path = data / "sources" / "a.yaml"
    expected = f"{path}:5: source.date: expected a real date YYYY-MM-DD, got '2019-13-45'"
    with pytest.raises(SourceError) as raised:
        load_corpus(data)
    assert str(raised.value) == expected
    assert_one_error_line(["validate", "--data", str(data)], expected)


# 2. a release too long for spaCy ------------------------------------------------------


def test_release_longer_than_the_limit_is_one_line_naming_its_length(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    words = "The gang sold cocaine in Luton. " * (MAX_RELEASE_CHARS // 32 + 10)
    path.write_text(words, encoding="utf-8")
    size = len(words)
    expected = (
        f"{path}: {size:,} characters, more than the {MAX_RELEASE_CHARS:,} a release may have "
        "(a press release is a few thousand): split it into one file per release"
    )
    assert_one_error_line(["extract", "--data", str(DATA), str(path)], expected)


# 3. a byte-order mark before the front matter ------------------------------------------


def test_byte_order_mark_does_not_hide_the_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    text = "\ufeff---\ntitle: Gang jailed\ndate: 2019-01-01\n---\n" + BODY
    path.write_text(text, encoding="utf-8")
    found = read_release(path)
    assert found.meta == {"title": "Gang jailed", "date": "2019-01-01"}
    assert found.meta_lines == {"title": 2, "date": 3}
    assert found.body == BODY  # offsets still count the mark, as the file does
    assert found.text[found.body_start :] == text[text.index("Six") :]


def test_byte_order_mark_without_front_matter_is_not_body_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_text("\ufeff" + BODY, encoding="utf-8")
    assert read_release(path).body == BODY


# 5. a front-matter key given twice ---------------------------------------------------


def test_front_matter_duplicate_key_names_both_lines(tmp_path: Path) -> None:
    path = release(tmp_path, "title: T\ndate: 2019-01-01\ntitle: U\n")
    expected = f"{path}:4: title: duplicate key (first at line 2)"
    assert_one_error_line(["extract", "--data", str(DATA), str(path)], expected)


# 6. front-matter ids and years, checked at their own line, for every format ----------


@pytest.mark.parametrize("ident", ["Bad Id!!", "../../etc"])
@pytest.mark.parametrize("fmt", ["yaml", "trig"])
def test_front_matter_id_must_be_a_slug(tmp_path: Path, ident: str, fmt: str) -> None:
    path = release(tmp_path, f"title: T\nid: {ident}\n")
    expected = (
        f"{path}:3: id: expected an id of lower-case letters, digits and hyphens, got {ident!r}"
    )
    assert_one_error_line(["extract", "--data", str(DATA), "--format", fmt, str(path)], expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "date: 1700-01-01",
            "date: expected a four-digit year from 1800 to 2100, got '1700-01-01'",
        ),
        ("date: 0000", "date: expected a real date YYYY, got '0000'"),
        (
            "period: 20x9",
            "period: expected a year such as 2019, or a financial year such as 2019/20, got '20x9'",
        ),
        (
            "period: 2019/21",
            "period: expected a year such as 2019, or a financial year such as 2019/20, "
            "got '2019/21'",
        ),
    ],
)
def test_front_matter_years_are_checked_at_their_line(
    tmp_path: Path, line: str, expected: str
) -> None:
    path = release(tmp_path, f"title: T\n{line}\n")
    assert_one_error_line(
        ["extract", "--data", str(DATA), "--format", "trig", str(path)], f"{path}:3: {expected}"
    )


@pytest.mark.parametrize("period", ["2019", "2019/20", "2019-20", "2019/2020"])
def test_a_financial_year_is_a_period_of_its_first_year(tmp_path: Path, period: str) -> None:
    path = release(tmp_path, f"title: T\nperiod: {period}\n")
    assert read_release(path).meta["period"] == period
    code, _, stderr = run("extract", "--data", str(DATA), str(path))
    assert (code, stderr) == (0, "")


# 7. release folders: suffixes in any case, unreadable entries named ----------------------


def release_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "releases"
    folder.mkdir()
    for name in ("UPPER.TXT", "mark.MD", "plain.txt", "notes.yaml"):
        release(folder, "title: T\n", name=name)
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "loop.md").symlink_to("loop.md")
    return folder


def test_folder_releases_are_found_whatever_the_case_of_their_suffix(tmp_path: Path) -> None:
    folder = release_folder(tmp_path)
    found = [p.name for p in release_files([folder])]
    assert found == ["UPPER.TXT", "mark.MD", "plain.txt"]


def test_broken_and_looping_links_in_a_folder_are_warned_about(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = release_folder(tmp_path)
    with caplog.at_level(logging.WARNING):
        release_files([folder])
    assert caplog.messages == [
        f"warning: skipped {folder / name}: a broken or looping symbolic link"
        for name in ("dangling.txt", "loop.md")
    ]


def test_kg_extract_prints_the_warning_on_stderr(tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    release(folder, "title: Gang jailed\n")
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    kg = Path(sys.executable).with_name("kg")
    completed = subprocess.run(
        [str(kg), "extract", "--data", str(DATA), str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert completed.returncode == 0
    assert "title: Gang jailed" in completed.stdout
    assert completed.stderr == (
        f"warning: skipped {folder / 'dangling.txt'}: a broken or looping symbolic link\n"
    )


def test_a_yaml_source_with_an_upper_case_suffix_is_read(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path, {"A.YAML": SOURCE_HEAD + "  date: 2019-13-45\n"})
    assert_one_error_line(
        ["validate", "--data", str(data)],
        f"{data / 'sources' / 'A.YAML'}:4: source.date: expected a real date YYYY-MM-DD, "
        "got '2019-13-45'",
    )


# 8. gold files of `kg eval` go through the source loader --------------------------------


@pytest.mark.parametrize(
    ("gold", "line", "expected"),
    [
        ("source: [oops\n", 2, "YAML syntax error: expected ',' or ']', but got '<stream end>'"),
        (SOURCE_HEAD + "cases: 5\n", 4, "cases: expected a list of entries"),
        ("", 1, "expected a YAML mapping with a 'source' section, file is empty"),
        (
            SOURCE_HEAD + "  date: 2019-02-30\n",
            4,
            "source.date: expected a real date YYYY-MM-DD, got '2019-02-30'",
        ),
    ],
    ids=["syntax", "wrong-type", "empty", "impossible-date"],
)
def test_bad_gold_file_is_one_error_line(
    tmp_path: Path, gold: str, line: int, expected: str
) -> None:
    release(tmp_path, "title: T\n", name="x.txt")
    (tmp_path / "x.yaml").write_text(gold, encoding="utf-8")
    assert_one_error_line(
        ["eval", "--gold", str(tmp_path), "--data", str(DATA)],
        f"{tmp_path / 'x.yaml'}:{line}: {expected}",
    )


@pytest.mark.parametrize("suffix", [".md", ".MD"])
def test_eval_scores_markdown_releases_too(tmp_path: Path, suffix: str) -> None:
    release(tmp_path, "title: T\n", name=f"x{suffix}")
    (tmp_path / "x.yaml").write_text(SOURCE_HEAD, encoding="utf-8")
    code, stdout, stderr = run("eval", "--gold", str(tmp_path), "--data", str(DATA))
    assert (code, stderr) == (0, "")
    assert "1 releases" in stdout


# 9. --base-iri, and reference CSV ids and rows ----------------------------------------


@pytest.mark.parametrize(
    ("base", "why"),
    [
        ("not a url", "'not a url' holds characters an IRI may not: [' ']"),
        (
            "https://ex.org/a{b}/",
            "'https://ex.org/a{b}/' holds characters an IRI may not: ['{', '}']",
        ),
        (
            "ftp://ex.org/",
            "expected an absolute http(s) IRI such as https://w3id.org/soc-kg/, "
            "got 'ftp://ex.org/'",
        ),
        ("kg/", "expected an absolute http(s) IRI such as https://w3id.org/soc-kg/, got 'kg/'"),
        ("http://[::1/", "'http://[::1/' is not an IRI (Invalid IPv6 URL)"),
    ],
)
@pytest.mark.parametrize("command", ["validate", "build", "extract"])
def test_bad_base_iri_is_a_usage_error_before_anything_runs(
    tmp_path: Path, base: str, why: str, command: str
) -> None:
    out = tmp_path / "out"
    args = {
        "validate": ["validate", "--data", str(DATA)],
        "build": ["build", "--data", str(DATA), "--output", str(out)],
        "extract": ["extract", "--data", str(DATA), str(release(tmp_path, "title: T\n"))],
    }[command]
    code, stdout, stderr = run(*args, "--base-iri", base)
    assert (code, stdout) == (2, "")
    assert stderr == f"Error: Invalid value for '--base-iri': {why}\n"  # one line
    assert "Traceback" not in stderr
    assert not out.exists()


def test_base_iri_without_a_final_slash_gets_one(tmp_path: Path) -> None:
    path = release(tmp_path, "title: T\n")
    code, stdout, _ = run(
        "extract",
        "--data",
        str(DATA),
        "--format",
        "ttl",
        str(path),
        "--base-iri",
        "https://example.org/kg",
    )
    assert code == 0
    assert "<https://example.org/kg/id/source/r>" in stdout


def reference_edited(tmp_path: Path, name: str, edit: Callable[[str], str]) -> Path:
    data = make_data_dir(tmp_path, {"a.yaml": SOURCE_HEAD})
    table = data / "reference" / name
    table.write_text(edit(table.read_text(encoding="utf-8")), encoding="utf-8")
    return table


def add_row(row: str) -> Callable[[str], str]:
    return lambda text: text.rstrip("\n") + "\n" + row + "\n"


@pytest.mark.parametrize(
    ("name", "edit", "expected"),
    [
        (
            "places.csv",
            add_row("Bad Id,Xy,town,,,,,,,,,,,"),
            "id: expected an id of lower-case letters, digits and hyphens, got 'Bad Id'",
        ),
        (
            "places.csv",
            add_row("nul\0id,Xy,town,,,,,,,,,,,"),
            "id: expected an id of lower-case letters, digits and hyphens, got 'nul\\x00id'",
        ),
        (
            "forces.csv",
            add_row("atlantis,Atlantis Police"),
            "expected {n} fields as in the header line, got 2",
        ),
        (
            "forces.csv",
            lambda text: text.replace("\n", ",extra\n", 2).replace(",extra\n", "\n", 1),
            "expected {n} fields as in the header line, got {n_plus_1}",
        ),
        ("legislation.csv", add_row("bad-act"), "expected {n} fields as in the header line, got 1"),
    ],
    ids=[
        "id-with-a-space",
        "id-with-a-nul",
        "forces-short-row",
        "forces-extra-column",
        "legislation-short-row",
    ],
)
def test_bad_reference_row_names_its_file_and_line(
    tmp_path: Path, name: str, edit: Callable[[str], str], expected: str
) -> None:
    table = reference_edited(tmp_path, name, edit)
    text = table.read_text(encoding="utf-8")
    lines = text.splitlines()
    n = len(lines[0].split(","))
    line = len(lines) if "extra" not in text else 2
    message = f"{table}:{line}: " + expected.format(n=n, n_plus_1=n + 1)
    with pytest.raises(SourceError) as raised:
        load_corpus(table.parent.parent)
    assert str(raised.value) == message
    out = tmp_path / "out"
    assert_one_error_line(
        ["build", "--data", str(table.parent.parent), "--output", str(out)], message
    )
    assert not out.exists()


def test_impossible_membership_date_names_its_line(tmp_path: Path) -> None:
    table = reference_edited(
        tmp_path, "rocu_membership.csv", lambda text: text.replace(",2010,", ",2010-13,", 1)
    )
    line = next(n for n, row in enumerate(table.read_text().splitlines(), 1) if ",2010-13," in row)
    with pytest.raises(SourceError) as raised:
        load_corpus(table.parent.parent)
    assert (
        str(raised.value) == f"{table}:{line}: start: expected a real date YYYY-MM, got '2010-13'"
    )


# 10. malformed endpoint URLs ------------------------------------------------------------

ENDPOINT_EXPECTED = "--endpoint: expected an http(s) URL such as http://127.0.0.1:7878"
UNPARSABLE = f"{ENDPOINT_EXPECTED} (it cannot be parsed: check the host and port)"
CREDENTIALS = (
    "--endpoint: put credentials in KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD or "
    "KG_ENDPOINT_TOKEN, not in the URL"
)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:7878",
        "http://host:7878/repositories/@v1/sparql",
        "http://localhost:3030/ds/sparql?default-graph-uri=a@b",
        "http://[::1]:7878",
    ],
)
def test_an_ordinary_endpoint_passes(url: str) -> None:
    from kg.endpoints import check_url

    assert check_url(url, "--endpoint") == url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://[::1", UNPARSABLE),
        ("http://u:s3cret@[::1", UNPARSABLE),
        ("http://127.0.0.1:abc", UNPARSABLE),
        ("http://u:s3cret/x@127.0.0.1:7878", UNPARSABLE),  # a '/' in the password
        (
            "http://127.0.0.1:7878/a b",
            f"{ENDPOINT_EXPECTED} (it holds a space or a control character)",
        ),
        ("http://u:s3cret@127.0.0.1:7878", CREDENTIALS),
        ("http://u:7878/s3cret@127.0.0.1:7878", CREDENTIALS),  # host u, port 7878?
    ],
)
@pytest.mark.parametrize("command", ["load", "query"])
def test_malformed_endpoint_is_one_line_naming_the_option(
    tmp_path: Path, url: str, expected: str, command: str
) -> None:
    args = {
        "load": ["load", "--endpoint", url, str(tmp_path / "graph.trig")],
        "query": ["query", "--no-resident", "--endpoint", url, "ASK {}"],
    }[command]
    (tmp_path / "graph.trig").write_text("", encoding="utf-8")
    code, stdout, stderr = run(*args)
    assert (code, stdout, stderr) == (2, "", f"Error: {expected}\n")
    assert "s3cret" not in stderr


# 4. evidence offsets point into the file as written, whatever its line ends -------------

DEFENDANTS = (
    "Six people involved in a county line were sentenced at Norwich Crown Court.\n"
    "\n"
    "Those sentenced were:\n"
    "\n"
    "Arben Hoxha, 46, of Norwich, was jailed for six years.\n"
    "Ermal Kola, 31, of Great Yarmouth, was jailed for four years.\n"
)


@pytest.mark.parametrize("line_end", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_evidence_offsets_index_the_raw_file(tmp_path: Path, line_end: str) -> None:
    from kg.extract import draft_documents
    from kg.schema import Index

    text = f"---\ntitle: Two jailed\ndate: 2019-09-06\n---\n{DEFENDANTS}"
    path = tmp_path / "windows.txt"
    path.write_bytes(text.replace("\n", line_end).encode("utf-8"))
    raw = path.read_bytes().decode("utf-8")
    [(_, document)] = draft_documents([path], DATA / "reference", Index())
    people = {p["name"]: p["evidence"] for p in document["people"]}
    assert set(people) == {"Arben Hoxha", "Ermal Kola"}
    for name, evidence in people.items():
        assert raw[evidence["start"] : evidence["end"]] == name
    assert read_release(path).meta == {"title": "Two jailed", "date": "2019-09-06"}


TABLE = (
    "Four men were jailed at Bradford Crown Court for conspiracy to supply cocaine.\n"
    "\n"
    "| Name | Age | Town | Sentence |\n"
    "| Jamal Okafor | 27 | Bradford | 11 years |\n"
    "| Lee Grant | 31 | Leeds | 9 years |\n"
)


def test_a_table_with_crlf_line_ends_is_read_as_with_lf(tmp_path: Path) -> None:
    """A CRLF's CR is read as a space at the line's end: a row's closing rule still closes it."""
    drafts = {}
    for name, line_end in (("lf", "\n"), ("crlf", "\r\n")):
        text = f"---\ntitle: Gang jailed\ndate: 2024-03-01\n---\n{TABLE}".replace("\n", line_end)
        (tmp_path / f"{name}.md").write_bytes(text.encode("utf-8"))
        code, stdout, stderr = run("extract", "--data", str(DATA), str(tmp_path / f"{name}.md"))
        assert (code, stderr) == (0, "")
        drafts[name] = stdout
    assert "Jamal Okafor – 27 – Bradford – 11 years\n" in drafts["crlf"]

    def facts(draft: str) -> list[str]:  # offsets differ: they index each file as written
        lines = draft.replace("crlf", "lf").splitlines()
        return [line for line in lines if not re.match(r"\s+(?:start|end): \d+$", line)]

    assert facts(drafts["crlf"]) == facts(drafts["lf"])
