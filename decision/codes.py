"""Share codes: a short, URL-safe text that carries every answer and its format version.

A code is its format version (one character) followed by that format's payload.
Each format's layout is frozen once released, and its decoder is kept for good,
so that a link made today opens the same way after every later release.

Format ``1`` (the first release): one letter per signal, in the order of
``_SIGNALS`` below: ``y`` Yes, ``n`` No, ``u`` Not sure. It speaks of "he",
and its answers are judged by rulebook 1.

Format ``2``: the rulebook version (one base-36 digit), the pronoun (``h`` he,
``s`` she, ``t`` they), then the answers exactly as in format 1.
"""

from __future__ import annotations

from dataclasses import dataclass

from decision.answers import Answer, Answers
from decision.evidence import complete
from decision.pronouns import Pronoun
from decision.rules import RULEBOOK, RULEBOOKS

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
    pronoun: Pronoun = Pronoun.HE


# Frozen: the answers' layout in formats 1 and 2. Never reorder, rename or extend it.
_SIGNALS = (
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
_LETTERS = {Answer.YES: "y", Answer.NO: "n", Answer.NOT_SURE: "u"}
_ANSWERS = {letter: answer for answer, letter in _LETTERS.items()}
_PRONOUN_LETTERS = {Pronoun.HE: "h", Pronoun.SHE: "s", Pronoun.THEY: "t"}
_PRONOUNS = {letter: pronoun for pronoun, letter in _PRONOUN_LETTERS.items()}
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def encode(
    answers: Answers,
    *,
    pronoun: Pronoun = Pronoun.HE,
    rulebook_version: int = RULEBOOK.version,
) -> str:
    """The share code for these answers, in the current format (2)."""
    if not 1 <= rulebook_version < len(_DIGITS):
        raise ValueError(f"rulebook version {rulebook_version} does not fit in a code")
    return "2" + _DIGITS[rulebook_version] + _PRONOUN_LETTERS[pronoun] + _answer_letters(answers)


def decode(code: str) -> Shared:
    """What a share code carries; InvalidCode for anything this app never made."""
    if not isinstance(code, str) or not code:
        raise InvalidCode("a share code is a non-empty string")
    version, payload = code[0], code[1:]
    decoder = _DECODERS.get(version)
    if decoder is None:
        raise InvalidCode(f"unknown share code format {version!r}")
    return decoder(payload)


def _answer_letters(answers: Answers) -> str:
    given = complete(answers)
    return "".join(_LETTERS[given[signal_id]] for signal_id in _SIGNALS)


def _read_answers(letters: str) -> dict[str, Answer]:
    if len(letters) != len(_SIGNALS):
        raise InvalidCode(f"a code carries {len(_SIGNALS)} answers")
    try:
        return {
            signal_id: _ANSWERS[letter] for signal_id, letter in zip(_SIGNALS, letters, strict=True)
        }
    except KeyError as error:
        raise InvalidCode(f"no answer is written {error.args[0]!r}") from error


def _decode_v1(payload: str) -> Shared:
    return Shared(answers=_read_answers(payload), rulebook_version=1)


def _decode_v2(payload: str) -> Shared:
    if len(payload) < 2:
        raise InvalidCode("format 2 starts with a rulebook version and a pronoun")
    rulebook, pronoun, letters = payload[0], payload[1], payload[2:]
    try:
        rulebook_version = _DIGITS.index(rulebook)
        chosen = _PRONOUNS[pronoun]
    except (ValueError, KeyError) as error:
        raise InvalidCode(f"format 2 cannot read {payload[:2]!r}") from error
    if rulebook_version not in RULEBOOKS:
        raise InvalidCode(f"no rulebook {rulebook_version} was ever released")
    return Shared(answers=_read_answers(letters), rulebook_version=rulebook_version, pronoun=chosen)


_DECODERS = {"1": _decode_v1, "2": _decode_v2}
