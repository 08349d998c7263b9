"""Name patterns the entity rules (and the case rules) share: a person's name and its words."""

from __future__ import annotations

import re

# Letters of names from other alphabets' Latin spellings: "Nghĩa", "Łukasz", "Öztürk".
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u1e00-\u1eff"
NAME_WORD = (
    rf"(?>(?:[A-Z]['’](?=[A-Z]))?[{UPPER}][{LOWER}A-Z]*[{LOWER}][{LOWER}A-Z]*"
    rf"(?:[-'’][{UPPER}][{LOWER}A-Z]+)?)"
)
# Words of a name are separated by spaces, never a line break: releases list one
# defendant per line, and "Bradford" closing one line is not a first name for the next.
# A nickname in quotes after the first name ('Paul "Tank" Delaney') is not part of the name.
# So is a nickname in brackets: "Henry (Harry) McGuire".
NICK = r"""(?:[ \t\u00a0]+(?:["“‘'][A-Z][\w-]*["”’']|\([A-Z][a-z]+\)))?"""
# Later words are never a post ("John Hanson Head of Major Crime") and an initial is one
# letter ("Brian Cummings QC" ends before the letters after a name).
# Words of a post that never go on a name ("Supt Peter Newton Divisional Commander for
# Gwynedd", "John Hanson Head of Major Crime").
POST_WORDS = frozenset(
    {
        "Head", "Director", "Deputy", "Chief", "Senior", "Detective", "Inspector",
        "Superintendent", "Divisional", "District", "Commander", "Assistant", "Minister",
    }
)  # fmt: skip
NOT_NAME_WORD = rf"(?!(?:{'|'.join(sorted(POST_WORDS))})\b)"
NAME = (
    rf"{NAME_WORD}{NICK}(?:[ \t\u00a0]+(?:{NOT_NAME_WORD}{NAME_WORD}|[A-Z](?:\.|(?![\w’']))|"
    r"(?:de|van|von|bin|da|di|le|ap|al|el|du|del|der|den|dos|ibn)(?=[ \t\u00a0]))){1,3}"
)
NAME_CONTINUES = re.compile(
    r"[ \t]+(?:(?i:crown\s+court|magistrates|youth\s+court|sheriff\s+court|high\s+court)|"
    # "Manchester and Salford Magistrates' Court"
    r"and\s+[A-Z][a-z]+\s+(?i:magistrates|crown\s+court)|"
    r"Airport|Police|Constabulary|Prison|Station|Tunnel|Division\b|"
    # "Kent and Essex Serious Crime Directorate", "Merseyside Organised Crime Partnership"
    r"(?:and\s+[A-Z][a-z]+\s+)?(?:Serious(?:\s+and)?\s+(?:Organised\s+)?Crime|Organised\s+Crime|"
    r"Major\s+Crime|Economic\s+Crime)\s+(?:Directorate|Unit|Team|Command|Partnership|Squad)\b|"
    r"Road|Street|Avenue|Lane|Close|Drive|Crescent|Grove|Terrace|Way|Walk|Brow|Square|"
    r"(?:Rd|Ave|St)\b\.?|"  # "of Bowes Rd in Enfield"
    # "Holland House Road": a street named after a place
    r"[A-Z][a-z]+\s+(?:Road|Street|Avenue|Lane|Close|Drive|Crescent|Grove|Terrace|Way)\b|"
    r"Council|University|Hospital|Port\b|of\s+[A-Z])"
)
# An organisation named as an owner ("Avon and Somerset Police's", "CPS East of England's").
OWNER_NAME = r"[A-Z][\w&-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w&-]*){0,3}"
# A prosecutor whose office is not named in the title works for the prosecuting service
# the release names (Scotland's Crown Office, England's CPS, Northern Ireland's PPS).
PROSECUTORS = ("crown-office", "crown-prosecution-service", "public-prosecution-service-ni")
