"""A result: the verdict an edition's rules give a set of answers, and every answer that counted."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from decision.answers import Answer
from decision.editions import CURRENT, Edition, Erratum
from decision.questions import Effect, Question
from decision.rules import Rule
from decision.sources import Citation
from decision.verdicts import VerdictId

__all__ = ["Change", "Reason", "Result", "evaluate"]


@dataclass(frozen=True, slots=True)
class Reason:
    """One answer that counted, what it counted as, and the passages shown behind it today."""

    question: Question
    answer: Answer
    effect: Effect
    citations: tuple[Citation, ...]
    #: Passages shown behind this answer when it was released, taken away since.
    corrections: tuple[Erratum, ...] = ()


@dataclass(frozen=True, slots=True)
class Change:
    """Had ``question`` been answered ``answer``, the verdict would be ``verdict``."""

    question: Question
    answer: Answer
    verdict: VerdictId


@dataclass(frozen=True, slots=True)
class Result:
    """A verdict, the rule that gave it, every answer that counted, and what would change it."""

    edition: Edition
    answers: dict[str, Answer]
    rule: Rule
    reasons: tuple[Reason, ...]
    changes: tuple[Change, ...]

    @property
    def verdict(self) -> VerdictId:
        """The verdict the first matching rule gives."""
        return self.rule.verdict

    def counted_as(self, effect: Effect) -> tuple[Reason, ...]:
        """The answers that counted as ``effect``, in question order."""
        return tuple(r for r in self.reasons if r.effect is effect)

    @property
    def shareable(self) -> bool:
        """Whether a link may be made: never for "Your safety comes first"."""
        return self.verdict is not VerdictId.SAFETY_FIRST

    @property
    def safety_unsure(self) -> bool:
        """The person was not sure about the safety question (editions that ask it)."""
        return self.answers.get("safety_concern") is Answer.NOT_SURE

    def changes_by_verdict(self) -> tuple[tuple[VerdictId, tuple[Change, ...]], ...]:
        """The changes grouped by the verdict they would give, in the order verdicts are named."""
        return tuple(
            (verdict, group)
            for verdict in VerdictId
            if (group := tuple(c for c in self.changes if c.verdict is verdict))
        )


def evaluate(answers: Mapping[str, Answer], *, edition: Edition = CURRENT) -> Result:
    """Judge these answers by an edition's rules, once, and list what counted and what could.

    A question left out counts as Not sure; an unknown one raises UnknownSignal.
    """
    given = edition.complete(answers)
    rule = edition.first_rule(given)
    reasons = tuple(
        Reason(
            question,
            given[question.id],
            effect,
            edition.backing(question.id, given[question.id]),
            edition.errata_for(question.id, given[question.id]),
        )
        for question in edition.questions
        if (effect := question.effect(given[question.id])) is not None
    )
    changes = () if rule.verdict is VerdictId.SAFETY_FIRST else _changes(edition, given, rule)
    return Result(edition, given, rule, reasons, changes)


def _changes(edition: Edition, given: dict[str, Answer], rule: Rule) -> tuple[Change, ...]:
    """Each thing that could still happen which, alone, would give another verdict.

    A rule that does not read the changed question holds, or not, just as it does for the
    answers given, so only the rules that read it are judged again. The rules before the one
    that gave the verdict are known not to hold; any after it is judged once, if ever needed.
    """
    first = edition.rules.index(rule)
    held: dict[int, bool] = dict.fromkeys(range(first), False) | {first: True}

    def holds_as_given(index: int) -> bool:
        if index not in held:
            held[index] = edition.rules[index].when.holds(given)
        return held[index]

    changes = []
    for question_id, answer in edition.could_still_happen:
        if given[question_id] is answer:
            continue
        changed = {**given, question_id: answer}
        readers = edition.rules_reading(question_id)
        verdict = next(
            r.verdict
            for index, r in enumerate(edition.rules)
            if (r.when.holds(changed) if r.id in readers else holds_as_given(index))
        )
        if verdict is not rule.verdict:
            changes.append(Change(edition.question(question_id), answer, verdict))
    return tuple(changes)
