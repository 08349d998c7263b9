"""The development corpus: invented releases whose gold records load and conform.

`corpus/dev/` pairs each release text (`NN-slug.txt`, front matter then body)
with its hand-written gold records (`NN-slug.yaml`, the curated source
format). The gold folder is built as one corpus with the real loader, mapping
and SHACL shapes, so a gold file that drifts from the format fails here.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from rdflib import Literal, URIRef

from kg.build import BuildResult, build_graph
from kg.ids import DEFAULT_BASE
from kg.namespaces import QUDT_UNIT, SOC
from tests.conftest import REPO

DEV = REPO / "corpus" / "dev"
TEXTS = sorted(DEV.glob("*.txt"))
GOLDS = sorted(DEV.glob("*.yaml"))


def front_matter(path: Path) -> dict[str, Any]:
    """The YAML block between the first two `---` lines of a release text."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0] == "---", f"{path.name}: must start with a '---' line"
    end = lines.index("---", 1)
    meta = yaml.safe_load("\n".join(lines[1:end]))
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    body = "\n".join(lines[end + 1 :]).strip()
    assert body, f"{path.name}: no body after the front matter"
    return meta


def gold(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def test_at_least_25_releases_each_with_gold() -> None:
    assert len(TEXTS) >= 25
    assert [p.stem for p in TEXTS] == [p.stem for p in GOLDS]


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem)
def test_front_matter_matches_gold_source(text: Path) -> None:
    meta = front_matter(text)
    for key in ("title", "publisher", "date", "url"):
        assert meta.get(key), f"{text.name}: front matter lacks {key}"
    source = gold(text.with_suffix(".yaml"))["source"]
    assert source["id"] == text.stem
    assert source["title"] == meta["title"]
    assert source["publisher"] == meta["publisher"]
    assert str(source["date"]) == str(meta["date"])
    assert source["url"] == meta["url"]
    assert source["issued_by"], f"{text.name}: gold source lacks issued_by"


def test_ids_are_numbered_by_release_or_shared() -> None:
    """Release-specific ids carry the file number; only shared entities do not."""
    numbers = {p.stem[:2] for p in GOLDS}
    for path in GOLDS:
        document = gold(path)
        for section in ("figures", "cases", "operations"):
            for entry in document.get(section) or []:
                assert entry["id"][:2] == path.stem[:2], f"{path.name}: {entry['id']}"
        for entry in document.get("people") or []:
            if "name" in entry and "age" in entry:  # defendants are per release
                assert entry["id"][:2] in numbers, f"{path.name}: {entry['id']}"


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    data = tmp_path_factory.mktemp("corpus-data")
    shutil.copytree(REPO / "data" / "reference", data / "reference")
    (data / "sources").mkdir()
    for path in GOLDS:
        shutil.copy(path, data / "sources" / path.name)
    return build_graph(data, tmp_path_factory.mktemp("corpus-out"))


def test_gold_folder_builds_and_conforms(corpus_build: BuildResult) -> None:
    assert corpus_build.validation.conforms
    assert sorted(s.source.id for s in corpus_build.corpus.sources) == [p.stem for p in GOLDS]


def test_gold_counts_reach_the_graph(corpus_build: BuildResult) -> None:
    cases = sum(len(gold(p).get("cases") or []) for p in GOLDS)
    found = corpus_build.dataset.query(
        "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a ?t } }",
        initBindings={"t": SOC.Case},
    )
    assert int(next(iter(found))[0]) == cases


def test_a_named_sentence_survives_the_build(corpus_build: BuildResult) -> None:
    """Tyrone Ashby's eight years and three months in release 03, as exact triples."""
    person = URIRef(f"{DEFAULT_BASE}id/person/03-tyrone-ashby")
    rows = list(
        corpus_build.dataset.query(
            "SELECT ?value ?unit WHERE { GRAPH ?g { ?o soc:offender ?p ; soc:value ?value ;"
            " soc:unit ?unit } }",
            initNs={"soc": SOC},
            initBindings={"p": person},
        )
    )
    assert rows == [(Literal(Decimal("8.25")), QUDT_UNIT.YR)]
