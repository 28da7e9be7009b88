"""Share codes: a short, URL-safe text that carries every answer, the edition and the pronoun.

A code is its format version (one character) followed by that format's payload. Each format's
layout is frozen once released, and its decoder is kept for good, so that a link made today
opens the same way after every later release.

- Format ``1`` (first release): one letter per question of edition 1, in its order: ``y`` Yes,
  ``n`` No, ``u`` Not sure. Worded for "he".
- Format ``2``: the rulebook version (one base-36 digit; only ``1`` was ever released, and it is
  edition 1), the pronoun (``h`` he, ``s`` she, ``t`` they), then the answers as in format 1.
- Format ``3`` (current): the edition (one base-36 digit), the pronoun, then one letter per
  question of that edition, in its order.
"""

from __future__ import annotations

from dataclasses import dataclass

from decision.answers import Answer
from decision.editions import CURRENT, EDITIONS, Edition
from decision.pronouns import Pronoun

__all__ = ["MAX_LENGTH", "InvalidCode", "Shared", "decode", "encode"]

#: No code, in any format, is ever longer than this.
MAX_LENGTH = 16


class InvalidCode(ValueError):
    """The text is not a share code this app has ever made."""


@dataclass(frozen=True, slots=True)
class Shared:
    """What a share code carries."""

    answers: dict[str, Answer]
    edition: Edition
    pronoun: Pronoun = Pronoun.HE


_LETTERS = {Answer.YES: "y", Answer.NO: "n", Answer.NOT_SURE: "u"}
_ANSWERS = {letter: answer for answer, letter in _LETTERS.items()}
_PRONOUN_LETTERS = {Pronoun.HE: "h", Pronoun.SHE: "s", Pronoun.THEY: "t"}
_PRONOUNS = {letter: pronoun for pronoun, letter in _PRONOUN_LETTERS.items()}
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def encode(
    answers: dict[str, Answer], *, pronoun: Pronoun = Pronoun.HE, edition: Edition = CURRENT
) -> str:
    """The share code for these answers under ``edition``, in the current format (3)."""
    given = edition.complete(answers)
    letters = "".join(_LETTERS[answer] for answer in given.values())
    return "3" + _DIGITS[edition.number] + _PRONOUN_LETTERS[pronoun] + letters


def decode(code: str) -> Shared:
    """What a share code carries; InvalidCode for anything this app never made."""
    if not isinstance(code, str) or not code:
        raise InvalidCode("a share code is a non-empty string")
    version, payload = code[0], code[1:]
    decoder = _DECODERS.get(version)
    if decoder is None:
        raise InvalidCode(f"unknown share code format {version!r}")
    return decoder(payload)


def _read_answers(edition: Edition, letters: str) -> dict[str, Answer]:
    if len(letters) != len(edition.questions):
        raise InvalidCode(f"edition {edition.number} carries {len(edition.questions)} answers")
    try:
        return {q: _ANSWERS[letter] for q, letter in zip(edition.ids, letters, strict=True)}
    except KeyError as error:
        raise InvalidCode(f"no answer is written {error.args[0]!r}") from error


def _read_head(payload: str, editions: dict[int, Edition]) -> tuple[Edition, Pronoun, str]:
    """The edition digit and pronoun letter at the start of a format 2 or 3 payload."""
    if len(payload) < 2:
        raise InvalidCode("the code is cut short")
    try:
        number = _DIGITS.index(payload[0])
        pronoun = _PRONOUNS[payload[1]]
    except (ValueError, KeyError) as error:
        raise InvalidCode(f"cannot read {payload[:2]!r}") from error
    if number not in editions:
        raise InvalidCode(f"no edition {number} was ever released in this format")
    return editions[number], pronoun, payload[2:]


def _decode_v1(payload: str) -> Shared:
    return Shared(_read_answers(EDITIONS[1], payload), EDITIONS[1])


def _decode_v2(payload: str) -> Shared:
    # Format 2's digit named a rulebook; the only one released was edition 1's.
    edition, pronoun, letters = _read_head(payload, {1: EDITIONS[1]})
    return Shared(_read_answers(edition, letters), edition, pronoun)


def _decode_v3(payload: str) -> Shared:
    edition, pronoun, letters = _read_head(payload, EDITIONS)
    return Shared(_read_answers(edition, letters), edition, pronoun)


_DECODERS = {"1": _decode_v1, "2": _decode_v2, "3": _decode_v3}
