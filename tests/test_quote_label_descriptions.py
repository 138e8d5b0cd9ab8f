"""A round-up of reactions lists each speaker on a line of its own before the marks ("Harbour
Commissioner Ilse Varga: “…”").  The label may describe the person in lower-case words
("Coastal Union trade policy chief Ilse Varga:", "Port Herald columnist Bram Oduya:"), set the
name off with a comma ("Marisco Analytics chief economist, Tova Renn:"), end in a postnominal
("Dario Fenk, Jr.:") or spell the name with accents ("Léa Morvan"): each still names the
speaker, who is not the previous line's speaker (issue 11).  Prose ending in a colon names no
one.  Invented texts."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import pipeline

ROUNDUP = (
    "Leaders Welcome the Harbour Accord\n\n"
    "The harbour accord was met with praise from partners across the region.\n\n"
    "Harbour Commissioner Ilse Varga: “This is a good day for every port on the coast.”\n\n"
    "Coastal Union trade policy chief Anselm Brodik: “The lanes will stay open to every flag.”\n\n"
    "Port Herald columnist Bram Oduya: “Few expected the two delegations to agree so soon.”\n\n"
    "Marisco Analytics chief economist, Tova Renn: “The levy will fall within a year.”\n\n"
    "Former Trade Envoy Dario Fenk, Jr.: “Credit belongs to the negotiators on both sides.”\n\n"
    "Maritime Council analyst Léa Morvan: “The accord settles a quarrel older than the port.”\n"
)


def _names(text: str, title: str) -> list[str | None]:
    analysis = pipeline.analyse(doc(text, "2021-03-02", title=title))
    names = {a.id: a.name for a in analysis.actors}
    return [names.get(q.speaker or "") for q in analysis.quotes]


def test_described_labels_name_their_speakers() -> None:
    assert _names(ROUNDUP, "Leaders Welcome the Harbour Accord") == [
        "Ilse Varga", "Anselm Brodik", "Bram Oduya", "Tova Renn", "Dario Fenk", "Léa Morvan"]


PROSE = (
    "Harbour Accord Briefing\n\n"
    "Harbour Commissioner Ilse Varga: “This is a good day for every port on the coast.”\n\n"
    "We put that to Ilse Varga and to the harbour board: “Will the levy fall soon?”\n\n"
    "Later we asked the harbour board about it and Vardo Quell: “Will it fall this year?”\n"
)


def test_prose_ending_in_a_colon_names_no_new_person() -> None:
    # a line of prose before a colon has no description of the person it ends with: no label
    analysis = pipeline.analyse(doc(PROSE, "2021-03-02", title="Harbour Accord Briefing"))
    assert "Vardo Quell" not in {a.name for a in analysis.actors}


OUTLETS = (
    "Papers Hail the Harbour Accord\n\n"
    "The press across the region welcomed the accord.\n\n"
    "Harbour Gazette (Lisbon, Portugal): “A new era for the ports of the coast”\n\n"
    "Morning Courier (Porto, Portugal): “The levy falls at last, and trade will follow”\n"
)


def test_an_outlet_s_place_is_no_speaker() -> None:
    # the place in parentheses says where the outlet is: it does not speak
    assert "Portugal" not in _names(OUTLETS, "Papers Hail the Harbour Accord")


PARTICLES = (
    "Leaders Welcome the Harbour Accord\n\n"
    "The harbour accord was met with praise from partners across the region.\n\n"
    "Harbour Commissioner Ilse Varga: “This is a good day for every port on the coast.”\n\n"
    "Coastal President Omar Farid el-Nouri: “The lanes will stay open to every flag.”\n\n"
    "Gulf Envoy Hamad bin Saif al-Rumi: “Few expected the two delegations to agree so soon.”\n"
)


def test_a_label_with_an_arabic_particle_joined_to_the_name_names_its_speaker() -> None:
    # ("el-Nouri", "al-Rumi": the particle opens a name word; the line is not the previous
    # label's speaker continuing)
    names = _names(PARTICLES, "Leaders Welcome the Harbour Accord")
    assert names[0] == "Ilse Varga"
    assert names[1] is not None and names[1].endswith("el-Nouri")
    assert names[2] is not None and names[2].endswith("al-Rumi")


PAIR = (
    "What They Are Saying About the Harbour Accord\n\n"
    "The accord was met with praise across the region.\n\n"
    "Port Herald Reporters Bram Oduya and Tova Renn: “Few expected the delegations to agree.”\n\n"
    "Harbour Commissioner Ilse Varga: “This is a good day for every port on the coast.”\n\n"
    "Former Trade Envoy Dario Fenk: “Credit belongs to the negotiators on both sides.”\n"
)


def test_a_label_naming_two_people_gives_the_words_to_the_first() -> None:
    # (the first of the pair is a person of the text too, not only the last two words)
    assert _names(PAIR, "What They Are Saying About the Harbour Accord") == [
        "Bram Oduya", "Ilse Varga", "Dario Fenk"]
