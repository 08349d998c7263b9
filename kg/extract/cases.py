"""Cases: who was jailed or charged, for what, where, for how long, and for how much.

A case starts at a sentence whose subject is a group of defendants ("three
brothers", "Twelve members of a Luton organised crime group", "A man") or a
named defendant ("X, 34, of Luton"), followed by a justice verb. A year-end
round-up holds many cases, one per such sentence; a single-case release is
one case over the whole text, with one outcome per sentenced defendant.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from kg.extract import figures as fig
from kg.extract.caseless import Caseless
from kg.extract.entities import NAME, NAME_WORD, EntityRules
from kg.extract.facts import (
    CaseFact,
    Extraction,
    FigureFact,
    MoneyFact,
    OrgFact,
    OutcomeFact,
    PersonFact,
    PostFact,
    Span,
)
from kg.extract.lexicon import DEMONYMS, QUALIFIER_PATTERN, STREET_WORDS
from kg.extract.numbers import NUMBER, parse_number
from kg.extract.offences import find_offences, most_specific
from kg.extract.pipeline import Sentence
from kg.extract.view import View
from kg.ids import slugify

DEFENDANT_NOUNS = (
    r"men|women|people|persons|brothers|sisters|members|defendants|offenders|criminals|"
    r"fraudsters|dealers|individuals|suspects|teenagers|youths|boys|girls|relatives|siblings|"
    r"cousins|friends|associates|conspirators|smugglers|traffickers|"
    r"man|woman|person|member|brother|sister|dealer|fraudster|teenager|youth|boy|girl|"
    r"defendant|offender|smuggler|trafficker|couple|father|mother|son|daughter|husband|wife|"
    r"nationals?|driver|courier|drivers|couriers|group|gang|"
    # "Seven heroin suppliers have been jailed", "Four burglars jailed"
    r"suppliers|supplier|growers|grower|burglars|burglar|robbers|robber|thieves|thief|"
    r"launderers|gangsters|gunmen|raiders"
)
# "burglary and theft offences": theft named as an offence of its own
THEFT_BESIDE = re.compile(
    r"\b(?:burglar\w*|robber\w*)\s+(?:and|or)\s+$|^\s+(?:offences|and\s+burglar|or\s+burglar)"
)
ORGANISED = re.compile(
    r"\b(?:gang|organised\s+crime\s+group|OCG|crime\s+group|network|conspiracy\s+to)\b"
)
# A subject that is a group ("a Sunderland-based group … received sentences totalling 84
# years") says how many only elsewhere.
COLLECTIVE_NOUNS = frozenset({"group", "gang"})
# The nouns a second count after "and" may use ("three men and two women")
PEOPLE_NOUNS = r"men|women|man|woman|boys|girls|boy|girl|teenagers|teenager|youths|youth|people"
VERBS = (
    r"jailed|imprisoned|sentenced|convicted|charged|arrested|found\s+guilty|(?:plead(?:ed|ing)?|pled)\s+guilty|"
    r"admitted|locked\s+up|put\s+behind\s+bars|given|handed|ordered|acquitted|cleared|remanded|"
    r"received|sent\s+to\s+prison|have\s+been|has\s+been|were|was|are|is|who|which|that"
)
LEAD = (
    # a story told on: "Then in October six men received custodial sentences"
    r"(?:then\s+)?"
    # a list line naming its operation: "- Operation Arcturus: six members of …"
    r"(?:(?:[-–—•*·]\s*)?Operation\s+[a-z]+(?:\s+[a-z]+)?\s*[:–—-]\s*)?"
    # a wire dateline: "LONDON, May 26 — "
    r"(?:the\s+latest\s+to\s+be\s+[^,.;]{0,30}?\s+(?:was|were|is|are)\s+)?"
    r"(?:(?-i:[A-Z]{3,}(?:\s+[A-Z]{3,})*)(?:,\s+[A-Za-z]+\s+\d{1,2})?\s+[—–-]+\s+)?"
    r"(?:(?:in|on|at|during|earlier|last|this|later|separately|meanwhile|elsewhere|also|among|"
    r"furthermore|moreover|additionally|similarly|of\s+the|of\s+those)\b"
    # "In Catrine, East Ayrshire, a man and a woman were arrested"
    r"[^,.]{0,50},\s+(?:(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2},\s+)??|(?:among|one\s+of)\b[^.;]{0,100}?\b(?:when|after|in\s+which)\s+|"
    r"[^.;]{0,100}?\bOperation\s+[a-z]+,\s+which\s+[^.;]{0,40}?\bwhen\s+|"
    # "X has congratulated the force after 26 people who conspired … were jailed"
    # "OXFORD is a safer place after 10 members of a … ring were jailed"
    r"[^.;]{0,120}?\b(?:after|as|now\s+that)\s+(?=(?:\d+|[a-z]+(?:[- ][a-z]+)?)\s+[a-z]+\s+who\b|"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?)\s[^.;,]{0,80}?\b(?:were|ha(?:ve|d)\s+been)\s+"
    r"(?:jailed|sentenced|convicted|imprisoned|locked\s+up))|"
    r"[^.;]{0,100}?\b(?:result|success|conviction|case)\b[^.;]{0,40}?,\s+when\s+|"
    # "Merseyside Police can confirm that 20 people … have been sentenced"
    r"[^.;]{0,60}?\bconfirm(?:s|ed)?\s+that\s+"
    r"(?=(?:\d|[a-z]+\s)[^.;]{0,80}?\b(?:sentenced|jailed|convicted|charged)\b)|(?:in|during|by|last)\s+(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|spring|summer|autumn|winter|(?:19|20)\d\d)"
    r"(?:\s+(?:19|20)\d\d)?\s+|in\s+(?:total|all)\s+(?=\d))?"  # "In total 20 men and women"
)
SUBJECT_RE = re.compile(
    # a list line of a review: "- Two men were arrested and charged following …" (not a
    # defendant's line under a count: LEAD_RE has no bullet)
    rf"^(?:[-–—•*·▪]\s+)?{LEAD}(?:(?:highlights|successes|cases|those)[^.]{{0,40}}?\binclude[sd]?:?\s+)?"
    rf"(?P<subject>(?:(?:all\s+)?the\s+|all\s+|(?:a\s+)?further\s+)?(?:(?:some|around|about|approximately|at\s+least|a\s+total\s+of)\s+(?=\d))?"
    rf"(?P<count>{NUMBER}|a|an)\s+(?!years?[- ]old\b)(?P<desc>(?:[\w'’-]+\s+){{0,5}}?)"
    rf"(?P<noun>{DEFENDANT_NOUNS})\b"
    # "Three men and two women", "24 men, aged between 18 and 57, and 12 women": both counted
    r"(?:(?:,\s+aged\s+between\s+\d{1,2}\s+and\s+\d{1,2},)?"
    rf"\s+and\s+(?P<count2>{NUMBER}|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun2>{PEOPLE_NOUNS})\b)?"
    rf"(?P<tail>(?:\s+(?:of|from|in|at)\s+[^,.;]{{2,130}}?|"
    # "The four men behind the importation of …", not "the people behind the door"
    r"\s+behind\s+(?:the|a|an|this)\s+(?:[\w£,.-]+\s+){0,2}?(?:importation|import|supply|"
    r"smuggling|plot|scheme|conspiracy|network|operation|fraud|racket|trade|ring|gang)"
    r"[^,.;]{0,130}?)?"
    # "three men aged 28, 23, and 29 were arrested", "Seven men aged between 20 and 31
    # years of age were arrested"
    r"(?:\s+aged\s+\d{1,2}(?:\s*,\s*\d{1,2})*(?:,?\s+and\s+\d{1,2})?|"
    r"\s+aged\s+between\s+\d{1,2}\s+and\s+\d{1,2}(?:\s+years(?:\s+of\s+age|\s+old)?)?)?))"
    rf"(?=\s*,?(?:['’]s\s+been\b|\s+(?:[^.,;]{{0,70}}?,\s+(?:or\s+)?|"
    # "Nine people suspected of being involved in drugs operations … were arrested"
    rf"(?:suspected|accused)\s+of\s+[^.,;]{{0,80}}?\s+(?=were\b)|"
    # "A man found tending a cannabis farm in a large house was jailed"
    # "20 People (18 men and two women) have been sentenced"
    r"\([^()]{1,60}\)\s+|"
    rf"(?:found|caught|discovered|stopped|spotted)\s+(?:[^.,;]|(?<=\d)[.,](?=\d)){{0,90}}?\s+"
    r"(?=(?:was|were|has\s+been|have\s+been)\s+(?:jailed|sentenced|convicted|imprisoned|given)\b)|"
    rf"including\s+[^.;]{{0,100}}?,\s+|[–—-]\s+[^.;–—]{{1,100}}?\s+[–—-]\s+)?(?:who\s+|ha(?:ve|s|d)\s+(?:now\s+|all\s+|also\s+|so\s+far\s+|since\s+)?been\s+|were\s+|was\s+|are\s+|is\s+|have\s+|has\s+)?"
    rf"(?:{VERBS})\b))",
    re.IGNORECASE,
)
# A list line of a review may tell a case ("- Two men were arrested and charged following
# …"), but not when its people are those counted by a step ("• 122 people arrested were
# described as principal players").
BULLET_LINE = re.compile(r"\s*[-–—•*·▪]\s")
DAY_NAMED = re.compile(
    r"\bon\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+|"
    r"\bon\s+(?:[A-Z][a-z]+day\s+)?[A-Z][a-z]+\s+\d{1,2}\b"
)
COUNTED_BY_PARTICIPLE = re.compile(
    r"\s+(?:arrested|charged|jailed|convicted|sentenced|safeguarded)\s+(?:were|was|have|has|had)\b"
)
# "Officers arrested and charged two men in Aberdeen": the people counted after the verb,
# at the start of a sentence (an anchor, like SUBJECT_RE).
OBJECT_ANCHOR = re.compile(
    rf"^{LEAD}(?:[\w'’-]+\s+){{0,3}}?(?:officers|police|detectives|investigators)\s+"
    r"(?:have\s+|had\s+|also\s+|later\s+|then\s+)?(?:arrested|charged)"
    r"(?:\s+and\s+(?:later\s+)?charged)?\s+"
    rf"(?P<subject>(?P<count>{NUMBER}|a|an)\s+(?P<desc>(?:[\w'’-]+\s+){{0,3}}?)"
    rf"(?P<noun>{PEOPLE_NOUNS})\b"
    rf"(?:\s+and\s+(?P<count2>{NUMBER}|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun2>{PEOPLE_NOUNS})\b)?"
    r"(?P<tail>))",
    re.IGNORECASE,
)
# The people a court or force dealt with, counted after the verb.
OBJECT_COUNT = re.compile(
    r"\b(?:sentencing|jailing|convicting|(?<!been\s)(?:sentenced|jailed|convicted))\s+"
    rf"(?P<subject>(?:a\s+total\s+of\s+|all\s+)?(?P<count>{NUMBER})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{DEFENDANT_NOUNS})\b)"
    # "Operation Elmpond has seen a total of 41 men and women sentenced to …"
    rf"|\b(?:has|have|had)\s+seen\s+(?P<seen>(?:a\s+total\s+of\s+)?(?P<seen_count>{NUMBER})\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{DEFENDANT_NOUNS})(?:\s+and\s+(?:women|men))?)\s+"
    r"(?:sentenced|jailed|convicted|charged|arrested)\b",
    re.IGNORECASE,
)
JUSTICE = re.compile(
    r"\b(?:ordered\s+to\s+(?:pay|hand)|confiscation\s+order|jailed|imprisoned|sentenced|convicted|charged|arrested|found\s+guilty|(?:plead(?:ed|ing)?|pled)\s+guilty|"
    r"admitted|locked\s+up|behind\s+bars|acquitted|cleared|remanded|prison|jail|fined|"
    r"(?:resulted\s+in|led\s+to)\s+(?:[\w-]+\s+)?arrests?|"  # "has resulted in two arrests"
    r"(?:given|handed|received)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:community\s+order|"
    r"suspended|sentence|youth\s+rehabilitation|referral\s+order|conditional\s+discharge)|"
    r"(?:given|handed|received|got)\s+(?:[\w-]+\s+){0,4}?(?:years?|months?))\b",
    re.IGNORECASE,
)
DEFENDANT_RE = re.compile(
    rf"(?P<name>{NAME})\s*(?:,\s*(?:aged\s+|now\s+|an?\s+(?=\d\d-year-old))?|\(\s*(?:aged\s+)?|"
    # "Wayne Stock 38, of Chelmsford": the comma before the age left out
    r"(?<=\w)\s(?=\d\d,\s+(?:of|from)\s))"
    r"(?P<age>1[4-9]|[2-9]\d)\b"
    r"(?:-year-old(?:\s+(?:[A-Z][a-z]+\s+)?(?:man|woman|boy|girl|mother|father|grandmother|"
    r"grandfather|national))?)?\s*\)?"
    rf"(?:(?:,\s*|\s+)(?:also\s+|both\s+|all\s+)?(?:of|from)\s+(?P<addr>[^.;()\n]+?))?"
    rf"(?=,|\s+[a-z]|\s*[.;:)\n–—]|\s+-\s|$)"
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
# A surname alone with an age, the full name given earlier in the release.
SURNAME_AGE = re.compile(
    rf"(?<![\w,] )(?<![A-Z][a-z] )\b(?P<last>{NAME_WORD}),\s*(?:aged\s+)?(?P<age>1[4-9]|[2-9]\d),"
)
# "At the city's crown court on Tuesday, Morrey, 50, was jailed": after a lead of time
SURNAME_AGE_AFTER_LEAD = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|week|"
    rf"month|year|hearing),\s+(?P<last>{NAME_WORD}),\s*(?:aged\s+)?(?P<age>1[4-9]|[2-9]\d),"
)
ADDRESS_AFTER_AGE = re.compile(r"\s*(?:of|from)\s+")
# "a 29-year-old man from Hartlepool, Darren Rowe, was jailed": the name after its description.
AGE_THEN_NAME = re.compile(
    r"\b[Aa]n?\s+(?P<age>1[4-9]|[2-9]\d)-year-old\s+(?:man|woman|boy|girl)"
    r"(?:\s+(?:of|from)\s+(?P<addr>[A-Z][\w'-]+(?:[ -](?:upon|on|[A-Z][\w'-]+))*))?,\s+"
    rf"(?P<name>{NAME}),"
)
# "The 34 year-old Lithuanian driver, Edvinas Janusauskas, was arrested": a description, the
# name, then what the law did to him (a witness described so is no defendant)
AGE_DESCRIBED_NAME = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<age>1[4-9]|[2-9]\d)[- ]year[- ]old\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:man|woman|driver|lorry\s+driver|national|teenager)(?P<addr>),\s+"
    rf"(?P<name>{NAME}),\s+(?:was|has\s+been|had\s+been)\s+(?:(?:later|subsequently)\s+)?"
    r"(?:arrested|charged|jailed|sentenced|convicted)\b"
)
# "21 year-old Latvian Voldermars Gailis", "40-year-old Colombian national Didier Reyes"
AGE_BEFORE_NAME = re.compile(
    # "the 34-year-old Lee Ward", "A 25-year-old, Tamar Abdulhamid, also pleaded guilty"
    r"\b(?P<age>1[4-9]|[2-9]\d)[- ]year[- ]old(?:\s+|,\s+(?=[A-Z][^,]{3,40},))"
    rf"(?:(?:{'|'.join(DEMONYMS)})\s+(?:nationals?\s+)?)?(?P<name>{NAME})"
)
DRUG_NAMED = re.compile(
    r"\b(?:cocaine|heroin|cannabis|crack|amphetamines?|ketamine|mdma|ecstasy|drugs)\b", re.I
)
GANG_OF = re.compile(rf"\s+of\s+(?P<n>\d+|{NUMBER})\s+", re.IGNORECASE)
IN_ALL = re.compile(
    rf"\b(?:in\s+all|in\s+total|altogether|overall),\s+(?P<n>\d+|{NUMBER})\s+"
    r"(?:people|men|women|defendants|members|offenders|gang\s+members)\s+(?:have\s+|had\s+)?"
    r"(?:now\s+)?been\s+(?:convicted|jailed|sentenced|charged)\b",
    re.IGNORECASE,
)
# "… in respect of Jones and 17 others involved in the county lines operation": the one
# named and the others, each a defendant.
AND_OTHERS = re.compile(
    rf"\b(?:[A-Z][a-z]+|he|she)\s+(?:and|along\s+with|alongside)\s+(?P<n>\d+|{NUMBER})\s+"
    r"others\s+(?:involved\s+in|(?:who\s+)?(?:were|have\s+been|had\s+been)\s+"
    r"(?:jailed|sentenced|convicted|charged))\b"
)
# "Twelve members of the crime group have been convicted in total"
IN_ALL_AFTER = re.compile(
    rf"\b(?P<n>\d+|{NUMBER})\s+(?:people|men|women|defendants|members|offenders|gang\s+members)"
    r"\b[^.;]{0,40}?\s+(?:have\s+|had\s+)?(?:now\s+)?been\s+(?:convicted|jailed|sentenced)\s+"
    r"in\s+(?:total|all)\b",
    re.IGNORECASE,
)
# The whole group a case's named few belong to: "… were among 18 men convicted of …",
# "sentences totalling 203 years for 16 men", "police charged a total of 18 people".
GROUP_NOUNS = r"(?:people|men|women|defendants|members|offenders|gang\s+members|suspects)"
WHOLE_GROUP = re.compile(
    rf"\b(?:were|was|are|is)\s+among\s+(?:the\s+)?(?P<n>\d+|{NUMBER})\s+{GROUP_NOUNS}\s+"
    r"(?:(?:who\s+)?(?:were|have\s+been|had\s+been)\s+)?(?:convicted|jailed|sentenced|charged)\b"
    rf"|\bsentences\s+(?:totalling|totaling)\s+[^.;]{{1,100}}?\s+(?:for|to)\s+(?:the\s+)?"
    rf"(?P<n2>\d+|{NUMBER})\s+{GROUP_NOUNS}\b"
    rf"|\b(?:charged|convicted|jailed|sentenced)\s+a\s+total\s+of\s+(?P<n3>\d+|{NUMBER})\s+"
    rf"{GROUP_NOUNS}\b"
    rf"|\ba\s+total\s+of\s+(?P<n4>\d+|{NUMBER})\s+{GROUP_NOUNS}\s+(?:have\s+|had\s+)?"
    r"(?:now\s+)?(?:been|were)\s+(?:convicted|jailed|sentenced|charged)\b",
    re.IGNORECASE,
)
# "six of those charged with production of cannabis", "Three men have been charged with
# drugs offences": how many of an operation's people were charged, and with what.
CHARGED_WITH = re.compile(
    rf"(?:\bof\s+(?:those|them|the\s+\w+)\s+(?:arrested|detained),\s+)(?P<n>\d+|{NUMBER})\s+"
    r"(?:(?:have|has|had)\s+(?:now\s+)?been|were)\s+charged\s+with\b|"
    rf"\b(?P<n2>\d+|{NUMBER})\s+(?:of\s+(?:those|them)\s+|{GROUP_NOUNS}\s+)"
    r"(?:(?:have|has|had)\s+(?:now\s+)?been\s+|were\s+)?charged\s+with\b",
    re.IGNORECASE,
)
# A total wider than one case's group: since a campaign began, so far this year, a county's.
WIDER_GROUP = re.compile(
    r"\b(?:since|so\s+far|this\s+year|last\s+year|across\s+the\s+(?:county|region|force|"
    r"country|city))\b",
    re.IGNORECASE,
)
# "sentences totalling more than 300 years for 95 people across Kent": a county's total
ACROSS_AFTER = re.compile(r"\s+across\s+(?-i:[A-Z])")
# "the court heard how the 11 defendants pleaded guilty to their roles"
THE_N_DEFENDANTS = re.compile(
    rf"\bthe\s+(?P<n>\d+|{NUMBER})\s+(?:defendants|gang\s+members)\s+(?:all\s+|had\s+)?"
    r"(?:pleaded|admitted|were\s+(?:jailed|sentenced|convicted))\b",
    re.IGNORECASE,
)
STRONG_GROUP = re.compile(
    rf"\b(?P<n>\d+|{NUMBER})-(?:strong|member|man)\s+(?:[\w-]+\s+){{0,3}}?(?:gang|group|network|crew|OCG)\b",
    re.IGNORECASE,
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
    rf"(?:(?<![\w,’'] )(?P<name0>{NAME}),\s+(?=[A-Z][^,.;]{{3,40}},?\s+and\s+[A-Z]))?"
    rf"(?P<name>{NAME})(?:,?\s+and\s+(?P<name2>{NAME}))?(?:\s*,[^,.;()]{{1,100}},|,\s+who|,)?$"
)
# The verb NAMED_JAILED's names stand before: found first (a cheap scan), then the names
# are looked for only in the stretch just before it.
JAILED_VERB = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:today\s+|also\s+|later\s+|both\s+|all\s+)?"
    r"(?:jailed|sentenced|convicted|found\s+guilty|imprisoned|given|handed|charged)\b"
)
NAMED_JAILED_REACH = 170  # two names and an aside of up to 100 characters
NAMED_SUBJECT = re.compile(
    # "Malcolm Floyd, of Shepperton, Surrey, pleaded guilty": an address between
    rf"(?P<name>{NAME})(?:,\s+(?:also\s+)?(?:of|from)\s+[^.;,]{{2,60}}(?:,\s+[^.;,]{{2,40}})?,)?"
    r"\s+(?:(?:previously|later|also|earlier)\s+)?"
    r"(?:was|were|had|has|is|pleaded|admitted|denied)\b[^.;\n]*"
)
LEAD_RE = re.compile(LEAD, re.IGNORECASE)
# A sentence that opens on a full name and a verb, and the pronoun sentence after it.
NAMED_ACTOR = re.compile(rf"(?P<name>{NAME})\s+(?:also\s+)?[a-z]{{3,}}\b")
HE_JAILED = re.compile(
    r"(?:He|She)\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?:jailed|sentenced|imprisoned|"
    r"given|handed|convicted)\b"
)
ROUNDUP_TITLE = re.compile(
    # not "Seatbelt stop check results in three year prison sentence"
    r"\b(?:highlights?|review|results(?!\s+in\b)|round-?up|(?<!-)year(?!-)(?!\s+(?:prison|jail|sentence))|"
    r"figures|numbers|statistics|annual|"
    r"successes|achievements)\b",
    re.IGNORECASE,
)
PERIOD_CUE = re.compile(
    r"\b(?:this|last|the\s+(?:past|last))\s+(?:year|quarter|(?:twelve|three|six|nine|\d+)\s+months)|"
    # "seized … in the past three years" (not "had run the line for the past two years")
    r"\bin\s+the\s+(?:past|last)\s+(?:two|three|four|five|\d)\s+years\b|"
    r"\bduring\s+(?:19|20)\d\d|"
    r"\bin\s+(?:19|20)\d\d\b(?!\s*(?:,|and))|\bover\s+the\s+(?:course\s+of|last|past)\b|"
    r"\bfinancial\s+year\b|\b(?:19|20)\d\d[/-]\d\d\b|"
    # "a week of action", "in just seven days"
    r"\bweeks?\s+of\s+(?:action|intensification)\b|\bintensification\s+(?:week|fortnight)\b|\bin\s+(?:just\s+)?(?:seven|\d+)\s+days\b|"
    # "arrested in a week" (not "a week-long trial" nor offence dates: a review misfired)
    r"\bin\s+(?:just\s+)?(?:a|one)\s+(?:week|fortnight)\b|"
    # "Between January and December 2022", "from April 2012 to March 2013"
    r"\b(?:between|from)\s+(?:january|april)\s+(?:(?:19|20)\d\d\s+)?(?:and|to)\s+"
    r"(?:december|march)\b",
    re.IGNORECASE,
)
PERIOD_OPENING = re.compile(
    r"(?:In|During|Over|Throughout)\s+(?:the\s+(?:last|past|first)\s+(?:year|quarter|"
    r"(?:twelve|three|six|nine|\d+)\s+months)|(?:19|20)\d\d(?:[/-]\d\d)?)\b"
)
THESE_ACTIVITIES = re.compile(
    r"\b(?:these|the)\s+(?:alleged\s+)?(?:activities|offences|crimes|raids|seizures|finds)\b|"
    r"\bthis\s+(?:operation|investigation|activity)\b",
    re.IGNORECASE,
)
# An operation or campaign whose results a release counts (not "a raid on Tuesday").
OPERATION_WORDS = re.compile(
    r"\b(?:operation|campaign|crackdown|week\s+of\s+action|intensification|initiative)\b",
    re.IGNORECASE,
)
# Offenders in general made to repay: "Convicted criminals across the region have been
# forced to repay", "offenders were ordered to hand back" (not one named defendant).
OFFENDERS_REPAID = re.compile(
    r"\b(?:criminals|offenders|fraudsters|drug\s+dealers)\b[^.;]{0,60}?\b(?:ordered|forced|made)\s+"
    r"to\s+(?:pay\s+back|repay|hand\s+(?:back|over))\b",
    re.IGNORECASE,
)
# A count or a definite article before "criminals": those of one case.
COUNTED_BEFORE = re.compile(
    rf"\b(?:{NUMBER}|both|the|these|those)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
# The period a review sums up: a year, a financial year, the past twelve months.
REVIEW_PERIOD = re.compile(
    r"\b(?:in|during|throughout)\s+(?:19|20)\d\d\b|\bfinancial\s+year\b|\b(?:19|20)\d\d[/-]\d\d\b|"
    r"\b(?:the\s+)?(?:past|last)\s+(?:12|twelve)\s+months\b|\b(?:the\s+)?(?:past|last)\s+year\b",
    re.IGNORECASE,
)
# "A performance report … shows", "figures released today reveal", "the force's annual
# report": results a published report counts, a review's lead.
REPORT_SHOWS = re.compile(
    r"\b(?:performance|annual|quarterly|year-end|end-of-year)\s+(?:report|review|figures|"
    r"statistics)\b|\b(?:figures|statistics),?\s+(?:[^.;]{0,80}?\s)?(?:released|published)\b|"
    # not "Data from their phones shows the pair sold …"
    r"\b(?:new\s+|latest\s+|official\s+)?(?:figures|statistics)\s+(?:show|shows|reveal|reveals)\b",
    re.IGNORECASE,
)
PEOPLE_MEASURES = frozenset({"Arrests", "PeopleCharged", "PeopleJailed", "PeopleSafeguarded"})
COURT_STEP = re.compile(
    r"\b(?:jailed|imprisoned|sentenced|convicted|charged|found\s+guilty|pleaded\s+guilty)\b",
    re.IGNORECASE,
)
ACROSS_AN_AREA = re.compile(
    r"\bacross\s+(?:the\s+)?(?:country|county|region|force\s+area|uk|nation|(?-i:[A-Z])\w+)",
    re.IGNORECASE,
)
TAKEN_OR_ARRESTED = re.compile(
    r"\b(?:seized|recovered|confiscated|taken\s+off|arrested|arrests|charged)\b", re.IGNORECASE
)
IN_A_YEAR = re.compile(r"\b(?:in|during|throughout)\s+(?:19|20)\d\d\b", re.IGNORECASE)
QUOTED_CHARGE = re.compile(r"\bcharged\s+(?:[\w-]+\s+){1,5}?with\s+(?:[\w-]+\s+){0,6}?offences\b")
SAYS_COLON = re.compile(r"\b(?:said|says)\s*:")
TOTAL_WORDS = re.compile(
    r"\b(?:total|totall?ing|combined|between\s+them|sentences\s+of)\b", re.IGNORECASE
)
EACH = re.compile(r"\beach\b", re.IGNORECASE)
BOTH_SUBJECT = re.compile(
    r"^(?:both(?:\s+(?:men|women|defendants|brothers|sisters))?|the\s+pair|the\s+two(?:\s+men|\s+women)?)"
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:jailed|sentenced|imprisoned)\b",
    re.IGNORECASE,
)
BOTH_OF = re.compile(
    r"^,?\s*(?:both|all)\s+(?:of|from)\s+(?P<addr>[^.;()]+?)(?=,|\s+[a-z]|[.;:]|$)"
)
STAGES = (
    (
        "Sentenced",
        re.compile(
            r"\b(?:jailed|imprisoned|sentenced|locked\s+up|behind\s+bars|sent\s+to\s+prison|"
            r"sent\s+down|suspended\s+sentence|community\s+order|ordered\s+to\s+(?:pay|hand)|confiscation\s+order|"
            r"(?:given|handed|received|got)\s+(?:[\w-]+\s+){0,3}?(?:years?|months?)|"
            r"(?:jail|prison|custodial)\s+(?:sentences?|terms?)|sentences\s+totall?ing)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "Convicted",
        re.compile(
            r"\b(?:convicted|found\s+guilty|(?:plead(?:ed|ing)?|pled)\s+guilty|admitted|guilty\s+plea)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "Charged",
        re.compile(r"\b(?:charged|remanded|appeared\s+at|will\s+stand\s+trial)\b", re.IGNORECASE),
    ),
    (
        "Arrested",
        re.compile(
            r"\b(?:arrested|detained|arrests?\s+(?:were|was|have\s+been|had\s+been)\s+made|"
            r"(?:resulted\s+in|led\s+to)\s+(?:[\w-]+\s+)?arrests?)\b",
            re.IGNORECASE,
        ),
    ),
)
FUTURE_STAGE = re.compile(
    r"\b(?:will|is\s+due\s+to|are\s+due\s+to|due\s+to|expected\s+to|set\s+to)\s+be\s+"
    r"(?:sentenced|jailed)\b|\bawait(?:s|ing)?\s+sentenc\w*|\bfor\s+sentencing\b|"
    # a step denied has not happened either: "No one has been charged at this stage"
    r"\b(?:no\s+one|nobody|none\s+of\s+them)\s+(?:has|have|had)\s+(?:yet\s+)?been\s+"
    r"(?:charged|convicted|sentenced)\b|"
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:charged|convicted|sentenced)\b",
    re.IGNORECASE,
)
ACQUITTED = re.compile(r"\b(?:acquitted|found\s+not\s+guilty|cleared\s+of)\b", re.IGNORECASE)
# "A third man, Paul Kerrigan, 46, …, who was accused of …, was found not guilty": the
# clause after a defendant's name clears him (and names no one else's verdict).
CLEARED_AFTER = re.compile(
    r"(?:(?!\b(?:and|convicted|jailed|sentenced|admitted)\b)[^.;]){0,100}?"
    r"\b(?:was|were|has\s+been)\s+(?:found\s+not\s+guilty|acquitted|cleared)\b",
    re.IGNORECASE,
)
JAILED = re.compile(r"\b(?:jailed|imprisoned|locked\s+up|put\s+behind\s+bars)\b", re.IGNORECASE)
SENTENCED_TO = re.compile(r"\b(?:sentenced\s+to|given|handed|received)\b", re.IGNORECASE)
JAILED_OR_SENTENCED = re.compile(r"\b(?:jailed|imprisoned|sentenced)\b", re.IGNORECASE)
DISQUALIFIED = re.compile(r"\b(?:banned|disqualified)\b", re.IGNORECASE)
BEHIND_BARS = re.compile(r"\b(?:behind\s+bars|locked\s+up)\b", re.IGNORECASE)
NOT_A_SENTENCE_LEFT = re.compile(
    r"(?:suspended\s+for|(?<!\bto\s)(?<!\bof\s)(?<!\bfor\s)over\s+(?:a|the)?|\bfor\s+(?:the\s+)?(?:past|last|next)|\baged?|within|"
    r"after|extra|additional|further|default|or\s+serve|or\s+(?:serve|face)\s+another|between|"
    r"up\s+to\s+a\s+maximum\s+of|"
    r"maximum\s+(?:sentence|penalty)\s+of|default\s+(?:prison\s+)?(?:sentence|term)\s+of|"
    r"face\s+up\s+to|\bran\s+for|lasted|spanning|in\s+the|"
    # an order's length: "an SCPO that will be in place for five years"
    r"\bin\s+(?:place|force)\s+for|\b(?:lasts?|runs?|valid)\s+for|"
    r"(?:ranging|range|varying)\s+(?:from|between)\s+[\w.]+(?:\s+(?:years?|months?))?\s+(?:and|to)|"
    r"(?:increased|raised|extended|reduced|cut|lengthened)\s+by|"
    r"(?:banned|disqualified|barred|prohibited)\s+(?:from\s+\w+(?:\s+\w+)?\s+)?for|"
    # a term served before ("He had previously been imprisoned for nine years in 2003"),
    # not an earlier hearing of this case ("was previously jailed for six years for his part")
    r"\bhad\s+previously\s+been\s+(?:jailed|imprisoned|sentenced)\s+(?:to|for))\s*$",
    re.IGNORECASE,
)
# The last word of every NOT_A_SENTENCE_LEFT alternative: the window must end in one.
NOT_A_SENTENCE_ENDS = (
    "for",
    "over",
    "a",
    "the",
    "past",
    "last",
    "next",
    "age",
    "aged",
    "within",
    "after",
    "extra",
    "additional",
    "further",
    "default",
    "serve",
    "another",
    "between",
    "of",
    "to",
    "lasted",
    "spanning",
    "by",
    "and",
)
# The alternatives that end in "for" ("jailed for" is most windows) need one of these.
NOT_A_SENTENCE_FOR = (
    "previously",
    "suspended",
    "ran",
    "banned",
    "disqualified",
    "barred",
    "prohibited",
    "place",
    "force",
    "last",
    "run",
    "valid",
)


def not_a_sentence_cue(left: str) -> bool:
    """False when NOT_A_SENTENCE_LEFT cannot match `left` (a cheap test on its end)."""
    tail = left.rstrip().lower()
    if tail.endswith("for"):
        return any(word in tail for word in NOT_A_SENTENCE_FOR)
    return tail.endswith(NOT_A_SENTENCE_ENDS)


NOT_A_SENTENCE_RIGHT = re.compile(
    r"\s*(?:-long\b|\s*curfew|\s*(?:electronic\s+)?tag|\s*ago\b|\s*later\b|\s*earlier\b|"
    r"\s*(?:(?:police|joint|covert|major|complex|undercover|multi-agency|cross-border)\s+)?"
    r"(?:investigation|operation|inquiry|enquiry|probe)|\s*(?:sentencing\s+)?hearing|\s*trial\b|\s*(?:youth\s+)?community\s+order|\s*(?:of\s+)?unpaid|"
    r"\s*(?:driving\s+)?ban\b|\s*supervision|\s*rehabilitation|\s*(?:criminal\s+behaviour|"
    r"serious\s+crime\s+prevention)\s+order|\s*restraining|\s*youth\s+rehabilitation|\s*referral\s+order|\s*conditional\s+discharge|"
    r"\s*(?:after|following)\s+(?:his|her|their)\s+release|\s*to\s+(?:pay|repay|settle))",
    re.IGNORECASE,
)
# A defendant list line ("• Name, aged 31, from Town: 14 years", "– Name (47), of Town –
# 114 months"): the term follows a dash or colon after the defendant, with no verb.
# A defendant may be introduced by a relation or role ("His brother, X, 33, …",
# "Co-defendant X, 41, …").
RELATION = (
    r"(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:brother|sister|son|daughter|partner|wife|husband|"
    r"cousin|father|mother|girlfriend|boyfriend|nephew|niece|uncle|associate|friend|accomplice)"
    r"\s*,\s*|[Cc]o-(?:defendant|accused)\s+)"
)
# "Dimitar Kolev – five years and two months": a list line naming a defendant with no age.
NAME_THEN_TERM = (
    rf"[•·▪‣*–—-]?\s*(?P<name>{NAME})\s+[–—-]\s+"
    rf"(?=[^\n]*\b(?:years?|yrs?|months?|mths?|weeks?|orders?)\b)"
)
LIST_NAME = re.compile(NAME_THEN_TERM)
LIST_LINE = re.compile(
    rf"^[•·▪‣*–—-]?\s*{RELATION}?{NAME}\s*(?:,\s*(?:aged\s+)?|\(\s*(?:aged\s+)?)(?:1[4-9]|[2-9]\d)\b"
    rf"|^{NAME_THEN_TERM}"
    r"|^(?:Man|Woman|Defendant|Male|Female)\s+(?:\d{1,2}|[A-H])\s*:"  # see NUMBERED_DEFENDANT
)
# "Man 1: seven years for possession of a firearm": unnamed defendants numbered
NUMBERED_DEFENDANT = re.compile(r"(?:Man|Woman|Defendant|Male|Female)\s+(?:\d{1,2}|[A-H])\s*:")
LIST_TERM_LEFT = re.compile(r"(?:\s[–—-]|:)\s*$")
# "Andrew Barrett (16 years), Michael Mealing (12-and-a-half years) and …": each name
# followed by its term in brackets.
NAME_BRACKET_TERM = re.compile(
    rf"(?P<name>{NAME})\s*\((?=[^()\n]{{0,40}}?\b(?:years?|months?|weeks?)\b[^()\n]{{0,30}}\))"
)
# "… Paul Tate, 30, of Jarrow (for four years and six months), Lee Dunn, 25, …"
BRACKET_TERM_LEFT = re.compile(
    rf"{NAME}(?:,\s*(?:aged\s+)?\d{{2}},?\s+(?:of|from)\s+[^().;\n]{{1,80}}?)?"
    r"\s*\(\s*(?:for\s+|jailed\s+for\s+|sentenced\s+to\s+)?$"
)
# Orders a court makes beside a sentence that carry no amount: a plain soc:Outcome with
# the order's name. The verb before the name says it was made, not breached or applied for.
NAMED_ORDER = re.compile(
    r"\b(?P<verb>made\s+(?:the\s+)?subject\s+(?:of|to)|given|handed|received|granted|"
    r"imposed|issued|served\s+with|made)\b(?:\s+(?:an?|the|each|also|both|all|two|three|"
    r"four|five|six|seven|eight|nine|ten|\d+|with|them|him|her|[\w]+-(?:month|year)))*\s+"
    r"(?P<name>(?:(?:slavery\s+and\s+)?trafficking(?:\s+and\s+exploitation)?|sexual\s+harm|"
    r"serious\s+(?:and\s+organised\s+)?crime|knife\s+crime|sexual\s+risk|stalking|"
    r"domestic\s+abuse)\s+prevention|criminal\s+behaviour|restraining|football\s+banning|"
    r"travel\s+restriction|youth\s+rehabilitation|referral)\s+orders?\b",
    re.IGNORECASE,
)
# The same orders as the term of a list line with no verb ("- A 17-year-old boy from
# Leeds – 12-month youth rehabilitation order").
LISTED_ORDER = re.compile(
    r"(?:\s[–—-]|:)\s*(?:an?\s+)?(?:[\w-]+-(?:month|year)\s+)?"
    r"(?P<name>(?:slavery\s+and\s+)?trafficking\s+prevention|serious\s+crime\s+prevention|"
    r"criminal\s+behaviour|youth\s+rehabilitation|referral)\s+orders?\b",
    re.IGNORECASE,
)
ORDER_CUES = (
    "prevention",
    "behaviour",
    "restraining",
    "banning",
    "restriction",
    "rehabilitation",
    "referral",
)
UNNAMED_YOUTH = re.compile(
    r"\b[Aa]n?\s+(?:\d{2}|[a-z]+)-year-old\s+(?:boy|girl|youth|teenager|man|woman)\b[^.;\n]{0,60}?"
    r"\bwho\s+(?:cannot|can\s*not|could\s+not)\s+be\s+(?:named|identified)"
)
SAME_OFFENCE = re.compile(r"\bthe\s+same\s+(?:offences?|charges?|crimes?)\b", re.IGNORECASE)
SEPARATE_CASE = re.compile(
    r"(?:In\s+(?:a\s+)?(?:separate|another|an\s+unrelated)\s+(?:case|investigation|incident)"
    r"|Separately|In\s+a\s+second\s+case)\b"
)
BOTH = re.compile(r"\b(?:both|the\s+pair|the\s+couple|the\s+two)\b", re.IGNORECASE)
SUBJECT_COUNT = re.compile(rf"\b(?:the|all)\s+(?P<n>{NUMBER})\b", re.IGNORECASE)
SINGULAR = re.compile(r"^(?:he|she)\b", re.IGNORECASE)
# "He", "A 35-year-old man", "On 19 January 2021, a further man": one person the clause
# tells of (a date or place may lead)
ONE_PERSON = re.compile(
    r"^(?:(?:on|in|at)\s+[^,]{3,40},\s+)?(?:he|she|an?\s+(?:further\s+)?"
    r"(?:[\w-]+-year-old|man|woman|boy|girl|teenager|youth))\b",
    re.IGNORECASE,
)
# "laundering the proceeds of drug trafficking": the crime the money came from is not
# the one charged.
PROCEEDS_OF = re.compile(r"\bproceeds\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?$", re.IGNORECASE)
# How far an exact amount may lie from a hedged one and still be what it hedges.
HEDGE_RANGES = {
    "MoreThan": (Decimal(1), Decimal("1.5")),
    "AtLeast": (Decimal(1), Decimal("1.5")),
    "Almost": (Decimal("0.8"), Decimal(1)),
    "Approximately": (Decimal("0.85"), Decimal("1.15")),
}
HEDGE_WORDS = ("MoreThan", "Almost", "AtLeast", "UpTo", "LessThan", "Approximately")
MONEY_ITEMS = {"CashSeized": "cash", "DrugsSeized": "drugs"}  # what a period's money counts
# "… jailed for 86 years", "… locked up for a total of 40 years" in a headline
HEADLINE_JAILED = re.compile(
    r"\b(?:jailed|sentenced|locked\s+up|imprisoned|behind\s+bars)\s+(?:for\s+|to\s+)?"
    r"(?:a\s+(?:total|combined)\s+(?:of\s+)?|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
# Weights compared in kilograms: "more than half a tonne" is "524kg" said roughly.
IN_KILOGRAMS = {"KiloGM": Decimal(1), "TONNE": Decimal(1000), "GM": Decimal("0.001")}


def hedged_twin(figure: FigureFact, exact: list[FigureFact]) -> bool:
    """Whether a hedged figure is another of the same measure and item said roughly
    ('more than 1,100' beside a table's '1,108', 'more than a kilo' beside 'about 1.2kg')."""
    bounds = HEDGE_RANGES.get(figure.qualifier)
    if bounds is None:
        return False
    scale = IN_KILOGRAMS.get(figure.unit, Decimal(1))
    for other in exact:
        if other.qualifier == figure.qualifier or other.measure != figure.measure:
            continue
        if other.item != figure.item:
            continue
        if other.unit != figure.unit and not (
            figure.unit in IN_KILOGRAMS and other.unit in IN_KILOGRAMS
        ):
            continue
        value = other.value * IN_KILOGRAMS.get(other.unit, Decimal(1)) / scale
        if bounds[0] * figure.value <= value <= bounds[1] * figure.value:
            return True
    return False


ADDRESS_TOWN = re.compile(r"(?!No\b|An?\b|The\b)[A-Z][a-z]+(?:[ -](?:upon|on|under|[A-Z][a-z]+))*")
# "Among those sentenced last month was X, 36, …": one named case in a review.
AMONG_RE = re.compile(
    r"(?:Among|One\s+of)\s+(?:those|the\s+(?:people|defendants|offenders|\w+))\s+"
    r"(?:sentenced|jailed|convicted|charged|arrested)\b[^,.;]{0,40}?\s+(?:was|were|is|are)\s+"
)
SUSPENDED_RIGHT = re.compile(r"^[^.;]{0,40}?\bsuspended\b", re.IGNORECASE)
SUSPENDED_LEFT = re.compile(
    # "a suspended sentence of two years", "a suspended two-year sentence"
    r"suspended\s+(?:(?:sentence|prison\s+sentence|jail\s+term)\s+of\s*)?$",
    re.IGNORECASE,
)
# "were each given prison sentences suspended for a year - Qassim … got 20 weeks": the
# terms listed after a dash or colon are the suspended ones.
SUSPENDED_LISTED = re.compile(
    r"\bsentences?\s+suspended\s+for\s+[^.;:–—-]{1,30}?\s*[:–—-]\s"
    # not "… suspended for two years - but his co-defendant … was jailed for four years"
    r"(?:(?!\b(?:but|jailed|imprisoned|immediate)\b)[^.;])*$",
    re.IGNORECASE,
)
COMMUNITY_RE = re.compile(
    rf"\b(?:(?P<count>{NUMBER})\s+(?:\w+\s+){{0,2}}?(?:were|was)\s+(?:each\s+)?(?:given|handed|made\s+subject\s+to)"
    rf"|(?:received|given|handed))\s+(?:an?\s+)?(?:\d+[\s-]month\s+|\w+-year\s+)?community\s+"
    r"(?:payback\s+)?orders?\b",
    re.IGNORECASE,
)
SENTENCE_LEFT = re.compile(
    r"(?:jail(?:ed)?|imprison(?:ed|ment)?|sentenced?|locked\s+up|sent\s+down|received|given|"
    r"handed|got|"
    r"serve|serving|total(?:ling)?|combined|prison|custod\w*|suspended|term\s+of|jailing|"
    r"(?:increased|raised|extended|reduced|cut)\s+to)\b[^.;]{0,45}$",
    re.IGNORECASE,
)
SENTENCE_RIGHT = re.compile(
    r"^[^.;]{0,12}?\b(?:in\s+prison|in\s+jail|imprisonment|custod\w*|(?:jail|prison)\s+(?:sentence|term)|"
    r"sentence|behind\s+bars|suspended|detention|in\s+a\s+young\s+offenders?\s+institution)",
    re.IGNORECASE,
)
OPERATION_RE = re.compile(r"\bOperation\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)")
TOTAL_LEFT = re.compile(
    r"(?:add(?:s|ed)?\s+up\s+to|totall?ing|amount(?:s|ed)?\s+to|come\s+to|came\s+to|"
    r"combined\s+total\s+of|a\s+total\s+of|a\s+combined|combined|\btotal(?:led|s)?|"
    r"in\s+total\s+for|between\s+them\s+for)\s*(?:(?:more\s+than|over|almost|nearly|around|about)\s+)?$",
    re.IGNORECASE,
)
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
RINGLEADER_PATTERNS = (
    re.compile(
        rf"(?P<name>{NAME})(?:,\s*(?:aged\s+)?\d{{1,2}}|\s*\((?:aged\s+)?\d{{1,2}}\)),\s*"
        rf"(?:(?:also\s+)?(?:of|from)\s+[^,.;]+,\s*(?:[A-Z][^,.;]*,\s*)?)?"
        rf"(?:described\s+(?:in\s+court\s+|by\s+[\w\s]{{2,30}}?\s+)?as\s+(?:the|a)\s+"
        rf"(?:(?:group|gang|network|ring)['’]s\s+)?(?:leader|head|ringleader|boss|"
        rf"organiser|mastermind)|"
        # "Faizan Khan, 31, of Longbridge, believed to be the leader of the gang"
        rf"(?:(?:believed|thought|said|alleged|understood)\s+to\s+(?:be|have\s+been)\s+)?(?:"
        rf"the\s+(?:gang|group|network|ring)['’]s\s+(?:leader|ringleader|boss|head|organiser)|"
        rf"(?:the\s+)?(?:head|leader|ringleader|boss|organiser)\s+of\s+the\s+(?:[\w-]+\s+)?"
        rf"(?:network|gang|group|ring|operation|organisation|conspiracy))|"
        rf"who\s+(?:the\s+court\s+heard\s+|(?:police|prosecutors)\s+said\s+)?"
        rf"(?:[^,.;]{{0,40}}?\s+and\s+)?"
        rf"(?:(?:ran|led|headed|set\s+up|organised|masterminded|controlled|directed|oversaw)"
        rf"\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:network|gang|group|ring|line|"
        rf"operation|company|conspiracy|scheme|business|collections|enterprise|plot|organisation|"
        rf"burglaries|robberies|thefts|raids|importations?|smuggling|fraud|frauds|factory)|"
        rf"was\s+the\s+(?:leader|head|ringleader|boss)))\b"
    ),
    re.compile(
        rf"\b(?:led|run|headed|masterminded|organised|controlled|directed)"
        rf"(?:\s+from\s+[A-Z][\w-]+)?\s+by\s+(?P<name>{NAME})"
        # "led by Craig Hunter, of West Calder, and Colin Wilson, of Glasgow"
        r"(?:(?:,\s*(?:aged\s+)?\d{1,2}|,\s*(?:of|from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)*"
        rf",?\s+and\s+(?P<name2>{NAME}))?"
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
        r"\b(?:[Rr]ingleader|[Oo]rganiser|[Mm]astermind|[Kk]ingpin|"
        r"(?:[Cc]rime|[Gg]ang|[Dd]rugs?)\s+(?:boss|lord|baron)|[Pp]rincipal\s+(?:operator|player)|"
        r"[Mm]ain\s+player|(?:[Tt]he|[Gg]ang|[Gg]roup)\s+leader|"
        # "the gang's leader Nathan Barnes"
        r"(?:gang|group|network|ring|OCG)['’]s\s+(?:leader|ringleader|boss|head))(?:e?s)?\s+"
        rf"(?P<name>{NAME})(?:(?:,\s*(?:aged\s+)?\d{{1,2}},?)?\s+and\s+(?P<name2>{NAME}))?"
    ),
    # "Steven Gibbons was the head of an organised crime group (OCG) based in Newport"
    # "Mohammed Zafer, of Dashwood Close, in Slough, was identified as the leader of the group"
    re.compile(
        rf"(?P<name>{NAME})(?:,\s*(?:aged\s+)?\d{{1,2}},)?"
        # an address of capitalised words only, never a clause ("Lee Grant, of Oldham, told
        # officers that his cousin, Omar Shah, was the leader")
        r"(?:,?\s*(?:of|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
        r"(?:,\s*(?:in\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?,)?"
        r"\s+(?:was|is|had\s+been)\s+(?:(?:identified|named|described)\s+as\s+)?"
        r"(?:the|a)\s+(?:[\w-]+\s+)?(?:leader|head|ringleader|boss|organiser|mastermind)\s+of\s+"
        r"(?:the|an?|this)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:network|gang|group|ring|operation|organisation|conspiracy|OCG|enterprise)\b"
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
    # a list line: "• Faisal Mirza (41), of Ilford – the organiser – nine years"
    re.compile(
        rf"(?P<name>{NAME})\s*\(\d\d\),?\s*(?:(?:of|from)\s+[^,–—\n]+?)?\s*[,–—-]+\s*"
        r"(?:the\s+)?(?:organiser|ringleader|leader|head|boss|mastermind)\b"
    ),
)
# A defendant by surname alone: "Okafor ran a county line known as …", "Adebayo, who
# ran the operation, …"; the surname must be a named defendant's.
SURNAME_RINGLEADER = re.compile(
    rf"\b(?P<last>[A-Z][\w'’-]+)(?:(?:,\s+who|\s+(?:had\s+)?)\s*(?:ran|led|headed|organised|"
    r"masterminded|controlled|directed)\s+(?:a|an|the|his|their)\s+(?:[\w\"“”-]+\s+){0,3}?"
    r"(?:line|network|gang|group|operation|ring|conspiracy|scheme|enterprise|business)\b"
    # "Gallagher was the leader of an organised crime group"
    r"|\s+was\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:leader|head|ringleader|boss|organiser|mastermind)"
    r"\s+of\s+(?:the|an?|this)\s"
    # "The court heard Jones was the "head man" in charge of the scheme"
    r"|\s+was\s+(?:the|a)\s+['‘\"“]?(?:head|main|top)\s+man['’\"”]?"
    # "Wynn was described as the "driving force" behind the operation"
    rf"|\s+(?:was|is|had\s+been)\s+{DRIVING_FORCE}"
    # "Bowling, who police named as 'head' of the gang"
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
    r"\b(?:led|run|headed|masterminded|organised|controlled|directed)(?:\s+from\s+[A-Z][\w-]+)?"
    r"\s+by\b|"
    r"\bwho\s+(?:ran|led|headed|set\s+up|organised|masterminded|controlled|directed|oversaw|"
    r"was\s+the)\b|\bwho\s[^,.;]{0,60}?\b(?:organised|ran|led|headed)\s+the\b|[Ll]eader|[Bb]oss|[Oo]rganiser|[Mm]astermind|[Kk]ingpin|"
    r"\b(?:[Ii]ts|[Tt]heir|['’]s)\s+head\s*,|\b[Hh]ead\s+of\s+(?:the|an?)\b|"
    r"\b[Pp]rincipal\s+(?:operator|player)|\b[Mm]ain\s+player|\b(?:drugs?|crime)\s+(?:lord|baron)|"
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
ORDINALS = {
    w: n
    for n, w in enumerate(
        [
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=2,
    )
}
ORDINAL_DEFENDANT = re.compile(
    rf"\b(?:[Aa]|[Tt]he)\s+(?P<nth>{'|'.join(ORDINALS)})\s+(?:defendant|man|woman|person|member)\b"
)
PAIR_BEFORE = re.compile(
    r"\b(?P<a>[A-Z][\w'’-]+)\s+and\s+(?P<b>[A-Z][\w'’-]+)\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:each\s+|both\s+|also\s+)?(?:given|jailed|sentenced|handed|imprisoned)\b[^.;]{0,30}$"
)
ELIDED_TERM = re.compile(rf"\b(?P<n>{NUMBER})\s+and\s+$", re.IGNORECASE)
RELEASED_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:released|freed|bailed)\s+(?:pending|under|without|on\s+bail)", re.I
)
# A line of a list of defendants ("• Darren Hale (28) from Swindon – remanded").
LISTED_NAME = re.compile(r"\s*(?:[•·▪*–—-]\s*)?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
OF_THOSE = re.compile(
    rf"\b(?P<count>{NUMBER})\s+of\s+(?:those|them|the\s+\w+)\b[^.]{{0,80}}?\b(?:have|has|had)?\s*"
    rf"(?:now\s+)?been\s+(?:charged|convicted|jailed|sentenced)|"
    # "Eighteen of them are currently being sentenced"
    rf"\b(?P<count2>{NUMBER})\s+of\s+(?:those|them|the\s+\w+)\s+(?:are|were)\s+"
    r"(?:currently\s+|now\s+)?being\s+sentenced|"
    # "Of the 27 arrested, 17 people have so far been charged"
    rf"\bof\s+(?:the\s+\w+|those)\s+(?:people\s+)?(?:arrested|detained),\s+(?P<count3>{NUMBER})\s+"
    r"(?:people\s+|men\s+|suspects\s+|of\s+them\s+)?(?:have|has|had)\s+(?:so\s+far\s+|now\s+)?"
    r"been\s+(?:charged|convicted|jailed|sentenced)",
    re.IGNORECASE,
)
# OF_THOSE without its leading count, for lower-cased text: it starts with a literal,
# which the regex engine finds fast, and every OF_THOSE match holds one of its matches.
OF_THOSE_LOWER = re.compile(
    r"of\s+(?:those|them|the\s+\w+)\b[^.]{0,80}?\b(?:have|has|had)?\s*"
    r"(?:now\s+)?been\s+(?:charged|convicted|jailed|sentenced)|"
    r"of\s+(?:those|them|the\s+\w+)\s+(?:are|were)\s+(?:currently\s+|now\s+)?being\s+sentenced|"
    r"of\s+(?:the\s+\w+|those)\s+(?:people\s+)?(?:arrested|detained),"
)
CHARGE_WORDS = re.compile(
    r"\b(?:admitted|(?:plead(?:ed|ing)?|pled)\s+guilty|convicted|found\s+guilty|charged|guilty\s+of|jailed|sentenced|"
    r"arrested\s+on\s+suspicion|accused\s+of|denied|offences?\s+of|for\s+their\s+(?:part|role)|"
    # "arrested in connection to various offences including cannabis cultivation"
    r"arrested\s+in\s+connection\s+(?:with|to)|offences\s+including|"
    r"for\s+(?:his|her)\s+(?:part|role)|also\s+(?:supplied|sold|ran|laundered|imported)|"
    r"fac(?:es|ed|ing)\s+(?:\w+\s+)?(?:charges?|counts?)\s+of|"
    r"for\s+(?:trafficking|supplying|smuggling|importing|conspiring|laundering|dealing)|"
    r"charges?\s+(?:range|ranged|ranging|include|included|including))\b",
    re.IGNORECASE,
)
HAS_JUSTICE = Caseless(JUSTICE)
HAS_CHARGE_WORDS = Caseless(CHARGE_WORDS)
ORDER_KEYWORDS = (
    (
        "ConfiscationOrder",
        re.compile(
            # not "was confiscated", "were confiscated": what officers seized
            r"(?<!was\s)(?<!were\s)confiscat|pay\s+back|paid\s+back|repay|hand\s+over|"
            r"proceeds\s+of\s+crime|"
            # "forced to pay a woman back £9,043", "ordered to pay more than £60,000 back"
            r"pay\s+(?:[\w ]{1,20}?\s)?back\b|"
            r"(?:ordered|forced|made)\s+to\s+pay\b(?![^.]{0,60}(?:compensat|costs|surcharge|fine))",
            re.IGNORECASE,
        ),
    ),
    (
        "CompensationOrder",
        re.compile(
            r"compensat|(?:go|paid|returned|given)\s+(?:straight\s+)?(?:back\s+)?to\s+(?:the\s+)?"
            r"(?:victims|people\s+(?:he|she|they)|investors)",
            re.IGNORECASE,
        ),
    ),
)
NOT_AN_AMOUNT = re.compile(
    r"\s*(?:and\s+£?\d+\s+)?notes\b|\s*(?:for|per)\s+(?:each|every|a|an)\b|\s+each\b|\s+a\s+(?:week|month|day)\b|"
    r"\s*bundles\b",
    re.IGNORECASE,
)
# "a daily total of £400k": a rate, not an amount of the case
RATE_LEFT = re.compile(
    r"\b(?:daily|weekly|monthly|nightly)\s+(?:total|turnover|income|takings)\s+of\s+$", re.I
)
RANGE_LOW = re.compile(r"\bbetween\s+$", re.IGNORECASE)
RANGE_HIGH = re.compile(r"\bbetween\s+[£$€][\d,.]+\s*(?:m|k|bn|million|billion)?\s+and\s+$", re.I)
CASH_RIGHT = re.compile(
    r"\s*(?:in\s+)?(?:cash|worth\s+of\s+cash|"  # "more than £20,000 worth of cash"
    r"in\s+(?:£[\d,]+\s+|[\w-]+\s+)?(?:vacuum|bundles|notes|a\s+bag|holdalls?))",
    re.IGNORECASE,
)
# "More than £15 million was seized": a sum seized as it stands, of no goods named, is cash
# The sum is what was seized, nothing named before it ("During the case, more than
# £74,000 was seized"; never "Cannabis estimated at £40,000 was seized").
SUM_AS_SUBJECT = re.compile(
    r"\s*(?:[^,.;£]{1,40},\s*)?(?:(?:also|altogether)\s+)?(?:(?:more\s+than|over|around|about|"
    r"almost|nearly|some|a\s+further|in\s+excess\s+of|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)
SEIZED_RIGHT = re.compile(r"\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+)?seized\b")
AGES_LIST = re.compile(
    r"\b(?:men|women|people|suspects|teenagers|boys|girls|defendants)\s*,?\s+aged\s+"
    r"(?P<ages>\d{2}(?:\s*,\s*\d{2})*\s+and\s+\d{2})\b"
)
NOT_AN_ORDER_LEFT = re.compile(
    r"(?:\bbenefit\w*(?:\s+(?:by|of|from))?|\b(?:conduct|crimes?|offending)\s+to\s+the\s+tune\s+of|"
    r"\bout\s+of|\bconned|\bdefrauded|\blost|\bstole|"
    r"\bswindled|\bcheated|\bscammed|\btricked)\s+(?:(?:more\s+than|over|almost|nearly|around|"
    r"about|just\s+(?:over|under)|some)\s+)?$",
    re.IGNORECASE,
)
# Tables with a column per year: a header row of years, then label and value cells.
TABLE_HEADER = re.compile(
    r"^[A-Za-z][\w ,()'/&-]{0,40}?(?P<years>(?:(?:\t+|\s{2,}|\s*\|\s*)(?:19|20)\d\d){1,4})\s*$"
)
TABLE_SPLIT = re.compile(r"\t+|\s{2,}|\s*\|\s*")
TABLE_UNIT = re.compile(r"\s*\((kg|g|tonnes?|kilos?)\)\s*$", re.IGNORECASE)
SEIZURE_MEASURES = frozenset(
    {"DrugsSeized", "FirearmsSeized", "AmmunitionSeized", "CashSeized", "WeaponsRemoved"}
)
# "laundered cash for drug dealers": the launderers' clients' crime is not charged.
LAUNDERED_FOR = re.compile(
    r"launder\w*\b[^.;]{0,60}\b(?:for|on\s+behalf\s+of)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
# "members of a crime gang … were sent to prison for 119 years": not the one defendant's
PLURAL_VERB = re.compile(r"\bwere\b")
SUSPENDED_NO_TERM = re.compile(
    r"\b(?:(?P<one>was)|were)\s+(?:also\s+)?(?:given|handed)\s+(?:a\s+)?suspended\s+"
    r"(?:prison\s+|jail\s+|custodial\s+)?sentences?\b(?!\s+of\b)",
    re.IGNORECASE,
)
# "sentences of between four and ten years", "ranging from a community order to four years"
RANGE_OF_TERMS = re.compile(
    r"\b(?:between\s+(?:[\w-]+\s+){1,4}?and|ranging\s+from\s+(?:[\w-]+\s+){1,5}?to)\s+$",
    re.IGNORECASE,
)
PREVIOUSLY_CONVICTED = re.compile(
    # "had previously been convicted … and jailed in 2012 for 10 months"; not "who had
    # previously been convicted …, was jailed" (this case) nor "He has previously been jailed
    # for seven years" (often this case's earlier hearing)
    r"\b(?:had|has)\s+previously\s+been\s+convicted\b[^.;]*?\band\s+(?:was\s+)?"
    r"(?:jailed|sentenced|imprisoned)\b[^.;]*$|\bin\s+an\s+earlier\s+(?:case|prosecution)\b",
    re.IGNORECASE,
)
EARLIER_CASE = re.compile(r"\b(?:previously|in\s+the\s+past|earlier|(?:19|20)\d\d)\b", re.I)
HIM_OR_HER = re.compile(r"\b(?:sentenced|jailed|gave|handed|imprisoned)\s+(?:him|her)\b")
UNNAMED_PERSON = re.compile(
    r"\b[Aa]n?\s+(?:(?:man|woman|boy|girl|teenager|youth)\s*,?\s+aged\s+\d\d|"
    r"\d\d-year-old\s+(?:man|woman|boy|girl|teenager|youth))\b"
)
PER_PERIOD_PAY = re.compile(r"[£$€]\s?[\d,.]+(?:\s*(?:k|m|million))?\s*(?:an?\s+|per\s+)?$")
# Counts single cases report as often as reviews do: they never make a release a review.
ROUNDUP_NEUTRAL = fig.CASE_MEASURES | {"PeopleSafeguarded"}
# A heading in capitals: three or more words, no lower-case letter, no full stop at its end.
HEADING = re.compile(r"^(?=[^a-z]*$)(?=(?:\S+\s+){2,})[A-Z0-9'’\"“” ,&:–—-]{8,90}[A-Z0-9'’\"”]$")
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
# "Cases in 2010-11 include:", "Successful POCA applications over the past year include:",
# "Examples of the team's work:": a list of example cases follows.
EXAMPLES_INTRO = re.compile(
    r"\b(?:include[sd]?|including|examples?|among\s+them|among\s+those|highlights)\b[^.]{0,40}:\s*$",
    re.IGNORECASE,
)
BULLET = re.compile(r"^\s*[•·▪‣*–—-]\s*")
# An example case's subject described, not named: "A Medway woman", "Five conmen from
# Ludlow", "A convicted drug dealer from Bromsgrove", "Cash totalling £11,900"
DESCRIBED_SUBJECT = re.compile(
    rf"(?:An?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+|Cash|Money|Assets|"
    rf"In\s+{MONTH}|Last\s+\w+)\s"
)
FRAUDSTER = re.compile(r"\b(?:fraudsters?|con ?m[ae]n|swindlers?)\b", re.IGNORECASE)
ONE_DESCRIBED = re.compile(rf"An?\s+(?:[\w-]+\s+){{0,3}}?(?:{DEFENDANT_NOUNS})\b")
# Orders and money taken that close a case with no verb of justice
ORDER_VERB = re.compile(
    r"\b(?:ordered\s+to\s+(?:pay|hand\s+over)|forfeit(?:ed|ure)|confiscat(?:ed|ion)|"
    r"(?:paid|pay|paying)\s+back|returned\s+to|made\s+to\s+pay|forced\s+to\s+pay)",
    re.IGNORECASE,
)
# A paragraph that opens on its day: "On Friday 4 June", "On 9 June", "The same day",
# "Two further arrests were made on Thursday 10 June".
DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH_DAY = (
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)
DATED_START = re.compile(
    rf"(?:(?:Early\s+|Late\s+|Later\s+|Also\s+)?[Oo]n\s+(?:the\s+)?(?:{DAY}\b|{MONTH_DAY})|"
    rf"In\s+(?:early\s+|late\s+|mid-?)?{MONTH}|"
    r"The\s+(?:same|following|next)\s+day\b|"
    rf"[^.]{{0,60}}?\b(?:were|was)\s+made\s+on\s+(?:{DAY}\b|{MONTH_DAY}))"
)
CANNABIS_GROWN = re.compile(
    r"\bcannabis\s+(?:plants?|farms?|factory|factories|grow)|\bgrow(?:ing)?\s+cannabis", re.I
)
# The next paragraph going on with one defendant's story: "He was given a suspended …",
# "Enquiries established he had used aliases …"
PRONOUN_OPENING = re.compile(r"(?:\w+\s+){0,2}?(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\s+(?!said\b|added\b)")
# "These arrests follow …", "They were …": a paragraph going on with the story before
CONTINUED = re.compile(r"(?:These|This|Those|They|He|She|It|The\s+(?:arrests?|men|women|pair))\b")
DEFINITE_SUBJECT = re.compile(r"(?:the|all|both)\b", re.IGNORECASE)
DATE_REST = re.compile(rf"^\s*(?:{MONTH_DAY}|\d{{1,2}}(?:st|nd|rd|th)?)?(?:\s+\d{{4}})?\s*,?\s*")
# "the driver arrested", "a man was arrested": one person taken in, uncounted
ONE_ARRESTED = re.compile(
    r"\b(?:an?|the)\s+(?:man|woman|driver|passenger|teenager|suspect)\b[^.]{0,60}?\barrested\b"
)
# "The eight men", "Six other men", "Seven of the gang": people the story told before
REFERS_BACK = re.compile(
    r"(?:the|these|those|both|all|another)\s|\S+\s+other\s|\S+\s+of\s+(?:the|these|those|them)\b"
    r"|(?:an?\s+)?further\s",  # "A further two men were sentenced …"
    re.IGNORECASE,
)
CLIENTS = re.compile(r"drugs?\s+(?:dealers?|gangs?|networks?|rings?)", re.IGNORECASE)
TO_END = re.compile(r"\bto\s*$")
# "… received 12 years and Ryan Hepple, 33, from Newcastle, eight years": the verb is
# said once for the whole list.
# "Stephen Brown, 35, of no fixed abode, was sentenced to a total of six years and nine
# months": one defendant's own total, for all his counts
ONE_NAMED_TOTAL = re.compile(
    rf"{NAME}\s*,\s*(?:aged\s+)?\d{{1,2}}\s*,[^.;]{{0,80}}?\bwas\s+(?:sentenced|jailed)\b"
)
# ("… and Pavel Doru, 38, of Basildon, for 12 years": the same, with "for")
LISTED_AFTER = re.compile(r"(?:\b\d{2}\)?|\b(?:of|from)\s+[A-Z][\w' -]+),\s*(?:for\s+)?$")
# "Nguyen was jailed for five years and six months and Tran for four years"; "…; Manga for"
NAMED_FOR_END = re.compile(r"(?:\band|[,;])\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+for\s*$")
# "Cleland received four years and six months; Sadgrove, two and a half years and Stock
# and Neale two years": the verb said once, then surnames with their terms
NAMED_ELIDED = re.compile(
    r"(?:\band|[,;])\s+(?P<a>[A-Z][\w'’-]+)(?:,|\s+and\s+(?P<b>[A-Z][\w'’-]+))\s*$"
)
# A street in a defendant's address is not a place; the town after it is.
STREET = re.compile(rf"\b(?:{'|'.join(STREET_WORDS)})\s*$")
TOWN_AFTER_STREET = re.compile(r",\s*(?P<town>[A-Z][a-z]+(?:[ -](?:upon|on|[A-Z][a-z]+))*)")
# Cash a gang laundered, moved or made is not cash seized ("laundered more than £4 million
# in cash for drug dealers").
MOVED_MONEY = re.compile(
    r"\b(?:launder|mov(?:ed|ing)|collect(?:ed|ing)|transferr|smuggl|made|earn|stole|took|"
    r"conned|defraud|cheat|swindl)\w*\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# "€180,000 (over £158,000)": the same money in another currency
CONVERTED = re.compile(
    r"[\d.,]+\s*(?:m|million|bn|billion|k)?\s*\(\s*(?:about|around|approximately|roughly|some|"
    r"over|more\s+than|nearly|almost|circa)?\s*$",
    re.IGNORECASE,
)
CASH_LEFT = re.compile(
    r"(?:\bcash\s+(?:worth|totalling|of)|^[•·▪*–—-]?\s*cash|\bfound(?:\s+with|\s+to\s+have)?|"
    r"\bseized|\brecovered|"
    r"counted\s+at|\bcontaining)\s*"
    r"(?:more\s+than|over|almost|nearly|around|about|some)?\s*$",
    re.IGNORECASE,
)
MONEY_KINDS = (
    ("StreetValue", re.compile(r"street(?:[\s-]+level)?\s+value|worth|valued", re.IGNORECASE)),
    (
        "AmountLaundered",
        re.compile(r"launder|\bmoved\b|\bwashed\b|\bpassed\s+through\b", re.IGNORECASE),
    ),
    ("CriminalBenefit", re.compile(r"benefit", re.IGNORECASE)),
    (
        "FraudLoss",
        re.compile(
            r"fraud|scam|conned|defraud|swindl|cheat|stole|stolen|lost|loss|victims", re.IGNORECASE
        ),
    ),
    ("Cash", re.compile(r"\bcash\b", re.IGNORECASE)),
    (
        "EnterpriseValue",
        re.compile(
            r"conspiracy|enterprise|operation|empire|business|network|plot|drugs", re.IGNORECASE
        ),
    ),
)


def quoted(text: str, position: int) -> bool:
    """Whether `position` is inside a quotation opened earlier in the sentence."""
    before = text[:position]
    if "“" in before:
        return before.count("“") > before.count("”")
    return before.count('"') % 2 == 1


@dataclass
class Segment:
    """The text of one case: sentence indexes, its subject match and named defendants."""

    sentences: list[int]
    count: int | None
    description: str | None
    anchor: int


def theft_charge(text: str, start: int, end: int) -> bool:
    """Whether the theft found at text[start:end] is an offence of its own ("burglary and
    theft offences"), not the stealing a burglary or car theft involves."""
    return bool(
        THEFT_BESIDE.search(text[max(0, start - 20) : start])
        or THEFT_BESIDE.match(text, end, end + 16)
    )


def headline_like(sentence: str) -> bool:
    """'North East Drugs Gang Jailed For 40 Years': a headline repeated in the body, with
    no full stop and its words capitalised."""
    text = sentence.strip()
    if not text or text[-1] in ".!?\"'”’":
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def nearest_keyword(
    text: str,
    start: int,
    end: int,
    others: list[tuple[int, int]],
    keywords: tuple[tuple[str, re.Pattern[str]], ...],
) -> str | None:
    """The kind whose keyword is nearest to an amount, between its neighbouring amounts."""
    left = max([e for s, e in others if e <= start] + [0])
    right = min([s for s, e in others if s >= end] + [len(text)])
    best: tuple[int, str] | None = None
    for kind, pattern in keywords:
        for match in pattern.finditer(text, left, right):
            distance = match.start() - end if match.start() >= end else start - match.end()
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None


BARE_COUNT = re.compile(
    rf"(?:[-–—•*·]\s*)?(?:{NUMBER})\s+(?:people|persons|individuals|suspects|men|women)\s+"
    rf"(?:and\s+(?:{NUMBER})\s+(?:men|women|people)\s+)?"  # "500 men and 86 women were arrested"
    r"(?:were|have\s+(?:since\s+|now\s+|so\s+far\s+)?been)\s+"
    r"(?:arrested|charged|charged\s+and\s+remanded|remanded)\s*\.?$",
    re.IGNORECASE,
)


def bare_count(text: str) -> bool:
    """'Eight people were charged and remanded.': a count that tells of no one case."""
    return BARE_COUNT.match(text) is not None


def in_years(value: Decimal, unit: str | None) -> Decimal:
    """A term in years, whether stated in years or months."""
    return value / 12 if unit == "MO" else value


def adds_up(total: Decimal, stated: Decimal, qualifier: str | None) -> bool:
    """Whether terms adding up to `total` are what 'almost 50 years' or '12 years' says."""
    bounds = HEDGE_RANGES.get(qualifier or "Exact")
    if bounds is None:
        return abs(total - stated) <= Decimal("0.05")
    low, high = bounds
    return stated * low <= total <= stated * high


class CaseRules:
    """Finds cases and period figures in one release."""

    def __init__(self, view: View, extraction: Extraction, entities: EntityRules) -> None:
        self.view = view
        self.ex = extraction
        self.entities = entities
        self.year = self._year()
        self.subjects: dict[int, re.Match[str]] = {}  # sentence number → its counted subject

    def _year(self) -> int | None:
        date = str(self.ex.meta.get("date") or self.ex.meta.get("period") or "")
        return int(date[:4]) if date[:4].isdigit() else None

    # document kind -------------------------------------------------------

    def anchors(self) -> list[tuple[int, re.Match[str] | None]]:
        found: list[tuple[int, re.Match[str] | None]] = []
        for number, sentence in enumerate(self.view.sentences):
            match = SUBJECT_RE.search(sentence.text)
            if match and BULLET_LINE.match(sentence.text) and not self.own_story(sentence, match):
                match = None  # "- Three men were jailed for …" under "sentenced as follows:"
            if match and HAS_JUSTICE.found(sentence.text, match.end("subject")):
                found.append((number, match))
            elif (
                match is None
                and sentence.text[:1] != "“"
                and ("arrested" in sentence.text or "charged" in sentence.text)
                and (obj := OBJECT_ANCHOR.match(sentence.text)) is not None
            ):
                found.append((number, obj))
            elif (
                sentence.text.rstrip().endswith(":")
                and OF_THOSE.search(sentence.text)
                and number + 1 < len(self.view.sentences)
                and DEFENDANT_RE.search(self.view.sentences[number + 1].text)
            ):
                found.append((number, None))  # "Fourteen of those arrested … charged:" + names
            elif HAS_JUSTICE.found(sentence.text) and (
                (
                    (lead := LEAD_RE.match(sentence.text)) is not None
                    and DEFENDANT_RE.match(sentence.text, lead.end())
                )
                or (
                    sentence.text[:5] in ("Among", "One o")
                    and (among := AMONG_RE.match(sentence.text)) is not None
                    and DEFENDANT_RE.match(sentence.text, among.end())
                )
            ):
                found.append((number, None))
        return found

    def own_story(self, sentence: Sentence, match: re.Match[str]) -> bool:
        """A list line that tells a case of its own: its people found somewhere on some
        day ("- Two men were arrested and charged … in Hawick on 9 May"), not a share of
        one case's people ("- Three men were jailed …") nor people counted by a step
        ("• 122 people arrested were described as …")."""
        if COUNTED_BY_PARTICIPLE.match(sentence.text, match.end("subject")):
            return False
        if OPERATION_RE.search(sentence.text):
            return True  # "- Operation Arcturus: six members of …"
        places = self.view.entities_in(sentence.start, sentence.end, "PLACE", "GPE")
        return bool(places) or DAY_NAMED.search(sentence.text) is not None

    def is_roundup(self, anchors: list[tuple[int, re.Match[str] | None]]) -> bool:
        title = str(self.ex.meta.get("title") or "")
        if ROUNDUP_TITLE.search(title):
            return True
        if any(TABLE_HEADER.match(sentence.text) for sentence in self.view.sentences):
            return True  # a table of results by year
        measures = {
            found.measure
            for sentence in self.view.sentences
            for found in fig.counts(sentence.text, period_cues=True)
            if not found.seizure and found.measure not in ROUNDUP_NEUTRAL
        }
        if any(self.area_year_lead(sentence.text) for sentence in self.view.sentences[:2]):
            return True  # "Drugs worth more than £50million were seized across the country in 2024"
        if any(self.recovery_lead(sentence.text) for sentence in self.view.sentences[:3]):
            return True
        # the lead may follow a repeated headline and a byline
        if any(self.period_lead(sentence.text) for sentence in self.view.sentences[:4]):
            return True
        if any(self.report_lead(sentence.text) for sentence in self.view.sentences[:3]):
            return True
        money = self.period_money_measures()
        measures |= money
        if len(measures) >= 3 or self.period_sentence():
            return True
        if money and len({m.group("subject").lower() for _, m in anchors if m is not None}) >= 2:
            return True  # a year's money recovered, then "those pursued include a 35-year-old …"
        # The whole-body period search only matters when exactly two measures were found.
        if len(measures) == 2 and PERIOD_CUE.search(self.view.release.body):
            return True
        if sum(1 for _, m in anchors if m is not None and BULLET_LINE.match(m.string)) >= 2:
            return True  # two list lines, each a case told in a clause
        # "The eight men were given …", "Six other men …": the story's own people again
        counted = [  # "A fifth man was given …" is one more of those told before
            (number, m)
            for number, m in anchors
            if m is not None
            and not REFERS_BACK.match(m.group("subject"))
            and not ORDINAL_DEFENDANT.match(m.group("subject"))
        ]
        if self.lead_group_in_parts(counted):
            counted = counted[1:]
        subjects = {m.group("subject").lower(): m for _, m in counted}
        if len(subjects) < 3:
            return False
        # "Two men have been charged", "a 52-year-old woman … released", then "Three people
        # were arrested": one group of people told in parts is one case, not a review
        sized = [(n, m) for m in subjects.values() if (n := self.subject(m)[0]) is not None]
        sizes = [n for n, _ in sized]
        if len(sizes) != len(subjects) or max(sizes) * 2 != sum(sizes):
            return True
        # the largest is the parts' total only when it counts people in general ("Three
        # people"), not "two men, aged 22 and 30" beside two others arrested alone
        largest = max(sized, key=lambda item: item[0])[1]
        return largest.group("noun").lower() not in ("people", "persons", "suspects", "individuals")

    def lead_group_in_parts(self, counted: list[tuple[int, re.Match[str]]]) -> bool:
        """'A tobacco smuggling gang … have been jailed', then 'Nine people were arrested
        …', 'Two people were arrested …': the lead tells the whole group, the others count
        its parts at arrest. Not a round-up of separate cases, each told in court."""
        if not counted or counted[0][0] != next(iter(self.body_sentences()), None):
            return False
        if counted[0][1].group("noun").lower() not in COLLECTIVE_NOUNS:
            return False
        if SEPARATE_CASE.search(self.view.release.body):
            return False
        return not any(
            COURT_STEP.search(self.view.sentences[number].text) for number, _ in counted[1:]
        )

    def body_sentences(self) -> list[int]:
        """The numbers of the sentences after the front matter and a repeated headline."""
        return [
            number
            for number, sentence in enumerate(self.view.sentences)
            if sentence.start >= self.view.release.body_start
            and not self.is_headline(sentence.text)
        ]

    @staticmethod
    def area_year_lead(text: str) -> bool:
        """A lead that counts or values what was done across an area in a year."""
        return bool(
            ACROSS_AN_AREA.search(text)
            and IN_A_YEAR.search(text)
            and TAKEN_OR_ARRESTED.search(text)  # not "worth £2million was moved across …"
            and not HAS_JUSTICE.found(text)
            and (fig.money(text) or fig.counts(text, period_cues=True))
        )

    @staticmethod
    def recovery_lead(text: str) -> bool:
        """'Criminals across the county have been ordered to pay back more than £2.3million
        … during the past 12 months': a lead that sums what offenders in general repaid
        over a period, the lead of an asset recovery review."""
        repaid = OFFENDERS_REPAID.search(text)
        if repaid is None:
            return False
        if COUNTED_BEFORE.search(text, max(0, repaid.start() - 30), repaid.start()):
            return False  # "Two drug dealers … ordered to pay back": one case's people
        return bool(REVIEW_PERIOD.search(text) and fig.money(text))

    @staticmethod
    def period_lead(text: str) -> bool:
        """'In the last three months, officers seized about £25 million worth of drugs …
        and arrested almost 80 people': a lead that opens on the period and counts two
        kinds of result."""
        if not PERIOD_OPENING.match(text) or COURT_STEP.search(text):
            return False
        measures = {found.measure for found in fig.counts(text, period_cues=True)}
        if not measures & PEOPLE_MEASURES:
            return False  # "In 2021, officers stopped a van and found 5kg of cocaine …": a case
        measures |= {measure for *_, measure in fig.measured_money(text)}
        return len(measures) >= 2

    @staticmethod
    def report_lead(text: str) -> bool:
        """'A performance report from Police Scotland shows that in the space of three
        months officers seized £25million worth of drugs': a lead that tells what a
        published report or set of figures counts."""
        if not REPORT_SHOWS.search(text) or COURT_STEP.search(text):
            return False
        return bool(fig.counts(text, period_cues=True)) or any(
            True for _ in fig.measured_money(text)
        )

    def period_sentence(self) -> bool:
        """One sentence with a period and three measures: "In 2018/19, officers arrested
        more than 544 people, secured jail sentences of over 2,080 years, recovered 45
        firearms …"."""
        for sentence in self.view.sentences:
            if not PERIOD_CUE.search(sentence.text):
                continue
            measures = {found.measure for found in fig.counts(sentence.text, period_cues=True)}
            if next(fig.custodial_years(sentence.text), None) is not None:
                measures.add("CustodialYears")
            if len(measures) >= 3:
                return True
        return False

    def period_money_measures(self) -> set[str]:
        """Measures of money (confiscation, compensation, cash) in sentences that name a
        period and no step of justice: "Between January and December 2022, officers
        seized … £1.1M in cash"."""
        found: set[str] = set()
        for sentence in self.view.sentences:
            if not fig.money(sentence.text) or not PERIOD_CUE.search(sentence.text):
                continue
            if HAS_JUSTICE.found(sentence.text):
                continue  # "A man jailed in 2019 … ordered to pay back £486,212": one case
            wide = ACROSS_AN_AREA.search(sentence.text)
            found.update(
                measure
                for *_, measure in fig.measured_money(sentence.text)
                # a seizure's worth is no review's measure, unless seized across an area
                # over the period: "Drugs worth more than £50million were seized across
                # the country in 2024"
                if measure != "DrugsSeized" or wide
            )
        return found

    def headed_sections(self) -> list[Segment]:
        """Sections under headings in capitals ("BURNLEY - CANNABIS FARM IN TERRACED
        HOUSE"), when at least two of them open a story of arrests or sentences."""
        sentences = self.view.sentences
        heads = [i for i, sentence in enumerate(sentences) if HEADING.match(sentence.text)]
        if len(heads) < 2:
            return []
        sections = []
        for head, after in itertools.pairwise([*heads, len(sentences)]):
            body = list(range(head + 1, after))
            texts = [sentences[i].text for i in body]
            if not any(HAS_JUSTICE.found(text) for text in texts):
                continue
            # the section's quotes and appeals close it: keep sentences up to the last one
            # that names a justice step or a defendant
            last = max(
                i
                for i in body
                if HAS_JUSTICE.found(sentences[i].text) or DEFENDANT_RE.search(sentences[i].text)
            )
            body = [i for i in body if i <= last]
            match = next((m for i in body if (m := SUBJECT_RE.search(sentences[i].text))), None)
            count, description = self.subject(match)
            sections.append(Segment(body, count, description, body[0]))
        return sections if len(sections) >= 2 else []

    def bulleted_examples(self) -> list[Segment]:
        """Example cases listed under a line such as "Cases in 2010-11 include:" or
        "Successful POCA applications … include:": each bullet that tells a step of
        justice or an order is a case ("• A Medway woman was ordered to pay …"). A list
        of a gang's defendants ("• John Smith, 34, … six years") is no such list: its
        lines open on names, not on people described."""
        sentences = self.view.sentences
        sections: list[Segment] = []
        intro = False
        bullets: dict[int, list[int]] = {}
        for i, sentence in enumerate(sentences):
            if EXAMPLES_INTRO.search(sentence.text):
                intro = True
                continue
            if not intro:
                continue
            if BULLET.match(sentence.text):
                bullets[sentence.paragraph] = [i]
            elif sentence.paragraph in bullets:
                bullets[sentence.paragraph].append(i)
            elif bullets:
                break  # the list has ended
        described = 0
        for body in bullets.values():
            texts = [sentences[i].text for i in body]
            first = BULLET.sub("", texts[0], count=1)
            if not any(HAS_JUSTICE.found(t) or ORDER_VERB.search(t) for t in texts):
                continue
            if DESCRIBED_SUBJECT.match(first):
                described += 1
            match = SUBJECT_RE.search(first)
            count, description = self.subject(match)
            if count is None and (one := ONE_DESCRIBED.match(first)) is not None:
                count, description = 1, one.group(0)  # "A drug offender caught with …"
            sections.append(Segment(body, count, description, body[0]))
        return sections if len(sections) >= 2 and described >= 2 else []

    def dated_sections(self) -> list[Segment]:
        """A week or a year told by its days ("On Tuesday 8 June, three arrests were made
        …", "In August, 713 cannabis plants … A 27-year-old man was charged"): when three
        paragraphs open on a day or month, each paragraph from the first of them that
        counts its own people, or opens on a day, starts a case; the others go on the
        case before. A timeline of one case ("On 4 June he was stopped …", "the two men
        were charged") counts no one new and makes no sections."""
        sentences = self.view.sentences
        firsts = [
            i
            for i, sentence in enumerate(sentences)
            if i == 0 or sentences[i - 1].paragraph != sentence.paragraph
        ]
        dated = {i for i in firsts if DATED_START.match(sentences[i].text)}
        if len(dated) < 3:
            return []
        starts = [i for i in firsts if i >= min(dated)]
        parts: list[list[int]] = []
        for first, after in itertools.pairwise([*starts, len(sentences)]):
            body = list(range(first, after))
            told_before = CONTINUED.match(sentences[first].text) is not None
            if (
                first in dated
                or not parts
                or (not told_before and self.strand(body) and self.strand(parts[-1]))
            ):  # a dated paragraph counting no one is told on in the next ("X, 41, … charged")
                parts.append(body)
            else:
                parts[-1] += body
        sections = []
        for body in parts:
            strand = self.strand(body)
            if strand is None:
                continue
            told = [
                i
                for i in body
                if HAS_JUSTICE.found(sentences[i].text)
                or fig.counts(sentences[i].text, period_cues=True)
                or DEFENDANT_RE.search(sentences[i].text)
            ]
            body = [i for i in body if i <= max(told)]  # not the quotes after the story
            sections.append(Segment(body, *strand, body[0]))
        return sections if len(sections) >= 3 else []

    def strand(self, body: list[int]) -> tuple[int | None, str | None] | None:
        """The people one dated paragraph counts as its own (count, description), or None
        when it counts no one new: "three arrests were made", "a further three men aged 28,
        23 and 29 were arrested", "the driver arrested", "X, 30, of Bath has pleaded
        guilty"; never "the two men were charged"."""
        texts = [self.view.sentences[i].text for i in body]
        dated = DATED_START.match(texts[0])
        undated = DATE_REST.sub("", texts[0][dated.end() :], count=1) if dated else texts[0]
        match = next((m for text in [undated, *texts] if (m := SUBJECT_RE.search(text))), None)
        if match is not None and not DEFINITE_SUBJECT.match(match.group("subject")):
            count, description = self.subject(match)
            if count is not None and any(HAS_JUSTICE.found(text) for text in texts):
                return count, description
        arrests = next(
            (
                int(found.value)
                for text in texts
                for found in fig.counts(text, period_cues=True)
                if found.measure in ("Arrests", "PeopleCharged")
            ),
            None,
        )
        if arrests is not None:
            return arrests, None  # "Two further arrests were made on …" names its step
        if not any(HAS_JUSTICE.found(text) for text in texts):
            return None
        if any(ONE_ARRESTED.search(text) for text in texts):
            return 1, None
        if any(DEFENDANT_RE.search(text) for text in texts):
            return None, None  # the case counts the people it names
        return None

    # run -----------------------------------------------------------------

    def run(self) -> None:
        anchors = self.anchors()
        self.subjects = {number: match for number, match in anchors if match is not None}
        roundup = self.is_roundup(anchors) or self.only_counted_arrests(anchors)
        case_sentences: set[int] = set()
        sections = self.headed_sections() or self.bulleted_examples() or self.dated_sections()
        if sections:  # a court round-up: one case under each heading
            roundup = True
            segments = sections
        else:
            segments = self.roundup_segments(anchors) if roundup else self.single_segment(anchors)
        for segment in segments:
            case = self.case(segment, single=not roundup)
            if case is not None and not case.offences and self.ex.cases:
                sentences = [self.view.sentences[i].text for i in segment.sentences]
                if any(SAME_OFFENCE.search(text) for text in sentences):
                    case.offences = list(self.ex.cases[-1].offences)  # "the same offence"
            if case is not None:
                self.ex.cases.append(case)
                case_sentences.update(segment.sentences)
        if roundup and not self.ex.cases and not sections:
            charged = self.operation_charges()
            if charged is not None and (case := self.case(charged, single=False)) is not None:
                case.stage = "Charged"
                self.ex.cases.append(case)  # the figures stay the operation's too
        if not roundup and not self.ex.cases:
            roundup = True  # no case told: "it had made 20 arrests … in the week of action"
        self.period_figures(
            case_sentences if roundup else set(range(len(self.view.sentences))), roundup
        )

    @staticmethod
    def wider_than_a_case(text: str) -> bool:
        """A sentence counting beyond one case: since a start, so far, over a period."""
        return bool(WIDER_GROUP.search(text) or PERIOD_CUE.search(text))

    def operation_charges(self) -> Segment | None:
        """'Over seven days, six properties were raided, with seven people arrested, and six
        of those charged with production of cannabis': an operation's results that name
        what its people were charged with are one case of those people (never a year's)."""
        body = self.view.release.body
        if OPERATION_WORDS.search(body) is None and not PERIOD_CUE.search(body):
            return None
        lead = [self.view.sentences[n].text for n in self.body_sentences()[:3]]
        if any(REVIEW_PERIOD.search(text) for text in lead) or ROUNDUP_TITLE.search(
            str(self.ex.meta.get("title") or "")
        ):
            return None  # a year's results: its charges are no one case
        for number, sentence in enumerate(self.view.sentences):
            if "charged with" not in sentence.text:
                continue
            match = CHARGED_WITH.search(sentence.text)
            if match is None or not find_offences(sentence.text[match.end() :]):
                continue
            if self.wider_than_a_case(sentence.text) or REVIEW_PERIOD.search(sentence.text):
                continue  # "Since the operation launched, 38 people have been charged with …"
            value = parse_number(match.group("n") or match.group("n2"))
            if value is None or value != int(value) or not 2 <= value <= 60:
                continue
            return Segment([number], int(value), None, number)
        return None

    def only_counted_arrests(self, anchors: list[tuple[int, re.Match[str] | None]]) -> bool:
        """'A total of 127 people were arrested … as part of the operation' and no one
        charged, convicted or named: an operation's results, not a case."""
        body = self.view.release.body
        return (
            bool(anchors)
            and OPERATION_WORDS.search(body) is not None
            and all(
                match is not None
                and self.period_count(number, match)
                and not COURT_STEP.search(self.view.sentences[number].text)
                for number, match in anchors
            )
            and not COURT_STEP.search(body)
        )

    def roundup_segments(self, anchors: list[tuple[int, re.Match[str] | None]]) -> list[Segment]:
        segments: list[Segment] = []
        kept: list[tuple[int, re.Match[str] | None]] = []
        for number, match in anchors:
            if self.period_count(number, match):
                continue
            paragraph = self.view.sentences[number].paragraph
            if match is None and kept and self.view.sentences[kept[-1][0]].paragraph == paragraph:
                continue  # a named defendant of the case the paragraph already holds
            if (
                match is not None
                and kept
                and self.view.sentences[kept[-1][0]].paragraph == paragraph
                and ORDINAL_DEFENDANT.match(match.group("subject"))
            ):
                continue  # "A third woman … was arrested": one more of the case told before
            kept.append((number, match))
        anchors = kept
        anchor_ids = {n for n, _ in anchors}
        for number, match in anchors:
            sentences = [number]
            paragraph = self.view.sentences[number].paragraph
            before = number - 1
            while (
                before >= 0
                and before not in anchor_ids
                and self.view.sentences[before].paragraph == paragraph
            ):
                sentences.insert(0, before)
                before -= 1
            following = number + 1
            while (
                following < len(self.view.sentences)
                and following not in anchor_ids
                and self.view.sentences[following].paragraph == paragraph
            ):
                sentences.append(following)
                following += 1
            sentences += self.story_continued(sentences, anchor_ids)
            sentences = self.operation_told_before(number, sentences, anchor_ids) + sentences
            count, description = self.subject(match)
            text = self.view.sentences[number].text
            if match is None and text.rstrip().endswith(":"):
                # "Fourteen of those arrested have now been charged:", one name a line
                while (
                    following < len(self.view.sentences)
                    and following not in anchor_ids
                    and LISTED_NAME.match(self.view.sentences[following].text)
                ):
                    sentences.append(following)
                    following += 1
                those = OF_THOSE.search(text)
                value = parse_number(those.group("count") or "") if those else None
                count = int(value) if value is not None and value == int(value) else count
            segments.append(Segment(sentences, count, description, number))
        return segments

    def period_count(self, number: int, match: re.Match[str] | None) -> bool:
        """'Thirty-one people were arrested during the week of action': in a review, a count
        of arrests or charges is the period's figure, not one case."""
        count = self.subject(match)[0]
        text = self.view.sentences[number].text
        if text.rstrip().endswith(":"):
            return False  # "Fourteen of those arrested have been charged:" and their names
        if number > 3 and self.operation_paragraph(number):
            return False  # "Operation Shoreditch targeted … Eleven men have been charged"
        if count is not None and count >= 10 and bare_count(text):
            return True  # "500 men and 86 women were arrested", one line of a week's results
        return (
            count is not None
            and (count >= 10 or (count >= 2 and bare_count(text)))
            and any(
                found.measure in ("Arrests", "PeopleCharged", "PeopleJailed")
                and found.value == count
                for found in fig.counts(text, period_cues=True)
            )
        )

    def operation_told_before(
        self, number: int, sentences: list[int], anchor_ids: set[int]
    ) -> list[int]:
        """The lines before a count "in connection with these alleged activities" back to
        the operation they tell of ("Operation Shoreditch targeted …")."""
        text = self.view.sentences[number].text
        if not THESE_ACTIVITIES.search(text) or "Operation" not in self.view.text:
            return []
        first = sentences[0]
        for k in range(first - 1, max(-1, first - 3), -1):
            if k in anchor_ids:
                return []
            if OPERATION_RE.search(self.view.sentences[k].text):
                return list(range(k, first))
        return []

    def operation_paragraph(self, number: int) -> bool:
        """A paragraph of a review that tells one named operation's results."""
        if "Operation" not in self.view.text:
            return False
        paragraph = self.view.sentences[number].paragraph
        if any(
            s.paragraph == paragraph and OPERATION_RE.search(s.text) for s in self.view.sentences
        ):
            return True
        # "Operation Shoreditch targeted … Eleven men have been arrested and charged in
        # connection with these alleged activities": its results, a line or two later
        return bool(THESE_ACTIVITIES.search(self.view.sentences[number].text)) and any(
            OPERATION_RE.search(self.view.sentences[k].text)
            for k in range(max(0, number - 2), number)
        )

    def story_continued(self, sentences: list[int], anchor_ids: set[int]) -> list[int]:
        """The next paragraph, when it opens on the surname of a defendant the case named
        ('… Kieran Mottram, 22, of Scunthorpe.' then 'Mottram, who police believe …') or
        tells on of him or her ('Enquiries established he had used aliases …')."""
        all_sentences = self.view.sentences
        surnames = {
            match.group("name").split()[-1]
            for i in sentences
            for match in DEFENDANT_RE.finditer(all_sentences[i].text)
        }
        following = sentences[-1] + 1
        if following >= len(all_sentences) or following in anchor_ids:
            return []
        first = all_sentences[following]
        told_on = PRONOUN_OPENING.match(first.text) and not (
            SAYS_COLON.search(first.text) or first.text[:1] in "\"“‘'"
        )
        if not told_on and first.text.split(None, 1)[0].rstrip(",'’s") not in surnames:
            return []
        return [
            i
            for i in range(following, len(all_sentences))
            if all_sentences[i].paragraph == first.paragraph and i not in anchor_ids
        ]

    def single_segment(self, anchors: list[tuple[int, re.Match[str] | None]]) -> list[Segment]:
        title = str(self.ex.meta.get("title") or "")
        if not anchors and HAS_JUSTICE.found(title) and self.listed_terms():
            # "Dealers … are locked up" over "have been dealt with at Mold Crown Court" and
            # a list of terms: the headline says what the body's first lines do not
            anchors = [(0, None)]
        if not anchors and not any(HAS_JUSTICE.found(s.text) for s in self.view.sentences[:3]):
            # a seizure story whose arrest comes later ("NCA officers arrested X, 41, of Y")
            named: list[tuple[int, re.Match[str] | None]] = [
                (number, None)
                for number, sentence in enumerate(self.view.sentences)
                if HAS_JUSTICE.found(sentence.text)
                and (
                    DEFENDANT_RE.search(sentence.text)
                    or SURNAME_AGE.search(sentence.text)
                    or SURNAME_AGE_AFTER_LEAD.search(sentence.text)  # "…, Morrey, 50, was jailed"
                    or AGE_DESCRIBED_NAME.search(sentence.text)  # "The 34 year-old driver, X, was"
                )
            ]
            anchors = named[:1]
        if not anchors and not any(HAS_JUSTICE.found(s.text) for s in self.view.sentences[:3]):
            return []
        anchor = anchors[0][0] if anchors else 0
        separate = self.separate_case(anchor)
        limit = separate[0] + 1 if separate else len(self.view.sentences)
        count, description = None, None
        for index, match in anchors:
            if match is not None and index < limit:
                count, description = self.subject(match)
                break
        if count is None:
            # "A gang of drug dealers … have been jailed", then "Six men have been jailed at
            # Newcastle Crown Court": the next lines count the gang the lead did not
            for index, match in anchors:
                if match is not None and index < min(limit, anchor + 3):
                    found, said = self.subject(match)
                    if found is not None:
                        count, description = found, description or said
                        break
        if count is None:
            for sentence in self.view.sentences[: min(3, limit)]:
                match = SUBJECT_RE.search(sentence.text)
                if match:
                    count, description = self.subject(match)
                    break
        if count is None:
            # "Exeter Crown Court has been sentencing 21 members of the group"
            for sentence in self.view.sentences[: min(3, limit)]:
                match = OBJECT_COUNT.search(sentence.text)
                said = match and (match.group("count") or match.group("seen_count"))
                value = parse_number(said) if said else None
                if match and value is not None and value == value.to_integral_value():
                    subject = match.group("subject") or match.group("seen")
                    count, description = int(value), description or subject
                    break
        everything = list(range(len(self.view.sentences)))
        if separate is None:
            return [Segment(everything, count, description, anchor)]
        # "In a separate case, …": its paragraph is a second case; the rest is the first.
        first, second = separate
        # The first case ends where the second begins (its span must not hold the other's
        # defendants); the second's count comes from the defendants it names: the people in
        # its first sentence may be victims ("nine men, thought to be migrants, were found").
        return [
            Segment(list(range(first + 1)), count, description, anchor),
            Segment(second, None, None, second[0]),
        ]

    def listed_terms(self) -> bool:
        """Whether a line names a defendant with an age and a term ('- X, 27, … - six years')."""
        return any(
            DEFENDANT_RE.search(sentence.text) and fig.durations(sentence.text)
            for sentence in self.view.sentences
        )

    def separate_case(self, anchor: int) -> tuple[int, list[int]] | None:
        """The paragraph a 'separate case' opens (after the anchor): (last sentence of the
        first case, the paragraph's sentence indexes)."""
        sentences = self.view.sentences
        for index in range(anchor + 1, len(sentences)):
            if SEPARATE_CASE.match(sentences[index].text):
                paragraph = sentences[index].paragraph
                second = [
                    i for i in range(index, len(sentences)) if sentences[i].paragraph == paragraph
                ]
                return index - 1, second
        return None

    def subject(self, match: re.Match[str] | None) -> tuple[int | None, str | None]:
        if match is None:
            return None, None
        word = match.group("count").lower()
        noun = match.group("noun").lower()
        if noun == "couple":
            return 2, match.group("subject").strip()
        if noun in COLLECTIVE_NOUNS:
            # "a gang of 14 drug dealers": the gang's size is the count
            # (read on past the tail: "A gang of 16 men, who sold cocaine …, have been")
            size = GANG_OF.match(match.string, match.start("tail"))
            value = parse_number(size.group("n")) if size else None
            if value is not None and value == value.to_integral_value():
                return int(value), match.group("subject").strip()
            return None, match.group("subject").strip()
        value = parse_number(word)
        if value is None or value != value.to_integral_value():
            return None, None
        if match.group("count2"):
            second = parse_number(match.group("count2").lower())
            if second is None or second != second.to_integral_value():
                return None, None
            value += second
        description = match.group("subject").strip()
        return int(value), description

    # one case ------------------------------------------------------------

    def case(self, segment: Segment, single: bool) -> CaseFact | None:
        sentences = [self.view.sentences[i] for i in segment.sentences]
        start, end = sentences[0].start, sentences[-1].end
        text = self.view.text
        offences = []
        title = str(self.ex.meta.get("title") or "") if single else ""
        parts = [title, *(s.text for s in sentences if not single or self.charge_sentence(s))]
        if single and self.stage(text[start:end]) in (None, "Arrested"):
            # nobody charged yet: what they were arrested on suspicion of is the case's
            parts += [s.text for s in sentences if "on suspicion of" in s.text]
        theft_named = False  # "theft offences" is a charge; "stealing gold" tells a burglary
        for part in parts:
            for slug, at, stop in find_offences(part):
                theft_named = theft_named or (slug == "theft" and theft_charge(part, at, stop))
                if (
                    slug not in offences
                    and not PROCEEDS_OF.search(part, max(0, at - 20), at)
                    and not LAUNDERED_FOR.search(part, max(0, at - 90), at)
                ):
                    offences.append(slug)
        if not offences and single:
            # no charge named: what the operation targeted ("a crime group laundering cash")
            for sentence in sentences:
                if sentence.text[:1] in "\"“‘'" or SAYS_COLON.search(sentence.text):
                    continue
                parts.append(sentence.text)
                for slug, at, _stop in find_offences(sentence.text):
                    if slug not in offences and not PROCEEDS_OF.search(
                        sentence.text, max(0, at - 20), at
                    ):
                        offences.append(slug)
        if not offences and FRAUDSTER.search(segment.description or ""):
            offences = ["fraud"]  # "A fraudster from Tunbridge Wells was forced to pay …"
        offences = most_specific(offences)
        if "money-laundering" in offences and "drug-supply" in offences:
            clients = [
                CLIENTS.fullmatch(part[at:stop])
                for part in parts
                for slug, at, stop in find_offences(part)
                if slug == "drug-supply"
            ]
            if all(clients):  # "laundered cash for drug dealers": the clients' crime
                offences.remove("drug-supply")
        defendants = self.defendants(start, end)
        cleared = [key for key, match in defendants if CLEARED_AFTER.match(text, match.end())]
        if cleared and len(cleared) < len(defendants):
            # the people convicted are the case's defendants; the one cleared is not
            defendants = [(key, match) for key, match in defendants if key not in cleared]
            for key in cleared:
                self.ex.people[key].defendant = False
        count = segment.count
        collective = (
            not single
            and segment.description is not None
            and segment.description.split()[-1].lower() in COLLECTIVE_NOUNS
        )
        if (single or count is None) and len(defendants) > (count or 0) and not collective:
            count = len(defendants)  # a group named in a review: its leader is not all of it
        if count is None and not defendants:
            count = self.unnamed_count(sentences)  # "A man aged 36 and a 51-year-old man …"
        strong = STRONG_GROUP.search(self.view.text, start, end)
        if strong and (
            count is None
            or (single and HAS_JUSTICE.found(self.view.sentence_at(strong.start()).text))
        ):
            value = parse_number(strong.group("n"))  # "the 21-strong group"
            if value is not None and value == int(value) and int(value) > (count or 0):
                count = int(value)
        view = self.view
        in_all = (
            IN_ALL.search(view.text, start, end)
            # each of these starts at any number: tried only when its words are there
            or (
                view.mentions(start, end, "in total", "in all")
                and IN_ALL_AFTER.search(view.text, start, end)
            )
            or (
                view.mentions(start, end, "defendants", "gang members")
                and THE_N_DEFENDANTS.search(view.text, start, end)
            )
            if single
            else None
        )
        if in_all:
            value = parse_number(in_all.group("n"))  # "In all, 22 people have now been convicted"
            if value is not None and value == int(value) and int(value) > (count or 0):
                count = int(value)
        whole = (
            WHOLE_GROUP.search(view.text, start, end)
            if single and view.mentions(start, end, "among", "total")
            else None
        )
        if whole and (
            WIDER_GROUP.search(view.sentence_at(whole.start()).text)
            or ACROSS_AFTER.match(view.text, whole.end())
        ):
            whole = None  # "among 40 people jailed so far this year", an operation's total
        if whole:
            value = parse_number(next(n for n in whole.groups() if n))
            if value is not None and value == int(value) and int(value) > (count or 0):
                count = int(value)
        others = AND_OTHERS.search(self.view.text, start, end) if single and defendants else None
        if others and self.view.mentions(start, end, "others"):
            value = parse_number(others.group("n"))
            if value is not None and value == int(value) and int(value) + 1 > (count or 0):
                count = int(value) + 1
        if count is None and single and view.mentions(start, end, "charged with"):
            charged = CHARGED_WITH.search(view.text, start, end)  # "five of those charged with"
            value = parse_number(charged.group("n") or charged.group("n2")) if charged else None
            if (
                charged is not None
                and value is not None
                and value == int(value)
                and 2 <= value <= 60
                and not self.wider_than_a_case(view.sentence_at(charged.start()).text)
            ):
                count = int(value)
        if count is None and (ages := AGES_LIST.search(self.view.text, start, end)):
            count = len(re.findall(r"\d{2}", ages.group("ages")))  # "The men, aged 23, 25 and 41"
        if single and count == len(defendants):
            # a youth who cannot be named is a defendant no name gives away
            count += len(UNNAMED_YOUTH.findall(self.view.text, start, end)) or 0
        for ordinal in ORDINAL_DEFENDANT.finditer(self.view.text, start, end):
            if RELEASED_AFTER.match(self.view.text, ordinal.end()):
                continue  # "A third woman, aged 26, was arrested and released": not charged
            count = max(count or 0, ORDINALS[ordinal.group("nth").lower()])
        later = (
            OF_THOSE.search(self.view.text, start, end)
            if self.view.matches(OF_THOSE_LOWER, start, end)
            else None
        )
        if later and single:
            value = parse_number(
                later.group("count") or later.group("count2") or later.group("count3")
            )
            if value is not None:
                count = int(value)
        if cleared and defendants:
            count = len(defendants)  # "a third man … was found not guilty" is not one of them
        anchor = self.view.sentences[segment.anchor]
        if not offences and count is None and not defendants:
            return None
        label = self.label(segment, offences, single, [key for key, _ in defendants])
        case = CaseFact(label=label, span=self.view.span(anchor.start, anchor.end, 0.75))
        case.offences = offences
        case.defendant_count = count
        case.defendant_description = segment.description
        case.defendant_keys = [d for d, _ in defendants]
        places = self.entities.places_in(start, end)
        case.place_keys = places
        case.group_keys = self.groups_in(start, end)
        self.ringleaders(case, start, end)
        case.offences = self.organised_acquisitive(case, start, end, theft_named)
        case.stage = self.stage(text[start:end])
        case.year = self.year
        operation = OPERATION_RE.search(text, start, end) if "Operation" in text else None
        if operation:
            name = f"Operation {operation.group('name')}"
            case.operation = name
            self.ex.operations.setdefault(
                name, self.view.span(operation.start(), operation.end(), 0.9)
            )
        main = self.entities.main_unit
        case.led_by = [main] if main and main in self.ex.orgs else []
        case.court = self.court_in(start, end)
        self.outcomes(case, sentences, defendants, count, single)
        if case.stage is None and any(
            o.kind in ("CustodialSentence", "SuspendedSentence") and o.value for o in case.outcomes
        ):
            case.stage = "Sentenced"  # "dealt with at Mold Crown Court", then the terms
        case.outcomes = self.repeats_once(self.named_terms_first(case.outcomes))
        case.outcomes = self.without_empty_group_term(case.outcomes)
        self.amounts(case, sentences, single)
        self.exact_over_hedged(case)
        case.figures = self.unique(case.figures)  # a count the text and its table both give
        own = {(o.value, o.unit) for o in case.outcomes if o.offender_key}
        case.figures = [  # "X, 35, … was sentenced to a total of …": his term, no group's
            f
            for f in case.figures
            if not (
                f.measure == "CustodialYears"
                and (f.value, f.unit) in own
                and ONE_NAMED_TOTAL.match(f.span.sentence)
            )
        ]
        self.total_as_outcome(case)
        self.group_term_as_total(case)
        case.outcomes = self.without_untimed_twin(self.without_hedged_twin(case.outcomes))
        if single and not any(o.kind == "CustodialSentence" and o.value for o in case.outcomes):
            self.headline_term(case, count, [key for key, _ in defendants])
        if not case.offences and any(
            f.measure in ("FirearmsSeized", "AmmunitionSeized") for f in case.figures
        ):
            # "jailed after officers found a sawn-off shotgun": the gun is the offence
            case.offences = ["firearms"]
            case.label = self.label(segment, case.offences, single, case.defendant_keys)
        if not case.offences and (
            any(f.measure == "DrugsSeized" for f in case.figures)
            or (
                any(m.kind == "StreetValue" for m in case.amounts)
                and DRUG_NAMED.search(self.view.text, start, end)
            )
        ):
            # "Cocaine worth £360,000 was found … A man was arrested and charged in
            # connection": drugs, of no stated offence; cannabis plants are grown
            grown = CANNABIS_GROWN.search(self.view.text, start, end)
            case.offences = ["cannabis-cultivation" if grown else "drugs"]
            case.label = self.label(segment, case.offences, single, case.defendant_keys)
        return case

    def headline_term(self, case: CaseFact, count: int | None, defendants: list[str]) -> None:
        """'… sees them jailed for 86 years' when the body gives no term: the headline's term
        is the group's total, or the one defendant's own."""
        title = str(self.ex.meta.get("title") or "")
        if not title or not count:
            return
        for start, end, value, unit in fig.durations(title):
            jailed = HEADLINE_JAILED.search(title, max(0, start - 40), start)
            if jailed is None:
                continue
            at = self.view.text.find(title, 0, self.view.release.body_start)
            if at < 0:
                return
            span = Span(at + start, at + end, title, 0.6)  # the headline is its sentence
            offender = defendants[0] if count == 1 and len(defendants) == 1 else None
            case.outcomes.append(
                OutcomeFact(
                    "CustodialSentence",
                    span,
                    value,
                    "MoreThan" if re.search(r"more|over", jailed.group(0)) else "Exact",
                    unit=unit,
                    person_count=None if offender else count,
                    offender_key=offender,
                )
            )
            case.stage = "Sentenced"
            return

    def total_as_outcome(self, case: CaseFact) -> None:
        """A case's total term is its defendants' outcome unless every term is also given.

        "Five men … jailed for a total of 120 years" with no one's own term: the total
        is the only record of their sentences. When each defendant's term is stated, the
        total stays a figure so that no year is counted twice.
        """
        totals = [
            f for f in case.figures if f.measure == "CustodialYears" and f.unit in ("YR", "MO")
        ]
        if len(totals) > 1:
            self.partial_totals_as_outcomes(case, totals)
        if len(totals) != 1:
            return
        total = totals[0]
        terms = [
            o
            for o in case.outcomes
            if o.kind in ("CustodialSentence", "SuspendedSentence") and o.value is not None
        ]
        named = [o for o in terms if o.kind == "CustodialSentence" and o.offender_key]
        years = sum(in_years(o.value, o.unit) for o in named if o.value is not None)
        if years >= in_years(total.value, total.unit) - Decimal("0.05"):
            return  # the terms given add up to the total: every one is there
        one_each = [
            in_years(o.value, o.unit)
            for o in terms
            if o.kind == "CustodialSentence" and o.value and (o.person_count or 1) == 1
        ]
        if abs(sum(one_each) - in_years(total.value, total.unit)) <= Decimal("0.05"):
            return  # the terms of a list whose names it did not read ("- 14 years")
        # the people the total covers: the defendants less those given no prison term
        spared = sum(
            1
            for o in case.outcomes
            if o.kind not in ("CustodialSentence",) and o.offender_key is not None
        )
        jailed = None if case.defendant_count is None else case.defendant_count - spared
        if jailed is not None and len(named) >= jailed:
            return
        if any(o.value == total.value and o.offender_key is None for o in terms):
            case.figures.remove(total)  # already said as the group's outcome
            return
        # "Seven members … were jailed for a total of 52 years": the seven, not the case's 15
        self.total_to_outcome(case, total, case.defendant_count)

    def total_to_outcome(self, case: CaseFact, total: FigureFact, fallback: int | None) -> None:
        """Move a total term from the case's figures to the front of its outcomes, for the
        people its sentence counts (else `fallback`)."""
        case.figures.remove(total)
        covered = self.subject(self.subjects.get(self.view.sentence_index(total.span.start)))[0]
        outcome = OutcomeFact(
            "CustodialSentence",
            total.span,
            total.value,
            total.qualifier,
            total.unit,
            person_count=covered or fallback,
        )
        case.outcomes.insert(0, outcome)

    @staticmethod
    def group_term_as_total(case: CaseFact) -> None:
        """'Two men … have been jailed for 12 years', then six years and nine months and
        five years and three months: the group's term is the total of the terms given, a
        CustodialYears figure (the convention for a total whose every term is stated)."""
        groups = [
            o
            for o in case.outcomes
            if o.kind == "CustodialSentence"
            and o.offender_key is None
            and o.unit == "YR"
            and (o.person_count is None or o.person_count >= 2)
        ]
        named = [
            o
            for o in case.outcomes
            if o.kind == "CustodialSentence" and (o.offender_key or o.person_count == 1)
        ]
        if len(groups) != 1 or len(named) != (groups[0].person_count or max(len(named), 2)):
            return  # "A gang … jailed for almost 50 years" counts nobody: its named terms do
        group = groups[0]
        years = sum((in_years(o.value, o.unit) for o in named if o.value), Decimal(0))
        if group.value is None or not adds_up(years, group.value, group.qualifier):
            return
        case.outcomes.remove(group)
        case.figures.append(
            FigureFact("CustodialYears", group.value, group.qualifier, "YR", group.span)
        )

    def partial_totals_as_outcomes(self, case: CaseFact, totals: list[FigureFact]) -> None:
        """'Nine men … have been given a total of 63 years', then 'Three others … a total
        of 8 years': with no one's own term given, each total is its group's outcome."""
        if any(o.offender_key for o in case.outcomes if o.kind == "CustodialSentence"):
            return
        # a period's total ("During 2022 … jailed for a total of 763 years") stays a figure
        totals = [
            t for t in totals if not PERIOD_CUE.search(self.view.sentence_at(t.span.start).text)
        ]
        if len({t.value for t in totals}) != len(totals):
            return  # one total said twice
        largest = max(totals, key=lambda t: in_years(t.value, t.unit), default=None)
        if largest is not None and len(totals) > 2:
            rest = sum(in_years(t.value, t.unit) for t in totals if t is not largest)
            if in_years(largest.value, largest.unit) >= rest - Decimal("0.05"):
                totals.remove(largest)  # "The tally for the entire gang was 160 years"
        for total in reversed(totals):
            self.total_to_outcome(case, total, None)

    @staticmethod
    def without_empty_group_term(outcomes: list[OutcomeFact]) -> list[OutcomeFact]:
        """'Two men … were jailed', then each one's term: the first says nothing more."""
        named = sum(1 for o in outcomes if o.offender_key and o.kind == "CustodialSentence")
        return [
            o
            for o in outcomes
            if not (
                o.kind == "CustodialSentence"
                and o.value is None
                and o.offender_key is None
                and named >= (o.person_count or 1)
            )
        ]

    @staticmethod
    def without_untimed_twin(outcomes: list[OutcomeFact]) -> list[OutcomeFact]:
        """'A fifth man was given a suspended prison sentence', then 'his 18-month term was
        suspended': the one with a length says it."""
        timed = {o.offender_key for o in outcomes if o.kind == "SuspendedSentence" and o.value}
        return [
            o
            for o in outcomes
            if not (o.kind == "SuspendedSentence" and o.value is None and o.offender_key in timed)
        ]

    @staticmethod
    def without_hedged_twin(outcomes: list[OutcomeFact]) -> list[OutcomeFact]:
        """'jailed for a total of almost 200 years', then 'jailed for 195 years in total'
        (or '90 years and eight months'): one group term, said roughly and then exactly;
        the exact one stays."""
        exact = [
            o
            for o in outcomes
            if o.kind == "CustodialSentence"
            and o.offender_key is None
            and o.value is not None
            and o.qualifier == "Exact"
        ]
        kept = []
        for outcome in outcomes:
            bounds = HEDGE_RANGES.get(outcome.qualifier or "")
            if (
                bounds is not None
                and outcome.kind == "CustodialSentence"
                and outcome.offender_key is None
                and outcome.value is not None
                and any(
                    (outcome.person_count is None or e.person_count == outcome.person_count)
                    and in_years(outcome.value, outcome.unit) * bounds[0]
                    <= in_years(e.value, e.unit)
                    <= in_years(outcome.value, outcome.unit) * bounds[1]
                    for e in exact
                    if e.value is not None
                )
            ):
                continue
            kept.append(outcome)
        return kept

    def is_headline(self, sentence: str) -> bool:
        """The release's title repeated as the body's first line, or a line set like one."""
        title = " ".join(str(self.ex.meta.get("title") or "").split()).lower()
        return headline_like(sentence) or (
            bool(title) and " ".join(sentence.split()).lower() == title
        )

    def repeats_once(self, outcomes: list[OutcomeFact]) -> list[OutcomeFact]:
        """'A dealer who was jailed for 11 years' and, later, 'he was sentenced … to 11 years':
        the same term of the same person (or of nobody named) in two sentences is one term,
        said twice. A headline's term said again in the prose is the prose's: it says how
        exact the figure is and whom it covers ("Gang Jailed For 40 Years", then "Seven men
        … jailed for more than forty years")."""
        kept: list[OutcomeFact] = []
        seen: dict[tuple[object, ...], str] = {}

        def key_of(outcome: OutcomeFact) -> tuple[object, ...]:
            return (
                outcome.kind,
                outcome.value,
                outcome.unit,
                outcome.person_count,
                outcome.offender_key,
            )

        for outcome in outcomes:
            key = key_of(outcome)
            sentence = outcome.span.sentence
            headline = next(
                (
                    i
                    for i, o in enumerate(kept)
                    if o.offender_key is None
                    and outcome.offender_key is None
                    and (o.kind, o.value, o.unit) == (outcome.kind, outcome.value, outcome.unit)
                    and (
                        (self.is_headline(o.span.sentence) and not self.is_headline(sentence))
                        # "jailed for 47 years" (a summary line), then "Six men were jailed
                        # for 47 years": the same total, now with whom it covers
                        or (
                            o.person_count is None
                            and outcome.person_count is not None
                            and BULLET.match(o.span.sentence) is not None
                        )
                    )
                ),
                None,
            )
            if outcome.value is not None and headline is not None:
                kept[headline] = outcome
                seen[key] = sentence
                continue
            if outcome.value is not None and key in seen and seen[key] != sentence:
                continue
            seen.setdefault(key, sentence)
            kept.append(outcome)
        return kept

    @staticmethod
    def named_terms_first(outcomes: list[OutcomeFact]) -> list[OutcomeFact]:
        """A term said of no one ('a man was jailed for 14 years') that a named defendant's
        line repeats ('Name, 31: 14 years') is the same sentence, said twice."""
        named = {(o.kind, o.value, o.unit) for o in outcomes if o.offender_key}
        return [
            o
            for o in outcomes
            if o.offender_key
            or o.value is None
            or (o.person_count or 1) != 1
            or (o.kind, o.value, o.unit) not in named
        ]

    def charge_sentence(self, sentence) -> bool:
        """Sentences that say what defendants did, not quotes or background."""
        text = sentence.text
        if text[:1] in "\"“‘'" or SAYS_COLON.search(text):
            # a force's statement that says what it charged: "… have charged a 72 year old
            # male with a number of offences including; …"
            return QUOTED_CHARGE.search(text) is not None
        return (
            HAS_CHARGE_WORDS.found(text)
            or sentence.paragraph == self.view.sentences[0].paragraph
            or LIST_LINE.match(text) is not None  # "• Name, 31, of Town: 14 years for …"
        )

    def label(
        self, segment: Segment, offences: list[str], single: bool, defendant_keys: list[str]
    ) -> str:
        title = str(self.ex.meta.get("title") or "")
        if single and title:
            return title
        description = segment.description or self.named_description(defendant_keys) or "Defendants"
        description = description[:1].upper() + description[1:]
        what = ", ".join(o.replace("-", " ") for o in offences) or "offences"
        return f"{description}: {what}"

    def named_description(self, defendant_keys: list[str]) -> str | None:
        """'Kieran Mottram', 'Ann Rees and Tom Rees', 'Ann Rees and 3 others': who a case
        with no counted subject is about."""
        names = [self.ex.people[key].name for key in defendant_keys if key in self.ex.people]
        if not names:
            return None
        if len(names) <= 2:
            return " and ".join(names)
        return f"{names[0]} and {len(names) - 1} others"

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
            BOTH_AGED.finditer(text, start, end) if self.view.mentions(start, end, "both") else ()
        ):
            for group in ("name1", "name2"):
                self.add_defendant(found, match, group, 0.7, age=match.group("age"))
        for match in DEFENDANT_RE.finditer(text, start, end):
            if self.is_place_name(match.start("name"), match.end("name")):
                continue  # "A man from North Wales, a 39-year-old male from Cheshire"
            person = self.entities.add_person(
                match.group("name"), match.start("name"), match.end("name"), None, 0.8
            )
            if person is None or (person.defendant and person.key in [k for k, _ in found]):
                continue
            person.defendant = True
            person.age = int(match.group("age"))
            address = match.group("addr")
            if address and STREET.search(address):
                # "of Highworth Road, Stratton": the town follows the street
                after = TOWN_AFTER_STREET.match(text, match.end())
                if after is not None:
                    towns = self.entities.places_in(after.start("town"), after.end("town"))
                    person.town_key = (
                        towns[-1]
                        if towns
                        else self.entities.new_place(
                            after.group("town"), "town", after.start("town"), after.end("town"), 0.6
                        )
                    )
                address = None
            if address:
                towns = self.entities.places_in(match.start("addr"), match.end("addr"))
                if towns:
                    person.town_key = towns[-1]
                elif ADDRESS_TOWN.fullmatch(address.strip()):
                    # "Name, 44, of Wythenshawe": the home of a defendant is a place even
                    # when the gazetteer does not know it (a district, or a town named
                    # like a surname).
                    town = address.strip()
                    start = match.start("addr") + address.index(town)
                    person.town_key = self.entities.new_place(
                        town, "town", start, start + len(town), 0.6
                    )
            if person.key not in [k for k, _ in found]:
                found.append((person.key, match))
        for match in itertools.chain(
            SURNAME_AGE.finditer(text, start, end),
            SURNAME_AGE_AFTER_LEAD.finditer(text, start, end),
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
            person = self.entities.add_person(
                full.group(0),
                self.view.release.body_start + full.start(),
                self.view.release.body_start + full.end(),
                None,
                0.6,
            )
            if person is None or person.posts or person.key in [k for k, _ in found]:
                continue
            person.defendant = True
            person.age = int(match.group("age"))
            towns = self.entities.places_in(match.end(), min(end, match.end() + 40))
            if towns and person.town_key is None and ADDRESS_AFTER_AGE.match(text, match.end()):
                person.town_key = towns[0]
            found.append((person.key, match))
        for match in NAMED_FROM.finditer(text, start, end):
            if not HAS_JUSTICE.found(text[match.start() : match.end() + 120]):
                continue
            person = self.add_defendant(found, match, "name", 0.7)
            towns = self.entities.places_in(match.start("addr"), match.end("addr"))
            if person is not None and towns and person.town_key is None:
                person.town_key = towns[-1]
        for match in itertools.chain(
            AGE_THEN_NAME.finditer(text, start, end), AGE_DESCRIBED_NAME.finditer(text, start, end)
        ):
            person = self.add_defendant(found, match, "name", 0.7, age=match.group("age"))
            if person is not None and match.group("addr"):
                towns = self.entities.places_in(match.start("addr"), match.end("addr"))
                if towns and person.town_key is None:
                    person.town_key = towns[-1]
        aged = self.view.mentions(start, end, "year-old", "year old")
        for match in AGE_BEFORE_NAME.finditer(text, start, end) if aged else ():
            if self.is_place_name(match.start("name"), match.end("name")):
                continue  # "the 34-year-old Manchester United fan"
            self.add_defendant(found, match, "name", 0.7, age=match.group("age"))
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
        self.named_subjects(start, end, found)
        for index, (_, match) in enumerate(found):
            both = BOTH_OF.match(text, match.end())
            if both is None:
                continue
            towns = self.entities.places_in(
                match.end() + both.start("addr"), match.end() + both.end("addr")
            )
            if not towns:
                continue
            for other_key, _ in found[max(0, index - 3) : index + 1]:
                person = self.ex.people[other_key]
                if person.town_key is None:
                    person.town_key = towns[-1]
        return found

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
        person = self.entities.add_person(
            match.group(group), match.start(group), match.end(group), None, confidence
        )
        if person is None or person.posts or person.key in dict(found):
            return None
        person.defendant = True
        if age is not None:
            person.age = int(age)
        found.append((person.key, match))
        return person

    def is_place_name(self, start: int, end: int) -> bool:
        """Whether a known place is named by exactly these words ("North Wales", not the
        town "Jordan" inside "Jordan Amoah")."""
        return any(
            e.start == start and e.end == end and e.label in ("PLACE", "GPE")
            for e in self.view.entities_in(start, end)
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
            if match is None and self.told_then_jailed(number):
                # "David John Jones ran the operation from outside. He was jailed for 10 years."
                match = NAMED_ACTOR.match(text, sentence.start, sentence.end)
                if match is not None:
                    self.add_defendant(found, match, "name", 0.6)
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

    def told_then_jailed(self, number: int) -> bool:
        """Whether the next sentence of the paragraph opens 'He was jailed …', 'She was
        sentenced to …': the one before told what a named person did."""
        sentences = self.view.sentences
        if number + 1 >= len(sentences):
            return False
        following = sentences[number + 1]
        return (
            following.paragraph == sentences[number].paragraph
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
            and (view.mentions(start, end, "by") or view.mentions(start, end, "who"))
        )
        described = view.mentions(start, end, "described") and DESCRIBED_AS.search(text, start, end)
        by_surname = []
        if view.mentions(
            start,
            end,
            "ran ",
            "led ",
            "headed",
            "organised",
            "controlled",
            "leader of",
            "head of",
            "named as",
            " man",
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

    def stage(self, text: str) -> str | None:
        text = FUTURE_STAGE.sub(" ", text)  # "will be sentenced on 24 June" has not happened
        if ACQUITTED.search(text) and not any(pattern.search(text) for _, pattern in STAGES[:2]):
            return "Acquitted"  # everyone cleared: nobody was convicted or sentenced
        for stage, pattern in STAGES:
            if pattern.search(text):
                return stage
        return None

    def outcomes(
        self,
        case: CaseFact,
        sentences: list,
        defendants: list[tuple[str, re.Match[str]]],
        count: int | None,
        single: bool,
    ) -> None:
        for sentence in sentences:
            if self.respectively(case, sentence, defendants):
                continue
            found_duration = False
            previous = 0
            for start, end, value, unit in fig.durations(sentence.text):
                if self.sentence_outcome(
                    case, sentence, start, end, value, unit, defendants, count, single, previous
                ):
                    found_duration = True
                    previous = end
            text = sentence.text
            first = sentence is sentences[0]
            if (
                not found_duration
                and (untimed := SUSPENDED_NO_TERM.search(text))
                and not EARLIER_CASE.search(text)  # "was given a suspended sentence in 2019"
            ):
                # "A fifth man was given a suspended prison sentence": no term stated
                offender = self.offender_for(sentence, untimed.start(), defendants)
                case.outcomes.append(
                    OutcomeFact(
                        "SuspendedSentence",
                        self.view.span(
                            sentence.start + untimed.start(), sentence.start + untimed.end(), 0.6
                        ),
                        person_count=1 if offender or untimed.group("one") else None,
                        offender_key=offender,
                    )
                )
            if not found_duration and first and not single and count and JAILED.search(text):
                case.outcomes.append(
                    OutcomeFact(
                        "CustodialSentence",
                        self.view.span(sentence.start, sentence.end, 0.6),
                        person_count=count,
                    )
                )
            community = COMMUNITY_RE.search(text) if "community" in text.lower() else None
            if community:
                number = (
                    parse_number(community.group("count") or "one")
                    if community.group("count")
                    else None
                )
                offender = (
                    None if number else self.offender_for(sentence, community.start(), defendants)
                )
                case.outcomes.append(
                    OutcomeFact(
                        "CommunityOrder",
                        self.view.span(
                            sentence.start + community.start(),
                            sentence.start + community.end(),
                            0.65,
                        ),
                        person_count=int(number)
                        if number is not None
                        else (1 if offender else None),
                        offender_key=offender,
                    )
                )
            self.orders(case, sentence)
            self.named_orders(case, sentence, defendants, count)

    def sentence_outcome(
        self,
        case: CaseFact,
        sentence,
        start: int,
        end: int,
        value: Decimal,
        unit: str,
        defendants: list[tuple[str, re.Match[str]]],
        count: int | None,
        single: bool,
        previous: int = 0,
    ) -> bool:
        """One custodial or suspended sentence from a duration, if the context says so."""
        text = sentence.text
        left = text[max(0, start - 50) : start]
        right = text[end : end + 40]
        if (not_a_sentence_cue(left) and NOT_A_SENTENCE_LEFT.search(left)) or (
            NOT_A_SENTENCE_RIGHT.match(right)
        ):
            return False
        if not (
            SENTENCE_LEFT.search(left)
            or SENTENCE_RIGHT.search(right)
            # "Hoxha was sentenced to …, Kola to 32 months and O'Connor, …, to four years"
            or (
                previous
                and (
                    TO_END.search(left)
                    or LISTED_AFTER.search(left)
                    or NAMED_FOR_END.search(left)
                    or NAMED_ELIDED.search(left)
                )
            )
            or (
                left.rstrip()[-1:] in ("–", "—", "-", ":")
                and LIST_TERM_LEFT.search(left)
                and LIST_LINE.match(text)
            )
            or (
                "(" in left[-22:]
                and right.lstrip()[:1] == ")"
                and BRACKET_TERM_LEFT.search(text, max(0, start - 130), start)
                and (JAILED_OR_SENTENCED.search(text) or BEHIND_BARS.search(text))
                and not DISQUALIFIED.search(text)  # "banned from driving: X (for three years)"
            )
        ):
            return False
        if PER_PERIOD_PAY.search(left):
            return False  # "as little as £20 a week": pay, not a term
        if RANGE_OF_TERMS.search(left):
            return False  # "sentences of between four and ten years": a range, no one's term
        if PREVIOUSLY_CONVICTED.search(text, 0, start):
            return False  # "had previously been convicted … and jailed in 2012 for 10 months"
        if (
            single
            and TOTAL_LEFT.search(left)
            and (count or 0) != 1
            and not ONE_NAMED_TOTAL.match(text)
        ):
            return False  # a case total: kept as a CustodialYears figure instead
        qualifier = fig.qualifier_before(text, start)
        suspended = bool(
            SUSPENDED_RIGHT.search(right)
            or SUSPENDED_LEFT.search(left)
            or ("suspended" in text[:start] and SUSPENDED_LISTED.search(text, 0, start))
        )
        kind = "SuspendedSentence" if suspended else "CustodialSentence"
        span = self.view.span(sentence.start + start, sentence.start + end, 0.8)
        total = TOTAL_WORDS.search(left + right) and not ONE_NAMED_TOTAL.match(text)
        pair = [] if total else self.pair_before(text, start, bool(previous))
        if pair:
            for key in pair:
                case.outcomes.append(
                    OutcomeFact(kind, span, value, qualifier, unit, 1, offender_key=key)
                )
            return True
        if EACH.search(left) and not total:
            named = [
                key
                for key, match in defendants
                if sentence.start + previous <= match.start() < sentence.start + start
            ]
            if not named and text[:5] == "They ":
                named = self.those_counted_before(sentence, defendants)
            if named:
                for key in named:
                    case.outcomes.append(
                        OutcomeFact(kind, span, value, qualifier, unit, 1, offender_key=key)
                    )
                return True
        if not total and BOTH_SUBJECT.match(text):
            # "X, 45, and Y, 44, admitted … Both men were jailed for 14 years": each of the two
            before = [key for key, match in defendants if match.start() < sentence.start]
            pair = list(dict.fromkeys(reversed(before)))[:2]
            if len(pair) == 2:
                for key in reversed(pair):
                    case.outcomes.append(
                        OutcomeFact(kind, span, value, qualifier, unit, 1, offender_key=key)
                    )
                return True
        outcome = OutcomeFact(kind, span, value, qualifier, unit)
        offender = self.offender_for(sentence, start, defendants)
        if offender is None and not total and (SINGULAR.match(text) or HIM_OR_HER.search(text)):
            offender = self.only_one_named_before(sentence) or self.named_just_before(
                sentence, defendants
            )
        if offender and not total:
            outcome.offender_key = offender
            outcome.person_count = 1
        elif (subject := SUBJECT_RE.search(text)) is not None and (
            n := self.subject(subject)[0]
        ) is not None:
            outcome.person_count = n
            if n == 1 and len(defendants) == 1 and not total:
                outcome.offender_key = defendants[0][0]  # "A drug dealer … has been jailed"
        elif total and count:
            outcome.person_count = count
        elif (count == 1 and not PLURAL_VERB.search(left)) or NUMBERED_DEFENDANT.match(text):
            outcome.person_count = 1  # "Man 2: three years for …": one unnamed defendant
            if len(defendants) == 1:  # "He was jailed for nine years": the one defendant
                outcome.offender_key = defendants[0][0]
        case.outcomes.append(outcome)
        return True

    def those_counted_before(
        self, sentence, defendants: list[tuple[str, re.Match[str]]]
    ) -> list[str]:
        """'All three men admitted … They were each ordered to serve …': the last three
        defendants named before, when the sentence before counts them."""
        sentences = self.view.sentences
        number = next((i for i, s in enumerate(sentences) if s.start == sentence.start), 0)
        if number == 0:
            return []
        counted = SUBJECT_COUNT.match(sentences[number - 1].text)
        value = parse_number(counted.group("n")) if counted else None
        if value is None or value != int(value) or value < 2:
            return []
        named = sorted((m.start(), key) for key, m in defendants if m.start() < sentence.start)
        keys = list(dict.fromkeys(key for _, key in named))
        return keys[-int(value) :] if len(keys) >= value else []

    def named_orders(
        self,
        case: CaseFact,
        sentence,
        defendants: list[tuple[str, re.Match[str]]],
        count: int | None,
    ) -> None:
        """'X and Y were also made subject to Slavery and Trafficking Prevention Orders',
        'Both were given a Criminal Behaviour Order' → one soc:Outcome per person."""
        text = sentence.text
        lowered = text.lower()
        if "order" not in lowered or not any(cue in lowered for cue in ORDER_CUES):
            return
        match = NAMED_ORDER.search(text) or LISTED_ORDER.search(text)
        if match is None:
            return
        name = " ".join(match.group("name").lower().split())
        label = " ".join(w if w == "and" else w[:1].upper() + w[1:] for w in name.split())
        label = f"{label} Order"
        subject = text[: match.start()]
        offenders = []
        for key, _ in defendants:
            person = self.ex.people.get(key)
            if person and re.search(rf"\b{re.escape(person.name.split()[-1])}\b", subject):
                offenders.append(key)
        people: list[str | None] = list(offenders)
        if not people and match.re is LISTED_ORDER:
            people = [None]  # one list line, one person
        elif not people:
            number = SUBJECT_COUNT.search(subject)
            value = parse_number(number.group("n")) if number else None
            if value is not None and 1 <= value <= 20 and value == int(value):
                people = [None] * int(value)
            elif BOTH.search(subject):
                people = [None, None]
            elif ONE_PERSON.match(subject.strip().lstrip("-–—•*· ")) or count == 1:
                people = [self.offender_for(sentence, match.start(), defendants)]
            elif count:
                people = [None] * count
            else:
                people = [None]
        span = self.view.span(
            sentence.start + match.start("name"), sentence.start + match.end(), 0.7
        )
        for offender in people:
            case.outcomes.append(
                OutcomeFact("Outcome", span, person_count=1, offender_key=offender, label=label)
            )

    def respectively(
        self, case: CaseFact, sentence, defendants: list[tuple[str, re.Match[str]]]
    ) -> bool:
        """'X and Y were jailed for nine years and seven years respectively': in order."""
        text = sentence.text
        if "respectively" not in text or not (JAILED.search(text) or SENTENCED_TO.search(text)):
            return False
        terms = fig.durations(text)
        mentioned: dict[str, int] = {}
        for key, _ in defendants:
            first, *_, surname = self.ex.people[key].name.split()
            if re.search(rf"\b{re.escape(surname)}\b", text):
                at = re.search(rf"\b{re.escape(first)}\b", text)
                mentioned.setdefault(key, at.start() if at else text.index(surname))
        named = sorted(mentioned, key=mentioned.__getitem__)
        if terms and len(named) == len(terms) + 1:
            # "sentenced to nine and 11 years respectively": the first term's unit is elided
            elided = ELIDED_TERM.search(text, 0, terms[0][0])
            value = parse_number(elided.group("n")) if elided else None
            if elided and value is not None:
                terms = ((elided.start("n"), elided.end("n"), value, terms[0][3]), *terms)
        if len(terms) < 2 or len(named) != len(terms):
            return False
        for key, (start, end, value, unit) in zip(named, terms, strict=True):
            span = self.view.span(sentence.start + start, sentence.start + end, 0.7)
            case.outcomes.append(
                OutcomeFact("CustodialSentence", span, value, "Exact", unit, 1, offender_key=key)
            )
        return True

    @staticmethod
    def unnamed_count(sentences: list) -> int | None:
        """People a justice sentence counts without naming them ('A man aged 36 and a
        51-year-old woman were arrested'), from the first such sentence."""
        for sentence in sentences:
            text = sentence.text
            if "year-old" not in text and "aged" not in text:
                continue
            people = UNNAMED_PERSON.findall(text)
            if people and HAS_JUSTICE.found(text):
                return len(people)
        return None

    def only_one_named_before(self, sentence) -> str | None:
        """'The Merseyside syndicate was headed by Ian Michael Edwards. He was sentenced to
        14 years': the one person the sentence before names, when no officer."""
        number = self.view.sentence_index(sentence.start)
        if number == 0:
            return None
        before = self.view.sentences[number - 1].text
        keys = {
            key
            for key, person in self.ex.people.items()
            if person.defendant and re.search(rf"\b{re.escape(person.name)}\b", before)
        }
        if len(keys) != 1:
            return None
        key = keys.pop()
        officer = any(p.role != "Ringleader" for p in self.ex.people[key].posts)
        return None if officer else key

    @staticmethod
    def named_just_before(sentence, defendants: list[tuple[str, re.Match[str]]]) -> str | None:
        """'Also sentenced was X, 45, of Y. He was jailed for 28 months.': X."""
        before = [(m.start(), key) for key, m in defendants if m.start() < sentence.start]
        if before and sentence.start - max(before)[0] < 300:
            return max(before)[1]
        return None

    def offender_for(
        self, sentence, position: int, defendants: list[tuple[str, re.Match[str]]]
    ) -> str | None:
        absolute = sentence.start + position
        best = None
        nearest = -1
        for key, match in defendants:  # the one named nearest before the term
            if sentence.start <= match.start() < absolute and match.start() > nearest:
                best, nearest = key, match.start()
        if best:
            return best
        people = [p for p in self.ex.people.values() if p.defendant]
        surnames = Counter(p.name.split()[-1] for p in people)
        latest = -1
        for person in people:
            last = person.name.split()[-1]
            # brothers "Liam Costello" and "Sean Costello": only the whole name tells them apart
            said = re.escape(person.name) if surnames[last] > 1 else None
            for mention in re.finditer(
                rf"\b(?:{said or f'{re.escape(person.name)}|{re.escape(last)}'})\b",
                sentence.text[:position],
            ):
                if mention.start() > latest:  # the one named nearest before the term
                    latest, best = mention.start(), person.key
        return best

    def pair_before(self, text: str, start: int, listed: bool = False) -> list[str]:
        """'while Dwyer and Dodd were given five and a half years': both got the term;
        after an earlier term in the sentence, '… and Stock and Neale two years' too."""
        pair = PAIR_BEFORE.search(text, max(0, start - 90), start)
        if pair is None and listed:
            pair = NAMED_ELIDED.search(text, max(0, start - 40), start)
            if pair is not None and pair.group("b") is None:
                pair = None
        if pair is None:
            return []
        surnames = {
            self.ex.people[key].name.split()[-1]: key
            for key in self.ex.people
            if self.ex.people[key].defendant
        }
        keys = [surnames.get(pair.group(g)) for g in ("a", "b")]
        return [k for k in keys if k] if all(keys) else []

    def orders(self, case: CaseFact, sentence) -> None:
        """Confiscation and compensation orders: the nearest keyword in the amount's clause."""
        text = sentence.text
        amounts = list(fig.money(text))
        spans = [(s, e) for s, e, *_ in amounts]
        for start, end, value, currency, qualifier in amounts:
            others = [sp for sp in spans if sp != (start, end)]
            if NOT_AN_ORDER_LEFT.search(text, max(0, start - 40), start):
                continue  # "benefited by £612,540", "conned … out of £400,000": not the order
            if CASH_RIGHT.match(text, end):
                continue  # "£24,650 in cash" was seized, whatever the proceeds of crime bought
            kind = nearest_keyword(text, start, end, others, ORDER_KEYWORDS)
            if kind and not any(o.kind == kind and o.value == value for o in case.outcomes):
                case.outcomes.append(
                    OutcomeFact(
                        kind,
                        self.view.span(sentence.start + start, sentence.start + end, 0.75),
                        value,
                        qualifier,
                        currency,
                    )
                )

    @staticmethod
    def hedge_amount(case: CaseFact, value: Decimal, qualifier: str) -> None:
        """A sum told exactly, then told again as an estimate, is an estimate."""
        for money in case.amounts:
            if money.value == value and money.qualifier == "Exact":
                money.qualifier = qualifier

    def amounts(self, case: CaseFact, sentences: list, single: bool) -> None:
        used = {(o.span.start, o.span.end) for o in case.outcomes}
        ordered = {o.value for o in case.outcomes if o.unit in ("GBP", "EUR", "USD")}
        seen: set[Decimal] = set()
        for sentence in sentences:
            text = sentence.text
            spans = [(s, e) for s, e, *_ in fig.money(text)]
            for start, end, value, currency, qualifier in fig.money(text):
                if (sentence.start + start, sentence.start + end) in used or value in ordered:
                    continue
                if quoted(text, start) and value in seen and qualifier == "Approximately":
                    # "Cannabis worth £1 million …", then a detective's "an approximate street
                    # value of £1million": the sum told before is an estimate
                    self.hedge_amount(case, value, qualifier)
                    continue
                if (
                    NOT_AN_AMOUNT.match(text, end)
                    or quoted(text, start)
                    or RATE_LEFT.search(text, max(0, start - 30), start)
                    or CONVERTED.search(text, max(0, start - 30), start)
                ):
                    continue  # a speaker's example ("one victim lost £38,000") is not the record
                if RANGE_LOW.search(text, max(0, start - 10), start):
                    continue  # "between £1.2million and £2.4m": the range's high end says it
                if RANGE_HIGH.search(text, max(0, start - 40), start):
                    qualifier = "UpTo"
                span = self.view.span(sentence.start + start, sentence.start + end, 0.75)
                # "Cash seized: £113k" (a result line) reads as "Cash seized £113k"
                if (
                    (CASH_RIGHT.match(text, end) and not MOVED_MONEY.search(text, 0, start))
                    or CASH_LEFT.search(text[:start].rstrip(" :.…–—-"))
                    or (SEIZED_RIGHT.match(text, end) and SUM_AS_SUBJECT.match(text[:start]))
                ) and not fig.drugs_worth(text, start, end):  # "seized £100,000 of drugs"
                    if value not in seen:
                        case.figures.append(
                            FigureFact(
                                "CashSeized",
                                value,
                                qualifier,
                                currency,
                                span,
                                item="cash",
                                kind="seizure",
                            )
                        )
                        seen.add(value)
                    continue
                if value in seen:
                    if qualifier == "Approximately":  # "£1 million", then "an approximate
                        self.hedge_amount(case, value, qualifier)  # street value of £1million"
                    continue
                seen.add(value)
                kind = self.money_kind(text, start, end, spans)
                case.amounts.append(MoneyFact(kind, value, qualifier, currency, span))
            # A one-sentence case in a review keeps only what was seized in it ("… jailed
            # after officers found a sawn-off shotgun"): its other counts are the period's.
            # a release of one sentence is its one case, not a review's example
            whole = len(sentences) > 1 or len(self.view.sentences) == 1
            for found in fig.counts(text, period_cues=True):
                if found.measure == "PeopleJailed" or (
                    single
                    and found.measure == "PeopleCharged"
                    and found.value == case.defendant_count
                ):
                    continue  # "Two men have been charged": the defendant count says it
                if whole or found.seizure:
                    case.figures.append(self.figure(found, sentence))
            if whole and not fig.RUNNING_TOTAL.search(text):
                for start, end, value, unit in fig.durations(text) if single else ():
                    if unit in ("YR", "MO") and TOTAL_LEFT.search(text[max(0, start - 40) : start]):
                        case.figures.append(
                            FigureFact(
                                "CustodialYears",
                                value,
                                fig.qualifier_before(text, start),
                                unit,  # "94 years and four months": 1,132 months
                                self.view.span(sentence.start + start, sentence.start + end, 0.7),
                            )
                        )

    @staticmethod
    def unique(figures: list[FigureFact]) -> list[FigureFact]:
        """One figure per measure and value; 'more than half a tonne' beside '524kg' of
        the same drug is the same seizure said roughly."""
        seen: set[tuple[object, ...]] = set()
        kept = []
        closer = [f for f in figures if f.qualifier in ("Exact", "Approximately")]
        for figure in figures:
            if hedged_twin(figure, closer):
                continue
            key = (figure.measure, figure.value, figure.unit, figure.item)
            if key not in seen:
                seen.add(key)
                kept.append(figure)
        return kept

    @staticmethod
    def exact_over_hedged(case: CaseFact) -> None:
        """'more than half a million pounds' beside '£685,000' is the same money said
        roughly: a hedged amount an exact one of the case fits takes the exact value."""
        exact = [m.value for m in case.amounts if m.qualifier == "Exact"]
        exact += [f.value for f in case.figures if f.unit == "GBP" and f.qualifier == "Exact"]
        kept = []
        for money in case.amounts:
            bounds = HEDGE_RANGES.get(money.qualifier)
            fits = []
            if bounds is not None:
                low, high = bounds
                fits = [v for v in exact if low * money.value <= v <= high * money.value]
            if fits and money.value not in fits:
                if any(m.value == fits[0] for m in case.amounts):
                    continue  # the exact amount is already there
                money.value, money.qualifier = fits[0], "Exact"
            kept.append(money)
        case.amounts = kept

    def money_kind(self, text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
        right_limit = min([s for s, _ in spans if s >= end] + [len(text)])
        right = text[end : min(right_limit, end + 40)]
        left = text[max(0, start - 70) : start]
        if fig.drugs_worth(text, start, end):
            return "StreetValue"  # "seized £100,000 of Class A drugs"
        for window in (right, left, text):
            for kind, pattern in MONEY_KINDS:
                if pattern.search(window):
                    return kind
        return "EnterpriseValue"

    def figure(self, found: fig.Found, sentence) -> FigureFact:
        return FigureFact(
            measure=found.measure,
            value=found.value,
            qualifier=found.qualifier,
            unit=found.unit,
            span=self.view.span(
                sentence.start + found.start, sentence.start + found.end, found.confidence
            ),
            item=found.item,
            kind="seizure" if found.seizure else "statistic",
        )

    # period figures ------------------------------------------------------

    def period_figures(self, skip: set[int], roundup: bool) -> None:
        if not roundup:
            return
        subject = self.entities.main_unit
        skip = skip | self.table_figures(subject)
        for number, sentence in enumerate(self.view.sentences):
            if number in skip:
                continue
            text = sentence.text
            for found in fig.counts(text, period_cues=True):
                figure = self.figure(found, sentence)
                figure.kind = "statistic"
                figure.subject_key = subject
                figure.period = self.year
                self.ex.figures.append(figure)
            for found in fig.custodial_years(text):
                figure = self.figure(found, sentence)
                figure.subject_key = subject
                figure.period = self.year
                self.ex.figures.append(figure)
            for start, end, value, currency, qualifier, measure in fig.measured_money(text):
                self.ex.figures.append(
                    FigureFact(
                        measure,
                        value,
                        qualifier,
                        currency,
                        self.view.span(sentence.start + start, sentence.start + end, 0.8),
                        item=MONEY_ITEMS.get(measure),
                        subject_key=subject,
                        period=self.year,
                    )
                )
        self._dedupe_figures()

    def table_figures(self, subject: str | None) -> set[int]:
        """A table with a year per column ("Result<TAB>2017<TAB>2016", then "Arrests<TAB>327
        <TAB>281"): one period figure per row and year. Returns the rows it read."""
        read: set[int] = set()
        years: list[int] = []
        for number, sentence in enumerate(self.view.sentences):
            text = sentence.text
            header = TABLE_HEADER.match(text)
            if header:
                years = [int(y) for y in re.findall(r"(?:19|20)\d\d", header.group("years"))]
                read.add(number)
                continue
            cells = TABLE_SPLIT.split(text.strip()) if years else []
            if len(cells) != len(years) + 1:
                years = []
                continue
            read.add(number)
            label, position = cells[0], len(cells[0])
            for year, cell in zip(years, cells[1:], strict=True):
                position = text.index(cell, position)
                figure = self.table_cell(label, cell)
                if figure is not None:
                    measure, value, unit, item = figure
                    self.ex.figures.append(
                        FigureFact(
                            measure,
                            value,
                            "Exact",
                            unit,
                            self.view.span(
                                sentence.start + position,
                                sentence.start + position + len(cell),
                                0.8,
                            ),
                            item=item,
                            kind="seizure" if measure in SEIZURE_MEASURES else "statistic",
                            subject_key=subject,
                            period=year,
                        )
                    )
                position += len(cell)
        return read

    @staticmethod
    def table_cell(label: str, cell: str) -> tuple[str, Decimal, str, str | None] | None:
        """(measure, value, unit, item) of one cell, from its row's label."""
        unit_hint = TABLE_UNIT.search(label)
        if unit_hint:
            label = label[: unit_hint.start()].rstrip()
            cell = f"{cell}{unit_hint.group(1)}"
        amounts = list(fig.money(cell))
        if amounts:
            _, _, value, currency, _ = amounts[0]
            measure = fig.money_measure(
                f"{label} {cell}", len(label) + 1, len(label) + 1 + len(cell), []
            )
            if measure is None:
                return None
            return measure, value, currency, MONEY_ITEMS.get(measure)
        found = fig.label_line(f"{label}: {cell}")
        if found is None:
            return None
        return found.measure, found.value, found.unit, found.item

    def _dedupe_figures(self) -> None:
        """One figure per measure and value; a hedged figure an exact one of the same
        measure fits ('more than 1,100' beside a table's '1,108') is the same count."""
        # a headline drops the body's qualifier: "2,200 arrests" above "Over 2,200 arrests"
        in_body = {
            (f.measure, f.value, f.unit, f.item, f.qualifier)
            for f in self.ex.figures
            if not self.is_headline(f.span.sentence)
        }
        figures = [
            f
            for f in self.ex.figures
            if not (
                f.qualifier == "Exact"
                and self.is_headline(f.span.sentence)
                and any((f.measure, f.value, f.unit, f.item, q) in in_body for q in HEDGE_WORDS)
            )
        ]
        seen = set()
        kept = []
        closer = [f for f in figures if f.qualifier in ("Exact", "Approximately")]
        for figure in figures:
            if hedged_twin(figure, closer):
                continue
            key = (figure.measure, figure.value, figure.unit, figure.item)
            if key in seen:
                continue
            seen.add(key)
            kept.append(figure)
        self.ex.figures = kept


QUALIFIER_ONLY = re.compile(QUALIFIER_PATTERN, re.IGNORECASE)
