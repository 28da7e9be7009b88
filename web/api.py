"""The JSON API, for other clients and for tests."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, request, url_for

from decision import RULEBOOK, SIGNALS, Answer, Pronoun, Shared, encode, reopen
from web import messages
from web.marks import carries_answers
from web.pages import shared_or_404
from web.presenters import reopened_json, signal_json

__all__ = ["bp"]

bp = Blueprint("api", __name__)

_SIGNAL_IDS = {signal.id for signal in SIGNALS}
_VALUES = {answer.value: answer for answer in Answer}
_PRONOUNS = {pronoun.value: pronoun for pronoun in Pronoun}
_FIELDS = {"answers", "pronoun"}


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
    answers, pronoun, errors = _parse(body)
    if errors:
        return {"errors": errors}, 400
    return _result_json(Shared(answers, RULEBOOK.version, pronoun))


@bp.get("/r/<code>.json")
@carries_answers
def shared_result(code: str) -> dict[str, Any]:
    """The JSON of the result a share code opens."""
    return _result_json(shared_or_404(code), code=code)


def _result_json(shared: Shared, *, code: str | None = None) -> dict[str, Any]:
    if code is None:
        code = encode(shared.answers, pronoun=shared.pronoun)
    return reopened_json(
        reopen(shared),
        code=code,
        share_url=url_for("pages.result", code=code, _external=True),
    )


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
    for signal_id, value in given.items():
        if signal_id not in _SIGNAL_IDS:
            errors[f"answers.{signal_id}"] = messages.API_UNKNOWN_SIGNAL
        elif not isinstance(value, str) or value not in _VALUES:
            errors[f"answers.{signal_id}"] = messages.API_VALUE_INVALID
        else:
            answers[signal_id] = _VALUES[value]
    return answers, pronoun or Pronoun.HE, errors
