"""Releases that are not prose (tables without full stops, runs of blank lines, pages of
amounts) reach the rules in pieces they can read in time linear in the release's size.

No timing is asserted (tests never do): the pieces' sizes and offsets are, and what the
rules still find in ordinary lists.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.extractor import Extractor
from kg.extract.frontmatter import parse_release
from kg.extract.pipeline import LONGEST_SENTENCE, doc_view

REFERENCE = Path(__file__).resolve().parent.parent / "data" / "reference"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(REFERENCE)


def sentences_of(extractor: Extractor, body: str) -> tuple[str, list]:
    release = parse_release(f"---\ntitle: T\ndate: 2024-01-05\n---\n{body}\n", Path("t.txt"))
    sentences, _ = doc_view(extractor.nlp(release.body), release.body_start, release.body)
    return release.text, sentences


def test_a_sentence_longer_than_the_limit_is_cut_at_commas(extractor: Extractor) -> None:
    items = ", ".join(f"£{n},000 from account {n}" for n in range(1, 400))
    text, sentences = sentences_of(extractor, f"The money included {items}.")
    assert len(sentences) > 1
    assert all(len(s.text) <= LONGEST_SENTENCE for s in sentences)
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text  # offsets into the file
        assert sentence.text.endswith((",", "."))  # cut after a comma, not inside an amount
    assert " ".join(s.text for s in sentences) == f"The money included {items}."


def test_a_run_without_spaces_is_cut_at_the_limit(extractor: Extractor) -> None:
    text, sentences = sentences_of(extractor, "£1" * 1_500)
    assert [len(s.text) for s in sentences] == [1_000, 1_000, 1_000]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_ordinary_sentences_are_left_whole(extractor: Extractor) -> None:
    body = "Three men from Boston, Spalding and Skegness were jailed. " * 3
    _, sentences = sentences_of(extractor, body.strip())
    assert [s.text for s in sentences] == [
        "Three men from Boston, Spalding and Skegness were jailed."
    ] * 3


def test_a_town_listed_after_many_blank_lines_is_still_found(extractor: Extractor) -> None:
    release = parse_release(
        "---\ntitle: Men jailed\npublisher: Lincolnshire Police\ndate: 2024-01-05\n---\n"
        + "\n" * 5_000
        + "Drugs were sold in Boston, Spalding and Skegness by the gang.\n",
        Path("t.txt"),
    )
    places = set(extractor.extract(release).places)
    assert {"boston", "skegness"} <= places
