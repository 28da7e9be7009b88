"""The questionnaire form: today's edition's questions, each Yes / No / Not sure.

WTForms validates; the page draws the radios itself (templates/_macros.html).
"""

from __future__ import annotations

from typing import Any

from flask import request
from flask_wtf import FlaskForm
from wtforms import Field, RadioField, SelectChoice  # type: ignore[attr-defined]  # new in 3.3; stubs predate it
from wtforms.validators import AnyOf, InputRequired, Optional

from decision import CURRENT, Answer, Pronoun
from web import messages

__all__ = ["ANSWER_VALUES", "AnswerField", "QuestionnaireForm", "answers_from", "pronoun_from"]

#: The one vocabulary of answers, shared by the form and the API: "yes", "no", "not_sure".
ANSWER_VALUES = {answer.value: answer for answer in Answer}


class QuestionnaireForm(FlaskForm):
    """Who sent the message, then one field per question of today's edition (added below)."""

    class Meta(FlaskForm.Meta):
        # The form changes nothing on the server, so it needs no session and no CSRF token.
        csrf = False

        def wrap_formdata(self, form: FlaskForm, formdata: Any) -> Any:
            # Answers come from the page's form alone. Flask-WTF would also read a JSON body
            # as the form, and fail on one that is not an object. A form made with no data
            # (formdata=None, as pieces drawn ahead are) reads no request.
            if formdata is not None and request.is_json:
                formdata = request.form
            return super().wrap_formdata(form, formdata)

        def bind_field(self, form: FlaskForm, unbound_field: Any, options: dict[str, Any]) -> Any:
            # A field keeps its form only to work out choices given as a callable; these are
            # fixed lists. Kept, it ties the form and its fields in a cycle, so every page's
            # form (a hundred objects) waited for the garbage collector to be freed.
            return unbound_field.bind(form=None, _meta=self, **options)

    # Who sent the message only changes the wording, so it is never an error:
    # anything but a known choice falls back to the essays' own "he".
    pronoun = RadioField(
        "Who sent the message?",
        choices=[SelectChoice(p.value, p.label) for p in Pronoun],
        default=Pronoun.HE.value,
        validate_choice=False,
        validators=[Optional()],
    )

    def validate(self, extra_validators: Any = None) -> bool:
        """Every question answered; except that a Yes to safety is enough on its own."""
        valid = super().validate(extra_validators)
        if self.safety_first:
            for field in self:
                if field.name != "safety_concern":
                    field.errors = []
            return True
        return bool(valid)

    @property
    def safety_first(self) -> bool:
        """The safety question was answered Yes: nothing else needs an answer."""
        field = self._fields.get("safety_concern")
        return field is not None and field.data == Answer.YES.value

    def question_fields(self) -> list[Any]:
        """The fields of the questions, in the order they are asked."""
        return [self[question_id] for question_id in CURRENT.ids]


class AnswerField(Field):
    """One question's Yes / No / Not sure: the answer sent, and the choices the page draws.

    The page draws the radios itself (templates/_macros.html), so a question needs none of a
    RadioField's rendering. A form makes one of these for every question on every page it
    shows, and a plain field is made in two thirds of a RadioField's time.
    """

    choices = tuple(SelectChoice(value, answer.label) for value, answer in ANSWER_VALUES.items())

    def process_formdata(self, valuelist: list[Any]) -> None:
        """The first value sent, as it was sent; the validators judge it."""
        if valuelist:
            self.data = valuelist[0]


def _question_field() -> AnswerField:
    return AnswerField(
        validators=[
            InputRequired(message=messages.ANSWER_MISSING),
            AnyOf(list(ANSWER_VALUES), message=messages.ANSWER_INVALID),
        ],
    )


# Built from the edition rather than written out thirteen times. WTForms' metaclass takes fields
# set on the class after it is made, in the order they are set.
for _id in CURRENT.ids:
    setattr(QuestionnaireForm, _id, _question_field())


def answers_from(form: QuestionnaireForm) -> dict[str, Answer]:
    """The answers the form holds; a question left unanswered is left out."""
    return {
        field.name: ANSWER_VALUES[field.data]
        for field in form.question_fields()
        if field.data in ANSWER_VALUES
    }


def pronoun_from(form: QuestionnaireForm) -> Pronoun:
    """Who the person said sent the message; "he" unless they chose otherwise."""
    try:
        return Pronoun(form.pronoun.data)
    except ValueError:
        return Pronoun.HE
