"""The JSON API, for other clients and for tests; described by web/openapi.json.

Every error is a problem details response (RFC 9457, ``web/problems.py``).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from flask import Blueprint, current_app, request, url_for
from werkzeug.wrappers import Response

from decision import CURRENT, Answer, Pronoun, VerdictId, encode, evaluate, wording
from decision.reader import MAX_LENGTH, Reading, read
from web import messages
from web.forms import ANSWER_VALUES
from web.marks import carries_answers, show_verdict
from web.pages import view_of
from web.presenters import present, question_json, result_json
from web.problems import (
    INVALID_BODY,
    INVALID_PARAMETER,
    MALFORMED_JSON,
    FieldError,
    pointer,
    problem,
)
from web.reading import BODY_LIMIT

__all__ = ["bp", "openapi_document"]

bp = Blueprint("api", __name__)

_PRONOUNS = {pronoun.value: pronoun for pronoun in Pronoun}
_FIELDS = {"answers", "pronoun"}
_OPENAPI = Path(__file__).with_name("openapi.json")


@cache
def openapi_document() -> dict[str, Any]:
    """The API's OpenAPI 3.1 description, as written in web/openapi.json."""
    document: dict[str, Any] = json.loads(_OPENAPI.read_text(encoding="utf-8"))
    return document


@bp.get("/api/v1")
def index() -> dict[str, Any]:
    """What the API offers: each operation of its OpenAPI document, and the document itself."""
    document = openapi_document()
    return {
        "title": document["info"]["title"],
        "version": document["info"]["version"],
        "openapi": url_for("api.openapi"),
        "operations": [
            {"method": method.upper(), "path": path, "summary": operation["summary"]}
            for path, item in document["paths"].items()
            for method, operation in item.items()
        ],
    }


@bp.get("/api/v1/openapi.json")
def openapi() -> dict[str, Any]:
    """The OpenAPI 3.1 document that describes this API."""
    return openapi_document()


@bp.get("/api/v1/questions")
def questions() -> dict[str, Any] | Response:
    """Today's questions in the order the questionnaire asks them, worded for the pronoun."""
    chosen = request.args.get("pronoun", Pronoun.HE.value)
    pronoun = _PRONOUNS.get(chosen)
    if pronoun is None:
        error = FieldError(messages.API_PRONOUN_INVALID, parameter="pronoun")
        return problem(400, messages.API_INVALID_PARAMETER, kind=INVALID_PARAMETER, errors=[error])
    return {
        "edition": CURRENT.number,
        "pronoun": pronoun.value,
        "questions": [question_json(CURRENT, q, pronoun) for q in CURRENT.ids],
        "answers": list(ANSWER_VALUES),
        "verdicts": {
            verdict.value: {"headline": pronoun.fill(wording.HEADLINES[verdict])}
            for verdict in VerdictId
        },
    }


@bp.post("/api/v1/evaluate")
def evaluate_answers() -> dict[str, Any] | Response:
    """Evaluate a JSON body of answers; a question left out counts as not sure."""
    body = _json_body()
    if isinstance(body, Response):
        return body
    answers, pronoun, errors = _parse(body)
    if errors:
        return problem(400, messages.API_INVALID_BODY, kind=INVALID_BODY, errors=errors)
    result = evaluate(answers)
    show_verdict(result.verdict)
    # Like the page, a Yes to safety makes no link.
    code = encode(answers, pronoun=pronoun) if result.shareable else None
    view = present(result, pronoun=pronoun, code=code, change_links=False)
    share_url = url_for("pages.result", code=code, _external=True) if code else None
    return result_json(view, share_url=share_url)


@bp.post("/api/v1/read")
def read_message() -> dict[str, Any] | Response:
    """Suggested answers for a message, each with the words behind it; nothing is kept."""
    # A message needs more room than answers alone (see web/reading.py).
    request.max_content_length = BODY_LIMIT
    body = _json_body()
    if isinstance(body, Response):
        return body
    message, errors = _message_in(body)
    if errors:
        return problem(400, messages.API_INVALID_BODY, kind=INVALID_BODY, errors=errors)
    return _reading_json(read(message))


def _json_body() -> object | Response:
    """The request's JSON body, or the problem that says why it is not one."""
    if not request.is_json:
        return problem(415, messages.API_UNSUPPORTED_MEDIA_TYPE, title="Unsupported Media Type")
    try:
        # The app's JSON provider, which also refuses a document nested too deeply to parse.
        body: object = current_app.json.loads(request.get_data())
    except UnicodeDecodeError:
        return problem(400, messages.API_NOT_UTF8, kind=MALFORMED_JSON)
    except json.JSONDecodeError as error:
        reason = f"{error.msg} at line {error.lineno}, column {error.colno}"
        return problem(400, messages.API_MALFORMED_JSON.format(reason=reason), kind=MALFORMED_JSON)
    except ValueError:
        return problem(400, messages.API_TOO_DEEP, kind=MALFORMED_JSON)
    return body


@bp.get("/r/<code>.json")
@carries_answers
def shared_result(code: str) -> dict[str, Any]:
    """The JSON of the result a share code opens, under its own edition."""
    view = view_of(code)
    shareable = view.result.shareable
    share_url = url_for("pages.result", code=code, _external=True) if shareable else None
    return result_json(view, share_url=share_url)


def _parse(body: object) -> tuple[dict[str, Answer], Pronoun, list[FieldError]]:
    """The answers and pronoun in a request body, and each problem in it."""
    if not isinstance(body, dict):
        return {}, Pronoun.HE, [FieldError(messages.API_BODY_NOT_OBJECT, pointer="")]
    errors = [
        FieldError(messages.API_UNKNOWN_FIELD, pointer=pointer(key))
        for key in body
        if key not in _FIELDS
    ]
    chosen = body.get("pronoun", Pronoun.HE.value)
    pronoun = _PRONOUNS.get(chosen) if isinstance(chosen, str) else None
    if pronoun is None:
        errors.append(FieldError(messages.API_PRONOUN_INVALID, pointer=pointer("pronoun")))
    given = body.get("answers", {})
    if not isinstance(given, dict):
        errors.append(FieldError(messages.API_ANSWERS_NOT_OBJECT, pointer=pointer("answers")))
        return {}, Pronoun.HE, errors
    answers: dict[str, Answer] = {}
    for question_id, value in given.items():
        if question_id not in CURRENT.ids:
            message = messages.API_UNKNOWN_SIGNAL
        elif not isinstance(value, str) or value not in ANSWER_VALUES:
            message = messages.API_VALUE_INVALID
        else:
            answers[question_id] = ANSWER_VALUES[value]
            continue
        errors.append(FieldError(message, pointer=pointer("answers", question_id)))
    return answers, pronoun or Pronoun.HE, errors


def _message_in(body: object) -> tuple[str, list[FieldError]]:
    """The message in a request body to /api/v1/read, and each problem in it."""
    if not isinstance(body, dict):
        return "", [FieldError(messages.API_READ_BODY_NOT_JSON, pointer="")]
    errors = [
        FieldError(messages.API_READ_UNKNOWN_FIELD, pointer=pointer(key))
        for key in body
        if key != "message"
    ]
    message = body.get("message")
    if "message" not in body:
        errors.append(FieldError(messages.API_MESSAGE_MISSING, pointer=pointer("message")))
    elif not isinstance(message, str):
        errors.append(FieldError(messages.API_MESSAGE_NOT_TEXT, pointer=pointer("message")))
    elif len(message) > MAX_LENGTH:
        too_long = messages.message_too_long(len(message))
        errors.append(FieldError(too_long, pointer=pointer("message")))
    if errors or not isinstance(message, str):
        return "", errors
    return message, errors


def _reading_json(reading: Reading) -> dict[str, Any]:
    # Worded for "he", as the essays are; the API takes no pronoun.
    return {
        "suggestions": [
            {
                "signal": s.signal,
                "answer": s.answer.value,
                "evidence": s.evidence,
                "start": s.start,
                "end": s.end,
            }
            for s in reading.suggestions
        ],
        "notes": [
            {
                "signal": n.signal,
                "note": Pronoun.HE.fill(wording.reading_note(n.kind)),
                "evidence": n.evidence,
                "start": n.start,
                "end": n.end,
            }
            for n in reading.notes
        ],
    }
