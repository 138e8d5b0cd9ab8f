"""What the error tools that run the extractor in process share (``mention_errors``,
``speaker_errors``, ``party_errors``): their prediction options, the blind sets' refusal, the
walk over the released gold documents, and the predictions, saved or made on the spot.

    ap.add_argument("--set", action="append", dest="sets"); ...; add_prediction_options(ap)
    sets = released_sets("my_tool", args.sets)      # None: a blind set was asked for
    predictions = Predictions(args.pred)
    for doc in gold_documents(sets, shared, keep=in_half(args.half)):
        pred, text = predictions.of(doc, need_text=...)
    predictions.save(args.save)

``released_docs`` is the other family: one ``briefing extract`` run, paired by the scorer.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "eval"))
sys.path.insert(0, str(PROJECT / "eval" / "tools"))

from score_sets import BLIND, RELEASED, load_set  # noqa: E402
from timeline_errors import half_of  # noqa: E402  (the one split of the released sets)

from briefing.corpus import load_document  # noqa: E402
from briefing.extract import pipeline  # noqa: E402


def add_prediction_options(ap: argparse.ArgumentParser) -> None:
    """``--pred``, ``--save`` (predictions as JSON by gold file) and ``--shared``."""
    ap.add_argument("--pred", type=Path, help="read predictions (JSON by gold file) from here")
    ap.add_argument("--save", type=Path, help="save predictions (JSON by gold file) here")
    ap.add_argument("--shared", help="the shared folder (default: ../shared)")


def released_sets(tool: str, chosen: list[str] | None) -> list[str] | None:
    """The sets asked for (default: every released one); None, said on stderr, when one of them
    is blind: those are not for reading."""
    sets = chosen or list(RELEASED)
    if BLIND & set(sets):
        print(f"{tool}: blind sets are not for reading", file=sys.stderr)
        return None
    return sets


@dataclass(frozen=True)
class GoldDoc:
    """One gold file of a set, read, with the document it annotates."""

    set_name: str
    gold_file: Path
    gold: dict[str, Any]
    path: Path
    source: str

    @property
    def key(self) -> str:
        """``set/file``: the key of its prediction in a ``--pred`` / ``--save`` file."""
        return f"{self.set_name}/{self.gold_file.name}"


def gold_documents(sets: Iterable[str], shared: Path,
                   keep: Callable[[str, str], bool] = lambda _set, _file: True
                   ) -> Iterator[GoldDoc]:
    """Each gold file of each set, in name order, that ``keep(set, file name)`` keeps (asked
    before the file is read) and whose document the set's MANIFEST lists."""
    for name in sets:
        gold_set = load_set(name, shared)
        for gf in sorted(gold_set.gold_dir.glob("*.yaml")):
            if not keep(name, gf.name):
                continue
            gold = yaml.safe_load(gf.read_text(encoding="utf-8"))
            hit = gold_set.docs.get(gold["document"]["sha256"])
            if hit is None:
                continue
            path, source = hit
            yield GoldDoc(name, gf, gold, path, source)


def in_half(half: str | None) -> Callable[[str, str], bool]:
    """The ``keep`` of :func:`gold_documents` for a tool's ``--half``: the gold files whose
    name hashes into ``half`` (``timeline_errors.half_of``), or every one (``None``)."""
    if half is None:
        return lambda _set, _file: True
    return lambda _set, gold_name: half_of(gold_name) == half


class Predictions:
    """The prediction of each gold document: from the ``--pred`` file when it has one, else the
    extractor's, run in process; every one handed out is kept for ``--save``."""

    def __init__(self, pred_file: Path | None) -> None:
        self.cached: dict[str, Any] = json.loads(pred_file.read_text()) if pred_file else {}
        self.saved: dict[str, Any] = {}

    def of(self, doc: GoldDoc, need_text: bool) -> tuple[dict[str, Any], str]:
        """The document's prediction and, when it is read (to extract, or ``need_text``), its
        text ("" when not)."""
        pred = self.cached.get(doc.key)
        text = ""
        if pred is None or need_text:
            loaded, _problems = load_document(str(doc.path))
            assert loaded is not None
            text = loaded.text
            pred = pred or pipeline.analyse(loaded).to_dict()
        self.saved[doc.key] = pred
        return pred, text

    def save(self, path: Path | None) -> None:
        """Write every prediction handed out, as JSON by gold file, when ``path`` is given."""
        if path:
            path.write_text(json.dumps(self.saved))


def by_source(counts: Counter[tuple[str, str]], kind: str) -> str:
    """``source n, ...`` of one kind, sources in name order, those without it left out."""
    return ", ".join(f"{s} {counts[(s, kind)]}" for s in sorted({s for s, _ in counts})
                     if counts[(s, kind)])
