"""Choosing the main-text extractor for saved pages: trafilatura against readability-lxml (and a
naive "every <p>" baseline) on varied generated pages whose article paragraphs and boilerplate
are known.

    python benchmarks/html_extract.py [--pages N]

Page shapes: a news article (navigation, cookie banner, related links, footer, scripts,
styles), a government statement (menus, breadcrumbs, a sidebar of other releases), a blog post
with comments, a live page of dated list items, an article with hidden elements and a
newsletter box, a page with a table.  Prints, per extractor: article-paragraph recall,
boilerplate leaks per page, and milliseconds per page.  readability-lxml is measured when it is
installed (it is not a dependency).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = [
    "negotiators", "envoy", "ceasefire", "talks", "delegation", "mediators", "agreement",
    "hostages", "release", "withdrawal", "troops", "monitoring", "sanctions", "tariffs",
    "quota", "accession", "round", "capital", "ministry", "statement", "officials",
    "sources", "framework", "border", "prisoners", "humanitarian", "aid", "corridor",
    "guarantees", "implementation", "timetable", "proposal", "draft",
]
BOILER = ["Subscribe to our newsletter", "Accept all cookies", "Share on social media",
          "Most read stories", "Privacy policy and terms", "Skip to main content",
          "Sign in to comment", "Related coverage", "Advertisement", "Back to top"]


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(14, 26))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))


def make_page(kind: int, rng: random.Random) -> tuple[str, list[str]]:
    paras = [paragraph(rng) for _ in range(rng.randint(5, 9))]
    title = " ".join(rng.choices(WORDS, k=6)).capitalize()
    body = "".join(f"<p>{p}</p>" for p in paras)
    nav = "<nav><a href='/'>Home</a> <a href='/w'>World</a> <a>Skip to main content</a></nav>"
    banner = "<div class='cookies'><p>Accept all cookies</p></div>"
    foot = "<footer><p>Privacy policy and terms</p><p>Back to top</p></footer>"
    related = ("<aside><h3>Related coverage</h3><ul>" +
               "".join(f"<li><a href='/{i}'>Most read stories {i}</a></li>" for i in range(5)) +
               "</ul></aside>")
    script = "<script>window.ads = 'Advertisement';</script><style>.a{}</style>"
    if kind == 0:
        html = f"{nav}{banner}<article><h1>{title}</h1>{body}</article>{related}{foot}"
    elif kind == 1:
        crumbs = "<div class='breadcrumb'><a>Home</a> › <a>Briefing Room</a></div>"
        side = ("<div class='sidebar'><h4>Related coverage</h4>" +
                "".join(f"<p><a href='/r{i}'>Most read stories {i}</a></p>" for i in range(4)) +
                "</div>")
        html = f"{nav}{crumbs}<main><h1>{title}</h1><div class='body'>{body}</div></main>{side}{foot}"
    elif kind == 2:
        comments = ("<section id='comments'><h3>Sign in to comment</h3>" +
                    "".join(f"<div class='comment'><p>Share on social media {i} great</p></div>"
                            for i in range(4)) + "</section>")
        html = f"{nav}<div class='post'><h1>{title}</h1>{body}</div>{comments}{foot}"
    elif kind == 3:
        items = "".join(f"<li><time>10:{i:02}</time> {p}</li>" for i, p in enumerate(paras))
        html = f"{nav}{banner}<article><h1>{title}</h1><ul class='live'>{items}</ul></article>{foot}"
    elif kind == 4:
        hidden = "<p hidden>Subscribe to our newsletter</p><p style='display:none'>Advertisement</p>"
        box = "<div class='newsletter'><p>Subscribe to our newsletter</p></div>"
        html = f"{nav}<article><h1>{title}</h1>{hidden}{body}{box}</article>{related}{foot}"
    else:
        table = "<table><tr><td>Round</td><td>Date</td></tr><tr><td>First</td><td>May</td></tr></table>"
        html = f"{nav}{banner}<article><h1>{title}</h1>{body}{table}</article>{foot}"
    page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | Wire</title>"
            f"{script}</head><body>{html}</body></html>")
    return page, paras


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def score(text: str, paras: list[str]) -> tuple[float, int]:
    flat = _norm(text)
    recall = sum(_norm(p) in flat for p in paras) / len(paras)
    leaks = sum(_norm(b) in flat for b in BOILER)
    return recall, leaks


def ours(html: str) -> str:
    from briefing.corpus.page import read_page

    return read_page(html.encode()).text


def readability(html: str) -> str:
    from readability import Document

    summary = Document(html).summary()
    return re.sub(r"<[^>]+>", " ", summary)


def naive(html: str) -> str:
    return " ".join(re.findall(r"<p[^>]*>(.*?)</p>", html, re.S))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=120)
    args = parser.parse_args(argv)
    rng = random.Random(17)
    pages = [make_page(i % 6, rng) for i in range(args.pages)]
    extractors = {"briefing (trafilatura)": ours, "naive <p>": naive}
    try:
        import readability as _  # noqa: F401

        extractors["readability-lxml"] = readability
    except ImportError:
        print("readability-lxml not installed: pip install readability-lxml to compare")
    print(f"{len(pages)} pages, 6 shapes")
    print(f"{'extractor':<24} {'recall':>7} {'leaks/page':>11} {'ms/page':>8}")
    for name, fn in extractors.items():
        recalls, leaks = [], 0
        start = time.perf_counter()
        for html, paras in pages:
            r, leak = score(fn(html), paras)
            recalls.append(r)
            leaks += leak
        ms = (time.perf_counter() - start) / len(pages) * 1000
        print(f"{name:<24} {sum(recalls) / len(recalls):>7.3f} {leaks / len(pages):>11.2f} "
              f"{ms:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
