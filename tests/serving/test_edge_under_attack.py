"""Through the edge as ``make serve`` runs it: slow and idle clients, a killed worker, a stop.

Each attack is bounded (hundreds of connections, a few seconds, 127.0.0.x only). Deadlines
are short here (2 s) so the server's cut-offs happen within the test; ``make attack`` runs
the defaults for the figures in the README.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass

import psutil
import pytest

from bench.attack import CODE, Report, attack, raise_open_file_limit
from bench.server import Server, running, stop
from tests.helpers import run_on_own_loop

#: Short deadlines, so each is met and passed within a test.
DEADLINE = 2
QUICK = {"HEADER_TIMEOUT": str(DEADLINE), "BODY_TIMEOUT": str(DEADLINE), "WEB_CONCURRENCY": "2"}

#: At least 200 of each kind, all open at once.
ATTACK = {"slow headers": 200, "slow bodies": 200, "idle": 200, "incomplete": 10}


@dataclass(frozen=True)
class Attacked:
    """A server, what an attack on it came to, and what it logged meanwhile."""

    server: Server
    report: Report
    log: str


@pytest.fixture(scope="module")
def attacked() -> Iterator[Attacked]:
    """One server under 610 slow, idle and incomplete connections for 5 s, probed throughout."""
    raise_open_file_limit()
    with running("test-edge-attack", QUICK) as server:
        report = run_on_own_loop(attack(server.address, ATTACK, seconds=5, interval=0.5))
        yield Attacked(server, report, server.log_text())


@pytest.mark.parametrize("kind", ["slow headers", "slow bodies", "idle"])
def test_the_attack_held_200_connections_of_each_kind(attacked: Attacked, kind: str) -> None:
    """The attack really was open at once: 200 connections of each kind."""
    assert attacked.report.attacks[kind].most_open == 200


def test_every_probe_is_answered_during_the_attack(attacked: Attacked) -> None:
    """/healthz and a result page answer 200 throughout, each within the probe's 5 s."""
    assert [len(probe.latencies) > 20 for probe in attacked.report.probes] == [True, True]
    assert [probe.failures for probe in attacked.report.probes] == [[], []]


@pytest.mark.parametrize("kind", ["slow headers", "incomplete", "idle"])
def test_a_request_that_never_ends_is_cut_off_at_the_header_deadline(
    attacked: Attacked, kind: str
) -> None:
    """A header trickled, left without its blank line, or never begun is closed on time."""
    held = attacked.report.attacks[kind].held
    assert held, f"the server closed no {kind} connection"
    assert max(held) < DEADLINE + 1.5


def test_a_client_cut_off_for_being_slow_is_in_the_log(attacked: Attacked) -> None:
    """Each cut-off leaves a line saying a client timed out, and from where."""
    lines = [line for line in attacked.log.splitlines() if "client timed out" in line]
    assert len(lines) >= 200
    assert "client: 127.0.0." in lines[0]


def test_the_attack_leaves_no_share_code_in_the_log(attacked: Attacked) -> None:
    """The slow requests asked for a result, but its code is nowhere in the log."""
    assert attacked.log.count("/r/<code>") > 0
    assert CODE not in attacked.log


def test_a_body_that_stops_is_cut_off_at_the_body_deadline(attacked: Attacked) -> None:
    """A form post whose body pauses past BODY_TIMEOUT is closed, and the log says so."""
    with socket.create_connection(attacked.server.address, timeout=10) as connection:
        connection.sendall(
            b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nbroken_plans="
        )
        started = time.monotonic()
        with contextlib.suppress(ConnectionResetError):
            while connection.recv(4096):
                pass
        assert time.monotonic() - started < DEADLINE + 1.5
    time.sleep(0.3)
    assert re.search(r"\[access\] \*\d+ POST 408 [\d.]+s, client: ", attacked.server.log_text())


def test_a_worker_killed_under_load_costs_at_most_its_requests_in_hand() -> None:
    """Kill a worker mid-load: only what it held fails, and a new worker takes its place."""
    with running("test-edge-kill", {"WEB_CONCURRENCY": "2", "WEB_THREADS": "4"}) as server:
        before = {worker.pid for worker in server.workers()}
        victim = min(before)

        async def load_and_kill() -> Report:
            killing = asyncio.get_running_loop().call_later(1.0, os.kill, victim, signal.SIGKILL)
            try:
                return await attack(server.address, {}, seconds=3, probe_every=0.0)
            finally:
                killing.cancel()

        report = run_on_own_loop(load_and_kill())
        deadline = time.monotonic() + 5
        while len(server.workers()) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        after = {worker.pid for worker in server.workers()}
        log = server.log_text()
    assert victim not in after and len(after) == 2
    assert sum(len(probe.latencies) for probe in report.probes) > 100
    assert report.failed_probes <= 4, [probe.failures for probe in report.probes]
    assert "Traceback" not in log and CODE not in log


def test_sigterm_under_attack_stops_everything_within_10_seconds() -> None:
    """With slow clients open and probes running, SIGTERM stops nginx and gunicorn in time."""
    raise_open_file_limit()
    with running("test-edge-stop") as server:
        processes = [
            psutil.Process(server.process.pid),
            *psutil.Process(server.process.pid).children(recursive=True),
        ]

        async def attack_then_stop() -> float:
            attacking = asyncio.ensure_future(
                attack(
                    server.address,
                    {"slow headers": 100, "slow bodies": 100, "idle": 100},
                    seconds=6,
                    interval=0.5,
                )
            )
            await asyncio.sleep(2)
            took = await asyncio.to_thread(stop, server.process, within=15)
            await attacking
            return took

        took = run_on_own_loop(attack_then_stop())
        assert server.process.returncode == 0
    assert took < 10
    assert not [
        process.pid
        for process in processes
        if process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    ]
