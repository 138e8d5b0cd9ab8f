"""Word sets of the capital-metonym rules (:func:`.gazetteer.metonym`)."""

from __future__ import annotations

# what a government does or holds: the possessor is the government even after "of" ("because
# of Manila's insistence"), where a city's own things are as common ("of Tokyo's market")
ACT_NOUNS = frozenset({"insistence", "demand", "demands", "refusal", "decision", "proposal",
                        "proposals", "offer", "request", "position", "stance", "objection",
                        "objections", "reluctance", "willingness", "rejection", "insisting",
                        "plan", "policy", "approval", "bid", "response", "reply", "move"})
# verbs with two objects, the first the receiver: "offer Moscow another subsidy"
GIVE_VERBS = frozenset({"offer", "offers", "offered", "offering", "give", "gives", "gave",
                         "giving", "grant", "grants", "granted", "granting", "lend", "lends",
                         "lent", "lending", "sell", "sells", "sold", "selling", "owe", "owes",
                         "owed", "promise", "promised", "promises", "allow", "allowed"})
RECEIVED = frozenset({"a", "an", "another", "more", "new", "its", "further", "some", "no",
                       "additional", "the"})
