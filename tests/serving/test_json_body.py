"""A JSON body nested too deeply to parse is a bad request, never a crash."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

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
