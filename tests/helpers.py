"""Helpers that speak the tests' language: answer sets, form posts, a served app, raw HTTP."""

from __future__ import annotations

import asyncio
import http.client
import socket
import threading
import time
from collections.abc import Callable, Coroutine, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from decision import CURRENT

if TYPE_CHECKING:  # the domain's tests use these helpers without loading the web stack
    from flask import Flask
    from flask.testing import FlaskClient
    from werkzeug.test import TestResponse

#: Where the essays live beside a developer's checkout; absent in a user's fresh clone.
SOURCES_DIR = Path(__file__).resolve().parents[2] / "shared" / "sources"

#: Today's questions, in the order they are asked.
SIGNAL_IDS = list(CURRENT.ids)

T = TypeVar("T")


def answers(default: str = "not_sure", **given: str) -> dict[str, str]:
    """A full answer set for today's questions: each gets ``default`` unless named."""
    unknown = set(given) - set(SIGNAL_IDS)
    assert not unknown, f"no such signals: {unknown}"
    return {signal_id: given.get(signal_id, default) for signal_id in SIGNAL_IDS}


def submit(client: FlaskClient, form: dict[str, str]) -> TestResponse:
    """Post the questionnaire as a browser would."""
    return client.post("/", data=form)


def read_message(
    client: FlaskClient, message: str, form: Mapping[str, str] | None = None
) -> TestResponse:
    """Paste a message and press "Read it for me", with any answers already chosen."""
    return client.post("/", data={**(form or {}), "read": "1", "message": message})


def open_result(client: FlaskClient, form: dict[str, str]) -> TestResponse:
    """Post a complete questionnaire and follow the redirect to its result."""
    response = submit(client, form)
    assert response.status_code == 303, response.status_code
    return client.get(response.headers["Location"])


def decompress(body: bytes) -> bytes:
    """A body compressed with brotli or gzip, opened (gzip's magic bytes tell the two apart)."""
    import gzip

    import brotli  # type: ignore[import-untyped]  # no type information; one function used

    return gzip.decompress(body) if body[:2] == b"\x1f\x8b" else bytes(brotli.decompress(body))


@contextmanager
def serving(app: Flask) -> Iterator[tuple[str, int]]:
    """Serve ``app`` from a thread on a free port of 127.0.0.1; yields (host, port)."""
    from werkzeug.serving import make_server

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


def record_paths(app: Flask) -> list[str]:
    """Wrap ``app`` so the path of every request that reaches it is kept, in the list returned."""
    paths: list[str] = []
    inner = app.wsgi_app

    def recording(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        paths.append(environ["PATH_INFO"])
        return inner(environ, start_response)

    app.wsgi_app = recording  # type: ignore[method-assign]
    return paths


@dataclass(frozen=True)
class Exchange:
    """One request a real client made of the app, and the app's answer."""

    method: str
    path: str
    form: Mapping[str, list[str]]
    status: int
    body: str


def record_exchanges(app: Flask) -> list[Exchange]:
    """Wrap ``app`` so every request and answer is kept, in order, in the list returned."""
    from io import BytesIO
    from urllib.parse import parse_qs

    exchanges: list[Exchange] = []
    inner = app.wsgi_app

    def recording(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        sent = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = BytesIO(sent)
        statuses: list[int] = []
        compressed: list[bool] = []

        def start(status: str, headers: list[tuple[str, str]], *rest: Any) -> Any:
            statuses.append(int(status.split()[0]))
            compressed.append(any(name.lower() == "content-encoding" for name, _ in headers))
            return start_response(status, headers, *rest)

        sent_back = b"".join(inner(environ, start))
        # The client gets the compressed body; the record keeps it readable.
        body = decompress(sent_back) if compressed[0] else sent_back
        form = parse_qs(sent.decode("latin-1"), keep_blank_values=True)
        exchanges.append(
            Exchange(
                environ["REQUEST_METHOD"], environ["PATH_INFO"], form, statuses[0], body.decode()
            )
        )
        return [sent_back]

    app.wsgi_app = recording  # type: ignore[method-assign]
    return exchanges


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


def share_codes(count: int, *, seed: int = 12) -> list[str]:
    """``count`` different share codes, each for a real answer set to today's questions."""
    import random

    from decision import Answer, Pronoun, encode

    chooser, codes = random.Random(seed), set[str]()
    while len(codes) < count:
        given = {q: chooser.choice(list(Answer)) for q in SIGNAL_IDS if q != "safety_concern"}
        codes.add(
            encode({**given, "safety_concern": Answer.NO}, pronoun=chooser.choice(list(Pronoun)))
        )
    return sorted(codes)


#: Words pasted into "Read it for me", which must never be written anywhere.
PASTED = "Zebracorn meant every word of it"


def drive_answer_routes(address: tuple[str, int], codes: Iterable[str]) -> set[str]:
    """Open every route that carries answers, with each code, and bad ones; the codes made.

    The codes returned are the given ones and those the server made from posted answers.
    """
    import json
    from urllib.parse import urlencode

    host = {"Host": "127.0.0.1"}
    form = {**host, "Content-Type": "application/x-www-form-urlencoded"}
    seen = set(codes)
    for code in sorted(seen):
        for target in (
            f"/r/{code}",
            f"/r/{code}.json",
            f"/r/{code}/reminder.ics",
            f"/?answers={code}",
            f"/r/{code}?answers={code}",
            f"/r/{code}x",
            f"/r/{code[:-1]}",
            f"/nothing/{code}",
            f"/r/{code}/",
        ):
            fetch(address, "GET", target, headers=host)
        fetch(address, "DELETE", f"/r/{code}", headers=host)
    made = fetch(address, "POST", "/", urlencode(answers("no")).encode(), form)
    seen.add(made.headers["Location"].rsplit("/", 1)[1])
    reading = urlencode({**answers("yes"), "read": "1", "message": PASTED}).encode()
    fetch(address, "POST", "/", reading, form)
    api = {**host, "Content-Type": "application/json"}
    evaluated = fetch(
        address,
        "POST",
        "/api/v1/evaluate",
        json.dumps({"answers": answers("yes", safety_concern="no")}).encode(),
        api,
    )
    seen.add(json.loads(evaluated.body)["share_url"].rsplit("/", 1)[1])
    fetch(address, "POST", "/api/v1/read", json.dumps({"message": PASTED}).encode(), api)
    return seen
