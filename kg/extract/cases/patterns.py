"""Words and patterns several families of case rules share: subjects, verbs, defendants."""

from __future__ import annotations

import re
from decimal import Decimal

from kg.extract.caseless import Caseless
from kg.extract.entities.patterns import NAME, NAME_WORD
from kg.extract.numbers import NUMBER

DEFENDANT_NOUNS = (
    r"men|women|people|persons|brothers|sisters|members|defendants|offenders|criminals|"
    r"fraudsters|dealers|individuals|suspects|teenagers|youths|boys|girls|relatives|siblings|"
    r"cousins|friends|associates|conspirators|smugglers|traffickers|"
    r"man|woman|person|member|brother|sister|dealer|fraudster|teenager|youth|boy|girl|"
    r"defendant|offender|smuggler|trafficker|couple|father|mother|son|daughter|husband|wife|"
    r"nationals?|driver|courier|drivers|couriers|group|gang|"
    # "Seven heroin suppliers have been jailed", "Four burglars jailed"
    r"suppliers|supplier|growers|grower|burglars|burglar|robbers|robber|thieves|thief|"
    r"launderers|gangsters|gunmen|raiders|mules|mule|scammers|scammer|conmen|hackers|"
    r"(?:suspected\s+|alleged\s+)?(?:con[\s-]?artists?|con[\s-]men|rogue\s+traders?|fraudsters)"
)
# A subject that is a group ("a Sunderland-based group … received sentences totalling 84
# years") says how many only elsewhere.
COLLECTIVE_NOUNS = frozenset({"group", "gang"})
# The nouns a second count after "and" may use ("three men and two women")
PEOPLE_NOUNS = r"men|women|man|woman|boys|girls|boy|girl|teenagers|teenager|youths|youth|people"
VERBS = (
    r"jailed|imprisoned|sentenced|convicted|charged|arrested|found\s+guilty|(?:plead(?:ed|ing)?|pled)\s+guilty|"
    r"admitted|locked\s+up|put\s+behind\s+bars|given|handed|ordered|acquitted|cleared|remanded|"
    r"received|sent\s+to\s+prison|have\s+been|has\s+been|were|was|are|is|who|which|that|"
    # "A total of fifteen people appeared in magistrates court today" (never "appeared at
    # the door", "in a video" or "before the Policing Board")
    r"appeared\s+(?:in|at|before)\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:courts?|magistrates|sheriff)\b)"
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
    # "Following an investigation by the force's fraud team, three individuals … were"
    r"following\s+(?:an?|the)\s+[^,.;]{0,120},\s+(?=(?:\d|[a-z]+\s)[^.;]{0,80}?\b(?:were|was)\s+"
    r"(?:arrested|charged|jailed|sentenced|convicted)\b)|"
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
    rf"(?P<subject>(?:(?:all\s+)?the\s+(?:final\s+|last\s+|remaining\s+)?|all\s+|(?:a\s+)?further\s+)?(?:(?:some|around|about|approximately|at\s+least|a\s+total\s+of)\s+(?=\d)|"
    # "A total of fifteen people", never "A total of seven warrants were executed and two men"
    rf"a\s+total\s+of\s+(?=(?:{NUMBER})\s+(?:[\w'’-]+\s+)?(?:{DEFENDANT_NOUNS})\b))?"
    # "Both men were arrested": two
    rf"(?P<count>{NUMBER}|a|an|both)\s+(?!years?[- ]old\b)(?P<desc>(?:[\w'’-]+\s+){{0,5}}?)"
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
    rf"(?:suspected|accused)\s+of\s+[^.,;]{{0,80}}?\s+(?=(?:were|was|ha(?:ve|s)\s+been)\b)|"
    # "Nine men involved in a conspiracy to flood the streets with cocaine were jailed"
    rf"(?:who\s+were\s+)?(?:involved\s+in|part\s+of)\s+[^.,;]{{0,80}}?\s+"
    r"(?=(?:were|have\s+been|had\s+been)\s+(?:jailed|sentenced|convicted|imprisoned|charged)\b)|"
    # "A man found tending a cannabis farm in a large house was jailed"
    # "20 People (18 men and two women) have been sentenced"
    r"\([^()]{1,60}\)\s+|"
    rf"(?:found|caught|discovered|stopped|spotted)\s+(?:[^.,;]|(?<=\d)[.,](?=\d)){{0,90}}?\s+"
    r"(?=(?:was|were|has\s+been|have\s+been)\s+(?:jailed|sentenced|convicted|imprisoned|given)\b)|"
    rf"including\s+[^.;]{{0,100}}?,\s+|[–—-]\s+[^.;–—]{{1,100}}?\s+[–—-]\s+)?(?:who\s+|ha(?:ve|s|d)\s+(?:now\s+|all\s+|also\s+|so\s+far\s+|since\s+)?been\s+|were\s+|was\s+|are\s+|is\s+|have\s+|has\s+)?"
    rf"(?:{VERBS})\b))",
    re.IGNORECASE,
)
JUSTICE = re.compile(
    r"\b(?:ordered\s+to\s+(?:pay|hand)|confiscation\s+order|jailed|imprisoned|sentenced|convicted|charged|arrested|found\s+guilty|(?:plead(?:ed|ing)?|pled)\s+guilty|"
    r"admitted|locked\s+up|behind\s+bars|acquitted|cleared|remanded|prison|jail|fined|"
    r"(?:resulted\s+in|led\s+to)\s+(?:[\w-]+\s+)?arrests?|"  # "has resulted in two arrests"
    # "Five suspected con artists have appeared in court accused of …"
    r"appeared\s+(?:in|at|before)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:court|magistrates|sheriff)|"
    r"(?:given|handed|received)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:community\s+order|"
    r"suspended|sentence|youth\s+rehabilitation|referral\s+order|conditional\s+discharge)|"
    r"(?:given|handed|received|got)\s+(?:[\w-]+\s+){0,4}?(?:years?|months?)|"
    # "are serving combined sentences of 18 years", "unanimous guilty verdicts"
    r"serving\s+(?:[\w-]+\s+){0,3}?(?:sentences?|terms?)|guilty\s+verdicts?)\b",
    re.IGNORECASE,
)
DEFENDANT_RE = re.compile(
    # ("Jamie Higgins aged 22, from Telford": the comma before "aged" left out)
    rf"(?P<name>{NAME})\s*(?:,\s*(?:aged\s+|now\s+|an?\s+(?=\d\d-year-old))?|\(\s*(?:aged\s+)?|(?<=\w)\s+aged\s+|"
    # "Wayne Stock 38, of Chelmsford": the comma before the age left out
    r"(?<=\w)\s(?=\d\d,\s+(?:of|from)\s))"
    r"(?P<age>1[4-9]|[2-9]\d)\b(?![./]\d)"  # not "(15.04.1984)", a date of birth
    r"(?:-year-old(?:\s+(?:[A-Z][a-z]+\s+)?(?:man|woman|boy|girl|mother|father|grandmother|"
    r"grandfather|national))?)?\s*\)?"
    # "20 (20.9.02) of …", "(d.o.b. 14.03.2002)", "(DOB: 01/02/1999)": the date of birth
    r"(?:\s*\((?:[Dd]\.?[Oo]\.?[Bb]\.?:?\s*)?\d{1,2}[./]\d{1,2}[./]\d{2,4}\))?"
    rf"(?:(?:,\s*|\s+)(?:also\s+|both\s+|all\s+|formerly\s+)?(?:of|from)\s+(?P<addr>[^.;()\n]+?))?"
    rf"(?=,|\s+[a-z]|\s*[.;:)\n–—…]|\s+-\s|$)"
)
# "Ajaz Nazir (01.05.1979), of New Earth Street, was found guilty": a date of birth, no age
NAME_WITH_BIRTH_DATE = re.compile(
    # a year of birth, not a day of the story ("Mill House Farm (03.02.2022)")
    rf"(?P<name>{NAME})\s*\(\s*(?:[Dd]\.?[Oo]\.?[Bb]\.?:?\s*)?\d{{1,2}}[./]\d{{1,2}}[./]"
    r"(?:19[3-9]\d|200\d|201[0-2]|\d\d)\s*\)"
    r"(?:,?\s+(?:of|from)\s+(?P<addr>[^.;()\n]+?))?(?=,|\s+[a-z]|\s*[.;:\n]|$)"
)
# A surname alone with an age, the full name given earlier in the release.
SURNAME_AGE = re.compile(
    # not a surname inside a whole name; "and Merritt, 40, and …" is one
    rf"(?:(?<=\band )|(?<![\w,] )(?<![A-Z][a-z] ))\b(?P<last>{NAME_WORD}),\s*(?:aged\s+)?"
    r"(?P<age>1[4-9]|[2-9]\d),"
)
# "At the city's crown court on Tuesday, Morrey, 50, was jailed": after a lead of time
SURNAME_AGE_AFTER_LEAD = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|week|"
    rf"month|year|hearing),\s+(?P<last>{NAME_WORD}),\s*(?:aged\s+)?(?P<age>1[4-9]|[2-9]\d),"
)
# "The 34 year-old Lithuanian driver, Edvinas Janusauskas, was arrested": a description, the
# name, then what the law did to him (a witness described so is no defendant)
AGE_DESCRIBED_NAME = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<age>1[4-9]|[2-9]\d)[- ]year[- ]old\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:man|woman|driver|lorry\s+driver|national|teenager)(?P<addr>),\s+"
    rf"(?P<name>{NAME}),\s+(?:was|has\s+been|had\s+been)\s+(?:(?:later|subsequently)\s+)?"
    r"(?:arrested|charged|jailed|sentenced|convicted)\b"
)
# The whole group a case's named few belong to: "… were among 18 men convicted of …",
# "sentences totalling 203 years for 16 men", "police charged a total of 18 people".
GROUP_NOUNS = r"(?:people|men|women|defendants|members|offenders|gang\s+members|suspects)"
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
ROUNDUP_TITLE = re.compile(
    # not "Seatbelt stop check results in three year prison sentence"
    r"\b(?:highlights?|review|results(?!\s+in\b)|round-?up|(?<!-)year(?!-)(?!\s+(?:prison|jail|sentence))|"
    r"figures|numbers|statistics|annual|"
    r"successes|achievements)\b",
    re.IGNORECASE,
)
MONTH_NAME = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
PERIOD_CUE = re.compile(
    r"\b(?:this|last|the\s+(?:past|last))\s+(?:year|quarter|(?:twelve|three|six|nine|\d+)\s+months)|"
    # "seized … in the past three years" (not "had run the line for the past two years")
    r"\bin\s+the\s+(?:past|last)\s+(?:two|three|four|five|\d)\s+years\b|"
    r"\bduring\s+(?:19|20)\d\d|"
    # "In June 2021 alone, their investigations led to …"
    rf"\bin\s+(?:{MONTH_NAME}\s+)?(?:19|20)\d\d\s+alone\b|"
    r"\bin\s+(?:19|20)\d\d\b(?!\s*(?:,|and))|\bover\s+the\s+(?:course\s+of|last|past)\b|"
    r"\bfinancial\s+year\b|\b(?:19|20)\d\d[/-]\d\d\b|"
    # "a week of action", "in just seven days"
    r"\bweeks?\s+of\s+(?:action|intensification)\b|\bintensification\s+(?:week|fortnight)\b|\bin\s+(?:just\s+)?(?:seven|\d+)\s+days\b|"
    # "arrested in a week" (not "a week-long trial" nor offence dates: a review misfired)
    r"\bin\s+(?:just\s+)?(?:a|one)\s+(?:week|fortnight)\b|"
    # "Between January and December 2022", "from April 2012 to March 2013"
    r"\b(?:between|from)\s+(?:january|april)\s+(?:(?:19|20)\d\d\s+)?(?:and|to)\s+"
    r"(?:december|march)\b|"
    # a lead that opens on two dated months: "From January 2021 to September 2022, 103
    # arrests …" (an offence period is told inside a sentence, not as its opening)
    rf"(?:^|[.!?]\s+)from\s+(?:\d{{1,2}}\s+)?{MONTH_NAME}\s+(?:19|20)\d\d\s+to\s+"
    rf"(?:\d{{1,2}}\s+)?{MONTH_NAME}\s+(?:19|20)\d\d\s*,",
    re.IGNORECASE | re.MULTILINE,
)
# The period a review sums up: a year, a financial year, the past twelve months.
REVIEW_PERIOD = re.compile(
    r"\b(?:in|during|throughout)\s+(?:19|20)\d\d\b|\bfinancial\s+year\b|\b(?:19|20)\d\d[/-]\d\d\b|"
    r"\b(?:the\s+)?(?:past|last)\s+(?:12|twelve)\s+months\b|\b(?:the\s+)?(?:past|last)\s+year\b",
    re.IGNORECASE,
)
COURT_STEP = re.compile(
    r"\b(?:jailed|imprisoned|sentenced|convicted|charged|found\s+guilty|pleaded\s+guilty)\b",
    re.IGNORECASE,
)
SAYS_COLON = re.compile(r"\b(?:said|says)\s*:")
JAILED_OR_SENTENCED = re.compile(r"\b(?:jailed|imprisoned|sentenced)\b", re.IGNORECASE)
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
    # "Robert Pick – eight years", "Brian Ford: 20 years"
    rf"[•·▪‣*–—-]?\s*(?P<name>{NAME})(?:\s+[–—-]|:)\s+"
    rf"(?=[^\n]*\b(?:years?|yrs?|months?|mths?|weeks?|orders?)\b)"
)
LIST_LINE = re.compile(
    rf"^[•·▪‣*–—-]?\s*{RELATION}?{NAME}\s*(?:,\s*(?:aged\s+)?|\(\s*(?:aged\s+)?)(?:1[4-9]|[2-9]\d)\b"
    rf"|^{NAME_THEN_TERM}"
    r"|^(?:Man|Woman|Defendant|Male|Female)\s+(?:\d{1,2}|[A-H])\s*:"  # see NUMBERED_DEFENDANT
)
SEPARATE_CASE = re.compile(
    r"(?:In\s+(?:a\s+)?(?:separate|another|an\s+unrelated)\s+(?:case|investigation|incident)"
    r"|Separately|In\s+a\s+second\s+case)\b"
)
# How far an exact amount may lie from a hedged one and still be what it hedges.
HEDGE_RANGES = {
    "MoreThan": (Decimal(1), Decimal("1.5")),
    "AtLeast": (Decimal(1), Decimal("1.5")),
    "Almost": (Decimal("0.8"), Decimal(1)),
    "Approximately": (Decimal("0.85"), Decimal("1.15")),
}
OPERATION_RE = re.compile(r"\bOperation\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)")
TOTAL_LEFT = re.compile(
    r"(?:add(?:s|ed)?\s+up\s+to|totall?ing|amount(?:s|ed)?\s+to|come\s+to|came\s+to|"
    r"combined\s+total\s+of|a\s+total\s+of|a\s+combined|combined|\btotal(?:led|s)?|"
    r"in\s+total\s+for|between\s+them\s+for|"
    # "jailed for more than a combined 27 years": the hedge before "a combined"
    r"(?:more\s+than|over|almost|nearly|around|about)\s+a\s+(?:combined|total\s+of))"
    r"\s*(?:(?:more\s+than|over|almost|nearly|around|about)\s+)?$",
    re.IGNORECASE,
)
# "This takes the current jail time for those involved …, known as Operation Smith, to
# 90 years and four months": a running total of one case's terms, told at length
TAKES_TOTAL_TO = re.compile(
    r"\b(?:takes|took|brings|brought|bringing|taking)\s+the\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:jail\s+time|prison\s+time|sentences|terms)\b"
    # not "… handed out to offenders targeted by the Gang Unit this year to 300 years"
    r"(?:(?!\b(?:this\s+year|so\s+far|offenders|unit|team|squad)\b)[^.;]){0,90}?\bto\s+"
    r"(?:(?:more\s+than|over|almost|nearly|around|about)\s+)?$",
    re.IGNORECASE,
)
# "six of them were sentenced to more than 27 years in prison between them"
TOTAL_RIGHT = re.compile(
    r"\s+(?:in\s+(?:prison|jail|custody)\s+)?(?:between\s+them|in\s+total|combined)\b",
    re.IGNORECASE,
)


def case_total(text: str, start: int, end: int) -> bool:
    """Whether the term at text[start:end] is a total of several people's terms: "a total
    of 40 years", "27 years between them", "takes the jail time … to 90 years"."""
    return bool(
        TOTAL_LEFT.search(text, max(0, start - 50), start)
        or TOTAL_RIGHT.match(text, end)
        or TAKES_TOTAL_TO.search(text, max(0, start - 160), start)
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
    # "Two men, aged 49 and 25, were arrested in Belfast while a third aged 41 was detained"
    rf"|\b(?:[Aa]|[Tt]he)\s+(?P<nth_aged>{'|'.join(ORDINALS)}),?\s+(?=aged\s+\d)"
)
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
HAS_JUSTICE = Caseless(JUSTICE)
CASH_RIGHT = re.compile(
    r"\s*(?:in\s+)?(?:cash|worth\s+of\s+cash|"  # "more than £20,000 worth of cash"
    r"in\s+(?:£[\d,]+\s+|[\w-]+\s+)?(?:vacuum|bundles|notes|a\s+bag|holdalls?))",
    re.IGNORECASE,
)
# Tables with a column per year: a header row of years, then label and value cells.
TABLE_HEADER = re.compile(
    r"^[A-Za-z][\w ,()'/&-]{0,40}?(?P<years>(?:(?:\t+|\s{2,}|\s*\|\s*)(?:19|20)\d\d){1,4})\s*$"
)
BULLET = re.compile(r"^\s*[•·▪‣*–—-]\s*")
# "… received 12 years and Ryan Hepple, 33, from Newcastle, eight years": the verb is
# said once for the whole list.
# "Stephen Brown, 35, of no fixed abode, was sentenced to a total of six years and nine
# months": one defendant's own total, for all his counts
ONE_NAMED_TOTAL = re.compile(
    rf"{NAME}\s*,\s*(?:aged\s+)?\d{{1,2}}\s*,[^.;]{{0,80}}?\bwas\s+(?:sentenced|jailed)\b"
    # "He was found guilty of …, and was sentenced to a total of nine years"; never
    # "He was jailed for nine years, while his four co-accused were sentenced to a total …"
    # "At Manchester Crown Court on Friday, he was jailed for a total of 15 years"
    r"|(?:(?:At|On|In)\s[^.;]{0,80}?,\s+)?(?:He|he|She|she)\s+was\s+(?:(?:found\s+guilty|convicted)\b"
    r"(?:(?!\b(?:others?|co-?accused|co-?defendants?|between\s+them|while|whilst|alongside)\b)"
    r"[^.;]){0,120}?\bwas\s+)?(?:sentenced|jailed)\s+(?:to|for)\s+a\s+total\s+of\b"
)


# A fine, costs and the victim surcharge: what the court charged, never money of the crime
# nor a confiscation or compensation order ("fined £500 and ordered to pay £620 costs").
COURT_CHARGE_LEFT = re.compile(r"\b(?:fined|a\s+fine\s+of|costs\s+of|surcharge\s+of)\s+$", re.I)
COURT_CHARGE_RIGHT = re.compile(
    r"\s+(?:in\s+)?(?:prosecution\s+|court\s+)?(?:costs|fine)\b|\s+(?:victim\s+)?surcharge\b",
    re.I,
)


def court_charge(text: str, start: int, end: int) -> bool:
    """Whether the sum at `start:end` of `text` is a fine, costs or a surcharge."""
    return bool(
        COURT_CHARGE_LEFT.search(text, max(0, start - 20), start)
        or COURT_CHARGE_RIGHT.match(text, end)
    )
