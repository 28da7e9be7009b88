"""Gunicorn's settings for the app, read from the environment (see the README's table).

Start the server with ``python -m serving.serve`` (``make serve``), or with plain ``gunicorn
'app:create_app()'`` from this folder, which reads this file by itself. A bad setting stops
the server before it binds, with one line saying which and why.
"""

import os
import sys
import tempfile

from serving import settings

_problem = settings.check(os.environ)
if _problem is not None:
    sys.exit(_problem)

_server = settings.read(settings.SERVER_SETTINGS, os.environ)

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
