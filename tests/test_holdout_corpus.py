"""The held-out corpus: releases written after the extraction rules, with gold records.

`corpus/holdout/` is for measurement only (`kg eval --gold corpus/holdout`); no score
is asserted here, so the rules are never tuned against it. These tests keep the folder
usable: every release has front matter that matches its gold, the gold files load as
one corpus and conform to the shapes, and the texts themselves build into a graph that
conforms.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from kg.build import build_graph
from tests.conftest import REPO

HOLDOUT = REPO / "corpus" / "holdout"
TEXTS = sorted(HOLDOUT.glob("*.txt"))
GOLDS = sorted(HOLDOUT.glob("*.yaml"))


def _front_matter(path: Path) -> dict[str, Any]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0] == "---", f"{path.name}: must start with a '---' line"
    end = lines.index("---", 1)
    meta = yaml.safe_load("\n".join(lines[1:end]))
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    assert "\n".join(lines[end + 1 :]).strip(), f"{path.name}: no body"
    return meta


def test_at_least_12_releases_each_with_gold() -> None:
    assert len(TEXTS) >= 12
    assert [p.stem for p in TEXTS] == [p.stem for p in GOLDS]


def test_release_numbers_do_not_clash_with_the_dev_corpus() -> None:
    dev = {p.stem[:2] for p in (REPO / "corpus" / "dev").glob("*.txt")}
    assert not dev & {p.stem[:2] for p in TEXTS}


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem)
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


def test_gold_folder_builds_and_conforms(tmp_path: Path) -> None:
    result = build_graph(_data(tmp_path / "data", GOLDS), tmp_path / "out")
    assert result.validation.conforms
    assert sorted(s.source.id for s in result.corpus.sources) == [p.stem for p in GOLDS]


def test_texts_build_and_conform(tmp_path: Path) -> None:
    result = build_graph(_data(tmp_path / "data", TEXTS), tmp_path / "out")
    assert result.validation.conforms
    graphs = {str(g.identifier).rsplit("/", 1)[-1] for g in result.dataset.graphs()}
    assert {p.stem for p in TEXTS} <= graphs


def test_eval_scores_every_release() -> None:
    from kg.extract.evaluate import FACT_TYPES, evaluate

    evaluation = evaluate(HOLDOUT, REPO / "data" / "reference")
    assert evaluation.documents == len(TEXTS)
    assert sum(evaluation.scores[t].tp + evaluation.scores[t].fn for t in FACT_TYPES) == sum(
        1 for _ in _gold_facts()
    )


def _gold_facts() -> list[object]:
    from kg.extract.evaluate import Facts

    facts: list[object] = []
    for path in GOLDS:
        facts += list(Facts(yaml.safe_load(path.read_text(encoding="utf-8"))).all())
    return facts
