"""Every message the web layer shows about bad input, in one place."""

from __future__ import annotations

__all__ = [
    "ANSWER_INVALID",
    "ANSWER_MISSING",
    "API_ANSWERS_NOT_OBJECT",
    "API_BODY_NOT_JSON",
    "API_PRONOUN_INVALID",
    "API_UNKNOWN_FIELD",
    "API_UNKNOWN_SIGNAL",
    "API_VALUE_INVALID",
    "NOT_ANSWERED",
    "PREFILL_OLD_EDITION",
    "PREFILL_UNREADABLE",
]

ANSWER_MISSING = "Choose Yes, No or Not sure"
ANSWER_INVALID = "Choose Yes, No or Not sure"
PREFILL_UNREADABLE = "We could not read the answers in that link, so the questions start empty."
PREFILL_OLD_EDITION = (
    "Our questions have changed since that link was made, so they start empty."
    " Your old result still opens from its link."
)
NOT_ANSWERED = "Not answered"

API_BODY_NOT_JSON = 'Send a JSON object such as {"answers": {"broken_plans": "yes"}}.'
API_UNKNOWN_FIELD = 'Unknown field. The fields are "answers" and "pronoun".'
API_PRONOUN_INVALID = 'Must be "he", "she" or "they".'
API_ANSWERS_NOT_OBJECT = '"answers" must be an object of signal id to answer.'
API_UNKNOWN_SIGNAL = "Unknown signal. GET /api/v1/questions lists them."
API_VALUE_INVALID = 'Must be "yes", "no" or "not_sure".'
