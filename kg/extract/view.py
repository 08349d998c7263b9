"""One release as the rules see it: text, paragraphs, sentences and linked names."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from kg.extract.facts import Span
from kg.extract.frontmatter import Release
from kg.extract.pipeline import Entity, Sentence


@dataclass
class View:
    """Offsets everywhere are into the whole file text (front matter included)."""

    release: Release
    sentences: list[Sentence]
    entities: list[Entity]
    paragraphs: list[tuple[int, int]]
    _starts: list[int] = field(default_factory=list)
    _entity_starts: list[int] | None = None
    _lower: str | None = None

    def __post_init__(self) -> None:
        para_starts = [start for start, _ in self.paragraphs]
        numbered = []
        for sentence in self.sentences:
            index = max(bisect.bisect_right(para_starts, sentence.start) - 1, 0)
            numbered.append(Sentence(sentence.start, sentence.end, sentence.text, index))
        self.sentences = numbered
        self._starts = [s.start for s in self.sentences]
        starts = [e.start for e in self.entities]
        # spaCy's entities come sorted and never overlap; bisect when that holds.
        ordered = all(e.start < e.end for e in self.entities) and all(
            a.end <= b.start for a, b in itertools.pairwise(self.entities)
        )
        self._entity_starts = starts if ordered else None
        lower = self.release.text.lower()
        # Offsets into the lower-cased text are only valid when lowering kept every length.
        self._lower = lower if len(lower) == len(self.release.text) else None

    @property
    def text(self) -> str:
        return self.release.text

    def mentions(self, start: int, end: int, *words: str) -> bool:
        """Whether any of `words` (lower case) occurs between two offsets, in any case.

        A cheap test that lets a rule skip a regular expression which cannot match.
        """
        lower = self._lower
        if lower is None:
            segment = self.text[start:end].lower()
            return any(word in segment for word in words)
        return any(lower.find(word, start, end) >= 0 for word in words)

    def matches(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Whether `pattern` (written for lower-case text) matches between two offsets."""
        lower = self._lower
        if lower is None:
            return pattern.search(self.text[start:end].lower()) is not None
        return pattern.search(lower, start, end) is not None

    def sentence_index(self, position: int) -> int:
        """The number of the sentence a position falls in."""
        return max(bisect.bisect_right(self._starts, position) - 1, 0)

    def sentence_at(self, position: int) -> Sentence:
        return self.sentences[self.sentence_index(position)]

    def span(self, start: int, end: int, confidence: float) -> Span:
        sentence = self.sentence_at(start)
        return Span(start, end, sentence.text, confidence)

    def entities_in(self, start: int, end: int, *labels: str) -> list[Entity]:
        if self._entity_starts is None:
            return [
                e
                for e in self.entities
                if e.start >= start and e.end <= end and (not labels or e.label in labels)
            ]
        found = []
        entities = self.entities
        for index in range(bisect.bisect_left(self._entity_starts, start), len(entities)):
            e = entities[index]
            if e.start >= end:
                break  # sorted and non-empty: nothing later ends by `end`
            if e.end <= end and (not labels or e.label in labels):
                found.append(e)
        return found

    def add_entity(self, entity: Entity) -> None:
        """A name a rule recognised after spaCy, kept in order with the others."""
        at = bisect.bisect_left([e.start for e in self.entities], entity.start)
        self.entities.insert(at, entity)
        if self._entity_starts is not None:
            self._entity_starts.insert(at, entity.start)

    def entity_at(self, start: int, end: int) -> Entity | None:
        for entity in self.entities:
            if entity.start <= start and end <= entity.end:
                return entity
        return None

    def line_of(self, position: int) -> int:
        return self.text.count("\n", 0, position) + 1
