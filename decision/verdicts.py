"""The verdicts a result can give, by their stable ids, and the comfort shown with one."""

from __future__ import annotations

from decision.choices import Choice
from decision.sources import Citation

__all__ = ["COMFORT", "VerdictId"]


class VerdictId(Choice):
    """The stable id of a verdict; its words live in ``decision.wording``."""

    SAFETY_FIRST = "safety_first"
    IGNORE = "ignore"
    WAIT = "wait"
    YOUR_CALL = "your_call"


#: Shown with every "Don't reply": the essays' comfort for the reader, not a reason.
COMFORT = Citation(
    "missed-you",
    9,
    "Some people just don’t realize the opportunity that is right in front of them- and"
    " that’s not your fault.",
)
