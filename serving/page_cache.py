"""Responses kept in memory, for routes whose page is the same every time for the same address.

A page such as the empty questionnaire depends only on its address and the release, so each
worker keeps the most recently served pages in a cache of its own, bounded by the bytes it holds
(PAGE_CACHE_BYTES; 0 turns it off), so its memory is known whatever the pages weigh. Nothing is
shared between copies of the app, and a new release starts empty, so a reworded page is never
served stale. Which routes qualify is for the app to say: ``register`` takes a predicate that
the application factory wires to the routes' own marks, and that refuses any address holding
someone's answers (a result, a prefilled questionnaire), so none outlives its request here.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from datetime import date
from types import MappingProxyType
from typing import NamedTuple

from flask import Flask, Response, current_app, g, request

from serving import compression

__all__ = ["Kept", "PageCache", "cache_of", "register", "weight"]

_EXTENSION = "should_i_reply.page_cache"


class Kept(NamedTuple):
    """A kept page: its body, its Content-Type, and the body in each content coding offered
    (compressed once, when kept, rather than on every request)."""

    body: bytes
    content_type: str
    encoded: Mapping[str, bytes] = MappingProxyType({})


def weight(key: Hashable, page: Kept) -> int:
    """The bytes a kept page is counted as: its bodies, its key and its Content-Type."""
    encoded = sum(len(body) for body in page.encoded.values())
    return len(page.body) + encoded + len(str(key)) + len(page.content_type)


class PageCache:
    """A thread-safe cache of served pages that forgets the least recently used first."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self._pages: OrderedDict[Hashable, Kept] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._pages)

    def get(self, key: Hashable) -> Kept | None:
        """The page kept for ``key``, if any, now the most recently used."""
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key: Hashable, page: Kept) -> None:
        """Keep ``page`` for ``key``, forgetting the oldest pages past ``max_bytes``."""
        size = weight(key, page)
        if size > self.max_bytes:
            return
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self.bytes -= weight(key, old)
            self._pages[key] = page
            self.bytes += size
            while self.bytes > self.max_bytes:
                gone_key, gone = self._pages.popitem(last=False)
                self.bytes -= weight(gone_key, gone)


def cache_of(app: Flask) -> PageCache:
    """The page cache of one app."""
    kept: PageCache = app.extensions[_EXTENSION]
    return kept


def register(app: Flask, *, cacheable: Callable[[], bool]) -> None:
    """Keep the 200 responses of requests ``cacheable`` accepts, and serve them again."""
    app.extensions[_EXTENSION] = PageCache(app.config["PAGE_CACHE_BYTES"])

    def cache() -> PageCache:
        return cache_of(current_app)

    def serve_kept() -> Response | None:
        if not cacheable():
            return None
        # The page holds absolute links (the share link), so the whole address is the key;
        # a page may show today's date (a reminder's first day), so the day is part of it too.
        g.page_cache_key = (request.url, date.today())
        kept = cache().get(g.page_cache_key)
        if kept is None:
            return None
        body, content_type, encoded = kept
        g.page_cache_hit = True
        return compression.send(Response(body, content_type=content_type), encoded)

    def keep(response: Response) -> Response:
        key = g.get("page_cache_key")
        # A body already compressed for this client is not kept (compression.register says
        # to register it first, so that it runs after this).
        fresh = not g.get("page_cache_hit") and "Content-Encoding" not in response.headers
        if key is not None and fresh and response.status_code == 200:
            plain = Kept(response.get_data(), response.content_type or "text/html")
            # A page too heavy to keep even uncompressed is not worth compressing.
            if weight(key, plain) <= cache().max_bytes:
                encoded = compression.encode(plain.body, response.mimetype or "")
                cache().put(key, plain._replace(encoded=encoded))
        return response

    app.before_request(serve_kept)
    app.after_request(keep)
