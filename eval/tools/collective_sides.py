#!/usr/bin/env python3
"""Described collective sides ("creditor banks", "debtor nations", "the unions") in negotiation
constructions of the released sets, against the gold, with the scorer's name matching.

    python eval/tools/collective_sides.py [--set dev ...] [--half A|B] [--pred PRED.json]
                                          [--list] [--shared DIR]

A side of a negotiation the text never names is a gold party actor without mentions, matched
by the scorer's second pass: ``token_set_ratio`` >= 90 between names (a predicted "creditor
banks" matches gold "Brazil's creditor banks").  This tool finds, in each sentence with a word
of the table (``collectives.TABLE``), every lowercase plural noun phrase (up to three modifiers
before a head ending in -s) in one of the constructions that make a side:

* ``between``: "talks / an agreement ... between X and Y" (each of X, Y);
* ``with``: "talks / negotiations / an agreement ... with X";
* ``subject``: X before a verb of the table ("X rejected", "X have agreed", "X will offer").

Each (document, phrase) is judged by the gold actor its phrase would match (the best name
score >= 90 among gold actors the saved prediction leaves unaligned, else among all):
``gain`` an unaligned gold party (a party the rule would add), ``have`` a gold party already
aligned, ``mentioned`` a gold actor of the mentioned tier, ``none`` no gold actor (the last
two are the false parties a rule would add).  Counts by construction and by head noun, per
half; ``--list`` prints each.  Then the gold parties without mentions that no prediction
aligns (``missed_unnamed``; persons left out): ``found`` by a construction, else where the
text says its name's head noun (``where_named``: in a sentence with a word of the table,
only elsewhere, or nowhere).  Only counts, ids, the
phrases and actor names are printed; the blind sets are refused.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "eval"))
sys.path.insert(0, str(PROJECT / "eval" / "tools"))

import inprocess_docs as docs  # noqa: E402
from score_sets import find_shared  # noqa: E402
from shared_scorer import load_scorer  # noqa: E402
from timeline_errors import half_of  # noqa: E402

from briefing.extract.actors.collectives import TABLE  # noqa: E402

_DET = r"(?:(?:the|its|their|some|several|many|most|other|all|both|foreign|major|leading)\s+)"
# a lowercase plural noun phrase: up to three modifiers, a head ending in -s
_NP = r"((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w-]*[a-z]s)\b"
_NOUN = r"(?:talks|negotiations?|agreements?|accords?|deal|discussions|consultations|dispute|" \
        r"contract|pact|settlement)"
BETWEEN = re.compile(_NOUN + r"(?:\s+[\w'’-]+){0,5}?\s+between\s+" + _DET + r"?" + _NP
                     + r"(?:\s+and\s+" + _DET + r"?" + _NP + r")?")
BETWEEN_NAMED = re.compile(_NOUN + r"(?:\s+[\w'’-]+){0,5}?\s+between\s+[^,;.]{1,60}?\s+and\s+"
                           + _DET + r"?" + _NP)
WITH = re.compile(_NOUN + r"(?:\s+[\w'’-]+){0,5}?\s+with\s+" + _DET + r"?" + _NP)
_TABLE_VERB = (r"(?:agreed|agree|rejected|reject|accepted|accept|offered|offer|proposed|propose|"
               r"demanded|demand|refused|refuse|signed|sign|negotiated|negotiate|approved|"
               r"struck|reached|insisted|insist|voted|walked|threatened|sought|seek|want|wanted|"
               r"called|pressed|balked|resisted|oppose|opposed)")
SUBJECT = re.compile(r"(?:^\s*|[,;:]\s+|\b(?:and|but|while|that|as|if|when)\s+)" + _DET + r"?" + _NP
                     + r"\s+(?:(?:have|has|had|will|would|could|may|might|must|should|also|"
                       r"still|now|not|already|were|are|jointly|reportedly)\s+){0,2}"
                     + _TABLE_VERB + r"\b")
_NOT_HEADS = frozenset({"talks", "negotiations", "terms", "is", "has", "was", "this", "its",
                        "his", "does", "as", "us", "thus", "plus", "news", "analysts",
                        "sources", "officials", "dlrs", "pct", "years", "months", "days",
                        "weeks", "hours", "issues", "plans", "prices", "others", "tons",
                        "tonnes", "bags", "points", "cents", "yesterday"})


# words a noun phrase's modifiers never are: they end the phrase before them ("said creditor
# banks" is "creditor banks")
_STOP_WORDS = """the a an its their his her our to of in on at for with and or by from as
said says say that which who whom whose is are was were be been being has have had will would
not no all most some many other both several these those this than between among into over
about after before while when if but also only such any each every"""
_STOP = frozenset(_STOP_WORDS.split())


def _trim(phrase: str) -> str:
    """The phrase from its last word in ``_STOP`` on."""
    words = phrase.split()
    while words and any(w in _STOP for w in words[:-1]):
        words = words[1 + max(i for i, w in enumerate(words[:-1]) if w in _STOP):]
    return " ".join(words)


def phrases(text: str) -> list[tuple[str, str, int]]:
    """(construction, phrase, sentence start) of each candidate in the sentences of the table."""
    out: list[tuple[str, str, int]] = []
    for m in re.finditer(r"[^.\n]+", text):
        sent = m.group(0)
        if not TABLE.search(sent):
            continue
        for kind, pat in (("between", BETWEEN), ("between", BETWEEN_NAMED), ("with", WITH),
                          ("subject", SUBJECT)):
            for hit in pat.finditer(sent):
                for g in hit.groups():
                    g = _trim(g or "")
                    if g and g.split()[-1] not in _NOT_HEADS | _STOP:
                        out.append((kind, g, m.start()))
    return out


def where_named(text: str, name: str) -> str:
    """Where the text says the head of a gold name ("creditor banks": "bank"): ``in_table``
    in a sentence with a word of the table, ``no_table`` only elsewhere, ``no_text`` nowhere
    (the annotator's reading, not the text's words)."""
    words = re.findall(r"[A-Za-z]+", re.sub(r"\(.*?\)", "", name))
    if not words:
        return "no_text"
    head = words[-1].lower()
    stem = head[:-1] if head.endswith("s") and len(head) > 4 else head
    pat = re.compile(r"\b" + re.escape(stem) + r"\w*", re.IGNORECASE)
    seen = "no_text"
    for m in re.finditer(r"[^.\n]+", text):
        if pat.search(m.group(0)):
            if TABLE.search(m.group(0)):
                return "in_table"
            seen = "no_table"
    return seen


def judge(score: Any, gold: dict[str, Any], pred: dict[str, Any], phrase: str
          ) -> tuple[str, str]:
    """(verdict, gold actor name) of a phrase made an actor with no mentions."""
    from rapidfuzz import fuzz
    G, P = score.norm_gold_doc(gold), score.norm_pred_doc(pred)
    amap = score.align_actors(G["actors"], P["actors"])
    aligned = set(amap.values())
    gparent = {a["id"]: a["part_of"] for a in G["actors"] if a["part_of"]}
    pset = {score.root(amap.get(a["id"], "pred:" + a["id"]), gparent)
            for a in P["actors"] if a["tier"] in ("party", "sub_actor")}
    p = score.norm_name(phrase)
    best: tuple[int, int, dict[str, Any]] | None = None
    for ga in G["actors"]:
        for n in [ga["name"], *ga["aliases"]]:
            s = fuzz.token_set_ratio(p, score.norm_name(n))
            if s >= score.FUZZY_THRESHOLD:
                key = (int(ga["id"] not in aligned), int(s))
                if best is None or key > best[:2]:
                    best = (key[0], key[1], ga)
    if best is None:
        return "none", ""
    ga = best[2]
    if ga["tier"] == "mentioned":
        return "mentioned", ga["name"]
    r = score.root(ga["id"], gparent)
    return ("have" if r in pset else "gain"), ga["name"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--set", action="append", dest="sets")
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--list", action="store_true")
    docs.add_prediction_options(ap)
    args = ap.parse_args(argv)
    sets = docs.released_sets("collective_sides", args.sets)
    if sets is None:
        return 2
    shared = find_shared(args.shared)
    score = load_scorer(shared, "collective_sides")
    predictions = docs.Predictions(args.pred)
    by_kind: Counter[tuple[str, str, str]] = Counter()
    by_head: Counter[tuple[str, str, str]] = Counter()
    missed: Counter[tuple[str, str]] = Counter()
    rows: list[str] = []
    for doc in docs.gold_documents(sets, shared, docs.in_half(args.half)):
        half = half_of(doc.gold_file.name)
        pred, text = predictions.of(doc, need_text=True)
        seen: dict[str, str] = {}
        gains: set[str] = set()
        for kind, phrase, _at in phrases(text):
            if phrase in seen:
                continue
            verdict, who = judge(score, doc.gold, pred, phrase)
            seen[phrase] = verdict
            if verdict == "gain":
                gains.add(who)
            by_kind[(half, kind, verdict)] += 1
            by_head[(half, phrase.split()[-1], verdict)] += 1
            if args.list:
                rows.append(f"{half} {doc.key:34} {kind:8} {verdict:9} {phrase!r:40} {who}")
        G, P = score.norm_gold_doc(doc.gold), score.norm_pred_doc(pred)
        aligned = set(score.align_actors(G["actors"], P["actors"]).values())
        kinds = {a["id"]: a.get("kind") for a in doc.gold.get("actors") or []}
        for ga in G["actors"]:
            if ga["tier"] != "mentioned" and not ga["mentions"] and ga["id"] not in aligned \
                    and kinds.get(ga["id"]) != "person":
                found = "found" if ga["name"] in gains else where_named(text, ga["name"])
                missed[(half, found)] += 1
                if args.list and found != "found":
                    rows.append(f"{half} {doc.key:34} missed_unnamed {found:9} {ga['name']}")
    for half in ("A", "B"):
        print(f"half {half}")
        for kind in ("between", "with", "subject"):
            c = {v: by_kind[(half, kind, v)] for v in ("gain", "have", "mentioned", "none")}
            print(f"  {kind:8} " + "  ".join(f"{v} {n}" for v, n in c.items()))
        print("  missed unnamed gold actors (party tier, no mentions, not aligned, no "
              "person): " + ", ".join(f"{k} {missed[(half, k)]}" for k in
                                      ("found", "in_table", "no_table", "no_text")))
        heads = Counter({h: n for (hf, h, _v), n in by_head.items() if hf == half})
        for h, _n in heads.most_common(40):
            c = {v: by_head[(half, h, v)] for v in ("gain", "have", "mentioned", "none")}
            print(f"    {h:16} " + "  ".join(f"{v} {n}" for v, n in c.items() if n))
    for line in sorted(rows):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
