"""Turn a set of answers into an explained verdict."""

from __future__ import annotations

from dataclasses import dataclass

from decision.answers import Answer, Answers
from decision.evidence import Evidence, complete
from decision.rules import RULEBOOK, Rule, Rulebook
from decision.signals import SIGNALS, Effect, Signal
from decision.sources import Citation
from decision.verdicts import VERDICTS, Verdict

__all__ = ["Reason", "Result", "evaluate"]


@dataclass(frozen=True, slots=True)
class Reason:
    """One answer that counted, what it counted as, and the passages behind it."""

    signal: Signal
    answer: Answer
    effect: Effect

    @property
    def finding(self) -> str:
        """The answer in plain words."""
        finding = self.signal.finding(self.answer)
        assert finding is not None  # only answers with an effect become reasons
        return finding

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Where the essays say this counts."""
        return self.signal.citations


@dataclass(frozen=True, slots=True)
class Result:
    """A verdict, why it was given, and every answer that counted."""

    answers: dict[str, Answer]
    verdict: Verdict
    rule: Rule
    rulebook_version: int
    reasons: tuple[Reason, ...]

    @property
    def explanation(self) -> str:
        """Why this verdict, in plain words."""
        return self.rule.explanation

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The passages behind the verdict as a whole."""
        return self.verdict.citations

    @property
    def against(self) -> tuple[Reason, ...]:
        """The warnings, strong ones first."""
        order = (Effect.STRONG_WARNING, Effect.WARNING)
        return tuple(r for effect in order for r in self.reasons if r.effect is effect)

    @property
    def in_his_favour(self) -> tuple[Reason, ...]:
        """The answers that count in his favour."""
        return tuple(r for r in self.reasons if r.effect is Effect.IN_HIS_FAVOUR)


def evaluate(answers: Answers, *, rulebook: Rulebook = RULEBOOK) -> Result:
    """Decide a verdict for these answers, and list every answer that counted.

    A signal left out counts as Not sure; an unknown signal raises UnknownSignal.
    """
    given = complete(answers)
    reasons = tuple(
        Reason(signal, given[signal.id], effect)
        for signal in SIGNALS
        if (effect := signal.effect(given[signal.id])) is not None
    )
    rule = rulebook.first_match(Evidence.of((r.signal, r.effect) for r in reasons))
    return Result(
        answers=given,
        verdict=VERDICTS[rule.verdict],
        rule=rule,
        rulebook_version=rulebook.version,
        reasons=reasons,
    )
