"""A closed set of named values (an answer, a pronoun, a verdict, an effect), hashed by identity."""

from __future__ import annotations

from enum import Enum

__all__ = ["Choice"]


class Choice(Enum):
    """An enum whose members are hashed as the objects they are.

    Each member is the only object of its value, so identity finds the same table entries as
    Enum's own hash, which Python runs as a function of the member's name on every lookup:
    about 3% of a result page's instructions, whose tables are keyed by answers and effects.
    """

    __hash__ = object.__hash__
