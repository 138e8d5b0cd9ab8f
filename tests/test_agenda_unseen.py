"""Agenda and status rules for articles nobody tuned for (issue 11), through the public
``analyse`` API.  Every text is invented; the states are real names the knowledge base knows."""

from __future__ import annotations

from _neg_fixtures import doc, primary_thread

from briefing.extract import analyse
from briefing.model import Negotiation


def _primary(text: str, published: str | None = "2020-06-14") -> Negotiation:
    return primary_thread(text, published)


def _items(text: str, published: str | None = "2020-06-14") -> dict[str, str]:
    return {i.key: i.status for i in _primary(text, published).issues}


# -- status ------------------------------------------------------------------------------------
def test_efforts_to_reach_a_ceasefire_agree_nothing() -> None:
    n = _primary("Gaza talks\n\nNorway and Chile held talks today. Both must step up efforts "
                 "to reach a ceasefire in the region.\n")
    assert n.status not in ("agreed", "implementing")


def test_a_deal_announced_by_the_sides_is_agreed() -> None:
    n = _primary("Debt package\n\nChile thanked its creditors for working with it in this round of "
                 "talks and said the new settlement, which was announced by the banks "
                 "today, was fair. Asked what role Norway had played in the final stages of "
                 "the talks, the minister said it had helped.\n")
    assert n.status == "agreed"


def test_commitments_the_leaders_make_together_are_an_outcome() -> None:
    n = _primary("Joint statement\n\nThe President of Chile met with the Prime Minister of "
                 "Norway today. The two leaders reaffirmed their commitment to work together on "
                 "counter-terrorism. They resolved to expand bilateral trade and committed to "
                 "convene a joint climate working group.\n")
    assert n.status == "agreed"


def test_a_reaffirmed_commitment_counts_away_from_the_meeting_sentence() -> None:
    n = _primary("Statement\n\nThe advisers of Chile and Norway met today in Oslo.\n\nThe weather "
                 "was fine.\n\nThe advisers reaffirmed their commitment to address common "
                 "regional challenges.\n")
    assert n.status == "agreed"


def test_a_commitment_to_keep_negotiating_agrees_nothing() -> None:
    n = _primary("Readout\n\nThe envoy spoke today with the leaders of Chile and Norway about "
                 "the peace talks. All reaffirmed their commitment to talks with the aim "
                 "of finalizing a peace treaty.\n")
    assert n.status not in ("agreed", "implementing")


def test_unable_to_agree_is_a_stall_without_the_word_talks() -> None:
    n = _primary("Fish quotas\n\nNorway and Chile proposed a new formula for fishing quotas. "
                 "Although prices are lower, Norway and Chile have been unable to agree on "
                 "re-introduction.\n")
    assert n.status == "stalled"


# -- agenda ------------------------------------------------------------------------------------
def test_a_pause_in_the_fighting_is_a_ceasefire() -> None:
    items = _items("Deal\n\nNorway and Chile reached a deal today that brings a four-day pause "
                   "in the fighting.\n")
    assert items.get("ceasefire") == "agreed"


def test_civilians_returning_home_is_an_agenda_item() -> None:
    n = _primary("Border talks\n\nNorway and Chile are negotiating a settlement. The deal "
                 "would let displaced people from the border villages return to their homes.\n")
    assert any(i.key == "other" and "return" in i.label.lower() for i in n.issues)


def test_recognising_a_state_is_normalisation() -> None:
    items = _items("Accession\n\nThe deal to open talks with Norway came despite a Chilean "
                   "demand for Norway to recognise the Cypriot government.\n")
    assert "normalisation" in items


def test_de_escalating_tensions_is_an_item_of_its_own_not_normalisation() -> None:
    # lowering a war's violence normalises no relations: its own topic, exported as other
    n = _primary("Readout\n\nNorway and Chile discussed the talks today and the need for "
                 "de-escalating regional tensions.\n")
    assert [i.key for i in n.issues if i.key in ("de_escalation", "normalisation")] == \
        ["de_escalation"]
    item = next(i for i in n.issues if i.key == "de_escalation")
    assert item.to_dict()["key"] == "other"


def test_watching_closely_is_no_monitoring_item() -> None:
    items = _items("Talks\n\nNorway and Chile held talks today on a ceasefire. We are "
                   "monitoring this very closely, the negotiators said.\n")
    assert "monitoring" not in items


def test_the_flow_of_aid_is_humanitarian() -> None:
    items = _items("Talks\n\nNorway and Chile are negotiating today. Norway stressed the need "
                   "to clear all barriers to the flow of aid.\n")
    assert "humanitarian_aid" in items


def test_sticking_points_are_each_contested() -> None:
    n = _primary("Accession talks\n\nTalks on Chile's membership of the customs union with "
                 "Norway made progress today. Sticking points have included limits on foreign "
                 "ownership of banks, counterfeiting and data protection.\n")
    contested = [i for i in n.issues if i.status == "contested"]
    assert len(contested) >= 2
    assert all(len(i.label) <= 60 for i in n.issues)


def test_market_access_is_trade() -> None:
    items = _items("Talks\n\nChile said progress in the talks with Norway on market access is "
                   "accelerating.\n")
    assert "trade" in items


def test_thanks_and_acknowledgements_recognise_no_state() -> None:
    items = _items("Truce\n\nNorway and Chile agreed to extend the truce today. I want to "
                   "recognize the hard work of our envoy, and we recognize that the talks were "
                   "difficult.\n")
    assert "normalisation" not in items
    items = _items("Accession\n\nTalks with Norway opened today despite a Chilean demand for "
                   "Norway to recognise the Cypriot government.\n")
    assert "normalisation" in items
    items = _items("Summit\n\nNorway and Chile held talks today and joined the others in "
                   "recognizing broad and affordable internet access.\n")
    assert "normalisation" not in items


def test_a_loan_guarantee_is_no_security_guarantee() -> None:
    items = _items("Talks\n\nNorway and Chile signed a deal today. Norway offered $5 billion in "
                   "loan guarantees via the lender for the scheme.\n")
    assert "security_guarantees" not in items


def test_an_election_already_held_is_no_transition_item() -> None:
    items = _items("Talks\n\nNorway and Chile held talks today. The minister said she "
                   "would go to the swearing-in of whoever had won the election.\n")
    assert "political_transition" not in items


def test_migration_is_its_own_topic_exported_as_other() -> None:
    n = _primary("Accession\n\nThe deal to open membership talks with Norway was reached today. "
                 "Once a member, Norway may have to accept limits on migration by its "
                 "workers.\n")
    item = next(i for i in n.issues if i.key == "migration")
    assert item.to_dict()["key"] == "other" and item.label.startswith("Migration")


def test_a_label_stops_before_a_coordinated_adverbial() -> None:
    n = _primary("Talks\n\nNorway and Chile held talks today on the release of hostages and for "
                 "increased stability in the region.\n")
    labels = [i.label for i in n.issues if i.key == "hostage_release"]
    assert labels and all(" and for " not in label for label in labels)


def test_an_old_year_in_an_undated_text_is_the_past() -> None:
    n = _primary("Debt\n\nNorway is being urged to use all its negotiating powers with Chile to end "
                 "poor countries' debt. In 1970 the lenders agreed to give 1% of their output "
                 "in aid. The target is now 2015.\n", published=None)
    assert n.status not in ("agreed", "implementing")


# -- commitments and sticking points -----------------------------------------------------------
def _labels(n: Negotiation) -> dict[str, str]:
    return {i.label: i.status for i in n.issues}


def test_what_the_leaders_commit_to_is_an_agenda_item() -> None:
    n = _primary("Joint statement\n\nThe President of Chile met with the Prime Minister of "
                 "Norway today. The two leaders affirmed their commitment to work together on "
                 "counter-terrorism. They committed to work toward holding a further summit "
                 "soon.\n")
    labels = _labels(n)
    assert labels.get("Work together on counter-terrorism") == "agreed"
    assert any(k.startswith("Holding a further summit") and v == "objective"
               for k, v in labels.items())
    assert all(i.to_dict()["key"] == "other" for i in n.issues)


def test_a_stance_or_a_commitment_to_the_talks_is_no_item() -> None:
    n = _primary("Talks\n\nChile and Norway held talks today. Chile is committed to reforming "
                 "its courts. All affirmed their commitment to negotiations. They pledged to "
                 "follow.\n")
    # (the deal itself, named by its noun, is the one item of an agenda nothing filled)
    assert [i.label for i in n.issues if i.key == "other"] == ["Terms under negotiation"]


def test_a_topic_word_inside_a_commitment_keys_the_item() -> None:
    n = _primary("Readout\n\nThe leaders of Chile and Norway met today. They decided to "
                 "look for fresh ways to grow bilateral trade.\n")
    assert {i.key: i.status for i in n.issues}.get("trade") == "agreed"


def test_a_briefing_segment_naming_only_the_publisher_adds_nothing_to_the_agenda() -> None:
    from briefing.corpus import document_from_text
    from briefing.corpus.metadata import Metadata

    text = ("Press briefing\n\n"
            "MR. ROE: Today the advisers of Chile and Norway met here for talks on a truce.\n\n"
            "Q On Chile and Norway: is a truce close?\n\n"
            "MR. ROE: Chile and Norway are close to a truce.\n\n"
            "Q Another topic: the election?\n\n"
            "MR. ROE: The United States will respect the election, and sanctions stay.\n\n"
            "Q And the hostages held elsewhere?\n\n"
            "MR. ROE: The United States wants the hostages home.\n")
    d, _ = document_from_text("briefing.txt", text, meta=Metadata(
        title=None, published="2020-06-14", source="The White House"))
    n = next(t for t in analyse(d).negotiations if t.primary)
    keys = {i.key for i in n.issues}
    assert "ceasefire" in keys and not keys & {"sanctions", "hostage_release"}


def test_a_sticking_point_keeps_its_coordinated_words_within_the_limit() -> None:
    n = _primary("Accession talks\n\nTalks on Chile's membership with Norway made progress "
                 "today. Sticking points have included limits on foreign ownership in shipping "
                 "and insurance, as well as issues surrounding piracy, and data protection.\n")
    labels = [i.label for i in n.issues if i.status == "contested"]
    assert "Limits on foreign ownership in shipping and insurance" in labels
    assert "Piracy" in labels and not any(label.startswith("As well") for label in labels)


def test_labels_end_cleanly_after_an_acronym_and_before_a_contraction() -> None:
    n = _primary("Truce\n\nNorway and Chile agreed today to de-escalate tensions in eastern "
                 "DRC. They want a truce that’s lasting and was committed to by the parties to "
                 "the conflict.\n")
    labels = [i.label for i in n.issues]
    assert "De-escalate tensions in eastern DRC" in labels
    assert not any(label.endswith(("’s", ".")) or label.startswith("By ") for label in labels)


def test_what_a_side_calls_for_is_an_open_item() -> None:
    n = _primary("Summit\n\nChile and Norway met at the summit today. Chile called on the "
                 "existing donors to increase support for the U.S. fund, and pushed for making "
                 "the restructuring process faster.\n")
    labels = _labels(n)
    assert labels.get("Increase support for the U.S. fund") == "open"
    assert labels.get("Making the restructuring process faster") == "open"


def test_human_rights_violations_and_debt_relief_are_not_enforcement_or_aid() -> None:
    items = _items("Talks\n\nNorway and Chile held talks today and discussed debt relief. "
                   "They want to stop violations of human rights in the occupied zone.\n")
    assert "enforcement" not in items and "humanitarian_aid" not in items
    items = _items("Truce\n\nNorway and Chile agreed to a truce today. Any violation of the "
                   "truce will be investigated.\n")
    assert "enforcement" in items


def test_quotas_and_tariffs_are_one_trade_item() -> None:
    n = _primary("Trade talks\n\nNorway and Chile negotiated export quotas today. The "
                 "negotiators also discussed tariffs on steel.\n")
    trade = [i for i in n.issues if i.to_dict()["key"] == "trade"]
    assert len(trade) == 1
    assert trade[0].label == "Export quotas and tariffs on steel"


def test_a_capitalised_agenda_word_inside_a_name_is_no_item() -> None:
    items = _items("Trade talks\n\nNorway and Chile held talks today under the General "
                   "Agreement on Tariffs and Trade. A senior trade official attended.\n")
    assert "tariffs" not in items and "trade" not in items
    items = _items("Trade talks\n\nNorway and Chile held talks today on tariffs.\n")
    assert "tariffs" in items


def test_the_same_item_said_twice_with_other_determiners_is_one_item() -> None:
    n = _primary("Pensions\n\nUnions met the government of Norway for talks today. They demand "
                 "that the government withdraw regulations. The five unions insist that the "
                 "government withdraw these regulations.\n")
    assert len([i for i in n.issues if i.key == "other"]) == 1


# -- secondary threads ------------------------------------------------------------------------
def test_a_deal_named_by_another_pair_is_a_thread_of_its_own() -> None:
    found = analyse(doc("Readout\n\nThe envoy met Chile and Norway today to support their peace "
                        "talks and a permanent ceasefire. He will review the 2018 "
                        "Peru-Norway agreement on fishing quotas.\n")).negotiations
    primary = next(n for n in found if n.primary)
    other = [n for n in found if set(n.parties) == {"peru", "norway"}]
    assert set(primary.parties) == {"chile", "norway"}
    assert other and "quotas" in {i.key for i in other[0].issues}
    assert "quotas" not in {i.key for i in primary.issues}


def test_a_failed_earlier_deal_keeps_its_own_agenda() -> None:
    found = analyse(doc("Aircraft talks\n\nChile and Norway have agreed to begin talks on "
                        "aircraft today. In 2018 Chile terminated an agreement with Norway that "
                        "limited tariffs on aircraft.\n")).negotiations
    earlier = [n for n in found if not n.primary and n.status in ("collapsed", "stalled")]
    assert earlier and "tariffs" in {i.key for i in earlier[0].issues}


def test_a_meeting_called_for_is_a_step_not_an_item() -> None:
    n = _primary("Truce\n\nNorway and Chile agreed to a truce today. Chile called for an urgent "
                 "meeting of the regional council and urged its members to take action.\n")
    assert not [i for i in n.issues if i.key == "other"]


def test_what_the_talks_aim_at_and_what_a_side_demands_are_items() -> None:
    n = _primary("Pension talks\n\nTalks aimed at averting a general strike opened between "
                 "Norway and its unions today. They demanded that the pension age stay at 60. "
                 "The demands of a booming economy and demand and supply were not "
                 "discussed.\n")
    labels = _labels(n)
    # what the talks are aimed at is their agenda, open until agreed (dev bbc/politics/312 and
    # the odd bbc/politics/069 annotate it so), not an objective beyond them
    assert labels.get("Averting a general strike") == "open"
    # the demand names a topic of a labour contract: the item is keyed by it
    pension = next(i for i in n.issues if i.key == "benefits")
    assert pension.status == "contested" and pension.label.startswith("Pension age")
    assert not any("economy" in label or "supply" in label for label in labels)


def test_a_commitment_to_a_deal_still_sought_agrees_nothing() -> None:
    n = _primary("Readout\n\nThe leaders of Chile and Norway spoke today about the talks. They "
                 "reaffirmed their commitment to achieving a ceasefire and a two-state solution.\n")
    assert n.status not in ("agreed", "implementing")
    assert all(i.status != "agreed" for i in n.issues)


def test_a_wish_a_claim_or_a_market_is_no_demand() -> None:
    n = _primary("Talks\n\nNorway and Chile held talks today. I want you to know that we care "
                 "deeply. They insisted that the leadership had made great advances. Demand is "
                 "growing at more than 5% a year. They want to get to a place of peace.\n")
    assert [i.label for i in n.issues if i.key == "other"] == ["Terms under negotiation"]


def test_a_comparative_cut_from_its_than_does_not_end_a_label() -> None:
    n = _primary("Debt talks\n\nNorway and Chile held talks today on the debt of more than 5 "
                 "billion dollars.\n")
    assert n.issues and not any(i.label.lower().endswith(("more", "of")) for i in n.issues)


def test_the_same_other_item_said_longer_is_one_item() -> None:
    n = _primary("Border talks\n\nNorway and Chile are negotiating a settlement today. The deal "
                 "would allow refugees to return to their homes. The deal would also allow "
                 "refugees to return to their homes in the east.\n")
    assert len([i for i in n.issues if i.key == "other"]) == 1


def test_a_commitment_reaffirmed_from_an_earlier_summit_is_an_item() -> None:
    n = _primary("Summit\n\nThe leaders of Chile and Norway met at the summit today. They "
                 "reaffirmed the historic commitment from the 2019 summit to double rural "
                 "broadband access by 2030.\n")
    assert "Double rural broadband access by 2030" in _labels(n)


def test_what_the_sides_join_others_to_launch_is_an_item() -> None:
    n = _primary("Summit\n\nThe leaders of Chile and Norway met at the summit today. Chile "
                 "joined the other leaders to launch a global alliance against hunger.\n")
    assert _labels(n).get("Launch a global alliance against hunger") == "agreed"


def test_a_demand_after_a_modal_is_a_demand() -> None:
    n = _primary("Debt talks\n\nChile held talks with Norway's banks today. They may "
                 "demand accelerated repayments.\n")
    assert any(i.status == "contested" and "repayments" in i.label.lower() for i in n.issues)


def test_a_truce_in_force_since_a_past_date_is_still_implemented() -> None:
    n = _primary("Truce\n\nNorway and Chile held talks today on a settlement. Their truce took "
                 "effect on May 1 and has held since then.\n", published="2020-06-14")
    assert n.status in ("implementing", "agreed")


def test_a_deal_the_talks_aim_at_concluding_is_not_agreed() -> None:
    # the gerund after "of", "to", "at" looks ahead; "concluded a treaty" still agrees
    n = _primary("Readout\n\nThe envoy spoke today with the leaders of Chile and Norway about "
                 "the peace talks. They met with the aim of concluding a peace treaty.\n")
    assert n.status not in ("agreed", "implementing")
    n = _primary("Readout\n\nThe leaders of Chile and Norway met today. They concluded a peace "
                 "treaty.\n")
    assert n.status == "agreed"


# -- secondary threads: a pair's own deal ------------------------------------------------------
def _threads(text: str) -> list[Negotiation]:
    return list(analyse(doc(text)).negotiations)


def test_another_pair_agreeing_together_is_a_thread_of_its_own() -> None:
    threads = _threads("Trade talks\n\nNorway and Chile held talks today on trade and tariffs. "
                       "Norway and Chile met again in Oslo. Separately, Peru and Ecuador have "
                       "recommitted to a ceasefire along their border.\n")
    primary = next(n for n in threads if n.primary)
    pair = [n for n in threads if not n.primary and set(n.parties) == {"peru", "ecuador"}]
    assert pair and "ceasefire" in {i.key for i in pair[0].issues}
    assert "ceasefire" not in {i.key for i in primary.issues}


def test_a_passing_deal_between_another_pair_is_its_one_item() -> None:
    threads = _threads("Trade talks\n\nNorway and Chile held talks today on trade and tariffs. "
                       "Norway and Chile met again in Oslo. The ministers noted the water "
                       "arrangement between Peru and Ecuador.\n")
    pair = [n for n in threads if not n.primary and set(n.parties) == {"peru", "ecuador"}]
    assert pair and [i.label for i in pair[0].issues] == ["Water arrangement"]


def test_the_primary_pair_agreeing_opens_no_other_thread() -> None:
    threads = _threads("Trade talks\n\nNorway and Chile held talks today on trade. Norway and "
                       "Chile have agreed to cut tariffs on salmon.\n")
    assert len(threads) == 1


def test_a_deal_named_by_another_pair_is_that_threads_one_item() -> None:
    threads = _threads("Trade talks\n\nNorway and Chile held talks today on trade. Norway and "
                       "Chile met again in Oslo. The ministers also praised the Peru-Ecuador "
                       "Agreement on river navigation, signed last year.\n")
    pair = [n for n in threads if not n.primary and set(n.parties) == {"peru", "ecuador"}]
    assert pair and [i.label for i in pair[0].issues] == \
        ["Peru-Ecuador Agreement on river navigation"]


# -- the end state beyond the deal ------------------------------------------------------------
def test_a_lasting_peace_is_the_objective_of_a_truce_even_an_agreed_one() -> None:
    n = _primary("Truce statement\n\nNorway and Chile agreed today to extend the truce by two "
                 "months. The extension builds on the truce and the parties committed to work "
                 "toward a comprehensive peace to end the war.\n")
    items = {i.key: i for i in n.issues}
    assert items["settlement"].status == "objective"
    assert items["settlement"].to_dict()["key"] == "other"
    assert items["settlement"].label.startswith("Comprehensive peace")
    assert items["ceasefire"].status == "agreed"


def test_a_two_state_solution_rejected_is_contested() -> None:
    items = _items("Peace talks\n\nNorway and Chile held talks today. Chile rejected a "
                   "two-state solution at the talks.\n")
    assert items["settlement"] == "contested"


def test_a_deal_as_a_roadmap_out_of_a_crisis_is_no_end_state() -> None:
    items = _items("Hostage deal\n\nNorway and Chile held talks today on the hostage deal. They "
                   "said the deal offers a concrete roadmap for ending the crisis.\n")
    assert "settlement" not in items


def test_closing_the_deal_is_the_negotiation_not_an_item() -> None:
    n = _primary("Hostage deal\n\nNorway and Chile held talks on a hostage deal today. We call "
                 "on Chile to close this agreement, which Norway is ready to sign.\n")
    assert not any(i.label.lower().startswith("close") for i in n.issues)


def test_the_main_issue_named_is_a_contested_item() -> None:
    n = _primary("Strike talks\n\nNorway and Chile resumed talks on a labour pact today. They "
                 "have still not been able to agree on the main issue--the company's use of "
                 "outside labour for some jobs.\n")
    item = next(i for i in n.issues if "outside labour" in i.label)
    assert item.status == "contested" and item.key == "other"


def test_a_main_issue_that_is_a_clause_is_no_item() -> None:
    n = _primary("Strike talks\n\nNorway and Chile resumed talks on a labour pact today. The "
                 "main issue is whether the plant stays open.\n")
    assert not any(i.label.lower().startswith(("whether", "the plant")) for i in n.issues)


def test_an_inquiry_into_who_started_the_war_is_an_item_of_its_own() -> None:
    n = _primary("Peace plan\n\nNorway and Chile held talks today on a plan proposing a "
                 "simultaneous ceasefire and inquiry into who started the war.\n")
    keys = [i.key for i in n.issues]
    assert "ceasefire" in keys and "other" in keys
    assert any(i.label.lower().startswith("inquiry into who started") for i in n.issues)


def test_an_issue_that_divides_the_sides_is_contested() -> None:
    items = _items("Cocoa talks\n\nNorway and Chile held talks on a cocoa pact today. The key "
                   "issue which divides the members is the buffer stock.\n")
    assert items["buffer_stock"] == "contested"


def test_what_one_side_proposes_in_talks_is_contested() -> None:
    items = _items("Pay talks\n\nNorway's employers and Chile's union resumed wage talks today. "
                   "The employers propose a pay rise of 2.7 pct from April.\n")
    assert items["wages"] == "contested"


def test_a_permanent_settlement_for_people_is_no_peace_settlement() -> None:
    items = _items("Gaza talks\n\nNorway and Chile held talks on a truce today. Chile opposes "
                   "any permanent settlement of the displaced outside the region.\n")
    assert "settlement" not in items


def test_the_terms_of_a_round_rejected_weeks_ago_stay_on_the_agenda_of_the_talks() -> None:
    n = _primary("Mine strike\n\nTRAIL, British Columbia, June 15 - Talks between Norway and "
                 "Chile on a mine contract remain stalled. The miners three weeks ago rejected a "
                 "tentative three-year agreement that provided cost of living adjustments but "
                 "no basic wage increase.\n", "1987-06-15")
    items = {i.key: i.status for i in n.issues}
    assert {"cost_of_living", "wages"} <= set(items)
    # the terms of a deal one side turned down divide the sides
    assert items["cost_of_living"] == "contested"


def test_the_terms_of_a_deal_that_failed_years_ago_are_not_the_talks_agenda() -> None:
    n = _primary("Aircraft talks\n\nNorway and Chile began talks today on aircraft subsidies. "
                 "In 2004 Norway terminated an agreement, reached in 1992, which limits the tax "
                 "breaks countries can give to aircraft makers.\n", "2005-01-12")
    assert "taxes" not in {i.key for i in n.issues}


def test_an_election_that_only_dates_the_story_is_no_item() -> None:
    items = _items("Pension talks\n\nNorway's unions and Chile held talks on pensions today. "
                   "Ministers will hold talks with the unions to avoid strikes in the lead-up to "
                   "the next general election.\n")
    assert "political_transition" not in items


def test_a_deal_the_talks_seek_to_secure_is_their_open_agenda() -> None:
    # "efforts to secure a X deal": the deal under negotiation, not a purpose beyond it
    items = _items("Gaza talks\n\nThe President of Chile updated the Prime Minister of Norway "
                   "today on his ongoing efforts to secure a hostage release and ceasefire deal "
                   "in the talks.\n")
    assert items["hostage_release"] == "open"
    assert items["ceasefire"] == "open"


def test_a_peace_beyond_the_deal_stays_an_objective() -> None:
    items = _items("Gaza talks\n\nNorway and Chile held talks today on a truce, to bring a "
                   "lasting peace to the region.\n")
    assert items["settlement"] == "objective"


def test_refraining_from_the_use_of_force_is_no_ceasefire() -> None:
    # a principle of a bilateral meeting ("refrain from the use of force"), not a truce
    items = _items("Joint statement\n\nThe President of Chile met with the Prime Minister of "
                   "Norway today. The two leaders emphasized the need to refrain from the use of "
                   "force and committed to expand bilateral trade.\n")
    assert "ceasefire" not in items


def test_tariffs_one_side_imposes_as_a_penalty_are_contested() -> None:
    items = _items("Chip dispute\n\nNorway and Chile held talks on their chip pact today. Norway "
                   "announced plans to impose tariffs on Chilean electronic goods because of "
                   "Chile's failure to observe the pact.\n")
    assert items["punitive_tariffs"] == "contested"


def test_lifting_punitive_tariffs_is_no_dispute_of_its_own() -> None:
    items = _items("Chip deal\n\nNorway and Chile signed a chip pact today. Norway agreed to "
                   "lift the retaliatory tariffs on Chilean electronic goods.\n")
    assert items["punitive_tariffs"] == "agreed"


def test_a_guarantee_of_a_loan_or_a_membership_is_no_security_guarantee() -> None:
    items = _items("Debt talks\n\nNorway and Chile held talks on a loan today. Chile said it will "
                   "not guarantee any of the debt, and the talks did not guarantee Norway full "
                   "membership of the club.\n")
    assert "security_guarantees" not in items


def test_a_guarantee_of_a_states_security_is_a_security_guarantee() -> None:
    for sentence in ("Norway wants binding guarantees before any deal.",
                     "Chile asked for a guarantee of the cease-fire.",
                     "The deal must guarantee Norway's security for the long term."):
        items = _items("Peace talks\n\nNorway and Chile held peace talks today. " + sentence + "\n")
        assert "security_guarantees" in items, sentence


def test_nuclear_energy_is_no_arms_control() -> None:
    items = _items("Joint statement\n\nThe President of Chile met with the Prime Minister of "
                   "Norway today. The two leaders committed to expand civil nuclear cooperation, "
                   "to build nuclear power plants and to invest in solar, nuclear, and other clean "
                   "energy.\n")
    assert "arms_control" not in items
    items = _items("Joint statement\n\nThe President of Chile met with the Prime Minister of "
                   "Norway today. They agreed to work toward the elimination of nuclear "
                   "weapons.\n")
    assert "arms_control" in items


def test_topic_words_in_another_sense_are_no_items() -> None:
    items = _items("Gaza talks\n\nNorway and Chile held talks on a truce today. Both sides "
                   "called for respecting international humanitarian law. Chile accused its "
                   "opposition of holding our economy hostage. Norway said the militants keep "
                   "their stockpile of rockets.\n")
    assert not {"humanitarian_aid", "hostage_release", "buffer_stock"} & set(items)
    items = _items("Takeover talks\n\nNorway Corp and Chile Inc held merger talks today. "
                   "Chile Inc reported a loss of 59 cents a share from continuing operations.\n")
    assert "offer_price" not in items


def test_topic_words_in_their_own_sense_stay_items() -> None:
    items = _items("Gaza talks\n\nNorway and Chile held talks on a truce today. The deal would "
                   "bring humanitarian aid and the release of hostages, and the parties agreed "
                   "on this hostage deal.\n")
    assert {"humanitarian_aid", "hostage_release"} <= set(items)
    items = _items("Takeover talks\n\nNorway Corp and Chile Inc held merger talks today. Norway "
                   "Corp offered 28 dlrs a share for Chile Inc.\n")
    assert "offer_price" in items


def test_what_a_deal_holds_is_an_item_of_its_agenda() -> None:
    items = _primary("Grain pact\n\nNorway and Chile signed a grain pact today. Under the "
                     "nonbinding pact, Chile has agreed to purchase a minimum of nine mln tonnes "
                     "of grain per year. The agreement also foresees the building of new port "
                     "facilities.\n").issues
    labels = {i.label: i.status for i in items}
    assert labels.get("Purchase a minimum of nine mln tonnes of grain per year") == "agreed"
    assert labels.get("The building of new port facilities") == "agreed"


def test_a_deal_named_inside_a_clause_opens_no_term() -> None:
    items = _primary("Cotton pact\n\nNorway and Chile signed a trade pact today. Chile's sales "
                     "under the agreement will include raw cotton and naphtha.\n").issues
    assert not any(i.label.startswith("Include") for i in items)


def test_efforts_to_secure_the_release_of_hostages_leave_it_open() -> None:
    items = _items("Gaza talks\n\nThe President of Chile met the Prime Minister of Norway "
                   "today. The two leaders discussed their efforts to secure the release of "
                   "hostages held by the militants in the talks.\n")
    assert items["hostage_release"] == "open"


def test_a_purpose_beyond_the_talks_stays_an_objective() -> None:
    items = _items("Gaza talks\n\nNorway and Chile held talks on a truce today, in an effort to "
                   "halt the humanitarian crisis.\n")
    assert items["humanitarian_aid"] == "objective"


def test_observers_who_comment_or_sit_in_are_no_monitoring_item() -> None:
    # people who comment on the talks, or who attend them without a vote, watch no deal
    items = _items("Fishing talks\n\nNorway and Chile held talks today on fishing quotas. "
                   "Political observers in Oslo said the negotiations were tense. Denmark "
                   "attended the talks as an observer, and an observer at the talks said "
                   "progress was slow.\n")
    assert "monitoring" not in items


def test_observers_sent_to_watch_a_truce_are_a_monitoring_item() -> None:
    items = _items("Border truce\n\nNorway and Chile agreed in talks today that UN observers "
                   "will be deployed along the border to watch the ceasefire.\n")
    assert "monitoring" in items
