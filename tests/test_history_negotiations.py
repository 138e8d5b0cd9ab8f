"""One history per negotiation: parties, topic and time together (invented talks)."""

from __future__ import annotations

from briefing.answers.history import domain_of, filter_histories, history_of, merge_histories
from briefing.model import Actor, Briefing, Document, Issue, Negotiation, Round, Span

NAMES = {"osterlich": "Osterlich", "tomainia": "Tomainia", "bacteria": "Bacteria",
         "latveria": "Latveria", "genovia": "Genovia", "elbonia": "Elbonia"}


def doc(path: str, date: str | None, *threads: Negotiation) -> Briefing:
    text = "Invented text about talks. " * 4
    actors = tuple(Actor(i, n, "state", "party") for i, n in NAMES.items())
    return Briefing(Document(path=path, sha256=path, text=text, title=path, published=date),
                    actors=actors, negotiations=threads)


def thread(parties: tuple[str, ...], words: str = "", keys: tuple[str, ...] = (),
           mediators: tuple[str, ...] = (), status: str = "ongoing", tid: str = "n1",
           rounds: tuple[Round, ...] = ()) -> Negotiation:
    evidence = (Span(0, 10, words),) if words else ()
    issues = tuple(Issue(k, k.replace("_", " "), "open") for k in keys)
    return Negotiation(tid, "talks", True, parties=parties, mediators=mediators, status=status,
                       status_evidence=evidence, issues=issues, rounds=rounds)


def paths(history) -> list[str]:
    return [s.path for s in history.steps]


def test_same_pair_same_months_different_topics_stay_apart():
    briefings = [
        doc("/arms1", "1990-03-02", thread(("osterlich", "tomainia"), "missile reductions",
                                            ("arms_control",))),
        doc("/grain1", "1990-03-05", thread(("tomainia", "osterlich"), "wheat purchases")),
        doc("/arms2", "1990-04-10", thread(("osterlich", "tomainia"), "nuclear warheads")),
        doc("/grain2", "1990-05-01", thread(("osterlich", "tomainia"), "grain trade talks",
                                             ("trade",))),
    ]
    histories = merge_histories(briefings)
    assert sorted(paths(h) for h in histories) == [["/arms1", "/arms2"], ["/grain1", "/grain2"]]
    assert {h.domain for h in histories} == {"arms", "economy"}


def test_same_pair_years_apart_are_two_negotiations_and_steps_are_in_date_order():
    briefings = [doc(p, d, thread(("osterlich", "tomainia"), "cease-fire talks"))
                 for p, d in (("/c", "2009-03-01"), ("/a", "2001-01-10"), ("/b", "2001-03-01"))]
    histories = merge_histories(briefings)
    assert sorted(paths(h) for h in histories) == [["/a", "/b"], ["/c"]]


def test_a_many_party_thread_joins_each_pair_it_names_without_stretching_it():
    riyadh = Round("Hillport", "2030-02-18", "progress")
    briefings = [
        doc("/ab1", "2030-02-18", thread(("osterlich", "tomainia"), "truce", rounds=(riyadh,))),
        doc("/ac1", "2030-03-11", thread(("osterlich", "bacteria"), "truce")),
        doc("/abc", "2030-03-20", thread(("bacteria", "osterlich", "tomainia"), "truce")),
        doc("/ab2", "2030-08-15", thread(("tomainia", "osterlich"), "cease-fire summit")),
        # Far later, only a many-party thread: it does not keep the pair's talks alive.
        doc("/abd", "2032-01-01", thread(("osterlich", "tomainia", "genovia"), "truce")),
        # Long before, a summit statement naming both does not begin their talks.
        doc("/early", "2029-09-01", thread(("osterlich", "tomainia", "latveria"), "truce")),
    ]
    histories = merge_histories(briefings)
    ab = next(h for h in histories if h.key == ("osterlich", "tomainia"))
    ac = next(h for h in histories if h.key == ("bacteria", "osterlich"))
    assert paths(ab) == ["/ab1", "/abc", "/ab2"]
    assert paths(ac) == ["/ac1", "/abc"]
    assert [r.place for r in ab.rounds] == ["Hillport"]
    assert history_of(histories, "/abd") is not ab
    assert history_of(histories, "/early") is not ab


def test_one_party_threads_join_only_through_shared_mediators():
    mediators = ("genovia", "elbonia", "latveria")
    briefings = [
        doc("/pair", "2040-01-01", thread(("osterlich", "tomainia"), "hostages", (),
                                          mediators)),
        doc("/one-mediated", "2040-02-01", thread(("tomainia",), "hostages", (), mediators)),
        doc("/one-alone", "2040-02-02", thread(("tomainia",), "hostages")),
        doc("/one-alone-2", "2040-02-03", thread(("tomainia",), "hostages")),
        doc("/one-other-mediator", "2040-02-04", thread(("osterlich",), "hostages", (),
                                                        ("genovia",))),
    ]
    histories = merge_histories(briefings)
    pair = next(h for h in histories if h.key == ("osterlich", "tomainia"))
    assert paths(pair) == ["/pair", "/one-mediated"]
    assert set(pair.mediator_names) == {"Genovia", "Elbonia", "Latveria"}
    # No catch-all history of one party: each such thread stands alone.
    assert sum(1 for h in histories if len(h.steps) == 1) == 3


def test_lookup_filter_and_json_shape():
    briefings = [doc("/x", "2030-01-01", thread(("osterlich", "tomainia"), "truce",
                                                status="agreed", tid="n2",
                                                rounds=(Round("Hillport", "2030-01-01",
                                                              "deal"),)))]
    (history,) = merge_histories(briefings)
    assert history_of([history], "/x", "n2") is history
    assert filter_histories([history], "tomainia hillport") == [history]
    assert filter_histories([history], "genovia") == []
    data = history.to_dict()
    assert {"id", "label", "parties", "topic", "steps"} <= set(data)
    (step,) = data["steps"]
    assert {"path", "date", "status", "round", "evidence"} <= set(step)
    assert step["round"]["place"] == "Hillport" and step["status"] == "agreed"
    assert data["parties"] == ["Osterlich", "Tomainia"]


def test_talks_a_party_mediates_join_its_own_talks_with_that_side():
    briefings = [
        doc("/ab", "2030-03-25", thread(("osterlich", "tomainia"), "truce")),
        # Osterlich mediates between Tomainia and Bacteria: part of the Osterlich-Tomainia track.
        doc("/tb", "2030-08-19", thread(("tomainia", "bacteria"), "truce",
                                        mediators=("osterlich",))),
    ]
    histories = merge_histories(briefings)
    ab = next(h for h in histories if h.key == ("osterlich", "tomainia"))
    tb = next(h for h in histories if h.key == ("bacteria", "tomainia"))
    assert paths(ab) == ["/ab", "/tb"] and paths(tb) == ["/tb"]
    assert ab.last_date == "2030-08-19"


def test_a_thread_of_two_topics_does_not_bridge_a_pairs_security_and_trade_talks():
    # a briefing on both files joins the cease-fire talks, but the trade talks a month later
    # are still another negotiation of the same pair
    briefings = [
        doc("/truce1", "2031-01-05", thread(("osterlich", "tomainia"), "cease-fire talks",
                                             ("ceasefire",))),
        doc("/both", "2031-02-01", thread(("osterlich", "tomainia"), "truce and tariffs",
                                           ("ceasefire", "tariffs"))),
        doc("/trade", "2031-03-01", thread(("osterlich", "tomainia"), "grain trade talks",
                                            ("trade",))),
        doc("/truce2", "2031-04-01", thread(("osterlich", "tomainia"), "truce monitors",
                                             ("ceasefire",))),
    ]
    histories = merge_histories(briefings)
    assert sorted(paths(h) for h in histories) == [["/trade"], ["/truce1", "/both", "/truce2"]]


def test_a_historys_topic_follows_the_threads_main_agenda_items() -> None:
    # a cease-fire at sea first, then sanctions and exports: security talks
    sea = thread(("osterlich", "tomainia"), "safe shipping and exports",
                 ("ceasefire", "sanctions", "trade"))
    assert domain_of(sea) == "security"
    # the same items, trade first: trade talks
    market = thread(("osterlich", "tomainia"), "safe shipping and exports",
                    ("trade", "sanctions", "ceasefire"))
    assert domain_of(market) == "economy"
