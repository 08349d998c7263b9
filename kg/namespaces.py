"""Vocabularies used by soc-kg; `SOC` fails on a misspelt term.

The terms listed here must equal the terms declared in `ontology/soc.ttl`;
`tests/test_ontology.py` keeps the two in step.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg.prefixes import PREFIXES as _PREFIXES

SOC_IRI = "https://w3id.org/soc-kg/def#"
CRIME_TYPE_IRI = "https://w3id.org/soc-kg/crime-type/"


class SOC(DefinedNamespace):
    """The soc-kg ontology: the public query interface (add freely, never rename)."""

    _fail = True
    _NS = Namespace(SOC_IRI)

    # classes
    PoliceForce: URIRef
    RegionalUnit: URIRef
    Agency: URIRef
    OrganisedCrimeGroup: URIRef
    Court: URIRef
    Role: URIRef
    Case: URIRef
    Outcome: URIRef
    CustodialSentence: URIRef
    SuspendedSentence: URIRef
    ConfiscationOrder: URIRef
    CompensationOrder: URIRef
    CommunityOrder: URIRef
    Operation: URIRef
    Seizure: URIRef
    Statistic: URIRef
    Figure: URIRef
    MoneyAmount: URIRef
    CrimeType: URIRef
    Place: URIRef
    Town: URIRef
    County: URIRef
    Region: URIRef
    Sea: URIRef
    SourceDocument: URIRef
    Award: URIRef
    Legislation: URIRef
    ExtractionRun: URIRef
    Qualifier: URIRef
    Measure: URIRef
    Stage: URIRef
    MoneyKind: URIRef

    # unit properties
    leadForce: URIRef
    memberForce: URIRef
    operatesIn: URIRef
    taskedWith: URIRef
    receivedAward: URIRef
    established: URIRef
    policeUkId: URIRef
    onsCode: URIRef

    # case properties
    offence: URIRef
    involvedGroup: URIRef
    defendant: URIRef
    defendantCount: URIRef
    defendantDescription: URIRef
    victimDescription: URIRef
    modusOperandi: URIRef
    place: URIRef
    ledBy: URIRef
    supportedBy: URIRef
    creditedTo: URIRef
    outcome: URIRef
    amount: URIRef
    moneyKind: URIRef
    operation: URIRef
    court: URIRef
    stage: URIRef
    year: URIRef
    figure: URIRef

    # outcome, person, group, post
    offender: URIRef
    personCount: URIRef
    suspendedFor: URIRef
    age: URIRef
    basedIn: URIRef
    memberCount: URIRef
    onBehalfOf: URIRef
    startDate: URIRef
    startedBy: URIRef
    endDate: URIRef
    endedBy: URIRef
    party: URIRef

    # figures
    value: URIRef
    qualifier: URIRef
    unit: URIRef
    measure: URIRef
    item: URIRef
    subject: URIRef
    period: URIRef
    underLegislation: URIRef

    # places and sources
    within: URIRef
    publisher: URIRef

    # extraction provenance
    confidence: URIRef
    spanStart: URIRef
    spanEnd: URIRef
    evidence: URIRef

    # concept schemes for the individuals below
    QualifierScheme: URIRef
    StageScheme: URIRef
    MoneyKindScheme: URIRef
    MeasureScheme: URIRef
    RoleScheme: URIRef

    # qualifiers
    Exact: URIRef
    MoreThan: URIRef
    AtLeast: URIRef
    Almost: URIRef
    Approximately: URIRef
    UpTo: URIRef
    LessThan: URIRef

    # stages
    Arrested: URIRef
    Charged: URIRef
    Convicted: URIRef
    Sentenced: URIRef
    Acquitted: URIRef

    # money kinds
    FraudLoss: URIRef
    StreetValue: URIRef
    CriminalBenefit: URIRef
    Cash: URIRef
    EnterpriseValue: URIRef
    AmountLaundered: URIRef

    # measures
    Arrests: URIRef
    CustodialYears: URIRef
    DrugsSeized: URIRef
    FirearmsSeized: URIRef
    AmmunitionSeized: URIRef
    WeaponsRemoved: URIRef
    CashSeized: URIRef
    Confiscation: URIRef
    Compensation: URIRef
    Disruptions: URIRef
    PeopleSafeguarded: URIRef
    PeopleCharged: URIRef
    PeopleJailed: URIRef
    OffencesCommitted: URIRef
    GroupsDismantled: URIRef
    Victims: URIRef
    MigrantsDetected: URIRef

    # roles
    PoliceAndCrimeCommissioner: URIRef
    HeadOfUnit: URIRef
    GovernanceLead: URIRef
    ChiefConstable: URIRef
    DeputyChiefConstable: URIRef
    AssistantChiefConstable: URIRef
    DetectiveChiefSuperintendent: URIRef
    DetectiveSuperintendent: URIRef
    DetectiveChiefInspector: URIRef
    DetectiveInspector: URIRef
    DetectiveSergeant: URIRef
    DetectiveConstable: URIRef
    ChiefSuperintendent: URIRef
    Superintendent: URIRef
    ChiefInspector: URIRef
    Inspector: URIRef
    SeniorInvestigatingOfficer: URIRef
    Prosecutor: URIRef
    Judge: URIRef
    Ringleader: URIRef
    Director: URIRef
    BranchCommander: URIRef
    OperationsManager: URIRef
    Sergeant: URIRef
    PoliceConstable: URIRef


CT = Namespace(CRIME_TYPE_IRI)
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
QUDT_UNIT = Namespace("http://qudt.org/vocab/unit/")
CUR = Namespace("http://qudt.org/vocab/currency/")
WD = Namespace("http://www.wikidata.org/entity/")

# One table of prefixes, kept in kg/prefixes.py so `kg query` can use it without rdflib.
PREFIXES: dict[str, str] = dict(_PREFIXES)


def bind_prefixes(graph: object) -> None:
    """Bind the project prefixes on an rdflib Graph or Dataset (readable output)."""
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True)  # type: ignore[attr-defined]
