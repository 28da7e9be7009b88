"""Security, privacy and caching headers on every response.

flask-talisman sets the security headers (and the optional redirect to HTTPS); this module
chooses their values and adds the two the app decides per response: Cache-Control and
X-Robots-Tag.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask, request
from flask_talisman import Talisman
from werkzeug.wrappers import Response

__all__ = ["CONTENT_SECURITY_POLICY", "PERMISSIONS_POLICY", "fixed_headers", "register"]

#: Only the app's own files, no inline script or style, no plugins, no framing. Images may
#: also be data: URLs, for the empty icon each page names so browsers skip /favicon.ico.
CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}

#: Everything a page could ask the browser for is off, except sharing and copying the link,
#: which the app's own script may offer.
PERMISSIONS_POLICY = {
    "accelerometer": "()",
    "autoplay": "()",
    "browsing-topics": "()",
    "camera": "()",
    "display-capture": "()",
    "encrypted-media": "()",
    "fullscreen": "()",
    "geolocation": "()",
    "gyroscope": "()",
    "magnetometer": "()",
    "microphone": "()",
    "midi": "()",
    "payment": "()",
    "picture-in-picture": "()",
    "publickey-credentials-get": "()",
    "screen-wake-lock": "()",
    "serial": "()",
    "usb": "()",
    "xr-spatial-tracking": "()",
    "clipboard-read": "()",
    "clipboard-write": "(self)",
    "web-share": "(self)",
}

_ONE_YEAR = 365 * 24 * 60 * 60


def fixed_headers() -> dict[str, str]:
    """The headers every response carries whatever it holds, for the edge's own answers too."""
    return {
        "Content-Security-Policy": "; ".join(
            f"{name} {sources}" for name, sources in CONTENT_SECURITY_POLICY.items()
        ),
        "Permissions-Policy": ", ".join(f"{name}={v}" for name, v in PERMISSIONS_POLICY.items()),
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }


def register(app: Flask, *, holds_answers: Callable[[], bool]) -> None:
    """Put the app's security headers, Cache-Control and X-Robots-Tag on every response.

    ``holds_answers`` says whether the request's address holds someone's answers.
    """

    def privacy(response: Response) -> Response:
        # Answers travel in links, so nothing but the static files is kept by a browser or a
        # proxy. Those set their own (serving/static_files.py): a year under a hashed name.
        if request.endpoint != "static" or response.status_code >= 400:
            response.headers["Cache-Control"] = "no-store"
        if holds_answers():
            response.headers["X-Robots-Tag"] = "noindex, nofollow"
        return response

    Talisman(
        app,
        force_https=app.config["FORCE_HTTPS"],
        # HSTS is only sent on HTTPS (talisman checks), for a year, for this host alone.
        strict_transport_security=True,
        strict_transport_security_max_age=_ONE_YEAR,
        strict_transport_security_include_subdomains=False,
        content_security_policy=CONTENT_SECURITY_POLICY,
        permissions_policy=PERMISSIONS_POLICY,
        frame_options="DENY",
        # A share link carries answers, so it is never sent on to another site.
        referrer_policy="no-referrer",
    )
    app.after_request(privacy)
