"""Which of many literal cue words occur in a text, in one pass over its words.

Rule families skip their patterns unless the text holds one of their cue
words (a substring test, `cue in lowered`). With a hundred or more cues that
is a hundred or more tests per sentence. A cue made only of the letters a-z
can only occur inside a run of such letters, so the runs of the text are
found once and each distinct run is looked up in a cache of the cues it
contains (texts reuse few words); other cues keep the substring test. The
answer is exactly the set of cues `cue in lowered` finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_RUN = re.compile(r"[a-z]+")
_CACHE_LIMIT = 200_000  # distinct runs remembered; cleared when reached


class Cues:
    """`present(lowered)`: the cues (lower case) that occur in a lower-cased text."""

    def __init__(self, cues: Iterable[str]) -> None:
        unique = tuple(dict.fromkeys(cues))
        self.letters = tuple(c for c in unique if _RUN.fullmatch(c))
        self.others = tuple(c for c in unique if not _RUN.fullmatch(c))
        self._runs: dict[str, frozenset[str]] = {}

    def present(self, lowered: str) -> set[str]:
        found: set[str] = set()
        runs = self._runs
        for run in set(_RUN.findall(lowered)):
            hits = runs.get(run)
            if hits is None:
                if len(runs) >= _CACHE_LIMIT:
                    runs.clear()
                hits = runs[run] = frozenset(c for c in self.letters if c in run)
            if hits:
                found |= hits
        for cue in self.others:
            if cue in lowered:
                found.add(cue)
        return found
