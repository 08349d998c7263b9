"""Organisations: reference forces, ROCUs and agencies, sub-units, courts, lead forces."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from kg.extract.entities.base import EntityBase
from kg.extract.entities.patterns import NAME_CONTINUES, OWNER_NAME, PROSECUTORS
from kg.extract.facts import OrgFact
from kg.extract.gazetteer import normalise_name
from kg.extract.lexicon import PUBLISHER_NAMES
from kg.extract.pipeline import Entity
from kg.ids import slugify

TRAVELLED_TO = re.compile(r"\b(?:to|into)\s+$")
# "Gloucestershire County Council", "The Highland Council", "Gateshead Council": a place's
# council (the place must be one the gazetteer knows), and its trading standards service
COUNCIL = re.compile(
    r"\b(?P<place>[A-Z][\w'’-]+(?:[ \t]+(?:upon[ \t]+|on[ \t]+|and[ \t]+)?[A-Z][\w'’-]+){0,3}?)"
    r"[ \t]+(?P<tier>(?:County|City|Borough|District|Metropolitan[ \t]+Borough)[ \t]+)?Council\b"
    # not "his Maidstone Council Tax", "a Medway Council house": the council as a thing
    r"(?![ \t]+(?:[Tt]ax|houses?|flats?|estates?|homes?|housing|property|properties)\b)"
)
# "Gloucestershire Trading Standards Service", "Highland Council Trading Standards"
TRADING_STANDARDS = r"Trading[ \t]+Standards(?:[ \t]+(?:Service|Team))?\b"
TRADING_STANDARDS_RE = re.compile(TRADING_STANDARDS)
TRADING_STANDARDS_AFTER = re.compile(rf"(?:['’]s)?[ \t]+({TRADING_STANDARDS})")
COUNCIL_BEFORE = re.compile(r"\bCouncil(?:['’]s)?[ \t]+$")
PLACE_BEFORE_SERVICE = re.compile(r"\b(?P<place>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]+$")
IMPERSONATION_CUES = ("claim", "posed", "posing", "pretend", "impersonat")
IMPERSONATED = re.compile(
    r"\b(?:claim(?:ed|ing)\s+to\s+be|pos(?:ed|ing)\s+as|pretend(?:ed|ing)\s+to\s+be|"
    r"impersonat\w+)\b[^.;]{0,40}$"
)
SUBUNIT_RE = re.compile(
    r"\b(?P<name>(?:(?:cyber|fraud|economic crime) and )?"
    r"(?:economic crime|asset recovery|asset confiscation|financial investigation|"
    r"cyber ?crime|fraud|serious (?:and )?organised crime|major crime|organised crime|"
    r"regional asset recovery|prison intelligence|covert|surveillance|"
    r"modern slavery|county lines|firearms)\s+(?:teams?|units?|squads?))\b",
    re.IGNORECASE,
)
OWNED_BEFORE = re.compile(r"\b(?:our|the|its|their)\s*$|['’]s(?:\s*\([a-z]+\))?\s*$")
# "officers from the Organised Crime and Counter Terrorism Unit": a unit named in
# capitals that the gazetteer does not know is one of the publisher's.
NAMED_UNIT = re.compile(
    # "… officers from the X Unit", or a sentence that opens on "The Derby Proactive Unit"
    # (not "The Royal Mail Security Team", "The Crown Court Listings Team")
    r"(?:\b(?:from|of|by|with|in)\s+(?:the|its|our|their)\s+|"
    r"(?:(?<![^\n])|(?<=[.!?]\s))The\s+(?=(?:(?!Court\b)[A-Z][a-z]+\s+){1,4}(?:Unit|Squad)\b))"
    r"(?P<name>(?:[A-Z][a-z]+\s+(?:(?:and|&)\s+)?){1,5}"
    r"(?:Unit|Team|Squad|Command|Directorate|Branch|Group))\b"
)
OWNED_PROGRAMME = re.compile(
    r"(?P<owner>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})['’]s\s+"
    r"(?P<name>(?:Programme|Project)\s+[A-Z][a-z]+)\b"
)
# What a regional unit's own release calls the unit itself.
OWN_ROCU_NAME = re.compile(r"(?:regional\s+)?organised\s+crime\s+unit", re.IGNORECASE)
UNIT_WORD = re.compile(r"\b(?:Unit|Team|Squad|Command|Directorate|Branch|Group)\b")
ROCU_WORDS_RE = re.compile(
    r"Regional\s+(?:and\s+)?Organised\s+Crime\s+Unit|Special\s+Operations\s+Unit"
)
SUBUNIT_PHRASE = re.compile(
    r"(?:\b(?:of|from|at|in|by|head\s+of|leads?|heads(?:\s+up)?)\s+(?:the\s+)?|"
    # a sentence that opens on an owner's unit: "Greater Manchester Police's Account
    # Freezing Order Team has seized …", "The force's Economic Crime Unit has secured …"
    r"^(?:[Tt]he\s+)?(?=[^.;]{1,60}?['’]s\s))"
    rf"(?:(?P<owner>{OWNER_NAME}|force)"
    r"(?:['’]s|(?<=s)['’])\s+)?"
    # "Cheshire Constabulary's new Serious and Organised Crime Team": not the name's word
    r"(?:(?:new|newly[\s-]formed)\s+)?"
    # "the Birmingham Organised Crime & Gangs Unit"; never "the unit" as a name's words
    # "Immigration Enforcement's Criminal and Financial Investigation (CFI) team"
    r"(?P<name>(?:(?:[A-Z][\w-]*|&|(?!the\b|a\b|an\b|new\b|newly\b)[a-z]+|and|\([A-Z]{2,6}\))\s+){0,6}?"
    r"(?:[Uu]nit|[Tt]eam|CID|[Ss]quad|"
    r"[Dd]epartment|[Cc]ommand|[Dd]irectorate|[Bb]ranch|Group|Division|[Tt]ask\s?[Ff]orce))\b"
)
# The words SUBUNIT_PHRASE opens on, but for a sentence's start.
SUBUNIT_LEAD_WORD = re.compile(r"(?:of|from|at|in|by|head\s+of|leads?|heads)\b", re.IGNORECASE)
OWNER_AFTER = re.compile(r"\s+(?:at|of|in|within)\s+(?:the\s+)?")
SCOTTISH_PROSECUTOR = re.compile(r"procurator\s+fiscal|advocate\s+depute|fiscal\s+depute")
# The CPS's own grades in England and Wales ("Senior Crown Prosecutor", "Specialist
# Prosecutor"): whoever holds one works for the CPS, named in the release or not.
CPS_PROSECUTOR = re.compile(r"(?:chief\s+|senior\s+)?crown\s+prosecutor|specialist\s+prosecutor")
MEMBER_CUE = re.compile(
    r"\b(?:forces|brings?\s+together|made\s+up|comprises|collaboration|partnership|"
    r"on\s+behalf\s+of|supports|serves|officers\s+from|staff\s+from)\b"
)
AREA_MEMBER_CUE = re.compile(
    r"(?:forces?\s+(?:of|in)|on\s+behalf\s+of|(?:member|partner|constituent)\s+forces\s*(?:are|:)?|"
    r"serves|supports|(?:[Cc]ompris(?:es|ing)|made\s+up\s+of)\s+(?:specialist\s+)?"
    r"(?:officers|staff)\s+from)\s*$"
)
GENERIC_UNIT_WORDS = (
    "serious",
    "economic",
    "regional",
    "roads",
    "major",
    "organised",
    "asset",
    "financial",
    "cyber",
    "fraud",
    "covert",
    "surveillance",
    "modern",
    "county",
    "firearms",
    "prison",
)
SCOTTISH_HIGH_COURT_SEATS = (
    "Glasgow|Edinburgh|Aberdeen|Dundee|Inverness|Livingston|Paisley|Perth|Stirling|Dumfries|"
    "Kilmarnock|Greenock|Lanark|Falkirk"
)
FORCE_IN_TITLE = re.compile(
    r"\b(?P<area>[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){0,3})\s+(?:[Pp]olice|[Cc]onstabulary)\b"
)
FORCE_LIST = re.compile(
    r"\b(?P<areas>(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+)*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+and\s+"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?:police\s+)?forces|Police|Constabular(?:y|ies))\b"
)
HOSTED_BY = re.compile(r"\bhosted\s+by\s+")
LEAD_FORCE_RE = re.compile(
    r"\s*,?\s*(?:who|which)\s+(?:are|is|was|were)\s+the\s+lead\s+force\s+(?:for|of|in)\s+"
)


class OrgRules(EntityBase):
    """Organisations, sub-units, courts and the lead force."""

    # organisations -------------------------------------------------------

    def organisations(self) -> None:
        counts: Counter[str] = Counter()
        text = self.view.text
        impersonation = self.view.mentions(
            self.view.release.body_start, len(text), *IMPERSONATION_CUES
        )
        services_named = "Trading Standards" in text and self.named_services()
        for entity in self.view.entities:
            if entity.label != "ORG" or not entity.ident:
                continue
            before = text[max(0, entity.start - 60) : entity.start] if impersonation else ""
            if impersonation and IMPERSONATED.search(before):
                continue  # "claiming to be detectives from the Met": not involved
            if self.abbreviates_before(entity):
                continue  # "the Targeted Intercept and Tactical ANPR team (TITAN)": not the ROCU
            if entity.ident == "trading-standards" and services_named:
                continue  # "Gloucestershire Trading Standards Service", named (councils)
            parent = self.gaz.unit_of.get(entity.ident)
            owner = self.owner_after(entity.end) if parent else None
            if owner and owner != parent and self.gaz.org_kinds.get(owner) == "force":
                # "the Modern Slavery and Human Trafficking Unit of Essex Police": the
                # force's own unit of that name, not the national one
                name = self.view.text[entity.start : entity.end]
                self.unit(name, owner, True, entity.start, entity.end)
                continue
            counts[entity.ident] += 1
            self.add_org(entity.ident, entity.start, entity.end)
        counts.update(self.councils() + self.place_services())  # a council's release
        self.listed_forces()
        self.main_unit = self._main_unit(counts)
        if self.main_unit and self.main_unit not in self.ex.orgs:
            title = self.view.release.meta_lines.get("publisher", 1)
            self.add_org(self.main_unit, 0, 0, line=title)
        self._generic_rocu()
        self._subunits()
        self.owned_units()
        self.courts()

    def councils(self) -> list[str]:
        """A known place's council ("Gloucestershire County Council", "The Highland
        Council") is an agency; "<council> Trading Standards" its service, a unit."""
        text = self.view.text
        named: list[str] = []
        if "Council" not in text:
            return named
        for match in COUNCIL.finditer(text, self.view.release.body_start):
            place = self.place_ending(match.start("place"), match.end("place"))
            if place is None:
                continue  # "the Sentencing Council": no place's
            owner = self.council(place, match)
            named.append(owner)
            service = TRADING_STANDARDS_AFTER.match(text, match.end())
            if service:
                label = f"{self.ex.orgs[owner].label} {' '.join(service.group(1).split())}"
                named.append(self.trading_standards(label, owner, place.start, service.end()))
        return named

    def place_services(self) -> list[str]:
        """'Gloucestershire Trading Standards Service': a place's service, named so."""
        text = self.view.text
        named = []
        for service in TRADING_STANDARDS_RE.finditer(text, self.view.release.body_start):
            place = self.place_before(service.start())
            if place is not None:
                name = " ".join(text[place.start : place.end].split())
                label = f"{name} {' '.join(service.group(0).split())}"
                named.append(self.trading_standards(label, None, place.start, service.end()))
        return named

    def named_services(self) -> bool:
        """Whether the release names a council's or a place's trading standards service:
        then the bare "Trading Standards" is that service, not the agency in general."""
        text = self.view.text
        return any(
            COUNCIL_BEFORE.search(text, max(0, service.start() - 12), service.start())
            or self.place_before(service.start()) is not None
            for service in TRADING_STANDARDS_RE.finditer(text, self.view.release.body_start)
        )

    def place_before(self, position: int) -> Entity | None:
        """The known place named just before `position` ("Gloucestershire Trading")."""
        text = self.view.text
        before = PLACE_BEFORE_SERVICE.search(text, max(0, position - 60), position)
        if before is None:
            return None
        return self.place_ending(before.start("place"), before.end("place"))

    def place_ending(self, start: int, end: int) -> Entity | None:
        """The known place whose name ends at `end`, starting at `start` or later ("The
        Highland", "Yesterday Gloucestershire": the words before it are not its name)."""
        places = [e for e in self.view.entities_in(start, end, "GPE", "PLACE") if e.end == end]
        return min(places, key=lambda e: e.start) if places else None

    def council(self, place: Entity, match: re.Match[str]) -> str:
        """The council's key, an agency labelled as the place names it with its tier."""
        name = " ".join(self.view.text[place.start : place.end].split())
        tier = " ".join((match.group("tier") or "").split())
        label = " ".join(filter(None, (name, tier, "Council")))
        key = slugify(label)
        if key not in self.ex.orgs:
            span = self.view.span(place.start, match.end(), 0.7)
            self.ex.orgs[key] = OrgFact(label=label, kind="agency", span=span, key=key)
        return key

    def trading_standards(self, label: str, owner: str | None, start: int, end: int) -> str:
        """A council's (a unit) or a place's (an agency) trading standards service."""
        key = slugify(label)
        if key not in self.ex.orgs:
            span = self.view.span(start, end, 0.7)
            kind = "unit" if owner else "agency"
            self.ex.orgs[key] = OrgFact(label=label, kind=kind, span=span, key=key, unit_of=owner)
        return key

    def abbreviates_before(self, entity: Entity) -> bool:
        """Whether a name in brackets abbreviates the words just before it, words that are
        not this organisation's own name: their initials spell its start."""
        text = self.view.text
        if text[entity.start - 1 : entity.start] != "(" or text[entity.end : entity.end + 1] != ")":
            return False
        named = self.view.entities_in(max(0, entity.start - 80), entity.start - 1)
        if any(e.ident == entity.ident for e in named):
            return False  # "North West Regional Organised Crime Unit (TITAN)"
        short = entity.text.upper()
        own = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", self.org_label(entity.ident)))
        if own and (short.startswith(own) or own.startswith(short)):
            return False  # "National County Lines Co-ordination Centre (NCLCC)", spelt its way
        words = re.findall(r"[A-Za-z][\w-]*", text[max(0, entity.start - 80) : entity.start - 1])
        letters = "".join(w[0] for w in words if w[0].isupper())
        return any(
            len(prefix) >= 3 and short.startswith(prefix)
            for prefix in (letters[-n:] for n in range(3, min(len(letters), len(short)) + 1))
        )

    def owned_units(self) -> None:
        """'officers from Merseyside Police's Matrix team' → a unit of the force it names."""
        for sentence in self.view.sentences:
            if not any(mark in sentence.text for mark in ("'s ", "’s ", "s' ", "s’ ")):
                continue
            for match in SUBUNIT_PHRASE.finditer(sentence.text):
                if match.group("owner"):
                    start = sentence.start + match.start()
                    self.subunit_in(start, sentence.start + match.end())
            if "Programme" in sentence.text or "Project" in sentence.text:
                for match in OWNED_PROGRAMME.finditer(sentence.text):
                    self.programme(sentence.start, match)

    def programme(self, offset: int, match: re.Match[str]) -> None:
        """'GMP's Programme Challenger': a standing programme of the force, named as a unit."""
        owners = self.view.entities_in(
            offset + match.start("owner"), offset + match.end("owner"), "ORG"
        )
        if owners and owners[0].ident:
            start, end = offset + match.start("name"), offset + match.end("name")
            self.unit(match.group("name"), owners[0].ident, False, start, end)

    def add_org(self, ident: str, start: int, end: int, line: int = 0) -> OrgFact:
        """A linked organisation; only reference-table entities are references."""
        fact = self.ex.orgs.get(ident)
        if fact is None:
            reference = ident in self.gaz.reference_orgs
            fact = OrgFact(
                label=self.gaz.org_labels.get(ident, ident),
                kind=self.gaz.org_kinds.get(ident, "agency"),
                span=self.view.span(start, end, 0.95 if reference else 0.85),
                ref=ident if reference else None,
                key=ident,
                unit_of=self.gaz.unit_of.get(ident),
            )
            self.ex.orgs[ident] = fact
            if fact.unit_of:
                self.add_org(fact.unit_of, start, end)
        return fact

    def courts(self) -> None:
        """'Norwich Crown Court', 'Colchester Magistrates' Court'."""
        pattern = re.compile(
            # "Stoke-on-Trent Crown Court", "Manchester and Salford Magistrates' Court"
            r"\b(?P<place>(?:(?:Isle|City|Vale)\s+of\s+)?[A-Z][a-z]+"
            r"(?:(?:-(?:upon|on|under|le)-|[ -])[A-Z][a-z]+){0,2}(?:\s+and\s+[A-Z][a-z]+)?)\s+"
            r"(?P<kind>(?i:crown\s+court|magistrates['’]?\s+court|youth\s+court|sheriff\s+court)|"
            r"Old\s+Bailey)"
            r"|\b(?P<high>High\s+Court(?:\s+of\s+Justiciary)?\s+in\s+(?P<seat>[A-Z][a-z]+))"
            # "appeared at Glasgow High Court": Scotland's High Court named by its seat first
            rf"|\b(?P<seat_first>{SCOTTISH_HIGH_COURT_SEATS})\s+High\s+Court\b"
            r"|(?<=\bthe\s)(?P<bailey>Old\s+Bailey|Central\s+Criminal\s+Court)\b"
        )
        body = self.view.text
        if "ourt" not in body and "Bailey" not in body:
            return  # every match names one of the two
        for match in pattern.finditer(body, self.view.release.body_start):
            if match.group("high") or match.group("bailey") or match.group("seat_first"):
                # Scotland's High Court sits in several cities; London's has one name
                label = (
                    "Old Bailey"
                    if match.group("bailey")
                    else f"High Court in {match.group('seat') or match.group('seat_first')}"
                )
                key = slugify(label)
                if key not in self.ex.orgs:
                    self.ex.orgs[key] = OrgFact(
                        label=label,
                        kind="court",
                        span=self.view.span(match.start(), match.end(), 0.85),
                        key=key,
                    )
                continue
            place = match.group("place")
            if place.split()[0] in ("At", "The", "In", "To", "From", "Before", "On"):
                place = " ".join(place.split()[1:])
            if not place:
                continue
            kind = re.sub(r"\s+", " ", match.group("kind")).replace("’", "'").title()
            kind = kind.replace("'S", "'s")  # "Magistrates' Court" as written in any case
            if kind.startswith("Magistrates"):
                kind = "Magistrates' Court"
            label = f"{place} {kind}"
            key = slugify(label)
            if key not in self.ex.orgs:
                start = match.start() + match.group(0).index(place)
                self.ex.orgs[key] = OrgFact(
                    label=label, kind="court", span=self.view.span(start, match.end(), 0.9), key=key
                )

    def members(self) -> None:
        """Forces listed beside a regional unit ("brings together … Surrey Police and Sussex
        Police"), and its host ("hosted by Thames Valley Police") → member and lead forces."""
        units = [k for k, o in self.ex.orgs.items() if o.kind == "regional-unit"]
        if not units:
            return
        unit = self.main_unit if self.main_unit in units else units[0]
        known = set(self.gaz.members.get(unit, ()))
        for sentence in self.view.sentences:
            named = [
                e.ident
                for e in self.view.entities_in(sentence.start, sentence.end, "ORG")
                if e.kind == "force"
            ]
            areas = [
                e
                for e in self.view.entities_in(sentence.start, sentence.end, "PLACE")
                if e.ident in self.gaz.force_of_area
            ]
            forces = list(dict.fromkeys(named))
            listed = [f for f in forces if not known or f in known]
            if not (len(listed) >= 2 and MEMBER_CUE.search(sentence.text)):
                listed = []
            if areas and AREA_MEMBER_CUE.search(
                self.view.text[max(0, areas[0].start - 40) : areas[0].start]
            ):
                from_areas = [self.gaz.force_of_area[e.ident] for e in areas]
                listed = list(dict.fromkeys([*listed, *from_areas]))
                for entity in areas:
                    self.ex.places.pop(entity.ident, None)
            if len(listed) >= 2:
                org = self.ex.orgs[unit]
                org.member_forces = list(dict.fromkeys([*org.member_forces, *listed]))
                for force in listed:
                    self.add_org(force, sentence.start, sentence.start)
            host = HOSTED_BY.search(sentence.text)
            if host and forces:
                after = sentence.start + host.end()
                first = self.view.entities_in(after, after + 60, "ORG")
                if first and first[0].kind == "force":
                    self.set_lead_force(unit, first[0].ident)

    def _main_unit(self, counts: Counter[str]) -> str | None:
        publisher = str(self.ex.meta.get("publisher") or "")
        entry = self.gaz.lookup(publisher) if publisher else None
        if entry is not None and entry.label == "ORG":
            self.ex.issued_by = entry.ident
            return entry.ident
        ident = self.gaz.org_with_label(publisher) if publisher else None
        if ident is None and publisher:
            wanted = normalise_name(publisher)
            ident = next(
                (
                    unit
                    for unit, names in PUBLISHER_NAMES.items()
                    if any(normalise_name(name) == wanted for name in names)
                ),
                None,
            )
            if ident is not None:
                self.ex.issued_by = ident
        if ident is not None:
            return ident
        # no publisher we know (a newspaper's copy): the unit, agency or force named most,
        # a regional unit before an agency before a force when as often; but a headline's
        # force whose body speaks of "the force" ("60 arrests made as West Mercia Police
        # crackdown …", then "officers from across the force supported the NCA's week")
        body = self.view.text[self.view.release.body_start :]
        forces_in_body = any(self.gaz.org_kinds.get(i) == "force" for i in counts)
        if not forces_in_body and re.search(r"\b(?:the|our)\s+force\b", body, re.IGNORECASE):
            title_force = self._force_in_title()
            if title_force is not None:
                return title_force
        order = ("regional-unit", "agency", "force")
        ranked = sorted(
            (i for i in counts if self.gaz.org_kinds.get(i) in order),
            key=lambda i: (-counts[i], order.index(self.gaz.org_kinds[i])),
        )
        # a council or its trading standards only when no police body or agency is named
        # ("a tip-off from Dover District Council" is not who led Kent Police's case)
        local = sorted(
            (i for i in counts if i not in self.gaz.org_kinds and self.ex.orgs[i].kind == "agency"),
            key=lambda i: -counts[i],
        )
        if ranked or local:
            return (ranked or local)[0]
        return self._force_in_title() or self._force_of_the_area()

    def _force_of_the_area(self) -> str | None:
        """'… a handgun was found buried in a field on Merseyside', then 'Detective Sergeant X
        said': a news copy that names no force, but one force's area and its officers."""
        text = self.view.text[self.view.release.body_start :]
        if not any(word in text for word in ("Detective", "officers", "Police", "police")):
            return None
        forces = self.forces_named(by_name=False)
        return forces.pop() if len(forces) == 1 else None

    def forces_named(self, by_name: bool = True) -> set[str]:
        """The forces the text names, by their areas ("on Merseyside") and, unless
        `by_name` is false, by their own names."""
        forces = set()
        text = self.view.text
        for entity in self.view.entities:
            if entity.label == "PLACE" and entity.ident in self.gaz.force_of_area:
                if NAME_CONTINUES.match(text, entity.end):
                    continue  # "Teesside Crown Court": a court's name
                if TRAVELLED_TO.search(text, max(0, entity.start - 12), entity.start):
                    continue  # "Jones had fled to Devon": not where the police were
                forces.add(self.gaz.force_of_area[entity.ident])
            elif (
                by_name
                and entity.label == "ORG"
                and self.gaz.org_kinds.get(entity.ident) == "force"
            ):
                forces.add(entity.ident)
        return forces

    def forces_in_lead(self) -> list[str]:
        """The forces named by their own names in the first of the body's first three
        sentences that names any ("Officers from Thames Valley Police …")."""
        body = [s for s in self.view.sentences if s.start >= self.view.release.body_start]
        for sentence in body[:3]:
            named = self.view.entities_in(sentence.start, sentence.end, "ORG")
            forces = [e.ident for e in named if self.gaz.org_kinds.get(e.ident or "") == "force"]
            if forces:
                return list(dict.fromkeys(f for f in forces if f))
        return []

    def _force_in_title(self) -> str | None:
        """'… recovered in Nottinghamshire police crackdown': a news copy whose body names no
        force, its headline does."""
        title = str(self.ex.meta.get("title") or "")
        for match in FORCE_IN_TITLE.finditer(title):
            words = match.group("area").split()
            for first in range(len(words)):
                entry = self.gaz.lookup(" ".join([*words[first:], "Police"]))
                if entry is not None and entry.label == "ORG" and entry.ident:
                    return entry.ident
        # "… seized in PSNI organised crime raids", "GMP officers …": a force's initials
        for initials in re.findall(r"\b[A-Z]{3,5}\b", title):
            entry = self.gaz.lookup(initials)
            ident = entry.ident if entry is not None and entry.label == "ORG" else None
            if ident and self.gaz.org_kinds.get(ident) == "force":
                return ident
        return None

    def _generic_rocu(self) -> None:
        """'the ROCU' / 'regional organised crime unit' not inside a longer name."""
        pattern = re.compile(r"\b(?:ROCU|[Rr]egional (?:and )?[Oo]rganised [Cc]rime [Uu]nit)\b")
        unit = (
            self.main_unit
            if self.gaz.org_kinds.get(self.main_unit or "") == "regional-unit"
            else None
        )
        if unit is None:
            units = [k for k, o in self.ex.orgs.items() if o.kind == "regional-unit"]
            unit = units[0] if units else None
        if unit is None and pattern.search(self.view.text, self.view.release.body_start):
            unit = self._rocu_of_forces()
            if unit is not None:
                self.add_org(unit, 0, 0, line=self.view.release.meta_lines.get("publisher", 1))
        if unit is None:
            return
        label = self.gaz.org_labels.get(unit, unit)
        for match in pattern.finditer(self.view.text, self.view.release.body_start):
            if self.view.entity_at(match.start(), match.end()):
                continue
            if self.is_a_rocu(unit):
                self.rocu_key = unit
                return
            key = f"{unit}-rocu"
            abbreviation = self.gaz.org_abbreviations.get(unit, label)
            self.rocu_key = key
            if key not in self.ex.orgs:
                self.ex.orgs[key] = OrgFact(
                    label=f"{abbreviation} Regional Organised Crime Unit",
                    kind="unit",
                    span=self.view.span(match.start(), match.end(), 0.8),
                    key=key,
                    unit_of=unit,
                )
            return

    def listed_forces(self) -> None:
        """'Northamptonshire, West Midlands, Greater Manchester and Lancashire police forces',
        'officers from Greater Manchester and West Midlands Police': each area a force is
        named after, as the force."""
        text = self.view.text
        if not any(word in text for word in ("forces", "Police", "Constabular")):
            return
        for match in FORCE_LIST.finditer(text, self.view.release.body_start):
            for area in re.finditer(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", match.group("areas")):
                entry = self.gaz.lookup(f"{area.group(0)} Police")
                if entry is not None and entry.label == "ORG" and entry.ident:
                    start = match.start("areas") + area.start()
                    self.add_org(entry.ident, start, start + len(area.group(0)))

    def _rocu_of_forces(self) -> str | None:
        """The one regional unit whose member forces the release names ("in Staffordshire")."""
        named = self.forces_named()
        units = {u for u, forces in self.gaz.members.items() if named & set(forces)}
        return units.pop() if len(units) == 1 else None

    def _subunits(self) -> None:
        if not self.main_unit:
            return
        body = self.view.text
        start = self.view.release.body_start
        if not self.view.mentions(
            start, len(body), "team", "unit", "squad", "command", "directorate", "branch", "group"
        ):
            return  # every match ends in one of these
        for match in SUBUNIT_RE.finditer(body, start):
            before = body[max(0, match.start() - 24) : match.start()].lower()
            if not OWNED_BEFORE.search(before):
                continue
            owner = self.owner_after(match.end()) or (
                self.the_force() if re.search(r"\bforce['’]s\s*$", before) else None
            )
            owner = owner or self.main_unit
            self.unit(match.group("name"), owner, False, match.start(), match.end())
        for word in UNIT_WORD.finditer(body, start):
            if word.group(0) == "Group" and not OWNER_AFTER.match(body, word.end()):
                continue  # "an organised crime Group": a force's unit only with its owner
            # the name is read back from its last word: a few matches, not every position
            window = NAMED_UNIT.finditer(body, max(start, word.start() - 90), word.end())
            named = next((m for m in window if m.end() == word.end()), None)
            if named is None:
                continue
            if self.view.entities_in(named.start("name"), named.end("name"), "ORG"):
                continue  # a known organisation's own name
            if ROCU_WORDS_RE.search(named.group("name")):
                continue
            owner = self.owner_after(named.end("name"))
            if named.group("name").endswith("Group") and owner is None:
                continue  # "the Organised Crime Group": criminals, unless a force's own
            owner = owner or self.main_unit
            self.unit(named.group("name"), owner, False, named.start("name"), named.end("name"))

    def lead_force(self) -> None:
        """'Bedfordshire Police, who are the lead force for ERSOU' → the unit's lead force."""
        orgs = [e for e in self.view.entities if e.label == "ORG" and e.ident]
        for first, second in itertools.pairwise(orgs):
            between = self.view.text[first.end : second.start]
            if (
                first.kind == "force"
                and second.kind == "regional-unit"
                and LEAD_FORCE_RE.fullmatch(between)
                and second.ident in self.ex.orgs
            ):
                self.set_lead_force(second.ident, first.ident)

    def set_lead_force(self, unit: str, force: str) -> None:
        """A unit has one lead force: never one that contradicts the reference tables."""
        if self.gaz.lead_force.get(unit) in (None, force):
            self.ex.orgs[unit].lead_force = force

    def prosecuting_service(self, title: str = "") -> str | None:
        """The prosecuting service the release names, if any; a procurator fiscal or an
        advocate depute works for Scotland's Crown Office whether it is named or not, a
        crown prosecutor for the CPS."""
        named = next((key for key in PROSECUTORS if key in self.ex.orgs), None)
        if named is None and SCOTTISH_PROSECUTOR.search(title):
            return self.add_org("crown-office", 0, 0).key
        if named is None and CPS_PROSECUTOR.search(title):
            return self.add_org("crown-prosecution-service", 0, 0).key
        return named

    def org_in(self, start: int, end: int) -> str | None:
        """The organisation named first between two offsets (or the ROCU, a sub-unit)."""
        unit = self.subunit_in(start, end)
        if unit:
            return unit
        for entity in self.view.entities_in(start, end, "ORG"):
            if entity.ident:
                return entity.ident
        segment = self.view.text[start:end]
        if self.rocu_key and re.search(
            r"\b(?:ROCU|[Rr]egional [Oo]rganised [Cc]rime [Uu]nit)\b", segment
        ):
            return self.rocu_key
        for key, org in self.ex.orgs.items():
            if org.kind == "unit" and org.label.split(" ", 1)[-1].lower() in segment.lower():
                return key
        return None

    def subunit_in(self, start: int, end: int) -> str | None:
        """'of NWROCU's economic crime unit', 'of Lowestoft CID' → a sub-unit of its owner."""
        segment = self.view.text[start:end]
        match = SUBUNIT_PHRASE.search(segment)
        if not match:
            return None
        name = re.sub(r"^(?:our|its|their|the)\s+", "", " ".join(match.group("name").split()))
        name = re.sub(r" \([A-Z]{2,6}\)", "", name)  # the abbreviation is said once
        if re.fullmatch(r"(?:the\s+)?(?:organised crime group|group)", name, re.IGNORECASE):
            return None
        if self.rocu_key and not match.group("owner") and ROCU_WORDS_RE.fullmatch(name):
            return self.rocu_key  # "Head of the Regional Organised Crime Unit": the ROCU
        if not match.group("owner") and OWN_ROCU_NAME.fullmatch(name):
            main = self.ex.orgs.get(self.main_unit or "")
            if main is not None and main.kind == "regional-unit" and self.is_a_rocu(main.key):
                return main.key  # "head of the organised crime unit" in Tarian's release
        if not match.group("owner") and " " not in name:
            # "X heads up the unit": the latest unit found so far (units are read before
            # people), if any
            units = [key for key, org in self.ex.orgs.items() if org.kind == "unit"]
            if units:
                return units[-1]
            main = self.ex.orgs.get(self.main_unit or "")
            if main is not None and main.kind == "regional-unit":
                return main.key  # "head of the unit" in a ROCU's release: the ROCU
        owner_text = match.group("owner")
        owner = None
        owners: list = []
        if owner_text == "force":  # "officers from the force's Roads Crime Unit"
            owner = self.the_force()
            owner_text = owner_text if owner else None
        elif owner_text:
            owners = self.view.entities_in(
                start + match.start("owner"), start + match.end("owner"), "ORG"
            )
            owner = owners[0].ident if owners else None
        if owner is None and not SUBUNIT_LEAD_WORD.match(match.group(0)) and name.islower():
            return None  # a sentence opening on "Fox's defence team": no organisation's
        if owner is None:
            inside = self.view.entities_in(
                start + match.start("name"), start + match.end("name"), "ORG"
            )
            if inside and self.view.text[inside[0].start : inside[0].end] == name:
                return None
            owner = self.owner_after(start + match.end("name")) or self.main_unit
        if owner is None:
            return None
        if owner_text and name.lower() in ("unit", "team", "squad"):
            # "Chief Inspector X, of the force's unit": the force's unit named before
            named = [  # named before, not a unit the story names later
                key
                for key, org in self.ex.orgs.items()
                if org.kind in ("unit", "regional-unit")
                and org.span.start < start
                and (org.unit_of == owner or owner in self.gaz.members.get(key, ()))
            ]
            if named:
                return named[-1]
        if owner_text and ROCU_WORDS_RE.fullmatch(name):
            # "West Midlands Police's Regional Organised Crime Unit": the region's ROCU
            rocu = next((r for r, forces in self.gaz.members.items() if owner in forces), None)
            if rocu is not None:
                at = start + match.start("name")
                return self.add_org(rocu, at, start + match.end("name")).key
        written = None
        if owner_text and owners and owners[0].text != owner_text.strip():
            written = owner_text.strip()  # "CPS East Midlands' Complex Casework Unit"
        return self.unit(
            name,
            owner,
            owner_text is not None,
            start + match.start("name"),
            start + match.end("name"),
            written,
        )

    def the_force(self) -> str | None:
        """What "the force" is: the publishing force, or in a news copy the one force the
        text names."""
        main = self.ex.orgs.get(self.main_unit or "")
        if main is not None and main.kind == "force":
            return main.key
        forces = self.forces_named()
        return forces.pop() if len(forces) == 1 else None

    def is_a_rocu(self, unit: str) -> bool:
        """Tarian is a ROCU; ERSOU and EMSOU are special operations units that hold one."""
        label = self.gaz.org_labels.get(unit, unit)
        return "Regional Organised Crime Unit" in label or "ROCU" in self.gaz.org_abbreviations.get(
            unit, ""
        )

    def owner_after(self, position: int) -> str | None:
        """'the County Lines Team at Norfolk Police': the organisation named just after."""
        after = OWNER_AFTER.match(self.view.text, position)
        if after is None:
            return None
        named = self.view.entities_in(after.end(), after.end() + 60, "ORG")
        if named and named[0].start == after.end() and named[0].ident:
            return named[0].ident
        return None

    def unit(
        self,
        name: str,
        owner: str,
        owner_named: bool,
        start: int,
        end: int,
        written_owner: str | None = None,
    ) -> str:
        """A unit of `owner`, keyed by its label so every way of naming it meets.

        `written_owner` is the owner as the text names it when that says more than the
        organisation's name ("CPS East Midlands" for the CPS).
        """
        name = " ".join(name.split())
        owner_label = (
            written_owner or self.gaz.org_abbreviations.get(owner) or self.org_label(owner)
        )
        # "Lowestoft CID" names itself; "economic crime unit" needs its owner's name.
        self_named = (
            not owner_named
            and name[:1].isupper()
            and not name.lower().startswith(GENERIC_UNIT_WORDS)
        )
        label = (
            name if owner_label.lower() in name.lower() or self_named else f"{owner_label} {name}"
        )
        key = slugify(label)
        if key not in self.ex.orgs and not owner_named:
            # "the Rural Taskforce" after "North Yorkshire Police's Rural Taskforce"
            for fact in self.ex.orgs.values():
                if (
                    fact.kind == "unit"
                    and fact.unit_of == owner
                    and fact.label.endswith(f" {name}")
                ):
                    return fact.key
        if key not in self.ex.orgs and owner_named:
            # "the Insurance Fraud Enforcement Department" named before its owner was
            for fact in self.ex.orgs.values():
                if fact.kind == "unit" and fact.label == name:
                    fact.label, fact.unit_of = label, owner
                    self.add_org(owner, start, start)
                    return fact.key
        if key not in self.ex.orgs:
            self.ex.orgs[key] = OrgFact(
                label=label,
                kind="unit",
                span=self.view.span(start, end, 0.7),
                key=key,
                unit_of=owner,
            )
            self.add_org(owner, start, start)
        return key

    def area_force(self, area: str, position: int) -> str | None:
        entity = self.view.entity_at(position, position + len(area))
        if entity and entity.label == "ORG":
            return entity.ident
        force = self.gaz.force_of_area.get(slugify(area.removesuffix(" Police")))
        if force is None and ("," in area or " and " in area):
            # "Devon, Cornwall and the Isles of Scilly": the force of the first area
            force = self.gaz.force_of_area.get(slugify(re.split(r",|\s+and\s+", area)[0]))
        return force

    def org_label(self, key: str) -> str:
        org = self.ex.orgs.get(key)
        return org.label if org else self.gaz.org_labels.get(key, key)
