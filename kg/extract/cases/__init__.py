"""Cases: who was jailed or charged, for what, where, for how long, and for how much.

The rules come in families, one module each, mixed into `CaseRules` (rules.py):
whether the release is a round-up (kind.py), where each case's text lies
(segments.py), its people (people.py), its outcomes (outcomes.py) and its money
and period figures (money.py). Patterns several families read live in
patterns.py; the state they share in base.py.
"""

from kg.extract.cases.rules import CaseRules

__all__ = ["CaseRules"]
