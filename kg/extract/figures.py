"""Figures: arrests, people jailed, custodial years, seizures, money recovered.

Each rule is a regular expression over one sentence with a named `n`
(number, weight or money) and an optional qualifier `q` just before it; the
measure and unit follow from the rule. A money amount takes its measure from
the nearest keyword (confiscation, compensation, cash) in its own clause.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from kg.extract.caseless import Caseless, lower_twin
from kg.extract.cues import Cues
from kg.extract.lexicon import DRUG_NAMES, DRUG_WORDS, QUALIFIER_PATTERN, QUALIFIERS
from kg.extract.numbers import (
    DURATION_RE,
    FRACTION_WEIGHT,
    MONEY_RE,
    MONEY_SIGN_RE,
    NUMBER,
    WEIGHT_UNIT,
    parse_duration,
    parse_money,
    parse_number,
    parse_weight,
)

Q = rf"(?:(?P<q>{QUALIFIER_PATTERN})\s+)?"
N = rf"(?P<n>{NUMBER})"
W = rf"(?P<n>{NUMBER}\s*-?\s*(?:{WEIGHT_UNIT})|{FRACTION_WEIGHT})"
DRUG = "|".join(sorted((re.escape(d) for d in DRUG_WORDS), key=len, reverse=True))
DRUG_UNITS = ("wraps", "deals", "bags", "packages", "packets", "blocks", "tablets", "pills")
DRUG_ITEMS = rf"(?:crack\s+cocaine\s+and\s+heroin|heroin\s+and\s+crack\s+cocaine|{DRUG})"
PEOPLE = (
    r"(?:people|persons|suspects|individuals|offenders|criminals|men|women|defendants|members|"
    r"holders|dealers|traffickers|smugglers|fraudsters)"
)
# "were", "have been", "have now been", "had so far been"
HAVE_BEEN = (
    # "with 211 criminals being jailed for a total of 763 years"
    r"(?:were\s+(?:also\s+|subsequently\s+|later\s+|then\s+)?|being\s+|"
    r"(?:have|had)\s+(?:so\s+far\s+|now\s+|since\s+|already\s+|also\s+)?"
    r"been\s+)?"
)
PEOPLE_JAILED = (
    rf"{PEOPLE}\s+{HAVE_BEEN}"
    r"(?:jailed|imprisoned|put\s+behind\s+bars|sent\s+to\s+prison)"
)
ADJ = (
    r"(?:(?!(?:of|these|those|the|their|his|her|its|which|who|and|or|years?|months?|weeks?|days?|"
    r"after|before|since|for|from|in|on|at|with|to|over|into|by|as|was|were|is|are|has|have|"
    # "Two charged over firearms": the count is of people, the verb between says so
    r"had|charged|arrested|jailed|sentenced|convicted)\b)[a-z-]+\s+){0,2}?"
)


ARRESTED_AND_CHARGED = re.compile(r"arrested\s+and\s+(?:\w+\s+)?charged")


@dataclass(frozen=True)
class Found:
    """A figure found in a sentence: offsets are relative to the sentence."""

    measure: str
    value: Decimal
    qualifier: str
    unit: str
    start: int
    end: int
    item: str | None
    seizure: bool
    confidence: float


# "shotgun cartridges", "a gun case": a gun's word that names no gun
NOT_A_GUN_AFTER = r"(?!\s+(?:cartridges?|case|holster|licen[cs]e|scope|parts?|crime|amnesty)\b)"
# "a loaded Glock pistol": the maker between the article and the gun
GUN_MAKERS = r"glock|beretta|browning|makarov|baikal|walther|luger|colt|tokarev|zoraki|skorpion"


# the rest of a list, then the verb that takes all of it ("… and £7,600 were all seized")
LIST_TAKEN = (
    r"(?=(?:(?:,|\s+and)\s+(?:[^.;]|(?<=\d)\.(?=\d)){1,80}?)?\s+(?:were|was)\s+(?:all\s+|also\s+)?"
    r"(?:seized|recovered|found)\b)"
)


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


PEOPLE_JAILED_RULE = _rule(rf"\b{Q}{N}\s+{ADJ}{PEOPLE_JAILED}")
COUNT_RULES: tuple[tuple[str, re.Pattern[str], str | None, bool], ...] = (
    ("Arrests", _rule(rf"\b{Q}{N}\s+{ADJ}arrests\b"), None, False),
    (
        "Arrests",
        _rule(rf"\barrest(?:ed|ing)(?:\s+or\s+detain(?:ed|ing))?\s+{Q}{N}\s+{ADJ}{PEOPLE}"),
        None,
        False,
    ),
    (
        "Arrests",
        _rule(
            # not "(500 men and) 86 women were arrested": a part, and no total is worked out
            # (corpus README: only what the text says)
            rf"(?<!\bmen\sand\s)(?<!\bwomen\sand\s)\b{Q}{N}\s+{ADJ}{PEOPLE}"
            # "Almost 600 suspected members of county lines drugs gangs have been arrested"
            # "Forty-two people involved in county lines drug dealing have been arrested"
            r"(?:\s+(?:of|involved\s+in|suspected\s+of)(?:\s+[\w-]+){1,5}?"
            r"(?=\s+(?:were|have|had)\s))?"
            # "52 people (45 male and 7 female) have been arrested": a bracketed split
            r"(?:\s*\([^()]{1,40}\))?"
            # "Three men aged 36, 39 and 46 were arrested": their ages between
            r"(?:,?\s+aged\s+\d{1,2}(?:(?:,\s*|,?\s+and\s+)\d{1,2})*,?)?"
            rf"\s+{HAVE_BEEN}(?:arrested|detained)"
        ),
        None,
        False,
    ),
    # "Of the 21 arrested, 12 have been charged"
    ("Arrests", _rule(rf"\bof\s+the\s+{N}\s+(?:{PEOPLE}\s+)?(?:arrested|detained)\b"), None, False),
    # "resulted in the arrest of 473 people", "led to the arrests of 12 suspects"
    ("Arrests", _rule(rf"\barrests?\s+of\s+{Q}{N}\s+{ADJ}{PEOPLE}"), None, False),
    ("PeopleCharged", _rule(rf"\bcharg(?:ed|ing)\s+{Q}{N}\s+{ADJ}{PEOPLE}"), None, False),
    (
        "PeopleCharged",  # "all nine men had been arrested and later charged"
        _rule(
            rf"\b{Q}{N}\s+{ADJ}{PEOPLE}\s+{HAVE_BEEN}arrested\s+and\s+"
            r"(?:(?:later|subsequently|then|all)\s+)?charged\b"
        ),
        None,
        False,
    ),
    (
        "PeopleCharged",
        _rule(rf"\b{Q}{N}\s+{ADJ}{PEOPLE}\s+{HAVE_BEEN}charged"),
        None,
        False,
    ),
    (
        # "211 people were reported to the Procurator Fiscal": Scotland's police report to
        # the prosecutor what police elsewhere charge
        "PeopleCharged",
        _rule(
            rf"\b{Q}{N}\s+{ADJ}{PEOPLE}\s+{HAVE_BEEN}reported\s+to\s+(?:the\s+)?"
            r"(?:Crown\s+Office|(?:Procurator|procurator)\s+[Ff]iscal|COPFS|PF)\b"
        ),
        None,
        False,
    ),
    (
        "PeopleJailed",
        _rule(rf"\b(?:jail|imprison)(?:ed|ing)\s+{Q}{N}\s+{ADJ}{PEOPLE}"),
        None,
        False,
    ),
    ("PeopleJailed", PEOPLE_JAILED_RULE, None, False),
    (
        "FirearmsSeized",
        _rule(
            # not "two imitation firearms": no firearm an analyst counts
            rf"\b{Q}{N}\s+(?!(?:[a-z-]+\s+)?(?:imitation|replica|toy|deactivated|air|bb|airsoft)\s)"
            rf"{ADJ}"
            r"(?P<item>firearms|guns|handguns|pistols|shotguns|rifles|submachine\s+guns|revolvers)\b"
            # "92 firearms discharges", "40 gun crimes": events, not guns taken
            r"(?!\s+(?:discharges?|incidents?|offences?|crimes?|licen[cs]es?|charges?|counts?)\b)"
        ),
        "firearms",
        True,
    ),
    (
        "AmmunitionSeized",
        _rule(
            rf"\b{Q}{N}\s+(?:rounds\s+of\s+)?(?:live\s+)?(?P<item>ammunition|rounds|bullets|cartridges)\b"
        ),
        "ammunition",
        True,
    ),
    (
        "PeopleCharged",  # "Of those arrested, 45 have been charged"
        _rule(
            rf"\bof\s+(?:those|the\s+\w+)\s+(?:people\s+)?(?:arrested|detained),\s+{N}\s+"
            r"(?:have|had)\s+(?:so\s+far\s+|now\s+|since\s+)?been\s+charged"
        ),
        None,
        False,
    ),
    (
        "PeopleCharged",  # "Eighteen of those arrested have been charged"
        _rule(
            rf"\b{N}\s+of\s+(?:those|the\s+\w+)\s+(?:people\s+)?(?:arrested|detained)\s+"
            r"(?:were\s+|(?:have|had)\s+(?:so\s+far\s+|now\s+|since\s+)?been\s+)charged"
        ),
        None,
        False,
    ),
    ("WeaponsRemoved", _rule(rf"\b{Q}{N}\s+{ADJ}(?P<item>weapons)\b"), "weapons", False),
    ("Disruptions", _rule(rf"\b{Q}{N}\s+{ADJ}disruptions\b"), None, False),
    (
        "Disruptions",
        _rule(
            # "disrupted 12 lines", "the disruption of four lines", "disruption to 12 county
            # line supply chains"
            rf"\b(?:disrupt(?:ed|ing)|disruption\s+(?:of|to))\s+{Q}{N}\s+{ADJ}"
            r"(?:organised\s+crime\s+groups|OCGs|groups|gangs|networks|"
            r"(?:county\s+line\s+)?supply\s+chains|(?:county\s+|drugs?\s+)?lines"
            r"(?!\s+of\s+(?:enquiry|inquiry|investigation|communication))|"
            # "disrupting 362 cases of suspected serious and organised crime"
            r"cases\s+of\s+(?:suspected\s+)?(?:serious\s+(?:and\s+)?)?organised\s+crime)"
        ),
        None,
        False,
    ),
    (
        "GroupsDismantled",
        _rule(
            rf"\b(?:dismantl|(?:broke|break|broken)\s+up)\w*\s+{Q}{N}\s+{ADJ}(?:organised\s+crime\s+groups|OCGs|groups|gangs|networks|"
            r"[‘'“\"]?(?:county\s+|drugs?\s+)lines\b)"
        ),
        None,
        False,
    ),
    (
        "GroupsDismantled",
        _rule(
            rf"\b{Q}{N}\s+{ADJ}(?:organised\s+crime\s+groups|OCGs|gangs|networks)\s+(?:were\s+|have\s+been\s+)?(?:dismantled|broken\s+up)"
        ),
        None,
        False,
    ),
    (
        "PeopleSafeguarded",
        _rule(
            rf"\bsafeguard(?:ed|ing|s)?\s+{Q}{N}\s+{ADJ}(?:people|victims|children|adults|individuals|women|men)"
        ),
        None,
        False,
    ),
    (
        "PeopleSafeguarded",
        _rule(
            rf"\b{Q}{N}\s+{ADJ}(?:people|victims?|children|child|adults?|individuals?|women|men|"
            r"person|woman|man)"  # "one person safeguarded"
            r"(?:\s+and\s+(?:adults|children|young\s+people))?"  # "352 children and adults"
            rf"(?:\s*,[^,.;]{{1,40}},)?\s+(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+|being\s+)?"
            r"safeguarded"
        ),
        None,
        False,
    ),
    (
        "PeopleSafeguarded",  # "384 children and 32 adults safeguarded": the first group too
        _rule(
            rf"\b{Q}{N}\s+{ADJ}(?:people|victims|children|adults|individuals|women|men)\s+and\s+"
            r"[\d,]+\s+(?:people|victims|children|adults|individuals|women|men)\s+"
            r"(?:were\s+|have\s+been\s+)?safeguarded"
        ),
        None,
        False,
    ),
    ("DrugsSeized", _rule(rf"\b{Q}{N}\s+(?P<item>cannabis\s+plants)\b"), "cannabis plants", True),
    (
        "DrugsSeized",  # "were found inside the house with nearly 400 plants"
        _rule(
            rf"\b(?:found|discovered)\b[^.;]{{0,60}}?\bwith\s+{Q}{N}\s+(?:cannabis\s+)?"
            r"(?P<item>plants)\b"
        ),
        "cannabis plants",
        True,
    ),
    (
        "FirearmsSeized",
        _rule(
            # no gun between the verb and this one: "a Glock pistol, a converted Baikal handgun"
            r"\b(?:seiz|found|finds|recover|discover)\w*\b"
            r"(?:(?!\bone\b|\bincluding\b|\b(?:firearm|handgun|pistol|revolver|shotgun|rifle|gun)s?\b"
            rf"{NOT_A_GUN_AFTER})[^.;]){{0,90}}?"
            r"\b(?P<n>an?)\s+"
            r"(?:(?:loaded|converted|self-loading|sawn-off|semi-automatic|automatic|prohibited|"
            rf"viable|modified|blank-firing|illegal|lethal|{GUN_MAKERS})\s+){{0,3}}"
            r"(?P<item>firearm|handgun|pistol|revolver|shotgun|rifle|sub-machine\s+gun|gun)\b"
            r"(?!\s+(?:cartridges?|scope|licen[cs]e|crime|amnesty|surrender|shop|club|dog|holster|"
            r"(?:had|has|was|were)\s+(?:been\s+)?(?:fired|discharged|used|brandished|pointed))\b)"
            # "a Glock pistol, a converted Baikal handgun": a list of guns is no one gun
            r"(?![^.;]{0,40}?\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}"
            rf"(?:firearm|handgun|pistol|revolver|shotgun|rifle|gun)\b{NOT_A_GUN_AFTER})"
        ),
        "firearms",
        True,
    ),
    (
        "PeopleSafeguarded",
        _rule(
            rf"\b{Q}{N}\s+{ADJ}(?:victims|people|children|adults|boys|girls|teenagers|men|women)\b"
            rf"(?:\s+of\s+[\w\s]{{3,30}}?)?[^.]{{0,80}}?\b(?:were|have\s+been|had\s+been)\s+"
            rf"(?:also\s+|all\s+|now\s+)?(?:taken\s+to\s+safety|rescued|freed|safeguarded|identified\s+as\s+(?:having\s+been\s+)?"
            rf"(?:victims|exploited)|found\s+to\s+have\s+been\s+exploited)"
        ),
        None,
        False,
    ),
    (
        "PeopleSafeguarded",
        _rule(
            rf"\b{Q}{N}\s+{ADJ}(?:victims|people|children|adults|boys|girls|teenagers|men|women|"
            r"workers)\b[^.;]{0,40}?\b(?:were|have\s+been|had\s+been)\s+referred\s+(?:to|through|"
            r"into)\s+the\s+national\s+referral\s+mechanism"
        ),
        None,
        False,
    ),
    (
        "PeopleSafeguarded",
        _rule(
            rf"\b(?:rescued|freed)\s+{Q}{N}\s+{ADJ}"
            rf"(?:victims|people|children|adults|boys|girls|men|women)"
        ),
        None,
        False,
    ),
    (
        "Arrests",
        _rule(rf"(?:^|\band\s+){Q}{N}\s+(?:were\s+|have\s+been\s+)?arrested\b"),
        None,
        False,
    ),
    (
        "PeopleCharged",
        _rule(rf"(?:^|\band\s+){Q}{N}\s+(?:were\s+|have\s+been\s+)?charged\b"),
        None,
        False,
    ),
    (
        "OffencesCommitted",
        _rule(
            # not "charged in connection with 39 offences": charges, not offences counted;
            # not "made 83 trips to Dubai": journeys, which no analyst counts as offences
            r"(?<!\bwith\s)"
            rf"\b{Q}{N}\s+(?:(?!(?:admitted|denied|pleaded|were|was|have|had|faced?|all|each|both|"
            r"years?|months?|weeks?|days?|for|of)\b)"
            rf"[\w-]+\s+){{0,3}}?(?:offences|crossings|collisions|crashes|"
            rf"burglaries|thefts|robberies|break-ins)\b"
        ),
        None,
        False,
    ),
)
# Verb after its noun ("Ninety-one organised crime groups disrupted"), a range given as
# its lower bound ("between 30 and 40 groups": at least 30), and a second number in
# the clause ("112 arrested, 87 of whom have been charged").
_BASE_RULES = len(COUNT_RULES)
COUNT_RULES += (
    (
        "Disruptions",
        _rule(
            rf"\b(?:{Q}|(?P<rng>between)\s+){N}(?:\s+and\s+{NUMBER})?\s+{ADJ}"
            r"(?:organised\s+crime\s+groups|ocgs|groups|gangs|networks|"
            r"(?:county\s+|drugs?\s+|deal\s+)?lines)\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?"
            r"disrupted"
        ),
        None,
        False,
    ),
    (
        "PeopleCharged",
        _rule(
            rf"\b{N}\s+of\s+(?:whom|them|those)\s+(?:have\s+|has\s+|had\s+)?"
            r"(?:now\s+|since\s+|already\s+)?(?:been\s+|were\s+)?charged"
            r"(?!\s+(?:is|was)\b)"  # "One of those charged is Aaron Blakey": a person
        ),
        None,
        False,
    ),
    (
        "GroupsDismantled",
        _rule(
            rf"\b{N}\s+of\s+(?:which|them|these|those)\s+[^.;,]{{0,40}}?\b"
            r"(?:dismantled|broken\s+up)"
        ),
        None,
        False,
    ),
    (
        "DrugsSeized",
        _rule(
            rf"\b{Q}{N}\s+(?P<item>plants)\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?"
            r"(?:recovered|seized|found|discovered|removed)"
        ),
        "cannabis plants",
        True,
    ),
    (
        "DrugsSeized",
        _rule(rf"\b(?:recovered|seized|found|discovered|removed)\s+{Q}{N}\s+(?P<item>plants)\b"),
        "cannabis plants",
        True,
    ),
    (
        "DrugsSeized",
        _rule(
            rf"\b{Q}{N}\s+(?:(?:individual|small|separate)\s+)?(?P<item>(?:{'|'.join(DRUG_UNITS)})"
            # "80 ecstasy tablets", "400 diazepam pills"
            rf"\s+of\s+(?:{DRUG_ITEMS})|(?:{DRUG}|diazepam|valium|xanax|benzo\w*)\s+(?:tablets|pills)|"
            # "555 cocaine and heroin wraps"
            rf"(?:{DRUG})(?:\s+and\s+(?:{DRUG}))?\s+wraps|"
            # "97 packages each containing approximately a kilo of cocaine"
            rf"(?:packages|blocks|packets)\s+(?:each\s+)?(?:containing|weighing)\s+[^.;]{{0,40}}?\b"
            rf"(?:{DRUG}))"
        ),
        "drugs",
        True,
    ),
)
# Victims and smuggled people: counted where the text says who they were ("nine
# victims", "persuaded 37 people to invest", "forced six men to work", "At least 14
# residents ... were targeted") or where they were found ("19 people, four of them
# children, were found concealed in his trailer").
# Counts that describe one case, not a period's work: they never make a release a review.
CASE_MEASURES = frozenset({"Victims", "MigrantsDetected"})
VICTIM_NOUNS = (
    r"(?:people|persons|men|women|victims|investors|pensioners|residents|customers|savers|"
    r"children|boys|girls|teenagers|workers|adults|individuals)"
)
VICTIM_VERBS = (
    "conned",
    "defrauded",
    "cheated",
    "duped",
    "tricked",
    "scammed",
    "deceived",
    "persuaded",
    "targeted",
    "exploited",
    "groomed",
    "trafficked",
)
# Done to them (passive only: "three men who tricked ..." are the offenders), or done by them.
PASSIVE_VERBS = (
    "targeted",
    "conned",
    "defrauded",
    "cheated",
    "duped",
    "tricked",
    "scammed",
    "deceived",
)
ACTIVE_LOSS_VERBS = ("lost", "handed over", "invested", "parted with", "transferred")
LOSS_VERBS = PASSIVE_VERBS + ACTIVE_LOSS_VERBS
LOSS_PATTERN = rf"(?:were|had\s+been|have\s+been)\s+(?:{'|'.join(PASSIVE_VERBS)})|" + "|".join(
    verb.replace(" ", r"\s+") for verb in ACTIVE_LOSS_VERBS
)
COERCE_VERBS = ("forced", "made", "compelled", "coerced")
SMUGGLED = r"(?:people|migrants|men|women|adults|children|nationals|individuals|persons)"
HIDDEN = (
    r"(?:hidden|concealed|hiding|crammed|squeezed|inside|in\s+the\s+back|"
    # "in a lorry", "in their cab", "in lorry trailers"
    r"in\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:(?:lorry|hgv|refrigerated)\s+)?"
    r"(?:lorr(?:y|ies)|vans?|trailers?|containers?|boats?|dinghy|dinghies|cars?|vehicles?|cabs?|"
    r"hgvs?)\b)"
)
COUNT_RULES += (
    (
        "GroupsDismantled",
        _rule(
            # "seized five drug lines", "the closure of three lines"
            r"\b(?:shut\s+down|closed(?:\s+down)?|closure\s+of|"
            r"seized(?=\s+[^\s]+(?:\s+[^\s]+)?\s+(?:county|deal|drugs?)\s+lines))"
            rf"\s+{Q}{N}\s+"
            r"(?:county\s+|deal\s+|drugs?\s+)?lines\b"
        ),
        None,
        False,
    ),
    (
        "Victims",
        _rule(
            rf"\b{Q}{N}\s+{ADJ}{VICTIM_NOUNS}\b[^.;]{{0,80}}?\b(?:were|have\s+been|had\s+been)\s+"
            r"(?:identified|recognised|treated|confirmed|referred)\s+as\s+"
            r"(?:potential\s+|possible\s+|suspected\s+)?victims"
        ),
        None,
        False,
    ),
    (
        "Victims",
        _rule(rf"\b{Q}{N}\s+{ADJ}(?:potential\s+|possible\s+|suspected\s+)?victims\b"),
        None,
        False,
    ),
    (
        "Victims",
        _rule(rf"\b(?:{'|'.join(VICTIM_VERBS)})\s+{Q}{N}\s+{ADJ}{VICTIM_NOUNS}\b"),
        None,
        False,
    ),
    (
        "Victims",
        _rule(rf"\b{Q}{N}\s+{ADJ}{VICTIM_NOUNS}\b[^.;:]{{0,80}}?\b(?:{LOSS_PATTERN})\b"),
        None,
        False,
    ),
    (
        "Victims",
        _rule(
            rf"\b(?:{'|'.join(COERCE_VERBS)})\s+{Q}{N}\s+{ADJ}{VICTIM_NOUNS}\s+(?:to\s+)?"
            r"(?:work|labour|sell|deal|carry|beg|steal|commit)"
        ),
        None,
        False,
    ),
    (
        "MigrantsDetected",
        _rule(
            # "39 migrants of North African origin were found inside", "… from Vietnam were"
            rf"\b{Q}{N}\s+{ADJ}{SMUGGLED}\b(?:,[^,.;]{{1,40}},|\s+(?:of|from)\s+[^,.;]{{1,30}}?)?"
            r"\s+(?:were\s+|had\s+been\s+|"
            rf"have\s+been\s+)?(?:(?:found|discovered|detected|intercepted)\s+{HIDDEN}|"
            r"hidden|concealed|smuggled\s+(?:in|inside|aboard))"
        ),
        None,
        False,
    ),
    (
        "MigrantsDetected",
        _rule(
            rf"\b(?:found|discovered|detected)\s+{Q}{N}\s+{ADJ}(?:{SMUGGLED}\b"
            rf"(?:,[^,.;]{{1,40}},)?\s+{HIDDEN}|(?:migrants|nationals|stowaways)\b)"
        ),
        None,
        False,
    ),
    # "a loaded handgun and nine rounds of ammunition were found in the car"
    (
        "FirearmsSeized",
        _rule(
            r"(?<!\bone\sof\sthem\s)\b(?P<n>an?)\s+"
            r"(?:(?:loaded|converted|self-loading|sawn-off|semi-automatic|automatic|prohibited|"
            rf"viable|modified|imitation|{GUN_MAKERS})\s+){{0,3}}"
            r"(?P<item>firearm|handgun|pistol|revolver|shotgun|rifle|sub-machine\s+gun|gun)\b"
            r"(?!\s+(?:cartridges?|scope|licen[cs]e|crime|amnesty|surrender|shop|club|dog|holster|"
            r"(?:had|has|was|were)\s+(?:been\s+)?(?:fired|discharged|used|brandished|pointed))\b)"
            r"[^.;]{0,60}?\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
            r"(?:found|seized|recovered|discovered)\b"
        ),
        "firearms",
        True,
    ),
    # "found the four during a visit ... All four were safeguarded"
    (
        "PeopleSafeguarded",
        _rule(
            rf"\b(?:all|the)\s+{N}\s+(?:were\s+|have\s+been\s+|had\s+been\s+)"
            r"(?:safeguarded|rescued|taken\s+to\s+safety)"
        ),
        None,
        False,
    ),
    # "arrested 312 people during 2022 and charged 140": the noun said once
    (
        "PeopleCharged",
        _rule(rf"\b(?:and|then|had|have|has)\s+charged\s+{Q}{N}(?=\s*[.;,]|\s*$|\s+and\b)"),
        None,
        False,
    ),
    # "Nine organised crime groups were dismantled and a further 23 disrupted"
    (
        "Disruptions",
        _rule(rf"\b(?:a\s+further|another)\s+{Q}{N}\s+(?:were\s+|have\s+been\s+)?disrupted\b"),
        None,
        False,
    ),
    # "29 suspected county lines were shut down"
    (
        "GroupsDismantled",
        _rule(
            rf"\b{Q}{N}\s+(?:suspected\s+)?(?:county\s+|deal\s+|drugs?\s+)lines\s+"
            r"(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:also\s+)?(?:shut\s+down|closed|dismantled)\b"
            r"(?!\s+(?:down\s+)?by\s+(?:the\s+)?(?:gang|gangs|dealers|group|themselves))"
        ),
        None,
        False,
    ),
    # "3 knives seized", "two machetes were recovered", "4 BB guns seized": bladed and air
    # weapons taken are weapons removed, not firearms (only when said to be taken: "armed
    # with two knives" takes nothing)
    (
        "WeaponsRemoved",
        _rule(
            rf"\b{Q}{N}\s+{ADJ}(?P<item>knives|knife|machetes?|swords?|air\s+(?:rifles?|pistols?|"
            r"guns?|weapons?)|bb\s+guns?)\s+(?:(?:were|was|have\s+been|has\s+been|"
            # not "found at the scene" nor "taken from the house": seized by officers
            r"had\s+been)\s+)?(?:seized|recovered|removed|surrendered|handed\s+in|"
            r"taken\s+off\s+the\s+streets)\b"
        ),
        "weapons",
        False,
    ),
    # "managed to remove 25 knives from the streets", "received 279 surrendered knives"
    (
        "WeaponsRemoved",
        _rule(
            r"\b(?:remov(?:e|ed|ing)|seiz(?:e|ed|ing)|recover(?:ed|ing)?|received|collected|"
            # "… seized £8,000 in cash, eight mobile phones and two knives": the last of a list
            rf"took)\s+(?:[^.;]{{0,260}}?(?:,|\band)\s+)?{Q}{N}\s+{ADJ}(?P<item>knives|machetes|swords)\b"
        ),
        "weapons",
        False,
    ),
    # "1 decommissioned firearm seized", "one shotgun was recovered": a single gun counted
    (
        "FirearmsSeized",
        _rule(
            rf"\b{Q}(?P<n>1|one|a\s+single)\s+(?!(?:[a-z-]+\s+)?(?:imitation|replica|toy|"
            r"deactivated|air|bb|airsoft)\s)(?:[a-z-]+\s+)?"
            r"(?P<item>firearm|gun|handgun|pistol|shotgun|rifle|revolver)\s+"
            r"(?:(?:was|has\s+been|had\s+been)\s+)?(?:seized|recovered|found)\b"
        ),
        "firearms",
        True,
    ),
    # "… while a firearm, a machete, a Rolex watch and £7,600 in cash were all seized": one
    # gun, one blade, each an item of a list the verb after it takes
    (
        "FirearmsSeized",
        _rule(
            r"(?:^|,\s+|\b(?:while|and)\s+)(?P<n>an?)\s+(?:(?:loaded|converted|sawn-off|self-loading)\s+)?"
            rf"(?P<item>firearm|handgun|pistol|revolver|shotgun|rifle)\b{NOT_A_GUN_AFTER}{LIST_TAKEN}"
        ),
        "firearms",
        True,
    ),
    (
        "WeaponsRemoved",
        _rule(
            r"(?:^|,\s+|\b(?:while|and)\s+)(?P<n>an?)\s+"
            rf"(?P<item>machete|knife|(?:samurai\s+)?sword|crossbow|axe){LIST_TAKEN}"
        ),
        "weapons",
        False,
    ),
)
# A safeguarding count that also says the people were victims; one victim named as such.
# Guns given up in a surrender or amnesty are weapons removed, not seized.
HANDED_IN = re.compile(r"\bhanded\s+in\b|\bsurrender(?:ed)?\b|\bamnesty\b")
ALSO_SAFEGUARDED = re.compile(
    r"[^.;]{0,60}?\band\s+(?:have\s+been\s+|were\s+|had\s+been\s+)?safeguarded", re.IGNORECASE
)
NAMED_VICTIMS = re.compile(
    r"identified|recognised|(?<!vulnerable to being )(?<!at risk of being )exploited", re.IGNORECASE
)
# "More than 400 adults and 1,300 children … were safeguarded": the second count too
AND_MORE_PEOPLE = re.compile(
    rf"(?:\s+[\w-]+){{1,3}}?\s+and\s+(?P<n>{NUMBER})\s+(?:[\w-]+\s+)?(?:victims|people|children|adults|boys|girls|"
    r"teenagers|men|women)\b",
    re.IGNORECASE,
)
ONE_VICTIM = re.compile(
    r"\b(?:was|has\s+been|had\s+been)\s+(?:recognised|identified|treated)\s+as\s+"
    r"(?P<n>a)\s+(?:potential\s+|possible\s+|suspected\s+)?victim\b"
)
# Keywords of the rules above, one tuple per rule (they differ within a measure).
_LATER_KEYWORDS = (
    ("disrupted",),
    ("whom", "them", "those"),
    ("which", "them", "these", "those"),
    ("plants",),
    ("plants",),
    DRUG_UNITS,
    ("shut", "closed", "seized", "closure"),
    ("victims",),
    ("victims",),
    VICTIM_VERBS,
    LOSS_VERBS,
    COERCE_VERBS,
    ("found", "discovered", "detected", "intercepted", "hidden", "concealed", "smuggled"),
    ("found", "discovered", "detected"),
    ("found", "seized", "recovered", "discovered"),
    ("safeguarded", "rescued", "safety"),
    ("charged",),
    ("disrupted",),
    ("shut", "closed", "dismantled"),
    ("knives", "knife", "machete", "sword", "air ", "bb "),
    ("knives", "machetes", "swords"),
    ("firearm", "gun", "pistol", "rifle", "revolver"),
    ("firearm", "gun", "pistol", "rifle", "revolver"),
    ("machete", "knife", "sword", "crossbow", "axe"),
)
# zip(strict=True): a rule added below _BASE_RULES without its keywords fails at import
RULE_KEYWORDS = {
    rule[1]: words for rule, words in zip(COUNT_RULES[_BASE_RULES:], _LATER_KEYWORDS, strict=True)
}
# "Label: value" lines, the usual format of a results list ("Charged: 96", "Firearms
# recovered: 11", "Class A drugs seized: 2.4 kilograms"); the label's words give the measure.
# The label ends at a colon or, in tables, at dotted leaders, a dash, a tab or a wide gap
# ("Arrests ........ 412", "Drugs seized – 310kg", "Charged<TAB>96").
LABEL_END = r"(?:\s*:|\s*(?:\.{2,}|…)[.…]*|\s+[–—-]+|\t+|\s{3,})"
LABEL_CUE = re.compile(r":|\.\.|…|\s[–—-]|\t|\s\s\s|^[•·▪*–—-]")
LABEL_LINE = _rule(
    rf"^(?:[•·▪*–—-]\s*(?P<label_b>[a-z][a-z ,'&/()-]{{2,70}}?)\s+(?=\d)|"
    rf"[•·▪*–—-]?\s*(?P<label>[a-z][a-z ,'&/()-]{{2,70}}?){LABEL_END}\s*){Q}"
    rf"(?P<n>{NUMBER}(?:\s*-?\s*(?:{WEIGHT_UNIT}))?)(?P<plus>\+)?\s*\.?$"
)
LABEL_MEASURES: tuple[tuple[tuple[str, ...], str, str | None, bool], ...] = (
    (("years", "custod", "imprisonment", "prison sentences"), "CustodialYears", None, False),
    (("ammunition", "rounds", "bullets", "cartridges"), "AmmunitionSeized", "ammunition", True),
    (("firearm", "gun", "pistol", "rifle", "revolver"), "FirearmsSeized", "firearms", True),
    (("weapon",), "WeaponsRemoved", "weapons", False),
    (("arrest", "detained"), "Arrests", None, False),
    (("charged",), "PeopleCharged", None, False),
    (("jailed", "imprisoned", "sent to prison"), "PeopleJailed", None, False),
    (("safeguard", "rescued"), "PeopleSafeguarded", None, False),
    (("victim",), "Victims", None, False),
    (("migrant",), "MigrantsDetected", None, False),
    (("dismantl", "broken up", "lines closed", "lines shut"), "GroupsDismantled", None, False),
    (("disrupt",), "Disruptions", None, False),
)
DRUG_IN_LABEL = re.compile(rf"\b(?:{DRUG}|cannabis\s+plants)\b", re.IGNORECASE)
WEIGHT_RULE = _rule(
    rf"\b{Q}{W}\s+(?:of\s+|in\s+(?=(?:{DRUG})\b))?(?:what\s+(?:is|was)\s+(?:believed|thought|suspected)\s+to\s+be\s+)?"
    rf"(?:(?:suspected|high[- ]purity|high[- ]harm|pure|dried|cropped|harvested|herbal|skunk|"
    rf"compressed|uncut|powdered|raw|"
    rf"powerful|potent|sedative|rare\s+and\s+potent|rare|anabolic|illicit|"
    # "15kg of near-pure class A cocaine": the class before the drug it qualifies
    rf"near[- ]pure|almost\s+pure|high[- ]grade|top[- ]grade|high[- ]quality|"
    rf"class\s+[abc](?=\s+(?!drugs?\b)[a-z])|"
    rf"\d{{1,3}}(?:\s*per\s*cent|%)\s+pure)\s+)"
    rf"{{0,3}}(?P<item>{DRUG})"
)
# "A further 3kg was found", "Eight kilograms of the drug … was found": a drug named before
BARE_WEIGHT_RULE = _rule(
    rf"(?:^|\b(?:further|another)\s+){Q}{W}\s+(?:of\s+the\s+(?:drugs?|substance|haul)\s*)?"
    r"(?:,(?:[^,.;]|(?<=\d)[,.](?=\d)){1,60},\s*)?(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:also\s+)?(?:found|seized|recovered|discovered|intercepted)\b"
)
# "seized 1,701 kilos of the drug": the drug named in a sentence before
OF_THE_DRUG_RULE = _rule(
    # "was snared with about 65kg of the class A drug"
    # "officers confiscated 15.6 tonnes of the deadly drug"
    rf"\b(?:seized|recovered|found|discovered|intercepted|confiscated|"
    rf"(?:caught|snared|stopped|found)\s+with)"
    rf"\s+{Q}{W}\s+of\s+the\s+(?:class\s+[abc]\s+|deadly\s+|illegal\s+|illicit\s+)?"
    r"(?:drugs?|substance)\b"
)
# "Together they weighed 10kg", "the packages weighed a total of 24 kilos", "packages of
# cocaine weighing 470 kilos": what was found
WEIGHED_RULE = _rule(
    # "Weighing almost a tonne, the drugs were …" too
    rf"(?:\b(?:they|packages|blocks|packets|bags|parcels|bundles|drugs|(?P<item>{DRUG}))\s+"
    rf"(?:together\s+|altogether\s+)?|^(?=weighing\s[^,]{{1,40}},\s+the\s+(?:drugs?|{DRUG}|"
    r"packages|blocks|haul|consignment)\b))weigh(?:ed|ing)\s+(?:a\s+total\s+of\s+|in\s+total\s+)?"
    rf"{Q}{W}"
)
CUSTODIAL_RULES = (
    _rule(
        rf"\b(?:jail|prison|custodial)\s+(?:sentences|terms)\s+(?:totall?ing|of|adding\s+up\s+to|amounting\s+to|worth)\s+{Q}(?P<d>{NUMBER})\s+years"
    ),
    # "5827 years handed out in prison sentences"
    _rule(
        rf"\b{Q}(?P<d>{NUMBER})\s+years\s+(?:handed\s+(?:out|down)\s+)?(?:of\s+|in\s+)"
        r"(?:jail|prison|custod|imprisonment)"
    ),
    _rule(
        # "104 arrests, 35 charges and sentencing of 217 years"
        rf"\bsentenc(?:es|ing)\s+(?:totall?ing|of|amounting\s+to|adding\s+up\s+to)"
        rf"(?:\s+a\s+(?:combined\s+)?total\s+of)?\s+{Q}(?P<d>{NUMBER})\s+years"
    ),
    _rule(
        rf"\bfor\s+a\s+(?:combined\s+total\s+of|combined|total\s+of)\s+{Q}(?P<d>{NUMBER})\s+years"
        r"(?!\s+and\s+[\w-]+\s+months?)"  # "25 years and two months" is a case's term
    ),
    _rule(rf"\btotall?ing\s+{Q}(?P<d>{NUMBER})\s+years"),
    # "1,046 people were jailed for 4,558 years": a period's people, so a period's years
    _rule(
        r"\b(?:\d{1,3}(?:,\d{3})+|\d{2,})\s+(?:people|offenders|criminals|defendants)\s+"
        r"(?:were|have\s+been|had\s+been)\s+(?:jailed|imprisoned|sentenced)\s+for\s+"
        rf"(?:a\s+(?:combined\s+)?total\s+of\s+)?{Q}(?P<d>{NUMBER})\s+years"
    ),
)
# Per CUSTODIAL_RULES entry, words one of which each of its matches holds (lower case).
CUSTODIAL_WORDS = (
    ("sentences", "terms"),
    ("jail", "prison", "custod"),
    ("sentences", "sentencing"),
    ("combined", "total"),
    ("total",),
    ("jailed", "imprisoned", "sentenced"),
)
MONEY_KEYWORDS = (
    (
        "Confiscation",
        re.compile(
            # "£1million was stripped from criminals": taken from them under the law
            r"confiscat|pay\s+back|paid\s+back|repa(?:y|id)|proceeds\s+of\s+crime|POCA|"
            r"stripped\s+from",
            re.IGNORECASE,
        ),
    ),
    ("Compensation", re.compile(r"compensat", re.IGNORECASE)),
    ("CashSeized", re.compile(r"\bcash\b|banknotes|in\s+notes", re.IGNORECASE)),
    # "£3.5million worth of drugs have been seized": a period's drugs counted in pounds
    (
        "DrugsSeized",
        re.compile(rf"\b(?:{DRUG_NAMES}|class\s+[ab]\s+drugs)\b", re.IGNORECASE),
    ),
)
# The words between a measure and its amount: "confiscation orders totalling £X",
# "compensation of £X", "cash forfeitures worth a total of £X".
LINKED_TO_AMOUNT = re.compile(
    r"\w*\s+(?:orders?|forfeitures?|payouts?|payments?|seizures?)?\s*(?:totall?ing|worth|"
    rf"amounting\s+to|valued\s+at|of|for)(?:\s+a\s+total\s+of)?\s+(?:(?:{QUALIFIER_PATTERN})\s+)?",
    re.IGNORECASE,
)
IN_CASH_RIGHT = re.compile(r"\s+in\s+cash\b", re.IGNORECASE)
# Drugs counted in pounds only when the sentence says they were taken, and the amount is
# what the drugs were worth: "£3.5million worth of drugs", "drugs with a street value of
# £3,492,060", never "210kg of Class A drugs, £3.7 million in cash".
DRUGS_TAKEN = re.compile(
    r"\b(?:seiz|recover|taken\s+off|removed|confiscat|found|intercept)", re.IGNORECASE
)
WORTH_OF_DRUGS = re.compile(
    r"\s*(?:pounds\s+)?(?:(?:in\s+)?(?:worth\s+)?of\s+(?:(?!cash\b)[\w-]+\s+){0,3}?|"
    r"in\s+(?:(?:class\s+[abc]|illegal|illicit|controlled)\s+)?)"
    # "£1m in drugs", "£3.5million worth of drugs", "£20 million of Class A substances"
    rf"(?:{DRUG_NAMES}|crack|substances|narcotics)\b",
    re.IGNORECASE,
)
DRUGS_WORTH = re.compile(
    rf"(?:\b(?:{DRUG_NAMES}|plants)\b[^.;£]{{0,60}}?\b(?:worth|valued\s+at|value\s+of)|"
    # "bringing the value of the drugs found to £5.5million"
    r"\bvalue\s+of\s+the\s+drugs\s+(?:found|seized|recovered)\s+to)"
    rf"\s+(?:(?:{QUALIFIER_PATTERN})\s+)?$",
    re.IGNORECASE,
)
# "more than a £1million worth": the article is the writer's, the qualifier stands
# "more than a combined 27 years": the hedge may come before "a combined" (not "over",
# which "handed over a combined £2.3 million" is no hedge of)
QUALIFIER_BEFORE = re.compile(
    rf"(?P<words>{QUALIFIER_PATTERN})\s+(?:a\s+)?(?:(?<!\bover\sa\s)combined\s+)?$",
    re.IGNORECASE,
)


def qualifier_of(words: str | None) -> str:
    if not words:
        return "Exact"
    return QUALIFIERS.get(" ".join(words.lower().split()), "Exact")


EXACT_BEFORE = re.compile(
    r"\b(?:(?:add(?:s|ed)?|adding|come|came)\s+up\s+to|(?:hand|handed|handing|turn|turned|"
    # not "pay over £500": more than £500
    r"taken|took|signed|sign)\s+over)\s+$",
    re.IGNORECASE,
)


# Case-sensitive twins for the lower-cased window (`qualifier_of` lower-cases anyway);
# a 25-character window (40 for "an estimated street value of") whose lowering changes
# length only shifts where it starts.
QUALIFIER_BEFORE_LOWER = lower_twin(QUALIFIER_BEFORE)
EXACT_BEFORE_LOWER = lower_twin(EXACT_BEFORE)


UP_TO_BEFORE = re.compile(r"\bup\s+to\s+$")


def qualifier_before(text: str, position: int) -> str:
    before = text[max(0, position - 25) : position].lower()
    if EXACT_BEFORE_LOWER.search(before):
        return "Exact"
    match = QUALIFIER_BEFORE_LOWER.search(before)
    if match is not None and UP_TO_BEFORE.search(before, 0, match.start()):
        return "UpTo"  # "worth up to about £112,560": at most that
    wide = text[max(0, position - 40) : position].lower()
    if match is None and ("estimated" in wide or "approximate" in wide):
        match = QUALIFIER_BEFORE_LOWER.search(wide)  # "an estimated street value of"
    return qualifier_of(match.group("words")) if match else "Exact"


# A rule runs only when its keyword is in the sentence (cheap test first).
KEYWORDS: dict[str, tuple[str, ...]] = {
    "Arrests": ("arrest", "detain"),
    "PeopleCharged": ("charg", "reported to"),
    "PeopleJailed": ("jail", "imprison", "bars", "prison"),
    "FirearmsSeized": ("gun", "firearm", "pistol", "rifle", "revolver"),
    "AmmunitionSeized": ("ammunition", "rounds", "bullets", "cartridges"),
    "WeaponsRemoved": ("weapon",),
    "Disruptions": ("disrupt",),
    "GroupsDismantled": ("dismantl", "broke", "break"),
    "PeopleSafeguarded": ("safe", "rescued", "freed", "exploited", "victims", "referral"),
    "DrugsSeized": ("plants",),
    "OffencesCommitted": (
        "offences",
        "crossings",
        "collisions",
        "crashes",
        "burglaries",
        "thefts",
        "robberies",
        "break-ins",
    ),
}
HAS_DIGIT = re.compile(r"\d")
HAS_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|million|dozen|kilo|kilogram|kilogramme|tonne|ton|"
    # "found a loaded pistol", "a machete … were seized"
    r"firearm|handgun|pistol|revolver|shotgun|rifle|gun|machete|knife|sword|crossbow|axe)\b",
    re.IGNORECASE,
)
HAS_WEIGHT = Caseless(re.compile(r"\d\s*(?:kgs?|g|t)\b|kilo|gram|tonne|\bton|litre", re.IGNORECASE))


# Running totals of a national operation or since some year are no one release's figures.
RUNNING_TOTAL = re.compile(
    # "Across the country, …" opens a national count; "units across the country made more
    # than 3,000 arrests" is the units' own figure
    r"^across\s+(?:the\s+(?:uk|country)|england(?:\s+and\s+wales)?|great\s+britain|britain)\b|"
    # not "a nationally-coordinated campaign", whose local results a release counts
    r"\b(?:nationally(?![\s-]+(?:co-?ordinated|led)\b)|since\s+(?:19|20)\d\d|"
    r"since\s+(?:it|the\s+unit|the\s+team)\s+(?:was\s+)?(?:set\s+up|formed|launched|established)|"
    # "since the unit's inception", "since its formation"
    r"since\s+(?:its|the\s+(?:unit|team|squad|taskforce|task\s+force)['’]s)\s+"
    r"(?:inception|formation|creation|launch)|"
    # "since the crackdown was launched", "over the last few years has seen 15 people jailed"
    r"since\s+the\s+(?:operation|crackdown|campaign)\s+(?:was\s+)?(?:launched|began|started)|"
    # "3,067 arrests since the launch of a major crackdown", "in the two years since"
    # (never "since the start of the year", the period's own count so far)
    r"since\s+the\s+(?:launch|introduction|start|creation|beginning|inception)\s+of\b"
    r"(?!\s+(?:the|this)\s+(?:year|month|financial\s+year)\b)|"
    r"\bin\s+the\s+(?:[\w-]+\s+)?years?\s+since\b|"
    # "from its start in 2017 Stronghold has seen 1329 people arrested", "throughout the
    # Stronghold campaign" (a campaign's whole life, not the period a release reports)
    r"from\s+(?:its|the\s+(?:operation|campaign)['’]s)\s+(?:start|launch|inception)\b|"
    r"since\s+(?:launching|being\s+(?:set\s+up|launched|formed))\b|"
    r"throughout\s+the\s+(?:[A-Z][\w-]*\s+){1,2}campaign|"
    r"over\s+the\s+(?:last|past)\s+(?:few|several|two|three|four|five|\d+)\s+years\s+"
    r"(?:has|have)\s+seen|"
    r"(?:national|running)\s+total|"
    # "As of July last year, it had seen 746 arrests": an operation's count to a date
    r"\bas\s+of\s+(?:\w+\s+){1,3}?(?:last\s+year|(?:19|20)\d\d)\b[^.;]{0,40}?"
    r"\b(?:had|has|have)\s+(?:seen|made|seized|recorded|led\s+to|resulted\s+in))\b",
    re.IGNORECASE,
)


AS_OF_TOTAL = re.compile(
    r"\bas\s+of\s+(?:\w+\s+){1,3}?(?:last\s+year|(?:19|20)\d\d)\b[^.;]{0,40}?"
    r"\b(?:had|has|have)\s+(?:seen|made|seized|recorded|led\s+to|resulted\s+in)\b",
    re.IGNORECASE,
)
# Every RUNNING_TOTAL alternative holds one of these (lower-cased): the cheap test first.
RUNNING_WORDS = ("across", "national", "since", "from", "throughout", "over", "running", "as of")


def running_total(sentence: str) -> bool:
    """Whether a sentence tells a running total (RUNNING_TOTAL), its words looked for first."""
    lowered = sentence.lower()
    return any(word in lowered for word in RUNNING_WORDS) and bool(RUNNING_TOTAL.search(sentence))


@lru_cache(maxsize=4096)
def counts(sentence: str, period_cues: bool) -> tuple[Found, ...]:
    """Counted figures and weights in one sentence (cached: rules ask up to three times)."""
    # A digit anywhere is the common case and one fast scan; number words are the rest.
    if not (HAS_DIGIT.search(sentence) or HAS_NUMBER_WORD.search(sentence)):
        return ()
    if running_total(sentence):
        return ()
    return tuple(_find_counts(sentence, period_cues))


# Rules whose own start (qualifier, number) is slow to try at every position get a
# gate: a pattern every match of the rule contains, tried first.
GATES: dict[re.Pattern[str], re.Pattern[str]] = {
    PEOPLE_JAILED_RULE: re.compile(PEOPLE_JAILED, re.IGNORECASE),
}


# COUNT_RULES with their keywords (None: always run) and gates, resolved once, each
# pattern beside its lower-case twin (see kg.extract.caseless); the second list holds
# only the rules that run without period cues.
_PREPARED = tuple(
    (
        measure,
        (pattern, lower_twin(pattern)),
        item,
        seizure,
        RULE_KEYWORDS.get(pattern, KEYWORDS.get(measure)),
        (gate, lower_twin(gate)) if (gate := GATES.get(pattern)) is not None else None,
    )
    for measure, pattern, item, seizure in COUNT_RULES
)
WEIGHT_RULES = (WEIGHT_RULE, lower_twin(WEIGHT_RULE))
BARE_WEIGHT_RULES = (BARE_WEIGHT_RULE, lower_twin(BARE_WEIGHT_RULE))
OF_THE_DRUG_RULES = (OF_THE_DRUG_RULE, lower_twin(OF_THE_DRUG_RULE))
WEIGHED_RULES = (WEIGHED_RULE, lower_twin(WEIGHED_RULE))
DURATION_RULES = (DURATION_RE, lower_twin(DURATION_RE))
CUSTODIAL_PAIRS = tuple((pattern, lower_twin(pattern)) for pattern in CUSTODIAL_RULES)
_PREPARED_NO_PERIOD = tuple(rule for rule in _PREPARED if rule[3] or rule[0] in ("WeaponsRemoved",))
COUNT_CUES = Cues(word for rule in _PREPARED for word in rule[4] or ())


def _rules_by_cue(rules: tuple[tuple, ...]) -> tuple[frozenset[int], dict[str, tuple[int, ...]]]:
    """Positions of the rules with no keywords, and keyword → the rules it lets run."""
    unlocks: dict[str, list[int]] = {}
    for index, rule in enumerate(rules):
        for word in rule[4] or ():
            unlocks.setdefault(word, []).append(index)
    always = frozenset(i for i, rule in enumerate(rules) if rule[4] is None)
    return always, {word: tuple(ix) for word, ix in unlocks.items()}


# period_cues → (rules, their keyword index)
_RULES_BY_CUE = {
    True: (_PREPARED, *_rules_by_cue(_PREPARED)),
    False: (_PREPARED_NO_PERIOD, *_rules_by_cue(_PREPARED_NO_PERIOD)),
}


def drug_item(text: str) -> str:
    """A drug as an item: lower case, but a class keeps its capital ("Class A drugs")."""
    if text[:5] != "Class":
        return text.lower()
    return text if text.endswith("drugs") else f"{text} drugs"


def drug_seizure(
    match: re.Match[str], value: Decimal, unit: str, item: str, confidence: float
) -> Found:
    """Drugs seized, from a match with the number in `n` and its qualifier in `q`."""
    return Found(
        "DrugsSeized",
        value,
        qualifier_of(match.group("q")),
        unit,
        match.start("n"),
        match.end("n"),
        item,
        True,
        confidence,
    )


def label_line(sentence: str) -> Found | None:
    """A 'Label: value' line as a figure, when its label names a measure."""
    match = LABEL_LINE.match(sentence)
    if match is None:
        return None
    label_text = match.group("label") or match.group("label_b")  # "- People safeguarded 318"
    label = label_text.lower()
    drug = DRUG_IN_LABEL.search(label_text)
    bare = drug is not None and drug.group(0).lower() == label.strip()  # "Crack cocaine – 412g"
    if not (bare or any(w in label for w in ("seiz", "recovered", "found", "plants"))):
        drug = None
    weight = parse_weight(match.group("n"))
    if drug is not None:
        item = drug_item(drug.group(0))
        value, unit = weight if weight else (parse_number(match.group("n")), "NUM")
        if value is None:
            return None
        return drug_seizure(match, value, unit, item, 0.8)
    if weight is not None:
        return None
    value = parse_number(match.group("n"))
    if value is None:
        return None
    for words, measure, what, seizure in LABEL_MEASURES:
        if any(word in label for word in words):
            return Found(
                measure,
                value,
                "MoreThan" if match.group("plus") else qualifier_of(match.group("q")),
                "YR" if measure == "CustodialYears" else "NUM",
                match.start("n"),
                match.end("n"),
                what,
                seizure,
                0.8,
            )
    return None


# Things only ordered, bought, discussed or moved ("arranged to buy 20 kilos", "discussed getting
# hold of a pistol and 50 rounds") are not seizures unless a seizure verb follows the cue.
ORDERED_CUE = re.compile(
    r"\b(?:ordered|arranged\s+to\s+(?:buy|sell|supply|import|collect)|discuss(?:ed|ing)|"
    r"offered|negotiat(?:ed|ing)|agreed\s+to\s+(?:buy|sell|supply)|tried\s+to\s+(?:buy|get)|"
    r"attempt(?:ed|ing)\s+to\s+(?:buy|source)|getting\s+hold\s+of|sourc(?:ed|ing)|"
    r"plann(?:ed|ing)\s+to\s+(?:buy|import)|"
    # what a gang moved over months is not what was seized ("imported half a tonne")
    r"import(?:ed|ing)|smuggl(?:ed|ing)|suppl(?:ied|ying)|sold|selling|traffick(?:ed|ing)|"
    r"importation\s+of|distribut(?:e|ed|ing)|"  # "helped the group distribute 40 kilos"
    # "arranged the supply of 36 kilos", "brokered the sale of … 300 rounds"
    r"(?:supply|sale|purchase|delivery)\s+of|brokered|brokering|bought|buying|"
    # what the drugs found could have made ("could have led to the supply of half a ton")
    r"could\s+have|would\s+have|enough\s+to\s+(?:make|produce))\b"
)
SEIZED_AFTER = re.compile(
    # "… and a rifle, which were later recovered by police"
    r"[^.;,]{0,40}?(?:,\s*(?:which|that)\s+|\b)(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:also\s+|later\s+|subsequently\s+|then\s+)?(?:seized|recovered|found|discovered|intercepted)\b"
)
SEIZED_CUE = re.compile(r"\b(?:seiz|recover|found|discover|intercept|confiscat)")


TOTAL_WEIGHT_AFTER = re.compile(
    rf"[^.;]{{0,40}}?,\s+(?:totall?ing|in\s+total)\s+{Q}{W}", re.IGNORECASE
)
PER_ITEM_AFTER = re.compile(
    r"[^.;,]{0,30}?\b(?:per|in\s+each|each)\s+(?:parcel|package|packet|block|box|bag|pallet|"
    r"consignment|shipment|load|delivery|trip|run)\b"
)
EACH_CONTAINING = re.compile(
    r"\b(?:packages|blocks|packets)\s+each\s+(?:containing|weighing)\s+(?:[a-z]+\s+)?$"
)


# "convicted of conspiracy to supply a total of 10 kilograms of cocaine": what they
# conspired over, said just before the amount
CONSPIRED_AMOUNT = re.compile(
    r"\bconspiracy\s+to\s+(?:supply|import|export|smuggle)\s+(?:a\s+total\s+of\s+|"
    r"more\s+than\s+|over\s+|around\s+|about\s+|approximately\s+)?$"
)


# "responsible for more than 10 kilograms of cocaine being supplied": moved, not taken
SUPPLIED_AFTER = re.compile(
    r"[^.;,]{0,40}?\bbeing\s+(?:supplied|sold|imported|smuggled|distributed|trafficked|moved)\b"
)


def only_ordered(lowered: str, position: int) -> bool:
    """A seizure count after an ordering cue in its clause, with no seizure verb between,
    or before "being supplied"."""
    if CONSPIRED_AMOUNT.search(lowered, max(0, position - 60), position):
        return True
    if SUPPLIED_AFTER.match(lowered, position) and not SEIZED_CUE.search(
        lowered, max(0, position - 60), position
    ):
        return True  # not "they seized 3kg of cocaine which was being supplied to dealers"
    window = lowered[max(0, position - 120) : position]
    cues = list(ORDERED_CUE.finditer(window))
    if cues and SEIZED_AFTER.match(lowered, position):
        return False  # "… gun trafficking offences and seven firearms have been recovered"
    if not cues or SEIZED_CUE.search(window, cues[-1].end()):
        return False
    # "intercepted a delivery of 20kg of cannabis"; "seized £12,000 which the gang had
    # bought a car with, and 4kg": a seizure verb before the cue keeps what follows seized
    last = cues[-1]
    seized_before = SEIZED_CUE.search(window, max(0, last.start() - 40), last.start())
    return not (seized_before and (last.group(0).endswith(" of") or "," in window[last.end() :]))


# "two pistols, a sawn-off shotgun and a revolver": guns of one list, counted together.
# An item's words before the gun are its make and kind, never a clause ("two men with a gun").
_GUN_COUNT = rf"(?:{NUMBER}|an?|one)\s+"
_GUN_KIND = (
    r"(?!(?:[a-z-]+\s+)?(?:imitation|replica|toy|deactivated|air|bb|airsoft)\s)"
    r"(?:(?!(?:with|and|or|an?|the|of|in|from|to|by|for|at|were|was|had|has|who|which)\b)"
    r"[\w-]+\s+){0,3}?"
    rf"(?:firearm|handgun|pistol|revolver|shotgun|rifle|sub-machine\s+gun|gun)s?\b{NOT_A_GUN_AFTER}"
)
_GUN_ITEM = _GUN_COUNT + _GUN_KIND
# an item of the list that is no firearm: "a revolver, an imitation pistol and two shotguns"
_NOT_A_GUN_ITEM = (
    rf"(?:{NUMBER}|an?|one)\s+(?:[a-z-]+\s+)?(?:imitation|replica|toy|deactivated|air|bb|airsoft)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:firearm|handgun|pistol|revolver|shotgun|rifle|gun)s?\b"
)
_GUN_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
GUN_LIST = re.compile(
    rf"\b{_GUN_ITEM}(?:{_GUN_JOIN}(?:{_NOT_A_GUN_ITEM}{_GUN_JOIN})?{_GUN_ITEM})+", re.IGNORECASE
)
# "seized 43 firearms, including two pistols and a revolver": a breakdown, no more guns
BREAKDOWN_BEFORE = re.compile(
    r"\b(?:including|includ(?:es|ed)|among\s+them|amongst\s+them|comprising|such\s+as|of\s+which)"
    r"\s*:?\s*$"
)
GUN_ITEM = re.compile(rf"\b(?P<n>{NUMBER}|an?|one)\s+(?={_GUN_KIND})", re.IGNORECASE)
GUN_WORDS = ("gun", "pistol", "rifle", "revolver", "firearm")
GUN_LIST_SEIZED_BEFORE = re.compile(r"\b(?:seiz|found|finds|recover|discover)\w*\b[^.;]{0,90}$")


def gun_list(lowered: str) -> tuple[Found | None, list[tuple[int, int]]]:
    """Guns listed together after a seizure verb (or before "were seized"): one count summed
    over every such list of the sentence ("a pistol and a revolver in the loft and two
    shotguns and a rifle in the shed"), and the spans of all lists, a breakdown's too."""
    total = Decimal(0)
    spans: list[tuple[int, int]] = []
    counted: list[tuple[int, int]] = []
    for match in GUN_LIST.finditer(lowered):
        spans.append((match.start(), match.end()))
        if BREAKDOWN_BEFORE.search(lowered, max(0, match.start() - 20), match.start()):
            continue  # "43 firearms, including two pistols and a revolver"
        seized = GUN_LIST_SEIZED_BEFORE.search(lowered, 0, match.start()) or SEIZED_AFTER.match(
            lowered, match.end()
        )
        if not seized or only_ordered(lowered, match.start()):
            continue
        for item in GUN_ITEM.finditer(lowered, match.start(), match.end()):
            word = item.group("n")
            value = Decimal(1) if word in ("a", "an", "one") else parse_number(word)
            if value is None:
                return None, spans
            total += value
        counted.append((match.start(), match.end()))
    if not counted:
        return None, spans
    start, end = counted[0][0], counted[-1][1]
    return Found("FirearmsSeized", total, "Exact", "NUM", start, end, "firearms", True, 0.8), spans


# Between two weights of one list: an approximate first one makes the rest approximate.
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
AGES_BEFORE = re.compile(r"\baged\s+(?:\d{1,2},?\s+)+(?:and\s+)?$", re.IGNORECASE)
# "charged with more than 20 offences": charges, like "charged with 20 offences" (the
# rule's own look-behind), whose qualifier the rule's match may have left out
CHARGED_WITH_BEFORE = re.compile(rf"\bwith\s+(?:(?:{QUALIFIER_PATTERN})\s+)?$", re.IGNORECASE)


def _find_counts(sentence: str, period_cues: bool) -> Iterator[Found]:
    lowered = sentence.lower()
    if len(sentence) < 120 and LABEL_CUE.search(sentence):
        labelled = label_line(sentence)
        if labelled is not None and (period_cues or labelled.seizure):
            yield labelled
            return
    # Matches on the lower-cased text (same offsets) unless lowering changed its length;
    # everything read from them below is case-free but the drug class, read from `sentence`.
    twin = int(len(lowered) == len(sentence))
    text = lowered if twin else sentence
    taken: list[tuple[int, int]] = []
    if twin and any(word in lowered for word in GUN_WORDS):
        gun_found, gun_spans = gun_list(lowered)
        taken += gun_spans  # a list's items are counted in it, or are a breakdown
        if gun_found is not None:
            yield gun_found
    # The rules with a keyword in the sentence (`word in lowered`), in rule order.
    rules, always, unlocks = _RULES_BY_CUE[period_cues]
    chosen = set(always)
    for word in COUNT_CUES.present(lowered):
        chosen.update(unlocks.get(word, ()))
    for index in sorted(chosen):
        measure, patterns, item, seizure, _, gates = rules[index]
        if gates is not None and not gates[twin].search(text):
            continue
        pattern = patterns[twin]
        for match in pattern.finditer(text):
            value = parse_number(match.group("n"))
            if value is None:
                continue
            # "nine men had been arrested and later charged": one count of two steps
            both_steps = measure == "PeopleCharged" and ARRESTED_AND_CHARGED.search(match.group(0))
            if not both_steps and any(
                match.start("n") < e and s < match.end("n") for s, e in taken
            ):
                continue
            if re.fullmatch(r"(?:19|20)\d\d", match.group("n")):
                continue
            if value != int(value):
                continue  # "3.27 disruptions per 1,000 people": a rate, not a count
            if text[max(0, match.start("n") - 1) : match.start("n")] in ("£", "$", "€"):
                continue  # "£24,750 taken from victims" is money, not people
            if AGES_BEFORE.search(text, max(0, match.start("n") - 40), match.start("n")):
                continue  # "three men aged 28, 23, and 29 were arrested": an age, not a count
            if measure == "OffencesCommitted" and CHARGED_WITH_BEFORE.search(
                text, max(0, match.start("n") - 30), match.start("n")
            ):
                continue
            taken.append((match.start("n"), match.end("n")))
            if seizure and only_ordered(lowered, match.start("n")):
                continue
            surrendered = (
                measure == "FirearmsSeized"
                and bool(HANDED_IN.search(lowered))
                and not SEIZED_CUE.search(lowered)
            )
            item_text = item
            if "item" in (pattern.groupindex or {}) and match.group("item") and item:
                item_text = item if measure != "DrugsSeized" else match.group("item").lower()
                if item_text == "plants":
                    item_text = "cannabis plants" if "cannabis" in lowered else "plants"
                elif " each " in item_text:  # "packages each containing … of cocaine"
                    item_text = f"{item_text.split()[0]} of {item_text.split()[-1]}"
            found = Found(
                "WeaponsRemoved" if surrendered else measure,  # handed in, not seized
                value,
                "AtLeast"
                if match.groupdict().get("rng")
                else qualifier_of(match.groupdict().get("q")),
                "NUM",
                match.start("n"),
                match.end("n"),
                item_text,
                seizure and not surrendered,
                0.85,
            )
            yield found
            if measure == "Victims" and ALSO_SAFEGUARDED.match(text, match.end()):
                # "… were recognised as victims of exploitation and safeguarded": both counts
                yield dataclasses.replace(found, measure="PeopleSafeguarded", confidence=0.8)
            if measure == "PeopleSafeguarded" and (
                more := AND_MORE_PEOPLE.match(text, match.end("n"), match.end())
            ):
                second = parse_number(more.group("n"))
                if second is not None and not any(
                    more.start("n") < e and s < more.end("n") for s, e in taken
                ):
                    taken.append((more.start("n"), more.end("n")))
                    yield dataclasses.replace(
                        found, value=second, start=more.start("n"), end=more.end("n")
                    )
            if measure == "PeopleSafeguarded" and NAMED_VICTIMS.search(match.group(0)):
                # "Eleven women were identified as victims and safeguarded": both counts
                yield dataclasses.replace(found, measure="Victims", confidence=0.8)
    if "victim" in lowered:
        for match in ONE_VICTIM.finditer(text):
            yield Found(
                "Victims",
                Decimal(1),
                "Exact",
                "NUM",
                match.start("n"),
                match.end("n"),
                None,
                False,
                0.7,
            )
    if not HAS_WEIGHT.found(sentence):
        return
    named = False  # a drug named beside its weight; else a bare weight found or seized
    listed: tuple[int, str] | None = None  # end and qualifier of the weight before
    conspired: int | None = None  # end of a weight only conspired over, just before
    totalled: set[int] = set()  # weights already read as a total after a per-parcel one
    for match in WEIGHT_RULES[twin].finditer(text):
        parsed = parse_weight(match.group("n"))
        if parsed is None or match.start("n") in totalled:
            continue
        if only_ordered(lowered, match.start("n")) or (
            conspired is not None and LIST_JOIN.fullmatch(text, conspired, match.start())
        ):
            conspired = match.end()  # "… a total of 10 kilograms of cocaine and 20 kilograms"
            continue
        conspired = None
        if EACH_CONTAINING.search(lowered, max(0, match.start() - 40), match.start()):
            continue  # "97 packages each containing approximately a kilo": the packages count
        if PER_ITEM_AFTER.match(lowered, match.end()):
            # "between 3kg and 5kg of cocaine was discovered per parcel": no total; but
            # ", totalling 15kg" after it is the seizure, of the same drug
            total = TOTAL_WEIGHT_AFTER.match(text, match.end())
            parsed_total = parse_weight(total.group("n")) if total else None
            if total is not None and parsed_total is not None:
                named = True
                totalled.add(total.start("n"))
                item = drug_item(sentence[match.start("item") : match.end("item")])
                yield Found(
                    "DrugsSeized",
                    parsed_total[0],
                    qualifier_of(total.group("q")),
                    parsed_total[1],
                    total.start("n"),
                    total.end("n"),
                    item,
                    True,
                    0.85,
                )
            continue
        value, unit = parsed
        item = drug_item(sentence[match.start("item") : match.end("item")])
        named = True
        found = drug_seizure(match, value, unit, item, 0.9)
        if (
            listed is not None
            and match.group("q") is None
            and LIST_JOIN.fullmatch(text, listed[0], match.start())
        ):
            # "approximately 18kg of cocaine, 15kg of cannabis and 1kg of MDMA"
            found = dataclasses.replace(found, qualifier=listed[1])
        listed = (match.end(), found.qualifier) if found.qualifier == "Approximately" else None
        yield found
    bare = () if named else (BARE_WEIGHT_RULES[twin], OF_THE_DRUG_RULES[twin], WEIGHED_RULES[twin])
    for match in (match for rule in bare for match in rule.finditer(text)):
        parsed = parse_weight(match.group("n"))
        if parsed is not None:
            named_item = match.groupdict().get("item")
            item = drug_item(named_item) if named_item else "drugs"
            yield drug_seizure(match, *parsed, item, 0.7)


def custodial_years(sentence: str) -> Iterator[Found]:
    """'jail sentences of almost 500 years' (a period total, not one case)."""
    seen: set[int] = set()
    lowered = sentence.lower()
    if "years" not in lowered or running_total(sentence):
        return  # every rule counts years; a running total is no period's
    twin = int(len(lowered) == len(sentence))
    text = lowered if twin else sentence
    for patterns, words in zip(CUSTODIAL_PAIRS, CUSTODIAL_WORDS, strict=True):
        if not any(word in lowered for word in words):
            continue
        for match in patterns[twin].finditer(text):
            if match.start("d") in seen:
                continue
            value = parse_number(match.group("d"))
            if value is None:
                continue
            seen.add(match.start("d"))
            yield Found(
                "CustodialYears",
                value,
                qualifier_of(match.groupdict().get("q")),
                "YR",
                match.start("d"),
                match.end("d"),
                None,
                False,
                0.85,
            )


@lru_cache(maxsize=4096)
def money(sentence: str) -> tuple[tuple[int, int, Decimal, str, str], ...]:
    """Every amount of money: (start, end, value, currency, qualifier).

    Cached: the case rules read a sentence's amounts up to three times.
    """
    words = "pounds" in sentence or "euros" in sentence
    if not words and "£" not in sentence and "€" not in sentence and "$" not in sentence:
        return ()
    # Without "pounds"/"euros" only the currency-sign branch of MONEY_RE can match, and
    # alone it starts with a literal sign the regex engine skips to; the word branch
    # (a number at every position) is what makes the full pattern slow.
    lowered = sentence.lower() if not words else ""
    pattern = MONEY_RE if words or "pounds" in lowered or "euros" in lowered else MONEY_SIGN_RE
    found: list[tuple[int, int, Decimal, str, str]] = []
    for match in pattern.finditer(sentence):
        if found and match.start() < found[-1][1]:
            continue  # the high end of a range already read
        high = (
            MONEY_RANGE_HIGH.match(sentence, match.end())
            or MONEY_RANGE_TO.match(sentence, match.end())
            if match.group("sign")
            else None
        )
        if high is not None:
            # "£44-64 million", "£480,000 to £600,000": the range's high end, as "between
            # £44m and £64m" says it
            parsed = parse_money(f"{match.group('sign')}{high.group(1)}{high.group(2) or ''}")
            if parsed is not None:
                found.append((match.start(), high.end(), parsed[0], parsed[1], "UpTo"))
            continue
        parsed = parse_money(match.group(0))
        if parsed is None:
            continue
        value, currency = parsed
        found.append(
            (match.start(), match.end(), value, currency, qualifier_before(sentence, match.start()))
        )
    return tuple(found)


MONEY_RANGE_TO = re.compile(r"\s+to\s+[£€$](\d[\d,.]*)(\s*(?:million|billion|bn|m|k)\b)?", re.I)
MONEY_RANGE_HIGH = re.compile(
    r"\s?[-–]\s?[£€$]?(\d[\d,.]*)(\s*(?:million|billion|bn|m|k)\b|(?<=\d,\d\d\d)(?!\d))", re.I
)


# A worth said of a weight just given ("17.9 grams of heroin worth £1440").
WEIGHED_WORTH = re.compile(
    r"\d\s*(?:kg|g|grams?|grammes?|kilos?|kilograms?|tonnes?|ounces?|oz)\s+of\s+[^,;£]{0,40}?"
    r"\b(?:worth|valued\s+at)\s+(?:about\s+|around\s+|an\s+estimated\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)


# Goods other than drugs or cash, valued: "gold bullion worth more than £6,000",
# "£356,000 worth of tobacco", "stolen cars valued at £600,000". No measure or money kind
# fits (street value is what drugs fetch), and the gold convention records none.
GOODS = (
    r"(?:gold\s+)?bullion|gold|jewellery|jewelry|watches|vehicles|cars|motorcycles|vans|"
    r"machinery|equipment|tobacco|cigarettes|alcohol|goods|clothing|handbags|fuel|"
    r"tools|caravans|boats?"
)
GOODS_VALUED = re.compile(
    rf"\b(?:{GOODS})\s+(?:worth|valued\s+at)\s+(?:(?:{QUALIFIER_PATTERN})\s+)?$", re.IGNORECASE
)
WORTH_OF_GOODS = re.compile(
    r"\s+(?:worth\s+)?of\s+(?:(?:stolen|counterfeit|fake|designer|illicit|smuggled|contraband|"
    rf"high-value|luxury)\s+)?(?:{GOODS})\b",
    re.IGNORECASE,
)


def values_goods(sentence: str, start: int, end: int) -> bool:
    """Whether the amount at sentence[start:end] is what goods (not drugs, not cash) are worth."""
    return bool(
        GOODS_VALUED.search(sentence, max(0, start - 60), start)
        or WORTH_OF_GOODS.match(sentence, end)
    )


# a rate, no sum: "£20,000 per week", "£10 to £15 per gram"
PER_PERIOD_AFTER = re.compile(
    r"[^.;,]{0,40}?\s(?:per|every)\s+(?:day|week|month|year|gram|kilo|kg|ounce|wrap|deal)\b"
    r"|\s*(?:per|a|each|every)\s+(?:day|week|month|year|gram|kilo|kg|ounce|wrap|deal)\b"
    # "up to £5,000 a trip", "£81,250 per victim": what one of many came to
    r"|\s*(?:per|a|each|every)\s+(?:trip|run|journey|job|delivery)\b"
    # not "stole £2,000 a victim had saved": "a victim" is no rate
    r"|\s*(?:per|each|every)\s+(?:victim|person|head)\b",
    re.IGNORECASE,
)
# "… arrested 62 people, and seized nearly £4,500": money seized is cash
SEIZED_SUM_LEFT = re.compile(
    r"\b(?:seized|seizing)\s+(?:(?:more\s+than|over|almost|nearly|around|about|approximately|"
    r"some)\s+)?$",
    re.IGNORECASE,
)


def measured_money(sentence: str) -> Iterator[tuple[int, int, Decimal, str, str, str]]:
    """Amounts a period measure names: (start, end, value, currency, qualifier, measure)."""
    if running_total(sentence):
        return  # "more than £5 million of cash in the two years since": no period's figure
    amounts = money(sentence)
    spans = sorted((s, e) for s, e, *_ in amounts)
    place = {span: number for number, span in enumerate(spans)}
    for start, end, value, currency, qualifier in amounts:
        # the amounts either side bound its clause (all the others would say no more)
        number = place[(start, end)]
        neighbours = spans[max(0, number - 1) : number] + spans[number + 1 : number + 2]
        measure = money_measure(sentence, start, end, neighbours)
        if measure == "DrugsSeized" and WEIGHED_WORTH.search(sentence, max(0, start - 80), start):
            continue  # "313.4 grams of crack cocaine worth £31,380": the weight is the figure
        if PER_PERIOD_AFTER.match(sentence, end):
            continue  # "almost £20,000 per week in cash … were removed": a rate, no total
        if measure is not None:
            yield start, end, value, currency, qualifier, measure


def money_measure(sentence: str, start: int, end: int, others: list[tuple[int, int]]) -> str | None:
    """The measure named nearest to an amount, within its own clause."""
    left = max([e for s, e in others if e <= start] + [0])
    right = min([s for s, e in others if s >= end] + [len(sentence)])
    best: tuple[int, str] | None = None
    if drugs_worth(sentence, start, end):
        return "DrugsSeized"  # "drugs worth more than £90,000, cash worth £54,800"
    if IN_CASH_RIGHT.match(sentence, end) or SEIZED_SUM_LEFT.search(
        sentence, max(0, start - 30), start
    ):
        # "Confiscated £4.3m in cash", "seized nearly £4,500": taken at the door, not ordered
        return "CashSeized"
    if values_goods(sentence, start, end):
        return None  # "… £36,000 in cash and £356,000 worth of tobacco": goods, no measure
    for measure, pattern in MONEY_KEYWORDS:
        if measure == "DrugsSeized":
            continue  # only as above: never "… of Class A drugs, £3.7 million in cash"
        for match in pattern.finditer(sentence, left, right):
            if match.end() <= start and LINKED_TO_AMOUNT.fullmatch(sentence, match.end(), start):
                # "111 confiscation orders totalling £2,171,110, five cash forfeitures …":
                # the amount of the measure that leads to it, not of the nearer next one
                distance = -1
            else:
                distance = match.start() - end if match.start() >= end else start - match.end()
            if best is None or distance < best[0]:
                best = (distance, measure)
    return best[1] if best else None


def drugs_worth(sentence: str, start: int, end: int) -> bool:
    """Whether the amount at sentence[start:end] is what drugs taken were worth."""
    return bool(
        DRUGS_TAKEN.search(sentence)
        and (
            WORTH_OF_DRUGS.match(sentence, end)
            or DRUGS_WORTH.search(sentence, max(0, start - 90), start)
            or (
                BARE_WORTH_AFTER.match(sentence, end)
                and DRUG_NAMED_BEFORE.search(sentence, max(0, start - 90), start)
            )
        )
    )


# "records for cocaine seizures after intercepting more than £1 billion worth in a summer"
BARE_WORTH_AFTER = re.compile(r"\s+worth\b(?!\s+of\b)", re.IGNORECASE)
DRUG_NAMED_BEFORE = re.compile(rf"\b{DRUG_NAMES}\b[^.;£]{{0,70}}$", re.IGNORECASE)


HAS_DURATION = Caseless(
    re.compile(r"\b(?:years?|yrs?|months?|mths?|weeks?|days?)\b", re.IGNORECASE)
)


@lru_cache(maxsize=4096)
def durations(sentence: str) -> tuple[tuple[int, int, Decimal, str], ...]:
    """Every length of time: (start, end, value, unit).

    Cached: outcomes and amounts both read every sentence's durations.
    """
    if not HAS_DURATION.found(sentence):
        return ()
    found = []
    lowered = sentence.lower()
    twin = int(len(lowered) == len(sentence))
    for match in DURATION_RULES[twin].finditer(lowered if twin else sentence):
        parsed = parse_duration(match.group(0))
        if parsed is not None:
            found.append((match.start(), match.end(), parsed[0], parsed[1]))
    return tuple(found)
