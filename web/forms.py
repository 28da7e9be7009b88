"""The questionnaire form, built from the signal catalogue."""

from __future__ import annotations

from typing import Any

from flask import request
from flask_wtf import FlaskForm
from wtforms import RadioField, SelectChoice
from wtforms.validators import AnyOf, InputRequired, Optional

from decision import SIGNALS, Answer, Pronoun
from web import messages

__all__ = ["QuestionnaireForm", "answers_from", "pronoun_from"]

ANSWER_CHOICES = [SelectChoice(answer.value, answer.label) for answer in Answer]
PRONOUN_CHOICES = [SelectChoice(pronoun.value, pronoun.label) for pronoun in Pronoun]


class _NoCsrf(FlaskForm):
    # The form changes nothing on the server, so it needs no session and no CSRF token.
    class Meta:
        csrf = False

        def wrap_formdata(self, form: FlaskForm, formdata: Any) -> Any:
            # Answers come from the page's form alone. Flask-WTF would also read a JSON body
            # as the form, and fail on one that is not an object.
            if request.is_json:
                formdata = request.form
            return super().wrap_formdata(form, formdata)


def _question(question: str) -> RadioField:
    return RadioField(
        question,
        choices=ANSWER_CHOICES,
        validate_choice=False,
        validators=[
            InputRequired(message=messages.ANSWER_MISSING),
            AnyOf([choice.value for choice in ANSWER_CHOICES], message=messages.ANSWER_INVALID),
        ],
    )


# Who sent the message only changes the wording, so it is never an error:
# anything but a known choice falls back to the essays' own "he".
_pronoun = RadioField(
    "Who sent the message?",
    choices=PRONOUN_CHOICES,
    default=Pronoun.HE.value,
    validate_choice=False,
    validators=[Optional()],
)

QuestionnaireForm = type(
    "QuestionnaireForm",
    (_NoCsrf,),
    {"pronoun": _pronoun} | {signal.id: _question(signal.question) for signal in SIGNALS},
)


def answers_from(form: FlaskForm) -> dict[str, Answer]:
    """The answers of a validated form."""
    return {signal.id: Answer(form[signal.id].data) for signal in SIGNALS}


def pronoun_from(form: FlaskForm) -> Pronoun:
    """Who the person said sent the message; "he" unless they chose otherwise."""
    try:
        return Pronoun(form["pronoun"].data)
    except ValueError:
        return Pronoun.HE
