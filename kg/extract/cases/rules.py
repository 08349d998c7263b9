"""Cases: who was jailed or charged, for what, where, for how long, and for how much.

A case starts at a sentence whose subject is a group of defendants ("three
brothers", "Twelve members of a Luton organised crime group", "A man") or a
named defendant ("X, 34, of Luton"), followed by a justice verb. A year-end
round-up holds many cases, one per such sentence; a single-case release is
one case over the whole text, with one outcome per sentenced defendant.
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.extract import figures as fig
from kg.extract.caseless import Caseless
from kg.extract.cases.agencies import CaseAgencies
from kg.extract.cases.base import Segment
from kg.extract.cases.kind import DocumentKind
from kg.extract.cases.money import CaseMoney, hedged_twin
from kg.extract.cases.outcomes import COUNTED_OPENING, CaseOutcomes
from kg.extract.cases.patterns import (
    BULLET,
    CHARGED_WITH,
    COLLECTIVE_NOUNS,
    DEFENDANT_NOUNS,
    GROUP_NOUNS,
    HAS_JUSTICE,
    HEDGE_RANGES,
    LIST_LINE,
    OF_THOSE,
    ONE_NAMED_TOTAL,
    OPERATION_RE,
    ORDINAL_DEFENDANT,
    ORDINALS,
    PERIOD_CUE,
    SAYS_COLON,
    WIDER_GROUP,
)
from kg.extract.cases.people import CasePeople
from kg.extract.cases.segments import Segments
from kg.extract.facts import CaseFact, FigureFact, OutcomeFact, PostFact, Span
from kg.extract.numbers import NUMBER, parse_number
from kg.extract.offences import find_offences, most_specific

# "burglary and theft offences": theft named as an offence of its own
THEFT_BESIDE = re.compile(
    r"\b(?:burglar\w*|robber\w*)\s+(?:and|or)\s+$|^\s+(?:offences|and\s+burglar|or\s+burglar)"
)
# "arrested for producing cannabis", not "had been arrested for burglary in 2021"
ARRESTED_FOR = re.compile(
    r"(?<!\bhad\sbeen\s)(?<!\bpreviously\s)(?<!\bpreviously\sbeen\s)\barrested\s+for\s+"
    r"(?!questioning\b)(?![^.;]*\bin\s+(?:19|20)\d\d\b)"
)
# a round-up's count of people, named nowhere and placed nowhere, this many or more is the
# period's count, not one case's defendants
PERIOD_COUNT = 20
# "Twenty-four members of an organised crime group": one group's people, a case
GROUP_MEMBERS = re.compile(r"\b(?:members|gang|group|network|ring|syndicate)\b", re.IGNORECASE)
SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|since)\b", re.IGNORECASE)
DRUG_NAMED = re.compile(
    r"\b(?:cocaine|heroin|cannabis|crack|amphetamines?|ketamine|mdma|ecstasy|drugs)\b", re.I
)
IN_ALL = re.compile(
    rf"\b(?:in\s+all|in\s+total|altogether|overall),?\s+(?P<n>\d+|{NUMBER})\s+"
    r"(?:people|men|women|defendants|members|offenders|gang\s+members)"
    # "In total ten members of the network have now been sentenced"
    r"(?:\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:gang|group|network|ring|conspiracy))?"
    r"\s+(?:have\s+|had\s+)?"
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
WHOLE_GROUP = re.compile(
    # "Gallagher was one of 12 people sentenced today"
    rf"\b(?:were|was|are|is)\s+(?:among|one\s+of)\s+(?:the\s+)?(?P<n>\d+|{NUMBER})\s+{GROUP_NOUNS}\s+"
    r"(?:(?:who\s+)?(?:were|have\s+been|had\s+been)\s+)?(?:convicted|jailed|sentenced|charged|"
    r"imprisoned|locked\s+up|sent\s+to\s+prison)\b"  # "one of seven people sent to prison"
    rf"|\bsentences\s+(?:totalling|totaling)\s+[^.;]{{1,100}}?\s+(?:for|to)\s+(?:the\s+)?"
    rf"(?P<n2>\d+|{NUMBER})\s+{GROUP_NOUNS}\b"
    rf"|\b(?:charged|convicted|jailed|sentenced)\s+a\s+total\s+of\s+(?P<n3>\d+|{NUMBER})\s+"
    rf"{GROUP_NOUNS}\b"
    rf"|\ba\s+total\s+of\s+(?P<n4>\d+|{NUMBER})\s+{GROUP_NOUNS}\s+(?:have\s+|had\s+)?"
    r"(?:now\s+)?(?:been|were)\s+(?:convicted|jailed|sentenced|charged)\b",
    re.IGNORECASE,
)
COURT_TOTAL = re.compile(r"\b(?:jailed|sentenced|convicted|imprisoned|locked\s+up|sent\s+to)\b")
# "sentences totalling more than 300 years for 95 people across Kent": a county's total
ACROSS_AFTER = re.compile(r"\s+across\s+(?-i:[A-Z])")
# "the court heard how the 11 defendants pleaded guilty to their roles"
THE_N_DEFENDANTS = re.compile(
    rf"\bthe\s+(?P<n>\d+|{NUMBER})\s+(?:defendants|gang\s+members)\s+(?:all\s+|had\s+)?"
    r"(?:pleaded|admitted|were\s+(?:jailed|sentenced|convicted))\b",
    re.IGNORECASE,
)
# A headline that counts the people when the story does not: "… as 11 money mules are
# jailed", "Gang of six jailed for …", "Five jailed after cocaine plot"
TITLE_COUNT = re.compile(
    rf"(?:^|\b(?:as|after|and)\s+)(?:(?:a\s+)?(?:gang|group|network)\s+of\s+)?"
    rf"(?P<n>\d+|{NUMBER})\s+(?:(?:[\w'’-]+\s+){{0,3}}?(?:{DEFENDANT_NOUNS})\s+)?"
    r"(?:are\s+|were\s+|have\s+been\s+)?(?:jailed|sentenced|convicted|imprisoned|locked\s+up)\b",
    re.IGNORECASE,
)
STRONG_GROUP = re.compile(
    rf"\b(?P<n>\d+|{NUMBER})-(?:strong|member|man)\s+(?:[\w-]+\s+){{0,3}}?(?:gang|group|network|crew|OCG)\b",
    re.IGNORECASE,
)
QUOTED_CHARGE = re.compile(
    r"\bcharged\s+(?:[\w-]+\s+){1,5}?with\s+(?:[\w-]+\s+){0,6}?(?:offences|charges)\b"
)
# "A third man, Paul Kerrigan, 46, …, who was accused of …, was found not guilty": the
# clause after a defendant's name clears him (and names no one else's verdict).
CLEARED_AFTER = re.compile(
    r"(?:(?!\b(?:and|convicted|jailed|sentenced|admitted)\b)[^.;]){0,100}?"
    r"\b(?:was|were|has\s+been)\s+(?:found\s+not\s+guilty|acquitted|cleared)\b",
    re.IGNORECASE,
)
UNNAMED_YOUTH = re.compile(
    r"\b[Aa]n?\s+(?:\d{2}|[a-z]+)-year-old\s+(?:boy|girl|youth|teenager|man|woman)\b[^.;\n]{0,60}?"
    r"\bwho\s+(?:cannot|can\s*not|could\s+not)\s+be\s+(?:named|identified)"
)
SAME_OFFENCE = re.compile(r"\bthe\s+same\s+(?:offences?|charges?|crimes?)\b", re.IGNORECASE)
# "laundering the proceeds of drug trafficking": the crime the money came from is not
# the one charged.
PROCEEDS_OF = re.compile(r"\bproceeds\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?$", re.IGNORECASE)
# "sending millions of pounds generated by alcohol duty fraud to Dubai": the crime the
# laundered money came from, when laundering is the charge
GENERATED_BY = re.compile(
    r"\b(?:money|cash|funds|pounds|profits?)\s+(?:generated|made|obtained|raised)\s+"
    r"(?:by|from|through)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "… jailed for 86 years", "… locked up for a total of 40 years" in a headline
HEADLINE_JAILED = re.compile(
    r"\b(?:jailed|sentenced|locked\s+up|imprisoned|behind\s+bars)\s+(?:for\s+|to\s+)?"
    r"(?:a\s+(?:total|combined)\s+(?:of\s+)?|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
RELEASED_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:released|freed|bailed)\s+(?:pending|under|without|on\s+bail)", re.I
)
HURT_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:treated|taken\s+to\s+hospital|injured|hurt|wounded|died)\b", re.I
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
HAS_CHARGE_WORDS = Caseless(CHARGE_WORDS)
AGES_LIST = re.compile(
    r"\b(?:men|women|people|suspects|teenagers|boys|girls|defendants)\s*,?\s+aged\s+"
    r"(?P<ages>\d{2}(?:\s*,\s*\d{2})*\s+and\s+\d{2})\b"
)
# "laundered cash for drug dealers": the launderers' clients' crime is not charged.
LAUNDERED_FOR = re.compile(
    r"launder\w*\b[^.;]{0,60}\b(?:for|on\s+behalf\s+of)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
FRAUDSTER = re.compile(r"\b(?:fraudsters?|con ?m[ae]n|swindlers?)\b", re.IGNORECASE)
CANNABIS_GROWN = re.compile(
    r"\bcannabis\s+(?:plants?|farms?|factory|factories|grow)|\bgrow(?:ing)?\s+cannabis", re.I
)
CLIENTS = re.compile(r"drugs?\s+(?:dealers?|gangs?|networks?|rings?)", re.IGNORECASE)


def theft_charge(text: str, start: int, end: int) -> bool:
    """Whether the theft found at text[start:end] is an offence of its own ("burglary and
    theft offences"), not the stealing a burglary or car theft involves."""
    return bool(
        THEFT_BESIDE.search(text[max(0, start - 20) : start])
        or THEFT_BESIDE.match(text, end, end + 16)
    )


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


# "A drug gang ringleader has been jailed", "A crime boss who ran …"
LEAD_RINGLEADER = re.compile(
    # never "A driver for a crime boss has been jailed": the words before say who
    r"(?i:an?)\s+(?:(?!(?:for|of|to|with|by|and)\b)[\w-]+\s+){0,3}?(?:ringleader|ring-leader|"
    r"gang\s+leader|crime\s+boss|drugs?\s+boss|kingpin|mastermind)\s+(?:has|have|was|who)\b"
    # "THE HEAD of an organised criminal gang … has been jailed"
    r"|(?i:the\s+(?:head|leader|boss))\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:gang|group|network|OCG|ring)\b[^.]{0,80}?\b(?:has|was)\s+(?:this\s+week\s+)?been\s+"
    r"(?:jailed|sentenced|convicted|charged)"
)
WITH_OTHERS = re.compile(r"\b(?:along\s+with|alongside|together\s+with|as\s+well\s+as)\b")
PART_BEFORE = re.compile(
    r"\b(?:[Cc]ouriers?|[Dd]rivers?|[Dd]ealers?|[Rr]unners?|[Aa]ccomplices?|[Ll]ieutenants?)\s+$"
)
# "Three men were also arrested on suspicion of facilitation offences": more people
ALSO_ARRESTED = re.compile(
    rf"(?P<n>{NUMBER})\s+(?:other\s+|more\s+)?(?:men|women|people|suspects|others|teenagers)\s+"
    r"(?:were\s+also|(?:have|had)\s+also\s+been)\s+arrested\b",
    re.IGNORECASE,
)
# A sentence about people not told of before: its terms are theirs, not ones said again
OTHER_PEOPLE = re.compile(
    rf"(?:Another|A\s+further|The\s+other)\s+(?:{NUMBER})\b"
    r"|An?\s+(?:\d(?:st|nd|rd|th)|fifth|sixth|seventh|eighth|ninth|tenth)\s"
)
# "A 23-year-old man's been jailed", "A 41-year-old Luton man has been charged"
LEAD_AGE = re.compile(
    r"An?\s+(?P<age>1[4-9]|[2-9]\d)-year-old\s+(?:[A-Z][\w-]+\s+){0,2}(?:man|woman)\b"
    # the one justice was done to, not "A 78-year-old man who was robbed …"
    r"(?:\s+(?:from|of)\s+[^,.;]{1,40}?)?(?:['’]s|\s+has|\s+was|\s+is)\s+(?:now\s+)?(?:been\s+)?"
    r"(?:jailed|sentenced|charged|convicted|arrested|found\s+guilty|ordered|handed|given)\b"
)


class CaseRules(DocumentKind, Segments, CasePeople, CaseAgencies, CaseOutcomes, CaseMoney):
    """Finds cases and period figures in one release."""

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
            if roundup:
                anchors = sorted([*anchors, *self.named_examples(anchors)], key=lambda a: a[0])
            segments = self.roundup_segments(anchors) if roundup else self.single_segment(anchors)
            headline = None if roundup else self.headline_counts_parts(anchors)
            if headline is not None and len(segments) == 1:
                segments[0].count = headline  # the parts' people, all five of them
                segments[0].description = None  # the first part describes two of them
            if not roundup and not segments and (examples := self.named_examples(anchors)):
                # "… has taken 104 firearms off the streets this year", then the people
                # jailed for some of them, each named: a review with its examples
                roundup = True
                segments = self.roundup_segments(sorted([*anchors, *examples], key=lambda a: a[0]))
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
            # "arrested for producing cannabis and money laundering" likewise
            parts += [
                s.text
                for s in sentences
                if "on suspicion of" in s.text or ARRESTED_FOR.search(s.text)
            ]
        theft_named = False  # "theft offences" is a charge; "stealing gold" tells a burglary
        for part in parts:
            for slug, at, stop in find_offences(part):
                theft_named = theft_named or (slug == "theft" and theft_charge(part, at, stop))
                if (
                    slug not in offences
                    and not PROCEEDS_OF.search(part, max(0, at - 20), at)
                    and not LAUNDERED_FOR.search(part, max(0, at - 90), at)
                    and not (GENERATED_BY.search(part, max(0, at - 50), at) and "aunder" in text)
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
        if single and "drugs" in offences and not any(o.startswith("drug-") for o in offences):
            # "jailed … for drugs offences", and "The gang was supplying … Class A drugs"
            # told as the story: the drugs offence the story names
            named = [
                slug
                for sentence in sentences
                if sentence.text[:1] not in "\"“‘'"
                for slug, _at, _stop in find_offences(sentence.text)
                if slug.startswith("drug-")
            ]
            if named:
                offences = [o for o in offences if o != "drugs"] + list(dict.fromkeys(named))
        offences = most_specific(offences)
        if "county-lines" in offences and "drug-supply" not in offences:
            # a county line is drug supply (skos:broader): the supply is the charge, as
            # releases and analysts both record it
            offences.insert(offences.index("county-lines"), "drug-supply")
        if "money-laundering" in offences and "drug-supply" in offences:
            clients = [
                CLIENTS.fullmatch(part[at:stop])
                for part in parts
                for slug, at, stop in find_offences(part)
                if slug == "drug-supply"
            ]
            if clients and all(clients):  # "laundered cash for drug dealers": the clients' crime
                offences.remove("drug-supply")
        defendants = self.defendants(start, end)
        cleared = [key for key, match in defendants if CLEARED_AFTER.match(text, match.end())]
        if cleared and len(cleared) < len(defendants):
            # the people convicted are the case's defendants; the one cleared is not
            defendants = [(key, match) for key, match in defendants if key not in cleared]
            for key in cleared:
                self.ex.people[key].defendant = False
        if single and len(defendants) == 1:
            self.age_from_lead(defendants[0][0])
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
            if single and view.mentions(start, end, "among", "total", "one of")
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
            if HURT_AFTER.match(self.view.text, ordinal.end()):
                continue  # "while a third, aged 19, was treated in hospital": a victim
            count = max(
                count or 0, ORDINALS[(ordinal.group("nth") or ordinal.group("nth_aged")).lower()]
            )
        later = (
            OF_THOSE.search(self.view.text, start, end)
            if self.view.matches(OF_THOSE_LOWER, start, end)
            else None
        )
        # "A total of 13 men were sentenced": the whole group counted in court, which "Five
        # of the gang have been jailed for rapes" does not lower (but "In total, 25 people
        # have been charged and 9 of them … convicted" counts the nine)
        stated = next((m.group(0) for m in (in_all, whole) if m), "")
        if later and single and not COURT_TOTAL.search(stated):
            # "Fourteen of those arrested have been charged"
            value = parse_number(
                later.group("count") or later.group("count2") or later.group("count3")
            )
            if value is not None:
                count = int(value)
        if cleared and defendants:
            count = len(defendants)  # "a third man … was found not guilty" is not one of them
        if count is None and single and (titled := TITLE_COUNT.search(title)) is not None:
            value = parse_number(titled.group("n"))
            if value is not None and value == int(value) and 2 <= value <= 60:
                count = int(value)
        anchor = self.view.sentences[segment.anchor]
        if not offences and count is None and not defendants:
            return None
        places = self.entities.places_in(start, end)
        if (
            not single
            and not defendants
            and not places
            and (count or 0) >= PERIOD_COUNT
            and not GROUP_MEMBERS.search(segment.description or "")
        ):
            # a round-up's "A total of 44 people have been charged with drugs offences":
            # a period's count of people nowhere, no case
            return None
        label = self.label(segment, offences, single, [key for key, _ in defendants])
        case = CaseFact(label=label, span=self.view.span(anchor.start, anchor.end, 0.75))
        case.offences = offences
        case.defendant_count = count
        case.defendant_description = segment.description
        case.defendant_keys = [d for d, _ in defendants]
        case.place_keys = places
        case.group_keys = self.groups_in(start, end)
        self.ringleaders(case, start, end)
        if single:
            self.ringleader_in_lead(case, [(key, m.start()) for key, m in defendants], start, end)
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
        case.led_by = self.leads()
        # a release of one case credits its supporters anywhere ("The operation was also
        # supported by …" closes many)
        wide = (view.release.body_start, len(view.text)) if single else (start, end)
        case.supported_by = self.supporters(*wide, case.led_by)
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
        if single and case.stage == "Arrested" and case.defendant_count is None:
            arrests = [
                f.value
                for f in case.figures
                if f.measure == "Arrests"
                and not PERIOD_CUE.search(f.span.sentence)
                and not SO_FAR.search(f.span.sentence)
            ]
            if len(arrests) == 1 and arrests[0] == int(arrests[0]) and not defendants:
                case.defendant_count = int(arrests[0])  # "15 arrested on suspicion of …"
        if single and case.stage == "Arrested" and case.defendant_count and not defendants:
            self.also_arrested(case, sentences)
        if single and case.stage == "Charged" and case.defendant_count and not defendants:
            # "Fourteen people have been arrested and eight charged": the case's defendants
            # are those charged, its arrests a figure
            charged_counts = [f.value for f in case.figures if f.measure == "PeopleCharged"]
            arrests = [f.value for f in case.figures if f.measure == "Arrests"]
            if (
                len(charged_counts) == 1
                and arrests == [case.defendant_count]
                and charged_counts[0] == int(charged_counts[0])
                and 0 < charged_counts[0] < case.defendant_count
            ):
                case.defendant_count = int(charged_counts[0])
        return case

    def also_arrested(self, case: CaseFact, sentences: list) -> None:
        """'A 39-year-old man … was arrested in Dagenham', then 'Three men were also
        arrested …': the people arrested add up, and so do the case's arrests."""
        also = [m for s in sentences if (m := ALSO_ARRESTED.match(s.text))]
        if len(also) != 1 or case.defendant_count is None:
            return
        value = parse_number(also[0].group("n"))
        if value is None or value != int(value) or int(value) == case.defendant_count:
            return
        total = case.defendant_count + int(value)
        case.defendant_count = total
        for figure in case.figures:
            if figure.measure == "Arrests" and figure.value == value:
                figure.value = Decimal(total)

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

    def ringleader_in_lead(
        self, case: CaseFact, defendants: list[tuple[str, int]], start: int, end: int
    ) -> None:
        """'A drug gang ringleader has been jailed …', then 'Aaron Jefferies, 31, of …': the
        first defendant the story names is the one its lead calls the leader."""
        if not defendants:
            return
        lead = self.lead_sentence()
        if lead is None:
            return
        text = self.view.sentences[lead].text
        if not LEAD_RINGLEADER.match(text) or WITH_OTHERS.search(text):
            return  # "… has been jailed along with four members of his network": who is who?
        key, at = min(defendants, key=lambda item: item[1])
        if PART_BEFORE.search(self.view.text, max(0, at - 20), at):
            return  # "Courier Dean Wells, 22": the first named is another part
        person = self.ex.people[key]
        if any(
            post.role == "Ringleader" for known in self.ex.people.values() for post in known.posts
        ):
            return  # the rules named the leader already
        if not case.group_keys:
            case.group_keys.append(self.case_group(case, start, end))
        group = case.group_keys[0]
        label = f"Ringleader of the {self.ex.orgs[group].label}"
        person.posts.append(PostFact("Ringleader", group, label))

    def age_from_lead(self, key: str) -> None:
        """'A 23-year-old man's been jailed …', then 'Ashton Cooper, from Woolwich': the
        one defendant a single case names is the one its lead gives an age."""
        person = self.ex.people[key]
        if person.age is not None:
            return
        lead = self.lead_sentence()
        if lead is None:
            return
        text = self.view.sentences[lead].text
        found = LEAD_AGE.match(text)
        if found is not None and HAS_JUSTICE.found(text):
            person.age = int(found.group("age"))

    def total_as_outcome(self, case: CaseFact) -> None:
        """A case's total term is its defendants' outcome unless every term is also given.

        "Five men … jailed for a total of 120 years" with no one's own term: the total
        is the only record of their sentences. When each defendant's term is stated, the
        total stays a figure so that no year is counted twice.
        """
        totals = [
            f for f in case.figures if f.measure == "CustodialYears" and f.unit in ("YR", "MO")
        ]
        for outcome in list(case.outcomes):
            # the headline said again in the body ("Gang … jailed for 30 years") rounds
            # the total down ("a total of 30 years and nine months"): the same total
            if (
                outcome.offender_key is None
                and outcome.kind == "CustodialSentence"
                and outcome.value is not None
                and outcome.unit is not None
                and self.is_headline(outcome.span.sentence)
                and hedged_twin(
                    FigureFact(
                        "CustodialYears", outcome.value, "MoreThan", outcome.unit, outcome.span
                    ),
                    totals,
                )
            ):
                case.outcomes.remove(outcome)
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
        counted = COUNTED_OPENING.match(total.span.sentence)
        if covered is None and counted is not None:  # "Those seven were jailed for a total …"
            value = parse_number(counted.group("n"))
            covered = int(value) if value is not None else None
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
        offenders = {o.offender_key for o in named if o.offender_key}
        everyone = case.defendant_count or 0
        if groups and everyone >= 2 and len(offenders) >= everyone:
            # every defendant's own term is given: "the three … jailed for nearly 20 years",
            # "In total, six men … nearly 54 years" are totals of some or all of them
            years = sum((in_years(o.value, o.unit) for o in named if o.value), Decimal(0))
            for group in groups:
                # a plural's term, or a hedged one ("nearly 20 years"): nobody's own term
                plural = (group.person_count or 0) >= 2 or group.qualifier != "Exact"
                if plural and group.value is not None and group.value <= years * Decimal("1.1"):
                    case.outcomes.remove(group)
                    case.figures.append(
                        FigureFact("CustodialYears", group.value, group.qualifier, "YR", group.span)
                    )
            return
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
        # the lead's "the scrap dealer … has received a suspended sentence", then his term
        return [
            o
            for o in outcomes
            if not (
                o.kind == "SuspendedSentence"
                and o.value is None
                and (o.offender_key in timed or (o.offender_key is None and timed))
            )
        ]

    @staticmethod
    def without_hedged_twin(outcomes: list[OutcomeFact]) -> list[OutcomeFact]:
        """'jailed for a total of almost 200 years', then 'jailed for 195 years in total'
        (or '90 years and eight months'): one group term, said roughly and then exactly;
        the exact one stays. Likewise an order's sum."""
        exact = [
            o
            for o in outcomes
            if o.kind == "CustodialSentence"
            and o.offender_key is None
            and o.value is not None
            and o.qualifier == "Exact"
        ]
        named = [
            o
            for o in outcomes
            if o.kind == "CustodialSentence" and o.offender_key and o.value is not None
        ]
        kept = []
        for outcome in outcomes:
            bounds = HEDGE_RANGES.get(outcome.qualifier or "")
            # "The head of a gang has been jailed for more than 14 years", then his own
            # "14 years and nine months": the one named term said roughly first
            twins = exact + (named if len(named) == 1 and outcome.person_count in (None, 1) else [])
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
                    for e in twins
                    if e.value is not None
                )
            ):
                continue
            if (
                bounds is not None
                and outcome.kind in ("ConfiscationOrder", "CompensationOrder")
                and outcome.value is not None
                and any(
                    o.kind == outcome.kind
                    and o.qualifier == "Exact"
                    and o.unit == outcome.unit
                    and o.value is not None
                    and outcome.value * bounds[0] <= o.value <= outcome.value * bounds[1]
                    for o in outcomes
                )
            ):
                continue  # "orders of more than £7.6 million", then "totalling £7,604,749.90"
            kept.append(outcome)
        return kept

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
            if (
                outcome.value is not None
                and outcome.offender_key is None
                and outcome.person_count is None
                and any(
                    o.offender_key is None
                    and o.person_count is not None
                    and (o.kind, o.value, o.unit, o.qualifier)
                    == (outcome.kind, outcome.value, outcome.unit, outcome.qualifier)
                    for o in kept
                )
            ):
                continue  # "four men were jailed for more than 60 years", then a quote says it
            if (
                outcome.value is not None
                and key in seen
                and seen[key] != sentence
                and not OTHER_PEOPLE.match(sentence)  # "Another two … 3 years and 7 years"
            ):
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
