# The app under gunicorn, as `make serve` runs it; settings come from the environment.
FROM python:3.11-slim

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

# The image has no curl; Python's own urllib asks /healthz.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('PORT', '8000') + '/healthz', timeout=2)"]

# serving.serve checks every setting, then becomes the gunicorn master (PID 1), so `docker stop`
# (SIGTERM) stops it gracefully and SIGHUP reloads it.
CMD ["python", "-m", "serving.serve"]
