# The app as `make serve` runs it: nginx at HOST:PORT in front of gunicorn on a unix socket.
# Settings come from the environment; set TRUSTED_HOSTS to the names people will use.
#
# Runs with a read-only root filesystem: everything it writes goes under TMPDIR (/tmp), which
# must be a tmpfs (docker run --read-only --tmpfs /tmp; an emptyDir in deploy/deployment.yaml).
#
# python:3.11.15-slim-bookworm, pinned by the digest of its multi-platform index so two builds
# start from the same bytes. Bookworm, because its nginx (1.22) is the one tested. The digest
# was not read from the registry where this was written (no network there): refresh it with
# `docker buildx imagetools inspect python:3.11.15-slim-bookworm` before relying on it.
FROM python:3.11.15-slim-bookworm@sha256:d29f48a31a8b408ed19272ca1e7b10ebae13b240a27e862d3d4217c528e2e0c3

# nginx reads every request whole, under deadlines, before gunicorn sees it (serving/edge.py);
# its brotli_static module sends the precompressed static files (without it, gzip).
# Not pinned to a version: Debian's security archive keeps only the newest build, so a pinned
# version would stop building at the next fix. The digest above fixes everything else.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static \
    && rm -rf /var/lib/apt/lists/*

# TMPDIR is the one place the server writes: serve.py's private folder (the socket, nginx's
# configuration, pid file and temporary paths) and gunicorn's worker heartbeat files.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    TMPDIR=/tmp \
    HOST=0.0.0.0 \
    PORT=8000

WORKDIR /app

# Only what the app needs to run, pinned with hashes (requirements/app.lock, made by make lock
# on Python 3.11, the same as this image).
COPY requirements/app.lock requirements/app.lock
RUN pip install --require-hashes -r requirements/app.lock

COPY app.py gunicorn.conf.py ./
COPY decision/ decision/
COPY serving/ serving/
COPY web/ web/
COPY templates/ templates/
COPY static/ static/

# A user of its own with no home and no shell. Named by number below, so an orchestrator can
# see that it is not root without reading this image's /etc/passwd (runAsNonRoot).
RUN groupadd --system --gid 10001 reply \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin reply
USER 10001:10001

EXPOSE 8000

# The image has no curl; serving.health asks /healthz through nginx at the configured HOST
# and PORT (loopback when HOST is 0.0.0.0 or ::), with a trusted Host.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD ["python", "-m", "serving.health"]

# serving.serve checks every setting, then runs gunicorn and nginx and stays their parent
# (PID 1): SIGTERM stops both within 9 s, inside the 10 s `docker stop` waits, and SIGHUP
# reloads gunicorn.
STOPSIGNAL SIGTERM
CMD ["python", "-m", "serving.serve"]
