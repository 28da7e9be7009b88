"""What would change this: only what he could still do or what could still happen, alone."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from decision import EDITIONS, Answer, VerdictId, evaluate
from decision.rules import Condition, Rule

Y, N, U = Answer.YES, Answer.NO, Answer.NOT_SURE

#: The brief's list: the actions becoming Yes, and these warnings becoming Yes.
COULD_STILL_HAPPEN = {
    "followed_through",
    "he_has_changed",
    "broken_plans",
    "ready_excuses",
    "comes_and_goes",
    "vanished_after_attention",
    "fishing_for_praise",
}

editions = st.sampled_from(sorted(EDITIONS))


def answer_sets(number: int) -> st.SearchStrategy[dict[str, Answer]]:
    """Any answers to an edition's questions."""
    return st.fixed_dictionaries({q: st.sampled_from(list(Answer)) for q in EDITIONS[number].ids})


@given(editions, st.data())
def test_the_list_is_exactly_the_changes_that_move_the_verdict(
    number: int, data: st.DataObject
) -> None:
    """Each listed change alone gives its verdict; no change that would is left out."""
    edition = EDITIONS[number]
    answers = data.draw(answer_sets(number))
    result = evaluate(answers, edition=edition)
    expected = set()
    if result.verdict is not VerdictId.SAFETY_FIRST:
        for question in COULD_STILL_HAPPEN:
            if answers[question] is not Y:
                verdict = evaluate({**answers, question: Y}, edition=edition).verdict
                if verdict is not result.verdict:
                    expected.add((question, Y, verdict))
    assert {(c.question.id, c.answer, c.verdict) for c in result.changes} == expected


@given(editions, st.data())
def test_a_change_is_never_a_no_a_not_sure_or_the_safety_question(
    number: int, data: st.DataObject
) -> None:
    """What has happened cannot un-happen, Not sure is no change, and safety is never traded."""
    result = evaluate(data.draw(answer_sets(number)), edition=EDITIONS[number])
    for change in result.changes:
        assert change.answer is Y and change.question.id != "safety_concern"


@given(st.data())
def test_the_groups_hold_every_change_once_by_verdict(data: st.DataObject) -> None:
    """Grouped by verdict, the changes are all there, each under the verdict it gives."""
    result = evaluate(data.draw(answer_sets(2)))
    grouped = [(v, c) for v, group in result.changes_by_verdict() for c in group]
    assert sorted((c.question.id for _, c in grouped)) == sorted(
        c.question.id for c in result.changes
    )
    assert all(c.verdict is v for v, c in grouped)


CASES = [
    pytest.param(
        {"safety_concern": N, "followed_through": Y},
        {
            ("he_has_changed", VerdictId.YOUR_CALL),
            ("broken_plans", VerdictId.IGNORE),
            ("comes_and_goes", VerdictId.IGNORE),
            ("vanished_after_attention", VerdictId.IGNORE),
        },
        id="a-booked-dinner",
    ),
    pytest.param({"broken_plans": Y, "moved_on_fast": Y}, set(), id="nothing-outweighs-it"),
    pytest.param({"safety_concern": Y}, set(), id="safety-first-has-none"),
]


@pytest.mark.parametrize(("answers", "changes"), CASES)
def test_named_cases(answers: dict[str, Answer], changes: set[tuple[str, VerdictId]]) -> None:
    """Each case lists exactly the brief's changes, with the verdict each would give."""
    assert {(c.question.id, c.verdict) for c in evaluate(answers).changes} == changes


@dataclass(frozen=True)
class Counted:
    """A rule's condition that notes each time it is judged, under its rule's id."""

    rule: str
    inner: Condition
    calls: Counter[str]

    @property
    def reads(self) -> frozenset[str]:
        return self.inner.reads

    def holds(self, answers: Mapping[str, Answer]) -> bool:
        self.calls[self.rule] += 1
        return self.inner.holds(answers)


@given(editions, st.data())
def test_a_change_judges_again_only_the_rules_that_read_it(
    number: int, data: st.DataObject
) -> None:
    """Each rule is judged at most once for the answers given, and once per change it reads."""
    calls: Counter[str] = Counter()
    original = EDITIONS[number]
    edition = replace(
        original,
        rules=tuple(Rule(r.id, r.verdict, Counted(r.id, r.when, calls)) for r in original.rules),
    )
    answers = data.draw(answer_sets(number))
    changed = [q for q, a in edition.could_still_happen if answers[q] is not a]
    evaluate(answers, edition=edition)
    for rule in edition.rules:
        reads = sum(q in rule.when.reads for q in changed)
        assert calls[rule.id] <= 1 + reads, rule.id
