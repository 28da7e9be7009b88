"""RFC 9457 problem details: the one shape of every API error.

A problem names its ``type``, ``title``, ``status`` and ``detail``, and where it helps an
``errors`` list, one entry per field, capped so a large bad request never makes a large answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from flask import current_app
from werkzeug.wrappers import Response

__all__ = [
    "MAX_ERRORS",
    "FieldError",
    "ProblemType",
    "pointer",
    "problem",
]

MEDIA_TYPE = "application/problem+json"

#: At most this many field errors are listed; the rest are counted.
MAX_ERRORS = 20

#: A body key longer than this is cut short where a pointer names it.
_MAX_KEY = 40


@dataclass(frozen=True, slots=True)
class ProblemType:
    """A kind of problem: its URI and its short, fixed title."""

    uri: str
    title: str


_PREFIX = "urn:should-i-reply:problem:"

MALFORMED_JSON = ProblemType(_PREFIX + "malformed-json", "Malformed JSON")
INVALID_BODY = ProblemType(_PREFIX + "invalid-body", "Invalid request body")
INVALID_PARAMETER = ProblemType(_PREFIX + "invalid-parameter", "Invalid query parameter")


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one part of a request: a JSON Pointer into the body, or a parameter."""

    detail: str
    pointer: str | None = None
    parameter: str | None = None

    def as_json(self) -> dict[str, str]:
        """The entry of the ``errors`` list."""
        where = {"pointer": self.pointer} if self.pointer is not None else {}
        if self.parameter is not None:
            where["parameter"] = self.parameter
        return where | {"detail": self.detail}


def pointer(*keys: str) -> str:
    """A JSON Pointer (RFC 6901) to a member of the body; a very long key is cut short."""
    parts = [k if len(k) <= _MAX_KEY else k[:_MAX_KEY] + "…" for k in keys]
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


def problem(
    status: int,
    detail: str,
    *,
    kind: ProblemType | None = None,
    title: str | None = None,
    errors: Iterable[FieldError] = (),
    headers: Mapping[str, str] | None = None,
) -> Response:
    """A problem details response; without a ``kind`` it is the plain HTTP status (about:blank)."""
    listed = list(errors)
    body: dict[str, object] = {
        "type": kind.uri if kind else "about:blank",
        "title": kind.title if kind else (title or "Error"),
        "status": status,
        "detail": detail,
    }
    if listed:
        body["errors"] = [e.as_json() for e in listed[:MAX_ERRORS]]
        if len(listed) > MAX_ERRORS:
            body["errors_not_listed"] = len(listed) - MAX_ERRORS
    response = current_app.response_class(
        current_app.json.dumps(body), status=status, mimetype=MEDIA_TYPE
    )
    response.headers.update(headers or {})
    return response
