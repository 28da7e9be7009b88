"""Addresses with no values in them, worked out once per mount point.

Templates name pages with ``url_for``; most name a fixed page (``pages.support``), and each
call walks Flask's URL map. The address of such a page changes only with where the app is
mounted (``SCRIPT_NAME``, or a proxy's prefix), so it is kept per mount point, which a request
cannot make up beyond the few the proxies in front of it send.

Every page links to the same few: its stylesheet and script, the questions and How we decide.
Those reach each page's template as one ``site`` of addresses, so a page looks them up rather
than calls out for each (the four calls were about 4% of what a result page cost).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import Flask, request, url_for

from serving.static_files import static_url

__all__ = ["SiteAddresses", "register"]


@dataclass(frozen=True, slots=True)
class SiteAddresses:
    """What every page links to, at one mount point."""

    questions: str
    how_we_decide: str
    stylesheet: str
    script: str


def _site_here() -> SiteAddresses:
    return SiteAddresses(
        questions=url_for("pages.questionnaire"),
        how_we_decide=url_for("pages.how_we_decide"),
        stylesheet=static_url("site.css"),
        script=static_url("app.js"),
    )


def register(app: Flask) -> None:
    """Give templates a ``url_for`` that remembers fixed pages, and ``site``'s addresses."""
    known: dict[tuple[str, str], str] = {}
    sites: dict[str, SiteAddresses] = {}

    def page_url(endpoint: str, **values: Any) -> str:
        if values:
            return url_for(endpoint, **values)
        key = (endpoint, request.script_root)
        address = known.get(key)
        if address is None:
            address = known.setdefault(key, url_for(endpoint))
        return address

    def site() -> dict[str, SiteAddresses]:
        mount = request.script_root
        addresses = sites.get(mount)
        if addresses is None:
            addresses = sites.setdefault(mount, _site_here())
        return {"site": addresses}

    app.jinja_env.globals["url_for"] = page_url
    app.context_processor(site)
