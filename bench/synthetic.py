"""A deterministic synthetic dataset shaped like the soc-kg graph, at any size.

Same vocabulary and shape as a real build: a vocabulary graph (class hierarchy,
SKOS crime types three levels deep), a reference graph (forces, units, places
with soc:within), and one named graph per source document holding cases,
people, posts and figures, each with rdfs:label and prov:wasDerivedFrom.
Written straight to N-Quads (no rdflib) so 1M triples take seconds.
"""

from __future__ import annotations

import random
from pathlib import Path

BASE = "https://w3id.org/soc-kg/"
SOC = "https://w3id.org/soc-kg/def#"
CT = "https://w3id.org/soc-kg/crime-type/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
FOAF = "http://xmlns.com/foaf/0.1/"
XSD = "http://www.w3.org/2001/XMLSchema#"

TOP_TYPES = ["fraud", "drugs", "violence", "exploitation", "cybercrime", "acquisitive-crime"]
MEASURES = ["Arrests", "CustodialYears", "DrugsSeized", "FirearmsSeized", "CashSeized"]
YEARS = [str(year) for year in range(2015, 2025)]


def iri(text: str) -> str:
    return f"<{text}>"


def literal(text: str, datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"^^<{XSD}{datatype}>' if datatype else f'"{escaped}"'


class Writer:
    """Collects N-Quads lines and counts them."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, s: str, p: str, o: str, g: str) -> None:
        self.lines.append(f"{s} {p} {o} {g} .\n")

    def __len__(self) -> int:
        return len(self.lines)


def generate(triples: int, seed: int = 20191231) -> str:
    """About `triples` quads of soc-kg-shaped data as N-Quads text (deterministic)."""
    rng = random.Random(seed)
    out = Writer()
    vocab = iri(f"{BASE}graph/vocabulary")
    ref = iri(f"{BASE}graph/reference")
    a, label = iri(RDF_TYPE), iri(f"{RDFS}label")

    # vocabulary: org classes and a three-level SKOS crime-type hierarchy
    for cls in ("PoliceForce", "RegionalUnit", "OrganisedCrimeGroup"):
        out.add(iri(SOC + cls), iri(f"{RDFS}subClassOf"), iri(f"{ORG}Organization"), vocab)
    crime_types: list[str] = []
    for top in TOP_TYPES:
        out.add(iri(CT + top), a, iri(SOC + "CrimeType"), vocab)
        out.add(iri(CT + top), iri(f"{SKOS}prefLabel"), literal(top.replace("-", " ")), vocab)
        for middle in range(4):
            mid = f"{top}-{middle}"
            out.add(iri(CT + mid), a, iri(SOC + "CrimeType"), vocab)
            out.add(iri(CT + mid), iri(f"{SKOS}broader"), iri(CT + top), vocab)
            for leaf in range(3):
                name = f"{mid}-{leaf}"
                out.add(iri(CT + name), a, iri(SOC + "CrimeType"), vocab)
                out.add(iri(CT + name), iri(f"{SKOS}broader"), iri(CT + mid), vocab)
                out.add(iri(CT + name), iri(f"{SKOS}prefLabel"), literal(name), vocab)
                crime_types.append(name)

    # reference: scale forces, units and places gently with the size
    n_forces = max(10, triples // 20_000)
    n_units = max(3, n_forces // 4)
    n_counties = max(5, n_forces)
    n_towns = max(20, triples // 2_000)
    forces = [f"{BASE}id/force/force-{i}" for i in range(n_forces)]
    units = [f"{BASE}id/unit/unit-{i}" for i in range(n_units)]
    counties = [f"{BASE}id/place/county-{i}" for i in range(n_counties)]
    towns = [f"{BASE}id/place/town-{i}" for i in range(n_towns)]
    for i, force in enumerate(forces):
        out.add(iri(force), a, iri(SOC + "PoliceForce"), ref)
        out.add(iri(force), label, literal(f"Force {i}"), ref)
    for i, unit in enumerate(units):
        out.add(iri(unit), a, iri(SOC + "RegionalUnit"), ref)
        out.add(iri(unit), label, literal(f"Unit {i}"), ref)
        out.add(iri(unit), iri(SOC + "leadForce"), iri(forces[i % n_forces]), ref)
    for i, county in enumerate(counties):
        out.add(iri(county), a, iri(SOC + "County"), ref)
        out.add(iri(county), label, literal(f"County {i}"), ref)
    for i, town in enumerate(towns):
        out.add(iri(town), a, iri(SOC + "Town"), ref)
        out.add(iri(town), label, literal(f"Town {i}"), ref)
        out.add(iri(town), iri(SOC + "within"), iri(counties[i % n_counties]), ref)

    # sources: cases, people and posts, figures; about 40 triples per source record set
    index = 0
    while len(out) < triples:
        source = f"{BASE}id/source/release-{index}"
        graph = iri(f"{BASE}graph/release-{index}")
        derived = iri(f"{PROV}wasDerivedFrom")
        out.add(iri(source), a, iri(SOC + "SourceDocument"), graph)
        out.add(iri(source), label, literal(f"Release {index}"), graph)
        unit = rng.choice(units)
        year = rng.choice(YEARS)
        for c in range(3):
            case = iri(f"{BASE}id/case/case-{index}-{c}")
            crime = rng.choice(crime_types)
            out.add(case, a, iri(SOC + "Case"), graph)
            out.add(case, label, literal(f"Case {index}-{c} ({crime})"), graph)
            out.add(case, iri(SOC + "offence"), iri(CT + crime), graph)
            out.add(case, iri(SOC + "place"), iri(rng.choice(towns)), graph)
            out.add(case, iri(SOC + "year"), literal(year, "gYear"), graph)
            out.add(
                case,
                iri(SOC + "defendantCount"),
                literal(str(rng.randint(1, 20)), "integer"),
                graph,
            )
            out.add(case, iri(SOC + "ledBy"), iri(unit), graph)
            out.add(case, derived, iri(source), graph)
        person = iri(f"{BASE}id/person/person-{index}")
        post = iri(f"{BASE}id/post/post-{index}")
        out.add(person, a, iri(f"{FOAF}Person"), graph)
        out.add(person, label, literal(f"Person {index}"), graph)
        out.add(person, iri(f"{ORG}holds"), post, graph)
        out.add(person, derived, iri(source), graph)
        out.add(post, a, iri(f"{ORG}Post"), graph)
        out.add(post, iri(f"{ORG}postIn"), iri(unit), graph)
        out.add(post, derived, iri(source), graph)
        for m, measure in enumerate(rng.sample(MEASURES, 2)):
            figure = iri(f"{BASE}id/statistic/figure-{index}-{m}")
            out.add(figure, a, iri(SOC + "Statistic"), graph)
            out.add(figure, iri(SOC + "measure"), iri(SOC + measure), graph)
            out.add(figure, iri(SOC + "value"), literal(str(rng.randint(1, 900)), "decimal"), graph)
            out.add(figure, iri(SOC + "period"), literal(year, "gYear"), graph)
            out.add(figure, iri(SOC + "subject"), iri(unit), graph)
            out.add(figure, derived, iri(source), graph)
        index += 1
    return "".join(out.lines)


VERSION = 2  # bump when the shape changes, so cached files are not reused


def write(triples: int, path: Path, seed: int = 20191231) -> Path:
    """Write the dataset to `path` (N-Quads) unless an identical one is already there."""
    path = path.with_name(f"{path.stem}-v{VERSION}-seed{seed}{path.suffix}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.write_text(generate(triples, seed), encoding="utf-8")
    return path
