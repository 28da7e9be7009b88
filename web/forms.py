"""The questionnaire form, built from the signal catalogue."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import RadioField, SelectChoice
from wtforms.validators import AnyOf, InputRequired

from decision import SIGNALS, Answer
from web import messages

__all__ = ["QuestionnaireForm", "answers_from"]

CHOICES = [SelectChoice(answer.value, answer.label) for answer in Answer]


class _NoCsrf(FlaskForm):
    # The form changes nothing on the server, so it needs no session and no CSRF token.
    class Meta:
        csrf = False


def _radio(question: str) -> RadioField:
    return RadioField(
        question,
        choices=CHOICES,
        validate_choice=False,
        validators=[
            InputRequired(message=messages.ANSWER_MISSING),
            AnyOf([choice.value for choice in CHOICES], message=messages.ANSWER_INVALID),
        ],
    )


QuestionnaireForm = type(
    "QuestionnaireForm",
    (_NoCsrf,),
    {signal.id: _radio(signal.question) for signal in SIGNALS},
)


def answers_from(form: FlaskForm) -> dict[str, Answer]:
    """The answers of a validated form."""
    return {signal.id: Answer(form[signal.id].data) for signal in SIGNALS}
