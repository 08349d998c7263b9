"""People with their posts: officers by rank, heads of units, commissioners, speakers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.entities.organisations import OrgRules
from kg.extract.entities.patterns import NAME, NAME_WORD, OWNER_NAME, POST_WORDS, PROSECUTORS
from kg.extract.facts import PersonFact, PostFact
from kg.extract.gazetteer import normalise_name
from kg.extract.lexicon import DEMONYMS, GIVEN_NAMES, RANK_PATTERN, RANKS, STREET_WORDS, TITLES
from kg.extract.pipeline import Sentence

# Every RELATIVE_NAMED match holds one of these: the cheap test first.
# Family words: a relative named after one ("his sister Shainie Payton") is a person, and
# one named after one is no second spelling of someone else ("his son Paul Reilly").
FAMILY_WORDS = (
    "brother-in-law",
    "sister-in-law",
    "stepfather",
    "stepson",
    "girlfriend",
    "boyfriend",
    "daughter",
    "husband",
    "partner",
    "brother",
    "sister",
    "nephew",
    "father",
    "mother",
    "cousin",
    "uncle",
    "niece",
    "aunt",
    "wife",
    "son",
)
FAMILY = "|".join(re.escape(word) for word in FAMILY_WORDS)
# Every RELATIVE_NAMED match holds one of these: the cheap test first.
RELATIVE_WORDS = tuple(f"{word} " for word in FAMILY_WORDS)
RELATIVE_NAMED = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:younger|older|elder|twin)\s+)?(?:{FAMILY})\s+"
    # "his son Patrick Dean Connors": a middle name too
    rf"(?P<name>{NAME_WORD}[ \t]+{NAME_WORD}(?:[ \t]+{NAME_WORD})?)(?![\w-])"
)
# "Lithuanian nationals Konstantin Sasmurin and Linus Ratautas": whole names after a
# nationality, first names known or not
NATIONALS_NAMED = re.compile(
    rf"\b(?:{'|'.join(DEMONYMS)})\s+nationals?\s+(?P<name>{NAME_WORD}[ \t]+{NAME_WORD})(?![\w-])"
    rf"(?:\s+and\s+(?P<name2>{NAME_WORD}[ \t]+{NAME_WORD})(?![\w-]))?"
)
BUSINESS_WORDS = frozenset(
    {
        "Homes",
        "Lettings",
        "Properties",
        "Motors",
        "Services",
        "Solutions",
        "Holdings",
        "Estates",
        "Cars",
        "Trading",
        "Logistics",
        "Transport",
        "Builders",
        "Construction",
        "Developments",
        "Investments",
        "Imports",
        "Supplies",
    }
)
COURTESY = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir"})
OWN_AGE_AFTER = re.compile(r"\s*(?:,\s*(?:aged\s+)?|\(\s*)\d{1,2}\b")
FAMILY_BEFORE = re.compile(rf"\b(?:{FAMILY}|relative|relation)s?,?\s+$", re.IGNORECASE)
# Three or more whole names of two words in a list: "A B, C D and E F"
TWO_WORD_NAME = re.compile(rf"(?<![\w-]){NAME_WORD}[ \t]+{NAME_WORD}(?![\w-])")
NAME_LIST = re.compile(
    rf"(?<![\w-]){NAME_WORD}[ \t]+{NAME_WORD},[ \t]+(?:{NAME_WORD}[ \t]+{NAME_WORD},[ \t]+)*"
    rf"{NAME_WORD}[ \t]+{NAME_WORD}[ \t]+and[ \t]+{NAME_WORD}[ \t]+{NAME_WORD}(?![\w-])"
)
NICKNAME = re.compile(r"""\s+(?:["“‘'][A-Z][\w-]*["”’']|\([A-Z][a-z]+\))""")
NOT_NAME_START = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "They",
        "It",
        "This",
        "That",
        "These",
        "Those",
        "Police",
        "Officers",
        "Detectives",
        "Judge",
        "Court",
        "Crown",
        "Head",
        "Minister",  # "said Minister Long": a title and a surname
        "Highlights",
        "Operation",
        "Op",
        "Supt",  # "Ch Supt Hartley added": a rank and a surname
        "Insp",
        "Jailed",
        "Sentenced",
        "Convicted",
        "Charged",
        "Speaking",
        # "Sentencing Cierniak, Judge Emma Peters said": a participle before a surname
        "Sentencing",
        "Jailing",
        "Passing",
        "Addressing",
        "Commenting",
        "Welcoming",
        "Praising",
        "Responding",
        "Describing",
        "After",
        "Following",
        "During",
        "Today",
        "Yesterday",
        "Last",
        # "Meanwhile Carty was arrested at the flat": a sentence's adverb and a surname
        "Meanwhile",
        "However",
        "Later",
        "Earlier",
        "Separately",
        "Subsequently",
        "Previously",
        "Additionally",
        "Afterwards",
        "Meantime",
        # "between September and November Stephen Macey, 25, … pleaded guilty": a month
        # (not April, May, June or August: first names too)
        "January",
        "February",
        "March",
        "July",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "In",
        "On",
        "At",
        "Of",
        "For",
        "And",
        "But",
        "When",
        "While",
        "Café",  # "Staff at Café Rouge said"
        "If",  # "If Van Le had been trafficked, he would have been deported"
        "With",  # "The charity We Are With You said": a name of words, not a person
        "We",
        "You",
        "Our",
        "Your",
        "Unless",
        "Although",
        "Once",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Sir",
        "Lord",
        "Lady",
        "Regional",
        "National",
        "Eastern",
        "Western",
        "Northern",
        "Southern",
        "Class",
        "His",
        "Her",
        "Their",
        "Our",
        "We",
        "Deputy",
        "Assistant",
        "Chief",
        "Detective",
        "Investigating",
        "Senior",
        "Officer",
        "Branch",
        "Operations",
        "Commander",
        "Manager",
        "Specialist",
        "Prosecutor",
        "Investigator",
        "Procurator",
        "Fiscal",
        "Depute",
        "Sheriff",
        "Inspector",
        "Superintendent",
        "Sergeant",
        "Constable",
        "Commissioner",
        "Director",
    ]
)
# Letters after a name ("Mr Roddick CB QC, the … Commissioner, said"): not the title.
POSTNOMINALS = r"(?:[ \t\u00a0]+(?:CB|QC|KC|OBE|MBE|CBE|KBE|DBE|QPM|KPM|DL|JP|MP|MSP|MS|AM|MLA))*"
TITLE_NAMES = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir)\s+)?"
POLICE_RANKS = frozenset(
    {
        "ChiefConstable",
        "DeputyChiefConstable",
        "AssistantChiefConstable",
        "DetectiveChiefSuperintendent",
        "DetectiveSuperintendent",
        "DetectiveChiefInspector",
        "DetectiveInspector",
        "DetectiveSergeant",
        "DetectiveConstable",
        "ChiefSuperintendent",
        "Superintendent",
        "ChiefInspector",
        "Inspector",
        "Sergeant",
        "PoliceConstable",
    }
)
SCOTTISH_COURT = re.compile(
    r"\bSheriff\s+Court\b|\bProcurator\s+Fiscal\b|\bHigh\s+Court\s+in\s+Glasgow"
)
# The areas a title serves, listed up to an "and": "Commander for Gwynedd and "
AREAS_LISTED_BEFORE = re.compile(
    r"\b(?:for|of|across|covering)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*\s+and\s+$"
)
RANK_CUE = re.compile(
    r"\b(?:Det|DC|DS|DI|DCI|DCS|Detective|Chief|Superintendent|Supt|Inspector|Insp|Judge|Recorder|"
    r"Justice|HHJ|PCC|ACC|DCC|Commissioner|Constable|Assistant|Deputy|Temporary|Acting|His|Her|"
    r"Senior|Branch|Operations|Commander|PC|Sergeant|Sgt|Procurator|Advocate|Fiscal|Sheriff|"
    r"Crown|Specialist|"
    r"detective|inspector|superintendent|commander|judge|sergeant|constable)\b"
)
# Bodies no police rank belongs to: a department, or a council of chiefs whose leads are
# each a force's officer ("the NPCC lead …, Chief Constable X").
NO_POLICE_RANKS = frozenset(
    {
        "home-office",
        "department-for-work-and-pensions",
        "royal-navy",
        "national-police-chiefs-council",
        "acpo",
        "europol",
        "interpol",
    }
)
SAYS = re.compile(
    r"\b(?:said|says|added|explained|commented|stated|told|warned|praised|welcomed)\b"
)
# The written-out rank for a role, for post labels ("DC" → "Detective Constable").
ROLE_NAMES: dict[str, str] = {}
for _rank, _role in RANKS.items():
    if " " in _rank and not _rank.startswith(("Det ", "Ch ", "Acting", "Temporary", "His", "Her")):
        ROLE_NAMES.setdefault(_role, _rank)
ROLE_NAMES.update(
    Superintendent="Superintendent", Inspector="Inspector", Judge="Judge", Sergeant="Sergeant"
)
# Words of an organisation's name that are never part of a person's.
# The last word of a company's name: "Kyle Mason Holdings" is no Kyle Mason.
COMPANY_WORDS = frozenset({"Holdings", "Ltd", "Limited", "Plc", "PLC", "LLP", "Enterprises"})
ORG_WORDS = (
    frozenset(
        {
            "Police",
            "Constabulary",
            "Court",
            "Unit",
            "Agency",
            "Crime",
            "Service",
            "Command",
            "Team",
            "Branch",
            "Squad",
            "Directorate",
            "Department",
            "Partnership",
            "Taskforce",
            "Office",
            "Force",
            "Order",
            "Orders",  # "Confiscation Orders were given to …"
            "Commander",  # "Sheffield Commander, Chief Superintendent X": a post
            "Commissioner",  # "Staffordshire Commissioner Ben Adams has praised …": a title
            # a crime, never a person: "Lead PCC on Modern Slavery & Human Trafficking said"
            "Trafficking",
            "Slavery",
            "Laundering",
            "Smuggling",
        }
    )
    | COMPANY_WORDS
)
# "driven by Peter Bark", "Police charged Gregory Morgan, Simon Newman …": a first name
# from given_names.txt and a surname name a person when no other rule does.
CAPITALISED_BEFORE_CAPITAL = re.compile(r"\b([A-Z][a-z]+)[ \t\u00a0]+(?=[A-Z])")
SURNAMES_AFTER = re.compile(rf"(?:[ \t\u00a0]+{NAME_WORD}){{1,3}}")
PLACE_BEFORE = re.compile(r"\b(?:in|near|around|across|at)\s+$")
# "counterfeit items of brands including Chanel, Louis Vuitton and Michael Kors": names
# told with no cue in a sentence about fake or branded goods are the brands
BRANDED_GOODS = re.compile(
    r"\b(?:brands?|branded|counterfeits?|fakes?|designer|logos?|trade\s*marks?)\b", re.IGNORECASE
)
# A brand in a list: "included Chanel, Louis Vuitton and Gucci" (a name on both sides of
# it, or "including" before), never "X, who ran the stall" or "in the names of X and Y"
BRAND_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|\bincluding|\bincluded|\bsuch\s+as)\s+$", re.I)
BRAND_LIST_AFTER = re.compile(r"\s*,(?!\s*(?:who|aged|\d|of|from)\b)|\s+(?:and|or)\s+[A-Z]|\s*\.")
BRAND_LIST_OPENING = re.compile(
    r"\b(?:including|included|includes|such\s+as|brands?|labels?|makes?)\b(?![^.;]*\bnames?\s+of\b)",
    re.IGNORECASE,
)
# A brand naming the goods: "fake Michael Kors handbags", "counterfeit Ralph Lauren"
BRAND_GOODS_BEFORE = re.compile(r"\b(?:fake|counterfeit|branded|imitation)\s+$", re.IGNORECASE)
BRAND_GOODS_AFTER = re.compile(
    r"\s+(?:hand)?bags?\b|\s+(?:clothing|clothes|shirts|trainers|shoes|watches|perfumes?|"
    r"goods|items|products|belts|jackets|sunglasses|polo\s+shirts|tracksuits)\b"
)
# The word before a first name, when it is capitalised: "Brian Anthony Hughes" is one name.
WORD_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t\u00a0]+$")
# Words after a first name that make a place, a building or a body, not a surname.
NOT_SURNAME = frozenset(STREET_WORDS) | frozenset(
    {
        "Park", "Estate", "Bridge", "Station", "Airport", "Centre", "House", "Hall",
        "Hospital", "School", "College", "University", "Prison", "Hotel", "Act",
        "Award", "Awards", "Trust", "Foundation", "Fund", "Cup", "Day", "Week", "Jailed",
        "Sentenced", "Convicted", "Charged", "Arrested", "Guilty", "Gang", "Group", "Dock",
        "Docks", "Quay", "Wharf", "Port", "Harbour", "Marina", "Canal", "Basin",
    }
)  # fmt: skip
SAID = r"(?:said|says|added|explained|commented|stated|told|warned|praised|welcomed)"
TITLE_TEXT = (
    r"(?:Police,\s+Fire\s+and\s+Crime\s+Commissioner[^,;:“”\"]{0,80}|"
    # "Assistant Director, Fraud Investigation Service, HMRC"
    r"(?:Assistant\s+|Deputy\s+)?Director(?:,\s+[A-Z][^,;:“”\"]{1,60}?){1,2}|"
    # "Procurator Fiscal for Tayside, Central and Fife"
    r"(?:Area\s+)?Procurator\s+Fiscal\s+for\s+[A-Z][\w ]{1,40}(?:,\s+[A-Z][\w ]{1,40}){1,2}|"
    # "Specialist Fraud Prosecutor, Crown Prosecution Service"
    r"(?:[A-Z][a-z]+\s+){0,3}Prosecutor,\s+(?:the\s+)?(?:Crown\s+Prosecution\s+Service|CPS)"
    r"(?:\s+[A-Z][\w/]*){0,4}|"
    r"[^,;:“”\"]{3,160}?)"
)
SAID_TITLE = re.compile(
    rf"(?P<name>{TITLE_NAMES}{NAME}){POSTNOMINALS},\s+(?P<title>{TITLE_TEXT}),?\s+"
    # "…, T/Chief Constable of Devon & Cornwall Police, representing the five forces said:"
    r"(?:(?:representing|speaking\s+for|on\s+behalf\s+of)\s+[^,;:“”\"]{3,60}?,?\s+)?"
    # "…, Director of Threat Leadership at the NCA, yesterday said:"
    rf"(?:(?:yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\s+)?{SAID}\b"
)
# "“…,” said Andy Archibald, head of the NCCU.": the saying first, then the name and title
SAID_NAME_TITLE = re.compile(
    rf"\b{SAID}\s+(?P<name>{TITLE_NAMES}{NAME}){POSTNOMINALS},\s+(?P<title>{TITLE_TEXT})"
    r"(?=\s*(?:[.;]|$))"
)
RANK_WORD_BEFORE = re.compile(r"\b(?:Det|Detective|Police|Chief|Ch|Acting|Temp)\.?\s+$")
OF_BEFORE = re.compile(r"\b(?:of|for)\s+$")
FORCE_CHIEFS = frozenset({"ChiefConstable", "DeputyChiefConstable", "AssistantChiefConstable"})
# "Head of the NCA's Border Policing Command, Tony Keane, said": the title first.
TITLE_FIRST = re.compile(
    rf"\b(?P<title>(?:(?:[A-Z][\w&]*\s+){{1,3}})?(?:Head|Director(?:\s+General)?|Deputy\s+Director)"
    rf"\s+(?:of|for)\s+[^,;:“”\"]{{3,80}}?),"
    # "The Head of NERSOU, Detective Chief Superintendent Alastair Simpson, praised …"
    rf"\s+(?P<rank>(?:{RANK_PATTERN})\.?\s+)?(?P<name>{NAME}),?\s+{SAID}\b"
)
# "Senior investigating officer for the NCA Alan French said": title, its organisation,
# then the name with no comma between.
TITLE_ORG_NAME = re.compile(
    r"\b(?P<title>(?:[Ss]enior\s+[Ii]nvestigating\s+[Oo]fficer|SIO|[Bb]ranch\s+[Cc]ommander|"
    r"[Oo]perations\s+[Mm]anager|(?:[Dd]eputy\s+)?[Dd]irector|[Hh]ead\s+of\s+[A-Z][\w ]{2,40}?)"
    r"\s+(?:for|of|at|from|with)\s+(?:the\s+)?[A-Z][\w'’&]*(?:\s+[A-Z][\w'’&]*){0,4}?|"
    # "Head of the Regional Organised Crime Unit Tony Creely said"
    r"[Hh]ead\s+of\s+(?:the\s+)?(?:[A-Z][\w'’&]*\s+){0,5}?"
    r"(?:Unit|Team|Squad|Command|Directorate|Agency|Service|Branch|[A-Z]{3,})|"
    # "NCA senior investigating officer Andrew MacGill said"
    # "Border Force Regional Director, David Smith said"
    r"(?:[A-Z][\w'’&]*\s+){1,5}(?i:senior\s+investigating\s+officer|branch\s+commander|"
    r"operations\s+manager|(?:deputy\s+)?director),?)"
    rf"\s+(?P<name>{NAME}),?\s+{SAID}\b"
)
# Ranks as news copies write them too: "NCA branch commander Mark Howes", "detective
# inspector Ann Lowe" (the name keeps its capitals).
# "Police and Crime Commissioner, Andrew Snowden": a comma only after a capitalised title
RANK_NAME = re.compile(
    rf"\b(?P<rank>(?i:{RANK_PATTERN}))\.?"
    # "Detective Chief Superintendent, Duncan Young, said:": a comma when the name closes
    # in another before the saying
    # ("NCA Dover Branch Commander, Martin Grace said": a capitalised grade needs none)
    rf"(?:(?<=Commissioner),|(?<=Commander),(?=\s+{NAME},?\s+{SAID}\b)|"
    # "Crown Prosecutor, Nadia Shah of CPS South West, said": the name, its organisation
    rf",(?=\s+{NAME},\s+{SAID}\b|\s+{NAME}\s+(?:of|from|at)\s+[^,.;:“\"]{{2,60}},\s+{SAID}\b))?"
    rf"\s+(?P<name>{NAME})"
)
# "Detective Inspector Shaw said": an officer the release names by surname alone
RANK_SURNAME = re.compile(
    rf"\b(?P<rank>(?i:{RANK_PATTERN}))\.?\s+(?P<name>{NAME_WORD}),?\s+"
    # "Detective Inspector Kelly from PSNI Organised Crime Unit said"
    rf"(?:(?:from|of)\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,5}},?\s+|"
    # "His Honour Judge Stockdale in sentencing the men commented"
    r"(?:in\s+)?sentencing(?:\s+(?:the\s+\w+|him|her|them))?,?\s+)?"
    rf"(?:{SAID})\b"
)
ACTING = re.compile(r"^(?:t/|a/|temporary\s+|acting\s+)")
# A reporter's byline: "By Jane Doe", "Jane Doe, 14 November 2015", "Jane Doe, Crime
# Correspondent" on a line of its own.
BYLINE = re.compile(
    rf"^[ \t]*(?:By[ \t]+)?(?P<name>{NAME})[ \t]*"
    # "John Wood · 20 October, 2017", "Jane Hill, 3 May 2021", "By Amy Cole, Crime Reporter"
    r"(?:(?:,|[ \t]*[·|•])[ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]+,?[ \t]+\d{4}|"
    r"(?:[A-Z][a-z]+[ \t]+)?(?:Correspondent|Reporter|Editor)))?[ \t]*$",
    re.MULTILINE,
)
COUNSEL_WORDS = re.compile(r"\b(?:lawyer|solicitor|barrister|counsel|defending|mitigation)\b")
# "X's lawyer, Tony Hale", "defence barrister Ann Ford" (not "solicitor Peter Grant and his
# client", who may be charged, nor a prosecuting or victims' advocate)
COUNSEL_BEFORE = re.compile(
    r"(?:['’]s\s+(?:lawyer|solicitor|barrister|counsel)|"
    r"\bdefen[cs]e\s+(?:lawyer|solicitor|barrister|counsel|advocate))\s*,?\s*$",
    re.IGNORECASE,
)
# "Ann Ford, defending Reid,", "Ian Reid KC, for the defence,", "in mitigation"
COUNSEL_AFTER = re.compile(
    r",?\s*(?:(?:QC|KC)\s*,?\s*)?(?:defending|for\s+the\s+defen[cs]e|in\s+mitigation|"
    r"mitigating)\b",
    re.IGNORECASE,
)
# "The judge, Benedict Kelleher, said": a judge named after the word.
THE_JUDGE = re.compile(rf"\b[Tt]he\s+(?:trial\s+)?judge,\s+(?P<name>{NAME}),")
COMMISSIONER_FOR = re.compile(
    rf"(?P<title>(?:[Aa]cting\s+)?Police(?:,)?\s+(?:Fire\s+)?and\s+Crime\s+Commissioner)"
    rf"\s+for\s+(?P<area>[A-Z][\w&]*(?:\s+(?:and\s+)?[A-Z][\w&]*)*),?\s+(?P<name>{NAME})"
)
# "Alison Hernandez, Police and Crime Commissioner for Devon, Cornwall and the Isles of
# Scilly, joined officers": the name, then the title and its area, saying or not.
NAME_COMMISSIONER_FOR = re.compile(
    rf"(?P<name>{NAME}){POSTNOMINALS},\s+(?:the\s+)?(?:[Aa]cting\s+)?Police,?\s+(?:Fire\s+)?and\s+Crime\s+"
    r"Commissioner\s+for\s+(?P<area>[A-Z][\w&]*(?:(?:\s+|,\s+)(?:and\s+)?(?:the\s+)?[A-Z][\w&]*)*)"
)
NAME_OF_PROSECUTORS = re.compile(
    # the comma may go: "Lauren Doshi of the Crown Prosecution Service yesterday said"
    rf"(?P<name>{NAME}),?\s+(?:of|from)\s+(?P<service>the\s+(?:Crown|Public)\s+Prosecution\s+Service)\b"
)
# "David Jamieson, the West Midlands Police and Crime Commissioner": the name first.
# "Staffordshire Commissioner Matthew Ellis", "Kent Police and Crime Commissioner Matthew
# Scott": the area, the title, the name (never "Metropolitan Police Commissioner X").
AREA_COMMISSIONER = re.compile(
    r"\b(?P<area>(?!Police\b|Metropolitan\b)[A-Z][\w&]*(?:\s+(?:and\s+)?(?!Police\b)[A-Z][\w&]*){0,3})"
    # news copies lower-case the title and may drop its "and" ("Wiltshire police crime
    # commissioner Philip Wilkinson")
    # "Staffordshire Commissioner for Police, Fire and Rescue and Crime Matthew Ellis"
    r"\s+(?:(?i:(?:acting\s+)?police,?\s+(?:fire\s+)?(?:and\s+)?crime\s+commissioner)|"
    r"Commissioner(?:\s+for\s+Police,\s+Fire\s+and\s+Rescue\s+and\s+Crime)?),?\s+"
    rf"(?P<name>{NAME})"
)
NAME_THEN_COMMISSIONER = re.compile(
    rf"(?P<name>{NAME}){POSTNOMINALS},\s+(?:the\s+)?(?P<area>[A-Z][\w&]*(?:\s+(?:and\s+)?[A-Z][\w&]*)*?)"
    r"(?:['’]s)?\s+(?:[Aa]cting\s+)?Police,?\s+(?:Fire\s+)?and\s+Crime\s+Commissioner\b"
)
OWNER_TITLE = re.compile(
    rf"(?P<owner>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,3}})['’]s\s+"
    rf"(?P<title>(?:[Aa]cting\s+)?Police,?\s+(?:Fire\s+)?and\s+Crime\s+Commissioner|"
    rf"Chief\s+Constable|[Hh]ead(?:\s+of\s+[\w ]+?)?|[Dd]irector(?:\s+of\s+[\w ]+?)?),?\s+"
    rf"(?:(?:{RANK_PATTERN})\.?\s+)?(?P<name>{NAME})"
)
ARTICLE = re.compile(r"^(?:an?|the)\s+")
HEAD_OF_FUNCTION = re.compile(
    r"head\s+of\s+(?!the\b)[a-z]+(?:\s+(?:and\s+)?[a-z]+)?\s+(?:at|for|in|with)\b"
)
# "Detective Inspector Trevor Davidson, who led the investigation for ERSOU, said"
LED_THE_INVESTIGATION = re.compile(
    rf"(?P<name>{NAME}),\s+who\s+(?:led|headed)\s+the\s+(?:investigation|inquiry|enquiry)"
    r"(?P<rest>[^,.;]{0,80}?),"
)
FOR_AN_ORG = re.compile(r"^\s+for\s+(?:the\s+)?[A-Z]")
# ranks that lead an investigation: an inspector or above, never a constable or sergeant
SIO_RANKS = re.compile(r"Inspector|Superintendent|ChiefConstable|Commander")
# "head of serious crime …" in lower case: a department, not a unit the text names
FUNCTION_HEAD = re.compile(r"head\s+of\s+(?!the\b)[a-z]")
# Ranks the ontology has no role for: the person is named, with no post.
NO_ROLE_RANK = re.compile(
    rf"\b(?:Commander|Police\s+Constable|PC|Sergeant|Sgt|Constable)\.?\s+"
    rf"(?P<name>{NAME})"
)
# Words before a name that are not part of it: honorifics, and a role written as a title
# ("Ringleader Declan Furey, 51, …").
HONORIFIC = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Ringleaders?|Leaders?|Organisers?|Masterminds?|Kingpins?|"
    r"Defendants?|Drivers?|Couriers?|Accomplices?|Brokers?|Dealers?|Armourers?|Brothers|Sisters|"
    # "Solicitors Iain Robertson, Alastair Blackwood and David Lyons …": their trade
    r"Cousins|Solicitors?|Lawyers?|Accountants?|Businessm[ae]n|Directors?)\s+"
)
DEMONYM_BEFORE = re.compile(rf"^(?:{'|'.join(DEMONYMS)})\s+(?:nationals?\s+)?(?=\S+\s+\S)")
# the last words of a street's name
STREET_ENDINGS = (
    "Way|Road|Street|Lane|Close|Avenue|Drive|Crescent|Grove|Terrace|Gardens|Walk|Row|Brow"
)
STREET_AFTER = re.compile(rf"\s+(?:{STREET_ENDINGS})\b")
# "of Calcroft Avenue, Ingress Park, Greenhithe": the district after a street's name
# ("of The Tilery, Shotton Colliery": a house or close named with "The", then the district)
STREET_BEFORE = re.compile(
    rf"(?:\b(?:{STREET_ENDINGS}|Place|Square|Court|Rise|Mews|View)|\bof\s+The\s+[A-Z][a-z]+),\s+$"
)
ADDRESS_BEFORE = re.compile(r"\b(?:of|off|on|in|at)\s+(?:[A-Z][\w'’-]*\s+)?$")
# Ranks, then titles, as they may open a lower-cased title (longest first), compiled once.
# A prosecutor's title in words the table does not list ("specialist fraud prosecutor").
ANY_PROSECUTOR = re.compile(r"(?:[a-z-]+\s+){0,3}(?:prosecutor|crown\s+advocate)\b")
RANK_TITLES = tuple(
    (re.compile(re.escape(words.lower()) + r"\b"), role)
    for words, role in sorted(RANKS.items(), key=lambda kv: -len(kv[0]))
)
TITLE_ROLES = tuple(
    (re.compile(re.escape(words) + r"\b"), role)
    for words, role in sorted(TITLES.items(), key=lambda kv: -len(kv[0]))
)
SCOTTISH_JUDGE = re.compile(
    # "Lord Ardmillan sentenced …", "Lady Stacey told them" (not "Lord Justice X")
    r"\b(?P<name>(?:Lord|Lady)\s+"
    r"(?!Advocate\b|Provost\b|Lieutenant\b|Chancellor\b|Mayor(?:ess)?\b|Justice\b|Chief\b)"
    # "Lady Clark of Calton": a judicial title may name a place
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+of\s+[A-Z][a-z]+)?)\s+(?:sentenced|jailed|imposed|told|ordered|"
    r"passed|said|described|concluded|ruled|refused|granted)\b"
)
# "Lady Clark of Calton": the place a judicial title names is part of it
JUDICIAL_PLACE = re.compile(r"\s+of\s+[A-Z][a-z]+\b")
SENTENCING_WORDS = re.compile(r"\b(?:custodial|sentence[sd]?|jail(?:ed)?|prison)\b")
HIGH_COURT_BEFORE = re.compile(r"\b(?:High\s+Court|Court\s+of\s+Session|Sheriff\s+Court)\b")
HEADED_UNIT = re.compile(
    r"[^,.;]{0,50}?\b(?:[Uu]nit|[Tt]eam|[Ss]quad|ROCU|[Tt]ask\s?[Ff]orce|[Cc]ommand|[Bb]ranch|"
    r"[Hh]ub|[Dd]ivision|[Dd]epartment|[Dd]irectorate|[Ss]ection|CID)\b"
)
LEADS_AFTER = re.compile(
    r",\s+who\s+(?:heads(?:\s+up)?|leads|runs|manages|commands)\s+(?:the|its|our)\s+"
    # "Detective inspector Al Teague heads up the unit, which …"
    # (not "heads up the neighbourhood team in Dartford": a local team, not a unit)
    r"|\s+(?:heads\s+up|heads|leads|runs|commands)\s+(?:the|its|our)\s+"
    r"(?!(?:local|neighbourhood|response|community)\b)(?=(?:[\w&'’-]+\s+){0,6}?"
    r"(?i:unit|team|squad|command|directorate)\b)"
)
# "Head of SEROCU Detective Superintendent X", "Head of the Cyber Crime Unit, DI X": a
# title just before the rank, naming the unit the person heads
# ("The head of the Met Police's Trident Gang Crime Command, Detective Superintendent X")
HEAD_BEFORE = re.compile(
    r"(?:^|[.;:“\"(]\s*|\n)(?:[Tt]he\s+)?[Hh]ead\s+of\s+(?P<unit>[^,.;:“\"\n]{2,60}?),?\s+$"
)
OWNER_BEFORE = re.compile(rf"(?P<area>{OWNER_NAME})['’]s\s+$")
AREA_BEFORE = re.compile(rf"(?P<area>{OWNER_NAME})\s+$")  # "Kent Police and Crime Commissioner"
ORG_THEN_TITLE = re.compile(
    r"(?:[\w&]+\s+){1,5}?(?<!assistant\s)"
    r"(?P<rest>(?:deputy\s+)?(?:director|branch\s+commander)\b.*|head\s+of\b.*|"
    r"senior\s+investigating\s+officer\b.*|operations\s+manager\b.*)"
)
OWNER_HEAD = re.compile(r"[\w&' -]{2,60}['’]s\s+head")
NAME_SAID = re.compile(rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,4}})\s+(?:said|added|says)\b")


# Words between a person and a governance post that make it someone else's, spoken of.
SPEECH = re.compile(r"[“\"‘]|\b(?:said|says|added|told)\b")
# "who leads the ERSOU governance board", "chair of the EMSOU strategic governance
# board", "the lead PCC for SEROCU", "lead Police and Crime Commissioner for Titan"
GOVERNANCE_LEAD = re.compile(
    r"\b(?:(?:who|which)\s+(?:leads|chairs|heads)|(?:chair|chairman|chairwoman|lead)\s+(?:of|for))"
    r"\s+(?:the\s+)?(?P<org>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,6}?)(?:['’]s)?\s+"
    r"(?:strategic\s+|regional\s+)?governance\s+(?:board|group)\b|"
    r"\blead\s+(?:PCC|Police\s+and\s+Crime\s+Commissioner)\s+(?:for|of|on)\s+(?:the\s+)?"
    r"(?P<org2>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,6})"
)


VOWELS = frozenset("aeiouy")


def spelt_alike(known: str, new: str) -> bool:
    """'Yusef Ali, 21' then 'Yusuf Ali was jailed': a release's own misspelling of a
    first name (one vowel for another, the surname the same), not another person
    ("Dean"/"Sean" differ by a consonant)."""
    if len(known) != len(new) or known == new:
        return False
    differ = [i for i, (a, b) in enumerate(zip(known, new, strict=True)) if a != b]
    if len(differ) != 1:
        return False
    at = differ[0]
    first = new.split()[0]
    return (
        " " in new
        and at < len(first)
        and len(first) >= 5
        and known[at] in VOWELS
        and new[at] in VOWELS
    )


def one_name_shorter(known: str, new: str) -> bool:
    """'Mohammed Waqas Khan', then 'Waqas Khan': one person, a first name left out."""
    short, long = sorted((known, new), key=len)
    return (
        len(short.split()) >= 2
        and len(long.split()) == len(short.split()) + 1
        and (long.endswith(f" {short}"))
    )


def middle_name_left_out(known: str, new: str) -> bool:
    """'Lee Christopher Carbis', then 'Lee Carbis': one person, a middle name left out."""
    short, long = sorted((known.split(), new.split()), key=len)
    return len(short) == 2 and len(long) == 3 and short == [long[0], long[2]]


class PeopleRules(OrgRules):
    """People and posts; posts name organisations, so this family reads OrgRules."""

    def drop_surnames(self) -> None:
        """A town named like a person of the release ('Brackley was jailed') is the person.

        A reference place is kept unless its first mention ends a person's name
        ("Detective Sergeant Jo Kent"): a release on Kent names the county often.
        """
        words = {w for p in self.ex.people.values() for w in p.name.split()}
        used = {p.town_key for p in self.ex.people.values()}
        for key, place in list(self.ex.places.items()):
            if place.label not in words or key in used:
                continue
            if place.ref is None or (
                not any(key in case.place_keys for case in self.ex.cases)
                and self.ends_a_name(place.span.start, place.label)
            ):
                del self.ex.places[key]

    def ends_a_name(self, start: int, surname: str) -> bool:
        """Whether the words before `start` and `surname` make a person of the release."""
        before = self.view.text[max(0, start - 40) : start]
        return any(
            person.name.endswith(f" {surname}") and before.endswith(person.name[: -len(surname)])
            for person in self.ex.people.values()
        )

    def drop_counsel(self) -> None:
        """Defence lawyers are no one an analyst records: "Murdoch's lawyer, Tony Hale,",
        "Ann Ford, defending Reid, told the court"."""
        text = self.view.text
        if not COUNSEL_WORDS.search(text):
            return
        for key, person in list(self.ex.people.items()):
            if person.posts or person.defendant or person.age is not None or person.ref:
                continue
            for found in re.finditer(re.escape(person.name), text):
                if COUNSEL_BEFORE.search(text, max(0, found.start() - 30), found.start()) or (
                    COUNSEL_AFTER.match(text, found.end())
                ):
                    del self.ex.people[key]
                    break

    def drop_bylines(self) -> None:
        """A reporter named in a news copy's byline is no one the release is about."""
        text = self.view.text
        body = self.view.release.body_start
        bylines = {
            normalise_name(m.group("name"))
            for m in BYLINE.finditer(text, body)
            if m.group(0).lstrip().startswith("By")
            or any(c in m.group(0) for c in ",·|•")
            or not text[body : m.start()].strip()  # a name alone on the body's first line
        }
        for key, person in list(self.ex.people.items()):
            if person.posts or person.defendant or person.age is not None or person.ref:
                continue
            if normalise_name(person.name) in bylines and text.count(person.name) == 1:
                del self.ex.people[key]

    # people --------------------------------------------------------------

    def people(self) -> None:
        saying = [s for s in self.view.sentences if SAYS.search(s.text)]
        ranked = [s for s in self.view.sentences if RANK_CUE.search(s.text)]
        commissioner = [s for s in self.view.sentences if "ommissioner" in s.text]
        owned = [s for s in self.view.sentences if "'s " in s.text or "’s " in s.text]
        for match in [*self.scan(SAID_TITLE, saying), *self.scan(SAID_NAME_TITLE, saying)]:
            name, name_start = match.group("name"), match.start("name")
            if match.re is SAID_NAME_TITLE and not self.view.entities_in(
                match.start("title"), match.end("title"), "ORG"
            ):
                continue  # "said Tom Baker, head of the local primary school": no one of ours
            if OF_BEFORE.search(self.view.text, max(0, name_start - 6), name_start):
                continue  # "X, Director of Safer Communities, Department of Justice, said"
            rank = re.match(rf"(?P<rank>{RANK_PATTERN})\.?\s+", name)
            if rank:
                name, name_start = name[rank.end() :], name_start + rank.end()
                if len(name.split()) < 2:
                    continue
            self.titled_person(name, match.group("title"), name_start, match.end())
        for match in self.scan(RANK_NAME, ranked):
            self.ranked_person(match)
        for match in self.scan(RANK_SURNAME, ranked):
            if not any(p.name.split()[-1] == match.group("name") for p in self.ex.people.values()):
                self.ranked_person(match)  # not "Detective Inspector Jones" after his full name
        prosecution = [s for s in self.view.sentences if "Prosecution" in s.text]
        for match in self.scan(NAME_OF_PROSECUTORS, prosecution):
            # "Dominique Russell, of the Crown Prosecution Service": its prosecutor
            service = self.view.entities_in(match.start("service"), match.end("service"), "ORG")
            if service and service[0].ident in PROSECUTORS:
                org = self.add_org(service[0].ident, service[0].start, service[0].end).key
                label = f"Prosecutor, {self.org_label(org)}"
                prosecutor = PostFact("Prosecutor", org, label)
                self.add_person(
                    match.group("name"), match.start("name"), match.end("name"), prosecutor, 0.7
                )
        titled = [*self.scan(TITLE_FIRST, saying), *self.scan(TITLE_ORG_NAME, saying)]
        for match in titled:
            opening = self.view.sentence_at(match.start()).start
            before_title = self.view.text[opening : match.start("title")].strip().lower()
            if match.re is TITLE_FIRST and match.group("rank") and before_title not in ("", "the"):
                continue  # "After a meeting with the Director of …, Detective Inspector X said"
            if match.re is TITLE_ORG_NAME and any(
                e.label == "ORG" or (e.start, e.end) == (match.start("name"), match.end("name"))
                for e in self.view.entities_in(match.start("name"), match.end("name"))
            ):
                continue  # the organisation's name went on: "Head of Kent Police" (a surname
                # that is a town, "Aoife Crawley", is still a name)
            self.titled_person(
                match.group("name"),
                match.group("title").rstrip(","),  # "Border Force Regional Director, X said"
                match.start("name"),
                match.end(),
                title_start=match.start("title"),
            )
        for match in self.scan(COMMISSIONER_FOR, commissioner):
            self.commissioner(
                match.group("name"), match.start("name"), match.group("area"), match.start("area")
            )
        for match in self.scan(NAME_COMMISSIONER_FOR, commissioner):
            self.commissioner(
                match.group("name"), match.start("name"), match.group("area"), match.start("area")
            )
        for match in self.scan(AREA_COMMISSIONER, commissioner):
            self.commissioner(
                match.group("name"), match.start("name"), match.group("area"), match.start("area")
            )
        for match in self.scan(NAME_THEN_COMMISSIONER, commissioner):
            self.commissioner(
                match.group("name"), match.start("name"), match.group("area"), match.start("area")
            )
        for match in self.scan(OWNER_TITLE, owned):
            owner = match.group("owner")
            if re.search(r"Commissioner", match.group("title")):
                self.commissioner(
                    match.group("name"), match.start("name"), owner, match.start("owner")
                )
            else:
                self.titled_person(
                    match.group("name"),
                    f"{match.group('title')} of {owner}",
                    match.start("name"),
                    match.end(),
                    title_start=match.start("owner"),
                )
        for match in self.scan(NO_ROLE_RANK, ranked):
            before = self.view.text[max(0, match.start() - 12) : match.start()]
            if re.search(r"(?:Branch|Deputy|Assistant|Detective|Det|Chief)\s+$", before):
                continue
            self.add_person(match.group("name"), match.start("name"), match.end("name"), None, 0.6)
        if "judge," in self.view.text:
            for match in THE_JUDGE.finditer(self.view.text, self.view.release.body_start):
                court = self.court_before(match.start())
                post = (
                    PostFact("Judge", court, f"Judge, {self.org_label(court)}") if court else None
                )
                self.add_person(
                    match.group("name"), match.start("name"), match.end("name"), post, 0.7
                )
        if "Lord " in self.view.text or "Lady " in self.view.text:
            for match in SCOTTISH_JUDGE.finditer(self.view.text, self.view.release.body_start):
                # "Lord Ardmillan sentenced Ion Stanciu": a judge of the High Court
                court = self.court_before(match.start())
                if match.group("name").startswith("Lady ") and not self.lady_judge(match):
                    continue  # "Lady Kerr told the court she had trusted him": a victim
                if court is not None:
                    label = f"Judge, {self.org_label(court)}"
                    post = PostFact("Judge", court, label)
                    self.add_person(
                        match.group("name"), match.start(), match.end("name"), post, 0.7
                    )
        for match in self.scan(NAME_SAID, saying):
            words = match.group("name").split()
            name = " ".join(words[-2:])
            start = match.end("name") - len(name)
            known = normalise_name(name) in self.ex.people
            if (
                not known
                and self.name_ok(name)
                and not self.view.entity_at(start, match.end("name"))
                # "Divisional Commander for Gwynedd and Ynys Mon said": an area, no one
                and not AREAS_LISTED_BEFORE.search(self.view.text, max(0, start - 80), start)
                # "Det Con Coulson said": a rank's last word and a surname
                and not RANK_WORD_BEFORE.search(self.view.text, max(0, start - 12), start)
            ):
                self.add_person(name, start, match.end("name"), None, 0.6)
        self.first_named_people()
        self.relatives_named()
        self.nationals_named()
        self.listed_beside_named()
        self.model_people()
        self.quoted_roles()
        self.investigation_leads()
        self.governance_roles()
        self.surnames_to_full_names()

    def relatives_named(self) -> None:
        """'his sister Shainie Payton, her boyfriend Darren Goodge': people named after
        the family word that tells who they are, first names unknown or not."""
        text = self.view.text
        if not any(word in text for word in RELATIVE_WORDS):
            return
        for match in RELATIVE_NAMED.finditer(text, self.view.release.body_start):
            name = match.group("name")
            if normalise_name(name) not in self.ex.people:
                self.add_person(name, match.start("name"), match.end("name"), None, 0.5)

    def nationals_named(self) -> None:
        """'Lithuanian nationals Konstantin Sasmurin and Linus Ratautas': people named
        after their nationality, first names unknown or not."""
        text = self.view.text
        if " national" not in text:
            return
        for match in NATIONALS_NAMED.finditer(text, self.view.release.body_start):
            for group in ("name", "name2"):
                name = match.group(group)
                if name and normalise_name(name) not in self.ex.people:
                    self.add_person(name, match.start(group), match.end(group), None, 0.5)

    def listed_beside_named(self) -> None:
        """'associates Mohammed Ahmed, Aris Saghir and Zakir Farid': whole names listed
        with one already read as a person's are people too, first names unknown or not."""
        text = self.view.text
        if " and " not in text or not any(
            f", {p.name}" in text or f"{p.name}," in text or f" and {p.name}" in text
            for p in self.ex.people.values()
        ):
            return  # no one known is named in a list
        for match in NAME_LIST.finditer(text, self.view.release.body_start):
            names = list(TWO_WORD_NAME.finditer(text, match.start(), match.end()))
            if not any(normalise_name(n.group(0)) in self.ex.people for n in names):
                continue
            if any(self.view.entities_in(n.start(), n.end(), "ORG", "GPE", "PLACE") for n in names):
                continue  # "Luton, Bedford and Milton Keynes": towns, not people
            if any(n.group(0).split()[-1] in BUSINESS_WORDS for n in names):
                continue  # "accounts held by Kyle Mason, Bright Homes and Cedar Lettings"
            for name in names:
                if normalise_name(name.group(0)) not in self.ex.people:
                    self.add_person(name.group(0), name.start(), name.end(), None, 0.5)

    def surnames_to_full_names(self) -> None:
        """'Mr Roddick, the … Commissioner, said' before or after 'Winston Roddick has …':
        the posts go to the one person with that surname."""
        for key, person in list(self.ex.people.items()):
            if " " in person.name:
                continue
            same = [p for p in self.ex.people.values() if p.name.split()[-1] == person.name]
            if len(same) != 2:  # the surname itself and one full name
                continue
            full = next(p for p in same if p is not person)
            for post in person.posts:
                if not any(p.role == post.role and p.org_key == post.org_key for p in full.posts):
                    full.posts.append(post)
            del self.ex.people[key]

    def first_named_people(self) -> None:
        """People named with no cue but a common first name: "driven by Peter Bark"."""
        text = self.view.text
        for match in CAPITALISED_BEFORE_CAPITAL.finditer(text, self.view.release.body_start):
            if match.group(1) not in GIVEN_NAMES:
                continue
            if text[match.start() - 1 : match.start()] in ("-", "'", "’"):
                continue  # "Cherie-Anne Rayner": the second half of a first name
            before = WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if before is not None and before.group(1) not in NOT_NAME_START:
                continue  # a middle name: the name began earlier
            if PLACE_BEFORE.search(text, max(0, match.start() - 10), match.start()):
                continue  # "addresses in Lawrence Weston": a district named like a person
            after = SURNAMES_AFTER.match(text, match.end(1))
            if after is None:
                continue
            words = [match.group(1), *after.group(0).split()]
            if words[-1] in COMPANY_WORDS:
                continue
            while words and (words[-1] in NOT_SURNAME or words[-1] in ORG_WORDS):
                words.pop()
            if len(words) < 2 or any(w in NOT_NAME_START for w in words[1:]):
                continue
            while words and words[-1] in POST_WORDS:
                words.pop()  # "Supt Peter Newton Divisional Commander": Peter Newton
            if len(words) < 2:
                continue
            name = " ".join(words)
            start = match.start(1)
            end = text.index(words[-1], match.end(1)) + len(words[-1])
            if normalise_name(name) in self.ex.people or self.named_otherwise(start, end):
                continue
            if len(words) == 2 and self.named_in_full(words[0], words[1]):
                continue  # "Alexander Bales" is "Alexander Peter James Bales", named in full
            if self.a_brand(start, end):
                continue  # "fake Tommy Hilfiger shirts": a brand
            self.add_person(name, start, end, None, 0.5)

    def a_brand(self, start: int, end: int) -> bool:
        """Whether the name is one of a list of brands, or names goods, in a sentence
        about fake or branded goods (not "a warrant was executed on X of Wick", "X, who
        ran the stall, …", "in the names of X and Y")."""
        sentence = self.view.sentence_at(start)
        if not BRANDED_GOODS.search(sentence.text):
            return False
        text = self.view.text
        before = text[max(0, start - 30) : start]
        if BRAND_GOODS_BEFORE.search(before) or BRAND_GOODS_AFTER.match(text, end):
            return True
        return bool(
            BRAND_LIST_BEFORE.search(before)
            and BRAND_LIST_AFTER.match(text, end)
            and BRAND_LIST_OPENING.search(text, sentence.start, start)  # "brands included"
        )

    def named_in_full(self, first: str, last: str) -> bool:
        """Whether the release also names this person with middle names."""
        full = rf"\b{re.escape(first)}(?:[ \t\u00a0]+[A-Z][a-z]+)+[ \t\u00a0]+{re.escape(last)}\b"
        return re.search(full, self.view.text) is not None

    def named_otherwise(self, start: int, end: int) -> bool:
        """Whether a known organisation or place spans these words or runs past them
        ("Stanley Park", "Thornton Heath"); one word that is also a town ("Lee", "Preston")
        does not count."""
        for entity in self.view.entities_in(max(0, start - 40), end + 40):
            if entity.label == "PERSON" or entity.end <= start or entity.start >= end:
                continue
            if entity.start < start or entity.end > end or " " in entity.text.strip():
                return True
        return False

    def model_people(self) -> None:
        """With a trained pipeline: PERSON names it found that are quoted or given an age."""
        text = self.view.text
        for entity in self.view.entities:
            if entity.label != "PERSON" or entity.ident:
                continue
            after = text[entity.end : entity.end + 20]
            if re.match(rf"\s*(?:,\s*(?:aged\s+)?\d{{1,2}}\b|\s+{SAID}\b)", after):
                self.add_person(entity.text, entity.start, entity.end, None, 0.7)

    def scan(self, pattern: re.Pattern[str], sentences: list[Sentence]) -> Iterator[re.Match[str]]:
        """Matches of `pattern` inside the given sentences only (offsets stay file offsets)."""
        for sentence in sentences:
            yield from pattern.finditer(self.view.text, sentence.start, sentence.end)

    def commissioner(self, name: str, start: int, area: str, area_start: int) -> None:
        org = self.area_force(area, area_start)
        if org and org not in self.ex.orgs:
            # "Staffordshire Commissioner Ben Adams": the county names its force
            self.add_org(org, area_start, area_start + len(area))
        if org:
            label = f"Police and Crime Commissioner for {self.gaz.org_labels.get(org, area)}"
            area_label = self.gaz.org_labels.get(org, area)
            for suffix in (" Police", " Constabulary"):
                area_label = area_label.removesuffix(suffix)
            label = f"Police and Crime Commissioner for {area_label}"
            self.add_person(
                name,
                start,
                start + len(name),
                PostFact("PoliceAndCrimeCommissioner", org, label),
                0.85,
            )

    def lady_judge(self, match: re.Match[str]) -> bool:
        """'Judge Lady Stacey said', 'Lady Stacey jailed them', 'At the High Court in
        Glasgow, Lady Stacey told them': a judge, not a yacht, a mayoress or a witness."""
        text = self.view.text
        if text[max(0, match.start() - 6) : match.start()] == "Judge ":
            return True
        if match.group(0).split()[-1] in ("sentenced", "jailed", "imposed"):
            return True
        sentence = self.view.sentence_at(match.start())
        if SENTENCING_WORDS.search(sentence.text):
            return True  # "Lady Carmichael told them that a custodial sentence was inevitable"
        return bool(HIGH_COURT_BEFORE.search(text, sentence.start, match.start()))

    def name_ok(self, name: str) -> bool:
        first = name.split()[0]
        return first not in NOT_NAME_START and not any(w in ORG_WORDS for w in name.split())

    def add_person(
        self, name: str, start: int, end: int, post: PostFact | None, confidence: float
    ) -> PersonFact | None:
        name = " ".join(name.split())
        demonym = DEMONYM_BEFORE.match(name)
        if demonym:  # "Estonian Richard Must": the nationality is not his name
            name = name[demonym.end() :]
            start += demonym.end()
        titled = HONORIFIC.match(name)
        name = NICKNAME.sub("", HONORIFIC.sub("", name))
        if titled and titled.group(0).split()[0] not in COURTESY and " " not in name.strip():
            return None  # "Brothers Ansar and Ajmal Akram": a first name, not a person
        judge = post is not None and post.role == "Judge" and name.startswith(("Lord ", "Lady "))
        if not (judge or self.name_ok(name)):  # a Scottish judge is "Lord Ardmillan"
            return None
        if judge and (place := JUDICIAL_PLACE.match(self.view.text, end)):
            name, end = f"{name} {' '.join(place.group(0).split())}", place.end()  # "of Calton"
        if name.split()[0] in STREET_WORDS:
            return None  # "of Shamblehurst Lane South, Hedge End": an address's words
        if any(e.start == start and e.end == end for e in self.view.entities_in(start, end, "GPE")):
            return None  # "from South America, the court was told": a place
        if STREET_AFTER.match(self.view.text, end) or (
            STREET_AFTER.match(f" {name.split()[-1]}")
            and ADDRESS_BEFORE.search(self.view.text, max(0, start - 30), start)
        ):
            return None  # "land off George Masters Way", "builder of Brandy House Brow"
        if STREET_BEFORE.search(self.view.text, max(0, start - 40), start):
            return None  # "of Calcroft Avenue, Ingress Park, Greenhithe": the address goes on
        key = normalise_name(name)
        aged = OWN_AGE_AFTER.match(self.view.text, end) is not None
        alike = (
            None
            if key in self.ex.people or not self.may_be_said_again(start, post)
            else self.said_before(key, aged)
        )
        if alike is not None:
            key = alike
            known = self.ex.people[alike]
            known.spellings += [known.name, name]
            if len(name) > len(known.name):  # "Waqas Khan", then "Mohammed Waqas Khan"
                known.name = name
            elif len(name) == len(known.name) and start < known.span.start:
                # the first spelling stands
                known.name, known.span = name, self.view.span(start, end, confidence)
        person = self.ex.people.get(key)
        if person is None:
            person = PersonFact(
                name=name,
                span=self.view.span(start, end, confidence),
                ref=self.gaz.people.get(key),
                key=key,
            )
            self.ex.people[key] = person
        if post and not any(
            p.role == post.role and p.org_key == post.org_key for p in person.posts
        ):
            # "Detective Superintendent X, from Staffordshire Police's Major and Organised
            # Crime Department": one post, in the unit; the force's is the same post
            if any(
                p.role == post.role and self.parent_of(p.org_key) == post.org_key
                for p in person.posts
            ):
                return person
            parent = self.parent_of(post.org_key)
            person.posts = [
                p for p in person.posts if not (p.role == post.role and p.org_key == parent)
            ]
            person.posts.append(post)
        return person

    def said_before(self, key: str, aged: bool) -> str | None:
        """The key of someone named before whom this name may be another spelling or a
        shorter form of; a name without its middle one only when one person fits
        ("Patrick Connors" beside Patrick Joseph and Patrick Dean Connors is neither)."""
        candidates = [
            k
            for k, known in self.ex.people.items()
            if not (aged and known.age is not None)  # two ages: two people
            and all(p.role == "Ringleader" for p in known.posts)  # an officer
        ]
        alike = next(
            (k for k in candidates if spelt_alike(k, key) or one_name_shorter(k, key)), None
        )
        if alike is not None:
            return alike
        middle = [k for k in candidates if middle_name_left_out(k, key)]
        return middle[0] if len(middle) == 1 else None

    def may_be_said_again(self, start: int, post: PostFact | None) -> bool:
        """Whether a mention may be another spelling or a shorter form of someone named
        already: not when it brings a post ("Police Constable Julie Grant") or a family
        word ("his son Paul Reilly", "her daughter Marie Lowe")."""
        text = self.view.text
        return not (post is not None or FAMILY_BEFORE.search(text, max(0, start - 30), start))

    def parent_of(self, org_key: str) -> str | None:
        org = self.ex.orgs.get(org_key)
        return org.unit_of if org is not None else None

    def titled_person(
        self, name: str, title: str, start: int, end: int, title_start: int | None = None
    ) -> None:
        """'X, Head of the ROCU, said' / 'X, Police and Crime Commissioner for Y, said'."""
        lowered = ARTICLE.sub("", title.lower().strip())
        lowered = ACTING.sub("", lowered)  # "T/Chief Constable", "Acting Superintendent"
        name_start = start
        role = None
        for pattern, candidate in RANK_TITLES:
            if pattern.match(lowered):
                role = candidate
                break
        if role is None:
            for pattern, candidate in TITLE_ROLES:
                if pattern.match(lowered):
                    role = candidate
                    break
        if role is None and ANY_PROSECUTOR.match(lowered):
            role = "Prosecutor"  # "specialist fraud prosecutor", "senior crown advocate"
        if role is None and OWNER_HEAD.fullmatch(lowered):
            role = "HeadOfUnit"  # "NERSOU's head"
        if role is None and (titled := ORG_THEN_TITLE.match(lowered)) is not None:
            # "Border Force Director for the South", "NCA branch commander": the
            # organisation, then the title
            rest = titled.group("rest")
            role = next((r for pattern, r in TITLE_ROLES if pattern.match(rest)), None)
        if title_start is None:
            title_start = self.view.text.find(title, start)
        if role == "HeadOfUnit" and HEAD_OF_FUNCTION.match(lowered):
            role = None  # "head of operations at SWROCU" heads a function, not the unit
        if role is None:
            if re.match(r"(?:aged\s+)?\d{1,2}\b", lowered):
                return
            self.add_person(name, name_start, name_start + len(name), None, 0.6)
            return
        org = self.org_in(title_start, title_start + len(title))
        if role == "Prosecutor" and org is None:
            org = self.prosecuting_service(lowered)
        if role == "PoliceAndCrimeCommissioner" and org is None:
            area = re.search(r"\bfor\s+([A-Z][\w ]+)", title)
            org = self.area_force(area.group(1), title_start + area.start(1)) if area else None
        main = self.ex.orgs.get(self.main_unit or "")
        if org is None and not (role == "Prosecutor" and main is not None and main.kind == "force"):
            org = self.main_unit  # counsel prosecuting is no force's officer
        if org is None:
            return
        if role == "HeadOfUnit" and self.org_kind(org) == "force" and FUNCTION_HEAD.match(lowered):
            # "Lancashire Constabulary's head of serious crime and force intelligence bureau,
            # Superintendent X": a department's head; the force's head is its chief constable
            self.add_person(name, name_start, name_start + len(name), None, 0.6)
            return
        label = re.split(r"\s+(?:who|which|that)\s+", title.strip())[0]
        self.add_person(name, name_start, name_start + len(name), PostFact(role, org, label), 0.85)

    def org_kind(self, key: str) -> str | None:
        org = self.ex.orgs.get(key)
        return org.kind if org is not None else None

    def court_before(self, position: int) -> str | None:
        """The court named last before `position` (else the first one named after it)."""
        courts = [
            (fact.span.start, key) for key, fact in self.ex.orgs.items() if fact.kind == "court"
        ]
        before = [item for item in courts if item[0] < position]
        if before:
            return max(before)[1]
        return min(courts)[1] if courts else None

    def ranked_person(self, match: re.Match[str]) -> None:
        rank = " ".join(match.group("rank").replace(".", " ").split())  # "Det. Ch. Supt."
        role = RANKS.get(rank) or next(
            (r for w, r in RANKS.items() if w.lower() == rank.lower()), None
        )
        if role is None:
            return
        inner = RANK_NAME.match(self.view.text, match.start("name"))
        if inner is not None:
            # "Senior investigating officer Detective Sergeant X, of Y": both posts, in Y
            self.ranked_person(inner)
            person = self.ex.people.get(normalise_name(inner.group("name")))
            if person is not None and person.posts:
                inner_org = person.posts[-1].org_key
                label = f"{self.rank_name(rank, role)} of {self.org_label(inner_org)}"
                post = PostFact(role, inner_org, label)
                self.add_person(person.name, person.span.start, person.span.end, post, 0.8)
            return
        name = match.group("name")
        window_end = min(len(self.view.text), match.end() + 80)
        after = self.view.text[match.end() : window_end]
        stop = re.search(r"[.;:“\"]|\bsaid\b", after)
        org = self.org_in(match.end(), match.end() + (stop.start() if stop else len(after)))
        if org is None:  # "NCA Senior Investigating Officer X": the organisation comes first
            before = self.view.entities_in(max(0, match.start() - 40), match.start(), "ORG")
            if (
                before
                and before[-1].ident
                and not self.view.text[before[-1].end : match.start()].strip()
            ):
                org = before[-1].ident
        if role in POLICE_RANKS and org in NO_POLICE_RANKS:
            org = None  # "Det Insp X, who worked with Europol": the force's, as below
        if role in POLICE_RANKS and org in PROSECUTORS:
            org = None  # "DC X and Y, of the Crown Prosecution Service": Y's, not the DC's
        if org is None and role == "Prosecutor":
            org = self.prosecuting_service(rank.lower())
        if org is None and role == "PoliceAndCrimeCommissioner":
            # "Gwent's Police and Crime Commissioner Rhian …": the area before the title
            window = (self.view.text, max(0, match.start() - 40), match.start())
            area = OWNER_BEFORE.search(*window) or AREA_BEFORE.search(*window)
            org = self.area_force(area.group("area"), area.start("area")) if area else None
            main = self.ex.orgs.get(self.main_unit or "")
            if org is None and main is not None and main.kind == "force":
                org = main.key  # "Police and Crime Commissioner X said" in a force's release
            if org is None:
                self.add_person(name, match.start("name"), match.end("name"), None, 0.6)
                return
        if role == "Judge" and (org is None or self.ex.orgs[org].kind != "court"):
            # a judge sits in the court the release names, never in the force or the CPS
            org = self.court_before(match.start())
            if org is None:
                self.add_person(name, match.start("name"), match.end("name"), None, 0.6)
                return
        if (
            org is None
            and self.main_unit is None
            and role in POLICE_RANKS
            and SCOTTISH_COURT.search(self.view.text)
        ):
            # a news copy of a Scottish case names no force: Scotland has one
            org = self.add_org("police-scotland", match.start("rank"), match.start("rank")).key
        if org is None:
            fallback = self.main_unit or self.rocu_key
            known = self.ex.orgs.get(fallback or "")
            if role in FORCE_CHIEFS and known is not None and known.kind != "force":
                # a chief constable leads a force: with none named, the post stays unknown
                self.add_person(name, match.start("name"), match.end("name"), None, 0.6)
                return
            if role in POLICE_RANKS and known is not None and known.kind == "agency":
                # a news copy naming the NCA most: a superintendent is the named force's
                forces = [key for key, o in self.ex.orgs.items() if o.kind == "force"]
                if len(forces) > 1:  # "Officers from Thames Valley Police …", BTP later
                    forces = self.forces_in_lead()
                fallback = forces[0] if len(forces) == 1 else fallback
                if fallback in PROSECUTORS:  # no officer of the CPS
                    self.add_person(name, match.start("name"), match.end("name"), None, 0.6)
                    return
            org = fallback
        if org is None and role in POLICE_RANKS:
            # a news copy that names one police unit ("the Paramilitary Crime Task Force")
            # or one force and no other: the officer's
            org = self.only_police_org()
        if org is None:
            # "Superintendent Doug Blackwood said" in a news copy that names no force: the
            # person, whose post's organisation the analyst adds
            self.add_person(name, match.start("name"), match.end("name"), None, 0.6)
            return
        if role in POLICE_RANKS and org in NO_POLICE_RANKS:
            self.add_person(name, match.start("name"), match.end("name"), None, 0.6)
            return
        person = self.add_person(
            name,
            match.start("name"),
            match.end("name"),
            PostFact(role, org, f"{self.rank_name(rank, role)} of {self.org_label(org)}"),
            0.8,
        )
        if person is not None:
            self.head_before(person, match.start())
        leads = LEADS_AFTER.match(self.view.text, match.end())
        if person is None or leads is None:
            return
        # "DI X, who heads the Regional Cyber Crime Unit, said", "who heads up the unit":
        # its head too; not of the unit his rank was placed in when he leads another
        # ("who leads the RART")
        named = [e.ident for e in self.view.entities_in(leads.end(), leads.end() + 60, "ORG")]
        head_of = named[0] if named and named[0] else None
        unit_word = HEADED_UNIT.match(self.view.text, leads.end()) if head_of is None else None
        if unit_word is not None:
            # "who manages the unit": his own unit, else the unit of that word named last
            own = self.ex.orgs.get(org)
            mine = own is not None and own.kind in ("unit", "regional-unit")
            word = unit_word.group(0).split()[-1]
            head_of = org if mine else self.unit_named_before(match.start(), word)
        headed = self.ex.orgs.get(head_of or "")
        if headed is not None and headed.kind in ("unit", "regional-unit"):
            label = f"Head of the {self.org_label(headed.key)}"
            if not any(p.role == "HeadOfUnit" for p in person.posts):
                person.posts.append(PostFact("HeadOfUnit", headed.key, label))

    def only_police_org(self) -> str | None:
        """The one police unit the release names, else its one force, else None."""
        forces = {key for key, o in self.ex.orgs.items() if o.kind == "force"}
        units = [
            key
            for key, o in self.ex.orgs.items()
            if o.kind == "unit" and (o.unit_of in forces or o.unit_of is None)
        ]
        if len(units) == 1:
            return units[0]
        return next(iter(forces)) if len(forces) == 1 and not units else None

    def unit_named_before(self, position: int, word: str) -> str | None:
        """The unit named last before `position` whose name ends in `word`: what "the
        unit" refers back to ("the team" is not the Dog Unit)."""
        units = [
            (fact.span.start, key)
            for key, fact in self.ex.orgs.items()
            if fact.kind in ("unit", "regional-unit")
            and fact.span.start < position
            and self.org_label(key).lower().endswith(word.lower())
        ]
        return max(units)[1] if units else None

    def head_before(self, person: PersonFact, rank_start: int) -> None:
        """'Head of Zephyr Superintendent X': the unit named in the title is the one he heads."""
        title = HEAD_BEFORE.search(self.view.text, max(0, rank_start - 80), rank_start)
        if title is None:
            return
        unit = title.group("unit")
        if (
            RANK_CUE.search(unit)
            or " and " in unit
            or HEAD_OF_FUNCTION.match(f"head of {unit}".lower())
        ):
            return  # "Head of SWROCU DSupt X and DI Y", "Head of Economic Crime at EMSOU, DCI Z"
        named = self.view.entities_in(title.start("unit"), title.end("unit"), "ORG")
        units = [self.ex.orgs.get(e.ident) for e in named if e.ident]
        # "the Met Police's Trident Gang Crime Command": the unit the force owns, not the force
        tail = re.split(r"['’]s\s+", unit)[-1]
        units += [
            o
            for o in self.ex.orgs.values()
            if o.kind == "unit" and (o.label in unit or (" " in tail and o.label.endswith(tail)))
        ]
        headed = next(
            (o for o in units if o is not None and o.kind in ("unit", "regional-unit")), None
        )
        if headed is None:
            return
        for post in person.posts:
            if post.role != "HeadOfUnit" and post.org_key == headed.unit_of:
                # "The head of the Met Police's Trident Gang Crime Command, Detective
                # Superintendent X": his rank is held in the unit he heads
                post.org_key = headed.key
                post.label = (
                    f"{post.label.split(' of ')[0]} of {self.org_label(headed.key)}"
                    if post.label
                    else None
                )
        if not any(p.role == "HeadOfUnit" for p in person.posts):
            label = f"Head of the {self.org_label(headed.key)}"
            person.posts.append(PostFact("HeadOfUnit", headed.key, label))

    @staticmethod
    def rank_name(rank: str, role: str) -> str:
        """A rank as written, or written out when abbreviated ('DCI')."""
        return rank if " " in rank else ROLE_NAMES.get(role, rank)

    def investigation_leads(self) -> None:
        """'Detective Inspector X, who led the investigation for ERSOU, said': the officer
        ranked just before is the senior investigating officer, in the organisation named
        after "for", else in the one of his rank."""
        text = self.view.text
        if "who led the" not in text and "who headed the" not in text:
            return
        for match in LED_THE_INVESTIGATION.finditer(text, self.view.release.body_start):
            words = match.group("name").split()  # "Detective Inspector Mark Haywood"
            person = next(
                (
                    self.ex.people[key]
                    for first in range(len(words) - 1)
                    if (key := normalise_name(" ".join(words[first:]))) in self.ex.people
                ),
                None,
            )
            if person is None or person.defendant:
                continue  # an officer is named with a rank: a defendant "led" nothing here
            if not any(SIO_RANKS.search(p.role) for p in person.posts):
                continue  # "DS Tom Bell, who led the inquiry": a sergeant is no SIO
            named = self.view.entities_in(match.start("rest"), match.end("rest"), "ORG")
            entity = next((e for e in named if e.ident), None)
            if entity is not None and entity.ident:
                org: str | None = self.add_org(entity.ident, entity.start, entity.end).key
            elif FOR_AN_ORG.match(match.group("rest")):
                continue  # "… for Kent and Essex Serious Crime Directorate": not an org we know
            else:
                org = next(p.org_key for p in person.posts if SIO_RANKS.search(p.role))
            if org is None or any(p.role == "SeniorInvestigatingOfficer" for p in person.posts):
                continue
            label = f"Senior Investigating Officer, {self.org_label(org)}"
            person.posts.append(PostFact("SeniorInvestigatingOfficer", org, label))

    def quoted_roles(self) -> None:
        """'I as the Governance lead …' in a quote → a post of the person quoted."""
        text = self.view.text
        for match in re.finditer(
            r"\bI\s*,?\s+as\s+(?:the\s+)?(?P<title>[Gg]overnance lead|[Hh]ead of [\w ]+?|"
            r"[Ss]enior [Ii]nvestigating [Oo]fficer)\b",
            text,
        ):
            speaker = self.speaker_before(match.start())
            if speaker is None:
                continue
            title = match.group("title").lower()
            role = (
                "GovernanceLead"
                if title.startswith("governance")
                else ("HeadOfUnit" if title.startswith("head") else "SeniorInvestigatingOfficer")
            )
            org = self.main_unit
            if org is None:
                continue
            label = (
                "Governance lead for " + self.org_label(org)
                if role == "GovernanceLead"
                else match.group("title")
            )
            if not any(p.role == role and p.org_key == org for p in speaker.posts):
                speaker.posts.append(PostFact(role, org, label))

    def governance_roles(self) -> None:
        """'X, Bedfordshire's Police and Crime Commissioner who leads the ERSOU governance
        board', 'the lead PCC for ERSOU': the person named just before leads the unit's
        governance."""
        text = self.view.text
        if "overnance" not in text and "lead PCC" not in text and "ead Police and" not in text:
            return
        for match in GOVERNANCE_LEAD.finditer(text):
            group = "org" if match.group("org") else "org2"
            named = self.view.entities_in(match.start(group), match.end(group) + 1, "ORG")
            org = next((e.ident for e in named if e.ident and e.kind == "regional-unit"), None)
            if org is None:
                continue
            before = [
                person
                for person in self.ex.people.values()
                if match.start() - 160 < person.span.start < match.start() and not person.defendant
            ]
            speaker = max(before, key=lambda person: person.span.start, default=None)
            if speaker is None or SPEECH.search(text, speaker.span.end, match.start()):
                continue  # "X said: 'Our work is overseen by the lead PCC for ERSOU'"
            if not any(p.role == "GovernanceLead" for p in speaker.posts):
                label = "Governance lead for " + self.org_label(org)
                speaker.posts.append(PostFact("GovernanceLead", org, label))

    def speaker_before(self, position: int) -> PersonFact | None:
        best = None
        for person in self.ex.people.values():
            if (
                person.span.start < position
                and person.posts
                and (best is None or person.span.start > best.span.start)
            ):
                best = person
        return best
