"""``make bench``: each route's throughput and latency on gunicorn, as a share of /healthz's.

Fairness: the routes take turns. In each round every route has the server to itself for the
same short time slice, at the same number of connections, and the order turns by one each
round, so no route always goes first or last. Many short rounds (20 of half a second) spread
whatever else the machine is doing evenly over all the routes. Mixing routes on each
connection instead would give every route the same request count by construction, and so
the same throughput, which would say nothing. A route's req/s is its requests over the time
it was under load, so each is measured alone but all in one run, on one warm server, with
/healthz as the baseline of what this machine and this server can do at all.

Each route but /healthz has a goal, a share of /healthz's req/s (``bench/load.py``): the empty
questionnaire, kept in the page cache, 0.8; a result page 0.5 and the API's evaluate 0.6, each
with answers never sent before; a questionnaire filled in from a link, and one shown again
with errors, 0.4. No page holding answers is ever kept, so those five are made in full.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import platform
import sys
import time
from collections.abc import Sequence

import psutil

from bench.load import Route, Tally, goal_routes, load, new_session
from bench.server import DESIGNS, running
from serving import settings
from serving.serve import ROOT

__all__ = ["main"]


def _options(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.benchmark", description=__doc__)
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections")
    parser.add_argument("--rounds", type=int, default=20, help="turns each route gets")
    parser.add_argument("--slice", type=float, default=0.5, help="seconds per turn")
    parser.add_argument("--warm-up", type=float, default=1.0, help="seconds per route first")
    parser.add_argument("--design", choices=DESIGNS, default="edge", help="what serves the app")
    return parser.parse_args(argv)


async def _measure(base_url: str, options: argparse.Namespace) -> dict[str, Tally]:
    routes = goal_routes()
    numbers = itertools.count()
    tallies: dict[str, Tally] = {}
    async with new_session(options.connections) as session:

        async def turn(route: Route, seconds: float, into: dict[str, Tally]) -> None:
            await load(
                session,
                base_url,
                [route],
                connections=options.connections,
                seconds=seconds,
                tallies=into,
                numbers=numbers,
            )

        for route in routes:
            await turn(route, options.warm_up, {})
        for round_number in range(options.rounds):
            shift = round_number % len(routes)
            for route in routes[shift:] + routes[:shift]:
                await turn(route, options.slice, tallies)
    return tallies


def _row(cells: Sequence[object]) -> str:
    widths = (22, 9, 9, 8, 8, 7, 11, 6, 4)
    return "  ".join(
        f"{cell:<{width}}" if i == 0 else f"{cell:>{width}}"
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
    )


def _report(tallies: dict[str, Tally], routes: Sequence[Route]) -> list[str]:
    """Print the table; return a line for each goal missed."""
    base = tallies["GET /healthz"].rate()
    goals = {route.name: route.goal for route in routes}
    header = ["route", "requests", "req/s", "p50 ms", "p99 ms", "errors", "x /healthz", "goal", ""]
    print(_row(header))
    missed = []
    for name, tally in tallies.items():
        ratio = tally.rate() / base
        goal = goals.get(name)
        met = "" if goal is None else ("met" if ratio >= goal else "MISS")
        print(
            _row(
                [
                    name,
                    tally.requests,
                    f"{tally.rate():.0f}",
                    f"{tally.percentile_ms(0.50):.1f}",
                    f"{tally.percentile_ms(0.99):.1f}",
                    tally.error_count,
                    f"{ratio:.2f}",
                    f">={goal}" if goal else "-",
                    met,
                ]
            )
        )
        if tally.error_count:
            missed.append(f"{name}: {tally.error_count} errors {dict(tally.errors)}")
        if goal is not None and ratio < goal:
            missed.append(f"{name}: {ratio:.2f} of /healthz, below the goal of {goal}")
    return missed


def main(argv: Sequence[str] | None = None) -> int:
    """Start gunicorn, load each route in turn, print the table; fail on an error or a miss."""
    options = _options(argv)
    me = psutil.Process()
    with running(f"bench-{options.design}", design=options.design) as server:
        threads = settings.read(settings.SERVER_SETTINGS, os.environ)["WEB_THREADS"]
        print(
            f"{options.design} on {server.base_url}: {len(server.workers())} workers x {threads}"
            " threads,"
            f" access log on ({server.log.relative_to(ROOT)})"
        )
        print(
            f"load: {options.connections} connections, {options.rounds} rounds of"
            f" {options.slice:g} s per route;"
            f" {os.cpu_count()} CPUs,"
            f" Python {platform.python_version()}"
        )
        cpu_before, started = sum(me.cpu_times()[:2]), time.perf_counter()
        tallies = asyncio.run(_measure(server.base_url, options))
        client_cpu = (sum(me.cpu_times()[:2]) - cpu_before) / (time.perf_counter() - started)
    print()
    missed = _report(tallies, goal_routes())
    print(f"\nthe load generator itself used {client_cpu:.0%} of one CPU")
    for line in missed:
        print(f"FAILED {line}", file=sys.stderr)
    if not missed:
        print("PASSED: every goal met, no errors")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
