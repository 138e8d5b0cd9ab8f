"""``briefing fetch`` without a network says so in words: an address that cannot be looked
up ("no network (offline?) or a mistyped address"), a refused connection, a certificate
that is not valid -- never only "[Errno -2] Name or service not known". The look-up and the
certificate failures are injected (the tests must not depend on the network)."""

from __future__ import annotations

import socket
import ssl
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from briefing.cli import main


def _refused_port() -> int:
    with socket.socket() as s:  # a port nothing listens on (bound, never listening)
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_refused_connection_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{_refused_port()}/talks"
    assert main(["fetch", url, "--into", str(tmp_path / "lib")]) == 1
    err = capsys.readouterr().err
    assert url in err and "127.0.0.1 refused the connection" in err and "Errno" not in err


@pytest.mark.parametrize(("reason", "said"), [
    (socket.gaierror(-2, "Name or service not known"),
     "the address news.example could not be looked up: no network (offline?)"),
    (socket.gaierror(-3, "Temporary failure in name resolution"), "no network (offline?)"),
    (OSError(101, "Network is unreachable"), "news.example cannot be reached: no network"),
    (ssl.SSLCertVerificationError(1, "certificate verify failed"),
     "news.example's certificate is not valid"),
])
def test_offline_failures_are_said_in_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str],
                                            reason: OSError, said: str) -> None:
    def unreachable(*args: object, **kwargs: object) -> None:
        raise urllib.error.URLError(reason)

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", unreachable)
    url = "https://news.example/talks"
    assert main(["fetch", url, "--into", str(tmp_path / "lib")]) == 1
    err = capsys.readouterr().err
    assert url in err and said in err
    assert not (tmp_path / "lib").exists() or not list((tmp_path / "lib").iterdir())


@pytest.mark.parametrize(("url", "said"), [
    ("http://[::1", "not a valid URL"),
    ("http://127.0.0.1:9/\x1b]2;x\x07", "cannot hold spaces or control characters"),
    ("http://news.example/a b", "cannot hold spaces or control characters"),
    ("http://news.example:99999/", "not a valid URL"),
])
def test_a_malformed_url_is_a_message_not_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, said: str) -> None:
    assert main(["fetch", url, "--into", str(tmp_path / "lib")]) == 1
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err and "\x1b" not in err
