"""A question as an edition asks it: its words, how each answer counts, and what backs it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from decision.answers import Answer
from decision.choices import Choice
from decision.sources import Citation

__all__ = ["Effect", "Kind", "Question", "action", "safety", "strong_warning", "warning"]


class Effect(Choice):
    """What one answer counts as."""

    SAFETY = "safety"
    STRONG_WARNING = "strong_warning"
    WARNING = "warning"
    IN_HIS_FAVOUR = "in_his_favour"


class Kind(Choice):
    """What sort of question it is, named by what a Yes counts as."""

    SAFETY = "safety"
    ACTION = "action"
    STRONG_WARNING = "strong_warning"
    WARNING = "warning"


_KIND_OF_YES = {
    Effect.SAFETY: Kind.SAFETY,
    Effect.IN_HIS_FAVOUR: Kind.ACTION,
    Effect.STRONG_WARNING: Kind.STRONG_WARNING,
    Effect.WARNING: Kind.WARNING,
}


@dataclass(frozen=True, slots=True)
class Question:
    """One question of one edition, frozen once released.

    ``text`` and ``hint`` are templates with ``{he}``-style slots (``Pronoun.fill``).
    ``counts`` says what each answer counts as; an answer left out counts for nothing.
    ``backing`` lists the passages behind each answer that counts; an answer that counts
    with no passage is our own rule, and the wording says so.
    """

    id: str
    text: str
    counts: Mapping[Answer, Effect]
    backing: Mapping[Answer, tuple[Citation, ...]] = field(default_factory=dict)
    hint: str | None = None
    #: Shown as a short list under the question, each item one thing it asks about.
    items: tuple[str, ...] = ()

    @property
    def kind(self) -> Kind:
        """What sort of question this is, from what a Yes counts as."""
        return _KIND_OF_YES[self.counts[Answer.YES]]

    def effect(self, answer: Answer) -> Effect | None:
        """What this answer counts as, or None when it is no evidence either way."""
        return self.counts.get(answer)


_Backing = Mapping[Answer, tuple[Citation, ...]]


def safety(id: str, text: str, *, items: tuple[str, ...], hint: str | None = None) -> Question:
    """A question whose Yes puts the person's safety before any verdict; no essay backs it."""
    return Question(id, text, {Answer.YES: Effect.SAFETY}, {}, hint, items)


def strong_warning(
    id: str, text: str, *, backing: tuple[Citation, ...], hint: str | None = None
) -> Question:
    """A question whose Yes is a strong warning sign."""
    return Question(id, text, {Answer.YES: Effect.STRONG_WARNING}, {Answer.YES: backing}, hint)


def warning(
    id: str, text: str, *, backing: tuple[Citation, ...], hint: str | None = None
) -> Question:
    """A question whose Yes is a warning sign."""
    return Question(id, text, {Answer.YES: Effect.WARNING}, {Answer.YES: backing}, hint)


def action(
    id: str, text: str, *, backing: _Backing, no_is_warning: bool, hint: str | None = None
) -> Question:
    """A question about something he did: a Yes counts in his favour, a No may be a warning."""
    counts = {Answer.YES: Effect.IN_HIS_FAVOUR}
    if no_is_warning:
        counts[Answer.NO] = Effect.WARNING
    return Question(id, text, counts, backing, hint)
