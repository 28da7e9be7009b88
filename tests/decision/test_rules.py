"""Edition 2's rule table honours the brief: eight rules, and the first that applies decides."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from decision import EDITIONS, Answer, Effect, Kind, evaluate

Y, N, U = Answer.YES, Answer.NO, Answer.NOT_SURE
EDITION = EDITIONS[2]
IDS = EDITION.ids

# The brief's tables, written out again so that the edition is checked against them.
STRONG_WARNINGS = {
    "broken_plans",
    "moved_on_fast",
    "rebound_over",
    "comes_and_goes",
    "vanished_after_attention",
    "heard_you_moved_on",
}
WARNINGS = {"ready_excuses", "you_keep_reaching_out", "fishing_for_praise", "arrived_while_healing"}
ACTIONS = {"followed_through", "he_has_changed"}
ORDER = [
    "safety",
    "strong_warning",
    "two_warnings",
    "one_warning",
    "safety_unsure",
    "acted_and_changed",
    "one_action",
    "words_only",
]


def brief(answers: dict[str, Answer]) -> tuple[str, str]:
    """The brief's eight rules, read literally: (rule, verdict)."""
    if answers["safety_concern"] is Y:
        return "safety", "safety_first"
    if any(answers[s] is Y for s in STRONG_WARNINGS):
        return "strong_warning", "ignore"
    warnings = sum(answers[s] is Y for s in WARNINGS) + sum(answers[s] is N for s in ACTIONS)
    if warnings >= 2:
        return "two_warnings", "ignore"
    if warnings == 1:
        return "one_warning", "wait"
    both = answers["followed_through"] is Y and answers["he_has_changed"] is Y
    if answers["safety_concern"] is U and both:
        return "safety_unsure", "wait"
    if both:
        return "acted_and_changed", "your_call"
    actions = sorted(answers[s].value for s in ACTIONS)
    if actions == ["not_sure", "yes"]:
        return "one_action", "wait"
    return "words_only", "wait"


def given_(**named: Answer) -> dict[str, Answer]:
    """Every question Not sure, except those named."""
    return {q: named.get(q, U) for q in IDS}


CASES = [
    pytest.param(given_(safety_concern=Y), "safety", id="safety-alone"),
    pytest.param(
        given_(safety_concern=Y, followed_through=Y, he_has_changed=Y),
        "safety",
        id="safety-beats-a-kept-plan-and-change",
    ),
    pytest.param(given_(broken_plans=Y), "strong_warning", id="one-strong-warning"),
    pytest.param(given_(heard_you_moved_on=Y), "strong_warning", id="heard-is-strong-now"),
    pytest.param(
        given_(vanished_after_attention=Y, followed_through=Y, he_has_changed=Y),
        "strong_warning",
        id="strong-warning-beats-actions",
    ),
    pytest.param(given_(ready_excuses=Y, fishing_for_praise=Y), "two_warnings", id="two-warnings"),
    pytest.param(
        given_(followed_through=N, arrived_while_healing=Y),
        "two_warnings",
        id="no-plan-and-one-more-warning",
    ),
    pytest.param(given_(followed_through=N, he_has_changed=N), "two_warnings", id="two-noes"),
    pytest.param(given_(arrived_while_healing=Y), "one_warning", id="one-warning"),
    pytest.param(given_(followed_through=N), "one_warning", id="no-plan-alone"),
    pytest.param(
        given_(you_keep_reaching_out=Y, followed_through=Y, he_has_changed=Y),
        "one_warning",
        id="one-warning-beats-actions",
    ),
    pytest.param(
        given_(followed_through=Y, he_has_changed=Y), "safety_unsure", id="unsure-of-safety"
    ),
    pytest.param(
        {q: N for q in IDS} | {"followed_through": Y, "he_has_changed": Y},
        "acted_and_changed",
        id="acted-and-changed",
    ),
    pytest.param(given_(safety_concern=N, followed_through=Y), "one_action", id="a-booked-dinner"),
    pytest.param(given_(safety_concern=N, he_has_changed=Y), "one_action", id="only-change"),
    pytest.param(given_(safety_concern=N), "words_only", id="all-not-sure"),
    pytest.param({}, "words_only", id="no-answers-at-all"),
]


@pytest.mark.parametrize(("answers", "rule"), CASES)
def test_named_cases(answers: dict[str, Answer], rule: str) -> None:
    """Each case is decided by the rule named, with the verdict the brief gives it."""
    result = evaluate(answers, edition=EDITION)
    assert result.rule.id == rule
    assert (result.rule.id, result.verdict.value) == brief(EDITION.complete(answers))


def test_the_rules_are_in_the_brief_order() -> None:
    """The table lists the eight rules in the brief's order, the fallback last."""
    assert [rule.id for rule in EDITION.rules] == ORDER


def test_the_kinds_are_the_brief_kinds() -> None:
    """Every question has the kind the brief's table gives it."""
    kinds = {q.id: q.kind for q in EDITION.questions}
    assert {q for q, k in kinds.items() if k is Kind.STRONG_WARNING} == STRONG_WARNINGS
    assert {q for q, k in kinds.items() if k is Kind.WARNING} == WARNINGS
    assert {q for q, k in kinds.items() if k is Kind.ACTION} == ACTIONS
    assert {q for q, k in kinds.items() if k is Kind.SAFETY} == {"safety_concern"}


def test_the_safety_question_comes_first() -> None:
    """The safety question is asked before any other."""
    assert IDS[0] == "safety_concern" and len(IDS) == 13


answer_sets = st.fixed_dictionaries({q: st.sampled_from(list(Answer)) for q in IDS})


def with_(answers: st.SearchStrategy[dict[str, Answer]], **fixed: Answer) -> st.SearchStrategy:
    """Answer sets with some answers fixed."""
    return answers.map(lambda a: a | fixed)


@given(answer_sets)
def test_any_answers_get_the_brief_verdict(answers: dict[str, Answer]) -> None:
    """For any answers at all, the rule and verdict are the brief's, read literally."""
    result = evaluate(answers, edition=EDITION)
    assert (result.rule.id, result.verdict.value) == brief(answers)


@given(with_(answer_sets, safety_concern=Y))
def test_a_yes_to_safety_always_comes_first(answers: dict[str, Answer]) -> None:
    """Rule 1: a Yes to the safety question gives safety_first, whatever else was said."""
    assert evaluate(answers, edition=EDITION).verdict.value == "safety_first"


@given(answer_sets, st.sampled_from(sorted(STRONG_WARNINGS)))
def test_any_strong_warning_means_dont_reply(answers: dict[str, Answer], strong: str) -> None:
    """Rule 2: without a Yes to safety, any strong warning gives ignore."""
    answers = answers | {strong: Y, "safety_concern": N}
    assert evaluate(answers, edition=EDITION).verdict.value == "ignore"


def warning_count(answers: dict[str, Answer]) -> int:
    """How many warnings, as the brief defines them."""
    return sum(answers[s] is Y for s in WARNINGS) + sum(answers[s] is N for s in ACTIONS)


@given(with_(answer_sets, safety_concern=N, **{s: N for s in STRONG_WARNINGS}))
def test_warnings_are_counted_as_the_brief_counts_them(answers: dict[str, Answer]) -> None:
    """Rules 3 and 4: two or more warnings give ignore, exactly one gives wait."""
    verdict = evaluate(answers, edition=EDITION).verdict.value
    count = warning_count(answers)
    if count >= 2:
        assert verdict == "ignore"
    elif count == 1:
        assert verdict == "wait"


@given(answer_sets)
def test_not_sure_is_never_a_warning_nor_in_his_favour(answers: dict[str, Answer]) -> None:
    """A Not sure is never listed as a reason, either way."""
    result = evaluate(answers, edition=EDITION)
    assert all(reason.answer is not U for reason in result.reasons)


@given(answer_sets)
def test_your_call_needs_both_actions_and_no_warning(answers: dict[str, Answer]) -> None:
    """Rule 6: "It's your call" only ever comes with both actions Yes, no warning, safety No."""
    result = evaluate(answers, edition=EDITION)
    if result.verdict.value == "your_call":
        assert {answers[s] for s in ACTIONS} == {Y}
        assert warning_count(answers) == 0 and answers["safety_concern"] is N


EFFECTS = [
    ("safety_concern", Y, Effect.SAFETY),
    ("broken_plans", Y, Effect.STRONG_WARNING),
    ("heard_you_moved_on", Y, Effect.STRONG_WARNING),
    ("ready_excuses", Y, Effect.WARNING),
    ("followed_through", N, Effect.WARNING),
    ("he_has_changed", N, Effect.WARNING),
    ("followed_through", Y, Effect.IN_HIS_FAVOUR),
    ("he_has_changed", Y, Effect.IN_HIS_FAVOUR),
]


@pytest.mark.parametrize(("question", "answer", "effect"), EFFECTS)
def test_each_answer_that_counts_is_a_reason(question: str, answer: Answer, effect: Effect) -> None:
    """An answer that counts becomes a reason with what it counted as."""
    answers = given_(**({"safety_concern": N} | {question: answer}))
    (reason,) = evaluate(answers, edition=EDITION).counted_as(effect)
    assert (reason.question.id, reason.answer) == (question, answer)


def test_both_sides_are_listed_under_dont_reply() -> None:
    """Actions answered Yes stay listed in his favour even when the verdict is ignore."""
    result = evaluate(given_(moved_on_fast=Y, followed_through=Y, he_has_changed=Y))
    assert result.verdict.value == "ignore"
    assert [r.question.id for r in result.counted_as(Effect.IN_HIS_FAVOUR)] == [
        "followed_through",
        "he_has_changed",
    ]


def test_an_unknown_question_is_refused() -> None:
    """An answer to a question the edition does not ask raises UnknownSignal."""
    from decision import UnknownSignal

    with pytest.raises(UnknownSignal, match="not_a_question"):
        evaluate({"not_a_question": Y})


@given(answer_sets)
def test_only_safety_first_is_never_shared(answers: dict[str, Answer]) -> None:
    """A result may be given a link exactly when it is not "Your safety comes first"."""
    result = evaluate(answers, edition=EDITION)
    assert result.shareable is (answers["safety_concern"] is not Y)
