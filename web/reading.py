"""His message, read on the questionnaire page: suggested answers ticked where none is chosen.

The message lives only in the request that carries it and the page sent back: it is never
stored, logged, cached or put in an address.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from decision import Pronoun, wording
from decision.reader import MAX_LENGTH, Reading, read
from web import messages
from web.forms import ANSWER_VALUES, QuestionnaireForm

__all__ = ["BODY_LIMIT", "Excerpt", "PageReading", "excerpt", "kept", "read_onto"]

#: The request body the routes that take a message accept. The app's own limit fits answers
#: alone. A 2,000-character message can take 24 KB of form encoding (a 4-byte character is
#: 12 bytes as %XX escapes, as in JSON's \\uXXXX pairs), and a paste of 10,000 characters in any
#: script (120 KB) still gets the friendly "too long" message with every answer kept, not a 413.
BODY_LIMIT = 128 * 1024

#: Characters of the message shown either side of the words that led to a suggestion.
_CONTEXT = 40

_SPACES = re.compile(r"\s+")

#: Never suggested, whatever a reader says: only the person can answer it.
_NEVER_SUGGESTED = frozenset({"safety_concern"})


@dataclass(frozen=True)
class Excerpt:
    """A few words of the message around the evidence, which the page marks."""

    before: str
    evidence: str
    after: str


@dataclass(frozen=True)
class PageReading:
    """What the questionnaire shows of his message: the text, and what reading it found."""

    message: str = ""
    error: str | None = None
    notice: str | None = None
    #: The words behind each answer ticked from the message, by question.
    suggested: Mapping[str, Excerpt] = field(default_factory=dict)
    #: A sentence and the words behind it, by question, for what is not an answer.
    notes: Mapping[str, tuple[str, Excerpt]] = field(default_factory=dict)


def excerpt(message: str, start: int, end: int) -> Excerpt:
    """The evidence with up to ``_CONTEXT`` characters either side, cut at a space."""
    before, after = message[max(start - _CONTEXT, 0) : start], message[end : end + _CONTEXT]
    if start > _CONTEXT and " " in before:
        before = "…" + before[before.index(" ") :]
    if end + _CONTEXT < len(message) and " " in after:
        after = after[: after.rindex(" ")] + "…"
    # Shown in a line of its own: any run of spaces and line breaks becomes one space.
    return Excerpt(*(_SPACES.sub(" ", part) for part in (before, message[start:end], after)))


def _text(message: str) -> str:
    # Browsers send a textarea's line breaks as CRLF; count each as the one character it shows.
    return message.replace("\r\n", "\n")


def kept(message: str) -> PageReading:
    """The message kept in its box, unread: the page was reworded, or sent with gaps."""
    return PageReading(_text(message))


def read_onto(form: QuestionnaireForm, message: str, pronoun: Pronoun) -> PageReading:
    """Read the message and tick its suggestions on the questions the person left unanswered."""
    message = _text(message)
    if not message.strip():
        return PageReading(message, error=pronoun.fill(messages.MESSAGE_EMPTY))
    if len(message) > MAX_LENGTH:
        # Kept, not cut: the words that matter may be at the end, and the person knows which.
        return PageReading(message, error=messages.message_too_long(len(message)))
    reading: Reading = read(message)
    suggested: dict[str, Excerpt] = {}
    for suggestion in reading.suggestions:
        if suggestion.signal not in form or suggestion.signal in _NEVER_SUGGESTED:
            continue
        question = form[suggestion.signal]
        if question.data in ANSWER_VALUES:
            continue  # the person's own answer is never overwritten
        question.data = suggestion.answer.value
        suggested[suggestion.signal] = excerpt(message, suggestion.start, suggestion.end)
    notes = {
        note.signal: (
            pronoun.fill(wording.reading_note(note.kind)),
            excerpt(message, note.start, note.end),
        )
        for note in reading.notes
    }
    notice = messages.READ_SUGGESTED if suggested else messages.READ_NOTHING
    return PageReading(message, notice=pronoun.fill(notice), suggested=suggested, notes=notes)
