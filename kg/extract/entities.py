"""Organisations, places, crime groups and people with their posts.

Names the EntityRuler linked to the reference tables become references;
"the ROCU" inside a special operations unit becomes its organised crime
sub-unit; "a Luton organised crime group" becomes a group based in Luton.
People come from the ways releases introduce them: "X, Head of the ROCU,
said", "Detective Inspector X of Kent Police", "the Police and Crime
Commissioner for Y, X", and defendants "X, 34, of Luton".
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

from kg.extract.facts import Extraction, OrgFact, PersonFact, PlaceFact, PostFact
from kg.extract.gazetteer import Gazetteer, normalise_name
from kg.extract.lexicon import (
    DEMONYMS,
    DIRECTIONS,
    GIVEN_NAMES,
    RANK_PATTERN,
    RANKS,
    STREET_WORDS,
    TITLES,
)
from kg.extract.pipeline import Entity, Sentence
from kg.extract.view import View
from kg.ids import slugify

# Atomic: what may follow a name word (space, comma, bracket, end) never starts with a
# letter, hyphen or apostrophe, so giving back characters never helps a match; without the
# group, a failed match retries every split of every word (quadratic per word).
# The end of an organisation's name that goes on with the area it serves.
UNIT_FOR = re.compile(
    r"\b(?:Unit|Agency|Service|Team|Partnership|Command|Squad|Office|Force)\s+(?:for|of)\s+"
    r"(?:the\s+)?$"
)
# Letters of names from other alphabets' Latin spellings: "Nghĩa", "Łukasz", "Öztürk".
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff"
NAME_WORD = (
    rf"(?>(?:[A-Z]['’](?=[A-Z]))?[{UPPER}][{LOWER}A-Z]*[{LOWER}][{LOWER}A-Z]*"
    rf"(?:[-'’][{UPPER}][{LOWER}A-Z]+)?)"
)
# Words of a name are separated by spaces, never a line break: releases list one
# defendant per line, and "Bradford" closing one line is not a first name for the next.
# A nickname in quotes after the first name ('Paul "Tank" Delaney') is not part of the name.
NICK = r"""(?:[ \t\u00a0]+["“‘'][A-Z][\w-]*["”’'])?"""
NICKNAME = re.compile(r"""\s+["“‘'][A-Z][\w-]*["”’']""")
# Later words are never a post ("John Hanson Head of Major Crime") and an initial is one
# letter ("Brian Cummings QC" ends before the letters after a name).
# Words of a post that never go on a name ("Supt Peter Newton Divisional Commander for
# Gwynedd", "John Hanson Head of Major Crime").
POST_WORDS = frozenset(
    {
        "Head", "Director", "Deputy", "Chief", "Senior", "Detective", "Inspector",
        "Superintendent", "Divisional", "District", "Commander", "Assistant", "Minister",
    }
)  # fmt: skip
NOT_NAME_WORD = rf"(?!(?:{'|'.join(sorted(POST_WORDS))})\b)"
NAME = (
    rf"{NAME_WORD}{NICK}(?:[ \t\u00a0]+(?:{NOT_NAME_WORD}{NAME_WORD}|[A-Z](?:\.|(?![\w’']))|"
    r"(?:de|van|von|bin|da|di|le)(?=[ \t\u00a0]))){1,3}"
)
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
        "After",
        "Following",
        "During",
        "Today",
        "Yesterday",
        "Last",
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
PLACE_CONTEXT = re.compile(
    r"(?:\d+-year-old\s+|\b(?:in|from|of|at|across|around|near|to|into|throughout|between|and|covering|"
    r"outside|inside|within|towards|through|via)\s+(?:the\s+)?|,\s*|\band\s+)$"
)
NAME_CONTINUES = re.compile(
    r"[ \t]+(?:(?i:crown\s+court|magistrates|youth\s+court|sheriff\s+court)|"
    r"Airport|Police|Constabulary|Prison|Station|"
    r"Road|Street|Avenue|Lane|Close|Drive|Crescent|Grove|Terrace|Way|Walk|Brow|Square|"
    r"Council|University|Hospital|Port\b|of\s+[A-Z])"
)
TRAVELLED_TO = re.compile(r"\b(?:to|into)\s+$")
COURT_IN = re.compile(r"\bCourt\s+(?:in|at)\s+$")
AREA_RE = re.compile(
    r"\b(?:in|from|around|near|across)\s+the\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
    # "in the Manor and Arbourthorne areas of the city"
    r"(?:\s+and\s+(?P<name2>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+areas|\s+area)$"
)
AREA_WORD = re.compile(r"(?<=[a-z]) areas?\b")
DIRECTION_END = re.compile(rf"\b({DIRECTIONS})\s+$")
COMPASS_RE = re.compile(
    rf"\b{DIRECTIONS}\s+(?:England|Wales|Scotland|London|Norfolk|Suffolk|Yorkshire|Midlands|"
    rf"Cornwall|Devon|Kent|Essex|Lancashire|Cumbria)\b"
)
FACILITY_RE = re.compile(
    r"\b(?:Port\s+of\s+[A-Z][a-z]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Airport|International\s+Airport))"
)
GROUP_NOUNS = (
    r"[Oo]rganised\s+[Cc]rime\s+[Gg](?:roup|ang)|[Oo]rganised\s+[Cc]riminal\s+[Gg]roup|OCG|"
    r"crime\s+gang|"
    r"criminal\s+gang|criminal\s+network|drugs?\s+gang|drugs?\s+network|drugs?\s+ring|gang|"
    r"(?:supply\s+)?network|ring|(?:supply\s+)?group|syndicate"
)
# Words before "gang" that say nothing of which gang it is ("the entire gang").
VAGUE_GROUP_WORDS = frozenset(
    {
        "entire",
        "whole",
        "major",
        "same",
        "wider",
        "large",
        "big",
        "sophisticated",
        "notorious",
        "violent",
        "dangerous",
        "prolific",
        "this",
        "that",
        "their",
        "his",
        "her",
        "its",
        "rival",
        "other",
        "first",  # "the first gang convicted": no name
        "most",  # "the most extensive drugs gang ever tackled": no name
        "biggest",
        "largest",
        "extensive",
        "calculated",  # "This was a calculated network"
        "ruthless",
        "highly",
        "well",
        "well-organised",
        "tight-knit",
        "close-knit",
    }
)
# Words before "network" or "group" that make it a thing, not criminals.
NOT_GROUP_WORDS = frozenset(
    {
        "rocu",  # "the ROCU network": the regional units
        "(rocu)",
        "rail",
        "railway",
        "road",
        "motorway",
        "transport",
        "phone",
        "telephone",
        "mobile",
        "encrypted",
        "messaging",
        "communications",
        "computer",
        "social",
        "banking",
        "support",
        "partner",
        "partnership",
        "referral",
        "working",
        "steering",
        "advisory",
        "community",
    }
)
IMPERSONATION_CUES = ("claim", "posed", "posing", "pretend", "impersonat")
IMPERSONATED = re.compile(
    r"\b(?:claim(?:ed|ing)\s+to\s+be|pos(?:ed|ing)\s+as|pretend(?:ed|ing)\s+to\s+be|"
    r"impersonat\w+)\b[^.;]{0,40}$"
)
CLAUSE = re.compile(
    r"\s*,?\s*(?:that|which|who|suspected\s+of|responsible\s+for|behind)\b[^.;]{0,90}"
)
# "an organised crime gang from Warrington", "… based in Sheffield and Rotherham", "… on
# Merseyside which …", "… operating in Flintshire": where the group is, just after its noun.
GROUP_PLACE_AFTER = re.compile(
    r"\s*(?:\([A-Z]{2,5}\)\s*)?(?:from|based\s+(?:in|on|around)|operating\s+(?:in|across|from|"
    r"out\s+of|on)|working\s+(?:in|across)|on|in|across|out\s+of)\s+"
    r"(?P<where>(?:the\s+)?(?:wider\s+|greater\s+)?[A-Z][\w'’-]*"
    r"(?:(?:\s+|-|\s+and\s+)[A-Z][\w'’-]*){0,4})"
)
ORGANISED_NOUN = re.compile(
    r"[Oo]rganised|OCG|crime\s+gang|criminal\s+(?:gang|network)|drugs?\s+(?:gang|ring|network)"
)
GOODS = re.compile(
    r"\b(?:crack\s+cocaine|cocaine|heroin|cannabis|amphetamine|ketamine|MDMA|guns|firearms|"
    r"cash|crack)\b",
    re.IGNORECASE,
)
NAMED_LINE = re.compile(
    r"(?:[\"“‘']\s*(?P<quoted>[A-Z][a-z]+)\s*[\"”’']|\bthe\s+(?P<plain>[A-Z][a-z]+))\s+"
    r"(?:county\s+|drugs?\s+|deal(?:ing)?\s+)?line\b|"
    # 'a county line known as "Bizzle"'
    r"\b(?:county|drugs?|deal(?:ing)?)\s+line\s+(?:known\s+as|called|named|branded)\s+"
    r"[\"“‘']\s*(?P<after>[A-Z][a-z]+)\s*[\"”’']"
)
NOT_LINE_NAMES = frozenset({"County", "Drugs", "Drug", "Deal", "Phone", "Front", "Class", "The"})
GROUP_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<pre>(?:(?!(?:of|the|a|an|and|to|for|from|in|with|by|member|members|"
    rf"that|this|these|those|which|who|its|their|his|her|between|within|against|into|over|"
    rf"behind|on|at)\b)"
    rf"[\w-]+\s+){{0,3}}?)(?P<noun>{GROUP_NOUNS})\b"
    r"(?!\s+(?:of|membership|members?|culture|violence|crime|activity|rivalry|[Tt]eam|[Uu]nit|"
    r"[Ss]quad)\b)"
)
# Every GROUP_NOUNS alternative holds one of these (case as written): a cheap test first.
GROUP_NOUN_WORDS = ("group", "Group", "OCG", "gang", "Gang", "network", "ring", "syndicate")
SUBUNIT_RE = re.compile(
    r"\b(?P<name>(?:(?:cyber|fraud|economic crime) and )?"
    r"(?:economic crime|asset recovery|asset confiscation|financial investigation|"
    r"cyber ?crime|fraud|serious (?:and )?organised crime|major crime|organised crime|"
    r"regional asset recovery|prison intelligence|covert|surveillance|"
    r"modern slavery|county lines|firearms)\s+(?:teams?|units?|squads?))\b",
    re.IGNORECASE,
)
OWNED_BEFORE = re.compile(r"\b(?:our|the|its|their)\s*$|['’]s(?:\s*\([a-z]+\))?\s*$")
# "officers from the Organised Crime and Counter Terrorism Unit": a unit named in
# capitals that the gazetteer does not know is one of the publisher's.
NAMED_UNIT = re.compile(
    r"\b(?:from|of|by|with|in)\s+(?:the|its|our|their)\s+"
    r"(?P<name>(?:[A-Z][a-z]+\s+(?:(?:and|&)\s+)?){1,5}(?:Unit|Team|Squad|Command|Directorate))\b"
)
OWNED_PROGRAMME = re.compile(
    r"(?P<owner>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})['’]s\s+"
    r"(?P<name>(?:Programme|Project)\s+[A-Z][a-z]+)\b"
)
# What a regional unit's own release calls the unit itself.
OWN_ROCU_NAME = re.compile(r"(?:regional\s+)?organised\s+crime\s+unit", re.IGNORECASE)
UNIT_WORD = re.compile(r"\b(?:Unit|Team|Squad|Command|Directorate)\b")
ROCU_WORDS_RE = re.compile(
    r"Regional\s+(?:and\s+)?Organised\s+Crime\s+Unit|Special\s+Operations\s+Unit"
)
# An organisation named as an owner ("Avon and Somerset Police's", "CPS East of England's").
OWNER_NAME = r"[A-Z][\w&-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w&-]*){0,3}"
SUBUNIT_PHRASE = re.compile(
    r"(?:\b(?:of|from|at|in|by|head\s+of|leads?|heads(?:\s+up)?)\s+(?:the\s+)?|"
    # a sentence that opens on an owner's unit: "Greater Manchester Police's Account
    # Freezing Order Team has seized …", "The force's Economic Crime Unit has secured …"
    r"^(?:[Tt]he\s+)?(?=[^.;]{1,60}?['’]s\s))"
    rf"(?:(?P<owner>{OWNER_NAME}|force)"
    r"(?:['’]s|(?<=s)['’])\s+)?"
    # "the Birmingham Organised Crime & Gangs Unit"; never "the unit" as a name's words
    r"(?P<name>(?:(?:[A-Z][\w-]*|&|(?!the\b|a\b|an\b)[a-z]+|and)\s+){0,5}?(?:[Uu]nit|[Tt]eam|CID|[Ss]quad|"
    r"[Dd]epartment|[Cc]ommand|[Dd]irectorate|[Bb]ranch|Group|Division|[Tt]askforce))\b"
)
# The words SUBUNIT_PHRASE opens on, but for a sentence's start.
SUBUNIT_LEAD_WORD = re.compile(r"(?:of|from|at|in|by|head\s+of|leads?|heads)\b", re.IGNORECASE)
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
OWNER_AFTER = re.compile(r"\s+(?:at|of|in|within)\s+(?:the\s+)?")
# Nations named together as a jurisdiction: "across England and Wales", "England,
# Scotland and Wales".
JURISDICTION = re.compile(
    r"\bEngland\s+and\s+Wales\b|\bEngland,\s+(?:Scotland|Wales),?\s+and\s+(?:Wales|Scotland)\b"
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
    r"detective|inspector|superintendent|commander|judge|sergeant|constable)\b"
)
# A prosecutor whose office is not named in the title works for the prosecuting service
# the release names (Scotland's Crown Office, England's CPS, Northern Ireland's PPS).
PROSECUTORS = ("crown-office", "crown-prosecution-service", "public-prosecution-service-ni")
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
SCOTTISH_PROSECUTOR = re.compile(r"procurator\s+fiscal|advocate\s+depute|fiscal\s+depute")
SAYS = re.compile(
    r"\b(?:said|says|added|explained|commented|stated|told|warned|praised|welcomed)\b"
)
MEMBER_CUE = re.compile(
    r"\b(?:forces|brings?\s+together|made\s+up|comprises|collaboration|partnership|"
    r"on\s+behalf\s+of|supports|serves|officers\s+from|staff\s+from)\b"
)
AREA_MEMBER_CUE = re.compile(
    r"(?:forces?\s+(?:of|in)|on\s+behalf\s+of|(?:member|partner|constituent)\s+forces\s*(?:are|:)?|"
    r"serves|supports|(?:[Cc]ompris(?:es|ing)|made\s+up\s+of)\s+(?:specialist\s+)?"
    r"(?:officers|staff)\s+from)\s*$"
)
# The written-out rank for a role, for post labels ("DC" → "Detective Constable").
ROLE_NAMES: dict[str, str] = {}
for _rank, _role in RANKS.items():
    if " " in _rank and not _rank.startswith(("Det ", "Ch ", "Acting", "Temporary", "His", "Her")):
        ROLE_NAMES.setdefault(_role, _rank)
ROLE_NAMES.update(
    Superintendent="Superintendent", Inspector="Inspector", Judge="Judge", Sergeant="Sergeant"
)
GENERIC_UNIT_WORDS = (
    "serious",
    "economic",
    "regional",
    "roads",
    "major",
    "organised",
    "asset",
    "financial",
    "cyber",
    "fraud",
    "covert",
    "surveillance",
    "modern",
    "county",
    "firearms",
    "prison",
)
# Words of an organisation's name that are never part of a person's.
ORG_WORDS = frozenset(
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
    }
)
# "driven by Peter Bark", "Police charged Gregory Morgan, Simon Newman …": a first name
# from given_names.txt and a surname name a person when no other rule does.
CAPITALISED_BEFORE_CAPITAL = re.compile(r"\b([A-Z][a-z]+)[ \t\u00a0]+(?=[A-Z])")
SURNAMES_AFTER = re.compile(rf"(?:[ \t\u00a0]+{NAME_WORD}){{1,3}}")
PLACE_BEFORE = re.compile(r"\b(?:in|near|around|across|at)\s+$")
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
    r"(?:[A-Z][\w'’&]*\s+){1,4}(?:senior\s+investigating\s+officer|branch\s+commander|"
    r"operations\s+manager|(?:deputy\s+)?director))"
    rf"\s+(?P<name>{NAME}),?\s+{SAID}\b"
)
# Ranks as news copies write them too: "NCA branch commander Mark Howes", "detective
# inspector Ann Lowe" (the name keeps its capitals).
# "Police and Crime Commissioner, Andrew Snowden": a comma only after a capitalised title
RANK_NAME = re.compile(
    rf"\b(?P<rank>(?i:{RANK_PATTERN}))\.?"
    # "Detective Chief Superintendent, Duncan Young, said:": a comma when the name closes
    # in another before the saying
    rf"(?:(?<=Commissioner),|,(?=\s+{NAME},\s+{SAID}\b))?\s+(?P<name>{NAME})"
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
    rf"(?P<name>{NAME}),\s+(?:of|from)\s+(?P<service>the\s+(?:Crown|Public)\s+Prosecution\s+Service)\b"
)
# "David Jamieson, the West Midlands Police and Crime Commissioner": the name first.
# "Staffordshire Commissioner Matthew Ellis", "Kent Police and Crime Commissioner Matthew
# Scott": the area, the title, the name (never "Metropolitan Police Commissioner X").
AREA_COMMISSIONER = re.compile(
    r"\b(?P<area>(?!Police\b|Metropolitan\b)[A-Z][\w&]*(?:\s+(?:and\s+)?(?!Police\b)[A-Z][\w&]*){0,3})"
    # news copies lower-case the title and may drop its "and" ("Wiltshire police crime
    # commissioner Philip Wilkinson")
    r"\s+(?:(?i:(?:acting\s+)?police,?\s+(?:fire\s+)?(?:and\s+)?crime\s+commissioner)|Commissioner),?\s+"
    rf"(?P<name>{NAME})"
)
NAME_THEN_COMMISSIONER = re.compile(
    rf"(?P<name>{NAME}){POSTNOMINALS},\s+(?:the\s+)?(?P<area>[A-Z][\w&]*(?:\s+(?:and\s+)?[A-Z][\w&]*)*?)"
    r"(?:['’]s)?\s+(?:[Aa]cting\s+)?Police,?\s+(?:Fire\s+)?and\s+Crime\s+Commissioner\b"
)
FORCE_IN_TITLE = re.compile(
    r"\b(?P<area>[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){0,3})\s+(?:[Pp]olice|[Cc]onstabulary)\b"
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
# Ranks the ontology has no role for: the person is named, with no post.
NO_ROLE_RANK = re.compile(
    rf"\b(?:Commander|Police\s+Constable|PC|Sergeant|Sgt|Constable)\.?\s+"
    rf"(?P<name>{NAME})"
)
# Words before a name that are not part of it: honorifics, and a role written as a title
# ("Ringleader Declan Furey, 51, …").
HONORIFIC = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Ringleaders?|Organisers?|Masterminds?|Kingpins?|Defendants?|"
    r"Driver|Courier|Accomplice|Broker|Dealer|Armourer|Brothers|Sisters|Cousins)\s+"
)
DEMONYM_BEFORE = re.compile(rf"^(?:{'|'.join(DEMONYMS)})\s+(?:nationals?\s+)?(?=\S+\s+\S)")
FORCE_LIST = re.compile(
    r"\b(?P<areas>(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+)*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+and\s+"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?:police\s+)?forces|Police|Constabular(?:y|ies))\b"
)
STREET_AFTER = re.compile(
    r"\s+(?:Way|Road|Street|Lane|Close|Avenue|Drive|Crescent|Grove|Terrace|Gardens|Walk|Row|"
    r"Brow)\b"
)
ADDRESS_BEFORE = re.compile(r"\b(?:of|off|on|in|at)\s+(?:[A-Z][\w'’-]*\s+)?$")
HOSTED_BY = re.compile(r"\bhosted\s+by\s+")
GROUP_WORDS = tuple((n, re.compile(rf"\b{n}\b")) for n in ("gang", "network", "ring", "syndicate"))
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
    r"\b(?P<name>Lord\s+(?!Advocate\b|Provost\b|Lieutenant\b|Chancellor\b|Mayor\b)"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:sentenced|jailed|imposed|told|ordered|"
    r"passed|said|described|concluded|ruled|refused|granted)\b"
)
HEADED_UNIT = re.compile(
    r"[^,.;]{0,50}?\b(?:[Uu]nit|[Tt]eam|[Ss]quad|ROCU|[Tt]ask\s?[Ff]orce|[Cc]ommand|[Bb]ranch|"
    r"[Hh]ub|[Dd]ivision|[Dd]epartment|[Dd]irectorate|[Ss]ection|CID)\b"
)
LEADS_AFTER = re.compile(r",\s+who\s+(?:heads(?:\s+up)?|leads|runs)\s+(?:the|its|our)\s+")
OWNER_BEFORE = re.compile(rf"(?P<area>{OWNER_NAME})['’]s\s+$")
AREA_BEFORE = re.compile(rf"(?P<area>{OWNER_NAME})\s+$")  # "Kent Police and Crime Commissioner"
ORG_THEN_TITLE = re.compile(
    r"(?:[\w&]+\s+){1,3}?(?<!assistant\s)"
    r"(?P<rest>(?:deputy\s+)?(?:director|branch\s+commander)\b.*|head\s+of\b.*|"
    r"senior\s+investigating\s+officer\b.*|operations\s+manager\b.*)"
)
OWNER_HEAD = re.compile(r"[\w&' -]{2,60}['’]s\s+head")
NAME_SAID = re.compile(rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,4}})\s+(?:said|added|says)\b")


class EntityRules:
    """Fills `extraction` with organisations, places, groups and people."""

    def __init__(self, gaz: Gazetteer, view: View, extraction: Extraction) -> None:
        self.gaz = gaz
        self.view = view
        self.ex = extraction
        self.main_unit: str | None = None
        self.rocu_key: str | None = None

    # organisations -------------------------------------------------------

    def organisations(self) -> None:
        counts: Counter[str] = Counter()
        text = self.view.text
        impersonation = self.view.mentions(
            self.view.release.body_start, len(text), *IMPERSONATION_CUES
        )
        for entity in self.view.entities:
            if entity.label != "ORG" or not entity.ident:
                continue
            before = text[max(0, entity.start - 60) : entity.start] if impersonation else ""
            if impersonation and IMPERSONATED.search(before):
                continue  # "claiming to be detectives from the Met": not involved
            parent = self.gaz.unit_of.get(entity.ident)
            owner = self.owner_after(entity.end) if parent else None
            if owner and owner != parent and self.gaz.org_kinds.get(owner) == "force":
                # "the Modern Slavery and Human Trafficking Unit of Essex Police": the
                # force's own unit of that name, not the national one
                name = self.view.text[entity.start : entity.end]
                self.unit(name, owner, True, entity.start, entity.end)
                continue
            counts[entity.ident] += 1
            self.add_org(entity.ident, entity.start, entity.end)
        self.listed_forces()
        self.main_unit = self._main_unit(counts)
        if self.main_unit and self.main_unit not in self.ex.orgs:
            title = self.view.release.meta_lines.get("publisher", 1)
            self.add_org(self.main_unit, 0, 0, line=title)
        self._generic_rocu()
        self._subunits()
        self.owned_units()
        self.courts()

    def owned_units(self) -> None:
        """'officers from Merseyside Police's Matrix team' → a unit of the force it names."""
        for sentence in self.view.sentences:
            if not any(mark in sentence.text for mark in ("'s ", "’s ", "s' ", "s’ ")):
                continue
            for match in SUBUNIT_PHRASE.finditer(sentence.text):
                if match.group("owner"):
                    start = sentence.start + match.start()
                    self.subunit_in(start, sentence.start + match.end())
            if "Programme" in sentence.text or "Project" in sentence.text:
                for match in OWNED_PROGRAMME.finditer(sentence.text):
                    self.programme(sentence.start, match)

    def programme(self, offset: int, match: re.Match[str]) -> None:
        """'GMP's Programme Challenger': a standing programme of the force, named as a unit."""
        owners = self.view.entities_in(
            offset + match.start("owner"), offset + match.end("owner"), "ORG"
        )
        if owners and owners[0].ident:
            start, end = offset + match.start("name"), offset + match.end("name")
            self.unit(match.group("name"), owners[0].ident, False, start, end)

    def add_org(self, ident: str, start: int, end: int, line: int = 0) -> OrgFact:
        """A linked organisation; only reference-table entities are references."""
        fact = self.ex.orgs.get(ident)
        if fact is None:
            reference = ident in self.gaz.reference_orgs
            fact = OrgFact(
                label=self.gaz.org_labels.get(ident, ident),
                kind=self.gaz.org_kinds.get(ident, "agency"),
                span=self.view.span(start, end, 0.95 if reference else 0.85),
                ref=ident if reference else None,
                key=ident,
                unit_of=self.gaz.unit_of.get(ident),
            )
            self.ex.orgs[ident] = fact
            if fact.unit_of:
                self.add_org(fact.unit_of, start, end)
        return fact

    def courts(self) -> None:
        """'Norwich Crown Court', 'Colchester Magistrates' Court'."""
        pattern = re.compile(
            r"\b(?P<place>(?:(?:Isle|City|Vale)\s+of\s+)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s+"
            r"(?P<kind>(?i:crown\s+court|magistrates['’]?\s+court|youth\s+court|sheriff\s+court)|"
            r"Old\s+Bailey)"
            r"|\b(?P<high>High\s+Court(?:\s+of\s+Justiciary)?\s+in\s+(?P<seat>[A-Z][a-z]+))"
            r"|(?<=\bthe\s)(?P<bailey>Old\s+Bailey|Central\s+Criminal\s+Court)\b"
        )
        body = self.view.text
        if "ourt" not in body and "Bailey" not in body:
            return  # every match names one of the two
        for match in pattern.finditer(body, self.view.release.body_start):
            if match.group("high") or match.group("bailey"):
                # Scotland's High Court sits in several cities; London's has one name
                label = (
                    "Old Bailey"
                    if match.group("bailey")
                    else f"High Court in {match.group('seat')}"
                )
                key = slugify(label)
                if key not in self.ex.orgs:
                    self.ex.orgs[key] = OrgFact(
                        label=label,
                        kind="court",
                        span=self.view.span(match.start(), match.end(), 0.85),
                        key=key,
                    )
                continue
            place = match.group("place")
            if place.split()[0] in ("At", "The", "In", "To", "From", "Before", "On"):
                place = " ".join(place.split()[1:])
            if not place:
                continue
            kind = re.sub(r"\s+", " ", match.group("kind")).replace("’", "'").title()
            kind = kind.replace("'S", "'s")  # "Magistrates' Court" as written in any case
            if kind.startswith("Magistrates"):
                kind = "Magistrates' Court"
            label = f"{place} {kind}"
            key = slugify(label)
            if key not in self.ex.orgs:
                start = match.start() + match.group(0).index(place)
                self.ex.orgs[key] = OrgFact(
                    label=label, kind="court", span=self.view.span(start, match.end(), 0.9), key=key
                )

    def members(self) -> None:
        """Forces listed beside a regional unit ("brings together … Surrey Police and Sussex
        Police"), and its host ("hosted by Thames Valley Police") → member and lead forces."""
        units = [k for k, o in self.ex.orgs.items() if o.kind == "regional-unit"]
        if not units:
            return
        unit = self.main_unit if self.main_unit in units else units[0]
        known = set(self.gaz.members.get(unit, ()))
        for sentence in self.view.sentences:
            named = [
                e.ident
                for e in self.view.entities_in(sentence.start, sentence.end, "ORG")
                if e.kind == "force"
            ]
            areas = [
                e
                for e in self.view.entities_in(sentence.start, sentence.end, "PLACE")
                if e.ident in self.gaz.force_of_area
            ]
            forces = list(dict.fromkeys(named))
            listed = [f for f in forces if not known or f in known]
            if not (len(listed) >= 2 and MEMBER_CUE.search(sentence.text)):
                listed = []
            if areas and AREA_MEMBER_CUE.search(
                self.view.text[max(0, areas[0].start - 40) : areas[0].start]
            ):
                from_areas = [self.gaz.force_of_area[e.ident] for e in areas]
                listed = list(dict.fromkeys([*listed, *from_areas]))
                for entity in areas:
                    self.ex.places.pop(entity.ident, None)
            if len(listed) >= 2:
                org = self.ex.orgs[unit]
                org.member_forces = list(dict.fromkeys([*org.member_forces, *listed]))
                for force in listed:
                    self.add_org(force, sentence.start, sentence.start)
            host = HOSTED_BY.search(sentence.text)
            if host and forces:
                after = sentence.start + host.end()
                first = self.view.entities_in(after, after + 60, "ORG")
                if first and first[0].kind == "force":
                    self.set_lead_force(unit, first[0].ident)

    def _main_unit(self, counts: Counter[str]) -> str | None:
        publisher = str(self.ex.meta.get("publisher") or "")
        entry = self.gaz.lookup(publisher) if publisher else None
        if entry is not None and entry.label == "ORG":
            self.ex.issued_by = entry.ident
            return entry.ident
        ident = self.gaz.org_with_label(publisher) if publisher else None
        if ident is not None:
            return ident
        # no publisher we know (a newspaper's copy): the unit, agency or force named most,
        # a regional unit before an agency before a force when as often
        order = ("regional-unit", "agency", "force")
        ranked = sorted(
            (i for i in counts if self.gaz.org_kinds.get(i) in order),
            key=lambda i: (-counts[i], order.index(self.gaz.org_kinds[i])),
        )
        return ranked[0] if ranked else self._force_in_title() or self._force_of_the_area()

    def _force_of_the_area(self) -> str | None:
        """'… a handgun was found buried in a field on Merseyside', then 'Detective Sergeant X
        said': a news copy that names no force, but one force's area and its officers."""
        text = self.view.text[self.view.release.body_start :]
        if not any(word in text for word in ("Detective", "officers", "Police", "police")):
            return None
        forces = self.forces_named(by_name=False)
        return forces.pop() if len(forces) == 1 else None

    def forces_named(self, by_name: bool = True) -> set[str]:
        """The forces the text names, by their areas ("on Merseyside") and, unless
        `by_name` is false, by their own names."""
        forces = set()
        text = self.view.text
        for entity in self.view.entities:
            if entity.label == "PLACE" and entity.ident in self.gaz.force_of_area:
                if NAME_CONTINUES.match(text, entity.end):
                    continue  # "Teesside Crown Court": a court's name
                if TRAVELLED_TO.search(text, max(0, entity.start - 12), entity.start):
                    continue  # "Jones had fled to Devon": not where the police were
                forces.add(self.gaz.force_of_area[entity.ident])
            elif (
                by_name
                and entity.label == "ORG"
                and self.gaz.org_kinds.get(entity.ident) == "force"
            ):
                forces.add(entity.ident)
        return forces

    def forces_in_lead(self) -> list[str]:
        """The forces named by their own names in the first of the body's first three
        sentences that names any ("Officers from Thames Valley Police …")."""
        body = [s for s in self.view.sentences if s.start >= self.view.release.body_start]
        for sentence in body[:3]:
            named = self.view.entities_in(sentence.start, sentence.end, "ORG")
            forces = [e.ident for e in named if self.gaz.org_kinds.get(e.ident or "") == "force"]
            if forces:
                return list(dict.fromkeys(f for f in forces if f))
        return []

    def _force_in_title(self) -> str | None:
        """'… recovered in Nottinghamshire police crackdown': a news copy whose body names no
        force, its headline does."""
        title = str(self.ex.meta.get("title") or "")
        for match in FORCE_IN_TITLE.finditer(title):
            words = match.group("area").split()
            for first in range(len(words)):
                entry = self.gaz.lookup(" ".join([*words[first:], "Police"]))
                if entry is not None and entry.label == "ORG" and entry.ident:
                    return entry.ident
        return None

    def _generic_rocu(self) -> None:
        """'the ROCU' / 'regional organised crime unit' not inside a longer name."""
        pattern = re.compile(r"\b(?:ROCU|[Rr]egional (?:and )?[Oo]rganised [Cc]rime [Uu]nit)\b")
        unit = (
            self.main_unit
            if self.gaz.org_kinds.get(self.main_unit or "") == "regional-unit"
            else None
        )
        if unit is None:
            units = [k for k, o in self.ex.orgs.items() if o.kind == "regional-unit"]
            unit = units[0] if units else None
        if unit is None and pattern.search(self.view.text, self.view.release.body_start):
            unit = self._rocu_of_forces()
            if unit is not None:
                self.add_org(unit, 0, 0, line=self.view.release.meta_lines.get("publisher", 1))
        if unit is None:
            return
        label = self.gaz.org_labels.get(unit, unit)
        for match in pattern.finditer(self.view.text, self.view.release.body_start):
            if self.view.entity_at(match.start(), match.end()):
                continue
            if self.is_a_rocu(unit):
                self.rocu_key = unit
                return
            key = f"{unit}-rocu"
            abbreviation = self.gaz.org_abbreviations.get(unit, label)
            self.rocu_key = key
            if key not in self.ex.orgs:
                self.ex.orgs[key] = OrgFact(
                    label=f"{abbreviation} Regional Organised Crime Unit",
                    kind="unit",
                    span=self.view.span(match.start(), match.end(), 0.8),
                    key=key,
                    unit_of=unit,
                )
            return

    def listed_forces(self) -> None:
        """'Northamptonshire, West Midlands, Greater Manchester and Lancashire police forces',
        'officers from Greater Manchester and West Midlands Police': each area a force is
        named after, as the force."""
        text = self.view.text
        if not any(word in text for word in ("forces", "Police", "Constabular")):
            return
        for match in FORCE_LIST.finditer(text, self.view.release.body_start):
            for area in re.finditer(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", match.group("areas")):
                entry = self.gaz.lookup(f"{area.group(0)} Police")
                if entry is not None and entry.label == "ORG" and entry.ident:
                    start = match.start("areas") + area.start()
                    self.add_org(entry.ident, start, start + len(area.group(0)))

    def _rocu_of_forces(self) -> str | None:
        """The one regional unit whose member forces the release names ("in Staffordshire")."""
        named = self.forces_named()
        units = {u for u, forces in self.gaz.members.items() if named & set(forces)}
        return units.pop() if len(units) == 1 else None

    def _subunits(self) -> None:
        if not self.main_unit:
            return
        body = self.view.text
        start = self.view.release.body_start
        if not self.view.mentions(
            start, len(body), "team", "unit", "squad", "command", "directorate"
        ):
            return  # every match ends in one of these
        for match in SUBUNIT_RE.finditer(body, start):
            before = body[max(0, match.start() - 24) : match.start()].lower()
            if not OWNED_BEFORE.search(before):
                continue
            owner = self.owner_after(match.end()) or (
                self.the_force() if re.search(r"\bforce['’]s\s*$", before) else None
            )
            owner = owner or self.main_unit
            self.unit(match.group("name"), owner, False, match.start(), match.end())
        for word in UNIT_WORD.finditer(body, start):
            # the name is read back from its last word: a few matches, not every position
            window = NAMED_UNIT.finditer(body, max(start, word.start() - 90), word.end())
            named = next((m for m in window if m.end() == word.end()), None)
            if named is None:
                continue
            if self.view.entities_in(named.start("name"), named.end("name"), "ORG"):
                continue  # a known organisation's own name
            if ROCU_WORDS_RE.search(named.group("name")):
                continue
            owner = self.owner_after(named.end("name")) or self.main_unit
            self.unit(named.group("name"), owner, False, named.start("name"), named.end("name"))

    def lead_force(self) -> None:
        """'Bedfordshire Police, who are the lead force for ERSOU' → the unit's lead force."""
        orgs = [e for e in self.view.entities if e.label == "ORG" and e.ident]
        for first, second in itertools.pairwise(orgs):
            between = self.view.text[first.end : second.start]
            if (
                first.kind == "force"
                and second.kind == "regional-unit"
                and LEAD_FORCE_RE.fullmatch(between)
                and second.ident in self.ex.orgs
            ):
                self.set_lead_force(second.ident, first.ident)

    def set_lead_force(self, unit: str, force: str) -> None:
        """A unit has one lead force: never one that contradicts the reference tables."""
        if self.gaz.lead_force.get(unit) in (None, force):
            self.ex.orgs[unit].lead_force = force

    # places --------------------------------------------------------------

    def places(self) -> None:
        text = self.view.text
        for entity in self.view.entities:
            if entity.label not in ("PLACE", "GPE") or not entity.ident:
                continue
            after = text[entity.end : entity.end + 30]
            if NAME_CONTINUES.match(after):
                continue  # part of a longer name: a court, an airport, a force
            if text[entity.start - 1 : entity.start] == " " and self.after_abbreviation(entity):
                continue  # "CPS East Midlands": an organisation's regional office
            if UNIT_FOR.search(text, max(0, entity.start - 40), entity.start):
                continue  # "the Regional Organised Crime Unit for the West Midlands"
            if COURT_IN.search(text, max(0, entity.start - 12), entity.start):
                continue  # "the High Court in Glasgow": the court's name, not a place
            if entity.ident in ("england", "wales", "scotland") and JURISDICTION.search(
                text, max(0, entity.start - 20), min(len(text), entity.end + 20)
            ):
                continue  # "ROCUs in England and Wales": the nations policed, not a place
            before = text[max(0, entity.start - 20) : entity.start]
            direction = DIRECTION_END.search(before) if before[-6:-1].isalpha() else None
            if direction and COMPASS_RE.fullmatch(f"{direction.group(1)} {entity.text}"):
                continue  # "south Wales": a region of its own (compound_places)
            if entity.label == "GPE":
                if direction:
                    before = before[: direction.start()]  # "across south Manchester"
                if not (
                    PLACE_CONTEXT.search(before)
                    or after.startswith(
                        ("-based", " based", " area", " organised", " gang", " crime", " drugs")
                    )
                ):
                    continue
            self.place(entity)
        self.compound_places()

    def after_abbreviation(self, entity: Entity) -> bool:
        """Whether an organisation's abbreviation ("CPS", "NCA") ends just before `entity`."""
        for other in self.view.entities_in(max(0, entity.start - 8), entity.start - 1, "ORG"):
            if other.end == entity.start - 1 and other.text.isupper():
                return True
        return False

    def compound_places(self) -> None:
        """'North West England', 'west Wales', 'Port of Dover', 'East Midlands Airport'."""
        text = self.view.text
        body = self.view.release.body_start
        for match in COMPASS_RE.finditer(text, body):
            if self.view.entity_at(match.start(), match.end()):
                continue
            label = " ".join(w[:1].upper() + w[1:] for w in match.group(0).split())
            self.new_place(label, "region", match.start(), match.end(), 0.7)
        for area in AREA_WORD.finditer(text, body) if " area" in text else ():
            # "in the Cardonald area of the city": a district the gazetteer may not know,
            # read back from the word "area" (rare) rather than tried at every position
            named = AREA_RE.search(text, max(body, area.start() - 60), area.end())
            if named is None:
                continue
            for group in ("name", "name2"):
                if named.group(group) is None:
                    continue
                start, end = named.start(group), named.end(group)
                known = self.view.entities_in(start, end, "PLACE", "GPE", "ORG")
                if known and known[0].label == "ORG":
                    continue
                if known and known[0].ident:
                    self.place(known[0])
                else:
                    self.new_place(named.group(group), "town", start, end, 0.6)
        if "Port" not in text and "Airport" not in text:
            return  # every match names one of the two
        for match in FACILITY_RE.finditer(text, body):
            self.new_place(
                " ".join(match.group(0).split()), "place", match.start(), match.end(), 0.75
            )

    def new_place(self, label: str, kind: str, start: int, end: int, confidence: float) -> str:
        key = slugify(label)
        if key not in self.ex.places:
            self.ex.places[key] = PlaceFact(
                label=label,
                kind=kind,
                span=self.view.span(start, end, confidence),
                ref=key if key in self.gaz.reference_places else None,
                key=key,
            )
        return key

    def drop_surnames(self) -> None:
        """A town named like a person of the release ('Brackley was jailed') is the person."""
        words = {w for p in self.ex.people.values() for w in p.name.split()}
        used = {p.town_key for p in self.ex.people.values()}
        for key, place in list(self.ex.places.items()):
            if place.label in words and place.ref is None and key not in used:
                del self.ex.places[key]

    def place(self, entity: Entity) -> PlaceFact:
        fact = self.ex.places.get(entity.ident)
        if fact is None:
            fact = PlaceFact(
                label=self.gaz.place_labels.get(entity.ident, entity.text),
                kind=self.gaz.place_kinds.get(entity.ident, entity.kind),
                span=self.view.span(
                    entity.start, entity.end, 0.95 if entity.label == "PLACE" else 0.8
                ),
                ref=entity.ident if entity.ident in self.gaz.reference_places else None,
                key=entity.ident,
            )
            self.ex.places[entity.ident] = fact
        return fact

    def places_in(self, start: int, end: int) -> list[str]:
        """Keys of the places mentioned between two offsets, in order."""
        keys = []
        for entity in self.view.entities_in(start, end, "PLACE", "GPE"):
            if entity.ident in self.ex.places and entity.ident not in keys:
                keys.append(entity.ident)
        return keys

    def operates_in(self) -> None:
        """'operating across A, B and C' / 'covering A, B and C' → where the unit works."""
        if not self.main_unit or self.main_unit not in self.ex.orgs:
            return
        pattern = re.compile(
            r"\b(?:operat\w*|work\w*|covers?|covering|across|serves|serving)\b[^.]{0,40}?"
            r"(?:across|in|covering)?\s*"
            r"(?P<list>(?:[A-Z][\w ]+?,\s*)+[A-Z][\w ]+?\s+and\s+[A-Z][\w]+(?:\s[A-Z]\w+)?)"
        )
        for sentence in self.view.sentences:
            match = pattern.search(sentence.text)
            if not match:
                continue
            start = sentence.start + match.start("list")
            keys = [
                k
                for k in self.places_in(start, sentence.start + match.end("list"))
                if self.ex.places[k].kind in ("county", "region", "town")
            ]
            if len(keys) >= 3:
                unit = self.ex.orgs[self.main_unit]
                unit.operates_in = [k for k in keys if k not in unit.operates_in]
                return

    # crime groups --------------------------------------------------------

    def groups(self) -> None:
        lines = "line" in self.view.text
        for match in (
            NAMED_LINE.finditer(self.view.text, self.view.release.body_start) if lines else ()
        ):
            name = match.group("quoted") or match.group("plain") or match.group("after")
            if name in NOT_LINE_NAMES:
                continue
            key = f"group:{slugify(name)}-county-line"
            if key not in self.ex.orgs:
                self.ex.orgs[key] = OrgFact(
                    label=f"{name} county line",
                    kind="group",
                    span=self.view.span(match.start(), match.end(), 0.8),
                    key=key,
                )
        told = ""  # the sentences that told of a group so far
        for sentence in self.view.sentences:
            if not any(noun in sentence.text for noun in GROUP_NOUN_WORDS):
                continue
            for match in GROUP_RE.finditer(sentence.text):
                start = sentence.start + match.start()
                end = sentence.start + match.end()
                pre = match.group("pre").strip()
                if NOT_GROUP_WORDS.intersection(pre.lower().split()):
                    continue  # "the rail network", "an encrypted phone network"
                places = self.places_in(start, end)
                goods: list[str] = []
                clause = CLAUSE.match(sentence.text, match.end())
                if clause and not places:
                    places = self.places_in(
                        sentence.start + clause.start(), sentence.start + clause.end()
                    )
                if clause:
                    goods = list(dict.fromkeys(g.lower() for g in GOODS.findall(clause.group(0))))
                if not places and ORGANISED_NOUN.match(match.group("noun")):
                    # "an organised crime gang from Warrington" (not "owed money to a gang in
                    # Manchester": any gang may be in a town)
                    after = GROUP_PLACE_AFTER.match(sentence.text, match.end())
                    if after:
                        places = self.places_in(
                            sentence.start + after.start("where"), sentence.start + after.end()
                        )
                if not places and not pre:
                    continue
                if (
                    not places
                    and re.fullmatch(r"[A-Z][a-z]+", pre)
                    and re.search(rf"\b{pre}\b", told)
                ):
                    continue  # "X was the head of an OCG based in Newport" … "the X OCG"
                key = self.group(start, end, pre, places, goods)
                if key:
                    told += sentence.text

    def group(
        self, start: int, end: int, pre: str, places: list[str], goods: list[str] | None = None
    ) -> str:
        home = places[0] if places else None
        noun_text = self.view.text[start:end].lower()
        noun = next(
            (n for n, word in GROUP_WORDS if word.search(noun_text)),
            "organised crime group",
        )
        words = [
            w
            for w in pre.split()
            if w.lower() not in ("organised", "crime", "criminal", "-based")
            and w.lower() not in VAGUE_GROUP_WORDS
            and not w.lower().endswith(("-strong", "-member", "-man"))  # "the 21-strong group"
        ]
        labels = [self.ex.places[p].label for p in places[:2]]
        descriptive = " ".join(w for w in words if not any(w.startswith(lbl) for lbl in labels))
        descriptive = re.sub(r"-based\b", "", descriptive).strip()
        if not places and not descriptive:
            return ""
        where = " and ".join(labels)
        what = " and ".join(goods or [])
        if labels and any(lbl in pre for lbl in labels):
            # the words as written ("south London", "Swansea-based") keep their order
            where, descriptive = re.sub(r"-based\b", "", " ".join(words)).strip(), ""
        label = " ".join(p for p in (where, descriptive, what, noun) if p)
        key = f"group:{slugify(label)}"
        if key not in self.ex.orgs:
            self.ex.orgs[key] = OrgFact(
                label=label[:1].upper() + label[1:],
                kind="group",
                span=self.view.span(start, end, 0.75),
                key=key,
                based_in=home,
            )
        return key

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
                match.group("title"),
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
        if "Lord " in self.view.text:
            for match in SCOTTISH_JUDGE.finditer(self.view.text, self.view.release.body_start):
                # "Lord Ardmillan sentenced Ion Stanciu": a judge of the High Court
                court = self.court_before(match.start())
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
        self.model_people()
        self.quoted_roles()
        self.governance_roles()
        self.surnames_to_full_names()

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
            before = WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if before is not None and before.group(1) not in NOT_NAME_START:
                continue  # a middle name: the name began earlier
            if PLACE_BEFORE.search(text, max(0, match.start() - 10), match.start()):
                continue  # "addresses in Lawrence Weston": a district named like a person
            after = SURNAMES_AFTER.match(text, match.end(1))
            if after is None:
                continue
            words = [match.group(1), *after.group(0).split()]
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
            self.add_person(name, start, end, None, 0.5)

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
        name = NICKNAME.sub("", HONORIFIC.sub("", name))
        judge = post is not None and post.role == "Judge" and name.startswith("Lord ")
        if not (judge or self.name_ok(name)):  # a Scottish judge is "Lord Ardmillan"
            return None
        if STREET_AFTER.match(self.view.text, end) or (
            STREET_AFTER.match(f" {name.split()[-1]}")
            and ADDRESS_BEFORE.search(self.view.text, max(0, start - 30), start)
        ):
            return None  # "land off George Masters Way", "builder of Brandy House Brow"
        key = normalise_name(name)
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
            person.posts.append(post)
        return person

    def prosecuting_service(self, title: str = "") -> str | None:
        """The prosecuting service the release names, if any; a procurator fiscal or an
        advocate depute works for Scotland's Crown Office whether it is named or not."""
        named = next((key for key in PROSECUTORS if key in self.ex.orgs), None)
        if named is None and SCOTTISH_PROSECUTOR.search(title):
            return self.add_org("crown-office", 0, 0).key
        return named

    def org_in(self, start: int, end: int) -> str | None:
        """The organisation named first between two offsets (or the ROCU, a sub-unit)."""
        unit = self.subunit_in(start, end)
        if unit:
            return unit
        for entity in self.view.entities_in(start, end, "ORG"):
            if entity.ident:
                return entity.ident
        segment = self.view.text[start:end]
        if self.rocu_key and re.search(
            r"\b(?:ROCU|[Rr]egional [Oo]rganised [Cc]rime [Uu]nit)\b", segment
        ):
            return self.rocu_key
        for key, org in self.ex.orgs.items():
            if org.kind == "unit" and org.label.split(" ", 1)[-1].lower() in segment.lower():
                return key
        return None

    def subunit_in(self, start: int, end: int) -> str | None:
        """'of NWROCU's economic crime unit', 'of Lowestoft CID' → a sub-unit of its owner."""
        segment = self.view.text[start:end]
        match = SUBUNIT_PHRASE.search(segment)
        if not match:
            return None
        name = re.sub(r"^(?:our|its|their|the)\s+", "", " ".join(match.group("name").split()))
        if re.fullmatch(r"(?:the\s+)?(?:organised crime group|group)", name, re.IGNORECASE):
            return None
        if self.rocu_key and not match.group("owner") and ROCU_WORDS_RE.fullmatch(name):
            return self.rocu_key  # "Head of the Regional Organised Crime Unit": the ROCU
        if not match.group("owner") and OWN_ROCU_NAME.fullmatch(name):
            main = self.ex.orgs.get(self.main_unit or "")
            if main is not None and main.kind == "regional-unit" and self.is_a_rocu(main.key):
                return main.key  # "head of the organised crime unit" in Tarian's release
        if not match.group("owner") and " " not in name:
            # "X heads up the unit": the latest unit found so far (units are read before
            # people), if any
            units = [key for key, org in self.ex.orgs.items() if org.kind == "unit"]
            if units:
                return units[-1]
            main = self.ex.orgs.get(self.main_unit or "")
            if main is not None and main.kind == "regional-unit":
                return main.key  # "head of the unit" in a ROCU's release: the ROCU
        owner_text = match.group("owner")
        owner = None
        owners: list = []
        if owner_text == "force":  # "officers from the force's Roads Crime Unit"
            owner = self.the_force()
            owner_text = owner_text if owner else None
        elif owner_text:
            owners = self.view.entities_in(
                start + match.start("owner"), start + match.end("owner"), "ORG"
            )
            owner = owners[0].ident if owners else None
        if owner is None and not SUBUNIT_LEAD_WORD.match(match.group(0)) and name.islower():
            return None  # a sentence opening on "Fox's defence team": no organisation's
        if owner is None:
            inside = self.view.entities_in(
                start + match.start("name"), start + match.end("name"), "ORG"
            )
            if inside and self.view.text[inside[0].start : inside[0].end] == name:
                return None
            owner = self.owner_after(start + match.end("name")) or self.main_unit
        if owner is None:
            return None
        written = None
        if owner_text and owners and owners[0].text != owner_text.strip():
            written = owner_text.strip()  # "CPS East Midlands' Complex Casework Unit"
        return self.unit(
            name,
            owner,
            owner_text is not None,
            start + match.start("name"),
            start + match.end("name"),
            written,
        )

    def the_force(self) -> str | None:
        """What "the force" is: the publishing force, or in a news copy the one force the
        text names."""
        main = self.ex.orgs.get(self.main_unit or "")
        if main is not None and main.kind == "force":
            return main.key
        forces = self.forces_named()
        return forces.pop() if len(forces) == 1 else None

    def is_a_rocu(self, unit: str) -> bool:
        """Tarian is a ROCU; ERSOU and EMSOU are special operations units that hold one."""
        label = self.gaz.org_labels.get(unit, unit)
        return "Regional Organised Crime Unit" in label or "ROCU" in self.gaz.org_abbreviations.get(
            unit, ""
        )

    def owner_after(self, position: int) -> str | None:
        """'the County Lines Team at Norfolk Police': the organisation named just after."""
        after = OWNER_AFTER.match(self.view.text, position)
        if after is None:
            return None
        named = self.view.entities_in(after.end(), after.end() + 60, "ORG")
        if named and named[0].start == after.end() and named[0].ident:
            return named[0].ident
        return None

    def unit(
        self,
        name: str,
        owner: str,
        owner_named: bool,
        start: int,
        end: int,
        written_owner: str | None = None,
    ) -> str:
        """A unit of `owner`, keyed by its label so every way of naming it meets.

        `written_owner` is the owner as the text names it when that says more than the
        organisation's name ("CPS East Midlands" for the CPS).
        """
        name = " ".join(name.split())
        owner_label = (
            written_owner or self.gaz.org_abbreviations.get(owner) or self.org_label(owner)
        )
        # "Lowestoft CID" names itself; "economic crime unit" needs its owner's name.
        self_named = (
            not owner_named
            and name[:1].isupper()
            and not name.lower().startswith(GENERIC_UNIT_WORDS)
        )
        label = (
            name if owner_label.lower() in name.lower() or self_named else f"{owner_label} {name}"
        )
        key = slugify(label)
        if key not in self.ex.orgs and not owner_named:
            # "the Rural Taskforce" after "North Yorkshire Police's Rural Taskforce"
            for fact in self.ex.orgs.values():
                if (
                    fact.kind == "unit"
                    and fact.unit_of == owner
                    and fact.label.endswith(f" {name}")
                ):
                    return fact.key
        if key not in self.ex.orgs and owner_named:
            # "the Insurance Fraud Enforcement Department" named before its owner was
            for fact in self.ex.orgs.values():
                if fact.kind == "unit" and fact.label == name:
                    fact.label, fact.unit_of = label, owner
                    self.add_org(owner, start, start)
                    return fact.key
        if key not in self.ex.orgs:
            self.ex.orgs[key] = OrgFact(
                label=label,
                kind="unit",
                span=self.view.span(start, end, 0.7),
                key=key,
                unit_of=owner,
            )
            self.add_org(owner, start, start)
        return key

    def area_force(self, area: str, position: int) -> str | None:
        entity = self.view.entity_at(position, position + len(area))
        if entity and entity.label == "ORG":
            return entity.ident
        force = self.gaz.force_of_area.get(slugify(area.removesuffix(" Police")))
        if force is None and ("," in area or " and " in area):
            # "Devon, Cornwall and the Isles of Scilly": the force of the first area
            force = self.gaz.force_of_area.get(slugify(re.split(r",|\s+and\s+", area)[0]))
        return force

    def titled_person(
        self, name: str, title: str, start: int, end: int, title_start: int | None = None
    ) -> None:
        """'X, Head of the ROCU, said' / 'X, Police and Crime Commissioner for Y, said'."""
        lowered = ARTICLE.sub("", title.lower().strip())
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
        label = re.split(r"\s+(?:who|which|that)\s+", title.strip())[0]
        self.add_person(name, name_start, name_start + len(name), PostFact(role, org, label), 0.85)

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
        rank = " ".join(match.group("rank").split())
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
        if org is None:
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
        leads = LEADS_AFTER.match(self.view.text, match.end())
        if person is None or leads is None:
            return
        # "DI X, who heads the Regional Cyber Crime Unit, said", "who heads up the unit":
        # its head too; not of the unit his rank was placed in when he leads another
        # ("who leads the RART")
        named = [e.ident for e in self.view.entities_in(leads.end(), leads.end() + 60, "ORG")]
        head_of = named[0] if named and named[0] else None
        if head_of is None and HEADED_UNIT.match(self.view.text, leads.end()):
            head_of = org
        headed = self.ex.orgs.get(head_of or "")
        if headed is not None and headed.kind in ("unit", "regional-unit"):
            label = f"Head of the {self.org_label(headed.key)}"
            if not any(p.role == "HeadOfUnit" for p in person.posts):
                person.posts.append(PostFact("HeadOfUnit", headed.key, label))

    @staticmethod
    def rank_name(rank: str, role: str) -> str:
        """A rank as written, or written out when abbreviated ('DCI')."""
        return rank if " " in rank else ROLE_NAMES.get(role, rank)

    def org_label(self, key: str) -> str:
        org = self.ex.orgs.get(key)
        return org.label if org else self.gaz.org_labels.get(key, key)

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
LEAD_FORCE_RE = re.compile(
    r"\s*,?\s*(?:who|which)\s+(?:are|is|was|were)\s+the\s+lead\s+force\s+(?:for|of|in)\s+"
)
