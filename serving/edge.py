"""The edge: nginx in front of gunicorn, so slow or broken clients never reach a Python thread.

nginx reads each request whole, under deadlines, before gunicorn sees a byte of it, and sends
it on over a unix socket; gunicorn's threads only ever run the app. This module writes the
nginx configuration from the settings and turns nginx's error log into lines without paths.
"""

from __future__ import annotations

import mimetypes
import re
import shutil
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from serving import request_id, settings
from serving.headers import fixed_headers
from serving.static_files import IMMUTABLE

__all__ = [
    "BROTLI_STATIC",
    "MAX_BODY",
    "EdgeLog",
    "find_nginx",
    "nginx_config",
    "scrub",
]

#: The largest request body the edge passes on; the app refuses more than this too.
MAX_BODY = 16 * 1024

#: Where Debian installs nginx, for a PATH without the sbin folders.
_NGINX_PATHS = "/usr/sbin:/usr/local/sbin:/sbin"


#: Debian's module that serves a file's ``.br`` beside it (libnginx-mod-http-brotli-static).
BROTLI_STATIC = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")


def find_nginx() -> str | None:
    """The nginx program to run, or None if it is not installed."""
    return shutil.which("nginx") or shutil.which("nginx", path=_NGINX_PATHS)


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _header_maps() -> tuple[list[str], list[str]]:
    """nginx ``map`` blocks and ``add_header`` lines: each fixed header the app did not write.

    A response from the app already has them (flask-talisman), so the edge adds each only
    where the upstream one is missing: on its own answers (400, 408, 413, 429, 502, ...).
    """
    maps, adds = [], []
    for index, (name, value) in enumerate(fixed_headers().items()):
        upstream = "$upstream_http_" + name.lower().replace("-", "_")
        variable = f"$edge_header_{index}"
        maps.append(f'map {upstream} {variable} {{ "" {_quoted(value)}; default ""; }}')
        adds.append(f"add_header {name} {variable} always;")
    return maps, adds


#: Each request's id: the one it brought if safe (serving/request_id.py), else nginx's own. It
#: goes to the app, into the edge's access lines, and onto the edge's own answers (the app's
#: answers carry it already).
_REQUEST_ID_MAPS = [
    f'map $http_x_request_id $edge_request_id {{ "~{request_id.PATTERN}" $http_x_request_id;'
    " default $request_id; }",
    'map $upstream_http_x_request_id $edge_request_id_echo { "" $edge_request_id; default ""; }',
]
_PASS_REQUEST_ID = f"proxy_set_header {request_id.HEADER} $edge_request_id;"
_ECHO_REQUEST_ID = f"add_header {request_id.HEADER} $edge_request_id_echo always;"


#: How a request is passed to the app.
_PROXY = [
    "proxy_pass http://app;",
    "proxy_http_version 1.1;",
    "proxy_set_header Host $http_host;",
    _PASS_REQUEST_ID,
    "proxy_connect_timeout 5s;",
    "proxy_read_timeout 60s;",
    # A whole page fits the first buffer, so nginx reads it from gunicorn in one go.
    "proxy_buffer_size 16k;",
    "proxy_buffers 8 16k;",
]


#: File name endings a static file may have; each gets the type the app would give it.
_STATIC_SUFFIXES = ("css", "js", "png", "svg", "ico", "webp", "woff2", "json", "txt")


def _types() -> list[str]:
    """nginx ``types`` and ``charset`` lines that give a file the Content-Type the app gives."""
    found = {suffix: mimetypes.guess_type(f"x.{suffix}")[0] for suffix in _STATIC_SUFFIXES}
    texts = sorted({t for t in found.values() if t and (t.startswith("text/") or "json" in t)})
    return [
        "types {",
        *(f"{kind} {suffix};" for suffix, kind in found.items() if kind),
        "}",
        "charset utf-8;",
        f"charset_types {' '.join(t for t in texts if t != 'text/html')};",
    ]


def _static_location(run_dir: Path, *, brotli: bool) -> list[str]:
    """Files under their hashed names, served by nginx from the run directory as they are.

    serve.py writes them to the run directory's ``static`` folder at start-up
    (static_files.write_hashed), each with its ``.gz`` and ``.br`` beside it; nginx picks the
    one the client accepts (q=0 respected). Any other name under /static/ (a plain name, a
    wrong hash) goes on to the app, which answers it.
    """
    headers = {**fixed_headers(), "Cache-Control": IMMUTABLE}
    return [
        "location /static/ {",
        f"root {run_dir};",
        "try_files $uri @app;",
        *_types(),
        "gzip_static on;",
        *(["brotli_static on;"] if brotli else []),
        "gzip_vary on;",
        # Immutable files are never asked about again, and a tag from the file's time would
        # differ between copies.
        "etag off;",
        # A location with add_header of its own inherits none: each header is written here.
        *(f"add_header {name} {_quoted(value)} always;" for name, value in headers.items()),
        # The app logs what it answers; files are not worth a line each.
        "access_log off;",
        "}",
    ]


def nginx_config(run_dir: Path, socket: Path, environ: Mapping[str, str]) -> str:
    """The whole nginx configuration for the settings in ``environ``."""
    server: dict[str, Any] = settings.read(settings.SERVER_SETTINGS, environ)
    hops = settings.read(settings.APP_SETTINGS, environ)["TRUST_PROXY_HOPS"]
    listen = settings.bind_address(server["HOST"], server["PORT"])
    # Behind a proxy every request comes from the proxy's address, so a cap per address would
    # cap everyone together; the proxy in front is the place for it then.
    per_client = server["MAX_CONNECTIONS_PER_CLIENT"] if not hops else 0
    maps, adds = _header_maps()
    brotli = BROTLI_STATIC.exists()
    lines = [
        *([f"load_module {BROTLI_STATIC};"] if brotli else []),
        "daemon off;",
        "master_process on;",
        "worker_processes 1;",
        f"pid {run_dir / 'nginx.pid'};",
        # info is the level at which nginx says why it refused a request or cut a client
        # off; scrub() drops the routine lines and whatever the client sent.
        "error_log stderr info;",
        "worker_rlimit_nofile 16384;",
        "events { worker_connections 8192; }",
        "http {",
        "server_tokens off;",
        f"client_body_temp_path {run_dir / 'body'};",
        f"proxy_temp_path {run_dir / 'proxy'};",
        f"fastcgi_temp_path {run_dir / 'fastcgi'};",
        f"uwsgi_temp_path {run_dir / 'uwsgi'};",
        f"scgi_temp_path {run_dir / 'scgi'};",
        # Deadlines: the whole header within HEADER_TIMEOUT from the first byte (or from
        # the connection opening); the body may not pause longer than BODY_TIMEOUT.
        f"client_header_timeout {server['HEADER_TIMEOUT']}s;",
        f"client_body_timeout {server['BODY_TIMEOUT']}s;",
        "send_timeout 10s;",
        f"keepalive_timeout {server['KEEPALIVE']}s;",
        "reset_timedout_connection on;",
        "lingering_time 5s;",
        "client_header_buffer_size 1k;",
        "large_client_header_buffers 4 8k;",
        f"client_max_body_size {MAX_BODY};",
        # Bodies are held in memory whole, never written to disk.
        f"client_body_buffer_size {MAX_BODY};",
        "limit_conn_zone $binary_remote_addr zone=per_client:4m;",
        "limit_conn_status 429;",
        "limit_conn_log_level warn;",
        # The app logs each request it answers. nginx says in its error log why it refused
        # a request or cut a client off, except for a body that stopped coming; so it also
        # writes an access line, with no path, for each answer it gives itself, and
        # EdgeLog keeps that line only when the error log said nothing of that connection.
        'map $upstream_status $edge_answered { "" 1; default 0; }',
        "log_format edge '$time_local [access] *$connection $request_method $status"
        " ${request_time}s, client: $remote_addr, request_id: $edge_request_id';",
        "access_log /dev/stderr edge if=$edge_answered;",
        *maps,
        *_REQUEST_ID_MAPS,
        f"upstream app {{ server unix:{socket}; }}",
        "server {",
        f"listen {listen} default_server backlog=4096;",
        *adds,
        _ECHO_REQUEST_ID,
        *([f"limit_conn per_client {per_client};"] if per_client else []),
        *_static_location(run_dir, brotli=brotli),
        # Metrics are for the operator alone: only the metrics listener below serves them.
        "location = /metrics { return 404; }",
        "location / {",
        *_PROXY,
        "}",
        "location @app {",
        *_PROXY,
        "}",
        "}",
        *_metrics_server(environ),
        "}",
    ]
    return "\n".join(lines) + "\n"


def _metrics_server(environ: Mapping[str, str]) -> list[str]:
    """A second listener that serves /metrics and nothing else, when METRICS_PORT is set."""
    port = settings.read(settings.APP_SETTINGS, environ)["METRICS_PORT"]
    if not port:
        return []
    host = settings.read(settings.SERVER_SETTINGS, environ)["METRICS_HOST"]
    # A scraper names the address it dialled; the app answers only the hosts it trusts.
    trusted = settings.read(settings.APP_SETTINGS, environ)["TRUSTED_HOSTS"][0].removeprefix(".")
    return [
        "server {",
        f"listen {settings.bind_address(host, port)};",
        "location = /metrics {",
        "proxy_pass http://app;",
        "proxy_http_version 1.1;",
        f"proxy_set_header Host {trusted};",
        _PASS_REQUEST_ID,
        "}",
        "location / { return 404; }",
        "}",
    ]


#: Routine lines that say nothing went wrong.
_ROUTINE = re.compile(
    r"closed keepalive connection|using the \"epoll\"|start worker process"
    r"|signal \d+ \(SIG|worker process \d+ exited|exiting|exit$|gracefully shutting down"
    r"|getrlimit|reconfiguring|using inherited sockets|\[notice\]"
)


def scrub(line: str) -> str | None:
    """An nginx error-log line with nothing a client sent, or None for a routine line.

    nginx quotes whatever came from the client (request line, host, header lines, the upstream
    URL with its path), and may not escape a quote inside it, so everything from the first
    quote to the last goes; so do the fields after the client's address, which only repeat it.
    """
    if _ROUTINE.search(line):
        return None
    first, last = line.find('"'), line.rfind('"')
    if first != -1:
        line = line[:first] + '"…"' + (line[last + 1 :] if last > first else "")
    line, _, _ = line.partition(", server: ")
    return f"[edge] {line}"


_ERROR_LINE = re.compile(r"\[(?:info|notice|warn|error|crit|alert|emerg)\] \d+#\d+: \*(\d+) ")
_ACCESS_LINE = re.compile(r"\[access\] \*(\d+) ")


class EdgeLog:
    """nginx's log made one line per event: its reason if it gave one, else its access line."""

    def __init__(self, remember: int = 4096) -> None:
        self._explained: deque[str] = deque(maxlen=remember)

    def line(self, raw: str) -> str | None:
        """What to write for one line nginx wrote, scrubbed; None for nothing."""
        explained = _ERROR_LINE.search(raw)
        if explained:
            self._explained.append(explained.group(1))
        answered = _ACCESS_LINE.search(raw)
        if answered and answered.group(1) in self._explained:
            return None
        return scrub(raw)
