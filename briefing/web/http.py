"""Polite, bounded HTTP GETs with the standard library: a timeout on every read and on the whole
download, a size cap, a redirect cap, http(s) only, a User-Agent naming briefing, and
conditional requests (ETag / Last-Modified) for feeds.  Errors are :class:`FetchError` with a
sentence a user can act on; nothing here writes a file."""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.message import Message
from http.client import HTTPMessage
from typing import IO

from briefing import __version__

USER_AGENT = f"briefing/{__version__} (terminal news reader; fetches what its user asked for)"
TIMEOUT = 20.0  # seconds: connecting, each read, and the whole body
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
CHUNK = 64 * 1024


class FetchError(Exception):
    """A URL could not be fetched; the message names the reason (not the URL: callers do)."""


@dataclass
class Response:
    url: str  # after redirects
    status: int
    content_type: str  # lower case, without parameters
    charset: str | None
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: HTTPMessage, newurl: str) -> urllib.request.Request | None:
        if urllib.parse.urlsplit(newurl).scheme not in ("http", "https"):
            raise FetchError(f"redirected to a {urllib.parse.urlsplit(newurl).scheme or 'relative'}"
                             " URL, which is not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _Deadline:
    """Shuts every connection of one download when its time is up.

    The socket timeout bounds each read, not the download: a server dripping a byte a
    second (headers, or a body) never trips it, and ``read(CHUNK)`` waits for a whole chunk.
    So a timer shuts the sockets down; the blocked read then ends at once and the download
    fails as too slow (checked with :attr:`expired`, since a body read until the connection
    closes would otherwise end as if complete)."""

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):  # already closed
            sock.shutdown(socket.SHUT_RDWR)


def _watched(base: type[http.client.HTTPConnection], deadline: _Deadline
             ) -> type[http.client.HTTPConnection]:
    class Watched(base):  # type: ignore[valid-type,misc]
        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)

    return Watched


class _HTTP(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_watched(http.client.HTTPConnection, self._deadline), req)


class _HTTPS(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_watched(http.client.HTTPSConnection, self._deadline), req,
                            context=self._context)  # type: ignore[attr-defined]


def check_url(url: str) -> str:
    """``url`` if it is an absolute http(s) URL, else :class:`FetchError`."""
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in url):
        raise FetchError("a URL cannot hold spaces or control characters (encode them: %20)")
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - a bad port ("http://x:99999/") raises here, not later
    except ValueError as exc:  # "http://[::1" (an unclosed IPv6 address)
        raise FetchError(f"not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError("not an http:// or https:// URL")
    return url


def get(url: str, *, accept: str = "*/*", etag: str | None = None,
        last_modified: str | None = None, timeout: float = TIMEOUT,
        max_bytes: int = MAX_BYTES) -> Response:
    """GET ``url``; a 304 answer (with ``etag``/``last_modified`` given) has an empty body."""
    request = urllib.request.Request(check_url(url), headers={
        "User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "identity"})
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    # Half a second after the per-read timeout: a server silent from the start is "no answer
    # within N s" (the socket's timeout), one that drips is "took more than N s".
    watchdog = _Deadline(timeout + 0.5)
    try:
        return _get(request, url, timeout, max_bytes, watchdog)
    except FetchError:
        if watchdog.expired:
            raise FetchError(f"took more than {timeout:g} s") from None
        raise
    finally:
        watchdog.cancel()


def _get(request: urllib.request.Request, url: str, timeout: float, max_bytes: int,
         watchdog: _Deadline) -> Response:
    opener = urllib.request.build_opener(_Redirects(), _HTTP(watchdog), _HTTPS(watchdog))
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as answer:
            headers: Message = answer.headers
            declared = headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{int(declared):,} bytes, over the {max_bytes:,}-byte limit")
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"took more than {timeout:g} s")
                chunk = answer.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"more than {max_bytes:,} bytes, the limit")
                chunks.append(chunk)
            if watchdog.expired:  # cut short: not the whole body
                raise FetchError(f"took more than {timeout:g} s")
            return Response(url=answer.geturl(), status=answer.status,
                            content_type=headers.get_content_type().lower(),
                            charset=headers.get_content_charset(),
                            body=b"".join(chunks),
                            headers={k.lower(): v for k, v in headers.items()})
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Response(url=url, status=304, content_type="", charset=None, body=b"")
        if exc.code in (301, 302, 303, 307, 308):
            raise FetchError(f"more than {MAX_REDIRECTS} redirects") from exc
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise FetchError(f"no answer within {timeout:g} s") from exc
        raise FetchError(f"cannot connect: {_why(reason, url)}") from exc
    except TimeoutError as exc:
        raise FetchError(f"no answer within {timeout:g} s") from exc
    except (OSError, ValueError, http.client.HTTPException) as exc:  # a reset connection, a
        # bad status line, a URL http.client refuses (InvalidURL is no ValueError)…
        raise FetchError(f"{exc.__class__.__name__}: {exc}") from exc


def _why(reason: object, url: str) -> str:
    """Why a connection failed, in words (not "[Errno -2] Name or service not known")."""
    import socket
    import ssl
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or url
    if isinstance(reason, socket.gaierror):
        return (f"the address {host} could not be looked up: no network (offline?) or a "
                f"mistyped address ({reason.strerror or reason})")
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection (nothing answers on that port)"
    if isinstance(reason, ssl.SSLCertVerificationError):
        detail = getattr(reason, "verify_message", None) or reason
        return f"{host}'s certificate is not valid ({detail})"
    if isinstance(reason, OSError) and reason.errno in (101, 113):  # ENETUNREACH, EHOSTUNREACH
        return f"{host} cannot be reached: no network (offline?) ({reason.strerror})"
    return str(reason)
