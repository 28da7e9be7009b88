"""An access log that names the route, never the path: share codes carry people's answers.

Gunicorn's own access log is off (see gunicorn.conf.py) and the development server's request
lines are dropped, because both would write the path and query, code and all. Instead the app
logs one line per request: method, route pattern (such as ``/r/<code>``), status, size and time.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import TextIO

from flask import Flask, g, request
from werkzeug.wrappers import Response

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


class _StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever sys.stderr is at the time, as logging's own last resort does."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _: TextIO) -> None:
        pass


def route_of_request() -> str:
    """The pattern of the route that answered this request, with no part of its path."""
    rule = request.url_rule
    return rule.rule if rule is not None else UNMATCHED


def _start() -> None:
    g.access_started = time.perf_counter()


def _log(response: Response) -> Response:
    started = g.get("access_started")
    took = f"{(time.perf_counter() - started) * 1000:.1f}ms" if started is not None else "-"
    size = response.content_length if response.content_length is not None else "-"
    LOGGER.info(
        "%s %s %s %s %s", request.method, route_of_request(), response.status_code, size, took
    )
    return response


def _quiet_dev_server() -> None:
    werkzeug = logging.getLogger("werkzeug")
    if not any(isinstance(f, _DropRequestLines) for f in werkzeug.filters):
        werkzeug.addFilter(_DropRequestLines())


def _ensure_handler() -> None:
    if not LOGGER.handlers:
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)


def register(app: Flask) -> None:
    """Log each request by its route when ACCESS_LOG is on; never log a path anywhere."""
    _quiet_dev_server()
    if not app.config["ACCESS_LOG"]:
        return
    _ensure_handler()
    app.before_request(_start)
    app.after_request(_log)
