"""The image's server starts, serves and stops with a read-only root and only TMPDIR writable.

Run as the image runs it: the Dockerfile's USER and ENV, every mount read-only (/dev/shm too),
an empty tmpfs on TMPDIR, no capabilities. See tests/deploy/sandbox.py for how, without a
container runtime.
"""

from __future__ import annotations

import json
import re
import sys

import pytest

from serving.serve import ROOT, STOP_WITHIN
from tests.deploy.running import DOCKER_STOP_WAIT, ReadOnlyRun, Sandbox

#: Tries to write a file in each folder it is given; prints what happened in each.
WRITE_PROBE = """
import json, os, sys
outcome = {}
for folder in sys.argv[1:]:
    try:
        with open(os.path.join(folder, "probe"), "w") as probe:
            probe.write("x")
        outcome[folder] = "written"
    except OSError as error:
        outcome[folder] = os.strerror(error.errno)
print(json.dumps(outcome))
"""

#: What a write gives where the filesystem is read-only, whoever owns the folder.
READ_ONLY = "Read-only file system"

#: Each folder the image's user might try to write in, and what it gets.
FOLDERS = {
    str(ROOT): READ_ONLY,
    str(ROOT / "static"): READ_ONLY,
    "/": READ_ONLY,
    "/etc": READ_ONLY,
    "/var/tmp": READ_ONLY,
    "/dev/shm": READ_ONLY,
    "TMPDIR": "written",
}

#: What the log must never say: something could not be written, or something crashed.
TROUBLE = re.compile(r"Read-only file system|Permission denied|Traceback|\[(?:emerg|alert|crit)\]")


@pytest.fixture(scope="module")
def writes(like_the_image: Sandbox) -> dict[str, str]:
    """What the image's user got when it tried to write in each of FOLDERS."""
    tmp = like_the_image.environ["TMPDIR"]
    folders = [tmp if folder == "TMPDIR" else folder for folder in FOLDERS]
    probe = like_the_image.run(sys.executable, "-c", WRITE_PROBE, *folders)
    assert probe.returncode == 0, probe.stderr
    outcome: dict[str, str] = json.loads(probe.stdout)
    outcome["TMPDIR"] = outcome.pop(tmp)
    return outcome


@pytest.mark.parametrize(("folder", "outcome"), FOLDERS.items(), ids=list(FOLDERS))
def test_the_user_may_write_in_tmpdir_and_nowhere_else(
    writes: dict[str, str], folder: str, outcome: str
) -> None:
    """In the sandbox a write succeeds in TMPDIR; everywhere else the filesystem is read-only."""
    assert writes[folder] == outcome


def test_it_answers_its_health_check(read_only_run: ReadOnlyRun) -> None:
    """GET /healthz answers 200."""
    assert read_only_run.health == 200, read_only_run.log


def test_a_questionnaire_posted_opens_its_result(read_only_run: ReadOnlyRun) -> None:
    """A questionnaire posted redirects to its result, which opens with its verdict."""
    assert (read_only_run.posted, read_only_run.result) == (303, 200), read_only_run.log
    assert b"Not yet: let what he does speak first." in read_only_run.result_page


def test_the_image_health_check_passes(read_only_run: ReadOnlyRun) -> None:
    """The HEALTHCHECK's command, run as the image's user beside the server, succeeds."""
    done = read_only_run.health_check
    assert done.returncode == 0, done.stderr


def test_sigterm_stops_it_within_dockers_stop_wait(read_only_run: ReadOnlyRun) -> None:
    """SIGTERM stops nginx and gunicorn cleanly, well inside the 10 s `docker stop` waits."""
    assert read_only_run.exit_status == 0, read_only_run.log
    assert read_only_run.left_running == []
    assert read_only_run.stopped_after < min(STOP_WITHIN, DOCKER_STOP_WAIT)
    assert "should-i-reply stopped in" in read_only_run.log


def test_nothing_failed_to_write_or_crashed(read_only_run: ReadOnlyRun) -> None:
    """The server's log has no write refused, no traceback and no nginx alert."""
    assert not TROUBLE.findall(read_only_run.log), read_only_run.log
