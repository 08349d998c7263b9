"""Bad input gives one line `path:line: field: expected…`, exit 1, and writes nothing.

Each case is a tiny data folder (the repository's reference tables plus one or
two small source files). The line a message must name is found by a marker in
the case's own text, so the test says which line is wrong, not just a number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build_graph
from kg.cli import main
from kg.errors import SourceError
from kg.sources import PERSON, SECTIONS
from kg.vocab import load_vocabulary
from tests.datadirs import line_of, make_data_dir

HEAD = "source:\n  id: test-source\n  title: A test source\n"
BOB = HEAD + "people:\n  - id: bob\n    name: Bob\n"
# the allowed-field list a message shows is the section's table, in order
PEOPLE_FIELDS = ", ".join(PERSON)
# closed value sets come from the ontology and shapes, sorted in messages
QUALIFIERS = ", ".join(sorted(load_vocabulary().qualifiers))
UNITS = ", ".join(sorted(load_vocabulary().units))


@dataclass(frozen=True)
class Case:
    """One kind of bad input and the exact message it must produce.

    `file` is the file the message names, relative to the data folder;
    `marker` is text on the line it must name (or `line` gives it outright);
    `expected` may use `{data}` for the data folder.
    """

    id: str
    sources: dict[str, str | bytes]
    field: str | None
    expected: str
    marker: str | None = None
    line: int | None = None
    file: str = "sources/a.yaml"
    occurrence: int = 1
    edit: Callable[[Path], None] | None = field(default=None, compare=False)

    def message(self, data: Path) -> str:
        path = data / self.file
        if self.marker is not None:
            content = self.sources[Path(self.file).name]
            text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
            line = line_of(text, self.marker, self.occurrence)
        else:
            line = self.line
        where = f"{path}:{line}" if line else f"{path}"
        what = f" {self.field}:" if self.field else ""
        return f"{where}:{what} {self.expected.format(data=data)}"


def drop_column(table: str, column: str) -> Callable[[Path], None]:
    """Remove one column from a reference CSV of the data folder."""

    def edit(data: Path) -> None:
        import csv

        path = data / "reference" / table
        rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
        keep = [i for i, name in enumerate(rows[0]) if name != column]
        with path.open("w", encoding="utf-8", newline="") as stream:
            csv.writer(stream).writerows([[row[i] for i in keep] for row in rows])

    return edit


def membership_cell(line: int, column: str, value: str) -> Callable[[Path], None]:
    """Set one cell of rocu_membership.csv (line 2 is the first row)."""

    def edit(data: Path) -> None:
        import csv

        path = data / "reference" / "rocu_membership.csv"
        rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
        rows[line - 1][rows[0].index(column)] = value
        with path.open("w", encoding="utf-8", newline="") as stream:
            csv.writer(stream, lineterminator="\n").writerows(rows)

    return edit


def bad_place_type_after_awkward_cells(data: Path) -> None:
    """places.csv with a multi-line quoted cell and a U+2028 in another, then a bad type."""
    import csv

    path = data / "reference" / "places.csv"
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    header = rows[0]
    rows[1][header.index("notes")] = "first line\nsecond line"
    rows[2][header.index("notes")] = "a line\u2028separator"
    rows[3][header.index("type")] = "village"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, lineterminator="\n").writerows(rows)


CASES = [
    Case(
        "place-without-label-unknown",
        {"a.yaml": HEAD + "places:\n  - id: atlantis\n"},
        "places.label",
        "required field is missing",
        marker="id: atlantis",
    ),
    Case(
        "place-mention-with-type",
        {"a.yaml": HEAD + "places:\n  - id: luton\n    type: town\n"},
        "places.type",
        "expected no type when mentioning the known place 'luton' "
        "(or a label too, to declare a new one)",
        marker="id: luton",
    ),
    Case(
        "yaml-syntax-error",
        {"a.yaml": "source:\n  id: test-source\n  title: Bad: colon\n"},
        None,
        "YAML syntax error: mapping values are not allowed here",
        marker="Bad: colon",
    ),
    Case(
        "unknown-field-did-you-mean",
        {"a.yaml": BOB + "    agee: 40\n"},
        "people.agee",
        f"unknown field; did you mean 'age'? (allowed: {PEOPLE_FIELDS})",
        marker="agee:",
    ),
    Case(
        "unknown-field-nested-key-suggested",
        {"a.yaml": BOB + "    post:\n      - role: HeadOfUnit\n        in: ersou\n"},
        "people.post",
        f"unknown field; did you mean 'posts'? (allowed: {PEOPLE_FIELDS})",
        marker="post:",
    ),
    Case(
        "dangling-place",
        {"a.yaml": BOB + "    based_in: lutton\n"},
        "people.based_in",
        "unknown place 'lutton'; did you mean 'luton'?",
        marker="lutton",
    ),
    Case(
        "dangling-organisation",
        {
            "a.yaml": HEAD + "figures:\n  - id: arrests\n    type: statistic\n"
            "    measure: Arrests\n    subject: ersuo\n    value: 3\n    unit: NUM\n"
        },
        "figures.subject",
        "unknown organisation 'ersuo'; did you mean 'ersou'?",
        marker="ersuo",
    ),
    Case(
        "dangling-person-in-list",
        {"a.yaml": BOB + "cases:\n  - id: c1\n    label: C\n    defendants: [bob, nobody]\n"},
        "cases.defendants[1]",
        "unknown person 'nobody'",
        marker="nobody",
    ),
    Case(
        "dangling-post-organisation",
        {"a.yaml": BOB + "    posts:\n      - role: HeadOfUnit\n        in: ersu-rocu\n"},
        "people.posts.in",
        "unknown organisation 'ersu-rocu'; did you mean 'ersou'?",
        marker="ersu-rocu",
    ),
    Case(
        "organisation-of-the-wrong-kind",
        {
            "a.yaml": HEAD + "organisations:\n  - id: new-unit\n    type: regional-unit\n"
            "    label: New unit\n    member_forces: [kent]\n    lead_force: ersou\n"
        },
        "organisations.lead_force",
        "expected a force, 'ersou' is a regional-unit",
        marker="lead_force",
    ),
    Case(
        "duplicate-id-within-a-file",
        {"a.yaml": BOB + "  - id: bob\n    name: Another Bob\n"},
        "id",
        "duplicate person id 'bob' (first at {data}/sources/a.yaml:5)",
        marker="- id: bob",
        occurrence=2,
    ),
    Case(
        "duplicate-id-across-two-files",
        {"a.yaml": BOB, "b.yaml": BOB.replace("test-source", "other-source")},
        "id",
        "duplicate person id 'bob' (first at {data}/sources/a.yaml:5)",
        marker="- id: bob",
        file="sources/b.yaml",
    ),
    Case(
        "duplicate-source-id-across-two-files",
        {"a.yaml": HEAD, "b.yaml": HEAD},
        "id",
        "duplicate source id 'test-source' (first at {data}/sources/a.yaml:2)",
        marker="id: test-source",
        file="sources/b.yaml",
    ),
    Case(
        "duplicate-of-a-reference-id",
        {"a.yaml": HEAD + "places:\n  - id: luton\n    type: town\n    label: Luton\n"},
        "id",
        "duplicate place id 'luton' (first at {data}/reference/places.csv:3)",
        marker="id: luton",
    ),
    Case(
        "text-where-a-count-is-expected",
        {"a.yaml": HEAD + "cases:\n  - id: c1\n    label: C\n    defendant_count: three\n"},
        "cases.defendant_count",
        "expected a whole number ≥ 0, got 'three'",
        marker="defendant_count",
    ),
    Case(
        "negative-figure",
        {
            "a.yaml": HEAD + "figures:\n  - id: arrests\n    type: statistic\n"
            "    measure: Arrests\n    value: -5\n    unit: NUM\n"
        },
        "figures.value",
        "expected a number ≥ 0, got -5",
        marker="value: -5",
    ),
    Case(
        "not-a-number",
        {
            "a.yaml": HEAD + "cases:\n  - id: c1\n    label: C\n    outcomes:\n"
            "      - type: CustodialSentence\n        value: .nan\n        unit: YR\n"
        },
        "cases.outcomes.value",
        "expected a number ≥ 0, got nan",
        marker=".nan",
    ),
    Case(
        "unknown-qualifier",
        {
            "a.yaml": HEAD + "figures:\n  - id: arrests\n    type: statistic\n"
            "    measure: Arrests\n    value: 5\n    qualifier: MoreThen\n    unit: NUM\n"
        },
        "figures.qualifier",
        f"expected one of {QUALIFIERS}, got 'MoreThen'; did you mean 'MoreThan'?",
        marker="MoreThen",
    ),
    Case(
        "unknown-unit",
        {
            "a.yaml": HEAD + "figures:\n  - id: drugs\n    type: seizure\n"
            "    measure: DrugsSeized\n    item: cannabis\n    value: 5\n    unit: KG\n"
        },
        "figures.unit",
        f"expected one of {UNITS}, got 'KG'",
        marker="unit: KG",
    ),
    Case(
        "value-without-unit",
        {
            "a.yaml": HEAD + "figures:\n  - id: arrests\n    type: statistic\n"
            "    measure: Arrests\n    value: 5\n"
        },
        "figures.unit",
        "required when a value is given (e.g. NUM, YR, KiloGM, GBP)",
        marker="- id: arrests",
    ),
    Case(
        "unknown-crime-type",
        {"a.yaml": HEAD + "cases:\n  - id: c1\n    label: C\n    offences: [burglery]\n"},
        "cases.offences[0]",
        "unknown crime type 'burglery'; did you mean 'burglary'?",
        marker="burglery",
    ),
    Case(
        "missing-source-section",
        {"a.yaml": "people:\n  - id: bob\n    name: Bob\n"},
        "source",
        "required section is missing (id and title)",
        line=1,
    ),
    Case(
        "unknown-section",
        {"a.yaml": HEAD + "peeple:\n  - id: bob\n"},
        "peeple",
        f"unknown section (allowed: {', '.join(SECTIONS)})",
        marker="peeple:",
    ),
    Case(
        "non-utf8-bytes",
        {"a.yaml": b"source:\n  id: test-source\n  title: Caf\xe9 crime\n"},
        None,
        "expected UTF-8 text (found a non-UTF-8 byte)",
        marker="Caf",
    ),
    Case(
        "empty-file",
        {"a.yaml": "\n  \n"},
        None,
        "expected a YAML mapping with a 'source' section, file is empty",
        line=1,
    ),
    Case(
        "not-a-mapping",
        {"a.yaml": "- just\n- a list\n"},
        None,
        "expected a YAML mapping with a 'source' section",
        line=1,
    ),
    Case(
        "duplicate-yaml-key",
        {"a.yaml": HEAD + "  title: Second title\n"},
        "title",
        "duplicate key (first at line 3)",
        marker="Second title",
    ),
    Case(
        "missing-required-field",
        {"a.yaml": HEAD + "places:\n  - id: somewhere\n    type: town\n"},
        "places.label",
        "required field is missing",
        marker="- id: somewhere",
    ),
    Case(
        "missing-source-title",
        {"a.yaml": "source:\n  id: test-source\n  publisher: Someone\n"},
        "source.title",
        "required field is missing",
        marker="id: test-source",
    ),
    Case(
        "bad-date",
        {"a.yaml": HEAD + "  date: 27/11/2019\n"},
        "source.date",
        "expected a date YYYY, YYYY-MM or YYYY-MM-DD, got '27/11/2019'",
        marker="date:",
    ),
    Case(
        "plain-value-where-a-post-belongs",
        {"a.yaml": BOB + "    posts:\n      - head of unit\n"},
        "people.posts",
        "expected an entry with fields, got 'head of unit'",
        marker="- head of unit",
    ),
    Case(
        "reserved-source-id",
        {"a.yaml": "source:\n  id: reference\n  title: T\n"},
        "source.id",
        "expected an id other than 'reference' (its graph holds the reference tables)",
        marker="id: reference",
    ),
    Case(
        "reference-csv-line-after-a-multi-line-cell",
        {"a.yaml": HEAD},
        "type",
        "expected one of county, region, sea, town, got 'village'",
        line=5,  # header 1, row one spans lines 2-3, row two line 4, row three line 5
        file="reference/places.csv",
        edit=bad_place_type_after_awkward_cells,
    ),
    Case(
        "reference-csv-missing-a-column",
        {"a.yaml": HEAD},
        "name",
        "required column is missing (name)",
        line=1,
        file="reference/forces.csv",
        edit=drop_column("forces.csv", "name"),
    ),
    Case(
        "membership-of-an-unknown-force",
        {"a.yaml": HEAD},
        "force",
        "unknown force 'atlantis'",
        line=3,
        file="reference/rocu_membership.csv",
        edit=membership_cell(3, "force", "atlantis"),
    ),
    Case(
        "membership-in-something-not-a-regional-unit",
        {"a.yaml": HEAD},
        "rocu",
        "unknown regional unit 'kent'",
        line=4,
        file="reference/rocu_membership.csv",
        edit=membership_cell(4, "rocu", "kent"),
    ),
    Case(
        "membership-start-not-a-date",
        {"a.yaml": HEAD},
        "start",
        "expected YYYY, YYYY-MM, YYYY-MM-DD, 'by YYYY-MM' or YYYY/YYYY",
        line=2,
        file="reference/rocu_membership.csv",
        edit=membership_cell(2, "start", "spring 2001"),
    ),
]


def _data(tmp_path: Path, case: Case) -> Path:
    data = make_data_dir(tmp_path, case.sources)
    if case.edit is not None:
        case.edit(data)
    return data


def test_cases_cover_every_kind_the_issue_lists() -> None:
    assert len(CASES) >= 15
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_library_raises_source_error_at_the_right_line(tmp_path: Path, case: Case) -> None:
    data = _data(tmp_path, case)
    with pytest.raises(SourceError) as raised:
        build_graph(data, tmp_path / "out")
    assert str(raised.value) == case.message(data)
    assert raised.value.path == data / case.file
    assert raised.value.field == case.field
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_cli_prints_one_error_line_and_writes_nothing(tmp_path: Path, case: Case) -> None:
    data = _data(tmp_path, case)
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(main, ["build", "--data", str(data), "--output", str(out)])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr == f"Error: {case.message(data)}\n"
    assert "Traceback" not in result.output
    assert list(out.iterdir()) == []
