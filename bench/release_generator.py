"""A seeded generator of varied, invented press releases for the extraction benchmark.

Sentences come from templates in the project's own words, filled with
invented names and figures; the same seed always writes the same releases.
"""

from __future__ import annotations

import random
from pathlib import Path

FIRST = ["Liam", "Aisha", "Connor", "Priya", "Jamal", "Sophie", "Dean", "Grace", "Tomasz", "Holly"]
LAST = ["Hartley", "Okafor", "Brennan", "Patel", "Whitmore", "Kowalski", "Doyle", "Ashworth"]
TOWNS = [
    "Luton",
    "Ipswich",
    "Peterborough",
    "Chelmsford",
    "Norwich",
    "Slough",
    "Crawley",
    "Lincoln",
    "Bradford",
    "Swansea",
    "Exeter",
    "Wigan",
    "Stockport",
    "Derby",
    "Coventry",
    "Reading",
]
UNITS = ["ERSOU", "SEROCU", "EMSOU", "the NCA", "Kent Police", "Essex Police", "GMP", "Tarian"]
RANKS = ["Detective Inspector", "Detective Chief Inspector", "Detective Sergeant", "DCI"]
OFFENCES = [
    "conspiracy to supply Class A drugs",
    "money laundering",
    "fraud by false representation",
    "possession of a firearm",
    "conspiracy to commit burglary",
    "modern slavery offences",
]
NUMBERS = ["three", "four", "five", "six", "seven", "eight", "twelve"]
QUALIFIERS = ["more than", "over", "almost", "nearly", "around", "at least", ""]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def case_release(rng: random.Random) -> str:
    town = rng.choice(TOWNS)
    unit = rng.choice(UNITS)
    count = rng.choice(NUMBERS)
    lines = [
        f"{count.capitalize()} men from {town} have been jailed for a total of "
        f"{rng.randint(10, 90)} years after an investigation by {unit}.",
        "",
        f"They admitted {rng.choice(OFFENCES)} at {rng.choice(TOWNS)} Crown Court.",
        "",
    ]
    for _ in range(rng.randint(2, 5)):
        lines.append(
            f"- {_person(rng)}, {rng.randint(19, 58)}, of {rng.choice(TOWNS)}, was jailed for "
            f"{rng.choice(NUMBERS)} years and {rng.choice(['three', 'six', 'nine'])} months"
        )
    lines += [
        "",
        f"Officers seized {rng.randint(1, 40)}kg of cocaine and "
        f"£{rng.randint(10, 900)},000 in cash "
        f"during Operation {rng.choice(['Falcon', 'Marsh', 'Ember', 'Quarry'])}.",
        "",
        f'{rng.choice(RANKS)} {_person(rng)}, of {unit}, said: "This was a determined group '
        f'and the sentences reflect the harm they caused in {town}."',
    ]
    return "\n".join(lines)


def review_release(rng: random.Random) -> str:
    unit = rng.choice(UNITS[:4])
    q = rng.choice
    return "\n".join(
        [
            f"{unit} made {q(QUALIFIERS)} {rng.randint(100, 900)} arrests this year and helped "
            f"secure prison sentences totalling {q(QUALIFIERS)} {rng.randint(100, 700)} years.",
            "",
            f"The unit seized {q(QUALIFIERS)} {rng.randint(20, 300)} kilograms of Class A drugs, "
            f"{rng.randint(5, 80)} firearms and "
            f"£{rng.randint(1, 9)}.{rng.randint(1, 9)} million in cash.",
            "",
            f"Criminals were ordered to pay back £{rng.randint(1, 9)} million under confiscation "
            f"orders, and {q(QUALIFIERS)} {rng.randint(10, 90)} vulnerable people "
            "were safeguarded.",
            "",
            f"{q(NUMBERS).capitalize()} members of a {q(TOWNS)} organised crime group were jailed "
            f"for more than {rng.randint(20, 120)} years for running a drugs conspiracy.",
            "",
            f'{_person(rng)}, Head of the ROCU, said: "Our teams have had an outstanding year."',
        ]
    )


def write_corpus(folder: Path, count: int, seed: int = 2019) -> list[Path]:
    """Write `count` releases with front matter into `folder`; returns their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        body = review_release(rng) if rng.random() < 0.3 else case_release(rng)
        path = folder / f"release-{number:05d}.txt"
        path.write_text(
            f"---\ntitle: Generated release {number}\npublisher: soc-kg bench\n"
            f"date: 20{rng.randint(15, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n"
            f"---\n{body}\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths
