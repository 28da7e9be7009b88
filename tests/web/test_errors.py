"""Errors get friendly pages in the site's layout, and JSON for API clients; never a 500."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.helpers import answers

HTML_ERRORS = [
    pytest.param("get", "/r/not-a-code", None, 404, "We can’t find that page", id="bad-code"),
    pytest.param("get", "/r/1yyyyyyyyyyy", None, 404, "We can’t find that page", id="short-code"),
    pytest.param("get", "/r/" + "y" * 500, None, 404, "We can’t find that page", id="long-code"),
    pytest.param("get", "/no/such/page", None, 404, "We can’t find that page", id="unknown-path"),
    pytest.param("delete", "/", None, 405, "That didn’t work", id="method-not-allowed"),
    pytest.param("post", "/r/1yyyyyyyyyyyy", None, 405, "That didn’t work", id="post-to-result"),
    pytest.param(
        "post", "/", {"broken_plans": "y" * 200_000}, 413, "That was too much to send", id="too-big"
    ),
]


@pytest.mark.parametrize(("method", "path", "data", "status", "title"), HTML_ERRORS)
def test_html_errors_are_friendly_pages(
    client: FlaskClient, method: str, path: str, data: object, status: int, title: str
) -> None:
    """Each error status gets its own page, in the site's layout, with a way back."""
    response = getattr(client, method)(path, data=data)
    html = response.get_data(as_text=True)
    assert response.status_code == status
    assert response.mimetype == "text/html"
    assert f"<h1>{title}</h1>" in html
    assert 'class="site-header"' in html and 'href="/">Go to the questions</a>' in html


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("get", "/r/nope.json", 404), ("get", "/api/v1/nope", 404), ("get", "/api/v1/evaluate", 405)],
)
def test_api_errors_are_json(client: FlaskClient, method: str, path: str, status: int) -> None:
    """API paths answer errors with problem details, not a page."""
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["status"] == status


def test_an_unexpected_error_is_a_friendly_500(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even a bug shows the site's own page, never a stack trace."""
    import web.pages

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(web.pages, "evaluate", broken)
    response = client.get("/r/1uuuuuuuuuuuu")
    html = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Sorry, something went wrong on our side" in html and "boom" not in html


def test_no_response_sets_a_cookie(client: FlaskClient) -> None:
    """The app sets no cookies at all, on any page, status or error."""
    responses = [
        client.get("/"),
        client.post("/", data={}),
        client.post("/", data=answers("yes")),
        client.get("/r/1uuuuuuuuuuuu"),
        client.get("/r/1uuuuuuuuuuuu.json"),
        client.get("/?answers=1uuuuuuuuuuuu"),
        client.get("/api/v1/questions"),
        client.post("/api/v1/evaluate", json={"answers": {}}),
        client.post("/api/v1/evaluate", data="nope"),
        client.get("/r/bad"),
        client.delete("/"),
        client.get("/static/site.css"),
    ]
    for response in responses:
        assert "Set-Cookie" not in response.headers, response.request.path
        response.close()
