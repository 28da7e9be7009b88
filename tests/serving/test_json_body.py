"""A JSON body nested too deeply to parse is a bad request; a JSON answer says what Flask would."""

from __future__ import annotations

import decimal
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from flask import Flask, Response
from flask.json.provider import DefaultJSONProvider
from flask.testing import FlaskClient
from markupsafe import Markup

from web.problems import MALFORMED_JSON

JSON = {"Content-Type": "application/json"}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"[" * 8000, id="open-arrays"),
        pytest.param(b'{"a":' * 3000, id="open-objects"),
        pytest.param(b"[" * 5000 + b"]" * 5000, id="closed-arrays"),
    ],
)
@pytest.mark.parametrize("path", ["/api/v1/evaluate", "/api/v1/read"])
def test_deeply_nested_json_is_a_400(
    client: FlaskClient, caplog: pytest.LogCaptureFixture, body: bytes, path: str
) -> None:
    """Nesting deeper than the parser can go gets a malformed-JSON problem, with no traceback."""
    assert len(body) <= 16 * 1024
    response = client.post(path, data=body, headers=JSON)
    problem = response.get_json(force=True)
    assert (response.status_code, problem["type"]) == (400, MALFORMED_JSON.uri)
    assert not any(record.exc_info for record in caplog.records)


@dataclass(frozen=True)
class _Point:
    x: int
    label: str


#: What views and error handlers hand the provider, with what Flask's own encoder writes.
_ANSWERS = [
    pytest.param({"verdict": "ignore", "headline": "Don’t reply."}, id="text"),
    pytest.param({"b": [1, 2.5, None, True], "a": {"nested": []}}, id="nested-in-order"),
    pytest.param({"checked": date(2026, 11, 23)}, id="date-as-http-date"),
    pytest.param({"at": datetime(2026, 11, 23, 9, 30)}, id="datetime-as-http-date"),
    pytest.param({"point": _Point(1, "one")}, id="dataclass"),
    pytest.param({"id": uuid.UUID(int=7), "amount": decimal.Decimal("1.50")}, id="uuid-decimal"),
    pytest.param({"html": Markup("<b>kept</b>")}, id="markup"),
    pytest.param({1: "number key"}, id="number-key"),
    pytest.param({"message": "\ud83d do you miss me"}, id="lone-surrogate"),
    pytest.param([{"a": 1}, "two"], id="list"),
]


def _written(app: Flask, obj: object, provider: DefaultJSONProvider | None = None) -> bytes:
    """The body of the JSON answer ``provider`` (the app's own unless given) makes of ``obj``."""
    with app.app_context():
        response = (provider or app.json).response(obj)
    assert isinstance(response, Response)
    return response.get_data()


@pytest.mark.parametrize("obj", _ANSWERS)
def test_a_json_answer_says_what_flasks_encoder_says(app: Flask, obj: object) -> None:
    """Each answer is the document Flask's own encoder writes, ending in a newline."""
    ours, flasks = _written(app, obj), _written(app, obj, DefaultJSONProvider(app))
    assert json.loads(ours) == json.loads(flasks)
    assert ours.endswith(b"}\n") or ours.endswith(b"]\n")


def test_keys_keep_the_order_they_were_written_in(app: Flask) -> None:
    """Keys are not sorted: the API writes answers in question order."""
    assert _written(app, {"z": 1, "a": 2}) == b'{"z":1,"a":2}\n'


def test_keys_are_sorted_when_the_provider_is_told_to(app: Flask) -> None:
    """Flask's sort_keys is honoured."""
    assert isinstance(app.json, DefaultJSONProvider)
    app.json.sort_keys = True
    assert _written(app, {"z": 1, "a": 2}) == b'{"a":2,"z":1}\n'


def test_in_debug_an_answer_is_indented(app: Flask) -> None:
    """As Flask does, debug mode writes JSON for people to read."""
    app.debug = True
    assert _written(app, {"a": [1]}) == b'{\n  "a": [\n    1\n  ]\n}\n'


def test_text_is_sent_as_utf8_not_escapes(client: FlaskClient) -> None:
    """A result's curly quotes are UTF-8 bytes, a third the size of \\u escapes."""
    response = client.post("/api/v1/evaluate", json={"answers": {"moved_on_fast": "yes"}})
    assert "Don’t reply.".encode() in response.get_data()
    assert b"\\u2019" not in response.get_data()
    assert response.mimetype == "application/json"
