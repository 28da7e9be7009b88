"""Security, privacy and caching headers, on every route and every kind of answer."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from tests.helpers import answers

RESULT = "21hunuuuuuuuuuu"  # a "Not yet" result, so its reminder exists

#: One request per route and per kind of error: (method, path, keyword arguments, status).
ROUTES = [
    pytest.param("get", "/", {}, 200, id="questionnaire"),
    pytest.param("post", "/", {"data": answers("no")}, 303, id="post-answers"),
    pytest.param("post", "/", {"data": {"broken_plans": "yes"}}, 200, id="post-incomplete"),
    pytest.param("get", f"/?answers={RESULT}", {}, 200, id="questionnaire-prefilled"),
    pytest.param("get", f"/r/{RESULT}", {}, 200, id="result"),
    pytest.param("get", f"/r/{RESULT}.json", {}, 200, id="result-json"),
    pytest.param("get", f"/r/{RESULT}/reminder.ics", {}, 200, id="reminder"),
    pytest.param("get", "/how-we-decide", {}, 200, id="how-we-decide"),
    pytest.param("get", "/api/v1/questions", {}, 200, id="api-questions"),
    pytest.param("post", "/api/v1/evaluate", {"json": {"answers": {}}}, 200, id="api-evaluate"),
    pytest.param("post", "/api/v1/evaluate", {"data": "nope"}, 415, id="api-not-json"),
    pytest.param("post", "/api/v1/evaluate", {"json": {"answers": []}}, 400, id="api-bad-body"),
    pytest.param("get", "/healthz", {}, 200, id="healthz"),
    pytest.param("get", "/static/site.css", {}, 200, id="static"),
    pytest.param("get", "/no/such/page", {}, 404, id="404"),
    pytest.param("get", "/r/not-a-code", {}, 404, id="404-bad-code"),
    pytest.param("delete", "/", {}, 405, id="405"),
    pytest.param("post", "/", {"data": {"broken_plans": "y" * 40_000}}, 413, id="413"),
]

#: Responses that show someone's answers: to robots and caches they are private.
PRIVATE = [
    pytest.param(f"/r/{RESULT}", id="result"),
    pytest.param(f"/r/{RESULT}.json", id="result-json"),
    pytest.param(f"/r/{RESULT}/reminder.ics", id="reminder"),
    pytest.param(f"/?answers={RESULT}", id="questionnaire-prefilled"),
]

REQUIRED_CSP = {
    "default-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    # The empty icon each page names (<link rel="icon" href="data:,">).
    "img-src": ["'self'", "data:"],
}

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


def csp(response: TestResponse) -> dict[str, list[str]]:
    """The Content-Security-Policy, as directive: sources."""
    directives = [part.split() for part in response.headers["Content-Security-Policy"].split(";")]
    return {name: sources for name, *sources in directives}


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), ROUTES)
def test_each_route_answers_as_expected(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    """Each request in the table gets the status it is there to check."""
    assert send(client, method, path, kwargs).status_code == status


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), ROUTES)
def test_content_security_policy_has_each_required_directive(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    """The CSP names each directive the issue requires, with exactly those sources."""
    policy = csp(send(client, method, path, kwargs))
    assert {name: policy.get(name) for name in REQUIRED_CSP} == REQUIRED_CSP


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), ROUTES)
def test_content_security_policy_allows_nothing_inline(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    """No unsafe-inline or unsafe-eval anywhere, and no source beyond self, none and data:."""
    sources = {s for values in csp(send(client, method, path, kwargs)).values() for s in values}
    assert sources <= {"'self'", "'none'", "data:"}


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), ROUTES)
def test_content_is_never_sniffed(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    """X-Content-Type-Options: nosniff."""
    assert send(client, method, path, kwargs).headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), ROUTES)
def test_no_referrer_is_sent_on(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    """Referrer-Policy: no-referrer, because a share link carries answers."""
    assert send(client, method, path, kwargs).headers["Referrer-Policy"] == "no-referrer"


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), ROUTES)
def test_unused_browser_features_are_off(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    """The Permissions-Policy turns off what the app does not use."""
    header = send(client, method, path, kwargs).headers["Permissions-Policy"]
    policy = dict(item.strip().split("=", 1) for item in header.split(","))
    assert {feature: policy.get(feature) for feature in UNUSED_FEATURES} == dict.fromkeys(
        UNUSED_FEATURES, "()"
    )


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), ROUTES)
def test_no_strict_transport_security_over_http(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    """Over plain HTTP there is no HSTS: browsers would ignore it, and it would mislead."""
    assert "Strict-Transport-Security" not in send(client, method, path, kwargs).headers


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), ROUTES)
def test_strict_transport_security_over_https(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    """Over HTTPS every response asks browsers to keep to HTTPS for a year."""
    response = send(client, method, path, kwargs, base_url="https://localhost")
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000"


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), ROUTES)
def test_no_cookie_is_set(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    """No response sets a cookie."""
    assert "Set-Cookie" not in send(client, method, path, kwargs).headers


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), ROUTES)
def test_pages_cannot_be_framed(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    """X-Frame-Options: DENY, for browsers older than frame-ancestors."""
    assert send(client, method, path, kwargs).headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("path", PRIVATE)
def test_answers_are_not_indexed(client: FlaskClient, path: str) -> None:
    """A response that shows answers asks robots not to index or follow it."""
    assert client.get(path).headers["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize("path", PRIVATE)
def test_answers_are_never_stored_by_a_cache(client: FlaskClient, path: str) -> None:
    """A response that shows answers is kept by no browser or proxy cache."""
    assert client.get(path).headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [p for p in ROUTES if p.id != "static"],
)
def test_every_page_and_answer_is_no_store(
    client: FlaskClient, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    """Pages, JSON and errors are all no-store: any of them may echo what someone chose."""
    assert send(client, method, path, kwargs).headers["Cache-Control"] == "no-store"


def test_the_stylesheet_is_revalidated_not_stored_blind(client: FlaskClient) -> None:
    """Static files keep Flask's no-cache with an ETag: cheap to check, never stale."""
    response = send(client, "get", "/static/site.css", {})
    assert response.headers["Cache-Control"] == "no-cache"
    assert response.headers["ETag"]
    assert "X-Robots-Tag" not in response.headers


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/", id="questionnaire"),
        pytest.param("/how-we-decide", id="how-we-decide"),
        pytest.param("/healthz", id="healthz"),
    ],
)
def test_pages_without_answers_may_be_indexed(client: FlaskClient, path: str) -> None:
    """The empty questionnaire and how-we-decide carry no X-Robots-Tag."""
    assert "X-Robots-Tag" not in client.get(path).headers
