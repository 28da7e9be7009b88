"""Running the server as the image would, without a container runtime (see sandbox.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import psutil
import pytest

from serving.serve import ROOT
from tests.deploy import image, sandbox
from tests.helpers import fetch

#: The seconds `docker stop` waits after SIGTERM before it kills.
DOCKER_STOP_WAIT = 10


def cannot_run(reason: str) -> NoReturn:
    """Skip with the reason why the sandbox cannot run here; with CI set, fail instead."""
    if os.environ.get("CI"):
        pytest.fail(f"the read-only start could not be tried: {reason}", pytrace=False)
    pytest.skip(reason)


@dataclass(frozen=True)
class Sandbox:
    """How to run a command as the image would: its user, its tmpfs, its environment."""

    stage: Path
    environ: dict[str, str]

    def command(self, *command: str) -> list[str]:
        """``command`` run as the image's user, with only TMPDIR writable."""
        interpreter = Path(sys.executable)
        reach = [ROOT, Path(sys.prefix), Path(sys.base_prefix), interpreter.resolve().parent]
        return sandbox.wrap(
            command,
            user=image.user(),
            tmpfs=[Path(self.environ["TMPDIR"])],
            reach=reach,
            stage=self.stage,
        )

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        """Run ``command`` in a fresh sandbox and wait for it."""
        done = subprocess.run(
            self.command(*command),
            cwd=ROOT,
            env=self.environ,
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        if done.returncode == sandbox.CANNOT_TRY:
            cannot_run(done.stderr.strip())
        return done


@dataclass(frozen=True)
class ReadOnlyRun:
    """What the server did from a read-only root: its answers, its stop, its log."""

    health: int
    posted: int
    result: int
    result_page: bytes
    health_check: subprocess.CompletedProcess[str]
    stopped_after: float
    exit_status: int
    left_running: list[int]
    log: str


def running(process: psutil.Process) -> bool:
    """Whether a process is still alive (a zombie is not: it only waits to be reaped)."""
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def wait_until_healthy(address: tuple[str, int], process: subprocess.Popen[bytes]) -> bool:
    """Whether the server answers /healthz with 200 within 30 s (False if it stops first)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if fetch(address, "GET", "/healthz").status == 200:
                return True
        except OSError:
            time.sleep(0.1)
    return False
