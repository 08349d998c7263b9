"""The held-out corpora: releases written after the extraction rules, with gold records.

`corpus/holdout/` and `corpus/holdout2/` to `corpus/holdout9/` are for
measurement only (`kg eval --gold corpus/holdout6`); no score is asserted here, so the
rules are never tuned against them. These tests keep each folder usable: every release
has front matter that matches its gold, the gold files load as one corpus and conform
to the shapes, and the texts themselves build into a graph that conforms.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from kg.build import build_graph
from tests.conftest import REPO

# Each folder with the fewest releases it must hold.
FOLDERS = {
    "holdout": 12,
    "holdout2": 8,
    "holdout3": 10,
    "holdout4": 10,
    "holdout5": 10,
    "holdout6": 10,
    "holdout7": 10,
    "holdout8": 10,
    "holdout9": 10,
}
TEXTS = [p for name in FOLDERS for p in sorted((REPO / "corpus" / name).glob("*.txt"))]


def _texts(folder: str) -> list[Path]:
    return sorted((REPO / "corpus" / folder).glob("*.txt"))


def _golds(folder: str) -> list[Path]:
    return sorted((REPO / "corpus" / folder).glob("*.yaml"))


def _front_matter(path: Path) -> dict[str, Any]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0] == "---", f"{path.name}: must start with a '---' line"
    end = lines.index("---", 1)
    meta = yaml.safe_load("\n".join(lines[1:end]))
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    assert "\n".join(lines[end + 1 :]).strip(), f"{path.name}: no body"
    return meta


@pytest.mark.parametrize("folder", FOLDERS)
def test_enough_releases_each_with_gold(folder: str) -> None:
    assert len(_texts(folder)) >= FOLDERS[folder]
    assert [p.stem for p in _texts(folder)] == [p.stem for p in _golds(folder)]


def _number(path: Path) -> str:
    """The release number: the digits before the first hyphen (holdout4 reaches 102)."""
    return path.stem.split("-", 1)[0]


def test_release_numbers_do_not_clash_across_corpora() -> None:
    numbers = [_number(p) for p in (REPO / "corpus" / "dev").glob("*.txt")]
    numbers += [_number(p) for p in TEXTS]
    assert len(numbers) == len(set(numbers))


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_front_matter_matches_gold_source(text: Path) -> None:
    meta = _front_matter(text)
    source = yaml.safe_load(text.with_suffix(".yaml").read_text(encoding="utf-8"))["source"]
    assert source["id"] == text.stem
    for key in ("title", "publisher", "url"):
        assert source[key] == meta[key], f"{text.name}: {key}"
    assert str(source["date"]) == str(meta["date"])
    assert source["issued_by"]


def _data(tmp: Path, files: list[Path]) -> Path:
    shutil.copytree(REPO / "data" / "reference", tmp / "reference")
    (tmp / "sources").mkdir()
    for path in files:
        shutil.copy(path, tmp / "sources" / path.name)
    return tmp


@pytest.mark.parametrize("folder", FOLDERS)
def test_gold_folder_builds_and_conforms(folder: str, tmp_path: Path) -> None:
    golds = _golds(folder)
    result = build_graph(_data(tmp_path / "data", golds), tmp_path / "out")
    assert result.validation.conforms
    assert sorted(s.source.id for s in result.corpus.sources) == [p.stem for p in golds]


@pytest.mark.parametrize("folder", FOLDERS)
def test_texts_build_and_conform(folder: str, tmp_path: Path) -> None:
    texts = _texts(folder)
    result = build_graph(_data(tmp_path / "data", texts), tmp_path / "out")
    assert result.validation.conforms
    graphs = {str(g.identifier).rsplit("/", 1)[-1] for g in result.dataset.graphs()}
    assert {p.stem for p in texts} <= graphs


@pytest.mark.parametrize("folder", FOLDERS)
def test_eval_scores_every_release(folder: str) -> None:
    from kg.extract.evaluate import FACT_TYPES, evaluate

    evaluation = evaluate(REPO / "corpus" / folder, REPO / "data" / "reference")
    assert evaluation.documents == len(_texts(folder))
    assert sum(evaluation.scores[t].tp + evaluation.scores[t].fn for t in FACT_TYPES) == sum(
        1 for _ in _gold_facts(folder)
    )


def _gold_facts(folder: str) -> list[object]:
    from kg.extract.evaluate import Facts

    facts: list[object] = []
    for path in _golds(folder):
        facts += list(Facts(yaml.safe_load(path.read_text(encoding="utf-8"))).all())
    return facts
