"""The Dockerfile: linted by hadolint, pinned, numeric non-root user, one writable place.

No image is built here (no container runtime); test_read_only_start.py runs what it would run.
"""

from __future__ import annotations

import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from serving.serve import APP_GRACE, ROOT, STOP_WITHIN
from tests.deploy import image
from tests.deploy.running import DOCKER_STOP_WAIT

HADOLINT = Path(sys.executable).parent / "hadolint"

#: name:tag@sha256:<64 hex>: the digest fixes the bytes, the tag tells people what they are.
PINNED = re.compile(r"[a-z0-9./-]+:[\w.-]+@sha256:[0-9a-f]{64}")

#: What the image must say, instruction by instruction.
INSTRUCTIONS = [
    ("CMD", '["python", "-m", "serving.serve"]'),
    ("STOPSIGNAL", "SIGTERM"),
]


def test_hadolint_finds_nothing() -> None:
    """hadolint passes the Dockerfile with its default rules, info level included."""
    linted = subprocess.run(
        [str(HADOLINT), "--no-color", str(image.DOCKERFILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert linted.returncode == 0, linted.stdout + linted.stderr


def test_the_base_image_is_pinned_by_digest_with_its_tag() -> None:
    """FROM names a tag for people and a sha256 digest that fixes the bytes."""
    assert PINNED.fullmatch(image.last("FROM").split()[0])


def test_the_image_runs_as_a_numeric_user_that_is_not_root() -> None:
    """USER is uid:gid in numbers, so runAsNonRoot can check it, and the uid is not 0."""
    uid, gid = image.user()
    assert uid != 0 and gid != 0


def test_tmpdir_is_set_to_one_absolute_folder() -> None:
    """TMPDIR names the one folder a tmpfs must cover; Python, gunicorn and serve.py use it."""
    assert Path(image.environment()["TMPDIR"]).is_absolute()


@pytest.mark.parametrize(("keyword", "rest"), INSTRUCTIONS)
def test_the_image_says(keyword: str, rest: str) -> None:
    """The last instruction of this kind is the one the table gives."""
    assert image.last(keyword) == rest


def test_the_health_check_asks_serving_health() -> None:
    """HEALTHCHECK runs serving.health, which follows HOST, PORT and TRUSTED_HOSTS."""
    assert image.last("HEALTHCHECK").endswith('CMD ["python", "-m", "serving.health"]')


def test_the_build_context_holds_everything_copied() -> None:
    """Each COPY source is one that .dockerignore lets into the build."""
    admitted = {
        line.removeprefix("!").rstrip("/")
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.startswith("!")
    }
    copied = {
        source.rstrip("/")
        for step in image.read()
        if step.keyword == "COPY"
        for source in step.rest.split()[:-1]
        if not source.startswith("--")
    }
    assert copied <= admitted


def test_the_stop_fits_in_dockers_stop_wait() -> None:
    """serving.serve's longest stop (nginx, then gunicorn) is under the 10 s docker stop waits."""
    assert STOP_WITHIN < DOCKER_STOP_WAIT


def test_gunicorn_stops_itself_before_it_would_be_killed() -> None:
    """gunicorn's own graceful timeout ends before serving.serve gives up on it."""
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["graceful_timeout"] < APP_GRACE
