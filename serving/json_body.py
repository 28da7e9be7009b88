"""JSON bodies that nest too deeply are bad requests, not crashes.

Python's JSON parser gives up on deep nesting (``[`` 8,000 times fits in 16 KB) with a
RecursionError, which Werkzeug does not take for bad JSON, so the request would end in a 500
and a traceback. This provider turns it into the ValueError that bad JSON raises, so
``request.get_json()`` answers 400 (or None when silent), as for any other malformed body.
"""

from __future__ import annotations

from typing import Any

from flask.json.provider import DefaultJSONProvider

__all__ = ["JSONProvider"]


class JSONProvider(DefaultJSONProvider):
    """Flask's JSON provider, refusing a too-deep document as it refuses any bad one."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        """Parse ``s``; ValueError if it is not JSON or nests too deeply to parse."""
        try:
            return super().loads(s, **kwargs)
        except RecursionError:
            raise ValueError("JSON nested too deeply") from None
