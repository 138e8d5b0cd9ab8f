"""RSS and Atom feeds (feedparser, the web extra): the entries a feed lists, and whether a
downloaded body is a feed at all."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from briefing.web import require

_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b",
                         re.S | re.I)


@dataclass(frozen=True)
class Entry:
    link: str
    entry_id: str | None
    title: str | None
    published: str | None  # YYYY-MM-DD


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """A feed by its declared type, or by its first element whatever the type says (servers
    often send feeds as text/xml, text/html or text/plain)."""
    if content_type in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return True
    return bool(_FEED_START.match(body[:2048].lstrip(b"\xef\xbb\xbf")))


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return _dt.datetime.fromtimestamp(calendar.timegm(value), _dt.UTC).date().isoformat()
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def parse_feed(body: bytes, base_url: str) -> tuple[str | None, list[Entry]]:
    """The feed's title and its entries that have an http(s) link, in the feed's order."""
    feedparser: Any = require("feedparser")
    from urllib.parse import urljoin, urlsplit

    parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    entries = []
    for item in parsed.entries:
        link = item.get("link")
        if not isinstance(link, str) or not link.strip():
            continue
        link = urljoin(base_url, link.strip())
        if urlsplit(link).scheme not in ("http", "https"):
            continue  # a javascript: or file: link is never followed
        entry_id = item.get("id")
        entries.append(Entry(link=link, entry_id=entry_id if isinstance(entry_id, str) else None,
                             title=item.get("title") or None, published=_date(item)))
    title = parsed.feed.get("title") if hasattr(parsed, "feed") else None
    return (title if isinstance(title, str) else None), entries
