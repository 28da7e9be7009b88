"""Reopen a shared result: judged by the rules it was made under, and compared with today's."""

from __future__ import annotations

from dataclasses import dataclass

from decision.codes import Shared
from decision.evaluate import Result, evaluate
from decision.rules import RULEBOOK, RULEBOOKS, Rulebook
from decision.verdicts import Verdict
from decision.what_if import Change, what_would_change

__all__ = ["Reopened", "reopen"]


@dataclass(frozen=True, slots=True)
class Reopened:
    """A shared result as its link promised it, and what would change it."""

    shared: Shared
    result: Result
    changes: tuple[Change, ...]
    verdict_today: Verdict | None

    @property
    def rules_changed(self) -> bool:
        """Today's rules would give this link a different verdict."""
        return self.verdict_today is not None


def reopen(shared: Shared, *, current: Rulebook = RULEBOOK) -> Reopened:
    """The result a link was made with, under its own rulebook, never silently rewritten."""
    own = RULEBOOKS[shared.rulebook_version]
    result = evaluate(shared.answers, rulebook=own)
    today = evaluate(shared.answers, rulebook=current).verdict
    return Reopened(
        shared=shared,
        result=result,
        changes=what_would_change(shared.answers, rulebook=own),
        verdict_today=None if today == result.verdict else today,
    )
