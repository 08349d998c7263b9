"""A source that names a place declared elsewhere mentions it by id alone.

Analysts ask which releases name a town; a place is declared once, so every
later source links to it with an `id`-only entry that may add facts but never
retypes or relabels it. Extracted folders rely on it too (tests/test_extract_draft.py).
"""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.build import assemble
from kg.extract.evaluate import Facts, folder_declarations
from kg.ids import DEFAULT_BASE
from tests.datadirs import make_data_dir

FIRST = (
    "source:\n  id: first\n  title: First release\n"
    "places:\n  - id: harlow\n    label: Harlow\n    type: town\n"
)
SECOND = (
    "source:\n  id: second\n  title: Second release\n"
    "places:\n  - id: harlow\n    alt_labels: [Harlow New Town]\n  - id: luton\n"
)


def _iri(kind: str, ident: str) -> URIRef:
    return URIRef(f"{DEFAULT_BASE}id/{kind}/{ident}")


def test_mentions_link_the_source_without_redeclaring(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path, {"a.yaml": FIRST, "b.yaml": SECOND})
    dataset, validation, _ = assemble(data)
    assert validation.conforms
    second = dataset.graph(URIRef(f"{DEFAULT_BASE}graph/second"))
    harlow, luton = _iri("place", "harlow"), _iri("place", "luton")
    assert set(second.predicate_objects(harlow)) == {
        (PROV.wasDerivedFrom, _iri("source", "second")),
        (SKOS.altLabel, next(second.objects(harlow, SKOS.altLabel))),
    }
    assert str(next(second.objects(harlow, SKOS.altLabel))) == "Harlow New Town"
    assert set(second.predicate_objects(luton)) == {(PROV.wasDerivedFrom, _iri("source", "second"))}
    # one type and one label, from the declaration
    assert len(list(dataset.quads((harlow, RDF.type, None, None)))) == 1
    assert [str(o) for _, _, o, _ in dataset.quads((harlow, RDFS.label, None, None))] == ["Harlow"]
    mentioned_by = {s for _, _, s, _ in dataset.quads((harlow, PROV.wasDerivedFrom, None, None))}
    assert mentioned_by == {_iri("source", "first"), _iri("source", "second")}


def test_evaluation_reads_a_mention_by_the_declared_label() -> None:
    first = {"places": [{"id": "harlow-2", "label": "Harlow", "type": "town"}]}
    second = {"places": [{"id": "harlow-2"}]}
    shared = folder_declarations([first, second])
    assert shared["places:harlow-2"]["label"] == "Harlow"
    keys = [fact.key for fact in Facts(second, shared).place_facts()]
    assert keys == [("harlow",)]
