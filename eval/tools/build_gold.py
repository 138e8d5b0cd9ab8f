#!/usr/bin/env python3
"""Compile an annotator's draft (surface strings) into a briefing-gold/1 file (offsets only).

A draft names spans by their words, so an annotator never counts characters; the gold file it
compiles to holds offsets, ids and short labels only, never article text (licences). Drafts
stay outside the repository.

usage: python eval/tools/build_gold.py DRAFT.yaml [-o OUT.gold.yaml] [--show]

Draft format (YAML):

    file: ../shared/corpora/whitehouse/wh01234.txt   # the article (relative to the cwd)
    published: 2024-05-31 | null
    title: first-line | null                            # first-line: the article's line 1
    notes: ["why a hard case was annotated so", ...]    # copied as comments; no article text
    actors:
      - id: israel
        name: Israel
        kind: state          # state | person | armed_group | igo | organization | government
                             # | armed_forces | population | state_group | other
        tier: party          # party | sub_actor | mentioned
        part_of: null
        affiliation: null
        title: null
        aliases: [Israel, Israeli, Israelis]  # every whole-word occurrence becomes a mention
        not: [SPEC, ...]     # occurrences to leave out (an alias inside another name, ...)
        after_hyphen: false  # true: also take aliases right after a hyphen ("U.S.-Egypt");
                             # --show lists those not taken
        extra: [SPEC, ...]   # mentions no alias finds
    quotes:
      - {at: SPEC, speaker: israel | null}   # any words inside the quotation; the span grows to
                                             # the quotation marks around them (marks excluded)
      - {at: SPEC, speaker: ..., exact: true}  # the span exactly as given: a quotation the text
                                               # left without its opening (or closing) mark
    negotiations:
      - id: n1
        primary: true
        label: short label
        parties: [usa, russia]
        mediators: []
        status: ongoing      # coarse is derived
        evidence: [SPEC, ...]                # grows to the whole sentence
        issues:
          - {key: ceasefire, label: ..., status: open, evidence: [SPEC, ...]}
    timeline:
      - {date: "2024-05-31", precision: day, tolerance_days: 0, label: ..., at: SPEC}
        # at: the time expression itself (the exact span)

SPEC is a string that occurs once in the text, or {text: ..., near: CONTEXT} (the
occurrence of text inside the single occurrence of CONTEXT), or {text: ..., nth: K}
(0-based among all occurrences).  Ambiguity is an error, never a guess.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

import yaml

COARSE = {
    "exploratory": "ongoing", "ongoing": "ongoing", "near_agreement": "ongoing",
    "agreed": "agreed", "implementing": "agreed",
    "stalled": "failed", "collapsed": "failed",
}
KINDS = {"state", "person", "armed_group", "igo", "organization", "government",
         "armed_forces", "population", "state_group", "other"}
TIERS = {"party", "sub_actor", "mentioned"}
ISSUE_STATUS = {"agreed", "provisionally_agreed", "contested", "open", "objective"}
OPEN_QUOTES = "“\"‘«"
CLOSE_FOR = {"“": "”", "\"": "\"", "‘": "’", "«": "»"}


class DraftError(Exception):
    pass


def occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def locate(text: str, spec: object, what: str) -> tuple[int, int]:
    if isinstance(spec, str):
        spec = {"text": spec}
    if not isinstance(spec, dict) or not isinstance(spec.get("text"), str):
        raise DraftError(f"{what}: a span is a string or {{text:, near:|nth:}}, got {spec!r}")
    needle = spec["text"]
    base = 0
    hay = text
    if "near" in spec:
        ctx = str(spec["near"])
        found = occurrences(text, ctx)
        if len(found) != 1:
            raise DraftError(f"{what}: context {ctx!r} occurs {len(found)} times")
        base = found[0]
        hay = ctx
    found = occurrences(hay, needle)
    if "nth" in spec:
        k = int(spec["nth"])
        if k >= len(found):
            raise DraftError(f"{what}: {needle!r} occurs only {len(found)} times")
        start = found[k]
    elif len(found) != 1:
        raise DraftError(f"{what}: {needle!r} occurs {len(found)} times (add near: or nth:)")
    else:
        start = found[0]
    return base + start, base + start + len(needle)


def word_spans(text: str, alias: str, after_hyphen: bool = False) -> list[tuple[int, int]]:
    pat = re.compile((r"(?<!\w)" if after_hyphen else r"(?<![\w-])") + re.escape(alias) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a span to its sentence: from after the previous sentence end or line break."""
    s = start
    while s > 0:
        ch = text[s - 1]
        if ch == "\n":
            break
        if text[s - 1].isspace() and s >= 2 and text[s - 2] in ".!?" and not _abbrev(text, s - 2):
            break
        if text[s - 1].isspace() and s >= 3 and text[s - 2] in "\"”’'" and text[s - 3] in ".!?":
            break
        s -= 1
    # A span that already ends on the sentence's full stop must stop there, not run on.
    e = end - 1 if end > start and text[end - 1] in ".!?" and not _abbrev(text, end - 1) else end
    while e < len(text):
        ch = text[e]
        if ch == "\n":
            break
        if ch in ".!?" and not _abbrev(text, e):
            e += 1
            while e < len(text) and text[e] in "\"”’'":
                e += 1
            if e >= len(text) or text[e].isspace():
                break
            continue
        e += 1
    while s < e and text[s].isspace():
        s += 1
    # A transcript's speaker label ("MR. BATES:", "Q") opens the line but is not the sentence.
    line = text.rfind("\n", 0, start) + 1
    label = SPEAKER_LABEL.match(text, line)
    if label and s <= label.end() <= start:
        s = label.end()
    return s, e


SPEAKER_LABEL = re.compile(r"(?:Q|[A-Z][A-Z.'\- ]*[A-Z]:)[ \t]+")


ABBREV = re.compile(r"(?:\b[ap]\.m|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|vs|U\.S|U\.N|U\.K|Jr|Sr|Inc|Corp|Co|Ltd)|\b[A-Z])$")


def _abbrev(text: str, dot: int) -> bool:
    return text[dot] == "." and bool(ABBREV.search(text[max(0, dot - 6):dot]))


def quote_span(text: str, start: int, end: int, what: str) -> tuple[int, int]:
    s = start
    while s > 0 and text[s - 1] not in OPEN_QUOTES:
        if text[s - 1] == "\n" and s - 1 < start - 2000:
            break
        s -= 1
    if s == 0:
        raise DraftError(f"{what}: no opening quotation mark before the span")
    close = CLOSE_FOR[text[s - 1]]
    # a double quotation may open with one style and close with the other ("...” in scraped text)
    closers = {close, "\"", "”"} if close in "\"”" else {close}
    e = end
    while e < len(text):
        if text[e] in closers and (close != "’" or e + 1 >= len(text) or not text[e + 1].isalpha()):
            break
        e += 1
    else:
        raise DraftError(f"{what}: no closing {close!r} after the span")
    return s, e


def _overlaps(text: str, actors: list[dict]) -> list[str]:
    """Mentions of two actors that overlap ("Israel" inside "Israel Defense Forces"): usually a
    `not:` forgotten, since a span is one actor's; listed for --show (identical spans are errors)."""
    spans = sorted((s, e, a["id"]) for a in actors for s, e in a["mentions"])
    out = []
    for i, (s, e, aid) in enumerate(spans):
        for s2, e2, bid in spans[i + 1:]:
            if s2 >= e:
                break
            if aid != bid:
                out.append(f"  (overlapping mentions: {text[s:e]!r} of {aid} and {text[s2:e2]!r} of {bid})")
    return out


ACTOR_KEYS = {"id", "name", "kind", "tier", "part_of", "affiliation", "title", "aliases", "not",
              "extra", "after_hyphen"}
NEG_KEYS = {"id", "primary", "label", "parties", "mediators", "status", "evidence", "issues"}


def _known(item: object, keys: set[str], what: str) -> None:
    """An unknown key is an error: an unquoted comma in a flow mapping ({label: a, b}) makes one."""
    if not isinstance(item, dict):
        raise DraftError(f"{what}: expected a mapping, got {item!r}")
    extra = sorted(str(k) for k in item if k not in keys)
    if extra:
        raise DraftError(f"{what}: unknown key(s) {extra} (quote a value that contains a comma)")


def compile_draft(draft: dict, cwd: Path) -> tuple[str, dict, list[str]]:
    path = (cwd / str(draft["file"])).resolve()
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig").replace("\r\n", "\n")
    shown: list[str] = []
    title = draft.get("title", "first-line")
    if title == "first-line":
        title = text.split("\n", 1)[0].strip()
    pub = draft.get("published")
    actors_out = []
    ids = set()
    claimed: dict[tuple[int, int], str] = {}
    for a in draft.get("actors") or []:
        _known(a, ACTOR_KEYS, f"actor {a.get('id')}")
        aid = a["id"]
        if aid in ids:
            raise DraftError(f"actor {aid}: id used twice")
        ids.add(aid)
        if a.get("kind") not in KINDS:
            raise DraftError(f"actor {aid}: kind {a.get('kind')!r} not in {sorted(KINDS)}")
        if a.get("tier") not in TIERS:
            raise DraftError(f"actor {aid}: tier {a.get('tier')!r} not in {sorted(TIERS)}")
        aliases = [str(x) for x in a.get("aliases") or []]
        spans: set[tuple[int, int]] = set()
        for alias in sorted(aliases, key=len, reverse=True):
            for sp in word_spans(text, alias, bool(a.get("after_hyphen"))):
                if any(o[0] <= sp[0] and sp[1] <= o[1] for o in spans):
                    continue  # inside a longer alias of the same actor
                spans.add(sp)
        for spec in a.get("not") or []:
            sp = locate(text, spec, f"actor {aid} not")
            hit = [o for o in spans if o[0] < sp[1] and sp[0] < o[1]]
            if not hit:
                raise DraftError(f"actor {aid}: not {spec!r} removes no mention")
            spans.difference_update(hit)
        for spec in a.get("extra") or []:
            spans.add(locate(text, spec, f"actor {aid} extra"))
        for sp in spans:
            if sp in claimed:
                raise DraftError(f"span {text[sp[0]:sp[1]]!r} at {sp} is a mention of both {claimed[sp]} and {aid}")
            claimed[sp] = aid
        if aliases and not spans:
            raise DraftError(f"actor {aid}: no alias occurs in the text")
        ordered = sorted(spans)
        shown.append(f"actor {aid}: " + ", ".join(text[s:e] for s, e in ordered))
        # An alias right after a hyphen ("U.S.-Egypt", "Lebanon-Israel") is not taken (it
        # would split names like "Jean-Pierre"); list them so the annotator decides (extra:).
        after_hyphen = [
            text[max(0, m.start() - 12):m.end()]
            for alias in aliases
            for m in re.finditer(r"(?<=-)" + re.escape(alias) + r"(?!\w)", text)
            if not any(o[0] <= m.start() and m.end() <= o[1] for o in spans)
        ]
        if after_hyphen:
            shown.append(f"  (not taken, after a hyphen: {' | '.join(after_hyphen)})")
        actors_out.append({
            "id": aid, "name": a["name"], "kind": a["kind"], "tier": a["tier"],
            "part_of": a.get("part_of"), "affiliation": a.get("affiliation"),
            "title": a.get("title"), "aliases": aliases,
            "mentions": [list(sp) for sp in ordered],
        })
    for a in actors_out:
        for ref in ("part_of", "affiliation"):
            if a[ref] is not None and a[ref] not in ids:
                raise DraftError(f"actor {a['id']}: {ref} {a[ref]!r} is not an actor id")
    shown.extend(_overlaps(text, actors_out))
    quotes_out = []
    for i, q in enumerate(draft.get("quotes") or []):
        _known(q, {"at", "speaker", "exact"}, f"quote {i}")
        s, e = locate(text, q["at"], f"quote {i}")
        if not q.get("exact"):  # exact: the span as given (a quotation missing one of its marks)
            s, e = quote_span(text, s, e, f"quote {i}")
        spk = q.get("speaker")
        if spk is not None and spk not in ids:
            raise DraftError(f"quote {i}: speaker {spk!r} is not an actor id")
        shown.append(f"quote {spk}: «{text[s:e][:90]}»")
        quotes_out.append({"start": s, "end": e, "speaker": spk})
    negs_out = []
    for n in draft.get("negotiations") or []:
        _known(n, NEG_KEYS, f"negotiation {n.get('id')}")
        nid = n["id"]
        status = n["status"]
        if status not in COARSE:
            raise DraftError(f"negotiation {nid}: status {status!r}")
        for ref in list(n.get("parties") or []) + list(n.get("mediators") or []):
            if ref not in ids:
                raise DraftError(f"negotiation {nid}: {ref!r} is not an actor id")
        ev = []
        for j, spec in enumerate(n.get("evidence") or []):
            s, e = sentence(text, *locate(text, spec, f"negotiation {nid} evidence {j}"))
            shown.append(f"neg {nid} evidence: {text[s:e][:120]}")
            if [s, e] in ev:
                shown.append(f"  (negotiation {nid} evidence {j} repeats a sentence: an unquoted comma in a flow list?)")
                continue
            ev.append([s, e])
        issues = []
        for it in n.get("issues") or []:
            _known(it, {"key", "label", "status", "evidence"}, f"issue {it.get('key')}")
            if it.get("status") not in ISSUE_STATUS:
                raise DraftError(f"issue {it.get('key')}: status {it.get('status')!r}")
            iev = []
            for j, spec in enumerate(it.get("evidence") or []):
                s, e = sentence(text, *locate(text, spec, f"issue {it['key']} evidence {j}"))
                shown.append(f"issue {it['key']} ({it['status']}): {text[s:e][:120]}")
                if [s, e] in iev:
                    shown.append(f"  (issue {it['key']} evidence {j} repeats a sentence: an unquoted comma in a flow list?)")
                    continue
                iev.append([s, e])
            issues.append({"key": it["key"], "label": it["label"], "status": it["status"],
                           "evidence": iev})
        negs_out.append({
            "id": nid, "primary": bool(n.get("primary")), "label": n["label"],
            "parties": list(n.get("parties") or []), "mediators": list(n.get("mediators") or []),
            "status": status, "coarse": COARSE[status], "evidence": ev, "issues": issues,
        })
    if negs_out and sum(n["primary"] for n in negs_out) != 1:
        raise DraftError("exactly one negotiation must be primary")
    tl = []
    for i, t in enumerate(draft.get("timeline") or []):
        _known(t, {"date", "precision", "tolerance_days", "label", "at"}, f"timeline {i}")
        s, e = locate(text, t["at"], f"timeline {i}")
        prec = t.get("precision", "day")
        if prec not in ("day", "month", "year"):
            raise DraftError(f"timeline {i}: precision {prec!r}")
        shown.append(f"time {t['date']} ({prec}): {text[s:e]}")
        tl.append({"date": str(t["date"]), "precision": prec,
                   "tolerance_days": int(t.get("tolerance_days", 0)),
                   "label": t["label"], "evidence": [s, e]})
    gold = {
        "schema": "briefing-gold/1",
        "document": {"file": path.name, "sha256": hashlib.sha256(raw).hexdigest(),
                     "title": title, "published": None if pub is None else str(pub)},
        "actors": actors_out, "quotes": quotes_out, "negotiations": negs_out, "timeline": tl,
    }
    return str(path), gold, shown


class _Flow(list):
    pass


def _dump(gold: dict, notes: list[str], source: str, annotator: str | None) -> str:
    def flow_rep(dumper, data):
        return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)

    class D(yaml.SafeDumper):
        pass

    D.add_representer(_Flow, flow_rep)

    def spans(x):
        return _Flow(_Flow(s) for s in x)

    for a in gold["actors"]:
        a["aliases"] = _Flow(a["aliases"])
        a["mentions"] = spans(a["mentions"])
    for n in gold["negotiations"]:
        n["parties"], n["mediators"] = _Flow(n["parties"]), _Flow(n["mediators"])
        n["evidence"] = spans(n["evidence"])
        for it in n["issues"]:
            it["evidence"] = spans(it["evidence"])
    for t in gold["timeline"]:
        t["evidence"] = _Flow(t["evidence"])
    head = [f"# Gold annotation of {source}"]
    if annotator:
        head.append(f"# Annotator: {annotator}; annotated blind (before the extractor's output was seen).")
    head += [f"# {n}" for n in notes]
    return "\n".join(head) + "\n" + yaml.dump(gold, Dumper=D, sort_keys=False, allow_unicode=True, width=100)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("draft")
    ap.add_argument("-o", "--out")
    ap.add_argument("--show", action="store_true", help="print every span's text to check it")
    ns = ap.parse_args(argv)
    draft = yaml.safe_load(Path(ns.draft).read_text(encoding="utf-8"))
    try:
        source, gold, shown = compile_draft(draft, Path.cwd())
    except (DraftError, KeyError) as exc:
        print(f"{ns.draft}: {exc}", file=sys.stderr)
        return 1
    if ns.show:
        print("\n".join(shown))
    rel = str(draft["file"])
    marker = "corpora/"
    rel = rel[rel.index(marker):] if marker in rel else Path(source).name
    out = _dump(gold, [str(n) for n in draft.get("notes") or []], rel, draft.get("annotator"))
    if ns.out:
        Path(ns.out).write_text(out, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
