"""Deterministic identifiers: curated ids become IRI-safe slugs and instance IRIs."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rdflib is imported lazily: `kg query` must start fast (see kg.store)
    from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/soc-kg/"
# Characters an IRI may not hold as they are (RFC 3987), besides spaces and controls.
NOT_IN_IRI = frozenset('<>"{}|\\^`')


def iri_breakers(value: str) -> list[str]:
    """The characters of `value` that would make it an invalid IRI, sorted."""
    return sorted({c for c in value if c in NOT_IN_IRI or c.isspace() or not c.isprintable()})


_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


# Latin letters that Unicode does not decompose into a base letter plus accents.
_LATIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
     "ħ": "h", "Ħ": "H", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
     "þ": "th", "Þ": "TH"}
)  # fmt: skip


def _has_ascii_form(char: str) -> bool:
    return any(part.isascii() and part.isalnum() for part in unicodedata.normalize("NFKD", char))


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; idempotent, never empty.

    Accents are dropped ("Łódź" is "lodz"). Letters with no ASCII form (Cyrillic,
    Greek, Arabic …) would vanish, so two different names could share a slug; a
    short hash of the original text then keeps them apart ("Иван" is "x-…").
    """
    latin = text.translate(_LATIN)
    ascii_text = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    # ASCII text loses nothing (the common case, and the per-character test is slow).
    lost = not latin.isascii() and any(
        char.isalnum() and not _has_ascii_form(char) for char in latin
    )
    if lost:
        import hashlib

        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        slug = f"{slug}-{digest}" if slug else f"x-{digest}"
    return slug or "x"


def is_slug(text: str) -> bool:
    """True when `text` is already a valid slug (what curated ids must be)."""
    return bool(_SLUG.match(text))


def normalise_base(base: str) -> str:
    """A base IRI always ends with a slash so kinds and slugs append cleanly."""
    return base if base.endswith(("/", "#")) else base + "/"


def instance_iri(base: str, kind: str, slug: str) -> URIRef:
    """`{base}id/{kind}/{slug}`, the pattern users rely on in SPARQL."""
    from rdflib import URIRef

    return URIRef(f"{normalise_base(base)}id/{kind}/{slug}")


def graph_iri(base: str, name: str) -> URIRef:
    """`{base}graph/{name}`: one named graph per source, plus reference and vocabulary."""
    from rdflib import URIRef

    return URIRef(f"{normalise_base(base)}graph/{name}")
