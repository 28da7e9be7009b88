"""Each worker keeps recently rendered pages, in a cache that cannot grow without bound."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from app import create_app
from web.page_cache import PageCache


def renderer(calls: list[str], page: str) -> Callable[[], str]:
    """A render function that notes each time it runs."""

    def render() -> str:
        calls.append(page)
        return page

    return render


def test_a_page_is_rendered_once_then_kept() -> None:
    """The second ask for a key is answered from the cache."""
    cache, calls = PageCache(4), []
    assert [cache.get("a", renderer(calls, "A")) for _ in range(3)] == ["A", "A", "A"]
    assert calls == ["A"]


def test_the_least_recently_used_page_is_forgotten_first() -> None:
    """Past its size, the cache drops the page asked for longest ago."""
    cache, calls = PageCache(2), []
    for key in ["a", "b", "a", "c", "a", "b"]:
        cache.get(key, renderer(calls, key.upper()))
    assert calls == ["A", "B", "C", "B"]
    assert len(cache) == 2


def test_size_zero_keeps_nothing() -> None:
    """PAGE_CACHE_SIZE=0 renders every time and holds no page."""
    cache, calls = PageCache(0), []
    cache.get("a", renderer(calls, "A"))
    cache.get("a", renderer(calls, "A"))
    assert (calls, len(cache)) == (["A", "A"], 0)


def test_a_failed_render_is_not_kept() -> None:
    """A page that raised (a bad code's 404) leaves nothing behind."""
    cache = PageCache(2)

    def broken() -> str:
        raise LookupError("no such page")

    with pytest.raises(LookupError):
        cache.get("a", broken)
    assert len(cache) == 0


def test_cached_and_uncached_apps_serve_the_same_page() -> None:
    """The cache changes how fast a page comes, never what it says."""
    path = "/r/21hunuuuuuuuuuu"
    cached: FlaskClient = create_app({"TESTING": True}).test_client()
    uncached = create_app({"TESTING": True, "PAGE_CACHE_SIZE": 0}).test_client()
    first, again = cached.get(path).data, cached.get(path).data
    assert first == again == uncached.get(path).data
