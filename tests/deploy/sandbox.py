"""Run a command as a container would: read-only root filesystem, tmpfs where asked, no root.

No container runtime is needed. Run as root inside a private mount namespace, which changes
nothing outside it::

    unshare --mount --propagation private python -m tests.deploy.sandbox \\
        --user 10001:10001 --tmpfs /tmp --reach /path/to/checkout --stage /some/empty/dir \\
        -- python -m serving.serve

It makes every mount read-only (as ``docker run --read-only`` or Kubernetes'
``readOnlyRootFilesystem`` do; ``/dev/shm`` too, so nothing can lean on it), mounts an empty
tmpfs on each ``--tmpfs`` folder, and runs the command as the given user and group with no
supplementary groups, no capabilities and no way to gain privileges. Each ``--reach`` folder is
made reachable by that user: a parent it may not enter (``/root``, where a developer's Python
may live) is covered by a read-only tmpfs that holds only the way through. ``--stage`` is an
empty folder outside every such parent, used while moving mounts. Exit 77 means the user could
not read what it needs (the files' own permissions), so the run could not be tried.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

#: Exit status for "the command could not be tried here" (as automake's test drivers use it).
CANNOT_TRY = 77

#: Mounts the kernel provides and a container runtime sets up on its own; left as they are.
_KERNEL_TREES = ("/proc", "/sys", "/dev")

#: The one mount under /dev a program could write to; a container's root flag does not cover
#: it, but nothing here may depend on it, so it is made read-only too.
_SHARED_MEMORY = "/dev/shm"


def _mount(*arguments: str) -> None:
    subprocess.run(["mount", *arguments], check=True)


def _unescape(field: str) -> str:
    """A path from /proc/self/mountinfo, where space, tab, newline and backslash are octal."""
    return re.sub(r"\\([0-7]{3})", lambda match: chr(int(match.group(1), 8)), field)


def mount_points() -> list[str]:
    """Every mount point in this namespace, parents before children."""
    lines = Path("/proc/self/mountinfo").read_text().splitlines()
    return sorted({_unescape(line.split()[4]) for line in lines}, key=lambda p: p.count("/"))


def _kernel_tree(point: str) -> bool:
    if point == _SHARED_MEMORY or point.startswith(_SHARED_MEMORY + "/"):
        return False
    return any(point == tree or point.startswith(tree + "/") for tree in _KERNEL_TREES)


def _closed_parents(paths: Sequence[Path]) -> dict[Path, set[str]]:
    """Each folder on the way to ``paths`` that others may not enter, and the names needed in it."""
    closed: dict[Path, set[str]] = {}
    for path in paths:
        for parent, child in zip(path.parents, [path, *path.parents], strict=False):
            if not os.stat(parent).st_mode & stat.S_IXOTH:
                closed.setdefault(parent, set()).add(child.name)
    return closed


def open_the_way(paths: Sequence[Path], stage: Path) -> None:
    """Cover each closed parent of ``paths`` with a tmpfs holding only the way through."""
    closed = _closed_parents([path.resolve() for path in paths])
    for number, (parent, names) in enumerate(sorted(closed.items(), key=lambda i: len(i[0].parts))):
        held = {}
        for name in sorted(names):
            held[name] = stage / f"{number}-{name}"
            held[name].mkdir()
            _mount("--rbind", str(parent / name), str(held[name]))
        _mount("-t", "tmpfs", "-o", "mode=0755,size=64k", "tmpfs", str(parent))
        for name, place in held.items():
            (parent / name).mkdir()
            _mount("--move", str(place), str(parent / name))


def make_read_only() -> None:
    """Make every mount read-only in this namespace, leaving the kernel's trees alone."""
    for point in mount_points():
        if not _kernel_tree(point):
            # A bind remount changes this namespace's view only, never the filesystem itself.
            _mount("-o", "remount,bind,ro", point)


def _user_can_read(user: str, paths: Sequence[Path]) -> bool:
    uid, gid = user.split(":")
    drop = ["setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups"]
    checks = ["sh", "-c", 'for path; do test -r "$path" || exit 1; done', "sh", *map(str, paths)]
    return subprocess.run([*drop, *checks], check=False).returncode == 0


def _in_a_private_namespace() -> bool:
    """Whether this process has a mount namespace apart from its parent's (False if unknown)."""
    try:
        return os.readlink("/proc/self/ns/mnt") != os.readlink(f"/proc/{os.getppid()}/ns/mnt")
    except OSError:
        return False


def wrap(
    command: Sequence[str],
    *,
    user: tuple[int, int],
    tmpfs: Sequence[Path],
    reach: Sequence[Path],
    stage: Path,
) -> list[str]:
    """The command line that runs ``command`` in a sandbox (from the checkout, as root)."""
    options = [f"--user={user[0]}:{user[1]}", f"--stage={stage}"]
    options += [f"--tmpfs={folder}" for folder in tmpfs]
    options += [f"--reach={folder}" for folder in reach]
    unshare = ["unshare", "--mount", "--propagation", "private"]
    return [*unshare, sys.executable, "-m", "tests.deploy.sandbox", *options, "--", *command]


def unavailable() -> str | None:
    """Why no sandbox can be made on this machine, or None if one can."""
    try:
        tried = subprocess.run(
            ["unshare", "--mount", "--propagation", "private", "true"],
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        return "unshare is not installed (Debian: util-linux)"
    if tried.returncode != 0:
        return f"a private mount namespace is not permitted here: {tried.stderr.strip()}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Set the namespace up, then replace this process with the command."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--user", required=True, help="uid:gid, as in the Dockerfile's USER")
    parser.add_argument("--tmpfs", action="append", default=[], type=Path)
    parser.add_argument("--reach", action="append", default=[], type=Path)
    parser.add_argument("--stage", required=True, type=Path)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    options = parser.parse_args(argv)
    command = options.command[1:] if options.command[:1] == ["--"] else options.command
    if not command:
        parser.error("no command given")
    if os.geteuid() != 0 or not _in_a_private_namespace():
        # Outside a namespace of its own, every mount below would change the whole machine.
        parser.error("run it as root, from a parent, in `unshare --mount --propagation private`")

    open_the_way(options.reach, Path(tempfile.mkdtemp(dir=options.stage)))
    make_read_only()
    for folder in options.tmpfs:
        # As `docker run --tmpfs` mounts it: nothing on it may run, and no device files.
        _mount("-t", "tmpfs", "-o", "mode=1777,size=64m,noexec,nosuid,nodev", "tmpfs", str(folder))

    needed = [*options.reach, Path(shutil.which(command[0]) or command[0])]
    if not _user_can_read(options.user, needed):
        print(f"sandbox: user {options.user} cannot read all of {needed}", file=sys.stderr)
        return CANNOT_TRY
    uid, gid = options.user.split(":")
    os.execvp(
        "setpriv",
        [
            "setpriv",
            f"--reuid={uid}",
            f"--regid={gid}",
            "--clear-groups",
            "--inh-caps=-all",
            "--bounding-set=-all",
            "--no-new-privs",
            "--",
            *command,
        ],
    )


if __name__ == "__main__":
    sys.exit(main())
