"""A case's people: defendants named with age and town, and its ringleaders and groups."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kg.extract import figures as fig
from kg.extract.cases.base import CaseBase
from kg.extract.cases.patterns import (
    AGE_DESCRIBED_NAME,
    DEFENDANT_RE,
    HAS_JUSTICE,
    JAILED_OR_SENTENCED,
    JUSTICE,
    NAME_THEN_TERM,
    NAME_WITH_BIRTH_DATE,
    SURNAME_AGE,
    SURNAME_AGE_AFTER_LEAD,
)
from kg.extract.entities.patterns import NAME, NAME_WORD
from kg.extract.facts import CaseFact, OrgFact, PersonFact, PostFact
from kg.extract.gazetteer import normalise_name
from kg.extract.lexicon import DEMONYMS, RANK_PATTERN, STREET_WORDS
from kg.extract.numbers import NUMBER, parse_number
from kg.ids import slugify

ORGANISED = re.compile(
    r"\b(?:gang|organised\s+crime\s+group|OCG|crime\s+group|network|conspiracy\s+to)\b"
)
# "… was jailed for 11 years and Ranjot Singh Chahal for nine years": a name given its
# term with the verb said once before.
NAMED_FOR_TERM = re.compile(
    rf"(?:\band|[,;])\s+(?P<name>{NAME})\s+for\s+(?=[^.;]{{0,25}}?\b(?:years?|months?)\b)"
)
# "Kenville Hall, Busiso Benjamin, both 30, and …": two defendants sharing an age.
BOTH_AGED = re.compile(
    rf"(?P<name1>{NAME}),?\s+(?:and\s+)?(?P<name2>{NAME}),\s+both\s+(?:aged\s+)?"
    r"(?P<age>1[4-9]|[2-9]\d)\b"
)
# "brothers Sean and Mark Brady, aged 31 and 29": two defendants sharing a surname.
SHARED_SURNAME = re.compile(
    rf"\b(?P<first1>{NAME_WORD})\s+and\s+(?P<first2>{NAME_WORD})\s+(?P<last>{NAME_WORD}),\s+"
    r"(?:aged\s+)?(?P<age1>1[4-9]|[2-9]\d)\s+and\s+(?P<age2>1[4-9]|[2-9]\d)\b"
)
# "Billy Connors, 51, Mary, 48, James, 20, and Miles Connors, 24": the family's first
# names between two whole names, each with an age
FIRST_NAMES_BETWEEN = re.compile(
    rf"\b(?P<first0>{NAME_WORD})\s+(?P<last>{NAME_WORD}),\s*(?:aged\s+)?\d\d,"
    rf"(?P<middle>(?:\s+{NAME_WORD},\s*(?:aged\s+)?\d\d,)+)\s+and\s+{NAME_WORD}\s+(?P=last),"
)
FIRST_NAME_AGED = re.compile(rf"(?P<first>{NAME_WORD}),\s*(?:aged\s+)?(?P<age>\d\d),")
BIRTH_DATE_CUE = re.compile(r"\(\s*(?:[Dd]\.?[Oo]\.?[Bb]\.?:?\s*)?\d{1,2}[./]\d")
# "targeted pensioner Liam Price": someone the crime was done to
HARMED_BEFORE = re.compile(
    r"\b(?:victims?|pensioner|targeted|robbed|attacked|threatened|assaulted)\s+(?:[a-z]+\s+)?$"
)
# "Those seven were jailed for a total of 90 years"
THOSE_N_JAILED = re.compile(
    rf"(?:Those|These)\s+(?P<n>{NUMBER})\s+(?:(?:men|people|defendants)\s+)?"
    r"(?:were|have\s+been|had\s+been)\s+(?:jailed|sentenced|convicted|charged)\b"
)
# "brothers Ansar and Ajmal Akram, from Hemel Hempstead": two first names, one surname
RELATIVES_SHARED_SURNAME = re.compile(
    r"(?<!victim['’]s\s)(?<!victims['’]\s)"
    rf"\b(?:[Bb]rothers|[Ss]isters|[Tt]wins|[Tt]win\s+brothers|[Cc]ousins|[Ss]iblings)\s+(?P<first1>{NAME_WORD})"
    rf"\s+and\s+(?P<first2>{NAME_WORD})\s+(?P<last>{NAME_WORD})\b(?!\s+[A-Z])"
    # "twins Paul and Gregory Spicer, 38, both from Hove": one age for both
    r"(?:,\s+(?:both\s+)?(?:aged\s+)?(?P<age>1[4-9]|[2-9]\d)(?=,|\s+and\b|\s*$))?"
    r"(?:,?\s+(?:both\s+)?(?:of|from)\s+(?P<addr>[^,.;]{2,50}))?"
)
IN_AREA = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
ADDRESS_AFTER_AGE = re.compile(r"\s*(?:of|from)\s+")
# "Peter Robinson, 70, and his son, Adam, both of …": a relative named by first name only
# shares the surname of the defendant just named.
RELATIVE_FIRST_NAME = re.compile(
    rf"(?P<last>{NAME_WORD}),\s+(?:aged\s+)?\d\d,(?:\s+(?:of|from)\s+[^,.;]{{2,40}},)?\s+and\s+"
    r"(?:his|her)\s+(?:son|brother|father|nephew|cousin|daughter|sister|mother|wife|husband),?\s+"
    r"(?P<first>[A-Z][a-z]+)(?:,\s+(?:aged\s+)?(?P<age>1[4-9]|[2-9]\d))?(?=,)"
)
# "Others sentenced were: Scott Lane, Declan Pike and Ryan Moss": a list of defendants
OTHERS_LISTED = re.compile(
    r"\b(?:[Oo]thers|[Tt]hose|[Tt]he\s+other\s+(?:defendants|men|members))\s+(?:sentenced|jailed|"
    r"convicted|charged)\s+(?:were|are|included)\s*:?\s+"
)
# "James Davidson, David Mullarkey, Ellis Hardy and Wayne Smith were jailed": four or more
# names before a justice verb (NAMED_JAILED reads at most three)
NAMES_THEN_JAILED = re.compile(
    rf"(?<![\w,] )(?:{NAME},\s+){{2,}}{NAME},?\s+and\s+{NAME}\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:all\s+|each\s+|also\s+)?(?:jailed|sentenced|convicted|charged|imprisoned)\b"
)
LISTED_NAME = re.compile(
    rf"(?P<name>{NAME})(?P<sep>,\s+(?:and\s+)?|,?\s+and\s+|(?=[.;]|\s+(?:were|have|had)\b))"
)
# "He was named in court as Stephen Gilmore, of Lurgan": a defendant the text first gave
# by age ("a 44-year-old man"), the Northern Irish and Scottish way
NAMED_IN_COURT = re.compile(
    rf"\bnamed\s+(?:in\s+court\s+|locally\s+)?as\s+(?P<name>{NAME})"
    r"(?:,?\s+(?:of|from)\s+(?P<addr>[A-Z][\w'-]+(?:[ -](?:on|upon|[A-Z][\w'-]+))*))?"
)
AGE_WORDS = re.compile(
    r"\b(?:(?P<age>1[4-9]|[2-9]\d)[- ]year[- ]old|aged\s+(?P<aged>1[4-9]|[2-9]\d))\b"
)
# "A victim, named in court as …": someone else the court heard of
NOT_A_DEFENDANT_BEFORE = re.compile(
    r"\b(?:victims?|witness(?:es)?|complainants?|officers?|mother|father|wife|husband|partner|"
    r"girlfriend|boyfriend|neighbou?r|judge)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
# "a second victim, Mr K, aged 41": someone the crime was done to, named with an age like
# a defendant (not "between the victim and Carl Dean, 34" nor "these victims, Sean Ward")
VICTIM_BEFORE = re.compile(
    r"\b(?:a|the|another|one|(?:a\s+)?(?:first|second|third|fourth))\s+(?:[a-z]+\s+)?"
    r"(?:victim|complainant),\s*$|\bvictims\s+(?:were|included)\s+$",
    re.IGNORECASE,
)
# "X, 25, and Y, 23, both of Burnley": the address said once for all named before it
SHARED_ADDRESS = re.compile(r"\b(?:both|all)\s+(?:of|from)\s+$")
# "a 29-year-old man from Hartlepool, Darren Rowe, was jailed": the name after its description.
AGE_THEN_NAME = re.compile(
    r"\b[Aa]n?\s+(?P<age>1[4-9]|[2-9]\d)-year-old\s+(?:man|woman|boy|girl)"
    r"(?:\s+(?:of|from)\s+(?P<addr>[A-Z][\w'-]+(?:[ -](?:upon|on|[A-Z][\w'-]+))*))?,\s+"
    rf"(?P<name>{NAME}),"
)
# "21 year-old Latvian Voldermars Gailis", "40-year-old Colombian national Didier Reyes"
AGE_BEFORE_NAME = re.compile(
    # "the 34-year-old Lee Ward", "A 25-year-old, Tamar Abdulhamid, also pleaded guilty"
    r"\b(?P<age>1[4-9]|[2-9]\d)[- ]year[- ]old(?:\s+|,\s+(?=[A-Z][^,]{3,40},))"
    rf"(?:(?:{'|'.join(DEMONYMS)})\s+(?:nationals?\s+)?)?(?P<name>{NAME})"
)
# "… and 53-year-old Webb five years each": a surname, the whole name given before
AGE_BEFORE_SURNAME = re.compile(
    rf"\b(?P<age>1[4-9]|[2-9]\d)[- ]year[- ]old\s+(?P<last>{NAME_WORD})\b(?![ \t]+[A-Z])"
    r"(?!\s+(?:boy|girl|man|woman|men|women|teenager|youth|child|mother|father)\b)"
)
# "Karwan Aziz, of Sheffield, was arrested": a defendant whose age the text gave elsewhere.
NAMED_FROM = re.compile(
    rf"(?P<name>{NAME}),\s+(?:of|from)\s+(?P<addr>[A-Z][^,.;()\n]{{1,40}}?),\s+"
    r"(?=(?:was|were|has\s+been|had\s+been|is|who|appeared|pleaded|admitted)\b)"
)
# "Cage fighter Lee Stevens, known for …, was jailed", "ringleaders Jonathan Rochford and
# Scott Dodd were sentenced": named people a justice step happened to, anywhere in a sentence.
NAMED_JAILED = re.compile(
    r"(?=[A-Z])(?<!\bof )(?<!\bfrom )(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bnear )(?<!\bon )"
    r"(?<!\bthrough )(?<!\bvia )(?<!\binto )(?<!\bacross )(?<!\bby )(?<!\bwith )"
    # "Renald Dema, Ali Hoxha and Juljan Jaku were charged": three names, the last "and"
    # may follow a comma ("Fawaz Ali, Ebenezer Tackie, and Michael Quartey, were …")
    # ("The lorry drivers, Nasuf Nasufoglu, Ilhan Mehmed and Bayram Kucuk, received …": a
    # plural noun before the list)
    rf"(?:(?:(?<![\w,’'] )|(?<=[a-z]s, ))(?P<name0>{NAME}),\s+"
    r"(?=[A-Z][^,.;]{3,40},?\s+and\s+[A-Z]))?"
    rf"(?P<name>{NAME})(?:,?\s+and\s+(?P<name2>{NAME}))?(?:\s*,[^,.;()]{{1,100}},|,\s+who|,)?$"
)
# The verb NAMED_JAILED's names stand before: found first (a cheap scan), then the names
# are looked for only in the stretch just before it.
JAILED_VERB = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:today\s+|also\s+|later\s+|both\s+|all\s+)?"
    r"(?:jailed|sentenced|convicted|found\s+guilty|imprisoned|given|handed|charged)\b"
    # "Nasuf Nasufoglu, Ilhan Mehmed and Bayram Kucuk, received sentences of …"
    r"|\s+(?:(?:both|all|each|also)\s+)?received\s+(?:(?:a|an|jail|prison|custodial)\s+)?"
    r"(?:sentences?|terms?|jail\s+terms?|prison\s+terms?)\b"
)
NAMED_JAILED_REACH = 170  # two names and an aside of up to 100 characters
NAMED_SUBJECT = re.compile(
    # "Malcolm Floyd, of Shepperton, Surrey, pleaded guilty": an address between
    rf"(?P<name>{NAME})(?:,\s+(?:also\s+)?(?:of|from)\s+[^.;,]{{2,60}}(?:,\s+[^.;,]{{2,40}})?,)?"
    r"\s+(?:(?:previously|later|also|earlier)\s+)?"
    r"(?:was|were|had|has|is|pleaded|admitted|denied)\b[^.;\n]*"
)
# "After questioning the driver, Ceslovas Gailius, officers …": a person named in apposition
# to the part he played; a defendant when his surname later meets a justice step.
NAMED_IN_APPOSITION = re.compile(
    r"\bthe\s+(?:lorry\s+|van\s+|HGV\s+|car\s+)?(?:driver|courier|passenger|defendant|"
    rf"suspect|skipper|captain),\s+(?P<name>{NAME}),"
)
# A sentence that opens on a full name and a verb, and the pronoun sentence after it.
NAMED_ACTOR = re.compile(rf"(?P<name>{NAME})\s+(?:also\s+)?[a-z]{{3,}}\b")
ADDRESS_AFTER_NAME = re.compile(
    r",?\s+(?:of|from)\s+(?P<addr>[A-Z][^,.;()\n]{1,40}?)(?=,|\s+[a-z]|[.;:])"
)
NAMED_OWNER = re.compile(rf"(?P<name>{NAME})['’]s\s")  # "Lee McDonald's home"
HE_JAILED = re.compile(
    r"(?:He|She)\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|later\s+|subsequently\s+)?"
    r"(?:jailed|sentenced|imprisoned|"
    r"given|handed|convicted)\b"
)
BOTH_OF = re.compile(r",?\s*(?:both|all)\s+(?:of|from)\s+(?P<addr>[^.;()]+?)(?=,|\s+[a-z]|[.;:]|$)")
LIST_NAME = re.compile(NAME_THEN_TERM)
# "Andrew Barrett (16 years), Michael Mealing (12-and-a-half years) and …": each name
# followed by its term in brackets.
NAME_BRACKET_TERM = re.compile(
    rf"(?P<name>{NAME})\s*\((?=[^()\n]{{0,40}}?\b(?:years?|months?|weeks?)\b[^()\n]{{0,30}}\))"
)


ADDRESS_TOWN = re.compile(r"(?!No\b|An?\b|The\b)[A-Z][a-z]+(?:[ -](?:upon|on|under|[A-Z][a-z]+))*")
# not "the driving force behind the investigation": an officer's part, no gang's lead
NOT_AN_OFFICERS_PART = (
    r"(?!\s+(?:the|this|our|an?)\s+(?:[\w-]+\s+)?(?:investigation|inquiry|enquiry|prosecution|"
    r"case\s+against|team|work|campaign|police\s+operation)\b)"
)
# "… was said to be the controlling mind behind …": the leader in other words
DRIVING_FORCE = (
    r"(?:(?:said|described|believed|thought|alleged)\s+(?:to\s+(?:be|have\s+been)|as)\s+"
    r"|described\s+in\s+court\s+as\s+)?(?:the|a)\s+['‘\"“]?(?:controlling\s+mind|"
    r"driving\s+force|brains|guiding\s+hand|principal\s+organiser)['’\"”]?\s+(?:behind|of)\b"
    rf"{NOT_AN_OFFICERS_PART}"
)
# counsel named with an age: "Defending, solicitor Mr Simon Hart, 56," or "solicitor Mrs X"
# (not a bare "solicitor Peter Grant, 52," who may be the one charged)
COUNSEL_NAMED = re.compile(
    r"(?:\b(?:defending|prosecuting|mitigating|in\s+mitigation)\b[^.;]{0,30}|"
    r"\b(?:solicitor|barrister|counsel|lawyer|advocate)\s+(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)$",
    re.IGNORECASE,
)
RINGLEADER_PATTERNS = (
    re.compile(
        rf"(?P<name>{NAME})(?:,\s*(?:aged\s+)?\d{{1,2}}|\s*\((?:aged\s+)?\d{{1,2}}\)),\s*"
        rf"(?:(?:also\s+)?(?:of|from)\s+[^,.;]+,\s*(?:[A-Z][^,.;]*,\s*)?)?"
        rf"(?:described\s+(?:in\s+court\s+|by\s+[\w\s]{{2,30}}?\s+)?as\s+(?:the|a)\s+"
        rf"(?:(?:group|gang|network|ring)['’]s\s+)?(?:leader|head|ringleader|boss|"
        rf"organiser|mastermind)|"
        # "Faizan Khan, 31, of Longbridge, believed to be the leader of the gang"
        # "…, who is believed to have been the gang leader and was jailed"
        rf"(?:(?:who\s+(?:is|was)\s+)?(?:believed|thought|said|alleged|understood)\s+to\s+"
        rf"(?:be|have\s+been)\s+)?(?:"
        rf"the\s+(?:gang|group|network|ring)(?:['’]s)?\s+(?:leader|ringleader|boss|head|organiser)"
        rf"(?!['’])|"
        rf"(?:the\s+)?(?:head|leader|ringleader|boss|organiser)\s+of\s+the\s+(?:[\w-]+\s+)?"
        rf"(?:network|gang|group|ring|operation|organisation|conspiracy)(?!['’]))|"
        # "Mohammed Waqas Khan, 35, led an organised crime group based in …"
        rf"(?:ran|led|headed|masterminded|orchestrated)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:(?:organised\s+crime|criminal|crime|drugs?|dealing|smuggling)\s+"
        rf"(?:group|network|gang|ring|organisation)|gang|OCG)\b|"
        rf"who\s+(?:the\s+court\s+heard\s+|(?:police|prosecutors)\s+said\s+)?"
        rf"(?:[^,.;]{{0,40}}?\s+and\s+)?"
        rf"(?:(?:ran|led|headed|set\s+up|organised|masterminded|orchestrated|controlled|"
        rf"directed|oversaw)"
        rf"\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:network|gang|group|ring|line|"
        rf"operation|company|conspiracy|scheme|business|collections|enterprise|plot|organisation|"
        rf"burglaries|robberies|thefts|raids|importations?|smuggling|fraud|frauds|factory)|"
        rf"was\s+the\s+(?:leader|head|ringleader|boss)))\b"
    ),
    re.compile(
        rf"\b(?:led|run|headed(?:\s+up)?|masterminded|organised|controlled|directed)"
        rf"(?:\s+from\s+[A-Z][\w-]+)?\s+by\s+(?P<name>{NAME})"
        # "led by Craig Hunter, of West Calder, and Colin Wilson, of Glasgow"
        r"(?:(?:,\s*(?:aged\s+)?\d{1,2}|,\s*(?:of|from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)*"
        rf",?\s+and\s+(?P<name2>{NAME}))?"
    ),
    # "The leading figure in the conspiracies, X, …", "the head of the drugs operation, X",
    # "The leader of the criminal operation was X": the post told first, then the name
    re.compile(
        r"\b[Tt]he\s+(?:leading\s+figure|leader|head|organiser|mastermind|ringleader)\s+"
        r"(?:of|in|behind)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:conspirac(?:y|ies)|gang|ring|plot|"
        # an operation or a scheme only when a crime says whose: not "the organiser of the
        # Neighbourhood Watch scheme", "the head of the operation" (the police's)
        r"(?:drugs?|crime|criminal|smuggling|trafficking|laundering|supply|importation|fraud|"
        r"county\s+lines)\s+(?:[\w'’-]+\s+)?(?:operation|organisation|group|enterprise|scheme|"
        r"network|business))"
        # not "The head of the operation, Det Supt X": the officer who ran the inquiry
        rf"(?:\s*,\s*|\s+was\s+)(?!(?:{RANK_PATTERN})\b)(?P<name>{NAME})"
        # nor a speaker: "The head of the fraud operation, Sarah Collins, said"
        r"(?![^.;]{0,80}?\b(?:said|says|added|thanked|welcomed|praised|explained|commented)\b)"
    ),
    # "The group's ringleaders, Nazmi Velia, 32, of Park Street Lane, St Albans, and Hoa
    # Thi Nguyen, 49, …"
    re.compile(
        rf"\b(?:[Rr]ingleader|[Ll]eader|[Bb]oss|[Oo]rganiser|[Mm]astermind|[Kk]ingpin)"
        rf"\s*,\s*(?P<name>{NAME})"
    ),
    # only the plural of a gang's leaders names two ("the festival's organisers, X and Y"
    # are no gang's)
    re.compile(
        r"\b(?:[Rr]ingleaders|(?:gang|group|network|ring)['’]s\s+(?:leaders|bosses))\s*,\s*"
        rf"(?P<name>{NAME})"
        r"(?:(?:,\s*(?:aged\s+)?\d{1,2})?(?:,\s*(?:of|from)\s+[^,.;]+(?:,\s*[A-Z][^,.;]*?){0,2})?"
        rf",?\s+and\s+(?P<name2>{NAME}))?"
    ),
    # "Ringleaders Mohammed Tariq, 33, and Atique Arif", "crime boss Jamie Stevenson",
    # "the principal operators Barry Kavanagh and Liam Young", "the leader James Brown"
    re.compile(
        r"\b(?:[Rr]ing-?leader|[Oo]rganiser|[Mm]astermind|[Kk]ingpin|"
        r"(?:[Cc]rime|[Gg]ang|[Dd]rugs?)\s+(?:boss|lord|baron)|[Pp]rincipal\s+(?:operator|player)|"
        r"[Mm]ain\s+player|(?:[Tt]he|[Ii]ts|[Tt]heir|[Gg]ang|[Gg]roup)\s+leader|(?m:^)Leader(?=s\s)|"
        # "the gang's leader Nathan Barnes"
        r"(?:gang|group|network|ring|OCG)['’]s\s+(?:leader|ringleader|boss|head))(?:e?s)?\s+"
        rf"(?P<name>{NAME})(?:(?:,\s*(?:aged\s+)?\d{{1,2}},?)?"
        # "Ring-leaders Liam Hart, 32, of Elm Road, Bootle and Dan Brook, 30": an address
        # of capitalised words only, never a clause ("from Bootle was jailed … and X")
        r"(?:,?\s*(?:of|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
        r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}){0,2})?"
        rf",?\s+and\s+(?P<name2>{NAME}))?"
    ),
    # "Steven Gibbons was the head of an organised crime group (OCG) based in Newport"
    # "Mohammed Zafer, of Dashwood Close, in Slough, was identified as the leader of the group"
    re.compile(
        rf"(?P<name>{NAME})(?:,\s*(?:aged\s+)?\d{{1,2}},)?"
        # an address of capitalised words only, never a clause ("Lee Grant, of Oldham, told
        # officers that his cousin, Omar Shah, was the leader")
        r"(?:,?\s*(?:of|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
        r"(?:,\s*(?:in\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?,)?"
        r"(?:\s+(?:was|is|had\s+been)\s+(?:(?:identified|named|described)\s+as\s+)?"
        # "where Mohammed Zafer, the leader of the criminal operation, had interests"
        r"|(?<!,),\s+(?=the\s))"
        r"(?:the|a)\s+(?:[\w-]+\s+)?(?:leader|head|ringleader|boss|organiser|mastermind)\s+of\s+"
        r"(?:the|an?|this)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:network|gang|group|ring|operation|organisation|conspiracy|OCG|enterprise)\b"
        r"(?!['’])"  # not "the leader of the criminal operation's money side"
    ),
    # "Stephen Rayner, from Leeds, played the leading role in directing couriers"
    re.compile(
        rf"(?P<name>{NAME})(?:,\s*(?:aged\s+)?\d{{1,2}},)?"
        r"(?:,?\s*(?:of|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,)?"
        r"\s+(?:had\s+)?played\s+(?:a|the)\s+(?:leading|lead)\s+role\b"
    ),
    # "Makzhumi Abukar was identified as the mastermind along with …": the post alone
    re.compile(
        rf"(?P<name>{NAME})\s+(?:was|has\s+been)\s+(?:identified|named|described)\s+as\s+the\s+"
        r"(?:ringleader|mastermind|kingpin|leader|organiser)\b(?!\s+of\b|['’]s\b)"
    ),
    # "Head of the criminal gang Ross Payton employed …"
    re.compile(
        r"\b(?:[Hh]ead|[Ll]eader|[Bb]oss)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?"
        rf"(?:gang|group|network|ring|OCG|organisation)\s*,?\s+(?P<name>{NAME})"
    ),
    re.compile(
        rf"\b(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:group|gang|network|ring|line)['’]s)\s+head\s*,\s*"
        # "Its head, 41-year-old Algerian national Azize Benaniba, was jailed"
        r"(?:(?:aged\s+)?\d{1,2}[- ]year[- ]old\s+(?:[A-Z][a-z]+\s+)?(?:national\s+|man\s+)?)?"
        rf"(?P<name>{NAME})"
    ),
    # "Dean Moss, a boxer nicknamed 'The Hammer', was said to be the controlling mind
    # behind the conspiracy", "X was described as the "driving force" behind the thefts"
    re.compile(
        rf"(?P<name>{NAME})(?:,\s*(?:aged\s+)?\d{{1,2}},)?(?:\s*,[^,.;]{{1,80}},)?\s+"
        rf"(?:was|is|had\s+been)\s+{DRIVING_FORCE}"
    ),
    # "The ringleaders of the OCG were Thomas Flanagan and John Hambleton", "The leader of
    # the gang was Dean Cole"
    re.compile(
        r"\b(?:[Rr]ing-?leaders?|[Ll]eaders?|[Bb]oss(?:es)?|[Hh]eads?)\s+of\s+(?:the|this)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:OCG|gang|group|network|ring|operation|conspiracy|organisation)"
        rf"\s+(?:were|was)\s+(?P<name>{NAME})(?:,?\s+and\s+(?P<name2>{NAME}))?"
    ),
    # a list line: "• Faisal Mirza (41), of Ilford – the organiser – nine years"
    re.compile(
        rf"(?P<name>{NAME})\s*\(\d\d\),?\s*(?:(?:of|from)\s+[^,–—\n]+?)?\s*[,–—-]+\s*"
        r"(?:the\s+)?(?:organiser|ringleader|leader|head|boss|mastermind)\b"
    ),
)
# A defendant by surname alone: "Okafor ran a county line known as …", "Adebayo, who
# ran the operation, …"; the surname must be a named defendant's.
SURNAME_RINGLEADER = re.compile(
    # "Gregory, of no fixed address, ran the group" (an address only before the group itself)
    rf"\b(?P<last>[A-Z][\w'’-]+)(?:(?:,\s+who|(?:,\s+(?:of|from)\s+[^,.;]{{2,40}},"
    r"(?=\s+(?:ran|led|headed|organised|masterminded|controlled|directed)\s+the\s+"
    r"(?:gang|group|network|ring|operation|line|conspiracy)\b))?\s+(?:had\s+)?)"
    r"\s*(?:ran|led|headed|organised|orchestrated|"
    r"masterminded|controlled|directed)\s+(?:a|an|the|his|their)\s+(?:[\w\"“”-]+\s+){0,3}?"
    r"(?:line|network|gang|group|operation|ring|conspiracy|scheme|enterprise|business)\b"
    # "Gallagher was the leader of an organised crime group"
    r"|\s+was\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:leader|head|ringleader|boss|organiser|mastermind)"
    r"\s+of\s+(?:the|an?|this)\s"
    # "Jones was the ringleader who used his car repair business as a cover"
    r"|\s+was\s+the\s+(?:gang['’]s\s+)?(?:ringleader|mastermind|kingpin)\b(?!['’])"
    # "The court heard Jones was the "head man" in charge of the scheme"
    r"|\s+was\s+(?:the|a)\s+['‘\"“]?(?:head|main|top)\s+man['’\"”]?"
    # "Cooper was found to be the line holder for a dealer group called 'LJ'"
    r"|\s+was\s+(?:found\s+to\s+be\s+|said\s+to\s+be\s+)?the\s+(?:deal\s+)?"
    r"line[- ]?holder\b(?!['’])"
    # "Wynn was described as the "driving force" behind the operation"
    rf"|\s+(?:was|is|had\s+been)\s+{DRIVING_FORCE}"
    # "Bowling, who police named as 'head' of the gang"
    # "Hart, aged 28, who was the head of the organised crime gang"
    r"|(?:,\s*(?:aged\s+)?\d{1,2})?,\s+who\s+was\s+(?:the|a)\s+"
    r"(?:leader|head|ringleader|boss|organiser|mastermind)\s+of\s+(?:the|an?|this)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:gang|group|network|ring|OCG|organisation|conspiracy)\b"
    # "Rayner played the leading role", "Gombar, described as the ringleader, had …"
    r"|\s+(?:had\s+)?played\s+(?:a|the)\s+(?:leading|lead)\s+role\b"
    # "Gombar, described as the ringleader, had family ties with …"
    r"|,\s+(?:who\s+was\s+)?(?:described|named|identified)\s+(?:in\s+court\s+)?as\s+the\s+"
    r"['‘\"“]?(?:ringleader|leader|mastermind|kingpin|organiser|boss)\b"
    r"|(?:,\s*\d{1,2})?,\s+who\s+(?:police|officers|detectives|prosecutors)\s+(?:named|described)\s+as\s+"
    r"(?:the\s+)?['‘\"“]?(?:leader|head|ringleader|boss|organiser|mastermind)['’\"”]?\s+of\s)"
)
# "a sophisticated operation headed by Fury": led by a named defendant's surname
SURNAME_LED_BY = re.compile(
    r"\b(?:operation|gang|group|network|conspiracy|enterprise|ring|line|organisation|OCG),?\s+"
    r"(?:(?:which|that)\s+(?:was|is)\s+)?"
    r"(?:led|headed|run|masterminded|controlled|directed)\s+by\s+(?P<last>[A-Z][\w'’-]+)"
    r"(?![\w'’-]|\s+[A-Z])"
)
RINGLEADER_CUE = re.compile(
    r"\b(?:led|run|headed(?:\s+up)?|masterminded|organised|controlled|directed)(?:\s+from\s+[A-Z][\w-]+)?"
    r"\s+by\b|,\s+(?:ran|led|headed|masterminded)\s+(?:a|an|the)\s|"
    r"\bwho\s+(?:ran|led|headed|set\s+up|organised|masterminded|orchestrated|controlled|"
    r"directed|oversaw|"
    r"was\s+the)\b|\bwho\s[^,.;]{0,60}?\b(?:organised|ran|led|headed)\s+the\b|[Ll]eader|[Bb]oss|[Oo]rganiser|[Mm]astermind|[Kk]ingpin|"
    r"\b(?:[Ii]ts|[Tt]heir|['’]s)\s+head\s*,|\b[Hh]ead\s+of\s+(?:the|an?)\b|"
    r"\b[Pp]rincipal\s+(?:operator|player)|\b[Mm]ain\s+player|\b(?:drugs?|crime)\s+(?:lord|baron)|"
    r"\bplayed\s+(?:a|the)\s+(?:leading|lead)\s+role\b|\b[Ll]eading\s+figure\b|"
    rf"\b(?:controlling\s+mind|driving\s+force|brains|guiding\s+hand)(?:\s+(?:behind|of)\b"
    rf"{NOT_AN_OFFICERS_PART}|\b(?!\s+(?:behind|of)\b))"
)
DESCRIBED_AS = re.compile(r"\bdescribed\s+(?:in\s+court\s+|by\s+[\w\s]{2,30}?\s+)?as\b")
# A RINGLEADER_CUE match holds one of the nouns, or one of the verbs and "by" or "who"
# (lower-cased): the cheap test first.
RINGLEADER_NOUNS = (
    "leader",
    "boss",
    "organiser",
    "mastermind",
    "kingpin",
    "head,",
    "head of the",
    "head of a",
    "principal",
    "main player",
    " lord",
    "baron",
    "controlling mind",
    "driving force",
    "brains",
    "guiding hand",
    "leading role",
    "lead role",
    "leading figure",
)
RINGLEADER_VERBS = (
    "led",
    "run",
    "ran",
    "headed",
    "set",
    "organised",
    "controlled",
    "directed",
    "oversaw",
    "orchestrated",
    "was",
)
ANAPHORIC_GROUP = re.compile(
    r"\b[Tt]he\s+(?P<noun>gang|ring|network|group|organised\s+crime\s+group|OCG)\b"
)
GOODS_WORDS = re.compile(
    r"\b(?:crack\s+cocaine|cocaine|heroin|cannabis|amphetamine|guns|firearms|cash|crash\s+for\s+cash|"
    r"boiler\s+room|money\s+laundering)\b",
    re.IGNORECASE,
)
# A street in a defendant's address is not a place; the town after it is.
# "Shamblehurst Lane South", "Fleet Lane": the street, a direction after it or not
STREET = re.compile(rf"\b(?:{'|'.join(STREET_WORDS)})(?:\s+(?:North|South|East|West))?\s*$")
# "of Highworth Road, Stratton", "of London Road in Dartford"
TOWN_AFTER_STREET = re.compile(
    r"(?:,\s*|\s+in\s+)(?P<town>[A-Z][a-z]+(?:[ -](?:upon|on|[A-Z][a-z]+))*)"
)


class CasePeople(CaseBase):
    """Defendants, ringleaders and groups of a case."""

    def defendants(self, start: int, end: int) -> list[tuple[str, re.Match[str]]]:
        found: list[tuple[str, re.Match[str]]] = []
        text = self.view.text
        for match in SHARED_SURNAME.finditer(text, start, end):
            for first, age in (("first1", "age1"), ("first2", "age2")):
                name = f"{match.group(first)} {match.group('last')}"
                person = self.entities.add_person(
                    name, match.start(first), match.end("last"), None, 0.7
                )
                if person is None or person.posts or person.key in [k for k, _ in found]:
                    continue
                person.defendant = True
                person.age = int(match.group(age))
                found.append((person.key, match))
        for match in (
            RELATIVES_SHARED_SURNAME.finditer(text, start, end)
            if self.view.mentions(start, end, "brothers", "sisters", "twins", "cousins", "siblings")
            else ()
        ):
            for first in ("first1", "first2"):
                name = f"{match.group(first)} {match.group('last')}"
                person = self.entities.add_person(
                    name, match.start(first), match.end("last"), None, 0.7
                )
                if person is None or person.posts or person.key in [k for k, _ in found]:
                    continue
                person.defendant = True
                if person.town_key is None and match.group("addr"):
                    # "Brothers Leon and Andre Clarke, both of Lewisham": known or not
                    self.home_at(person, match.start("addr"), match.end("addr"))
                if match.group("age") and person.age is None:
                    person.age = int(match.group("age"))
                found.append((person.key, match))
        for match in (
            FIRST_NAMES_BETWEEN.finditer(text, start, end)
            if re.search(r", [A-Z][a-z]+, (?:aged )?\d\d,", text[start:end])
            else ()
        ):
            last = match.group("last")
            for named in FIRST_NAME_AGED.finditer(text, match.start("middle"), match.end("middle")):
                name = f"{named.group('first')} {last}"
                start_at, end_at = named.start("first"), named.end("first")
                self.named_defendant(found, named, name, start_at, end_at, 0.7, named.group("age"))
        for match in (
            BOTH_AGED.finditer(text, start, end) if self.view.mentions(start, end, "both") else ()
        ):
            for group in ("name1", "name2"):
                self.add_defendant(found, match, group, 0.7, age=match.group("age"))
        for match in DEFENDANT_RE.finditer(text, start, end):
            if self.is_place_name(match.start("name"), match.end("name")):
                continue  # "A man from North Wales, a 39-year-old male from Cheshire"
            if COUNSEL_NAMED.search(text, max(0, match.start() - 40), match.start()):
                continue  # "Defending, solicitor Mr Simon Hart, 56, said": counsel, no defendant
            if VICTIM_BEFORE.search(
                text, max(0, match.start() - 40), match.start()
            ) and not self.dealt_with_later(match.group("name"), match.end()):
                continue
            person = self.entities.add_person(
                match.group("name"), match.start("name"), match.end("name"), None, 0.8
            )
            if person is None:
                continue
            if person.defendant and person.key in [k for k, _ in found]:
                # found by first name before ("brothers Michael and Danny Malone"), aged here
                person.age = person.age or int(match.group("age"))
                continue
            person.defendant = True
            person.age = int(match.group("age"))
            if match.group("addr"):
                self.home_at(person, match.start("addr"), match.end("addr"))
            if person.key not in [k for k, _ in found]:
                found.append((person.key, match))
        for match in itertools.chain(
            SURNAME_AGE.finditer(text, start, end),
            SURNAME_AGE_AFTER_LEAD.finditer(text, start, end),
            AGE_BEFORE_SURNAME.finditer(text, start, end)
            if self.view.mentions(start, end, "year-old", "year old")
            else (),
        ):
            # "… driven by Marcus Ellis …" then "Ellis, 28, of Rochester, was arrested"
            last = match.group("last")
            full = None
            for earlier in re.finditer(
                rf"{NAME}", text[self.view.release.body_start : match.start()]
            ):
                if earlier.group(0).split()[-1] == last:
                    full = earlier
            if full is None:
                continue
            at = self.view.release.body_start + full.start()
            person = self.named_defendant(
                found, match, full.group(0), at, at + len(full.group(0)), 0.6, match.group("age")
            )
            if person is None:
                continue
            towns = self.entities.places_in(match.end(), min(end, match.end() + 40))
            if towns and person.town_key is None and ADDRESS_AFTER_AGE.match(text, match.end()):
                person.town_key = towns[0]
        born = self.view.mentions(start, end, "(") and BIRTH_DATE_CUE.search(text, start, end)
        for match in NAME_WITH_BIRTH_DATE.finditer(text, start, end) if born else ():
            person = self.add_defendant(found, match, "name", 0.7)
            if person is not None and match.group("addr"):
                address = (match.start("addr"), match.end("addr"))
                after = TOWN_AFTER_STREET.match(text, match.end())
                if STREET.search(match.group("addr")) and after is not None:
                    address = (after.start("town"), after.end("town"))  # "of Wren Street, Oldham"
                towns = self.address_places(*address)
                person.town_key = person.town_key or (towns[-1] if towns else None)
        for match in NAMED_FROM.finditer(text, start, end):
            if not HAS_JUSTICE.found(text[match.start() : match.end() + 120]):
                continue
            person = self.add_defendant(found, match, "name", 0.7)
            towns = self.address_places(match.start("addr"), match.end("addr"))
            if person is not None and towns and person.town_key is None:
                person.town_key = towns[-1]
        for match in itertools.chain(
            AGE_THEN_NAME.finditer(text, start, end), AGE_DESCRIBED_NAME.finditer(text, start, end)
        ):
            person = self.add_defendant(found, match, "name", 0.7, age=match.group("age"))
            if person is not None and match.group("addr"):
                towns = self.address_places(match.start("addr"), match.end("addr"))
                if towns and person.town_key is None:
                    person.town_key = towns[-1]
        aged = self.view.mentions(start, end, "year-old", "year old")
        for match in AGE_BEFORE_NAME.finditer(text, start, end) if aged else ():
            if self.is_place_name(match.start("name"), match.end("name")):
                continue  # "the 34-year-old Manchester United fan"
            person = self.add_defendant(found, match, "name", 0.7, age=match.group("age"))
            # "44-year-old Ravindra Modha, of Sandiacre Drive, Thurmaston, conspired …"
            home = ADDRESS_AFTER_NAME.match(text, match.end())
            if person is not None and home is not None and person.town_key is None:
                self.home_at(person, home.start("addr"), home.end("addr"))
        for match in self.named_jailed(start, end):
            for group in ("name0", "name", "name2"):
                if match.group(group) is None:
                    continue
                if self.is_place_name(match.start(group), match.end(group)):
                    continue  # "Heathrow Airport", "North Yorkshire"
                self.add_defendant(found, match, group, 0.6)
        for match in NAME_BRACKET_TERM.finditer(text, start, end) if "(" in text[start:end] else ():
            if JAILED_OR_SENTENCED.search(text, match.start(), min(end, match.end() + 200)):
                self.add_defendant(found, match, "name", 0.65)
        for match in (
            NAMED_FOR_TERM.finditer(text, start, end)
            if self.view.mentions(start, end, " for ")
            else ()
        ):
            before = text[max(start, match.start() - 150) : match.start()]
            if not (JAILED_OR_SENTENCED.search(before) and fig.durations(before)):
                continue  # the verb and a first term said before: "… jailed for 11 years and"
            self.add_defendant(found, match, "name", 0.6)
        openings = [
            *OTHERS_LISTED.finditer(text, start, end),
            *(NAMES_THEN_JAILED.finditer(text, start, end) if ", " in text[start:end] else ()),
        ]
        for opening in openings:
            position = opening.end() if opening.re is OTHERS_LISTED else opening.start()
            while (listed := LISTED_NAME.match(text, position, end)) is not None:
                self.add_defendant(found, listed, "name", 0.65)
                if not listed.group("sep"):
                    break
                position = listed.end()
        named_in_court = "named" in text[start:end]
        for match in NAMED_IN_COURT.finditer(text, start, end) if named_in_court else ():
            if NOT_A_DEFENDANT_BEFORE.search(text, max(start, match.start() - 40), match.start()):
                continue
            ages = list(AGE_WORDS.finditer(text, max(start, match.start() - 250), match.start()))
            said_age = (ages[-1].group("age") or ages[-1].group("aged")) if ages else None
            person = self.add_defendant(found, match, "name", 0.7, age=said_age)
            if person is None:  # found by another rule first: the age is still this one's
                person = self.ex.people.get(normalise_name(match.group("name")))
                if person is None or not person.defendant:
                    continue
                if person.age is None and said_age:
                    person.age = int(said_age)
            if match.group("addr") and person.town_key is None:
                towns = self.address_places(match.start("addr"), match.end("addr"))
                person.town_key = towns[-1] if towns else None
        for match in RELATIVE_FIRST_NAME.finditer(text, start, end):
            name = f"{match.group('first')} {match.group('last')}"
            person = self.entities.add_person(
                name, match.start("first"), match.end("first"), None, 0.6
            )
            if person is None or person.posts:
                continue
            person.defendant = True
            if match.group("age") and person.age is None:
                person.age = int(match.group("age"))
            if person.key not in [k for k, _ in found]:
                found.append((person.key, match))
                continue
            # found by a later mention ("… and Adam Robinson for four years"): "both of
            # Keighley" after this one still reaches the pair
            both = BOTH_OF.match(text, match.end())
            towns = self.entities.places_in(both.start("addr"), both.end("addr")) if both else []
            if towns:
                self.share_town(found, match.start(), towns[-1])
                person.town_key = person.town_key or towns[-1]
        self.named_subjects(start, end, found)
        self.counted_back(start, end, found)
        for key, match in found:
            both = BOTH_OF.match(text, match.end())
            if both is not None:
                towns = self.entities.places_in(both.start("addr"), both.end("addr"))
            elif (
                "addr" in match.re.groupindex
                and match.group("addr")
                and SHARED_ADDRESS.search(text, match.start(), match.start("addr"))
            ):
                town = self.ex.people[key].town_key
                towns = [town] if town else []
            else:
                continue
            if not towns:
                continue
            self.share_town(found, match.start(), towns[-1])
        return found

    def counted_back(self, start: int, end: int, found: list[tuple[str, re.Match[str]]]) -> None:
        """'… his sister Shainie Payton, her boyfriend Darren Goodge … Those seven were
        jailed': the people the sentence before names, when it names that many."""
        if not self.view.mentions(start, end, "those ", "these "):
            return
        first = self.view.sentence_index(start)
        for number in range(first + 1, self.view.sentence_index(max(start, end - 1)) + 1):
            counted = THOSE_N_JAILED.match(self.view.sentences[number].text)
            if counted is None:
                continue
            before = self.view.sentences[number - 1]
            text = self.view.text
            named = [
                (key, mention)
                for key, person in self.ex.people.items()
                if " " in person.name
                and all(p.role == "Ringleader" for p in person.posts)
                and (
                    mention := re.compile(re.escape(person.name)).search(
                        text, before.start, before.end
                    )
                )
                is not None
            ]
            # anyone else the sentence names by surname counts too: "Mason and his cousin
            # Lee Carter targeted pensioner Liam Price" names three, not the two "those"
            told = {key for key, _ in named} | {
                key
                for key, person in self.ex.people.items()
                if " " in person.name
                and re.search(rf"\b{re.escape(person.name.split()[-1])}\b", before.text)
            }
            if (
                not named
                or len(told) != parse_number(counted.group("n"))
                or any(
                    HARMED_BEFORE.search(text, max(before.start, m.start() - 30), m.start())
                    for _, m in named
                )
            ):
                continue
            for key, mention in sorted(named, key=lambda item: item[1].start()):
                if key not in dict(found):
                    self.ex.people[key].defendant = True
                    found.append((key, mention))

    def address_places(self, start: int, end: int) -> list[str]:
        """The places of an address; of "Woolwich in London", "Hemel Hempstead in
        Hertfordshire" only those before "in": the home, not the area around it."""
        within = IN_AREA.search(self.view.text, start, end)
        if within is not None and (home := self.entities.places_in(start, within.start())):
            return home
        return self.entities.places_in(start, end)

    def home_at(self, person: PersonFact, start: int, end: int) -> None:
        """A defendant's home from the address at text[start:end]: a place it names, the
        town after a street ("of Highworth Road, Stratton", "of The Firs, Syston"), or
        the address itself when it reads as a town the gazetteer does not know."""
        text = self.view.text
        address = text[start:end]
        if STREET.search(address) or address.startswith("The "):
            after = TOWN_AFTER_STREET.match(text, end)
            if after is not None:
                at, stop = after.start("town"), after.end("town")
                towns = self.entities.places_in(at, stop)
                known = self.view.entities_in(at, stop, "PLACE", "GPE")
                if known and known[0].start == at and known[-1].end < stop:
                    towns = []  # "of The Tilery, Shotton Colliery": a longer name than "Shotton"
                person.town_key = (
                    towns[-1]
                    if towns
                    else self.entities.new_place(after.group("town"), "town", at, stop, 0.6)
                )
            return
        towns = self.address_places(start, end)
        if towns:
            person.town_key = towns[-1]
        elif ADDRESS_TOWN.fullmatch(address.strip()):
            # "Name, 44, of Wythenshawe": the home of a defendant is a place even when the
            # gazetteer does not know it (a district, or a town named like a surname)
            town = address.strip()
            at = start + address.index(town)
            person.town_key = self.entities.new_place(town, "town", at, at + len(town), 0.6)

    def share_town(self, found: list[tuple[str, re.Match[str]]], position: int, town: str) -> None:
        """An address said once ("both of Burnley") for the defendants named before
        `position` in its sentence, who have none of their own."""
        opening = self.view.sentence_at(position).start
        # "three from Operation Zeta – A, …; B, … – and two from Operation C – twins X and
        # Y, 38, both from Hove –": the clause the address closes, not the whole sentence
        clause = max(self.view.text.rfind(mark, opening, position) for mark in ";–—:")
        opening = max(opening, clause + 1)
        for key, match in found:
            person = self.ex.people[key]
            if opening <= match.start() <= position and person.town_key is None:
                person.town_key = town

    def dealt_with_later(self, name: str, after: int) -> bool:
        """Whether the person is jailed or charged later on: "The victim, Tom Bell, 31, then
        returned with a knife …", "Bell was jailed for four years"."""
        surname = re.escape(name.split()[-1])
        return (
            re.compile(
                rf"\b{surname}\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+)?"
                r"(?:jailed|sentenced|charged|convicted|found\s+guilty)\b"
            ).search(self.view.text, after)
            is not None
        )

    def add_defendant(
        self,
        found: list[tuple[str, re.Match[str]]],
        match: re.Match[str],
        group: str,
        confidence: float,
        age: str | None = None,
    ) -> PersonFact | None:
        """The person a match's group names, as a defendant found by `match`; None when no
        name, an officer (someone with a post) or one already found."""
        return self.named_defendant(
            found, match, match.group(group), match.start(group), match.end(group), confidence, age
        )

    def named_defendant(
        self,
        found: list[tuple[str, re.Match[str]]],
        match: re.Match[str],
        name: str,
        start: int,
        end: int,
        confidence: float,
        age: str | None = None,
    ) -> PersonFact | None:
        """`name` (at text[start:end]) as a defendant found by `match`; None when no name,
        an officer (someone with a post) or one already found."""
        person = self.entities.add_person(name, start, end, None, confidence)
        if person is None or person.posts or person.key in dict(found):
            return None
        person.defendant = True
        if age is not None:
            person.age = int(age)
        found.append((person.key, match))
        return person

    def is_place_name(self, start: int, end: int) -> bool:
        """Whether a known place is named by exactly these words ("North Wales", not the
        town "Jordan" inside "Jordan Amoah"), or an area a force is named after ("from the
        West Midlands", read as the force's short name)."""
        text = self.view.text
        return any(
            (e.start == start or text[e.start : start].lower() == "the ")  # "the West Midlands"
            and e.end == end
            and (e.label in ("PLACE", "GPE") or (e.label == "ORG" and e.kind == "force"))
            for e in self.view.entities_in(max(0, start - 4), end)
        )

    def named_jailed(self, start: int, end: int) -> Iterator[re.Match[str]]:
        """Names just before 'was jailed', 'were sentenced' … between two offsets."""
        text = self.view.text
        after = start
        for verb in JAILED_VERB.finditer(text, start, end):
            match = NAMED_JAILED.search(
                text, max(after, verb.start() - NAMED_JAILED_REACH), verb.start()
            )
            if match is not None and not (
                match.group(0).endswith("who") and text[match.start() - 2 : match.start()] == ", "
            ):  # "of Oakfield Close, East Herrington, who was sentenced": an address
                after = verb.end()
                yield match

    def named_subjects(self, start: int, end: int, found: list[tuple[str, re.Match[str]]]) -> None:
        """'Gary Rimmer was stopped …' then 'Rimmer pleaded guilty' → a defendant with no age."""
        text = self.view.text
        sentences = self.view.sentences
        for number, sentence in enumerate(sentences):
            if not start <= sentence.start < end:
                continue
            match = NAMED_SUBJECT.match(
                text, sentence.start + (2 if sentence.text[:2] == "- " else 0), sentence.end
            )
            if match is None and "," in sentence.text:
                match = NAMED_IN_APPOSITION.search(text, sentence.start, sentence.end)
            if match is None and self.told_then_jailed(number):
                # "David John Jones ran the operation from outside. He was jailed for 10 years."
                match = NAMED_ACTOR.match(text, sentence.start, sentence.end)
                if match is not None:
                    self.add_defendant(found, match, "name", 0.6)
                    continue
            if match is None and self.told_then_jailed(number, any_paragraph=True):
                # "… found in the loft of Lee McDonald's home …" then "He was later jailed"
                owner = NAMED_OWNER.search(text, sentence.start, sentence.end)
                if owner is not None and not self.view.entity_at(
                    owner.start("name"), owner.end("name")
                ):
                    self.add_defendant(found, owner, "name", 0.6)
                continue
            if match is None:
                listed = LIST_NAME.match(text, sentence.start, sentence.end)
                if listed is not None and fig.durations(sentence.text):
                    self.add_defendant(found, listed, "name", 0.6)
                continue
            name = match.group("name")
            surname = name.split()[-1]
            later = re.compile(rf"\b{re.escape(surname)}\b[^.;]{{0,60}}?{JUSTICE.pattern}", re.I)
            if HAS_JUSTICE.found(match.group(0)) or later.search(text, match.start(), end):
                self.add_defendant(found, match, "name", 0.65)

    def told_then_jailed(self, number: int, any_paragraph: bool = False) -> bool:
        """Whether the next sentence of the paragraph (or the next paragraph's first)
        opens 'He was jailed …', 'She was sentenced to …': the one before told what a
        named person did."""
        sentences = self.view.sentences
        if number + 1 >= len(sentences):
            return False
        following = sentences[number + 1]
        return (
            (any_paragraph or following.paragraph == sentences[number].paragraph)
            and following.text[:3] in ("He ", "She")
            and HE_JAILED.match(following.text) is not None
        )

    def ringleaders(self, case: CaseFact, start: int, end: int) -> None:
        """'X, 35, of Y, who ran the network', 'led by X', 'the ringleader, X' → Ringleader."""
        text = self.view.text
        found = []
        view = self.view
        cue = view.mentions(start, end, *RINGLEADER_NOUNS) or (
            view.mentions(start, end, *RINGLEADER_VERBS)
            and view.mentions(start, end, "by", "who", ", ran ", ", led ", ", headed ")
        )
        described = view.mentions(start, end, "described") and DESCRIBED_AS.search(text, start, end)
        by_surname = []
        if view.mentions(
            start,
            end,
            "ran ",
            "run by",
            "led ",
            "headed",
            "organised",
            "controlled",
            "orchestrated",
            "leader of",
            "head of",
            "named as",
            " man",
            "holder",
            "leading role",
            "ringleader",
            "mastermind",
            "kingpin",
        ):
            surnames = {
                self.ex.people[key].name.split()[-1]: key
                for key in case.defendant_keys
                if key in self.ex.people
            }
            by_surname = [
                match
                for pattern in (SURNAME_RINGLEADER, SURNAME_LED_BY)
                for match in pattern.finditer(text, start, end)
                if match.group("last") in surnames
            ]
        if not ((cue and RINGLEADER_CUE.search(text, start, end)) or described or by_surname):
            return
        for pattern in RINGLEADER_PATTERNS:
            for match in pattern.finditer(text, start, end):
                found.append(match)
        if not found and not by_surname:
            return
        people = [
            (
                self.entities.add_person(
                    match.group(group), match.start(group), match.end(group), None, 0.7
                ),
                self.group_in_sentence(match.start()),
            )
            for match in found
            for group in ("name", "name2")
            if group in match.re.groupindex and match.group(group)
        ]
        for match in by_surname:
            last = match.group("last")
            people += [
                (self.ex.people[key], self.group_in_sentence(match.start()))
                for key in case.defendant_keys
                if key in self.ex.people and self.ex.people[key].name.split()[-1] == last
            ][:1]
        # one person named twice (by whole name and by surname) leads one group: the one
        # a sentence of his names, if any
        own_groups: dict[str, tuple[PersonFact, str | None]] = {}
        for person, own_group in people:
            if person is not None and own_groups.get(person.key, (None, None))[1] is None:
                own_groups[person.key] = (person, own_group)
        if not own_groups:
            return  # "an investigation led by Police Scotland's …": nobody to lead a group
        if not case.group_keys:
            # "X was the head of an organised crime group based in Swansea": that group
            own = (group for _, group in own_groups.values() if group)
            case.group_keys.append(next(own, None) or self.case_group(case, start, end))
        # "The Merseyside syndicate was headed by X": the group X's own sentence names;
        # the others lead the case's first group no one else was given
        claimed = {own for _, own in own_groups.values() if own}
        others = [g for g in case.group_keys if g not in claimed]
        for person, own_group in own_groups.values():
            if own_group is None and not others:  # "a group headed by X", unnamed
                others = [self.case_group(case, start, end)]
            group = own_group or others[0]
            if group not in case.group_keys:
                case.group_keys.append(group)
            label = f"Ringleader of the {self.ex.orgs[group].label}"
            if not any(p.role == "Ringleader" for p in person.posts):
                person.posts.append(PostFact("Ringleader", group, label))
            if person.key not in case.defendant_keys and all(
                p.role == "Ringleader" for p in person.posts
            ):
                person.defendant = True  # "Head of the gang Ross Payton": one of those jailed
                if case.defendant_count == len(case.defendant_keys):
                    case.defendant_count += 1  # counted from the other names: one more
                case.defendant_keys.append(person.key)

    def organised_acquisitive(
        self, case: CaseFact, start: int, end: int, theft_named: bool
    ) -> list[str]:
        """Thefts, burglaries or robberies by a gang are also organised acquisitive crime
        (the crime-type scheme's note: tag both when the source presents them as
        organised); a vehicle theft is vehicle crime, not theft as well."""
        offences = list(case.offences)
        if (
            "theft" in offences
            and not theft_named
            and {"vehicle-crime", "burglary", "robbery"} & set(offences)
        ):
            offences.remove("theft")  # what a burglar or car thief steals is that crime
        acquisitive = {"theft", "burglary", "robbery", "vehicle-crime"} & set(offences)
        organised = case.group_keys or ORGANISED.search(self.view.text, start, end)
        if acquisitive and organised and "organised-acquisitive-crime" not in offences:
            offences.append("organised-acquisitive-crime")
        return offences

    def group_in_sentence(self, position: int) -> str | None:
        """The one group named in the sentence at `position`, if exactly one is."""
        sentence = self.view.sentence_at(position)
        groups = [
            key
            for key, org in self.ex.orgs.items()
            if org.kind == "group" and sentence.start <= org.span.start < sentence.end
        ]
        return groups[0] if len(groups) == 1 else None

    def case_group(self, case: CaseFact, start: int, end: int) -> str:
        """The group a case's text refers to ('the gang', 'the ring') when none was named."""
        text = self.view.text
        noun_match = ANAPHORIC_GROUP.search(text, start, end)
        noun = noun_match.group("noun").lower() if noun_match else "organised crime group"
        if noun in ("group", "ocg", "organised crime group"):
            noun = "organised crime group"
        towns = [k for k in case.place_keys if self.ex.places[k].kind == "town"]
        home = towns[0] if towns else None
        what = ""
        # what the group dealt in: cash only when nothing else is named ("… £70,000 in cash
        # was also recovered" is no cash gang)
        named = [g.group(0).lower() for g in GOODS_WORDS.finditer(text, start, end)]
        goods = next((g for g in named if g != "cash"), named[0] if named else None)
        if goods:
            what = goods
        elif case.offences:
            what = case.offences[0].replace("-", " ")
        label = " ".join(p for p in (self.ex.places[home].label if home else "", what, noun) if p)
        key = f"group:{slugify(label)}"
        if key not in self.ex.orgs:
            span_start = noun_match.start() if noun_match else start
            span_end = noun_match.end() if noun_match else start
            self.ex.orgs[key] = OrgFact(
                label=label[:1].upper() + label[1:],
                kind="group",
                span=self.view.span(span_start, span_end, 0.6),
                key=key,
                based_in=home,
            )
        return key

    def court_in(self, start: int, end: int) -> str | None:
        for key, org in self.ex.orgs.items():
            if org.kind == "court" and start <= org.span.start < end:
                return key
        return None

    def groups_in(self, start: int, end: int) -> list[str]:
        keys = []
        for key, org in self.ex.orgs.items():
            if org.kind == "group" and start <= org.span.start < end:
                keys.append(key)
        return keys
