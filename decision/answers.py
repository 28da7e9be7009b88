"""The three answers a person can give to every question."""

from __future__ import annotations

from collections.abc import Mapping

from decision.choices import Choice

__all__ = ["Answer", "Answers"]


class Answer(Choice):
    """One answer to one question: Yes, No or Not sure."""

    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"

    @property
    def label(self) -> str:
        """The answer as the questionnaire shows it."""
        return _LABELS[self]


_LABELS = {Answer.YES: "Yes", Answer.NO: "No", Answer.NOT_SURE: "Not sure"}

#: Answers keyed by signal id. A signal left out counts as "Not sure".
Answers = Mapping[str, Answer]
