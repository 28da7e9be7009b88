"""Through the edge as ``make serve`` runs it, every malformed request gets a quick 4xx.

Each gets a 4xx (a chunk extension nginx ignores, as HTTP lets it, gets the API's answer),
carries every security header whoever wrote it, and leaves one log line with no path, no
share code and no traceback. One client may not hold more requests than its cap.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from bench.attack import attack
from bench.server import Server, running
from serving.headers import fixed_headers
from tests.helpers import run_on_own_loop, send_raw

CODE = "21hunuuuuuuuuuu"

#: Lower than the default, so the cap test needs few connections.
CAP = 20

API = b"POST /api/v1/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
RESULT = f"GET /r/{CODE} HTTP/1.1\r\n".encode()

MALFORMED = [
    pytest.param(RESULT + b"Host: " + b"a" * 64 + b".example\r\n\r\n", id="host-label-over-63"),
    pytest.param(RESULT + b"Host: a..b\r\n\r\n", id="host-empty-label"),
    pytest.param(RESULT + b"Host: evil.example\r\n\r\n", id="host-untrusted"),
    pytest.param(RESULT + b"\r\n", id="host-missing"),
    pytest.param(API + b"Content-Length: 8000\r\n\r\n" + b"[" * 8000, id="json-nested-8000"),
    pytest.param(
        API + b"Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n", id="chunk-size-huge"
    ),
    pytest.param(API + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n", id="chunk-size-not-hex"),
    pytest.param(
        API + b"Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", id="cl-and-te"
    ),
    pytest.param(bytes.fromhex("16030100c8010000c40303") + bytes(200), id="tls-hello"),
    pytest.param(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", id="http2-preface"),
    pytest.param(b"GET /r/" + b"u" * 20_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", id="uri-too-long"),
    pytest.param(
        RESULT + b"Host: 127.0.0.1\r\nX: " + b"a" * 20_000 + b"\r\n\r\n", id="header-huge"
    ),
    pytest.param(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 99999\r\n\r\n", id="413"),
    pytest.param(b"\x00\x01\x02\r\n\r\n", id="garbage"),
]

#: A transfer coding nginx does not know: HTTP says 501 Not Implemented.
UNKNOWN_CODING = API + b"Transfer-Encoding: gzip\r\n\r\n"

#: A quoted chunk extension left open: nginx ignores extensions, as HTTP lets a recipient.
OPEN_QUOTE = API + b'Transfer-Encoding: chunked\r\n\r\n2;a="b\r\n{}\r\n0\r\n\r\n'


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """The app as make serve runs it, nginx in front of gunicorn, with a small cap."""
    with running("test-edge-malformed", {"MAX_CONNECTIONS_PER_CLIENT": str(CAP)}) as server:
        yield server


def settled_log(server: Server) -> str:
    """The server's log once it has stopped growing (for 0.2 s, waiting 5 s at most)."""
    deadline, text = time.monotonic() + 5, server.log_text()
    while time.monotonic() < deadline:
        time.sleep(0.2)
        now = server.log_text()
        if now == text:
            break
        text = now
    return text


def new_log_lines(server: Server, since: int) -> list[str]:
    """The log lines written after the first ``since`` characters, once the log is quiet."""
    return settled_log(server)[since:].splitlines()


@pytest.mark.parametrize("request_bytes", MALFORMED)
def test_a_malformed_request_gets_a_4xx_at_once(server: Server, request_bytes: bytes) -> None:
    """The status comes back, a 4xx, in well under a second."""
    reply = send_raw(server.address, request_bytes)
    assert reply.status is not None and 400 <= reply.status < 500, reply
    assert reply.seconds < 1


@pytest.mark.parametrize("request_bytes", MALFORMED)
def test_a_malformed_request_gets_every_security_header(
    server: Server, request_bytes: bytes
) -> None:
    """Whether nginx or the app refused it, the answer has every fixed header once."""
    reply = send_raw(server.address, request_bytes)
    assert {name: reply.headers.get(name) for name in fixed_headers()} == fixed_headers()


@pytest.mark.parametrize(
    "request_bytes",
    [
        *MALFORMED,
        pytest.param(UNKNOWN_CODING, id="te-unknown"),
        pytest.param(OPEN_QUOTE, id="chunk-ext-open-quote"),
    ],
)
def test_a_malformed_request_is_one_log_line_without_a_path(
    server: Server, request_bytes: bytes
) -> None:
    """One line says what happened; no path, no code, no traceback."""
    since = len(settled_log(server))
    send_raw(server.address, request_bytes)
    lines = new_log_lines(server, since)
    assert len(lines) == 1, lines
    assert CODE not in lines[0] and "/r/" not in lines[0] and "uuuu" not in lines[0]
    assert "Traceback" not in lines[0]


def test_an_unknown_transfer_coding_is_not_implemented(server: Server) -> None:
    """Gzip-coded bodies are not taken: 501, at once, with every header."""
    reply = send_raw(server.address, UNKNOWN_CODING)
    assert (reply.status, reply.seconds < 1) == (501, True)
    assert {name: reply.headers.get(name) for name in fixed_headers()} == fixed_headers()


def test_an_open_quote_in_a_chunk_extension_is_not_an_error(server: Server) -> None:
    """nginx ignores the extension, and the chunk itself is an empty API request."""
    assert send_raw(server.address, OPEN_QUOTE).status == 200


def test_one_client_past_its_cap_gets_429_and_a_log_line(server: Server) -> None:
    """From one address, requests past MAX_CONNECTIONS_PER_CLIENT at once are refused."""
    since = len(settled_log(server))
    report = run_on_own_loop(
        attack(
            server.address,
            {"slow bodies": CAP + 10},
            seconds=3,
            interval=0.5,
            paths=(),
            sources=["127.0.0.50"],
        )
    )
    assert b"HTTP/1.1 429" in report.attacks["slow bodies"].answers
    assert any("limiting connections" in line for line in new_log_lines(server, since))


def test_other_clients_are_served_while_one_is_capped(server: Server) -> None:
    """The cap is per address: a probe from elsewhere keeps getting answers."""
    report = run_on_own_loop(
        attack(
            server.address,
            {"slow bodies": CAP + 10},
            seconds=3,
            interval=0.5,
            sources=["127.0.0.51"],
        )
    )
    assert report.failed_probes == 0
    assert all(probe.latencies for probe in report.probes)
