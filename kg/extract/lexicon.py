"""The wording of police press releases: hedges, ranks, agencies, offences, drugs.

These tables describe English usage, not any one release. Every value on the
right is a term of the ontology (a qualifier, role, measure or crime-type
slug); `kg.extract.offences` keeps only crime types the ontology defines, so
a table entry naming a concept the ontology lacks falls back to the next one.
"""

from __future__ import annotations

# Hedge words before a number → soc:Qualifier local name.
QUALIFIERS: dict[str, str] = {
    "more than": "MoreThan",
    "over": "MoreThan",
    "in excess of": "MoreThan",
    "upwards of": "MoreThan",
    "well over": "MoreThan",
    "just over": "MoreThan",
    "exceeding": "MoreThan",  # "a street value exceeding £1.5m"
    "topping": "MoreThan",
    "at least": "AtLeast",
    "a minimum of": "AtLeast",
    "no fewer than": "AtLeast",
    "no less than": "AtLeast",
    "almost": "Almost",
    "nearly": "Almost",
    "just under": "Almost",
    "close to": "Almost",
    "approaching": "Almost",
    "around": "Approximately",
    "about": "Approximately",
    "approximately": "Approximately",
    "roughly": "Approximately",
    "an estimated": "Approximately",
    "in the region of": "Approximately",
    "an estimated street value of": "Approximately",
    "an estimated value of": "Approximately",
    "estimated street value of": "Approximately",
    "estimated to be worth": "Approximately",
    "estimated at": "Approximately",
    "estimated to be": "Approximately",
    "thought to be worth": "Approximately",
    "believed to be worth": "Approximately",
    "an approximate street value of": "Approximately",
    "an approximate value of": "Approximately",
    "approached": "Almost",
    "estimated": "Approximately",
    "some": "Approximately",
    "circa": "Approximately",
    "up to": "UpTo",
    "a maximum of": "UpTo",
    "less than": "LessThan",
    "fewer than": "LessThan",
    "under": "LessThan",
}
QUALIFIER_PATTERN = "|".join(
    sorted((q.replace(" ", r"\s+") for q in QUALIFIERS), key=len, reverse=True)
)

# Ranks and titles → soc:Role; longest first when matching. Abbreviations are
# only taken when followed by a capitalised name (see people rules).
RANKS: dict[str, str] = {
    "Police and Crime Commissioner": "PoliceAndCrimeCommissioner",
    "Police, Fire and Crime Commissioner": "PoliceAndCrimeCommissioner",
    "Police Fire and Crime Commissioner": "PoliceAndCrimeCommissioner",
    "Acting Police and Crime Commissioner": "PoliceAndCrimeCommissioner",
    "PCC": "PoliceAndCrimeCommissioner",
    "Chief Constable": "ChiefConstable",
    "Temporary Chief Constable": "ChiefConstable",
    "Deputy Chief Constable": "DeputyChiefConstable",
    "DCC": "DeputyChiefConstable",
    "Assistant Chief Constable": "AssistantChiefConstable",
    "Temporary Assistant Chief Constable": "AssistantChiefConstable",
    "ACC": "AssistantChiefConstable",
    "Detective Chief Superintendent": "DetectiveChiefSuperintendent",
    "Det Chief Supt": "DetectiveChiefSuperintendent",
    "Det Ch Supt": "DetectiveChiefSuperintendent",
    "Det Chf Supt": "DetectiveChiefSuperintendent",  # "Det Chf Supt Carl Galvin of the YHROCU"
    "DCS": "DetectiveChiefSuperintendent",
    "Detective Superintendent": "DetectiveSuperintendent",
    "Det Supt": "DetectiveSuperintendent",
    "Det Superintendent": "DetectiveSuperintendent",
    "DSupt": "DetectiveSuperintendent",
    "Detective Chief Inspector": "DetectiveChiefInspector",
    "Det Chief Insp": "DetectiveChiefInspector",
    "Det Ch Insp": "DetectiveChiefInspector",
    "Det Chf Insp": "DetectiveChiefInspector",
    "DCI": "DetectiveChiefInspector",
    "Detective Inspector": "DetectiveInspector",
    "Det Insp": "DetectiveInspector",
    "DI": "DetectiveInspector",
    "Detective Sergeant": "DetectiveSergeant",
    "Det Sgt": "DetectiveSergeant",
    "DS": "DetectiveSergeant",
    "Detective Constable": "DetectiveConstable",
    "Det Con": "DetectiveConstable",
    "DC": "DetectiveConstable",
    "Chief Superintendent": "ChiefSuperintendent",
    "Chief Supt": "ChiefSuperintendent",
    "Ch Supt": "ChiefSuperintendent",
    "Chf Supt": "ChiefSuperintendent",
    "Superintendent": "Superintendent",
    "Supt": "Superintendent",
    "Chief Inspector": "ChiefInspector",
    "Ch Insp": "ChiefInspector",
    "Chf Insp": "ChiefInspector",
    "Inspector": "Inspector",
    "Insp": "Inspector",
    "Chief Crown Prosecutor": "Prosecutor",
    "Senior Crown Prosecutor": "Prosecutor",
    "Crown Prosecutor": "Prosecutor",
    "Senior Specialist Prosecutor": "Prosecutor",
    "Specialist Prosecutor": "Prosecutor",
    "Police Sergeant": "Sergeant",
    "Sergeant": "Sergeant",
    "Sgt": "Sergeant",
    "Police Constable": "PoliceConstable",
    "PC": "PoliceConstable",
    "Senior Investigating Officer": "SeniorInvestigatingOfficer",
    # National Crime Agency grades, written before the name ("NCA Branch Commander X")
    "Branch Commander": "BranchCommander",
    "Deputy Branch Commander": "BranchCommander",
    "Operations Manager": "OperationsManager",
    "Senior Operations Manager": "OperationsManager",
    # Scottish prosecutors and judges
    "Procurator Fiscal": "Prosecutor",
    "Area Procurator Fiscal": "Prosecutor",
    "Procurator Fiscal Depute": "Prosecutor",
    "Fiscal Depute": "Prosecutor",  # "Fiscal depute David Morton told the court"
    "Advocate Depute": "Prosecutor",
    "Sheriff": "Judge",
    "Judge": "Judge",
    "His Honour Judge": "Judge",
    "Her Honour Judge": "Judge",
    "HHJ": "Judge",
    "Recorder": "Judge",
    "Mr Justice": "Judge",
    "Mrs Justice": "Judge",
    "Ms Justice": "Judge",
}
# "Det. Ch. Supt.": an abbreviated word may take a full stop before the next
RANK_PATTERN = "|".join(
    sorted((r.replace(" ", r"\.?\s+").replace(",", ",?") for r in RANKS), key=len, reverse=True)
)

# Titles that follow a name ("X, Head of the ROCU, said") → role.
TITLES: dict[str, str] = {
    "head of": "HeadOfUnit",
    "head of the": "HeadOfUnit",
    "director of": "Director",
    "director general of": "Director",
    "director": "Director",
    "deputy director": "Director",
    "senior investigating officer": "SeniorInvestigatingOfficer",
    "sio": "SeniorInvestigatingOfficer",
    "governance lead": "GovernanceLead",
    "branch commander": "BranchCommander",
    "deputy branch commander": "BranchCommander",
    "operations manager": "OperationsManager",
    "senior operations manager": "OperationsManager",
    "procurator fiscal": "Prosecutor",
    "area procurator fiscal": "Prosecutor",
    "procurator fiscal depute": "Prosecutor",
    "specialist prosecutor": "Prosecutor",
    "senior specialist prosecutor": "Prosecutor",
    "senior crown prosecutor": "Prosecutor",
    "crown prosecutor": "Prosecutor",
    "prosecutor": "Prosecutor",
    "chief crown prosecutor": "Prosecutor",
    "prosecuting": "Prosecutor",
    "ringleader": "Ringleader",
    "leader": "Ringleader",
}

# Earlier names of reference organisations, still met in older releases (the reference
# table's notes give the source: NEROCU was NERSOU, nersou.org.uk, until its renaming).
FORMER_NAMES: dict[str, tuple[str, ...]] = {
    "nerocu": ("North East Regional Special Operations Unit", "NERSOU"),
}
# Other names the regional units go by in their own pages and in news copy, beside the
# reference table's name and abbreviation: "WMROCU" and "the West Midlands ROCU"
# (wmrocu.org.uk/home/about-us.aspx; HMICFRS inspection, May 2024), "Titan" for the North
# West ROCU (titanrocu.org.uk; Chester Standard, 12 October 2017), "Zephyr" for the South
# West ROCU set up in 2010 by the five south-west forces (Swindon Advertiser and Heart, on
# its launch), "Yorkshire and Humberside ROCU" (arien-euproject.eu partner page).
OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "wmrocu": (
        "WMROCU",
        "West Midlands ROCU",
        "West Midlands Regional Organised Crime Unit",
        "Regional Organised Crime Unit for the West Midlands",
    ),
    "nwrocu": ("NWROCU", "Titan", "TITAN", "Titan ROCU"),
    "swrocu": ("Zephyr", "SW ROCU", "ROCU SW"),
    # not "Yorkshire and the Humber Regional Organised Crime Unit": read as its parts, the
    # name also gives the region the unit works in, which an analyst records
    "yhrocu": ("Yorkshire and Humberside Regional Organised Crime Unit",),
    "tarian": ("Tarian Regional Organised Crime Unit", "Tarian ROCU"),
}
# Publishers' names for a unit that the body text reads as parts (above): only the
# front matter's whole name stands for the unit.
PUBLISHER_NAMES: dict[str, tuple[str, ...]] = {
    "yhrocu": (
        "Yorkshire and the Humber Regional Organised Crime Unit",
        "Yorkshire and the Humber ROCU",
    ),
}

# Agencies releases name, beyond the reference tables (id, label, variants).
AGENCIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("border-force", "Border Force", ()),
    ("crown-prosecution-service", "Crown Prosecution Service", ("CPS",)),
    (
        "hm-revenue-and-customs",
        "HM Revenue and Customs",
        (
            "HMRC",
            "HM Revenue & Customs",
            "Her Majesty's Revenue and Customs",
            "Her Majesty’s Revenue and Customs",
            "Her Majesty's Revenue & Customs",
        ),
    ),
    (
        "maoc-n",
        "Maritime Analysis and Operations Centre (Narcotics)",
        (
            "MAOC(N)",
            "MAOC-N",
            "MAOC (N)",
            "Maritime Analysis & Operations Centre (Narcotics)",
            "Maritime Analysis and Operations Centre",
            "Maritime Analysis & Operations Centre",
        ),
    ),
    (
        "an-garda-siochana",
        "An Garda Síochána",
        ("Garda Síochána", "An Garda Siochana", "Garda Siochana", "Gardaí", "Gardai"),
    ),
    ("irish-naval-service", "Irish Naval Service", ("Irish Navy",)),
    ("irish-air-corps", "Irish Air Corps", ()),
    ("australian-federal-police", "Australian Federal Police", ()),
    ("fbi", "Federal Bureau of Investigation", ("FBI",)),
    ("drug-enforcement-administration", "Drug Enforcement Administration", ("DEA",)),
    ("guardia-civil", "Guardia Civil", ()),
    ("royal-navy", "Royal Navy", ()),
    ("hm-coastguard", "HM Coastguard", ()),
    ("department-for-work-and-pensions", "Department for Work and Pensions", ("DWP",)),
    ("environment-agency", "Environment Agency", ()),
    ("immigration-enforcement", "Immigration Enforcement", ()),
    ("serious-fraud-office", "Serious Fraud Office", ("SFO",)),
    (
        "gangmasters-and-labour-abuse-authority",
        "Gangmasters and Labour Abuse Authority",
        # its name until 2017; "Gangmasters Labour Abuse Authority" as often written
        ("GLAA", "Gangmasters Licensing Authority", "Gangmasters Labour Abuse Authority"),
    ),
    (
        "serious-organised-crime-agency",
        "Serious Organised Crime Agency",  # the NCA's forerunner, 2006-2013
        ("SOCA", "Serious and Organised Crime Agency"),
    ),
    (
        "scottish-crime-and-drug-enforcement-agency",
        "Scottish Crime and Drug Enforcement Agency",  # merged into Police Scotland in 2013
        ("SCDEA", "Scottish Crime & Drug Enforcement Agency"),
    ),
    ("acpo", "Association of Chief Police Officers", ("ACPO",)),  # the NPCC's forerunner
    # Kent Police and Essex Police's joint unit for serious and organised crime (since 2010)
    (
        "kent-and-essex-serious-crime-directorate",
        "Kent and Essex Serious Crime Directorate",
        ("Kent and Essex SCD", "Kent & Essex Serious Crime Directorate"),
    ),
    # Scotland's eight territorial forces until Police Scotland replaced them in April 2013
    # (forces: gazetteer.FORMER_SCOTTISH_FORCES)
    ("strathclyde-police", "Strathclyde Police", ()),
    ("lothian-and-borders-police", "Lothian and Borders Police", ("Lothian & Borders Police",)),
    ("grampian-police", "Grampian Police", ()),
    ("tayside-police", "Tayside Police", ()),
    ("fife-constabulary", "Fife Constabulary", ()),
    ("central-scotland-police", "Central Scotland Police", ()),
    ("northern-constabulary", "Northern Constabulary", ()),
    (
        "dumfries-and-galloway-constabulary",
        "Dumfries and Galloway Constabulary",
        ("Dumfries & Galloway Constabulary",),
    ),
    ("joint-maritime-security-centre", "Joint Maritime Security Centre", ("JMSC",)),
    ("national-police-chiefs-council", "National Police Chiefs' Council", ("NPCC",)),
    ("action-fraud", "Action Fraud", ()),
    ("trading-standards", "Trading Standards", ()),  # a council's service, named bare
    ("national-trading-standards", "National Trading Standards", ()),
    ("insurance-fraud-enforcement-department", "Insurance Fraud Enforcement Department", ("IFED",)),
    ("dvla", "Driver and Vehicle Licensing Agency", ("DVLA",)),
    ("europol", "Europol", ()),
    ("interpol", "Interpol", ()),
    ("home-office", "Home Office", ()),
    ("uk-border-agency", "UK Border Agency", ("UKBA",)),
    (
        "crown-office",
        "Crown Office and Procurator Fiscal Service",
        ("COPFS", "Crown Office", "Crown Office & Procurator Fiscal Service"),
    ),
    (
        "public-prosecution-service-ni",
        "Public Prosecution Service for Northern Ireland",
        ("Public Prosecution Service",),
    ),
    ("paramilitary-crime-task-force", "Paramilitary Crime Task Force", ("PCTF",)),
    ("national-economic-crime-centre", "National Economic Crime Centre", ("NECC",)),
    # the NCA's cyber crime unit, formed in 2013 from SOCA's cyber team and the Met's PCeU
    ("national-cyber-crime-unit", "National Cyber Crime Unit", ("NCCU",)),
    ("police-central-e-crime-unit", "Police Central e-Crime Unit", ("PCeU",)),
    (
        "national-county-lines-coordination-centre",
        "National County Lines Coordination Centre",
        ("NCLCC",),
    ),
    (
        "dedicated-card-and-payment-crime-unit",
        "Dedicated Card and Payment Crime Unit",
        ("DCPCU",),
    ),
    ("financial-conduct-authority", "Financial Conduct Authority", ("FCA",)),
    # the NCA and Metropolitan Police's joint unit; Merseyside has its own of the name
    ("organised-crime-partnership", "Organised Crime Partnership", ("OCP",)),
    (
        "england-illegal-money-lending-team",
        "England Illegal Money Lending Team",
        ("Illegal Money Lending Team", "England IMLT", "IMLT"),
    ),
    ("financial-fraud-action-uk", "Financial Fraud Action UK", ("FFA UK",)),
    ("uk-finance", "UK Finance", ()),
    # Northern Ireland's multi-agency task force; Scotland's strategic group
    ("organised-crime-task-force", "Organised Crime Task Force", ("OCTF",)),
    ("serious-organised-crime-taskforce", "Serious Organised Crime Taskforce", ()),
    ("belfast-harbour-police", "Belfast Harbour Police", ()),
    # standing commands and services of national agencies, named as their units
    (
        "hmrc-fraud-investigation-service",
        "HMRC Fraud Investigation Service",
        ("Fraud Investigation Service",),
    ),
    (
        "child-exploitation-and-online-protection-command",
        "Child Exploitation and Online Protection Command",
        ("CEOP",),
    ),
    (
        "nca-anti-kidnap-and-extortion-unit",
        "NCA Anti-Kidnap and Extortion Unit",
        ("Anti-Kidnap and Extortion Unit",),
    ),
    (
        "nca-modern-slavery-and-human-trafficking-unit",
        "NCA Modern Slavery and Human Trafficking Unit",
        ("Modern Slavery and Human Trafficking Unit",),
    ),
)

# Regional-unit wording that means "a regional organised crime unit" in general.
ROCU_WORDS = (
    "Regional Organised Crime Unit",
    "regional organised crime unit",
    "ROCU",
)

# Words that make a place-name match unlikely to be a place.
# Place names that are also everyday words, months or common surnames: a gazetteer
# town by one of these names is not looked for (reference places still are).
NOT_PLACES = frozenset(
    {
        "March",
        "May",
        "Street",
        "Sale",
        "Deal",
        "Ware",
        "Wells",
        "Hale",
        "Police",
        "Crown",
        "Court",
        "Chapel",
        "Church",
        "Cross",
        "Market",
        "Royal",
        "Hill",
        "Washington",
        "Worth",
        "Buckley",
        "Nelson",
        "Clayton",
        "Morley",
        "Whitley",
        "Wallace",
        "Hyde",
        "Bury",
        "Stone",
        "Orange",
        "Barry",
        "Holt",
        "Leigh",
        "Hamilton",
        "Sandy",
        "Bishop",
        "Brent",
        "Weston",
        "Saint",
        "Newton",
        "Penn",
        "Dale",
        "Hope",
        "Heywood",
        "Ashford",
        "Bradley",
        "Lancing",
        "Marlow",
        "Denton",
        "Swinton",
        "Normanton",
        "Kendal",
        "Ashton",
        "Cannock",
        "Dunbar",
        "Forfar",
        "Spalding",
        "Camborne",
        "Hythe",
        "Beverley",
        # two towns of near equal size (on Thames, on the Naze) and a Liverpool district
        "Walton",
    }
)

# The drugs a release names in prose, as one alternation (no group): what drugs "worth
# £X" or "£X of …" can be. Not bare "crack" ("crack down"), which "crack cocaine" covers.
DRUG_NAMES = (
    r"(?:drugs|cocaine|heroin|cannabis|skunk|amphetamines?|methamphetamine|crystal\s+meth|"
    r"ketamine|mdma|ecstasy|mephedrone|spice|diamorphine|lsd|steroids)"
)

# Drug and item words → the item text recorded on a seizure figure.
DRUG_WORDS = (
    "Class A drugs",
    "Class B drugs",
    "Class C drugs",
    "Class A",
    "Class B",
    "cocaine",
    "crack cocaine",
    "crack",  # "85g crack"
    "heroin",
    "cannabis",
    "herbal cannabis",
    "cannabis resin",
    "skunk",
    "amphetamine",
    "methamphetamine",
    "crystal meth",
    "ketamine",
    "MDMA",
    "ecstasy",
    "spice",
    "diamorphine",
    "steroids",
    "steroid",
    "drugs",
    "illegal drugs",
    "controlled drugs",
)

# Offence wording → crime-type slugs in order of preference (the first one
# the ontology defines is used). Phrases are matched on lower-cased text.
OFFENCES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"crash[- ]for[- ]cash", ("crash-for-cash", "insurance-fraud", "fraud")),
    (r"boiler[- ]room", ("boiler-room-fraud", "investment-fraud", "fraud")),
    (r"cyber[- ]?(?:enabled\s+)?fraud|online fraud|phishing", ("cyber-fraud", "fraud")),
    (r"romance (?:fraud|scam)", ("romance-fraud", "fraud")),
    (
        r"courier fraud|(?:pos(?:ed|ing)|posing|pretend(?:ed|ing) to be|claim(?:ed|ing) to be"
        r"|impersonat(?:ed|ing)) (?:as )?(?:police|detectives|police officers|bank staff)",
        ("courier-fraud", "fraud"),
    ),
    (r"mandate fraud|invoice fraud", ("mandate-fraud", "fraud")),
    (r"investment fraud|investment scam", ("investment-fraud", "fraud")),
    (r"insurance fraud|insurance scam", ("insurance-fraud", "fraud")),
    (
        r"tax fraud|vat (?:fraud|scam)|duty fraud|cheat(?:ing)? the (?:public )?revenue|tax evasion"
        r"|missing[ -]trader|carousel fraud"
        r"|evasion of (?:excise |customs |tobacco |alcohol |vat |income tax )?duty|duty evasion"
        r"|evad(?:e|ed|ing) (?:(?:[^.;]|\.\d){0,40}? )?(?:in )?(?:excise |customs )?duty"
        # fuel laundering: dye stripped from rebated diesel to sell it as road fuel
        r"|excise fraud|fuel fraud|(?:fuel|diesel) laundering|launder(?:ed|ing|s)? "
        r"(?:[\w,.-]+ ){0,4}?(?:fuel|diesel)\b"
        r"|(?:cigarette|tobacco|alcohol) smuggling|tobacco fraud"
        r"|smuggl(?:e|ed|ing) (?:[\w£.,-]+ ){0,5}?(?:cigarettes|tobacco|alcohol)"
        # "£3.2m bootleg cigarette haul", "illicit tobacco"
        r"|(?:bootleg(?:ged)?|illicit|illegal|counterfeit|smuggled) (?:cigarettes?|tobacco)",
        ("tax-fraud", "fraud"),
    ),
    (
        r"money laundering|launder(?:ing|ed)? (?:money|cash|the proceeds|criminal)"
        r"|money launderers?\b"  # "Money launderer Faisal Khan was jailed"
        r"|\b(?:acquir|convert|transferr?|conceal|disguis|us|possess)(?:e|es|ed|ing|ion of)?"
        r" (?:[\w-]+ ){0,3}?(?:of )?criminal property"
        # "conspiracy to conceal transfer of criminal proceeds" (not "used his criminal proceeds")
        r"|\b(?:convert|transferr?|conceal|disguis)(?:e|es|ed|ing|ion of)?"
        r" (?:[\w-]+ ){0,3}?(?:of )?criminal proceeds",
        ("money-laundering", "economic-crime"),
    ),
    (
        r"fraud by (?:false representation|abuse of position)"
        r"|conspiracy to (?:commit fraud|defraud)"
        r"|\bfraud\b|\bscam\b|\bdefraud",
        ("fraud", "economic-crime"),
    ),
    (
        r"brib(?:ery|ing)|corrupt(?:ion)?|misconduct in (?:a )?public office",
        ("bribery-and-corruption", "economic-crime"),
    ),
    (
        r"counterfeit|trade ?marks? act|trade ?mark offences?"
        r"|(?:fake|knock-off) (?:designer|branded) (?:goods|clothing|handbags|items)",
        ("counterfeiting", "economic-crime"),
    ),
    (
        r"county lines?|county drugs lines?|deal(?:ing)? line",
        ("county-lines", "drug-supply", "drugs"),
    ),
    (
        r"(?:import(?:ing|ation|ed)?|smuggl(?:e|ing|ed)) (?:of )?(?:an? )?(?:illegal |illicit )?"
        r"(?:class [abc] )?"
        r"(?:drugs?|controlled drugs?|cocaine"
        r"|heroin|cannabis)"
        # "smuggle more than half a tonne of cocaine", "import 1.4 tonnes of cocaine"
        r"|(?:import(?:ing|ed|s|ation)?|smuggl(?:e|es|ing|ed))\s+(?:[\w£.,'-]+\s+){1,6}?of\s+"
        r"(?:class [abc] )?(?:drugs|cocaine|heroin|cannabis|amphetamines?|ketamine|mdma|"
        r"narcotics)\b"
        # "bring cocaine worth £112 million to the UK", "brought 8kg of heroin into Britain"
        # "plotted to fly cocaine … into the UK", "shipped heroin to Britain"
        r"|(?:bring(?:ing)?|brought|fly|flying|flew|flown|ship(?:ping|ped)?)\s+"
        r"(?:[\w£.,'-]+\s+){0,6}?(?:of\s+)?(?:class [abc] )?"
        r"(?:drugs|cocaine|heroin|cannabis)\b[^.;]{0,40}?\b(?:into|to)\s+(?:the\s+)?"
        r"(?:uk|united kingdom|britain|country|england|scotland|wales|northern ireland)\b"
        r"|fraudulent evasion of (?:the |a )?prohibition"
        r"|(?:drugs?|cocaine|heroin|cannabis) smugglers?\b"
        # "a cocaine importation plot", "the heroin import"
        r"|(?:cocaine|heroin|cannabis|class [abc]) import(?:ation|s)?\b"
        # "drug supply and importation"
        r"|(?<=drug supply and )importation|(?<=drugs supply and )importation",
        ("drug-importation", "drug-trafficking", "drugs"),
    ),
    (
        r"(?:cultivat|produc)(?:e|ing|tion) (?:of )?cannabis|cannabis (?:farm|factory|factories"
        r"|grow|cultivation)|produc(?:e|ing|tion) (?:of )?(?:an? )?(?:controlled drug of )?class b",
        ("cannabis-cultivation", "drugs"),
    ),
    (
        r"(?:firearms?|weapons?|guns?|pistols?|ammunition)\s+with\s+intent\s+to\s+(?:supply|sell)",
        ("firearms-supply", "firearms"),
    ),
    (
        r"drug trafficking|drugs trafficking|trafficking (?:class [abc](?: and [abc])? )?drugs"
        r"|trafficking (?:illegal|illicit|controlled) (?:substances|drugs)",
        ("drug-trafficking", "drugs"),
    ),
    (
        # not "conspiracy to supply a firearm" (the firearms rule's)
        r"(?:conspiracy|conspiring|intent|intending|concerned in|concerned in the) to supply"
        r"(?! (?:an? |the )?(?:[\w-]+ )?(?:firearms?|guns?|weapons?|pistols?|handguns?|ammunition"
        r"|shotguns?|rifles?|revolvers?)\b)"
        r"|concerned in the supply"
        r"|supply(?:ing)? (?:of )?(?:class [abc]|controlled|illegal)? ?(?:drugs?|cocaine|heroin"
        r"|crack|cannabis|amphetamine|ketamine)"
        r"|drugs? (?:supply|dealing|conspiracy|network|gang|ring)|(?:drug|drugs) dealer"
        r"|possession with intent|dealing (?:class [abc] )?drugs|supply (?:of )?class [abc]"
        r"|(?:suppl(?:y|ied|ying)|sell(?:ing)?|sold|sale|flood(?:ed|ing)|deal(?:t|ing)|mov(?:ed|ing)|"
        r"deliver(?:ed|ing)|distribut(?:ed|ing))\b[^.;]{0,45}?\b(?:cocaine|heroin|crack"
        r"|amphetamine|"
        r"ketamine|mdma|class a)",
        ("drug-supply", "drugs"),
    ),
    (
        r"firearms? suppl|suppl(?:y|ying) (?:of )?(?:firearms|guns|weapons)"
        r"|sell(?:ing)? (?:firearms|guns)"
        r"|transfer(?:ring)? (?:an? )?(?:prohibited )?(?:firearms?|weapons?|guns?)"
        r"|(?:the )?transfer of (?:prohibited )?(?:firearms|weapons|guns)|gun[- ]running"
        r"|(?:sold|sell(?:ing)?|suppl(?:y|ied|ying)|import(?:ed|ing)?|convert(?:ed"
        r"|ing))\b[^.;]{0,40}?"
        r"\b(?:guns?|firearms?|pistols?|handguns?|revolvers?|weapons|ammunition)\b"
        r"|(?:guns?|firearms?|pistols?|handguns?)\b[^.;]{0,40}?\b(?:sold|supplied)\b"
        r"|(?:sell|supply)\s+(?:the|a)\s+(?:gun|firearm|pistol|weapon)",
        ("firearms-supply", "firearms"),
    ),
    (
        r"possession of (?:a )?(?:prohibited )?(?:firearm|weapon|gun|ammunition)\b"
        # "possession of the gun" (never "the weapon, a kitchen knife", "the gunman's phone")
        r"|possession of (?:the|an? loaded) (?:firearm|gun|pistol|revolver|shotgun|handgun)"
        r"(?![\w'’-])"
        r"|firearms? offences?|firearms and drugs? offences|drugs? and firearms offences"
        # "possessing an M4 carbine rifle", "possessed a loaded pistol"
        r"|possess(?:ing|ed)? (?:an? )?(?:[\w\"“”-]+ ){0,3}?(?:firearms?|prohibited weapons?|guns?"
        r"|rifles?|pistols?|shotguns?|handguns?|revolvers?)\b",
        ("firearms",),
    ),
    (r"child sexual exploitation|\bcse\b", ("child-sexual-exploitation", "child-sexual-abuse")),
    (
        r"child sexual abuse|indecent images of children"
        r"|sexual (?:activity|offences?) (?:with|against) (?:a )?child",
        ("child-sexual-abuse",),
    ),
    (r"computer misuse|hacking|unauthorised access to computer", ("computer-misuse", "cybercrime")),
    (r"cyber ?crime|cyber[- ]attack|ransomware|malware", ("cybercrime",)),
    (
        r"human trafficking|human traffickers?|sex trafficking"
        r"|trafficking (?:of )?(?:people|women|children|victims|teens|teenagers|boys|girls"
        r"|minors)\b(?!['’])"  # not "trafficking girls' passports"
        # "Four people who trafficked women from Slovakia", "trafficked young Romanian men"
        r"|trafficked (?:(?!by |to |into |from |through |for |with )[a-z]+ ){0,2}?"
        r"(?:people|women|men|girls|boys|children|victims|workers)\b"
        r"|arrang(?:e|es|ing|ed)\s+(?:or\s+facilitat\w+\s+)?(?:the\s+)?travel",
        ("human-trafficking", "modern-slavery"),
    ),
    (
        r"labour exploitation|forced labour|forced to work|(?:unlicensed|unlicenced) gangmaster"
        # "forced them to work for next to nothing", "forced the men to work"
        r"|forced (?:them|him|her|(?:the )?(?:[a-z]+ )?(?:men|women|victims|workers)) to work"
        r"|gangmaster without a licen[cs]e|acting as a gangmaster",
        ("labour-exploitation", "modern-slavery"),
    ),
    (r"modern(?:[- ]day)? slavery|slavery|servitude", ("modern-slavery",)),
    (
        r"people[- ]smuggling|smuggl(?:e|ing|ed) (?:migrants|people)"
        r"|facilitat(?:e|ing|ion of) (?:illegal|unlawful) (?:entry|immigration)"
        r"|assisting unlawful immigration|immigration offences?|small[- ]boat crossings?"
        r"|(?:smuggl|bring|brought|ferr|transport)\w*\s+(?:\w+\s+){0,2}(?:migrants|asylum seekers)",
        ("people-smuggling", "organised-immigration-crime"),
    ),
    (r"organised immigration crime", ("organised-immigration-crime",)),
    (r"burglar(?:y|ies)", ("burglary", "acquisitive-crime")),
    (r"robber(?:y|ies)|\brobbing\b", ("robbery", "acquisitive-crime")),
    (
        r"(?:vehicle|car|plant|machinery) thefts?|steal(?:ing)? (?:cars|vehicles)|vehicle crime"
        r"|(?:stole|stolen|steal(?:ing)?)\s+(?:(?!from\b|in\b|out\b|inside\b)[\w-]+\s+){0,3}?"
        r"(?:cars|vehicles|vans|motorbikes|lorries"
        r"|tractors)\b|keyless (?:car )?theft"
        # "the theft of over 70 Range Rovers and high-end cars"
        # (not "the theft of deposits paid for used cars", "of £30,000 from a firm … vans")
        r"|\bthefts?\s+of\s+(?:(?!(?:for|from|to|by|paid|meant|intended|that|which)\b)"
        r"[\w,.'’-]+\s+){0,6}?(?:cars|vehicles|vans|motorbikes|lorries"
        r"|tractors|Range\s+Rovers)\b",
        ("vehicle-crime", "theft"),
    ),
    (
        r"\bthefts?\b|\bstealing\b|handling stolen|conspiracy to steal|\bthieves\b"
        r"|\bstole\b(?!\s+(?:£|\$|€|\d|more|over|almost|nearly|around|about|up|at|a\s+total"
        r"|(?:the\s+)?(?:vat|tax|duty|money)\b))",  # "stole the VAT payments": a tax fraud
        ("theft", "acquisitive-crime"),
    ),
    (r"blackmail|extortion(?!ate)", ("blackmail",)),  # not "extortionate prices"
    (r"kidnap|false imprisonment", ("kidnap", "serious-violence")),
    (
        r"murder|manslaughter|grievous bodily harm|\bgbh\b|wounding|attempted murder|stabbing",
        ("serious-violence", "violence"),
    ),
)

SCOTTISH_AREAS = (
    "Aberdeenshire",
    "Perthshire",
    "Tayside",
    "Lanarkshire",
    "North Lanarkshire",
    "South Lanarkshire",
    "Ayrshire",
    "Renfrewshire",
    "Dumfries and Galloway",
    "West Lothian",
    "East Lothian",
    "Midlothian",
    "Moray",
    "East Ayrshire",
    "North Ayrshire",
    "South Ayrshire",
    "Dunbartonshire",
    "East Dunbartonshire",
    "West Dunbartonshire",
    "Inverclyde",
    "Argyll and Bute",
    "Scottish Borders",
    "Stirlingshire",
    "Clackmannanshire",
    "Kinross-shire",
    "Orkney",
    "Shetland",
)
NI_COUNTIES = (
    "County Antrim",
    "County Down",
    "County Armagh",
    "County Tyrone",
    "County Fermanagh",
    "County Londonderry",
)
# The Republic of Ireland's counties, named with "County" or "Co" in cross-border releases
# ("seized in Co Louth"); bare "Clare" or "Kerry" are far more often people.
IRISH_COUNTIES = tuple(
    f"County {name}"
    for name in (
        "Carlow", "Cavan", "Clare", "Cork", "Donegal", "Dublin", "Galway", "Kerry", "Kildare",
        "Kilkenny", "Laois", "Leitrim", "Limerick", "Longford", "Louth", "Mayo", "Meath",
        "Monaghan", "Offaly", "Roscommon", "Sligo", "Tipperary", "Waterford", "Westmeath",
        "Wexford", "Wicklow",
    )
)  # fmt: skip
# Counties and areas a release may name that no force is named after.
COUNTIES = (
    "Devon",
    "Cornwall",
    "Somerset",
    "Shropshire",
    "Herefordshire",
    "Worcestershire",
    "Berkshire",
    "Buckinghamshire",
    "Oxfordshire",
    "East Sussex",
    "West Sussex",
    "Isle of Wight",
    "Rutland",
    "Tyne and Wear",
    "East Yorkshire",
    "Greater London",
    "Merseyside",
    "Cheshire",
    "Teesside",
    "Wirral",
    "Cumbria",
    "Lancashire",
    "Fife",
    "Anglesey",
    "Pembrokeshire",
    "Ceredigion",
    "Powys",
    "Dyfed",  # preserved counties, still named in releases
    "Clwyd",
    "Gwynedd",
    "Carmarthenshire",
    "Flintshire",
    "Denbighshire",
    "Wrexham",
    "Conwy",
    "Monmouthshire",
    "Bridgend",
    "Neath Port Talbot",
    "Vale of Glamorgan",
    "Rhondda Cynon Taf",
    "County Durham",
    "North Yorkshire",
    "East Riding of Yorkshire",
    "North Lincolnshire",
    "North East Lincolnshire",
    "Tyneside",
    "Wearside",
    *SCOTTISH_AREAS,
    *NI_COUNTIES,
    *IRISH_COUNTIES,
)
# The force that polices each of those areas ("for Devon, Cornwall and the Isles of
# Scilly", "a Flintshire drugs gang"): policing areas of England and Wales, and the one
# force of Scotland and of Northern Ireland. Areas a force is named after map themselves.
_FORCE_AREAS = {
    "devon-and-cornwall": ("Devon", "Cornwall", "Isles of Scilly"),
    "avon-and-somerset": ("Somerset",),
    "west-mercia": ("Shropshire", "Herefordshire", "Worcestershire"),
    "thames-valley": ("Berkshire", "Buckinghamshire", "Oxfordshire"),
    "sussex": ("East Sussex", "West Sussex"),
    "hampshire": ("Isle of Wight",),
    "leicestershire": ("Rutland",),
    "northumbria": ("Tyne and Wear", "Tyneside", "Wearside"),
    "humberside": (
        "East Yorkshire",
        "East Riding of Yorkshire",
        "North Lincolnshire",
        "North East Lincolnshire",
    ),
    "cleveland": ("Teesside",),
    "merseyside": ("Wirral",),
    "durham": ("County Durham",),
    "north-wales": (
        "Anglesey",
        "Gwynedd",
        "Conwy",
        "Denbighshire",
        "Flintshire",
        "Wrexham",
        "Clwyd",
    ),
    "dyfed-powys": ("Pembrokeshire", "Ceredigion", "Powys", "Carmarthenshire", "Dyfed"),
    "gwent": ("Monmouthshire",),
    "south-wales": ("Bridgend", "Neath Port Talbot", "Vale of Glamorgan", "Rhondda Cynon Taf"),
    "police-scotland": ("Fife", *SCOTTISH_AREAS),
    "psni": NI_COUNTIES,
}
COUNTY_FORCES = {area: force for force, areas in _FORCE_AREAS.items() for area in areas}
# World cities whose names are English words, first names or UK places' other names.
NOT_WORLD_CITIES = frozenset(
    {
        "Salvador",
        "Santiago",
        "Phoenix",
        "Perth",
        "Edmonton",
        "Melbourne",
        "Alexandria",
        "Brooklyn",
        "Queens",
        "Manhattan",
        "Kota",
        "Cali",
        "Lima",
        "Teni",
        "Valencia",
        "Cordoba",
        "Merida",
        "Kingston",
        "Shivaji Nagar",
        "New Territories",
        "Hong Kong Island",
        "The Bronx",
    }
)
# Airports named on their own ("arrested at Heathrow", "hotels near Gatwick"): the same
# place as "Heathrow Airport"
AIRPORTS = ("Heathrow", "Gatwick", "Stansted")

DIRECTIONS = r"(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:[- ](?:[Ee]ast|[Ww]est))?"

# The last word of a street's name ("Highworth Road", "Gorse Crescent"): never a town or a
# surname.
STREET_WORDS = (
    "Road", "Street", "Lane", "Avenue", "Drive", "Close", "Way", "Crescent", "Place",
    "Terrace", "Gardens", "Grove", "Row", "Walk", "Square", "Mews", "Court", "Parade", "Rise",
    "View",
    # as addresses abbreviate them ("of Bowes Rd in Enfield")
    "Rd", "Ave", "Gdns", "Cres", "Sq",
)  # fmt: skip

# Nationalities written before a name ("Estonian Richard Must", "Colombian national X"):
# never part of the name.
DEMONYMS = (
    "British", "English", "Scottish", "Welsh", "Irish", "Albanian", "Romanian", "Bulgarian",
    "Polish", "Lithuanian", "Latvian", "Estonian", "Czech", "Slovak", "Slovakian",
    "Hungarian", "Ukrainian", "Russian", "Turkish", "Kurdish", "Iraqi", "Iranian", "Syrian",
    "Afghan", "Pakistani", "Indian", "Bangladeshi", "Chinese", "Vietnamese", "Nigerian",
    "Ghanaian", "Somali", "Eritrean", "Sudanese", "Moroccan", "Algerian", "Dutch", "Belgian",
    "French", "German", "Spanish", "Portuguese", "Italian", "Greek", "Colombian", "Brazilian",
    "Venezuelan", "Mexican", "Jamaican", "Nicaraguan", "Ecuadorian", "Peruvian", "American",
    "Canadian", "Australian", "Serbian", "Croatian", "Bosnian", "Kosovan", "Kosovar",
    "Montenegrin", "Macedonian", "Moldovan", "Armenian", "Egyptian", "Libyan", "Tunisian",
    "Ethiopian", "Kenyan", "Zimbabwean", "Congolese", "Angolan", "Cameroonian", "Gambian",
    "Filipino", "Thai", "Malaysian", "Indonesian", "Nepalese", "Swedish", "Norwegian",
    "Danish", "Finnish", "Swiss", "Austrian", "Israeli", "Lebanese", "Saudi", "Emirati",
    "Yemeni", "Chilean", "Argentinian", "Cuban", "Trinidadian", "Guyanese", "Surinamese",
)  # fmt: skip


def _given_names() -> frozenset[str]:
    """The names in given_names.txt: a list, not code, so anyone can add to it."""
    from importlib.resources import files

    text = files("kg.extract").joinpath("given_names.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


# First names common in UK releases: "driven by Peter Bark" names a person with no cue.
GIVEN_NAMES = _given_names()
