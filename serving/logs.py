"""The two log formats (LOG_FORMAT): lines people read, or one JSON object per line.

Everything the server writes goes to stderr in the chosen format: the app's access log
(serving/access_log.py), gunicorn's own log (gunicorn.conf.py) and nginx's lines as serve.py
relays them. In JSON each line has ``time`` (ISO 8601, UTC), ``level``, ``logger``, ``pid`` and
``message``, and whatever fields the event adds (an access line: its request id, method,
route, status, size and time taken). Nothing here ever writes a path or a query string.
"""

from __future__ import annotations

import logging
import re
import sys
from typing import Any, TextIO

from pythonjsonlogger.json import JsonFormatter

from serving import request_id

__all__ = [
    "EDGE",
    "StderrHandler",
    "WithoutPaths",
    "edge_event",
    "formatter",
    "gunicorn_config",
    "use",
]

#: The logger serve.py writes nginx's lines through.
EDGE = logging.getLogger("should_i_reply.edge")

#: The fields every JSON line starts with, under the names they are written as.
_FIELDS = {"levelname": "level", "name": "logger", "process": "pid", "message": "message"}

#: How every JSON line is made, here and in gunicorn's logging configuration alike.
_JSON: dict[str, Any] = {"fmt": list(_FIELDS), "rename_fields": _FIELDS, "timestamp": "time"}


class StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever sys.stderr is at the time, as logging's own last resort does."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _: TextIO) -> None:
        pass


class WithoutPaths(logging.Filter):
    """Takes the path out of gunicorn's line about a request it failed to handle."""

    def filter(self, record: logging.LogRecord) -> bool:
        # Gunicorn writes "Error handling request <method> <path>" when a request breaks a
        # worker outside the app; the path may hold a share code. Its traceback is kept.
        if str(record.msg).startswith("Error handling request"):
            record.msg, record.args = "Error handling request", ()
        return True


def formatter(log_format: str, text: str) -> logging.Formatter:
    """The formatter for ``log_format``: ``text`` as a logging format string, or JSON."""
    if log_format == "json":
        return JsonFormatter(**_JSON)
    return logging.Formatter(text)


def use(logger: logging.Logger, log_format: str, text: str) -> None:
    """Give ``logger`` one handler to stderr in ``log_format``, replacing any it had from here."""
    handlers = [h for h in logger.handlers if isinstance(h, StderrHandler)]
    if not handlers:
        handlers = [StderrHandler()]
        logger.addHandler(handlers[0])
    for handler in handlers:
        handler.setFormatter(formatter(log_format, text))
    logger.setLevel(logging.INFO)


def gunicorn_config(log_format: str) -> dict[str, Any]:
    """Gunicorn's ``logconfig_dict``: every logger in JSON to stderr, or empty for its own."""
    if log_format != "json":
        return {}
    handler = {"class": "serving.logs.StderrHandler", "formatter": "json"}
    json_formatter = {"()": "pythonjsonlogger.json.JsonFormatter", **_JSON}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": json_formatter},
        "handlers": {"stderr": handler},
        # Anything the app or a library logs reaches the root's handler, as JSON.
        "root": {"level": "INFO", "handlers": ["stderr"]},
        "loggers": {
            "gunicorn.error": {"handlers": ["stderr"], "propagate": False},
            # Gunicorn's access log is off (it would write paths); the app writes its own
            # through a handler of its own, so nothing under the app's name goes on to the root.
            "gunicorn.access": {"handlers": [], "propagate": False},
            "should_i_reply": {"handlers": [], "propagate": False},
        },
    }


_NGINX_LEVEL = re.compile(r"\[(info|notice|warn|error|crit|alert|emerg)\] ")
_LEVELS = {"warn": logging.WARNING, "error": logging.ERROR}
_ACCESS_ID = re.compile(f", request_id: ({request_id.CHARACTERS})$")


def edge_event(line: str) -> tuple[int, str, dict[str, str]]:
    """The level, message and fields to log for one scrubbed nginx line (serving/edge.py)."""
    found = _NGINX_LEVEL.search(line)
    name = found.group(1) if found else "info"
    level = _LEVELS.get(name, logging.INFO if name in ("info", "notice") else logging.CRITICAL)
    request_id = _ACCESS_ID.search(line)
    fields = {"request_id": request_id.group(1)} if request_id else {}
    return level, line.removeprefix("[edge] "), fields
