"""Every message the web layer shows about bad input, in one place."""

from __future__ import annotations

__all__ = [
    "ANSWER_INVALID",
    "ANSWER_MISSING",
    "API_ANSWERS_NOT_OBJECT",
    "API_BODY_NOT_OBJECT",
    "API_INVALID_BODY",
    "API_INVALID_PARAMETER",
    "API_MALFORMED_JSON",
    "API_METHOD_NOT_ALLOWED",
    "API_NOT_FOUND",
    "API_NOT_UTF8",
    "API_NO_SUCH_RESULT",
    "API_PRONOUN_INVALID",
    "API_SERVER_ERROR",
    "API_TOO_LARGE",
    "API_UNKNOWN_FIELD",
    "API_UNKNOWN_SIGNAL",
    "API_UNSUPPORTED_MEDIA_TYPE",
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

# The API's messages are for developers: what was wrong, and what to send instead.
API_UNSUPPORTED_MEDIA_TYPE = (
    "Send the body as JSON, with the header Content-Type: application/json."
)
API_MALFORMED_JSON = "The body is not valid JSON: {reason}."
API_NOT_UTF8 = "The body is not valid JSON: it is not UTF-8 text."
API_INVALID_BODY = "The body does not match the schema. Each entry of errors names one problem."
API_BODY_NOT_OBJECT = (
    'The body must be a JSON object, such as {"answers": {"broken_plans": "yes"}}.'
)
API_UNKNOWN_FIELD = 'Unknown member. The body has only "answers" and "pronoun".'
API_PRONOUN_INVALID = 'Must be "he", "she" or "they".'
API_ANSWERS_NOT_OBJECT = 'Must be an object of question id to answer, like {"broken_plans": "yes"}.'
API_UNKNOWN_SIGNAL = "Unknown question id. GET /api/v1/questions lists them."
API_VALUE_INVALID = 'Must be "yes", "no" or "not_sure".'
API_INVALID_PARAMETER = "A query parameter has a value this API does not know. See errors."
API_NOT_FOUND = "No such resource. GET /api/v1 lists the API's resources."
API_NO_SUCH_RESULT = "No result has this share code. Codes come from POST /api/v1/evaluate."
API_METHOD_NOT_ALLOWED = (
    "This resource does not take that method. Its Allow header lists those it does."
)
API_TOO_LARGE = "The body is over the 16 KB limit. An evaluation needs a few hundred bytes."
API_SERVER_ERROR = "The server failed to answer. The fault is ours; try again later."
