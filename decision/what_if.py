"""What would change a verdict: every single answer that, changed alone, gives another."""

from __future__ import annotations

from dataclasses import dataclass

from decision.answers import Answer, Answers
from decision.evaluate import evaluate
from decision.evidence import complete
from decision.rules import RULEBOOK, Rulebook
from decision.signals import SIGNALS, Signal
from decision.verdicts import Verdict

__all__ = ["Change", "what_would_change"]


@dataclass(frozen=True, slots=True)
class Change:
    """Had ``signal`` been answered ``answer``, the verdict would be ``verdict``."""

    signal: Signal
    answer: Answer
    verdict: Verdict

    @property
    def supposing(self) -> str:
        """The change as a clause: "If he had made a real plan to meet you"."""
        return self.signal.supposing(self.answer)


def what_would_change(answers: Answers, *, rulebook: Rulebook = RULEBOOK) -> tuple[Change, ...]:
    """Each one-answer change that gives a different verdict, in question order."""
    given = complete(answers)
    verdict_now = evaluate(given, rulebook=rulebook).verdict
    changes = []
    for signal in SIGNALS:
        for answer in Answer:
            if answer is given[signal.id]:
                continue
            verdict = evaluate({**given, signal.id: answer}, rulebook=rulebook).verdict
            if verdict != verdict_now:
                changes.append(Change(signal, answer, verdict))
    return tuple(changes)
