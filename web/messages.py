"""Every error and notice the web layer shows, in one place."""

from __future__ import annotations

from decision.reader import MAX_LENGTH

__all__ = [
    "ANSWER_INVALID",
    "ANSWER_MISSING",
    "API_ANSWERS_NOT_OBJECT",
    "ERROR_PAGES",
    "API_MESSAGE_MISSING",
    "API_MESSAGE_NOT_TEXT",
    "API_READ_BODY_NOT_JSON",
    "API_READ_UNKNOWN_FIELD",
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
    "API_TOO_DEEP",
    "API_UNSUPPORTED_MEDIA_TYPE",
    "API_VALUE_INVALID",
    "MESSAGE_EMPTY",
    "NOT_ANSWERED",
    "PREFILL_OLD_EDITION",
    "PREFILL_UNREADABLE",
    "READ_NOTHING",
    "READ_SUGGESTED",
    "message_too_long",
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
API_TOO_DEEP = (
    "The body is nested too deeply to read. No request to this API needs more than a few levels."
)
API_INVALID_BODY = "The body does not match the schema. Each entry of errors names one problem."
API_BODY_NOT_OBJECT = (
    'The body must be a JSON object, such as {"answers": {"broken_plans": "yes"}}.'
)
API_UNKNOWN_FIELD = 'Unknown member. The body has only "answers" and "pronoun".'
API_PRONOUN_INVALID = 'Must be "he", "she" or "they".'
API_ANSWERS_NOT_OBJECT = 'Must be an object of question id to answer, like {"broken_plans": "yes"}.'
API_UNKNOWN_SIGNAL = "Unknown question id. GET /api/v1/questions lists them."
API_VALUE_INVALID = 'Must be "yes", "no" or "not_sure".'

# Reading his message on the questionnaire. Templates for ``Pronoun.fill``.
MESSAGE_EMPTY = "Paste {his} message in the box first."
READ_SUGGESTED = "We ticked some answers from {his} message. Change anything that is wrong."
READ_NOTHING = "We found nothing in {his} message to tick. Please answer the questions yourself."


def message_too_long(length: int) -> str:
    """Said when a pasted message is past the reader's limit: the limit, and how far past."""
    return (
        f"This message is {length:,} characters long. We can read up to {MAX_LENGTH:,}."
        " Please shorten it and try again."
    )


API_READ_BODY_NOT_JSON = 'The body must be a JSON object, such as {"message": "I miss you"}.'
API_READ_UNKNOWN_FIELD = 'Unknown member. The body has only "message".'
API_MESSAGE_MISSING = '"message" is needed: the text of the message, as a string.'
API_MESSAGE_NOT_TEXT = '"message" must be a string.'
API_INVALID_PARAMETER = "A query parameter has a value this API does not know. See errors."
API_NOT_FOUND = "No such resource. GET /api/v1 lists the API's resources."
API_NO_SUCH_RESULT = "No result has this share code. Codes come from POST /api/v1/evaluate."
API_METHOD_NOT_ALLOWED = (
    "This resource does not take that method. Its Allow header lists those it does."
)
API_TOO_LARGE = "The body is over the 16 KB limit. An evaluation needs a few hundred bytes."
API_SERVER_ERROR = "The server failed to answer. The fault is ours; try again later."


#: The error pages a person sees, by status: (title, what to do).
ERROR_PAGES: dict[int, tuple[str, str]] = {
    400: ("Something went wrong with that request", "Please go back and try again."),
    404: (
        "We can’t find that page",
        "If you followed a link to a result, it may have been cut short."
        " Check that you copied all of it.",
    ),
    405: ("That didn’t work", "This page can’t be used that way."),
    413: (
        "That was too much to send",
        f"A pasted message can be up to {MAX_LENGTH:,} characters. Please go back and try again.",
    ),
    500: ("Sorry, something went wrong on our side", "Please try again in a moment."),
}
