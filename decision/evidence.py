"""What a set of answers amounts to: the warnings and the actions, counted once."""

from __future__ import annotations

from dataclasses import dataclass

from decision.answers import Answer, Answers
from decision.signals import SIGNALS, Effect, Kind, Signal

__all__ = ["Evidence", "UnknownSignal", "complete", "weigh"]


class UnknownSignal(ValueError):
    """An answer was given for a signal the catalogue does not have."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """The answers that counted, sorted by what they counted as."""

    strong_warnings: tuple[Signal, ...]
    warnings: tuple[Signal, ...]
    in_his_favour: tuple[Signal, ...]

    @property
    def all_actions_shown(self) -> bool:
        """Every action signal was answered Yes."""
        actions = {s.id for s in SIGNALS if s.kind is Kind.ACTION}
        return actions == {s.id for s in self.in_his_favour}


def complete(answers: Answers) -> dict[str, Answer]:
    """Every signal's answer, in catalogue order; a missing one is Not sure."""
    unknown = set(answers) - {s.id for s in SIGNALS}
    if unknown:
        raise UnknownSignal(", ".join(sorted(unknown)))
    return {s.id: answers.get(s.id, Answer.NOT_SURE) for s in SIGNALS}


def weigh(answers: Answers) -> Evidence:
    """Sort the answers that count into strong warnings, warnings and actions."""
    given = complete(answers)
    found: dict[Effect, list[Signal]] = {effect: [] for effect in Effect}
    for signal in SIGNALS:
        effect = signal.effect(given[signal.id])
        if effect is not None:
            found[effect].append(signal)
    return Evidence(
        strong_warnings=tuple(found[Effect.STRONG_WARNING]),
        warnings=tuple(found[Effect.WARNING]),
        in_his_favour=tuple(found[Effect.IN_HIS_FAVOUR]),
    )
