"""Rules as data: each names the answers it reads, and an edition lists them in order.

A condition never asks the catalogue which signals are of some kind: the signals it reads are
written into it when its edition is defined, so adding a question can never move an old verdict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from decision.answers import Answer
from decision.questions import Effect, Question
from decision.verdicts import VerdictId

__all__ = [
    "ALWAYS",
    "AllOf",
    "Answered",
    "Condition",
    "Count",
    "Rule",
    "answers_counting_as",
    "at_least",
    "exactly",
    "none_of",
]

#: One answer to one question: ("broken_plans", Answer.YES).
Pair = tuple[str, Answer]


class Condition(Protocol):
    """Something that holds or not for a complete set of answers."""

    @property
    def reads(self) -> frozenset[str]:
        """The ids of the questions this condition reads."""
        ...

    def holds(self, answers: Mapping[str, Answer]) -> bool:
        """Whether it holds for these answers (every question answered)."""
        ...


@dataclass(frozen=True, slots=True)
class Answered:
    """One question was given one answer."""

    question: str
    answer: Answer

    @property
    def reads(self) -> frozenset[str]:
        return frozenset({self.question})

    def holds(self, answers: Mapping[str, Answer]) -> bool:
        return answers[self.question] is self.answer


@dataclass(frozen=True, slots=True)
class Count:
    """Between ``least`` and ``most`` of these answers were given."""

    pairs: tuple[Pair, ...]
    least: int = 0
    most: int | None = None

    @property
    def reads(self) -> frozenset[str]:
        return frozenset(question for question, _ in self.pairs)

    def holds(self, answers: Mapping[str, Answer]) -> bool:
        given = sum(answers[question] is answer for question, answer in self.pairs)
        return given >= self.least and (self.most is None or given <= self.most)


@dataclass(frozen=True, slots=True)
class AllOf:
    """Every one of these conditions holds."""

    conditions: tuple[Condition, ...]

    @property
    def reads(self) -> frozenset[str]:
        return frozenset().union(*(c.reads for c in self.conditions))

    def holds(self, answers: Mapping[str, Answer]) -> bool:
        return all(c.holds(answers) for c in self.conditions)


@dataclass(frozen=True, slots=True)
class _Always:
    @property
    def reads(self) -> frozenset[str]:
        return frozenset()

    def holds(self, answers: Mapping[str, Answer]) -> bool:
        return True


#: The fallback: holds for any answers.
ALWAYS: Condition = _Always()


def at_least(count: int, pairs: tuple[Pair, ...]) -> Count:
    """At least ``count`` of these answers were given."""
    return Count(pairs, least=count)


def exactly(count: int, pairs: tuple[Pair, ...]) -> Count:
    """Exactly ``count`` of these answers were given."""
    return Count(pairs, least=count, most=count)


def none_of(pairs: tuple[Pair, ...]) -> Count:
    """None of these answers was given."""
    return Count(pairs, most=0)


def answers_counting_as(questions: Iterable[Question], effect: Effect) -> tuple[Pair, ...]:
    """Every answer of these questions that counts as ``effect``, written out once."""
    return tuple(
        (question.id, answer)
        for question in questions
        for answer, counted in question.counts.items()
        if counted is effect
    )


@dataclass(frozen=True, slots=True)
class Rule:
    """When ``when`` holds for the answers, the verdict is ``verdict``."""

    id: str
    verdict: VerdictId
    when: Condition
