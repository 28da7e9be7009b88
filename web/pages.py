"""The pages a person sees: the questionnaire, a result, support, and how we decide."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from decision import (
    CURRENT,
    EDITIONS,
    SOURCES,
    Answer,
    InvalidCode,
    Shared,
    VerdictId,
    decode,
    encode,
    evaluate,
    wording,
)
from decision import support as support_data
from web import messages
from web.forms import QuestionnaireForm, answers_from, pronoun_from
from web.marks import carries_answers, same_for_same_address, show_verdict
from web.presenters import ResultView, present
from web.reading import BODY_LIMIT, PageReading, kept, read_onto

__all__ = ["bp", "shared_or_404", "view_of"]

bp = Blueprint("pages", __name__)


@bp.route("/", methods=["GET", "POST"])
@same_for_same_address
def questionnaire() -> str | Response:
    """Ask the questions; a valid answer set goes to its result, a Yes to safety to support."""
    if request.method == "POST":
        # A pasted message needs more room than answers alone (see web/reading.py).
        request.max_content_length = BODY_LIMIT
        form = QuestionnaireForm()
        message = request.form.get("message", "")
        if "read" in request.form:
            return _questionnaire_page(form, reading=read_onto(form, message, pronoun_from(form)))
        # "Use these words" only rewords the page: keep every answer, judge none.
        if "reword" not in request.form and form.validate():
            # The message goes no further: a result's address holds the answers alone.
            if form.safety_first:
                # No link is made: the answers stay in this one response.
                show_verdict(VerdictId.SAFETY_FIRST)
                return _support_page(form)
            code = encode(answers_from(form), pronoun=pronoun_from(form))
            return redirect(url_for("pages.result", code=code), code=303)
        return _questionnaire_page(form, reading=kept(message))
    return _questionnaire_page(*_prefilled(request.args.get("answers")))


def _questionnaire_page(
    form: QuestionnaireForm, notice: str | None = None, *, reading: PageReading | None = None
) -> str:
    reading = reading or PageReading()
    return render_template(
        "questionnaire.html",
        form=form,
        edition=CURRENT,
        pronoun=pronoun_from(form),
        notice=notice,
        reading=reading,
        page_errors=[("#message", reading.error)] if reading.error else [],
    )


def _prefilled(code: str | None) -> tuple[QuestionnaireForm, str | None]:
    """The form filled in with a share code's answers, for "Change" links; empty without one."""
    if code is None:
        return QuestionnaireForm(formdata=None), None
    try:
        shared = decode(code)
    except InvalidCode:
        return QuestionnaireForm(formdata=None), messages.PREFILL_UNREADABLE
    if shared.edition is not CURRENT:
        # Old answers meant other questions: start today's afresh, saying why.
        return QuestionnaireForm(formdata=None), messages.PREFILL_OLD_EDITION
    data: dict[str, str] = {q: answer.value for q, answer in shared.answers.items()}
    data["pronoun"] = shared.pronoun.value
    return QuestionnaireForm(formdata=None, data=data), None


def shared_or_404(code: str) -> Shared:
    """What a share code carries, or a friendly 404 for one this app never made."""
    try:
        return decode(code)
    except InvalidCode:
        abort(404)


def view_of(code: str) -> ResultView:
    """The result a share code opens, judged by its own edition and worded once."""
    shared = shared_or_404(code)
    result = evaluate(shared.answers, edition=shared.edition)
    show_verdict(result.verdict)
    return present(result, pronoun=shared.pronoun, code=code)


@bp.get("/r/<code>")
@carries_answers
def result(code: str) -> str | Response:
    """The explained verdict for the answers a share code carries."""
    view = view_of(code)
    if not view.result.shareable:
        # The app never makes a link for a Yes to safety; a hand-made one gets the support page.
        return redirect(url_for("pages.support"), code=303)
    return render_template(
        "result.html",
        view=view,
        pronoun=view.pronoun,
        wording=wording,
        share_url=url_for("pages.result", code=code, _external=True),
        # Without JavaScript the reminder counts from the server's day; app.js puts the
        # person's own day in its place.
        today=date.today().isoformat(),
    )


def _support_page(form: QuestionnaireForm | None = None) -> str:
    answered = []
    if form is not None:
        given = answers_from(form)
        for question in CURRENT.questions:
            answer = given.get(question.id)
            answered.append((question, answer.label if answer else messages.NOT_ANSWERED))
    return render_template(
        "support.html",
        headline=wording.HEADLINES[VerdictId.SAFETY_FIRST],
        own_rule=wording.own_reading("safety_concern", Answer.YES),
        wording=wording,
        support=support_data,
        answered=answered,
        pronoun=pronoun_from(form) if form is not None else None,
    )


@bp.get("/support")
@same_for_same_address
def support() -> str:
    """Help for anyone whose ex has hurt, threatened or controlled them; no answers in it."""
    return _support_page()


@bp.get("/how-we-decide")
@same_for_same_address
def how_we_decide() -> str:
    """Today's questions and rules, what backs each answer, and what is our own reading."""
    return render_template(
        "how_we_decide.html",
        edition=CURRENT,
        editions=EDITIONS,
        sources=SOURCES.values(),
        wording=wording,
        support=support_data,
    )
