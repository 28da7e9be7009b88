"""Helpers that speak the tests' language: answer sets, form posts, a served app, raw HTTP."""

from __future__ import annotations

import asyncio
import http.client
import socket
import threading
import time
from collections.abc import Coroutine, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from flask import Flask
from flask.testing import FlaskClient
from werkzeug.serving import make_server
from werkzeug.test import TestResponse

from decision import SIGNALS

#: Where the essays live beside a developer's checkout; absent in a user's fresh clone.
SOURCES_DIR = Path(__file__).resolve().parents[2] / "shared" / "sources"

SIGNAL_IDS = [signal.id for signal in SIGNALS]

T = TypeVar("T")


def answers(default: str = "not_sure", **given: str) -> dict[str, str]:
    """A full answer set: every signal gets ``default`` unless named."""
    unknown = set(given) - set(SIGNAL_IDS)
    assert not unknown, f"no such signals: {unknown}"
    return {signal_id: given.get(signal_id, default) for signal_id in SIGNAL_IDS}


def submit(client: FlaskClient, form: dict[str, str]) -> TestResponse:
    """Post the questionnaire as a browser would."""
    return client.post("/", data=form)


def open_result(client: FlaskClient, form: dict[str, str]) -> TestResponse:
    """Post a complete questionnaire and follow the redirect to its result."""
    response = submit(client, form)
    assert response.status_code == 303, response.status_code
    return client.get(response.headers["Location"])


@contextmanager
def serving(app: Flask) -> Iterator[tuple[str, int]]:
    """Serve ``app`` from a thread on a free port of 127.0.0.1; yields (host, port)."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="test-server", daemon=True)
    thread.start()
    try:
        yield "127.0.0.1", server.server_port
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@dataclass(frozen=True)
class Reply:
    """What a real server answered."""

    status: int
    headers: Mapping[str, str]
    body: bytes


def fetch(
    address: tuple[str, int],
    method: str,
    target: str,
    body: bytes | None = None,
    headers: Mapping[str, str] | None = None,
) -> Reply:
    """Send one raw HTTP request (any bytes, no redirects followed) and read the reply."""
    connection = http.client.HTTPConnection(*address, timeout=10)
    try:
        connection.request(method, target, body=body, headers=dict(headers or {}))
        response = connection.getresponse()
        return Reply(response.status, dict(response.getheaders()), response.read())
    finally:
        connection.close()


@dataclass(frozen=True)
class RawReply:
    """What a server sent back to raw bytes: its status line's code, headers, and how soon."""

    status: int | None
    headers: Mapping[str, str]
    seconds: float


def send_raw(address: tuple[str, int], data: bytes, *, timeout: float = 5.0) -> RawReply:
    """Send ``data`` as it is on a new connection; read the answer's head, timed from sending."""
    with socket.create_connection(address, timeout=timeout) as connection:
        started = time.monotonic()
        connection.sendall(data)
        head = b""
        try:
            while b"\r\n\r\n" not in head:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                head += chunk
        except (TimeoutError, ConnectionResetError):
            pass
        seconds = time.monotonic() - started
    lines = head.split(b"\r\n\r\n")[0].decode("latin-1").split("\r\n")
    status = int(lines[0][9:12]) if lines[0][9:12].isdigit() else None
    headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    return RawReply(status, headers, seconds)


def run_on_own_loop(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run ``coroutine`` to its end on an event loop of its own, in a thread of its own.

    While the browser tests' Chromium is open, Playwright's sync API keeps an event loop
    running in the main thread, where asyncio.run() refuses to start another.
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
