"""``make soak``: a minute of steady load with no errors and no memory growth, then reloads.

Phase 1 (soak): after a warm-up, 50 connections send a mix of every route for 60 s, each
closing after 50 requests for a new one, so every worker gets a share. Each worker's
resident memory is read (psutil) when the warm-up ends, every 10 s, and at the end. It fails
on any error, on a worker that was replaced, or on a worker whose memory grew by more than
10% from the warm-up to the end.

Phase 2 (graceful reload): the same load, while the gunicorn master is sent SIGHUP twice.
New workers start and old ones finish what they hold; it fails on any error, or if the
workers were not in fact replaced.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import re
import sys
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence

from bench.load import Tally, goal_routes, load, new_session
from bench.server import DESIGNS, Server, running

__all__ = ["main"]

#: The most a worker's memory may grow between the end of the warm-up and the end of the soak.
MAX_GROWTH = 0.10

#: How many requests each connection sends before it closes and a new one is opened.
RECONNECT_EVERY = 50


def _options(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__)
    parser.add_argument("--connections", type=int, default=50, help="concurrent connections")
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the soak")
    parser.add_argument("--warm-up", type=float, default=15.0, help="seconds before measuring")
    parser.add_argument("--design", choices=DESIGNS[:2], default="edge", help="what serves the app")
    parser.add_argument("--reload-seconds", type=float, default=20.0, help="length of phase 2")
    return parser.parse_args(argv)


def _memory(server: Server) -> dict[int, int]:
    """Each worker's resident memory in bytes, by process id."""
    return {worker.pid: worker.memory_info().rss for worker in server.workers()}


def _requests_by_worker(server: Server) -> Counter[int]:
    """How many requests each worker has logged so far, from the server's access log."""
    lines = server.log.read_text(errors="replace")
    return Counter(int(pid) for pid in re.findall(r"\] \[(\d+)\] \[access\] ", lines))


def _mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def _print_tallies(tallies: dict[str, Tally]) -> int:
    """Print each route's figures; return the number of errors."""
    for name, tally in tallies.items():
        print(
            f"  {name:<24} {tally.requests:>7} requests  {tally.rate():>6.0f} req/s"
            f"  p50 {tally.percentile_ms(0.5):5.1f} ms  p99 {tally.percentile_ms(0.99):6.1f} ms"
            f"  errors {tally.error_count} {dict(tally.errors) or ''}"
        )
    total = sum(t.requests for t in tallies.values())
    errors = sum(t.error_count for t in tallies.values())
    print(f"  all routes: {total} requests, {errors} errors")
    return errors


Load = Callable[[float, dict[str, Tally]], Awaitable[None]]


async def _soak_phase(server: Server, run: Load, options: argparse.Namespace) -> list[str]:
    """A minute of load with memory read before, during and after; what went wrong."""
    print(f"warm-up: {options.warm_up:g} s")
    await run(options.warm_up, {})
    before = _memory(server)
    print(f"soak: {options.seconds:g} s at {options.connections} connections, mixed routes")
    print(f"  worker memory after warm-up: {', '.join(map(_mib, before.values()))}")
    tallies: dict[str, Tally] = {}
    samples = max(1, round(options.seconds / 10))
    for sample in range(1, samples + 1):
        await run(options.seconds / samples, tallies)
        now = ", ".join(map(_mib, _memory(server).values()))
        print(f"  at {sample * options.seconds / samples:3.0f} s: {now}")
    after = _memory(server)
    logged = _requests_by_worker(server)
    counts = ", ".join(f"{pid}: {logged[pid]}" for pid in after)
    print(f"  requests per worker (warm-up included), from the access log: {counts}")
    problems = ["errors during the soak"] if _print_tallies(tallies) else []
    if set(after) != set(before):
        problems.append("a worker was replaced during the soak")
    for pid, start in before.items():
        end = after.get(pid, start)
        growth = (end - start) / start
        print(f"  worker {pid}: {_mib(start)} -> {_mib(end)} ({growth:+.1%}, limit +10%)")
        if growth > MAX_GROWTH:
            problems.append(f"worker {pid} memory grew {growth:.1%}")
    return problems


async def _reload_phase(server: Server, run: Load, options: argparse.Namespace) -> list[str]:
    """The same load while gunicorn is reloaded twice; what went wrong."""
    print(f"graceful reload: {options.reload_seconds:g} s of the same load, SIGHUP twice")
    old = set(_memory(server))
    tallies: dict[str, Tally] = {}
    loading = asyncio.ensure_future(run(options.reload_seconds, tallies))
    for _ in range(2):
        await asyncio.sleep(options.reload_seconds / 3)
        server.reload()
        print("  sent SIGHUP to the gunicorn master")
    await loading
    new = set(_memory(server))
    print(f"  workers before: {sorted(old)}; after: {sorted(new)}")
    problems = ["requests failed during the graceful reloads"] if _print_tallies(tallies) else []
    if old & new:
        problems.append("the reload left old workers running")
    return problems


async def _soak(server: Server, options: argparse.Namespace) -> list[str]:
    numbers = itertools.count()
    async with new_session(options.connections) as session:

        async def run(seconds: float, tallies: dict[str, Tally]) -> None:
            await load(
                session,
                server.base_url,
                goal_routes(),
                connections=options.connections,
                seconds=seconds,
                tallies=tallies,
                numbers=numbers,
                # New connections now and then let every worker take a share, as browsers
                # coming and going would; kept-alive ones stay with whichever took them first.
                reconnect_every=RECONNECT_EVERY,
            )

        return await _soak_phase(server, run, options) + await _reload_phase(server, run, options)


def main(argv: Sequence[str] | None = None) -> int:
    """Start gunicorn, soak it, reload it under load; fail on any error or memory growth."""
    options = _options(argv)
    with running(f"soak-{options.design}", design=options.design) as server:
        print(f"gunicorn on {server.base_url}: {len(server.workers())} workers")
        problems = asyncio.run(_soak(server, options))
    for problem in problems:
        print(f"FAILED {problem}", file=sys.stderr)
    if not problems:
        print("soak and reload passed: no errors, memory within the limit")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
