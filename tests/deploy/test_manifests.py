"""The Kubernetes manifests in deploy/: valid, restricted, and agreeing with the app and image.

Validated offline against Kubernetes' own schemas (kubernetes-validate), strictly, so a
misspelt field fails rather than being dropped by the cluster.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import kubernetes_validate  # type: ignore[import-untyped]  # ships no types; one call is used
import pytest

from app import create_app
from serving import settings
from serving.serve import STOP_WITHIN
from tests.deploy import image, manifests

#: The oldest Kubernetes these are written for (its releases still get fixes from some
#: providers), and the newest whose schemas the pinned kubernetes-validate carries.
KUBERNETES = ["1.30.0", "1.37.0"]

UID, GID = image.user()

POD = "spec.template.spec"
CONTAINER = f"{POD}.containers.0"

#: What must be set, and to what: the restricted Pod Security Standard, and the rest.
REQUIRED = [
    ("Deployment", "spec.replicas", 2),
    ("Deployment", "spec.strategy.rollingUpdate.maxUnavailable", 0),
    ("Deployment", f"{POD}.securityContext.runAsNonRoot", True),
    ("Deployment", f"{POD}.securityContext.runAsUser", UID),
    ("Deployment", f"{POD}.securityContext.runAsGroup", GID),
    ("Deployment", f"{POD}.securityContext.seccompProfile.type", "RuntimeDefault"),
    ("Deployment", f"{POD}.automountServiceAccountToken", False),
    ("Deployment", f"{CONTAINER}.securityContext.allowPrivilegeEscalation", False),
    ("Deployment", f"{CONTAINER}.securityContext.readOnlyRootFilesystem", True),
    ("Deployment", f"{CONTAINER}.securityContext.capabilities.drop", ["ALL"]),
    ("HorizontalPodAutoscaler", "spec.scaleTargetRef.kind", "Deployment"),
    ("HorizontalPodAutoscaler", "spec.minReplicas", 2),
    ("PodDisruptionBudget", "spec.maxUnavailable", 1),
    ("Service", "spec.ports.0.targetPort", "http"),
]

PROBES = ["startupProbe", "readinessProbe", "livenessProbe"]


@pytest.mark.parametrize("version", KUBERNETES)
@pytest.mark.parametrize("path", manifests.FILES, ids=[path.name for path in manifests.FILES])
def test_each_manifest_is_valid_kubernetes(path: Path, version: str) -> None:
    """Every resource validates against that version's schema, unknown fields refused."""
    for resource in manifests.resources(path):
        kubernetes_validate.validate(resource, version, strict=True)


def test_deploy_holds_each_kind_once() -> None:
    """A Deployment, a Service, an autoscaler and a disruption budget, one of each."""
    kinds = sorted(resource["kind"] for resource in manifests.every_resource())
    expected = ["Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Service"]
    assert kinds == expected


@pytest.mark.parametrize(
    ("kind", "path", "value"), REQUIRED, ids=[f"{kind}:{path}" for kind, path, _ in REQUIRED]
)
def test_each_required_field_is_set(kind: str, path: str, value: Any) -> None:
    """The field is set to what the table says."""
    assert manifests.dig(manifests.one(kind), path) == value


def test_the_pod_runs_as_the_images_user() -> None:
    """runAsUser and runAsGroup are the Dockerfile's numeric USER, and not root."""
    security = manifests.pod()["securityContext"]
    assert (security["runAsUser"], security["runAsGroup"]) == image.user()
    assert UID != 0


@pytest.mark.parametrize("resource", ["cpu", "memory"])
def test_the_container_requests_no_more_than_its_limits(resource: str) -> None:
    """CPU and memory each have a request and a limit, and the request is within the limit."""
    resources = manifests.container()["resources"]
    request = manifests.quantity(resources["requests"][resource])
    limit = manifests.quantity(resources["limits"][resource])
    assert 0 < request <= limit


def test_tmpdir_is_a_size_limited_memory_volume() -> None:
    """The image's TMPDIR is mounted from an emptyDir in memory with a size limit."""
    mounts = {mount["mountPath"]: mount["name"] for mount in manifests.container()["volumeMounts"]}
    tmpdir = image.environment()["TMPDIR"]
    assert tmpdir in mounts
    volumes = {volume["name"]: volume for volume in manifests.pod()["volumes"]}
    volume = volumes[mounts[tmpdir]]
    assert volume["emptyDir"]["medium"] == "Memory"
    assert manifests.quantity(volume["emptyDir"]["sizeLimit"]) > 0


def test_the_memory_limit_leaves_room_beside_the_tmpdir_volume() -> None:
    """A memory volume counts against the container's memory limit, so the limit is larger."""
    volume = next(volume for volume in manifests.pod()["volumes"] if "emptyDir" in volume)
    size = manifests.quantity(volume["emptyDir"]["sizeLimit"])
    limit = manifests.quantity(manifests.container()["resources"]["limits"]["memory"])
    assert limit >= 4 * size


def test_the_settings_are_ones_the_app_starts_with() -> None:
    """The container's environment passes the same check serving.serve makes at start-up."""
    assert settings.check(manifests.environment()) is None


def test_the_container_listens_on_the_port_it_declares() -> None:
    """PORT in the environment is the container port named http."""
    assert int(manifests.environment()["PORT"]) == manifests.port_number("http")


def test_metrics_have_their_own_port_which_the_service_leaves_out() -> None:
    """METRICS_PORT is the container port named metrics, and the Service exposes only http."""
    metrics = int(manifests.environment()["METRICS_PORT"])
    assert metrics == manifests.port_number("metrics") != manifests.port_number("http")
    exposed = [port["targetPort"] for port in manifests.one("Service")["spec"]["ports"]]
    assert exposed == ["http"]
    annotations = manifests.dig(manifests.one("Deployment"), "spec.template.metadata.annotations")
    assert int(annotations["prometheus.io/port"]) == metrics


def test_workers_follow_the_cpu_limit() -> None:
    """WEB_CONCURRENCY is two per CPU of the limit, the rule the default applies to a machine."""
    cpus = manifests.quantity(manifests.container()["resources"]["limits"]["cpu"])
    assert int(manifests.environment()["WEB_CONCURRENCY"]) == 2 * cpus


@pytest.mark.parametrize("probe", PROBES)
def test_each_probe_asks_the_health_route_on_the_apps_port(probe: str) -> None:
    """The probe's path is the app's health route, its port the one the app listens on."""
    check = manifests.container()[probe]["httpGet"]
    rules = [rule.rule for rule in create_app({"TESTING": True}).url_map.iter_rules()]
    assert check["path"] in rules
    assert check["path"] == "/healthz"
    assert manifests.port_number(check["port"]) == int(manifests.environment()["PORT"])


@pytest.mark.parametrize("probe", PROBES)
def test_each_probe_is_answered_by_the_app_as_configured(probe: str) -> None:
    """The app, with the container's settings, answers the probe's request (Host and all) 200."""
    check = manifests.container()[probe]["httpGet"]
    headers = {header["name"]: header["value"] for header in check.get("httpHeaders", [])}
    configured = settings.app_settings(manifests.environment())
    app = create_app({**configured, "TESTING": True})
    # Without a Host header of its own, the kubelet sends the pod's IP, which is not trusted.
    assert "Host" in headers
    assert app.test_client().get(check["path"], headers=headers).status_code == 200


def test_the_service_and_budget_select_the_deployments_pods() -> None:
    """The Service and the disruption budget pick exactly the pods the Deployment makes."""
    deployment = manifests.one("Deployment")
    labels = manifests.dig(deployment, "spec.template.metadata.labels")
    assert manifests.dig(deployment, "spec.selector.matchLabels").items() <= labels.items()
    assert manifests.one("Service")["spec"]["selector"].items() <= labels.items()
    budget = manifests.one("PodDisruptionBudget")["spec"]["selector"]["matchLabels"]
    assert budget.items() <= labels.items()


def test_the_autoscaler_scales_the_deployment() -> None:
    """The autoscaler names the Deployment, and starts from at least its replicas."""
    deployment, autoscaler = manifests.one("Deployment"), manifests.one("HorizontalPodAutoscaler")
    assert autoscaler["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert autoscaler["spec"]["minReplicas"] >= deployment["spec"]["replicas"]
    assert autoscaler["spec"]["maxReplicas"] > autoscaler["spec"]["minReplicas"]


def test_the_grace_period_covers_the_prestop_pause_and_the_whole_stop() -> None:
    """terminationGracePeriodSeconds is at least the preStop sleep plus serving.serve's stop."""
    command = manifests.container()["lifecycle"]["preStop"]["exec"]["command"]
    assert command[0] == "sleep"
    pause = float(command[1])
    assert manifests.pod()["terminationGracePeriodSeconds"] >= pause + STOP_WITHIN
