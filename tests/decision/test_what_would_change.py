"""What would change this: every single answer that alone gives another verdict."""

from __future__ import annotations

import html as html_lib

from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from decision import SIGNALS, Answer, Pronoun, evaluate, what_would_change
from tests.helpers import SIGNAL_IDS

answer_sets = st.fixed_dictionaries({s: st.sampled_from(list(Answer)) for s in SIGNAL_IDS})


@given(answer_sets)
def test_every_listed_change_gives_its_verdict(answers: dict[str, Answer]) -> None:
    """Each listed change, made alone, gives the verdict it names, unlike today's."""
    now = evaluate(answers).verdict
    for change in what_would_change(answers):
        changed = evaluate({**answers, change.signal.id: change.answer}).verdict
        assert changed == change.verdict != now


@given(answer_sets)
def test_no_change_that_moves_the_verdict_is_left_out(answers: dict[str, Answer]) -> None:
    """Every one-answer change that moves the verdict is listed; none other is."""
    now = evaluate(answers).verdict
    expected = {
        (signal.id, answer)
        for signal in SIGNALS
        for answer in Answer
        if answer is not answers[signal.id]
        and evaluate({**answers, signal.id: answer}).verdict != now
    }
    assert {(c.signal.id, c.answer) for c in what_would_change(answers)} == expected


def test_one_kept_plan_would_lift_a_not_yet() -> None:
    """With only 'he has changed' Yes, a kept plan would make it your call."""
    answers = {s: Answer.NOT_SURE for s in SIGNAL_IDS} | {"he_has_changed": Answer.YES}
    changes = {(c.signal.id, c.answer): c.verdict.id.value for c in what_would_change(answers)}
    assert changes[("followed_through", Answer.YES)] == "your_call"


def test_two_strong_warnings_leave_nothing_that_changes_it() -> None:
    """With two strong warnings, no single change moves Don't reply."""
    answers = {"broken_plans": Answer.YES, "moved_on_fast": Answer.YES}
    assert what_would_change(answers) == ()


def test_the_page_words_each_change_and_links_to_it(client: FlaskClient) -> None:
    """The result page says each change in plain words, linked to the changed questionnaire."""
    text = html_lib.unescape(client.get("/r/21huuuuuuuuuuuy").get_data(as_text=True))
    assert '<h2 id="what-would-change">What would change this</h2>' in text
    assert (
        '<a href="/?answers=21hyuuuuuuuuuuy#q1">'
        "If he had made a real plan to meet you, and kept to it,"
        " this would be: <strong>It’s your call.</strong></a>"
    ) in text


def test_the_page_says_so_when_no_single_change_would_do(client: FlaskClient) -> None:
    """Where nothing alone would move the verdict, the page says so."""
    text = html_lib.unescape(client.get("/r/21huyuuyuuuuuuu").get_data(as_text=True))
    assert "No single answer would change this." in text


def test_json_lists_the_changes_from_the_rule_table(client: FlaskClient) -> None:
    """The JSON carries what_would_change, exactly as the domain computes it."""
    body = client.get("/r/21suuuuuuuuuuuy.json").get_json()
    answers = {s: Answer.NOT_SURE for s in SIGNAL_IDS} | {"he_has_changed": Answer.YES}
    assert body["what_would_change"] == [
        {"signal": c.signal.id, "answer": c.answer.value, "verdict": c.verdict.id.value}
        for c in what_would_change(answers)
    ]
    assert body["pronoun"] == Pronoun.SHE.value
