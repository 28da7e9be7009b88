"""Metrics count by route pattern and verdict, never by path; only the operator's port has them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app import create_app
from bench.server import Server, free_port, running
from serving.edge import nginx_config
from tests.helpers import answers, drive_answer_routes, fetch, share_codes

CODE = "21hunuuuuuuuuuu"

#: A line of the text format: name, labels, value.
SAMPLE = re.compile(r"^(?P<name>[a-z_]+)(?:\{(?P<labels>.*)\})? (?P<value>\S+)$")
LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')


def samples(text: str) -> list[tuple[str, dict[str, str], float]]:
    """Every sample in a scrape: its name, its labels and its value."""
    found = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            match = SAMPLE.match(line)
            assert match is not None, line
            labels = dict(LABEL.findall(match["labels"] or ""))
            found.append((match["name"], labels, float(match["value"])))
    return found


def value(text: str, name: str, **labels: str) -> float:
    """The value of one series in a scrape, 0 if it is absent."""
    return sum(v for n, found, v in samples(text) if n == name and labels.items() <= found.items())


@pytest.fixture
def metered() -> Flask:
    """An app with /metrics on, as METRICS_PORT turns it on."""
    return create_app({"TESTING": True, "METRICS_PORT": 9100})


def scrape(client: FlaskClient) -> str:
    """What /metrics says now."""
    response = client.get("/metrics")
    assert response.status_code == 200
    return response.get_data(as_text=True)


#: (method, path, keyword arguments, the route and status it is counted under)
COUNTED = [
    pytest.param("get", f"/r/{CODE}", {}, "/r/<code>", "200", id="result"),
    pytest.param("get", f"/r/{CODE}.json", {}, "/r/<code>.json", "200", id="result-json"),
    pytest.param("get", f"/?answers={CODE}", {}, "/", "200", id="prefilled"),
    pytest.param("get", f"/r/{CODE}x", {}, "/r/<code>", "404", id="bad-code"),
    pytest.param("get", f"/nothing/{CODE}", {}, "<unmatched>", "404", id="unknown-path"),
    pytest.param("delete", f"/r/{CODE}", {}, "<unmatched>", "405", id="wrong-method"),
    pytest.param("post", "/", {"data": answers("no")}, "/", "303", id="post-answers"),
    pytest.param(
        "post",
        "/api/v1/evaluate",
        {"json": {"answers": {"broken_plans": "yes"}}},
        "/api/v1/evaluate",
        "200",
        id="api-evaluate",
    ),
]


@pytest.mark.parametrize(("method", "path", "kwargs", "route", "status"), COUNTED)
def test_each_request_is_counted_and_timed_under_its_route(
    metered: Flask, method: str, path: str, kwargs: dict[str, object], route: str, status: str
) -> None:
    """One more request and one more timing, under the route pattern, method and status."""
    client = metered.test_client()
    labels = {"route": route, "method": method.upper(), "status": status}
    before = scrape(client)
    getattr(client, method)(path, **kwargs)
    after = scrape(client)
    for name in ("should_i_reply_requests_total", "should_i_reply_request_duration_seconds_count"):
        assert value(after, name, **labels) - value(before, name, **labels) == 1


def test_a_method_a_client_made_up_is_counted_as_other(metered: Flask) -> None:
    """An invented method cannot add a label value: it is counted as "other"."""
    client = metered.test_client()
    before = value(scrape(client), "should_i_reply_requests_total", method="other")
    client.open("/", method="BREW")
    after = scrape(client)
    assert value(after, "should_i_reply_requests_total", method="other") - before == 1
    assert "BREW" not in after


#: (how a result is shown, the verdict it shows)
SHOWN = [
    pytest.param("get", f"/r/{CODE}", {}, "wait", id="result-page"),
    pytest.param("get", "/r/21hyyuuuuuuuuuu.json", {}, "ignore", id="result-json"),
    pytest.param(
        "post",
        "/api/v1/evaluate",
        {"json": {"answers": answers("no", followed_through="yes", he_has_changed="yes")}},
        "your_call",
        id="api-evaluate",
    ),
    pytest.param(
        "post", "/", {"data": answers("no", safety_concern="yes")}, "safety_first", id="support"
    ),
]


@pytest.mark.parametrize(("method", "path", "kwargs", "verdict"), SHOWN)
def test_each_result_shown_counts_its_verdict(
    metered: Flask, method: str, path: str, kwargs: dict[str, object], verdict: str
) -> None:
    """A result page, its JSON, the API and the support page each count the verdict shown."""
    client = metered.test_client()
    before = scrape(client)
    getattr(client, method)(path, **kwargs)
    after = scrape(client)
    name = "should_i_reply_verdicts_total"
    changed = {
        shown: value(after, name, verdict=shown) - value(before, name, verdict=shown)
        for shown in ("safety_first", "ignore", "wait", "your_call")
    }
    assert changed == {shown: float(shown == verdict) for shown in changed}


def test_every_verdict_is_there_from_the_start(metered: Flask) -> None:
    """Each verdict id has its series before any is shown, and no other value exists."""
    shown = {
        labels["verdict"]
        for name, labels, _ in samples(scrape(metered.test_client()))
        if name == "should_i_reply_verdicts_total"
    }
    assert shown == {"safety_first", "ignore", "wait", "your_call"}


def test_there_is_no_metrics_route_unless_asked(client: FlaskClient) -> None:
    """With METRICS_PORT unset the app has no /metrics at all."""
    assert client.get("/metrics").status_code == 404


def test_a_scrape_over_plain_http_is_not_sent_to_https() -> None:
    """With FORCE_HTTPS on, the scraper's plain request still gets the metrics, not a redirect."""
    app = create_app(
        {"TESTING": True, "METRICS_PORT": 9100, "FORCE_HTTPS": True, "TRUST_PROXY_HOPS": 1}
    )
    client = app.test_client()
    assert client.get("/").status_code == 302
    assert client.get("/metrics").status_code == 200


def test_the_scrape_is_prometheus_text(metered: Flask) -> None:
    """/metrics answers in Prometheus's text format."""
    response = metered.test_client().get("/metrics")
    assert response.content_type.startswith("text/plain; version=")


# Through the edge, as make serve runs it: two workers, so the scrape adds up their files.


@dataclass(frozen=True)
class Scraped:
    """A served app after answer-bearing traffic: the codes used, and what it let out."""

    server: Server
    metrics_port: int
    codes: set[str]
    text: str


@pytest.fixture(scope="module")
def scraped() -> Iterator[Scraped]:
    """A real server with metrics on, driven with real and bogus codes on every route."""
    port = free_port()
    environ = {"METRICS_PORT": str(port), "WEB_CONCURRENCY": "2"}
    with running("test-metrics", environ) as server:
        codes = drive_answer_routes(server.address, share_codes(40))
        reply = fetch(("127.0.0.1", port), "GET", "/metrics")
        assert reply.status == 200
        yield Scraped(server, port, codes, reply.body.decode())


def test_no_share_code_appears_in_the_metrics(scraped: Scraped) -> None:
    """After every route with real and bogus codes, no code is anywhere in the scrape."""
    assert len(scraped.codes) > 40
    assert [code for code in scraped.codes if code in scraped.text] == []
    assert "/r/2" not in scraped.text and "answers=" not in scraped.text


def test_every_route_label_is_a_route_pattern(scraped: Scraped) -> None:
    """Each route label is one of the app's patterns, or <unmatched>: never a path."""
    patterns = {rule.rule for rule in create_app({"TESTING": True}).url_map.iter_rules()}
    routes = {labels["route"] for _, labels, _ in samples(scraped.text) if "route" in labels}
    assert routes - patterns == {"<unmatched>"}


def test_the_workers_counts_are_added_up(scraped: Scraped) -> None:
    """The one scrape counts every result page, whichever worker answered it."""
    pages = value(scraped.text, "should_i_reply_requests_total", route="/r/<code>", status="200")
    # Each of the 40 codes is opened twice with 200: alone, and with ?answers= as well.
    assert pages == 80


@pytest.mark.parametrize(
    "target", ["/metrics", "/metrics/", "//metrics", "/%6Detrics", "/metrics?x=1", "/./metrics"]
)
def test_the_public_listener_never_serves_metrics(scraped: Scraped, target: str) -> None:
    """However /metrics is spelt, the public port answers 404 without a single metric."""
    reply = fetch(scraped.server.address, "GET", target, headers={"Host": "127.0.0.1"})
    assert reply.status == 404
    assert b"should_i_reply_" not in reply.body


def test_the_metrics_listener_serves_nothing_else(scraped: Scraped) -> None:
    """The operator's port answers /metrics and 404 for every other path."""
    reply = fetch(("127.0.0.1", scraped.metrics_port), "GET", f"/r/{CODE}")
    assert reply.status == 404


def test_the_metrics_listener_is_off_by_default() -> None:
    """Without METRICS_PORT the edge opens no second listener, and still refuses /metrics."""
    config = nginx_config(Path("/run"), Path("/run/app.sock"), {})
    assert config.count("listen ") == 1
    assert "location = /metrics { return 404; }" in config
