"""Extraction from press-release text: rules, drafts, the build hook, the CLI, scores.

The small releases here are written for these tests. The seed release is read
from ../shared/seed (beside the repository, in CI too) and never copied in.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extract import draft_documents
from kg.schema import Index

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "data" / "reference"
SEED = ROOT.parent / "shared" / "seed" / "ersou-highlights-2019.txt"

CASE_RELEASE = "\n".join(
    [
        "---",
        "title: Four jailed over county line that supplied heroin to Kings Lynn",
        "publisher: Norfolk Constabulary",
        "date: 2021-03-04",
        "url: https://example.org/norfolk/four-jailed",
        "---",
        "Four men have been jailed after admitting conspiracy to supply Class A drugs in "
        "King's Lynn.",
        "",
        "Officers from Operation Harrier seized 2.5kg of heroin and £48,000 in cash when they "
        "searched a flat in Thetford.",
        "",
        "- Ricky Dane, 33, of Thetford, was jailed for seven years and six months",
        "- Omar Blyth, 25, of Norwich, was jailed for five years",
        "- Callum Eve, 19, of Thetford, was given an 18-month sentence suspended for two years",
        "",
        'Detective Inspector Maria Costa, of Norfolk Constabulary, said: "The line is closed."',
        "",
    ]
)

REVIEW_RELEASE = "\n".join(
    [
        "---",
        "title: Regional unit year in review",
        "publisher: East Midlands Special Operations Unit",
        "date: 2020-12-18",
        "---",
        "EMSOU officers made more than 420 arrests in 2020 and secured prison sentences "
        "totalling nearly 300 years.",
        "",
        "The unit seized 95 kilograms of cocaine, 21 firearms and around £2.1 million in cash, "
        "and at least 35 vulnerable people were safeguarded.",
        "",
        "Nine members of a Leicester organised crime group were jailed for more than 60 years "
        "for running a multi-million pound drugs conspiracy.",
        "",
        'Jane Ordway, Head of the ROCU, said: "A strong year for the region."',
        "",
    ]
)


def _draft(tmp_path: Path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [(_, document)] = draft_documents([path], REFERENCE, Index())
    return document


def _figures(document: dict) -> set[tuple]:
    items = list(document.get("figures", []))
    for case in document.get("cases", []):
        items += case.get("figures", [])
    return {(f["measure"], Decimal(str(f["value"])), f["qualifier"], f["unit"]) for f in items}


def test_single_case_release(tmp_path: Path) -> None:
    document = _draft(tmp_path, "four-jailed.txt", CASE_RELEASE)
    [case] = document["cases"]
    assert case["offences"] == ["county-lines", "drug-supply"]
    assert case["defendant_count"] == 4  # "Four men", three of them named
    assert case["stage"] == "Sentenced"
    outcomes = {
        (o["type"], Decimal(str(o["value"])), o["unit"], o.get("offender"))
        for o in case["outcomes"]
    }
    assert outcomes == {
        ("CustodialSentence", Decimal("7.5"), "YR", "ricky-dane"),
        ("CustodialSentence", Decimal(5), "YR", "omar-blyth"),
        ("SuspendedSentence", Decimal(18), "MO", "callum-eve"),
    }
    assert ("DrugsSeized", Decimal("2.5"), "Exact", "KiloGM") in _figures(document)
    assert ("CashSeized", Decimal(48000), "Exact", "GBP") in _figures(document)
    people = {p["id"]: p for p in document["people"]}
    assert people["ricky-dane"]["age"] == 33
    assert people["ricky-dane"]["based_in"] == "thetford"
    assert people["maria-costa"]["posts"][0]["role"] == "DetectiveInspector"
    assert people["maria-costa"]["posts"][0]["in"] == "norfolk"
    assert case["operation"] == "operation-harrier"


def test_review_release_figures_and_qualifiers(tmp_path: Path) -> None:
    document = _draft(tmp_path, "review.txt", REVIEW_RELEASE)
    assert _figures(document) >= {
        ("Arrests", Decimal(420), "MoreThan", "NUM"),
        ("CustodialYears", Decimal(300), "Almost", "YR"),
        ("DrugsSeized", Decimal(95), "Exact", "KiloGM"),
        ("FirearmsSeized", Decimal(21), "Exact", "NUM"),
        ("CashSeized", Decimal(2100000), "Approximately", "GBP"),
        ("PeopleSafeguarded", Decimal(35), "AtLeast", "NUM"),
    }
    [case] = document["cases"]
    assert case["defendant_count"] == 9
    assert case["offences"] == ["drug-supply"]
    assert case["outcomes"][0]["value"] == 60
    assert case["outcomes"][0]["qualifier"] == "MoreThan"
    groups = [o for o in document["organisations"] if o.get("type") == "group"]
    assert "Leicester" in groups[0]["label"]
    head = next(p for p in document["people"] if p.get("name") == "Jane Ordway")
    assert head["posts"][0] == {
        "role": "HeadOfUnit",
        "in": "emsou-rocu",
        "label": "Head of the ROCU",
        "evidence": head["posts"][0]["evidence"],
    }
    evidence = head["posts"][0]["evidence"]
    text = (tmp_path / "review.txt").read_text(encoding="utf-8")
    assert text[evidence["start"] : evidence["end"]] == "Jane Ordway"


def test_seed_release(tmp_path: Path) -> None:
    """The seed's figures, cases, people and areas, with spans into the text."""
    text = SEED.read_text(encoding="utf-8")
    front = (
        "---\ntitle: ERSOU highlights of 2019\n"
        "publisher: Eastern Region Special Operations Unit\ndate: 2019-12-20\n---\n"
    )
    document = _draft(tmp_path, "ersou-highlights-2019.txt", front + text)
    assert _figures(document) >= {
        ("Arrests", Decimal(380), "MoreThan", "NUM"),
        ("DrugsSeized", Decimal(237), "Exact", "KiloGM"),
        ("FirearmsSeized", Decimal(64), "Exact", "NUM"),
        ("CustodialYears", Decimal(500), "Almost", "YR"),
        ("Confiscation", Decimal(5800000), "Exact", "GBP"),
        ("Compensation", Decimal(1600000), "MoreThan", "GBP"),
    }
    cases = {(tuple(c["offences"]), c["defendant_count"]) for c in document["cases"]}
    assert cases == {
        (("burglary", "theft"), 3),
        (("boiler-room-fraud",), 8),
        (("cyber-fraud",), 1),
        (("drug-supply",), 12),
        (("people-smuggling",), 6),
        (("crash-for-cash",), 16),
    }
    posts = {
        (p["id"], post["role"], post["in"])
        for p in document["people"]
        for post in p.get("posts", [])
    }
    assert posts >= {
        ("kathryn-holloway", "PoliceAndCrimeCommissioner", "bedfordshire"),
        ("kathryn-holloway", "GovernanceLead", "ersou"),
        ("hannah-wilkinson", "HeadOfUnit", "ersou-rocu"),
    }
    ersou = next(o for o in document["organisations"] if o["id"] == "ersou")
    assert set(ersou["operates_in"]) == {
        "bedfordshire",
        "cambridgeshire",
        "hertfordshire",
        "norfolk",
        "suffolk",
        "essex",
        "kent",
    }
    assert ersou["lead_force"] == "bedfordshire"
    full = front + text
    for figure in document["figures"]:
        span = figure["evidence"]
        assert span["sentence"] in full
        assert full[span["start"] : span["end"]].strip()


def test_build_over_text_releases_conforms(tmp_path: Path) -> None:
    """kg build extracts text releases on the fly; the graph passes SHACL."""
    from rdflib import RDF, URIRef

    from kg.build import build_graph
    from kg.namespaces import SOC

    data = tmp_path / "data"
    shutil.copytree(REFERENCE, data / "reference")
    (data / "sources").mkdir()
    (data / "sources" / "four-jailed.txt").write_text(CASE_RELEASE, encoding="utf-8")
    (data / "sources" / "review.md").write_text(REVIEW_RELEASE, encoding="utf-8")
    # a curated YAML with the same source id wins over the text
    (data / "sources" / "skipped.txt").write_text(CASE_RELEASE, encoding="utf-8")
    (data / "sources" / "skipped.yaml").write_text(
        "source:\n  id: skipped\n  title: Curated instead\n", encoding="utf-8"
    )
    result = build_graph(data, tmp_path / "out")
    assert result.validation.conforms
    run = URIRef("https://w3id.org/soc-kg/id/run/four-jailed")
    assert any(result.dataset.quads((run, RDF.type, SOC.ExtractionRun, None)))
    assert any(result.dataset.quads((None, SOC.spanStart, None, None)))
    graphs = {str(g.identifier) for g in result.dataset.graphs()}
    assert "https://w3id.org/soc-kg/graph/review" in graphs
    skipped = URIRef("https://w3id.org/soc-kg/graph/skipped")
    assert not list(result.dataset.quads((None, SOC.spanStart, None, skipped)))


def test_cli_extract_yaml_and_trig(tmp_path: Path) -> None:
    release = tmp_path / "four-jailed.txt"
    release.write_text(CASE_RELEASE, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(release), "--data", str(ROOT / "data")])
    assert result.exit_code == 0, result.output
    assert "extracted: true" in result.output
    out = tmp_path / "x.trig"
    result = runner.invoke(
        main,
        ["extract", str(release), "--format", "trig", "-o", str(out), "--data", str(ROOT / "data")],
    )
    assert result.exit_code == 0, result.output
    assert "soc:spanStart" in out.read_text(encoding="utf-8")
    missing = runner.invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2


@pytest.mark.parametrize("jobs", [1, 2])
def test_jobs_give_the_same_drafts(tmp_path: Path, jobs: int) -> None:
    for name, text in (("a.txt", CASE_RELEASE), ("b.txt", REVIEW_RELEASE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    single = draft_documents(paths, REFERENCE, Index(), jobs=1)
    assert draft_documents(paths, REFERENCE, Index(), jobs=jobs) == single


def test_dev_corpus_scores() -> None:
    """The goals: F1 ≥ 0.9 for figures and sentences, ≥ 0.85 over all fact types."""
    from kg.extract.evaluate import evaluate

    evaluation = evaluate(ROOT / "corpus" / "dev", REFERENCE)
    assert evaluation.documents >= 25
    assert evaluation.scores["figures"].f1 >= 0.9
    assert evaluation.scores["sentences"].f1 >= 0.9
    assert evaluation.overall.f1 >= 0.85


def test_model_option_adds_people_from_a_pipeline_on_disk(tmp_path: Path) -> None:
    """`--model` loads any installed or saved spaCy pipeline; its PERSON names are used.

    The pipeline here is a real spaCy pipeline saved to disk whose recogniser is a
    rule; a trained one (en_core_web_sm) plugs in the same way.
    """
    import spacy

    pipeline = spacy.blank("en")
    ruler = pipeline.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Zofia de la Cruz"}])  # type: ignore[attr-defined]
    pipeline.to_disk(tmp_path / "pipeline")
    release = tmp_path / "quoted.txt"
    release.write_text(
        "---\ntitle: Cash seized\npublisher: Kent Police\n---\n"
        "Officers seized £20,000 in cash in Dover.\n\n"
        'Zofia de la Cruz said: "A good result."\n',
        encoding="utf-8",
    )
    [(_, plain)] = draft_documents([release], REFERENCE, Index())
    [(_, modelled)] = draft_documents(
        [release], REFERENCE, Index(), model=str(tmp_path / "pipeline")
    )
    names = {p.get("name") for p in modelled.get("people", [])}
    assert "Zofia de la Cruz" in names
    assert "Zofia de la Cruz" not in {p.get("name") for p in plain.get("people", [])}


def test_orders_and_bans_are_not_prison_sentences(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "---",
            "title: Two sentenced for handling stolen plant machinery",
            "publisher: Thames Valley Police",
            "---",
            "Two men from Reading have been sentenced after admitting handling stolen goods.",
            "",
            "Dale Archer, 36, of Reading, was jailed for 20 months and banned from driving "
            "for two years.",
            "",
            "Kevin Moss, 29, of Slough, was given a 12-month community order with 150 hours "
            "of unpaid work.",
            "",
        ]
    )
    document = _draft(tmp_path, "plant.txt", text)
    [case] = document["cases"]
    outcomes = sorted(
        (o["type"], o.get("value"), o.get("unit"), o.get("offender")) for o in case["outcomes"]
    )
    assert outcomes == [
        ("CommunityOrder", None, None, "kevin-moss"),
        ("CustodialSentence", 20, "MO", "dale-archer"),
    ]
    assert case["defendant_count"] == 2
    assert case["offences"] == ["theft"]


def test_importer_release(tmp_path: Path) -> None:
    """A release in the agencies' style (written for this test): unnamed subject, later named."""
    text = (ROOT / "tests" / "fixtures" / "extract-importer.txt").read_text(encoding="utf-8")
    document = _draft(tmp_path, "importer.txt", text)
    [case] = document["cases"]
    assert case["offences"] == ["drug-importation", "money-laundering"]
    assert case["defendant_count"] == 2
    assert case["court"] == "ipswich-crown-court"
    assert {(o["value"], o["unit"], o.get("offender")) for o in case["outcomes"]} == {
        (14, "YR", None),
        (32, "MO", "nadia-kowalczyk"),
    }
    assert {(m["kind"], m["value"], m["qualifier"]) for m in case["amounts"]} == {
        ("StreetValue", 4800000, "Approximately"),  # "an estimated street value of"
        ("AmountLaundered", 120000, "MoreThan"),
    }
    assert ("DrugsSeized", Decimal(60), "Exact", "KiloGM") in _figures(document)
    agencies = {o["id"]: o for o in document["organisations"]}
    assert agencies["border-force"]["type"] == "agency"
    assert "nca" in agencies


def test_build_over_the_dev_corpus_texts_conforms(tmp_path: Path) -> None:
    """Every dev release extracted together: shared people, posts, courts and agencies
    are declared once and single-valued facts never conflict, so SHACL passes."""
    from kg.build import build_graph

    data = tmp_path / "data"
    shutil.copytree(REFERENCE, data / "reference")
    (data / "sources").mkdir()
    texts = sorted((ROOT / "corpus" / "dev").glob("*.txt"))
    for path in texts:
        shutil.copy(path, data / "sources" / path.name)
    result = build_graph(data, tmp_path / "out")
    assert result.validation.conforms
    graphs = {str(g.identifier).rsplit("/", 1)[-1] for g in result.dataset.graphs()}
    assert {path.stem for path in texts} <= graphs


def test_agency_grades_before_and_after_a_name(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "---",
            "title: Pistol parts stopped at Felixstowe",
            "publisher: National Crime Agency",
            "date: 2023-05-04",
            "---",
            "Parts for twelve pistols were found in a crate of garden furniture at Felixstowe.",
            "",
            'NCA Operations Manager Rhona Feltham said: "These parts would have armed gangs."',
            "",
            "Tobias Renner, Branch Commander at the National Crime Agency, said the search "
            "of the crate took two days.",
        ]
    )
    people = {p["id"]: p for p in _draft(tmp_path, "parts.txt", text)["people"]}
    assert [(p["role"], p["in"]) for p in people["rhona-feltham"]["posts"]] == [
        ("OperationsManager", "nca")
    ]
    assert [(p["role"], p["in"]) for p in people["tobias-renner"]["posts"]] == [
        ("BranchCommander", "nca")
    ]


def test_markdown_marks_are_read_past_and_offsets_still_point_into_the_file(
    tmp_path: Path,
) -> None:
    text = MARKDOWN_RELEASE
    document = _draft(tmp_path, "leeds.md", text)
    [case] = document["cases"]
    assert sorted(
        (o.get("offender"), o["value"], o["unit"]) for o in case["outcomes"] if o.get("offender")
    ) == [("aaron-kay", 7.5, "YR"), ("jordan-smith", 8, "YR"), ("liam-roe", 6, "YR")]
    for person in document["people"]:
        evidence = person["evidence"]
        assert text[evidence["start"] : evidence["end"]] == person["name"]


MARKDOWN_RELEASE = "\n".join(
    [
        "---",
        "title: Leeds drugs gang jailed",
        "publisher: West Yorkshire Police",
        "---",
        "# Leeds drugs gang jailed",
        "",
        "**Five members of a gang that sold cocaine across Leeds have been jailed.**",
        "",
        "## Sentences",
        "",
        "- **Jordan Smith**, 25, of Harehills – eight years",
        "- **Aaron Kay**, 29, of Chapeltown – seven years and six months",
        "- *Liam Roe*, 31, of [Beeston](https://example.org/beeston) – six years",
        "",
    ]
)
