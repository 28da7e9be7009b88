"""No page whose address holds answers is ever kept: a share code never outlives its request."""

from __future__ import annotations

import pytest

from app import create_app
from serving.page_cache import cache_of
from tests.helpers import answers

#: Share codes of every kind: today's verdicts and pronouns, and each older format.
CODES = {
    "ignore": "32hnyuuuuuuuuuuu",
    "wait": "32snuuuuuuuuuuuu",
    "your-call": "32tnnnnnnnnnnnnn",
    "edition-1": "31huuuuuuuuuuuy",
    "format-1": "1uuuuuuuuuuuy",
    "format-2": "21huyuuuuuuuuuu",
}

#: Every GET that carries answers in its address, each asked twice.
ADDRESSES = [
    *(pytest.param(f"/r/{code}", id=f"result-{name}") for name, code in CODES.items()),
    *(pytest.param(f"/r/{code}.json", id=f"json-{name}") for name, code in CODES.items()),
    *(pytest.param(f"/?answers={code}", id=f"prefilled-{name}") for name, code in CODES.items()),
    pytest.param(f"/r/{CODES['wait']}/reminder.ics", id="reminder"),
    pytest.param("/?answers=not-a-code", id="prefilled-unreadable"),
    pytest.param(f"/support?answers={CODES['ignore']}", id="answers-on-another-page"),
    pytest.param(f"/?pronoun=she&answers={CODES['ignore']}", id="answers-not-first"),
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_a_page_whose_address_holds_answers_is_never_kept(address: str) -> None:
    """Asked for twice, it is made twice and leaves the page cache empty."""
    app = create_app({"TESTING": True})
    client = app.test_client()
    statuses = [client.get(address).status_code for _ in range(2)]
    assert statuses[0] == statuses[1] != 404
    assert (len(cache_of(app)), cache_of(app).bytes) == (0, 0)


def test_a_questionnaire_posted_with_answers_is_never_kept() -> None:
    """A form shown again with errors echoes the answers, and is not kept."""
    app = create_app({"TESTING": True})
    form = {k: v for k, v in answers("no", followed_through="yes").items() if k != "broken_plans"}
    assert app.test_client().post("/", data=form).status_code == 200
    assert len(cache_of(app)) == 0


@pytest.mark.parametrize("address", ["/", "/support", "/how-we-decide"])
def test_a_page_without_answers_is_still_kept(address: str) -> None:
    """The pages everyone sees alike are kept, so the cache above was on and able to keep."""
    app = create_app({"TESTING": True})
    assert app.test_client().get(address).status_code == 200
    assert len(cache_of(app)) == 1
