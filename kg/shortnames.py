"""`id:unit/ersou` and `graph:reference` in query text, as `kg query`'s tables print them.

Tables show instance and graph IRIs as `id:…` and `graph:…`, but a `/` is not allowed
in a SPARQL prefixed name, and neither prefix is declared, so a name copied from a
table into a query was a syntax error. Outside strings, IRIs and comments, such a name
is read as the IRI it stands for, unless the query declares that prefix itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.prefixes import display_prefixes

# Strings, IRIs and comments are kept as they are; the rest is searched for names.
_KEPT = (
    r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\""
    r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*"
)
# `id:` or `graph:` not inside a longer name or a variable. The local part is segments
# joined by '/' (or an escaped '\/'); a segment ends on a letter, digit, '_' or '-' (a
# '.' after it ends the triple), and a '/' before another prefixed name is a property
# path's sequence (`id:p/rdfs:label`), not part of the name.
_SEGMENT = r"[\w-](?:[\w.-]*[\w-])?"
_NAME = (
    r"(?<![\w:?$-])(?P<prefix>id|graph):"
    rf"(?P<local>{_SEGMENT}(?:(?:/|\\/)(?!{_SEGMENT}:){_SEGMENT})*)"
)
_PATTERN = re.compile(f"(?P<kept>{_KEPT})|{_NAME}", re.DOTALL)
_DECLARED = re.compile(r"\b(?i:PREFIX)\s+(id|graph)\s*:")


@dataclass(frozen=True)
class Rewritten:
    """The query as it is run, and where its names were, to point errors at the original."""

    text: str
    # (line, first column, last column + 1 in `text`, columns added), 1-based, per name
    names: tuple[tuple[int, int, int, int], ...] = ()

    def original_column(self, line: int, column: int) -> int:
        """The column in the text the user wrote of `column` on `line` of `text`."""
        shift = 0
        for at_line, start, end, added in self.names:
            if at_line != line or start > column:
                continue
            if column < end:  # inside a name written out: point at the name
                return start - shift
            shift += added
        return column - shift


def rewrite(text: str) -> Rewritten:
    """`text` with each `id:…` and `graph:…` name written as its full `<IRI>`."""
    if "id:" not in text and "graph:" not in text:
        return Rewritten(text)
    declared = set(_DECLARED.findall(text))
    prefixes = display_prefixes()
    pieces: list[str] = []
    names: list[tuple[int, int, int, int]] = []
    kept_to = 0
    added_on_line = 0
    line = 1
    line_start = 0
    for match in _PATTERN.finditer(text):
        prefix = match.group("prefix")
        if match.group("kept") is not None or prefix in declared:
            continue
        before = text[kept_to : match.start()]
        pieces.append(before)
        newlines = before.count("\n")
        if newlines:
            line += newlines
            line_start = kept_to + before.rindex("\n") + 1
            added_on_line = 0
        local = match.group("local").replace("\\/", "/")
        iri = f"<{prefixes[prefix]}{local}>"
        pieces.append(iri)
        start = match.start() - line_start + 1 + added_on_line
        names.append((line, start, start + len(iri), len(iri) - len(match.group(0))))
        added_on_line += len(iri) - len(match.group(0))
        kept_to = match.end()
    pieces.append(text[kept_to:])
    return Rewritten("".join(pieces), tuple(names))


def expand_short_names(text: str) -> str:
    """`text` with each `id:…` and `graph:…` name written as its full `<IRI>`."""
    return rewrite(text).text
