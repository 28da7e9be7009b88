"""Prometheus metrics, labelled by route pattern and never by path: a path can hold answers.

Three series: requests and their latency, by route pattern (``/r/<code>``, never the code;
``<unmatched>`` when no route matched), method and status; and the verdicts shown, by
verdict id. Every label comes from a small fixed set, so no request can add a value.

Under gunicorn each worker counts into files of its own, in a private folder that
gunicorn.conf.py makes before any worker starts (PROMETHEUS_MULTIPROC_DIR), and a scrape adds
them up; the development server counts in memory. /metrics exists only when METRICS_PORT is
set, and the edge serves it on that port alone, never on the public one (serving/edge.py).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable

from flask import Blueprint, Flask, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector
from werkzeug.wrappers import Response

from serving.access_log import route_of_request

__all__ = ["LATENCY", "METHODS", "REQUESTS", "VERDICTS", "bp", "register", "scrape"]

#: The methods counted by name; any other a client makes up is counted as "other".
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"})

_REGISTRY = CollectorRegistry()
_LABELS = ("route", "method", "status")

#: Requests answered, by route pattern, method and status.
REQUESTS = Counter(
    "should_i_reply_requests", "Requests answered by the app.", _LABELS, registry=_REGISTRY
)

#: Seconds from the app taking a request to its answer; pages take a few milliseconds.
LATENCY = Histogram(
    "should_i_reply_request_duration_seconds",
    "Seconds the app took to answer a request.",
    _LABELS,
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=_REGISTRY,
)

#: Results shown, page or API, by the verdict's id.
VERDICTS = Counter(
    "should_i_reply_verdicts", "Results shown, by verdict.", ("verdict",), registry=_REGISTRY
)

bp = Blueprint("metrics", __name__)


def scrape() -> bytes:
    """Every metric in Prometheus's text format: this process's, or all the workers' added up."""
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not folder:
        return generate_latest(_REGISTRY)
    together = CollectorRegistry()
    MultiProcessCollector(together, path=folder)  # type: ignore[no-untyped-call]  # untyped upstream
    return generate_latest(together)


@bp.get("/metrics")
def metrics() -> Response:
    """The metrics, for Prometheus; only the edge's metrics listener passes this on."""
    return Response(scrape(), content_type=CONTENT_TYPE_LATEST)


# The scraper dials the metrics listener over plain HTTP, past any proxy that would say HTTPS,
# so FORCE_HTTPS must not send it away (flask-talisman reads this, as for /healthz).
setattr(metrics, "talisman_view_options", {"force_https": False})  # noqa: B010


def _start() -> None:
    g.metrics_started = time.perf_counter()


def register(
    app: Flask, *, verdict_shown: Callable[[], str | None], verdicts: Iterable[str]
) -> None:
    """Count every request, and each verdict ``verdict_shown`` names; serve /metrics if on.

    Register it before anything that may answer a request early (the page cache), so every
    request is timed.
    """
    # Each label set's series, found once: labels() checks its values on every call.
    shown = {verdict: VERDICTS.labels(verdict) for verdict in sorted(set(verdicts))}
    series: dict[tuple[str, str, str], tuple[Counter, Histogram]] = {}

    def count(response: Response) -> Response:
        method = request.method if request.method in METHODS else "other"
        labels = (route_of_request(), method, str(response.status_code))
        found = series.get(labels)
        if found is None:
            found = series.setdefault(labels, (REQUESTS.labels(*labels), LATENCY.labels(*labels)))
        found[0].inc()
        started = g.get("metrics_started")
        if started is not None:
            found[1].observe(time.perf_counter() - started)
        verdict = verdict_shown()
        if verdict is not None and verdict in shown:
            shown[verdict].inc()
        return response

    app.before_request(_start)
    app.after_request(count)
    if app.config["METRICS_PORT"]:
        app.register_blueprint(bp)
