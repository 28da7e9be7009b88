"""Pieces drawn once and reused: the same pages as drawn afresh, holding no one's answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from app import create_app
from decision import CURRENT, Answer, Pronoun, encode
from tests.helpers import answers, read_message, submit
from web import drawn, messages
from web.presenters import every_shown_answer, every_shown_reason

#: Requests whose page draws the questions, each in a different state.
REQUESTS: dict[str, Callable[[FlaskClient], TestResponse]] = {
    "empty": lambda c: c.get("/"),
    "from a link, for she": lambda c: c.get(
        "/?answers=" + encode(dict.fromkeys(CURRENT.ids, Answer.NO), pronoun=Pronoun.SHE)
    ),
    "from a link, for they": lambda c: c.get(
        "/?answers=" + encode(dict.fromkeys(CURRENT.ids, Answer.YES), pronoun=Pronoun.THEY)
    ),
    "two questions left unanswered": lambda c: submit(
        c, answers(safety_concern="no") | {"ready_excuses": "", "he_has_changed": ""}
    ),
    "reworded for they": lambda c: submit(
        c, answers("yes", safety_concern="no") | {"pronoun": "they", "reword": "1"}
    ),
    "read from his message": lambda c: read_message(
        c, "I have changed. Do you miss me? Are you free Saturday at 7?"
    ),
    "no answer yet radios sent": lambda c: submit(c, dict.fromkeys(CURRENT.ids, "")),
    "an answer that is none of the three": lambda c: submit(
        c, answers(safety_concern="no") | {"ready_excuses": "maybe"}
    ),
}


def _drawn_afresh() -> Flask:
    app = create_app({"TESTING": True})
    # Tables held empty from the start: nothing is ever found drawn before.
    app.extensions[drawn.EXTENSION] = {"questions": {}, "reasons": {}, "answers": {}}
    return app


#: Results in every edition and pronoun, with passages taken away by an erratum among them.
RESULTS = [
    "/r/32hnyyyyyyyyyyyy",
    "/r/32snyyyyyyyyyyyy",
    "/r/32tuyuuuuuuuuuuy",
    "/r/32hnnnnnnnnnnnnn",
    "/r/21syuuuuuuuuuuy",
    "/r/21hnnnnnnnnnnny",
    "/r/1nnnnnnnnnnnn",
    "/r/32hnyyyyyyyyyyyy.json",
]


@pytest.mark.parametrize("path", RESULTS)
def test_a_result_is_the_same_as_drawing_every_piece_afresh(path: str) -> None:
    """Joining reasons and answer lines drawn before gives the very bytes the macros give."""
    reused = create_app({"TESTING": True}).test_client().get(path)
    afresh = _drawn_afresh().test_client().get(path)
    assert reused.status_code == afresh.status_code == 200
    assert reused.get_data(as_text=True) == afresh.get_data(as_text=True)


def test_every_reason_is_drawn_at_once_whatever_was_answered(
    app: Flask, client: FlaskClient
) -> None:
    """The first result draws every reason of every edition and pronoun, not only its own."""
    client.get(RESULTS[0])
    assert set(app.extensions[drawn.EXTENSION]["reasons"]) == every_shown_reason()
    assert len(every_shown_reason()) > 3 * len(CURRENT.ids)


def test_every_line_of_your_answers_is_drawn_at_once(app: Flask, client: FlaskClient) -> None:
    """The first result draws every question with every answer, in every edition and pronoun."""
    client.get(RESULTS[0])
    kept = app.extensions[drawn.EXTENSION]["answers"]
    assert set(kept) == every_shown_answer()
    assert len(kept) >= len(Pronoun) * len(Answer) * len(CURRENT.ids)


def test_a_drawn_line_holds_no_address(app: Flask, client: FlaskClient) -> None:
    """What is kept of "Your answers" holds no share code: each page puts its own link in."""
    code = RESULTS[0].removeprefix("/r/")
    client.get(RESULTS[0])
    kept = app.extensions[drawn.EXTENSION]["answers"].values()
    assert not any(code in part or "answers=" in part for parts in kept for part in parts)


@pytest.mark.parametrize("name", REQUESTS)
def test_a_page_is_the_same_as_drawing_every_question_afresh(name: str) -> None:
    """Joining questions drawn before gives the very bytes the macro gives, in every state."""
    reused = REQUESTS[name](create_app({"TESTING": True}).test_client())
    afresh = REQUESTS[name](_drawn_afresh().test_client())
    assert reused.status_code == afresh.status_code == 200
    assert reused.get_data(as_text=True) == afresh.get_data(as_text=True)


def test_what_is_kept_is_every_state_whatever_was_answered(app: Flask, client: FlaskClient) -> None:
    """Every question in every state is drawn at once: what is held never depends on answers."""
    for request in REQUESTS.values():
        request(client)
    kept = app.extensions[drawn.EXTENSION]["questions"]
    missing = messages.ANSWER_MISSING
    states = [(None, None), ("", None), (None, missing), ("", missing)]
    states += [(answer, None) for answer in ("yes", "no", "not_sure")]
    expected = {
        (pronoun, question, state, error)
        for pronoun in Pronoun
        for question in CURRENT.ids
        for state, error in states
    }
    assert set(kept) == expected


#: Every kind of page, each with the status it answers.
EVERY_PAGE: dict[str, tuple[Callable[[FlaskClient], TestResponse], int]] = {
    "the questionnaire": (lambda c: c.get("/"), 200),
    "a result": (lambda c: c.get(RESULTS[0]), 200),
    "answers shown again with an error": (REQUESTS["two questions left unanswered"], 200),
    "how we decide": (lambda c: c.get("/how-we-decide"), 200),
    "support": (lambda c: c.get("/support"), 200),
    "not found": (lambda c: c.get("/no-such-page"), 404),
}


@pytest.mark.parametrize("page", EVERY_PAGE)
def test_drawn_ahead_no_page_reads_a_template_or_draws_a_piece(
    app: Flask, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    """After draw_ahead, as each served worker runs it, a first page compiles and draws nothing."""
    drawn.draw_ahead(app)

    def refused(*args: object) -> None:
        raise AssertionError("drawn ahead, yet asked for again")

    assert app.jinja_env.loader is not None
    monkeypatch.setattr(app.jinja_env.loader, "get_source", refused)
    for drawing in ("_draw_every_question", "_draw_every_reason", "_draw_every_answer"):
        monkeypatch.setattr(drawn, drawing, refused)
    request, status = EVERY_PAGE[page]
    assert request(app.test_client()).status_code == status
