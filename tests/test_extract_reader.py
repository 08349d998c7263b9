"""`BlankReader` gives exactly the sentences and names of the sentencizer and gazetteer ruler.

The extractor runs spaCy's tokenizer alone and reads sentences and gazetteer
names from token arrays; `build_nlp` (sentencizer plus span ruler) with
`doc_view` is the reference it must equal, on every corpus release, on
generated releases and on texts made to have overlapping and repeated names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.release_generator import write_corpus
from kg.extract.frontmatter import read_release
from kg.extract.gazetteer import Entry, Gazetteer, load_gazetteer
from kg.extract.pipeline import BlankReader, build_nlp, doc_view

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "data" / "reference"

TEXTS = [
    "",
    " ",
    "\n\n",
    "One.  Two!\n\n  Three ",
    "Essex Police and Essex. Kent Police, Kent and the Kent and Essex Serious Crime Directorate.",
    "ERSOU (the Eastern Region Special Operations Unit) worked with the NCA... and Essex Police!",
    "Officers from Greater Manchester Police, GMP and Manchester arrested men in Manchester.",
    "\u201cWe will not stop,\u201d said DCI Jones of Bedfordshire Police. Luton. Bedford!? Yes.",
    "West Midlands Police West Midlands Regional Organised Crime Unit Birmingham Birmingham",
    "Sentences ended: 'Norfolk Constabulary.' Then (Suffolk) - Ipswich; Lowestoft.\n- Norwich",
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer(REFERENCE, True)


def _bodies(tmp_path: Path) -> list[tuple[str, int, str]]:
    """(name, body start, body) of corpus releases, generated releases and TEXTS."""
    paths = sorted((ROOT / "corpus").glob("*/*.txt"))
    paths += write_corpus(tmp_path, 300, 7)
    releases = [read_release(path) for path in paths]
    found = [(r.path.name, r.body_start, r.body) for r in releases]
    return found + [(f"text {i}", 3, text) for i, text in enumerate(TEXTS)]


def test_reader_equals_sentencizer_and_ruler(tmp_path: Path, gazetteer: Gazetteer) -> None:
    nlp = build_nlp(gazetteer)
    reader = BlankReader(gazetteer)
    bodies = _bodies(tmp_path)
    assert len(bodies) > 350
    names = 0
    for (name, start, body), full, blank in zip(
        bodies,
        nlp.pipe(b for _, _, b in bodies),
        reader.nlp.pipe(b for _, _, b in bodies),
        strict=True,
    ):
        expected = doc_view(full, start, body)
        assert reader.read(blank, start, body) == expected, name
        names += len(expected[1])
    assert names > 3000  # the texts do name many gazetteer entries


def test_reader_breaks_ties_as_the_ruler_does() -> None:
    """Names several entries share, and overlapping names of the same length."""
    gazetteer = Gazetteer()
    for ident in ("newcastle", "newcastle-upon-tyne", "newcastle-under-lyme", "a", "zz", "m"):
        gazetteer.entries.append(Entry("Newcastle", "GPE", ident, "town"))
    gazetteer.entries.append(Entry("Stoke", "ORG", "stoke-fc", "agency"))
    gazetteer.entries.append(Entry("Stoke City", "ORG", "stoke-city", "agency"))
    gazetteer.entries.append(Entry("City Police", "ORG", "city-police", "force"))
    gazetteer.entries.append(Entry("Stoke", "GPE", "stoke", "town"))
    gazetteer.entries.append(Entry("Stoke City Police", "ORG", "scp", "force"))
    gazetteer.entries.append(Entry("City", "GPE", "city", "town"))
    nlp = build_nlp(gazetteer)
    reader = BlankReader(gazetteer)
    texts = [
        "Newcastle and Stoke City Police met Stoke City. City Police, Stoke and Newcastle!",
        "Stoke City Police Newcastle Newcastle City",
    ]
    chosen = set()
    for text in texts:
        expected = doc_view(nlp(text), 0, text)
        assert reader.read(reader.nlp(text), 0, text) == expected
        chosen |= {(e.text, e.ident) for e in expected[1]}
    assert ("Stoke City Police", "scp") in chosen
    assert len({ident for name, ident in chosen if name == "Newcastle"}) == 1
    assert len({ident for name, ident in chosen if name == "Stoke"}) == 1
