"""CSV cells a spreadsheet opens as text, never as a formula ("CSV injection", OWASP).

Excel and LibreOffice run a cell starting with `=`, `+`, `-` or `@` as a formula (a tab
or carriage return first can do the same), so a press release's "=HYPERLINK(…)" would
become a live link or worse in the CSV a journalist opens. Every CSV kg writes passes its
cells through `spreadsheet_safe`, which puts a `'` in front of such a cell, as OWASP
advises. A plain number (`-3`, `-0.5`, `+1e5`) is left alone: a spreadsheet reads it as
that number and runs nothing.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def spreadsheet_safe(cell: str) -> str:
    """`cell` as it is, or with a leading `'` if a spreadsheet would read it as a formula."""
    if cell.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell
