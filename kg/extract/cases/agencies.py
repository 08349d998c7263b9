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
# "officers from", "colleagues at the": words before an organisation in a credit
LEAD_IN = re.compile(
    r"(?:(?:officers|staff|colleagues|detectives|investigators|teams?|specialists|partners)\s+"
    r"(?:from|of|at)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# between two organisations of one credit: "A, B and the C", "A as well as B"
LIST_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)", re.IGNORECASE)


class CaseAgencies(CaseBase):
    """The organisations credited with a case."""

    def leads(self) -> list[str]:
        """The release's own unit or force; a prosecutor's release credits the
        investigators it names ("a joint investigation by HMRC and the Met"), never itself."""
        main = self.entities.main_unit
        if not main or main not in self.ex.orgs:
            return []
        if main not in PROSECUTORS:
            return [main]
        for cue in INVESTIGATED_BY.finditer(self.view.text, self.view.release.body_start):
            named = self.credited_from(cue.end())
            if named:
                return named
        return []

    def supporters(self, start: int, end: int, led_by: list[str]) -> list[str]:
        """The organisations a sentence says supported or assisted the work, in order
        ("supported by Devon and Cornwall Police, MAOC(N) and the Irish Navy")."""
        found: list[str] = []
        for cue in SUPPORT_CUE.finditer(self.view.text, start, end):
            for key in self.credited_from(cue.end()):
                if key not in led_by and key not in found:
                    found.append(key)
        return found

    def credited_from(self, position: int) -> list[str]:
        """The police and agencies listed from `position` on, each named right after the
        last ("officers from Warwickshire" is its force); none when the words there name
        something else ("supported by evidence from the NCA")."""
        text = self.view.text
        keys: list[str] = []
        while True:
            lead_in = LEAD_IN.match(text, position)  # matches the empty string at worst
            position = lead_in.end() if lead_in else position
            named = self.investigator_at(position)
            if named is None:
                return keys
            key, position = named
            if key not in keys:
                keys.append(key)
            gap = LIST_GAP.match(text, position)
            if gap is None:
                return keys
            position = gap.end()

    def investigator_at(self, position: int) -> tuple[str, int] | None:
        """(key, end) of the force or agency named at `position`; an area stands for its
        force."""
        for entity in self.view.entities_in(position, position + 80):
            if entity.start != position or not entity.ident:
                continue
            if entity.label == "ORG":
                org = self.ex.orgs.get(entity.ident)
                if org is None or org.kind not in INVESTIGATORS or entity.ident in PROSECUTORS:
                    continue
                return entity.ident, entity.end
            areas = self.entities.gaz.force_of_area
            force = areas.get(entity.ident) if entity.label == "PLACE" else None
            if force is not None:
                self.entities.add_org(force, entity.start, entity.end)
                return force, entity.end
        return None
