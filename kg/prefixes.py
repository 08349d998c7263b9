"""The project's prefixes as plain strings, importable without rdflib.

`kg query` must start fast, and importing rdflib costs more than the whole
query. `kg.namespaces.PREFIXES` is the same mapping (a test keeps them equal);
`DISPLAY_PREFIXES` adds short names for instance and graph IRIs in tables.
"""

from __future__ import annotations

DEFAULT_BASE = "https://w3id.org/soc-kg/"

PREFIXES: dict[str, str] = {
    "soc": "https://w3id.org/soc-kg/def#",
    "ct": "https://w3id.org/soc-kg/crime-type/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "unit": "http://qudt.org/vocab/unit/",
    "cur": "http://qudt.org/vocab/currency/",
    "wd": "http://www.wikidata.org/entity/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
}


def display_prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """PREFIXES plus `id:` and `graph:` for `{base}id/` and `{base}graph/` (tables only)."""
    base = base if base.endswith(("/", "#")) else base + "/"
    return {**PREFIXES, "id": f"{base}id/", "graph": f"{base}graph/"}
