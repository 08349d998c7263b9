"""The small front-matter block of a text release.

```
---
title: Gang jailed for drugs conspiracy
publisher: Eastern Region Special Operations Unit
date: 2019-12-20
url: https://example.org/news/gang-jailed
---
Body text…
```
Values are plain `key: value` lines (no nesting). The body keeps its offset
in the file so extracted spans point into the file as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import SourceError
from kg.ids import is_slug
from kg.schema import YEARS, date_problem

KEYS = ("title", "publisher", "date", "url", "period", "id")
# The longest release read, in characters: spaCy refuses longer texts (its default
# `max_length`), and a press release is a few thousand, so a longer file is many
# releases run together (or not a release at all).
MAX_RELEASE_CHARS = 1_000_000
BOM = "\ufeff"  # a byte-order mark some editors put before the first character


@dataclass(frozen=True)
class Release:
    """A text release: its front matter, whole text and where the body starts."""

    path: Path
    meta: dict[str, str]
    text: str
    body_start: int
    meta_lines: dict[str, int]

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


def parse_release(text: str, path: Path) -> Release:
    """Split the front matter from the body; a missing block leaves `meta` empty."""
    meta: dict[str, str] = {}
    lines: dict[str, int] = {}
    start = len(BOM) if text.startswith(BOM) else 0  # kept, so offsets match the file
    if not text.startswith("---", start):
        return Release(path, meta, text, start, lines)
    end = re.compile(r"^---[ \t]*$", flags=re.MULTILINE).search(text, start + 3)
    first_line_end = text.find("\n")
    if end is None or first_line_end == -1:
        raise SourceError(path, 1, None, "front matter opened with '---' is never closed")
    block = text[first_line_end + 1 : end.start()]
    for number, line in enumerate(block.splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, value = meta_entry(line, path, number)
        if key in lines:
            raise SourceError(path, number, key, f"duplicate key (first at line {lines[key]})")
        meta[key] = value
        lines[key] = number
    body_start = end.end()
    if text[body_start : body_start + 1] == "\n":
        body_start += 1
    return Release(path, meta, text[:body_start] + unshout(text[body_start:]), body_start, lines)


def meta_entry(line: str, path: Path, number: int) -> tuple[str, str]:
    """One `key: value` line of the front matter, checked as the YAML loader checks the
    same field of a curated source, so the error names this line, not the whole file."""
    key, sep, value = line.partition(":")
    key = key.strip().lower()
    if not sep or key not in KEYS:
        raise SourceError(
            path, number, key or None, f"expected 'key: value' with a key from {', '.join(KEYS)}"
        )
    value = value.strip().strip("\"'")
    problem = meta_problem(key, value) if value else None
    if problem is not None:
        raise SourceError(path, number, key, f"{problem}, got {value!r}")
    return key, value


def meta_problem(key: str, value: str) -> str | None:
    """What a front-matter value lacks ("expected …"), or None when it is fine."""
    if key == "date":
        return date_problem(value) or year_problem(value[:4])
    if key == "period":
        return period_problem(value)
    if key == "id" and not is_slug(value):
        return "expected an id of lower-case letters, digits and hyphens"
    return None


# "2019", or a financial year as UK reviews give it: "2019/20", "2019-20", "2019/2020"
PERIOD = re.compile(r"(?P<first>\d{4})(?:[/-](?P<next>\d{2}|\d{4}))?")


def period_problem(text: str) -> str | None:
    """What `text` lacks to be the year a release's figures cover (a financial year's
    figures take its first year)."""
    said = PERIOD.fullmatch(text)
    expected = "expected a year such as 2019, or a financial year such as 2019/20"
    if said is None or year_problem(said.group("first")) is not None:
        return expected
    following = str(int(said.group("first")) + 1)
    if said.group("next") and not following.endswith(said.group("next")):
        return expected
    return None


def year_problem(text: str) -> str | None:
    """What `text` lacks to be a year the loader takes (a draft's `year` comes from it)."""
    if not text.isdigit() or int(text) not in YEARS:
        return f"expected a four-digit year from {YEARS.start} to {YEARS.stop - 1}"
    return None


# A news copy's opening words in capitals ("A MAN found tending …", "POLICE IN MORAY have
# …", "A LLANGOLLEN man …"): read as ordinary words, the same length.
SHOUTED_LEAD = re.compile(r"\A\s*(?:[A-Z][A-Z'’-]*\b[ \t]+)+(?=[A-Za-z£\d“\"])")
SHOUTED_WORD = re.compile(r"[A-Z][A-Z'’-]*")
# Words that open a lead in lower case; any other shouted word is a name ("LLANGOLLEN")
# unless it is a short abbreviation ("A UK court").
LEAD_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "of",
        "on",
        "at",
        "and",
        "for",
        "to",
        "from",
        "with",
        "by",
        "after",
        "as",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "man",
        "woman",
        "men",
        "women",
        "boy",
        "girl",
        "teenager",
        "teenagers",
        "couple",
        "pair",
        "trio",
        "gang",
        "gangs",
        "group",
        "drugs",
        "drug",
        "dealer",
        "dealers",
        "ring",
        "lorry",
        "driver",
        "drivers",
        "police",
        "officers",
        "detectives",
        "father",
        "mother",
        "son",
        "brothers",
        "sisters",
        "mum",
        "dad",
        "people",
        "family",
        "members",
        "criminal",
        "criminals",
        "major",
    ]
)


def unshout(body: str) -> str:
    """The body with its shouted opening words in ordinary case (same offsets)."""
    lead = SHOUTED_LEAD.match(body)
    if lead is None or not any(len(w) > 1 for w in SHOUTED_WORD.findall(lead.group())):
        return body

    def word(match: re.Match[str]) -> str:
        text = match.group()
        if text.lower() in LEAD_WORDS:
            plain = text.lower()
        elif len(text) <= 4:
            return text  # "UK", "NCA", "PSNI"
        else:
            plain = text.title()
        return plain[:1].upper() + plain[1:] if match.start() == first else plain

    first = len(lead.group()) - len(lead.group().lstrip())
    return SHOUTED_WORD.sub(word, lead.group()) + body[lead.end() :]


def read_release(path: Path) -> Release:
    """Read a .txt/.md release as UTF-8; errors name the file."""
    try:
        with path.open(encoding="utf-8", newline="") as stream:  # offsets count every CR
            text = stream.read()
    except UnicodeDecodeError:
        raise SourceError(path, None, None, "expected UTF-8 text") from None
    except OSError as error:
        raise SourceError(path, None, None, f"cannot be read: {error.strerror}") from None
    if len(text) > MAX_RELEASE_CHARS:
        raise SourceError(
            path,
            None,
            None,
            f"{len(text):,} characters, more than the {MAX_RELEASE_CHARS:,} a release may have "
            "(a press release is a few thousand): split it into one file per release",
        )
    text = plain_newlines(text)
    if path.suffix.lower() == ".md":
        text = unmark(text)
    return parse_release(untable(text), path)


def plain_newlines(text: str) -> str:
    """Windows (CRLF) and old Mac (CR) line ends as LF, with the same length, so an
    offset into the result is one into the file as written: the CR of a CRLF
    becomes a space at the line's end, a CR alone becomes the LF."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


# Markdown's marks around words ("**Jordan Smith**, 25", "## Sentences", "[link](url)"):
# blanked to spaces of the same length, so every offset still points into the file.
MARKDOWN = re.compile(
    r"\*\*|__|`|^#{1,6}(?=[ \t])|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])"
    r"|\[(?=[^\]\n]+\]\()|\]\([^)\s]*\)",
    re.MULTILINE,
)


def unmark(text: str) -> str:
    """A Markdown release as plain text with the same offsets (marks become spaces)."""
    return MARKDOWN.sub(lambda match: " " * len(match.group()), text)


# A table row that starts with a person's name ("Jamal Okafor | (aged 27) | Bradford | … |
# 11 yrs 6 mths"): its cell rules become dashes, so the row reads as the dash lists
# releases also use; the length, and so every offset, stays the same.
NAME_ROW = re.compile(
    r"^[ \t]*\|?[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}[ \t]*\|[^\n]*\|[^\n]*$",
    re.MULTILINE,
)


def untable(text: str) -> str:
    """Rows of a table of defendants as dash-separated lines (same offsets)."""
    if "|" not in text:
        return text

    def row(match: re.Match[str]) -> str:
        line = match.group()
        stripped = line.lstrip(" \t")
        if stripped.startswith("|"):  # a leading rule is blanked, not a dash
            start = len(line) - len(stripped)
            line = line[:start] + " " + stripped[1:]
        # spaces after the closing rule (or a CRLF's CR, read as one) hide it otherwise
        return line.rstrip().rstrip("|").ljust(len(match.group())).replace("|", "–")

    return NAME_ROW.sub(row, text)
