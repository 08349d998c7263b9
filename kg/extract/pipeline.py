"""The spaCy side: a blank English pipeline with a sentencizer and an EntityRuler.

The ruler (spaCy's span ruler in entity mode: `annotate_ents`, no spans key)
knows every name in the gazetteer (forces with their short and alternative
names, regional units and their abbreviations, agencies, reference places and
GeoNames towns). When a trained pipeline is named (`model="en_core_web_sm"`),
its statistical recogniser runs first; the ruler keeps the longest of its own
and the model's names where they overlap, so the model adds PERSON/ORG names the
rules do not know. No model is ever downloaded.
"""

from __future__ import annotations

import itertools
import re
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
    firsts = [0, *(i for i in range(1, len(rows)) if rows[i][0] == 1), len(rows)]
    spans = []
    for first, after in itertools.pairwise(firsts):
        if first < after:
            last = rows[after - 1]
            spans.append((rows[first][1], last[1] + last[2]))
    return spans


# Titles and ranks written short with a full stop ("Det. Ch. Supt. Graham Hill said"),
# after which the sentencizer wrongly ends a sentence.
ABBREVIATION_END = re.compile(
    r"(?:^|\s)(?:Det|Ch|Supt|Insp|Sgt|Const|Con|Asst|Dep|Mr|Mrs|Ms|Dr|Cllr|Rev|Sr|Jr|Gov|Lt|Col|Capt)\.$"
    r"|\((?:[Dd]\.[Oo]\.[Bb])\.$"  # "X, 22 (d.o.b. 14.03.2002) of …"
)


def joined_after_abbreviations(sentences: list[Sentence], offset: int, body: str) -> list[Sentence]:
    """Sentences rejoined where one ended on an abbreviated title in the middle of a line."""
    joined: list[Sentence] = []
    for sentence in sentences:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and ABBREVIATION_END.search(previous.text)
            and not body[previous.end - offset : sentence.start - offset].strip()
            and "\n" not in body[previous.end - offset : sentence.start - offset]
        ):
            text = body[previous.start - offset : sentence.end - offset]
            joined[-1] = Sentence(previous.start, sentence.end, text, previous.paragraph)
            continue
        joined.append(sentence)
    return joined


OPERATION_BEFORE = re.compile(r"\b(?:Operation|Op\.?)[ \t\u00a0]+$")

# The longest sentence met in real releases is about 500 characters. Longer "sentences"
# are tables or lists without full stops, and several rules compare every amount of a
# sentence with every other: cut at this length they stay linear in the release's size.
LONGEST_SENTENCE = 1_000
CUT_AFTER_PUNCTUATION = re.compile(r"[;,]\s")
CUT_AFTER_SPACE = re.compile(r"\s")


def cut_long(sentence: Sentence) -> list[Sentence]:
    """A sentence longer than LONGEST_SENTENCE as pieces cut after a semicolon, comma or
    space (the last one before the limit), else at the limit."""
    pieces = []
    start, text = sentence.start, sentence.text
    while len(text) > LONGEST_SENTENCE:
        cut = LONGEST_SENTENCE
        for pattern in (CUT_AFTER_PUNCTUATION, CUT_AFTER_SPACE):
            cuts = [
                m.end() for m in pattern.finditer(text, LONGEST_SENTENCE // 2, LONGEST_SENTENCE)
            ]
            if cuts:
                cut = cuts[-1]
                break
        piece = text[:cut].rstrip()
        pieces.append(Sentence(start, start + len(piece), piece, sentence.paragraph))
        rest = text[cut:]
        start += cut + len(rest) - len(rest.lstrip())
        text = rest.lstrip()
    if text:
        pieces.append(Sentence(start, start + len(text), text, sentence.paragraph))
    return pieces


def doc_view(doc: Doc, offset: int, body: str | None = None) -> tuple[list[Sentence], list[Entity]]:
    """Sentences and entities with offsets into the whole file (`offset` = body start).

    `body` is the text the doc was made from, when the caller has it: `doc.text`
    rebuilds it token by token.
    """
    if body is None:
        body = doc.text
    sentences = []
    for sent_start, sent_end in sentence_spans(doc):
        position = offset + sent_start
        for line in body[sent_start:sent_end].split("\n"):
            text = line.strip()
            if text:
                start = position + (len(line) - len(line.lstrip()))
                sentences += cut_long(Sentence(start, start + len(text), text, 0))
            position += len(line) + 1
    sentences = joined_after_abbreviations(sentences, offset, body)
    entities = []
    for ent in doc.ents:
        ident, _, kind = ent.id_.partition("|")
        label = ent.label_
        if not ident and label not in ("PERSON", "ORG"):
            continue
        start, end = ent.start_char, ent.end_char
        if OPERATION_BEFORE.search(body, max(0, start - 11), start):
            continue  # "Operation Titan", "Op Avon": the operation's name, no unit or place
        entities.append(Entity(offset + start, offset + end, body[start:end], label, ident, kind))
    return sentences, entities
