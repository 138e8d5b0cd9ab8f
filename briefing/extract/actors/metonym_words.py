"""Word sets of the capital-metonym rules (:func:`.capitals.metonym`)."""

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
                       "additional", "the", "less", "much", "considerably", "far", "little",
                       "nothing"})
# verbs whose first object gains or loses what follows: "won Volgrad considerably less"
GAIN_VERBS = frozenset({"won", "win", "wins", "winning", "cost", "costs", "costing", "denied",
                        "deny", "denies", "denying", "earned", "earn", "earns"})
# what goes to a government, right before "to": "aid to Ankara", "fresh loans to Warsaw", "a
# request to Washington", "make available to Moscow", "wheat sales to Moscow" (an export
# enhancement program, "EEP", subsidises sales to a buyer state); a visit, a trip or a flight
# to a capital goes to the place
TRANSFER_NOUNS = frozenset({"aid", "loan", "loans", "credit", "credits", "funds", "funding",
                            "financing", "assistance", "grant", "grants", "subsidy",
                            "subsidies", "offer", "offers", "request", "requests", "warning",
                            "warnings", "message", "note", "letter", "proposal", "proposals",
                            "reply", "ultimatum", "concession", "concessions", "available",
                            "payments", "arms", "weapons", "support", "sale", "sales",
                            "exports", "eep"})
# what comes *from* a government, right before "from": "strong opposition from Bonn", "a
# protest from Brussels", "pressure from Washington" (a stance has a holder; goods and people
# come from a place: "imports from Tokyo", "flights from Moscow")
FROM_NOUNS = ACT_NOUNS | frozenset({"opposition", "protest", "protests", "pressure",
                                    "pressures", "criticism", "resistance", "complaint",
                                    "complaints", "backing", "objection", "signal", "signals",
                                    "threat", "threats", "demand", "warning", "warnings",
                                    "assurance", "assurances", "approval", "permission"})
# what a government pursues, after a place word too: "a start in Washington's drive to",
# "in Moscow's view"
PURSUIT_NOUNS = ACT_NOUNS | frozenset({"drive", "effort", "efforts", "push", "campaign",
                                       "attempt", "attempts", "view", "strategy"})
# a city's markets, never its government ("the Frankfurt exchange", "the London market")
MARKET_NOUNS = frozenset({"exchange", "exchanges", "bourse", "bourses", "market", "markets"})
# words before "for" that make the capital a destination: "left for Moscow to see ..."
DEPART_WORDS = frozenset({"left", "leave", "leaves", "leaving", "departed", "depart", "departs",
                          "departing", "bound", "headed", "heading", "heads", "flew", "fly",
                          "flies", "sailed", "sail", "sails", "ticket", "tickets", "flight",
                          "flights", "set", "out", "off"})
# a pact named after the city it was made in, a journey to it ("the Paris accord", "PARIS
# PACT", "ON TOKYO TRIP"): the place, not its government
PLACE_NAMED = frozenset({"accord", "accords", "pact", "pacts", "agreement", "agreements",
                         "treaty", "protocol", "declaration", "communique", "trip", "trips",
                         "visit", "visits", "summit", "conference", "round"})
# verbs of travel before a capital: "TO VISIT BONN", "flew to Moscow"
VISIT_VERBS = frozenset({"visit", "visits", "visited", "visiting", "tour", "tours", "toured"})
# a rank after a place's possessive ("Europe's biggest market", "Tokyo's second largest bank",
# "the city's top hotel"): the place ranked among its contents; not "latest", which dates the
# government's own act ("Tokyo's latest offer")
RANK_WORDS = frozenset({"top", "leading", "largest", "biggest", "main", "foremost", "oldest",
                        "busiest", "richest", "poorest", "highest", "tallest", "best-known",
                        "most"})
ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth"})
