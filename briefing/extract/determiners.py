"""Determiners: the words a noun phrase opens with, one list for every reader that asks.

Read by the actor stage (a firm's name after "the" or "its") and by the negotiation stage (an
agenda label's words, a deal's terms, where a phrase ends): it lives beside both stages so that
neither imports the other.  A reader that asks about fewer of them, or about more words, builds
its set from these and says why where it does.
"""

from __future__ import annotations

ARTICLES = frozenset({"the", "a", "an"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# the possessives of a body or a group ("its Orbix unit", "their demands"): no person's
BODY_POSSESSIVES = frozenset({"its", "their"})
PERSON_POSSESSIVES = frozenset({"his", "her", "our"})
# quantifiers over the whole of a set ("all troops", "both sides", "each party")
WHOLE_SET = frozenset({"all", "both", "each"})
# every determiner a noun phrase opens with
DETERMINERS = ARTICLES | DEMONSTRATIVES | BODY_POSSESSIVES | PERSON_POSSESSIVES | WHOLE_SET
