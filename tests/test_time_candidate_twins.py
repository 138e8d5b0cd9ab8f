"""Case-insensitive time patterns are tried first by their case-sensitive twins on the text's
lowercase form (``time.candidates._TWINS``): the same matches, span for span, and the same
candidates as without the twins."""

from __future__ import annotations

import random
import re

from test_extract_neg_scan_lazy import _sample

from briefing.extract import gate
from briefing.extract.time import candidates

TEXTS = ["Five days ago the talks resumed; THIS WEEK they stalled, and next spring they end.",
         "Two hours earlier, over the weekend, within 48 hours: late-2024, a few Weeks Later.",
         "Talks in İstanbul began three days ago and end this week.",  # İ: no twin is asked
         "ſeveral days ago \u212aelvin said, over the ſummer", "", "Nothing here at all.",
         "“Three weeks ago” — he said — the truce began; Earlier This Month it held."]


def _candidates_without_twins(text: str) -> list[candidates.Cand]:
    return candidates.tried_candidates(text, [
        (trigger, tuple((kind, pattern, firsts, digits, None)
                        for kind, pattern, firsts, digits, _twin in tried),
         needs, finds) for trigger, tried, needs, finds in candidates._TRIED])


def _key(found: list[candidates.Cand]) -> list[tuple[object, ...]]:
    return [(c.start, c.end, c.kind, c.match.span(), c.match.groups()) for c in found]


def test_the_case_insensitive_kinds_have_twins() -> None:
    twinned = {kind for kind, twin in candidates._TWINS.items() if twin is not None}
    assert {"ago", "duration", "dayword", "relunit", "weekend", "within"} <= twinned
    for kind, twin in candidates._TWINS.items():
        pattern = candidates._BY_KIND[kind]
        assert twin is None or (pattern.flags & re.IGNORECASE and not twin.flags & re.IGNORECASE)


def test_each_twin_matches_where_its_pattern_matches_at_every_start() -> None:
    from re import _parser  # type: ignore[attr-defined]

    rng = random.Random(12)
    for kind, twin in candidates._TWINS.items():
        if twin is None:
            continue
        pattern = candidates._BY_KIND[kind]
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        pieces = [_sample(parsed, rng) for _ in range(30)]
        texts = TEXTS + [t for p in pieces for t in (p, p.upper(), p.title(), f"x {p}, then")]
        for text in texts:
            low, ok = gate.lower_for_twins(text)
            if not ok:
                continue
            for start in range(len(text) + 1):
                a, b = twin.match(low, start), pattern.match(text, start)
                assert (a and a.span()) == (b and b.span()), (kind, text, start)


def test_candidates_are_those_found_without_the_twins() -> None:
    for text in TEXTS + [t * 3 for t in TEXTS] + [" ".join(TEXTS) * 8]:  # long texts too
        assert _key(candidates.candidates(text)) == _key(_candidates_without_twins(text)), text


def test_text_whose_lowercase_differs_is_not_asked_of_twins() -> None:
    assert gate.lower_for_twins("Talks in İstanbul")[1] is False  # "i̇": one letter, two points
    assert gate.lower_for_twins("ſpring")[1] is False
    assert gate.lower_for_twins("Spring talks")[1] is True
    assert gate.lower_for_twins("x" * 500)[1] is True


def test_ascii_alike_text_finds_with_the_ascii_twins_what_the_patterns_find() -> None:
    # (a long ASCII-alike text runs every trigger and pattern as its re.ASCII twin)
    long = " ".join(t for t in TEXTS if t.isascii() or "“" in t) * 6
    assert gate.ascii_alike(long) and len(long) >= 400
    ascii_tried = candidates._tried_ascii()
    assert all(trigger.flags & re.ASCII for trigger, _t, _n, _f in ascii_tried)
    for text in [long, long.upper(), long.replace(" ", "\n"), long + " Café, 3 days ago"]:
        as_written = _key(candidates.tried_candidates(text, candidates._TRIED))
        assert _key(candidates.candidates(text)) == as_written
        assert _key(candidates.tried_candidates(text, ascii_tried)) == as_written \
            or not gate.ascii_alike(text)
