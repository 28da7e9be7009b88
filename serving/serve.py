"""Start the app under gunicorn, after checking every setting in the environment.

Gunicorn reads WEB_CONCURRENCY itself as it starts and fails with a traceback on a value that
is not a number, so the settings are checked here first: a bad one ends this process with one
line saying which and why. Then this process becomes the gunicorn master (same process id,
so signals such as SIGHUP for a graceful reload reach it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from serving import settings

__all__ = ["ROOT", "gunicorn_command", "main"]

#: The folder with app.py and gunicorn.conf.py.
ROOT = Path(__file__).resolve().parent.parent


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


def main() -> None:
    """Check the settings, then replace this process with gunicorn."""
    problem = settings.check(os.environ)
    if problem is not None:
        sys.exit(problem)
    os.chdir(ROOT)
    command = gunicorn_command(*sys.argv[1:])
    os.execv(command[0], command)


if __name__ == "__main__":
    main()
