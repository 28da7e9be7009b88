"""Rendered pages kept in memory, because a page is the same every time for the same link.

A result page depends only on its share code, the release and the address the app is served
at, so each worker keeps the most recently rendered pages in a small bounded cache of its own
(PAGE_CACHE_SIZE pages; 0 turns it off). Nothing is shared between copies of the app, and a new
release starts empty, so a reworded page is never served stale.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from flask import Flask, current_app, request

__all__ = ["PageCache", "cached_page", "register"]

_EXTENSION = "should_i_reply.page_cache"


class PageCache:
    """A thread-safe cache of rendered pages that forgets the least recently used first."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._pages: OrderedDict[Hashable, str] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._pages)

    def get(self, key: Hashable, render: Callable[[], str]) -> str:
        """The page kept for ``key``, or ``render()``'s page, kept if it rendered."""
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
                return page
        # Render outside the lock: two threads may render the same page once each, harmlessly.
        page = render()
        if self.size:
            with self._lock:
                self._pages[key] = page
                self._pages.move_to_end(key)
                while len(self._pages) > self.size:
                    self._pages.popitem(last=False)
        return page


def register(app: Flask) -> None:
    """Give the app its own page cache, of PAGE_CACHE_SIZE pages."""
    app.extensions[_EXTENSION] = PageCache(app.config["PAGE_CACHE_SIZE"])


def cached_page(key: Hashable, render: Callable[[], str]) -> str:
    """This app's page for ``key`` at the address it was asked for, rendered at most once."""
    # The page holds absolute links (the share link) and paths under the prefix it is served
    # at, so the root address (scheme, host and prefix) is part of the key.
    cache: PageCache = current_app.extensions[_EXTENSION]
    return cache.get((request.root_url, key), render)
