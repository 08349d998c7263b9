"""A case's outcomes: its stage, custodial and suspended terms, orders, and who each is for."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from decimal import Decimal

from kg.extract import figures as fig
from kg.extract.cases.base import CaseBase
from kg.extract.cases.patterns import (
    CASH_RIGHT,
    HAS_JUSTICE,
    JAILED_OR_SENTENCED,
    LIST_LINE,
    ONE_NAMED_TOTAL,
    PERIOD_CUE,
    SUBJECT_RE,
    case_total,
    court_charge,
)
from kg.extract.entities.patterns import NAME
from kg.extract.facts import CaseFact, OutcomeFact
from kg.extract.numbers import NUMBER, parse_number

HAD_BEEN_JAILED = re.compile(r"\bhad\s+been\s+(?:jailed|imprisoned|sentenced)\s+(?:to|for)\s+$")
IN_A_YEAR_RIGHT = re.compile(r"\s+(?:in|back\s+in)\s+(?:19|20)\d\d\b")
# "The gang received more than a combined 27 years": a group's total, whoever was named
GROUP_SUBJECT = re.compile(
    r"(?:The|This|Their)\s+(?:gang|group|network|ring|men|women|defendants|pair|trio|brothers)\b"
    r"(?!['’])"
)
TOTAL_WORDS = re.compile(
    r"\b(?:total|totall?ing|combined|between\s+them|sentences\s+of)\b", re.IGNORECASE
)
EACH = re.compile(r"\beach\b", re.IGNORECASE)
# "22 months suspended for two years", "a sentence of 18 months, suspended for 24 months"
SUSPENDED_FOR = re.compile(
    rf"[^.;]{{0,45}}?\bsuspended\s+for\s+(?:a\s+period\s+of\s+)?(?P<n>{NUMBER}|an?)"
    r"[\s-]+(?P<unit>years?|months?)\b",
    re.IGNORECASE,
)
# "received 30 months, with 15 months in custody and 15 months on licence" (Northern Irish
# determinate sentences): the custody part is no term of its own
CUSTODY_PART_LEFT = re.compile(r"\b(?:with|of\s+which)\s+$")
CUSTODY_PART_RIGHT = re.compile(r"\s+(?:to\s+be\s+(?:served|spent)\s+)?in\s+custody\b")
# "to serve 15 months in custody and 15 months on licence": a part, whatever comes before
CUSTODY_THEN_LICENCE = re.compile(
    r"\s+in\s+custody\s+(?:and|followed\s+by|with)\s+[^.;]{0,40}?\bon\s+licen[cs]e\b"
)
# "jailed today nine years after he …": how long ago, no term (no "for" or "to" before)
TIME_SINCE = re.compile(r"\b(?:today|yesterday|this\s+week|on\s+[A-Z][a-z]+day)\s+$")
TIME_SINCE_RIGHT = re.compile(r"\s+(?:after|since)\b")
# "… and Smith, 39, for four and a half years", "… and Burslem, 26, three and a half
# years": a surname (and age) just before the term it was given
# ("…, and her partner Adam for nine years": a relative's word may come before)
RELATION_BEFORE = r"(?P<relation>(?:his|her|their)\s+[a-z]+(?:-[a-z]+)?\s+)?"
NAMED_JUST_BEFORE = re.compile(
    rf"\b(?:and|while|,)\s+{RELATION_BEFORE}(?P<word>[A-Z][\w'’-]+)(?:,\s+\d{{1,2}},)?\s+(?:for\s+)?$"
)
# "Rainey, Colville and Cameron were all jailed for three years": each of them
ALL_GIVEN = re.compile(
    r"\b(?:were|have\s+been)\s+all\s+(?:jailed|sentenced|imprisoned|given|handed)\b", re.IGNORECASE
)
EACH_AFTER = re.compile(r"\s*each\b", re.IGNORECASE)
THEM = re.compile(r"\b(?:jailed|sentenced|imprisoned|gave|handed)\s+them\b", re.IGNORECASE)
BOTH_SUBJECT = re.compile(
    r"^(?:both(?:\s+(?:men|women|defendants|brothers|sisters))?|the\s+pair|the\s+two(?:\s+men|\s+women)?)"
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:jailed|sentenced|imprisoned)\b",
    re.IGNORECASE,
)
STAGES = (
    (
        "Sentenced",
        re.compile(
            r"\b(?:jailed|imprisoned|sentenced|locked\s+up|behind\s+bars|sent\s+to\s+prison|"
            r"sent\s+down|suspended\s+sentence|community\s+order|ordered\s+to\s+(?:pay|hand)|confiscation\s+order|"
            r"(?:given|handed|received|got)\s+(?:[\w-]+\s+){0,3}?(?:years?|months?)|"
            r"(?:jail|prison|custodial)\s+(?:sentences?|terms?)|sentences\s+totall?ing|"
            r"serving\s+(?:[\w-]+\s+){0,3}?(?:sentences?|terms?))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "Convicted",
        re.compile(
            r"\b(?:convicted|found\s+guilty|(?:plead(?:ed|ing)?|pled)\s+guilty|admitted|guilty\s+plea|"
            r"guilty\s+verdicts?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "Charged",
        re.compile(
            r"\b(?:charged|remanded|appeared\s+at|will\s+stand\s+trial|appeared\s+(?:in|before)\s+"
            r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:court|magistrates|sheriff|judge))\b",
            re.IGNORECASE,
        ),
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
    r"\b(?:no\s+one|nobody|none\s+of\s+(?:them|whom))\s+(?:has|have|had)\s+(?:yet\s+)?been\s+"
    r"(?:charged|convicted|sentenced)\b|\bnone\s+(?:yet\s+)?(?:charged|convicted)\b|"
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:charged|convicted|sentenced)\b",
    re.IGNORECASE,
)
ACQUITTED = re.compile(r"\b(?:acquitted|found\s+not\s+guilty|cleared\s+of)\b", re.IGNORECASE)
JAILED = re.compile(r"\b(?:jailed|imprisoned|locked\s+up|put\s+behind\s+bars)\b", re.IGNORECASE)
SENTENCED_TO = re.compile(r"\b(?:sentenced\s+to|given|handed|received)\b", re.IGNORECASE)
DISQUALIFIED = re.compile(r"\b(?:banned|disqualified)\b", re.IGNORECASE)
BEHIND_BARS = re.compile(r"\b(?:behind\s+bars|locked\s+up)\b", re.IGNORECASE)
NOT_A_SENTENCE_LEFT = re.compile(
    r"(?:suspended\s+for|(?<!\bto\s)(?<!\bof\s)(?<!\bfor\s)over\s+(?:a|the)?|\bfor\s+(?:the\s+)?(?:past|last|next)|\baged?|within|"
    # "previously jailed in the last six months": when, not for how long
    r"\b(?:in|during|over)\s+the\s+(?:past|last|next)|"
    # "1,000 years in jail time, in less than two and a half years": how soon
    r"\bin\s+(?:less|more|under)\s+than|\bin\s+under|"
    # "received treatment in hospital for three days": a stay, no term
    r"\b(?:in|to)\s+hospital\s+for|"
    r"after|extra|additional|further|default|or\s+serve|or\s+(?:serve|face)\s+another|between|"
    r"up\s+to\s+a\s+maximum\s+of|"
    r"maximum\s+(?:sentence|penalty)\s+of|default\s+(?:prison\s+)?(?:sentence|term)\s+of|"
    r"(?:fac(?:es?|ed|ing)|could\s+get|risks?)\s+up\s+to|\bran\s+for|lasted|spanning|in\s+the|"
    # an order's length: "an SCPO that will be in place for five years"
    r"\bin\s+(?:place|force)\s+for|\b(?:lasts?|runs?|valid)\s+for|"
    # "sentences averaged five years and three months": no one's term
    r"\baverag(?:ed|ing)|\baverage\s+(?:sentence|term)\s+(?:of|was)|"
    # "a Criminal Behaviour Order lasting five years", "an order running for two years"
    r"\b(?:[Oo]rders?|SCPO|CBO)\s+(?:lasting|running)(?:\s+for)?|"
    r"(?:ranging|range|varying)\s+(?:from|between)\s+[\w.]+(?:\s+(?:years?|months?))?\s+(?:and|to)|"
    r"(?:increased|raised|extended|reduced|cut|lengthened)\s+by|"
    r"(?:banned|disqualified|barred|prohibited)\s+(?:from\s+\w+(?:\s+\w+)?\s+)?for|"
    # a term served before ("He had previously been imprisoned for nine years in 2003"),
    # not an earlier hearing of this case ("was previously jailed for six years for his part")
    r"\bhad\s+previously\s+been\s+(?:jailed|imprisoned|sentenced)\s+(?:to|for)|"
    # a term the judge did not give: "would have been 15 years each, but for their pleas"
    r"\bwould\s+have\s+(?:been|received|got|faced|(?:given|handed)\s+(?:him|her|them))|"
    # "After trial, he would have been sentenced to 14 years": the term a plea avoided
    r"\bwould\s+have\s+been\s+(?:sentenced\s+to|jailed\s+for|given|handed)|"
    r"\bstarting\s+point\s+(?:of|was)|"
    # "The maximum sentence for possessing a prohibited firearm is 10 years", "would have
    # faced a sentence of at least 12 years", "had been on a suspended sentence for two years"
    r"\bmaximum\s+(?:sentence|penalty|term)\b[^.;]{0,60}?\bis(?:\s+up\s+to)?|"
    r"\b(?:sentence|penalty)\s+for\s+[^.;]{0,45}?\bis(?:\s+up\s+to)?|"
    r"\bwould\s+have\s+faced\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:sentence|term)\s+of(?:\s+at\s+least)?|"
    r"\bon\s+an?\s+suspended\s+sentence\s+for)\s*$",
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
    "lasting",
    "running",
    "averaged",
    "averaging",
    "spanning",
    "by",
    "and",
    "been",
    "received",
    "got",
    "faced",
    "him",
    "her",
    "them",
    "was",
    "given",
    "handed",
    "is",
    "least",
    "than",
    "under",
)
# The alternatives that end in "for" ("jailed for" is most windows) need one of these.
NOT_A_SENTENCE_FOR = (
    "previously",
    "hospital",
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
    "would",
)


def not_a_sentence_cue(left: str) -> bool:
    """False when NOT_A_SENTENCE_LEFT cannot match `left` (a cheap test on its end)."""
    tail = left.rstrip().lower()
    if tail.endswith("for"):
        return any(word in tail for word in NOT_A_SENTENCE_FOR)
    return tail.endswith(NOT_A_SENTENCE_ENDS)


NOT_A_SENTENCE_RIGHT = re.compile(
    # "three years on extended licence": the part served outside, no term of its own
    r"\s*(?:on\s+(?:an?\s+)?(?:extended\s+)?licen[cs]e\b|"
    r"-long\b|\s*curfew|\s*(?:electronic\s+)?tag|\s*ago\b|\s*later\b|\s*earlier\b|"
    # "paid £20 for four months' work": what a span of time bought, no term
    r"['’]\s*(?:work|wages|pay|labour|salary|rent|supply)\b|"
    r"\s*(?:(?:police|joint|covert|major|complex|undercover|multi-agency|cross-border)\s+)?"
    r"(?:investigation|operation|inquiry|enquiry|probe)|"
    # "a 16-month Merseyside Police operation": its length, no one's term
    r"\s*(?-i:(?:[A-Z][\w'’-]*\s+){1,3})(?:investigation|operation|inquiry|enquiry|probe)\b|"
    r"\s*(?:sentencing\s+)?hearing|\s*trial\b|\s*(?:youth\s+)?community\s+order|\s*(?:of\s+)?unpaid|"
    # "a five-year slavery and trafficking risk order": the order's length, no term
    r"\s*(?:(?:slavery\s+and\s+)?trafficking\s+(?:risk|prevention)|sexual\s+(?:harm|risk)\s+"
    r"prevention|knife\s+crime\s+prevention|domestic\s+abuse\s+protection)\s+orders?\b|"
    r"\s*\(?(?:STRO|STPO|SHPO|SRO|KCPO|SCPO|CBO)s?\b|"
    r"\s*(?:driving\s+)?ban\b|\s*supervision|\s*rehabilitation|\s*(?:criminal\s+behaviour|"
    r"serious\s+crime\s+prevention)\s+order|\s*restraining|\s*youth\s+rehabilitation|\s*referral\s+order|\s*conditional\s+discharge|"
    r"\s*(?:after|following)\s+(?:his|her|their)\s+release|\s*to\s+(?:pay|repay|settle)|"
    # "detained for four days in hospital", "… under the Mental Health Act", "… while
    # officers searched the loft": no prison term
    r"\s*(?:in\s+hospital|under\s+(?:the\s+)?mental\s+health|under\s+section|"
    r"while\s+(?:officers|police|detectives|investigators|searches|enquiries|inquiries)\b)|"
    # "they will serve five years imprisonment if they fail to pay": the default term
    r"\s*(?:(?:imprisonment|in\s+prison|in\s+jail|in\s+default)\s+)?(?:if|should)\s+"
    r"(?:they|he|she|the\s+\w+)\s+(?:fails?|do(?:es)?\s+not|don['’]t)\s+(?:to\s+)?(?:pay|repay))",
    re.IGNORECASE,
)
# "Man 1: seven years for possession of a firearm": unnamed defendants numbered
# "offenders being jailed for 67 years", "locked up offenders for 1,041 years"
OFFENDERS_IN_GENERAL = re.compile(
    r"\b(?:offenders|criminals|crooks)\s+(?:being\s+|were\s+|have\s+been\s+)?"
    r"(?:jailed|imprisoned|locked\s+up|sentenced)\b|"
    r"\b(?:locked|put)\s+up\s+(?:offenders|criminals|crooks)\b",
    re.IGNORECASE,
)
NUMBERED_DEFENDANT = re.compile(
    r"(?:Man|Woman|Defendant|Male|Female)\s+(?:\d{1,2}|[A-H])\s*:"
    # "A 5th pleaded guilty to burglary and jailed for 18 months"
    r"|An?\s+(?:\d(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"\s+(?:(?:man|woman|defendant|member)\s+)?(?:pleaded|admitted|was|received|got)\b"
)
# a sentence that tells of another person before a term: a name, a relation, a co-accused
OTHER_PERSON_BEFORE = re.compile(
    r"(?<!^)\b(?!Class\b)[A-Z][a-z]+\b|\b(?:co-?accused|co-?defendants?|accomplices?|partner|brother|"
    r"sister|wife|husband|son|daughter|his|her|their|maximum|judge)\b",
)
# "Dean Cole (44), of Grays – 8 yrs", "… of Grays … 8 yrs": a list line's term
LIST_TERM_LEFT = re.compile(r"(?:\s[–—-]|:|\s?…|\s\.\.\.)\s*$")
# "… Paul Tate, 30, of Jarrow (for four years and six months), Lee Dunn, 25, …"
# ("Brian Smith (36) of Millfield Lane, Stainforth, (12 months)": the age in brackets)
BRACKET_TERM_LEFT = re.compile(
    rf"{NAME}(?:(?:,\s*(?:aged\s+)?\d{{2}},?|\s*\(\s*\d{{2}}\s*\),?)\s+(?:of|from)\s+"
    r"[^().;\n]{1,80}?)?"
    r"\s*\(\s*(?:for\s+|jailed\s+for\s+|sentenced\s+to\s+)?$"
)
# Orders a court makes beside a sentence that carry no amount: a plain soc:Outcome with
# the order's name. The verb before the name says it was made, not breached or applied for.
NAMED_ORDER = re.compile(
    r"\b(?P<verb>made\s+(?:the\s+)?subject\s+(?:of|to)|given|handed|received|granted|"
    # "were today hit with maximum term crime prevention orders" (Scotland's)
    r"imposed|issued|served\s+with|made|hit\s+with)\b(?:\s+(?:an?|the|each|also|both|all|two|"
    r"three|four|five|six|seven|eight|nine|ten|\d+|with|them|him|her|maximum|term|"
    r"[\w]+-(?:month|year)))*\s+"
    r"(?P<name>(?:(?:slavery\s+and\s+)?trafficking(?:\s+and\s+exploitation)?|sexual\s+harm|"
    r"(?:serious\s+(?:and\s+organised\s+)?)?crime|knife\s+crime|sexual\s+risk|stalking|"
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
BOTH = re.compile(r"\b(?:both|the\s+pair|the\s+couple|the\s+two)\b", re.IGNORECASE)
SUBJECT_COUNT = re.compile(rf"\b(?:the|all)\s+(?P<n>{NUMBER})\b", re.IGNORECASE)
# "He was jailed …", "At Bolton Crown Court on Friday, he was jailed …"
SINGULAR = re.compile(r"^(?:(?:on|in|at)\s+[^,.;]{3,80},\s+)?(?:he|she)\b", re.IGNORECASE)
# "He", "A 35-year-old man", "On 19 January 2021, a further man": one person the clause
# tells of (a date or place may lead)
ONE_PERSON = re.compile(
    r"^(?:(?:on|in|at)\s+[^,]{3,40},\s+)?(?:he|she|an?\s+(?:further\s+)?"
    r"(?:[\w-]+-year-old|man|woman|boy|girl|teenager|youth))\b",
    re.IGNORECASE,
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
    r"handed|got|detained\s+for|"
    r"serve|serving|total(?:ling)?|combined|prison|custod\w*|suspended|term\s+of|jailing|"
    r"(?:increased|raised|extended|reduced|cut)\s+to)\b[^.;]{0,45}$",
    re.IGNORECASE,
)
SENTENCE_RIGHT = re.compile(
    r"^[^.;]{0,12}?\b(?:in\s+prison|in\s+jail|imprisonment|custod\w*|(?:jail|prison)\s+(?:sentence|term)|"
    r"sentence|behind\s+bars|suspended|detention|in\s+a\s+young\s+offenders?\s+institution)",
    re.IGNORECASE,
)
# "Sentences of six years were handed to X and Y, while four year terms were given to Z":
# the term first, then the people it was given to (up to the clause's end)
HANDED_TO_RIGHT = re.compile(
    r"[\s-]*(?:(?:prison|jail|custodial)\s+)?(?:sentences?|terms?)?\s*(?:were|was)\s+"
    r"(?:handed|given)\s+(?:down\s+)?to\s+",
    re.IGNORECASE,
)
HANDED_TO_END = re.compile(r"[;.]\s|,?\s+(?:while|whilst|but|and\s+(?:a|an|the)\s+)\b")
PAIR_BEFORE = re.compile(
    # "Martin, 44, formerly of Halstead, and Locke, 23, of no fixed address, were both …"
    # "both Abu Ali and Anwaar Chaudhary received jail terms of three years": whole names
    # tell brothers apart
    r"\b(?P<a>(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)"
    r"(?:,\s+\d{1,2},?(?:(?!,\s+[A-Z][\w'’-]+,\s+\d)[^.;]){0,70}?,)?"
    r"\s+and\s+(?P<b>(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)(?:,\s+\d{1,2},?[^.;]{0,70}?,)?\s+"
    r"(?:(?:were|have\s+been|had\s+been)\s+"
    r"(?:each\s+|both\s+|also\s+)?(?:given|jailed|sentenced|handed|imprisoned)|"
    r"(?:each\s+|both\s+)?(?:received|got))\b[^.;]{0,30}$"
)
# "… and three received suspended sentences": the count just before the verb
UNTIMED_COUNT_JUST_BEFORE = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:(?:of\s+them|others|other\s+\w+|more|defendants|men|women|people)"
    r"\s+)?(?:all\s+|each\s+|also\s+)?$",
    re.IGNORECASE,
)
# between a count and "received suspended sentences", a step of other people
ANOTHER_STEP = re.compile(r"\b(?:jailed|imprisoned|sentenced|were|was|the\s+rest|remainder)\b")
# "Two defendants …", "Another two …", "The other three …": people counted, not named
COUNTED_OPENING = re.compile(
    rf"(?:(?:the\s+other|another|a\s+further|those|these)\s+)?(?P<n>{NUMBER})\s+"
    r"(?:(?:men|women|people|defendants|others|brothers|of\s+them)\b|(?=pleaded|admitted|were))",
    re.IGNORECASE,
)
ANOTHER_TERM_AFTER = re.compile(
    rf"\s+and\s+(?:{NUMBER})(?:[\s-]+(?:and\s+a\s+half\s+)?(?:years?|months?))?\b(?!\s+each)",
    re.IGNORECASE,
)
TERM_JOIN = re.compile(r"\s+and\s+")
TERM_LIST_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
LATTER_SUSPENDED = re.compile(r"\bthe\s+latter\s+(?:term\s+)?suspended\b", re.IGNORECASE)
ELIDED_TERM = re.compile(rf"\b(?P<n>{NUMBER})\s+and\s+$", re.IGNORECASE)
ORDER_KEYWORDS = (
    (
        "ConfiscationOrder",
        re.compile(
            # not "was confiscated", "were confiscated": what officers seized
            # "ordered to hand over", not "met the drivers to hand over the cash"
            r"(?<!was\s)(?<!were\s)confiscat|pay\s+back|paid\s+back|repay|"
            r"(?:ordered|forced|made|told|required)\s+to\s+hand\s+over|"
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
NOT_AN_ORDER_LEFT = re.compile(
    r"(?:\bbenefit\w*(?:\s+(?:by|of|from))?|\b(?:conduct|crimes?|offending)\s+to\s+the\s+tune\s+of|"
    r"\bout\s+of|\bconned|\bdefrauded|\blost|\bstole|"
    r"\bswindled|\bcheated|\bscammed|\btricked)\s+(?:(?:more\s+than|over|almost|nearly|around|"
    r"about|just\s+(?:over|under)|some)\s+)?$",
    re.IGNORECASE,
)
# "members of a crime gang … were sent to prison for 119 years": not the one defendant's
PLURAL_VERB = re.compile(r"\bwere\b")
SUSPENDED_NO_TERM = re.compile(
    # "X, 31, …, received a suspended sentence" too
    r"\b(?:(?:(?P<one>was)|were)\s+(?:also\s+)?(?:given|handed)|(?P<one2>received|got))\s+(?:a\s+)?"
    r"suspended\s+"
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
TO_END = re.compile(r"\bto\s*$")
# ("… and Pavel Doru, 38, of Basildon, for 12 years": the same, with "for")
LISTED_AFTER = re.compile(r"(?:\b\d{2}\)?|\b(?:of|from)\s+[A-Z][\w' -]+),\s*(?:for\s+)?$")
# "Nguyen was jailed for five years and six months and Tran for four years"; "…; Manga for"
# ("Paul Spicer received seven years, Gregory Spicer seven years, John Brice five years":
# the verb and "for" may both go)
NAMED_FOR_END = re.compile(
    rf"(?:\band|[,;])\s+{RELATION_BEFORE}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}\s+(?:for\s*)?$"
)
# "…, and Merritt, 40, and 53-year-old Webb five years each"
AGED_NAME_END = re.compile(r"\band\s+\d{2}-year-old\s+[A-Z][\w'’-]+\s*$")
# "Cleland received four years and six months; Sadgrove, two and a half years and Stock
# and Neale two years": the verb said once, then surnames with their terms
NAMED_ELIDED = re.compile(
    r"(?:\band|[,;])\s+(?P<a>[A-Z][\w'’-]+)(?:,|\s+and\s+(?P<b>[A-Z][\w'’-]+))\s*$"
)


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


def term_kind(text: str, start: int, end: int) -> str:
    """Whether the term at text[start:end] is suspended or served in custody."""
    suspended = bool(
        SUSPENDED_RIGHT.search(text[end : end + 40])
        or SUSPENDED_LEFT.search(text[max(0, start - 50) : start])
        or ("suspended" in text[:start] and SUSPENDED_LISTED.search(text, 0, start))
    )
    return "SuspendedSentence" if suspended else "CustodialSentence"


class CaseOutcomes(CaseBase):
    """Stages, terms and orders of a case."""

    def stage(self, text: str) -> str | None:
        text = FUTURE_STAGE.sub(" ", text)  # "will be sentenced on 24 June" has not happened
        if ACQUITTED.search(text) and not any(pattern.search(text) for _, pattern in STAGES[:2]):
            return "Acquitted"  # everyone cleared: nobody was convicted or sentenced
        for stage, pattern in STAGES:
            if pattern.search(text):
                return stage
        return None

    @staticmethod
    def untimed_count(text: str, untimed: re.Match[str], offender: str | None) -> int | None:
        """How many an untimed suspended sentence went to: one named or singular, or
        the people counted before it ("The other six defendants … received suspended
        sentences")."""
        if untimed.group(0).lower().endswith("sentences"):
            # "… and three received suspended sentences"; "the rest received …" says no number
            said = UNTIMED_COUNT_JUST_BEFORE.search(text, 0, untimed.start())
            counted = list(COUNTED_OPENING.finditer(text, 0, untimed.start()))
            if (
                said is None
                and counted
                and not ANOTHER_STEP.search(text, counted[-1].end(), untimed.start())
            ):
                said = counted[-1]  # "The other six defendants, all from Bristol, received"
            value = parse_number(said.group("n")) if said else None
            return int(value) if value is not None and value == int(value) else None
        return 1 if offender or untimed.group("one") or untimed.group("one2") else None

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
                        person_count=self.untimed_count(text, untimed, offender),
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
        self.suspension_periods(case)

    def suspension_periods(self, case: CaseFact) -> None:
        """How long each suspended sentence is suspended for, said just after its term."""
        for outcome in case.outcomes:
            if outcome.kind != "SuspendedSentence" or outcome.suspended_for_months is not None:
                continue
            sentence = self.view.sentence_at(outcome.span.start)
            match = SUSPENDED_FOR.match(sentence.text, outcome.span.end - sentence.start)
            value = parse_number(match.group("n")) if match else None
            if match is None or value is None:
                continue
            months = value * (12 if match.group("unit").lower().startswith("year") else 1)
            if months == int(months):
                outcome.suspended_for_months = int(months)

    def line_of(self, sentence) -> str:
        """The whole line a sentence stands in: "- Craig Hollings, 48, Sarah Street, Darwen.
        Guilty to supplying cocaine: Eight years." is one list line of two sentences."""
        text = self.view.text
        start = text.rfind("\n", 0, sentence.start) + 1
        end = text.find("\n", sentence.end)
        return text[start : end if end != -1 else len(text)]

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
        if (handed := HANDED_TO_RIGHT.match(text, end)) is not None:
            named = self.named_in_clause(sentence, handed.end(), defendants)
            if named:
                return self.each_given(case, sentence, start, end, value, unit, named)
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
                    or AGED_NAME_END.search(left)
                )
            )
            or (
                left.rstrip()[-1:] in ("–", "—", "-", ":", "…", ".")
                and LIST_TERM_LEFT.search(left)
                and (LIST_LINE.match(text) or LIST_LINE.match(self.line_of(sentence)))
            )
            or (
                "(" in left[-22:]
                and right.lstrip()[:1] == ")"
                and BRACKET_TERM_LEFT.search(text, max(0, start - 130), start)
                and (
                    JAILED_OR_SENTENCED.search(text)
                    or BEHIND_BARS.search(text)
                    # a list line that is a defendant and a bracketed term, nothing else
                    or (LIST_LINE.match(text) and text.rstrip(" .;").endswith(")"))
                )
                and not DISQUALIFIED.search(text)  # "banned from driving: X (for three years)"
            )
        ):
            return False
        if (
            CUSTODY_PART_LEFT.search(left) and CUSTODY_PART_RIGHT.match(right)
        ) or CUSTODY_THEN_LICENCE.match(text, end):
            return False  # "30 months, with 15 months in custody": the term's first part
        if (
            TIME_SINCE.search(left)
            and TIME_SINCE_RIGHT.match(right)
            and text[start:end].lower() not in str(self.ex.meta.get("title") or "").lower()
        ):
            # "jailed today five years after he …": a time; unless the headline gives that
            # term ("… jailed for nine years": "jailed today nine years after he …" is a pun)
            return False
        if PER_PERIOD_PAY.search(left):
            return False  # "as little as £20 a week": pay, not a term
        named_here = any(sentence.start <= m.start() < sentence.end for _, m in defendants)
        if not named_here and (
            fig.running_total(text)
            or (OFFENDERS_IN_GENERAL.search(text, 0, start) and PERIOD_CUE.search(text))
        ):
            # "Since launching in 2019, the squad has locked up offenders for 1,041 years",
            # "In June 2021 alone, … offenders being jailed for 67 years": no case's term
            return False
        if RANGE_OF_TERMS.search(left):
            return False  # "sentences of between four and ten years": a range, no one's term
        if HAD_BEEN_JAILED.search(left) and IN_A_YEAR_RIGHT.match(right):
            return False  # "Gray had been jailed for nine years in 2015": an earlier case's
        if PREVIOUSLY_CONVICTED.search(text, 0, start):
            return False  # "had previously been convicted … and jailed in 2012 for 10 months"
        if (
            single
            and case_total(text, start, end)
            and ((count or 0) != 1 or GROUP_SUBJECT.match(text))
            and not ONE_NAMED_TOTAL.match(text)
        ):
            return False  # a case total: kept as a CustodialYears figure instead
        qualifier = fig.qualifier_before(text, start)
        kind = term_kind(text, start, end)
        span = self.view.span(sentence.start + start, sentence.start + end, 0.8)
        total = TOTAL_WORDS.search(left + right) and not ONE_NAMED_TOTAL.match(text)
        pair = [] if total else self.pair_before(text, start, bool(previous))
        if len(pair) == 2 and not EACH_AFTER.match(right):
            # "Dunn and Shaw were jailed for 12 years and 11 years": one term each, in turn
            if ANOTHER_TERM_AFTER.match(text, end):
                pair = pair[:1]
            elif previous and TERM_JOIN.fullmatch(text, previous, start):
                pair = pair[1:]
        if pair:
            for key in pair:
                case.outcomes.append(
                    OutcomeFact(kind, span, value, qualifier, unit, 1, offender_key=key)
                )
            return True
        all_given = ALL_GIVEN.search(left) is not None
        if (EACH.search(left) or EACH_AFTER.match(right) or all_given) and not total:
            # "X, 25, and Y, 23, were jailed for four years each": each one named before
            named = [
                key
                for key, match in defendants
                if sentence.start + previous <= match.start() < sentence.start + start
            ]
            # "…, and Merritt, 40, and 53-year-old Webb five years each": named by surname
            # here, whoever was found by their whole name earlier
            by_surname = self.surnames_before(text[previous:start]) if previous else []
            named += [key for key in by_surname if key not in named]
            if not named and text[:5] == "They ":
                named = self.those_counted_before(sentence, defendants)
            if not named and all_given:
                named = self.surnames_before(text[previous:start])
            if named:
                for key in named:
                    case.outcomes.append(
                        OutcomeFact(kind, span, value, qualifier, unit, 1, offender_key=key)
                    )
                return True
        keys = (
            self.named_shortly_before(case, sentence, defendants)
            if not total and EACH_AFTER.match(right) and THEM.search(left)
            else []
        )
        if len(keys) >= 2:
            # "X, 56, and Y, 39, … The judge jailed them for 10 years each": the people just
            # named, not one sentenced earlier in the story
            for key in keys:
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

    def named_in_clause(
        self, sentence, position: int, defendants: list[tuple[str, re.Match[str]]]
    ) -> list[str]:
        """The defendants named from `position` to the end of its clause."""
        stop = HANDED_TO_END.search(sentence.text, position)
        limit = sentence.start + (stop.start() if stop else len(sentence.text))
        named = [key for key, m in defendants if sentence.start + position <= m.start() < limit]
        return list(dict.fromkeys(named))

    def each_given(
        self,
        case: CaseFact,
        sentence,
        start: int,
        end: int,
        value: Decimal,
        unit: str,
        keys: list[str],
    ) -> bool:
        """The term at sentence[start:end] for each of `keys`, one outcome each."""
        text = sentence.text
        kind = term_kind(text, start, end)
        span = self.view.span(sentence.start + start, sentence.start + end, 0.8)
        qualifier = fig.qualifier_before(text, start)
        for key in keys:
            case.outcomes.append(
                OutcomeFact(kind, span, value, qualifier, unit, 1, offender_key=key)
            )
        return True

    def named_shortly_before(
        self, case: CaseFact, sentence, defendants: list[tuple[str, re.Match[str]]]
    ) -> list[str]:
        """Defendants named in the two sentences before `sentence` who have no term yet."""
        sentences = self.view.sentences
        number = next((i for i, s in enumerate(sentences) if s.start == sentence.start), 0)
        since = sentences[max(0, number - 2)].start
        sentenced = {o.offender_key for o in case.outcomes if o.offender_key}
        return list(
            dict.fromkeys(
                key
                for key, match in defendants
                if since <= match.start() < sentence.start and key not in sentenced
            )
        )

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

    def named_in_sentence_before(
        self, sentence, defendants: list[tuple[str, re.Match[str]]]
    ) -> list[str]:
        """The defendants the sentence before this one names, in order."""
        sentences = self.view.sentences
        number = next((i for i, s in enumerate(sentences) if s.start == sentence.start), 0)
        if number == 0:
            return []
        before = sentences[number - 1]
        named = sorted(
            (m.start(), key) for key, m in defendants if before.start <= m.start() < before.end
        )
        return list(dict.fromkeys(key for _, key in named))

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
                offender = self.offender_for(sentence, match.start(), defendants)
                if offender is None and SINGULAR.match(text):
                    # "He was also given a Serious Crime Prevention Order": the one just named
                    offender = self.only_one_named_before(sentence) or self.named_just_before(
                        sentence, defendants
                    )
                people = [offender]
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
        if not (JAILED.search(text) or SENTENCED_TO.search(text)):
            return False
        if "respectively" not in text:
            # "X, Y and Z … were jailed for two years, 18 months and 14 months": in turn too
            return self.terms_in_turn(case, sentence, defendants)
        # not "the latter suspended for two years": how long a term is suspended
        terms = tuple(
            term
            for term in fig.durations(text)
            if not (
                not_a_sentence_cue(text[max(0, term[0] - 50) : term[0]])
                and NOT_A_SENTENCE_LEFT.search(text[max(0, term[0] - 50) : term[0]])
            )
        )
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
        if not named and len(terms) >= 2 and text.startswith("They "):
            # "X, 27, …, Y, 41, … and Z, 47, … also played roles. They were jailed for …,
            # … and two years respectively": the people the sentence before named
            named = self.named_in_sentence_before(sentence, defendants)
        kinds = self.respective_kinds(text, terms)
        counted = COUNTED_OPENING.match(text) if not named and len(terms) >= 2 else None
        if counted and parse_number(counted.group("n")) == len(terms):
            # "Two defendants … were sentenced to ten years and 7 years respectively"
            for (start, end, value, unit), kind in zip(terms, kinds, strict=True):
                span = self.view.span(sentence.start + start, sentence.start + end, 0.7)
                case.outcomes.append(OutcomeFact(kind, span, value, "Exact", unit, 1))
            return True
        if len(terms) < 2 or len(named) != len(terms):
            return False
        for key, (start, end, value, unit), kind in zip(named, terms, kinds, strict=True):
            span = self.view.span(sentence.start + start, sentence.start + end, 0.7)
            case.outcomes.append(OutcomeFact(kind, span, value, "Exact", unit, 1, offender_key=key))
        return True

    def terms_in_turn(
        self, case: CaseFact, sentence, defendants: list[tuple[str, re.Match[str]]]
    ) -> bool:
        """Three or more terms listed after one verb, as many people named before them."""
        text = sentence.text
        if text.count(",") < 2:
            return False
        terms = fig.durations(text)
        if len(terms) < 3 or not all(
            TERM_LIST_GAP.fullmatch(text, a[1], b[0]) for a, b in itertools.pairwise(terms)
        ):
            return False
        first = terms[0][0]
        named = list(
            dict.fromkeys(
                key
                for key, match in defendants
                if sentence.start <= match.start() < sentence.start + first
            )
        )
        if (
            len(named) != len(terms)
            or EACH.search(text[:first])
            or EACH_AFTER.match(text, terms[-1][1])
        ):
            return False
        for key, (start, end, value, unit) in zip(named, terms, strict=True):
            span = self.view.span(sentence.start + start, sentence.start + end, 0.7)
            case.outcomes.append(
                OutcomeFact("CustodialSentence", span, value, "Exact", unit, 1, offender_key=key)
            )
        return True

    @staticmethod
    def respective_kinds(text: str, terms: tuple[tuple[int, int, Decimal, str], ...]) -> list[str]:
        """Custodial or suspended, term by term: "suspended sentences of 18 months and two
        years respectively" (all), "a six-and-a-half-year prison sentence and a two year
        suspended sentence" (the one it follows), "…, the latter suspended" (the last)."""
        if not terms:
            return []
        if SUSPENDED_LEFT.search(text, 0, terms[0][0]) or re.search(
            r"\bsuspended\s+(?:prison\s+|jail\s+)?sentences\s+of\s*$", text[: terms[0][0]]
        ):
            return ["SuspendedSentence"] * len(terms)
        starts = [term[0] for term in terms[1:]] + [len(text)]
        kinds = [
            "SuspendedSentence"
            if SUSPENDED_RIGHT.search(text[end : min(after, end + 40)])
            else "CustodialSentence"
            for (_, end, _, _), after in zip(terms, starts, strict=True)
        ]
        if LATTER_SUSPENDED.search(text):
            kinds[-1] = "SuspendedSentence"
        return kinds

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

    def whole_name(self, key: str) -> str:
        return self.ex.people[key].name_pattern()

    def surnames_before(self, text: str, least: int = 2) -> list[str]:
        """The defendants a stretch names by surname ("Rainey, Colville and Cameron"), in
        order, when it names `least` or more and each surname is one defendant's."""
        people = [p for p in self.ex.people.values() if p.defendant]
        by_surname: dict[str, list[str]] = {}
        for person in people:
            by_surname.setdefault(person.name.split()[-1], []).append(person.key)
        named = [
            (mention.start(), key)
            for surname, keys in by_surname.items()
            for key in keys
            # brothers by their whole names ("Umar Ali …; Yusuf Ali was jailed for …")
            for mention in re.finditer(
                rf"\b(?:{re.escape(surname) if len(keys) == 1 else self.whole_name(key)})\b",
                text,
            )
        ]
        keys = list(dict.fromkeys(key for _, key in sorted(named)))
        return keys if len(keys) >= least else []

    def offender_for(
        self, sentence, position: int, defendants: list[tuple[str, re.Match[str]]]
    ) -> str | None:
        absolute = sentence.start + position
        best = None
        nearest = -1
        for key, match in defendants:  # the one named nearest before the term
            if sentence.start <= match.start() < absolute and match.start() > nearest:
                best, nearest = key, match.start()
        if (
            best is None
            and LIST_TERM_LEFT.search(sentence.text, max(0, position - 50), position)
            and not OTHER_PERSON_BEFORE.search(sentence.text, 0, position)
            and LIST_LINE.match(self.line_of(sentence))
        ):
            # "- Craig Hollings, 48, Sarah Street, Darwen. Guilty to …: Eight years": the
            # list line's own defendant, named in its first sentence; never a term told of
            # someone else ("His co-accused, Mark Pilling, received four years")
            line_start = self.view.text.rfind("\n", 0, sentence.start) + 1
            on_line = [key for key, m in defendants if line_start <= m.start() < sentence.start]
            if len(on_line) == 1:
                return on_line[0]
        if best:
            # "Hardy, 42, was jailed for five years and Smith, 39, for four and a half
            # years": a defendant named by surname after that one is nearer
            window = sentence.text[max(nearest - sentence.start + 1, position - 25) : position]
            later = self.surnames_before(window, 1)
            just = NAMED_JUST_BEFORE.search(window)
            if later and just:
                return later[-1]
            if just:
                # "…, and her partner Adam for nine years": a defendant by first name
                firsts = [
                    key
                    for key, person in self.ex.people.items()
                    if person.defendant and person.name.split()[0] == just.group("word")
                ]
                if len(firsts) == 1:
                    return firsts[0]
                if just.group("relation"):
                    return None  # "…, and her partner Adam for nine years": not her term
            return best
        people = [p for p in self.ex.people.values() if p.defendant]
        surnames = Counter(p.name.split()[-1] for p in people)
        mentions: list[tuple[int, int, str]] = []
        for person in people:
            last = person.name.split()[-1]
            # brothers "Liam Costello" and "Sean Costello": only the whole name tells them apart
            said = person.name_pattern() if surnames[last] > 1 else None
            for mention in re.finditer(
                rf"\b(?:{said or f'{person.name_pattern()}|{re.escape(last)}'})\b",
                sentence.text[:position],
            ):
                mentions.append((mention.start(), mention.end(), person.key))
        just = NAMED_JUST_BEFORE.search(sentence.text, max(0, position - 40), position)
        if just is not None and just.group("word") not in surnames:
            # "Holt was jailed for seven years, and her partner Adam for nine years"
            firsts = [p.key for p in people if p.name.split()[0] == just.group("word")]
            if len(firsts) == 1:
                return firsts[0]
        # "John Paul Reilly was jailed": not his son "Paul Reilly", named inside it
        whole = [
            m
            for m in mentions
            if not any(
                o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0] for o in mentions
            )
        ]
        return max(whole)[2] if whole else best

    def pair_before(self, text: str, start: int, listed: bool = False) -> list[str]:
        """'while Dwyer and Dodd were given five and a half years': both got the term;
        after an earlier term in the sentence, '… and Stock and Neale two years' too."""
        pair = PAIR_BEFORE.search(text, max(0, start - 200), start)
        if pair is None and listed:
            pair = NAMED_ELIDED.search(text, max(0, start - 40), start)
            if pair is not None and pair.group("b") is None:
                pair = None
        if pair is None:
            return []
        # a defendant's surname; else anyone named without a post ("William Locke of
        # Devon Road … were the runners", never given an age)
        surnames = {
            person.name.split()[-1]: key
            for key, person in self.ex.people.items()
            if not person.posts
        }
        surnames |= {
            person.name.split()[-1]: key
            for key, person in self.ex.people.items()
            if person.defendant
        }
        by_name = {person.name: key for key, person in self.ex.people.items()}
        keys = [
            by_name.get(pair.group(g)) or surnames.get(pair.group(g).split()[-1])
            for g in ("a", "b")
        ]
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
            if court_charge(text, start, end):
                continue  # "fined £500 and ordered to pay £620 costs": the court's charges
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
