"""Gunicorn's settings for the app, read from the environment (see the README's table).

Start the server with ``python -m web.serve`` (``make serve``), or with plain ``gunicorn
'app:create_app()'`` from this folder, which reads this file by itself. A bad setting stops
the server before it binds, with one line saying which and why.
"""

import os
import sys

from web import settings

_problem = settings.check(os.environ)
if _problem is not None:
    sys.exit(_problem)

_server = settings.read(settings.SERVER_SETTINGS, os.environ)

bind = [f"{_server['HOST']}:{_server['PORT']}"]
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

# Longer than a load balancer's usual idle time would be wrong; shorter only costs handshakes.
keepalive = 5
timeout = 30
graceful_timeout = 30
