"""Share codes: short, URL-safe, versioned, and stable across every release."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from decision import CURRENT, EDITIONS, MAX_LENGTH, Answer, InvalidCode, Pronoun, decode, encode

Y, N, U = Answer.YES, Answer.NO, Answer.NOT_SURE
ONE, TWO = EDITIONS[1], EDITIONS[2]

# Codes made by released versions of the app. They must decode like this for good:
# never edit a row, only add new ones. (code, edition, pronoun, answers named; the rest Not sure)
GOLDEN = [
    ("1uuuuuuuuuuuu", 1, Pronoun.HE, {}),
    ("1yyyyyyyyyyyy", 1, Pronoun.HE, dict.fromkeys(ONE.ids, Y)),
    ("1nnnnnnnnnnnn", 1, Pronoun.HE, dict.fromkeys(ONE.ids, N)),
    ("1ynuuuuuuuuuu", 1, Pronoun.HE, {"followed_through": Y, "broken_plans": N}),
    ("1uuuuuuuuuuuy", 1, Pronoun.HE, {"he_has_changed": Y}),
    ("1uuuuyuuuuuuu", 1, Pronoun.HE, {"moved_on_fast": Y}),
    ("21huuuuuuuuuuuu", 1, Pronoun.HE, {}),
    ("21syuuuuuuuuuuy", 1, Pronoun.SHE, {"followed_through": Y, "he_has_changed": Y}),
    ("21tnnnnnnnnnnnn", 1, Pronoun.THEY, dict.fromkeys(ONE.ids, N)),
    ("21huyuuuuuuuuuu", 1, Pronoun.HE, {"broken_plans": Y}),
    ("32huuuuuuuuuuuuu", 2, Pronoun.HE, {}),
    (
        "32hnyuuuuuuuuuuy",
        2,
        Pronoun.HE,
        {"safety_concern": N, "followed_through": Y, "he_has_changed": Y},
    ),
    ("32snnuuuuuuuuuuu", 2, Pronoun.SHE, {"safety_concern": N, "followed_through": N}),
    ("32tuuuuuuuuuuuyu", 2, Pronoun.THEY, {"heard_you_moved_on": Y}),
]


@pytest.mark.parametrize(
    ("code", "edition", "pronoun", "named"), GOLDEN, ids=[g[0] for g in GOLDEN]
)
def test_golden_codes_decode_the_same_way_forever(
    code: str, edition: int, pronoun: Pronoun, named: dict[str, Answer]
) -> None:
    """A released code opens the same answers, edition and pronoun in every release."""
    shared = decode(code)
    assert (shared.edition.number, shared.pronoun) == (edition, pronoun)
    assert shared.answers == {q: named.get(q, U) for q in EDITIONS[edition].ids}


@given(st.sampled_from(sorted(EDITIONS)), st.sampled_from(list(Pronoun)), st.data())
def test_decode_reverses_encode(number: int, pronoun: Pronoun, data: st.DataObject) -> None:
    """decode(encode(x)) gives back x: answers, pronoun and edition."""
    edition = EDITIONS[number]
    answers = data.draw(
        st.fixed_dictionaries({q: st.sampled_from(list(Answer)) for q in edition.ids})
    )
    shared = decode(encode(answers, pronoun=pronoun, edition=edition))
    assert (shared.answers, shared.pronoun, shared.edition) == (answers, pronoun, edition)


def test_new_codes_carry_todays_edition_in_format_3() -> None:
    """A code made today is format 3 and names the current edition."""
    code = encode({})
    assert code[0] == "3" and decode(code).edition is CURRENT


@given(st.fixed_dictionaries({q: st.sampled_from(list(Answer)) for q in TWO.ids}))
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
    assert set(shared.answers) == set(shared.edition.ids)
    assert len(text) <= MAX_LENGTH


BAD_CODES = [
    "",
    "1",
    "9yyyyyyyyyyyy",
    "1yyyyyyyyyyy",
    "1yyyyyyyyyyyyy",
    "1yyyyyyyyyyyx",
    "1YYYYYYYYYYYY",
    "22huuuuuuuuuuuuu",  # format 2 never carried edition 2
    "31huuuuuuuuuuuuu",  # edition 1 has twelve questions
    "32huuuuuuuuuuuu",  # edition 2 has thirteen
    "39huuuuuuuuuuuuu",  # no edition 9
    "32xuuuuuuuuuuuuu",  # no such pronoun
    "3",
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
