# The app as `make serve` runs it: nginx at HOST:PORT in front of gunicorn on a unix socket.
# Settings come from the environment; set TRUSTED_HOSTS to the names people will use.
FROM python:3.11-slim

# nginx reads every request whole, under deadlines, before gunicorn sees it (serving/edge.py).
RUN apt-get update \
    && apt-get install -y --no-install-recommends nginx \
    && rm -rf /var/lib/apt/lists/*

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
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

# A user of its own with no home and no shell: the app writes nothing but its logs.
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin reply
USER reply

EXPOSE 8000

# The image has no curl; serving.health asks /healthz through nginx, with a trusted Host.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD ["python", "-m", "serving.health"]

# serving.serve checks every setting, then runs gunicorn and nginx and stays their parent
# (PID 1): `docker stop` (SIGTERM) stops both within its 10 s, and SIGHUP reloads gunicorn.
CMD ["python", "-m", "serving.serve"]
