"""The pages a person sees: the questionnaire and the result."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from decision import GROUPS, SIGNALS, InvalidCode, decode, encode, evaluate
from web import messages
from web.forms import QuestionnaireForm, answers_from

__all__ = ["bp"]

bp = Blueprint("pages", __name__)


@bp.route("/", methods=["GET", "POST"])
def questionnaire() -> str | Response:
    """Ask the questions; a complete, valid answer set goes to its result."""
    notice = None
    if request.method == "POST":
        form = QuestionnaireForm()
        if form.validate():
            code = encode(answers_from(form))
            return redirect(url_for("pages.result", code=code), code=303)
    elif "answers" in request.args:
        form, notice = _prefilled(request.args["answers"])
    else:
        form = QuestionnaireForm()
    return render_template("questionnaire.html", form=form, groups=GROUPS, notice=notice)


def _prefilled(code: str) -> tuple[QuestionnaireForm, str | None]:
    """The form filled in with a share code's answers, for "Change" links."""
    try:
        shared = decode(code)
    except InvalidCode:
        return QuestionnaireForm(formdata=None), messages.PREFILL_UNREADABLE
    data = {signal_id: answer.value for signal_id, answer in shared.answers.items()}
    return QuestionnaireForm(formdata=None, data=data), None


@bp.get("/r/<code>")
def result(code: str) -> str:
    """The explained verdict for the answers a share code carries."""
    try:
        shared = decode(code)
    except InvalidCode:
        abort(404)
    return render_template(
        "result.html",
        result=evaluate(shared.answers),
        code=code,
        share_url=url_for("pages.result", code=code, _external=True),
        signals=SIGNALS,
    )
