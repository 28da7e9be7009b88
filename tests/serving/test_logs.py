"""In either log format, nothing the server writes holds a share code or pasted words.

A real server (nginx in front of gunicorn, as make serve runs it) is driven on every route
that carries answers, with real and bogus codes, and refused at the edge; then everything it
wrote is read. In JSON every line must be one object with the fields the README names.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from bench.server import free_port, running
from serving import logs
from tests.helpers import PASTED, drive_answer_routes, fetch, send_raw, share_codes

#: Keys every JSON line has; and those an access line adds.
EVERY_LINE = {"time", "level", "logger", "pid", "message"}
ACCESS_LINE = EVERY_LINE | {"request_id", "method", "route", "status", "bytes", "duration_ms"}

#: What a worker says once its pages are compiled and drawn, before it takes a request.
READY = re.compile(r"Worker (\d+) ready: pages compiled and drawn in \d+ ms")

#: The id a balancer in front might send, to find the request's line by.
GIVEN_ID = "balancer-given-7"


@dataclass(frozen=True)
class Written:
    """What a served app wrote after answer-bearing traffic, and the codes it saw."""

    log_format: str
    text: str
    codes: set[str]


def settled(read: Callable[[], str]) -> str:
    """The log once it has stopped growing for 0.3 s (waiting 5 s at most)."""
    deadline, text = time.monotonic() + 5, read()
    while time.monotonic() < deadline:
        time.sleep(0.3)
        now = read()
        if now == text:
            break
        text = now
    return text


def serve_and_drive(log_format: str) -> Written:
    """Serve the app in ``log_format``, drive it with codes on every route, stop it."""
    environ = {
        "LOG_FORMAT": log_format,
        "METRICS_PORT": str(free_port()),
        "LOG_LEVEL": "debug",
        "WEB_CONCURRENCY": "2",
    }
    with running(f"test-logs-{log_format}", environ) as server:
        codes = drive_answer_routes(server.address, share_codes(8))
        code = min(codes)
        fetch(server.address, "GET", f"/r/{code}", headers={"X-Request-ID": GIVEN_ID})
        # Refused by nginx alone: a body too large, a request line it cannot read.
        fetch(server.address, "POST", f"/r/{code}", b"x" * 20_000, {"Content-Length": "20000"})
        send_raw(server.address, f"GET /r/{code} HTTP/1.1 and more\r\n\r\n".encode())
        send_raw(server.address, f"GET /r/{code} HTTP/1.1\r\nHost: {code}.evil\r\n\r\n".encode())
        settled(server.log_text)
    # Stopped: the lines about stopping are in it too.
    return Written(log_format, server.log_text(), codes)


@pytest.fixture(scope="module")
def text_log() -> Written:
    """What a server in the text format wrote."""
    return serve_and_drive("text")


@pytest.fixture(scope="module")
def json_log() -> Written:
    """What a server in the JSON format wrote."""
    return serve_and_drive("json")


@pytest.fixture(params=["text_log", "json_log"])
def written(request: pytest.FixtureRequest) -> Written:
    """What a server wrote, in each format in turn."""
    found: Written = request.getfixturevalue(request.param)
    return found


def test_no_line_holds_a_share_code_or_pasted_words(written: Written) -> None:
    """Not one code, the pasted message, or a query string, anywhere in what was written."""
    leaked = [code for code in written.codes if code in written.text]
    assert leaked == []
    assert PASTED not in written.text and "answers=" not in written.text
    assert len(written.codes) > 8


def test_the_access_lines_are_there(written: Written) -> None:
    """The routes were logged: the log is not empty by accident."""
    assert written.text.count("/r/<code>") >= 24


def json_lines(written: Written) -> list[dict[str, object]]:
    """Every line of a JSON-format log, parsed; a line that is not an object fails."""
    parsed = []
    for line in written.text.splitlines():
        value = json.loads(line)
        assert isinstance(value, dict), line
        parsed.append(value)
    return parsed


def test_in_json_every_line_is_an_object_with_the_common_fields(json_log: Written) -> None:
    """Gunicorn, the app and nginx each write one JSON object per line, with every field."""
    lines = json_lines(json_log)
    assert [line for line in lines if not EVERY_LINE <= line.keys()] == []
    loggers = {str(line["logger"]) for line in lines}
    assert {"gunicorn.error", "should_i_reply.access", "should_i_reply.edge"} <= loggers


def test_in_json_each_access_line_has_its_request_fields(json_log: Written) -> None:
    """An access line gives id, method, route, status, size and time as fields of their own."""
    access = [line for line in json_lines(json_log) if line["logger"] == "should_i_reply.access"]
    assert access and [line for line in access if line.keys() != ACCESS_LINE] == []
    assert [line["route"] for line in access if line["request_id"] == GIVEN_ID] == ["/r/<code>"]


def test_each_worker_is_ready_before_it_answers_anyone(json_log: Written) -> None:
    """Both workers compile and draw their pages (gunicorn.conf.py) before their first request."""
    ready: dict[object, int] = {}
    first_request: dict[object, int] = {}
    for index, line in enumerate(json_lines(json_log)):
        said = READY.fullmatch(str(line["message"]))
        if said and int(said[1]) == line["pid"]:
            ready[line["pid"]] = index
        if line["logger"] == "should_i_reply.access":
            first_request.setdefault(line["pid"], index)
    # Either worker may have taken every request; each that took one was ready first.
    assert len(ready) == 2 and first_request and first_request.keys() <= ready.keys()
    assert [pid for pid, index in first_request.items() if index < ready[pid]] == []


def test_in_text_the_access_line_ends_with_the_request_id(text_log: Written) -> None:
    """A text access line names its request last, so a given id finds its line."""
    (line,) = [line for line in text_log.text.splitlines() if line.endswith(f" id={GIVEN_ID}")]
    assert "[access] GET /r/<code> 200 " in line


@pytest.mark.parametrize(
    ("line", "level", "fields"),
    [
        pytest.param(
            "[edge] 2026/11/23 19:18:38 [info] 1#1: *3 client timed out, client: 127.0.0.2",
            logging.INFO,
            {},
            id="info",
        ),
        pytest.param(
            "[edge] 2026/11/23 19:18:38 [warn] 1#1: *3 limiting connections, client: 127.0.0.2",
            logging.WARNING,
            {},
            id="warn",
        ),
        pytest.param(
            "[edge] 2026/11/23 19:18:38 [error] 1#1: *3 too large body, client: 127.0.0.2",
            logging.ERROR,
            {},
            id="error",
        ),
        pytest.param(
            "[edge] 2026/11/23 19:18:38 [crit] 1#1: *3 something worse",
            logging.CRITICAL,
            {},
            id="crit",
        ),
        pytest.param(
            "[edge] 23/Nov/2026:19:18:53 +0000 [access] *17 POST 408 2.002s, client: 127.0.0.1,"
            " request_id: 4f0c",
            logging.INFO,
            {"request_id": "4f0c"},
            id="access",
        ),
    ],
)
def test_an_nginx_line_keeps_its_level_and_request_id(
    line: str, level: int, fields: dict[str, str]
) -> None:
    """nginx's level becomes the line's level; its access line's request id, a field."""
    assert logs.edge_event(line) == (level, line.removeprefix("[edge] "), fields)


def test_text_format_leaves_gunicorn_its_own_log() -> None:
    """In text, gunicorn keeps its own log configuration; in JSON every logger is replaced."""
    assert logs.gunicorn_config("text") == {}
    assert logs.gunicorn_config("json")["root"]["handlers"] == ["stderr"]


def test_gunicorns_line_about_a_broken_request_loses_its_path() -> None:
    """ "Error handling request <method> <path>" is written without the method and path."""
    record = logging.LogRecord(
        "gunicorn.error",
        logging.ERROR,
        __file__,
        1,
        "Error handling request %s %s",
        ("GET", "/r/21hunuuuuuuuuuu"),
        None,
    )
    assert logs.WithoutPaths().filter(record)
    assert record.getMessage() == "Error handling request"
