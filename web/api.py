"""The JSON API, for other clients and for tests."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, request, url_for

from decision import CURRENT, Answer, Pronoun, encode, evaluate, wording
from decision.reader import MAX_LENGTH, Reading, read
from web import messages
from web.forms import ANSWER_VALUES
from web.marks import carries_answers
from web.pages import view_of
from web.presenters import present, question_json, result_json
from web.reading import BODY_LIMIT

__all__ = ["bp"]

bp = Blueprint("api", __name__)

_PRONOUNS = {pronoun.value: pronoun for pronoun in Pronoun}
_FIELDS = {"answers", "pronoun"}


@bp.get("/api/v1/questions")
def questions() -> dict[str, Any]:
    """Today's questions, in the order the questionnaire asks them."""
    return {
        "edition": CURRENT.number,
        "questions": [question_json(CURRENT, q, Pronoun.HE) for q in CURRENT.ids],
        "answers": list(ANSWER_VALUES),
    }


@bp.post("/api/v1/evaluate")
def evaluate_answers() -> dict[str, Any] | tuple[dict[str, Any], int]:
    """Evaluate a JSON body of answers; a question left out counts as not sure."""
    answers, pronoun, errors = _parse(request.get_json(silent=True))
    if errors:
        return _bad_request(errors)
    result = evaluate(answers)
    if result.rule.id == "safety":
        # Like the page, a Yes to safety makes no link.
        return result_json(present(result, pronoun=pronoun, code=None), share_url=None)
    code = encode(answers, pronoun=pronoun)
    view = present(result, pronoun=pronoun, code=code)
    return result_json(view, share_url=url_for("pages.result", code=code, _external=True))


@bp.post("/api/v1/read")
def read_message() -> dict[str, Any] | tuple[dict[str, Any], int]:
    """Suggested answers for a message, each with the words behind it; nothing is kept."""
    # A message needs more room than answers alone (see web/reading.py).
    request.max_content_length = BODY_LIMIT
    message, errors = _message_in(request.get_json(silent=True))
    if errors:
        return _bad_request(errors)
    return _reading_json(read(message))


@bp.get("/r/<code>.json")
@carries_answers
def shared_result(code: str) -> dict[str, Any]:
    """The JSON of the result a share code opens, under its own edition."""
    view = view_of(code)
    share_url = url_for("pages.result", code=code, _external=True) if view.label else None
    return result_json(view, share_url=share_url)


def _parse(body: object) -> tuple[dict[str, Answer], Pronoun, dict[str, str]]:
    """The answers and pronoun in a request body, and a message for each problem in it."""
    if not isinstance(body, dict):
        return {}, Pronoun.HE, {"body": messages.API_BODY_NOT_JSON}
    errors = {f"{key}": messages.API_UNKNOWN_FIELD for key in body if key not in _FIELDS}
    chosen = body.get("pronoun", Pronoun.HE.value)
    pronoun = _PRONOUNS.get(chosen) if isinstance(chosen, str) else None
    if pronoun is None:
        errors["pronoun"] = messages.API_PRONOUN_INVALID
    given = body.get("answers", {})
    if not isinstance(given, dict):
        errors["answers"] = messages.API_ANSWERS_NOT_OBJECT
        return {}, Pronoun.HE, errors
    answers: dict[str, Answer] = {}
    for question_id, value in given.items():
        if question_id not in CURRENT.ids:
            errors[f"answers.{question_id}"] = messages.API_UNKNOWN_SIGNAL
        elif not isinstance(value, str) or value not in ANSWER_VALUES:
            errors[f"answers.{question_id}"] = messages.API_VALUE_INVALID
        else:
            answers[question_id] = ANSWER_VALUES[value]
    return answers, pronoun or Pronoun.HE, errors


def _bad_request(errors: dict[str, str]) -> tuple[dict[str, Any], int]:
    """The one shape of every API error: 400, with a message for each problem by field."""
    return {"errors": errors}, 400


def _message_in(body: object) -> tuple[str, dict[str, str]]:
    """The message in a request body to /api/v1/read, and a message for each problem in it."""
    if not isinstance(body, dict):
        return "", {"body": messages.API_READ_BODY_NOT_JSON}
    errors = {f"{key}": messages.API_READ_UNKNOWN_FIELD for key in body if key != "message"}
    message = body.get("message")
    if "message" not in body:
        errors["message"] = messages.API_MESSAGE_MISSING
    elif not isinstance(message, str):
        errors["message"] = messages.API_MESSAGE_NOT_TEXT
    elif len(message) > MAX_LENGTH:
        errors["message"] = messages.message_too_long(len(message))
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
