"""`Cues.present` finds exactly the cues a substring test finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.cues import Cues
from kg.extract.figures import COUNT_CUES
from kg.extract.offences import _trigger_cues

LETTERS = st.text(alphabet="abcdeilnorst", min_size=1, max_size=5)
CUES = st.lists(st.one_of(LETTERS, st.text(alphabet="abc -'é1", min_size=1, max_size=4)))
TEXT = st.text(alphabet="abcdeilnorst -,.'é1İ\n", max_size=60)


@settings(max_examples=400, deadline=None)
@given(cues=CUES, texts=st.lists(TEXT, min_size=1, max_size=4))
def test_present_is_the_substring_test(cues: list[str], texts: list[str]) -> None:
    finder = Cues(cues)
    for text in texts:  # later texts reuse the cache of words seen before
        assert finder.present(text) == {c for c in cues if c in text}


def test_rule_cues_on_sentences() -> None:
    sentences = [
        "four men were arrested and 2kg of cocaine seized in a break-in at the port",
        "she admitted money laundering and conspiracy to supply class a drugs.",
        "officers parted with nothing; the victims handed over £3,000 in cash",
        "",
    ]
    for cues in (COUNT_CUES, _trigger_cues()[0]):
        every = (*cues.letters, *cues.others)
        assert len(every) > 50
        for sentence in sentences:
            assert cues.present(sentence) == {c for c in every if c in sentence}
    assert {"break-ins", "parted with", "handed over"} <= set(COUNT_CUES.others)
