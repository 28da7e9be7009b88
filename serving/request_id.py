"""One id per request, to find every line about it: taken from X-Request-ID if safe, else made.

A proxy in front (or the edge, serving/edge.py) may send the id it logged; the app keeps it
only if it is short and made of letters, digits, ``.``, ``_`` and ``-``, so nothing a client
writes there can break a log line or forge one. Otherwise the app makes one (32 hex digits).
Every response says which id it had, in its own X-Request-ID.
"""

from __future__ import annotations

import os
import re

from flask import Flask, g, request
from werkzeug.wrappers import Response

__all__ = ["CHARACTERS", "HEADER", "PATTERN", "current", "register", "valid"]

#: The request and response header that carries the id.
HEADER = "X-Request-ID"

#: What an id is made of, unanchored, for any pattern that looks for one.
CHARACTERS = r"[A-Za-z0-9._-]{1,128}"

#: What an id taken from a request must look like, for the edge's nginx (PCRE) to check.
PATTERN = f"^{CHARACTERS}$"

_VALID = re.compile(CHARACTERS)
_ENVIRON_KEY = "HTTP_" + HEADER.upper().replace("-", "_")


def valid(candidate: str) -> bool:
    """Whether ``candidate`` may be kept as a request id as it is."""
    return _VALID.fullmatch(candidate) is not None


def current() -> str:
    """This request's id: the one it brought, if valid, or one made for it now."""
    found: str | None = g.get("request_id")
    if found is None:
        # The header as the WSGI server gives it, without building the whole Headers view.
        given = request.environ.get(_ENVIRON_KEY)
        found = given if given is not None and valid(given) else os.urandom(16).hex()
        g.request_id = found
    return found


def _echo(response: Response) -> Response:
    response.headers[HEADER] = current()
    return response


def register(app: Flask) -> None:
    """Answer every request with its id in X-Request-ID."""
    app.after_request(_echo)
