"""A result page, with everything it loads, is small: 20 KB or less in 3 requests or fewer."""

from __future__ import annotations

import random
from functools import cache
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Response

from app import create_app
from decision import SIGNALS

from .steps import CODE_FOR_VERDICT

#: 20 KB before compression, counted in bytes as 1000s to be strict.
MOST_BYTES = 20_000
MOST_REQUESTS = 3

LETTERS = "ynu"


def heaviest_result() -> str:
    """The share code whose result page is largest, found by climbing from many starts.

    Each step changes one answer if that makes the page larger. Pages grow with every reason,
    quote and suggested change they list, so the climb ends at the heaviest pages.
    """
    client = create_app({"TESTING": True}).test_client()

    @cache
    def size(code: str) -> int:
        return len(client.get(f"/r/{code}").data)

    shuffle = random.Random(2026)
    starts = [p + letter * len(SIGNALS) for p in ("21h", "21s", "21t") for letter in LETTERS]
    starts += ["21t" + "".join(shuffle.choices(LETTERS, k=len(SIGNALS))) for _ in range(20)]
    heaviest = starts[0]
    for code in starts:
        climbing = True
        while climbing:
            climbing = False
            for at in range(3, len(code)):
                for letter in LETTERS:
                    step = code[:at] + letter + code[at + 1 :]
                    if size(step) > size(code):
                        code, climbing = step, True
        heaviest = max(heaviest, code, key=size)
    return f"/r/{heaviest}"


@pytest.mark.parametrize("path", [heaviest_result(), *CODE_FOR_VERDICT.values()])
def test_a_result_page_and_all_it_loads_fit_the_budget(page: Page, path: str) -> None:
    """Every byte the browser fetches for a result, and every request, from this host only."""
    responses: list[Response] = []
    page.on("response", lambda response: responses.append(response))
    page.goto(path)
    page.wait_for_load_state("networkidle")

    hosts = {urlsplit(response.url).netloc for response in responses}
    size = sum(len(response.body()) for response in responses)
    print(f"\n  {path}: {size:,} bytes in {len(responses)} requests")
    assert hosts == {urlsplit(page.url).netloc}
    assert len(responses) <= MOST_REQUESTS
    assert size <= MOST_BYTES
