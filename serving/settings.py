"""Settings read from the environment, each checked once at start-up.

Every setting has a name, a default written as it would be in the environment, and a parser
that either returns its value or says in a few words why it cannot. A bad value stops the app
before it serves anything, with one line naming the setting and the reason.

Run ``python -m serving.settings`` to check the environment without starting anything.
"""

from __future__ import annotations

import ipaddress
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "APP_SETTINGS",
    "SERVER_SETTINGS",
    "Setting",
    "SettingError",
    "app_defaults",
    "app_settings",
    "bind_address",
    "check",
    "default_workers",
    "read",
    "trusted_hosts",
]


class SettingError(ValueError):
    """A setting in the environment that the app cannot start with."""

    def __init__(self, name: str, value: str, reason: str) -> None:
        super().__init__(f"{name}={value!r} is not valid: {reason}")
        self.name = name


#: The most worker processes WEB_CONCURRENCY may ask for.
MAX_WORKERS = 64


def default_workers() -> int:
    """Two worker processes per CPU this process may use, so one can run while one waits."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not every platform has sched_getaffinity
        cpus = os.cpu_count() or 1
    # On a very large machine the default must still be a value the setting accepts.
    return min(2 * cpus, MAX_WORKERS)


def _whole(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            number = int(text.strip())
        except ValueError:
            raise ValueError(f"must be a whole number from {low} to {high}") from None
        if not low <= number <= high:
            raise ValueError(f"must be a whole number from {low} to {high}")
        return number

    return parse


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _switch(text: str) -> bool:
    word = text.strip().lower()
    if word in _TRUE | _FALSE:
        return word in _TRUE
    raise ValueError("must be 1 or 0 (true/false, yes/no and on/off work too)")


_HOST_NAME = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*")


def _host(text: str) -> str:
    host = text.strip()
    try:
        return str(ipaddress.ip_address(host.removeprefix("[").removesuffix("]")))
    except ValueError:
        pass
    if len(host) > 253 or not _HOST_NAME.fullmatch(host):
        raise ValueError("must be an IP address or host name, such as 127.0.0.1, 0.0.0.0 or ::1")
    return host


def trusted_hosts(text: str) -> list[str]:
    """The host names a comma-separated TRUSTED_HOSTS names; a leading dot takes subdomains."""
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    if not names:
        raise ValueError("must name at least one host, such as shouldireply.example")
    for name in names:
        bare = name.removeprefix(".")
        if len(bare) > 253 or not _HOST_NAME.fullmatch(bare) or ":" in name:
            raise ValueError(
                f"{name!r} is not a host name: give names without scheme, port or path,"
                " separated by commas, such as shouldireply.example,.shouldireply.example"
            )
    return names


_LOG_LEVELS = ("debug", "info", "warning", "error")


def _log_level(text: str) -> str:
    level = text.strip().lower()
    if level not in _LOG_LEVELS:
        raise ValueError(f"must be one of {', '.join(_LOG_LEVELS)}")
    return level


_LOG_FORMATS = ("text", "json")


def _log_format(text: str) -> str:
    chosen = text.strip().lower()
    if chosen not in _LOG_FORMATS:
        raise ValueError(f"must be one of {', '.join(_LOG_FORMATS)}")
    return chosen


@dataclass(frozen=True)
class Setting:
    """One environment variable (also the config key it sets): its default and its parser."""

    name: str
    default: Callable[[], str]
    parse: Callable[[str], Any]

    def read(self, environ: Mapping[str, str]) -> Any:
        """This setting's value in ``environ``, or its default; SettingError if it is bad."""
        text = environ.get(self.name)
        if text is None:
            text = self.default()
        try:
            return self.parse(text)
        except ValueError as error:
            raise SettingError(self.name, text, str(error)) from error


def _fixed(text: str) -> Callable[[], str]:
    return lambda: text


#: Read by the application factory, one config key each (the same name).
APP_SETTINGS = (
    Setting("TRUST_PROXY_HOPS", _fixed("0"), _whole(0, 5)),
    Setting("FORCE_HTTPS", _fixed("0"), _switch),
    Setting("ACCESS_LOG", _fixed("1"), _switch),
    # Share links, the calendar file and redirects name the host a request asked for, so only
    # these are answered; any other Host gets 400. The defaults suit one machine.
    Setting("TRUSTED_HOSTS", _fixed("localhost,127.0.0.1"), trusted_hosts),
    # Bytes of rendered pages each worker keeps; a result page is about 11 KB.
    Setting("PAGE_CACHE_BYTES", _fixed(str(8 * 2**20)), _whole(0, 2**30)),
    # text: one line per event as people read them; json: one JSON object per line, for a
    # log collector. The server's own lines follow it too (gunicorn.conf.py, serve.py).
    Setting("LOG_FORMAT", _fixed("text"), _log_format),
    # 0: no /metrics anywhere. Otherwise the edge opens a second listener, METRICS_HOST at this
    # port, that serves /metrics alone; the public one never does (serving/metrics.py).
    Setting("METRICS_PORT", _fixed("0"), _whole(0, 65535)),
)

#: Read by gunicorn.conf.py, for the server around the app.
SERVER_SETTINGS = (
    Setting("HOST", _fixed("127.0.0.1"), _host),
    Setting("PORT", _fixed("8000"), _whole(1, 65535)),
    Setting("WEB_CONCURRENCY", lambda: str(default_workers()), _whole(1, MAX_WORKERS)),
    Setting("WEB_THREADS", _fixed("4"), _whole(1, 64)),
    Setting("KEEPALIVE", _fixed("5"), _whole(1, 600)),
    Setting("LOG_LEVEL", _fixed("info"), _log_level),
    # The edge (nginx) closes a client that has not sent its whole request header within
    # HEADER_TIMEOUT seconds, or that sends nothing of its body for BODY_TIMEOUT seconds.
    Setting("HEADER_TIMEOUT", _fixed("10"), _whole(1, 60)),
    Setting("BODY_TIMEOUT", _fixed("10"), _whole(1, 60)),
    # Requests one client address may have in progress at once at the edge (0: no cap).
    Setting("MAX_CONNECTIONS_PER_CLIENT", _fixed("50"), _whole(0, 10_000)),
    # Where the metrics listener is opened, when METRICS_PORT is set.
    Setting("METRICS_HOST", _fixed("127.0.0.1"), _host),
)


def read(settings: tuple[Setting, ...], environ: Mapping[str, str]) -> dict[str, Any]:
    """Every setting's value, from ``environ`` or its default."""
    return {setting.name: setting.read(environ) for setting in settings}


def app_defaults() -> dict[str, Any]:
    """The app's settings as they are when the environment names none of them."""
    return read(APP_SETTINGS, {})


def app_settings(environ: Mapping[str, str]) -> dict[str, Any]:
    """The app's settings in ``environ``, checked alone and together; SettingError if bad."""
    values = read(APP_SETTINGS, environ)
    if values["FORCE_HTTPS"] and not values["TRUST_PROXY_HOPS"]:
        # This server speaks plain HTTP, so HTTPS can only reach it through a proxy; without
        # trusting that proxy every request would look like HTTP and redirect forever.
        raise SettingError(
            "FORCE_HTTPS",
            environ["FORCE_HTTPS"],
            "needs TRUST_PROXY_HOPS set to 1 or more, because HTTPS reaches this server"
            " only through a proxy",
        )
    return values


def bind_address(host: str, port: int) -> str:
    """The address gunicorn binds to: ``host:port``, with an IPv6 address in brackets."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def check(environ: Mapping[str, str]) -> str | None:
    """The one line that says why the app cannot start with ``environ``, or None."""
    try:
        server = read(SERVER_SETTINGS, environ)
        app = app_settings(environ)
        if app["METRICS_PORT"] == server["PORT"]:
            # Two listeners on one port: nginx would refuse to start, with a less plain line.
            raise SettingError(
                "METRICS_PORT", environ["METRICS_PORT"], "must differ from PORT, the public port"
            )
    except SettingError as error:
        return f"should-i-reply cannot start: {error}"
    return None


def main() -> int:
    """Check the environment; print the reason and fail if a setting is bad."""
    problem = check(os.environ)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
