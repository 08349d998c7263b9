"""Who led a case and who supported it: the organisations an analyst credits."""

from __future__ import annotations

import re

from kg.extract.cases.base import CaseBase
from kg.extract.entities.patterns import PROSECUTORS

# "The operation was supported by Devon and Cornwall Police, the Irish Navy and …",
# "with support from the NCA", "assisted by officers from Lancashire Constabulary"
SUPPORT_CUE = re.compile(
    r"\b(?:(?:also\s+)?supported\s+by|with\s+(?:the\s+)?(?:support|assistance|help)\s+(?:of|from)|"
    r"(?:also\s+)?assisted\s+by|(?:also\s+)?helped\s+by)\s+",
    re.IGNORECASE,
)
# "an investigation by North Yorkshire Police's Economic Crime Unit", "investigated by HMRC"
INVESTIGATED_BY = re.compile(
    r"\b(?:investigat(?:ed|ion)|inquiry|enquiry|operation)\s+(?:was\s+)?(?:(?:led|run|"
    r"carried\s+out|conducted)\s+)?by\s+(?:the\s+)?",
    re.IGNORECASE,
)
# what an investigation's credit may name (never a court, a prosecutor or a group)
INVESTIGATORS = ("force", "regional-unit", "agency", "unit")


class CaseAgencies(CaseBase):
    """The organisations credited with a case."""

    def leads(self, start: int, end: int) -> list[str]:
        """The release's own unit or force; a prosecutor's release credits the
        investigators it names ("an investigation by HMRC"), never itself."""
        main = self.entities.main_unit
        if not main or main not in self.ex.orgs:
            return []
        if main not in PROSECUTORS:
            return [main]
        text = self.view.text
        for cue in INVESTIGATED_BY.finditer(text, self.view.release.body_start):
            named = self.investigators_in(cue.end(), cue.end() + 80)
            if named and named[0][0] == cue.end():
                return [named[0][1]]
        return []

    def supporters(self, start: int, end: int, led_by: list[str]) -> list[str]:
        """The organisations a sentence says supported or assisted the work, in order."""
        text = self.view.text
        found: list[str] = []
        for cue in SUPPORT_CUE.finditer(text, start, end):
            stop = self.view.sentence_at(cue.start()).end
            for _, key in self.investigators_in(cue.end(), min(stop, cue.end() + 240)):
                if key not in led_by and key not in found:
                    found.append(key)
        return found

    def investigators_in(self, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, key) of the police and agencies recognised between two offsets."""
        found = []
        for entity in self.view.entities_in(start, end, "ORG"):
            key = entity.ident
            org = self.ex.orgs.get(key or "")
            if key and org is not None and org.kind in INVESTIGATORS and key not in PROSECUTORS:
                found.append((entity.start, key))
        return found
