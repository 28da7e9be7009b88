"""Start the app under gunicorn exactly as ``make serve`` does, on a free port of 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psutil

from serving import settings
from serving.serve import ROOT

__all__ = ["Gunicorn", "running_gunicorn"]

#: Where the server's own output (its access log included) is written.
LOG_DIR = ROOT / "test-artifacts"


@dataclass(frozen=True)
class Gunicorn:
    """A running gunicorn master."""

    process: subprocess.Popen[bytes]
    base_url: str
    log: Path

    @property
    def master(self) -> psutil.Process:
        """The master process (``python -m serving.serve`` becomes it)."""
        return psutil.Process(self.process.pid)

    def workers(self) -> list[psutil.Process]:
        """The worker processes alive now."""
        return self.master.children()

    def reload(self) -> None:
        """Ask for a graceful reload: new workers start, old ones finish what they hold."""
        self.process.send_signal(signal.SIGHUP)


def free_port() -> int:
    """A port of 127.0.0.1 that nothing listens on just now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_healthy(base_url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"gunicorn stopped as it started; see {log}")
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=1) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"gunicorn did not answer /healthz within 30 s; see {log}")


def _wait_for_workers(server: Gunicorn, environ: Mapping[str, str]) -> None:
    """Wait until every worker has started, so the load meets the whole server."""
    expected = settings.read(settings.SERVER_SETTINGS, environ)["WEB_CONCURRENCY"]
    deadline = time.monotonic() + 30
    while len(server.workers()) < expected and time.monotonic() < deadline:
        time.sleep(0.1)


@contextmanager
def running_gunicorn(name: str, environ: Mapping[str, str] | None = None) -> Iterator[Gunicorn]:
    """Gunicorn serving the app on 127.0.0.1 with the access log on, stopped on leaving."""
    port = free_port()
    LOG_DIR.mkdir(exist_ok=True)
    log = LOG_DIR / f"{name}-server.log"
    # Measured as production runs: access log on, written (here to a file) for every request.
    env = {**os.environ, **(environ or {}), "HOST": "127.0.0.1", "PORT": str(port)}
    env["ACCESS_LOG"] = "1"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "serving.serve"], cwd=ROOT, env=env, stdout=output, stderr=output
        )
    server = Gunicorn(process, f"http://127.0.0.1:{port}", log)
    try:
        _wait_until_healthy(server.base_url, process, log)
        _wait_for_workers(server, env)
        yield server
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
