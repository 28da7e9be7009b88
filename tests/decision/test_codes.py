"""Share codes: short, URL-safe, versioned, and stable across every release."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from decision import RULEBOOK, Answer, InvalidCode, Pronoun, decode, encode
from decision.codes import MAX_LENGTH
from tests.helpers import SIGNAL_IDS

Y, N, U = Answer.YES, Answer.NO, Answer.NOT_SURE

answer_sets = st.fixed_dictionaries({s: st.sampled_from(list(Answer)) for s in SIGNAL_IDS})

# Codes made by released versions of the app. They must decode like this for good:
# never edit a row, only add new ones.
GOLDEN = [
    ("1uuuuuuuuuuuu", {}),
    ("1yyyyyyyyyyyy", {s: Y for s in SIGNAL_IDS}),
    ("1nnnnnnnnnnnn", {s: N for s in SIGNAL_IDS}),
    ("1ynuuuuuuuuuu", {"followed_through": Y, "broken_plans": N}),
    ("1uuuuuuuuuuuy", {"he_has_changed": Y}),
    ("1ynnnnnnnnnny", {s: N for s in SIGNAL_IDS} | {"followed_through": Y, "he_has_changed": Y}),
    ("1uuuuyuuuuuuu", {"moved_on_fast": Y}),
]


# Format 2 (rulebook version, pronoun, answers). Never edit a row, only add new ones.
GOLDEN_V2 = [
    ("21huuuuuuuuuuuu", 1, Pronoun.HE, {}),
    ("21syuuuuuuuuuuy", 1, Pronoun.SHE, {"followed_through": Y, "he_has_changed": Y}),
    ("21tnnnnnnnnnnnn", 1, Pronoun.THEY, {s: N for s in SIGNAL_IDS}),
    ("21huyuuuuuuuuuu", 1, Pronoun.HE, {"broken_plans": Y}),
]


@pytest.mark.parametrize(("code", "named"), GOLDEN, ids=[code for code, _ in GOLDEN])
def test_golden_format_1_codes_decode_the_same_way_forever(
    code: str, named: dict[str, Answer]
) -> None:
    """A format 1 code opens the same answers, under rulebook 1, worded for "he"."""
    shared = decode(code)
    assert shared.answers == {s: named.get(s, U) for s in SIGNAL_IDS}
    assert (shared.rulebook_version, shared.pronoun) == (1, Pronoun.HE)


@pytest.mark.parametrize(
    ("code", "rulebook", "pronoun", "named"), GOLDEN_V2, ids=[row[0] for row in GOLDEN_V2]
)
def test_golden_format_2_codes_decode_the_same_way_forever(
    code: str, rulebook: int, pronoun: Pronoun, named: dict[str, Answer]
) -> None:
    """A format 2 code opens the same answers, rulebook and pronoun."""
    shared = decode(code)
    assert shared.answers == {s: named.get(s, U) for s in SIGNAL_IDS}
    assert (shared.rulebook_version, shared.pronoun) == (rulebook, pronoun)


@given(answer_sets, st.sampled_from(list(Pronoun)))
def test_decode_reverses_encode(answers: dict[str, Answer], pronoun: Pronoun) -> None:
    """decode(encode(x)) gives back x: answers, pronoun, and today's rulebook."""
    shared = decode(encode(answers, pronoun=pronoun))
    assert (shared.answers, shared.pronoun, shared.rulebook_version) == (
        answers,
        pronoun,
        RULEBOOK.version,
    )


@given(answer_sets)
def test_codes_are_short_and_url_safe(answers: dict[str, Answer]) -> None:
    """A code is at most 16 characters, each safe in a URL path unescaped."""
    code = encode(answers)
    assert len(code) <= MAX_LENGTH
    assert set(code) <= set(string.ascii_letters + string.digits + "-_")


@given(st.text(max_size=40))
def test_any_string_decodes_or_raises_the_domain_error(text: str) -> None:
    """Whatever the string, decode returns answers or raises InvalidCode: nothing else."""
    try:
        shared = decode(text)
    except InvalidCode:
        return
    assert set(shared.answers) == set(SIGNAL_IDS)
    assert text[0] in "12" and len(text) <= MAX_LENGTH


BAD_CODES = [
    "",
    "1",
    "9yyyyyyyyyyyy",
    "1yyyyyyyyyyy",
    "1yyyyyyyyyyyyy",
    "1yyyyyyyyyyyx",
    "1YYYYYYYYYYYY",
]


@pytest.mark.parametrize("code", BAD_CODES)
def test_malformed_codes_raise_invalid_code(code: str) -> None:
    """Every way a code can be wrong ends in InvalidCode."""
    with pytest.raises(InvalidCode):
        decode(code)


def test_an_unknown_letter_is_chained_to_its_cause() -> None:
    """The domain error keeps the low-level error as its cause."""
    with pytest.raises(InvalidCode) as caught:
        decode("1yyyyyyyyyyyx")
    assert isinstance(caught.value.__cause__, KeyError)
