"""Behind a proxy: links use the address people used, and only trusted proxies are believed."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app
from tests.helpers import answers

CODE = "21hunuuuuuuuuuu"

#: What a TLS-terminating proxy in front of the app adds to each request.
FORWARDED = {
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "reply.example.org",
    "X-Forwarded-For": "203.0.113.9",
}
PUBLIC = "https://reply.example.org"


#: The public host, and the test client's own, are the hosts the operator allows.
TRUSTED_HOSTS = ["reply.example.org", "localhost"]


def app_trusting(hops: int, **config: object) -> Flask:
    """An app that believes the forwarded headers of ``hops`` proxies."""
    return create_app(
        {"TESTING": True, "TRUST_PROXY_HOPS": hops, "TRUSTED_HOSTS": TRUSTED_HOSTS, **config}
    )


@pytest.fixture
def behind_proxy() -> FlaskClient:
    """A client of an app behind one trusted proxy."""
    return app_trusting(1).test_client()


@pytest.fixture
def trusting_none() -> FlaskClient:
    """A client of an app that trusts no proxy (the default)."""
    return app_trusting(0).test_client()


def test_api_share_url_is_on_the_public_address(behind_proxy: FlaskClient) -> None:
    """The JSON share_url is absolute, on the scheme and host the proxy says people used."""
    body = behind_proxy.post("/api/v1/evaluate", json={"answers": {}}, headers=FORWARDED).json
    assert body is not None and body["share_url"] == f"{PUBLIC}/r/32huuuuuuuuuuuuu"


def test_result_page_share_link_is_on_the_public_address(behind_proxy: FlaskClient) -> None:
    """The link a person copies from the result page is the public one."""
    html = behind_proxy.get(f"/r/{CODE}", headers=FORWARDED).get_data(as_text=True)
    assert f'value="{PUBLIC}/r/{CODE}" readonly' in html


def test_reminder_links_back_to_the_public_address(behind_proxy: FlaskClient) -> None:
    """The calendar reminder's link opens the result on the public address."""
    ics = behind_proxy.get(f"/r/{CODE}/reminder.ics", headers=FORWARDED).get_data(as_text=True)
    assert f"URL:{PUBLIC}/r/{CODE}" in ics


def test_posting_answers_redirects_within_the_public_address(behind_proxy: FlaskClient) -> None:
    """The 303 Location is a path, so the browser stays on the address it used."""
    response = behind_proxy.post("/", data=answers("no"), headers=FORWARDED)
    assert response.status_code == 303
    assert urljoin(f"{PUBLIC}/", response.headers["Location"]) == f"{PUBLIC}/r/32hnnnnnnnnnnnnn"


def test_https_redirect_is_absolute_on_the_public_host() -> None:
    """With FORCE_HTTPS, a request the proxy got over HTTP goes to HTTPS on the public host."""
    client = app_trusting(1, FORCE_HTTPS=True).test_client()
    response = client.get(f"/r/{CODE}", headers={**FORWARDED, "X-Forwarded-Proto": "http"})
    assert (response.status_code, response.headers["Location"]) == (302, f"{PUBLIC}/r/{CODE}")


def test_a_trusted_proxy_over_https_gets_hsts(behind_proxy: FlaskClient) -> None:
    """HTTPS at the proxy counts as HTTPS, so HSTS is sent."""
    assert "Strict-Transport-Security" in behind_proxy.get("/", headers=FORWARDED).headers


def test_a_path_prefix_from_the_proxy_is_kept_in_links(behind_proxy: FlaskClient) -> None:
    """Served under a prefix, the share link and the page's links carry it."""
    headers = {**FORWARDED, "X-Forwarded-Prefix": "/reply"}
    html = behind_proxy.get(f"/r/{CODE}", headers=headers).get_data(as_text=True)
    assert f'value="{PUBLIC}/reply/r/{CODE}" readonly' in html
    assert re.search(r'href="/reply/static/site\.[0-9a-f]{10}\.css"', html)


def test_cached_pages_are_kept_apart_by_address(behind_proxy: FlaskClient) -> None:
    """The same result asked for on two addresses shows each its own share link."""
    on_public = behind_proxy.get(f"/r/{CODE}", headers=FORWARDED).get_data(as_text=True)
    direct = behind_proxy.get(f"/r/{CODE}").get_data(as_text=True)
    assert f'value="{PUBLIC}/r/{CODE}"' in on_public
    assert f'value="http://localhost/r/{CODE}"' in direct


def test_without_trust_the_share_url_ignores_forwarded_headers(trusting_none: FlaskClient) -> None:
    """With TRUST_PROXY_HOPS=0 a client cannot choose the host or scheme of a share link."""
    body = trusting_none.post("/api/v1/evaluate", json={"answers": {}}, headers=FORWARDED).json
    assert body is not None and body["share_url"] == "http://localhost/r/32huuuuuuuuuuuuu"


def test_without_trust_the_result_page_ignores_forwarded_headers(
    trusting_none: FlaskClient,
) -> None:
    """The result page's share link stays on the address the request really came to."""
    html = trusting_none.get(f"/r/{CODE}", headers=FORWARDED).get_data(as_text=True)
    assert f'value="http://localhost/r/{CODE}" readonly' in html


def test_without_trust_a_forwarded_https_gets_no_hsts(trusting_none: FlaskClient) -> None:
    """A client's own X-Forwarded-Proto: https does not make plain HTTP look secure."""
    assert "Strict-Transport-Security" not in trusting_none.get("/", headers=FORWARDED).headers


def test_only_the_trusted_number_of_proxies_is_believed() -> None:
    """With one trusted hop, a host a client put before the proxy's own is ignored."""
    client = app_trusting(1).test_client()
    headers = {**FORWARDED, "X-Forwarded-Host": "evil.example, reply.example.org"}
    body = client.post("/api/v1/evaluate", json={"answers": {}}, headers=headers).json
    assert body is not None and body["share_url"].startswith(f"{PUBLIC}/r/")


def test_a_forwarded_host_must_be_trusted_too() -> None:
    """A host named by a trusted proxy is refused like any other when it is not allowed."""
    client = app_trusting(1).test_client()
    headers = {**FORWARDED, "X-Forwarded-Host": "evil.example"}
    assert client.get(f"/r/{CODE}", headers=headers).status_code == 400
