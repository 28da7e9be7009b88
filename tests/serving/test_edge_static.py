"""Through the edge as ``make serve`` runs it, nginx serves static files as the app would.

nginx sends a file under its hashed name itself, from the copies serve.py wrote at start-up:
the same bytes in the same coding, with the same headers, as the app sends (so the browser
tests, which talk to the app, weigh what production sends). Any other name reaches the app.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from bench.server import Server, running
from serving import edge, static_files
from serving.headers import fixed_headers
from tests.helpers import Reply, fetch

STATIC = Path(__file__).resolve().parents[2] / "static"
MANIFEST = static_files.scan(STATIC)

ACCEPTS = [
    pytest.param("gzip, deflate, br, zstd", id="chromium"),
    pytest.param("gzip", id="gzip"),
    pytest.param("br;q=0, gzip", id="br-refused"),
    pytest.param("br, gzip;q=0", id="gzip-refused"),
    pytest.param("identity", id="identity"),
]

#: What must be the same whoever sends a file.
SAME = ["Content-Type", "Content-Encoding", "Vary", "Cache-Control", *fixed_headers()]


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """The app as make serve runs it, nginx in front of gunicorn."""
    assert edge.BROTLI_STATIC.exists(), "apt-get install libnginx-mod-http-brotli-static"
    with running("test-edge-static") as server:
        yield server


def get(server: Server, path: str, accept: str) -> Reply:
    """One GET through the edge with this Accept-Encoding."""
    return fetch(
        server.address, "GET", path, headers={"Host": "127.0.0.1", "Accept-Encoding": accept}
    )


@pytest.mark.parametrize("accept", ACCEPTS)
@pytest.mark.parametrize("name", sorted(MANIFEST.by_name))
def test_nginx_sends_a_hashed_file_as_the_app_does(
    server: Server, client: FlaskClient, name: str, accept: str
) -> None:
    """Same bytes, same coding, same headers as the app, whatever the client accepts."""
    path = f"/static/{MANIFEST.hashed(name)}"
    sent = get(server, path, accept)
    expected = client.get(path, headers={"Accept-Encoding": accept})
    assert sent.status == expected.status_code == 200
    assert {h: sent.headers.get(h) for h in SAME} == {h: expected.headers.get(h) for h in SAME}
    assert sent.body == expected.get_data()


def app_lines(server: Server, at_least: int) -> int:
    """The app's access lines for static files, once there are ``at_least`` (2 s at most)."""
    deadline = time.monotonic() + 2
    while (count := server.log_text().count("GET /static/")) < at_least:
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    return count


def test_a_hashed_file_never_reaches_the_app(server: Server) -> None:
    """nginx answers it alone: the app logs only the plain name asked for after them."""
    before = app_lines(server, 0)
    for name in MANIFEST.by_name:
        assert get(server, f"/static/{MANIFEST.hashed(name)}", "br").status == 200
    assert get(server, "/static/site.css", "br").status == 200
    assert app_lines(server, before + 1) == before + 1


@pytest.mark.parametrize(
    ("path", "status", "cache_control"),
    [
        pytest.param("/static/site.css", 200, static_files.REVALIDATE, id="plain-name"),
        pytest.param("/static/site.0123456789.css", 404, "no-store", id="wrong-hash"),
        pytest.param("/static/nothing", 404, "no-store", id="unknown"),
    ],
)
def test_any_other_name_is_answered_by_the_app(
    server: Server, path: str, status: int, cache_control: str
) -> None:
    """A plain name or a wrong hash goes on to the app, which answers it with its headers."""
    before = app_lines(server, 0)
    sent = get(server, path, "br")
    assert (sent.status, sent.headers["Cache-Control"]) == (status, cache_control)
    assert app_lines(server, before + 1) == before + 1


def test_without_the_brotli_module_nginx_still_starts_and_sends_gzip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where Debian's module is missing the configuration names no brotli, and nginx takes it."""
    monkeypatch.setattr(edge, "BROTLI_STATIC", tmp_path / "no-such-module.so")
    config = edge.nginx_config(tmp_path, tmp_path / "app.sock", {})
    assert "load_module" not in config and "brotli_static" not in config
    assert "gzip_static on;" in config
    (tmp_path / "nginx.conf").write_text(config)
    nginx = edge.find_nginx()
    assert nginx is not None, "nginx is needed: apt-get install nginx"
    command = [nginx, "-t", "-q", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)]
    checked = subprocess.run([*command, "-e", "stderr"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
