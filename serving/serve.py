"""Start the app as production runs it: nginx at HOST:PORT, gunicorn behind it on a unix socket.

Every setting is checked first; a bad one ends this process with one line saying which and
why. Then gunicorn starts on a unix socket in a private folder, and nginx (serving/edge.py) in
front of it. This process stays the parent of both, so it is the one signals reach (PID 1 in
the image): SIGTERM or SIGINT stops both in under 10 s, nginx first so that nothing new
arrives; SIGHUP reloads gunicorn's workers gracefully. If either stops by itself, the other is
stopped too and this process fails.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from serving import edge, logs, settings, static_files

__all__ = [
    "APP_GRACE",
    "EDGE_GRACE",
    "EDGE_KILL_GRACE",
    "ROOT",
    "STOP_WITHIN",
    "gunicorn_command",
    "main",
]

#: The folder with app.py and gunicorn.conf.py.
ROOT = Path(__file__).resolve().parent.parent

#: Seconds nginx gets to finish the requests it holds before it is stopped outright.
EDGE_GRACE = 3.0

#: Seconds nginx gets after it is told to stop outright, before it is killed.
EDGE_KILL_GRACE = 1.0

#: Seconds gunicorn gets after TERM before it is killed: one more than its own graceful
#: timeout (gunicorn.conf.py), so it normally stops by itself.
APP_GRACE = 5.0

#: The longest a stop can take, nginx then gunicorn: it must fit in the 10 s `docker stop`
#: waits, and in Kubernetes' terminationGracePeriodSeconds after the preStop hook.
STOP_WITHIN = EDGE_GRACE + EDGE_KILL_GRACE + APP_GRACE


#: How this process's own lines and nginx's look in the text format.
_TEXT = "[edge] %(message)s"


def gunicorn_command(*extra: str) -> list[str]:
    """The command that runs the app under gunicorn with its configuration file."""
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "--config",
        str(ROOT / "gunicorn.conf.py"),
        *extra,
        "app:create_app()",
    ]


def _relay(lines: IO[bytes]) -> None:
    """Copy nginx's log to stderr, one line per event, scrubbed of anything a client sent."""
    log = edge.EdgeLog()
    for raw in lines:
        line = log.line(raw.decode("utf-8", "replace").rstrip("\n"))
        if line is not None:
            level, message, fields = logs.edge_event(line)
            logs.EDGE.log(level, message, extra=fields)


def _stopped(process: subprocess.Popen[bytes], seconds: float) -> bool:
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return False
    return True


def _shut_down(app: subprocess.Popen[bytes], front: subprocess.Popen[bytes] | None) -> None:
    if front is not None and front.poll() is None:
        # QUIT: stop listening, finish the requests in hand; slow clients get EDGE_GRACE.
        front.send_signal(signal.SIGQUIT)
        if not _stopped(front, EDGE_GRACE):
            front.terminate()
            if not _stopped(front, EDGE_KILL_GRACE):
                front.kill()
    if app.poll() is None:
        app.terminate()
        if not _stopped(app, APP_GRACE):
            app.kill()
    for process in (app, front):
        if process is not None:
            process.wait()


def _wait_for_socket(socket: Path, app: subprocess.Popen[bytes], stop: threading.Event) -> bool:
    while not socket.exists():
        if app.poll() is not None or stop.wait(0.05):
            return False
    return True


def _serve(app_command: list[str], edge_command: list[str], socket: Path) -> int:
    stop, reload = threading.Event(), threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGHUP, lambda *_: reload.set())
    # Their own process groups: a Ctrl-C in the terminal reaches this process alone, which
    # then stops the two in order.
    app = subprocess.Popen(app_command, cwd=ROOT, process_group=0)
    front = None
    try:
        if not _wait_for_socket(socket, app, stop):
            return 0 if stop.is_set() else 1
        front = subprocess.Popen(edge_command, stderr=subprocess.PIPE, process_group=0)
        assert front.stderr is not None
        threading.Thread(target=_relay, args=(front.stderr,), daemon=True).start()
        logs.EDGE.info("nginx in front of gunicorn at unix:%s", socket)
        while not stop.is_set() and app.poll() is None and front.poll() is None:
            if reload.is_set():
                reload.clear()
                app.send_signal(signal.SIGHUP)
            stop.wait(0.1)
        return 0 if stop.is_set() else 1
    finally:
        stopping = time.monotonic()
        _shut_down(app, front)
        took = time.monotonic() - stopping
        logs.EDGE.info("should-i-reply stopped in %.1f s", took)


def _nginx_command(nginx: str, config: Path, run_dir: Path) -> list[str]:
    return [nginx, "-c", str(config), "-p", str(run_dir), "-e", "stderr"]


def _problem(environ: dict[str, str]) -> str | None:
    problem = settings.check(environ)
    if problem is None and edge.find_nginx() is None:
        problem = "should-i-reply cannot start: nginx is not installed (apt-get install nginx)"
    return problem


def main(argv: Iterable[str] = ()) -> int:
    """Check the settings, then run gunicorn behind nginx until told to stop."""
    environ = dict(os.environ)
    problem = _problem(environ)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    nginx = edge.find_nginx()
    assert nginx is not None
    logs.use(logs.EDGE, settings.read(settings.APP_SETTINGS, environ)["LOG_FORMAT"], _TEXT)
    with tempfile.TemporaryDirectory(prefix="should-i-reply-") as folder:
        run_dir = Path(folder)
        # nginx's workers run as another user when started by root; they need the socket.
        run_dir.chmod(0o755)
        socket = run_dir / "app.sock"
        config = run_dir / "nginx.conf"
        # nginx serves the static files under their hashed names, compressed once, from here.
        static_files.write_hashed(ROOT / "static", run_dir / "static")
        config.write_text(edge.nginx_config(run_dir, socket, environ))
        app_command = gunicorn_command("--bind", f"unix:{socket}", *argv)
        return _serve(app_command, _nginx_command(nginx, config, run_dir), socket)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
