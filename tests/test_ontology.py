"""The ontology files are the query contract: check them as data, not as text.

soc.ttl must declare exactly the terms kg.namespaces.SOC lists, each labelled,
defined and (for properties) given a domain and range; crime-types.ttl must be
a well-formed SKOS hierarchy whose branches analysts can walk with
`skos:broader+`. Both files must load in rdflib and in Oxigraph.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SH, SKOS
from rdflib.term import Identifier, Node

from kg.ids import is_slug
from kg.namespaces import CRIME_TYPE_IRI, CT, ORG, PROV, SCHEMA, SOC, SOC_IRI

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
SOC_TTL = ONTOLOGY_DIR / "soc.ttl"
CRIME_TYPES_TTL = ONTOLOGY_DIR / "crime-types.ttl"

ONTOLOGY = URIRef("https://w3id.org/soc-kg/def")
SCHEME = URIRef(CRIME_TYPE_IRI)
VANN = Namespace("http://purl.org/vocab/vann/")
QUDT = Namespace("http://qudt.org/schema/qudt/")
# A plain Namespace: pytest probes module globals, and rdflib's XSD warns on unknown names.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty}
TERM_TYPES = {OWL.Class, OWL.NamedIndividual, SKOS.ConceptScheme} | PROPERTY_TYPES

# Concept class of soc: individuals -> the scheme that lists them, and how many.
INDIVIDUAL_SCHEMES = {
    SOC.Qualifier: (SOC.QualifierScheme, 7),
    SOC.Stage: (SOC.StageScheme, 5),
    SOC.MoneyKind: (SOC.MoneyKindScheme, 6),
    SOC.Measure: (SOC.MeasureScheme, 17),
    SOC.Role: (SOC.RoleScheme, 25),
}

REQUIRED_SLUGS = [
    "firearms-supply",
    "firearms",
    "county-lines",
    "drug-supply",
    "drug-importation",
    "drug-trafficking",
    "cannabis-cultivation",
    "child-sexual-exploitation",
    "child-sexual-abuse",
    "cybercrime",
    "modern-slavery",
    "human-trafficking",
    "organised-immigration-crime",
    "people-smuggling",
    "burglary",
    "theft",
    "robbery",
    "fraud",
    "boiler-room-fraud",
    "investment-fraud",
    "cyber-fraud",
    "insurance-fraud",
    "crash-for-cash",
    "money-laundering",
    "economic-crime",
    "acquisitive-crime",
    "drugs",
    "violence",
    "serious-violence",
    "kidnap",
    "blackmail",
    "bribery-and-corruption",
    "organised-acquisitive-crime",
    "vehicle-crime",
    "counterfeiting",
    "tax-fraud",
    "romance-fraud",
    "courier-fraud",
    "mandate-fraud",
]


def _soc_names() -> set[str]:
    """The term names kg.namespaces.SOC declares (its annotations)."""
    return {name for name in SOC.__annotations__ if not name.startswith("_")}


def _in_soc(node: object) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(SOC_IRI)


@pytest.fixture(scope="module")
def soc() -> Graph:
    return Graph().parse(SOC_TTL, format="turtle")


@pytest.fixture(scope="module")
def crime_types() -> Graph:
    return Graph().parse(CRIME_TYPES_TTL, format="turtle")


@pytest.fixture(scope="module")
def both(soc: Graph, crime_types: Graph) -> Graph:
    graph = Graph()
    for triple in soc:
        graph.add(triple)
    for triple in crime_types:
        graph.add(triple)
    graph.bind("skos", SKOS)
    graph.bind("ct", CT)
    graph.bind("soc", SOC_IRI)
    return graph


def _terms(soc: Graph) -> set[URIRef]:
    return {s for s in soc.subjects() if _in_soc(s)}  # type: ignore[misc]


def _properties(soc: Graph) -> set[URIRef]:
    return {s for t in PROPERTY_TYPES for s in soc.subjects(RDF.type, t) if _in_soc(s)}  # type: ignore[misc]


def _concepts(crime_types: Graph) -> set[URIRef]:
    return set(crime_types.subjects(RDF.type, SOC.CrimeType))  # type: ignore[arg-type]


def _literals(graph: Graph, subject: Node, predicate: URIRef) -> list[Literal]:
    """All literal values, whatever their language, so tests can insist on exactly one @en."""
    return [o for o in graph.objects(subject, predicate) if isinstance(o, Literal)]


# --------------------------------------------------------------------------- soc.ttl


def test_header_describes_the_ontology(soc: Graph) -> None:
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in soc
    assert soc.value(ONTOLOGY, OWL.versionInfo) == Literal("0.1.0")
    assert soc.value(ONTOLOGY, OWL.versionIRI) == URIRef("https://w3id.org/soc-kg/def/0.1.0")
    assert soc.value(ONTOLOGY, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    assert soc.value(ONTOLOGY, DCTERMS.creator) == Literal("soc-kg developers")
    assert soc.value(ONTOLOGY, VANN.preferredNamespacePrefix) == Literal("soc")
    assert soc.value(ONTOLOGY, VANN.preferredNamespaceUri) == Literal(SOC_IRI)
    for predicate in (DCTERMS.title, DCTERMS.description):
        value = soc.value(ONTOLOGY, predicate)
        assert isinstance(value, Literal) and value.language == "en" and len(value) > 10


def test_soc_terms_equal_namespace_declarations(soc: Graph) -> None:
    declared = {str(term)[len(SOC_IRI) :] for term in _terms(soc)}
    expected = _soc_names()
    assert declared - expected == set(), "declared in soc.ttl but missing from kg.namespaces.SOC"
    assert expected - declared == set(), "listed in kg.namespaces.SOC but not declared in soc.ttl"


def test_no_undeclared_soc_terms_are_used(both: Graph) -> None:
    used = {node for triple in both for node in triple if _in_soc(node)}
    assert used - _terms(both) == set()


def test_every_term_has_one_type_of_declaration(soc: Graph) -> None:
    for term in _terms(soc):
        kinds = set(soc.objects(term, RDF.type)) & TERM_TYPES
        assert len(kinds) == 1, f"{term} is declared as {kinds or 'nothing'}"


def test_every_term_has_one_english_label_and_a_definition(soc: Graph) -> None:
    for term in _terms(soc):
        labels = _literals(soc, term, RDFS.label)
        assert len(labels) == 1 and labels[0].language == "en", f"{term}: labels {labels}"
        definitions = _literals(soc, term, SKOS.definition)
        assert len(definitions) == 1 and definitions[0].language == "en", term
        assert soc.value(term, RDFS.isDefinedBy) == ONTOLOGY, term


def test_every_property_has_a_domain_and_a_range(soc: Graph) -> None:
    # No exceptions: every soc: property states one domain and one range.
    properties = _properties(soc)
    assert len(properties) == 53
    for prop in properties:
        assert len(list(soc.objects(prop, RDFS.domain))) == 1, f"{prop} domain"
        assert len(list(soc.objects(prop, RDFS.range))) == 1, f"{prop} range"


def _union(graph: Graph, node: Node | None) -> list[Node]:
    """The members of the owl:unionOf list on a blank class or datatype."""
    members = graph.value(node, OWL.unionOf)
    assert members is not None, f"{node} is not an owl:unionOf"
    return list(Collection(graph, members))


def _datatypes(soc: Graph, node: object) -> list[object]:
    """The datatypes a range names: itself, or the members of an owl:unionOf datatype."""
    if isinstance(node, BNode):
        assert (node, RDF.type, RDFS.Datatype) in soc
        return list(_union(soc, node))
    return [node]


def test_datatype_properties_range_over_literals(soc: Graph) -> None:
    for prop in soc.subjects(RDF.type, OWL.DatatypeProperty):
        for datatype in _datatypes(soc, soc.value(prop, RDFS.range)):
            assert datatype == RDFS.Literal or str(datatype).startswith(str(XSD)), prop


def test_object_properties_range_over_classes(soc: Graph) -> None:
    for prop in soc.subjects(RDF.type, OWL.ObjectProperty):
        target = soc.value(prop, RDFS.range)
        assert isinstance(target, URIRef), prop
        assert not str(target).startswith(str(XSD)) and target != RDFS.Literal, prop


@pytest.mark.parametrize(
    ("prop", "domain", "range_"),
    [
        (SOC.leadForce, SOC.RegionalUnit, SOC.PoliceForce),
        (SOC.memberForce, SOC.RegionalUnit, SOC.PoliceForce),
        (SOC.operatesIn, ORG.Organization, SOC.Place),
        (SOC.taskedWith, ORG.Organization, SOC.CrimeType),
        (SOC.offence, SOC.Case, SOC.CrimeType),
        (SOC.defendantCount, SOC.Case, XSD.nonNegativeInteger),
        (SOC.figure, SOC.Case, SOC.Figure),
        (SOC.onBehalfOf, ORG.Post, FOAF.Person),
        (SOC.within, SOC.Place, SOC.Place),
        (SOC.measure, SOC.Figure, SOC.Measure),
        (SOC.subject, SOC.Figure, ORG.Organization),
        (SOC.age, FOAF.Person, XSD.nonNegativeInteger),
        (SOC.confidence, PROV.Entity, XSD.decimal),
        (SOC.spanStart, PROV.Entity, XSD.nonNegativeInteger),
        (SOC.spanEnd, PROV.Entity, XSD.nonNegativeInteger),
        (SOC.moneyKind, SOC.MoneyAmount, SOC.MoneyKind),
    ],
)
def test_contract_domains_and_ranges(
    soc: Graph, prop: URIRef, domain: URIRef, range_: URIRef
) -> None:
    assert soc.value(prop, RDFS.domain) == domain
    assert soc.value(prop, RDFS.range) == range_


@pytest.mark.parametrize(
    ("prop", "range_"),
    [
        (SOC.value, XSD.decimal),
        (SOC.qualifier, SOC.Qualifier),
        (SOC.unit, QUDT.Unit),
    ],
)
def test_figure_properties_apply_to_figures_and_money(
    soc: Graph, prop: URIRef, range_: URIRef
) -> None:
    domain = soc.value(prop, RDFS.domain)
    assert set(_union(soc, domain)) == {SOC.Figure, SOC.MoneyAmount}
    assert soc.value(prop, RDFS.range) == range_


@pytest.mark.parametrize(
    ("sub", "sup"),
    [
        (SOC.PoliceForce, ORG.Organization),
        (SOC.RegionalUnit, ORG.Organization),
        (SOC.Agency, ORG.Organization),
        (SOC.OrganisedCrimeGroup, ORG.Organization),
        (SOC.Court, ORG.Organization),
        (SOC.Role, SKOS.Concept),
        (SOC.Role, ORG.Role),
        (SOC.Case, SCHEMA.Event),
        (SOC.Outcome, SOC.Figure),
        (SOC.CustodialSentence, SOC.Outcome),
        (SOC.SuspendedSentence, SOC.Outcome),
        (SOC.CommunityOrder, SOC.Outcome),
        (SOC.ConfiscationOrder, SOC.Outcome),
        (SOC.CompensationOrder, SOC.Outcome),
        (SOC.Statistic, SOC.Figure),
        (SOC.Seizure, SOC.Figure),
        (SOC.Figure, SCHEMA.QuantitativeValue),
        (SOC.MoneyAmount, SCHEMA.MonetaryAmount),
        (SOC.CrimeType, SKOS.Concept),
        (SOC.Place, SCHEMA.Place),
        (SOC.Town, SOC.Place),
        (SOC.County, SOC.Place),
        (SOC.Region, SOC.Place),
        (SOC.Sea, SOC.Place),
        (SOC.SourceDocument, PROV.Entity),
        (SOC.SourceDocument, SCHEMA.CreativeWork),
        (SOC.SourceDocument, FOAF.Document),
        (SOC.ExtractionRun, PROV.Activity),
        (SOC.Qualifier, SKOS.Concept),
        (SOC.Measure, SKOS.Concept),
        (SOC.Stage, SKOS.Concept),
        (SOC.MoneyKind, SKOS.Concept),
    ],
)
def test_class_alignment(soc: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subClassOf, sup) in soc


@pytest.mark.parametrize(
    ("sub", "sup"),
    [
        (SOC.within, SCHEMA.containedInPlace),
        (SOC.publisher, DCTERMS.publisher),
        (SOC.memberForce, ORG.hasMember),
        (SOC.leadForce, SOC.memberForce),
        (SOC.ledBy, SOC.creditedTo),
        (SOC.supportedBy, SOC.creditedTo),
        (SOC.unit, QUDT.unit),
    ],
)
def test_property_alignment(soc: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subPropertyOf, sup) in soc


def test_within_is_transitive(soc: Graph) -> None:
    assert (SOC.within, RDF.type, OWL.TransitiveProperty) in soc


@pytest.mark.parametrize(("concept_class", "scheme_and_count"), INDIVIDUAL_SCHEMES.items())
def test_individuals_form_flat_concept_schemes(
    soc: Graph, concept_class: URIRef, scheme_and_count: tuple[URIRef, int]
) -> None:
    scheme, count = scheme_and_count
    members = set(soc.subjects(RDF.type, concept_class))
    assert len(members) == count
    assert (scheme, RDF.type, SKOS.ConceptScheme) in soc
    assert set(soc.objects(scheme, SKOS.hasTopConcept)) == members
    for member in members:
        assert (member, RDF.type, OWL.NamedIndividual) in soc
        assert (member, SKOS.inScheme, scheme) in soc
        assert (member, SKOS.topConceptOf, scheme) in soc
        pref = _literals(soc, member, SKOS.prefLabel)
        assert pref == _literals(soc, member, RDFS.label), member


def test_every_individual_belongs_to_one_scheme(soc: Graph) -> None:
    individuals = {s for s in soc.subjects(RDF.type, OWL.NamedIndividual) if _in_soc(s)}
    classes = set(INDIVIDUAL_SCHEMES)
    for individual in individuals:
        assert len(set(soc.objects(individual, RDF.type)) & classes) == 1, individual
    assert len(individuals) == sum(count for _, count in INDIVIDUAL_SCHEMES.values())


def test_roles_are_org_roles(soc: Graph) -> None:
    for role in soc.subjects(RDF.type, SOC.Role):
        assert (role, RDF.type, ORG.Role) in soc


@pytest.mark.parametrize(
    ("term", "label"),
    [
        (SOC.MoreThan, "more than"),
        (SOC.Almost, "almost"),
        (SOC.AtLeast, "at least"),
        (SOC.PoliceAndCrimeCommissioner, "Police and Crime Commissioner"),
        (SOC.HeadOfUnit, "Head of unit"),
        (SOC.GovernanceLead, "Governance lead"),
        (SOC.CustodialYears, "custodial years"),
        (SOC.EnterpriseValue, "enterprise value"),
    ],
)
def test_individual_labels(soc: Graph, term: URIRef, label: str) -> None:
    assert soc.value(term, RDFS.label) == Literal(label, lang="en")


@pytest.mark.parametrize(
    ("prop", "domain"),
    [
        (SOC.year, {SOC.Case, SOC.Legislation, SOC.Award}),
        (SOC.creditedTo, {SOC.Case, SOC.Operation}),
        (SOC.ledBy, {SOC.Case, SOC.Operation}),
        (SOC.supportedBy, {SOC.Case, SOC.Operation}),
        (SOC.period, {SOC.Figure, SOC.SourceDocument}),
        (SOC.item, {SOC.Figure, SOC.Case}),
        (SOC.underLegislation, {SOC.Figure, SOC.Case}),
        (SOC.startDate, {ORG.Post, ORG.Membership}),
        (SOC.party, {FOAF.Person, ORG.Post}),
    ],
)
def test_properties_shared_by_two_kinds_of_thing(soc: Graph, prop: URIRef, domain: set) -> None:
    assert set(_union(soc, soc.value(prop, RDFS.domain))) == domain


# --------------------------------------------------------------------------- the seed graph

# Classes from other vocabularies the ontology relies on, with their superclasses.
EXTERNAL_AXIOMS = [
    (ORG.Organization, FOAF.Agent),
    (FOAF.Person, FOAF.Agent),
]


def _classes_of(node: Node, data: Graph, model: Graph) -> set[Node]:
    """Every class `node` has, following rdfs:subClassOf in the model."""
    found: set[Node] = set()
    todo = list(data.objects(node, RDF.type))
    while todo:
        cls = todo.pop()
        if cls not in found:
            found.add(cls)
            todo.extend(model.objects(cls, RDFS.subClassOf))
    return found


def _allowed(model: Graph, node: Node | None) -> set[Node]:
    return set(_union(model, node)) if isinstance(node, BNode) else {node} if node else set()


def test_seed_graph_respects_domains_and_ranges(seed_build, both: Graph) -> None:
    """Every soc: statement the build makes fits the property's domain and range."""
    model = Graph()
    for triple in both:
        model.add(triple)
    for sub, sup in EXTERNAL_AXIOMS:
        model.add((sub, RDFS.subClassOf, sup))
    data = Graph()
    for s, p, o, _ in seed_build.dataset.quads((None, None, None, None)):
        data.add((s, p, o))
    problems = []
    checked = 0
    for s, p, o in data:
        if not _in_soc(p):
            continue
        checked += 1
        domain = _allowed(model, model.value(p, RDFS.domain))
        if not _classes_of(s, data, model) & domain:
            problems.append(f"{s} {p}: subject outside the domain")
        range_ = _allowed(model, model.value(p, RDFS.range))
        if (p, RDF.type, OWL.DatatypeProperty) in model:
            if not isinstance(o, Literal):
                problems.append(f"{s} {p} {o}: resource for a datatype property")
                continue
            datatype = o.datatype or (RDF.langString if o.language else XSD.string)
            if not (RDFS.Literal in range_ or datatype in range_):
                problems.append(f"{s} {p} {o!r}: literal outside the range")
        elif isinstance(o, Literal):
            problems.append(f"{s} {p} {o!r}: literal for an object property")
        elif any(_in_soc(c) for c in range_) and not _classes_of(o, data, model) & range_:
            # Ranges from other vocabularies (qudt:Unit) are not checked: their
            # terms are not loaded into the graph.
            problems.append(f"{s} {p} {o}: object outside the range")
    assert checked > 200
    assert problems == []


def _superclasses(model: Graph, cls: Node) -> set[Node]:
    found: set[Node] = set()
    todo = [cls]
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo.extend(model.objects(current, RDFS.subClassOf))
    return found


def test_shapes_use_properties_within_their_domains(both: Graph) -> None:
    """A shape constrains a soc: property only on classes its domain allows.

    The target class may be narrower than the domain (Organization for
    soc:basedIn on foaf:Agent) or broader (Figure for soc:offender on Outcome).
    """
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    model = Graph()
    for triple in both:
        model.add(triple)
    for sub, sup in EXTERNAL_AXIOMS:
        model.add((sub, RDFS.subClassOf, sup))
    problems = []
    checked = 0
    for shape, target in shapes.subject_objects(SH.targetClass):
        for prop_shape in shapes.objects(shape, SH.property):
            path = shapes.value(prop_shape, SH.path)
            if not _in_soc(path):
                continue
            checked += 1
            domain = _allowed(model, model.value(path, RDFS.domain))
            narrower = _superclasses(model, target) & domain
            broader = any(target in _superclasses(model, d) for d in domain)
            if not (narrower or broader):
                problems.append(f"{shape} uses {path} on {target}")
    assert checked > 40
    assert problems == []


# --------------------------------------------------------------------------- crime-types.ttl


def test_crime_type_scheme_header(crime_types: Graph) -> None:
    assert (SCHEME, RDF.type, SKOS.ConceptScheme) in crime_types
    assert _literals(crime_types, SCHEME, SKOS.prefLabel) == [
        Literal("soc-kg crime types", lang="en")
    ]
    tops = set(crime_types.objects(SCHEME, SKOS.hasTopConcept))
    assert tops == set(crime_types.subjects(SKOS.topConceptOf, SCHEME))
    assert len(tops) == 10  # ct:sexual-offences added in session 22


def test_required_crime_types_exist(crime_types: Graph) -> None:
    concepts = _concepts(crime_types)
    missing = [slug for slug in REQUIRED_SLUGS if CT[slug] not in concepts]
    assert missing == []


def test_every_crime_type_is_well_formed(crime_types: Graph) -> None:
    concepts = _concepts(crime_types)
    assert concepts == set(crime_types.subjects(SKOS.inScheme, SCHEME))
    assert concepts == set(crime_types.subjects(RDF.type, SKOS.Concept))
    for concept in concepts:
        slug = str(concept)[len(CRIME_TYPE_IRI) :]
        assert str(concept).startswith(CRIME_TYPE_IRI) and is_slug(slug), concept
        pref = _literals(crime_types, concept, SKOS.prefLabel)
        assert len(pref) == 1 and pref[0].language == "en", concept
        assert list(crime_types.objects(concept, RDFS.label)) == pref, concept
        definitions = _literals(crime_types, concept, SKOS.definition)
        assert len(definitions) == 1 and definitions[0].language == "en", concept
        for alt in _literals(crime_types, concept, SKOS.altLabel):
            assert alt.language == "en", (concept, alt)


def test_top_concepts_have_no_broader(crime_types: Graph) -> None:
    for top in crime_types.objects(SCHEME, SKOS.hasTopConcept):
        assert list(crime_types.objects(top, SKOS.broader)) == [], top


def test_every_broader_chain_reaches_a_top_concept(crime_types: Graph) -> None:
    stranded = crime_types.query(
        """SELECT ?c WHERE {
             ?c a soc:CrimeType .
             FILTER NOT EXISTS { ?c skos:broader* ?top . ?top skos:topConceptOf ct: }
           }""",
        initNs={"soc": SOC_IRI, "skos": SKOS, "ct": CT},
    )
    assert [row[0] for row in stranded] == []  # type: ignore[index]


def test_broader_has_no_cycles(crime_types: Graph) -> None:
    cycles = crime_types.query("SELECT ?c WHERE { ?c skos:broader+ ?c }", initNs={"skos": SKOS})
    assert [row[0] for row in cycles] == []  # type: ignore[index]


def test_broader_stays_inside_the_scheme(crime_types: Graph) -> None:
    concepts = _concepts(crime_types)
    for narrower, broader in crime_types.subject_objects(SKOS.broader):
        assert narrower in concepts and broader in concepts, (narrower, broader)


# Each pair holds with skos:broader+; documented choices in the scheme's scope notes.
HIERARCHY = [
    ("boiler-room-fraud", "investment-fraud"),
    ("boiler-room-fraud", "fraud"),
    ("investment-fraud", "fraud"),
    ("crash-for-cash", "insurance-fraud"),
    ("crash-for-cash", "fraud"),
    ("insurance-fraud", "fraud"),
    ("cyber-fraud", "fraud"),
    ("cyber-fraud", "cybercrime"),
    ("county-lines", "drug-supply"),
    ("county-lines", "drugs"),
    ("drug-supply", "drugs"),
    ("firearms-supply", "firearms"),
    ("people-smuggling", "organised-immigration-crime"),
    ("human-trafficking", "modern-slavery"),
    ("child-sexual-exploitation", "child-sexual-abuse"),
    ("fraud", "economic-crime"),
    ("crash-for-cash", "economic-crime"),
    ("money-laundering", "economic-crime"),
    ("burglary", "acquisitive-crime"),
    ("theft", "acquisitive-crime"),
    ("robbery", "acquisitive-crime"),
]

# Pairs that must NOT hold: the distinctions the scheme deliberately keeps.
NOT_BROADER = [
    ("human-trafficking", "organised-immigration-crime"),
    ("people-smuggling", "modern-slavery"),
    ("money-laundering", "fraud"),
    ("robbery", "violence"),
    ("drug-supply", "drug-trafficking"),
]

ASK_BROADER = "ASK { ?narrower skos:broader+ ?broader }"


@pytest.mark.parametrize(("narrower", "broader"), HIERARCHY)
def test_hierarchy_holds(both: Graph, narrower: str, broader: str) -> None:
    result = both.query(
        ASK_BROADER,
        initNs={"skos": SKOS},
        initBindings={"narrower": CT[narrower], "broader": CT[broader]},
    )
    assert result.askAnswer is True


@pytest.mark.parametrize(("narrower", "broader"), NOT_BROADER)
def test_kept_distinctions(both: Graph, narrower: str, broader: str) -> None:
    result = both.query(
        ASK_BROADER,
        initNs={"skos": SKOS},
        initBindings={"narrower": CT[narrower], "broader": CT[broader]},
    )
    assert result.askAnswer is False


def test_cyber_fraud_has_two_broader(crime_types: Graph) -> None:
    assert set(crime_types.objects(CT["cyber-fraud"], SKOS.broader)) == {
        CT.fraud,
        CT.cybercrime,
    }


def test_labels_are_unambiguous(crime_types: Graph) -> None:
    """A phrase names one concept only, and a concept's pref and alt labels differ."""
    owners: Counter[str] = Counter()
    for concept in _concepts(crime_types):
        pref = {str(x).casefold() for x in crime_types.objects(concept, SKOS.prefLabel)}
        alts = {str(x).casefold() for x in crime_types.objects(concept, SKOS.altLabel)}
        assert pref.isdisjoint(alts), concept
        owners.update(pref | alts)
    assert [label for label, n in owners.items() if n > 1] == []


def test_related_concepts_are_symmetric_and_not_in_one_branch(crime_types: Graph) -> None:
    for a, b in crime_types.subject_objects(SKOS.related):
        assert isinstance(a, Identifier) and isinstance(b, Identifier)
        assert (b, SKOS.related, a) in crime_types
        for x, y in ((a, b), (b, a)):
            result = crime_types.query(
                ASK_BROADER, initNs={"skos": SKOS}, initBindings={"narrower": x, "broader": y}
            )
            assert result.askAnswer is False, (x, y)


def test_taskings_in_the_seed_release_resolve(crime_types: Graph) -> None:
    """The five crime types the 2019 ERSOU release names map to concepts by label."""
    phrases = {
        "firearms supply": "firearms-supply",
        "county drugs lines": "county-lines",
        "child sexual exploitation": "child-sexual-exploitation",
        "cybercrime": "cybercrime",
        "modern day slavery": "modern-slavery",
    }
    for phrase, slug in phrases.items():
        labels = list(crime_types.objects(CT[slug], SKOS.prefLabel))
        labels += list(crime_types.objects(CT[slug], SKOS.altLabel))
        assert Literal(phrase, lang="en") in labels, phrase


# --------------------------------------------------------------------------- Oxigraph


@pytest.mark.parametrize("path", [SOC_TTL, CRIME_TYPES_TTL], ids=lambda p: p.name)
def test_oxigraph_parses_the_same_triples(path: Path) -> None:
    quads = list(ox.parse(path=path, format=ox.RdfFormat.TURTLE))
    assert len(quads) == len(Graph().parse(path, format="turtle"))


def test_oxigraph_answers_a_hierarchy_query() -> None:
    store = ox.Store()
    for path in (SOC_TTL, CRIME_TYPES_TTL):
        store.load(path=path, format=ox.RdfFormat.TURTLE)
    rows = store.query(
        """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
           SELECT ?narrower ?broader WHERE { ?narrower skos:broader+ ?broader }""",
        substitutions={ox.Variable("narrower"): ox.NamedNode(str(CT["crash-for-cash"]))},
    )
    found = {row["broader"].value for row in rows}  # type: ignore[union-attr]
    assert found == {str(CT["insurance-fraud"]), str(CT.fraud), str(CT["economic-crime"])}
