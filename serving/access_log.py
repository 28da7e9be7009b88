"""An access log that names the route, never the path: share codes carry people's answers.

Gunicorn's own access log is off (see gunicorn.conf.py) and the development server's request
lines are dropped, because both would write the path and query, code and all. Instead the app
logs one line per request: method, route pattern (such as ``/r/<code>``), status, size, time
and the request's id (serving/request_id.py), as text or JSON (LOG_FORMAT, serving/logs.py).
"""

from __future__ import annotations

import logging
import time

from flask import Flask, g, request
from werkzeug.wrappers import Response

from serving import logs, request_id

__all__ = ["LOGGER", "register", "route_of_request"]

#: Where the access lines go; a handler to stderr is added when the log is on.
LOGGER = logging.getLogger("should_i_reply.access")

#: What the log says for a request that matched no route (an unknown path, a bad method).
UNMATCHED = "<unmatched>"

_FORMAT = "[%(asctime)s] [%(process)d] [access] %(message)s"


class _DropRequestLines(logging.Filter):
    """Drops the development server's per-request lines, which quote the whole path."""

    def filter(self, record: logging.LogRecord) -> bool:
        # Each one, request line or error about a request, starts "<client> - - [<date>]";
        # its start-up lines do not.
        return " - - [" not in str(record.msg)


def route_of_request() -> str:
    """The pattern of the route that answered this request, with no part of its path."""
    rule = request.url_rule
    return rule.rule if rule is not None else UNMATCHED


def _start() -> None:
    g.access_started = time.perf_counter()


def _log(response: Response) -> Response:
    started = g.get("access_started")
    took = (time.perf_counter() - started) * 1000 if started is not None else None
    fields = {
        "request_id": request_id.current(),
        "method": request.method,
        "route": route_of_request(),
        "status": response.status_code,
        "bytes": response.content_length,
        "duration_ms": None if took is None else round(took, 1),
    }
    LOGGER.info(
        "%s %s %s %s %s id=%s",
        fields["method"],
        fields["route"],
        fields["status"],
        "-" if fields["bytes"] is None else fields["bytes"],
        "-" if took is None else f"{took:.1f}ms",
        fields["request_id"],
        extra=fields,
    )
    return response


def _quiet_dev_server() -> None:
    werkzeug = logging.getLogger("werkzeug")
    if not any(isinstance(f, _DropRequestLines) for f in werkzeug.filters):
        werkzeug.addFilter(_DropRequestLines())


def register(app: Flask) -> None:
    """Log each request by its route when ACCESS_LOG is on; never log a path anywhere."""
    _quiet_dev_server()
    if not app.config["ACCESS_LOG"]:
        return
    logs.use(LOGGER, app.config["LOG_FORMAT"], _FORMAT)
    app.before_request(_start)
    app.after_request(_log)
