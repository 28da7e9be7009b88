"""Pieces of pages that are the same for everyone, drawn once with their macro, then reused.

Questions first. A question with no error and nothing read from a message looks the same for
everyone who gave the same answer under the same pronoun. (A question that says its answer is
missing looks the same for everyone too.) Drawing the thirteen of them with the page's macro
was most of what a questionnaire cost, so the first page asked for draws every such state of
every question at once, with that same macro, and later pages join the pieces. Because all of
them are drawn together, what the app holds never depends on what anyone answered. A question
with a suggestion or a note, or an error other than a missing answer, is drawn by the macro as
before.

Then a result's reasons: an answer that counted is shown the same way (its finding, its
passages, any note) for everyone who gave it, in each edition and pronoun. The first result
drawn draws every one of them (web/presenters.py lists them all), and later results join them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from flask import Flask, current_app, get_template_attribute
from markupsafe import Markup
from wtforms import Field

from decision import CURRENT, Edition, Pronoun
from web import messages
from web.forms import ANSWER_VALUES, QuestionnaireForm
from web.presenters import ShownReason, every_shown_reason

__all__ = ["EXTENSION", "drawn_question", "drawn_reason", "register"]

#: Where an app holds its pieces: "questions" and "reasons", each once drawn.
EXTENSION = "should_i_reply.drawn"

#: A question of today's edition as drawn, by pronoun, question id, the field's data and the
#: error it shows, if any.
Questions = Mapping[tuple[Pronoun, str, str | None, str | None], Markup]

#: What a question's field can hold and show: no answer (never sent, or the page's "No answer
#: yet" radio), with or without the error that asks for one, or one of the answers.
_STATES: tuple[tuple[str | None, str | None], ...] = (
    *((state, error) for state in (None, "") for error in (None, messages.ANSWER_MISSING)),
    *((answer, None) for answer in ANSWER_VALUES),
)

T = TypeVar("T")

_lock = threading.Lock()


def _once(name: str, draw: Callable[[], T]) -> T:
    """The app's pieces called ``name``, drawn the first time any page asks for them."""
    held: dict[str, Any] = current_app.extensions[EXTENSION]
    if name not in held:
        with _lock:
            if name not in held:
                held[name] = draw()
    pieces: T = held[name]
    return pieces


def _draw_every_question() -> Questions:
    # The form holds today's questions, so only today's edition is drawn.
    question = get_template_attribute("_macros.html", "question")
    total = len(CURRENT.questions)
    drawn = {}
    for pronoun in Pronoun:
        for state, error in _STATES:
            data = dict.fromkeys(CURRENT.ids, state) | {"pronoun": pronoun.value}
            for field in QuestionnaireForm(formdata=None, data=data).question_fields():
                field.errors = [error] if error else []
                asked = CURRENT.question(field.name)
                shown = question(field, asked, CURRENT.number_of(field.name), total, pronoun)
                drawn[(pronoun, field.name, state, error)] = Markup(shown)
    return drawn


def drawn_question(field: Field, edition: Edition, pronoun: Pronoun) -> Markup | None:
    """The question ``field`` as drawn before, or None where it must be drawn afresh."""
    if edition is not CURRENT or not (field.data is None or isinstance(field.data, str)):
        return None
    # The macro shows only a field's first error.
    error = field.errors[0] if field.errors else None
    questions = _once("questions", _draw_every_question)
    return questions.get((pronoun, field.name, field.data, error))


def _draw_every_reason() -> Mapping[ShownReason, Markup]:
    item = get_template_attribute("_macros.html", "reason_item")
    return {shown: Markup(item(shown)) for shown in every_shown_reason()}


def drawn_reason(reason: ShownReason) -> Markup | None:
    """The reason as drawn before, or None for one not among them."""
    return _once("reasons", _draw_every_reason).get(reason)


def register(app: Flask) -> None:
    """Make ``drawn_question`` and ``drawn_reason`` available to the templates."""
    app.extensions[EXTENSION] = {}
    app.add_template_global(drawn_question)
    app.add_template_global(drawn_reason)
