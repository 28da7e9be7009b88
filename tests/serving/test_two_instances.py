"""Any copy of the app opens a link another copy made: nothing is shared between them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest

from app import create_app
from serving import page_cache
from tests.helpers import answers, fetch, serving

Address = tuple[str, int]


@pytest.fixture(scope="module")
def two_copies() -> Iterator[tuple[Address, Address]]:
    """Two apps built separately, each served on its own port of 127.0.0.1."""
    # The second copy keeps no pages, so every page it shows is one it made itself.
    with (
        serving(create_app({"TESTING": True})) as first,
        serving(create_app({"TESTING": True, "PAGE_CACHE_BYTES": 0})) as second,
    ):
        yield first, second


def verdict_headline(html: bytes) -> str:
    """The result page's headline."""
    found = re.search(rb"<h1[^>]*>(.*?)</h1>", html, re.S)
    assert found is not None
    return found.group(1).decode().strip()


def test_a_page_kept_by_one_copy_is_not_kept_by_another() -> None:
    """Each copy keeps its own pages: serving a page on one leaves the other's cache empty."""
    one, other = create_app({"TESTING": True}), create_app({"TESTING": True})
    with serving(one) as first, serving(other):
        assert fetch(first, "GET", "/how-we-decide").status == 200
    assert (len(page_cache.cache_of(one)), len(page_cache.cache_of(other))) == (1, 0)


def test_a_result_made_on_one_copy_opens_on_the_other(
    two_copies: tuple[Address, Address],
) -> None:
    """A questionnaire posted to one copy gives a link the other opens with the same page."""
    first, second = two_copies
    form = urlencode(answers("no", followed_through="yes")).encode()
    posted = fetch(first, "POST", "/", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert posted.status == 303
    link = posted.headers["Location"]
    here, there = fetch(first, "GET", link), fetch(second, "GET", link)
    assert (here.status, there.status) == (200, 200)
    assert (
        verdict_headline(here.body)
        == verdict_headline(there.body)
        == "Not yet: let what he does speak first."
    )
    # The whole page is the same but for the address in the share link.
    ours, theirs = (f"{host}:{port}".encode() for host, port in two_copies)
    assert here.body.replace(ours, theirs) == there.body


def test_an_api_result_from_one_copy_has_the_same_verdict_on_the_other(
    two_copies: tuple[Address, Address],
) -> None:
    """The JSON API's code, evaluated on one copy, reads back identically on the other."""
    first, second = two_copies
    body = json.dumps({"answers": {"broken_plans": "yes"}, "pronoun": "she"}).encode()
    made = json.loads(
        fetch(first, "POST", "/api/v1/evaluate", body, {"Content-Type": "application/json"}).body
    )
    opened = json.loads(fetch(second, "GET", f"/r/{made['code']}.json").body)
    assert opened["verdict"] == made["verdict"] == "ignore"
    # Everything but the address the link was made on is the same.
    assert {**opened, "share_url": None} == {**made, "share_url": None}
