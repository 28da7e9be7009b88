"""Editions: everything that gives an answer its meaning, frozen once released.

An edition holds the questions as asked, how each answer counts, the passages behind each answer,
its rule table (first match wins) and what could still happen after a result. New results use
the newest edition; a link keeps the edition it was made under, for good.

To add an edition, write ``edition_<n>.py`` beside the others and list it in ``EDITIONS``.
"""

from __future__ import annotations

from decision.editions import edition_1, edition_2
from decision.editions.edition import Edition, Erratum, UnknownSignal

__all__ = ["CURRENT", "EDITIONS", "Edition", "Erratum", "UnknownSignal"]

#: Every edition ever released, by number. Never edit one: add the next.
EDITIONS: dict[int, Edition] = {e.number: e for e in (edition_1.EDITION, edition_2.EDITION)}

#: The edition new results are made under.
CURRENT: Edition = EDITIONS[max(EDITIONS)]
