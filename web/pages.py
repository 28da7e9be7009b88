"""The pages a person sees: the questionnaire, the result, and how we decide."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from decision import (
    GROUPS,
    RULEBOOK,
    SIGNALS,
    SOURCES,
    VERDICTS,
    Answer,
    InvalidCode,
    Pronoun,
    Shared,
    decode,
    encode,
    reopen,
)
from web import messages
from web.forms import QuestionnaireForm, answers_from, pronoun_from
from web.marks import carries_answers, same_for_same_address

__all__ = ["bp", "shared_or_404"]

bp = Blueprint("pages", __name__)

#: Each question's number on the page, which is also its anchor there ("#q3").
QUESTION_NUMBER = {signal.id: number for number, signal in enumerate(SIGNALS, start=1)}


@bp.route("/", methods=["GET", "POST"])
@same_for_same_address
def questionnaire() -> str | Response:
    """Ask the questions; a complete, valid answer set goes to its result."""
    if request.method == "POST":
        form = QuestionnaireForm()
        # "Use these words" only rewords the page: keep every answer, judge none.
        if "reword" not in request.form and form.validate():
            code = encode(answers_from(form), pronoun=pronoun_from(form))
            return redirect(url_for("pages.result", code=code), code=303)
        return _questionnaire_page(form)
    # A GET page depends on nothing but the code it is prefilled with, if any.
    return _questionnaire_page(*_prefilled(request.args.get("answers")))


def _questionnaire_page(form: QuestionnaireForm, notice: str | None = None) -> str:
    return render_template(
        "questionnaire.html",
        form=form,
        groups=GROUPS,
        pronoun=pronoun_from(form),
        notice=notice,
    )


def _prefilled(code: str | None) -> tuple[QuestionnaireForm, str | None]:
    """The form filled in with a share code's answers, for "Change" links; empty without one."""
    if code is None:
        return QuestionnaireForm(formdata=None), None
    try:
        shared = decode(code)
    except InvalidCode:
        return QuestionnaireForm(formdata=None), messages.PREFILL_UNREADABLE
    data = {signal_id: answer.value for signal_id, answer in shared.answers.items()}
    data["pronoun"] = shared.pronoun.value
    return QuestionnaireForm(formdata=None, data=data), None


def shared_or_404(code: str) -> Shared:
    """What a share code carries, or a friendly 404 for one this app never made."""
    try:
        return decode(code)
    except InvalidCode:
        abort(404)


@bp.get("/r/<code>")
@carries_answers
@same_for_same_address
def result(code: str) -> str:
    """The explained verdict for the answers a share code carries."""
    reopened = reopen(shared_or_404(code))
    return render_template(
        "result.html",
        reopened=reopened,
        result=reopened.result,
        pronoun=reopened.shared.pronoun,
        code=code,
        share_url=url_for("pages.result", code=code, _external=True),
        signals=SIGNALS,
        change_link=lambda signal_id, answer: (
            url_for("pages.questionnaire", answers=_changed(reopened.shared, signal_id, answer))
            + f"#q{QUESTION_NUMBER[signal_id]}"
        ),
    )


def _changed(shared: Shared, signal_id: str, answer: Answer) -> str:
    """The code of these answers with one of them changed."""
    return encode({**shared.answers, signal_id: answer}, pronoun=shared.pronoun)


@bp.get("/how-we-decide")
def how_we_decide() -> str:
    """The rules, every signal and its citations, and the essays, from the live catalogue."""
    return render_template(
        "how_we_decide.html",
        rulebook=RULEBOOK,
        verdicts=VERDICTS,
        groups=GROUPS,
        sources=SOURCES.values(),
        pronoun=Pronoun.HE,
    )
