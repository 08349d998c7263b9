"""Bad input from the session-23 robustness audit: one line naming the place, never a traceback.

Releases (front matter, size, byte-order mark, line endings), release folders,
gold folders for `kg eval`, reference CSVs, `--base-iri` and `--endpoint` each
get a real bad file or value and must give one `Error: …` line naming the file
and line (or the option) and a non-zero exit.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
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
        ("period: 20x9", "period: expected a four-digit year from 1800 to 2100, got '20x9'"),
    ],
)
def test_front_matter_years_are_checked_at_their_line(
    tmp_path: Path, line: str, expected: str
) -> None:
    path = release(tmp_path, f"title: T\n{line}\n")
    assert_one_error_line(
        ["extract", "--data", str(DATA), "--format", "trig", str(path)], f"{path}:3: {expected}"
    )


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
