"""Every error and notice the web layer shows, in one place."""

from __future__ import annotations

from decision.reader import MAX_LENGTH

__all__ = [
    "ANSWER_INVALID",
    "ANSWER_MISSING",
    "API_ANSWERS_NOT_OBJECT",
    "API_BODY_NOT_JSON",
    "API_MESSAGE_MISSING",
    "API_MESSAGE_NOT_TEXT",
    "API_READ_BODY_NOT_JSON",
    "API_READ_UNKNOWN_FIELD",
    "API_PRONOUN_INVALID",
    "API_UNKNOWN_FIELD",
    "API_UNKNOWN_SIGNAL",
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

API_BODY_NOT_JSON = 'Send a JSON object such as {"answers": {"broken_plans": "yes"}}.'
API_UNKNOWN_FIELD = 'Unknown field. The fields are "answers" and "pronoun".'
API_PRONOUN_INVALID = 'Must be "he", "she" or "they".'
API_ANSWERS_NOT_OBJECT = '"answers" must be an object of signal id to answer.'
API_UNKNOWN_SIGNAL = "Unknown signal. GET /api/v1/questions lists them."
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


API_READ_BODY_NOT_JSON = 'Send a JSON object such as {"message": "I miss you"}.'
API_READ_UNKNOWN_FIELD = 'Unknown field. The only field is "message".'
API_MESSAGE_MISSING = '"message" is needed: the text of the message, as a string.'
API_MESSAGE_NOT_TEXT = '"message" must be a string.'
