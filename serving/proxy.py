"""Which X-Forwarded-* headers the app believes: those of TRUST_PROXY_HOPS proxies, no others.

Werkzeug's ProxyFix takes the scheme, host, port, prefix and client address from the last
``hops`` proxies. The headers themselves are then removed, so nothing further in (such as
flask-talisman, which reads X-Forwarded-Proto on its own) can be fooled by a value a client
wrote. With no hops the headers are removed unread.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from werkzeug.middleware.proxy_fix import ProxyFix

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

__all__ = ["trust_proxies"]

_FORWARDED = ("HTTP_FORWARDED", "HTTP_X_FORWARDED_")


class _DropForwardedHeaders:
    """WSGI middleware that removes every Forwarded and X-Forwarded-* request header."""

    def __init__(self, app: WSGIApplication) -> None:
        self.app = app

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        for key in [key for key in environ if key.startswith(_FORWARDED)]:
            del environ[key]
        return self.app(environ, start_response)


def trust_proxies(app: WSGIApplication, hops: int) -> WSGIApplication:
    """``app``, believing the forwarded headers of ``hops`` proxies and ignoring the rest."""
    app = _DropForwardedHeaders(app)
    if hops:
        app = ProxyFix(app, x_for=hops, x_proto=hops, x_host=hops, x_port=hops, x_prefix=hops)
    return app
