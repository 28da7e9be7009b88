"""A JSON body nested too deeply to parse is a bad request, never a crash."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

JSON = {"Content-Type": "application/json"}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"[" * 8000, id="open-arrays"),
        pytest.param(b'{"a":' * 3000, id="open-objects"),
        pytest.param(b"[" * 5000 + b"]" * 5000, id="closed-arrays"),
    ],
)
def test_deeply_nested_json_is_a_400(
    client: FlaskClient, caplog: pytest.LogCaptureFixture, body: bytes
) -> None:
    """Nesting deeper than the parser can go gets the API's 400, with no traceback logged."""
    assert len(body) <= 16 * 1024
    response = client.post("/api/v1/evaluate", data=body, headers=JSON)
    assert response.status_code == 400
    assert "errors" in response.get_json()
    assert not any(record.exc_info for record in caplog.records)
