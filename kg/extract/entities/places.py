"""Places linked to the gazetteer, and the crime groups and county lines based in them."""

from __future__ import annotations

import re

from kg.extract.entities.base import EntityBase
from kg.extract.entities.patterns import NAME_CONTINUES
from kg.extract.facts import OrgFact, PlaceFact
from kg.extract.lexicon import DIRECTIONS, GIVEN_NAMES, STREET_WORDS
from kg.extract.pipeline import Entity
from kg.ids import slugify

# A capitalised word straight after a town's name: "Burton Agnes", "Liverpool FC"
LONGER_NAME = re.compile(r"[ \t]+([A-Z][a-z]+|[A-Z]{2,})\b")
PLACE_SUFFIXES = frozenset(
    {"Harbour", "International", "Docks", "Dock", "Port", "Ferry", "Terminal", "Town", "City",
     "Centre", "Eastern", "Western", "Airport"}
)  # fmt: skip

# Atomic: what may follow a name word (space, comma, bracket, end) never starts with a
# letter, hyphen or apostrophe, so giving back characters never helps a match; without the
# group, a failed match retries every split of every word (quadratic per word).
# The end of an organisation's name that goes on with the area it serves.
UNIT_FOR = re.compile(
    r"\b(?:Unit|Agency|Service|Team|Partnership|Command|Squad|Office|Force)\s+(?:for|of)\s+"
    r"(?:the\s+)?$"
)
PLACE_CONTEXT = re.compile(
    # ("In Sheffield £6,500 worth of vapes were seized": a sentence may open on it)
    r"(?:\d+-year-old\s+|\b(?:[Ii]n|[Ff]rom|of|[Aa]t|[Aa]cross|[Aa]round|[Nn]ear|to|into|"
    r"[Tt]hroughout|between|and|covering|"
    r"outside|inside|[Ww]ithin|towards|through|via|including|both|as\s+far\s+(?:away\s+)?as)\s+"
    r"(?:the\s+)?|,\s*|\band\s+)$"
)
# "a raid on a Glasgow warehouse", "the Leeds man": a town's name used of a noun after it
ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|but|for|from|with|was|were|has|have|had|who|which|that|after|before|"
    r"where|when|into|onto|over|under|are|the|its|his|her|their)\b)[a-z]{3,}\b"
)
NAME_GOES_ON = re.compile(r"\s+(?:[A-Z][a-z]|MP\b|MLA\b)")
LINE_NAMES_BEFORE = re.compile(r"\b(?:known\s+as|called|named|nicknamed|branded)\s+$")
LIST_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# "(?<!\s)": a run of spaces is tried from its start only (from every space it is quadratic)
LISTED_WORD = re.compile(r"(?:,\s*(?:and\s+)?|(?<!\s)\s+and\s+)(?P<name>[A-Z][a-z]+)(?=,|\s+and\s)")
# "a factory in Hamilton, South Lanarkshire", "of Heywood , Lancashire": a village or a
# town named like a surname, placed by the county or city after it
LOCALITY = re.compile(
    r"(?:\b(?:in|at|from|of|near)\s+|"
    # "of Hollinwell Avenue, Wollaton, Nottingham": the district after a street
    rf"\b(?:{'|'.join(STREET_WORDS)}),[ \t]*)"
    # (a street's name is never the name: "of Hollinwell Avenue" leaves "Avenue, " to match)
    rf"(?P<name>[A-Z][a-z]+(?:[ -](?!(?:{'|'.join(STREET_WORDS)})\b)[A-Z][a-z]+){{0,2}})"
    r"[ \t]?,[ \t]*(?=[A-Z])"
)
# "the quiet town of Pontardawe", "the village of Ulrome": a place however small
NAMED_SETTLEMENT = re.compile(
    r"\b(?:town|village|hamlet|suburb)\s+of\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b"
)
# "a 91-year-old Pedmore woman", "a retired Sedgley woman": where a person lives
PERSON_OF_PLACE = re.compile(
    r"\b[Aa]n?\s+(?:\d+-year-old\s+|retired\s+|local\s+|elderly\s+)?(?P<name>[A-Z][a-z]+)\s+"
    r"(?:man|woman|pensioner|resident|teenager|boy|girl)\b"
)
# what else names a person so ("a Romanian man", "a Black woman", "an Army veteran")
NOT_PLACE_OF_PERSON = re.compile(
    r"(?:an|ese|ish|i|ic)$|^(?:Black|White|Asian|Muslim|Jewish|Sikh|Hindu|Army|Local|Young|Old)$"
)
NOT_LOCALITY_WORDS = frozenset(
    {*STREET_WORDS, "Police", "Constabulary", "Station", "Prison", "Services", "Council",
     "Operation", "Court", "Street", "Estate", "Park", "Hall", "House", "Farm", "Centre",
     "Detective", "Inspector", "Sergeant", "Constable", "Officer", "Judge", "Mr", "Mrs", "Ms",
     "The", "January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
     "Thursday", "Friday", "Saturday", "Sunday", "Crown", "Magistrates", "Justice"}
)  # fmt: skip
COURT_IN = re.compile(r"\bCourt\s+(?:in|at)\s+$")
# "Kent's Police and Crime Commissioner", "Essex's Chief Constable", "Staffordshire
# Commissioner Ben Adams": the area's police or commissioner, no place
OFFICE_OF_AREA = re.compile(
    r"['’]s\s+(?:Police\b|PCC\b|(?:Deputy\s+)?Chief\s+Constable\b)|\s+(?:Commissioner|PCC)\b"
)
# "Police, Fire and Crime Commissioner for Northamptonshire", "CPS Mersey-Cheshire"
OFFICE_BEFORE_AREA = re.compile(r"\b(?:Commissioner\s+for\s+(?:the\s+)?|CPS\s+[\w-]+-)$")
AREA_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:['’]s)?"  # "Cardonald", "St Ann's"
AREA_RE = re.compile(
    rf"\b(?:in|from|around|near|across)\s+the\s+(?P<name>{AREA_NAME})"
    # "in the Manor and Arbourthorne areas of the city", "in the Sharrow, Highfield and
    # Abbeydale areas"
    rf"(?:(?:,\s+(?P<name3>{AREA_NAME}))?(?:,\s+(?P<name4>{AREA_NAME}))?,?\s+and\s+"
    rf"(?P<name2>{AREA_NAME})\s+areas|\s+area)$"
)
AREA_WORD = re.compile(r"(?<=[a-z]) areas?\b")
# "across the Force area", "in the Borough area": an area named by what it is, not a name
AREA_NOT_NAMED = frozenset(
    {
        "Force",
        "Forces",
        "Police",
        "Policing",
        "Borough",
        "County",
        "City",
        "Town",
        "Region",
        "Local",
    }
)
DIRECTION_END = re.compile(rf"\b({DIRECTIONS})\s+$")
COMPASS_RE = re.compile(
    rf"\b{DIRECTIONS}\s+(?:England|Wales|Scotland|London|Norfolk|Suffolk|Yorkshire|Midlands|"
    rf"Cornwall|Devon|Kent|Essex|Lancashire|Cumbria|Belfast)\b"
)
# "north London", "the north Essex countryside": a direction within the county or city,
# which is the place. Written with capitals ("West Norfolk") or as a compound ("south-east
# Cornwall") the words name a region, and so do "east Lancashire" and "west Cumbria"
# however written (areas with names of their own).
# "across the north east", "the north west of England" (not "of Scotland", "of the city")
LOWER_REGION = re.compile(
    r"\b(?:the|and)\s+north[\s-](?P<side>east|west)\b"
    r"(?!\s+of\s+(?!England\b))(?!\s+[A-Z])"
)
DESCRIBED_AREAS = frozenset({"London", "Norfolk", "Suffolk", "Cornwall", "Devon", "Kent", "Essex"})
FORCES_BEFORE = re.compile(r"\b(?:police\s+)?forces\b[^.;()]{0,50}$", re.IGNORECASE)
FACILITY_RE = re.compile(
    r"\b(?:Port\s+of\s+[A-Z][a-z]+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Airport|International\s+Airport))"
)
GROUP_NOUNS = (
    r"[Oo]rganised\s+[Cc]rime\s+[Gg](?:roup|ang)|[Oo]rganised\s+[Cc]riminal\s+[Gg]roup|OCG|"
    r"crime\s+gang|"
    r"criminal\s+gang|criminal\s+network|drugs?\s+gang|drugs?\s+network|drugs?\s+ring|gang|"
    r"(?:supply\s+)?network|ring|(?:supply\s+)?group|syndicate"
)
# Words before "gang" that say nothing of which gang it is ("the entire gang").
VAGUE_GROUP_WORDS = frozenset(
    {
        "entire",
        "whole",
        "major",
        "same",
        "wider",
        "large",
        "big",
        "sophisticated",
        "notorious",
        "violent",
        "dangerous",
        "prolific",
        "this",
        "that",
        "their",
        "his",
        "her",
        "its",
        "rival",
        "other",
        "first",  # "the first gang convicted": no name
        "most",  # "the most extensive drugs gang ever tackled": no name
        "biggest",
        "largest",
        "extensive",
        "calculated",  # "This was a calculated network"
        "ruthless",
        "highly",
        "well",
        "well-organised",
        "tight-knit",
        "close-knit",
    }
)
# Words before "network" or "group" that make it a thing, not criminals.
NOT_GROUP_WORDS = frozenset(
    {
        "rocu",  # "the ROCU network": the regional units
        "(rocu)",
        "rail",
        "railway",
        "road",
        "motorway",
        "transport",
        "phone",
        "telephone",
        "mobile",
        "encrypted",
        "messaging",
        "communications",
        "computer",
        "social",
        "banking",
        "support",
        "partner",
        "partnership",
        "referral",
        "working",
        "steering",
        "advisory",
        "community",
    }
)
CLAUSE = re.compile(
    r"\s*,?\s*(?:that|which|who|suspected\s+of|responsible\s+for|behind)\b[^.;]{0,90}"
)
# "an organised crime gang from Warrington", "… based in Sheffield and Rotherham", "… on
# Merseyside which …", "… operating in Flintshire": where the group is, just after its noun.
GROUP_PLACE_AFTER = re.compile(
    r"\s*(?:\([A-Z]{2,5}\)\s*)?(?:from|based\s+(?:in|on|around)|operating\s+(?:in|across|from|"
    r"out\s+of|on)|working\s+(?:in|across)|on|in|across|out\s+of)\s+"
    r"(?P<where>(?:the\s+)?(?:wider\s+|greater\s+)?[A-Z][\w'’-]*"
    r"(?:(?:\s+|-|\s+and\s+)[A-Z][\w'’-]*){0,4})"
)
ORGANISED_NOUN = re.compile(
    r"[Oo]rganised|OCG|crime\s+gang|criminal\s+(?:gang|network)|drugs?\s+(?:gang|ring|network)"
)
GOODS = re.compile(
    r"\b(?:crack\s+cocaine|cocaine|heroin|cannabis|amphetamine|ketamine|MDMA|guns|firearms|"
    r"cash|crack)\b",
    re.IGNORECASE,
)
# Northern Ireland's paramilitary groups, which PSNI releases treat as organised crime
# groups ("drugs linked to the East Belfast UVF", "suspected INLA criminality").
PARAMILITARY = re.compile(
    r"\b(?:(?:(?:North|South|East|West|Mid|South[- ]East|North[- ]West)\s+)?"
    r"(?:Belfast|Antrim|Down|Ulster|Derry|Tyrone|Armagh)\s+)?"
    r"(?:UVF|UDA|UFF|LVF|INLA|New\s+IRA|Continuity\s+IRA|Real\s+IRA)\b"
)
NORTHERN_IRELAND = re.compile(
    r"\bPSNI\b|Police\s+Service\s+of\s+Northern\s+Ireland|Northern\s+Ireland|"
    r"Paramilitary\s+Crime\s+Task\s+Force|\bBelfast\b"
)
SYMBOL_AFTER = re.compile(r"\s+(?:flags?|murals?|regalia|emblems?|banners?|tattoos?|symbols?)\b")
NAMED_LINE = re.compile(
    r"(?:[\"“‘']\s*(?P<quoted>[A-Z][a-z]+)\s*[\"”’']|\bthe\s+(?P<plain>[A-Z][a-z]+))\s+"
    r"(?:county\s+|drugs?\s+|deal(?:ing)?\s+)?line\b|"
    # 'a county line known as "Bizzle"'
    # "the line holder for a dealer group called 'LJ'"
    r"\b(?:(?:county|drugs?|deal(?:ing)?)\s+line|dealer\s+group|deal(?:ing)?\s+line\s+group)"
    r"\s+(?:known\s+as|called|named|branded)\s+"
    r"[\"“‘']\s*(?P<after>[A-Z](?:[a-z]+|[A-Z]{1,3}))\s*[\"”’']"
)
NOT_LINE_NAMES = frozenset({"County", "Drugs", "Drug", "Deal", "Phone", "Front", "Class", "The"})
GROUP_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<pre>(?:(?!(?:of|the|a|an|and|to|for|from|in|with|by|member|members|"
    rf"that|this|these|those|which|who|its|their|his|her|between|within|against|into|over|"
    rf"behind|on|at)\b)"
    rf"[\w-]+\s+){{0,3}}?)(?P<noun>{GROUP_NOUNS})\b"
    r"(?!\s+(?:of|membership|members?|culture|violence|crime|activity|rivalry|[Tt]eam|[Uu]nit|"
    r"[Ss]quad)\b)"
)
# Every GROUP_NOUNS alternative holds one of these (case as written): a cheap test first.
GROUP_NOUN_WORDS = ("group", "Group", "OCG", "gang", "Gang", "network", "ring", "syndicate")
# Nations named together as a jurisdiction: "across England and Wales", "England,
# Scotland and Wales".
JURISDICTION = re.compile(
    r"\bEngland\s+and\s+Wales\b|\bEngland,\s+(?:Scotland|Wales),?\s+and\s+(?:Wales|Scotland)\b"
)
GROUP_WORDS = tuple((n, re.compile(rf"\b{n}\b")) for n in ("gang", "network", "ring", "syndicate"))


class PlaceRules(EntityBase):
    """Places, crime groups and county lines."""

    # places --------------------------------------------------------------

    def places(self) -> None:
        text = self.view.text
        for entity in self.view.entities:
            if entity.label not in ("PLACE", "GPE") or not entity.ident:
                continue
            after = text[entity.end : entity.end + 60]
            if NAME_CONTINUES.match(after) or OFFICE_OF_AREA.match(after):
                continue  # part of a longer name: a court, an airport, a force
            if OFFICE_BEFORE_AREA.search(text, max(0, entity.start - 40), entity.start):
                continue  # an office's area: the commissioner's, the prosecutors'
            if text[entity.start - 1 : entity.start] == " " and self.after_abbreviation(entity):
                continue  # "CPS East Midlands": an organisation's regional office
            if self.in_forces_bracket(entity.start):
                continue  # "the five forces in the region (Avon and Somerset, Dorset, …)"
            if UNIT_FOR.search(text, max(0, entity.start - 40), entity.start):
                continue  # "the Regional Organised Crime Unit for the West Midlands"
            if COURT_IN.search(text, max(0, entity.start - 12), entity.start):
                continue  # "the High Court in Glasgow": the court's name, not a place
            if entity.ident in ("england", "wales", "scotland") and JURISDICTION.search(
                text, max(0, entity.start - 20), min(len(text), entity.end + 20)
            ):
                continue  # "ROCUs in England and Wales": the nations policed, not a place
            before = text[max(0, entity.start - 20) : entity.start]
            direction = DIRECTION_END.search(before) if before[-5:-1].isalpha() else None
            if (
                direction
                and COMPASS_RE.fullmatch(f"{direction.group(1)} {entity.text}")
                and entity.text != "Belfast"  # "north Belfast": a district, and the city too
                and not (
                    direction.group(1).isalpha()
                    and direction.group(1).islower()
                    and entity.text in DESCRIBED_AREAS
                )
            ):
                continue  # "south Wales": a region of its own (compound_places)
            if after.startswith((" national", " citizen")):
                continue  # "both Trinidad and Tobago nationals": a nationality, not a place
            if entity.label == "GPE" and self.starts_a_longer_name(entity):
                continue  # "Burton Agnes", "the Moreton Arms", "Liverpool FC": another name
            if entity.label == "GPE":
                if direction and (
                    direction.group(1)[0].isupper() or not direction.group(1).isalpha()
                ):
                    continue  # "East Antrim", "south east Antrim": an area named after a town
                if direction:
                    before = before[: direction.start()]  # "across south Manchester"
                if not (
                    PLACE_CONTEXT.search(before)
                    or after.startswith(
                        ("-based", " based", " area", " organised", " gang", " crime", " drugs")
                    )
                    or self.heads_a_list(entity)
                    or (ARTICLE_BEFORE.search(before) and NOUN_AFTER.match(after))
                ):
                    continue
            self.place(entity)
        self.listed_towns()
        self.localities()
        self.named_settlements()
        self.compound_places()

    def listed_towns(self) -> None:
        """'Boston, Spalding and Skegness': a town named like a surname ("Spalding") is a
        place between two places of a list."""
        text = self.view.text
        if not self.gaz.listed_towns:
            return
        for match in LISTED_WORD.finditer(text, self.view.release.body_start):
            ident = self.gaz.listed_towns.get(match.group("name"))
            if ident is None or self.view.entity_at(match.start("name"), match.end("name")):
                continue
            kinds = ("GPE", "PLACE")
            before = self.view.entities_in(max(0, match.start() - 40), match.start(), *kinds)
            after = self.view.entities_in(match.end(), match.end() + 40, *kinds)
            if not (
                before
                and after
                and before[-1].ident in self.ex.places
                and before[-1].end == match.start()
                and LIST_GAP.fullmatch(text, match.end("name"), after[0].start)
            ):
                continue
            entity = Entity(
                match.start("name"), match.end("name"), match.group("name"), "GPE", ident, "town"
            )
            self.view.add_entity(entity)
            self.place(entity)

    def named_settlements(self) -> None:
        """'the quiet town of Pontardawe', 'a 91-year-old Pedmore woman': a place the
        gazetteer may not know."""
        text = self.view.text
        body = self.view.release.body_start
        for match in (
            *NAMED_SETTLEMENT.finditer(text, body),
            *PERSON_OF_PLACE.finditer(text, body),
        ):
            if match.re is PERSON_OF_PLACE and NOT_PLACE_OF_PERSON.search(match.group("name")):
                continue
            start, end = match.start("name"), match.end("name")
            known = self.view.entities_in(start, end, "PLACE", "GPE", "ORG", "PERSON")
            if known:
                whole = known[0].start == start and known[0].end == end
                if whole and known[0].ident and known[0].label in ("PLACE", "GPE"):
                    self.place(known[0])
                continue
            name = match.group("name")
            if name.split()[-1] in NOT_LOCALITY_WORDS:
                continue
            ident = slugify(name)
            self.view.add_entity(Entity(start, end, name, "GPE", ident, "town"))
            self.new_place(name, "town", start, end, 0.6)

    def localities(self) -> None:
        """'in Lelley, East Yorkshire', 'a factory in Hamilton, South Lanarkshire': a name
        the gazetteer does not know (or knows only in lists) is a place when the county,
        region or city it lies in follows it."""
        text = self.view.text
        for match in LOCALITY.finditer(text, self.view.release.body_start):
            name = match.group("name")
            words = name.replace("-", " ").split()
            if any(word in NOT_LOCALITY_WORDS for word in words) or (
                words[0] in GIVEN_NAMES and name not in self.gaz.listed_towns
            ):
                continue
            start, end = match.start("name"), match.end("name")
            area = self.view.entities_in(match.end(), match.end() + 60, "PLACE", "GPE", "ORG")
            if not area or area[0].start != match.end() or area[0].label == "ORG":
                continue
            if area[0].ident not in self.ex.places or area[0].ident == slugify(name):
                continue  # the county must read as a place itself ("Lancashire Police" not)
            known = self.view.entities_in(start, end, "PLACE", "GPE", "ORG", "PERSON")
            if known:
                whole = known[0].start == start and known[0].end == end
                if whole and known[0].ident and known[0].label in ("PLACE", "GPE"):
                    self.place(known[0])
                continue
            ident = self.gaz.listed_towns.get(name) or slugify(name)
            entity = Entity(start, end, name, "GPE", ident, "town")
            self.view.add_entity(entity)
            if ident in self.gaz.place_labels:
                self.place(entity)
            else:
                self.new_place(name, "town", start, end, 0.6)

    def starts_a_longer_name(self, entity: Entity) -> bool:
        """Whether a town's name runs straight into another capitalised word in prose (a
        village, a pub, a club), not in a line whose words are all capitalised."""
        following = LONGER_NAME.match(self.view.text, entity.end)
        if not following or following.group(1) in PLACE_SUFFIXES:
            return False  # "Harwich International Port", "Belfast Harbour": the town's
        word_start = following.start(1)
        if self.view.entities_in(word_start, following.end(), "GPE", "PLACE"):
            return False  # "in Southgate Enfield": two places, the comma left out
        sentence = self.view.sentence_at(entity.start).text
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sentence) if len(w) > 3]
        return sum(w[0].islower() for w in words) > len(words) / 2

    def in_forces_bracket(self, position: int) -> bool:
        """Whether `position` is inside brackets that list the police forces just named."""
        text = self.view.text
        opening = text.rfind("(", max(0, position - 120), position)
        if opening < 0 or ")" in text[opening:position]:
            return False
        return FORCES_BEFORE.search(text, max(0, opening - 60), opening) is not None

    def heads_a_list(self, entity: Entity) -> bool:
        """'The network spanned Exmouth, Teignmouth and Dawlish': the first of two or more
        towns in a row needs no preposition; the others have their comma or 'and'."""
        text = self.view.text
        if LINE_NAMES_BEFORE.search(text, max(0, entity.start - 30), entity.start):
            return False  # "ran lines known as Preston, Burnley and Blackpool"
        following = self.view.entities_in(entity.end, min(len(text), entity.end + 60), "GPE")
        if not following or not LIST_GAP.fullmatch(text, entity.end, following[0].start):
            return False
        # a third town after a second comma or "and": a list, not "Exmouth, Devon"
        rest = [e for e in following[1:] if e.start - following[0].end <= 6]
        return bool(rest) and LIST_GAP.fullmatch(text, following[0].end, rest[0].start) is not None

    def after_abbreviation(self, entity: Entity) -> bool:
        """Whether an organisation's abbreviation ("CPS", "NCA") or an agency's name
        ("Border Force South East and Europe") ends just before `entity`."""
        for other in self.view.entities_in(max(0, entity.start - 30), entity.start - 1, "ORG"):
            if other.end == entity.start - 1 and (
                other.text.isupper() or self.gaz.org_kinds.get(other.ident or "") == "agency"
            ):
                return True
        return False

    def compound_places(self) -> None:
        """'North West England', 'west Wales', 'Port of Dover', 'East Midlands Airport'."""
        text = self.view.text
        body = self.view.release.body_start
        for match in LOWER_REGION.finditer(text, body) if "the north " in text else ():
            # "drugs across the north east and north west of England": the English regions
            label = f"North {match.group('side').title()}"
            self.new_place(label, "region", match.start("side") - 6, match.end(), 0.7)
        for match in COMPASS_RE.finditer(text, body):
            if self.view.entity_at(match.start(), match.end()):
                continue
            if match.group(0).endswith("Belfast") and NAME_GOES_ON.match(text, match.end()):
                continue  # "the West Belfast Athletic Club", "South Belfast MP X": a name
            direction, named_area = match.group(0).split()[0], match.group(0).split()[-1]
            if direction.isalpha() and direction.islower() and named_area in DESCRIBED_AREAS:
                # "north London" is London (its name may have read as a force's)
                start = match.end() - len(named_area)
                known = self.view.entities_in(start, match.end(), "PLACE", "GPE")
                if known and known[0].ident:
                    self.place(known[0])
                else:
                    kind = self.gaz.place_kinds.get(slugify(named_area), "county")
                    self.new_place(named_area, kind, start, match.end(), 0.7)
                continue
            label = " ".join(w[:1].upper() + w[1:] for w in match.group(0).split())
            self.new_place(label, "region", match.start(), match.end(), 0.7)
        for area in AREA_WORD.finditer(text, body) if " area" in text else ():
            # "in the Cardonald area of the city": a district the gazetteer may not know,
            # read back from the word "area" (rare) rather than tried at every position
            named = AREA_RE.search(text, max(body, area.start() - 90), area.end())
            if named is None:
                continue
            for group in ("name", "name3", "name4", "name2"):
                if named.group(group) is None or named.group(group) in AREA_NOT_NAMED:
                    continue
                start, end = named.start(group), named.end(group)
                known = self.view.entities_in(start, end, "PLACE", "GPE", "ORG")
                if known and known[0].label == "ORG":
                    continue
                if known and known[0].ident:
                    self.place(known[0])
                else:
                    self.new_place(named.group(group), "town", start, end, 0.6)
        if "Port" not in text and "Airport" not in text:
            return  # every match names one of the two
        for match in FACILITY_RE.finditer(text, body):
            airport = self.view.entity_at(match.start(), match.end())
            if airport is not None and airport.ident:
                self.place(airport)  # "Heathrow Airport": a place of the gazetteer
                continue
            self.new_place(
                " ".join(match.group(0).split()), "place", match.start(), match.end(), 0.75
            )

    def new_place(self, label: str, kind: str, start: int, end: int, confidence: float) -> str:
        key = slugify(label)
        if key not in self.ex.places:
            self.ex.places[key] = PlaceFact(
                label=label,
                kind=kind,
                span=self.view.span(start, end, confidence),
                ref=key if key in self.gaz.reference_places else None,
                key=key,
            )
        return key

    def place(self, entity: Entity) -> PlaceFact:
        fact = self.ex.places.get(entity.ident)
        if fact is None:
            fact = PlaceFact(
                label=self.gaz.place_labels.get(entity.ident, entity.text),
                kind=self.gaz.place_kinds.get(entity.ident, entity.kind),
                span=self.view.span(
                    entity.start, entity.end, 0.95 if entity.label == "PLACE" else 0.8
                ),
                ref=entity.ident if entity.ident in self.gaz.reference_places else None,
                key=entity.ident,
            )
            self.ex.places[entity.ident] = fact
        return fact

    def places_in(self, start: int, end: int) -> list[str]:
        """Keys of the places mentioned between two offsets, in order."""
        keys = []
        for entity in self.view.entities_in(start, end, "PLACE", "GPE"):
            if entity.ident in self.ex.places and entity.ident not in keys:
                keys.append(entity.ident)
        return keys

    def operates_in(self) -> None:
        """'operating across A, B and C' / 'covering A, B and C' → where the unit works."""
        if not self.main_unit or self.main_unit not in self.ex.orgs:
            return
        pattern = re.compile(
            r"\b(?:operat\w*|work\w*|covers?|covering|across|serves|serving)\b[^.]{0,40}?"
            r"(?:across|in|covering)?\s*"
            r"(?P<list>(?:[A-Z][\w ]+?,\s*)+[A-Z][\w ]+?\s+and\s+[A-Z][\w]+(?:\s[A-Z]\w+)?)"
        )
        for sentence in self.view.sentences:
            match = pattern.search(sentence.text)
            if not match:
                continue
            start = sentence.start + match.start("list")
            keys = [
                k
                for k in self.places_in(start, sentence.start + match.end("list"))
                if self.ex.places[k].kind in ("county", "region", "town")
            ]
            if len(keys) >= 3:
                unit = self.ex.orgs[self.main_unit]
                unit.operates_in = [k for k in keys if k not in unit.operates_in]
                return

    # crime groups --------------------------------------------------------

    def groups(self) -> None:
        lines = "line" in self.view.text or "group called" in self.view.text
        named_at: list[tuple[int, int]] = []  # where a named line is told
        for match in (
            NAMED_LINE.finditer(self.view.text, self.view.release.body_start) if lines else ()
        ):
            name = match.group("quoted") or match.group("plain") or match.group("after")
            if name in NOT_LINE_NAMES:
                continue
            named_at.append((match.start(), match.end()))
            key = f"group:{slugify(name)}-county-line"
            if key not in self.ex.orgs:
                self.ex.orgs[key] = OrgFact(
                    label=f"{name} county line",
                    kind="group",
                    span=self.view.span(match.start(), match.end(), 0.8),
                    key=key,
                )
        self.paramilitary_groups()
        told = ""  # the sentences that told of a group so far
        for sentence in self.view.sentences:
            if not any(noun in sentence.text for noun in GROUP_NOUN_WORDS):
                continue
            for match in GROUP_RE.finditer(sentence.text):
                start = sentence.start + match.start()
                end = sentence.start + match.end()
                if any(a <= start < b or a < end <= b for a, b in named_at):
                    continue  # "a dealer group called 'LJ'": the line, named
                if any(
                    org.kind == "unit" and org.span.start <= end and start <= org.span.end
                    for org in self.ex.orgs.values()
                ):
                    continue  # "the Serious Organised Crime Group at Greater Manchester Police"
                pre = match.group("pre").strip()
                if NOT_GROUP_WORDS.intersection(pre.lower().split()):
                    continue  # "the rail network", "an encrypted phone network"
                places = self.places_in(start, end)
                goods: list[str] = []
                clause = CLAUSE.match(sentence.text, match.end())
                if clause and not places:
                    places = self.places_in(
                        sentence.start + clause.start(), sentence.start + clause.end()
                    )
                if clause:
                    goods = list(dict.fromkeys(g.lower() for g in GOODS.findall(clause.group(0))))
                if not places and ORGANISED_NOUN.match(match.group("noun")):
                    # "an organised crime gang from Warrington" (not "owed money to a gang in
                    # Manchester": any gang may be in a town)
                    after = GROUP_PLACE_AFTER.match(sentence.text, match.end())
                    if after:
                        places = self.places_in(
                            sentence.start + after.start("where"), sentence.start + after.end()
                        )
                if not places and not pre:
                    continue
                if (
                    not places
                    and re.fullmatch(r"[A-Z][a-z]+", pre)
                    and re.search(rf"\b{pre}\b", told)
                ):
                    continue  # "X was the head of an OCG based in Newport" … "the X OCG"
                key = self.group(start, end, pre, places, goods)
                if key:
                    told += sentence.text

    def paramilitary_groups(self) -> None:
        """'Drugs linked to the East Belfast UVF': a crime group in a Northern Ireland story,
        the area's name where one is given ('the UVF' beside 'East Belfast UVF' is the
        same); never a flag or mural, nor a group in another land's story."""
        text = self.view.text
        if not any(word in text for word in ("UVF", "UDA", "UFF", "LVF", "INLA", "IRA")):
            return
        if not NORTHERN_IRELAND.search(text):
            return
        found = [
            m
            for m in PARAMILITARY.finditer(text, self.view.release.body_start)
            if not SYMBOL_AFTER.match(text, m.end())
        ]
        regional = {m.group(0).split()[-1] for m in found if " " in m.group(0)}
        for match in found:
            if " " not in match.group(0) and match.group(0) in regional:
                continue
            key = f"group:{slugify(match.group(0))}"
            if key not in self.ex.orgs:
                self.ex.orgs[key] = OrgFact(
                    label=match.group(0),
                    kind="group",
                    span=self.view.span(match.start(), match.end(), 0.8),
                    key=key,
                )

    def group(
        self, start: int, end: int, pre: str, places: list[str], goods: list[str] | None = None
    ) -> str:
        home = places[0] if places else None
        noun_text = self.view.text[start:end].lower()
        noun = next(
            (n for n, word in GROUP_WORDS if word.search(noun_text)),
            "organised crime group",
        )
        words = [
            w
            for w in pre.split()
            if w.lower() not in ("organised", "crime", "criminal", "-based")
            and w.lower() not in VAGUE_GROUP_WORDS
            and not w.lower().endswith(("-strong", "-member", "-man"))  # "the 21-strong group"
        ]
        labels = [self.ex.places[p].label for p in places[:2]]
        descriptive = " ".join(w for w in words if not any(w.startswith(lbl) for lbl in labels))
        descriptive = re.sub(r"-based\b", "", descriptive).strip()
        if not places and not descriptive:
            return ""
        where = " and ".join(labels)
        what = " and ".join(goods or [])
        if labels and any(lbl in pre for lbl in labels):
            # the words as written ("south London", "Swansea-based") keep their order
            where, descriptive = re.sub(r"-based\b", "", " ".join(words)).strip(), ""
        label = " ".join(p for p in (where, descriptive, what, noun) if p)
        key = f"group:{slugify(label)}"
        if key not in self.ex.orgs:
            self.ex.orgs[key] = OrgFact(
                label=label[:1].upper() + label[1:],
                kind="group",
                span=self.view.span(start, end, 0.75),
                key=key,
                based_in=home,
            )
        return key
