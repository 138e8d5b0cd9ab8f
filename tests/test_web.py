"""The web as a source: saved pages read as articles, ``briefing fetch`` of pages and feeds from
a loopback server (redirects, errors, timeouts, huge bodies, charsets, hostile HTML, one article
by three routes), and nothing partial ever written."""

from __future__ import annotations

import functools
import json
import sys
import time
from pathlib import Path

import pytest
import yaml
from _web_server import serve

from briefing.cli import main
from briefing.corpus import load_corpus, load_document
from briefing.web.fetch import Fetcher
from briefing.web.http import get

pytest.importorskip("trafilatura")
pytest.importorskip("feedparser")

NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World desk</a></li></ul></nav>"
COOKIES = "<div class='cookie-banner'>We use cookies to improve your experience. Accept?</div>"
FOOTER = "<footer><p>Copyright Example Wire. Privacy policy. Contact us.</p></footer>"
RELATED = ("<aside><h3>Related</h3><ul><li><a href='/x'>Markets rally on rate hopes</a></li>"
           "</ul></aside>")


def page(title: str, paragraphs: list[str], *, site: str = "Example Wire",
         published: str = "2024-05-31T10:00:00Z", canonical: str | None = None,
         charset: str = "utf-8", extra_head: str = "", heading: str | None = None) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:2])
    if heading:
        body += f"<h2>{heading}</h2>"
    body += "".join(f"<p>{p}</p>" for p in paragraphs[2:])
    link = f"<link rel='canonical' href='{canonical}'>" if canonical else ""
    return (f"<!DOCTYPE html><html><head><meta charset='{charset}'>"
            f"<title>{title} | {site}</title><meta property='og:site_name' content='{site}'>"
            f"<meta property='article:published_time' content='{published}'>{link}{extra_head}"
            "<script>var secret = 'tracking code';</script><style>p{color:red}</style>"
            f"</head><body>{NAV}{COOKIES}<article><h1>{title}</h1>{body}</article>"
            f"{RELATED}{FOOTER}</body></html>")


TALKS = [
    "Negotiators from Israel and Hamas resumed indirect talks in Doha on Friday, with Qatar "
    "and Egypt mediating, officials said.",
    "The talks focus on a six-week ceasefire and the release of hostages held in Gaza, "
    "according to two diplomats briefed on the negotiations.",
    "The two sides remain divided over the withdrawal of troops and the return of displaced "
    "people to the north of the strip.",
    "Egypt's intelligence chief is expected to join the negotiators on Sunday, the diplomats "
    "said, adding that a deal could come within days.",
]
HTML = "text/html; charset=utf-8"


def rss(base: str, items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(f"<item><title>{t}</title><link>{base}{link}</link><guid>{guid}</guid>"
                      "<pubDate>Fri, 31 May 2024 10:00:00 GMT</pubDate></item>"
                      for t, link, guid in items)
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
            f"<link>{base}/</link>{entries}</channel></rss>").encode()


def atom(base: str, items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(f"<entry><title>{t}</title><link href='{base}{link}'/><id>{guid}</id>"
                      "<updated>2024-05-31T10:00:00Z</updated></entry>" for t, link, guid in items)
    return ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>Wire</title><id>urn:wire</id><updated>2024-05-31T10:00:00Z</updated>"
            f"{entries}</feed>").encode()


def files(folder: Path) -> list[str]:
    """Everything in ``folder`` but the lock (temporaries would show here)."""
    return sorted(p.name for p in folder.iterdir()
                  if p.name != ".briefing-library.lock") if folder.exists() else []


def fetch(folder: Path, *urls: str, capsys=None) -> int:
    return main(["fetch", *urls, "--into", str(folder)])


@pytest.fixture
def site():
    routes: dict = {}
    with serve(routes) as (base, seen):
        article = page("Ceasefire talks resume in Doha", TALKS,
                       canonical=f"{base}/world/talks", heading="Sticking points")
        routes.update({
            "/world/talks": (200, {"Content-Type": HTML}, article.encode()),
            "/moved": (302, {"Location": f"{base}/world/talks"}, b""),
            "/loop": (302, {"Location": f"{base}/loop"}, b""),
            "/broken": (500, {"Content-Type": "text/plain"}, b"oops"),
            "/picture.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(100)),
            "/feed.rss": (200, {"Content-Type": "application/rss+xml"},
                          rss(base, [("Ceasefire talks resume", "/world/talks?utm_source=rss",
                                      "urn:talks"),
                                     ("Gone", "/gone", "urn:gone")])),
            "/feed.atom": (200, {"Content-Type": "application/atom+xml"},
                           atom(base, [("Ceasefire talks resume", "/world/talks", "urn:talks")])),
        })
        yield base, routes, seen


def test_an_article_becomes_a_briefing(site, tmp_path, capsys):
    base, _, seen = site
    folder = tmp_path / "library"
    assert fetch(folder, f"{base}/world/talks") == 0
    assert files(folder) == ["2024-05-31-ceasefire-talks-resume-in-doha.txt",
                             "2024-05-31-ceasefire-talks-resume-in-doha.yaml"]
    meta = yaml.safe_load((folder / files(folder)[1]).read_text())
    assert meta["title"] == "Ceasefire talks resume in Doha"  # without the site's suffix
    assert meta["published"] == "2024-05-31" and meta["source"] == "Example Wire"
    assert meta["url"] == f"{base}/world/talks" and meta["fetched"]
    text = (folder / files(folder)[0]).read_text()
    assert text.startswith("Ceasefire talks resume in Doha\n\n")
    for boilerplate in ("Home", "World desk", "cookies", "Copyright", "Markets rally",
                        "tracking code", "color:red"):
        assert boilerplate not in text
    assert all(p in text for p in TALKS)
    assert seen[0][1]["user-agent"].startswith("briefing/")
    # It reads like its article: title, sections, and extraction finds its parties.
    doc, problems = load_document(str(folder / files(folder)[0]))
    assert not problems and doc.title == "Ceasefire talks resume in Doha"
    assert [s.heading for s in doc.sections] == [None, "Sticking points"]
    from briefing.extract import analyse

    names = {a.name for a in analyse(doc).actors}
    assert {"Israel", "Hamas", "Qatar", "Egypt"} <= names
    assert str(folder / files(folder)[0]) in capsys.readouterr().out


def test_one_briefing_per_article_by_feeds_and_url(site, tmp_path, capsys):
    base, _, _ = site
    folder = tmp_path / "library"
    assert fetch(folder, f"{base}/feed.rss") == 1  # its second entry is missing
    err = capsys.readouterr().err
    assert f"{base}/gone: HTTP 404" in err
    assert fetch(folder, f"{base}/feed.rss") == 1
    assert fetch(folder, f"{base}/feed.atom") == 0
    assert fetch(folder, f"{base}/world/talks") == 0
    assert fetch(folder, f"{base}/moved") == 0
    stored = [n for n in files(folder) if n.endswith(".txt")]
    assert len(stored) == 1
    meta = yaml.safe_load((folder / stored[0].replace(".txt", ".yaml")).read_text())
    assert meta["entry_id"] == "urn:talks" and meta["feed"] == f"{base}/feed.rss"
    assert {"title", "published", "source", "url", "fetched"} <= set(meta)


@pytest.mark.parametrize(("path", "reason"), [
    ("/nowhere", "HTTP 404"), ("/broken", "HTTP 500"), ("/loop", "redirects"),
    ("/picture.png", "not a web page"),
])
def test_failures_are_named_and_leave_nothing(site, tmp_path, capsys, path, reason):
    base, _, _ = site
    folder = tmp_path / "library"
    assert fetch(folder, f"{base}{path}") == 1
    err = capsys.readouterr().err
    assert f"{base}{path}" in err and reason in err
    assert files(folder) == []


def test_a_slow_server_times_out(tmp_path):
    def slow(handler):
        time.sleep(3)
        handler.send_response(200)
        handler.end_headers()

    with serve({"/slow": slow}) as (base, _):
        fetcher = Fetcher(tmp_path / "lib", sys.stderr, get_url=functools.partial(get, timeout=1))
        outcome = fetcher.run([f"{base}/slow"])
    assert outcome.failed and "within 1 s" in outcome.failed[0][1]
    assert files(tmp_path / "lib") == []


def test_a_huge_body_is_refused(tmp_path):
    def endless(handler):  # 50 MB, no Content-Length: the cap must hold while reading
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        try:
            for _ in range(50 * 16):
                handler.wfile.write(chunk)
        except OSError:
            pass

    declared = (200, {"Content-Type": "text/html", "X-Pad": "1"}, b"")
    with serve({"/endless": endless, "/declared": declared}) as (base, _):
        outcome = Fetcher(tmp_path / "lib", sys.stderr).run([f"{base}/endless"])
        assert outcome.failed and "limit" in outcome.failed[0][1]
        big = get(f"{base}/declared")  # a small body declared small is fine
        assert big.status == 200
    assert files(tmp_path / "lib") == []


def test_charsets_cp1252_meta_and_bom(tmp_path):
    cp = page("Caf\u00e9 talks", ["\u201cWe agreed,\u201d the envoy said of the accord in "
                                  "Gen\u00e8ve on Friday, after long talks with the rebels."] +
              TALKS[1:], charset="windows-1252").encode("cp1252")
    bom = b"\xef\xbb\xbf" + page("Gen\u00e8ve accord", TALKS).replace(
        "<meta charset='utf-8'>", "").encode("utf-8")
    routes = {"/cp.html": (200, {"Content-Type": "text/html"}, cp),
              "/bom.html": (200, {"Content-Type": "text/html"}, bom)}
    with serve(routes) as (base, _):
        outcome = Fetcher(tmp_path / "lib", sys.stderr).run([f"{base}/cp.html",
                                                             f"{base}/bom.html"])
    assert not outcome.failed and len(outcome.saved) == 2
    texts = "".join(p.read_text(encoding="utf-8") for p in outcome.saved)
    assert "Caf\u00e9 talks" in texts and "\u201cWe agreed,\u201d" in texts
    assert "Gen\u00e8ve accord" in texts


def test_hostile_html_stays_data(tmp_path):
    hostile = page("Talks [bold]resume[/]", [
        "Envoys met [@click=app.quit]here[/] on Friday \x1b[31mto discuss a ceasefire\x1b[0m "
        "and the release of prisoners, officials said in a statement.",
        "<span hidden>Hidden words must not appear.</span>The mediators said the talks "
        "would continue next week in Cairo with both delegations.",
        "<a href='javascript:alert(1)'>Click</a> for the full statement of the ministry, "
        "which welcomed the progress in the negotiations.",
    ]).encode()
    feed = rss("", [("Bad link", "javascript:alert(1)", "urn:js")])
    with serve({"/h.html": (200, {"Content-Type": "text/html"}, hostile),
                "/f.rss": (200, {"Content-Type": "application/rss+xml"}, feed)}) as (base, seen):
        outcome = Fetcher(tmp_path / "lib", sys.stderr).run([f"{base}/h.html", f"{base}/f.rss"])
        assert not any("javascript" in path for path, _ in seen)
    assert not outcome.failed and len(outcome.saved) == 1
    text = outcome.saved[0].read_text()
    assert "[@click=app.quit]here[/]" in text and "[bold]resume[/]" in text  # text, kept as is
    assert "\x1b" not in text and "Hidden words" not in text and "alert" not in text


def test_conditional_requests_for_feeds(tmp_path):
    calls = []

    def feed(handler):
        calls.append(handler.headers.get("If-None-Match"))
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.send_response(304)
            handler.end_headers()
            return
        body = rss("", [])
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("ETag", '"v1"')
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    state = tmp_path / "state.json"
    with serve({"/f.rss": feed}) as (base, _):
        Fetcher(tmp_path / "lib", sys.stderr, state).run([f"{base}/f.rss"])
        second = Fetcher(tmp_path / "lib", sys.stderr, state).run([f"{base}/f.rss"])
    assert calls == [None, '"v1"'] and second.unchanged_feeds == [f"{base}/f.rss"]
    assert json.loads(state.read_text())[f"{base}/f.rss"]["etag"] == '"v1"'


def test_fetch_without_url_uses_the_feeds_setting(site, tmp_path, capsys, monkeypatch):
    base, _, _ = site
    from briefing.userdata.settings import config_path

    assert main(["fetch", "--into", str(tmp_path / "lib")]) == 2
    assert "feeds:" in capsys.readouterr().err
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(f"feeds:\n  - {base}/feed.atom\n")
    assert main(["fetch", "--into", str(tmp_path / "lib")]) == 0
    assert len([n for n in files(tmp_path / "lib") if n.endswith(".txt")]) == 1


def test_default_folder_is_the_data_dirs_library(site, capsys):
    base, _, _ = site
    from briefing.paths import data_dir

    assert main(["fetch", f"{base}/world/talks"]) == 0
    assert len(list((data_dir() / "library").glob("*.txt"))) == 1


# ---------------------------------------------------------------- saved pages on disk
def test_a_saved_page_reads_like_its_article(tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "talks.html").write_text(page("Ceasefire talks resume in Doha", TALKS,
                                            heading="Sticking points"))
    assets = folder / "talks_files"
    assets.mkdir()
    (assets / "frame.html").write_text(page("An advert frame", TALKS))
    result = load_corpus([str(folder)])
    assert [d.title for d in result.documents] == ["Ceasefire talks resume in Doha"]
    doc = result.documents[0]
    assert doc.published == "2024-05-31" and doc.source == "Example Wire"
    assert "cookies" not in doc.text and "tracking code" not in doc.text
    # A sidecar beside the page still wins.
    (folder / "talks.yaml").write_text("title: My own title\nsource: Desk notes\n")
    doc = load_corpus([str(folder)]).documents[0]
    assert doc.title == "My own title" and doc.source == "Desk notes"
    assert doc.published == "2024-05-31"


def test_a_saved_page_without_the_web_extra_says_so(tmp_path, monkeypatch):
    path = tmp_path / "talks.html"
    path.write_text(page("Talks", TALKS))
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    doc, problems = load_document(str(path))
    assert doc is None and "briefing[web]" in problems[0].message
    assert "talks.html" in problems[0].path


def test_a_saved_page_not_in_utf8_is_reported_like_a_text_file(tmp_path):
    """A page without a charset whose bytes are not UTF-8 is read as Windows-1252 *with* the
    warning a .txt file gets (it was silent: the reader showed `ÿþ` with no word why)."""
    html = page("Caf\u00e9 talks", TALKS).replace("<meta charset='utf-8'>", "")
    path = tmp_path / "old.html"
    path.write_bytes(html.encode("cp1252"))
    doc, problems = load_document(str(path))
    assert doc is not None and doc.title == "Caf\u00e9 talks"
    assert [p.path for p in problems] == [str(path)]
    assert "not valid UTF-8" in problems[0].message and "Windows-1252" in problems[0].message
    # A page in UTF-8, or one whose declared charset decodes it, is no problem.
    path.write_bytes(html.encode("utf-8"))
    assert load_document(str(path))[1] == []


def test_a_tagged_key_does_not_hide_a_stored_article(tmp_path: Path) -> None:
    """qa27: a stored article whose sidecar had one `!custom` key was not known by its URL
    (the whole sidecar was refused), so fetching the URL again stored it a second time."""
    from briefing.web.library import Library

    (tmp_path / "talks.txt").write_text("Body.\n", encoding="utf-8")
    (tmp_path / "talks.yaml").write_text("url: https://example.org/talks\nnote: !custom x\n",
                                         encoding="utf-8")
    assert list(Library(tmp_path).known().values()) == [tmp_path / "talks.txt"]
