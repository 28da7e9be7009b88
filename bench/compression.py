"""Server CPU per request, by route and by what the client accepts: what compression costs.

``python -m bench.compression`` starts the app as ``make serve`` does and, for each route and
each Accept-Encoding (none, gzip, br), sends the same number of requests on a few kept-alive
connections, then reads the CPU time nginx and gunicorn used (all their processes, with
psutil). CPU per request is steadier than requests per second on a machine others share.
It also prints the bytes each answer came to.

``--in-process`` instead times each coding and level on the pages themselves, in this process:
the cost a layer pays for each page it compresses, without the noise of a shared machine.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import aiohttp

# brotli ships no type information; two functions are used.
import brotli  # type: ignore[import-untyped]
import psutil

from app import create_app
from bench.load import new_session
from bench.server import Server, running
from decision import CURRENT, Answer, encode
from serving import static_files

STATIC = Path(__file__).resolve().parent.parent / "static"

#: Accept-Encoding as a client without compression, an older client, and a browser send it.
ACCEPTS = {"none": "identity", "gzip": "gzip", "br": "gzip, deflate, br"}


def _routes() -> dict[str, Callable[[int], str]]:
    hashed = static_files.scan(STATIC).hashed("site.css")
    hot = encode({q: Answer.YES for q in CURRENT.ids[1:]} | {"safety_concern": Answer.NO})
    letters = [Answer.YES, Answer.NO, Answer.NOT_SURE]

    def fresh(n: int) -> str:
        # Every request a code never asked for before, so the page cache cannot serve it.
        digits = [letters[(n // 3**i) % 3] for i in range(len(CURRENT.ids) - 1)]
        answers = dict(zip(CURRENT.ids[1:], digits, strict=True))
        return "/r/" + encode(answers | {"safety_concern": Answer.NO})

    return {
        "GET /healthz": lambda n: "/healthz",
        "GET / (kept)": lambda n: "/",
        "GET /r/<code> (kept)": lambda n: f"/r/{hot}",
        "GET /r/<new code>": fresh,
        "GET /static/site.<hash>.css": lambda n: f"/static/{hashed}",
    }


def _server_cpu(server: Server) -> float:
    top = psutil.Process(server.process.pid)
    total = 0.0
    for process in [top, *top.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


async def _send(
    session: aiohttp.ClientSession,
    base_url: str,
    url: Callable[[int], str],
    accept: str,
    numbers: itertools.count[int],
    count: int,
    connections: int,
) -> list[int]:
    sizes: list[int] = []

    async def one_connection() -> None:
        while len(sizes) < count:
            async with session.get(
                base_url + url(next(numbers)),
                headers={"Accept-Encoding": accept},
                auto_decompress=False,
            ) as response:
                body = await response.read()
                if response.status != 200:
                    raise RuntimeError(f"status {response.status}")
                sizes.append(len(body))

    await asyncio.gather(*(one_connection() for _ in range(connections)))
    return sizes


async def _measure(server: Server, options: argparse.Namespace) -> None:
    numbers = itertools.count(options.offset)
    async with new_session(options.connections) as session:
        print(f"{'route':<30}" + "".join(f"{name:>18}" for name in ACCEPTS))
        for name, url in _routes().items():
            cells = []
            for accept in ACCEPTS.values():
                base = server.base_url
                await _send(session, base, url, accept, numbers, 50, 4)
                runs, sizes = [], []
                for _ in range(options.repeats):
                    before = _server_cpu(server)
                    sizes = await _send(
                        session,
                        base,
                        url,
                        accept,
                        numbers,
                        options.requests,
                        options.connections,
                    )
                    runs.append((_server_cpu(server) - before) / len(sizes) * 1e6)
                cells.append(f"{statistics.median(runs):6.0f} µs {statistics.median(sizes):6.0f} B")
            print(f"{name:<30}" + "".join(f"{cell:>18}" for cell in cells), flush=True)


#: Codings and levels timed in process: what the app and nginx could each be set to.
LEVELS = [("gzip", 1), ("gzip", 6), ("br", 1), ("br", 3), ("br", 5), ("br", 11)]


def _in_process() -> None:
    client = create_app({"TESTING": True, "ACCESS_LOG": False}).test_client()
    routes = _routes()
    bodies = {
        name: client.get(routes[name](0)).get_data()
        for name in ("GET / (kept)", "GET /r/<code> (kept)")
    }
    bodies["site.css"] = (STATIC / "site.css").read_bytes()
    print(f"{'body':<24}{'bytes':>8}" + "".join(f"{c} {q:>2}".rjust(18) for c, q in LEVELS))
    for name, body in bodies.items():
        cells = []
        for coding, level in LEVELS:
            rounds = 5 if level == 11 else 200
            started = time.perf_counter()
            for _ in range(rounds):
                squeezed = _squeeze(body, coding, level)
            took = (time.perf_counter() - started) / rounds * 1e6
            cells.append(f"{took:6.0f} µs {len(squeezed):5} B")
        print(f"{name:<24}{len(body):>8}" + "".join(f"{cell:>18}" for cell in cells))


def _squeeze(body: bytes, coding: str, level: int) -> bytes:
    if coding == "br":
        return bytes(brotli.compress(body, quality=level, mode=brotli.MODE_TEXT))
    squeezer = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return squeezer.compress(body) + squeezer.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Print server CPU per request and bytes per answer, by route and Accept-Encoding."""
    parser = argparse.ArgumentParser(prog="python -m bench.compression", description=__doc__)
    parser.add_argument("--connections", type=int, default=8, help="concurrent connections")
    parser.add_argument("--requests", type=int, default=1000, help="requests per measurement")
    parser.add_argument("--repeats", type=int, default=3, help="measurements; the median is kept")
    parser.add_argument("--offset", type=int, default=0, help="first number for new codes")
    parser.add_argument("--in-process", action="store_true", help="time the codings alone")
    options = parser.parse_args(argv)
    if options.in_process:
        _in_process()
        return 0
    with running("bench-compression") as server:
        asyncio.run(_measure(server, options))
    return 0


if __name__ == "__main__":
    sys.exit(main())
