"""The health check a load balancer or orchestrator polls, and the image's own check of it.

``python -m serving.health`` asks /healthz where the server listens (HOST and PORT; loopback
when HOST is every address) with a Host the app trusts (the first of TRUSTED_HOSTS), since any
other Host is refused; it fails unless the answer is 200.
"""

from __future__ import annotations

import http.client
import os
import sys
from collections.abc import Mapping

from flask import Blueprint

from serving import settings

__all__ = ["bp", "check", "local_address"]

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> tuple[str, int, dict[str, str]]:
    """200 while the process can answer: it reads nothing, sets nothing, redirects nowhere."""
    return "ok\n", 200, {"Content-Type": "text/plain; charset=utf-8"}


# flask-talisman reads per-view options from this attribute: a health check is answered over
# plain HTTP too, even where FORCE_HTTPS sends people to HTTPS.
setattr(healthz, "talisman_view_options", {"force_https": False})  # noqa: B010


#: Where to reach a server that listens on every address of one family.
_WILDCARDS = {"0.0.0.0": "127.0.0.1", "::": "::1"}


def local_address(host: str) -> str:
    """The address to reach a server listening on HOST from the same machine."""
    return _WILDCARDS.get(host, host)


def check(environ: Mapping[str, str], *, timeout: float = 2) -> bool:
    """Whether the server at HOST and PORT in ``environ`` answers /healthz with 200."""
    server = settings.read(settings.SERVER_SETTINGS, environ)
    host = settings.read(settings.APP_SETTINGS, environ)["TRUSTED_HOSTS"][0].removeprefix(".")
    address = local_address(server["HOST"])
    connection = http.client.HTTPConnection(address, server["PORT"], timeout=timeout)
    try:
        connection.request("GET", "/healthz", headers={"Host": host})
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


if __name__ == "__main__":
    sys.exit(0 if check(os.environ) else 1)
