"""The reader's quality on the labelled corpus stays at the issue's goals."""

from __future__ import annotations

import pytest

from bench.reader_report import PRECISION_GOAL, RECALL_GOAL, score
from tests.decision.reader_corpus import CORPUS, HELD_OUT, Labelled


@pytest.mark.parametrize(
    "corpus", [pytest.param(CORPUS, id="corpus"), pytest.param(HELD_OUT, id="held-out")]
)
def test_every_kind_of_suggestion_is_precise(corpus: tuple[Labelled, ...]) -> None:
    """Precision is at least the goal for every signal and answer: few wrong suggestions."""
    result = score(corpus)
    imprecise = {
        kind: tally.precision
        for kind, tally in result.kinds.items()
        if tally.precision is not None and tally.precision < PRECISION_GOAL
    }
    assert imprecise == {}


def test_the_reader_finds_most_of_what_the_corpus_expects() -> None:
    """Recall over every suggestion the corpus expects is at least the goal."""
    assert (score(CORPUS).overall.recall or 0.0) >= RECALL_GOAL


def test_the_note_is_never_wrong() -> None:
    """The words-not-deeds note appears only where he says he has changed."""
    assert score(CORPUS + HELD_OUT).note.false_alarms == 0


def test_the_corpus_is_large_and_its_labels_well_formed() -> None:
    """At least 200 distinct messages, labelled only with signals the reader reads."""
    from decision.reader import SIGNALS_READ

    assert len({labelled.message for labelled in CORPUS}) == len(CORPUS) >= 200
    for labelled in CORPUS + HELD_OUT:
        assert labelled.expected.keys() <= SIGNALS_READ
        assert set(labelled.expected.values()) <= {"yes", "no"}
