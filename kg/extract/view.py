"""One release as the rules see it: text, paragraphs, sentences and linked names."""

from __future__ import annotations

import bisect
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

    def __post_init__(self) -> None:
        para_starts = [start for start, _ in self.paragraphs]
        numbered = []
        for sentence in self.sentences:
            index = max(bisect.bisect_right(para_starts, sentence.start) - 1, 0)
            numbered.append(Sentence(sentence.start, sentence.end, sentence.text, index))
        self.sentences = numbered
        self._starts = [s.start for s in self.sentences]

    @property
    def text(self) -> str:
        return self.release.text

    def sentence_at(self, position: int) -> Sentence:
        index = max(bisect.bisect_right(self._starts, position) - 1, 0)
        return self.sentences[index]

    def span(self, start: int, end: int, confidence: float) -> Span:
        sentence = self.sentence_at(start)
        return Span(start, end, sentence.text, confidence)

    def entities_in(self, start: int, end: int, *labels: str) -> list[Entity]:
        return [
            e
            for e in self.entities
            if e.start >= start and e.end <= end and (not labels or e.label in labels)
        ]

    def entity_at(self, start: int, end: int) -> Entity | None:
        for entity in self.entities:
            if entity.start <= start and end <= entity.end:
                return entity
        return None

    def line_of(self, position: int) -> int:
        return self.text.count("\n", 0, position) + 1
