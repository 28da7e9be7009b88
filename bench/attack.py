"""``make attack``: slow and idle clients hold hundreds of connections while a probe asks.

At once: ``--slow-headers`` connections send a request header a byte at a time and never end
it; ``--slow-bodies`` send the whole header of a form post, then its body a byte at a time;
``--idle`` connect and send nothing, and are opened again as soon as the server closes them;
``--incomplete`` send a whole request but its final blank line, then nothing. Every attacker
opens a new connection when the server closes one, so the pressure holds. Attackers come from
127.0.0.2 to 127.0.0.9 (loopback has all of 127/8), the probe from 127.0.0.1, as a handful of
hostile machines and one honest visitor would.

Meanwhile two probes, each a new connection for each request as a new visitor would be, ask
``/healthz`` and a result page every 50 ms, and count as failed any answer that is not 200
within 5 s. Then the server's log is read for lines about the attack, and for the share code.

Goals: no failed probe, probe p99 under 1 s, the attack in the log, no share code in it, and
every incomplete request closed by the server within 15 s.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import re
import resource
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from bench.server import DESIGNS, Server, running

__all__ = ["ATTACKERS", "Attack", "Probe", "Report", "attack", "main"]

#: The code the probe and the slow requests carry; it must never be written to the log.
CODE = "21hunuuuuuuuuuu"

#: The addresses attackers connect from.
ATTACKERS = [f"127.0.0.{n}" for n in range(2, 10)]

#: Probe answers slower than this count as failed.
PROBE_TIMEOUT = 5.0

#: What each kind of attacker sends first, before it trickles or waits.
OPENINGS = {
    "slow headers": f"GET /r/{CODE} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".encode(),
    "slow bodies": (
        b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 8000\r\n\r\n"
    ),
    "idle": b"",
    "incomplete": f"GET /r/{CODE} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode(),
}

#: The kinds that send one more byte every interval; the others only wait.
TRICKLING = {"slow headers", "slow bodies"}

#: How each design reports a client it cut off for being slow.
SLOW_CLIENT_LINES = re.compile(r"timed out|\[access\] \*\d+ \S+ 408 |timeout", re.IGNORECASE)


@dataclass
class Attack:
    """What one kind of attacker did, and what the server did to it."""

    kind: str
    opened: int = 0
    open_now: int = 0
    most_open: int = 0
    refused: int = 0
    #: Seconds from connecting to the server closing it, for each connection it closed.
    held: list[float] = field(default_factory=list)
    #: The first bytes of each distinct answer the server sent before closing.
    answers: set[bytes] = field(default_factory=set)


@dataclass
class Probe:
    """One probe's requests: their times and failures."""

    path: str
    latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def percentile_ms(self, share: float) -> float:
        """The latency, in ms, that ``share`` of this probe's requests came within."""
        ordered = sorted(self.latencies) or [0.0]
        return 1000 * ordered[min(len(ordered) - 1, int(share * len(ordered)))]


@dataclass
class Report:
    """Everything one attack came to."""

    attacks: dict[str, Attack]
    probes: list[Probe]
    seconds: float

    @property
    def failed_probes(self) -> int:
        """Probe requests that failed or were too slow."""
        return sum(len(probe.failures) for probe in self.probes)

    def probe_percentile_ms(self, share: float) -> float:
        """The latency, in ms, that ``share`` of all probe requests came within."""
        merged = Probe("all", [x for probe in self.probes for x in probe.latencies])
        return merged.percentile_ms(share)


async def _hold(
    kind: str,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    stop_at: float,
    interval: float,
    tally: Attack,
) -> bool:
    """Keep one connection as its kind does; True if the server closed it first."""
    writer.write(OPENINGS[kind])
    while True:
        left = stop_at - time.monotonic()
        if left <= 0:
            return False
        try:
            data = await asyncio.wait_for(reader.read(256), timeout=min(interval, left))
        except TimeoutError:
            if kind in TRICKLING:
                writer.write(b"a")
            continue
        except OSError:
            return True
        if data:
            tally.answers.add(data[:12])
            continue
        return True


async def _attacker(
    kind: str, address: tuple[str, int], source: str, stop_at: float, interval: float, tally: Attack
) -> None:
    while time.monotonic() < stop_at:
        try:
            reader, writer = await asyncio.open_connection(*address, local_addr=(source, 0))
        except OSError:
            tally.refused += 1
            await asyncio.sleep(0.1)
            continue
        tally.opened += 1
        tally.open_now += 1
        tally.most_open = max(tally.most_open, tally.open_now)
        started = time.monotonic()
        try:
            closed = await _hold(kind, reader, writer, stop_at, interval, tally)
        except OSError:
            closed = True
        finally:
            tally.open_now -= 1
            writer.close()
        if closed:
            tally.held.append(time.monotonic() - started)


async def _ask(address: tuple[str, int], path: str) -> str | None:
    """One request on a new connection; None if it got 200, else what went wrong."""
    reader, writer = await asyncio.open_connection(*address)
    try:
        writer.write(
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
        )
        answer = await reader.read()
    finally:
        writer.close()
    status = answer[9:12]
    return None if status == b"200" else f"status {status.decode(errors='replace') or 'none'}"


async def _probe(address: tuple[str, int], probe: Probe, stop_at: float, every: float) -> None:
    while time.monotonic() < stop_at:
        started = time.monotonic()
        try:
            problem = await asyncio.wait_for(_ask(address, probe.path), timeout=PROBE_TIMEOUT)
        except TimeoutError:
            problem = "no answer within 5 s"
        except OSError as error:
            problem = type(error).__name__
        took = time.monotonic() - started
        probe.latencies.append(took)
        if problem:
            probe.failures.append(problem)
        await asyncio.sleep(max(0.0, every - took))


async def attack(
    address: tuple[str, int],
    counts: dict[str, int],
    *,
    seconds: float,
    interval: float = 2.0,
    probe_every: float = 0.05,
    paths: Sequence[str] = ("/healthz", f"/r/{CODE}"),
    sources: Sequence[str] = ATTACKERS,
) -> Report:
    """Run each kind of attacker ``counts[kind]`` times over, with the probes, for ``seconds``."""
    started = time.monotonic()
    stop_at = started + seconds
    attacks = {kind: Attack(kind) for kind in counts}
    probes = [Probe(path) for path in paths]
    cycle = itertools.cycle(sources)
    tasks = [
        _attacker(kind, address, next(cycle), stop_at, interval, attacks[kind])
        for kind, count in counts.items()
        for _ in range(count)
    ]
    # The attack is opened first, so the probes meet it in full from their first request.
    running_attack = asyncio.gather(*tasks)
    await asyncio.sleep(min(1.0, seconds / 4))
    await asyncio.gather(*(_probe(address, p, stop_at, probe_every) for p in probes))
    await running_attack
    return Report(attacks, probes, time.monotonic() - started)


def raise_open_file_limit() -> None:
    """Let this process hold as many sockets as the system allows it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def _options(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.attack", description=__doc__)
    parser.add_argument("--design", choices=DESIGNS, default="edge", help="what serves the app")
    parser.add_argument("--slow-headers", type=int, default=200)
    parser.add_argument("--slow-bodies", type=int, default=200)
    parser.add_argument("--idle", type=int, default=200)
    parser.add_argument("--incomplete", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=40.0, help="length of the attack")
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between bytes")
    return parser.parse_args(argv)


def _print(report: Report, server: Server) -> list[str]:
    """Print what happened; return a line for each goal missed."""
    missed = []
    print(
        f"{'attack':<14} {'most open':>9} {'opened':>7} {'refused':>7} {'closed by server':>16}"
        f" {'held p50 s':>10} {'held max s':>10}  answers"
    )
    for tally in report.attacks.values():
        held = sorted(tally.held) or [0.0]
        print(
            f"{tally.kind:<14} {tally.most_open:>9} {tally.opened:>7} {tally.refused:>7}"
            f" {len(tally.held):>16} {held[len(held) // 2]:>10.1f} {held[-1]:>10.1f}"
            f"  {sorted(tally.answers)}"
        )
    incomplete = report.attacks.get("incomplete")
    if incomplete is not None and (not incomplete.held or max(incomplete.held) > 15):
        missed.append("an incomplete request was not closed by the server within 15 s")
    print()
    for probe in report.probes:
        print(
            f"probe {probe.path:<22} {len(probe.latencies):>5} requests"
            f"  p50 {probe.percentile_ms(0.5):7.1f} ms  p99 {probe.percentile_ms(0.99):7.1f} ms"
            f"  max {probe.percentile_ms(1.0):7.1f} ms  failed {len(probe.failures)}"
            f" {sorted(set(probe.failures))[:3]}"
        )
    if report.failed_probes:
        missed.append(f"{report.failed_probes} probes failed")
    if report.probe_percentile_ms(0.99) >= 1000:
        missed.append(f"probe p99 {report.probe_percentile_ms(0.99):.0f} ms, not under 1 s")
    log = server.log_text()
    lines = [line for line in log.splitlines() if SLOW_CLIENT_LINES.search(line)]
    print(f"\nlog: {len(lines)} lines about slow clients cut off; for example:")
    for line in lines[:2]:
        print(f"  {line}")
    if not lines:
        missed.append("the attack left no line in the log")
    if CODE in log:
        missed.append("the share code was written to the log")
    return missed


def main(argv: Sequence[str] | None = None) -> int:
    """Start the server, attack it while probing, print the figures; fail on a missed goal."""
    options = _options(argv)
    raise_open_file_limit()
    counts = {
        "slow headers": options.slow_headers,
        "slow bodies": options.slow_bodies,
        "idle": options.idle,
        "incomplete": options.incomplete,
    }
    with running(f"attack-{options.design}", design=options.design) as server:
        print(
            f"{options.design} on {server.base_url}, {len(server.workers())} workers;"
            f" attack for {options.seconds:g} s, a byte every {options.interval:g} s"
        )
        report = asyncio.run(
            attack(server.address, counts, seconds=options.seconds, interval=options.interval)
        )
        missed = _print(report, server)
    for line in missed:
        print(f"FAILED {line}", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
