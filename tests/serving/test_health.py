"""GET /healthz: 200, fast, sets nothing, never redirected."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app
from bench.server import free_port
from serving import health
from tests.helpers import serving

#: Served behind one trusted proxy that sends people to HTTPS.
BEHIND_HTTPS_PROXY = {"TESTING": True, "FORCE_HTTPS": True, "TRUST_PROXY_HOPS": 1}


@pytest.fixture
def https_only() -> Flask:
    """An app that redirects plain HTTP to HTTPS."""
    return create_app(BEHIND_HTTPS_PROXY)


def test_healthz_answers_ok(client: FlaskClient) -> None:
    """200 with a short plain-text body."""
    response = client.get("/healthz")
    assert (response.status_code, response.mimetype, response.data) == (200, "text/plain", b"ok\n")


def test_healthz_sets_no_cookie(client: FlaskClient) -> None:
    """A health check leaves nothing behind."""
    assert "Set-Cookie" not in client.get("/healthz").headers


def test_healthz_takes_no_arguments(client: FlaskClient) -> None:
    """A query string changes nothing."""
    assert client.get("/healthz?answers=21hnnnnnnnnnnnn").data == b"ok\n"


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({}, id="direct"),
        pytest.param({"X-Forwarded-Proto": "http"}, id="proxy-says-http"),
    ],
)
def test_healthz_is_not_redirected_to_https(https_only: Flask, headers: dict[str, str]) -> None:
    """With FORCE_HTTPS on, a plain-HTTP health check still gets 200, not a redirect."""
    response = https_only.test_client().get("/healthz", headers=headers)
    assert response.status_code == 200
    assert "Location" not in response.headers


def test_pages_are_redirected_to_https_where_health_is_not(https_only: Flask) -> None:
    """The same app does send a page over plain HTTP on to HTTPS."""
    response = https_only.test_client().get("/how-we-decide", headers={"X-Forwarded-Proto": "http"})
    assert response.status_code == 302
    assert response.headers["Location"] == "https://localhost/how-we-decide"


def test_healthz_answers_only_get(client: FlaskClient) -> None:
    """Other methods get a 405, so a misconfigured probe is noticed."""
    assert client.post("/healthz").status_code == 405


@pytest.mark.parametrize(
    ("trusted", "answers"),
    [
        pytest.param(".shouldireply.example", True, id="first-trusted-host"),
        pytest.param("localhost", False, id="a-host-the-server-refuses"),
    ],
)
def test_the_image_health_check_asks_with_a_trusted_host(trusted: str, answers: bool) -> None:
    """python -m serving.health names the first of TRUSTED_HOSTS, which the app answers."""
    app = create_app({"TESTING": True, "TRUSTED_HOSTS": [".shouldireply.example"]})
    with serving(app) as (_, port):
        environ = {"PORT": str(port), "TRUSTED_HOSTS": trusted}
        assert health.check(environ) is answers


def test_the_image_health_check_fails_when_nothing_listens() -> None:
    """With no server on PORT, the check fails rather than hangs."""
    assert health.check({"PORT": str(free_port())}, timeout=1) is False
