"""Hand-written documents and actors for the search tests (no third-party text)."""

from __future__ import annotations

import re

from briefing.corpus import document_from_text
from briefing.model import Actor, Briefing, Mention

ARTICLES = {
    "talks.txt": (
        "Foreign ministers meet in Geneva\n\n"
        "Russian Foreign Minister Sergei Lavrov met his counterpart in Geneva on Friday to "
        "discuss a ceasefire in the north of the country.\n"
        "The ceasefire talks stalled after the Nusra Front refused to withdraw from the "
        "corridor.\n"
        "Humanitarian Corridor\n"
        "Aid agencies asked for a humanitarian corridor to the besieged city, where prices of "
        "bread tripled.\n"
        "Lavrov said the sides were close, but Jabhat Fatah al-Sham fighters kept shelling.\n"
    ),
    "economy.txt": (
        "Central bank holds interest rates\n\n"
        "The central bank held interest rates at four percent, citing weak exports.\n"
        "Analysts expected the rates to rise by the end of the year; interest in bonds fell.\n"
        "Senate [R-TX] said the [USD] peg would stay, *unchanged* \\ as before.\n"
    ),
    "north.txt": (
        "Rebels regroup in the north\n\n"
        "Hayat Tahrir al-Sham, the group once known as Jabhat Fatah al-Sham, took the town.\n"
        "Negotiators in Astana discussed prisoner exchanges and a humanitarian pause.\n"
        "The government accused the group of violating the truce near the border.\n"
    ),
}


def mentions_of(text: str, *names: str) -> tuple[Mention, ...]:
    """A mention at each occurrence of each of ``names`` in ``text``, in text order (the
    shorter first where two start together), each once."""
    found = {(m.start(), m.end(), m.group()) for n in names for m in re.finditer(re.escape(n), text)}
    return tuple(Mention(s, e, t) for s, e, t in sorted(found))


def make_briefings(folder: str = "corpus") -> list[Briefing]:
    out = []
    for name, text in ARTICLES.items():
        doc, _ = document_from_text(f"{folder}/{name}", text, sha256=f"sha-{name}")
        actors = []
        if name == "talks.txt":
            actors.append(Actor("lavrov", "Sergei Lavrov", "person", "party",
                                aliases=("Lavrov", "Sergei Lavrov"),
                                mentions=mentions_of(text, "Sergei Lavrov", "Lavrov said")))
            actors.append(Actor("jfs", "Jabhat Fatah al-Sham", "armed_group", "party",
                                aliases=("Jabhat Fatah al-Sham", "JFS"),
                                former_names=("Nusra Front", "al-Nusra"),
                                mentions=mentions_of(text, "Nusra Front", "Jabhat Fatah al-Sham")))
        if name == "north.txt":
            actors.append(Actor("hts", "Hayat Tahrir al-Sham", "armed_group", "party",
                                aliases=("Hayat Tahrir al-Sham", "HTS"),
                                mentions=mentions_of(text, "Hayat Tahrir al-Sham")))
            actors.append(Actor("jfs", "Jabhat Fatah al-Sham", "armed_group", "party",
                                aliases=("Jabhat Fatah al-Sham",),
                                former_names=("Nusra Front",),
                                mentions=mentions_of(text, "Jabhat Fatah al-Sham")))
        out.append(Briefing(document=doc, actors=tuple(actors)))
    return out
