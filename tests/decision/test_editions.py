"""Editions are frozen: an old link keeps its questions, reasons and verdict for good."""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from decision import CURRENT, EDITIONS, Answer, Edition, Effect, evaluate
from decision.questions import Question, strong_warning, warning
from decision.sources import Citation

Y, N, U = Answer.YES, Answer.NO, Answer.NOT_SURE

#: Edition 1's verdict for all 3^12 answer sets, as released: the sha256 of each verdict id's
#: first letter, in itertools.product order over (Yes, No, Not sure). Taken from the released
#: code before edition 2 was written. Never edit.
EDITION_1_VERDICTS = "49da50213b641a2dd03252840bbd52a940168775e012f35ceb7f612774269502"
EDITION_1_COUNTS = {"i": 506_865, "w": 23_552, "y": 1_024}

#: Edition 1's questions, in order, as released.
EDITION_1_IDS = (
    "followed_through",
    "broken_plans",
    "ready_excuses",
    "you_keep_reaching_out",
    "moved_on_fast",
    "rebound_over",
    "comes_and_goes",
    "vanished_after_attention",
    "fishing_for_praise",
    "arrived_while_healing",
    "heard_you_moved_on",
    "he_has_changed",
)

#: What each answer of edition 1 counted as, as released.
EDITION_1_EFFECTS = {
    ("followed_through", Y): Effect.IN_HIS_FAVOUR,
    ("broken_plans", Y): Effect.STRONG_WARNING,
    ("ready_excuses", Y): Effect.WARNING,
    ("you_keep_reaching_out", Y): Effect.WARNING,
    ("moved_on_fast", Y): Effect.STRONG_WARNING,
    ("rebound_over", Y): Effect.STRONG_WARNING,
    ("comes_and_goes", Y): Effect.STRONG_WARNING,
    ("vanished_after_attention", Y): Effect.STRONG_WARNING,
    ("fishing_for_praise", Y): Effect.WARNING,
    ("arrived_while_healing", Y): Effect.WARNING,
    ("heard_you_moved_on", Y): Effect.WARNING,
    ("he_has_changed", Y): Effect.IN_HIS_FAVOUR,
    ("he_has_changed", N): Effect.WARNING,
}

ORDER = (Y, N, U)


def verdict_fingerprint(edition: Edition, ids: tuple[str, ...]) -> tuple[str, dict[str, int]]:
    """The sha256 of every answer set's verdict initial, over ``ids``, and how often each came."""
    digest, counts = hashlib.sha256(), dict.fromkeys("iwy", 0)
    for combination in itertools.product(ORDER, repeat=len(ids)):
        initial = edition.first_rule(dict(zip(ids, combination, strict=True))).verdict.value[0]
        digest.update(initial.encode())
        counts[initial] += 1
    return digest.hexdigest(), counts


def test_edition_1_gives_every_answer_set_its_released_verdict() -> None:
    """All 3^12 edition 1 answer sets get the verdict they got the day they were made."""
    assert EDITIONS[1].ids == EDITION_1_IDS
    assert verdict_fingerprint(EDITIONS[1], EDITION_1_IDS) == (
        EDITION_1_VERDICTS,
        EDITION_1_COUNTS,
    )


def test_edition_1_answers_count_as_released() -> None:
    """Each edition 1 answer counts as it did; every other answer counts for nothing."""
    edition = EDITIONS[1]
    counted = {
        (q.id, a): e for q in edition.questions for a in Answer if (e := q.effect(a)) is not None
    }
    assert counted == EDITION_1_EFFECTS


def a_new_question(kind: str) -> Question:
    """A question no released edition asks, of the given kind."""
    cite = (Citation("missed-you", 12, "And you're honestly better off without him."),)
    make = strong_warning if kind == "strong" else warning
    return make("new_question", "Is this a new question?", backing=cite)


@pytest.mark.parametrize("number", sorted(EDITIONS))
@pytest.mark.parametrize("kind", ["strong", "warning"])
@given(data=st.data())
def test_adding_a_question_never_moves_an_old_verdict(
    number: int, kind: str, data: st.DataObject
) -> None:
    """A copy of an edition with one more question, answered Yes, judges old answers the same."""
    edition = EDITIONS[number]
    grown = dataclasses.replace(edition, questions=(*edition.questions, a_new_question(kind)))
    answers = data.draw(st.fixed_dictionaries({q: st.sampled_from(ORDER) for q in edition.ids}))
    before = evaluate(answers, edition=edition)
    after = evaluate(answers | {"new_question": Y}, edition=grown)
    assert (after.rule, after.verdict) == (before.rule, before.verdict)


@pytest.mark.parametrize("number", sorted(EDITIONS))
def test_rules_name_only_their_own_questions(number: int) -> None:
    """Every question a rule reads is one its own edition asks."""
    edition = EDITIONS[number]
    for rule in edition.rules:
        assert rule.when.reads <= set(edition.ids), rule.id


def test_an_edition_refuses_a_rule_that_reads_an_unknown_question() -> None:
    """An edition cannot be built with a rule naming a question it does not ask."""
    edition = EDITIONS[2]
    with pytest.raises(ValueError, match="unknown questions"):
        dataclasses.replace(edition, questions=edition.questions[1:])


def test_new_results_use_the_newest_edition() -> None:
    """Today's edition is the highest released, and new results are made under it."""
    assert CURRENT is EDITIONS[max(EDITIONS)] is EDITIONS[2]
    assert evaluate({}).edition is CURRENT


def test_edition_1_drops_the_quotes_that_argued_against_a_yes_to_change() -> None:
    """The erratum takes both passages away from a Yes to "he has changed", dated."""
    edition = EDITIONS[1]
    (reason,) = evaluate({"he_has_changed": Y}, edition=edition).reasons
    assert reason.citations == ()
    assert {e.dropped.quote for e in reason.corrections} == {
        "He hasn’t changed, but you have",
        "The “I miss you” text is his attempt to derail the progress you’ve made and make"
        " himself feel important again.",
    }
    assert {e.on for e in reason.corrections} == {date(2026, 11, 23)}


def test_the_erratum_leaves_a_no_to_change_as_released() -> None:
    """The same passages still stand behind a No, which they support."""
    (reason,) = evaluate({"he_has_changed": N}, edition=EDITIONS[1]).reasons
    assert len(reason.citations) == 2 and reason.corrections == ()


@given(st.sampled_from(sorted(EDITIONS)), st.data())
def test_a_missing_answer_counts_as_not_sure(number: int, data: st.DataObject) -> None:
    """Leaving a question out is the same as answering Not sure."""
    edition = EDITIONS[number]
    answers = data.draw(st.fixed_dictionaries({q: st.sampled_from(ORDER) for q in edition.ids}))
    left_out = {q: a for q, a in answers.items() if a is not U}
    assert evaluate(left_out, edition=edition) == evaluate(answers, edition=edition)
