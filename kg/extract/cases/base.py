"""What every family of case rules reads: the release, its year, its counted subjects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from kg.extract.cases.patterns import COLLECTIVE_NOUNS, PERIOD_CUE, WIDER_GROUP
from kg.extract.entities import EntityRules
from kg.extract.facts import Extraction
from kg.extract.numbers import NUMBER, parse_number
from kg.extract.period import review_year, said_year
from kg.extract.view import View

GANG_OF = re.compile(rf"\s+of\s+(?P<n>\d+|{NUMBER})\s+", re.IGNORECASE)
# "a man and woman", "a husband and wife": the first of two people, before the noun
SINGLE_PEOPLE = ("man", "woman", "boy", "girl", "husband", "father", "mother", "son", "brother")
PAIR_DESCRIPTION = re.compile(
    rf"(?:[\w-]+\s+)?(?:{'|'.join(SINGLE_PEOPLE)}|sister)\s+and\s+(?:his\s+|her\s+)?$",
    re.IGNORECASE,
)
# "… arrested a man and woman": the second person after the noun, without a count
# "A 34-year-old man from Bournemouth and a 43-year-old Bournemouth woman": the tail
# names one more person
ONE_MORE_IN_TAIL = re.compile(
    r"\s+and\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:man|woman|boy|girl|teenager|youth)\b",
    re.IGNORECASE,
)
AND_ONE_MORE = re.compile(
    r"\s+and\s+(?:his\s+|her\s+)?(?:man|woman|boy|girl|wife|husband|son|daughter|partner)\b",
    re.IGNORECASE,
)


@dataclass
class Segment:
    """The text of one case: sentence indexes, its subject match and named defendants."""

    sentences: list[int]
    count: int | None
    description: str | None
    anchor: int


def headline_like(sentence: str) -> bool:
    """'North East Drugs Gang Jailed For 40 Years': a headline repeated in the body, with
    no full stop and its words capitalised."""
    text = sentence.strip()
    if not text or text[-1] in ".!?\"'”’":
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


class CaseBase:
    """State the families share; each family is a mixin over it."""

    def __init__(self, view: View, extraction: Extraction, entities: EntityRules) -> None:
        self.view = view
        self.ex = extraction
        self.entities = entities
        self.year = self._year()
        self.subjects: dict[int, re.Match[str]] = {}  # sentence number → its counted subject
        self._lead: int | bool | None = False  # lead_sentence(), once asked
        self._period: int | bool | None = False  # period_year(), once asked

    def _year(self) -> int | None:
        date = str(self.ex.meta.get("date") or self.ex.meta.get("period") or "")
        return int(date[:4]) if date[:4].isdigit() else None

    def period_year(self) -> int | None:
        """The year a review's figures count: front matter `period:`, else what the headline
        and the first three body sentences say, else the publication year."""
        if self._period is False:
            said = self.front_matter_period()
            if said is not None:
                self._period = said
            else:
                opening = " ".join(self.view.sentences[n].text for n in self.body_sentences()[:3])
                title = str(self.ex.meta.get("title") or "")
                date = str(self.ex.meta.get("date") or "")
                self._period = review_year(title, opening, date)
        return self._period

    def front_matter_period(self) -> int | None:
        """The year front matter's `period:` gives, which every period figure takes."""
        said = str(self.ex.meta.get("period") or "")
        return int(said[:4]) if said[:4].isdigit() else None

    def sentence_year(self, before: str) -> int | None:
        """A period figure's year: the last its sentence says before it ("Last year the
        team …", "In 2022 … and in 2023 they made 300 arrests"), else the release's. A
        year after the figure ("300 arrests, up from 250 in 2022") is a comparison's."""
        if self.front_matter_period() is None:
            said = said_year(before, str(self.ex.meta.get("date") or ""))
            if said is not None:
                return said
        return self.period_year()

    def lead_sentence(self) -> int | None:
        """The number of the first body sentence (no repeated headline), found once."""
        if self._lead is False:
            self._lead = next(iter(self.body_sentences()), None)
        return self._lead

    def body_sentences(self) -> list[int]:
        """The numbers of the sentences after the front matter and a repeated headline."""
        return [
            number
            for number, sentence in enumerate(self.view.sentences)
            if sentence.start >= self.view.release.body_start
            and not self.is_headline(sentence.text)
        ]

    @staticmethod
    def wider_than_a_case(text: str) -> bool:
        """A sentence counting beyond one case: since a start, so far, over a period."""
        return bool(WIDER_GROUP.search(text) or PERIOD_CUE.search(text))

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
        value = Decimal(2) if word == "both" else parse_number(word)
        if value is None or value != value.to_integral_value():
            return None, None
        description = match.group("subject").strip()
        if value == 1 and not match.group("count2"):
            # "A man and woman have been arrested", "… arrested a man and woman"
            more = AND_ONE_MORE.match(match.string, match.end("noun"))
            if noun in SINGLE_PEOPLE and more and more.end() > match.end("subject"):
                return 2, match.string[match.start("subject") : more.end()]
            if PAIR_DESCRIPTION.match(match.group("desc")):
                return 2, description
            if noun in SINGLE_PEOPLE and ONE_MORE_IN_TAIL.search(match.group("tail") or ""):
                return 2, description
        if match.group("count2"):
            second = parse_number(match.group("count2").lower())
            if second is None or second != second.to_integral_value():
                return None, None
            value += second
        return int(value), description

    def is_headline(self, sentence: str) -> bool:
        """The release's title repeated as the body's first line, or a line set like one."""
        title = " ".join(str(self.ex.meta.get("title") or "").split()).lower()
        return headline_like(sentence) or (
            bool(title) and " ".join(sentence.split()).lower() == title
        )
