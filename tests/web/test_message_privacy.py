"""His message is never logged, kept, cached or put in an address: each way in, each way out."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from serving.page_cache import PageCache
from tests.helpers import answers, decompress

#: A message no page would hold by chance, that the reader finds things in.
MESSAGE = "Zanzibar quokka 4471: I have changed. Do you miss me? Free Saturday at 7 at the Crown?"

#: Parts of it, as they could appear in text or, encoded, in an address.
SECRETS = ["quokka", "Zanzibar", "4471", "Crown", "Zanzibar+quokka", "Zanzibar%20quokka"]

#: Every way the message can reach the app: (method, path, keyword arguments).
SENDS = [
    pytest.param("post", "/", {"data": {"read": "1", "message": MESSAGE}}, id="read"),
    pytest.param(
        "post",
        "/",
        {"data": {"read": "1", "message": MESSAGE + " pad" * 600}},
        id="read-too-long",
    ),
    pytest.param(
        "post", "/", {"data": {"reword": "1", "pronoun": "she", "message": MESSAGE}}, id="reword"
    ),
    pytest.param(
        "post", "/", {"data": {"broken_plans": "yes", "message": MESSAGE}}, id="submit-with-gaps"
    ),
    pytest.param("post", "/", {"data": {**answers("no"), "message": MESSAGE}}, id="submit"),
    pytest.param(
        "post", "/", {"data": {"safety_concern": "yes", "message": MESSAGE}}, id="safety-first"
    ),
    pytest.param("post", "/api/v1/read", {"json": {"message": MESSAGE}}, id="api"),
    pytest.param(
        "post", "/api/v1/read", {"json": {"message": MESSAGE + " pad" * 600}}, id="api-too-long"
    ),
]


def send(client: FlaskClient, method: str, path: str, kwargs: dict[str, Any]) -> TestResponse:
    """Send the message one way, then ask afresh for two pages the cache keeps."""
    response: TestResponse = getattr(client, method)(path, **kwargs)
    client.get("/")
    client.get("/support")
    return response


def found(text: str) -> list[str]:
    """The parts of the message this text holds."""
    return [secret for secret in SECRETS if secret in text]


def addresses(response: TestResponse) -> list[str]:
    """Every address a response sends the browser to: redirects, links, forms, files."""
    html = response.get_data(as_text=True) if response.mimetype == "text/html" else ""
    attributes = re.findall(r'\b(?:href|action|formaction|src)="([^"]*)"', html)
    return [response.headers.get("Location", ""), *attributes]


@pytest.mark.parametrize(("method", "path", "kwargs"), SENDS)
def test_no_log_line_holds_the_message(
    client: FlaskClient,
    caplog: pytest.LogCaptureFixture,
    method: str,
    path: str,
    kwargs: dict[str, Any],
) -> None:
    """Nothing any logger writes, at any level, contains a word of the message."""
    caplog.set_level(logging.DEBUG)
    send(client, method, path, kwargs)
    assert caplog.records, "the access log should have written something"
    assert found("\n".join(record.getMessage() for record in caplog.records)) == []


@pytest.mark.parametrize(("method", "path", "kwargs"), SENDS)
def test_the_page_cache_never_holds_the_message(
    app: Flask, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    """After the message is sent, no page the cache keeps contains it."""
    send(app.test_client(), method, path, kwargs)
    cache: PageCache = app.extensions["should_i_reply.page_cache"]
    # Reading the kept pages themselves: the cache offers no way to list them, rightly.
    kept = list(cache._pages.values())
    assert len(kept) == 2, "the questionnaire and the support page should have been kept"
    # Each page is kept plain and compressed; every form is read, the compressed ones opened.
    bodies = [[page.body, *map(decompress, page.encoded.values())] for page in kept]
    assert [[found(body.decode()) for body in forms] for forms in bodies] == [[[]] * 3] * 2


@pytest.mark.parametrize(("method", "path", "kwargs"), SENDS)
def test_no_address_holds_the_message(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    """No redirect, link, form action or file address in the response contains it."""
    response = send(client, method, path, kwargs)
    assert response.status_code in (200, 303, 400)
    assert found(" ".join(addresses(response))) == []


@pytest.mark.parametrize(("method", "path", "kwargs"), SENDS)
def test_the_response_is_never_stored(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    """Every response that could echo the message is no-store, and sets no cookie."""
    response = send(client, method, path, kwargs)
    assert response.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers


def test_the_result_after_reading_shows_nothing_of_the_message(client: FlaskClient) -> None:
    """Read, then submit with the message still in its box: the result and its link hold none."""
    client.post("/", data={"read": "1", "message": MESSAGE})
    response = client.post("/", data={**answers("no"), "message": MESSAGE})
    location = response.headers["Location"]
    assert re.fullmatch(r"/r/[0-9a-z]+", location)
    result = client.get(location).get_data(as_text=True)
    share = re.search(r'value="(http://localhost/r/[^"]+)"', result)
    assert share and share.group(1) == "http://localhost" + location
    assert found(result) == []


def test_the_page_that_reads_the_message_is_not_kept(app: Flask) -> None:
    """Only GET pages are kept: reading a message renders a new page and keeps none."""
    client = app.test_client()
    cache: PageCache = app.extensions["should_i_reply.page_cache"]
    client.post("/", data={"read": "1", "message": MESSAGE})
    client.post("/", data={"read": "1", "message": MESSAGE})
    assert len(cache) == 0
    assert found(client.get("/").get_data(as_text=True)) == []
