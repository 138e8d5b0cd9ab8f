"""The files of economic negotiations (issue 11): debt, labour, takeover, commodity and budget
terms are agenda items of their own, exported as ``other`` with a precise label.  Every text is
invented; the states and firms are names the knowledge base knows or plain capitalised words."""

from __future__ import annotations

from _neg_fixtures import doc, primary_thread

from briefing.extract import analyse
from briefing.extract.negotiations.labels import MAX_LABEL, ends_cut
from briefing.model import Issue, Negotiation


def _primary(text: str) -> Negotiation:
    return primary_thread(text, "1987-03-02")


def _topics(n: Negotiation) -> dict[str, Issue]:
    return {i.key: i for i in n.issues}


def test_the_terms_of_a_debt_rescheduling_are_items_of_their_own() -> None:
    n = _primary("Chile debt talks\n\nSANTIAGO, March 1 - Chile resumed talks with its creditor "
                 "banks today. Chile is sticking to its demand of a spread of 3/4 percentage "
                 "point over LIBOR for the rescheduling of 4.1 billion dlrs of debt. The banks "
                 "want new money to be kept to a minimum.\n")
    topics = _topics(n)
    assert {"interest", "rescheduling", "new_money"} <= set(topics)
    assert topics["interest"].status == "contested"
    assert all(i.to_dict()["key"] == "other" for i in n.issues if i.key in topics)
    assert topics["interest"].label.startswith("Spread of 3/4")


def test_a_labour_contract_has_pay_length_and_work_rules() -> None:
    n = _primary("Miners strike\n\nTalks between Norway's miners union and the company broke "
                 "down today. The union had demanded a four pct wage increase in each year of "
                 "a two-year contract. The company pressed for a three-year contract and looser "
                 "rules on job classifications, and offered cost of living increases.\n")
    topics = _topics(n)
    assert {"wages", "contract", "work_rules", "cost_of_living"} <= set(topics)
    assert topics["wages"].status == "contested"


def test_a_takeover_offer_has_a_price_a_stake_and_a_board() -> None:
    n = _primary("Bid talks\n\nNorway is in talks with Chile on the sale of a state copper "
                 "group. Chile rejected a 530 pence-a-share offer last week, saying the bid "
                 "undervalued the business. The talks are also about where to base the future "
                 "board of the group. Norway already holds a 12% stake in the company.\n")
    topics = _topics(n)
    assert {"offer_price", "stake", "governance"} <= set(topics)
    assert topics["offer_price"].label.startswith("530 pence")


def test_a_commodity_pact_has_its_prices_and_buffer_stock_without_words_of_talks() -> None:
    n = _primary("Rubber pact\n\nGENEVA, March 1 - Producers and consumers reached agreement on "
                 "a new rubber pact at talks in Geneva. The buffer stock remains the sole "
                 "instrument of market intervention. The reference price is unchanged at 200 "
                 "cents a kilo.\n")
    topics = _topics(n)
    assert {"buffer_stock", "prices"} <= set(topics)
    # the terms of a deal reached are agreed, not open, when nothing says they are not
    assert topics["buffer_stock"].status == "agreed"
    assert topics["prices"].status == "agreed"


def test_a_term_of_an_agreed_deal_said_to_be_tentative_is_not_agreed() -> None:
    n = _primary("Rubber pact\n\nNorway and Chile reached agreement on a new rubber pact "
                 "at talks in Geneva. It was tentatively agreed that the reference price would "
                 "be reviewed every year.\n")
    assert _topics(n)["prices"].status != "agreed"


def test_budget_talks_have_taxes_and_spending() -> None:
    n = _primary("Budget summit\n\nThe President and Congress may hold talks on the budget. He "
                 "said he would consider talks, except on defense spending or new taxes.\n")
    assert {"taxes", "spending"} <= set(_topics(n))


def test_a_financial_guarantee_or_a_job_guarantee_is_no_security_guarantee() -> None:
    n = _primary("Debt talks\n\nChile held talks with its creditors today. The bonds carry a "
                 "guaranteed return on both interest and principal.\n")
    assert "security_guarantees" not in _topics(n)


def test_a_clause_trigger_is_labelled_by_its_topic() -> None:
    n = _primary("Merger talks\n\nNorway and Chile held talks on merging their state "
                 "carmakers today. Some 2,000 jobs would be cut if the deal goes ahead.\n")
    jobs = _topics(n)["jobs"]
    assert jobs.label == "Job cuts"


def test_term_labels_read_at_a_glance() -> None:
    n = _primary("Bid talks\n\nNorway held talks with Chile today and raised its bid for the "
                 "company to 22 dlrs a share in cash with the aim of winning the board's "
                 "support. Talks went on "
                 "about deficit targets for the next year with the aim of a deal.\n")
    for issue in n.issues:
        assert len(issue.label) <= MAX_LABEL and not ends_cut(issue.label)
        assert "with the aim" not in issue.label


def test_a_transcript_sentence_with_no_word_of_talks_adds_no_term() -> None:
    text = ("Press Briefing\n\nMS. SMITH: Good afternoon. Norway and Chile held talks on a "
            "truce today.\n\nQ Thanks. What about the budget?\n\nMS. SMITH: Millions of people "
            "would lose their health insurance and pensions under that plan.\n")
    found = analyse(doc(text, "2020-06-14")).negotiations
    assert not any(i.key == "benefits" for n in found for i in n.issues)


def test_a_history_names_its_topics_never_by_their_keys() -> None:
    from briefing.answers.history import History

    h = History(key="k", parties=(), names=(), steps=(), id="h-1", domain=None,
                mediators=(), mediator_names=(), issues=("governance", "joint_strikes"))
    assert h.topic == "board and headquarters; joint strikes"
    assert "_" not in h.topic


def test_the_trade_of_a_name_or_a_title_is_no_trade_item() -> None:
    n = _primary("Chip pact\n\nNorway and Chile signed a chip pact today. The trade group said "
                 "Chile had not lived up to it, and a trade union official agreed.\n")
    assert "trade" not in {i.to_dict()["key"] for i in n.issues}
    n = _primary("Chip pact\n\nNorway and Chile signed a pact today to expand trade in chips.\n")
    assert "trade" in {i.to_dict()["key"] for i in n.issues}


def test_consequences_for_people_enforce_nothing() -> None:
    n = _primary("Car deal\n\nNorway and Chile reached a deal today. A failure to reach it would "
                 "have had severe consequences for thousands of workers.\n")
    assert "enforcement" not in _topics(n)
    n = _primary("Truce\n\nNorway and Chile agreed to a truce today. They discussed the "
                 "consequences if the truce fails.\n")
    assert "enforcement" in _topics(n)


def test_enforcement_needs_a_deal_in_its_sentence() -> None:
    # consequences of a war, accountability for a crime, law enforcement: no deal enforced
    n = _primary("Talks\n\nNorway and Chile held talks today on trade. They warned of severe "
                 "consequences if Chile goes ahead with an invasion. Norway will help Chile "
                 "ensure accountability for corruption and build law enforcement capacity.\n")
    assert "enforcement" not in _topics(n)
    n = _primary("Talks\n\nNorway and Chile held talks today on trade. They discussed "
                 "compliance with the pact and how to enforce its terms.\n")
    assert "enforcement" in _topics(n)


def test_what_the_sides_agreed_to_do_is_an_agreed_item() -> None:
    n = _primary("Trade row\n\nNorway and Chile held talks on steel today. Both sides agreed "
                 "to suspend their complaints to the arbitration panel.\n")
    labels = {i.label: i.status for i in n.issues}
    assert labels.get("Suspend their complaints to the arbitration panel") == "agreed"
    # a first step toward talks, the talks themselves, a noun phrase: no term of a deal
    n = _primary("Trade row\n\nNorway and Chile held talks on steel today. Both sides agreed "
                 "to leave the door open for talks, agreed to meet again and agreed to the "
                 "proposal.\n")
    # (what the talks are on is then the thread's one item: talks_topic)
    assert [i.label for i in n.issues if i.key == "other"] == ["Steel"]


def test_finalising_the_deal_itself_is_no_item_and_a_deal_to_conclude_is_one() -> None:
    n = _primary("Truce talks\n\nNorway and Chile held talks today. The envoy urged both "
                 "sides to finalize the deal as soon as possible.\n")
    assert not [i for i in n.issues if i.label.lower().startswith("finali")]
    n = _primary("Truce talks\n\nNorway and Chile held talks today. Both are ready to conclude "
                 "a peace agreement within this period. The envoy hopes they conclude an "
                 "agreement soon.\n")
    assert len([i for i in n.issues if i.label.lower().startswith("conclud")]) == 1


def test_a_sides_demand_or_proposal_named_as_a_noun_is_an_item() -> None:
    n = _primary("Summit\n\nNorway and Chile held talks today. Chile repeated its demand for "
                 "curbs on Norwegian fishing fleets. Norway's proposal for a joint research fund "
                 "was welcomed.\n")
    labels = {i.label: i.status for i in n.issues}
    assert labels.get("Curbs on Norwegian fishing fleets") == "contested"
    assert labels.get("A joint research fund") == "open"
    # a market's demand is nobody's demand
    n = _primary("Summit\n\nNorway and Chile held talks today. The demand for copper "
                 "fell sharply.\n")
    assert not [i for i in n.issues if "copper" in i.label.lower()]


def test_would_in_talks_far_from_a_deal_is_no_provisional_agreement() -> None:
    n = _primary("Peace plan\n\nNorway proposed talks with Chile today. Under its plan a "
                 "commission would then investigate who started the war, and a ceasefire "
                 "would follow.\n")
    assert n.status not in ("near_agreement", "agreed", "implementing")
    # the plan's own terms ("under its plan") are not the same as a side's wish: only an item
    # with no word of a draft or a plan is open
    n = _primary("Talks\n\nNorway and Chile held exploratory talks today. Chile said a ceasefire "
                 "would help.\n")
    assert _topics(n)["ceasefire"].status != "provisionally_agreed"


def test_what_stands_in_the_way_is_contested() -> None:
    n = _primary("Bid talks\n\nNorway is in talks with Chile on the sale of a copper group. "
                 "Chile said the cash offer undervalued the business.\n")
    assert _topics(n)["offer_price"].status == "contested"
    n = _primary("Pension talks\n\nNorway's unions held talks with the government and will "
                 "strike in protest at plans to raise the pension age to 67.\n")
    assert _topics(n)["benefits"].status == "contested"


def test_a_truce_said_to_be_in_force_is_an_agreed_item() -> None:
    for sentence in ("Fighting has nearly ceased under a UN-mediated truce, the leaders said.",
                     "They praised the cooperation that led to a truce in Chile, now entering "
                     "its fifth week.",
                     "Today marks one year of a truce in the war.",
                     "The truce that began in March has brought calm."):
        n = _primary("Truce\n\nNorway and Chile held talks today on the truce. " + sentence + "\n")
        assert _topics(n)["ceasefire"].status == "agreed", sentence
    # a truce proposed, or one still to come, is not in force
    for sentence in ("Chile held talks under a ceasefire proposal from Norway.",
                     "Chile wants a truce that would last six weeks."):
        n = _primary("Truce talks\n\nNorway and Chile held talks today. " + sentence + "\n")
        assert _topics(n)["ceasefire"].status != "agreed", sentence


def test_the_deal_the_talks_seek_is_their_open_agenda_not_an_objective() -> None:
    # what the talks aim at, or the deal being sought, is negotiated: open until agreed
    n = _primary("Pension talks\n\nTalks aimed at averting national strikes over pension reforms "
                 "will take place this weekend between Norway's unions and the government.\n")
    assert all(i.status != "objective" for i in n.issues)
    n = _primary("Truce talks\n\nMediators held intensive talks with Norway and Chile today, "
                 "aiming to conclude the agreement for a ceasefire and release of hostages.\n")
    assert _topics(n)["ceasefire"].status == "open"
    assert _topics(n)["hostage_release"].status == "open"
    # the aim of an effort, beyond the deal itself, stays an objective
    n = _primary("Truce talks\n\nNorway and Chile held talks today. The envoy's efforts aim to "
                 "achieve a durable political settlement.\n")
    assert any(i.status == "objective" for i in n.issues)


def test_in_talks_that_broke_down_the_items_are_contested() -> None:
    n = _primary("Quota talks collapse\n\nLONDON, March 2 - Talks between Norway and Chile on "
                 "export quotas collapsed today without agreement.\n")
    assert n.status in ("stalled", "collapsed")
    assert all(i.status == "contested" for i in n.issues if i.key in ("quotas", "trade"))
    assert n.issues


def test_securities_trading_and_export_facilities_are_no_trade_item() -> None:
    n = _primary("Bourse talks\n\nNorway and Chile held talks today on a merger of their "
                 "bourses. Unions fear the equities and derivatives trade could be run from "
                 "Chile.\n")
    assert "trade" not in _topics(n)
    n = _primary("Debt talks\n\nNorway and Chile held debt talks today. Chile will go on to talks "
                 "with Norway's export credit agency, near its oil export terminal.\n")
    assert "trade" not in _topics(n)
    n = _primary("Trade talks\n\nNorway and Chile held talks today on farm exports.\n")
    assert "trade" in _topics(n)


def test_a_commodity_council_has_its_output_ceiling_and_fixed_prices() -> None:
    # the group's output ceiling and its fixed prices are items of their own, in a sentence
    # of the thread with no word of talks
    n = _primary("Oil pact\n\nVIENNA, March 1 - Oil ministers of Norway and Chile agreed "
                 "today on a new pact at talks in Vienna. The pact keeps the group's output "
                 "ceiling at 15.8 mln barrels a day. It also marks a return to fixed prices "
                 "of around 18 dlrs a barrel.\n")
    topics = _topics(n)
    assert {"output", "prices"} <= set(topics)
    assert topics["output"].to_dict()["key"] == "other"
    assert topics["output"].label.startswith("Output ceiling")


def test_the_division_of_quotas_is_another_item_than_the_quotas() -> None:
    # whether there are export quotas (trade) and how they are shared out among the members
    # (other) divide a commodity council in two different ways
    n = _primary("Coffee talks\n\nLONDON, March 1 - Coffee producers and consumers held talks "
                 "on reintroducing export quotas. Producers and consumers are at odds over "
                 "how quotas should be calculated under a future scheme.\n")
    topics = _topics(n)
    assert {"quotas", "quota_shares"} <= set(topics)
    assert topics["quotas"].to_dict()["key"] == "trade"
    assert topics["quota_shares"].to_dict()["key"] == "other"


def test_a_production_in_passing_is_no_output_ceiling() -> None:
    n = _primary("Steel talks\n\nNorway and Chile held talks on steel tariffs today. The "
                 "plant resumed production last week.\n")
    assert "output" not in _topics(n)


def test_pay_and_hours_offered_in_labour_talks_are_terms_without_words_of_talks() -> None:
    # "The employers propose a pay rise": no word of talks in the sentence, yet the pay and
    # the hours of a labour negotiation are its terms, as its benefits and jobs are
    n = _primary("Engineering talks\n\nBONN, March 1 - Norway's engineering union and the "
                 "employers resumed wage talks today. The employers propose a half-hour cut in "
                 "the 38.5 hour working week from July and a pay rise of 2.7 pct.\n")
    assert {"wages", "working_hours"} <= set(_topics(n))


def test_tariffs_imposed_as_a_penalty_are_sanctions_and_cutting_tariffs_is_trade() -> None:
    n = _primary("Chip dispute\n\nWASHINGTON, March 1 - Norway and Chile held talks on their "
                 "microchip pact today. Norway plans to impose 100 pct tariffs on Chile's "
                 "electronic goods from April 17 in retaliation for breaking the pact.\n")
    punitive = _topics(n)["punitive_tariffs"]
    assert punitive.to_dict()["key"] == "sanctions"
    assert "tariffs" in punitive.label.lower()
    n = _primary("Trade talks\n\nNorway and Chile held talks today on cutting tariffs on "
                 "farm goods.\n")
    assert "punitive_tariffs" not in _topics(n)
    assert _topics(n)["tariffs"].to_dict()["key"] == "trade"


def test_goods_one_side_agrees_to_import_are_a_trade_item() -> None:
    n = _primary("Fuel deal\n\nNorway and Chile signed a deal today. Under the deal Norway "
                 "will import Chilean fuel in exchange for farm goods.\n")
    trade = _topics(n)["trade"]
    assert trade.label.lower().startswith("import chilean fuel")
    assert trade.status == "agreed"


def test_an_import_licence_is_no_trade_item() -> None:
    n = _primary("Bank talks\n\nNorway and Chile held talks on a loan today. Chile must first "
                 "obtain an import licence for the bank.\n")
    assert "trade" not in _topics(n)


def test_what_one_side_pays_the_other_to_settle_is_an_item() -> None:
    n = _primary("Car deal\n\nNorway's carmaker and Chile's carmaker held talks today on ending "
                 "their alliance. Chile may accept a cash payment in return for dropping its "
                 "claim.\n")
    payment = _topics(n)["payment"]
    assert payment.to_dict()["key"] == "other"
    assert payment.label.lower().startswith("cash payment")
    n = _primary("Car deal\n\nNorway's carmaker and Chile's carmaker signed a deal today. "
                 "Norway is to pay Chile 1.55 billion euros.\n")
    assert "payment" in _topics(n)


def test_wage_growth_in_passing_is_no_term_but_a_pay_rise_offered_is() -> None:
    n = _primary("Engineering talks\n\nBONN, March 1 - Norway's engineering union and the "
                 "employers resumed wage talks today. Wage growth has been slow this year.\n")
    assert not any("growth" in i.label.lower() for i in n.issues)


def test_to_wage_war_is_no_wage_item() -> None:
    n = _primary("Cartel talks\n\nNorway and Chile held talks today and agreed to wage war on "
                 "the drug cartels.\n")
    assert "wages" not in _topics(n)


def test_a_budget_rebate_cash_grants_and_rehabilitation_are_items() -> None:
    n = _primary("Budget summit\n\nNorway and Chile held talks on the EU budget today. Norway's "
                 "3bn rebate is not up for renegotiation, its minister said.\n")
    assert _topics(n)["budget"].to_dict()["key"] == "other"
    n = _primary("Farm talks\n\nNorway and Chile held talks on farm prices today. The proposals "
                 "include cash grants to the farmers worst hit.\n")
    assert "payment" in _topics(n)
    n = _primary("Truce talks\n\nNorway and Chile held talks on a truce today. The deal would "
                 "lead to a ceasefire and the rehabilitation of the region.\n")
    assert "reconstruction" in _topics(n)
