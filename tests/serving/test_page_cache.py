"""Each worker keeps recently served pages, in a cache bounded by the bytes it holds."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app
from serving.page_cache import Kept, PageCache, cache_of, register, weight

#: A page everyone sees alike, so it may be kept (a result, holding answers, never is).
PAGE_ADDRESS = "/how-we-decide"

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


def test_a_page_is_rendered_once_then_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second request for the same page is answered without rendering again."""
    calls = renders(monkeypatch)
    client = create_app({"TESTING": True}).test_client()
    assert client.get(PAGE_ADDRESS).data == client.get(PAGE_ADDRESS).data
    assert calls == ["how_we_decide.html"]


def test_without_a_cache_every_request_renders(monkeypatch: pytest.MonkeyPatch) -> None:
    """PAGE_CACHE_BYTES=0 renders each request afresh."""
    calls = renders(monkeypatch)
    client = create_app({"TESTING": True, "PAGE_CACHE_BYTES": 0}).test_client()
    client.get(PAGE_ADDRESS), client.get(PAGE_ADDRESS)
    assert calls == ["how_we_decide.html", "how_we_decide.html"]


@pytest.mark.parametrize("status", [201, 303, 404, 500])
def test_only_a_200_is_kept(status: int) -> None:
    """Any other answer, even from a route that may be kept, is made every time."""
    app = Flask(__name__)
    app.config["PAGE_CACHE_BYTES"] = 10_000
    register(app, cacheable=lambda: True)
    made: list[int] = []

    @app.get("/page")
    def page() -> tuple[str, int]:
        made.append(status)
        return "a page", status

    client = app.test_client()
    assert [client.get("/page").status_code for _ in range(2)] == [status, status]
    assert (made, len(cache_of(app))) == ([status, status], 0)


def test_cached_and_uncached_apps_serve_the_same_page() -> None:
    """The cache changes how fast a page comes, never what it says."""
    cached: FlaskClient = create_app({"TESTING": True}).test_client()
    uncached = create_app({"TESTING": True, "PAGE_CACHE_BYTES": 0}).test_client()
    first, again = cached.get(PAGE_ADDRESS), cached.get(PAGE_ADDRESS)
    assert first.data == again.data == uncached.get(PAGE_ADDRESS).data
    # Each response names its own request, so only that header may differ.
    first.headers.remove("X-Request-ID")
    again.headers.remove("X-Request-ID")
    assert first.headers == again.headers
