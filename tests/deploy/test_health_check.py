"""The image's health check (python -m serving.health) asks where the server really listens."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from werkzeug.serving import make_server

from app import create_app
from serving import health

#: HOST as configured, and the address the check asks.
ADDRESSES = [
    pytest.param("0.0.0.0", "127.0.0.1", id="every-ipv4-address"),
    pytest.param("::", "::1", id="every-ipv6-address"),
    pytest.param("127.0.0.2", "127.0.0.2", id="one-address"),
    pytest.param("localhost", "localhost", id="a-name"),
]


@contextmanager
def served_on(host: str) -> Iterator[int]:
    """The app served from a thread on a free port of ``host``; yields the port."""
    server = make_server(host, 0, create_app({"TESTING": True}), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.parametrize(("host", "asked"), ADDRESSES)
def test_the_check_asks_the_address_the_server_listens_on(host: str, asked: str) -> None:
    """A wildcard HOST is asked on loopback; any other HOST is asked as it is."""
    assert health.local_address(host) == asked


@pytest.mark.parametrize(
    ("host", "answers"),
    [
        pytest.param("127.0.0.2", True, id="where-it-listens"),
        pytest.param("127.0.0.1", False, id="elsewhere"),
    ],
)
def test_the_check_follows_host(host: str, answers: bool) -> None:
    """With the server on 127.0.0.2 alone, the check passes only when HOST says so."""
    with served_on("127.0.0.2") as port:
        assert health.check({"HOST": host, "PORT": str(port)}, timeout=1) is answers
