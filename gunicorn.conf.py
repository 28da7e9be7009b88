"""Gunicorn's settings for the app, read from the environment (see the README's table).

Start the server with ``python -m serving.serve`` (``make serve``), or with plain ``gunicorn
'app:create_app()'`` from this folder, which reads this file by itself. A bad setting stops
the server before it binds, with one line saying which and why.
"""

import logging
import os
import shutil
import sys
import tempfile
import time
from typing import Any

from serving import logs, settings

_problem = settings.check(os.environ)
if _problem is not None:
    sys.exit(_problem)

_server = settings.read(settings.SERVER_SETTINGS, os.environ)
_app = settings.read(settings.APP_SETTINGS, os.environ)

bind = [settings.bind_address(_server["HOST"], _server["PORT"])]
workers = _server["WEB_CONCURRENCY"]
worker_class = "gthread"
threads = _server["WEB_THREADS"]
loglevel = _server["LOG_LEVEL"]
proc_name = "should-i-reply"

# Gunicorn's access log would write each path, share code and all; the app logs the route
# instead (web/access_log.py).
accesslog = None
errorlog = "-"
# LOG_FORMAT=json: gunicorn's lines, and anything else logged, as JSON (serving/logs.py).
logconfig_dict = logs.gunicorn_config(_app["LOG_FORMAT"])


def pre_request(worker: Any, req: Any) -> None:
    """Nothing: gunicorn's own hook writes each path at debug level, share code and all."""


def post_worker_init(worker: Any) -> None:
    """Keep paths out of gunicorn's line about a request that broke a worker; make pages ready."""
    logging.getLogger("gunicorn.error").addFilter(logs.WithoutPaths())
    # Imported here, in the worker: the master never loads the app.
    from web.drawn import draw_ahead

    started = time.perf_counter()
    draw_ahead(worker.wsgi)
    took = (time.perf_counter() - started) * 1000
    worker.log.info("Worker %s ready: pages compiled and drawn in %.0f ms", worker.pid, took)


# Forwarded headers are trusted by the app alone, and only with TRUST_PROXY_HOPS set.
forwarded_allow_ips = ""

# Gunicorn's control socket lives at one path per user ($HOME/.gunicorn/gunicorn.ctl), so two
# copies on one machine would take it from each other, and a container's user may have no home.
# Signals do the same work: HUP reloads gracefully, TERM stops.
control_socket_disable = True

# Each worker touches a file to show the master it is alive. It lives under TMPDIR, the one
# place the server writes (a tmpfs in the image, whose root filesystem is read-only).
worker_tmp_dir = tempfile.gettempdir()

# Seconds an idle connection is kept open. Behind a load balancer this must be longer than
# the balancer's own idle timeout, or it may send a request down a connection just closed.
keepalive = _server["KEEPALIVE"]
timeout = 30
# Behind nginx a request reaches a worker whole, so it is done in moments; the whole stop
# (serving/serve.py) must fit in the 10 s `docker stop` waits before it kills.
graceful_timeout = 4


# Metrics: each worker counts into files of its own in a private folder, which /metrics adds
# up (serving/metrics.py). prometheus_client reads the folder's name once, when a process first
# imports it, so it is set here in the master before any worker starts and imports the app;
# the master itself imports prometheus_client only in the hooks below, after that. It is made
# under the temporary directory (TMPDIR), never in the code's folder, which may be read-only.
_METRICS_DIR = "PROMETHEUS_MULTIPROC_DIR"


def on_starting(server: Any) -> None:
    """Make the workers' metrics folder, afresh for every start."""
    os.environ[_METRICS_DIR] = tempfile.mkdtemp(prefix="should-i-reply-metrics-")


def child_exit(server: Any, worker: Any) -> None:
    """Let a worker that has gone stop counting in the gauges of the living (its counts stay)."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)  # type: ignore[no-untyped-call]  # untyped upstream


def on_exit(server: Any) -> None:
    """Remove the metrics folder."""
    shutil.rmtree(os.environ[_METRICS_DIR], ignore_errors=True)
