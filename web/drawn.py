"""Pieces of pages that are the same for everyone, drawn once with their macro, then joined.

Questions first. A question with no error and nothing read from a message looks the same for
everyone who gave the same answer under the same pronoun. (A question that says its answer is
missing looks the same for everyone too.) Drawing the thirteen of them with the page's macro
was most of what a questionnaire cost, so the first page asked for draws every such state of
every question at once, with that same macro, and later pages join the pieces. Because all of
them are drawn together, what the app holds never depends on what anyone answered. A question
with a suggestion or a note, or an error other than a missing answer, is drawn by the macro as
before.

Then a result's pieces: an answer that counted is shown the same way (its finding, its
passages, any note) for everyone who gave it, in each edition and pronoun; so is each line of
"Your answers", but for the one address its "Change" link holds, which is put in as the page is
joined. The first result drawn draws every one of them (web/presenters.py lists them all).

The joining is done here, in Python, not in a template loop: a loop spends more on calling
out for each piece than the joining itself costs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from flask import Flask, current_app, get_template_attribute
from markupsafe import Markup, escape
from wtforms import Field

from decision import CURRENT, Pronoun
from web import messages
from web.forms import ANSWER_VALUES, QuestionnaireForm
from web.presenters import ShownAnswer, ShownReason, every_shown_answer, every_shown_reason
from web.reading import PageReading

__all__ = ["EXTENSION", "answer_rows", "draw_ahead", "question_list", "reason_items", "register"]

#: Where an app holds its pieces: "questions", "reasons" and "answers", each once drawn.
#: An app given empty tables there before any page is drawn draws every piece afresh.
EXTENSION = "should_i_reply.drawn"

#: A question of today's edition as drawn, by pronoun, question id, the field's data and the
#: error it shows, if any.
Questions = Mapping[tuple[Pronoun, str, str | None, str | None], Markup]

#: A line of "Your answers", in the two parts either side of its "Change" link's address.
Rows = Mapping[ShownAnswer, tuple[str, str]]

#: What a question's field can hold and show: no answer (never sent, or the page's "No answer
#: yet" radio), with or without the error that asks for one, or one of the answers.
_STATES: tuple[tuple[str | None, str | None], ...] = (
    *((state, error) for state in (None, "") for error in (None, messages.ANSWER_MISSING)),
    *((answer, None) for answer in ANSWER_VALUES),
)

#: Stands for a "Change" link's address while a line is drawn; no wording holds it.
_ADDRESS = "\x00"

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


def _macro(name: str) -> Any:
    return get_template_attribute("_macros.html", name)


def _draw_every_question() -> Questions:
    # The form holds today's questions, so only today's edition is drawn.
    question = _macro("question")
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


def _questions() -> Questions:
    return _once("questions", _draw_every_question)


def _drawn_question(questions: Questions, field: Field, pronoun: Pronoun) -> Markup | None:
    if not (field.data is None or isinstance(field.data, str)):
        return None
    # The macro shows only a field's first error.
    error = field.errors[0] if field.errors else None
    return questions.get((pronoun, field.name, field.data, error))


def question_list(form: QuestionnaireForm, pronoun: Pronoun, reading: PageReading) -> Markup:
    """Every question of the form, in order: as drawn before where it can be, else drawn now."""
    questions = _questions()
    total = len(CURRENT.questions)
    pieces = []
    for number, field in enumerate(form.question_fields(), start=1):
        suggested, note = reading.suggested.get(field.name), reading.notes.get(field.name)
        # A question with something of its own to say is drawn for this page alone.
        piece = None if suggested or note else _drawn_question(questions, field, pronoun)
        if piece is None:
            asked = CURRENT.question(field.name)
            piece = _macro("question")(field, asked, number, total, pronoun, suggested, note)
        pieces.append(piece)
    return Markup("\n".join(pieces))


def _draw_every_reason() -> Mapping[ShownReason, Markup]:
    item = _macro("reason_item")
    return {shown: Markup(item(shown)) for shown in every_shown_reason()}


def _reasons() -> Mapping[ShownReason, Markup]:
    return _once("reasons", _draw_every_reason)


def reason_items(reasons: Iterable[ShownReason]) -> Markup:
    """Each reason's item of a list, as drawn before where it can be, else drawn now."""
    drawn = _reasons()
    return Markup(
        "\n".join(drawn.get(reason) or _macro("reason_item")(reason) for reason in reasons)
    )


def _split(row: str) -> tuple[str, str]:
    # Plain strings: joining Markup would escape each piece again, and cost more than drawing.
    before, _, after = str(row).partition(_ADDRESS)
    return before, after


def _draw_every_answer() -> Rows:
    row = _macro("answer_row")
    return {shown: _split(row(shown, _ADDRESS)) for shown in every_shown_answer()}


def _rows() -> Rows:
    return _once("answers", _draw_every_answer)


def answer_rows(answers: Iterable[ShownAnswer], change_address: str | None) -> Markup:
    """The lines of "Your answers", each linking to ``change_address`` if given, else to none."""
    if change_address is None:
        row = _macro("answer_row")
        return Markup("\n".join(row(shown, None) for shown in answers))
    drawn = _rows()
    address = str(escape(change_address))
    pieces = []
    for shown in answers:
        if shown in drawn:
            before, after = drawn[shown]
            pieces.append(f"{before}{address}{after}")
        else:
            pieces.append(_macro("answer_row")(shown, change_address))
    return Markup("\n".join(pieces))


def draw_ahead(app: Flask) -> None:
    """Compile every template and draw every piece now, rather than on the first pages asked for.

    A served worker does this before it takes a request (gunicorn.conf.py), so no one's first
    page waits the 0.1 s it takes.
    """
    for name in app.jinja_env.list_templates():
        app.jinja_env.get_template(name)
    with app.app_context():
        _questions()
        _reasons()
        _rows()


def register(app: Flask) -> None:
    """Make ``question_list``, ``reason_items`` and ``answer_rows`` available to templates."""
    app.extensions.setdefault(EXTENSION, {})
    app.add_template_global(question_list)
    app.add_template_global(reason_items)
    app.add_template_global(answer_rows)
