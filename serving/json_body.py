"""JSON in and out: a body nested too deeply is a bad request, and an answer is written fast.

Python's JSON parser gives up on deep nesting (``[`` 8,000 times fits in 16 KB) with a
RecursionError, which Werkzeug does not take for bad JSON, so the request would end in a 500
and a traceback. This provider turns it into the ValueError that bad JSON raises, so
``request.get_json()`` answers 400 (or None when silent), as for any other malformed body.

A JSON answer (a view returning a dict) is written by orjson: a result's JSON, 7 KB, takes a
fifth of the time Python's encoder needs, and is sent as UTF-8 rather than ``\\u`` escapes.
What orjson refuses, a string holding half a surrogate pair that a request's JSON can carry,
is written by Python's encoder, as before. Bodies are still parsed by Python's parser, whose
messages the API quotes to say where a body went wrong.
"""

from __future__ import annotations

from typing import Any, cast

import orjson
from flask import Response
from flask.json.provider import DefaultJSONProvider
from werkzeug.sansio.response import Response as AnyResponse

__all__ = ["JSONProvider"]

#: Flask's own ``default`` writes dates and dataclasses, as it does for Python's encoder.
_AS_FLASK_DOES = (
    orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_APPEND_NEWLINE
)


class JSONProvider(DefaultJSONProvider):
    """Flask's JSON provider, refusing a too-deep document and writing answers with orjson."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        """Parse ``s``; ValueError if it is not JSON or nests too deeply to parse."""
        try:
            return super().loads(s, **kwargs)
        except RecursionError:
            raise ValueError("JSON nested too deeply") from None

    def response(self, *args: Any, **kwargs: Any) -> AnyResponse:
        """The JSON answer Flask would make, written by orjson where it can."""
        obj = self._prepare_response_obj(args, kwargs)
        options = _AS_FLASK_DOES
        if self.sort_keys:
            options |= orjson.OPT_SORT_KEYS
        if (self.compact is None and self._app.debug) or self.compact is False:
            options |= orjson.OPT_INDENT_2
        try:
            body = orjson.dumps(obj, default=self.default, option=options)
        except orjson.JSONEncodeError:
            return super().response(obj)
        # The provider sees the app as Flask's sans-IO base, whose response class takes no body.
        response_class = cast(type[Response], self._app.response_class)
        return response_class(body, mimetype=self.mimetype)
