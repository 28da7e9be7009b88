"""The edge's nginx configuration, and its log lines scrubbed of anything a client sent."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from serving import edge, serve
from serving.headers import fixed_headers

CODE = "21hunuuuuuuuuuu"

#: nginx error-log lines as it writes them, and what may be left of each.
LINES = [
    pytest.param(
        f"2026/11/23 17:14:50 [info] 1#1: *6 client timed out (110: Connection timed out) while"
        f' reading client request headers, client: 127.0.0.2, server: , request: "GET /r/{CODE}'
        f' HTTP/1.1", host: "127.0.0.1"',
        "[edge] 2026/11/23 17:14:50 [info] 1#1: *6 client timed out (110: Connection timed out)"
        " while reading client request headers, client: 127.0.0.2",
        id="timed-out",
    ),
    pytest.param(
        f"2026/11/23 17:14:50 [error] 1#1: *9 upstream prematurely closed connection, client:"
        f' 127.0.0.1, server: , request: "GET /r/{CODE} HTTP/1.1", upstream:'
        f' "http://unix:/tmp/x/app.sock:/r/{CODE}", host: "127.0.0.1"',
        "[edge] 2026/11/23 17:14:50 [error] 1#1: *9 upstream prematurely closed connection,"
        " client: 127.0.0.1",
        id="upstream-url",
    ),
    pytest.param(
        f'2026/11/23 17:14:50 [info] 1#1: *13 client sent too long header line: "Referer:'
        f' http://x/r/{CODE}"quoted" while reading client request headers, client: 127.0.0.1,'
        f' server: , request: "GET / HTTP/1.1"',
        '[edge] 2026/11/23 17:14:50 [info] 1#1: *13 client sent too long header line: "…"',
        id="quote-inside-a-quote",
    ),
    pytest.param(
        f'2026/11/23 17:14:50 [info] 1#1: *13 client sent invalid header line: "X: /r/{CODE}',
        '[edge] 2026/11/23 17:14:50 [info] 1#1: *13 client sent invalid header line: "…"',
        id="unclosed-quote",
    ),
    pytest.param(
        "2026/11/23 17:14:50 [info] 1#1: *2 client 127.0.0.1 closed keepalive connection",
        None,
        id="routine",
    ),
]


@pytest.mark.parametrize(("line", "scrubbed"), LINES)
def test_log_lines_keep_no_part_of_a_request(line: str, scrubbed: str | None) -> None:
    """What nginx quotes from a request (path, host, header line) never reaches the log."""
    assert edge.scrub(line) == scrubbed


def config(tmp_path: Path, **environ: str) -> str:
    """The nginx configuration for these settings."""
    return edge.nginx_config(tmp_path, tmp_path / "app.sock", environ)


def test_the_configuration_is_valid_nginx(tmp_path: Path) -> None:
    """nginx itself accepts the configuration written for the default settings."""
    nginx = edge.find_nginx()
    assert nginx is not None, "nginx is needed: apt-get install nginx"
    (tmp_path / "nginx.conf").write_text(config(tmp_path))
    checked = subprocess.run(
        [
            nginx,
            "-t",
            "-q",
            "-c",
            str(tmp_path / "nginx.conf"),
            "-p",
            str(tmp_path),
            "-e",
            "stderr",
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize(
    ("environ", "line"),
    [
        pytest.param({}, "listen 127.0.0.1:8000 ", id="listen-default"),
        pytest.param({"HOST": "::", "PORT": "8080"}, "listen [::]:8080 ", id="listen-ipv6"),
        pytest.param({"HEADER_TIMEOUT": "7"}, "client_header_timeout 7s;", id="header-deadline"),
        pytest.param({"BODY_TIMEOUT": "3"}, "client_body_timeout 3s;", id="body-deadline"),
        pytest.param({}, "limit_conn per_client 50;", id="per-client-cap"),
        pytest.param({}, "client_max_body_size 16384;", id="body-limit"),
    ],
)
def test_settings_reach_the_configuration(
    tmp_path: Path, environ: dict[str, str], line: str
) -> None:
    """Each edge setting is written where nginx reads it."""
    assert line in config(tmp_path, **environ)


@pytest.mark.parametrize(
    "environ",
    [
        pytest.param({"MAX_CONNECTIONS_PER_CLIENT": "0"}, id="turned-off"),
        pytest.param({"TRUST_PROXY_HOPS": "1"}, id="behind-a-proxy"),
    ],
)
def test_no_per_client_cap_when_off_or_behind_a_proxy(
    tmp_path: Path, environ: dict[str, str]
) -> None:
    """Behind a proxy every client has the proxy's address, so the cap is left to the proxy."""
    assert "limit_conn per_client" not in config(tmp_path, **environ)


@pytest.mark.parametrize(("name", "value"), fixed_headers().items())
def test_the_edge_adds_each_fixed_header_only_where_the_app_did_not(
    tmp_path: Path, name: str, value: str
) -> None:
    """nginx writes each header, with the app's value, on answers that lack it: its own."""
    written = config(tmp_path)
    upstream = "$upstream_http_" + name.lower().replace("-", "_")
    assert f"map {upstream} " in written
    assert f'"" "{value}"' in written
    assert f"add_header {name} " in written


def test_the_fixed_headers_are_those_the_app_sends(client: FlaskClient) -> None:
    """What the edge writes on its own answers is what flask-talisman writes on the app's."""
    response = client.get("/healthz")
    assert {name: response.headers[name] for name in fixed_headers()} == fixed_headers()


def test_serve_refuses_to_start_without_nginx(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no nginx installed, serve says so in one line and starts nothing."""
    monkeypatch.setattr(edge, "find_nginx", lambda: None)
    assert serve.main() == 2
    assert capsys.readouterr().err.splitlines() == [
        "should-i-reply cannot start: nginx is not installed (apt-get install nginx)"
    ]


def test_an_answer_nginx_explained_is_logged_once() -> None:
    """A refused request's reason stands alone: its access line would only repeat it."""
    log = edge.EdgeLog()
    lines = [
        "2026/11/23 17:14:50 [info] 1#1: *7 client sent invalid method while reading client"
        ' request line, client: 127.0.0.1, server: , request: "…"',
        "23/Nov/2026:17:14:50 +0000 [access] *7 - 400 0.000s, client: 127.0.0.1",
    ]
    assert [log.line(line) is not None for line in lines] == [True, False]


def test_an_answer_nginx_did_not_explain_keeps_its_access_line() -> None:
    """A body that stopped coming has no reason line, so its 408 access line is kept."""
    log = edge.EdgeLog()
    line = "23/Nov/2026:17:14:50 +0000 [access] *8 POST 408 2.002s, client: 127.0.0.1"
    assert log.line(line) == f"[edge] {line}"
