"""The health check a load balancer or orchestrator polls."""

from __future__ import annotations

from flask import Blueprint

__all__ = ["bp"]

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> tuple[str, int, dict[str, str]]:
    """200 while the process can answer: it reads nothing, sets nothing, redirects nowhere."""
    return "ok\n", 200, {"Content-Type": "text/plain; charset=utf-8"}


# flask-talisman reads per-view options from this attribute: a health check is answered over
# plain HTTP too, even where FORCE_HTTPS sends people to HTTPS.
setattr(healthz, "talisman_view_options", {"force_https": False})  # noqa: B010
