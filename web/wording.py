"""Template helpers that word the app's own sentences for the chosen pronoun."""

from __future__ import annotations

from collections.abc import Iterable

from flask import Flask

from decision import Citation, Pronoun

__all__ = ["register"]


def words(template: str, pronoun: Pronoun = Pronoun.HE) -> str:
    """The app's own sentence, worded for whoever sent the message."""
    return pronoun.fill(template)


def passages(citations: Iterable[Citation]) -> list[list[Citation]]:
    """Quotes in order, those next to each other from one paragraph of one essay together."""
    grouped: list[list[Citation]] = []
    for citation in citations:
        last = grouped[-1][-1] if grouped else None
        if last and (last.source_id, last.paragraph) == (citation.source_id, citation.paragraph):
            grouped[-1].append(citation)
        else:
            grouped.append([citation])
    return grouped


def register(app: Flask) -> None:
    """Make ``|words(pronoun)`` and ``|passages`` available in every template."""
    app.add_template_filter(words)
    app.add_template_filter(passages)
