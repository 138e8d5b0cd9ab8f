"""Instructions a pass of extraction costs, counted by callgrind (steady on a loaded machine).

    python benchmarks/extract_ir.py FOLDER [--passes N] [--warm W] [--warm-on DIR] [--out FILE]

Runs itself under ``valgrind --tool=callgrind --instr-atstart=no`` (``PYTHONHASHSEED=0``): the
documents are loaded and analysed ``W`` times (default 2: the knowledge base, the compiled
patterns, the caches) with the instrumentation off; then ``callgrind_control -i on`` from inside
the process, ``N`` passes (default 1), ``-i off``.  Prints the instructions of those passes
divided by N (the load of the machine does not change the count; the total moves by about
+-1 M between runs).  ``--out`` keeps callgrind's file for ``callgrind_annotate``.
``--warm-on DIR`` warms up on DIR's documents instead, so that FOLDER's are analysed for the
first time in the counted pass, as a corpus's documents are (what is made per name or per
document, such as a pattern compiled for it, is counted; with the same documents warm, the
regex module's cache already holds it).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

_INNER = "EXTRACT_IR_INNER"


def inner(folder: str, passes: int, warm: int, warm_on: str | None = None) -> None:
    """The process under callgrind: warm up, switch the count on, run the passes, switch off."""
    from briefing.corpus import load_corpus
    from briefing.extract import analyse

    docs = load_corpus([folder]).documents
    warm_docs = load_corpus([warm_on]).documents if warm_on else docs
    for _ in range(warm):
        for doc in warm_docs:
            analyse(doc)
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
    for _ in range(passes):
        for doc in docs:
            analyse(doc)
    subprocess.run(["callgrind_control", "-i", "off", pid], check=True, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--warm", type=int, default=2)
    parser.add_argument("--warm-on", help="warm up on this folder's documents instead")
    parser.add_argument("--out", help="keep callgrind's output file here")
    args = parser.parse_args(argv)
    if os.environ.get(_INNER):
        inner(args.folder, args.passes, args.warm, args.warm_on)
        return 0
    with tempfile.TemporaryDirectory(prefix="extract-ir-") as tmp:
        out = args.out or str(Path(tmp) / "callgrind.out")
        env = dict(os.environ, PYTHONHASHSEED="0", BRIEFING_NO_CACHE="1", **{_INNER: "1"})
        subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no",
                        f"--callgrind-out-file={out}", sys.executable, __file__, args.folder,
                        "--passes", str(args.passes), "--warm", str(args.warm),
                        *(["--warm-on", args.warm_on] if args.warm_on else [])],
                       env=env, check=True, capture_output=True)
        text = Path(out).read_text(encoding="utf-8", errors="replace")
    totals = [int(n) for n in re.findall(r"^totals:\s*(\d+)", text, re.M)]
    if not totals:
        raise SystemExit("extract_ir: no totals in callgrind's output")
    print(f"instructions a pass  {sum(totals) / args.passes / 1e6:,.1f} M "
          f"({args.passes} pass(es), {args.warm} warm-up)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
