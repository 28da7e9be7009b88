"""What an edition is made of."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from decision.answers import Answer
from decision.questions import Question
from decision.rules import Rule
from decision.sources import Citation

__all__ = ["Edition", "Erratum", "UnknownSignal"]


class UnknownSignal(ValueError):
    """An answer was given to a question this edition does not ask."""


@dataclass(frozen=True, slots=True)
class Erratum:
    """A passage taken away from an answer it argued against, after release, with the date."""

    question: str
    answer: Answer
    dropped: Citation
    on: date


@dataclass(frozen=True, slots=True)
class Edition:
    """One released set of questions, counts, passages and rules."""

    number: int
    questions: tuple[Question, ...]
    rules: tuple[Rule, ...]
    #: Answers that could still come true after a result: what he could still do, or what
    #: could still happen. "What would change this" tries only these.
    could_still_happen: tuple[tuple[str, Answer], ...]
    errata: tuple[Erratum, ...] = ()
    # Worked out once from the fields above, so a page never works them out again.
    _by_id: dict[str, Question] = field(init=False, repr=False, compare=False)
    _ids: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _readers: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False)
    _backing: dict[tuple[str, Answer], tuple[Citation, ...]] = field(
        init=False, repr=False, compare=False
    )
    _errata: dict[tuple[str, Answer], tuple[Erratum, ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {q.id: q for q in self.questions})
        object.__setattr__(self, "_ids", tuple(self._by_id))
        if len(self._by_id) != len(self.questions):
            raise ValueError(f"edition {self.number} asks a question twice")
        for rule in self.rules:
            unknown = rule.when.reads - self._by_id.keys()
            if unknown:
                raise ValueError(f"rule {rule.id} reads unknown questions {sorted(unknown)}")
        readers = {
            q.id: frozenset(r.id for r in self.rules if q.id in r.when.reads)
            for q in self.questions
        }
        object.__setattr__(self, "_readers", readers)
        pairs = [(q.id, answer) for q in self.questions for answer in Answer]
        errata = {
            pair: tuple(e for e in self.errata if (e.question, e.answer) == pair) for pair in pairs
        }
        object.__setattr__(self, "_errata", errata)
        dropped = {pair: {e.dropped for e in errata[pair]} for pair in pairs}
        backing = {
            (q, answer): tuple(
                c for c in self._by_id[q].backing.get(answer, ()) if c not in dropped[q, answer]
            )
            for q, answer in pairs
        }
        object.__setattr__(self, "_backing", backing)

    @property
    def ids(self) -> tuple[str, ...]:
        """The question ids, in the order the questions are asked."""
        return self._ids

    def number_of(self, question_id: str) -> int:
        """Where a question stands on the page, counting from 1: "Question 3 of 13"."""
        return self._ids.index(question_id) + 1

    def rules_reading(self, question_id: str) -> frozenset[str]:
        """The ids of the rules that read this question: only they can change when it does."""
        return self._readers[question_id]

    def question(self, question_id: str) -> Question:
        """The question with this id; KeyError when this edition does not ask it."""
        return self._by_id[question_id]

    def complete(self, answers: Mapping[str, Answer]) -> dict[str, Answer]:
        """Every question's answer, in order; one left out is Not sure.

        Raises UnknownSignal for an answer to a question this edition does not ask.
        """
        unknown = answers.keys() - self._by_id.keys()
        if unknown:
            raise UnknownSignal(", ".join(sorted(unknown)))
        return {q.id: answers.get(q.id, Answer.NOT_SURE) for q in self.questions}

    def first_rule(self, answers: Mapping[str, Answer]) -> Rule:
        """The first rule that holds for a complete set of answers; the last always does."""
        return next(rule for rule in self.rules if rule.when.holds(answers))

    def backing(self, question_id: str, answer: Answer) -> tuple[Citation, ...]:
        """The passages shown behind an answer today: as released, less any erratum."""
        return self._backing[question_id, answer]

    def errata_for(self, question_id: str, answer: Answer) -> tuple[Erratum, ...]:
        """The corrections made to what backs this answer."""
        return self._errata[question_id, answer]
