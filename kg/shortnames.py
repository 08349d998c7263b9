"""`id:unit/ersou` and `graph:reference` in query text, as `kg query`'s tables print them.

Tables show instance and graph IRIs as `id:…` and `graph:…`, but a `/` is not allowed
in a SPARQL prefixed name, and neither prefix is declared, so a name copied from a
table into a query was a syntax error. Outside strings, IRIs and comments, such a name
is read as the IRI it stands for, unless the query declares that prefix itself.
"""

from __future__ import annotations

import re

from kg.prefixes import display_prefixes

# Strings, IRIs and comments are kept as they are; the rest is searched for names.
_KEPT = (
    r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\""
    r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*"
)
# `id:` or `graph:` not inside a longer name or a variable; a local part that ends on
# a letter, digit, '_' or '-' (a '.' after it ends the triple).
_NAME = r"(?<![\w:?$.-])(?P<prefix>id|graph):(?P<local>[\w-](?:[\w./-]*[\w-])?)"
_PATTERN = re.compile(f"(?P<kept>{_KEPT})|{_NAME}", re.DOTALL)
_DECLARED = re.compile(r"\b(?i:PREFIX)\s+(id|graph)\s*:")


def expand_short_names(text: str) -> str:
    """`text` with each `id:…` and `graph:…` name written as its full `<IRI>`."""
    if "id:" not in text and "graph:" not in text:
        return text
    declared = set(_DECLARED.findall(text))
    prefixes = display_prefixes()

    def replace(match: re.Match[str]) -> str:
        prefix = match.group("prefix")
        if match.group("kept") is not None or prefix in declared:
            return match.group(0)
        return f"<{prefixes[prefix]}{match.group('local')}>"

    return _PATTERN.sub(replace, text)
