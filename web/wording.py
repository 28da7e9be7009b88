"""Template helpers that word the app's own sentences for the chosen pronoun."""

from __future__ import annotations

from flask import Flask

from decision import Pronoun

__all__ = ["register"]


def words(template: str, pronoun: Pronoun = Pronoun.HE) -> str:
    """The app's own sentence, worded for whoever sent the message."""
    return pronoun.fill(template)


def register(app: Flask) -> None:
    """Make ``|words(pronoun)`` available in every template."""
    app.add_template_filter(words)
