"""The rule table honours the brief's five rules, in order."""

from __future__ import annotations

import itertools

import pytest

from decision import SIGNALS, Answer, Effect, Kind, VerdictId, evaluate
from decision.rules import RULEBOOK
from tests.helpers import SIGNAL_IDS

Y, N, U = Answer.YES, Answer.NO, Answer.NOT_SURE

# The brief's table of kinds, written out again so that the catalogue is checked against it.
STRONG_WARNINGS = {
    "broken_plans",
    "moved_on_fast",
    "rebound_over",
    "comes_and_goes",
    "vanished_after_attention",
}
WARNINGS = {
    "ready_excuses",
    "you_keep_reaching_out",
    "fishing_for_praise",
    "arrived_while_healing",
    "heard_you_moved_on",
}
ACTIONS = {"followed_through", "he_has_changed"}


def given(**named: Answer) -> dict[str, Answer]:
    """Every signal Not sure, except those named."""
    return {signal_id: named.get(signal_id, U) for signal_id in SIGNAL_IDS}


CASES = [
    # Rule 1: any strong warning answered Yes gives ignore.
    pytest.param(given(broken_plans=Y), "ignore", "strong_warning", id="1-one-strong-warning"),
    pytest.param(
        given(vanished_after_attention=Y, followed_through=Y, he_has_changed=Y),
        "ignore",
        "strong_warning",
        id="1-strong-warning-beats-actions",
    ),
    # Rule 2: two or more warnings give ignore.
    pytest.param(
        given(ready_excuses=Y, fishing_for_praise=Y), "ignore", "two_warnings", id="2-two-warnings"
    ),
    pytest.param(
        given(ready_excuses=Y, he_has_changed=N),
        "ignore",
        "two_warnings",
        id="2-not-changed-counts-as-a-warning",
    ),
    pytest.param(given(**{s: Y for s in WARNINGS}), "ignore", "two_warnings", id="2-every-warning"),
    # Rule 3: exactly one warning gives wait.
    pytest.param(given(arrived_while_healing=Y), "wait", "one_warning", id="3-one-warning"),
    pytest.param(given(he_has_changed=N), "wait", "one_warning", id="3-only-not-changed"),
    pytest.param(
        given(heard_you_moved_on=Y, followed_through=Y, he_has_changed=Y),
        "wait",
        "one_warning",
        id="3-one-warning-beats-actions",
    ),
    # Rule 4: no warnings, with both actions Yes, gives your_call.
    pytest.param(
        given(followed_through=Y, he_has_changed=Y), "your_call", "actions_shown", id="4-actions"
    ),
    pytest.param(
        {s: (Y if s in ACTIONS else N) for s in SIGNAL_IDS},
        "your_call",
        "actions_shown",
        id="4-actions-and-every-other-answer-no",
    ),
    # Rule 5: anything else gives wait.
    pytest.param(given(), "wait", "words_only", id="5-all-not-sure"),
    pytest.param(given(followed_through=Y), "wait", "words_only", id="5-only-one-action"),
    pytest.param(
        given(followed_through=N, he_has_changed=Y), "wait", "words_only", id="5-no-real-plan"
    ),
    pytest.param({}, "wait", "words_only", id="5-no-answers-at-all"),
]


@pytest.mark.parametrize(("answers", "verdict", "rule"), CASES)
def test_named_cases(answers: dict[str, Answer], verdict: str, rule: str) -> None:
    """Each of the brief's rules gives its verdict, by the rule the brief names."""
    result = evaluate(answers)
    assert (result.verdict.id.value, result.rule.id) == (verdict, rule)


def test_catalogue_kinds_match_the_brief() -> None:
    """Every signal has the kind the brief's table gives it."""
    kinds = {s.id: s.kind for s in SIGNALS}
    assert {s for s, k in kinds.items() if k is Kind.STRONG_WARNING} == STRONG_WARNINGS
    assert {s for s, k in kinds.items() if k is Kind.WARNING} == WARNINGS
    assert {s for s, k in kinds.items() if k is Kind.ACTION} == ACTIONS


def test_rule_table_order_is_the_brief_order() -> None:
    """The table lists the five rules in the brief's order, the fallback last."""
    assert [rule.id for rule in RULEBOOK.rules] == [
        "strong_warning",
        "two_warnings",
        "one_warning",
        "actions_shown",
        "words_only",
    ]


def brief(answers: dict[str, Answer]) -> str:
    """The brief's five rules, read literally, as an independent oracle."""
    if any(answers[s] is Y for s in STRONG_WARNINGS):
        return "ignore"
    warnings = sum(answers[s] is Y for s in WARNINGS) + (answers["he_has_changed"] is N)
    if warnings >= 2:
        return "ignore"
    if warnings == 1:
        return "wait"
    if answers["followed_through"] is Y and answers["he_has_changed"] is Y:
        return "your_call"
    return "wait"


def test_every_possible_answer_set_gets_the_brief_verdict() -> None:
    """All 3^12 answer sets get exactly the verdict the brief's rules give."""
    checked = 0
    for combination in itertools.product(list(Answer), repeat=len(SIGNAL_IDS)):
        answers = dict(zip(SIGNAL_IDS, combination, strict=True))
        result = evaluate(answers)
        assert result.verdict.id.value == brief(answers), answers
        checked += 1
    assert checked == 3**12


EFFECT_CASES = [
    ("broken_plans", Y, Effect.STRONG_WARNING),
    ("ready_excuses", Y, Effect.WARNING),
    ("he_has_changed", N, Effect.WARNING),
    ("he_has_changed", Y, Effect.IN_HIS_FAVOUR),
    ("followed_through", Y, Effect.IN_HIS_FAVOUR),
]


@pytest.mark.parametrize(("signal_id", "answer", "effect"), EFFECT_CASES)
def test_answers_that_count_are_listed_with_their_effect(
    signal_id: str, answer: Answer, effect: Effect
) -> None:
    """An answer that counts becomes a reason with its effect and citations."""
    (reason,) = evaluate(given(**{signal_id: answer})).reasons
    assert (reason.signal.id, reason.answer, reason.effect) == (signal_id, answer, effect)
    assert reason.citations and reason.finding


@pytest.mark.parametrize(
    ("signal_id", "answer"),
    [(s, U) for s in SIGNAL_IDS] + [(s, N) for s in SIGNAL_IDS if s != "he_has_changed"],
)
def test_answers_that_do_not_count_are_not_reasons(signal_id: str, answer: Answer) -> None:
    """Not sure never counts; No counts only for he_has_changed."""
    assert evaluate(given(**{signal_id: answer})).reasons == ()


def test_answers_in_his_favour_are_listed_even_when_the_verdict_is_ignore() -> None:
    """The person sees both sides: actions in his favour stay listed under ignore."""
    result = evaluate(given(moved_on_fast=Y, followed_through=Y, he_has_changed=Y))
    assert result.verdict.id is VerdictId.IGNORE
    assert [r.signal.id for r in result.in_his_favour] == ["followed_through", "he_has_changed"]


def test_unknown_signal_is_refused() -> None:
    """An answer for a signal the catalogue lacks raises UnknownSignal."""
    from decision import UnknownSignal

    with pytest.raises(UnknownSignal, match="not_a_signal"):
        evaluate({"not_a_signal": Y})
