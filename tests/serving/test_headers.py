"""Security, privacy and caching headers: one test per route, each showing every header at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from serving import static_files
from tests.helpers import answers

#: The stylesheet's name with the hash of its bytes, as pages name it.
HASHED_CSS = static_files.scan(Path(__file__).resolve().parents[2] / "static").hashed("site.css")

RESULT = "32hnyuuuuuuuuuuu"  # a "Not yet" result, so its reminder exists

#: One request per route and kind of error: (method, path, keyword arguments, status, what).
#: ``what`` is "private" for a response whose address holds answers, "static" for a file by
#: its plain name, "hashed" for one by its hashed name.
ROUTES = [
    pytest.param("get", "/", {}, 200, "page", id="questionnaire"),
    pytest.param("post", "/", {"data": answers("no")}, 303, "page", id="post-answers"),
    pytest.param("post", "/", {"data": {"broken_plans": "yes"}}, 200, "page", id="post-incomplete"),
    pytest.param("post", "/", {"data": {"safety_concern": "yes"}}, 200, "page", id="post-safety"),
    pytest.param("get", f"/?answers={RESULT}", {}, 200, "private", id="questionnaire-prefilled"),
    pytest.param("get", f"/r/{RESULT}", {}, 200, "private", id="result"),
    pytest.param("get", f"/r/{RESULT}.json", {}, 200, "private", id="result-json"),
    pytest.param("get", f"/r/{RESULT}/reminder.ics", {}, 200, "private", id="reminder"),
    pytest.param("get", "/support", {}, 200, "page", id="support"),
    pytest.param("get", "/how-we-decide", {}, 200, "page", id="how-we-decide"),
    pytest.param("get", "/api/v1/questions", {}, 200, "page", id="api-questions"),
    pytest.param(
        "post", "/api/v1/evaluate", {"json": {"answers": {}}}, 200, "page", id="api-evaluate"
    ),
    pytest.param("post", "/api/v1/evaluate", {"data": "nope"}, 415, "page", id="api-not-json"),
    pytest.param(
        "post", "/api/v1/evaluate", {"json": {"answers": []}}, 400, "page", id="api-bad-body"
    ),
    pytest.param("post", "/api/v1/read", {"json": {"message": "hi"}}, 200, "page", id="api-read"),
    pytest.param("get", "/api/v1", {}, 200, "page", id="api-index"),
    pytest.param("get", "/api/v1/openapi.json", {}, 200, "page", id="api-openapi"),
    pytest.param("get", "/static/preview.png", {}, 200, "static", id="static-image"),
    pytest.param("get", "/healthz", {}, 200, "page", id="healthz"),
    pytest.param("get", "/static/site.css", {}, 200, "static", id="static"),
    pytest.param("get", f"/static/{HASHED_CSS}", {}, 200, "hashed", id="static-hashed"),
    pytest.param("get", "/static/site.0123456789.css", {}, 404, "page", id="static-wrong-hash"),
    pytest.param("get", "/no/such/page", {}, 404, "page", id="404"),
    pytest.param("get", "/r/not-a-code", {}, 404, "private", id="404-bad-code"),
    pytest.param("delete", "/", {}, 405, "page", id="405"),
    pytest.param("post", "/", {"data": {"broken_plans": "y" * 200_000}}, 413, "page", id="413"),
]

#: Exactly these directives, with exactly these sources: nothing inline, nothing elsewhere.
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],  # the empty icon each page names (<link rel="icon">)
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}

#: Cache-Control for files; every other response is no-store.
CACHE_CONTROL = {"static": "no-cache", "hashed": "public, max-age=31536000, immutable"}

#: Browser features the app never uses, each of which the policy must turn off.
UNUSED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]


def send(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any], **extra: Any
) -> TestResponse:
    """Make the request a route parameter describes, read it whole and close it."""
    response: TestResponse = getattr(client, method)(path, **kwargs, **extra)
    response.get_data()
    response.close()  # a static file's handle would otherwise be left open
    return response


def headers_of(response: TestResponse) -> dict[str, object]:
    """What the response says about security, privacy and caching, in one comparable dict."""
    policy = [part.split() for part in response.headers["Content-Security-Policy"].split(";")]
    features = dict(
        item.strip().split("=", 1) for item in response.headers["Permissions-Policy"].split(",")
    )
    return {
        "status": response.status_code,
        "Content-Security-Policy": {name: sources for name, *sources in policy},
        "Permissions-Policy": {feature: features.get(feature) for feature in UNUSED_FEATURES},
        "X-Content-Type-Options": response.headers.get("X-Content-Type-Options"),
        "Referrer-Policy": response.headers.get("Referrer-Policy"),
        "X-Frame-Options": response.headers.get("X-Frame-Options"),
        "Strict-Transport-Security": response.headers.get("Strict-Transport-Security"),
        "Set-Cookie": response.headers.get("Set-Cookie"),
        "Cache-Control": response.headers.get("Cache-Control"),
        "X-Robots-Tag": response.headers.get("X-Robots-Tag"),
    }


def expected(status: int, what: str, *, https: bool) -> dict[str, object]:
    """The headers a response of this kind must carry."""
    return {
        "status": status,
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "Permissions-Policy": dict.fromkeys(UNUSED_FEATURES, "()"),
        "X-Content-Type-Options": "nosniff",
        # A share link carries answers, so it is never sent on to another site.
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        # Only over HTTPS: over plain HTTP browsers ignore it, and it would mislead.
        "Strict-Transport-Security": "max-age=31536000" if https else None,
        "Set-Cookie": None,
        # Pages, JSON and errors may all echo what someone chose. A file by its plain name is
        # revalidated; by its hashed name it is kept a year, since those bytes never change.
        "Cache-Control": CACHE_CONTROL.get(what, "no-store"),
        "X-Robots-Tag": "noindex, nofollow" if what == "private" else None,
    }


@pytest.mark.parametrize("https", [False, True], ids=["http", "https"])
@pytest.mark.parametrize(("method", "path", "kwargs", "status", "what"), ROUTES)
def test_each_route_carries_every_header_it_should(
    client: FlaskClient,
    method: str,
    path: str,
    kwargs: dict[str, Any],
    status: int,
    what: str,
    https: bool,
) -> None:
    """Each route's status and security, privacy and caching headers are exactly as required."""
    base_url = "https://localhost" if https else "http://localhost"
    response = send(client, method, path, kwargs, base_url=base_url)
    assert headers_of(response) == expected(status, what, https=https)


def test_a_static_file_has_a_validator(client: FlaskClient) -> None:
    """A file by its plain name has no-cache with an ETag: cheap to check, never stale."""
    assert send(client, "get", "/static/site.css", {}).headers["ETag"]
