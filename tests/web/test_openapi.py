"""The API keeps to its OpenAPI 3.1 document: schemathesis sends it generated requests.

Each operation gets valid and invalid requests (bounded in number, so the file runs in seconds),
and every answer must match the document: status, content type, body schema, and Allow on 405.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.openapi import from_wsgi

from app import create_app

#: Requests generated per operation; enough to find a shape the document does not describe,
#: few enough to keep this file well under 30 seconds.
EXAMPLES = 30


# Loaded from the app as a client would. schemathesis parametrizes at collection time, so the
# app is built here rather than by the ``app`` fixture.
schema = from_wsgi("/api/v1/openapi.json", create_app({"TESTING": True}))


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
def test_every_operation_answers_as_its_document_says(case: schemathesis.Case[Any]) -> None:
    """Generated requests, valid and not, get the statuses, types and bodies documented."""
    # Its WSGI transport asks for gzip but, unlike an HTTP client, never opens it.
    case.call_and_validate(headers={"Accept-Encoding": "identity"})
