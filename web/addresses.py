"""Addresses of the app's own pages with no values in them, worked out once per mount point.

Templates name pages with ``url_for``; most name a fixed page (``pages.support``), and each
call walks Flask's URL map. The address of such a page changes only with where the app is
mounted (``SCRIPT_NAME``, or a proxy's prefix), so it is kept per mount point, which a request
cannot make up beyond the few the proxies in front of it send.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, request, url_for

__all__ = ["register"]


def register(app: Flask) -> None:
    """Give templates a ``url_for`` that remembers the address of each fixed page."""
    known: dict[tuple[str, str], str] = {}

    def page_url(endpoint: str, **values: Any) -> str:
        if values:
            return url_for(endpoint, **values)
        key = (endpoint, request.script_root)
        address = known.get(key)
        if address is None:
            address = known.setdefault(key, url_for(endpoint))
        return address

    app.jinja_env.globals["url_for"] = page_url
