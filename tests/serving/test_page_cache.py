"""Each worker keeps recently served pages, in a cache that cannot grow without bound."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from app import create_app
from serving.page_cache import PageCache

RESULT = "/r/21hunuuuuuuuuuu"


def test_a_kept_page_is_given_back() -> None:
    """A page put under a key comes back for that key, and nothing for another."""
    cache = PageCache(4)
    cache.put("a", (b"A", "text/html"))
    assert (cache.get("a"), cache.get("b")) == ((b"A", "text/html"), None)


def test_the_least_recently_used_page_is_forgotten_first() -> None:
    """Past its size, the cache drops the page asked for longest ago."""
    cache = PageCache(2)
    cache.put("a", (b"A", "text/html"))
    cache.put("b", (b"B", "text/html"))
    cache.get("a")
    cache.put("c", (b"C", "text/html"))
    assert [key for key in "abc" if cache.get(key)] == ["a", "c"]
    assert len(cache) == 2


def test_size_zero_keeps_nothing() -> None:
    """PAGE_CACHE_SIZE=0 holds no page."""
    cache = PageCache(0)
    cache.put("a", (b"A", "text/html"))
    assert (cache.get("a"), len(cache)) == (None, 0)


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
    """PAGE_CACHE_SIZE=0 renders each request afresh."""
    calls = renders(monkeypatch)
    client = create_app({"TESTING": True, "PAGE_CACHE_SIZE": 0}).test_client()
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
    uncached = create_app({"TESTING": True, "PAGE_CACHE_SIZE": 0}).test_client()
    first, again = cached.get(RESULT), cached.get(RESULT)
    assert first.data == again.data == uncached.get(RESULT).data
    assert first.headers == again.headers
