"""A bug in the extraction rules stops a batch with one line naming the release."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.cases import CaseRules
from tests.drafting import release_text
from tests.test_cli import invoke, one_error_line


def _failing_run(self: CaseRules) -> None:
    raise ValueError("a rule tripped")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_rule_that_fails_names_the_release_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    for name in ("first", "second"):
        (folder / f"{name}.txt").write_text(
            release_text("Man Jailed", "Kent Police", "Dan Ross, 30, of Dover, was jailed."),
            encoding="utf-8",
        )
    monkeypatch.setattr(CaseRules, "run", _failing_run)
    out = tmp_path / "drafts.yaml"
    result = invoke("extract", str(folder), "--jobs", jobs, "-o", str(out))
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "first.txt" in line or "second.txt" in line
    assert "ValueError: a rule tripped" in line
    assert not out.exists()
