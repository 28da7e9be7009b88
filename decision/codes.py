"""Share codes: a short, URL-safe text that carries every answer and its format version.

A code is its format version (one character) followed by that format's payload.
Each format's layout is frozen once released, and its decoder is kept for good,
so that a link made today opens the same way after every later release.

Format ``1``: one character per signal, in the order below: ``y`` Yes, ``n`` No,
``u`` Not sure. Answers made under format 1 are judged by rulebook 1.
"""

from __future__ import annotations

from dataclasses import dataclass

from decision.answers import Answer, Answers
from decision.evidence import complete

__all__ = ["MAX_LENGTH", "InvalidCode", "Shared", "decode", "encode"]

#: No code, in any format, is ever longer than this.
MAX_LENGTH = 16


class InvalidCode(ValueError):
    """The text is not a share code this app has ever made."""


@dataclass(frozen=True, slots=True)
class Shared:
    """What a share code carries."""

    answers: dict[str, Answer]
    rulebook_version: int


# Frozen: format 1's layout. Never reorder, rename or extend this tuple.
_V1_SIGNALS = (
    "followed_through",
    "broken_plans",
    "ready_excuses",
    "you_keep_reaching_out",
    "moved_on_fast",
    "rebound_over",
    "comes_and_goes",
    "vanished_after_attention",
    "fishing_for_praise",
    "arrived_while_healing",
    "heard_you_moved_on",
    "he_has_changed",
)
_V1_LETTERS = {Answer.YES: "y", Answer.NO: "n", Answer.NOT_SURE: "u"}
_V1_ANSWERS = {letter: answer for answer, letter in _V1_LETTERS.items()}


def encode(answers: Answers) -> str:
    """The share code for these answers, in the current format."""
    given = complete(answers)
    return "1" + "".join(_V1_LETTERS[given[signal_id]] for signal_id in _V1_SIGNALS)


def decode(code: str) -> Shared:
    """What a share code carries; InvalidCode for anything this app never made."""
    if not isinstance(code, str) or not code:
        raise InvalidCode("a share code is a non-empty string")
    version, payload = code[0], code[1:]
    decoder = _DECODERS.get(version)
    if decoder is None:
        raise InvalidCode(f"unknown share code format {version!r}")
    return decoder(payload)


def _decode_v1(payload: str) -> Shared:
    if len(payload) != len(_V1_SIGNALS):
        raise InvalidCode(f"format 1 carries {len(_V1_SIGNALS)} answers")
    try:
        answers = {
            signal_id: _V1_ANSWERS[letter]
            for signal_id, letter in zip(_V1_SIGNALS, payload, strict=True)
        }
    except KeyError as error:
        raise InvalidCode(f"format 1 has no answer {error.args[0]!r}") from error
    return Shared(answers=answers, rulebook_version=1)


_DECODERS = {"1": _decode_v1}
