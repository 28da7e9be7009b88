"""Every answer that counts is backed by the brief's passages, verbatim, or said to be our own."""

from __future__ import annotations

import re

import pytest

from decision import COMFORT, EDITIONS, SOURCES, Answer, Citation, Effect, wording
from tests.helpers import SOURCES_DIR

Y, N = Answer.YES, Answer.NO
TWO = EDITIONS[2]

#: The brief's "What each answer rests on" table for edition 2: (source, paragraph, quote).
BRIEF_BACKING: dict[tuple[str, Answer], list[tuple[str, int, str]]] = {
    ("safety_concern", Y): [],
    ("followed_through", Y): [
        ("missed-you", 11, "Because if he really did miss you, he would do something about it.")
    ],
    ("followed_through", N): [
        ("missed-you", 11, "Because if he really did miss you, he would do something about it."),
        (
            "missed-you",
            10,
            "You are someone whose value isn’t lessened just because some guy doesn’t get off his butt and actually make an effort.",
        ),
    ],
    ("broken_plans", Y): [
        (
            "missed-you",
            3,
            "You say you want to see him, and he agrees. Yet the next day comes and goes.",
        ),
        (
            "missed-you",
            11,
            "So stop wasting your time, thoughts, and energy on someone who claims to miss you, only to let you down.",
        ),
    ],
    ("ready_excuses", Y): [
        (
            "missed-you",
            4,
            "When you reach out, and you call him out on it, he has his excuses all lined up.",
        )
    ],
    ("you_keep_reaching_out", Y): [
        ("missed-you", 6, "We all want to be missed."),
        (
            "missed-you",
            6,
            "You convince yourself that maybe if you try a little harder if you keep reaching out, then eventually they won’t be able to get you out of their heads.",
        ),
    ],
    ("moved_on_fast", Y): [
        (
            "ignore-the-text",
            10,
            "If your partner moved on quickly post-breakup, the “I miss you” text feels AMAZING.",
        ),
        ("ignore-the-text", 10, "But you still need to ignore this text."),
    ],
    ("rebound_over", Y): [
        (
            "ignore-the-text",
            8,
            "This is the most brutal and most likely cause of the “I miss you” text.",
        ),
        (
            "ignore-the-text",
            9,
            "As time goes on, they will start to see that the person they rushed into dating isn’t actually someone they could be with long-term.",
        ),
        ("ignore-the-text", 9, "That’s when they’ll start missing you."),
    ],
    ("comes_and_goes", Y): [
        ("ignore-the-text", 6, "Sometimes the “I miss you” text is a form of manipulation."),
        (
            "ignore-the-text",
            6,
            "He wants to see if he has the power to screw you over, and then reenter your life whenever he feels like it.",
        ),
        ("ignore-the-text", 6, "Shut this down immediately."),
    ],
    ("vanished_after_attention", Y): [
        (
            "ignore-the-text",
            4,
            "This brief conversation might feel therapeutic, but once he gets the validation he’s looking for, he’ll disappear again.",
        ),
    ],
    ("fishing_for_praise", Y): [
        ("ignore-the-text", 4, "He’s baiting you."),
        (
            "ignore-the-text",
            4,
            "He hopes that by reaching out with vulnerable sentiment, you will delve into a lengthy conversation about how wonderful he is and all the reasons you miss him.",
        ),
    ],
    ("arrived_while_healing", Y): [
        (
            "ignore-the-text",
            12,
            "The “I miss you” text has a way of surfacing just as you start to feel better.",
        ),
        (
            "ignore-the-text",
            2,
            "But it can also be very toxic and detrimental to the progress you have made to get past the breakup.",
        ),
    ],
    ("heard_you_moved_on", Y): [
        (
            "ignore-the-text",
            12,
            "Maybe you ran into each other and you seemed happy, or maybe he heard through a friend that you’re seeing someone new.",
        ),
        (
            "ignore-the-text",
            12,
            "The “I miss you” text is his attempt to derail the progress you’ve made and make himself feel important again.",
        ),
        ("ignore-the-text", 12, "Don’t allow this."),
    ],
    ("he_has_changed", Y): [],
    ("he_has_changed", N): [("ignore-the-text", 11, "He hasn’t changed, but you have")],
}

#: Passages that state the test an action can pass: the only ones that may back an answer in
#: his favour. Everything else the essays say argues for letting the text go.
ACTION_TEST = {
    ("missed-you", 5, "Because if he did, he would actually do something about it."),
    ("missed-you", 11, "Because if he really did miss you, he would do something about it."),
    (
        "missed-you",
        10,
        "Any guy who isn’t willing to make an effort to see you isn’t someone who you should be obsessing over.",
    ),
}

SHOWN = [
    pytest.param(edition.number, q.id, a, id=f"{edition.number}-{q.id}-{a.value}")
    for edition in EDITIONS.values()
    for q in edition.questions
    for a in Answer
    if q.effect(a) is not None
]

ALL_CITATIONS = sorted(
    {
        c
        for edition in EDITIONS.values()
        for q in edition.questions
        for cited in q.backing.values()
        for c in cited
    }
    | {COMFORT, *(c for rule in ("words_only",) for c in wording.explanation_backing(rule))},
    key=lambda c: (c.source_id, c.paragraph, c.quote),
)


def record(citation: Citation) -> tuple[str, int, str]:
    """A citation as the brief writes it."""
    return (citation.source_id, citation.paragraph, citation.quote)


def paragraphs(source_id: str) -> list[str]:
    """An essay's paragraphs as the brief numbers them: non-empty lines after the title."""
    lines = (SOURCES_DIR / f"{source_id}.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines[1:] if line.strip()]


def test_edition_2_cites_exactly_the_brief_passages_for_each_answer() -> None:
    """Each answer that counts shows the brief's passages, in the brief's order, and no other."""
    shown = {
        (q.id, a): [record(c) for c in TWO.backing(q.id, a)]
        for q in TWO.questions
        for a in Answer
        if q.effect(a) is not None
    }
    assert shown == BRIEF_BACKING


@pytest.mark.parametrize(("edition", "question", "answer"), SHOWN)
def test_no_answer_in_his_favour_is_backed_by_a_passage_against_it(
    edition: int, question: str, answer: Answer
) -> None:
    """A Yes in his favour shows only passages that state the test he can pass."""
    if EDITIONS[edition].question(question).effect(answer) is Effect.IN_HIS_FAVOUR:
        assert {record(c) for c in EDITIONS[edition].backing(question, answer)} <= ACTION_TEST


@pytest.mark.parametrize(("edition", "question", "answer"), SHOWN)
def test_an_answer_without_a_passage_says_it_is_our_own(
    edition: int, question: str, answer: Answer
) -> None:
    """Where no passage backs an answer that counts, a plain line says it is our rule or test."""
    if not EDITIONS[edition].backing(question, answer):
        assert wording.own_reading(question, answer)


@pytest.mark.parametrize("citation", ALL_CITATIONS, ids=lambda c: f"{c.source_id}-{c.paragraph}")
def test_quotes_are_short(citation: Citation) -> None:
    """A quote is one or two sentences, never a long passage."""
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+", citation.quote) if s]
    assert len(sentences) <= 2 and len(citation.quote) <= 220


@pytest.mark.parametrize("citation", ALL_CITATIONS, ids=lambda c: f"{c.source_id}-{c.paragraph}")
def test_quotes_never_join_or_elide(citation: Citation) -> None:
    """A quote is one passage as written: no ellipsis, no brackets, no joining marks."""
    assert not re.search(r"\.\.\.|…|\[|\]", citation.quote)


@pytest.mark.skipif(not SOURCES_DIR.is_dir(), reason="the essays are not beside this checkout")
@pytest.mark.parametrize("citation", ALL_CITATIONS, ids=lambda c: f"{c.source_id}-{c.paragraph}")
def test_quote_appears_verbatim_in_the_cited_paragraph(citation: Citation) -> None:
    """Each quote stands, character for character, inside the paragraph it cites."""
    assert citation.source_id in SOURCES
    assert citation.quote in paragraphs(citation.source_id)[citation.paragraph - 1]


@pytest.mark.skipif(not SOURCES_DIR.is_dir(), reason="the essays are not beside this checkout")
@pytest.mark.parametrize(("source_id", "count"), [("missed-you", 12), ("ignore-the-text", 12)])
def test_paragraph_numbering_matches_the_brief(source_id: str, count: int) -> None:
    """The numbering the test uses agrees with the numbered copies beside the essays."""
    numbered = (SOURCES_DIR / f"{source_id}.numbered.md").read_text(encoding="utf-8")
    found = paragraphs(source_id)
    assert len(found) == count
    for number, text in enumerate(found, start=1):
        assert f"¶{number}: {text}" in numbered
