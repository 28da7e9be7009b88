"""What a route says about its responses, marked where the route is written.

``serving/`` reads these through the callables ``app.py`` hands it, so neither package imports
the other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import current_app, g, request

from decision import VerdictId

__all__ = [
    "VERDICTS",
    "carries_answers",
    "holds_answers",
    "same_for_same_address",
    "same_page_each_time",
    "show_verdict",
    "verdict_shown",
]

#: Every verdict id a response can show, for counting them (serving/metrics.py).
VERDICTS = tuple(verdict.value for verdict in VerdictId)

View = TypeVar("View", bound=Callable[..., object])

_PRIVATE = "carries_answers"
_STABLE = "same_for_same_address"


def carries_answers(view: View) -> View:
    """Mark a route whose address holds someone's answers: never indexed, logged or kept."""
    setattr(view, _PRIVATE, True)
    return view


def same_for_same_address(view: View) -> View:
    """Mark a GET route whose page depends on nothing but its address, so it may be kept.

    A page whose address holds answers is never kept, marked or not (``same_page_each_time``).
    """
    setattr(view, _STABLE, True)
    return view


def _marked(name: str) -> bool:
    view = current_app.view_functions.get(request.endpoint or "")
    return bool(getattr(view, name, False))


def holds_answers() -> bool:
    """This request's address holds answers: a private route, or answers in the query."""
    return _marked(_PRIVATE) or "answers" in request.args


def same_page_each_time() -> bool:
    """This request may be answered from a page kept from an earlier one, or kept itself.

    Never when its address holds answers (``holds_answers``): a share code, or the answers in
    the query, would otherwise outlive the request in the cache.
    """
    return request.method == "GET" and _marked(_STABLE) and not holds_answers()


def show_verdict(verdict: VerdictId) -> None:
    """Note that this response shows ``verdict``, so it can be counted."""
    g.verdict_shown = verdict.value


def verdict_shown() -> str | None:
    """The id of the verdict this response shows, if it shows one."""
    shown: str | None = g.get("verdict_shown")
    return shown
