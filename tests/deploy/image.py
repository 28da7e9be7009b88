"""The Dockerfile read as the tests need it: its instructions, environment, user and base."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from serving.serve import ROOT

DOCKERFILE = ROOT / "Dockerfile"


@dataclass(frozen=True)
class Instruction:
    """One instruction: its keyword in capitals and the rest of it, continuation lines joined."""

    keyword: str
    rest: str


def instructions(text: str) -> list[Instruction]:
    """Every instruction in a Dockerfile's text, comments and line continuations removed."""
    joined = re.sub(r"\\\n(?:[ \t]*#[^\n]*\n)*", " ", text)
    found = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            found.append(Instruction(keyword.upper(), rest.strip()))
    return found


def read(path: Path = DOCKERFILE) -> list[Instruction]:
    """The image's instructions."""
    return instructions(path.read_text())


def last(keyword: str, path: Path = DOCKERFILE) -> str:
    """The rest of the last instruction with this keyword (the one that counts)."""
    matching = [step.rest for step in read(path) if step.keyword == keyword]
    assert matching, f"the Dockerfile has no {keyword}"
    return matching[-1]


def environment(path: Path = DOCKERFILE) -> dict[str, str]:
    """The variables the image's ENV instructions set, in ``key=value`` form."""
    values: dict[str, str] = {}
    for step in read(path):
        if step.keyword == "ENV":
            for word in shlex.split(step.rest):
                key, equals, value = word.partition("=")
                assert equals, f"ENV {step.rest!r} is not in key=value form"
                values[key] = value
    return values


def user(path: Path = DOCKERFILE) -> tuple[int, int]:
    """The numeric user and group the image runs as; fails on a name."""
    uid, _, gid = last("USER", path).partition(":")
    assert uid.isdigit() and gid.isdigit(), f"USER {uid}:{gid} is not numeric"
    return int(uid), int(gid)
