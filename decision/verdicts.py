"""The three verdicts, each with its headline and the passages behind it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from decision.sources import Citation

__all__ = ["VERDICTS", "Verdict", "VerdictId"]


class VerdictId(Enum):
    """The stable id of a verdict."""

    IGNORE = "ignore"
    WAIT = "wait"
    YOUR_CALL = "your_call"


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the app advises, and the essays' passages behind it as a whole."""

    id: VerdictId
    headline: str
    citations: tuple[Citation, ...]


_ACTION_IS_THE_TEST = Citation(
    "missed-you",
    11,
    "Because if he really did miss you, he would do something about it.",
)

VERDICTS: dict[VerdictId, Verdict] = {
    verdict.id: verdict
    for verdict in (
        Verdict(
            id=VerdictId.IGNORE,
            headline="Don’t reply.",
            citations=(
                Citation("ignore-the-text", 10, "But you still need to ignore this text."),
                Citation(
                    "missed-you",
                    11,
                    "So stop wasting your time, thoughts, and energy on someone who"
                    " claims to miss you, only to let you down.",
                ),
            ),
        ),
        Verdict(
            id=VerdictId.WAIT,
            headline="Not yet: let what {he} {does} speak first.",
            citations=(
                Citation(
                    "missed-you",
                    5,
                    "Because if he did, he would actually do something about it.",
                ),
                _ACTION_IS_THE_TEST,
            ),
        ),
        Verdict(
            id=VerdictId.YOUR_CALL,
            headline="It’s your call.",
            citations=(
                _ACTION_IS_THE_TEST,
                Citation(
                    "missed-you",
                    10,
                    "You deserve someone who, when he is given a chance to revisit or"
                    " make those memories with you, he’s excited to do just that.",
                ),
            ),
        ),
    )
}
