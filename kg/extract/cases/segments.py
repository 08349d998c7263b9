"""Where each case's text starts and ends: anchors, sections, list lines, one story."""

from __future__ import annotations

import itertools
import re

from kg.extract import figures as fig
from kg.extract.cases.base import CaseBase, Segment
from kg.extract.cases.patterns import (
    AGE_DESCRIBED_NAME,
    BULLET,
    CHARGED_WITH,
    COURT_STEP,
    DEFENDANT_NOUNS,
    DEFENDANT_RE,
    HAS_JUSTICE,
    OF_THOSE,
    OPERATION_RE,
    ORDINAL_DEFENDANT,
    PERIOD_CUE,
    REVIEW_PERIOD,
    ROUNDUP_TITLE,
    SAYS_COLON,
    SEPARATE_CASE,
    SUBJECT_RE,
    SURNAME_AGE,
    SURNAME_AGE_AFTER_LEAD,
)
from kg.extract.cases.people import HE_JAILED, NAMED_OWNER
from kg.extract.entities.patterns import NAME
from kg.extract.numbers import NUMBER, parse_number
from kg.extract.offences import find_offences

# The people a court or force dealt with, counted after the verb.
OBJECT_COUNT = re.compile(
    # "Officers … have arrested nine people in connection with county lines drug dealing"
    r"\b(?:sentencing|jailing|convicting|arresting|charging|"
    r"(?<!been\s)(?:sentenced|jailed|convicted|arrested|charged))\s+"
    rf"(?P<subject>(?:a\s+total\s+of\s+|all\s+)?(?P<count>{NUMBER})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{DEFENDANT_NOUNS})\b)"
    # "Operation Elmpond has seen a total of 41 men and women sentenced to …"
    rf"|\b(?:has|have|had)\s+seen\s+(?P<seen>(?:a\s+total\s+of\s+)?(?P<seen_count>{NUMBER})\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{DEFENDANT_NOUNS})(?:\s+and\s+(?:women|men))?)\s+"
    r"(?:sentenced|jailed|convicted|charged|arrested)\b",
    re.IGNORECASE,
)
# An operation's tally, not one case's people
ARRESTS_SO_FAR = re.compile(
    r"\b(?:since|so\s+far|to\s+date|this\s+year|last\s+year|in\s+the\s+(?:past|last)|"
    r"over\s+the\s+(?:past|last)|during\s+(?:the|a|an)\s+(?:week|month|year|campaign|"
    r"operation|crackdown))\b",
    re.IGNORECASE,
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
# A line of a list of defendants ("• Darren Hale (28) from Swindon – remanded").
LISTED_NAME = re.compile(r"\s*(?:[•·▪*–—-]\s*)?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
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
# An example case's subject described, not named: "A Medway woman", "Five conmen from
# Ludlow", "A convicted drug dealer from Bromsgrove", "Cash totalling £11,900"
DESCRIBED_SUBJECT = re.compile(
    rf"(?:An?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+|Cash|Money|Assets|"
    rf"In\s+{MONTH}|Last\s+\w+)\s"
)
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
# The next paragraph going on with one defendant's story: "He was given a suspended …",
# "Enquiries established he had used aliases …"
# A paragraph going back to a case's group or its leader: "The gang – ringleader X, 50,
# …", "Ringleader Robert Brooks, from Hertford, was sentenced to 21 years".
GROUP_AGAIN = re.compile(
    r"(?:The|This|Their)\s+(?:gang|group|network|ring|men|women|pair|trio|brothers)\b(?!['’])"
    r"|[Rr]ingleader\s+[A-Z]"
    r"|It\s+(?:is|was)\s+also\s+the\s+(?:largest|biggest|first)\b"  # the same investigation
)
ALL_COUNTED = re.compile(r"all\s+(?!the\b)\w+\s", re.IGNORECASE)  # "All six members"
PRONOUN_OPENING = re.compile(r"(?:\w+\s+){0,2}?(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\s+(?!said\b|added\b)")
# "These arrests follow …", "They were …": a paragraph going on with the story before
CONTINUED = re.compile(r"(?:These|This|Those|They|He|She|It|The\s+(?:arrests?|men|women|pair))\b")
DEFINITE_SUBJECT = re.compile(r"(?:the|all|both)\b", re.IGNORECASE)
DATE_REST = re.compile(rf"^\s*(?:{MONTH_DAY}|\d{{1,2}}(?:st|nd|rd|th)?)?(?:\s+\d{{4}})?\s*,?\s*")
# "the driver arrested", "a man was arrested": one person taken in, uncounted
ONE_ARRESTED = re.compile(
    r"\b(?:an?|the)\s+(?:man|woman|driver|passenger|teenager|suspect)\b[^.]{0,60}?\barrested\b"
)


# A review's example case told of one named person: "Ryan Kopacz is also now behind
# bars after …", "mother-of-two Selina Jarrett was jailed for five years after …"
NAMED_EXAMPLE = re.compile(
    rf"(?P<name>{NAME})\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:now\s+|later\s+)?"
    r"(?:jailed|sentenced|imprisoned|behind\s+bars|convicted)\b"
)


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


class Segments(CaseBase):
    """Cutting a release into cases."""

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

    def named_examples(
        self, anchors: list[tuple[int, re.Match[str] | None]]
    ) -> list[tuple[int, re.Match[str] | None]]:
        """A review's example cases told of a person named without an age: the sentence
        that names one and a justice step done to him or her, or the sentence before a
        paragraph opening 'He was later jailed'."""
        sentences = self.view.sentences
        taken = {sentences[number].paragraph for number, _ in anchors}
        officers = {p.name for p in self.ex.people.values() if p.posts}
        found: list[tuple[int, re.Match[str] | None]] = []
        for number, sentence in enumerate(sentences):
            if sentence.paragraph in taken or sentence.text[:1] in "\"“‘'":
                continue
            named = NAMED_EXAMPLE.search(sentence.text)
            if named is None and number + 1 < len(sentences):
                following = sentences[number + 1]
                if following.paragraph != sentence.paragraph and HE_JAILED.match(following.text):
                    named = NAMED_OWNER.search(sentence.text)
            if named is None or named.group("name") in officers:
                continue
            at, stop = sentence.start + named.start("name"), sentence.start + named.end("name")
            if any(
                e.start <= at and stop <= e.end
                for e in self.view.entities_in(at, stop, "ORG", "GPE", "PLACE")
            ):
                continue  # "West Midlands Police is seizing …": an organisation or a place
            taken.add(sentence.paragraph)
            found.append((number, None))
        return found

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
        """The next paragraphs, while each opens on the surname of a defendant the case
        named ('… Kieran Mottram, 22, of Scunthorpe.' then 'Mottram, who police believe …'),
        tells on of him or her ('Enquiries established he had used aliases …'), or goes
        back to the group or its leader ('The gang – ringleader X, 50, …', 'Ringleader X
        was sentenced to 21 years')."""
        all_sentences = self.view.sentences
        told = list(sentences)
        added: list[int] = []
        while True:
            following = told[-1] + 1
            if following >= len(all_sentences) or following in anchor_ids:
                return added
            first = all_sentences[following]
            surnames = {
                match.group("name").split()[-1]
                for i in told
                for match in DEFENDANT_RE.finditer(all_sentences[i].text)
            }
            told_on = PRONOUN_OPENING.match(first.text) and not (
                SAYS_COLON.search(first.text) or first.text[:1] in "\"“‘'"
            )
            opening = first.text.split(None, 1)[0].rstrip(",'’s")
            if not (told_on or opening in surnames or GROUP_AGAIN.match(first.text)):
                return added
            paragraph = [
                i
                for i in range(following, len(all_sentences))
                if all_sentences[i].paragraph == first.paragraph and i not in anchor_ids
            ]
            added += paragraph
            told += paragraph

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
        lead = self.lead_sentence()
        if (
            not anchors
            and lead is not None
            and not self.wider_than_a_case(self.view.sentences[lead].text)
            and any(
                HAS_JUSTICE.found(s.text) and fig.durations(s.text) for s in self.view.sentences
            )
        ):
            # "A judge issued the orders against X and Y while sentencing them", then "they
            # were each given three-and-a-half years": terms handed down make it a case
            anchors = [(0, None)]
        if not anchors and not any(HAS_JUSTICE.found(s.text) for s in self.view.sentences[:3]):
            return []
        anchor = anchors[0][0] if anchors else 0
        separate = self.separate_case(anchor)
        limit = separate[1][0] if separate else len(self.view.sentences)
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
            # "All six members of the gang were charged …" later on: the whole group counted
            for index, match in anchors:
                if (
                    match is not None
                    and index < limit
                    and ALL_COUNTED.match(match.group("subject"))
                ):
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
                arrests = match and ("rrest" in match.group(0) or "harg" in match.group(0))
                if arrests and ARRESTS_SO_FAR.search(sentence.text):
                    match = None  # "have arrested 312 people … since 2021": a running total
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
            Segment(first, count, description, anchor),
            Segment(second, None, None, second[0]),
        ]

    def listed_terms(self) -> bool:
        """Whether a line names a defendant with an age and a term ('- X, 27, … - six years')."""
        return any(
            DEFENDANT_RE.search(sentence.text) and fig.durations(sentence.text)
            for sentence in self.view.sentences
        )

    def separate_case(self, anchor: int) -> tuple[list[int], list[int]] | None:
        """The sentences of the first case and of the 'separate case' a paragraph after the
        anchor opens ("In another case, 470kg of cocaine was found …").

        The paragraphs after the opening one go on with the second case ("X, 44, and Y,
        39, were each jailed …") until one names a defendant of the first case again
        ("Gary Fennell was also made subject to …"). A case's text is one stretch (its
        span must not hold the other's defendants), so those later paragraphs are
        neither's: a known gap."""
        sentences = self.view.sentences
        for index in range(anchor + 1, len(sentences)):
            if not SEPARATE_CASE.match(sentences[index].text):
                continue
            first_surnames = {
                match.group("name").split()[-1]
                for sentence in sentences[:index]
                for match in DEFENDANT_RE.finditer(sentence.text)
            }
            second = [index]
            for i in range(index + 1, len(sentences)):
                if sentences[i].paragraph != sentences[i - 1].paragraph and (
                    SEPARATE_CASE.match(sentences[i].text)  # a third case
                    or any(
                        re.search(rf"\b{re.escape(surname)}\b", sentences[i].text)
                        for surname in first_surnames
                    )
                ):
                    break
                second.append(i)
            return list(range(index)), second
        return None
