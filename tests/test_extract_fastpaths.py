"""The extraction speed-ups give the answers of the plain patterns they stand in for."""

import re
from decimal import Decimal

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract.caseless import Caseless, lower_twin
from kg.extract.cases.outcomes import NOT_A_SENTENCE_LEFT, not_a_sentence_cue
from kg.extract.cases.patterns import OF_THOSE
from kg.extract.cases.people import RINGLEADER_CUE, RINGLEADER_NOUNS, RINGLEADER_VERBS
from kg.extract.cases.rules import OF_THOSE_LOWER
from kg.extract.figures import (
    COUNT_RULES,
    CUSTODIAL_RULES,
    CUSTODIAL_WORDS,
    counts,
    custodial_years,
    durations,
    money,
)
from kg.extract.lexicon import OFFENCES
from kg.extract.numbers import MONEY_RE
from kg.extract.offences import HAND_TRIGGERS, find_offences, triggers
from kg.extract.pipeline import sentence_spans

SENTENCES = [
    "Two of those arrested have now been charged with conspiracy.",
    "Four of them had been jailed by March.",
    "He was jailed for six years and suspended for two years.",
    "The gang, led by Sam Hollis, ran for three years.",
    "She was banned from driving for 18 months and jailed for 2 years.",
    "Cash worth £250,000 and €1.5m was found, with three million pounds in a bank.",
    "The ringleader, Ada Rook, who ran the network, was the boss.",
    "Officers from the NCA arrested 12 people over a year.",
    "Sentences of ANOTHER FOUR YEARS were handed down to the KINGPIN.",
    "Straße 5 years İstanbul",
    "Officers seized 12 kilograms of Class A drugs, 5 firearms and 300 rounds of ammunition.",
    "Jail sentences totalling more than 140 years; 30 people were jailed for conspiracy to "
    "supply Class A drugs and money laundering.",
    "Nine victims were safeguarded and 4 OCGs dismantled after a drugs conspiracy.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_caseless_tests_agree_with_ignorecase(text: str) -> None:
    for words in (r"\b(?:jailed|charged|found\s+guilty)\b", r"\d\s*(?:kg|g)\b|years?"):
        pattern = re.compile(words, re.IGNORECASE)
        assert Caseless(pattern).found(text) == bool(pattern.search(text))
        assert Caseless(pattern).found(text, 10) == bool(pattern.search(text, 10))


def test_caseless_refuses_patterns_with_upper_case() -> None:
    with pytest.raises(ValueError):
        Caseless(re.compile(r"\S+ years", re.IGNORECASE))


def test_caseless_keeps_the_pattern_when_lowering_changes_length() -> None:
    pattern = Caseless(re.compile(r"i\w+ years", re.IGNORECASE))
    assert len("İzmir 5 years".lower()) != len("İzmir 5 years")
    assert pattern.found("İzmir years")


@pytest.mark.parametrize("text", SENTENCES)
def test_cheap_tests_never_hide_a_match(text: str) -> None:
    lowered = text.lower()
    if OF_THOSE.search(text):
        assert OF_THOSE_LOWER.search(lowered)
    if RINGLEADER_CUE.search(text):
        assert any(w in lowered for w in RINGLEADER_NOUNS) or (
            any(w in lowered for w in RINGLEADER_VERBS) and ("by" in lowered or "who" in lowered)
        )
    for end in range(len(text) + 1):
        if NOT_A_SENTENCE_LEFT.search(text[:end]):
            assert not_a_sentence_cue(text[:end]), text[:end]


def test_money_sign_path_matches_the_full_pattern() -> None:
    for text in SENTENCES:
        assert [found[:2] for found in money(text)] == [m.span() for m in MONEY_RE.finditer(text)]
    assert [v for _, _, v, _, _ in money(SENTENCES[5])] == [250000, 1500000, 3000000]


def test_durations_start_at_a_word_boundary() -> None:
    assert durations("someone years later") == ()
    assert durations("in Ghana years ago") == ()
    assert [(v, u) for _, _, v, u in durations("jailed for two years and six months")] == [
        (Decimal("2.5"), "YR")
    ]


def test_sentence_spans_are_spacy_sentences() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for text in ["", " ", "One.  Two!\n\n  Three ", " ".join(SENTENCES)]:
        doc = nlp(text)
        assert sentence_spans(doc) == [(s.start_char, s.end_char) for s in doc.sents]


UNTRIGGERED = [(p, c) for p, c in OFFENCES if not triggers(p)]


def test_every_offence_rule_without_a_trigger_word_has_hand_triggers() -> None:
    assert {candidates[0] for _, candidates in UNTRIGGERED} == set(HAND_TRIGGERS)


@pytest.mark.parametrize(("pattern", "candidates"), UNTRIGGERED, ids=lambda v: str(v)[:20])
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_hand_triggers_are_in_every_match(pattern: str, candidates: tuple, data) -> None:
    text = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True))
    lowered = text.lower()
    assert any(word in lowered for word in HAND_TRIGGERS[candidates[0]]), text


@pytest.mark.parametrize("index", range(len(CUSTODIAL_RULES)))
@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_custodial_words_are_in_every_match(index: int, data) -> None:
    text = data.draw(st.from_regex(CUSTODIAL_RULES[index], fullmatch=True)).lower()
    assert "years" in text
    assert any(word in text for word in CUSTODIAL_WORDS[index]), text


def test_lower_twin_refuses_upper_case_escapes_and_keeps_group_names() -> None:
    with pytest.raises(ValueError):
        lower_twin(re.compile(r"\S+ years", re.IGNORECASE))
    twin = lower_twin(re.compile(r"(?P<n>\d+) OCGs\b", re.IGNORECASE))
    match = twin.search("dismantled 12 ocgs")
    assert match is not None and match.group("n") == "12"


# "İ" lower-cases to two characters, so text ending in it takes the original patterns.
@pytest.mark.parametrize("text", [*SENTENCES, *(s.upper() for s in SENTENCES)])
def test_lower_twins_find_what_the_original_patterns_find(text: str) -> None:
    for function in (counts, durations, find_offences):
        args = (text, True) if function is counts else (text,)
        longer = (text + " İ", True) if function is counts else (text + " İ",)
        assert list(function(*args)) == list(function(*longer)), function.__name__
    assert list(custodial_years(text)) == list(custodial_years(text + " İ"))


COUNT_SENTENCES = [
    "The unit jailed 12 people last year.",
    "In all 30 men were jailed for their part.",
    "Officers arrested 14 suspects and charged nine people.",
    "Of the 21 arrested, 12 people have so far been charged.",
    "Seven people have been charged and 11 firearms were seized.",
    "Police recovered 450 individual wraps of crack cocaine and 3 pistols.",
]


@pytest.mark.parametrize("text", COUNT_SENTENCES)
def test_every_count_rule_that_matches_is_found_past_its_keywords_and_gate(text: str) -> None:
    # Keywords and gates are attached to rules; a gate or keyword on the wrong rule would
    # hide what the plain pattern finds ("jailed 12 people" lost behind "people were jailed").
    found = {(f.measure, f.start) for f in counts(text, period_cues=True)}
    for measure, pattern, _, _ in COUNT_RULES:
        for match in pattern.finditer(text):
            assert (measure, match.start("n")) in found, (measure, match.group(0))
