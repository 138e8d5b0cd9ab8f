"""What a side seeks, proposes or asks for is an item of the thread's agenda (issue 11), in any
sentence of the thread, words of talks or not; going to court makes it contested; seeking the
talks, a meeting or the deal itself is no item.  Every text is invented."""

from __future__ import annotations

from _neg_fixtures import doc, primary_thread

from briefing.extract import analyse
from briefing.extract.negotiations import commitments as committed
from briefing.model import Negotiation


def _primary(text: str) -> Negotiation:
    return primary_thread(text, "1987-03-02")


def _positions(text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], p.status) for p in committed.positions(text, 0, len(text))]


def test_what_a_side_seeks_is_an_open_item_even_without_words_of_talks() -> None:
    n = _primary("Pilots dispute\n\nOSLO, March 1 - The pilots union has been negotiating a new "
                 "contract with Norwegian Air for six months. The union is seeking an end to "
                 "night flights without rest days for its members.\n")
    labels = {i.label: i.status for i in n.issues}
    assert any(lab.startswith("An end to night flights") for lab in labels)
    assert all(st == "open" for lab, st in labels.items() if lab.startswith("An end"))


def test_seek_propose_and_ask_for_name_the_position() -> None:
    assert _positions("Chile would seek longer repayment deadlines.") == [
        ("longer repayment deadlines", "open")]
    assert _positions("Chile also proposed the end of spreads on its loans.") == [
        ("the end of spreads on its loans", "open")]
    assert _positions("It asked for a reduction in the repayments due next year.") == [
        ("a reduction in the repayments due next year", "open")]
    assert _positions("Ottawa is seeking to change the rules on procurement.") == [
        ("change the rules on procurement", "open")]


def test_going_to_court_is_contested() -> None:
    assert _positions("The union said it was seeking a court order barring the layoffs.") == [
        ("a court order barring the layoffs", "contested")]


def test_the_talks_a_meeting_or_the_deal_sought_is_no_position() -> None:
    for text in ("Chile is seeking talks with its creditors.",
                 "Chile sought a meeting with the banks on Monday.",
                 "Chile is seeking a new agreement with the banks.",
                 "Chile is seeking to meet the banks next week.",
                 "The firm requested calls with the minister.",
                 "Both sides are seeking common ground.",
                 "The war forced millions to seek refuge in Europe.",
                 "Thousands are seeking asylum in Norway."):
        assert _positions(text) == [], text


def test_a_proposed_thing_is_no_proposal_of_a_side() -> None:
    assert _positions("The company will build the proposed new plant in Ohio.") == []
    assert _positions("Hughes refused to complete its proposed merger with Baker.") == []


def test_a_question_seeks_nothing() -> None:
    text = ("Press Briefing\n\nMS. SMITH: Norway and Chile held talks on a truce today.\n\nQ Is "
            "Chile seeking an end to the blockade of the port?\n\nMS. SMITH: We will see.\n")
    found = analyse(doc(text, "2020-06-14")).negotiations
    assert not any("blockade" in i.label for n in found for i in n.issues)


def test_a_thread_with_no_term_has_the_deal_itself_on_its_agenda() -> None:
    n = _primary("NORWAY, CHILE SIGN AGREEMENT\n\nOSLO, March 1 - Norway and Chile signed a "
                 "five-year cooperation agreement today after two years of negotiations. The "
                 "agreement was signed by the two foreign ministers in Oslo.\n")
    assert [(i.key, i.label, i.status) for i in n.issues] == [
        ("other", "Five-year cooperation agreement", "agreed")]
    # modifiers joined by "and" are the deal's own words
    n = _primary("NORWAY, CHILE SIGN AGREEMENT\n\nOSLO, March 1 - Norway and Chile signed a "
                 "five-year science and culture agreement today after two years of "
                 "negotiations.\n")
    assert [i.label for i in n.issues] == ["Five-year science and culture agreement"]


def test_the_deal_itself_is_named_beside_a_single_term_but_not_beside_two() -> None:
    # one term found: the deal the thread is about is on its agenda as well (issue 11, agenda18)
    n = _primary("NORWAY, CHILE SIGN AGREEMENT\n\nOSLO, March 1 - Norway and Chile signed a "
                 "five-year cooperation agreement today after two years of negotiations. Under "
                 "the agreement, Chile will buy two mln tonnes of Norwegian fish a year.\n")
    labels = [i.label for i in n.issues]
    assert len(labels) == 2 and labels[0] == "Five-year cooperation agreement", labels
    # two terms found: they are the agenda
    n = _primary("NORWAY, CHILE SIGN AGREEMENT\n\nOSLO, March 1 - Norway and Chile signed a "
                 "five-year cooperation agreement today after two years of negotiations. Under "
                 "the agreement, Chile will buy two mln tonnes of Norwegian fish a year. Under "
                 "the agreement, Norway will also build a research station in Punta Arenas.\n")
    labels = [i.label for i in n.issues]
    assert len(labels) >= 2 and not any(lab.startswith("Five-year cooperation")
                                        for lab in labels), labels


def test_the_deal_itself_is_named_by_its_own_words_not_a_cut_clause() -> None:
    n = _primary("Arena sale\n\nThe first attempt to sell the arena failed, a report says. "
                 "Finally, Norway struck a deal to turn it into a concert hall. The report said "
                 "that Norway had secured a good deal in the wake of the deal.\n")
    labels = [i.label for i in n.issues]
    assert labels and not any(lab.endswith(" to turn") or lab.startswith("Wake")
                              for lab in labels)


def test_what_a_deal_calls_for_allows_requires_or_includes_is_a_term() -> None:
    def terms(text: str) -> list[str]:
        return [text[p.start:p.end] for p in committed.deal_terms(text, 0, len(text))]

    assert terms("He said the accord would allow the two carmakers to study new models.") == [
        "study new models"]
    assert terms("The budget plan calls for new taxes next year.") == ["new taxes next year"]
    assert terms("The plans include raising the retirement age to 65.") == [
        "raising the retirement age to 65"]
    assert terms("The agreement requires Chile to cut its exports by 10 pct.") == [
        "cut its exports by 10 pct"]
    # no act of a side named: no term
    assert terms("The agreement requires approval by the regulators.") == []


def test_a_term_an_agreed_accord_allows_is_an_agreed_item() -> None:
    n = _primary("CARMAKERS SIGN ACCORD\n\nOSLO, March 1 - Norway's state carmaker and Chile's "
                 "signed a cooperation accord today. The accord would allow the two carmakers "
                 "to study new models together.\n")
    assert any(i.label.startswith("Study new models") and i.status == "agreed"
               for i in n.issues)


def test_what_a_side_offers_is_an_open_item() -> None:
    assert _positions("Norway and Chile had offered 145 dlrs for each of the shares.") == [
        ("145 dlrs for each of the shares", "open")]
    assert _positions("The company offered a three pct wage rise.") == [
        ("a three pct wage rise", "open")]
    assert _positions("The firm offered to buy the remaining shares.") == [
        ("buy the remaining shares", "open")]


def test_an_offer_of_good_offices_or_words_is_no_position() -> None:
    for text in ("Norway offered to mediate between the two.",
                 "He offered his condolences to the families.",
                 "Chile offered no comment on the talks.",
                 "Norway offered its support to the talks.",
                 "The offer was rejected.",
                 "Its latest proposal, which was offered March 11, ends the two-tier wage."):
        assert _positions(text) == [], text
