"""Organisations, places, crime groups and people with their posts.

Names the EntityRuler linked to the reference tables become references;
"the ROCU" inside a special operations unit becomes its organised crime
sub-unit; "a Luton organised crime group" becomes a group based in Luton.
People come from the ways releases introduce them: "X, Head of the ROCU,
said", "Detective Inspector X of Kent Police", "the Police and Crime
Commissioner for Y, X", and defendants "X, 34, of Luton".

The rules come in families mixed into `EntityRules` (rules.py): organisations
(organisations.py), places and crime groups (places.py), and people with their
posts (people.py), over the state they share (base.py).
"""

from kg.extract.entities.rules import EntityRules

__all__ = ["EntityRules"]
