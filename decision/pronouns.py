"""Who sent the message: the app's own wording follows the person's choice.

The app's sentences are written once, as templates with ``{he}``-style slots, and verb endings
that follow the pronoun (``{he} ask{s}``, ``{he} go{es}``); quotes from the essays are never
filled in, they stay verbatim.
"""

from __future__ import annotations

from decision.choices import Choice

__all__ = ["Pronoun"]


class Pronoun(Choice):
    """He, she or they: how the app speaks of the person who sent the message."""

    HE = "he"
    SHE = "she"
    THEY = "they"

    @property
    def label(self) -> str:
        """The choice as the questionnaire shows it."""
        return _WORDS[self]["He"]

    def fill(self, template: str) -> str:
        """The template in this pronoun's words."""
        return template.format_map(_WORDS[self])


_WORDS: dict[Pronoun, dict[str, str]] = {
    Pronoun.HE: {
        "he": "he",
        "He": "He",
        "him": "him",
        "his": "his",
        "His": "His",
        "has": "has",
        "Has": "Has",
        "is": "is",
        "does": "does",
        "was": "was",
        "says": "says",
        "s": "s",
        "es": "es",
    },
    Pronoun.SHE: {
        "he": "she",
        "He": "She",
        "him": "her",
        "his": "her",
        "His": "Her",
        "has": "has",
        "Has": "Has",
        "is": "is",
        "does": "does",
        "was": "was",
        "says": "says",
        "s": "s",
        "es": "es",
    },
    Pronoun.THEY: {
        "he": "they",
        "He": "They",
        "him": "them",
        "his": "their",
        "His": "Their",
        "has": "have",
        "Has": "Have",
        "is": "are",
        "does": "do",
        "was": "were",
        "says": "say",
        "s": "",
        "es": "",
    },
}
