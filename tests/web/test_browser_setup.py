"""Without a browser the browser tests skip and say how to get one; under CI they fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ONE_BROWSER_TEST = (
    "tests/browser/test_no_javascript.py::test_without_javascript_there_are_no_buttons_that_need_it"
)


def run_without_a_browser(**env: str) -> subprocess.CompletedProcess[str]:
    """Run one browser test with CHROMIUM_PATH pointing at nothing."""
    environ = {k: v for k, v in os.environ.items() if k != "CI"}
    environ |= {"CHROMIUM_PATH": "/nonexistent/chromium", **env}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rs", ONE_BROWSER_TEST],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_outside_ci_a_missing_browser_skips_with_how_to_install_one() -> None:
    """The run passes with one skip whose reason names the install command."""
    run = run_without_a_browser()
    assert run.returncode == 0, run.stdout
    assert "1 skipped" in run.stdout
    assert "apt-get install chromium" in run.stdout


def test_under_ci_a_missing_browser_fails() -> None:
    """With CI set, the same run fails instead of skipping."""
    run = run_without_a_browser(CI="true")
    assert run.returncode == 1, run.stdout
    assert "1 failed" in run.stdout or "1 error" in run.stdout
    assert "skipped" not in run.stdout
