"""The message reader: what it suggests, what it never suggests, its spans, bad input and speed."""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decision.answers import Answer
from decision.reader import (
    MAX_LENGTH,
    SIGNALS_READ,
    MessageTooLong,
    Note,
    Reading,
    Suggestion,
    read,
)
from tests.decision.reader_corpus import CORPUS, HELD_OUT

Y, N = Answer.YES, Answer.NO

SUGGESTS = [
    # (message, signal, answer, the words that suggest it)
    pytest.param(
        "Dinner on Friday at 8?", "followed_through", Y, "Friday at 8", id="plan-day-and-time"
    ),
    pytest.param(
        "Coffee tomorrow at the usual place?",
        "followed_through",
        Y,
        "tomorrow at the usual place",
        id="plan-day-and-place",
    ),
    pytest.param(
        "I've booked a table. Please come.", "followed_through", Y, "I've booked", id="booked"
    ),
    pytest.param(
        "I’ve booked us a table", "followed_through", Y, "I’ve booked", id="curly-apostrophe"
    ),
    pytest.param(
        "wanna meet 2nite at 8?", "followed_through", Y, "2nite at 8", id="text-speak-plan"
    ),
    pytest.param(
        "MEET ME AT THE PIER SATURDAY AT 6",
        "followed_through",
        Y,
        "AT THE PIER SATURDAY AT 6",
        id="all-caps-plan",
    ),
    pytest.param(
        "Free Friday?\nLike 8ish?", "followed_through", Y, "Friday?\nLike 8ish", id="many-lines"
    ),
    pytest.param(
        "We should meet up sometime", "followed_through", N, "We should meet up", id="vague"
    ),
    pytest.param("let's catch up soon x", "followed_through", N, "let's catch up", id="soon"),
    pytest.param("Do you miss me?", "fishing_for_praise", Y, "Do you miss me", id="miss-me"),
    pytest.param(
        "do u ever think about me", "fishing_for_praise", Y, "do u ever think about me", id="u"
    ),
    pytest.param(
        "Tell me you miss me 😭", "fishing_for_praise", Y, "Tell me you miss", id="tell-me-you"
    ),
    pytest.param(
        "I'm sure you don't even think about me anymore 🙄",
        "fishing_for_praise",
        Y,
        "you don't even think about me",
        id="sarcastic-bait",
    ),
    pytest.param(
        "saw ur pics, u look amazing", "heard_you_moved_on", Y, "saw ur", id="saw-your-photos"
    ),
    pytest.param(
        "Heard you're seeing someone.",
        "heard_you_moved_on",
        Y,
        "Heard you're seeing",
        id="heard-new-partner",
    ),
    pytest.param(
        "Your new boyfriend seems nice",
        "heard_you_moved_on",
        Y,
        "Your new boyfriend",
        id="your-new-partner",
    ),
    pytest.param(
        "It didn’t work out with her.",
        "rebound_over",
        Y,
        "It didn’t work out with her",
        id="didnt-work-out",
    ),
    pytest.param("SINGLE AGAIN 🙃", "rebound_over", Y, "SINGLE AGAIN", id="single-again"),
    pytest.param("gf n me split", "rebound_over", Y, "gf n me split", id="gf-split"),
    pytest.param(
        "Not with her anymore btw",
        "rebound_over",
        Y,
        "Not with her anymore",
        id="not-with-her-anymore",
    ),
    pytest.param("srry been mad busy", "ready_excuses", Y, "been mad busy", id="busy"),
    pytest.param("Work has been insane.", "ready_excuses", Y, "Work has been insane", id="work"),
    pytest.param("I was nervous.", "ready_excuses", Y, "I was nervous", id="nerves"),
    pytest.param(
        "it just wasn't the right time",
        "ready_excuses",
        Y,
        "wasn't the right time",
        id="bad-timing",
    ),
]


@pytest.mark.parametrize(("message", "signal", "answer", "evidence"), SUGGESTS)
def test_suggests_an_answer_with_the_words_behind_it(
    message: str, signal: str, answer: Answer, evidence: str
) -> None:
    """Each kind of wording suggests its answer, citing exactly the words that led to it."""
    suggestion = read(message).suggestion_for(signal)
    assert suggestion is not None
    assert (suggestion.answer, suggestion.evidence) == (answer, evidence)


SUGGESTS_NOTHING = [
    # (message, the signal it must not suggest an answer for)
    pytest.param("I'm not busy anymore.", "ready_excuses", id="not-busy-anymore"),
    pytest.param("I know you're busy.", "ready_excuses", id="you-are-busy"),
    pytest.param("It's not like I've been busy.", "ready_excuses", id="negated-before"),
    pytest.param("Oh I'm SO busy, clearly, texting you at 2am", "ready_excuses", id="sarcasm"),
    pytest.param("Can't do Saturday at 8 anymore, sorry.", "followed_through", id="called-off"),
    pytest.param(
        "I'd booked us a table for Saturday but I had to call it off.",
        "followed_through",
        id="booking-called-off",
    ),
    pytest.param(
        "I was gonna ask u out fri at 8 but I didn't", "followed_through", id="never-asked"
    ),
    pytest.param("Remember Friday nights at the Fox?", "followed_through", id="in-the-past"),
    pytest.param(
        "Yeah sure, let's meet Saturday at 8, like you'd ever show up 🙄",
        "followed_through",
        id="sarcastic-plan",
    ),
    pytest.param("I'm working Saturday at 9", "followed_through", id="not-with-you"),
    pytest.param("Are you free this Saturday?", "followed_through", id="day-alone"),
    pytest.param("Can I call you tonight?", "followed_through", id="a-call"),
    pytest.param("I don't want to meet up", "followed_through", id="no-wish-to-meet"),
    pytest.param("I haven't seen you in months", "heard_you_moved_on", id="not-seen"),
    pytest.param("Are you seeing anyone?", "heard_you_moved_on", id="only-asks"),
    pytest.param("I swear I thought I saw you", "heard_you_moved_on", id="only-thinks"),
    pytest.param("Since we broke up nothing feels right.", "rebound_over", id="we-means-you"),
    pytest.param("It didn't work out with us.", "rebound_over", id="with-us"),
    pytest.param("Not a single day goes by", "rebound_over", id="not-a-single-day"),
    pytest.param("I'm not asking you to miss me.", "fishing_for_praise", id="not-asking"),
    pytest.param("Do you miss London?", "fishing_for_praise", id="miss-something-else"),
    pytest.param("tell me ur happy", "fishing_for_praise", id="tell-me-your-happy"),
]


@pytest.mark.parametrize(("message", "signal"), SUGGESTS_NOTHING)
def test_suggests_nothing_where_the_words_do_not_say_it(message: str, signal: str) -> None:
    """Negations, cancelled or past plans, sarcasm and look-alikes suggest nothing."""
    assert read(message).suggestion_for(signal) is None


def test_a_concrete_plan_outranks_a_vague_one() -> None:
    """A set plan anywhere says Yes to followed_through, even beside "let's catch up"."""
    suggestion = read("Let's catch up soon. Saturday at 2, the park?").suggestion_for(
        "followed_through"
    )
    assert suggestion is not None
    assert (suggestion.answer, suggestion.rule) == (Y, "plan_day_time_place")


def test_a_cancelled_plan_leaves_the_vague_one() -> None:
    """With the set plan called off, the vague wish beside it says No."""
    reading = read("Can't do Saturday at 8 anymore, sorry. Let's catch up soon though.")
    assert reading.answers() == {"followed_through": N}


def test_the_earliest_words_win_among_equal_suggestions() -> None:
    """Of two Yes suggestions for one signal, the one earlier in the message is given."""
    suggestion = read("Bet you miss me. Do you miss me?").suggestion_for("fishing_for_praise")
    assert suggestion is not None
    assert suggestion.evidence == "Bet you miss"


@pytest.mark.parametrize(
    "message",
    [
        "I've changed.",
        "I’m a different person now",
        "I've been working on myself",
        "I'm not the same guy I was",
    ],
)
def test_saying_he_has_changed_brings_a_note_and_no_answer(message: str) -> None:
    """Words about change give the words-not-deeds note, never an answer to he_has_changed."""
    reading = read(message)
    assert [(n.kind, n.signal) for n in reading.notes] == [("words_not_deeds", "he_has_changed")]
    assert message[reading.notes[0].start : reading.notes[0].end] == reading.notes[0].evidence
    assert reading.suggestion_for("he_has_changed") is None


@pytest.mark.parametrize("message", ["", " ", "\n\t \r\n", "\u00a0\u2003"])
def test_an_empty_message_reads_as_nothing(message: str) -> None:
    """Empty or blank input gives an empty reading."""
    assert read(message) == Reading()


def test_a_message_over_the_limit_raises_the_domain_error() -> None:
    """10,000 characters raise MessageTooLong, which says the length and the limit."""
    with pytest.raises(MessageTooLong) as raised:
        read("I miss you. " * 834)
    assert (raised.value.length, raised.value.limit) == (10_008, MAX_LENGTH)


def test_a_message_at_the_limit_is_read() -> None:
    """Exactly MAX_LENGTH characters is still read."""
    message = ("Do you miss me? " * 200)[:MAX_LENGTH]
    assert read(message).answers() == {"fishing_for_praise": Y}


BAD_INPUT = [
    pytest.param("😭" * 2000, id="emoji"),
    pytest.param("".join(chr(c) for c in range(32)) * 60, id="control-characters"),
    pytest.param("DO YOU MISS ME\n" * 100, id="all-caps-many-lines"),
    pytest.param("\n" * 2000, id="only-line-breaks"),
    pytest.param("a" * 2000, id="one-long-word"),
    pytest.param("7:30 " * 400, id="times"),
    pytest.param("\ud800 \udfff \ufffe \U0010ffff", id="lone-surrogates-and-non-characters"),
    pytest.param("e\u0301\u200d\u202e\u2066 at 7", id="combining-and-direction-marks"),
]


@pytest.mark.parametrize("message", BAD_INPUT)
def test_bad_input_is_read_without_error(message: str) -> None:
    """Odd input reads without raising, and every span stays exact."""
    _assert_sound(read(message), message)


def test_every_unicode_character_is_read_without_error() -> None:
    """Every code point, read in messages of MAX_LENGTH, raises nothing."""
    for first in range(0, sys.maxunicode + 1, MAX_LENGTH):
        message = "".join(map(chr, range(first, min(first + MAX_LENGTH, sys.maxunicode + 1))))
        _assert_sound(read(message), message)


@pytest.mark.parametrize("labelled", CORPUS + HELD_OUT, ids=lambda labelled: labelled.message[:40])
def test_corpus_spans_are_exact(labelled: object) -> None:
    """On every corpus message, each suggestion's and note's evidence is message[start:end]."""
    message = labelled.message  # type: ignore[attr-defined]
    _assert_sound(read(message), message)


# Words the rules look for, to build messages that give every pattern the most to try.
RULE_WORDS = (
    "do you ever still miss me us think about tell say admit bet hope saw seen spotted ran into "
    "your new boyfriend heard you're seeing i've been so busy work was crazy nervous timing "
    "wasn't right not anymore never saturday friday tomorrow 2nite tmrw sat at 7 7pm 7:30 the "
    "pub mine yours nando's booked we should let's meet up catch up sometime she and i broke "
    "up it didn't work out with her single again me and jess done over changed myself "
    "u ur wanna gf bf , . ? ! \n 🙄 ’ I'M DO YOU"
).split(" ")
ADVERSARIAL = st.lists(st.sampled_from(RULE_WORDS), min_size=1, max_size=40).flatmap(
    lambda words: st.sampled_from([" ", "", ", ", "\n"]).map(
        lambda glue: (glue.join(words) + " ") * (MAX_LENGTH // (len(glue.join(words)) + 1))
    )
)
ANY_TEXT = st.text(max_size=MAX_LENGTH) | st.lists(st.sampled_from(RULE_WORDS), max_size=300).map(
    lambda words: " ".join(words)[:MAX_LENGTH]
)


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT)
def test_never_suggests_safety_or_change_and_spans_are_exact(message: str) -> None:
    """For any text: no safety_concern or he_has_changed suggestion, and exact spans."""
    reading = read(message)
    assert {s.signal for s in reading.suggestions} <= SIGNALS_READ
    assert {n.signal for n in reading.notes} <= {"he_has_changed"}
    _assert_sound(reading, message)


@contextmanager
def _stopped_after(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in the test after ``seconds``: a runaway regex fails, not hangs."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"reading took over {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@settings(max_examples=60, deadline=None)
@given(ADVERSARIAL)
def test_reading_stays_fast_on_adversarial_text(message: str) -> None:
    """Rule words repeated to the limit read in well under 50 ms: no runaway backtracking.

    The best of three reads is timed, so that a pause elsewhere on a busy machine does not
    fail the test; runaway backtracking would be slow every time, and the timer stops it.
    """
    message = message[:MAX_LENGTH]
    timings = []
    with _stopped_after(2.0):
        for _ in range(3):
            began = time.perf_counter()
            read(message)
            timings.append(time.perf_counter() - began)
    assert min(timings) < 0.050


@given(st.text(min_size=MAX_LENGTH + 1, max_size=MAX_LENGTH + 50))
def test_anything_longer_than_the_limit_raises_only_the_domain_error(message: str) -> None:
    """Past MAX_LENGTH the only error is MessageTooLong."""
    with pytest.raises(MessageTooLong):
        read(message)


def _assert_sound(reading: Reading, message: str) -> None:
    """At most one suggestion per signal, and every span is exactly its evidence."""
    signals = [s.signal for s in reading.suggestions]
    assert len(signals) == len(set(signals))
    spans: list[Suggestion | Note] = [*reading.suggestions, *reading.notes]
    for found in spans:
        assert 0 <= found.start < found.end <= len(message)
        assert message[found.start : found.end] == found.evidence


THREATS = [
    ("I know where you live. I will be outside your house tonight.", "I know where you live"),
    ("ill be outside ur flat at 9 tmrw", "outside ur flat"),
    ("I'll turn up at your work tomorrow at 5", "turn up at your"),
    ("ur gonna regret this", "ur gonna regret"),
    ("answer me or else", "or else"),
    ("if I can't have you nobody can", "if I can't have you"),
    ("I'm watching you", "I'm watching you"),
]


@pytest.mark.parametrize(("message", "evidence"), THREATS)
def test_words_that_may_threaten_get_a_note_by_the_safety_question(
    message: str, evidence: str
) -> None:
    """A threat, or turning up where she is, is noted at the safety question with its words."""
    (note,) = [n for n in read(message).notes if n.kind == "may_be_a_threat"]
    assert (note.signal, note.evidence, message[note.start : note.end]) == (
        "safety_concern",
        evidence,
        evidence,
    )


@pytest.mark.parametrize(("message", "evidence"), THREATS)
def test_a_message_that_may_threaten_gets_no_suggested_answer(message: str, evidence: str) -> None:
    """Safety before any suggestion: not even a day, time and place is read as a plan."""
    assert read(message).suggestions == ()


@pytest.mark.parametrize(
    "message",
    [
        "I'll pick you up at your place at 8 on Saturday",
        "I regret how I left things. Pub on Friday at 7?",
        "no pressure, take your time",
    ],
)
def test_ordinary_words_near_a_threat_are_not_one(message: str) -> None:
    """A plan to collect her, regret of his own, or patience are not threats."""
    assert all(n.kind != "may_be_a_threat" for n in read(message).notes)
