"""The rule table: the brief's five rules, in order; the first that applies decides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from decision.evidence import Evidence
from decision.verdicts import VerdictId

__all__ = [
    "RULEBOOK",
    "RULEBOOKS",
    "RULEBOOK_V1",
    "Rule",
    "Rulebook",
    "actions_and_no_warnings",
    "always",
    "any_strong_warning",
    "exactly_one_warning",
    "two_or_more_warnings",
]


@dataclass(frozen=True, slots=True)
class Rule:
    """When ``applies`` holds for the evidence, the verdict is ``verdict``."""

    id: str
    applies: Callable[[Evidence], bool]
    verdict: VerdictId
    summary: str
    explanation: str


@dataclass(frozen=True, slots=True)
class Rulebook:
    """An ordered rule table under a version number that never changes meaning."""

    version: int
    rules: tuple[Rule, ...]

    def first_match(self, evidence: Evidence) -> Rule:
        """The first rule that applies; the last rule always does."""
        return next(rule for rule in self.rules if rule.applies(evidence))


def any_strong_warning(evidence: Evidence) -> bool:
    """At least one strong warning was answered Yes."""
    return len(evidence.strong_warnings) > 0


def two_or_more_warnings(evidence: Evidence) -> bool:
    """Two or more warnings came up."""
    return len(evidence.warnings) >= 2


def exactly_one_warning(evidence: Evidence) -> bool:
    """Exactly one warning came up."""
    return len(evidence.warnings) == 1


def actions_and_no_warnings(evidence: Evidence) -> bool:
    """No warning, and every action the essays ask for was answered Yes."""
    return not evidence.warnings and evidence.all_actions_shown


def always(evidence: Evidence) -> bool:
    """The fallback: applies to anything."""
    return True


RULEBOOK_V1 = Rulebook(
    version=1,
    rules=(
        Rule(
            id="strong_warning",
            applies=any_strong_warning,
            verdict=VerdictId.IGNORE,
            summary="Any strong warning sign means: don’t reply.",
            explanation=(
                "You said yes to a strong warning sign."
                " The essays say that on its own is reason enough not to answer."
            ),
        ),
        Rule(
            id="two_warnings",
            applies=two_or_more_warnings,
            verdict=VerdictId.IGNORE,
            summary="Two or more warning signs mean: don’t reply.",
            explanation=(
                "More than one warning sign came up."
                " Together, the essays say, they are reason enough not to answer."
            ),
        ),
        Rule(
            id="one_warning",
            applies=exactly_one_warning,
            verdict=VerdictId.WAIT,
            summary="Exactly one warning sign means: not yet.",
            explanation=(
                "One warning sign came up. That is not enough to decide for you."
                " Give it time, and watch what {he} {does}, not what {he} {says}."
            ),
        ),
        Rule(
            id="actions_shown",
            applies=actions_and_no_warnings,
            verdict=VerdictId.YOUR_CALL,
            summary=(
                "No warning signs, and a Yes to both actions (a real plan kept, and"
                " change shown by actions), means: it’s your call."
            ),
            explanation=(
                "No warning signs came up. {He} {has} made a real plan and kept it."
                " {He} {has} shown by {his} actions that {he} {has} changed."
                " That is the test the essays set. What you do now is up to you."
            ),
        ),
        Rule(
            id="words_only",
            applies=always,
            verdict=VerdictId.WAIT,
            summary="Anything else means: not yet. Words without action are not enough.",
            explanation=(
                "No clear warning signs came up, but no clear action either."
                " Both essays say words alone are not a reason to answer."
                " Wait and see what {he} {does}."
            ),
        ),
    ),
)

#: Every rulebook ever released, by version. Never edit one: add a new version.
RULEBOOKS: dict[int, Rulebook] = {rulebook.version: rulebook for rulebook in (RULEBOOK_V1,)}

#: The rules the app uses for new results.
RULEBOOK = RULEBOOKS[max(RULEBOOKS)]
