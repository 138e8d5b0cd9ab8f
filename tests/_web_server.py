"""A loopback HTTP server for the web tests: pages and feeds the tests write, never the
internet.  Routes map a path to ``(status, headers, body)`` or to a callable handling the
request itself (slow answers, endless bodies, conditional requests)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Route = tuple[int, dict[str, str], bytes] | Callable[[BaseHTTPRequestHandler], None]


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, Route] = {}
    seen: list[tuple[str, dict[str, str]]] = []

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.seen.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        route = self.routes.get(self.path.split("?", 1)[0])
        if route is None:
            self.send_error(404, "Not Found")
            return
        if callable(route):
            route(self)
            return
        status, headers, body = route
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[tuple[str, list[tuple[str, dict[str, str]]]]]:
    """``(base URL, requests seen)`` while a server on 127.0.0.1 answers ``routes``."""
    seen: list[tuple[str, dict[str, str]]] = []
    handler = type("Handler", (_Handler,), {"routes": routes, "seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
