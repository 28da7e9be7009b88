"""Start the app on a free port of 127.0.0.1: as ``make serve`` does, or as another design.

``edge`` is production: ``python -m serving.serve``, nginx in front of gunicorn. The others are
there to be measured beside it: ``gunicorn`` bare (as shipped before the edge), and
``granian`` alone (when installed: ``.venv/bin/pip install granian``).
"""

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
from serving.serve import ROOT, gunicorn_command

__all__ = ["DESIGNS", "Server", "free_port", "running", "stop"]

#: Where the server's own output (its access log included) is written.
LOG_DIR = ROOT / "test-artifacts"

#: The designs that can be started, production first.
DESIGNS = ("edge", "gunicorn", "granian")


@dataclass(frozen=True)
class Server:
    """A running server: the process this started, where it listens, where it logs."""

    process: subprocess.Popen[bytes]
    base_url: str
    log: Path
    design: str = "edge"

    @property
    def address(self) -> tuple[str, int]:
        """The (host, port) it listens on."""
        host, port = self.base_url.removeprefix("http://").rsplit(":", 1)
        return host, int(port)

    @property
    def master(self) -> psutil.Process:
        """The gunicorn master (or granian's main process)."""
        top = psutil.Process(self.process.pid)
        if self.design != "edge":
            return top
        for child in top.children():
            if "gunicorn" in " ".join(child.cmdline()):
                return child
        raise LookupError("no gunicorn master under serving.serve")

    def workers(self) -> list[psutil.Process]:
        """The app's worker processes alive now."""
        return self.master.children()

    def reload(self) -> None:
        """Ask for a graceful reload: new workers start, old ones finish what they hold."""
        self.process.send_signal(signal.SIGHUP)

    def log_text(self) -> str:
        """Everything the server has written so far."""
        return self.log.read_text(errors="replace")


def free_port() -> int:
    """A port of 127.0.0.1 that nothing listens on just now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _command(design: str, environ: Mapping[str, str]) -> list[str]:
    server = settings.read(settings.SERVER_SETTINGS, environ)
    if design == "edge":
        return [sys.executable, "-m", "serving.serve"]
    if design == "gunicorn":
        return gunicorn_command()
    if design == "granian":
        return [
            str(Path(sys.executable).parent / "granian"),
            "--interface=wsgi",
            "--factory",
            f"--host={server['HOST']}",
            f"--port={server['PORT']}",
            f"--workers={server['WEB_CONCURRENCY']}",
            f"--blocking-threads={server['WEB_THREADS']}",
            f"--http1-header-read-timeout={server['HEADER_TIMEOUT'] * 1000}",
            "--no-ws",
            "app:create_app",
        ]
    raise ValueError(f"no such design: {design}")


def _wait_until_healthy(base_url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"the server stopped as it started; see {log}")
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=1) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"the server did not answer /healthz within 30 s; see {log}")


def _wait_for_workers(server: Server, environ: Mapping[str, str]) -> None:
    """Wait until every worker has started, so the load meets the whole server."""
    expected = settings.read(settings.SERVER_SETTINGS, environ)["WEB_CONCURRENCY"]
    deadline = time.monotonic() + 30
    while len(server.workers()) < expected and time.monotonic() < deadline:
        time.sleep(0.1)


def stop(process: subprocess.Popen[bytes], *, within: float = 40) -> float:
    """Send SIGTERM and wait (killing it past ``within`` s); the seconds it took to stop."""
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=within)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    return time.monotonic() - started


@contextmanager
def running(
    name: str, environ: Mapping[str, str] | None = None, *, design: str = "edge"
) -> Iterator[Server]:
    """The app served by ``design`` on 127.0.0.1 with the access log on, stopped on leaving."""
    port = free_port()
    LOG_DIR.mkdir(exist_ok=True)
    log = LOG_DIR / f"{name}-server.log"
    # Measured as production runs: access log on, written (here to a file) for every request.
    env = {**os.environ, **(environ or {}), "HOST": "127.0.0.1", "PORT": str(port)}
    env["ACCESS_LOG"] = "1"
    with log.open("wb") as output:
        process = subprocess.Popen(
            _command(design, env), cwd=ROOT, env=env, stdout=output, stderr=output
        )
    server = Server(process, f"http://127.0.0.1:{port}", log, design)
    try:
        _wait_until_healthy(server.base_url, process, log)
        _wait_for_workers(server, env)
        yield server
    finally:
        if process.poll() is None:
            stop(process)
