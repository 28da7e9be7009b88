"""A result page, with everything it loads, is small: 20 KB or less in 3 requests or fewer."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Response

from .steps import CODE_FOR_VERDICT

#: 20 KB before compression, counted in bytes as 1000s to be strict.
MOST_BYTES = 20_000
MOST_REQUESTS = 3

#: The heaviest result pages found: every answer Yes gives every reason and every quote, and
#: "they" is the longest wording. (Of 3,000 random codes none was heavier.)
HEAVIEST = ["/r/21tyyyyyyyyyyyn", "/r/21syyyyyyyyyyyn", "/r/21hyyyyyyyyyyyn"]


@pytest.mark.parametrize("path", HEAVIEST + list(CODE_FOR_VERDICT.values()))
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
