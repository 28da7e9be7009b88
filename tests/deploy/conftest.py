"""Fixtures for the image's way of running, tried without a container runtime.

The read-only start runs in a private mount namespace (tests/deploy/sandbox.py), which needs
root. Where that is not permitted these tests are skipped with the reason; with CI set they
fail instead, so a green CI run always means the read-only start was really tried.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import psutil
import pytest

from bench.server import free_port
from serving.serve import ROOT
from tests.deploy import image, sandbox
from tests.deploy.running import (
    DOCKER_STOP_WAIT,
    ReadOnlyRun,
    Sandbox,
    cannot_run,
    running,
    wait_until_healthy,
)
from tests.helpers import answers, fetch

#: TMPDIR in the sandbox when the checkout, or its Python, lives under the image's TMPDIR.
ELSEWHERE = Path("/run")


@pytest.fixture(scope="module")
def like_the_image(tmp_path_factory: pytest.TempPathFactory) -> Sandbox:
    """The image's environment (its ENV, serving on a free port of 127.0.0.1) in a sandbox."""
    reason = sandbox.unavailable()
    if reason is not None:
        cannot_run(reason)
    environ = {
        **image.environment(),
        "HOST": "127.0.0.1",
        "PORT": str(free_port()),
        "WEB_CONCURRENCY": "2",
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": "/nonexistent",
    }
    tmp = Path(environ["TMPDIR"])
    if any(tmp in needed.resolve().parents for needed in (ROOT, Path(sys.prefix))):
        # A checkout under /tmp would vanish beneath the image's tmpfs. The point is that the
        # server writes nowhere but TMPDIR, wherever that is, so the sandbox puts it on /run.
        environ["TMPDIR"] = str(ELSEWHERE)
    return Sandbox(tmp_path_factory.mktemp("stage"), environ)


@pytest.fixture(scope="module")
def read_only_run(like_the_image: Sandbox, tmp_path_factory: pytest.TempPathFactory) -> ReadOnlyRun:
    """`python -m serving.serve` from a read-only root as the image's user, used, then stopped."""
    environ = like_the_image.environ
    address = (environ["HOST"], int(environ["PORT"]))
    log = tmp_path_factory.mktemp("read-only") / "server.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            like_the_image.command(sys.executable, "-m", "serving.serve"),
            cwd=ROOT,
            env=environ,
            stdout=output,
            stderr=output,
        )
    top = psutil.Process(process.pid)
    family = [top]
    try:
        healthy = wait_until_healthy(address, process)
        family += top.children(recursive=True) if process.poll() is None else []
        if not healthy:
            process.kill()
            process.wait()
            if process.returncode == sandbox.CANNOT_TRY:
                cannot_run(log.read_text(errors="replace").strip())
            pytest.fail(f"the server did not start read-only:\n{log.read_text(errors='replace')}")
        health = fetch(address, "GET", "/healthz")
        form = urlencode(answers("no", followed_through="yes")).encode()
        content_type = {"Content-Type": "application/x-www-form-urlencoded"}
        posted = fetch(address, "POST", "/", form, content_type)
        result = fetch(address, "GET", posted.headers.get("Location", "/r/missing"))
        health_check = like_the_image.run(sys.executable, "-m", "serving.health")
        family += [child for child in top.children(recursive=True) if child not in family]
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=DOCKER_STOP_WAIT + 20)
        stopped_after = time.monotonic() - started
        left = [member.pid for member in family if running(member)]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for member in family:
            if running(member):
                member.kill()
    return ReadOnlyRun(
        health=health.status,
        posted=posted.status,
        result=result.status,
        result_page=result.body,
        health_check=health_check,
        stopped_after=stopped_after,
        exit_status=process.returncode,
        left_running=left,
        log=log.read_text(errors="replace"),
    )
