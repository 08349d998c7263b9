"""Whether a release is a round-up of many cases (a year's results) or tells one case."""

from __future__ import annotations

import re

from kg.extract import figures as fig
from kg.extract.cases.base import CaseBase
from kg.extract.cases.patterns import (
    COLLECTIVE_NOUNS,
    COURT_STEP,
    DEFENDANT_RE,
    HAS_JUSTICE,
    LEAD,
    OF_THOSE,
    OPERATION_RE,
    ORDINAL_DEFENDANT,
    PEOPLE_NOUNS,
    PERIOD_CUE,
    REVIEW_PERIOD,
    ROUNDUP_TITLE,
    SEPARATE_CASE,
    SUBJECT_RE,
    TABLE_HEADER,
)
from kg.extract.numbers import NUMBER, parse_number
from kg.extract.offences import find_offences
from kg.extract.pipeline import Sentence

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
# "… the inquiry, which resulted in four men being charged": the people counted after
# "resulted in" or "led to", anywhere in the sentence (an anchor, like OBJECT_ANCHOR)
RESULT_ANCHOR = re.compile(
    r"\b(?:resulted\s+in|led\s+to)\s+"
    rf"(?P<subject>(?P<count>{NUMBER}|a|an)\s+(?P<desc>(?:[\w'’-]+\s+){{0,3}}?)"
    rf"(?P<noun>{PEOPLE_NOUNS})\b"
    rf"(?:\s+and\s+(?P<count2>{NUMBER}|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun2>{PEOPLE_NOUNS})\b)?"
    r"(?P<tail>))\s+(?:being\s+|getting\s+)?(?:arrested|charged|jailed|convicted|sentenced)\b",
    re.IGNORECASE,
)
LEAD_RE = re.compile(LEAD, re.IGNORECASE)
PERIOD_OPENING = re.compile(
    r"(?:In|During|Over|Throughout)\s+(?:the\s+(?:last|past|first)\s+(?:year|quarter|"
    r"(?:twelve|three|six|nine|\d+)\s+months)|(?:19|20)\d\d(?:[/-]\d\d)?)\b"
)
# "… have made 83 arrests and recovered drugs worth £5.7m in just three months"
PERIOD_CLOSING = re.compile(
    r"\bin\s+(?:just\s+|only\s+|the\s+(?:last|past)\s+)?(?:three|six|nine|twelve|\d+)\s+months\b"
    r"|\bin\s+(?:just\s+|only\s+)?(?:a|one)\s+year\b"
)
# Offenders in general made to repay: "Convicted criminals across the region have been
# forced to repay", "offenders were ordered to hand back" (not one named defendant).
OFFENDERS_REPAID = re.compile(
    r"\b(?P<who>criminals|offenders|fraudsters|drug\s+dealers)\b[^.;]{0,60}?\b"
    r"(?:ordered|forced|made)\s+to\s+(?:pay\s+back|repay|hand\s+(?:back|over))\b"
    # "More than £1million was stripped from criminals in Derbyshire during the last year"
    r"|\b(?:stripped|clawed\s+back|recovered|confiscated|taken)\s+from\s+"
    r"(?P<who2>criminals|offenders|fraudsters|drug\s+dealers)\b",
    re.IGNORECASE,
)
# A count or a definite article before "criminals": those of one case.
COUNTED_BEFORE = re.compile(
    rf"\b(?:{NUMBER}|both|the|these|those)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
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
ACROSS_AN_AREA = re.compile(
    r"\bacross\s+(?:the\s+)?(?:country|county|region|force\s+area|uk|nation|(?-i:[A-Z])\w+)",
    re.IGNORECASE,
)
TAKEN_OR_ARRESTED = re.compile(
    r"\b(?:seized|recovered|confiscated|taken\s+off|arrested|arrests|charged)\b", re.IGNORECASE
)
IN_A_YEAR = re.compile(r"\b(?:in|during|throughout)\s+(?:19|20)\d\d\b", re.IGNORECASE)
# "Among those sentenced last month was X, 36, …": one named case in a review.
AMONG_RE = re.compile(
    r"(?:Among|One\s+of)\s+(?:those|the\s+(?:people|defendants|offenders|\w+))\s+"
    r"(?:sentenced|jailed|convicted|charged|arrested)\b[^,.;]{0,40}?\s+(?:was|were|is|are)\s+"
)
MAN_AND_WOMAN = re.compile(
    r"an?\s+(?:[\w-]+\s+)?(?:man|woman)\s+and\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:man|woman)$",
    re.IGNORECASE,
)
# Counts single cases report as often as reviews do: they never make a release a review.
ROUNDUP_NEUTRAL = fig.CASE_MEASURES | {"PeopleSafeguarded"}
# "Five arrested over 500 plant cannabis farm": a headline's count of people
HEADLINE_PEOPLE = re.compile(
    rf"(?:^|\s)(?P<n>\d+|{NUMBER})\s+(?:(?:[\w'’-]+\s+){{0,3}}?(?:{PEOPLE_NOUNS})\s+)?"
    r"(?:are\s+|were\s+|have\s+been\s+)?(?:arrested|charged|jailed|sentenced|convicted)\b",
    re.IGNORECASE,
)
# a court's or a force's spell of time, not an event: "sentenced … this week"
A_SPELL_OF_TIME = re.compile(
    r"\b(?:this|last)\s+(?:week|month)\b|\bover\s+the\s+(?:weekend|bank\s+holiday)\b",
    re.IGNORECASE,
)
# a lead that tells one event: "… this week after a man was robbed", "for their roles in"
ONE_EVENT = re.compile(
    r"\b(?:after|following|over|for\s+their\s+(?:roles?|parts?)\s+in)\s+(?:a|an|the)\b",
    re.IGNORECASE,
)
AGE_DESCRIBED = re.compile(r"\d{1,2}[- ]years?[- ]old|\baged\s+\d", re.IGNORECASE)
# a count of people a case's own subject may repeat ("Three people have been charged")
OWN_COUNT_MEASURES = ("PeopleJailed", "PeopleCharged")
# "The eight men", "Six other men", "Seven of the gang": people the story told before
REFERS_BACK = re.compile(
    r"(?:the|these|those|both|all|another)\s|\S+\s+other\s|\S+\s+of\s+(?:the|these|those|them|its|their)\b"
    r"|(?:an?\s+)?further\s",  # "A further two men were sentenced …"
    re.IGNORECASE,
)


# An operation's days of action across an area, counted as results
WEEK_OF_ACTION = re.compile(
    r"\b(?:week\s+of\s+(?:action|intensification)|intensification\s+(?:week|period))\b",
    re.IGNORECASE,
)
CRACKDOWN = re.compile(
    r"\barrest(?:ed|s)\b[^.]{0,80}?\b(?:crackdown|clampdown)\b|"
    r"\bacross\s+\w+\s+(?:police\s+)?force\s+areas\b"
)


class DocumentKind(CaseBase):
    """Round-up or single case."""

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
                match is None
                and self.view.mentions(sentence.start, sentence.end, "resulted", "led to")
                and (result := RESULT_ANCHOR.search(sentence.text)) is not None
                # an offence of the scheme in the sentence: not "a crash last year resulted
                # in two men being charged with causing death by dangerous driving"
                and find_offences(sentence.text)
            ):
                found.append((number, result))
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
        if self.results_list():
            return True
        # "Two men have been sentenced …": a count that is an anchor's own subject counts
        # the case's people, not a period's
        own_counts = {self.subject(m)[0] for _, m in anchors if m is not None}
        measures = {
            found.measure
            for number, sentence in enumerate(self.view.sentences)
            for found in fig.counts(sentence.text, period_cues=True)
            if not found.seizure
            and found.measure not in ROUNDUP_NEUTRAL
            # only people jailed or charged: "Thirty people have been arrested during a week
            # of action" is a period's arrests, whoever the lead counts; "Met Police now say
            # three people have been charged" counts the lead's three again
            and not (found.measure in OWN_COUNT_MEASURES and found.value in own_counts)
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
        if len(measures) == 2 and (
            PERIOD_CUE.search(self.view.release.body) or CRACKDOWN.search(self.view.release.body)
        ):
            return True  # "28 arrested in a crackdown …, three charged": an operation's results
        if WEEK_OF_ACTION.search(self.view.release.body) and any(
            found.measure == "Arrests" and found.value >= 10
            for sentence in self.view.sentences[:3]
            for found in fig.counts(sentence.text, period_cues=True)
        ):
            return True  # "… have arrested 85 people …" in "last week's Intensification Week"
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
        if len(sizes) != len(subjects):
            return True
        if self.headline_counts_parts(anchors) is not None:
            return False
        total, parts = max(sizes), sum(sizes) - max(sizes)
        # "Eight people have been charged", then "A 35-year-old man and a 33-year-old man
        # …", "A 24-year-old man …": the lead's total, then some of its people in turn
        some_of_the_lead = (
            parts < total
            and sizes[0] == total
            and sizes.count(total) == 1
            # the lead's own offence goes first: "Six people have been charged … supply of
            # drugs", then "A 35-year-old man … arrested at a house", "… supply cocaine"
            and self.one_offence_throughout([m for _, m in sized], first_named=2)
        )
        if parts != total and not some_of_the_lead:
            return True
        largest = max(sized, key=lambda item: item[0])[1]
        if (
            parts == total
            and A_SPELL_OF_TIME.search(largest.string)
            and not ONE_EVENT.search(largest.string)
            and not self.one_offence_throughout([m for _, m in sized if m is not largest])
        ):
            # "Four people were sentenced at Ipswich Crown Court this week", then a robbery,
            # a sexual assault and a heroin supply: a court's week, not one case
            return True
        # the largest is the parts' total only when it counts people in general ("Three
        # people"), not "two men, aged 22 and 30" beside two others arrested alone
        if MAN_AND_WOMAN.match(largest.group("subject")):
            return False  # "A man and a woman have been arrested", then each of them
        return largest.group("noun").lower() not in ("people", "persons", "suspects", "individuals")

    def results_list(self) -> bool:
        """A list of four or more lines that each give a count and nothing else: "• 2780kg
        of cocaine seized", "• 5827 years handed out in prison sentences", "• 1672 children
        safeguarded": a period's results, however few of them a review's measures are."""
        counted = 0
        for sentence in self.view.sentences:
            if not BULLET_LINE.match(sentence.text) or len(sentence.text) > 80:
                continue
            if DEFENDANT_RE.search(sentence.text):
                continue  # "- Craig Hollings, 48, …: Eight years": a defendant's line
            if fig.counts(sentence.text, period_cues=True) or fig.money(sentence.text):
                counted += 1
        return counted >= 4

    def headline_counts_parts(self, anchors: list[tuple[int, re.Match[str] | None]]) -> int | None:
        """The headline's count when the body gives its people in parts, each by age: "Five
        arrested over 500 plant cannabis farm" over "a 29-year-old man and a 30-year-old
        man were arrested", "A 36-year-old man was arrested", "A 51-year-old man and a
        43-year-old man were arrested". One case of five, not three."""
        titled = HEADLINE_PEOPLE.search(str(self.ex.meta.get("title") or ""))
        headline = parse_number(titled.group("n")) if titled else None
        if headline is None or SEPARATE_CASE.search(self.view.release.body):
            return None
        subjects = {m.group("subject").lower(): m for _, m in anchors if m is not None}
        if len(subjects) < 2 or not all(
            AGE_DESCRIBED.search(m.group("subject")) for m in subjects.values()
        ):
            return None
        sizes = [self.subject(m)[0] for m in subjects.values()]
        if None in sizes or sum(n or 0 for n in sizes) != headline:
            return None
        if not self.one_offence_throughout(list(subjects.values()), first_named=1):
            return None  # "Four arrested": two for an affray, two for a burglary
        return int(headline)

    @staticmethod
    def one_offence_throughout(parts: list[re.Match[str]], first_named: int = 0) -> bool:
        """Whether the sentences of a group's parts name one offence in common, as the
        parts of one case do ("conspiracy to supply class A drugs" in each); a court or
        arrests round-up names another in each (burglary, theft, a knife). Parts that name
        none are passed over ("A 36-year-old man was arrested at a house in Farnworth"),
        but one of the first `first_named` must name one: a lead total and its first part
        (an affray names no crime type of the scheme: "Two men were arrested for affray",
        then a burglary, is no one case)."""
        named = [{slug for slug, _, _ in find_offences(match.string)} for match in parts]
        if first_named and not any(named[:first_named]):
            return False
        known = [slugs for slugs in named if slugs]
        return not known or bool(set.intersection(*known))

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
        who = repaid.start("who") if repaid.group("who") else repaid.start("who2")
        if COUNTED_BEFORE.search(text, max(0, who - 30), who):
            return False  # "Two drug dealers … ordered to pay back": one case's people
        return bool(REVIEW_PERIOD.search(text) and fig.money(text))

    @staticmethod
    def period_lead(text: str) -> bool:
        """'In the last three months, officers seized about £25 million worth of drugs …
        and arrested almost 80 people': a lead that opens on the period and counts two
        kinds of result."""
        if not (PERIOD_OPENING.match(text) or PERIOD_CLOSING.search(text)) or COURT_STEP.search(
            text
        ):
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
