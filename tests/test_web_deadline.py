"""The download deadline holds against servers that answer slowly but never stop (session 7).

``get`` checked its whole-download deadline only between 64 KiB reads, and headers had no
deadline at all: a server dripping one byte a second (headers, or a body with or without a
length) kept each socket read inside the per-read timeout, so ``briefing fetch URL`` (and
``R`` in the reader, in the background) never returned -- measured: still running after 60 s
with ``timeout=4``.  Now every connection of a download is shut when its time is up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler

import pytest
from _web_server import serve

from briefing.web.http import FetchError, get


def _drip(head: bytes, byte: bytes) -> Callable[[BaseHTTPRequestHandler], None]:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        try:
            handler.wfile.write(head)
            handler.wfile.flush()
            for _ in range(600):  # at most a minute, a byte each 0.1 s
                handler.wfile.write(byte)
                handler.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass  # the client hung up: what the test wants
    return answer


ROUTES = {
    "/headers": _drip(b"HTTP/1.1 200 OK\r\nX-Slow: ", b"x"),
    "/body": _drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n",
                   b"a"),
    "/chunked": _drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                      b"Transfer-Encoding: chunked\r\n\r\n", b"1\r\na\r\n"),
    "/until-close": _drip(b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n", b"a"),
}


@pytest.mark.parametrize("path", list(ROUTES))
def test_a_dripping_server_is_cut_at_the_deadline(path: str) -> None:
    with serve(dict(ROUTES)) as (base, _seen):
        start = time.monotonic()
        with pytest.raises(FetchError, match="took more than 1.5 s"):
            get(f"{base}{path}", timeout=1.5)
        assert time.monotonic() - start < 6


def test_a_quick_answer_is_unaffected() -> None:
    body = b"<html><body><p>Talks resumed.</p></body></html>"
    with serve({"/ok": (200, {"Content-Type": "text/html"}, body)}) as (base, _seen):
        answer = get(f"{base}/ok", timeout=1.5)
        assert answer.body == body
        time.sleep(2)  # the deadline passing after the download changes nothing
        assert get(f"{base}/ok", timeout=1.5).body == body
