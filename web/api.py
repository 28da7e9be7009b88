"""The JSON API, for other clients and for tests."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, request, url_for

from decision import SIGNALS, Answer, InvalidCode, decode, encode, evaluate
from web import messages
from web.presenters import result_json, signal_json

__all__ = ["bp"]

bp = Blueprint("api", __name__)

_SIGNAL_IDS = {signal.id for signal in SIGNALS}
_VALUES = {answer.value: answer for answer in Answer}


@bp.get("/api/v1/questions")
def questions() -> dict[str, Any]:
    """The signals, in the order the questionnaire asks them."""
    return {
        "signals": [signal_json(signal) for signal in SIGNALS],
        "answers": list(_VALUES),
    }


@bp.post("/api/v1/evaluate")
def evaluate_answers() -> dict[str, Any] | tuple[dict[str, Any], int]:
    """Evaluate a JSON body of answers; a missing signal counts as not sure."""
    body = request.get_json(silent=True)
    answers, errors = _parse(body)
    if errors:
        return {"errors": errors}, 400
    return _result_json(answers)


@bp.get("/r/<code>.json")
def shared_result(code: str) -> dict[str, Any]:
    """The JSON of the result a share code opens."""
    try:
        shared = decode(code)
    except InvalidCode:
        abort(404)
    return _result_json(shared.answers)


def _result_json(answers: dict[str, Answer]) -> dict[str, Any]:
    code = encode(answers)
    return result_json(
        evaluate(answers),
        code=code,
        share_url=url_for("pages.result", code=code, _external=True),
    )


def _parse(body: object) -> tuple[dict[str, Answer], dict[str, str]]:
    """The answers in a request body, and a message for each problem in it."""
    if not isinstance(body, dict):
        return {}, {"body": messages.API_BODY_NOT_JSON}
    errors = {f"{key}": messages.API_UNKNOWN_FIELD for key in body if key != "answers"}
    given = body.get("answers", {})
    if not isinstance(given, dict):
        errors["answers"] = messages.API_ANSWERS_NOT_OBJECT
        return {}, errors
    answers: dict[str, Answer] = {}
    for signal_id, value in given.items():
        if signal_id not in _SIGNAL_IDS:
            errors[f"answers.{signal_id}"] = messages.API_UNKNOWN_SIGNAL
        elif not isinstance(value, str) or value not in _VALUES:
            errors[f"answers.{signal_id}"] = messages.API_VALUE_INVALID
        else:
            answers[signal_id] = _VALUES[value]
    return answers, errors
