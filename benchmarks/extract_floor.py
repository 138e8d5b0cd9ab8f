"""Where extraction's time goes, against its floor: the cost of reading every word once.

    python benchmarks/extract_floor.py FOLDER [--repeat R]

Times (CPU, best of R passes over the folder's documents, already loaded) the whole extraction
beside the pieces every rule-based pass pays before any rule runs: splitting the text into
words in C, lowercasing it, the actors' token index (offsets, norms, capitals, sentences), one
Python loop over the tokens with a dict lookup each (the interpreter's floor for a pass that
looks at every word), the negotiation lexicons' sentence keys, one regex scan over the text
(a trie of words), and the time triggers.  Each line prints words/s; the last column is its
share of the whole extraction.  Prints figures only.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.corpus import load_corpus  # noqa: E402
from briefing.extract import analyse  # noqa: E402
from briefing.extract.actors.scan import Tokens  # noqa: E402
from briefing.extract.negotiations.scan import lowercase, unit_keys  # noqa: E402
from briefing.extract.time.candidates import candidates  # noqa: E402
from briefing.extract.time.word_trie import literal_alternation  # noqa: E402

_WORDS = literal_alternation(["talks", "negotiations", "agreement", "ceasefire", "truce"])


def _best(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def _token_loop(norms: list[list[str]]) -> None:
    table: dict[str, int] = {}
    for norm in norms:
        for tok in norm:
            table.get(tok)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    docs = load_corpus([args.folder]).documents
    if not docs:
        print("no documents", file=sys.stderr)
        return 1
    analyse(docs[0])  # knowledge base, compiled patterns
    words = sum(d.word_count for d in docs)
    norms = [Tokens(d).norm for d in docs]
    pieces: list[tuple[str, Callable[[], object]]] = [
        ("split into words (str.split, C)", lambda: [d.text.split() for d in docs]),
        ("lowercase the text", lambda: [lowercase(d.text) for d in docs]),
        ("actors' token index (Tokens)", lambda: [Tokens(d) for d in docs]),
        ("a Python loop over the tokens, a dict lookup each", lambda: _token_loop(norms)),
        ("sentence keys (negotiations.unit_keys)",
         lambda: [unit_keys(low, s.start, s.end) for d in docs
                  for low in (lowercase(d.text),) for s in d.sentences]),
        ("one regex scan over the text (word trie)",
         lambda: [list(_WORDS.finditer(d.text)) for d in docs]),
        ("time triggers and candidates", lambda: [candidates(d.text) for d in docs]),
        ("whole extraction (analyse)", lambda: [analyse(d) for d in docs]),
    ]
    timed = [(name, _best(run, args.repeat)) for name, run in pieces]
    whole = timed[-1][1]
    print(f"documents {len(docs)}, words {words}, CPU best of {args.repeat}")
    for name, took in timed:
        rate = f"{words / took:>13,.0f}" if took > 0 else "            -"
        print(f"  {name:<48} {took * 1000:8.2f} ms {rate} words/s {100 * took / whole:5.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
