"""Extraction rules for the wording of press releases in general, not of one corpus.

Each release here is invented for these tests, in the styles real UK releases use:
defendants listed one per line with dashes, colons or bullets and no verb, results
as "Label: value" lines, orders named without an amount, ranges and hedges, and
reviews that name one case among many. No sentence is taken from the corpora.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.figures import counts, measured_money
from tests.drafting import draft_releases, people_by_id
from tests.drafting import release_text as _release

RELEASES = {
    "dash-list": _release(
        "Five Jailed Over Heroin Network",
        "Durham Constabulary",
        "Five members of a gang that flooded Darlington with heroin have been sentenced at "
        "Durham Crown Court after admitting conspiracy to supply heroin.",
        "",
        "They were sentenced as follows:",
        "",
        "– Callum Ridley, aged 38, of Darlington, described in court as the leader of the "
        "gang – eleven years",
        "– Shane Pottage (27), of Hyde – 66 months",
        "• Niall Ormsby, aged 30, from Bishop Auckland: eight years and four months",
        "Tyler Gaunt, 21, of Darlington: two years, suspended for 18 months",
        "",
        "Ridley and Pottage were each also given a Criminal Behaviour Order banning them "
        "from Darlington town centre.",
        "",
        "The case was investigated by Durham Constabulary's Programme Sentinel.",
        "",
        "Det Supt Ann Carr, of Programme Sentinel, said the town was safer.",
    ),
    "charged-list": _release(
        "Eight Charged After Raids",
        "North Yorkshire Police",
        "Three men have been charged with conspiracy to produce cannabis after raids in "
        "Scarborough and Whitby.",
        "",
        "Those charged are:",
        "",
        "Jonas Petraitis, 40, of Scarborough",
        "Tomas Kazlauskas, 33, of Whitby",
        "Darius Vaitkus, 28, of Scarborough",
        "",
        "All three will appear at York Crown Court next month.",
    ),
    "results": _release(
        "Week Of Action Results",
        "Avon and Somerset Constabulary",
        "During the week of action officers achieved the following:",
        "",
        "Arrested: 64",
        "Charged: 31",
        "Young people safeguarded: twenty-two",
        "Heroin seized: 1.5 kilograms",
        "Cash seized: £52k",
        "Firearms recovered: 4",
        "Drug lines closed: 9",
        "",
        "Seven men were detained at one address in Bath.",
    ),
    "annual": _release(
        "Annual Report 2023",
        "Office of the Police and Crime Commissioner for Cumbria",
        "Over the last year:",
        "",
        "* 140 people have been arrested, 95 of whom have been charged",
        "Forty-two organised crime groups disrupted, nine of which have been dismantled",
        "* between 12 and 15 gangs have been disrupted in Carlisle",
        "* offenders received sentences amounting to a total of 120 years",
        "A total of 900 plants were seized from two farms.",
    ),
    "trafficking": _release(
        "Pair Sentenced For Trafficking Women",
        "Crown Prosecution Service",
        "Two people who brought women to Derby have been sentenced.",
        "",
        "Ioana Marin, 35, and Radu Pop, 40, both of Derby, were convicted of conspiracy to "
        "arrange the travel of others with a view to exploitation.",
        "",
        "Both were also made subject to Slavery and Trafficking Prevention Orders.",
        "",
        "Ellen Ward, a Senior Crown Prosecutor in CPS East Midlands' Complex Casework Unit, "
        'said: "The women were treated as property."',
    ),
    "laundering": _release(
        "Launderer Must Repay",
        "Merseyside Police",
        "Connor Blake, 45, of Bootle, admitted laundering the proceeds of drug trafficking and "
        "conspiracy to convert criminal property and was jailed for four years.",
        "",
        "If he fails to pay he faces a default sentence of three years in prison.",
    ),
    "courier": _release(
        "Fraudsters Who Posed As Police Jailed",
        "Gwent Police",
        "Two men who cold-called elderly people, claiming to be detectives from the "
        "Metropolitan Police, have been jailed at Newport Crown Court.",
        "",
        "Aled Rhys, 30, of Newport, was jailed for five years. Gethin Morgan, 26, of Cwmbran, "
        "was jailed for three years.",
        "",
        'DC Sian Jones said: "One woman handed over £12,000 before her bank stopped it."',
    ),
    "money": _release(
        "Cash Courier Jailed",
        "National Crime Agency",
        "A lorry driver who tried to take more than a quarter of a million pounds out of the "
        "country has been jailed for 30 months.",
        "",
        "Pawel Zielinski, 44, of Luton, was stopped at Dover. Officers found £268,500 in "
        "bundles in his cab. He admitted money laundering.",
        "",
        "Officers believe the gang had made at least six similar trips.",
    ),
    "glasgow": _release(
        "Man Charged After Drugs Recovery",
        "Police Scotland",
        "A 41-year-old man has been arrested and charged after drugs with an estimated street "
        "value of £900,000 were found in the Ferguslie area of Paisley.",
        "",
        "Cannabis worth in the region of £3m was also recovered by officers from the Major "
        "Investigation and Tactical Unit.",
        "",
        "He is due to appear at Paisley Sheriff Court on Monday.",
    ),
    "people": _release(
        "Gun Supplier Jailed",
        "Regional Organised Crime Unit for the West Midlands",
        "A man who sold converted pistols across north Birmingham and south Wales has been "
        "jailed for 12 years.",
        "",
        "Commander Helen Brook, the force lead for firearms, said the guns were deadly.",
        "",
        "ROCUWM's head, Detective Chief Superintendent Paula Green, said the case mattered.",
        "",
        "Inspector Mark Dunn, head of intelligence at ROCUWM, added that more arrests would "
        "follow.",
    ),
    "regional": _release(
        "Operation Update",
        "South West Regional Organised Crime Unit",
        "The operation is run by SWROCU with its four partner forces: Avon and Somerset, "
        "Dorset, Gloucestershire and Wiltshire.",
        "",
        "Officers read messages taken from an encrypted phone network and patrolled the rail "
        "network.",
        "",
        "Over the last year 85 people have been arrested and 40 jailed.",
        "",
        "Among those sentenced last month was Kieran Lott, 29, from Swindon, who arranged the "
        "sale of cocaine across the region. He was jailed for nine years.",
    ),
    "scotland": _release(
        "Pair jailed over cocaine and a revolver found in Dundee flat",
        "Police Scotland",
        "Two men have been jailed at the High Court in Edinburgh after officers found cocaine "
        "and a loaded revolver in a flat in Dundee.",
        "",
        "Those sentenced were:",
        "",
        "Craig Lennox, 36, of Dundee - seven years four months",
        "His cousin, Darren Lennox, 29, of Arbroath - five years",
        "",
        "A third man, Owen Rafferty – 12-month youth rehabilitation order",
        "",
        "Procurator Fiscal Morag Dunlop said the pair had armed themselves to protect the drugs.",
        "",
        "A spokesperson for the Crown Office and Procurator Fiscal Service said the case "
        "showed the value of joint working.",
    ),
    "ordered-not-seized": _release(
        "Dealer who ordered guns on encrypted phone jailed",
        "National Crime Agency",
        "A man from Leeds who arranged to buy 15 kilos of heroin and discussed getting two "
        "pistols on an encrypted phone has been jailed for nine years at Leeds Crown Court.",
        "",
        "Officers searched his home and seized £12,500 in cash.",
        "",
        "Nationally, the operation has led to more than 3,000 arrests.",
    ),
    "separate-case": _release(
        "Van driver jailed after eight people found in cargo area at Portsmouth",
        "Hampshire and Isle of Wight Constabulary",
        "A van driver who tried to bring eight people into the country hidden behind "
        "furniture has been jailed for four years at Portsmouth Crown Court.",
        "",
        "Marek Novak, 51, of Southampton, pled guilty to assisting unlawful immigration.",
        "",
        "A 16-year-old boy from Fareham, who cannot be named for legal reasons, was given a "
        "referral order for helping Novak load the van.",
        "",
        "In a separate case, six men, believed to be migrants, were found in a horsebox at the "
        "same port last month. The driver, Andrei Popa, 33, of Reading, has been charged with "
        "the same offence.",
    ),
    "street-address": _release(
        "Drug dealers jailed after police find cannabis factory in Swindon",
        "Wiltshire Police",
        "Three men have been jailed after officers found a cannabis factory in a disused "
        "shop in Swindon.",
        "",
        "Arben Hoxha, aged 31, and Dritan Kola, aged 27, both of no fixed abode, were "
        "arrested at the property on Commercial Road in March. A third man, Liam O'Connor "
        "(45), of Highworth Road, Stratton, was arrested at his home days later.",
        "",
        "At Swindon Crown Court on Friday (9 September), Hoxha was sentenced to 3 years "
        "and 6 months, Kola to 32 months and O'Connor, who rented the shop, to four "
        "years.",
        "",
        "More than 400 cannabis plants with an estimated street value of £350,000 were recovered.",
        "",
        'Investigating officer DC Sam Pritchard said: "This was a large commercial grow."',
        "",
        "Commenting on the sentences, Detective Inspector Hannah Wells, from Wiltshire "
        "Police's Serious Organised Crime Team, said: \"We will keep closing these "
        'factories down."',
        "",
        "PC Tom Hughes, who attended the scene, added that the electricity had been bypassed.",
        "",
    ),
    "laundering-list": _release(
        "Money laundering gang jailed for total of 31 years",
        "Metropolitan Police Service",
        "Five members of a gang who laundered more than £4 million in cash for drug "
        "dealers have been jailed for a combined 31 years.",
        "",
        "Specialist Crime officers found the network was collecting cash from dealers "
        "across London and moving it through money service businesses in Ilford and "
        "Southall.",
        "",
        "The men, who were sentenced at Snaresbrook Crown Court on Tuesday, 1 June, were:",
        "",
        "• Harjit Sandhu, 52, of Hayes, jailed for 10 years",
        "• Raj Malhi, 47, of Southall, jailed for eight years",
        "• Imran Qureshi, 39, of Ilford, jailed for six years",
        "• Kamal Anwar, 33, of Barking, jailed for four years",
        "• Shahid Mir, 28, of Ilford, jailed for three years",
        "",
        "All five had pleaded guilty to conspiracy to conceal criminal property.",
        "",
        "Detective Chief Inspector Rachel Marsh, who led the investigation, said the gang "
        "had acted as a bank for criminals.",
        "",
    ),
    "court-roundup": _release(
        "Court results - Operation Hawk week of action",
        "Avon and Somerset Police",
        "Here is a round-up of offenders sentenced this month following Operation Hawk "
        "investigations.",
        "",
        "Bristol heroin dealer jailed",
        "Jermaine Fowler, 26, of Easton, was jailed for five years and three months at "
        "Bristol Crown Court on 2 November after admitting possession with intent to "
        "supply heroin and crack cocaine.",
        "",
        "Cannabis farm in Weston-super-Mare",
        "Two men who ran a cannabis farm in a former pub in Weston-super-Mare were "
        "sentenced on 9 November. Ardit Berisha, 24, received 20 months, and Klodian "
        "Hysa, 30, was jailed for two years and two months. Officers found 612 plants "
        "when they raided the building in May.",
        "",
        "Knife and cash seized in Bath",
        "Tyler Grant, 19, of Twerton, Bath, was given an 18-month community order with "
        "120 hours of unpaid work after officers found a lock knife and £3,200 in cash in "
        "his car.",
    ),
    "ages-list": _release(
        "Three arrested and cannabis worth £400,000 seized in Newry searches",
        "Police Service of Northern Ireland",
        "Detectives from the PSNI's Organised Crime Branch have arrested three men and "
        "seized cannabis with an estimated street value of £400,000 during searches in "
        "the Newry area.",
        "",
        "The men, aged 23, 25 and 41, were arrested on suspicion of possession of a Class "
        "B drug with intent to supply and money laundering. They remain in custody at "
        "this time.",
        "",
        "Around 20 kilos of herbal cannabis, a quantity of cash and several mobile phones "
        "were seized.",
        "",
        "Detective Inspector Kerry Boyd said: \"Today's operation shows our commitment to "
        'tackling the organised crime groups who profit from misery in our communities."',
        "",
        "The 41-year-old has since been charged and is due to appear at Newry "
        "Magistrates' Court on Monday.",
    ),
    "verb-said-once": _release(
        "Gang who smuggled guns from Europe in a campervan jailed",
        "National Crime Agency",
        "Members of an organised crime group who used a campervan to smuggle handguns and "
        "ammunition into the UK have been jailed for a total of 58 years.",
        "",
        "NCA officers stopped the campervan at Dover in October 2021 and found eight "
        "Zoran pistols and 600 rounds hidden in a compartment beneath the floor.",
        "",
        "Craig Lavery, 45, from Gateshead, who organised the importation, was sentenced "
        "to 22 years. Paul Minto, 51, from Sunderland, who drove the campervan, got 16 "
        "years. Lee Scott, 38, from Durham, received 12 years and Ryan Hepple, 33, from "
        "Newcastle, eight years.",
        "",
        "All four admitted conspiracy to import prohibited firearms at Newcastle Crown "
        "Court in May.",
        "",
        'NCA Branch Commander Mick Fenwick said: "These guns were destined for criminals '
        'in the North East."',
    ),
    "benefit-and-loss": _release(
        "Fraudster ordered to repay £265,000 to victims of fake building firm",
        "Devon and Cornwall Police",
        "A man who conned elderly homeowners across Devon out of more than £400,000 with "
        "bogus roofing repairs has been ordered to pay back £265,112.",
        "",
        "Gary Trethewey, 58, formerly of Plymouth, was jailed for seven years in 2018 "
        "after a jury at Exeter Crown Court found him guilty of conspiracy to defraud. "
        "Police identified 23 victims, the oldest aged 96.",
        "",
        "At a Proceeds of Crime Act hearing at the same court on Friday, a judge ruled "
        "that Trethewey had benefited by £612,540 from his offending. He was given three "
        "months to pay the £265,112 available, or face an extra two years in prison.",
        "",
        "All of the money will go to his victims as compensation.",
        "",
        "Financial Investigator Jo Penhale said the order sent a clear message that crime "
        "does not pay.",
    ),
    "titles-first": _release(
        "Cocaine importers jailed after NCA and EMSOU investigation",
        "East Midlands Special Operations Unit",
        "Two men who imported cocaine hidden in shipments of tinned fruit have been jailed.",
        "",
        "Detective Chief Inspector Rob Mayfield, who led the investigation for the East "
        "Midlands Special Operations Unit, said the pair had planned to flood Leicester "
        "with drugs.",
        "",
        "Head of the NCA's Border Policing Command, Tony Keane, said the seizure at "
        "Felixstowe was one of the largest of the year.",
        "",
        "The Police and Crime Commissioner for Leicestershire, Rupert Matthews, welcomed "
        'the sentences. PCC Matthews said: "This is what happens when forces work '
        'together."',
        "",
        "Chief Constable Rob Nixon also thanked officers.",
        "",
        "Ashley Crane, 41, of Wigston, was jailed for 14 years, and Dean Pollard, 36, of "
        "Oadby, for 11 years.",
    ),
    "arrest-later": _release(
        "Heroin found in lorry at Immingham as man is charged",
        "National Crime Agency",
        "Border Force officers found 60 kilograms of heroin hidden in a consignment of "
        "furniture at the Port of Immingham.",
        "",
        "The lorry had arrived on a ferry from Rotterdam on Sunday.",
        "",
        "NCA officers later arrested Dean Haworth, a 47-year-old from Barrow, when he "
        "went to collect the load. He has been charged with importing a Class A drug.",
        "",
        "A man aged 29 and a 33-year-old woman were also arrested in Grimsby on suspicion "
        "of money laundering and have been released under investigation.",
        "",
        "NCA Operations Manager Sally Greer said the heroin would have been sold across "
        "the North West.",
    ),
    "unnamed-pair": _release(
        "Two arrested after cannabis and cash found in Omagh",
        "Police Service of Northern Ireland",
        "Detectives have seized cannabis worth £40,000 and cash during a search in Omagh.",
        "",
        "A man aged 52 and a 24-year-old woman were arrested on suspicion of possession "
        "of a Class B drug with intent to supply.",
    ),
    "future-sentence": _release(
        "Three guilty of stealing tractors from farms across Shropshire",
        "West Mercia Police",
        "Three men who stole 23 tractors and quad bikes from farms across Shropshire and "
        "Herefordshire have been found guilty after a trial at Shrewsbury Crown Court.",
        "",
        "Wayne Corbett, 39, of Telford, Adam Price, 31, of Ludlow, and Carl Jukes, 45, of "
        "Bridgnorth, will be sentenced next month.",
    ),
    "no-age-charged": _release(
        "Man charged with people smuggling offences",
        "National Crime Agency",
        "A 36-year-old Iraqi national has been charged with people smuggling offences "
        "following an NCA investigation.",
        "",
        "Karwan Aziz, of Sheffield, was arrested on Wednesday. He is accused of "
        "organising the travel of dozens of migrants across the Channel in small boats.",
        "",
        "He appeared at Westminster Magistrates' Court on Friday and was remanded in custody.",
    ),
    "nickname-brothers": _release(
        "Crime boss jailed for 20 years",
        "Greater Manchester Police",
        "The head of an organised crime group that flooded Salford with heroin has been "
        "jailed for 20 years.",
        "",
        'Paul "Tank" Delaney, 44, led the gang from a house on the Ordsall estate and '
        "used teenagers to deliver drugs.",
        "",
        "His lieutenants, brothers Sean and Mark Brady, aged 31 and 29, were jailed for "
        "nine years and seven years respectively.",
        "",
        "All three were sentenced at Manchester Crown Court on Thursday after being "
        "convicted of conspiracy to supply heroin.",
    ),
    "headed-round-up": _release(
        "Court round-up",
        "Humberside Police",
        "Here are some of the results from cases our officers have taken to court in the "
        "past week.",
        "",
        "GRIMSBY - DEALER CAUGHT WITH CRACK JAILED",
        "",
        "A man caught with crack cocaine in his car in Grimsby has been jailed.",
        "",
        "Nathan Pickering, 27, of Cleethorpes, pleaded guilty to possession with intent "
        "to supply Class A drugs and was sentenced to three years and nine months at "
        "Grimsby Crown Court on Monday.",
        "",
        "HULL - CANNABIS GROWER SENTENCED",
        "",
        "Arjan Dervishi, 31, of no fixed address, was given 16 months at Hull Crown Court "
        "after pleading guilty to producing a Class B drug. Officers found 240 plants in "
        "a house on Holderness Road.",
        "",
        "Anyone with information about drug dealing can call 101.",
    ),
    "laundering-for-dealers": _release(
        "Three jailed for laundering cash for Bradford drug gangs",
        "West Yorkshire Police",
        "Three people who laundered cash for drug dealers through a chain of car washes "
        "in Bradford have been jailed.",
        "",
        "They were sentenced at Bradford Crown Court as follows:",
        "",
        "• Imran Hussain (44), of Bradford – the organiser – six years",
        "• Leah Barker (31), of Keighley – kept the books – three years",
        "• Zain Ali (25), of Shipley – two years, suspended for two years",
    ),
    "surrender-and-ringleader": _release(
        "Ninety guns handed in during Gloucestershire amnesty",
        "Gloucestershire Constabulary",
        "Residents handed in 90 firearms and more than 2,000 rounds of ammunition during "
        "the two-week amnesty.",
        "",
        "Separately, officers searched a flat in Gloucester on Monday and seized a "
        "revolver and 12 rounds.",
        "",
        "Ringleader Wayne Pask, 48, of Stroud, who ran a gang that sold converted "
        "pistols, was jailed for 14 years last month.",
    ),
    "aged-in-brackets": _release(
        "Five jailed over Rotherham crack cocaine line",
        "South Yorkshire Police",
        "Five people who ran a crack cocaine line into Rotherham have been sentenced at "
        "Sheffield Crown Court.",
        "",
        "Two girls, aged 14 and 15, who had been used to carry drugs were recognised as "
        "victims of criminal exploitation and safeguarded.",
        "",
        "Dean Royle (aged 33), of Maltby, Rotherham, who ran the line, was jailed for seven years.",
    ),
    "surname-later": _release(
        "Jail for drug dealer caught with cocaine worth £50,000",
        "Kent Police",
        "A drug dealer who was caught with cocaine worth around £50,000 has been jailed "
        "for four and a half years.",
        "",
        "Officers stopped a car being driven by Marcus Ellis in Chatham on 3 March 2019 "
        "and found 500 grams of the drug hidden in a sports bag.",
        "",
        "Ellis, 28, of Rochester, was arrested and later charged with possessing a Class "
        "A drug with intent to supply.",
        "",
        "He admitted the offence and was sentenced at Maidstone Crown Court on Tuesday 16 July.",
        "",
        'Detective Constable Sarah Ward said: "Ellis thought he could make easy money."',
    ),
    "review-with-cases": _release(
        "Northumbria's organised crime teams look back on 2022",
        "Northumbria Police",
        "Northumbria Police's Organised Crime Unit arrested 312 people during 2022 and "
        "charged 140.",
        "",
        "Detectives also recovered three firearms, one of them a revolver, and seized "
        "£410,000 in cash. Six organised crime groups were dismantled and a further 14 "
        "disrupted.",
        "",
        "One of the standout results came in June, when six members of a Sunderland gang "
        "that sold cocaine across Wearside were jailed for a total of 38 years at "
        "Newcastle Crown Court. The gang's leader, Kieran Marsden, 41, of Hendon, "
        "received ten years.",
        "",
        "In September, a 33-year-old man from Gateshead, Lewis Corbett, was jailed for "
        "seven years after officers found a sawn-off shotgun under the floor of his loft.",
    ),
    "smuggling-pair": _release(
        "Pair jailed over smuggled tobacco and a loaded revolver",
        "HM Revenue and Customs",
        "Two men who ran a tobacco smuggling operation from a unit in Dudley have been jailed.",
        "",
        "Craig Whitby (52), of Tipton, who the court heard recruited the drivers and "
        "organised the smuggling, and Paul Deakin (38), of Dudley, admitted being "
        "knowingly concerned in the fraudulent evasion of excise duty.",
        "",
        "When officers searched the unit in March, a loaded revolver and six cartridges "
        "were found in a locked drawer.",
        "",
        "Whitby was jailed for six years and Deakin for three years and nine months at "
        "Wolverhampton Crown Court on Friday.",
        "",
        "Three drivers who had been forced to work without pay were found at the unit. "
        "All three were safeguarded.",
    ),
    "metal-thieves": _release(
        "Metal thieves who stripped village halls jailed",
        "Durham Constabulary",
        "Three men who stole copper and lead from 14 village halls across County Durham "
        "and North Yorkshire have been jailed.",
        "",
        "The investigation was led by Durham Constabulary's Rural Crime Taskforce. The "
        "metal was sold for about £31,000.",
        "",
        "At Durham Crown Court on Monday:",
        "",
        "Ryan Tweddle, 33, from Spennymoor, the gang's leader, was jailed for three years "
        "and six months.",
        "Jack Oliphant, 27, from Ferryhill, was jailed for two years.",
        "Mark Heslop, 45, from Darlington, was jailed for 20 months.",
        "",
        "All three admitted conspiracy to steal. Payments of £18,400 taken from victims "
        "of a separate fraud had also passed through Heslop's account, and some of the "
        "money was sent on to Dubai and the Netherlands.",
        "",
        'Sergeant Amy Lowther, of the Rural Crime Taskforce, said: "These thefts did real '
        'harm to small communities."',
    ),
    "locked-up-list": _release(
        "Cigarette smugglers who hid loads in cable drums are locked up",
        "HM Revenue and Customs",
        "Four people linked to a gang that tried to evade almost £3 million in duty have "
        "been dealt with at Southampton Crown Court.",
        "",
        "The gang hid cigarettes inside cable drums on lorries arriving at the port. "
        "Officers opened the third load in May and counted 2.1 million cigarettes.",
        "",
        "The outcomes on Friday were:",
        "- Tomasz Nowicki, 39, from Eastleigh, described by investigators as the gang's "
        "organiser - five years eight months",
        "- Gary Fenwick, aged 44, also from Eastleigh - thirty-two months",
        "- Shannon Lacey, 23, of Totton - 18 months, suspended for two years",
        "- a 17-year-old boy, who cannot be named, received a nine-month referral order.",
        "",
        "Marcus Hale, Assistant Director, Fraud Investigation Service, HMRC, said: "
        '"Smuggled tobacco costs every taxpayer."',
    ),
    "former-name-review": _release(
        "NERSOU's 2016 in figures",
        "North East Regional Special Operations Unit",
        "The North East Regional Special Operations Unit (NERSOU) made 211 arrests in 2016.",
        "",
        "Our work included Operation Kestrel, which closed in July when a Gateshead gang "
        "that moved heroin into Carlisle received sentences totalling 46 years. Its head, "
        "Craig Lumsden, 44, was jailed for 12 years.",
        "",
        'Detective Superintendent Helen Orde, NERSOU\'s head, said: "Every arrest matters."',
    ),
    "named-line-judge": _release(
        'Dealer who ran the "Tango" line jailed',
        "Derbyshire Constabulary",
        'A man who ran a drugs line known as "Tango" has been jailed, along with two of '
        "his runners.",
        "",
        "Curtis Bain, 29, of Normanton, Derby, and his runners Josh Ealing, 19, of "
        "Ilkeston, and Ben Tully, 22, of Heanor, were sentenced at Derby Crown Court on "
        "Friday after admitting conspiracy to supply crack cocaine.",
        "",
        "The court heard that Bain ran the line from a flat in Normanton and sent the "
        "runners to sell in Ilkeston.",
        "",
        "Bain was jailed for eight years, Ealing for three years and Tully for four years.",
        "",
        "Sentencing, His Honour Judge Peter Ruddock said the line had caused misery.",
        "",
        "Speaking afterwards, Joanne Pike, Procurator Fiscal for Lothian, Borders and "
        'Fife, said: "Cross-border co-operation matters."',
    ),
    "week-of-action-case": _release(
        "Week of action against county lines - the results",
        "Lincolnshire Police",
        "Twenty-two people were arrested and nine deal lines were closed during a week of "
        "action across Lincoln, Boston and Grantham.",
        "",
        "During the week officers:",
        "",
        "- arrested 22 people",
        "- charged 15 people with drugs offences",
        "- closed nine deal lines",
        "- seized £7,250 in cash",
        "",
        "One of those charged is Aaron Blakey, 26, of Boston. Officers searched his flat "
        "on Tuesday and found 60 wraps of heroin.",
        "",
        "Blakey, who police believe was running a line from Nottingham, has been charged "
        "with possession with intent to supply Class A drugs. He was remanded in custody.",
        "",
        'Inspector Claire Dunn said: "Our work goes on."',
    ),
    "arrested-no-charge": _release(
        "THREE ARRESTED AFTER GUN AND DRUGS FOUND IN OLDHAM RAIDS",
        "Greater Manchester Police",
        "Three people have been arrested after a revolver and cocaine were found during "
        "raids in Oldham.",
        "",
        "Officers searched three addresses in Oldham on Thursday and seized 1.4kg of "
        "cocaine, £16,900 in cash and a BMW thought to have been bought with the proceeds "
        "of crime.",
        "",
        "The following people were arrested:",
        "",
        "- A 36-year-old man from Oldham, on suspicion of possession of a firearm and "
        "conspiracy to supply Class A drugs;",
        "- A 29-year-old woman from Royton, on suspicion of money laundering.",
        "- A 52-year-old man from Chadderton, on suspicion of conspiracy to supply Class A drugs.",
        "",
        "No one has been charged at this stage.",
    ),
    "third-man-cleared": _release(
        "Two guilty of cocaine plot, third man cleared",
        "Crown Prosecution Service",
        "Two men have been found guilty of conspiring to import cocaine in a lorry load "
        "of frozen fish.",
        "",
        "Stuart Renfrew, 48, from Immingham, and Daniel Kerr, 35, of Grimsby, were "
        "convicted after a three-week trial at Hull Crown Court. A third man, Owen "
        "Faulds, 41, from Cleethorpes, who was accused of arranging the lorry, was found "
        "not guilty.",
        "",
        "Renfrew and Kerr will be sentenced on 3 May.",
    ),
    "absent-dealer": _release(
        "Fugitive dealer jailed for nine years in his absence",
        "Avon and Somerset Police",
        "A drug dealer who skipped his trial has been jailed for nine years.",
        "",
        "Kyle Marsh, now 36, of Keynsham, was convicted of conspiracy to supply cocaine "
        "after a five-day trial at Bristol Crown Court. On Monday he was sentenced in his "
        "absence to nine years in prison.",
        "",
        "The case was investigated by Avon and Somerset Police's Organised Crime Team, "
        "with help from the force's Roads Policing Unit.",
        "",
        "In a separate hearing, the judge found that Marsh had benefited from his crimes "
        "to the tune of £240,600 and made a confiscation order of £51,300.",
    ),
    "review-when-named": _release(
        "ROCU North East results for 2022",
        "North East Regional Organised Crime Unit",
        "The North East Regional Organised Crime Unit made 402 arrests and charged 260 "
        "people in 2022.",
        "",
        "The unit's Cyber Crime Unit also had a notable result in June, when Bradley "
        "Nunn, 24, of Jarrow, was jailed for two years and eight months for selling "
        "stolen login details.",
    ),
    "titles-and-heads": _release(
        "Cocaine importers jailed after Felixstowe seizure",
        "Suffolk Constabulary",
        "Two men who imported cocaine through the Port of Felixstowe have been jailed at "
        "Ipswich Crown Court.",
        "",
        "Suffolk's Police and Crime Commissioner Tim Passmore welcomed the result. Border "
        'Force Director for the East, Alison Creed, said: "Our officers found the drugs '
        'in a container of bananas."',
        "",
        "Senior Crown Prosecutor Owen Blythe, of CPS East of England's Complex Casework "
        'Unit, said: "The evidence was overwhelming."',
        "",
        "Detective Inspector Lara Finch, who heads the Serious Organised Crime Unit, "
        'said: "This was a long investigation."',
        "",
        'Rachel Moss, Assistant Director, Fraud Investigation Service, HMRC, said: "We '
        'supported the case."',
    ),
    "burglary-gang": _release(
        "Burglary gang jailed after raids on jewellers",
        "West Mercia Police",
        "Three men who carried out a string of burglaries at jewellers in Worcester and "
        "Hereford, stealing watches and rings, have been jailed.",
        "",
        "Ashley Jukes, 30, of Worcester, Dean Pound, 27, of Malvern, and Kyle Rowe, 25, "
        "of Hereford, admitted conspiracy to commit burglary at Worcester Crown Court.",
        "",
        "The gang was caught after a stolen van was traced to Malvern. Jukes was jailed "
        "for six years, Pound for five years and Rowe for four years.",
    ),
    "lord-judge": _release(
        "Glasgow heroin dealer jailed for ten years",
        "Crown Office and Procurator Fiscal Service",
        "A man who supplied heroin across the east end of Glasgow has been jailed for ten "
        "years at the High Court in Glasgow.",
        "",
        "Gavin Rennie, 39, of Shettleston, admitted being concerned in the supply of "
        "heroin. Lord Balgray sentenced him to ten years' imprisonment.",
        "",
        "The case was investigated by officers from our Economic Crime Unit and Police Scotland.",
    ),
    "two-charged": _release(
        "Two charged after cannabis farm found in former pub",
        "Durham Constabulary",
        "Two men have been charged after more than 300 cannabis plants were found in a "
        "former pub in Spennymoor.",
        "",
        "Three people were arrested. Ryan Dobbin, 33, of Spennymoor, and Arben Gjoni, 27, "
        "of no fixed address, have been charged with producing a Class B drug. They will "
        "appear at Durham Crown Court next month.",
    ),
    "agency-units": _release(
        "Kidnappers jailed after NCA investigation",
        "National Crime Agency",
        "Two men who kidnapped a businessman in Coventry have been jailed.",
        "",
        "The National Crime Agency's Anti-Kidnap and Extortion Unit supported West "
        "Midlands Police throughout the investigation, and officers from HMRC's Fraud "
        "Investigation Service traced the ransom money.",
        "",
        "Aaron Pell, 35, of Coventry, and Mark Yeo, 41, of Rugby, were jailed for nine "
        "years each at Warwick Crown Court.",
    ),
    "pipe-table": _release(
        "Five sentenced over Swindon heroin line",
        "Wiltshire Police",
        "Five people who ran a heroin line into Swindon have been sentenced at Swindon "
        "Crown Court.",
        "",
        "The sentences were:",
        "",
        "Name | Age | Town | Sentence",
        "Tyler Grist | (aged 29) | Swindon | 9 yrs 3 mths",
        "Owen Dainty | (aged 23) | Swindon | 5 yrs",
        "Leah Coombs | (aged 31) | Chippenham | 18 mths suspended for 2 yrs",
    ),
    "appeal-increase": _release(
        "Courier's sentence increased after appeal",
        "Lancashire Constabulary",
        "A drugs courier has had his sentence increased by three years after the Court of "
        "Appeal found it unduly lenient.",
        "",
        "Connor Bibby, 28, of Chorley, was jailed for six years at Preston Crown Court in "
        "March. His term was increased to nine years on Tuesday.",
        "",
        "He was one of five members of a network led by Daniel Orrell, 41, of Leyland. "
        "Orrell is serving 15 years. Detectives said the guns that this gang kept were "
        "never found.",
    ),
    "real-yacht": _release(
        "Catamaran cocaine plotters jailed for 96 years",
        "National Crime Agency",
        "PLYMOUTH, March 3 — Four men who tried to bring cocaine worth £60 million to the "
        "UK from South America on a catamaran have been jailed for a total of 96 years.",
        "British nationals Keith Amory, 58, and Paul Renshaw, 61, Dutch national Pieter "
        "Hollander, 44, and 33 year-old Albanian Ardit Kola received sentences ranging "
        "between 18 and 30 years.",
        "All four were convicted of trying to import 900 kilos of cocaine, which Border "
        "Force officers found in the hull.",
        "Senior investigating officer for the NCA Gwen Tallis said the drugs would have "
        "reached every corner of the country.",
        "At Plymouth Crown Court, Judge Alan Marwood QC described the plot as importation "
        "on an industrial scale.",
    ),
    "real-ringleaders": _release(
        "Eleven starting jail terms after Blackburn heroin conspiracy",
        "Lancashire Constabulary",
        "Eleven members of a heroin gang, including its two leaders and a grandmother "
        "from Darwen, were today starting jail sentences totalling more than 60 years.",
        "At Preston Crown Court yesterday ringleaders Mark Tindall and Gary Oakes were "
        "sentenced to nine and 11 years respectively for conspiracy to supply heroin.",
        "Amateur boxer Liam Croft, well known in Blackburn for his charity work, was "
        "jailed for 40 months, while Platt and Nolan were given three and a half years.",
        "Darren Nolan, 36, of Accrington, had admitted the same offence.",
        "One woman, Janice Platt, was found guilty after a trial of supplying heroin.",
        "Detective Superintendent Ken Ashworth Head of Serious Crime for Lancashire "
        "Constabulary said the gang had been dismantled.",
        "The tally for the entire gang was over 60 years, served across nine prisons.",
    ),
    "real-mixed": _release(
        "Bangor cocaine gang ordered to repay profits",
        "North Wales Police",
        "Three men and two women who ran a cocaine supply network in Bangor have been "
        "ordered to hand over their criminal profits.",
        "The gang were jailed in total for almost 30 years at Caernarfon Crown Court last "
        "spring for conspiracy to supply cocaine.",
        "A further hearing is due in June, when the court will consider the value of a "
        "house in Menai Bridge.",
        "Detective Constable Owain Pryce, of the force's Economic Crime Team, said the "
        "gang would pay back what it owed.",
    ),
    "real-scot": _release(
        "Drugs worth £410,000 taken off the streets this week",
        "Police Scotland",
        "Drugs worth more than £410,000 have been recovered by officers across the "
        "country since Monday.",
        "Heroin worth £250,000 was found when officers searched a flat in the Bellfield "
        "area of Kilmarnock on Monday. A 41-year-old man was arrested and charged in "
        "connection and is due to appear at Kilmarnock Sheriff Court today.",
        "In Dundee, two men, aged 22 and 30, were arrested and charged after cocaine "
        "worth around £95,000 was recovered from a car on Tuesday. A third man, aged 19, "
        "was arrested and released pending further enquiries.",
        "On Wednesday, cannabis worth £15,000 was seized from a house in Perth. A "
        "35-year-old woman was arrested and charged and will appear at Perth Sheriff "
        "Court on Thursday.",
        "Detective Superintendent Moira Grant said the seizures would make communities safer.",
    ),
    "real-brief": _release(
        "29-year-old jailed after Ipswich county line investigation",
        "Suffolk Constabulary",
        "A 29-year-old man's been jailed for five years after running a county line into Ipswich.",
        "Kwame Boateng, from Tottenham in London, was arrested as part of Operation Larkspur.",
        "Detective Sergeant Jo Hale from the County Lines Team at Suffolk Constabulary "
        "said the line had been shut down for good.",
    ),
    "real-network": _release(
        "Regional units made 2,400 arrests in 2023",
        "North West Regional Organised Crime Unit",
        "Officers from regional units across the country made more than 2,400 arrests "
        "during 2023, the network said.",
        "In total, 812 people were jailed for 3,977 years for offences including drug "
        "importation and money laundering.",
        "More than 250 adults and 900 children at risk of exploitation were also safeguarded.",
        "Since it was set up in 2013, the unit has seen offenders jailed for a total of a "
        "thousand years.",
        "The latest to be jailed was a gang of 12 smugglers who received a total of 41 "
        "years for trafficking illegal substances.",
    ),
    "real-courier": _release(
        "Lorry driver jailed after cocaine found in cab",
        "National Crime Agency",
        "A lorry driver from Larne has been jailed for smuggling cocaine in a load of frozen peas.",
        "Declan Forsythe, 41, was stopped at Dover last March as he drove off a ferry from Calais.",
        "Six kilograms of the drug, with a street value of £360,000, was found behind a "
        "panel in the cab.",
        "A further 2kg was found at his home in Larne, along with £15,000 in £50 bundles.",
        "The organised crime group behind the plot had a daily total of £200,000 in "
        "sales, and the tax it evaded is estimated at £1,200,000.",
        "He was jailed for six years at Canterbury crown court after admitting importing "
        "a Class A drug.",
        "The judge, Harriet Lomax, said the evidence of gang membership was plain.",
        "NCA branch commander Neil Stroud said the Metropolitan and Kent police forces had helped.",
    ),
    "real-inall": _release(
        "Last members of Leeds cocaine gang jailed",
        "West Yorkshire Police",
        "Seven members of a cocaine gang were jailed at Leeds Crown Court yesterday for a "
        "total of 52 years.",
        "Ringleader Callum Frost, 39, of Harehills, was jailed for 12 years.",
        "Eight other gang members were sentenced at earlier hearings.",
        "In all, 15 people have now been convicted for their part in the conspiracy to "
        "supply cocaine.",
    ),
    "real-charges": _release(
        "Five charged after searches across Belfast",
        "Police Service of Northern Ireland",
        "Five people have been charged after police searched 14 properties in Belfast and Lisburn.",
        "The charges range from conspiracy to commit murder to possession of large "
        "amounts of criminal property and drugs offences.",
        "The 9-strong network is believed to have links to a paramilitary group.",
    ),
    "real-pj": _release(
        "Man in court over £200,000 heroin find in Inverness",
        "The Highland Herald",
        "A man has appeared in court after heroin worth £200,000 was found at a house in "
        "Inverness.",
        "Officers searched the property in the Merkinch area on Monday.",
        "Stuart Grant, 36, appeared at Inverness Sheriff Court today charged with being "
        "concerned in the supply of drugs.",
        'Detective Inspector Kirsty Ross said: "This was a significant recovery."',
    ),
    "real-bbcni": _release(
        "Four charged after PSNI searches in Newry",
        "Ulster Evening News",
        "Four people have been charged after the Police Service of Northern Ireland "
        "searched nine homes in Newry and Armagh.",
        "The PSNI said the operation targeted a crime group laundering cash for drug dealers.",
        "The National Crime Agency provided specialist support.",
        "Det Ch Supt Gareth Lyle said that PSNI detectives had worked on the case for a year.",
    ),
    "real-redbank": _release(
        "First 16 members of cocaine gang sentenced",
        "Titan",
        "SOME 16 members of a 20-member cocaine gang have been sentenced at Liverpool "
        "Crown Court for conspiracy to supply cocaine.",
        "Sixteen of them are currently being sentenced, and four more will be dealt with "
        "in the spring.",
        "Jordan Amoah, who counted the gang's cash, was jailed for eight years.",
    ),
    "real-raids": _release(
        "Nine arrested in Class A raids",
        "Titan",
        "Nine people were arrested today on suspicion of conspiracy to supply controlled drugs.",
        "A 41-year-old man from North Wales, a 33-year-old woman from Cheshire and seven "
        "men from Merseyside were held.",
    ),
    "real-lead-uncounted": _release(
        "Heroin gang from Sunderland jailed for 41 years",
        "Northumbria Police",
        "A gang of heroin dealers who ran their trade from a garage in Sunderland have "
        "been jailed for a total of 41 years.",
        "",
        "Five men were sentenced at Newcastle Crown Court on Wednesday after admitting "
        "conspiracy to supply Class A drugs.",
        "",
        "Officers found 4kg of heroin and £52,000 in cash when they searched the garage "
        "last spring.",
    ),
    "real-court-sentencing": _release(
        "Police welcome sentences after county line dismantled",
        "Devon and Cornwall Police",
        "Truro Crown Court has been sentencing 14 members of a gang who ran a county line "
        "from Manchester to Cornwall.",
        "",
        "The gang used hire cars and trains to move crack cocaine and heroin to Newquay "
        "and Falmouth over two years.",
        "",
        "The group included nine from Greater Manchester and five from Cornwall, and all "
        "admitted conspiracy to supply Class A drugs.",
    ),
    "real-including-towns": _release(
        "Drugs network that spread across the Midlands broken up",
        "Staffordshire Police",
        "Nineteen members of a drugs network, including men from Stoke, Stafford, Leek "
        "and Crewe, have now been sentenced after a three-year investigation.",
        "",
        "The network moved amphetamine and cannabis through the county by post and by courier.",
        "",
        "Detective Inspector Carol Hunt said the result showed organised crime would be "
        "pursued for as long as it took.",
    ),
    "real-safer-after": _release(
        "City streets safer as drugs ring locked up",
        "Oxford Mail",
        "READING is safer after 12 members of a cocaine ring were jailed for a total of "
        "96 years, detectives said.",
        "",
        "Eight men were sentenced on Friday for conspiracy to supply cocaine, and four "
        "others were jailed last month.",
        "",
        "The ringleader, Dean Harper from Tilehurst, was jailed for 16 years.",
    ),
    "real-ringleader-named-apart": _release(
        "Cannabis gang leader and his crew jailed",
        "Cleveland Police",
        "A gang that grew cannabis in empty shops across Middlesbrough has been jailed.",
        "",
        "Gang ringleader Kyle Brannigan from Acklam was jailed for seven years.",
        "",
        "His associates Paul Dent, Amy Leck and Ross Temple were also jailed, followed by "
        "their driver Shaun Pike.",
        "",
        "Paul Dent, 34, of Linthorpe, was jailed for four years. Amy Leck, 29, of Acklam, "
        "was jailed for two years. Ross Temple, 41, of Ormesby, was jailed for three "
        "years. Shaun Pike, 22, of Hemlington, was jailed for 18 months.",
    ),
    "real-division-year": _release(
        "Division's organised crime officers take millions from gangs",
        "Police Scotland",
        "Officers from the Lanarkshire Division's organised crime teams have hit criminal "
        "networks hard over the last twelve months.",
        "",
        "Between January and December 2023, officers seized £640,000 in cash and a "
        "further £95,000 was confiscated under the Proceeds of Crime Act. They also "
        "recovered five firearms and 22 other weapons.",
        "",
        "Superintendent Ailsa Baird said the teams would keep up the pressure on those "
        "who profit from misery.",
    ),
    "real-heads-up": _release(
        "Guns taken off the streets by gangs unit",
        "Merseyside Police",
        "Officers in the Liverpool Serious Violence & Gangs Unit have recovered 40 guns "
        "since January.",
        "",
        "Detective Inspector Jo Rimmer heads up the unit, which works from Belle Vale.",
        "",
        'She said: "Every gun we take is one less on our streets."',
    ),
    "real-period-sentence": _release(
        "Regional unit takes dealers off the streets",
        "Yorkshire Post",
        "Detectives from the Yorkshire and Humber Regional Organised Crime Unit have had "
        "another busy twelve months.",
        "",
        "In 2020/21, YHROCU officers, working with the four forces of the region, "
        "arrested 388 people, secured prison terms of more than 1,150 years, recovered 31 "
        "firearms and seized almost 900 kilograms of cannabis.",
        "",
        "Detective Chief Superintendent Nikki Hall, head of the unit, said the figures "
        "showed what could be done when forces worked together.",
    ),
    "real-named-with-address": _release(
        "Two jailed after encrypted phone messages traced by regional unit",
        "South East Regional Organised Crime Unit",
        "Two men have been jailed after messages sent on an encrypted phone network "
        "linked them to the supply of cocaine across Kent.",
        "",
        "Darren Pike, of Gillingham, Kent, pleaded guilty to conspiracy to supply Class A "
        "drugs at Maidstone Crown Court. The 47-year-old was sentenced to six years and "
        "three months' imprisonment and a Serious Crime Prevention Order that will be in "
        "place for five years.",
        "",
        "Lewis Crane, also of Gillingham, previously admitted the same charge. The "
        "29-year-old was jailed for four years.",
    ),
    "real-semicolon-terms": _release(
        "County line dealers jailed and couriers spared prison",
        "Devon and Cornwall Police",
        "Four people have been sentenced at Plymouth Crown Court for running a heroin "
        "line from Birmingham to Plymouth.",
        "",
        "Kieran Olu, 22, Marcus Dade, 24, Lana Fisk, 31, and Owen Tapp, 45, all admitted "
        "conspiracy to supply Class A drugs.",
        "",
        "Olu was jailed for four years and two months; Dade for three years and eight months.",
        "",
        "Fisk and Tapp were each given a suspended two-year sentence and ordered to do "
        "150 hours of unpaid work.",
        "",
        "The operation was paid for in part by Alison Hernandez, the Devon and Cornwall "
        "Police and Crime Commissioner, who said the result sent a clear message.",
    ),
    "real-head-of-unit-first": _release(
        "Regional unit's year of results",
        "Liverpool Echo",
        "The North West Regional Organised Crime Unit arrested 310 people over the past year.",
        "",
        'Head of the Regional Organised Crime Unit Sarah Pollitt said: "These results '
        'reflect months of patient work."',
        "",
        "Gary Brandt, NCA branch commander, said the agency had worked closely with the unit.",
    ),
    "real-force-in-headline": _release(
        "Dealers targeted in Derbyshire police crackdown",
        "Derby Telegraph",
        "More than 60 people have been arrested in a crackdown on drug dealing in Chesterfield.",
        "",
        "Detective Superintendent Hayley Crane, who leads the operation, said the arrests "
        "would continue.",
    ),
    "real-nations-and-regions": _release(
        "Cocaine couriers stopped on the M6",
        "Cumbria Police",
        "Two men have been charged after officers stopped a van carrying 12kg of cocaine "
        "on the M6 near Penrith.",
        "",
        "The drugs were being moved from the North West to Scotland, detectives said.",
    ),
    "real-crossing-ports": _release(
        "Lorry driver charged after cannabis found at Purfleet",
        "National Crime Agency",
        "A lorry driver has been charged after Border Force officers found 300kg of "
        "cannabis in his trailer at Purfleet.",
        "",
        "The lorry had crossed from Hook of Holland the day before, having been loaded in "
        "the Netherlands. A second lorry linked to the same group was stopped at "
        "Coquelles.",
    ),
    "real-a-total-of": _release(
        "Last members of heroin network sentenced",
        "Metropolitan Police",
        "A total of 31 men have now been sentenced after a two-year investigation into a "
        "network that sent heroin and crack cocaine from Lewisham to Hastings.",
        "",
        "The final nine were sentenced at Woolwich Crown Court on Thursday.",
    ),
    "real-chief-superintendent": _release(
        "Week of action closes six drug lines",
        "Lancashire Constabulary",
        "Officers closed six county lines and arrested 24 people during a week of action "
        "across Lancashire.",
        "",
        "Chief Superintendent Karen Edge said the week showed what could be achieved when "
        "officers and partners worked together.",
    ),
    "real-first-names": _release(
        "Five jailed after cocaine found in car near Harwich",
        "Example Gazette",
        "Five men have been jailed for a combined 31 years over a cocaine conspiracy run "
        "from industrial units near Colchester.",
        "",
        "Ipswich Crown Court heard that officers stopped a van driven by Dennis Marlowe "
        "on the A120 near Ramsey in May last year and found half a kilo of cocaine.",
        "",
        "Police later arrested and charged Owen Pritchard, Stuart Alexander Keble, Callum "
        "Dray and Niamh Forde.",
        "",
        "Stuart Keble had rented the unit at Grange Park under a false name, the court heard.",
        "",
        "Joanna Tilbury, prosecuting, told the court the men had used the same phones for months.",
        "",
        "Officers searched addresses in Grace Road and at the George Dock warehouse.",
    ),
    "real-weights-in-words": _release(
        "Two men jailed after more than half a tonne of cocaine found on lorry",
        "Example Border News",
        "Two men have been jailed after Border Force officers found 531kg of cocaine "
        "hidden in a lorry at Purfleet.",
        "",
        "The gang behind the load had imported half a tonne of cocaine through the port "
        "over the previous year, the court heard.",
        "",
        "Officers also found a kilo of heroin in the cab and a quarter of a kilogram of "
        "crack cocaine in a holdall.",
        "",
        "The chemicals recovered from a garage could have led to the supply of a tonne of cocaine.",
        "",
        "Martin Oakes, 44, of Grays, was jailed for 14 years and Pavel Doru, 38, of "
        "Basildon, for 12 years.",
    ),
    "real-week-of-action": _release(
        "Week of action sees arrests across Gloucestershire",
        "Gloucestershire Constabulary",
        "Eleven people have been arrested and a man has been charged during a week of "
        "action against drug dealing in Gloucestershire.",
        "",
        "On Monday 14 March officers searched a flat in Tuffley, Gloucester, and found "
        "crack cocaine and heroin with an estimated street value of £12,000.",
        "",
        "Darren Pickford, 41, of Tuffley Lane, Gloucester, has since been charged with "
        "possession with intent to supply Class A drugs.",
        "",
        "On Tuesday 15 March, four arrests were made at addresses in Cheltenham on "
        "suspicion of conspiracy to supply cocaine. All four have been released on bail.",
        "",
        "These arrests are part of an investigation that has so far led to seven arrests.",
        "",
        "On Wednesday 16 March, a further three men aged 19, 22 and 35 were arrested in "
        "Stroud on suspicion of money laundering after £40,000 in cash was found.",
        "",
        "Three further arrests were made on Thursday 17 March in Cirencester, where "
        "officers seized a suspected 2kg of cannabis.",
        "",
        "The same day, a car was stopped on the M5 near Gloucester and the driver "
        "arrested after a loaded pistol was found in the boot.",
        "",
        'Inspector Jo Bright said: "This week shows what we can do when we work with our '
        'communities."',
    ),
    "real-year-told-by-months": _release(
        "Drugs worth £2m taken off the streets of Teesside in 2023",
        "Example Teesside News",
        "Drugs worth more than £2 million were seized by officers across Teesside during 2023.",
        "",
        "The force's drugs team carried out more than 150 warrants during the year.",
        "",
        "In February 2023, a man was charged with producing a controlled drug after "
        "officers found 310 cannabis plants at a house in Thornaby.",
        "",
        "Around 520 cannabis plants were found at two industrial units in Billingham in "
        "June. Two men aged 31 and 45 were charged.",
        "",
        "In September, a 29-year-old woman was charged after 140 cannabis plants were "
        "found in the loft of a house in Redcar.",
        "",
        "In December, heroin and cocaine worth £180,000 were recovered from a car in "
        "Middlesbrough and six people were arrested.",
        "",
        'Chief Inspector Mark Dalby said: "Every plant and every wrap taken off the '
        'streets makes a difference."',
    ),
    "real-all-four-and-titles-before-names": _release(
        "Four guilty of Swansea cocaine conspiracy",
        "Example Wales News",
        "All four defendants were found guilty of conspiracy to supply cocaine after a "
        "trial at Swansea Crown Court.",
        "",
        'NCA senior investigating officer Rhodri Powell said: "This group moved cocaine '
        'into south Wales for two years."',
        "",
        "Dyfed-Powys Police and Crime Commissioner Dafydd Llywelyn welcomed the verdicts.",
        "",
        "Staffordshire Commissioner Ben Adams said the case showed the value of working "
        "across borders.",
    ),
    "real-ni-council-areas": _release(
        "Searches target drugs gang in three council areas",
        "Police Service of Northern Ireland",
        "Detectives from the PSNI's Organised Crime Branch searched eight properties in "
        "Mid and East Antrim, Ards and North Down and Armagh Banbridge and Craigavon on "
        "Tuesday.",
        "",
        "Two men aged 33 and 47 were arrested on suspicion of conspiracy to supply Class A drugs.",
        "",
        'Detective Inspector Quigley said: "This operation is aimed at a group supplying '
        'cocaine across the province."',
        "",
        "Border Force Belfast director Aoife Crawley said her officers had helped to "
        "identify the group.",
    ),
    "real-headline-term-only": _release(
        "Heroin network that flooded Wigan with drugs sees members jailed for more than 64 years",
        "Example Lancashire News",
        "A gang of 12 men, who ran a heroin and crack cocaine line from Liverpool into "
        "Wigan, have been jailed.",
        "",
        "The network used runners as young as 15 to deliver drugs to users across the "
        "town, the court heard.",
        "",
        "All of the men had earlier admitted conspiracy to supply Class A drugs and were "
        "sentenced at Bolton Crown Court on Friday.",
    ),
    "real-example-cases-in-bullets": _release(
        "More than £1.4 million taken back from criminals in Norfolk",
        "Norfolk Constabulary",
        "Financial investigators took back more than £1.4 million from criminals in "
        "Norfolk during 2021/22 using the Proceeds of Crime Act.",
        "",
        "Orders secured over the year include:",
        "• A King's Lynn fraudster who sold fake caravans online was ordered to pay back £48,200.",
        "• Two brothers from Thetford who ran a cannabis farm in a rented barn were "
        "ordered to hand over £112,000.",
        "• A drug dealer from Great Yarmouth was made to pay more than £30,000 back after "
        "officers traced money through his partner's accounts.",
        "",
        'Detective Sergeant Liz Harrow said: "Crime should never pay, and we will keep '
        'going after the money."',
    ),
    "real-example-cases-in-prose": _release(
        "Criminals in Lincolnshire made to hand back £1.9m",
        "Lincolnshire Police",
        "Financial investigators clawed back more than £1.9 million from criminals in "
        "Lincolnshire during 2022/23 under the Proceeds of Crime Act.",
        "",
        "The force's economic crime team secured 61 orders through the courts over the year.",
        "",
        "Those pursued by the team include a 41-year-old woman who was jailed for four "
        "years for running a cannabis farm in Boston.",
        "",
        "Enquiries showed she had bought two cars and a caravan with the profits, and she "
        "was ordered to pay back £52,000.",
        "",
        "Furthermore, a 58-year-old man convicted of money laundering in Grantham was "
        "given a suspended sentence.",
        "",
        "He was later ordered to pay back £23,500 within three months.",
    ),
    "real-own-total-and-community-orders": _release(
        "Four sentenced after Blyth drugs investigation",
        "Northumbria Police",
        "Four men have been sentenced after an investigation into the supply of cocaine in Blyth.",
        "",
        "Kevin Dodds, 38, of Cowpen Road, Blyth, was sentenced to a total of seven years "
        "and three months after admitting conspiracy to supply Class A drugs and money "
        "laundering.",
        "",
        "Lee Carr, 29, of Blyth, was jailed for three years.",
        "",
        "Scott Reay, 24, of Bedlington, received a 12 month community order after "
        "admitting possession of cocaine.",
        "",
        "Jason Hall, 31, of Cramlington, was given an 18 month community order.",
    ),
    "real-week-figures-in-pounds": _release(
        "Week of action against county lines in Dorset",
        "Dorset Police",
        "A week of action against county lines in Dorset led officers to make 28 arrests, "
        "seize drugs worth more than £75,000, cash worth £31,400 and 11 weapons in just "
        "seven days.",
        "",
        "Officers also visited 40 young people thought to be at risk of exploitation.",
    ),
    "real-pounds-of-heroin": _release(
        "Man charged after drugs found in Poole flat",
        "Dorset Police",
        "A man has been charged after officers seized £80,000 of heroin and £12,000 in "
        "cash from a flat in Poole.",
        "",
        "Daniel Freer, 33, of Poole, was charged with possession with intent to supply "
        "Class A drugs.",
    ),
    "real-bracketed-terms": _release(
        "Heroin smugglers who used a light aircraft are jailed",
        "Metropolitan Police Service",
        "Three drug smugglers who used a light aircraft to fly heroin into the UK from "
        "northern France have been jailed.",
        "",
        "Owen Pritchard (14 years), Callum Reddy (nine-and-a-half years) and Stefan Lowe "
        "(eight years, three months) were all sentenced at the Old Bailey on Thursday.",
        "",
        "Pritchard and Reddy were stopped near Ashford on 2 May 2020 with more than 20kg "
        "of heroin in a hired car.",
        "",
        "A search of a lock-up used by Lowe recovered approximately 9kg of heroin, 4kg of "
        "cannabis and 2kg of ketamine.",
    ),
    "real-principal-operators": _release(
        "Cocaine network leaders jailed after Operation Larchwood",
        "Police Service of Northern Ireland",
        "Two men described by detectives as the principal operators of a cocaine network "
        "have been jailed at Newry Crown Court.",
        "",
        "The principal operators Ciaran Doherty and Martin Quigley were sentenced to ten "
        "years and eight years respectively after admitting conspiracy to supply Class A "
        "drugs.",
        "",
        "Doherty was the leader of an organised crime group that moved cocaine from "
        "Dublin into Newry and Armagh, the court heard.",
    ),
    "real-head-of-a-group": _release(
        "Swansea drugs boss and his courier jailed",
        "South Wales Police",
        "Darren Pike was the head of an organised crime group based in Swansea which "
        "supplied cocaine across South Wales, a court heard.",
        "",
        "Darren Pike, 46, of Sketty, was jailed for 11 years at Swansea Crown Court on "
        "Monday. His courier Ryan Teague, 24, of Neath, was jailed for four years.",
    ),
    "real-the-gang-told-in-parts": _release(
        "Jailed - the phone scam gang who targeted pensioners across Somerset",
        "Somerset Gazette",
        "A gang from Birmingham has been jailed for conning pensioners out of more than "
        "£600,000 across Somerset and Dorset.",
        "",
        "The five men were given a total of 22 years after a trial at Bristol Crown Court.",
        "",
        "Officers from Operation Hawkmoth identified more than 90 victims, most of them "
        "in their eighties.",
        "",
        "Two men who collected cash from victims' doorsteps were Liam Dowd, 27, from "
        "Birmingham, who was sentenced to 18 months for money laundering; and Tariq "
        "Bashir, 31, from Walsall, who was jailed for two years for fraud.",
        "",
        "Three other men, also from Birmingham, were sentenced for conspiracy to commit "
        "fraud: Kevin Shaw, 35, jailed for seven years.",
        "",
        "Imran Patel, 29, jailed for six years and six months.",
        "",
        "Daniel Okoro, 26, jailed for four years.",
    ),
    "real-of-the-arrested-charged": _release(
        "Guns and drugs seized as raids target crack cocaine dealers in Bradford",
        "West Yorkshire Police",
        "A shotgun and 40 wraps of heroin have been seized during raids targeting drug "
        "dealing in Bradford this week.",
        "",
        "Officers searched 18 addresses in Manningham and Girlington on Tuesday as part "
        "of Operation Steelworks, which has been looking at the supply of crack cocaine "
        "in the city.",
        "",
        "They recovered a sawn-off shotgun, 450 individual wraps of crack cocaine and "
        "£9,000 in cash.",
        "",
        "Of the 21 arrested, 12 people have so far been charged with conspiracy to supply "
        "Class A drugs and have been remanded in custody.",
    ),
    "real-unit-comprising-forces": _release(
        "Regional unit passes 500 years of prison terms for organised criminals",
        "Leicester Mercury",
        "Drug dealers, money launderers and armed robbers have been jailed for a combined "
        "520 years following investigations by the East Midlands Special Operations Unit.",
        "Comprising specialist officers from Derbyshire, Leicestershire, Lincolnshire, "
        "Northamptonshire and Nottinghamshire, the unit tackles the organised crime "
        "groups that work across force borders.",
        'Detective Superintendent Helen Marsh, who heads up the unit, said: "Every one of '
        'these sentences takes harm out of our communities."',
        'Detective Inspector Ruth Kaye, who leads the RART, said: "We follow the money too."',
    ),
    "real-quarter-examples": _release(
        "Drugs worth millions taken off the streets in three months, force report shows",
        "Highland News",
        "Drugs worth millions of pounds were seized across the north of Scotland between "
        "April and June, according to the force's latest quarterly figures.",
        "Cocaine, heroin and cannabis were recovered, along with large amounts of cash, "
        "and a number of people were arrested.",
        "Work between April and June included:",
        "Three men have been arrested and charged after 40,000 street Valium tablets were "
        "found at a flat in Inverness.",
        "In Elgin, Moray, a man and a woman were arrested and charged after heroin worth "
        "£60,000 was found in their car.",
        "Officers arrested and charged two men in Dingwall after a cannabis cultivation "
        "worth around £300,000 was discovered in a farm building.",
    ),
    "real-named-then-he-was-jailed": _release(
        "Heroin gang run from a prison cell is sentenced",
        "Cumbria Constabulary",
        "A gang that moved heroin into west Cumbria was run from a prison cell using a "
        "smuggled mobile phone, a court heard.",
        "",
        "Gareth Lloyd Evans, 44, of Workington, was jailed for 11 years at Carlisle Crown "
        "Court. He had previously been imprisoned for seven years in 2006 for supplying "
        "heroin.",
        "",
        "Simon Peter Dixon collected the drugs from Liverpool and stored them at his flat "
        "in Whitehaven. He was jailed for eight years.",
    ),
    "real-terms-said-once": _release(
        "Tobacco smugglers who hid cigarettes in garden furniture jailed",
        "HM Revenue and Customs",
        "Seven men who smuggled 12 million cigarettes into the UK hidden in shipments of "
        "garden furniture have been jailed at Chelmsford Crown Court.",
        "Dean Harker, 51, of Braintree, organised the shipments, which were paid for by "
        "Colin Mayhew, 58, a property developer living in Spain.",
        "A third man, Ashley Bright, 46, of Colchester, rented the warehouse where the "
        "loads were unpacked.",
        "All three men admitted conspiracy to evade excise duty. They were each ordered "
        "to serve five years and three months in prison.",
        "Lee Fenton, 33, of Basildon; Nathan Quirke 29, of Grays; Robert Tully 41, of "
        "Wickford, and Karl Ward 37, of Rayleigh, drove the lorries.",
        "They were convicted after a trial. Fenton received three years and nine months; "
        "Quirke, two and a half years and Tully and Ward two years.",
    ),
    "real-trafficking-gang-supply": _release(
        "Drug trafficking gang that flooded Swindon with cocaine is jailed",
        "Wiltshire Police",
        "Eight members of a drug trafficking gang that moved cocaine from Bristol to "
        "Swindon have been jailed for a total of 41 years.",
        "",
        "The men admitted conspiracy to supply Class A drugs when they appeared at "
        "Swindon Crown Court.",
    ),
    "real-possessing-a-pistol": _release(
        "Two men charged after pistol and cocaine found in Luton flat",
        "Bedfordshire Police",
        "Two men have been charged after officers found a pistol and cocaine during a "
        "search of a flat in Luton.",
        "",
        "Both men are charged with possessing a loaded self-loading pistol and possession "
        "of cocaine with intent to supply. They will appear at Luton Magistrates' Court "
        "on Friday.",
    ),
    "real-former-and-partner-agencies": _release(
        "Cocaine yacht crew jailed after joint operation",
        "Devon and Cornwall Police",
        "Three men who sailed a yacht carrying cocaine into Falmouth have been jailed at "
        "Truro Crown Court.",
        "",
        "The boat was tracked by the Serious Organised Crime Agency (SOCA) with help from "
        "the Joint Maritime Security Centre. The Gangmasters Labour Abuse Authority later "
        "helped officers trace the men's employer.",
    ),
    "real-men-and-women-aged-between": _release(
        "Raids target cannabis posted into the UK",
        "Cleveland Police",
        "Officers searched 14 addresses in Middlesbrough and Stockton over two days as "
        "part of Op Thistle, which targets the importation of illicit cannabis through "
        "the post.",
        "",
        "They seized 6 kilos of cannabis, 45 ecstasy tablets and £20,000 in cash.",
        "",
        "Nine men, aged between 19 and 48, and three women, aged between 22 and 35, were "
        "arrested and have been released on bail.",
    ),
    "real-both-aged-gun-conspiracy": _release(
        "Gun couriers jailed after handguns posted from abroad",
        "Greater Manchester Police",
        "Three men have been jailed for a total of 38 years after handguns hidden in "
        "games consoles were posted to addresses in Salford.",
        "",
        "Jermaine Clarke, Tyrone Ellis, both 27, and Dwayne Hooper, 35, admitted "
        "conspiracy to supply a firearm. Clarke was jailed for 14 years, Ellis for 13 "
        "years and Hooper for 11 years.",
        "",
        "Two days earlier officers had seized 40 kilos of cannabis in Eccles; the drugs, "
        "worth £400,000, were confiscated and destroyed. Detectives later recovered 3 "
        "kilos of the drug from a lock-up used by Hooper.",
    ),
    "real-partial-totals": _release(
        "Twelve jailed for flooding Scarborough with crack cocaine",
        "North Yorkshire Police",
        "Twelve people - including two brothers from Middlesbrough - ran a crack cocaine "
        "line into Scarborough and have been jailed for a total of 71 years.",
        "",
        "Eight men admitted conspiracy to supply Class A drugs and were sentenced at York "
        "Crown Court on Friday, receiving a total of 58 years between them.",
        "",
        "Four others were sentenced in March for a total of 13 years between them.",
    ),
    "real-agency-sentencing-shapes": _release(
        "Lorry drivers jailed for smuggling migrants and bootleg cigarettes",
        "National Crime Agency",
        "Two men who tried to bring 27 migrants and a load of bootleg cigarettes into the "
        "UK have been jailed for 11 years.",
        "",
        "Driver Marek Nowak, 44, from Poland, and his co-driver Adam Zielinski, 39, from "
        "Luton, were stopped at the port of Harwich, where 27 migrants of Albanian origin "
        "were found inside the trailer.",
        "",
        "Nowak was sentenced to six years and nine months and Zielinski to four years and "
        "three months.",
        "",
        "A week later a third man was found with over €90,000 (about £78,000) in his "
        "luggage at Stansted Airport.",
        "",
        'Sarah Bell, Director of Border Force Central said: "Our officers will keep '
        'finding what criminals try to hide."',
    ),
    "real-vat-scam-named-terms": _release(
        "Fraudsters jailed for 29 years over £21m VAT scam",
        "HM Revenue and Customs",
        "Three men who ran a chain of sham phone-trading firms and stole the VAT they "
        "charged have been jailed at Birmingham Crown Court.",
        "",
        "Harjit Singh Bains, who was jailed for 13 years, spent the money on property in "
        "Dubai. Amrik Singh Sidhu was jailed for nine years and Pardeep Kaur Johal for "
        "seven years.",
        "",
        "Investigators said the firms were missing traders that vanished before any VAT was paid.",
    ),
    "real-sent-down": _release(
        "Phishing fraudster sent down after cyber crime investigation",
        "National Crime Agency",
        "A man who sent thousands of phishing emails to bank customers has been sent down "
        "for four years and three months at Southwark Crown Court.",
        "",
        "Daniel Okafor, 29, of Lewisham, admitted conspiracy to defraud. A 31-year-old, "
        "Kwame Mensah, also pleaded guilty to converting criminal property and will be "
        "sentenced next month.",
    ),
    "real-rocu-of-the-county-and-a-total-in-months": _release(
        "Warwickshire heroin gang jailed for more than 61 years",
        "Warwick Courier",
        "Seven members of a gang that moved heroin into Nuneaton and Rugby have been "
        "sentenced to a total of 61 years and eight months at Warwick Crown Court.",
        "",
        "Officers from the Regional Organised Crime Unit began watching the group in 2019 "
        "after intelligence from Warwickshire Police linked them to a string of stash "
        "houses.",
        "",
        "The defendants were found guilty of conspiracy to supply a total of 12 kilograms "
        "of heroin between 2019 and 2021, following a three-year police investigation.",
        "",
        "They were sentenced as follows:",
        "Dean Haldane (44, Nuneaton): 14 years",
        "Carl Ashworth (36, Rugby): 12 years",
        "Tomasz Rybak (29, Coventry): 10 years",
        "Leon Pryce (33, Nuneaton): 9 years",
        "Gemma Stott (31, Rugby): 6 years 8 months",
        "Ryan Fell (24, Bedworth): 5 years",
        "Aaron Quigley (22, Nuneaton): 5 years",
        "",
        "When officers searched Haldane's garage they recovered £23,000 in cash and two "
        "kilograms of heroin.",
    ),
    "real-intensification-week-bare-counts": _release(
        "Thirty-four arrests in Cheshire's county lines intensification week",
        "Cheshire Constabulary",
        "Thirty-four arrests were made and one person safeguarded during Cheshire's "
        "latest County Lines Intensification Week.",
        "",
        "Between Monday 14 and Sunday 20 November, officers arrested 27 men and seven "
        "women in Crewe, Warrington and Ellesmere Port for drug supply offences. Six "
        "people were charged and remanded.",
        "",
        "Officers seized 220.5 grams of crack cocaine worth £22,050, 41 grams of heroin "
        "worth £4,100 and more than £18,000 in cash.",
        "",
        "Detectives also dismantled three 'county lines' run from Liverpool and "
        "Manchester during the week.",
    ),
    "real-gang-almost-the-sum-of-named-terms": _release(
        "Cocaine smugglers jailed for almost 40 years",
        "Grimsby Telegraph",
        "A GANG who brought cocaine through Immingham docks hidden in a load of timber "
        "has been jailed for almost 40 years.",
        "",
        "Border Force officers found 9kg of the drug in the back of a lorry after it left "
        "a ferry from Rotterdam.",
        "",
        "Mark Ellery, 51, Jason Pike, 47, and Kevin Duffy, 39, were all convicted of "
        "conspiring to import cocaine after a trial at Grimsby Crown Court.",
        "",
        "Ellery was jailed for 15 years, Pike for 13 years and Duffy for 10 years.",
        "",
        "The cocaine was worth £720,000. Officers put it at an approximate street value of "
        "£720,000 once it had been tested.",
    ),
    "real-numbered-men-and-a-running-total": _release(
        "Pair jailed after shotgun found under floorboards",
        "East Midlands Special Operations Unit",
        "Two brothers will spend a total of ten years behind bars after a shotgun and "
        "Class A drugs were found under the floorboards of a house in Derby.",
        "",
        "Officers found the sawn-off shotgun and 40 wraps of crack cocaine when they "
        "searched the house in March.",
        "",
        "Both men pleaded guilty at Derby Crown Court and were jailed on Thursday as follows:",
        "",
        "Man 1: six years for possession of a prohibited firearm and possession with "
        "intent to supply Class A drugs.",
        "",
        "Man 2: four years for possession with intent to supply Class A drugs.",
        "",
        'Detective Sergeant Paula Grieve said: "Operation Latchkey has over the last few '
        'years seen a total of 22 people jailed for gun crime in the city."',
    ),
    "real-network-led-by-two": _release(
        "Leeds smuggling network leaders jailed",
        "Yorkshire Evening Post",
        "Eleven members of the largest drugs gang ever tackled in West Yorkshire have "
        "been jailed for a combined 83 years.",
        "",
        "The Leeds smuggling network was led by Graham Tolley, of Morley, and Anthony "
        "Reece, of Pudsey, both 45, who had moved cocaine from Spain for six years.",
        "",
        "Both men were jailed for 14 years at Leeds Crown Court.",
    ),
    "real-commissioner-week-of-action-no-case": _release(
        "Commissioner welcomes county lines arrests",
        "Cumbria Office of the Police and Crime Commissioner",
        "Cumbria's police and crime commissioner has said rural communities are not "
        "immune from drug dealing.",
        "",
        "Cumbria Constabulary said it had made 26 arrests linked to county lines in the "
        "week of action, with £12,000 in cash and drugs seized.",
        "",
        "Arrests were carried out in Carlisle, Kendal and Workington.",
    ),
    "real-force-of-the-area-brothers-and-a-street": _release(
        "Man jailed after revolver found in allotment shed",
        "Liverpool Echo",
        "A man has been jailed after a revolver was found hidden in an allotment shed on "
        "Merseyside.",
        "",
        "Officers searching land off Harold Briggs Way in Bootle found a blank-firing "
        "revolver converted to fire live rounds, along with a box of ammunition.",
        "",
        "Brothers Liam Costello, 29, and Sean Costello, 33, had stored it for a dealer. "
        "Broker Kieran Mulvey, 41, arranged its sale.",
        "",
        "Liam Costello was jailed for eight years at Liverpool Crown Court.",
        "",
        'Detective Sergeant Anne Lowe said: "Every gun we take off the streets is one '
        'less that can be fired."',
    ),
    "real-two-groups-each-with-its-head": _release(
        "Cocaine conspiracy across Wales and Merseyside ends in convictions",
        "Carmarthen Journal",
        "In total 14 men and women have been convicted of a conspiracy to supply cocaine "
        "across west Wales.",
        "",
        "The investigation centred on an organised crime group headed by Rhys Pritchard, "
        "aged 35, of Llanelli, which bought its cocaine from a supplier in Liverpool.",
        "",
        "The Merseyside syndicate was headed by Gareth Moxon. He was sentenced to 12 "
        "years at Swansea Crown Court on Friday after pleading guilty.",
    ),
    "real-over-a-term-and-a-suspended-sentence-untimed": _release(
        "Ten sentenced over doorstep sewage fraud",
        "Kent Online",
        "A gang who tricked elderly householders into paying for fake drain repairs have "
        "been sentenced to over 18 years in jail.",
        "",
        "Ten people pleaded to, or were found guilty of, fraud and money laundering "
        "offences and were sentenced at Maidstone Crown Court.",
        "",
        "Four were jailed for a combined total of 14 years and 6 months. A fifth man was "
        "given a suspended prison sentence.",
        "",
        "A spokesman for the Modern Slavery and Human Trafficking Unit of Kent Police "
        "said the victims had been targeted because of their age.",
    ),
    "real-areas-of-a-city-and-listed-forces": _release(
        "Twelve arrested in Sheffield drugs raids",
        "The Star",
        "Nine people suspected of being involved in drug dealing in Sheffield were "
        "arrested this morning.",
        "",
        "Officers executed six warrants in the Parson Cross and Southey areas of the city.",
        "",
        "The suspects were arrested in connection with offences including cannabis "
        "cultivation and possession with intent to supply Class A drugs.",
        "",
        "Sheffield Commander, Chief Superintendent Paul Rennard, said the raids followed "
        "months of work. Ch Supt Rennard added that more arrests were expected.",
        "",
        "The operation was led by the East Midlands Special Operations Unit, which worked "
        "with Leicestershire, Derbyshire and Lincolnshire police forces.",
    ),
    "real-packages-each-containing": _release(
        "Man charged after 60 packages of cocaine found in lorry",
        "Southern Daily Echo",
        "A 39-year-old man from Cowes has been charged after cocaine was found in a lorry "
        "at Portsmouth.",
        "",
        "Border Force officers found 60 packages each containing approximately a kilo of "
        "cocaine hidden among crates of fruit.",
        "",
        "He appeared at the Isle of Wight Magistrates' Court on Monday charged with "
        "importing Class A drugs.",
        "",
        "The investigation was led by the South East ROCU.",
    ),
    "real-gang-term-beside-one-defendant": _release(
        "Gun gang jailed for 96 years as Wirral man gets 11 years",
        "Wirral Globe",
        "A Birkenhead man has been jailed for 11 years following an investigation into a gun gang.",
        "",
        "Members of the crime gang who conspired to possess firearms were sent to prison "
        "for 96 years at Liverpool Crown Court.",
        "",
        "Among those sentenced was 34-year-old Darren Rimmer, of Birkenhead.",
        "",
        "Of the 19 people arrested, 10 have been charged with conspiracy to supply Class "
        "A drugs, and 100kg of powerful sedative ketamine was recovered.",
    ),
    "real-resulted-in-arrests-street-level-value": _release(
        "Two arrested after cocaine found in timber shipment",
        "Leicester Mercury",
        "An investigation into a suspected organised crime group bringing cocaine into "
        "the country through Felixstowe has resulted in two arrests.",
        "",
        "The cocaine would have had a street-level value of in excess of £40 million.",
        "",
        "Officers from the Regional and Organised Crime Unit (ROCU) later raided a farm "
        "near Melton Mowbray in Leicestershire, where two men were found in a barn with "
        "nearly 300 cannabis plants.",
    ),
    "real-drugs-worth-seized-across-an-area-in-a-year": _release(
        "More than £30million of drugs seized in 2023",
        "Police Scotland",
        "Drugs worth more than £30million were seized across Scotland in 2023, the force has said.",
        "",
        "They included cannabis plants valued at £900,000 found at a former bank in Elgin in May.",
        "",
        "In August, officers recovered 40kgs of cocaine and 12kgs of heroin from a lorry "
        "in Paisley, bringing the value of the drugs found to £3.2million.",
        "",
        "Eleven people were arrested in Aberdeen as part of the same investigation.",
    ),
    "real-gang-term-roughly-then-exactly-and-a-named-head": _release(
        "Bolton cocaine network jailed for almost 90 years",
        "Bolton News",
        "Members of a cocaine network that supplied Bolton and Wigan have been jailed for "
        "a total of almost 90 years.",
        "",
        "The gang were jailed for 86 years in total at Bolton Crown Court.",
        "",
        "Nathan Clegg, 41, who police named as 'head' of the gang, was jailed for 14 years.",
        "",
        "A fourth man, Jordan Haigh, 28, of Brandy Lea Brow, Bolton, was jailed for six years.",
        "",
        "Confiscation Orders were given to Clegg and Haigh at a later hearing.",
        "",
        "Detectives said this was the first gang convicted under the operation.",
    ),
    "real-operation-has-seen-n-sentenced": _release(
        "Dealers jailed for almost 70 years after Doncaster operation",
        "Doncaster Free Press",
        "DEALERS and their couriers have been sentenced to almost 70 years behind bars "
        "after the biggest drugs operation in Doncaster for a decade.",
        "",
        "Operation Kestrel has seen a total of 29 men and women sentenced to 61 years and "
        "four months in jail for supplying heroin and crack cocaine.",
        "",
        "The last of them, Wayne Dobbs, 37, of Balby, was given three years in prison at "
        "Sheffield Crown Court on Friday.",
    ),
    "real-week-of-action-as-a-list-of-deeds": _release(
        "Week of action against county lines",
        "Dorset Police",
        "During the county lines intensification week, officers:",
        "",
        "made 12 arrests. Four people have since been charged.",
        "",
        "seized three drug lines",
        "",
        "recovered more than £9,000 in cash.",
    ),
    "real-stop-results-in-a-term-and-a-range-of-value": _release(
        "Routine stop results in two year prison sentence",
        "Merseyside Police",
        "A man who was stopped for speeding in Bootle has been jailed for two years and "
        "two months.",
        "",
        "Officers found more than £12,000 worth of cash in his car and cannabis with a "
        "street value of between £40,000 and £48,000 at his flat.",
        "",
        "Gary Pownall, 44, of Bootle, admitted possession with intent to supply cannabis "
        "at Liverpool Crown Court.",
    ),
    "real-a-gang-moving-drugs-across-an-area-in-a-year": _release(
        "Merseyside cocaine gang jailed",
        "Liverpool Echo",
        "Cocaine worth £2million was moved across Merseyside in 2023 by a gang from Liverpool.",
        "",
        "Five men were jailed at Liverpool Crown Court. John Carter, 41, of Bootle, was "
        "jailed for eight years. Mark Dunne, 35, of Huyton, was jailed for six years.",
    ),
    "real-a-buyer-named-before-he-and-an-earlier-suspended-term": _release(
        "Dover dealer jailed",
        "Kent Online",
        "Daniel Smith, 30, of Dover, admitted supplying cocaine. Smith sold cocaine to "
        "Kevin Walsh from a flat in Dover. He was jailed for five years.",
        "",
        "Daniel Lane, 34, of Bristol, was jailed for six years for supplying cocaine to Smith.",
        "",
        "The court heard Lane was given a suspended sentence in 2019 for a similar offence.",
    ),
    "real-both-men-jailed-for-a-term": _release(
        "Pair jailed for heroin conspiracy",
        "Yorkshire Post",
        "Colin Marsh, 45, of Morley, and Anthony Reeve, 44, of Pudsey, admitted "
        "conspiracy to supply heroin.",
        "",
        "Both men were jailed for 11 years at Leeds Crown Court on Friday.",
    ),
    "real-forces-sharing-police": _release(
        "Gun supply chain broken up",
        "CPS West Midlands",
        "Three people have been jailed after officers from Greater Manchester and West "
        "Midlands Police broke up a supply chain of converted pistols.",
    ),
    "real-group-where-after-noun": _release(
        "Gang ordered to repay drug profits",
        "Cheshire Constabulary",
        "Three members of an organised crime gang from Runcorn have been told to repay "
        "£210,000 at Chester Crown Court.",
        "",
        "Officers learned that an Organised Crime Group operating in Flintshire had been "
        "buying drugs from them. The North Division Organised Crime Group Team led the inquiry.",
    ),
    "real-group-named-after-its-head": _release(
        "Newport drug boss jailed",
        "Gwent Police",
        "Steven Dowling, 44, was jailed for 14 years at Cardiff Crown Court for conspiracy "
        "to supply cocaine. Evidence showed that Dowling was the head of an organised crime "
        "group (OCG) based in Newport.",
        "",
        "A courier collected cash from the Dowling OCG as payment for the drugs.",
    ),
    "real-named-and-others": _release(
        "Echo line boss jailed",
        "The Leader",
        "Colin Weaver, 49, was jailed for 21 years at Mold Crown Court on Wednesday as the "
        "sentencing began of Weaver and 17 others involved in a county lines drug operation.",
        "",
        'Prosecutors said Weaver was the "head man" of the whole operation.',
    ),
    "real-named-and-others-arrested": _release(
        "Dealer jailed",
        "The Leader",
        "Colin Weaver, 49, was jailed for six years at Mold Crown Court for supplying heroin.",
        "",
        "Weaver and two others were arrested in a raid in 2022.",
    ),
    "real-superintendent-in-an-nca-copy": _release(
        "Dozens arrested in drugs operation",
        "Armagh Courier",
        "Thirty people have been arrested in a PSNI operation against drug dealing in Portadown.",
        "",
        'Superintendent Ruth Nesbitt said: "We work with the National Crime Agency (NCA) '
        'and Border Force, and in May the NCA helped us seize cannabis."',
    ),
    "real-shouted-lead": _release(
        "Cannabis gardener jailed",
        "Northern Echo",
        "A MAN caught watering a cannabis grow in a rented bungalow in Spennymoor was "
        "jailed for 20 months at Durham Crown Court for producing cannabis.",
    ),
    "real-shouted-place": _release(
        "Drugs found in car",
        "Northern Scot",
        "POLICE IN FORRES have recovered cannabis worth £9,000 after stopping a car, and a "
        "man has been charged with being concerned in the supply of drugs.",
    ),
    "real-up-to-about": _release(
        "Cannabis factory found",
        "Peterborough Post",
        "Ivan Petrov, 31, was jailed for ten months at Lincoln Crown Court for producing "
        "cannabis after police seized 90 plants valued at up to about £81,000.",
    ),
    "real-specialist-operations": _release(
        "Drugs gang jailed",
        "Gateshead Gazette",
        "A drugs gang has been jailed for more than forty years at Newcastle Crown Court for "
        "conspiracy to supply cocaine in Gateshead.",
        "",
        "Detective Chief Inspector Dean Harker, from the North East Regional Specialist "
        'Operations Unit, said the men ran "a calculated network" across the region.',
    ),
    "real-court-and-street-names": _release(
        "Man convicted over cocaine",
        "Courier",
        "A man has been convicted at the High Court in Edinburgh of being concerned in the "
        "supply of heroin. Gary Tulloch, 38, of Ripon Avenue, Frodsham, was stopped on the M8.",
    ),
    "real-commissioner-for-a-list": _release(
        "Week of action results",
        "Radio West",
        "On the third day, Marian Oakes, Police and Crime Commissioner for Devon, Cornwall "
        "and the Isles of Scilly, went out with officers at Exeter bus station.",
        "",
        "In total across the region:",
        "- 106 people were arrested",
        "- 29 suspected county lines were shut down",
        "- 85g crack was seized",
    ),
    "real-county-of-a-force": _release(
        "Flintshire dealer jailed",
        "Deeside News",
        "A man from Flintshire has been jailed for four years at Mold Crown Court for "
        "supplying heroin. Detective Sergeant Ian Pryce said the sentence was fair.",
    ),
    "real-court-names-no-force": _release(
        "Seventeen convicted over cocaine ring",
        "Northern Echo",
        "A DRUGS network in County Durham has been dismantled after 12 people were convicted "
        "at Teesside Crown Court of conspiracy to supply heroin.",
        "",
        "Detective Chief Inspector Helen Ashby, who led the inquiry, said the villages were safer.",
    ),
    "real-week-then-list-charged": _release(
        "Twenty-five arrested in county lines fortnight",
        "Wiltshire Police",
        "Twenty-five people arrested, £20,000 in cash recovered and 15 county lines closed "
        "down in a fortnight of action in Swindon.",
        "",
        "Officers also seized 2kg of cocaine and three firearms.",
        "",
        "Fourteen of those arrested have now been charged with drug supply offences:",
        "• Kai Brennan (28) from Penhill, Swindon – remanded",
        "• Louis Okoro (23) from Swindon – remanded",
        "• Tom Vasey (25) from Swindon – released on bail",
        "",
        "The others were released under investigation.",
    ),
    "real-force-can-confirm": _release(
        "Twenty sentenced for heroin conspiracy",
        "Merseyside Police",
        "Lancashire Police can confirm that 14 People (11 men and three women) have now been "
        "sentenced to a total of 96 years for supplying cocaine across Preston.",
    ),
    "real-surname-after-a-day": _release(
        "Dealer hid cash in washing machine",
        "Stoke Sentinel",
        "Officers found £61,000 in a loft at the home of Gareth Pellow in Stoke-on-Trent.",
        "",
        "Cannabis and scales were found in a shed.",
        "",
        "The money was wrapped in carrier bags.",
        "",
        "At the city's crown court on Monday, Pellow, 47, was jailed for two years for "
        "possessing cannabis with intent to supply.",
    ),
    "real-age-then-driver": _release(
        "Cocaine found in cheese lorry",
        "Border Force",
        "Officers at Holyhead have seized 25 kilos of heroin hidden in a van.",
        "",
        "The van was searched on Sunday after a ferry crossing from Dublin.",
        "",
        "It was carrying tyres.",
        "",
        "The 41 year-old Latvian driver, Andris Kalnins, was arrested and later charged "
        "with the attempted importation of heroin.",
    ),
    "real-rank-surname-from-a-unit": _release(
        "Man charged after cannabis seizure",
        "PSNI",
        "A 44-year-old man has been charged with possession of cannabis with intent to supply.",
        "",
        'Detective Inspector Quigg from PSNI Organised Crime Unit said: "More arrests are likely."',
    ),
    "real-judge-and-an-earlier-conviction": _release(
        "Cigarette smuggler jailed",
        "HM Revenue and Customs",
        "Imran Bashford, 44, was jailed for 18 months at Bolton Crown Court for evading duty "
        "on tobacco.",
        "",
        'His Honour Judge Farrant in sentencing the pair commented: "It was organised."',
        "",
        "The court heard that Bashford had previously been convicted of smuggling "
        "and jailed in 2015 for eight months.",
    ),
    "real-respectively-in-words": _release(
        "Courier fraudsters jailed",
        "Durham Constabulary",
        "Kyle Dunmore, 24, and 31-year-old Reece Talbot, both from Hackney, were jailed for "
        "seven and five years, respectively, for conspiracy to commit fraud. Jordan Pike, 21, "
        "received a 30-month custodial sentence.",
        "",
        "Judge Anita Moss thanked Detective Constable Sam Keeble and Priya Lal, of the Crown "
        "Prosecution Service, for their efforts.",
    ),
    "real-gangs-leader-and-the-defendants": _release(
        "Drugs gang jailed",
        "North Wales Police",
        "At Mold Crown Court this week the jury heard how the 11 defendants pleaded guilty to "
        "conspiracy to supply cocaine. The gang's leader Connor Ellery, 31, of Rhyl, was "
        "jailed for 10 years. Detectives also found £45,000 in cash.",
        "",
        "The other men were given sentences of between four and ten years.",
    ),
    "real-its-head-and-in-total": _release(
        "People smugglers jailed",
        "National Crime Agency",
        "Five members of a gang that hid migrants in vans were sentenced on Monday.",
        "",
        "Nine members of the crime group have been convicted in total. Its head, 47-year-old "
        "French national Luc Marot, was jailed for 11 years at Maidstone Crown Court.",
    ),
    "review-convicted-then-jailed": _release(
        "Dealer jailed",
        "Test Police",
        "Lee Jonas, 29, who had previously been convicted of conspiracy to supply cocaine "
        "following a trial in May, was jailed for six years on Friday.",
    ),
    "review-witness-and-victims": _release(
        "Fraudster jailed",
        "Test Police",
        "Lee Jonas, 29, was jailed for six years for defrauding Mrs Brown and 11 others of "
        "their savings. The 60-year-old Polish national, Adam Nowicki, was a witness.",
        "",
        "Humberside Police can confirm that three people (two men and a woman) arrested in "
        "Hull have been released on bail.",
    ),
    "review-a-gang-in-passing": _release(
        "Dealer jailed",
        "Test Police",
        "Lee Jonas, 29, of Bolton, was jailed for six years for supplying cocaine. He owed "
        "money to a gang in Manchester and had fled to Devon before his arrest.",
        "",
        "Officers said 12 deal lines were closed by the gang themselves when they heard of "
        "the raids.",
    ),
    "one-sentence-total": _release(
        "Heroin dealers jailed",
        "Kent Police",
        "Four men from Gillingham were jailed for a total of 31 years at Maidstone Crown "
        "Court for conspiracy to supply heroin.",
    ),
    "bracketed-terms-after-addresses": _release(
        "Cocaine network dealers locked up",
        "Northumbria Police",
        "Five men who supplied cocaine across Tyneside were sentenced at Newcastle Crown Court "
        "after admitting conspiracy to supply Class A drugs.",
        "",
        "Organiser Dale Fenwick, 41, of Bede Street, Jarrow, was jailed for ten years.",
        "",
        "Also put behind bars were Kieran Stobbart, 28, of Holly Terrace, Hebburn (for six "
        "years and three months), Owen Lisle, 33, of Marsden Road, South Shields (for four "
        "years and nine months), and Reece Gorman, 24, of Fell View, Gateshead (for five years "
        "and one month).",
    ),
    "headline-repeated-in-body": _release(
        "Heroin ring jailed for 50 years",
        "Cleveland Police",
        "Heroin Ring Jailed For 50 Years",
        "",
        "A heroin ring that supplied Middlesbrough has been jailed for more than fifty years "
        "at Teesside Crown Court after a two-year investigation.",
        "",
        "The seven members admitted conspiracy to supply heroin.",
    ),
    "controlling-mind-and-driving-force": _release(
        "Plant theft gang sentenced",
        "Lancashire Constabulary",
        "Four men who stole diggers and dumpers from building sites have been jailed for "
        "conspiracy to steal at Burnley Crown Court.",
        "",
        "Carl Speakman , a former haulier known as “The Fox”, was said to be the controlling "
        "mind behind the thefts and was jailed for six years.",
        "",
        "In a second case, Gary Leach was described as the “driving force” behind a gang "
        "that stole tractors across the Fylde and was jailed for five years for conspiracy to "
        "steal.",
    ),
    "news-copy-of-a-rocu": _release(
        "Dealers jailed after messages decoded",
        "Hampshire Chronicle",
        "Two men have been jailed for a combined 15 years at Winchester Crown Court for "
        "supplying cocaine.",
        "",
        "Senior investigating officer Detective Sergeant Nina Forde, of Serocu, said the "
        "messages had taken months to decode.",
    ),
    "rocu-calls-itself-the-organised-crime-unit": _release(
        "Tarian results for the year",
        "Tarian",
        "Tarian officers arrested 210 people during the year.",
        "",
        "Detective Chief Superintendent Owain Parry, head of the organised crime unit said the "
        "region was safer.",
    ),
    "commissioner-with-letters-after-his-name": _release(
        "Commissioner praises drugs inquiry",
        "Daily Post",
        "Eighteen people who conspired to supply drugs in Gwynedd were jailed for a total of "
        "96 years at Caernarfon Crown Court.",
        "",
        "Policing tsar Gareth Vaughan has congratulated the force.",
        "",
        "Mr Vaughan OBE QPM, the North Wales Police and Crime Commissioner, said: “This sends "
        "a clear message.”",
    ),
    "a-quarter-and-its-operations": _release(
        "Crime groups disrupted across Scotland",
        "Police Scotland",
        "Crime groups disrupted across Scotland",
        "",
        "By a staff reporter",
        "",
        "In the last three months, officers seized around £12 million worth of controlled "
        "drugs and arrested almost 60 people.",
        "",
        "Operation Kestrel targeted a crime group based in Lanarkshire said to be laundering "
        "cash. Two tonnes of cannabis were recovered. Twelve men have been arrested and "
        "charged in connection with the group's activities.",
    ),
    "sentence-case-headline-repeated": _release(
        "Gang who stole quad bikes from farms jailed for 30 years",
        "West Mercia Police",
        "Gang who stole quad bikes from farms jailed for 30 years",
        "",
        "Six men who stole quad bikes and tractors from farms across Herefordshire have been "
        "jailed for more than 30 years in total.",
        "",
        "At Worcester Crown Court the group was sentenced to a total of 30 years and nine "
        "months after admitting conspiracy to steal.",
    ),
    "summary-line-then-the-story": _release(
        "Watch thieves jailed for 38 years",
        "Daily Courier",
        "- Five men were jailed for 38 years for raids on jewellers",
        "",
        "Five men were jailed for 38 years today for a series of raids on jewellers in "
        "Reading and Slough.",
    ),
    "year-of-a-rocu-in-a-newspaper": _release(
        "Organised crime disrupted across the region in 2021",
        "The Evening Gazette",
        "Officers from the North East Regional Special Operations Unit seized £820,000 cash "
        "and 95 kilos of drugs while disrupting 214 cases of suspected serious and organised "
        "crime, arresting 77 people in the process.",
        "",
        "Fifteen of those arrested have been charged, with four already convicted.",
        "",
        "The three men behind the importation of almost £9 million worth of class A narcotics "
        "through Teesport were jailed for a total of 31 years.",
    ),
    "highlights-with-operations-listed": _release(
        "Regional unit results for the year",
        "Tarian",
        "Tarian officers seized 120kg of drugs during the year.",
        "",
        "Investigation highlights include:",
        "- Operation Larch: five members of a gang who supplied cocaine in Swansea were "
        "jailed for a combined 41 years.",
        "- Operation Birch: 12 members of a network supplying heroin were jailed for over 90 "
        "years.",
        "- 210 children and 17 adults safeguarded from exploitation.",
    ),
    "an-operations-month-of-results": _release(
        "Police seize over £2 million of cannabis in national campaign",
        "West Yorkshire Police",
        "A total of 64 people were arrested for offences linked to cannabis cultivation as "
        "part of the operation.",
        "",
        "Over 9,000 cannabis plants and a further 14 kilos of cropped cannabis were seized as "
        "part of Operation Harrow, a nationally-coordinated campaign.",
    ),
    "three-named-and-charged": _release(
        "Cannabis farm gardeners charged",
        "Leicestershire Police",
        "Officers found 600 cannabis plants at a house in Loughborough.",
        "",
        "Arben Kola, Dritan Meta and Juljan Prifti were charged with producing cannabis.",
    ),
    "scottish-judge-and-world-regions": _release(
        "Smugglers handed crime prevention orders",
        "Police Scotland",
        "Two men who smuggled heroin into Scotland from south-east Asia were jailed at the "
        "High Court in Glasgow.",
        "",
        "Lord Brodie concluded that orders were needed. The gang also sold cars to buyers "
        "across Europe.",
    ),
    "a-national-week-in-a-news-copy": _release(
        "Hundreds held in county lines crackdown",
        "Evening Chronicle",
        "Almost 400 suspected members of county lines gangs have been arrested in a week. "
        "Between October 7 and 14 forces across the country seized £208,115 in cash and 31 "
        "weapons. In the week-long operation:",
        "",
        "330 men and 61 women were arrested",
        "",
        "412 vulnerable adults and 250 children were safeguarded",
    ),
    "headed-by-a-surname-and-a-commissioner-after-a-comma": _release(
        "Two jailed for cocaine supply in Barrow",
        "Cumbria Constabulary",
        "Two men have been sentenced at Carlisle Crown Court for over 14 years for drug supply.",
        "",
        "  • Lee Garside, 34, of Dalton Road, Barrow was sentenced to nine years.",
        "  • Craig Pennington, 29, of Abbey Road, Barrow was sentenced to five years.",
        "",
        "Detectives uncovered a cocaine supply operation headed by Garside, who used contacts "
        "in Liverpool to buy cocaine.",
        "",
        "The investigation was welcomed by Police and Crime Commissioner, Peter Holmes.",
        "",
        "In the year, officers confiscated £1.2m in cash from dealers in the county.",
    ),
    "review-11-a-year-opening-a-court-story": _release(
        "Van driver jailed",
        "Kent Police",
        "In 2022, officers stopped a van near Sittingbourne and found 4kg of cocaine and "
        "£25,000 in cash.",
        "",
        "The driver, Owen Tarr, 35, of Rochester, admitted possession with intent to supply "
        "and was jailed for eight years at Maidstone Crown Court.",
    ),
    "review-11-stopped-by-a-sergeant-and-a-letter-to-the-judge": _release(
        "Cash courier jailed",
        "Kent Police",
        "When he was stopped by a police sergeant, Karl Webb claimed the cash was his wages. "
        "In a letter to the judge, Ruth Webb said her son had changed.",
        "",
        "Webb, 31, of Herne Bay, was jailed for three years at Canterbury Crown Court.",
    ),
    "review-11-a-victim-named-before-two-charged": _release(
        "Two charged with murder",
        "Kent Police",
        "Following the death of teenager Jake Hollis, Lewis Marsh and Adam Pryce were charged "
        "with murder.",
    ),
    "review-11-one-raid-arrests": _release(
        "Arrests at massage parlour",
        "Kent Police",
        "Fourteen people were arrested when officers raided a massage parlour in Gravesend on "
        "Wednesday. They have been released on bail while enquiries continue.",
    ),
    "review-11-bans-and-a-leader-and-a-detective": _release(
        "Court results",
        "Kent Police",
        "The following people were sentenced at Medway Magistrates' Court and banned from "
        "driving: Sean Royle, 30, of Strood (for three years) and Ivan Petts, 28, of Deal (for "
        "18 months).",
        "",
        "A gang leader was jailed for 11 years at Maidstone Crown Court on Friday. Two other "
        "men were jailed for 11 years between them.",
        "",
        "Detective Constable Mia Roper, who was the driving force behind the investigation, "
        "said the result was deserved.",
    ),
    "scottish-council-areas": _release(
        "Cannabis farm found in Clackmannanshire",
        "Police Scotland",
        "Officers searched a farmhouse near Alloa, Clackmannanshire, and found 400 cannabis "
        "plants. "
        "A second farm in Inverclyde was linked to the same group.",
    ),
}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return draft_releases(RELEASES, tmp_path_factory.mktemp("general"))


def _figures(document: dict) -> set[tuple]:
    items = list(document.get("figures", []))
    for case in document.get("cases", []):
        items += case.get("figures", [])
    return {(f["measure"], Decimal(str(f["value"])), f["qualifier"], f["unit"]) for f in items}


_people = people_by_id


def _places(document: dict) -> set[str]:
    return {p["id"] for p in document.get("places", [])}


def _outcomes(document: dict) -> list[tuple]:
    return sorted(
        (o["type"], o.get("value"), o.get("unit"), o.get("offender") or "", o.get("label") or "")
        for case in document.get("cases", [])
        for o in case.get("outcomes", [])
    )


# 1 and 5: defendants one per line, with no verb ------------------------------


def test_terms_on_list_lines_with_no_verb(drafts: dict[str, dict]) -> None:
    assert _outcomes(drafts["dash-list"]) == [
        ("CustodialSentence", 11, "YR", "callum-ridley", ""),
        ("CustodialSentence", 66, "MO", "shane-pottage", ""),
        ("CustodialSentence", 100, "MO", "niall-ormsby", ""),
        ("Outcome", None, None, "callum-ridley", "Criminal Behaviour Order"),
        ("Outcome", None, None, "shane-pottage", "Criminal Behaviour Order"),
        ("SuspendedSentence", 2, "YR", "tyler-gaunt", ""),
    ]


def test_a_group_named_by_what_it_did_and_its_leader_described_in_court(
    drafts: dict[str, dict],
) -> None:
    document = drafts["dash-list"]
    [group] = [o for o in document["organisations"] if o.get("type") == "group"]
    assert (group["label"], group["based_in"]) == ("Darlington heroin gang", "darlington")
    [post] = _people(document)["callum-ridley"]["posts"]
    assert (post["role"], post["in"]) == ("Ringleader", group["id"])


def test_a_line_break_ends_a_name_and_an_address(drafts: dict[str, dict]) -> None:
    people = _people(drafts["charged-list"])
    assert set(people) == {"jonas-petraitis", "tomas-kazlauskas", "darius-vaitkus"}
    assert people["tomas-kazlauskas"]["based_in"] == "whitby"
    assert people["darius-vaitkus"]["based_in"] == "scarborough"
    [case] = drafts["charged-list"]["cases"]
    assert case["defendant_count"] == 3
    assert case["offences"] == ["cannabis-cultivation"]


def test_a_defendants_home_is_a_place_even_when_the_gazetteer_blocks_it(
    drafts: dict[str, dict],
) -> None:
    # "Hyde" is kept out of the gazetteer (a common surname); after "of", it is a town
    assert _people(drafts["dash-list"])["shane-pottage"]["based_in"] == "hyde"
    assert "hyde" in _places(drafts["dash-list"])


# 2: orders named without an amount ---------------------------------------------


def test_both_made_subject_to_prevention_orders(drafts: dict[str, dict]) -> None:
    orders = [o for o in _outcomes(drafts["trafficking"]) if o[0] == "Outcome"]
    assert orders == [
        ("Outcome", None, None, "", "Slavery and Trafficking Prevention Order"),
        ("Outcome", None, None, "", "Slavery and Trafficking Prevention Order"),
    ]


# 3: "Label: value" lines, second numbers, noun before verb, synonyms -------------


def test_label_value_lines(drafts: dict[str, dict]) -> None:
    figures = _figures(drafts["results"])
    assert {
        ("Arrests", Decimal(64), "Exact", "NUM"),
        ("PeopleCharged", Decimal(31), "Exact", "NUM"),
        ("PeopleSafeguarded", Decimal(22), "Exact", "NUM"),
        ("DrugsSeized", Decimal("1.5"), "Exact", "KiloGM"),
        ("CashSeized", Decimal(52000), "Exact", "GBP"),
        ("FirearmsSeized", Decimal(4), "Exact", "NUM"),
        ("Arrests", Decimal(7), "Exact", "NUM"),  # "were detained"
        ("GroupsDismantled", Decimal(9), "Exact", "NUM"),  # "Drug lines closed"
    } <= figures


def test_second_numbers_ranges_and_nouns_before_verbs(drafts: dict[str, dict]) -> None:
    assert {
        ("Arrests", Decimal(140), "Exact", "NUM"),
        ("PeopleCharged", Decimal(95), "Exact", "NUM"),
        ("Disruptions", Decimal(42), "Exact", "NUM"),
        ("GroupsDismantled", Decimal(9), "Exact", "NUM"),
        ("Disruptions", Decimal(12), "AtLeast", "NUM"),
        ("CustodialYears", Decimal(120), "Exact", "YR"),
        ("DrugsSeized", Decimal(900), "Exact", "NUM"),
    } <= _figures(drafts["annual"])


def test_trips_are_no_offences_committed(drafts: dict[str, dict]) -> None:
    # "at least six similar trips": journeys, which the gold of real releases never counts
    # as offences (session 26: five false hits in two real sets against one team-gold fact)
    measures = {figure[0] for figure in _figures(drafts["money"])}
    assert "OffencesCommitted" not in measures


# 4: offence wording -------------------------------------------------------------


def test_arranging_travel_for_exploitation_is_trafficking(drafts: dict[str, dict]) -> None:
    [case] = drafts["trafficking"]["cases"]
    assert case["offences"] == ["human-trafficking"]


def test_the_crime_the_proceeds_came_from_is_not_charged(drafts: dict[str, dict]) -> None:
    [case] = drafts["laundering"]["cases"]
    assert case["offences"] == ["money-laundering"]


def test_posing_as_police_is_courier_fraud_and_the_force_is_not_involved(
    drafts: dict[str, dict],
) -> None:
    document = drafts["courier"]
    [case] = document["cases"]
    assert case["offences"] == ["courier-fraud"]
    assert "metropolitan" not in {o["id"] for o in document.get("organisations", [])}


# 6 and 10: qualifiers, hedged amounts, default terms, quotes ----------------------


def test_hedges_before_amounts(drafts: dict[str, dict]) -> None:
    [case] = drafts["glasgow"]["cases"]
    assert {(m["value"], m["qualifier"]) for m in case["amounts"]} == {
        (900000, "Approximately"),  # "an estimated street value of"
        (3000000, "Approximately"),  # "in the region of"
    }


def test_an_exact_amount_wins_over_the_hedged_one(drafts: dict[str, dict]) -> None:
    [case] = drafts["money"]["cases"]
    assert [(m["value"], m["qualifier"]) for m in case.get("amounts", [])] == [(268500, "Exact")]


def test_a_default_term_is_not_a_prison_sentence(drafts: dict[str, dict]) -> None:
    assert _outcomes(drafts["laundering"]) == [
        ("CustodialSentence", 4, "YR", "connor-blake", ""),
    ]


def test_a_loss_inside_a_quote_is_not_a_case_amount(drafts: dict[str, dict]) -> None:
    [case] = drafts["courier"]["cases"]
    assert "amounts" not in case


# 7 and 8: ranks, posts, units and courts ----------------------------------------


def test_ranks_and_heads(drafts: dict[str, dict]) -> None:
    people = _people(drafts["people"])
    assert "posts" not in people["helen-brook"]  # Commander: no role in the ontology
    assert {(p["role"], p["in"]) for p in people["paula-green"]["posts"]} >= {
        ("HeadOfUnit", "wmrocu")
    }
    # the head of a function at the unit is not the head of the unit
    assert "HeadOfUnit" not in {p["role"] for p in people["mark-dunn"].get("posts", [])}


def test_a_prosecutor_in_a_named_cps_unit(drafts: dict[str, dict]) -> None:
    document = drafts["trafficking"]
    [post] = _people(document)["ellen-ward"]["posts"]
    assert post["role"] == "Prosecutor"
    units = {o["id"]: o for o in document["organisations"] if o.get("type") == "unit"}
    assert units[post["in"]]["label"] == "CPS East Midlands Complex Casework Unit"
    assert units[post["in"]]["unit_of"] == "crown-prosecution-service"
    assert "east-midlands" not in _places(document)  # "CPS East Midlands": an office


def test_a_forces_programme_is_one_of_its_units(drafts: dict[str, dict]) -> None:
    document = drafts["dash-list"]
    [unit] = [o for o in document["organisations"] if o.get("type") == "unit"]
    assert (unit["label"], unit["unit_of"]) == ("Programme Sentinel", "durham")
    [post] = _people(document)["ann-carr"]["posts"]
    assert (post["role"], post["in"]) == ("DetectiveSuperintendent", unit["id"])


def test_named_units_and_sheriff_courts(drafts: dict[str, dict]) -> None:
    organisations = {o["id"]: o for o in drafts["glasgow"]["organisations"]}
    assert organisations["paisley-sheriff-court"]["type"] == "court"
    units = [o for o in organisations.values() if o.get("type") == "unit"]
    [unit] = units
    assert unit["label"].endswith("Major Investigation and Tactical Unit")
    assert unit["unit_of"] == "police-scotland"


# 9 and 10: places and false groups ------------------------------------------------


def test_partner_forces_by_short_name_are_forces_not_places(drafts: dict[str, dict]) -> None:
    document = drafts["regional"]
    [unit] = [o for o in document["organisations"] if o["id"] == "swrocu"]
    assert set(unit["member_forces"]) >= {
        "avon-and-somerset",
        "dorset",
        "gloucestershire",
        "wiltshire",
    }
    assert not {"avon-and-somerset", "dorset", "gloucestershire"} & _places(document)


def test_a_town_after_a_lower_case_direction_is_a_place(drafts: dict[str, dict]) -> None:
    places = _places(drafts["people"]) | {
        p for c in drafts["people"]["cases"] for p in c.get("places", [])
    }
    assert "birmingham" in places  # "across north Birmingham"
    assert "wales" not in places  # "south Wales" is a region of its own


def test_a_district_named_as_an_area_is_a_place(drafts: dict[str, dict]) -> None:
    assert "ferguslie" in _places(drafts["glasgow"])  # "in the Ferguslie area of Paisley"


def test_phone_and_rail_networks_are_not_crime_groups(drafts: dict[str, dict]) -> None:
    groups = [o for o in drafts["regional"]["organisations"] if o.get("type") == "group"]
    assert groups == []


def test_a_defendants_first_name_is_not_a_place(drafts: dict[str, dict]) -> None:
    document = drafts["trafficking"]
    assert "radu-pop" in _people(document)
    assert "radu" not in _places(document)


# 11: one named case in a review ---------------------------------------------------


def test_a_case_named_among_those_sentenced(drafts: dict[str, dict]) -> None:
    document = drafts["regional"]
    [case] = document["cases"]
    assert case["defendants"] == ["kieran-lott"]
    assert case["defendant_count"] == 1
    assert case["offences"] == ["drug-supply"]
    assert _outcomes(document) == [("CustodialSentence", 9, "YR", "kieran-lott", "")]


# Scotland's courts and prosecutors; relations and list lines ---------------------


def test_high_court_seat_and_procurator_fiscal(drafts: dict[str, dict]) -> None:
    document = drafts["scotland"]
    orgs = {o["id"]: o for o in document["organisations"]}
    assert orgs["high-court-in-edinburgh"]["type"] == "court"
    assert "crown-office" in orgs
    [post] = _people(document)["morag-dunlop"]["posts"]
    assert (post["role"], post["in"]) == ("Prosecutor", "crown-office")


def test_relations_and_list_line_orders(drafts: dict[str, dict]) -> None:
    outcomes = _outcomes(drafts["scotland"])
    assert ("CustodialSentence", 88, "MO", "craig-lennox", "") in outcomes
    assert ("CustodialSentence", 5, "YR", "darren-lennox", "") in outcomes
    orders = [o for o in outcomes if o[0] == "Outcome"]
    assert [o[4] for o in orders] == ["Youth Rehabilitation Order"]  # one line, one person


def test_ordered_goods_and_national_totals_are_not_figures(drafts: dict[str, dict]) -> None:
    assert _figures(drafts["ordered-not-seized"]) == {
        ("CashSeized", Decimal(12500), "Exact", "GBP")
    }


def test_a_separate_case_is_its_own_case_with_the_same_offence(drafts: dict[str, dict]) -> None:
    cases = drafts["separate-case"]["cases"]
    assert [(c["offences"], c["defendants"]) for c in cases] == [
        (["people-smuggling"], ["marek-novak"]),
        (["people-smuggling"], ["andrei-popa"]),
    ]
    assert [c["defendant_count"] for c in cases] == [2, 1]  # Novak and the unnamed boy


def test_apostrophe_names_streets_and_terms_listed_in_one_sentence(
    drafts: dict[str, dict],
) -> None:
    document = drafts["street-address"]
    person = _people(document)["liam-o-connor"]
    assert (person["age"], person["based_in"]) == (45, "stratton")  # not "Highworth Road"
    assert ("CustodialSentence", 4, "YR", "liam-o-connor", "") in _outcomes(document)
    assert ("CustodialSentence", 32, "MO", "dritan-kola", "") in _outcomes(document)


def test_laundered_cash_is_not_seized(drafts: dict[str, dict]) -> None:
    document = drafts["laundering-list"]
    assert not any(f[0] == "CashSeized" for f in _figures(document))
    [case] = document["cases"]
    assert case["amounts"][0]["value"] == 4000000


def test_a_court_round_up_gives_one_case_per_defendant_group(drafts: dict[str, dict]) -> None:
    cases = drafts["court-roundup"]["cases"]
    assert [c["defendants"] for c in cases] == [
        ["jermaine-fowler"],
        ["ardit-berisha", "klodian-hysa"],
        ["tyler-grant"],
    ]
    assert ("CommunityOrder", None, None, "tyler-grant", "") in _outcomes(drafts["court-roundup"])
    assert ("DrugsSeized", Decimal(612), "Exact", "NUM") in _figures(drafts["court-roundup"])


def test_unnamed_suspects_counted_by_their_ages(drafts: dict[str, dict]) -> None:
    [case] = drafts["ages-list"]["cases"]
    assert (case["defendant_count"], case["stage"]) == (3, "Charged")


def test_one_verb_for_a_list_of_terms(drafts: dict[str, dict]) -> None:
    assert sorted(o for o in _outcomes(drafts["verb-said-once"]) if o[0] != "Outcome") == [
        ("CustodialSentence", 8, "YR", "ryan-hepple", ""),
        ("CustodialSentence", 12, "YR", "lee-scott", ""),
        ("CustodialSentence", 16, "YR", "paul-minto", ""),
        ("CustodialSentence", 22, "YR", "craig-lavery", ""),
    ]


def test_benefit_and_loss_are_amounts_not_orders(drafts: dict[str, dict]) -> None:
    [case] = drafts["benefit-and-loss"]["cases"]
    assert [(o["type"], o["value"]) for o in case["outcomes"]] == [
        ("ConfiscationOrder", 265112),
        ("CustodialSentence", 7),  # not "three months to pay", not the default term
    ]
    assert {(a["kind"], a["value"]) for a in case["amounts"]} == {
        ("FraudLoss", 400000),
        ("CriminalBenefit", 612540),
    }


def test_titles_before_names_and_chief_officers(drafts: dict[str, dict]) -> None:
    people = _people(drafts["titles-first"])
    assert "border-policing-command" not in people
    [post] = people["tony-keane"]["posts"]
    assert post["role"] == "HeadOfUnit" and "border-policing-command" in post["in"]
    assert "posts" not in people["rob-nixon"]  # a chief constable of no force named
    [case] = drafts["titles-first"]["cases"]
    assert case["offences"] == ["drug-importation"]


def test_a_seizure_story_whose_arrest_comes_later(drafts: dict[str, dict]) -> None:
    document = drafts["arrest-later"]
    [case] = document["cases"]
    assert (case["offences"], case["defendants"], case["stage"]) == (
        ["drug-importation"],
        ["dean-haworth"],
        "Charged",
    )
    person = _people(document)["dean-haworth"]
    # "Name, a 47-year-old from Barrow": Barrow-in-Furness, the biggest town of that name
    assert (person["age"], person["based_in"]) == (47, "barrow-in-furness")


def test_unnamed_people_are_counted(drafts: dict[str, dict]) -> None:
    [case] = drafts["unnamed-pair"]["cases"]
    assert (case["defendant_count"], case["offences"]) == (2, ["drug-supply"])


def test_a_sentencing_still_to_come_is_not_the_stage(drafts: dict[str, dict]) -> None:
    [case] = drafts["future-sentence"]["cases"]
    assert (case["stage"], case["defendant_count"]) == ("Convicted", 3)
    assert "vehicle-crime" in case["offences"]  # "stole 23 tractors"


def test_a_defendant_whose_age_was_given_before_the_name(drafts: dict[str, dict]) -> None:
    [case] = drafts["no-age-charged"]["cases"]
    assert (case["defendants"], case["defendant_count"], case["offences"]) == (
        ["karwan-aziz"],
        1,
        ["people-smuggling"],
    )


def test_nicknames_shared_surnames_and_respectively(drafts: dict[str, dict]) -> None:
    document = drafts["nickname-brothers"]
    people = _people(document)
    assert {key: people[key]["age"] for key in people} == {
        "paul-delaney": 44,  # 'Paul "Tank" Delaney'
        "sean-brady": 31,
        "mark-brady": 29,
    }
    outcomes = [o for o in _outcomes(document) if o[3]]
    assert sorted(outcomes) == [
        ("CustodialSentence", 7, "YR", "mark-brady", ""),
        ("CustodialSentence", 9, "YR", "sean-brady", ""),
    ]


def test_a_round_up_under_capital_headings(drafts: dict[str, dict]) -> None:
    cases = drafts["headed-round-up"]["cases"]
    assert [(c["offences"], c["defendants"], c["stage"]) for c in cases] == [
        (["drug-supply"], ["nathan-pickering"], "Sentenced"),
        (["cannabis-cultivation"], ["arjan-dervishi"], "Sentenced"),  # "producing a Class B drug"
    ]
    assert ("CustodialSentence", 16, "MO", "arjan-dervishi", "") in _outcomes(
        drafts["headed-round-up"]
    )


def test_laundering_for_drug_dealers_is_not_drug_supply(drafts: dict[str, dict]) -> None:
    document = drafts["laundering-for-dealers"]
    [case] = document["cases"]
    assert (case["offences"], case["defendant_count"]) == (["money-laundering"], 3)
    [post] = _people(document)["imran-hussain"]["posts"]
    assert post["role"] == "Ringleader"  # "(44), of Bradford – the organiser –"


def test_guns_handed_in_are_weapons_removed(drafts: dict[str, dict]) -> None:
    document = drafts["surrender-and-ringleader"]
    figures = _figures(document)
    assert ("WeaponsRemoved", Decimal(90), "Exact", "NUM") in figures
    assert ("FirearmsSeized", Decimal(1), "Exact", "NUM") in figures  # the revolver seized
    assert not any(f[0] == "FirearmsSeized" and f[1] == 90 for f in figures)
    person = _people(document)["wayne-pask"]  # "Ringleader Wayne Pask": not part of his name
    assert [p["role"] for p in person["posts"]] == ["Ringleader"]


def test_ages_in_brackets_with_aged_and_victims_safeguarded(drafts: dict[str, dict]) -> None:
    document = drafts["aged-in-brackets"]
    person = _people(document)["dean-royle"]
    assert (person["age"], [p["role"] for p in person["posts"]]) == (33, ["Ringleader"])
    assert {
        ("Victims", Decimal(2), "Exact", "NUM"),
        ("PeopleSafeguarded", Decimal(2), "Exact", "NUM"),
    } <= _figures(document)


def test_a_defendant_named_in_full_before_his_surname_and_age(drafts: dict[str, dict]) -> None:
    document = drafts["surname-later"]
    person = _people(document)["marcus-ellis"]
    assert (person["age"], person["based_in"]) == (28, "rochester")
    assert ("CustodialSentence", 4.5, "YR", "marcus-ellis", "") in _outcomes(document)


def test_a_review_names_cases_after_when_and_a_described_defendant(
    drafts: dict[str, dict],
) -> None:
    document = drafts["review-with-cases"]
    figures = _figures(document)
    assert {
        ("PeopleCharged", Decimal(140), "Exact", "NUM"),  # "and charged 140"
        ("Disruptions", Decimal(14), "Exact", "NUM"),  # "and a further 14 disrupted"
        ("FirearmsSeized", Decimal(3), "Exact", "NUM"),
    } <= _figures({"figures": document["figures"]})  # the period's, not a case's
    # "three firearms, one of them a revolver" is three guns, not four
    assert [f["value"] for f in document["figures"] if f["measure"] == "FirearmsSeized"] == [3]
    gang, shotgun = document["cases"]
    assert (gang["defendant_count"], gang["offences"]) == (6, ["drug-supply"])
    assert [p["role"] for p in _people(document)["kieran-marsden"]["posts"]] == ["Ringleader"]
    # "a 33-year-old man from Gateshead, Lewis Corbett, was jailed … after officers found a
    # sawn-off shotgun": named, aged, at home, and the gun is the case's seizure and offence
    person = _people(document)["lewis-corbett"]
    assert (person["age"], person["based_in"]) == (33, "gateshead")
    assert (shotgun["defendants"], shotgun["offences"]) == (["lewis-corbett"], ["firearms"])
    assert [(f["measure"], f["value"]) for f in shotgun["figures"]] == [("FirearmsSeized", 1)]
    assert ("FirearmsSeized", Decimal(1), "Exact", "NUM") in figures


def test_a_term_said_once_for_two_and_duty_evasion(drafts: dict[str, dict]) -> None:
    document = drafts["smuggling-pair"]
    [case] = document["cases"]
    assert case["offences"] == ["tax-fraud"]  # evasion of excise duty, not drug importation
    assert ("CustodialSentence", 3.75, "YR", "paul-deakin", "") in _outcomes(document)
    # "who the court heard recruited the drivers and organised the smuggling"
    assert [p["role"] for p in _people(document)["craig-whitby"]["posts"]] == ["Ringleader"]
    assert {
        ("FirearmsSeized", Decimal(1), "Exact", "NUM"),  # "a loaded revolver … were found"
        ("PeopleSafeguarded", Decimal(3), "Exact", "NUM"),  # "All three were safeguarded"
    } <= _figures(document)


def test_counties_world_cities_and_a_sergeant(drafts: dict[str, dict]) -> None:
    document = drafts["metal-thieves"]
    assert {"county-durham", "north-yorkshire", "dubai", "netherlands"} <= _places(document)
    assert "durham" not in _places(document)  # "County Durham" is the county, not the city
    [post] = _people(document)["amy-lowther"]["posts"]
    # "led by Durham Constabulary's Rural Crime Taskforce", then "of the Rural Crime
    # Taskforce": one unit of the force, and a sergeant's rank
    assert (post["role"], post["in"]) == ("Sergeant", "durham-constabulary-rural-crime-taskforce")
    assert [o["id"] for o in document["organisations"] if o.get("type") == "unit"] == [
        "durham-constabulary-rural-crime-taskforce"
    ]
    [case] = document["cases"]
    # "conspiracy to steal", "stole copper and lead", by a gang: organised acquisitive crime
    assert case["offences"] == ["theft", "organised-acquisitive-crime"]
    assert [p["role"] for p in _people(document)["ryan-tweddle"]["posts"]] == ["Ringleader"]
    # "£18,400 taken from victims" is money, not eighteen thousand victims
    assert not any(f[0] == "Victims" for f in _figures(document))


def test_stole_money_is_the_fraud_not_a_theft() -> None:
    from kg.extract.offences import find_offences

    assert [slug for slug, *_ in find_offences("who stole £1.9m in VAT repayments")] == []
    assert [slug for slug, *_ in find_offences("who stole lead from church roofs")] == ["theft"]


def test_a_headline_verdict_over_a_list_of_terms(drafts: dict[str, dict]) -> None:
    """'dealt with at Southampton Crown Court' and 'The outcomes … were:': the headline's
    'locked up' and the terms on the list make the case, at the sentenced stage."""
    document = drafts["locked-up-list"]
    [case] = document["cases"]
    assert (case["offences"], case["defendant_count"], case["stage"]) == (
        ["tax-fraud"],  # "tried to evade … in duty"
        4,
        "Sentenced",
    )
    assert _outcomes(document) == [
        ("CustodialSentence", 32, "MO", "gary-fenwick", ""),
        ("CustodialSentence", 68, "MO", "tomasz-nowicki", ""),
        ("Outcome", None, None, "", "Referral Order"),  # one order, and no prison term
        ("SuspendedSentence", 18, "MO", "shannon-lacey", ""),
    ]
    # "described by investigators as the gang's organiser"
    assert [p["role"] for p in _people(document)["tomasz-nowicki"]["posts"]] == ["Ringleader"]
    # "Marcus Hale, Assistant Director, Fraud Investigation Service, HMRC, said"
    assert "marcus-hale" in _people(document)


def test_a_former_unit_name_and_a_group_named_in_a_review(drafts: dict[str, dict]) -> None:
    document = drafts["former-name-review"]
    # NERSOU is the North East ROCU's earlier name; "NERSOU's head" heads it
    posts = {(p["role"], p["in"]) for p in _people(document)["helen-orde"]["posts"]}
    assert posts == {("HeadOfUnit", "nerocu"), ("DetectiveSuperintendent", "nerocu")}
    # "Operation Kestrel, which closed in July when a Gateshead gang … received sentences
    # totalling 46 years. Its head, Craig Lumsden, …": a case whose size the text never says
    [case] = document["cases"]
    assert (case["offences"], case.get("defendant_count")) == (["drug-supply"], None)
    assert _outcomes(document) == [
        ("CustodialSentence", 12, "YR", "craig-lumsden", ""),
        ("CustodialSentence", 46, "YR", "", ""),  # the group's total, nobody's own term
    ]
    assert [p["role"] for p in _people(document)["craig-lumsden"]["posts"]] == ["Ringleader"]


def test_a_judge_sits_in_the_court_and_a_surname_runs_the_line(drafts: dict[str, dict]) -> None:
    document = drafts["named-line-judge"]
    people = _people(document)
    # "Sentencing, His Honour Judge Peter Ruddock": the court named, not the force
    assert [(p["role"], p["in"]) for p in people["peter-ruddock"]["posts"]] == [
        ("Judge", "derby-crown-court")
    ]
    # "Procurator Fiscal for Lothian, Borders and Fife": Scotland's Crown Office
    assert [(p["role"], p["in"]) for p in people["joanne-pike"]["posts"]] == [
        ("Prosecutor", "crown-office")
    ]
    # 'a drugs line known as "Tango"', then "Bain ran the line": his, as its ringleader
    assert [(p["role"], p["in"]) for p in people["curtis-bain"]["posts"]] == [
        ("Ringleader", "tango-county-line")
    ]
    assert ("CustodialSentence", 4, "YR", "ben-tully", "") in _outcomes(document)


def test_a_week_of_action_names_one_of_those_charged(drafts: dict[str, dict]) -> None:
    """'Twenty-two people were arrested' is the week's figure, not a case of 22; 'One of
    those charged is Aaron Blakey' is one, and the next paragraph ('Blakey, who …, has
    been charged with …') tells its offence and stage."""
    document = drafts["week-of-action-case"]
    [case] = document["cases"]
    assert (case["label"], case["offences"], case["defendants"], case["stage"]) == (
        "Aaron Blakey: drug supply",
        ["drug-supply"],
        ["aaron-blakey"],
        "Charged",
    )
    assert [(f["measure"], f["value"]) for f in case["figures"]] == [("DrugsSeized", 60)]
    assert ("Arrests", Decimal(22), "Exact", "NUM") in _figures(document)


def test_arrests_on_suspicion_and_no_one_charged(drafts: dict[str, dict]) -> None:
    document = drafts["arrested-no-charge"]
    [case] = document["cases"]
    # "No one has been charged at this stage": still arrested; "on suspicion of …" lines
    # name the offences
    assert (case["stage"], case["defendant_count"]) == ("Arrested", 3)
    assert sorted(case["offences"]) == ["drug-supply", "firearms", "money-laundering"]
    # "£16,900 in cash" was seized, though the car was bought with the proceeds of crime
    assert ("CashSeized", Decimal(16900), "Exact", "GBP") in _figures(document)
    assert _outcomes(document) == []


def test_a_defendant_found_not_guilty_is_not_counted(drafts: dict[str, dict]) -> None:
    document = drafts["third-man-cleared"]
    [case] = document["cases"]
    assert (case["defendants"], case["defendant_count"], case["stage"]) == (
        ["stuart-renfrew", "daniel-kerr"],
        2,
        "Convicted",
    )
    assert "owen-faulds" in _people(document)  # named, but not a defendant


def test_a_term_said_twice_is_one_and_the_benefit_is_not_the_order(
    drafts: dict[str, dict],
) -> None:
    document = drafts["absent-dealer"]
    assert _outcomes(document) == [
        ("ConfiscationOrder", 51300, "GBP", "", ""),  # not "to the tune of £240,600"
        ("CustodialSentence", 9, "YR", "kyle-marsh", ""),  # headline-like lead and body: once
    ]
    assert _people(document)["kyle-marsh"]["age"] == 36  # "now 36"
    # "Avon and Somerset Police's Organised Crime Team", "the force's Roads Policing Unit"
    units = {o["id"] for o in document["organisations"] if o.get("type") == "unit"}
    assert units == {
        "avon-and-somerset-police-organised-crime-team",
        "avon-and-somerset-police-roads-policing-unit",
    }
    # a five-day trial is not a five-day sentence
    assert not any(o[2] == "DAY" for o in _outcomes(document))


def test_a_review_names_a_case_after_a_comma_and_when(drafts: dict[str, dict]) -> None:
    document = drafts["review-when-named"]
    [case] = document["cases"]
    assert (case["defendants"], case["stage"]) == (["bradley-nunn"], "Sentenced")
    assert _outcomes(document) == [("CustodialSentence", 32, "MO", "bradley-nunn", "")]


def test_titles_before_names_and_heads_of_units(drafts: dict[str, dict]) -> None:
    people = _people(drafts["titles-and-heads"])

    def posts(key: str) -> set[tuple[str, str]]:
        return {(p["role"], p["in"]) for p in people[key].get("posts", [])}

    # "Border Force Director for the East, Alison Creed, said"
    assert posts("alison-creed") == {("Director", "border-force")}
    # "Senior Crown Prosecutor Owen Blythe, of CPS East of England's Complex Casework Unit"
    assert posts("owen-blythe") == {("Prosecutor", "cps-east-of-england-complex-casework-unit")}
    # "Detective Inspector Lara Finch, who heads the Serious Organised Crime Unit, said"
    unit = "suffolk-constabulary-serious-organised-crime-unit"
    assert posts("lara-finch") == {("DetectiveInspector", unit), ("HeadOfUnit", unit)}
    # an assistant director is not the director
    assert posts("rachel-moss") == set()


def test_burglary_offences() -> None:
    from kg.extract.offences import find_offences

    # "conspiracy to commit burglary" is not fraud
    slugs = [slug for slug, *_ in find_offences("admitted conspiracy to commit burglary")]
    assert slugs == ["burglary"]


def test_a_burglary_gang_is_organised_acquisitive_crime(drafts: dict[str, dict]) -> None:
    """'stealing watches and rings' in burglaries is the burglary, not theft as well; a
    gang's burglaries are organised acquisitive crime too (the scheme's scope note)."""
    [case] = drafts["burglary-gang"]["cases"]
    assert case["offences"] == ["burglary", "organised-acquisitive-crime"]


def test_a_scottish_judge_and_our_unit(drafts: dict[str, dict]) -> None:
    document = drafts["lord-judge"]
    # "Lord Balgray sentenced him": a judge of the High Court named in the release
    posts = [(p["role"], p["in"]) for p in _people(document)["lord-balgray"]["posts"]]
    assert posts == [("Judge", "high-court-in-glasgow")]
    # "officers from our Economic Crime Unit": "our" is not part of its name
    labels = [o["label"] for o in document["organisations"] if o.get("type") == "unit"]
    assert labels == ["Crown Office and Procurator Fiscal Service Economic Crime Unit"]


def test_the_people_charged_in_one_case_are_its_defendants_not_a_figure(
    drafts: dict[str, dict],
) -> None:
    document = drafts["two-charged"]
    [case] = document["cases"]
    assert (case["defendant_count"], case["stage"]) == (2, "Charged")
    figures = _figures(document)
    assert not any(f[0] == "PeopleCharged" for f in figures)  # "Two men have been charged"
    assert ("Arrests", Decimal(3), "Exact", "NUM") in figures  # three arrested, two charged


def test_standing_units_of_national_agencies(drafts: dict[str, dict]) -> None:
    named = {o["id"] for o in drafts["agency-units"]["organisations"]}
    assert {"nca-anti-kidnap-and-extortion-unit", "hmrc-fraud-investigation-service"} <= named
    # a shared entity is declared once, in the first release of the batch that names it
    unit_of = {
        o["id"]: o["unit_of"]
        for document in drafts.values()
        for o in document.get("organisations", [])
        if "unit_of" in o
    }
    assert unit_of["nca-anti-kidnap-and-extortion-unit"] == "nca"
    assert unit_of["hmrc-fraud-investigation-service"] == "hm-revenue-and-customs"


def test_a_table_of_defendants_with_abbreviated_terms(drafts: dict[str, dict]) -> None:
    """'Tyler Grist | (aged 29) | Swindon | 9 yrs 3 mths': a row per defendant."""
    assert _outcomes(drafts["pipe-table"]) == [
        ("CustodialSentence", 5, "YR", "owen-dainty", ""),
        ("CustodialSentence", 9.25, "YR", "tyler-grist", ""),
        ("SuspendedSentence", 18, "MO", "leah-coombs", ""),
    ]


def test_table_rows_keep_their_offsets() -> None:
    from kg.extract.frontmatter import untable

    text = "Name | Age | Term\n| Tyler Grist | 29 | 9 yrs |\nYears | 2019 | 2020\n"
    converted = untable(text)
    assert len(converted) == len(text)
    assert converted.splitlines()[1].strip() == "Tyler Grist – 29 – 9 yrs"
    assert converted.splitlines()[2] == "Years | 2019 | 2020"  # not a name: untouched


def test_an_increase_is_not_a_term_and_a_term_being_served_is(drafts: dict[str, dict]) -> None:
    document = drafts["appeal-increase"]
    outcomes = _outcomes(document)
    assert not any(o[1] == 3 for o in outcomes)  # "increased by three years"
    assert ("CustodialSentence", 9, "YR", "", "") in outcomes  # "increased to nine years"
    assert ("CustodialSentence", 15, "YR", "daniel-orrell", "") in outcomes  # "is serving"
    # "the guns that this gang kept" names no group
    assert not any("that" in o["id"] for o in document["organisations"])


# Written in the styles of real releases and their news copies (wire datelines, totals only,
# nationalities before names, terms said once for two people) ----------------------------


def _case(document: dict) -> dict:
    (case,) = document["cases"]
    return case


def test_a_total_with_no_ones_own_term_is_the_groups_outcome(drafts: dict[str, dict]) -> None:
    document = drafts["real-yacht"]
    case = _case(document)
    assert case["defendant_count"] == 4  # after a wire dateline ("PLYMOUTH, March 3 —")
    assert set(case["defendants"]) == {
        "keith-amory",
        "paul-renshaw",
        "pieter-hollander",
        "ardit-kola",
    }
    assert case["offences"] == ["drug-importation"]  # "tried to bring cocaine … to the UK"
    # "sentences ranging between 18 and 30 years" is no one's term; the total is the outcome
    assert _outcomes(document) == [("CustodialSentence", 96, "YR", "", "")]
    assert case["outcomes"][0]["person_count"] == 4
    people = _people(document)
    assert people["ardit-kola"]["age"] == 33  # "33 year-old Albanian Ardit Kola"
    assert people["alan-marwood"]["name"] == "Alan Marwood"  # not "Alan Marwood Q" (QC)
    assert [(p["role"], p["in"]) for p in people["gwen-tallis"]["posts"]] == [
        ("SeniorInvestigatingOfficer", "nca")
    ]
    assert "south-america" in _places(document) and "united-states" not in _places(document)


def test_terms_of_named_people_anywhere_in_a_sentence(drafts: dict[str, dict]) -> None:
    document = drafts["real-ringleaders"]
    case = _case(document)
    assert case["defendant_count"] == 11  # "Eleven members …, including its two leaders …,"
    assert case["stage"] == "Sentenced"
    assert _outcomes(document) == [
        ("CustodialSentence", 3.5, "YR", "darren-nolan", ""),  # "Platt and Nolan were given"
        ("CustodialSentence", 3.5, "YR", "janice-platt", ""),
        ("CustodialSentence", 9, "YR", "mark-tindall", ""),  # "nine and 11 years respectively"
        ("CustodialSentence", 11, "YR", "gary-oakes", ""),
        ("CustodialSentence", 40, "MO", "liam-croft", ""),  # "Amateur boxer Liam Croft, …,"
        ("CustodialSentence", 60, "YR", "", ""),  # not every term is given: the total is one
    ]
    people = _people(document)
    assert [p["role"] for p in people["mark-tindall"]["posts"]] == ["Ringleader"]
    assert [p["role"] for p in people["gary-oakes"]["posts"]] == ["Ringleader"]
    assert "ken-ashworth" in people  # not "Ken Ashworth Head" of Serious Crime
    assert not any("entire" in o["id"] for o in document["organisations"])


def test_men_and_women_counted_together_and_a_total_in_total(drafts: dict[str, dict]) -> None:
    document = drafts["real-mixed"]
    case = _case(document)
    assert case["defendant_count"] == 5  # "Three men and two women"
    (outcome,) = case["outcomes"]
    assert (outcome["type"], outcome["value"], outcome["qualifier"]) == (
        "CustodialSentence",
        30,
        "Almost",
    )  # "jailed in total for almost 30 years"


def test_a_weeks_seizures_each_with_its_charge(drafts: dict[str, dict]) -> None:
    cases = drafts["real-scot"]["cases"]
    # "A third man, aged 19, was arrested and released pending further enquiries": one more
    # of the Dundee case, not charged and not a case of his own
    assert [(c["defendant_count"], c["offences"], c["stage"]) for c in cases] == [
        (1, ["drugs"], "Charged"),
        (2, ["drugs"], "Charged"),
        (1, ["drugs"], "Charged"),
    ]


def test_a_short_news_copy_with_a_contraction(drafts: dict[str, dict]) -> None:
    document = drafts["real-brief"]
    case = _case(document)  # "A 29-year-old man's been jailed", and "year-old" is no review
    assert case["defendants"] == ["kwame-boateng"]
    assert _outcomes(document) == [("CustodialSentence", 5, "YR", "kwame-boateng", "")]
    (post,) = _people(document)["jo-hale"]["posts"]
    team = next(o for o in document["organisations"] if o["id"] == post["in"])
    assert team["unit_of"] == "suffolk"  # "the County Lines Team at Suffolk Constabulary"


def test_a_network_review_in_prose(drafts: dict[str, dict]) -> None:
    document = drafts["real-network"]
    # units "across the country" count their own arrests; a running total since the unit
    # was set up is no period's figure
    assert {
        (f["measure"], Decimal(str(f["value"])), f["qualifier"]) for f in document["figures"]
    } == {
        ("Arrests", Decimal(2400), "MoreThan"),
        ("PeopleJailed", Decimal(812), "Exact"),  # "812 people were jailed for 3,977 years"
        ("CustodialYears", Decimal(3977), "Exact"),
        ("PeopleSafeguarded", Decimal(250), "MoreThan"),  # "More than 250 adults and 900
        ("PeopleSafeguarded", Decimal(900), "MoreThan"),  # children … were also safeguarded"
    }
    # "The latest to be jailed was a gang of 12 smugglers who received a total of 41 years"
    (case,) = document["cases"]
    assert (case["defendant_count"], case["offences"]) == (12, ["drug-trafficking"])
    assert _outcomes(document) == [("CustodialSentence", 41, "YR", "", "")]


def test_a_news_copy_in_lower_case_with_weights_of_the_drug(drafts: dict[str, dict]) -> None:
    document = drafts["real-courier"]
    people = _people(document)
    assert [(p["role"], p["in"]) for p in people["neil-stroud"]["posts"]] == [
        ("BranchCommander", "nca")  # "NCA branch commander Neil Stroud"
    ]
    # "The judge, Harriet Lomax," of "Canterbury crown court"
    assert [(p["role"], p["in"]) for p in people["harriet-lomax"]["posts"]] == [
        ("Judge", "canterbury-crown-court")
    ]
    assert "canterbury" not in _places(document) and "metropolitan" not in _places(document)
    assert not any(o.get("type") == "group" for o in document["organisations"])
    case = _case(document)
    # "Six kilograms of the drug, …, was found", "A further 2kg was found"; "£15,000 in £50
    # bundles" is cash, the bundles' denomination no amount
    assert {(f["measure"], f["value"], f["unit"]) for f in case["figures"]} == {
        ("DrugsSeized", 6, "KiloGM"),
        ("DrugsSeized", 2, "KiloGM"),
        ("CashSeized", 15000, "GBP"),
    }
    # "a daily total of £200,000" is a rate; "estimated at £1,200,000" is approximate
    assert {(a["value"], a.get("qualifier", "Exact")) for a in case["amounts"]} == {
        (360000, "Exact"),
        (1200000, "Approximately"),
    }


def test_the_whole_gang_counted_and_the_total_covers_its_own_subject(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-inall"]
    case = _case(document)
    assert case["defendant_count"] == 15  # "In all, 15 people have now been convicted"
    total = next(o for o in case["outcomes"] if "offender" not in o)
    assert (total["value"], total["person_count"]) == (52, 7)  # "Seven members … 52 years"


def test_the_range_of_charges_and_a_network_size_that_is_not_the_charged(
    drafts: dict[str, dict],
) -> None:
    case = _case(drafts["real-charges"])
    # "The charges range from conspiracy to commit murder to possession of large amounts of
    # criminal property and drugs offences"
    assert set(case["offences"]) == {"serious-violence", "money-laundering", "drugs"}
    assert case["defendant_count"] == 5  # "The 9-strong network" is not who was charged


def test_a_scottish_news_copy_that_names_no_force(drafts: dict[str, dict]) -> None:
    document = drafts["real-pj"]
    # a Sheriff Court case: the detective inspector is Police Scotland's
    (post,) = _people(document)["kirsty-ross"]["posts"]
    assert (post["role"], post["in"]) == ("DetectiveInspector", "police-scotland")
    assert _case(document)["defendants"] == ["stuart-grant"]


def test_a_newspapers_copy_follows_the_organisation_it_names_most(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-bbcni"]
    # the PSNI named three times, the NCA once: the officer is the PSNI's
    (post,) = _people(document)["gareth-lyle"]["posts"]
    assert (post["role"], post["in"]) == ("DetectiveChiefSuperintendent", "psni")
    # no charge named: the crime the operation targeted ("a crime group laundering cash
    # for drug dealers": laundering, the dealers' drugs are not this case's)
    assert _case(document)["offences"] == ["money-laundering"]


def test_counts_said_roughly_or_in_the_present_and_a_name_that_holds_a_place(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-redbank"]
    case = _case(document)
    # "SOME 16 members of a 20-member cocaine gang", "Sixteen of them are currently being
    # sentenced": sixteen, not the gang's twenty
    assert case["defendant_count"] == 16
    # "Jordan" is also a country; "Jordan Amoah … was jailed" is a defendant
    assert _outcomes(document) == [("CustodialSentence", 8, "YR", "jordan-amoah", "")]
    assert not any("20-member" in o["id"] for o in document["organisations"])


def test_a_place_before_an_age_is_no_defendant(drafts: dict[str, dict]) -> None:
    document = drafts["real-raids"]
    # "A 41-year-old man from North Wales, a 33-year-old woman from Cheshire …"
    assert "north-wales" not in _people(document)
    assert _case(document)["defendant_count"] == 9


@pytest.mark.parametrize(
    ("name", "count"),
    [
        # "A gang of heroin dealers … have been jailed", then "Five men were sentenced"
        ("real-lead-uncounted", 5),
        # "Truro Crown Court has been sentencing 14 members of a gang"
        ("real-court-sentencing", 14),
        # "Nineteen members of a drugs network, including men from Stoke, …, have now been"
        ("real-including-towns", 19),
        # "READING is safer after 12 members of a cocaine ring were jailed"
        ("real-safer-after", 12),
        # four associates named together, the ringleader in a sentence of his own
        ("real-ringleader-named-apart", 5),
        # "A total of 31 men have now been sentenced": 31, not "a" total
        ("real-a-total-of", 31),
    ],
)
def test_the_gang_counted_where_real_releases_count_it(
    drafts: dict[str, dict], name: str, count: int
) -> None:
    assert _case(drafts[name])["defendant_count"] == count


def test_a_years_money_said_between_two_months_is_a_period_figure(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-division-year"]
    # "Between January and December 2023, officers seized £640,000 in cash and a further
    # £95,000 was confiscated …": a year's work, not one case's money
    assert not document.get("cases")
    assert _figures(document) == {
        ("CashSeized", Decimal(640000), "Exact", "GBP"),
        ("Confiscation", Decimal(95000), "Exact", "GBP"),
        ("FirearmsSeized", Decimal(5), "Exact", "NUM"),
        ("WeaponsRemoved", Decimal(22), "Exact", "NUM"),
    }


def test_a_unit_with_an_ampersand_and_the_officer_who_heads_it_up(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-heads-up"]
    units = {o["id"]: o for o in document["organisations"] if o.get("type") == "unit"}
    # "Officers in the Liverpool Serious Violence & Gangs Unit", then "X heads up the unit":
    # the unit named before, never one called "up the unit"; she is its head too
    assert list(units) == ["liverpool-serious-violence-gangs-unit"]
    assert units["liverpool-serious-violence-gangs-unit"]["unit_of"] == "merseyside"
    posts = _people(document)["jo-rimmer"]["posts"]
    assert {(p["role"], p["in"]) for p in posts} == {
        ("DetectiveInspector", "liverpool-serious-violence-gangs-unit"),
        ("HeadOfUnit", "liverpool-serious-violence-gangs-unit"),
    }


def test_one_sentence_with_a_year_and_three_measures_makes_a_review(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-period-sentence"]
    # "In 2020/21, YHROCU officers … arrested 388 people, secured prison terms of more than
    # 1,150 years, recovered 31 firearms and seized almost 900 kilograms of cannabis"
    assert not document.get("cases")
    assert _figures(document) == {
        ("Arrests", Decimal(388), "Exact", "NUM"),
        ("CustodialYears", Decimal(1150), "MoreThan", "YR"),
        ("FirearmsSeized", Decimal(31), "Exact", "NUM"),
        ("DrugsSeized", Decimal(900), "Almost", "KiloGM"),
    }
    # "head of the unit" in a regional unit's release is the head of that unit
    posts = _people(document)["nikki-hall"]["posts"]
    assert {(p["role"], p["in"]) for p in posts} == {
        ("HeadOfUnit", "yhrocu"),
        ("DetectiveChiefSuperintendent", "yhrocu"),
    }


def test_names_before_an_address_and_ages_that_are_no_terms(drafts: dict[str, dict]) -> None:
    document = drafts["real-named-with-address"]
    case = _case(document)
    # "Darren Pike, of Gillingham, Kent, pleaded guilty", "Lewis Crane, also of Gillingham,
    # previously admitted": defendants with no age
    assert case["defendants"] == ["darren-pike", "lewis-crane"]
    # "The 47-year-old was sentenced to six years and three months": 47 years is an age;
    # an order "in place for five years" is no prison term
    assert sorted((o["type"], o["value"], o["unit"]) for o in case["outcomes"]) == [
        ("CustodialSentence", 4, "YR"),
        ("CustodialSentence", 6.25, "YR"),
    ]


def test_terms_after_a_semicolon_a_suspended_n_year_sentence_and_a_commissioner_named_first(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-semicolon-terms"]
    # "Olu was jailed for four years and two months; Dade for three years and eight months"
    # "Fisk and Tapp were each given a suspended two-year sentence"
    assert _outcomes(document) == [
        ("CustodialSentence", 44, "MO", "marcus-dade", ""),
        ("CustodialSentence", 50, "MO", "kieran-olu", ""),
        ("SuspendedSentence", 2, "YR", "lana-fisk", ""),
        ("SuspendedSentence", 2, "YR", "owen-tapp", ""),
    ]
    # "Alison Hernandez, the Devon and Cornwall Police and Crime Commissioner"
    (post,) = _people(document)["alison-hernandez"]["posts"]
    assert (post["role"], post["in"]) == ("PoliceAndCrimeCommissioner", "devon-and-cornwall")


def test_a_head_named_after_the_unit_and_a_grade_after_the_agency(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-head-of-unit-first"]
    people = _people(document)
    # "Head of the Regional Organised Crime Unit Sarah Pollitt said": the ROCU's head, not
    # the head of a unit inside it
    assert [(p["role"], p["in"]) for p in people["sarah-pollitt"]["posts"]] == [
        ("HeadOfUnit", "nwrocu")
    ]
    assert [o["id"] for o in document["organisations"] if o.get("type") == "unit"] == []
    # "Gary Brandt, NCA branch commander, said"
    assert [(p["role"], p["in"]) for p in people["gary-brandt"]["posts"]] == [
        ("BranchCommander", "nca")
    ]


def test_a_news_copy_whose_headline_alone_names_the_force(drafts: dict[str, dict]) -> None:
    document = drafts["real-force-in-headline"]
    # "… in Derbyshire police crackdown": the officer quoted is that force's
    (post,) = _people(document)["hayley-crane"]["posts"]
    assert (post["role"], post["in"]) == ("DetectiveSuperintendent", "derbyshire")


def test_the_nations_and_english_regions_named_in_prose(drafts: dict[str, dict]) -> None:
    document = drafts["real-nations-and-regions"]
    # "from the North West to Scotland": a region and a nation, the case's places
    assert _case(document)["places"] == ["penrith", "north-west", "scotland"]


def test_small_ports_lorries_cross_from_are_places(drafts: dict[str, dict]) -> None:
    places = set(_case(drafts["real-crossing-ports"])["places"])
    assert {"hook-of-holland", "coquelles", "purfleet-on-thames"} <= places


def test_a_chief_superintendent_keeps_the_rank(drafts: dict[str, dict]) -> None:
    (post,) = _people(drafts["real-chief-superintendent"])["karen-edge"]["posts"]
    assert (post["role"], post["in"]) == ("ChiefSuperintendent", "lancashire")


def test_people_named_with_a_common_first_name_and_no_other_cue(drafts: dict[str, dict]) -> None:
    people = _people(drafts["real-first-names"])
    # "a van driven by Dennis Marlowe", "charged Owen Pritchard, …, Callum Dray and Niamh
    # Forde", "Joanna Tilbury, prosecuting, told the court"; "Stuart Keble" is the
    # "Stuart Alexander Keble" named in full, and "George Dock" is a warehouse
    assert sorted(people) == [
        "callum-dray",
        "dennis-marlowe",
        "joanna-tilbury",
        "niamh-forde",
        "owen-pritchard",
        "stuart-alexander-keble",
    ]


def test_weights_in_words_and_drugs_only_moved_or_imagined(drafts: dict[str, dict]) -> None:
    figures = {
        (f["item"], Decimal(str(f["value"])), f["unit"], f["qualifier"])
        for f in _case(drafts["real-weights-in-words"])["figures"]
    }
    # "more than half a tonne" in the headline is the 531kg said roughly; what the gang
    # "had imported" over a year and what the chemicals "could have led to" were not seized
    assert figures == {
        ("cocaine", Decimal(531), "KiloGM", "Exact"),
        ("heroin", Decimal(1), "KiloGM", "Exact"),
        ("crack cocaine", Decimal("0.25"), "KiloGM", "Exact"),
    }
    # "found half a kilo of cocaine"
    assert _figures(drafts["real-first-names"]) == {
        ("DrugsSeized", Decimal("0.5"), "Exact", "KiloGM")
    }


def _strands(document: dict) -> list[tuple[int | None, list[str], str | None]]:
    return [
        (c.get("defendant_count"), c.get("offences"), c.get("stage")) for c in document["cases"]
    ]


def test_a_week_of_action_told_day_by_day_is_one_case_a_day(drafts: dict[str, dict]) -> None:
    document = drafts["real-week-of-action"]
    # "On Monday 14 March … found crack cocaine" then "Darren Pickford, 41, … charged";
    # "On Tuesday 15 March, four arrests were made"; "a further three men aged 19, 22 and
    # 35 were arrested"; "Three further arrests were made on Thursday 17 March"; "The same
    # day, … the driver arrested"
    assert _strands(document) == [
        (1, ["drug-supply"], "Charged"),
        (4, ["drug-supply"], "Arrested"),
        (3, ["money-laundering"], "Arrested"),
        (3, ["drugs"], "Arrested"),
        (1, ["firearms"], "Arrested"),
    ]
    # "These arrests are part of an investigation that has so far led to seven arrests"
    # goes on with Tuesday's case; the lead's eleven arrests are the week's
    assert [f["value"] for f in document["cases"][1]["figures"]] == [4, 7]
    assert [(f["measure"], f["value"]) for f in document["figures"]] == [("Arrests", 11)]
    # the ages are no count: "aged 19, 22 and 35 were arrested" is three people, not 35
    assert ("Arrests", Decimal(35), "Exact", "NUM") not in _figures(document)


def test_a_year_told_by_its_months_and_drugs_counted_in_pounds(drafts: dict[str, dict]) -> None:
    document = drafts["real-year-told-by-months"]
    # "In February 2023, a man was charged with producing a controlled drug after officers
    # found 310 cannabis plants": cannabis grown; "Around 520 cannabis plants were found …
    # in June. Two men aged 31 and 45 were charged" is a case of its own
    assert _strands(document) == [
        (1, ["cannabis-cultivation"], "Charged"),
        (2, ["cannabis-cultivation"], "Charged"),
        (1, ["cannabis-cultivation"], "Charged"),
        (6, ["drugs"], "Arrested"),
    ]
    # "Drugs worth more than £2 million were seized … during 2023": the year's drugs, in pounds
    (figure,) = document["figures"]
    assert (figure["measure"], figure["value"], figure["qualifier"], figure["unit"]) == (
        "DrugsSeized",
        2000000,
        "MoreThan",
        "GBP",
    )


def test_all_four_defendants_and_titles_said_before_the_name(drafts: dict[str, dict]) -> None:
    document = drafts["real-all-four-and-titles-before-names"]
    assert _strands(document) == [(4, ["drug-supply"], "Convicted")]
    posts = {
        key: [(p["role"], p["in"]) for p in person.get("posts", [])]
        for key, person in _people(document).items()
    }
    assert posts == {
        # "NCA senior investigating officer Rhodri Powell said"
        "rhodri-powell": [("SeniorInvestigatingOfficer", "nca")],
        # "Dyfed-Powys Police and Crime Commissioner Dafydd Llywelyn" in a release that
        # names other forces: the commissioner of the area before the title
        "dafydd-llywelyn": [("PoliceAndCrimeCommissioner", "dyfed-powys")],
        # "Staffordshire Commissioner Ben Adams": the county's commissioner
        "ben-adams": [("PoliceAndCrimeCommissioner", "staffordshire")],
    }


def test_northern_ireland_council_areas_and_officers_named_by_surname(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-ni-council-areas"]
    # "Mid and East Antrim, Ards and North Down and Armagh Banbridge and Craigavon": three
    # council areas, not the towns in their names
    assert _places(document) == {
        "mid-and-east-antrim",
        "ards-and-north-down",
        "armagh-banbridge-and-craigavon",
    }
    posts = {
        key: [(p["role"], p["in"]) for p in person.get("posts", [])]
        for key, person in _people(document).items()
    }
    assert posts == {
        "quigley": [("DetectiveInspector", "psni")],  # "Detective Inspector Quigley said"
        # "Border Force Belfast director Aoife Crawley said": a surname that is a town
        "aoife-crawley": [("Director", "border-force")],
    }


def test_a_gang_of_n_before_a_clause_and_a_term_said_only_in_the_headline(
    drafts: dict[str, dict],
) -> None:
    case = _case(drafts["real-headline-term-only"])
    # "A gang of 12 men, who ran a heroin … line …, have been jailed"
    assert case["defendant_count"] == 12
    # the body gives no term; the headline's "jailed for more than 64 years" is the gang's
    (outcome,) = case["outcomes"]
    assert (
        outcome["type"],
        outcome["value"],
        outcome["qualifier"],
        outcome["unit"],
        outcome["person_count"],
    ) == ("CustodialSentence", 64, "MoreThan", "YR", 12)


def test_example_cases_listed_in_bullets_under_an_includes_line(drafts: dict[str, dict]) -> None:
    document = drafts["real-example-cases-in-bullets"]
    cases = document["cases"]
    # "Orders secured over the year include:" then one bullet per case
    assert [(c.get("defendant_count"), c["offences"]) for c in cases] == [
        (1, ["fraud"]),  # "A King's Lynn fraudster … was ordered to pay back £48,200"
        (2, ["cannabis-cultivation"]),  # "Two brothers … ran a cannabis farm"
        (1, ["drug-supply"]),  # "A drug dealer … was made to pay more than £30,000 back"
    ]
    assert [(o["type"], o["value"]) for c in cases for o in c["outcomes"]] == [
        ("ConfiscationOrder", 48200),
        ("ConfiscationOrder", 112000),
        ("ConfiscationOrder", 30000),
    ]
    # the year's total stays the force's figure
    assert [(f["measure"], f["value"]) for f in document["figures"]] == [("Confiscation", 1400000)]


def test_example_cases_told_in_prose_after_a_years_money(drafts: dict[str, dict]) -> None:
    document = drafts["real-example-cases-in-prose"]
    # "Those pursued by the team include a 41-year-old woman who was jailed …" and
    # "Furthermore, a 58-year-old man convicted of …": two cases; the paragraphs that go
    # on with each ("Enquiries showed she …", "He was later ordered …") are theirs
    cases = document["cases"]
    assert [(c["defendant_count"], c["offences"]) for c in cases] == [
        (1, ["cannabis-cultivation"]),
        (1, ["money-laundering"]),
    ]
    # "… was given a suspended sentence": one, its length not stated
    assert [[(o["type"], o.get("value")) for o in c["outcomes"]] for c in cases] == [
        [("CustodialSentence", 4), ("ConfiscationOrder", 52000)],
        [("SuspendedSentence", None), ("ConfiscationOrder", 23500)],
    ]
    assert [(f["measure"], f["value"]) for f in document["figures"]] == [("Confiscation", 1900000)]


def test_a_second_term_said_with_for_after_the_age_and_town(drafts: dict[str, dict]) -> None:
    # "Martin Oakes, 44, of Grays, was jailed for 14 years and Pavel Doru, 38, of
    # Basildon, for 12 years"
    outcomes = _case(drafts["real-weights-in-words"])["outcomes"]
    assert [(o["offender"], o["value"]) for o in outcomes] == [
        ("martin-oakes", 14),
        ("pavel-doru", 12),
    ]


def test_one_defendants_own_total_and_community_orders_in_months(
    drafts: dict[str, dict],
) -> None:
    case = _case(drafts["real-own-total-and-community-orders"])
    # "Kevin Dodds, 38, …, was sentenced to a total of seven years and three months": his
    # own term for all his counts, not the group's; "received a 12 month community order"
    assert [(o["type"], o.get("offender"), o.get("value")) for o in case["outcomes"]] == [
        ("CustodialSentence", "kevin-dodds", 7.25),
        ("CustodialSentence", "lee-carr", 3),
        ("CommunityOrder", "scott-reay", None),
        ("CommunityOrder", "jason-hall", None),
    ]
    assert not [f for f in case.get("figures", []) if f["measure"] == "CustodialYears"]


def test_drugs_worth_money_beside_cash_in_a_week_and_in_a_case(drafts: dict[str, dict]) -> None:
    # "seize drugs worth more than £75,000, cash worth £31,400 and 11 weapons in just seven
    # days": the drugs' worth is theirs, not the cash's nearer word
    assert _figures(drafts["real-week-figures-in-pounds"]) == {
        ("Arrests", Decimal(28), "Exact", "NUM"),
        ("WeaponsRemoved", Decimal(11), "Exact", "NUM"),
        ("DrugsSeized", Decimal(75000), "MoreThan", "GBP"),
        ("CashSeized", Decimal(31400), "Exact", "GBP"),
    }
    # "seized £80,000 of heroin and £12,000 in cash": a street value and a cash seizure
    case = _case(drafts["real-pounds-of-heroin"])
    assert [(a["kind"], a["value"]) for a in case["amounts"]] == [("StreetValue", 80000)]
    assert _figures(drafts["real-pounds-of-heroin"]) == {
        ("CashSeized", Decimal(12000), "Exact", "GBP")
    }


def test_terms_in_brackets_after_names_and_an_approximate_list_of_weights(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-bracketed-terms"]
    case = _case(document)
    # "Owen Pritchard (14 years), Callum Reddy (nine-and-a-half years) and Stefan Lowe
    # (eight years, three months) were all sentenced at the Old Bailey"
    assert [(o["offender"], o["value"]) for o in case["outcomes"]] == [
        ("owen-pritchard", 14),
        ("callum-reddy", 9.5),
        ("stefan-lowe", 8.25),
    ]
    assert case["defendant_count"] == 3
    assert case["offences"] == ["drug-importation"]  # "used a light aircraft to fly heroin into"
    assert {o["id"]: o.get("type") for o in document["organisations"]}["old-bailey"] == "court"
    # "approximately 9kg of heroin, 4kg of cannabis and 2kg of ketamine": all approximate
    assert _figures(document) == {
        ("DrugsSeized", Decimal(20), "MoreThan", "KiloGM"),
        ("DrugsSeized", Decimal(9), "Approximately", "KiloGM"),
        ("DrugsSeized", Decimal(4), "Approximately", "KiloGM"),
        ("DrugsSeized", Decimal(2), "Approximately", "KiloGM"),
    }


def test_leaders_called_principal_operators_or_the_head_of_a_group(
    drafts: dict[str, dict],
) -> None:
    # "The principal operators Ciaran Doherty and Martin Quigley were sentenced"
    people = _people(drafts["real-principal-operators"])
    assert [p["role"] for p in people["ciaran-doherty"]["posts"]] == ["Ringleader"]
    assert [p["role"] for p in people["martin-quigley"]["posts"]] == ["Ringleader"]
    # "Darren Pike was the head of an organised crime group based in Swansea"; his courier
    # is no leader
    document = drafts["real-head-of-a-group"]
    people = _people(document)
    [post] = people["darren-pike"]["posts"]
    [group] = [o for o in document["organisations"] if o.get("type") == "group"]
    assert (post["role"], post["in"], group["based_in"]) == ("Ringleader", group["id"], "swansea")
    assert not people["ryan-teague"].get("posts")


def test_one_gang_told_in_parts_is_one_case_not_a_review(drafts: dict[str, dict]) -> None:
    # "A gang from Birmingham …", "The five men were given …", "Three other men …": the
    # same people again, not three cases of a review
    case = _case(drafts["real-the-gang-told-in-parts"])
    assert case["defendant_count"] == 5
    assert [(o["offender"], o["value"], o["unit"]) for o in case["outcomes"]] == [
        ("liam-dowd", 18, "MO"),
        ("tariq-bashir", 2, "YR"),
        ("kevin-shaw", 7, "YR"),
        ("imran-patel", 6.5, "YR"),
        ("daniel-okoro", 4, "YR"),
    ]
    assert case["offences"] == ["fraud", "money-laundering"]


def test_of_the_n_arrested_m_charged_and_wraps_counted(drafts: dict[str, dict]) -> None:
    # "Of the 21 arrested, 12 people have so far been charged": an operation's case
    document = drafts["real-of-the-arrested-charged"]
    case = _case(document)
    assert (case["defendant_count"], case["stage"]) == (12, "Charged")
    assert _figures(document) == {
        ("Arrests", Decimal(21), "Exact", "NUM"),
        ("DrugsSeized", Decimal(40), "Exact", "NUM"),
        ("DrugsSeized", Decimal(450), "Exact", "NUM"),  # "450 individual wraps of crack"
        ("FirearmsSeized", Decimal(1), "Exact", "NUM"),
        ("CashSeized", Decimal(9000), "Exact", "GBP"),
    }


def test_forces_a_unit_comprises_and_the_officer_who_heads_it_up(drafts: dict[str, dict]) -> None:
    document = drafts["real-unit-comprising-forces"]
    organisations = {o["id"]: o for o in document["organisations"]}
    # "Comprising specialist officers from Derbyshire, Leicestershire, …": forces, not places
    assert organisations["emsou"]["member_forces"] == [
        "derbyshire",
        "leicestershire",
        "lincolnshire",
        "northamptonshire",
        "nottinghamshire",
    ]
    assert not _places(document) & set(organisations)
    # "Detective Superintendent Helen Marsh, who heads up the unit, said"
    posts = _people(document)["helen-marsh"]["posts"]
    assert [(p["role"], p["in"]) for p in posts] == [
        ("DetectiveSuperintendent", "emsou"),
        ("HeadOfUnit", "emsou"),
    ]
    # "Detective Inspector Ruth Kaye, who leads the RART": not the unit's head
    posts = _people(document)["ruth-kaye"]["posts"]
    assert [p["role"] for p in posts] == ["DetectiveInspector"]


def test_examples_opening_on_a_place_or_on_the_officers_who_arrested(
    drafts: dict[str, dict],
) -> None:
    # "In Elgin, Moray, a man and a woman were arrested …" and "Officers arrested and
    # charged two men in Dingwall after a cannabis cultivation … was discovered": cases
    cases = drafts["real-quarter-examples"]["cases"]
    assert [(c["defendant_count"], c.get("offences"), c["stage"]) for c in cases] == [
        (3, None, "Charged"),
        (2, ["drugs"], "Charged"),
        (2, ["cannabis-cultivation"], "Charged"),
    ]
    assert [[(a["kind"], a["value"]) for a in c.get("amounts", [])] for c in cases] == [
        [],
        [("StreetValue", 60000)],
        [("StreetValue", 300000)],
    ]


def test_a_name_then_he_was_jailed_and_a_term_served_years_before(
    drafts: dict[str, dict],
) -> None:
    case = _case(drafts["real-named-then-he-was-jailed"])
    # "Simon Peter Dixon collected the drugs … He was jailed for eight years."; "He had
    # previously been imprisoned for seven years in 2006" is no term of this case
    assert case["defendant_count"] == 2
    assert [(o["offender"], o["value"]) for o in case["outcomes"]] == [
        ("gareth-lloyd-evans", 11),
        ("simon-peter-dixon", 8),
    ]


def test_terms_said_once_for_a_list_and_each_of_those_counted_before(
    drafts: dict[str, dict],
) -> None:
    case = _case(drafts["real-terms-said-once"])
    # "Nathan Quirke 29, of Grays": a defendant although the comma before the age is missing
    assert case["defendant_count"] == 7
    assert len(case["defendants"]) == 7
    # "All three men admitted … They were each ordered to serve five years and three
    # months"; "Fenton received …; Quirke, two and a half years and Tully and Ward two years"
    assert [(o["offender"], o["value"]) for o in case["outcomes"]] == [
        ("dean-harker", 5.25),
        ("colin-mayhew", 5.25),
        ("ashley-bright", 5.25),
        ("lee-fenton", 3.75),
        ("nathan-quirke", 2.5),
        ("robert-tully", 2),
        ("karl-ward", 2),
    ]


def test_drug_trafficking_gives_way_to_the_supply_it_stands_for(drafts: dict[str, dict]) -> None:
    # "a drug trafficking gang", then "admitted conspiracy to supply Class A drugs": the
    # scheme's note on ct:drug-trafficking says to use the supply named
    case = _case(drafts["real-trafficking-gang-supply"])
    assert (case["defendant_count"], case["offences"]) == (8, ["drug-supply"])


def test_possessing_a_named_gun_is_a_firearms_offence(drafts: dict[str, dict]) -> None:
    # "charged with possessing a loaded self-loading pistol and possession of cocaine with
    # intent to supply"
    case = _case(drafts["real-possessing-a-pistol"])
    assert (case["defendant_count"], case["offences"]) == (2, ["firearms", "drug-supply"])


def test_former_and_partner_agencies_by_the_names_releases_use(drafts: dict[str, dict]) -> None:
    organisations = {o["id"] for o in drafts["real-former-and-partner-agencies"]["organisations"]}
    assert {
        "serious-organised-crime-agency",  # the NCA's forerunner
        "joint-maritime-security-centre",
        "gangmasters-and-labour-abuse-authority",  # "Gangmasters Labour Abuse Authority"
    } <= organisations


def test_men_and_women_each_aged_between_two_ages_are_counted_together(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-men-and-women-aged-between"]
    case = _case(document)
    # "Nine men, aged between 19 and 48, and three women, aged between 22 and 35, were
    # arrested"; "the importation of illicit cannabis through the post"
    assert (case["defendant_count"], case["offences"], case["stage"]) == (
        12,
        ["drug-importation"],
        "Arrested",
    )
    assert _figures(document) == {
        ("DrugsSeized", Decimal(6), "Exact", "KiloGM"),
        ("DrugsSeized", Decimal(45), "Exact", "NUM"),  # "45 ecstasy tablets"
        ("CashSeized", Decimal(20000), "Exact", "GBP"),
    }
    assert not document.get("people")  # "Op Thistle" is no one


def test_arrested_or_detained_counts_the_arrests() -> None:
    found = counts("Police said they had arrested or detained 64 people this year.", True)
    assert [(f.measure, f.value) for f in found] == [("Arrests", 64)]


def test_two_named_both_aged_a_firearm_conspiracy_and_drugs_confiscated(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-both-aged-gun-conspiracy"]
    case = _case(document)
    # "Jermaine Clarke, Tyrone Ellis, both 27, and Dwayne Hooper, 35, admitted conspiracy
    # to supply a firearm": three defendants, a firearms offence (not drug supply)
    assert case["offences"] == ["firearms-supply"]
    assert [(o["offender"], o["value"]) for o in case["outcomes"]] == [
        ("jermaine-clarke", 14),
        ("tyrone-ellis", 13),
        ("dwayne-hooper", 11),
    ]
    assert _people(document)["tyrone-ellis"]["age"] == 27
    # "a total of 38 years after handguns …" is no count of guns; "3 kilos of the drug";
    # drugs that "were confiscated" are no confiscation order
    assert _figures(document) == {
        ("CustodialYears", Decimal(38), "Exact", "YR"),
        ("DrugsSeized", Decimal(40), "Exact", "KiloGM"),
        ("DrugsSeized", Decimal(3), "Exact", "KiloGM"),
    }
    assert [(a["kind"], a["value"]) for a in case["amounts"]] == [("StreetValue", 400000)]


def test_partial_totals_are_the_groups_outcomes_and_their_sum_a_figure(
    drafts: dict[str, dict],
) -> None:
    case = _case(drafts["real-partial-totals"])
    # "Twelve people - including two brothers from Middlesbrough - ran …": counted past
    # the aside between dashes
    assert case["defendant_count"] == 12
    # "Eight men … a total of 58 years between them", "Four others … a total of 13 years":
    # no one's own term, so each total is its group's outcome; 71 = 58 + 13 stays a figure
    assert [(o["type"], o["value"]) for o in case["outcomes"]] == [
        ("CustodialSentence", 58),
        ("CustodialSentence", 13),
    ]
    assert [(f["measure"], f["value"]) for f in case["figures"]] == [("CustodialYears", 71)]


def test_shapes_of_an_agency_sentencing_release(drafts: dict[str, dict]) -> None:
    document = drafts["real-agency-sentencing-shapes"]
    case = _case(document)
    people = _people(document)
    # "Driver Marek Nowak, 44" is Marek Nowak; "Sarah Bell, Director of Border Force
    # Central said" (no person called "Force Central")
    assert {"marek-nowak", "adam-zielinski", "sarah-bell"} == set(people)
    assert [(p["role"], p["in"]) for p in people["sarah-bell"]["posts"]] == [
        ("Director", "border-force")
    ]
    assert case["offences"] == ["tax-fraud", "people-smuggling"]  # "bootleg cigarettes"
    # "jailed for 11 years" is the total of the two terms given: a figure, not a third term
    assert [(o["offender"], o["value"]) for o in case["outcomes"]] == [
        ("marek-nowak", 6.75),
        ("adam-zielinski", 4.25),
    ]
    # "27 migrants of Albanian origin were found inside"; "found with over €90,000 (about
    # £78,000)": the cash once, in the currency found
    assert _figures(document) == {
        ("CustodialYears", Decimal(11), "Exact", "YR"),
        ("MigrantsDetected", Decimal(27), "Exact", "NUM"),
        ("CashSeized", Decimal(90000), "MoreThan", "EUR"),
    }
    assert not case.get("amounts")


def test_a_vat_scam_and_terms_given_to_names_said_with_who_and_for(
    drafts: dict[str, dict],
) -> None:
    case = _case(drafts["real-vat-scam-named-terms"])
    # "£21m VAT scam", "stole the VAT they charged", "missing traders": a tax fraud, no theft
    assert case["offences"] == ["tax-fraud"]
    # "Harjit Singh Bains, who was jailed for 13 years, …"; "Amrik Singh Sidhu was jailed
    # for nine years and Pardeep Kaur Johal for seven years": each term to the name nearest
    assert [(o["offender"], o["value"]) for o in case["outcomes"]] == [
        ("harjit-singh-bains", 13),
        ("amrik-singh-sidhu", 9),
        ("pardeep-kaur-johal", 7),
    ]


def test_sent_down_is_a_term_and_an_age_said_before_the_name(drafts: dict[str, dict]) -> None:
    document = drafts["real-sent-down"]
    case = _case(document)
    # "has been sent down for four years and three months"
    assert case["stage"] == "Sentenced"
    assert [(o["type"], o["value"]) for o in case["outcomes"]] == [("CustodialSentence", 4.25)]
    # "A 31-year-old, Kwame Mensah, also pleaded guilty": a second defendant
    assert case["defendant_count"] == 2
    assert _people(document)["kwame-mensah"]["age"] == 31


def test_the_rocu_of_the_county_named_and_a_total_in_years_and_months(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-rocu-of-the-county-and-a-total-in-months"]
    # "Officers from the Regional Organised Crime Unit" in a Warwickshire story: ROCUWM
    assert "wmrocu" in {o["id"] for o in document["organisations"]}
    figures = _figures(document)
    # "a total of 61 years and eight months", every term listed: 740 months, one figure
    assert ("CustodialYears", Decimal(740), "Exact", "MO") in figures
    # "conspiracy to supply a total of 12 kilograms of heroin" was never seized
    assert not any(f[0] == "DrugsSeized" and f[1] == 12 for f in figures)
    # "following a three-year police investigation" is no one's term
    case = _case(document)
    assert sorted(o["value"] for o in case["outcomes"]) == [5, 5, 9, 10, 12, 14, 80]


def test_a_week_of_action_with_bare_counts_and_worths_of_weights(drafts: dict[str, dict]) -> None:
    document = drafts["real-intensification-week-bare-counts"]
    # "County Lines Intensification Week": the week's figures, and "Six people were
    # charged and remanded." is one of them, not a case
    assert not document.get("cases")
    figures = _figures(document)
    assert {
        ("Arrests", Decimal(34), "Exact", "NUM"),
        ("PeopleSafeguarded", Decimal(1), "Exact", "NUM"),  # "one person safeguarded"
        ("PeopleCharged", Decimal(6), "Exact", "NUM"),
        ("GroupsDismantled", Decimal(3), "Exact", "NUM"),  # "dismantled three 'county lines'"
        ("DrugsSeized", Decimal("220.5"), "Exact", "GM"),
    } <= figures
    # "220.5 grams of crack cocaine worth £22,050": the weight is the figure, not the worth
    assert not any(f[0] == "DrugsSeized" and f[3] == "GBP" for f in figures)


def test_a_gangs_hedged_term_that_its_named_terms_add_up_to(drafts: dict[str, dict]) -> None:
    document = drafts["real-gang-almost-the-sum-of-named-terms"]
    case = _case(document)
    # "jailed for almost 40 years", then 15, 13 and 10: a total, not a fourth term
    assert [(o["offender"], o["value"]) for o in case["outcomes"]] == [
        ("mark-ellery", 15),
        ("jason-pike", 13),
        ("kevin-duffy", 10),
    ]
    assert ("CustodialYears", Decimal(40), "Almost", "YR") in _figures(document)
    # "worth £720,000", then "an approximate street value of £720,000": one estimate
    assert [(a["kind"], a["value"], a["qualifier"]) for a in case["amounts"]] == [
        ("StreetValue", 720000, "Approximately")
    ]


def test_defendants_numbered_not_named_and_an_operations_running_total(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-numbered-men-and-a-running-total"]
    # "over the last few years seen a total of 22 people jailed" is no figure of this
    # release, so it stays one case
    assert len(document["cases"]) == 1
    assert not any(f[0] == "PeopleJailed" for f in _figures(document))
    case = _case(document)
    # "Man 1: six years for …", "Man 2: four years for …": one person each
    assert [(o["value"], o["person_count"]) for o in case["outcomes"]] == [(6, 1), (4, 1)]
    assert ("CustodialYears", Decimal(10), "Exact", "YR") in _figures(document)


def test_a_network_led_by_two_and_a_superlative_that_names_no_group(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-network-led-by-two"]
    # "the largest drugs gang ever tackled" is no name; "The Leeds smuggling network was
    # led by X, of Morley, and Y, of Pudsey" is, with both leaders
    assert [o["id"] for o in document["organisations"] if o.get("type") == "group"] == [
        "leeds-smuggling-network"
    ]
    people = _people(document)
    for person in ("graham-tolley", "anthony-reece"):
        assert [(p["role"], p["in"]) for p in people[person]["posts"]] == [
            ("Ringleader", "leeds-smuggling-network")
        ]


def test_a_release_with_no_case_keeps_its_counts_as_figures(drafts: dict[str, dict]) -> None:
    document = drafts["real-commissioner-week-of-action-no-case"]
    # "it had made 26 arrests … in the week of action": no case, so the week's figures
    assert not document.get("cases")
    assert ("Arrests", Decimal(26), "Exact", "NUM") in _figures(document)


def test_a_news_copy_names_only_the_forces_area_brothers_and_a_street(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-force-of-the-area-brothers-and-a-street"]
    people = _people(document)
    # no force named, but "on Merseyside" and a Detective Sergeant: Merseyside Police
    assert [(p["role"], p["in"]) for p in people["anne-lowe"]["posts"]] == [
        ("DetectiveSergeant", "merseyside")
    ]
    # "Brothers Liam Costello …", "Broker Kieran Mulvey": titles, not names;
    # "land off Harold Briggs Way": a street, no person
    assert {"liam-costello", "sean-costello", "kieran-mulvey"} <= set(people)
    assert not any("briggs" in key for key in people)
    # "a blank-firing revolver" was found; "Liam Costello was jailed": not his brother
    assert ("FirearmsSeized", Decimal(1), "Exact", "NUM") in _figures(document)
    case = _case(document)
    assert [(o["offender"], o["value"]) for o in case["outcomes"]] == [("liam-costello", 8)]


def test_two_groups_each_with_its_head_and_he_after_a_name(drafts: dict[str, dict]) -> None:
    document = drafts["real-two-groups-each-with-its-head"]
    case = _case(document)
    assert case["defendant_count"] == 14  # "In total 14 men and women have been convicted"
    people = _people(document)
    # "The Merseyside syndicate was headed by Gareth Moxon": his own group's head; the
    # other head leads the other group
    assert [p["in"] for p in people["gareth-moxon"]["posts"]] == ["merseyside-syndicate"]
    assert [p["in"] for p in people["rhys-pritchard"]["posts"]] != ["merseyside-syndicate"]
    # "… headed by Gareth Moxon. He was sentenced to 12 years": Moxon's term
    assert [(o["offender"], o["value"]) for o in case["outcomes"]] == [("gareth-moxon", 12)]


def test_a_term_over_n_years_and_a_suspended_sentence_with_no_length(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-over-a-term-and-a-suspended-sentence-untimed"]
    # "A fifth man …" is one of the ten, not a second case
    assert len(document["cases"]) == 1
    case = _case(document)
    # "Ten people pleaded to, or were found guilty of, …"
    assert case["defendant_count"] == 10
    outcomes = [(o["type"], o.get("value"), o.get("qualifier")) for o in case["outcomes"]]
    # "sentenced to over 18 years" is a term, "over" its qualifier
    assert ("CustodialSentence", 18, "MoreThan") in outcomes
    # "A fifth man was given a suspended prison sentence": no length stated
    assert [
        (o.get("value"), o["person_count"])
        for o in case["outcomes"]
        if o["type"] == "SuspendedSentence"
    ] == [(None, 1)]
    # "the Modern Slavery and Human Trafficking Unit of Kent Police" is Kent's, not the NCA's
    organisations = {o["id"] for o in document["organisations"]}
    assert "kent" in organisations and "nca" not in organisations


def test_areas_of_a_city_counted_suspects_and_forces_listed(drafts: dict[str, dict]) -> None:
    document = drafts["real-areas-of-a-city-and-listed-forces"]
    # "in the Parson Cross and Southey areas of the city"; "Sheffield Commander" is a post,
    # so Sheffield stays a place
    assert {"parson-cross", "southey"} <= _places(document)
    assert "sheffield" in _case(document)["places"]
    assert set(_people(document)) == {"paul-rennard"}  # not "Supt Rennard"
    case = _case(document)
    # "Nine people suspected of being involved in drug dealing … were arrested"
    assert case["defendant_count"] == 9
    # "arrested in connection with offences including cannabis cultivation and …"
    assert set(case["offences"]) == {"cannabis-cultivation", "drug-supply"}
    # "worked with Leicestershire, Derbyshire and Lincolnshire police forces"
    assert {"leicestershire", "derbyshire", "lincolnshire"} <= {
        o["id"] for o in document["organisations"]
    }


def test_packages_each_holding_a_kilo_and_a_regional_unit_called_rocu(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-packages-each-containing"]
    # "60 packages each containing approximately a kilo of cocaine": 60 packages, not 1kg
    assert _figures(document) == {("DrugsSeized", Decimal(60), "Exact", "NUM")}
    organisations = {o["id"] for o in document["organisations"]}
    # "the South East ROCU"; "the Isle of Wight Magistrates' Court"
    assert {"serocu", "isle-of-wight-magistrates-court"} <= organisations


def test_a_gangs_term_beside_one_defendant_and_charges_of_those_arrested(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-gang-term-beside-one-defendant"]
    case = _case(document)
    # "Members of the crime gang … were sent to prison for 96 years": not Rimmer's term
    assert [(o.get("offender"), o["value"]) for o in case["outcomes"]] == [
        ("darren-rimmer", 11),
        (None, 96),
    ]
    figures = _figures(document)
    # "Of the 19 people arrested, 10 have been charged …, and 100kg of … ketamine was
    # recovered": the charge does not make the seizure a conspiracy's amount
    assert {
        ("Arrests", Decimal(19), "Exact", "NUM"),
        ("DrugsSeized", Decimal(100), "Exact", "KiloGM"),  # "100kg of powerful sedative ketamine"
    } <= figures


def test_an_operation_that_resulted_in_arrests_and_a_street_level_value(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-resulted-in-arrests-street-level-value"]
    case = _case(document)
    # "has resulted in two arrests": a case at the arrest stage
    assert (case["offences"], case["stage"]) == (["drug-importation"], "Arrested")
    # "a street-level value of in excess of £40 million"
    assert [(a["kind"], a["value"], a["qualifier"]) for a in case["amounts"]] == [
        ("StreetValue", 40000000, "MoreThan")
    ]
    # "found in a barn with nearly 300 cannabis plants"
    assert ("DrugsSeized", Decimal(300), "Almost", "NUM") in _figures(document)
    # "the Regional and Organised Crime Unit (ROCU)" in Leicestershire: EMSOU's, not a
    # unit of some force called that
    labels = [o.get("label", "") for o in document["organisations"]]
    assert "emsou" in {o["id"] for o in document["organisations"]}
    assert not any(label.endswith("Regional and Organised Crime Unit") for label in labels)


def test_drugs_worth_money_seized_across_an_area_in_a_year_is_a_review(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-drugs-worth-seized-across-an-area-in-a-year"]
    # "Drugs worth more than £30million were seized across Scotland in 2023": the year's
    # figures, not one case
    assert not document.get("cases")
    assert {
        ("DrugsSeized", Decimal(30000000), "MoreThan", "GBP"),
        ("DrugsSeized", Decimal(900000), "Exact", "GBP"),  # "plants valued at £900,000"
        ("DrugsSeized", Decimal(40), "Exact", "KiloGM"),  # "40kgs of cocaine"
        ("DrugsSeized", Decimal(12), "Exact", "KiloGM"),
        # "bringing the value of the drugs found to £3.2million"
        ("DrugsSeized", Decimal(3200000), "Exact", "GBP"),
    } <= _figures(document)


def test_a_gangs_term_said_roughly_then_exactly_and_a_head_named_by_police(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-gang-term-roughly-then-exactly-and-a-named-head"]
    case = _case(document)
    # "a total of almost 90 years", then "86 years in total": one term, the exact one
    assert [(o.get("offender"), o["value"], o["qualifier"]) for o in case["outcomes"]] == [
        (None, 86, "Exact"),
        ("nathan-clegg", 14, "Exact"),
        ("jordan-haigh", 6, "Exact"),
    ]
    people = _people(document)
    # "Nathan Clegg, 41, who police named as 'head' of the gang"
    assert [p["role"] for p in people["nathan-clegg"]["posts"]] == ["Ringleader"]
    # "Confiscation Orders were given to …" names nobody; "Brandy Lea Brow" is a street
    assert set(people) == {"nathan-clegg", "jordan-haigh"}
    # "the first gang convicted under the operation" is no name for a group
    assert not any(o["id"].startswith("first") for o in document["organisations"])


def test_an_operation_that_has_seen_n_sentenced_and_its_term_said_twice(
    drafts: dict[str, dict],
) -> None:
    case = _case(drafts["real-operation-has-seen-n-sentenced"])
    # "Operation Kestrel has seen a total of 29 men and women sentenced to 61 years and
    # four months", after "almost 70 years" in the lead: one group term, the exact one
    assert case["defendant_count"] == 29
    assert [(o.get("offender"), o["value"], o["unit"]) for o in case["outcomes"]] == [
        (None, 736, "MO"),
        ("wayne-dobbs", 3, "YR"),
    ]


def test_a_week_of_action_told_as_a_list_of_what_officers_did(drafts: dict[str, dict]) -> None:
    document = drafts["real-week-of-action-as-a-list-of-deeds"]
    # "made 12 arrests. Four people have since been charged.", "seized three drug lines"
    assert not document.get("cases")
    assert {
        ("Arrests", Decimal(12), "Exact", "NUM"),
        ("PeopleCharged", Decimal(4), "Exact", "NUM"),
        ("GroupsDismantled", Decimal(3), "Exact", "NUM"),
    } <= _figures(document)


def test_a_title_that_results_in_a_term_and_a_value_given_as_a_range(
    drafts: dict[str, dict],
) -> None:
    document = drafts["real-stop-results-in-a-term-and-a-range-of-value"]
    # "Routine stop results in two year prison sentence" is no review's title
    case = _case(document)
    assert [(o["offender"], o["value"], o["unit"]) for o in case["outcomes"]] == [
        ("gary-pownall", 26, "MO")
    ]
    # "more than £12,000 worth of cash" was seized; "a street value of between £40,000 and
    # £48,000" is up to £48,000 (as analysts annotating real releases blind recorded it)
    assert ("CashSeized", Decimal(12000), "MoreThan", "GBP") in _figures(document)
    assert [(a["kind"], a["value"], a["qualifier"]) for a in case["amounts"]] == [
        ("StreetValue", 48000, "UpTo")
    ]


def test_drugs_moved_across_an_area_in_a_year_is_still_one_case(drafts: dict[str, dict]) -> None:
    document = drafts["real-a-gang-moving-drugs-across-an-area-in-a-year"]
    # "Cocaine worth £2million was moved across Merseyside in 2023": moved, not seized, so
    # no year's review; one case with both terms
    assert len(document["cases"]) == 1
    assert [(o["offender"], o["value"]) for o in _case(document)["outcomes"]] == [
        ("john-carter", 8),
        ("mark-dunne", 6),
    ]


def test_he_is_the_defendant_named_before_and_an_earlier_term_is_no_outcome(
    drafts: dict[str, dict],
) -> None:
    case = _case(drafts["real-a-buyer-named-before-he-and-an-earlier-suspended-term"])
    # "Smith sold cocaine to Kevin Walsh … He was jailed": the buyer is no defendant;
    # "Daniel Lane" is a person (Lane is no street here); "was given a suspended sentence
    # in 2019" was another case's
    assert [(o["type"], o["offender"], o["value"]) for o in case["outcomes"]] == [
        ("CustodialSentence", "daniel-smith", 5),
        ("CustodialSentence", "daniel-lane", 6),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a weight in each bag is the weight seized when nothing counts the bags
        ("Officers found two bags each containing 500g of heroin.", [("DrugsSeized", 500)]),
        # counted blocks are the figure, not the weight of one
        ("Officers seized 10 blocks each weighing 1kg of cocaine.", [("DrugsSeized", 10)]),
        # "over the last two years" of one man's dealing is no running total
        (
            "Smith, who had been dealing over the last two years, was found with 2kg of cocaine.",
            [("DrugsSeized", 2)],
        ),
        # a cartridge, a gun that had been fired: no gun seized
        ("Officers found a shotgun cartridge in the car.", []),
        ("Police discovered a gun had been fired at the house.", []),
        # lines of cocaine are no drug lines
        ("Officers seized five lines of cocaine from the table.", []),
        ("Officers seized five drug lines.", [("GroupsDismantled", 5)]),
        # a trafficking charge before, a seizure after: "seven firearms have been recovered"
        (
            "Twelve people were convicted of gun trafficking offences and seven firearms "
            "have been recovered by police.",
            [("FirearmsSeized", 7)],
        ),
    ],
)
def test_counts_said_of_containers_cartridges_and_lines(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert [(found.measure, found.value) for found in counts(sentence, True)] == expected


def test_both_men_jailed_for_a_term_gives_it_to_each_of_the_two(drafts: dict[str, dict]) -> None:
    case = _case(drafts["real-both-men-jailed-for-a-term"])
    # "X, 45, …, and Y, 44, … admitted …. Both men were jailed for 11 years"
    assert [(o["offender"], o["value"]) for o in case["outcomes"]] == [
        ("colin-marsh", 11),
        ("anthony-reeve", 11),
    ]


def test_areas_sharing_one_police_are_each_a_force(drafts: dict[str, dict]) -> None:
    orgs = {o["id"] for o in drafts["real-forces-sharing-police"]["organisations"]}
    # "officers from Greater Manchester and West Midlands Police"
    assert {"greater-manchester", "west-midlands"} <= orgs


def test_a_groups_place_just_after_its_noun(drafts: dict[str, dict]) -> None:
    groups = {
        o["label"]: o.get("based_in")
        for o in drafts["real-group-where-after-noun"]["organisations"]
        if o.get("type") == "group"
    }
    # "an organised crime gang from Runcorn", "an Organised Crime Group operating in
    # Flintshire"; the "… Organised Crime Group Team" is a police team, no group
    assert groups == {
        "Runcorn gang": "runcorn",
        "Flintshire organised crime group": "flintshire",
    }


def test_a_group_called_after_its_head_is_the_group_he_heads(drafts: dict[str, dict]) -> None:
    document = drafts["real-group-named-after-its-head"]
    groups = [o["id"] for o in document["organisations"] if o.get("type") == "group"]
    # "X was the head of an OCG based in Newport" … "the X OCG": one group, not two
    assert groups == ["newport-organised-crime-group"]
    posts = _people(document)["steven-dowling"]["posts"]
    assert [(p["role"], p["in"]) for p in posts] == [("Ringleader", groups[0])]


def test_one_named_and_others_counts_them_all(drafts: dict[str, dict]) -> None:
    document = drafts["real-named-and-others"]
    case = _case(document)
    assert case["defendant_count"] == 18  # "Weaver and 17 others"
    # "Weaver was the "head man" in charge of the scheme"
    posts = _people(document)["colin-weaver"]["posts"]
    assert [p["role"] for p in posts] == ["Ringleader"]
    # others only arrested with him are not counted
    assert _case(drafts["real-named-and-others-arrested"])["defendant_count"] == 1


def test_a_police_rank_in_a_copy_naming_an_agency_most_is_the_forces(
    drafts: dict[str, dict],
) -> None:
    posts = _people(drafts["real-superintendent-in-an-nca-copy"])["ruth-nesbitt"]["posts"]
    assert [(p["role"], p["in"]) for p in posts] == [("Superintendent", "psni")]


def test_a_shouted_lead_reads_as_ordinary_words(drafts: dict[str, dict]) -> None:
    # "A MAN found tending … was jailed": one defendant
    assert _case(drafts["real-shouted-lead"])["defendant_count"] == 1
    # "POLICE IN FORRES have recovered …": Elgin is a place
    assert "forres" in _places(drafts["real-shouted-place"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A MAN found tending", "A man found tending"),
        ("POLICE IN MORAY have", "Police in Moray have"),
        ("A LLANGOLLEN man has", "A Llangollen man has"),
        ("A UK court has", "A UK court has"),  # a short abbreviation stays
        ("Police said", "Police said"),
        ("NCA officers have", "NCA officers have"),
    ],
)
def test_unshout_keeps_offsets_and_names(text: str, expected: str) -> None:
    from kg.extract.frontmatter import unshout

    assert unshout(text) == expected


def test_up_to_about_an_amount_is_at_most_it(drafts: dict[str, dict]) -> None:
    amounts = [a for c in drafts["real-up-to-about"]["cases"] for a in c.get("amounts", [])]
    assert [(a["value"], a["qualifier"]) for a in amounts] == [(81000, "UpTo")]


def test_specialist_operations_unit_and_vague_network(drafts: dict[str, dict]) -> None:
    document = drafts["real-specialist-operations"]
    # NERSOU's name as often misspelt is the regional unit; "a calculated network" no group
    posts = _people(document)["dean-harker"]["posts"]
    assert [(p["role"], p["in"]) for p in posts] == [("DetectiveChiefInspector", "nerocu")]
    assert not [o for o in document["organisations"] if o.get("type") == "group"]


def test_towns_in_court_and_street_names_are_no_places(drafts: dict[str, dict]) -> None:
    # "the High Court in Edinburgh", "of Ripon Avenue, Frodsham"
    assert _places(drafts["real-court-and-street-names"]) == {"frodsham"}


def test_commissioner_for_a_listed_area_and_week_figures(drafts: dict[str, dict]) -> None:
    document = drafts["real-commissioner-for-a-list"]
    posts = _people(document)["marian-oakes"]["posts"]
    assert [(p["role"], p["in"]) for p in posts] == [
        ("PoliceAndCrimeCommissioner", "devon-and-cornwall")
    ]
    figures = _figures(document)
    assert ("GroupsDismantled", Decimal(29), "Exact", "NUM") in figures
    assert ("DrugsSeized", Decimal(85), "Exact", "GM") in figures  # "85g crack"


def test_a_county_names_its_force_and_a_court_does_not(drafts: dict[str, dict]) -> None:
    # Flintshire is policed by North Wales Police
    posts = _people(drafts["real-county-of-a-force"])["ian-pryce"]["posts"]
    assert [(p["role"], p["in"]) for p in posts] == [("DetectiveSergeant", "north-wales")]
    # "Teesside Crown Court" is a court, not Cleveland's area: Durham alone is named
    posts = _people(drafts["real-court-names-no-force"])["helen-ashby"]["posts"]
    # ("who led the inquiry": her senior investigating officer's post, since session 21)
    assert [(p["role"], p["in"]) for p in posts] == [
        ("DetectiveChiefInspector", "durham"),
        ("SeniorInvestigatingOfficer", "durham"),
    ]


def test_a_week_of_action_with_a_list_of_those_charged(drafts: dict[str, dict]) -> None:
    document = drafts["real-week-then-list-charged"]
    figures = _figures(document)
    assert ("Arrests", Decimal(25), "Exact", "NUM") in figures
    assert ("GroupsDismantled", Decimal(15), "Exact", "NUM") in figures
    case = _case(document)
    # "Fourteen of those arrested have now been charged:" and three of them named
    assert case["defendant_count"] == 14
    assert case["defendants"] == ["kai-brennan", "louis-okoro", "tom-vasey"]
    assert case["stage"] == "Charged"


def test_a_force_confirming_that_people_were_sentenced_counts_them(
    drafts: dict[str, dict],
) -> None:
    # "can confirm that 14 People (11 men and three women) have now been sentenced"
    assert _case(drafts["real-force-can-confirm"])["defendant_count"] == 14


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Their work resulted in offenders being jailed for a combined total of 40 years.", [40]),
        ("The gang was jailed for a total of 40 years.", [40]),
        # a case's term in years and months is no period's whole years
        ("The men were jailed for a combined total of 25 years and two months.", []),
    ],
)
def test_combined_total_years(sentence: str, expected: list[int]) -> None:
    from kg.extract.figures import custodial_years

    assert [found.value for found in custodial_years(sentence)] == expected


def test_a_surname_and_age_after_a_lead_of_time_is_the_defendant(
    drafts: dict[str, dict],
) -> None:
    # "At the city's crown court on Monday, Pellow, 47, was jailed for two years"
    case = _case(drafts["real-surname-after-a-day"])
    assert case["defendants"] == ["gareth-pellow"]
    assert [(o["value"], o["unit"]) for o in case["outcomes"]] == [(2, "YR")]


def test_an_age_before_a_description_is_no_count(drafts: dict[str, dict]) -> None:
    # "The 41 year-old Latvian driver, X, was arrested": one defendant, not 41
    case = _case(drafts["real-age-then-driver"])
    assert (case["defendants"], case["defendant_count"]) == (["andris-kalnins"], 1)


def test_a_rank_and_surname_from_a_unit_said(drafts: dict[str, dict]) -> None:
    people = _people(drafts["real-rank-surname-from-a-unit"])
    posts = [(p["role"], p["in"]) for person in people.values() for p in person.get("posts", [])]
    assert ("DetectiveInspector", "psni") in posts


def test_a_judge_by_surname_and_an_earlier_conviction(drafts: dict[str, dict]) -> None:
    document = drafts["real-judge-and-an-earlier-conviction"]
    judges = [
        p["name"]
        for p in document["people"]
        if any(post["role"] == "Judge" for post in p.get("posts", []))
    ]
    assert judges == ["Farrant"]
    # "had previously been convicted … and jailed in 2015 for eight months": not this case
    assert [(o["value"], o["unit"]) for o in _case(document)["outcomes"]] == [(18, "MO")]


def test_terms_in_words_said_respectively(drafts: dict[str, dict]) -> None:
    document = drafts["real-respectively-in-words"]
    case = _case(document)
    # "seven and five years, respectively" is two terms, not twelve years
    assert sorted((o["offender"], o["value"], o["unit"]) for o in case["outcomes"]) == [
        ("jordan-pike", 30, "MO"),
        ("kyle-dunmore", 7, "YR"),
        ("reece-talbot", 5, "YR"),
    ]
    people = _people(document)
    # "Priya Lal, of the Crown Prosecution Service" prosecutes; the DC is no CPS officer
    assert [(p["role"], p["in"]) for p in people["priya-lal"]["posts"]] == [
        ("Prosecutor", "crown-prosecution-service")
    ]
    assert [(p["role"], p["in"]) for p in people["sam-keeble"]["posts"]] == [
        ("DetectiveConstable", "durham")
    ]


def test_the_gangs_leader_and_the_defendants_counted(drafts: dict[str, dict]) -> None:
    document = drafts["real-gangs-leader-and-the-defendants"]
    case = _case(document)
    assert case["defendant_count"] == 11  # "the 11 defendants pleaded guilty"
    # "sentences of between four and ten years" is a range, no one's term
    assert [(o["value"], o["unit"]) for o in case["outcomes"]] == [(10, "YR")]
    [post] = _people(document)["connor-ellery"]["posts"]
    # "the gang's leader X"; the cash recovered names no cash gang
    assert (post["role"], post["in"]) == ("Ringleader", "rhyl-cocaine-gang")


def test_its_head_after_an_age_and_the_total_convicted(drafts: dict[str, dict]) -> None:
    document = drafts["real-its-head-and-in-total"]
    assert _case(document)["defendant_count"] == 9  # "… have been convicted in total"
    posts = _people(document)["luc-marot"]["posts"]
    assert [p["role"] for p in posts] == ["Ringleader"]


def test_review_misfires_of_session_ten_stay_fixed(drafts: dict[str, dict]) -> None:
    # "who had previously been convicted …, was jailed for six years": this case's term
    case = _case(drafts["review-convicted-then-jailed"])
    assert [(o["value"], o["unit"]) for o in case["outcomes"]] == [(6, "YR")]
    # victims "and 11 others", a witness described by age, people released: one defendant
    document = drafts["review-witness-and-victims"]
    case = _case(document)
    assert (case["defendants"], case["defendant_count"]) == (["lee-jonas"], 1)
    # a gang he owed money to is no group of his; fleeing to Devon names no force; lines
    # closed by the gang itself are no police result
    document = drafts["review-a-gang-in-passing"]
    assert not [o for o in document.get("organisations", []) if o.get("type") == "group"]
    assert "devon-and-cornwall" not in {o["id"] for o in document.get("organisations", [])}
    assert not any(f[0] == "GroupsDismantled" for f in _figures(document))


def test_a_release_of_one_sentence_keeps_its_total_term(drafts: dict[str, dict]) -> None:
    case = _case(drafts["one-sentence-total"])
    assert [(o["value"], o["unit"], o.get("person_count")) for o in case["outcomes"]] == [
        (31, "YR", 4)
    ]


def test_scottish_council_areas_are_places(drafts: dict[str, dict]) -> None:
    places = _places(drafts["scottish-council-areas"])
    assert {"clackmannanshire", "inverclyde", "alloa"} <= places


def test_bracketed_terms_after_a_name_age_and_address(drafts: dict[str, dict]) -> None:
    case = _case(drafts["bracketed-terms-after-addresses"])
    assert [(o.get("offender"), o["value"], o["unit"]) for o in case["outcomes"]] == [
        ("dale-fenwick", 10, "YR"),
        ("kieran-stobbart", 6.25, "YR"),
        ("owen-lisle", 4.75, "YR"),
        ("reece-gorman", 61, "MO"),
    ]


def test_a_headline_repeated_in_the_body_takes_the_hedge_of_the_prose(
    drafts: dict[str, dict],
) -> None:
    case = _case(drafts["headline-repeated-in-body"])
    assert [(o["value"], o["qualifier"]) for o in case["outcomes"]] == [(50, "MoreThan")]


def test_the_controlling_mind_and_the_driving_force_are_ringleaders(
    drafts: dict[str, dict],
) -> None:
    people = _people(drafts["controlling-mind-and-driving-force"])
    for key in ("carl-speakman", "gary-leach"):
        assert [p["role"] for p in people[key]["posts"]] == ["Ringleader"]


def test_a_rocu_in_title_case_and_two_titles_before_a_name(drafts: dict[str, dict]) -> None:
    posts = _people(drafts["news-copy-of-a-rocu"])["nina-forde"]["posts"]
    assert sorted((p["role"], p["in"]) for p in posts) == [
        ("DetectiveSergeant", "serocu"),
        ("SeniorInvestigatingOfficer", "serocu"),
    ]


def test_a_rocus_own_organised_crime_unit_is_the_rocu(drafts: dict[str, dict]) -> None:
    posts = _people(drafts["rocu-calls-itself-the-organised-crime-unit"])["owain-parry"]["posts"]
    assert {(p["role"], p["in"]) for p in posts} == {
        ("DetectiveChiefSuperintendent", "tarian"),
        ("HeadOfUnit", "tarian"),
    }


def test_a_commissioner_by_surname_with_letters_after_it(drafts: dict[str, dict]) -> None:
    people = _people(drafts["commissioner-with-letters-after-his-name"])
    assert "vaughan" not in people  # the surname is the full name's, not a second person
    assert [(p["role"], p["in"]) for p in people["gareth-vaughan"]["posts"]] == [
        ("PoliceAndCrimeCommissioner", "north-wales")
    ]


def test_a_quarter_told_in_the_lead_and_an_operation_told_after(drafts: dict[str, dict]) -> None:
    document = drafts["a-quarter-and-its-operations"]
    period = {(f["measure"], f["value"], f["qualifier"]) for f in document.get("figures", [])}
    assert {("Arrests", 60, "Almost"), ("DrugsSeized", 12000000, "Approximately")} <= period
    case = _case(document)
    assert (case["operation"], case["defendant_count"]) == ("operation-kestrel", 12)


def test_a_sentence_case_headline_and_a_summary_line_yield_to_the_story(
    drafts: dict[str, dict],
) -> None:
    case = _case(drafts["sentence-case-headline-repeated"])
    assert [(o["value"], o["unit"]) for o in case["outcomes"]] == [(Decimal("30.75"), "YR")]
    case = _case(drafts["summary-line-then-the-story"])
    assert [(o["value"], o.get("person_count")) for o in case["outcomes"]] == [(38, 5)]


def test_a_newspapers_year_of_a_rocu(drafts: dict[str, dict]) -> None:
    document = drafts["year-of-a-rocu-in-a-newspaper"]
    period = {(f["measure"], f["value"]) for f in document.get("figures", [])}
    assert {("Disruptions", 214), ("PeopleCharged", 15), ("Arrests", 77)} <= period
    case = _case(document)  # "The three men behind the importation of …"
    assert (case["defendant_count"], case["offences"][0]) == (3, "drug-importation")
    assert [(o["value"], o["unit"]) for o in case["outcomes"]] == [(31, "YR")]


def test_highlights_listed_by_operation(drafts: dict[str, dict]) -> None:
    document = drafts["highlights-with-operations-listed"]
    cases = {c["operation"]: c for c in document["cases"]}
    larch, birch = cases["operation-larch"], cases["operation-birch"]
    assert [(o["value"], o["qualifier"]) for o in larch["outcomes"]] == [(41, "Exact")]
    assert [(o["value"], o["qualifier"]) for o in birch["outcomes"]] == [(90, "MoreThan")]
    safeguarded = {f["value"] for f in document["figures"] if f["measure"] == "PeopleSafeguarded"}
    assert safeguarded == {210, 17}


def test_an_operations_arrests_with_no_one_charged_are_its_results(
    drafts: dict[str, dict],
) -> None:
    document = drafts["an-operations-month-of-results"]
    assert not document.get("cases")
    period = {(f["measure"], f.get("item"), f["value"]) for f in document["figures"]}
    assert {
        ("Arrests", None, 64),
        ("DrugsSeized", "cannabis plants", 9000),
        ("DrugsSeized", "cannabis", 14),
    } <= period


def test_three_names_before_were_charged_are_defendants(drafts: dict[str, dict]) -> None:
    case = _case(drafts["three-named-and-charged"])
    assert sorted(case["defendants"]) == ["arben-kola", "dritan-meta", "juljan-prifti"]


def test_a_scottish_judge_who_concluded_and_regions_of_the_world(
    drafts: dict[str, dict],
) -> None:
    document = drafts["scottish-judge-and-world-regions"]
    [post] = _people(document)["lord-brodie"]["posts"]
    assert post["role"] == "Judge"
    places = _places(document)
    assert "south-east-asia" in places
    assert "europe" not in places  # "buyers across Europe" is no place of the case


def test_a_national_weeks_results_in_a_news_copy(drafts: dict[str, dict]) -> None:
    document = drafts["a-national-week-in-a-news-copy"]
    assert not document.get("cases")  # "330 men and 61 women were arrested" is a line of results
    period = {(f["measure"], f["value"], f["qualifier"]) for f in document["figures"]}
    assert ("Arrests", 400, "Almost") in period
    assert ("CashSeized", 208115, "Exact") in period
    assert not any(m == "Arrests" and v in (61, 330, 391) for m, v, _ in period)


def test_headed_by_a_surname_a_commissioner_after_a_comma_and_cash_confiscated(
    drafts: dict[str, dict],
) -> None:
    document = drafts["headed-by-a-surname-and-a-commissioner-after-a-comma"]
    people = _people(document)
    assert [p["role"] for p in people["lee-garside"]["posts"]] == ["Ringleader"]
    assert [(p["role"], p["in"]) for p in people["peter-holmes"]["posts"]] == [
        ("PoliceAndCrimeCommissioner", "cumbria")
    ]
    assert ("CashSeized", Decimal(1200000), "Exact", "GBP") in _figures(document)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One firearm and two imitation firearms seized;", set()),
        ("Officers seized three loaded firearms.", {("FirearmsSeized", 3)}),
        (
            "The operation has seen 215 vulnerable children and adults being safeguarded.",
            {("PeopleSafeguarded", 215)},
        ),
    ],
)
def test_imitation_guns_and_children_and_adults_safeguarded(
    sentence: str, expected: set[tuple[str, int]]
) -> None:
    assert {(f.measure, f.value) for f in counts(sentence, period_cues=True)} == expected


def test_pounds_worth_of_drugs_after_a_sum_in_millions() -> None:
    text = "Officers arrested 41 people and seized more than £12 million pounds worth of drugs."
    assert [(m[2], m[4], m[5]) for m in measured_money(text)] == [
        (Decimal(12000000), "MoreThan", "DrugsSeized")
    ]


def test_review_misfires_of_session_eleven_stay_fixed(drafts: dict[str, dict]) -> None:
    # a year opening a court story is no review: the case and its term stay
    case = _case(drafts["review-11-a-year-opening-a-court-story"])
    assert [(o["offender"], o["value"]) for o in case["outcomes"]] == [("owen-tarr", 8)]
    # "stopped by a police sergeant, Karl Webb …" and "to the judge, Ruth Webb": no posts
    people = _people(drafts["review-11-stopped-by-a-sergeant-and-a-letter-to-the-judge"])
    assert not people["karl-webb"].get("posts") and not people["ruth-webb"].get("posts")
    # "the death of teenager Jake Hollis, Lewis Marsh and Adam Pryce were charged"
    case = _case(drafts["review-11-a-victim-named-before-two-charged"])
    assert sorted(case["defendants"]) == ["adam-pryce", "lewis-marsh"]
    # one raid's arrests are a case, not an operation's results
    case = _case(drafts["review-11-one-raid-arrests"])
    assert (case["defendant_count"], case["stage"]) == (14, "Arrested")
    # driving bans are no terms; the leader keeps his 11 years beside the two's 11 years;
    # a detective who drove the investigation leads no gang
    document = drafts["review-11-bans-and-a-leader-and-a-detective"]
    terms = sorted(
        (o["value"], o.get("person_count") or 0)
        for c in document["cases"]
        for o in c.get("outcomes", [])
        if o["type"] == "CustodialSentence"
    )
    assert terms == [(11, 0), (11, 2)]
    assert [p["role"] for p in _people(document)["mia-roper"]["posts"]] == ["DetectiveConstable"]


@pytest.mark.parametrize(
    "sentence",
    ["- 50 men and 6 women were arrested", "Three men and two women were arrested in a raid."],
)
def test_men_and_women_arrested_give_no_partial_count(sentence: str) -> None:
    # no total is stated, and none is worked out; "6 women" alone is not the arrests
    assert not [f for f in counts(sentence, period_cues=True) if f.measure == "Arrests"]
