"""Every result can be put in words: each rule, each answer that counts, each possible change."""

from __future__ import annotations

import re

import pytest

from decision import EDITIONS, Answer, Pronoun, VerdictId, wording

EVERY_RULE = [(e.number, r.id) for e in EDITIONS.values() for r in e.rules]
EVERY_COUNTED = [
    (e.number, q.id, a) for e in EDITIONS.values() for q in e.questions for a in q.counts
]
EVERY_CHANGE = sorted({pair for e in EDITIONS.values() for pair in e.could_still_happen})


@pytest.mark.parametrize(("edition", "rule"), EVERY_RULE)
def test_every_rule_is_explained(edition: int, rule: str) -> None:
    """Every rule of every edition has an explanation."""
    assert wording.explanation(edition, rule)


@pytest.mark.parametrize(("edition", "question", "answer"), EVERY_COUNTED)
def test_every_answer_that_counts_is_a_finding_in_the_persons_words(
    edition: int, question: str, answer: Answer
) -> None:
    """A finding says what the person said, not a fact about him."""
    assert wording.finding(edition, question, answer).startswith("You said ")


@pytest.mark.parametrize(("question", "answer"), EVERY_CHANGE)
def test_every_possible_change_is_worded(question: str, answer: Answer) -> None:
    """Each thing that could still happen has a clause to say it."""
    assert wording.what_if(question, answer).startswith("If ")


@pytest.mark.parametrize("verdict", list(VerdictId))
def test_every_verdict_has_a_headline(verdict: VerdictId) -> None:
    """Each verdict can be said."""
    assert wording.HEADLINES[verdict]


FORBIDDEN = [
    r"\bthe essays say\b",
    r"Together, the essays",
    r"test the essays set",
    r"What the essays would say",
]


@pytest.mark.parametrize("pattern", FORBIDDEN)
def test_nothing_puts_words_in_the_essays_mouths(pattern: str) -> None:
    """No explanation claims the essays give our verdicts."""
    said = [wording.explanation(e, r) for e, r in EVERY_RULE]
    assert not [s for s in said if re.search(pattern, s, re.IGNORECASE)]


def test_one_warning_says_asking_for_two_is_our_choice() -> None:
    """one_warning says the second essay treats each reason as enough, and two is our choice."""
    text = wording.explanation(2, "one_warning")
    assert "each of its reasons as enough on its own" in text and "our choice" in text


def test_one_action_never_says_no_action_either() -> None:
    """A booked dinner is never explained as "no clear action either"."""
    assert "action either" not in wording.explanation(2, "one_action")


@pytest.mark.parametrize("pronoun", list(Pronoun))
def test_every_template_fills_for_every_pronoun(pronoun: Pronoun) -> None:
    """No template has a slot a pronoun cannot fill, and no slot is left behind."""
    templates = [wording.explanation(e, r) for e, r in EVERY_RULE]
    templates += [wording.finding(*c) for c in EVERY_COUNTED]
    templates += [wording.what_if(*c) for c in EVERY_CHANGE]
    templates += [*wording.HEADLINES.values(), *wording.BEFORE_YOU_DECIDE, wording.NOTHING_HE_DOES]
    templates += [q.text for e in EDITIONS.values() for q in e.questions]
    templates += [q.hint for e in EDITIONS.values() for q in e.questions if q.hint]
    for template in templates:
        assert "{" not in pronoun.fill(template)
