"""Only hosts the operator trusts are answered, so links and redirects never name another."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from app import create_app
from serving.headers import fixed_headers
from tests.helpers import answers

RESULT = "/r/21hunuuuuuuuuuu"

#: Hosts that must get 400: untrusted, or not host names at all.
REFUSED = [
    pytest.param("evil.example", id="untrusted"),
    pytest.param("a..b", id="empty-label"),
    pytest.param("a" * 64 + ".shouldireply.example", id="label-over-63"),
    pytest.param("shouldireply.example.evil.example", id="trusted-name-as-prefix"),
    pytest.param("[::1]", id="ipv6-literal"),
    pytest.param("shouldireply.example:99999", id="port-out-of-range"),
]

#: Routes an untrusted host must not reach, /healthz among them.
ROUTES = ["/", "/healthz", RESULT, f"{RESULT}.json", f"{RESULT}/reminder.ics", "/no/such/page"]


@pytest.fixture
def client() -> FlaskClient:
    """An app that trusts shouldireply.example and its subdomains."""
    app = create_app({"TESTING": True, "TRUSTED_HOSTS": [".shouldireply.example"]})
    return app.test_client()


@pytest.mark.parametrize("host", REFUSED)
@pytest.mark.parametrize("path", ROUTES)
def test_a_refused_host_gets_400_on_every_route(client: FlaskClient, host: str, path: str) -> None:
    """A Host not trusted, or not a host name, is a bad request wherever it asks."""
    assert client.get(path, headers={"Host": host}).status_code == 400


@pytest.mark.parametrize("host", REFUSED)
def test_a_refused_host_still_gets_every_header(client: FlaskClient, host: str) -> None:
    """The 400 for a bad Host carries the same security headers as any answer."""
    response = client.get(RESULT, headers={"Host": host})
    for name, value in fixed_headers().items():
        assert response.headers[name] == value


@pytest.mark.parametrize("host", REFUSED)
def test_a_refused_host_is_one_access_line_and_no_traceback(
    client: FlaskClient, caplog: pytest.LogCaptureFixture, host: str
) -> None:
    """A bad Host is logged once, by the access log, with no error and no path."""
    client.get(RESULT, headers={"Host": host})
    assert [r.levelname for r in caplog.records] == ["INFO"]
    assert not any(r.exc_info for r in caplog.records)
    assert not any("21hunuuuuuuuuuu" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    "host", ["shouldireply.example", "www.shouldireply.example", "shouldireply.example:8443"]
)
def test_a_trusted_host_names_itself_in_the_share_link(client: FlaskClient, host: str) -> None:
    """A trusted Host is answered, and the link to the result names that host."""
    posted = client.post("/", data=answers("no"), headers={"Host": host})
    assert posted.status_code == 303
    opened = client.get(posted.headers["Location"], headers={"Host": host})
    assert f"http://{host}/r/".encode() in opened.data


def test_by_default_only_this_machine_is_trusted() -> None:
    """With TRUSTED_HOSTS unset, localhost and 127.0.0.1 are answered, other names are not."""
    client = create_app({"TESTING": True}).test_client()
    statuses = [
        client.get("/healthz", headers={"Host": host}).status_code
        for host in ("localhost", "127.0.0.1:8000", "shouldireply.example")
    ]
    assert statuses == [200, 200, 400]
