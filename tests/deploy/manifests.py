"""The Kubernetes manifests in deploy/, read as the tests need them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]  # PyYAML ships no types; only safe_load is used

from serving.serve import ROOT

DEPLOY = ROOT / "deploy"

#: Each manifest file, by name.
FILES = sorted(DEPLOY.glob("*.yaml"))


def resources(path: Path) -> list[dict[str, Any]]:
    """Every resource in one manifest file."""
    return [found for found in yaml.safe_load_all(path.read_text()) if found]


def every_resource() -> list[dict[str, Any]]:
    """Every resource in deploy/."""
    return [resource for path in FILES for resource in resources(path)]


def one(kind: str) -> dict[str, Any]:
    """The one resource of this kind in deploy/."""
    matching = [resource for resource in every_resource() if resource["kind"] == kind]
    assert len(matching) == 1, f"deploy/ has {len(matching)} of kind {kind}"
    return matching[0]


def dig(resource: dict[str, Any], path: str) -> Any:
    """The value at a dotted path, numbers indexing lists: ``spec.containers.0.name``."""
    value: Any = resource
    for step in path.split("."):
        value = value[int(step)] if isinstance(value, list) else value[step]
    return value


def pod() -> dict[str, Any]:
    """The Deployment's pod template spec."""
    spec: dict[str, Any] = dig(one("Deployment"), "spec.template.spec")
    return spec


def container() -> dict[str, Any]:
    """The Deployment's one container."""
    containers: list[dict[str, Any]] = pod()["containers"]
    assert len(containers) == 1, "the pod runs one container"
    return containers[0]


def environment() -> dict[str, str]:
    """The container's environment, name to value."""
    return {variable["name"]: variable["value"] for variable in container().get("env", [])}


def port_number(name_or_number: str | int) -> int:
    """The container port a probe or Service names, as a number."""
    if isinstance(name_or_number, int):
        return name_or_number
    ports = container()["ports"]
    numbers = [port["containerPort"] for port in ports if port["name"] == name_or_number]
    assert numbers, f"the container has no port named {name_or_number}"
    return int(numbers[0])


_SUFFIXES = {"m": 0.001, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30}


def quantity(text: str | int) -> float:
    """A Kubernetes quantity as a number: ``500m`` is 0.5, ``64Mi`` is 67108864."""
    text = str(text)
    for suffix, scale in _SUFFIXES.items():
        if text.endswith(suffix):
            return float(text.removesuffix(suffix)) * scale
    return float(text)
