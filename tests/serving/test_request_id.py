"""Every response names its request: a safe id it brought, or one made; the access log says it."""

from __future__ import annotations

import http.client
import logging
import re
from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from bench.server import Server, running
from serving.access_log import LOGGER
from tests.helpers import fetch

CODE = "21hunuuuuuuuuuu"
MADE = re.compile(r"[0-9a-f]{32}")

KEPT = [
    pytest.param("abc", id="short"),
    pytest.param("a" * 128, id="longest"),
    pytest.param("req-1.2_3", id="dots-dashes-underscores"),
    pytest.param("0b5f8f3e-2c1d-4b7e-9a57-5e1f3c2d4b6a", id="uuid"),
]

REPLACED = [
    pytest.param("", id="empty"),
    pytest.param("a" * 129, id="too-long"),
    pytest.param("two words", id="space"),
    pytest.param('quote"d', id="quote"),
    pytest.param("id=1;x", id="semicolon"),
    pytest.param("ünïcode", id="not-ascii"),
    pytest.param('{"level": "ERROR"}', id="json"),
]


@pytest.mark.parametrize("given", KEPT)
def test_a_safe_id_is_kept_and_echoed(client: FlaskClient, given: str) -> None:
    """An id of letters, digits, '.', '_' and '-', at most 128, comes back as it was sent."""
    assert client.get("/", headers={"X-Request-ID": given}).headers["X-Request-ID"] == given


@pytest.mark.parametrize("given", REPLACED)
def test_an_unsafe_id_is_replaced_by_a_new_one(client: FlaskClient, given: str) -> None:
    """Anything else is not written anywhere: the request gets an id made for it."""
    echoed = client.get("/", headers={"X-Request-ID": given}).headers["X-Request-ID"]
    assert MADE.fullmatch(echoed)


@pytest.mark.parametrize(
    "path", ["/", f"/r/{CODE}", f"/r/{CODE}x", "/no-such-page", "/healthz", "/static/app.css"]
)
def test_every_response_gets_a_new_id(client: FlaskClient, path: str) -> None:
    """Pages, errors, the health check and static files each get an id, never the same twice."""
    ids = [client.get(path).headers["X-Request-ID"] for _ in range(2)]
    assert all(MADE.fullmatch(one) for one in ids) and ids[0] != ids[1]


def test_the_access_line_names_the_id_it_answered_with(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    """The access log's line for a request carries the id its response was sent with."""
    caplog.set_level(logging.INFO, logger=LOGGER.name)
    echoed = client.get(f"/r/{CODE}").headers["X-Request-ID"]
    (record,) = [r for r in caplog.records if r.name == LOGGER.name]
    assert record.getMessage().endswith(f" id={echoed}")
    assert record.__dict__["request_id"] == echoed


# Through the edge: nginx picks the id first, so its own refusals carry one too.


@pytest.fixture(scope="module")
def served() -> Iterator[Server]:
    """The app as make serve runs it."""
    with running("test-request-id", {"WEB_CONCURRENCY": "2"}) as server:
        yield server


TOO_LARGE = b"x" * 20_000


def test_the_edge_passes_a_safe_id_on_to_the_app(served: Server) -> None:
    """An id sent through nginx reaches the app, its answer and its access line."""
    given = "from-the-balancer-1"
    reply = fetch(served.address, "GET", f"/r/{CODE}", headers={"X-Request-ID": given})
    assert reply.headers["X-Request-ID"] == given
    assert f" id={given}" in served.log_text()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        pytest.param(None, None, id="none-sent"),
        pytest.param("from-the-balancer-2", "from-the-balancer-2", id="safe-kept"),
        pytest.param("two words", None, id="unsafe-replaced"),
    ],
)
def test_the_edges_own_refusal_carries_an_id(
    served: Server, given: str | None, expected: str | None
) -> None:
    """A body too large, refused by nginx alone, still answers with one X-Request-ID."""
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if given is not None:
        headers["X-Request-ID"] = given
    reply = fetch(served.address, "POST", "/", TOO_LARGE, headers)
    assert reply.status == 413
    echoed = reply.headers["X-Request-ID"]
    assert echoed == expected if expected is not None else MADE.fullmatch(echoed)


def test_an_app_answer_through_the_edge_has_one_id(served: Server) -> None:
    """nginx adds its id only where the app sent none, so no answer names two."""
    connection = http.client.HTTPConnection(*served.address, timeout=10)
    try:
        connection.request("GET", "/healthz")
        names = [name for name, _ in connection.getresponse().getheaders()]
    finally:
        connection.close()
    assert names.count("X-Request-ID") == 1
