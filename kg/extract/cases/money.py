"""A case's money (confiscation, compensation, cash, drugs by value); period figures."""

from __future__ import annotations

import re
from decimal import Decimal

from kg.extract import figures as fig
from kg.extract.cases.base import CaseBase
from kg.extract.cases.patterns import (
    CASH_RIGHT,
    HEDGE_RANGES,
    TABLE_HEADER,
    case_total,
    court_charge,
)
from kg.extract.facts import CaseFact, FigureFact, MoneyFact
from kg.extract.lexicon import QUALIFIER_PATTERN

HEDGE_WORDS = ("MoreThan", "Almost", "AtLeast", "UpTo", "LessThan", "Approximately")
MONEY_ITEMS = {"CashSeized": "cash", "DrugsSeized": "drugs"}  # what a period's money counts
# Weights compared in kilograms: "more than half a tonne" is "524kg" said roughly.
IN_KILOGRAMS = {"KiloGM": Decimal(1), "TONNE": Decimal(1000), "GM": Decimal("0.001")}
IN_YEARS = {"YR": Decimal(1), "MO": Decimal(1) / 12}


def hedged_twin(figure: FigureFact, exact: list[FigureFact]) -> bool:
    """Whether a hedged figure is another of the same measure and item said roughly
    ('more than 1,100' beside a table's '1,108', 'more than a kilo' beside 'about 1.2kg',
    'more than 90 years' beside '90 years and four months')."""
    bounds = HEDGE_RANGES.get(figure.qualifier)
    if bounds is None:
        return False
    scales = next((s for s in (IN_KILOGRAMS, IN_YEARS) if figure.unit in s), {})
    scale = scales.get(figure.unit, Decimal(1))
    for other in exact:
        if other.qualifier == figure.qualifier or other.measure != figure.measure:
            continue
        if other.item != figure.item:
            continue
        if other.unit != figure.unit and other.unit not in scales:
            continue
        value = other.value * scales.get(other.unit, Decimal(1)) / scale
        if bounds[0] * figure.value <= value <= bounds[1] * figure.value:
            return True
    return False


NOT_AN_AMOUNT = re.compile(
    r"\s*(?:and\s+£?\d+\s+)?notes\b|\s*(?:for|per)\s+(?:each|every|a|an)\b|\s+each\b|\s+a\s+(?:week|month|day)\b|"
    r"\s*bundles\b",
    re.IGNORECASE,
)
# "a daily total of £400k": a rate, not an amount of the case
RATE_LEFT = re.compile(
    r"\b(?:daily|weekly|monthly|nightly)\s+(?:total|turnover|income|takings)\s+of\s+$", re.I
)
RANGE_LOW = re.compile(r"\bbetween\s+$", re.IGNORECASE)
RANGE_HIGH = re.compile(r"\bbetween\s+[£$€][\d,.]+\s*(?:m|k|bn|million|billion)?\s+and\s+$", re.I)
# "More than £15 million was seized": a sum seized as it stands, of no goods named, is cash
# The sum is what was seized, nothing named before it ("During the case, more than
# £74,000 was seized"; never "Cannabis estimated at £40,000 was seized").
SUM_AS_SUBJECT = re.compile(
    r"\s*(?:[^,.;£]{1,40},\s*)?(?:(?:also|altogether)\s+)?(?:(?:more\s+than|over|around|about|"
    r"almost|nearly|some|a\s+further|in\s+excess\s+of|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)
SEIZED_RIGHT = re.compile(r"\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+)?seized\b")
# "… was searched and a further £10,000 was seized", "… was arrested and more than £10k
# seized": a sum that is the subject of its own clause after "and"
SUM_AFTER_AND = re.compile(
    rf"\band\s+(?:(?:a\s+further|another|{QUALIFIER_PATTERN})\s+)?$", re.IGNORECASE
)
RANGE_BEFORE_AND = re.compile(r"\bbetween\s+[^\s;]+(?:\s+(?:million|m|k|bn))?\s+and\s+\S*$", re.I)
SEIZED_BARE_RIGHT = re.compile(
    r"\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?)?seized\b", re.IGNORECASE
)
TABLE_SPLIT = re.compile(r"\t+|\s{2,}|\s*\|\s*")
TABLE_UNIT = re.compile(r"\s*\((kg|g|tonnes?|kilos?)\)\s*$", re.IGNORECASE)
SEIZURE_MEASURES = frozenset(
    {"DrugsSeized", "FirearmsSeized", "AmmunitionSeized", "CashSeized", "WeaponsRemoved"}
)
# Cash a gang laundered, moved or made is not cash seized ("laundered more than £4 million
# in cash for drug dealers").
MOVED_MONEY = re.compile(
    r"\b(?:launder|mov(?:ed|ing)|collect(?:ed|ing)|transferr|smuggl|made|earn|stole|took|"
    r"conned|defraud|cheat|swindl)\w*\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# "€180,000 (over £158,000)": the same money in another currency
CONVERTED = re.compile(
    r"[\d.,]+\s*(?:m|million|bn|billion|k)?\s*\(\s*(?:about|around|approximately|roughly|some|"
    r"over|more\s+than|nearly|almost|circa)?\s*$",
    re.IGNORECASE,
)
CASH_WORTH = re.compile(
    # not "drugs and cash worth more than £100,000": the two together
    r"(?<!\band\s)(?<!&\s)\bcash\s+(?:worth|totalling)\s*(?:more\s+than|over|almost|nearly|around|about|some)?\s*$",
    re.IGNORECASE,
)
CASH_LEFT = re.compile(
    r"(?:\bcash\s+(?:worth|totalling|of)|^[•·▪*–—-]?\s*cash|\bfound(?:\s+with|\s+to\s+have)?|"
    r"\bseized|\brecovered|\bdiscovered|"
    # "Three separate seizures of cash were identified, totalling £118,335"
    r"\bseizures?\s+of\s+cash\b[^.;£]{0,40}?\btotall?ing|"
    r"counted\s+at|\bcontaining)\s*"
    r"(?:more\s+than|over|almost|nearly|around|about|approximately|some)?\s*$",
    re.IGNORECASE,
)
ESTIMATED_CLAUSE = re.compile(r"\b(?:it\s+is|it['’]s|police)\s+estimated?\b[^.;]*$", re.I)
# What a group made from its crimes, told just before the sum.
PROFIT_LEFT = re.compile(
    r"\b(?:made|earned|profited\s+by|pocketed|raked\s+in)\s+(?:an?\s+estimated\s+|"
    rf"(?:{QUALIFIER_PATTERN})\s+)?$",
    re.IGNORECASE,
)
SEIZED_THINGS_AND = re.compile(
    r"\b(?:seized|recovered|found)\s+(?:[a-z-]+\s+){1,3}?and\s+(?:(?:more\s+than|over|almost|"
    r"nearly|around|about|some)\s+)?$",
    re.IGNORECASE,
)
VALUES_SOMETHING = re.compile(r"\s+(?:worth\b|of\b|in\s+value\b)", re.IGNORECASE)
# "made £310,000 in payments", "made £86,000 in cash deposits", "earned £28,000 a year"
NOT_PROFIT_RIGHT = re.compile(
    r"\s+(?:in\s+(?:[\w-]+\s+)?(?:payments?|deposits?|transfers?)|a\s+(?:year|week|month|day)|"
    r"per\s+|each\s+(?:year|week|month)|as\s+an?\s+)",
    re.IGNORECASE,
)
# "caught with £8,000 of cocaine": what the drugs were worth, seized or not
OF_DRUGS_RIGHT = re.compile(
    r"\s+(?:worth\s+)?of\s+(?:(?:class\s+[abc]|[\w-]+)\s+)?"
    rf"(?:{fig.DRUG}|drugs)\b"
    # "a £250,000 cannabis factory", "a £2m cocaine haul": the drugs' worth as an adjective
    r"|\s+(?:cannabis\s+(?:farm|factory|grow)|(?:drugs?|cocaine|heroin|cannabis)\s+"
    r"(?:haul|stash|shipment|consignment|seizure))\b",
    re.IGNORECASE,
)
# "worth" is a street value only where drugs are named: "converters worth a total of
# £17,196" are goods, which have no money kind
DRUG_OFFENCES = ("drug", "cannabis", "county-lines")
STREET_VALUE_SAID = re.compile(
    r"street(?:[\s-]+level)?\s+value|\bon\s+the\s+streets?\b|\bsold\s+on\b", re.IGNORECASE
)
MONEY_KINDS = (
    ("StreetValue", re.compile(r"street(?:[\s-]+level)?\s+value|worth|valued", re.IGNORECASE)),
    (
        "AmountLaundered",
        re.compile(r"launder|\bmoved\b|\bwashed\b|\bpassed\s+through\b", re.IGNORECASE),
    ),
    ("CriminalBenefit", re.compile(r"benefit", re.IGNORECASE)),
    (
        "FraudLoss",
        re.compile(
            r"fraud|scam|conned|defraud|swindl|cheat|stole|stolen|lost|loss|victims", re.IGNORECASE
        ),
    ),
    ("Cash", re.compile(r"\bcash\b", re.IGNORECASE)),
    (
        "EnterpriseValue",
        re.compile(
            r"conspiracy|enterprise|operation|empire|business|network|plot|drugs", re.IGNORECASE
        ),
    ),
)


def quoted(text: str, position: int) -> bool:
    """Whether `position` is inside a quotation opened earlier in the sentence."""
    before = text[:position]
    if "“" in before:
        return before.count("“") > before.count("”")
    return before.count('"') % 2 == 1


# A sum of a billion or more in a case's sentences is the country's (what a crime costs the
# economy, a national total), never one case's money.
NATIONAL_SUM = Decimal(1_000_000_000)


class CaseMoney(CaseBase):
    """Sums and period figures."""

    @staticmethod
    def hedge_amount(case: CaseFact, value: Decimal, qualifier: str) -> None:
        """A sum told exactly, then told again as an estimate, is an estimate."""
        for money in case.amounts:
            if money.value == value and money.qualifier == "Exact":
                money.qualifier = qualifier

    def amounts(self, case: CaseFact, sentences: list, single: bool) -> None:
        used = {(o.span.start, o.span.end) for o in case.outcomes}
        ordered = {o.value for o in case.outcomes if o.unit in ("GBP", "EUR", "USD")}
        seen: set[Decimal] = set()
        for sentence in sentences:
            text = sentence.text
            if fig.AS_OF_TOTAL.search(text):
                continue  # "As of July last year, it had seen … £54 million in criminal cash"
            spans = [(s, e) for s, e, *_ in fig.money(text)]
            for start, end, value, currency, qualifier in fig.money(text):
                if (sentence.start + start, sentence.start + end) in used or value in ordered:
                    continue
                if value >= NATIONAL_SUM:
                    continue  # "cyber crime costs the economy £27bn a year": no case's money
                if quoted(text, start) and value in seen and qualifier == "Approximately":
                    # "Cannabis worth £1 million …", then a detective's "an approximate street
                    # value of £1million": the sum told before is an estimate
                    self.hedge_amount(case, value, qualifier)
                    continue
                if (
                    NOT_AN_AMOUNT.match(text, end)
                    or court_charge(text, start, end)  # "fined £500", "£620 costs"
                    or quoted(text, start)
                    or RATE_LEFT.search(text, max(0, start - 30), start)
                    or fig.PER_PERIOD_AFTER.match(text, end)  # "£20,000 per week": a rate
                    or CONVERTED.search(text, max(0, start - 30), start)
                ):
                    continue  # a speaker's example ("one victim lost £38,000") is not the record
                if RANGE_LOW.search(text, max(0, start - 10), start):
                    continue  # "between £1.2million and £2.4m": the range's high end says it
                if RANGE_HIGH.search(text, max(0, start - 40), start):
                    qualifier = "UpTo"
                if qualifier == "Exact" and ESTIMATED_CLAUSE.search(
                    text, max(0, start - 80), start
                ):
                    qualifier = "Approximately"  # "It's estimated the group made £500,000"
                span = self.view.span(sentence.start + start, sentence.start + end, 0.75)
                # "Cash seized: £113k" (a result line) reads as "Cash seized £113k"
                if (
                    (
                        (CASH_RIGHT.match(text, end) and not MOVED_MONEY.search(text, 0, start))
                        or CASH_LEFT.search(text[:start].rstrip(" :.…–—-"))
                        # "officers seized cocaine and £2,500", not "… and £15,000 of handbags"
                        or (
                            SEIZED_THINGS_AND.search(text, max(0, start - 60), start)
                            and not VALUES_SOMETHING.match(text, end)
                        )
                        or (SEIZED_RIGHT.match(text, end) and SUM_AS_SUBJECT.match(text[:start]))
                        or (
                            SEIZED_BARE_RIGHT.match(text, end)
                            and SUM_AFTER_AND.search(text, max(0, start - 30), start)
                            # not "valued at between £10,000 and £15,000 were seized"
                            and not RANGE_BEFORE_AND.search(text, max(0, start - 60), start)
                        )
                    )
                    # "seized £100,000 of drugs"; but "as well as cash worth £200,000"
                    and (not fig.drugs_worth(text, start, end) or CASH_WORTH.search(text, 0, start))
                ):
                    if value not in seen:
                        case.figures.append(
                            FigureFact(
                                "CashSeized",
                                value,
                                qualifier,
                                currency,
                                span,
                                item="cash",
                                kind="seizure",
                            )
                        )
                        seen.add(value)
                    continue
                if value in seen:
                    # "£1 million", then "an approximate street value of £1million"; "£200,000"
                    # in the lead, then "A total in excess of £200,000": the hedge stands
                    if qualifier != "Exact":
                        self.hedge_amount(case, value, qualifier)
                    continue
                seen.add(value)
                if fig.values_goods(text, start, end):
                    continue  # "gold bullion worth more than £6,000": goods, no money kind
                kind = self.money_kind(text, start, end, spans)
                if (
                    kind == "StreetValue"
                    and not STREET_VALUE_SAID.search(text)
                    and not fig.DRUG_IN_LABEL.search(text)
                    and "drugs" not in text.lower()
                    and not any(o.startswith(DRUG_OFFENCES) for o in case.offences)
                ):
                    continue  # "converters worth a total of £17,196": goods, no money kind
                case.amounts.append(MoneyFact(kind, value, qualifier, currency, span))
            # A one-sentence case in a review keeps only what was seized in it ("… jailed
            # after officers found a sawn-off shotgun"): its other counts are the period's.
            # a release of one sentence is its one case, not a review's example
            whole = len(sentences) > 1 or len(self.view.sentences) == 1
            for found in fig.counts(text, period_cues=True):
                if found.measure == "PeopleJailed" or (
                    single
                    and found.measure == "PeopleCharged"
                    and found.value == case.defendant_count
                ):
                    continue  # "Two men have been charged": the defendant count says it
                if whole or found.seizure:
                    case.figures.append(self.figure(found, sentence))
            if whole and not fig.running_total(text):
                for start, end, value, unit in fig.durations(text) if single else ():
                    if unit in ("YR", "MO") and case_total(text, start, end):
                        case.figures.append(
                            FigureFact(
                                "CustodialYears",
                                value,
                                fig.qualifier_before(text, start),
                                unit,  # "94 years and four months": 1,132 months
                                self.view.span(sentence.start + start, sentence.start + end, 0.7),
                            )
                        )

    @staticmethod
    def unique(figures: list[FigureFact]) -> list[FigureFact]:
        """One figure per measure and value; 'more than half a tonne' beside '524kg' of
        the same drug is the same seizure said roughly."""
        seen: set[tuple[object, ...]] = set()
        kept = []
        closer = [f for f in figures if f.qualifier in ("Exact", "Approximately")]
        # "24 kilos of cocaine … The drugs weighed 24 kilos": the drug is named once
        named = {(f.measure, f.value, f.unit) for f in figures if f.item != "drugs"}
        for figure in figures:
            if hedged_twin(figure, closer):
                continue
            if figure.item == "drugs" and (figure.measure, figure.value, figure.unit) in named:
                continue
            key = (figure.measure, figure.value, figure.unit, figure.item)
            if key not in seen:
                seen.add(key)
                kept.append(figure)
        return kept

    @staticmethod
    def exact_over_hedged(case: CaseFact) -> None:
        """'more than half a million pounds' beside '£685,000' is the same money said
        roughly: a hedged amount an exact one of the case fits takes the exact value."""
        exact = [m.value for m in case.amounts if m.qualifier == "Exact"]
        exact += [f.value for f in case.figures if f.unit == "GBP" and f.qualifier == "Exact"]
        kept = []
        for money in case.amounts:
            bounds = HEDGE_RANGES.get(money.qualifier)
            fits = []
            if bounds is not None:
                low, high = bounds
                fits = [v for v in exact if low * money.value <= v <= high * money.value]
            if fits and money.value not in fits:
                if any(m.value == fits[0] for m in case.amounts):
                    continue  # the exact amount is already there
                money.value, money.qualifier = fits[0], "Exact"
            kept.append(money)
        case.amounts = kept

    def money_kind(self, text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
        right_limit = min([s for s, _ in spans if s >= end] + [len(text)])
        right = text[end : min(right_limit, end + 40)]
        left = text[max(0, start - 70) : start]
        if fig.drugs_worth(text, start, end) or OF_DRUGS_RIGHT.match(text, end):
            return "StreetValue"  # "seized £100,000 of Class A drugs"
        if PROFIT_LEFT.search(left) and not NOT_PROFIT_RIGHT.match(text, end):
            return "CriminalBenefit"  # "the group made half a million pounds"
        for window in (right, left, text):
            for kind, pattern in MONEY_KINDS:
                if pattern.search(window):
                    return kind
        return "EnterpriseValue"

    def figure(self, found: fig.Found, sentence) -> FigureFact:
        return FigureFact(
            measure=found.measure,
            value=found.value,
            qualifier=found.qualifier,
            unit=found.unit,
            span=self.view.span(
                sentence.start + found.start, sentence.start + found.end, found.confidence
            ),
            item=found.item,
            kind="seizure" if found.seizure else "statistic",
        )

    # period figures ------------------------------------------------------

    def period_figures(self, skip: set[int], roundup: bool) -> None:
        if not roundup:
            return
        subject = self.entities.main_unit
        skip = skip | self.table_figures(subject)
        for number, sentence in enumerate(self.view.sentences):
            if number in skip:
                continue
            text = sentence.text
            for found in fig.counts(text, period_cues=True):
                figure = self.figure(found, sentence)
                figure.kind = "statistic"
                figure.subject_key = subject
                figure.period = self.sentence_year(text[: found.start])
                self.ex.figures.append(figure)
            for found in fig.custodial_years(text):
                figure = self.figure(found, sentence)
                figure.subject_key = subject
                figure.period = self.sentence_year(text[: found.start])
                self.ex.figures.append(figure)
            for start, end, value, currency, qualifier, measure in fig.measured_money(text):
                self.ex.figures.append(
                    FigureFact(
                        measure,
                        value,
                        qualifier,
                        currency,
                        self.view.span(sentence.start + start, sentence.start + end, 0.8),
                        item=MONEY_ITEMS.get(measure),
                        subject_key=subject,
                        period=self.sentence_year(text[:start]),
                    )
                )
        self._dedupe_figures()

    def table_figures(self, subject: str | None) -> set[int]:
        """A table with a year per column ("Result<TAB>2017<TAB>2016", then "Arrests<TAB>327
        <TAB>281"): one period figure per row and year. Returns the rows it read."""
        read: set[int] = set()
        years: list[int] = []
        for number, sentence in enumerate(self.view.sentences):
            text = sentence.text
            header = TABLE_HEADER.match(text)
            if header:
                years = [int(y) for y in re.findall(r"(?:19|20)\d\d", header.group("years"))]
                read.add(number)
                continue
            cells = TABLE_SPLIT.split(text.strip()) if years else []
            if len(cells) != len(years) + 1:
                years = []
                continue
            read.add(number)
            label, position = cells[0], len(cells[0])
            for year, cell in zip(years, cells[1:], strict=True):
                position = text.index(cell, position)
                figure = self.table_cell(label, cell)
                if figure is not None:
                    measure, value, unit, item = figure
                    self.ex.figures.append(
                        FigureFact(
                            measure,
                            value,
                            "Exact",
                            unit,
                            self.view.span(
                                sentence.start + position,
                                sentence.start + position + len(cell),
                                0.8,
                            ),
                            item=item,
                            kind="seizure" if measure in SEIZURE_MEASURES else "statistic",
                            subject_key=subject,
                            period=year,
                        )
                    )
                position += len(cell)
        return read

    @staticmethod
    def table_cell(label: str, cell: str) -> tuple[str, Decimal, str, str | None] | None:
        """(measure, value, unit, item) of one cell, from its row's label."""
        unit_hint = TABLE_UNIT.search(label)
        if unit_hint:
            label = label[: unit_hint.start()].rstrip()
            cell = f"{cell}{unit_hint.group(1)}"
        amounts = list(fig.money(cell))
        if amounts:
            _, _, value, currency, _ = amounts[0]
            measure = fig.money_measure(
                f"{label} {cell}", len(label) + 1, len(label) + 1 + len(cell), []
            )
            if measure is None:
                return None
            return measure, value, currency, MONEY_ITEMS.get(measure)
        found = fig.label_line(f"{label}: {cell}")
        if found is None:
            return None
        return found.measure, found.value, found.unit, found.item

    def _dedupe_figures(self) -> None:
        """One figure per measure and value; a hedged figure an exact one of the same
        measure fits ('more than 1,100' beside a table's '1,108') is the same count."""
        # a headline drops the body's qualifier: "2,200 arrests" above "Over 2,200 arrests"
        in_body = {
            (f.measure, f.value, f.unit, f.item, f.qualifier)
            for f in self.ex.figures
            if not self.is_headline(f.span.sentence)
        }
        figures = [
            f
            for f in self.ex.figures
            if not (
                f.qualifier == "Exact"
                and self.is_headline(f.span.sentence)
                and any((f.measure, f.value, f.unit, f.item, q) in in_body for q in HEDGE_WORDS)
            )
        ]
        seen = set()
        kept = []
        closer = [f for f in figures if f.qualifier in ("Exact", "Approximately")]
        for figure in figures:
            if hedged_twin(figure, closer):
                continue
            key = (figure.measure, figure.value, figure.unit, figure.item)
            if key in seen:
                continue
            seen.add(key)
            kept.append(figure)
        self.ex.figures = kept
