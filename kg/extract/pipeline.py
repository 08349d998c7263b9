"""The spaCy side: a blank English pipeline with a sentencizer and an EntityRuler.

The ruler (spaCy's span ruler in entity mode: `annotate_ents`, no spans key)
knows every name in the gazetteer (forces with their short and alternative
names, regional units and their abbreviations, agencies, reference places and
GeoNames towns). When a trained pipeline is named (`model="en_core_web_sm"`),
its statistical recogniser runs first; the ruler keeps the longest of its own
and the model's names where they overlap, so the model adds PERSON/ORG names the
rules do not know. No model is ever downloaded.

Without a model the extractor runs the tokenizer alone and `BlankReader`
does the rest from token arrays: the sentencizer's rule over token texts and
punctuation flags, and the ruler's phrase matches chosen the way the ruler
chooses them, as plain tuples (the sentencizer walking Token objects, and
building `Span`s, setting `doc.ents` and reading them back, cost more than
tokenising). Tests check both against the pipeline on every corpus release.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.errors import MissingDependency
from kg.extract.gazetteer import Gazetteer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Entity:
    """A recognised name: character offsets in the file, label, linked id and kind."""

    start: int
    end: int
    text: str
    label: str
    ident: str
    kind: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def build_nlp(gazetteer: Gazetteer, model: str | None = None) -> Language:
    """The pipeline: blank English (or `model`), sentences, and the gazetteer ruler."""
    import spacy

    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer"])
        except OSError:
            raise MissingDependency(
                f"spaCy pipeline {model!r} is not installed; install it with pip "
                f"(e.g. the official {model} wheel) or leave out --model"
            ) from None
    else:
        nlp = spacy.blank("en")
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter")):
        nlp.add_pipe("sentencizer", first=True)
    # The span ruler in entity mode is spaCy's entity ruler without the per-document
    # pattern count that makes the legacy `entity_ruler` slow with thousands of names.
    options: dict[str, Any] = {
        "spans_key": None,
        "annotate_ents": True,
        "overwrite": False,
        "phrase_matcher_attr": "ORTH",
    }
    if nlp.has_pipe("ner"):
        ruler = nlp.add_pipe("span_ruler", name="gazetteer", after="ner", config=options)
    else:
        ruler = nlp.add_pipe("span_ruler", name="gazetteer", config=options)
    patterns = [
        {"label": entry.label, "pattern": entry.text, "id": f"{entry.ident}|{entry.kind}"}
        for entry in gazetteer.entries
    ]
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


class BlankReader:
    """What `build_nlp(gazetteer)` and `doc_view` give, from a tokenizer-only doc.

    `nlp` is blank English with no pipes; `read(doc, offset, body)` returns the
    sentences and entities `doc_view` returns for the full pipeline's doc.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        import spacy
        from spacy.pipeline import Sentencizer

        self.nlp = spacy.blank("en")
        strings = self.nlp.vocab.strings
        self.punct = frozenset(strings.add(c) for c in Sentencizer.default_punct_chars)
        self.matcher = GazetteerMatcher(self.nlp, gazetteer)

    def read(self, doc: Doc, offset: int, body: str) -> tuple[list[Sentence], list[Entity]]:
        from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH

        rows = doc.to_array([ORTH, IS_PUNCT, IDX, LENGTH]).tolist()
        starts = [row[2] for row in rows]
        ends = [row[2] + row[3] for row in rows]
        sentences = _sentences(_spans(self.sentence_firsts(rows), starts, ends), offset, body)
        entities = []
        for start, end, label, span_id in self.matcher(doc, starts, ends):
            ident, _, kind = span_id.partition("|")
            if ident or label in ("PERSON", "ORG"):
                entities.append(
                    Entity(offset + start, offset + end, body[start:end], label, ident, kind)
                )
        return sentences, entities

    def sentence_firsts(self, rows: list[list[int]]) -> list[int]:
        """First token of each sentence: `Sentencizer.predict` over [ORTH, IS_PUNCT] rows."""
        if not rows:
            return []
        punct = self.punct
        firsts = [0]
        seen_period = False
        for i, row in enumerate(rows):
            in_punct_chars = row[0] in punct
            if seen_period and not row[1] and not in_punct_chars:
                firsts.append(i)
                seen_period = False
            elif in_punct_chars:
                seen_period = True
        return firsts


class GazetteerMatcher:
    """The gazetteer ruler's entities for a blank pipeline, as (start, end, label, id) tuples.

    Same phrase matcher (token text, patterns keyed by label and id), same choice
    among overlapping matches as spaCy's span ruler with `overwrite=False` on a
    doc without entities: matches deduplicated and ordered as `Span`s order
    (start and end character, label hash, kb id, span id hash), then
    `spacy.util.filter_spans` (longest first, earliest first, stable), then in
    text order.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        from spacy.matcher import PhraseMatcher

        strings = nlp.vocab.strings
        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
        # match key -> (label hash, span id hash, label, span id), as the ruler keys patterns
        self.keys: dict[int, tuple[int, int, str, str]] = {}
        texts: dict[str, list[str]] = {}
        for entry in gazetteer.entries:
            ident = f"{entry.ident}|{entry.kind}"
            key = repr((entry.label, ident))
            self.keys[strings.add(key)] = (
                strings.add(entry.label),
                strings.add(ident),
                entry.label,
                ident,
            )
            texts.setdefault(key, []).append(entry.text)
        for key, phrases in texts.items():
            self.phrases.add(key, [nlp.make_doc(text) for text in phrases])

    def __call__(
        self, doc: Doc, starts: list[int], ends: list[int]
    ) -> list[tuple[int, int, str, str]]:
        """Entities of `doc` given each token's start and end character."""
        keys = self.keys
        found = set()
        for key, start, end in self.phrases(doc):
            if start != end:
                label_hash, id_hash, label, ident = keys[key]
                found.add(
                    (starts[start], ends[end - 1], label_hash, id_hash, start, end, label, ident)
                )
        if not found:
            return []
        ordered = sorted(found)
        ordered.sort(key=lambda m: (m[5] - m[4], -m[4]), reverse=True)
        chosen = []
        seen: set[int] = set()
        for match in ordered:
            start, end = match[4], match[5]
            if start not in seen and end - 1 not in seen:
                chosen.append(match)
                seen.update(range(start, end))
        chosen.sort(key=lambda m: m[4])
        return [(m[0], m[1], m[6], m[7]) for m in chosen]


def paragraphs_of(text: str, body_start: int) -> list[tuple[int, int]]:
    """Paragraphs are separated by blank lines (or single newlines, as many sites paste)."""
    spans = []
    position = body_start
    for block in text[body_start:].split("\n"):
        if block.strip():
            offset = len(block) - len(block.lstrip())
            spans.append((position + offset, position + len(block.rstrip())))
        position += len(block) + 1
    return spans


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of `doc.sents`, read from one array instead of Span objects.

    A sentence runs from its first token to the end of its last one, exactly the
    text of spaCy's sentence span; building the spans and their text token by
    token cost more than the sentencizer itself.
    """
    from spacy.attrs import IDX, LENGTH, SENT_START

    rows = doc.to_array([SENT_START, IDX, LENGTH]).tolist()
    if not any(row[0] for row in rows):  # no sentence boundaries set: spaCy's own way
        return [(s.start_char, s.end_char) for s in doc.sents]
    firsts = [0, *(i for i in range(1, len(rows)) if rows[i][0] == 1)]
    return _spans(firsts, [row[1] for row in rows], [row[1] + row[2] for row in rows])


def _spans(firsts: list[int], starts: list[int], ends: list[int]) -> list[tuple[int, int]]:
    """Character spans of sentences given their first tokens and each token's offsets."""
    spans = []
    for first, after in itertools.pairwise([*firsts, len(starts)]):
        if first < after:
            spans.append((starts[first], ends[after - 1]))
    return spans


def _sentences(spans: list[tuple[int, int]], offset: int, body: str) -> list[Sentence]:
    """Each line of each sentence span, stripped, with offsets into the file."""
    sentences = []
    for sent_start, sent_end in spans:
        position = offset + sent_start
        for line in body[sent_start:sent_end].split("\n"):
            text = line.strip()
            if text:
                start = position + (len(line) - len(line.lstrip()))
                sentences.append(Sentence(start, start + len(text), text, 0))
            position += len(line) + 1
    return sentences


def doc_view(doc: Doc, offset: int, body: str | None = None) -> tuple[list[Sentence], list[Entity]]:
    """Sentences and entities with offsets into the whole file (`offset` = body start).

    `body` is the text the doc was made from, when the caller has it: `doc.text`
    rebuilds it token by token.
    """
    if body is None:
        body = doc.text
    sentences = _sentences(sentence_spans(doc), offset, body)
    entities = []
    for ent in doc.ents:
        ident, _, kind = ent.id_.partition("|")
        label = ent.label_
        if not ident and label not in ("PERSON", "ORG"):
            continue
        start, end = ent.start_char, ent.end_char
        entities.append(Entity(offset + start, offset + end, body[start:end], label, ident, kind))
    return sentences, entities
