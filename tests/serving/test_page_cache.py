"""Each worker keeps recently served pages, in a cache bounded by the bytes it holds."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from app import create_app
from serving.page_cache import Kept, PageCache, weight

RESULT = "/r/21hunuuuuuuuuuu"

#: A page of 100 bytes, and what it weighs in the cache under a one-letter key.
PAGE = Kept(b"x" * 100, "text/html")
PAGE_WEIGHT = weight("a", PAGE)


def test_a_kept_page_is_given_back() -> None:
    """A page put under a key comes back for that key, and nothing for another."""
    cache = PageCache(1000)
    cache.put("a", PAGE)
    assert (cache.get("a"), cache.get("b")) == (PAGE, None)


def test_a_page_weighs_its_body_key_and_type() -> None:
    """What a page counts for is every byte the cache holds for it."""
    assert weight("key", Kept(b"body", "type")) == len("key") + len("body") + len("type")


def test_the_least_recently_used_page_is_forgotten_first() -> None:
    """Past its bytes, the cache drops the page asked for longest ago."""
    cache = PageCache(2 * PAGE_WEIGHT)
    cache.put("a", PAGE)
    cache.put("b", PAGE)
    cache.get("a")
    cache.put("c", PAGE)
    assert [key for key in "abc" if cache.get(key)] == ["a", "c"]
    assert cache.bytes == 2 * PAGE_WEIGHT


@pytest.mark.parametrize(
    ("sizes", "kept"),
    [
        pytest.param([10, 10, 10, 10], 4, id="small-pages-all-fit"),
        pytest.param([400, 400, 400], 2, id="big-pages-push-out-the-oldest"),
        pytest.param([10, 10, 995], 1, id="one-big-page-pushes-out-many"),
        pytest.param([2000], 0, id="a-page-larger-than-the-cache-is-not-kept"),
    ],
)
def test_the_cache_never_holds_more_bytes_than_allowed(sizes: list[int], kept: int) -> None:
    """However the pages weigh, the bytes held stay within the limit."""
    cache = PageCache(1000)
    for number, size in enumerate(sizes):
        cache.put(str(number), Kept(b"x" * (size - 10), "text/html"))
    assert len(cache) == kept
    assert cache.bytes <= 1000


def test_putting_a_page_again_counts_it_once() -> None:
    """A page kept again under the same key replaces the first, not adds to it."""
    cache = PageCache(1000)
    cache.put("a", PAGE)
    cache.put("a", PAGE)
    assert (len(cache), cache.bytes) == (1, PAGE_WEIGHT)


def test_size_zero_keeps_nothing() -> None:
    """PAGE_CACHE_BYTES=0 holds no page."""
    cache = PageCache(0)
    cache.put("a", PAGE)
    assert (cache.get("a"), len(cache), cache.bytes) == (None, 0, 0)


def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Note each template the pages and error pages render."""
    from flask import render_template

    calls: list[str] = []

    def counting(name: str, **context: object) -> str:
        calls.append(name)
        return render_template(name, **context)

    for module in ("web.pages", "web.errors"):
        monkeypatch.setattr(f"{module}.render_template", counting)
    return calls


def test_a_result_page_is_rendered_once_then_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second request for the same result is answered without rendering again."""
    calls = renders(monkeypatch)
    client = create_app({"TESTING": True}).test_client()
    assert client.get(RESULT).data == client.get(RESULT).data
    assert calls == ["result.html"]


def test_without_a_cache_every_request_renders(monkeypatch: pytest.MonkeyPatch) -> None:
    """PAGE_CACHE_BYTES=0 renders each request afresh."""
    calls = renders(monkeypatch)
    client = create_app({"TESTING": True, "PAGE_CACHE_BYTES": 0}).test_client()
    client.get(RESULT), client.get(RESULT)
    assert calls == ["result.html", "result.html"]


def test_a_page_that_was_not_found_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bad code's 404 is rendered every time, and never served from the cache."""
    calls = renders(monkeypatch)
    client = create_app({"TESTING": True}).test_client()
    statuses = [client.get("/r/not-a-code").status_code for _ in range(2)]
    assert statuses == [404, 404]
    assert calls == ["error.html", "error.html"]


def test_cached_and_uncached_apps_serve_the_same_page() -> None:
    """The cache changes how fast a page comes, never what it says."""
    cached: FlaskClient = create_app({"TESTING": True}).test_client()
    uncached = create_app({"TESTING": True, "PAGE_CACHE_BYTES": 0}).test_client()
    first, again = cached.get(RESULT), cached.get(RESULT)
    assert first.data == again.data == uncached.get(RESULT).data
    # Each response names its own request, so only that header may differ.
    first.headers.remove("X-Request-ID")
    again.headers.remove("X-Request-ID")
    assert first.headers == again.headers
