"""Settings come from the environment; a bad one stops the app with one line naming it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from typing import Any

import pytest

from app import create_app
from serving import settings
from serving.serve import ROOT
from serving.settings import SettingError

ALL_SETTINGS = {s.name: s for s in settings.SERVER_SETTINGS + settings.APP_SETTINGS}

#: Every variable the app reads, so a test starts from an environment that names none of them.
SETTING_NAMES = sorted(ALL_SETTINGS)

DEFAULTS = [
    pytest.param("HOST", "127.0.0.1", id="HOST"),
    pytest.param("PORT", 8000, id="PORT"),
    pytest.param("WEB_CONCURRENCY", settings.default_workers(), id="WEB_CONCURRENCY"),
    pytest.param("WEB_THREADS", 4, id="WEB_THREADS"),
    pytest.param("KEEPALIVE", 5, id="KEEPALIVE"),
    pytest.param("LOG_LEVEL", "info", id="LOG_LEVEL"),
    pytest.param("TRUST_PROXY_HOPS", 0, id="TRUST_PROXY_HOPS"),
    pytest.param("FORCE_HTTPS", False, id="FORCE_HTTPS"),
    pytest.param("ACCESS_LOG", True, id="ACCESS_LOG"),
    pytest.param("PAGE_CACHE_BYTES", 8 * 2**20, id="PAGE_CACHE_BYTES"),
    pytest.param("TRUSTED_HOSTS", ["localhost", "127.0.0.1"], id="TRUSTED_HOSTS"),
    pytest.param("HEADER_TIMEOUT", 10, id="HEADER_TIMEOUT"),
    pytest.param("BODY_TIMEOUT", 10, id="BODY_TIMEOUT"),
    pytest.param("MAX_CONNECTIONS_PER_CLIENT", 50, id="MAX_CONNECTIONS_PER_CLIENT"),
    pytest.param("LOG_FORMAT", "text", id="LOG_FORMAT"),
    pytest.param("METRICS_PORT", 0, id="METRICS_PORT"),
    pytest.param("METRICS_HOST", "127.0.0.1", id="METRICS_HOST"),
]

GOOD_VALUES = [
    pytest.param("HOST", "0.0.0.0", "0.0.0.0", id="HOST-any-ipv4"),
    pytest.param("HOST", "::1", "::1", id="HOST-ipv6"),
    pytest.param("HOST", "[::]", "::", id="HOST-bracketed-ipv6"),
    pytest.param("HOST", "localhost", "localhost", id="HOST-name"),
    pytest.param("HOST", "app.internal.example", "app.internal.example", id="HOST-dotted-name"),
    pytest.param("PORT", "1", 1, id="PORT-lowest"),
    pytest.param("PORT", " 65535 ", 65535, id="PORT-highest-with-spaces"),
    pytest.param("WEB_CONCURRENCY", "1", 1, id="WEB_CONCURRENCY-one"),
    pytest.param("WEB_CONCURRENCY", "64", 64, id="WEB_CONCURRENCY-most"),
    pytest.param("WEB_THREADS", "1", 1, id="WEB_THREADS-one"),
    pytest.param("KEEPALIVE", "75", 75, id="KEEPALIVE-behind-a-balancer"),
    pytest.param("LOG_LEVEL", "WARNING", "warning", id="LOG_LEVEL-any-case"),
    pytest.param("TRUST_PROXY_HOPS", "2", 2, id="TRUST_PROXY_HOPS-two"),
    pytest.param("ACCESS_LOG", "off", False, id="ACCESS_LOG-off"),
    pytest.param("ACCESS_LOG", "Yes", True, id="ACCESS_LOG-yes"),
    pytest.param("ACCESS_LOG", "0", False, id="ACCESS_LOG-0"),
    pytest.param("PAGE_CACHE_BYTES", "0", 0, id="PAGE_CACHE_BYTES-off"),
    pytest.param(
        "TRUSTED_HOSTS",
        " ShouldIReply.example, .shouldireply.example ,",
        ["shouldireply.example", ".shouldireply.example"],
        id="TRUSTED_HOSTS-names-and-subdomains",
    ),
    pytest.param("TRUSTED_HOSTS", "10.0.0.7", ["10.0.0.7"], id="TRUSTED_HOSTS-address"),
    pytest.param("HEADER_TIMEOUT", "1", 1, id="HEADER_TIMEOUT-shortest"),
    pytest.param("MAX_CONNECTIONS_PER_CLIENT", "0", 0, id="MAX_CONNECTIONS_PER_CLIENT-off"),
    pytest.param("LOG_FORMAT", " JSON ", "json", id="LOG_FORMAT-json-any-case"),
    pytest.param("METRICS_PORT", "9100", 9100, id="METRICS_PORT-on"),
    pytest.param("METRICS_HOST", "0.0.0.0", "0.0.0.0", id="METRICS_HOST-every-interface"),
]

BAD_VALUES = [
    pytest.param("HOST", "", "must be an IP address or host name", id="HOST-empty"),
    pytest.param("HOST", "http://0.0.0.0", "must be an IP address", id="HOST-url"),
    pytest.param("HOST", "0.0.0.0:80", "must be an IP address", id="HOST-with-port"),
    pytest.param("HOST", "my host", "must be an IP address", id="HOST-space"),
    pytest.param("PORT", "http", "must be a whole number from 1 to 65535", id="PORT-word"),
    pytest.param("PORT", "0", "must be a whole number from 1 to 65535", id="PORT-zero"),
    pytest.param("PORT", "65536", "must be a whole number from 1 to 65535", id="PORT-too-high"),
    pytest.param("WEB_CONCURRENCY", "lots", "whole number from 1 to 64", id="WEB_CONCURRENCY-word"),
    pytest.param("WEB_CONCURRENCY", "0", "whole number from 1 to 64", id="WEB_CONCURRENCY-zero"),
    pytest.param("WEB_CONCURRENCY", "2.5", "whole number from 1 to 64", id="WEB_CONCURRENCY-part"),
    pytest.param("WEB_THREADS", "-1", "whole number from 1 to 64", id="WEB_THREADS-negative"),
    pytest.param("KEEPALIVE", "0", "whole number from 1 to 600", id="KEEPALIVE-zero"),
    pytest.param("LOG_LEVEL", "loud", "must be one of debug, info, warning", id="LOG_LEVEL-word"),
    pytest.param("TRUST_PROXY_HOPS", "yes", "whole number from 0 to 5", id="TRUST_PROXY_HOPS-word"),
    pytest.param("TRUST_PROXY_HOPS", "6", "whole number from 0 to 5", id="TRUST_PROXY_HOPS-high"),
    pytest.param("FORCE_HTTPS", "maybe", "must be 1 or 0", id="FORCE_HTTPS-word"),
    pytest.param("ACCESS_LOG", "2", "must be 1 or 0", id="ACCESS_LOG-number"),
    pytest.param("PAGE_CACHE_BYTES", "big", "from 0 to 1073741824", id="PAGE_CACHE_BYTES-word"),
    pytest.param("TRUSTED_HOSTS", "", "must name at least one host", id="TRUSTED_HOSTS-empty"),
    pytest.param("TRUSTED_HOSTS", "*", "is not a host name", id="TRUSTED_HOSTS-anything"),
    pytest.param(
        "TRUSTED_HOSTS", "https://a.example", "is not a host name", id="TRUSTED_HOSTS-url"
    ),
    pytest.param("TRUSTED_HOSTS", "a.example:443", "is not a host name", id="TRUSTED_HOSTS-port"),
    pytest.param("TRUSTED_HOSTS", "a..example", "is not a host name", id="TRUSTED_HOSTS-dots"),
    pytest.param("HEADER_TIMEOUT", "0", "from 1 to 60", id="HEADER_TIMEOUT-zero"),
    pytest.param("BODY_TIMEOUT", "600", "from 1 to 60", id="BODY_TIMEOUT-long"),
    pytest.param("LOG_FORMAT", "logfmt", "must be one of text, json", id="LOG_FORMAT-other"),
    pytest.param("METRICS_PORT", "-1", "from 0 to 65535", id="METRICS_PORT-negative"),
    pytest.param("METRICS_PORT", "8000", "must differ from PORT", id="METRICS_PORT-same-as-PORT"),
    pytest.param("METRICS_HOST", "host:9100", "must be an IP address", id="METRICS_HOST-port"),
]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts from an environment that sets none of the app's variables."""
    for name in SETTING_NAMES:
        monkeypatch.delenv(name, raising=False)


def without_settings(**given: str) -> dict[str, str]:
    """This process's environment with none of the app's variables, then ``given``."""
    return {k: v for k, v in os.environ.items() if k not in ALL_SETTINGS} | given


@pytest.mark.parametrize(("name", "default"), DEFAULTS)
def test_each_setting_has_its_default(name: str, default: Any) -> None:
    """With the variable unset, the setting takes the README's default."""
    assert ALL_SETTINGS[name].read({}) == default


def test_every_setting_has_a_default_test() -> None:
    """The table of defaults covers every setting the app reads."""
    assert sorted(str(p.values[0]) for p in DEFAULTS) == SETTING_NAMES


@pytest.mark.parametrize(("name", "text", "value"), GOOD_VALUES)
def test_good_values_are_read(name: str, text: str, value: Any) -> None:
    """A good value in the environment is parsed to what the app uses."""
    assert ALL_SETTINGS[name].read({name: text}) == value


@pytest.mark.parametrize(("name", "text", "reason"), BAD_VALUES)
def test_a_bad_value_is_refused_in_one_line_naming_it(name: str, text: str, reason: str) -> None:
    """check() gives one line: the variable, the value and why it cannot be used."""
    problem = settings.check({name: text})
    assert problem is not None
    assert problem.startswith(f"should-i-reply cannot start: {name}={text!r} is not valid: ")
    assert reason in problem
    assert "\n" not in problem


def test_no_problem_with_the_defaults() -> None:
    """An environment that sets nothing starts."""
    assert settings.check({}) is None


def test_force_https_without_a_trusted_proxy_is_refused() -> None:
    """FORCE_HTTPS=1 alone would redirect forever: HTTPS only arrives through a proxy."""
    problem = settings.check({"FORCE_HTTPS": "1"})
    assert problem is not None and problem.startswith(
        "should-i-reply cannot start: FORCE_HTTPS='1' is not valid: needs TRUST_PROXY_HOPS"
    )


def test_force_https_with_a_trusted_proxy_starts() -> None:
    """FORCE_HTTPS=1 with TRUST_PROXY_HOPS=1 is a good pair."""
    assert settings.check({"FORCE_HTTPS": "1", "TRUST_PROXY_HOPS": "1"}) is None


def test_the_factory_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """create_app() with no test config takes its settings from the environment."""
    monkeypatch.setenv("PAGE_CACHE_BYTES", "7")
    monkeypatch.setenv("ACCESS_LOG", "0")
    config = create_app().config
    assert (config["PAGE_CACHE_BYTES"], config["ACCESS_LOG"]) == (7, False)


def test_the_factory_refuses_a_bad_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    """create_app() raises SettingError, which names the variable."""
    monkeypatch.setenv("TRUST_PROXY_HOPS", "all")
    with pytest.raises(SettingError, match=r"^TRUST_PROXY_HOPS='all' is not valid: ") as error:
        create_app()
    assert error.value.name == "TRUST_PROXY_HOPS"


@pytest.mark.parametrize(
    ("cpus", "workers"),
    [
        pytest.param(1, 2, id="one-cpu"),
        pytest.param(8, 16, id="eight"),
        pytest.param(200, 64, id="capped"),
    ],
)
def test_default_workers_are_two_per_cpu_within_the_limit(
    monkeypatch: pytest.MonkeyPatch, cpus: int, workers: int
) -> None:
    """Two workers per usable CPU, never more than WEB_CONCURRENCY accepts."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cpus)), raising=False)
    assert settings.default_workers() == workers


@pytest.mark.parametrize(
    ("host", "address"),
    [
        pytest.param("127.0.0.1", "127.0.0.1:8000", id="ipv4"),
        pytest.param("localhost", "localhost:8000", id="name"),
        pytest.param("::1", "[::1]:8000", id="ipv6"),
    ],
)
def test_bind_address_brackets_ipv6(host: str, address: str) -> None:
    """Gunicorn is given host:port, with an IPv6 address in brackets."""
    assert settings.bind_address(host, 8000) == address


def run_module(module: str, **environ: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m module`` from the project folder with these settings."""
    return subprocess.run(
        [sys.executable, "-m", module],
        cwd=ROOT,
        env=without_settings(**environ),
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        pytest.param("WEB_CONCURRENCY", "lots", id="gunicorn-setting"),
        pytest.param("TRUST_PROXY_HOPS", "-1", id="app-setting"),
    ],
)
def test_serve_refuses_a_bad_setting_in_one_line(name: str, value: str) -> None:
    """python -m serving.serve exits non-zero with one line on stderr, and no traceback."""
    finished = run_module("serving.serve", **{name: value})
    lines = finished.stderr.splitlines()
    assert finished.returncode != 0
    assert len(lines) == 1, finished.stderr
    assert lines[0].startswith(f"should-i-reply cannot start: {name}={value!r} is not valid: ")
    assert "Traceback" not in finished.stderr


def test_plain_gunicorn_refuses_a_bad_app_setting_in_one_line() -> None:
    """gunicorn started without serving.serve reads gunicorn.conf.py, which refuses too."""
    finished = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--check-config", "app:create_app()"],
        cwd=ROOT,
        env=without_settings(PAGE_CACHE_BYTES="-5"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode != 0
    assert finished.stderr.strip().splitlines() == [
        "should-i-reply cannot start: PAGE_CACHE_BYTES='-5' is not valid:"
        " must be a whole number from 0 to 1073741824"
    ]


def test_settings_module_checks_the_environment() -> None:
    """python -m serving.settings says what is wrong and fails, without starting anything."""
    finished = run_module("serving.settings", LOG_LEVEL="chatty")
    assert finished.returncode == 2
    assert finished.stderr.splitlines() == [
        "should-i-reply cannot start: LOG_LEVEL='chatty' is not valid:"
        " must be one of debug, info, warning, error"
    ]


def test_settings_module_passes_a_good_environment() -> None:
    """python -m serving.settings is silent and succeeds when every setting is good."""
    finished = run_module("serving.settings", WEB_CONCURRENCY="3")
    assert (finished.returncode, finished.stderr) == (0, "")


def test_a_test_config_key_the_app_does_not_know_is_refused() -> None:
    """A misspelt or retired setting in a test config fails loudly, not silently."""
    from app import create_app

    with pytest.raises(KeyError, match="PAGE_CACHE_SIZE"):
        create_app({"TESTING": True, "PAGE_CACHE_SIZE": 0})


def configuration_table() -> dict[str, str]:
    """The README's configuration table: each variable and its default as written there."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Configuration", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| `([A-Z_]+)` \| ([^|]*) \|", section, re.MULTILINE)
    return {name: default.strip() for name, default in rows}


def test_every_setting_has_a_row_in_the_readme() -> None:
    """The README's table names exactly the settings serving/settings.py reads."""
    assert sorted(configuration_table()) == SETTING_NAMES


@pytest.mark.parametrize("name", [n for n in SETTING_NAMES if n != "WEB_CONCURRENCY"])
def test_the_readme_gives_each_fixed_default(name: str) -> None:
    """Where a default is a fixed value, the README's row starts with it as written."""
    assert configuration_table()[name].startswith(f"`{ALL_SETTINGS[name].default()}`")
