"""What a set of answers amounts to: the warnings and the actions, counted once."""

from __future__ import annotations

from collections.abc import Iterable
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

    @classmethod
    def of(cls, counted: Iterable[tuple[Signal, Effect]]) -> Evidence:
        """Evidence from the signals that counted, each with what it counted as."""
        found: dict[Effect, list[Signal]] = {effect: [] for effect in Effect}
        for signal, effect in counted:
            found[effect].append(signal)
        return cls(
            strong_warnings=tuple(found[Effect.STRONG_WARNING]),
            warnings=tuple(found[Effect.WARNING]),
            in_his_favour=tuple(found[Effect.IN_HIS_FAVOUR]),
        )

    @property
    def all_actions_shown(self) -> bool:
        """Every action signal was answered Yes."""
        return _ACTIONS == {s.id for s in self.in_his_favour}


_ACTIONS = frozenset(s.id for s in SIGNALS if s.kind is Kind.ACTION)
_IDS = frozenset(s.id for s in SIGNALS)


def complete(answers: Answers) -> dict[str, Answer]:
    """Every signal's answer, in catalogue order; a missing one is Not sure."""
    unknown = answers.keys() - _IDS
    if unknown:
        raise UnknownSignal(", ".join(sorted(unknown)))
    return {s.id: answers.get(s.id, Answer.NOT_SURE) for s in SIGNALS}


def weigh(answers: Answers) -> Evidence:
    """Sort the answers that count into strong warnings, warnings and actions."""
    given = complete(answers)
    return Evidence.of(
        (signal, effect)
        for signal in SIGNALS
        if (effect := signal.effect(given[signal.id])) is not None
    )
