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

from flask import Flask, current_app, get_template_attribute
from markupsafe import Markup

from decision import Edition, Pronoun
from web import messages
from web.forms import ANSWER_VALUES, QuestionnaireForm
from web.presenters import ShownReason, every_shown_reason

__all__ = ["drawn_question", "drawn_reason", "register"]

_EXTENSION = "should_i_reply.drawn_questions"
_REASONS = "should_i_reply.drawn_reasons"

#: A question as drawn, by edition number, pronoun, question id, the field's data and the
#: error it shows, if any.
Drawn = dict[tuple[int, Pronoun, str, str | None, str | None], Markup]

#: What a question's field can hold and show: no answer (never sent, or the page's "No answer
#: yet" radio), with or without the error that asks for one, or one of the answers.
_STATES: tuple[tuple[str | None, str | None], ...] = (
    *((state, error) for state in (None, "") for error in (None, messages.ANSWER_MISSING)),
    *((answer, None) for answer in ANSWER_VALUES),
)

_lock = threading.Lock()


def _draw_every_state(edition: Edition) -> Drawn:
    question = get_template_attribute("_macros.html", "question")
    total = len(edition.questions)
    drawn: Drawn = {}
    for pronoun in Pronoun:
        for state, error in _STATES:
            data = dict.fromkeys(edition.ids, state) | {"pronoun": pronoun.value}
            for field in QuestionnaireForm(formdata=None, data=data).question_fields():
                field.errors = [error] if error else []
                asked = edition.question(field.name)
                shown = question(field, asked, edition.number_of(field.name), total, pronoun)
                drawn[(edition.number, pronoun, field.name, state, error)] = Markup(shown)
    return drawn


def drawn_question(field: object, edition: Edition, pronoun: Pronoun) -> Markup | None:
    """The question ``field`` as drawn before, or None where it must be drawn afresh."""
    table: dict[int, Drawn] = current_app.extensions[_EXTENSION]
    if edition.number not in table:
        with _lock:
            if edition.number not in table:
                table[edition.number] = _draw_every_state(edition)
    data, errors = getattr(field, "data", None), getattr(field, "errors", ())
    if data is not None and not isinstance(data, str):
        return None
    # The macro shows only a field's first error.
    error = errors[0] if errors else None
    key = (edition.number, pronoun, getattr(field, "name", ""), data, error)
    return table[edition.number].get(key)


def drawn_reason(reason: ShownReason) -> Markup | None:
    """The reason as drawn before, or None for one not among them."""
    table: dict[ShownReason, Markup] | None = current_app.extensions[_REASONS]
    if table is None:
        with _lock:
            table = current_app.extensions[_REASONS]
            if table is None:
                item = get_template_attribute("_macros.html", "reason_item")
                table = {shown: Markup(item(shown)) for shown in every_shown_reason()}
                current_app.extensions[_REASONS] = table
    return table.get(reason)


def register(app: Flask) -> None:
    """Make ``drawn_question`` and ``drawn_reason`` available to the templates."""
    app.extensions[_EXTENSION] = {}
    app.extensions[_REASONS] = None
    app.add_template_global(drawn_question)
    app.add_template_global(drawn_reason)
