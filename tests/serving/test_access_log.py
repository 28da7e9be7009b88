"""The access log names the route, never the path: share codes and answers stay out of it."""

from __future__ import annotations

import logging
import socket

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app
from serving.access_log import LOGGER
from tests.helpers import answers, fetch, serving

CODE = "21hunuuuuuuuuuu"

#: (method, path, keyword arguments, the route the log should name)
REQUESTS = [
    pytest.param("get", f"/r/{CODE}", {}, "GET /r/<code> 200", id="result"),
    pytest.param("get", f"/r/{CODE}.json", {}, "GET /r/<code>.json 200", id="result-json"),
    pytest.param(
        "get", f"/r/{CODE}/reminder.ics", {}, "GET /r/<code>/reminder.ics 200", id="reminder"
    ),
    pytest.param("get", f"/?answers={CODE}", {}, "GET / 200", id="questionnaire-prefilled"),
    pytest.param("get", f"/r/{CODE}x", {}, "GET /r/<code> 404", id="bad-code"),
    pytest.param("post", "/", {"data": answers("no")}, "POST / 303", id="post-answers"),
    pytest.param(
        "post",
        "/api/v1/evaluate",
        {"json": {"answers": {"broken_plans": "yes"}}},
        "POST /api/v1/evaluate 200",
        id="api-evaluate",
    ),
    pytest.param("get", f"/nothing/{CODE}", {}, "GET <unmatched> 404", id="unknown-path"),
    pytest.param("delete", f"/r/{CODE}", {}, "DELETE <unmatched> 405", id="wrong-method"),
]

#: What must never be written: the codes and the answers' own words.
SECRETS = [CODE, "21hnnnnnnnnnnnn", "21hyuuuuuuuuuuu", "broken_plans", "answers="]


def logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Every log line written so far, by any logger."""
    return [record.getMessage() for record in caplog.records]


def access(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The access log's lines written so far."""
    return [r.getMessage() for r in caplog.records if r.name == LOGGER.name]


@pytest.mark.parametrize(("method", "path", "kwargs", "line"), REQUESTS)
def test_each_request_logs_its_route(
    client: FlaskClient,
    caplog: pytest.LogCaptureFixture,
    method: str,
    path: str,
    kwargs: dict[str, object],
    line: str,
) -> None:
    """One line per request: method, route pattern and status, then size and time."""
    caplog.set_level(logging.INFO, logger=LOGGER.name)
    getattr(client, method)(path, **kwargs)
    (only,) = access(caplog)
    assert only.startswith(f"{line} ")


@pytest.mark.parametrize(("method", "path", "kwargs", "line"), REQUESTS)
def test_no_line_holds_a_code_or_an_answer(
    client: FlaskClient,
    caplog: pytest.LogCaptureFixture,
    method: str,
    path: str,
    kwargs: dict[str, object],
    line: str,
) -> None:
    """Nothing any logger writes contains the share code or the answers."""
    caplog.set_level(logging.DEBUG)
    getattr(client, method)(path, **kwargs)
    text = "\n".join(logged(caplog))
    assert [secret for secret in SECRETS if secret in text] == []


def test_the_log_is_off_when_asked(caplog: pytest.LogCaptureFixture) -> None:
    """ACCESS_LOG=0 writes no access line."""
    caplog.set_level(logging.INFO, logger=LOGGER.name)
    create_app({"TESTING": True, "ACCESS_LOG": False}).test_client().get(f"/r/{CODE}")
    assert access(caplog) == []


def test_a_real_server_logs_the_route_and_drops_its_own_request_line(
    app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    """Over a real development server: the route is logged, the server's path line is not."""
    caplog.set_level(logging.DEBUG)
    with serving(app) as address:
        assert fetch(address, "GET", f"/r/{CODE}?answers={CODE}").status == 200
    assert [line.split()[:3] for line in access(caplog)] == [["GET", "/r/<code>", "200"]]
    assert [line for line in logged(caplog) if CODE in line] == []


def test_a_real_server_does_not_quote_a_malformed_request(
    app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    """A request line the server cannot parse is not written out either."""
    caplog.set_level(logging.DEBUG)
    with serving(app) as address, socket.create_connection(address, timeout=10) as raw:
        raw.sendall(f"GET /r/{CODE} HTTP/1.1 and more\r\n\r\n".encode())
        assert b"Bad request syntax" in raw.makefile("rb").read()
    assert [line for line in logged(caplog) if CODE in line] == []
