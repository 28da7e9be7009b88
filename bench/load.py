"""The routes put under load, and a closed-loop load generator that times every request."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlencode

import aiohttp

from decision import CURRENT, Answer, Pronoun, encode

__all__ = [
    "Route",
    "Tally",
    "answer_set",
    "form_with_gaps",
    "goal_routes",
    "load",
    "new_session",
]

_ANSWERS = list(Answer)
_PRONOUNS = list(Pronoun)


def answer_set(number: int) -> dict[str, Answer]:
    """The ``number``-th answer set after the safety question (digits of ``number`` in base 3).

    The safety question is answered No: a Yes gives the support page, which has no link.
    """
    asked = CURRENT.ids[1:]
    given = {q: _ANSWERS[(number // 3**place) % 3] for place, q in enumerate(asked)}
    return {"safety_concern": Answer.NO} | given


def _code(number: int) -> str:
    return encode(answer_set(number), pronoun=_PRONOUNS[number % 3])


@dataclass(frozen=True)
class Route:
    """One kind of request: how to make the n-th one, and the status that means success."""

    name: str
    method: str
    target: Callable[[int], str]
    expect: int
    body: Callable[[int], bytes] | None = None
    content_type: str | None = None
    #: The least share of /healthz's throughput this route must reach, if it has a goal.
    goal: float | None = None


def form_with_gaps(number: int) -> bytes:
    """A questionnaire with its last two questions unanswered: shown again with errors."""
    fields = {k: v.value for k, v in answer_set(number).items()}
    for question in CURRENT.ids[-2:]:
        del fields[question]
    return urlencode({**fields, "pronoun": _PRONOUNS[number % 3].value}).encode()


def _api_body(number: int) -> bytes:
    answers = {k: v.value for k, v in answer_set(number).items()}
    return json.dumps({"answers": answers, "pronoun": _PRONOUNS[number % 3].value}).encode()


def goal_routes() -> list[Route]:
    """/healthz, then each route with its goal, as a share of /healthz's throughput.

    Every request but those to /healthz and the empty questionnaire carries another answer set,
    and no page holding answers is ever kept, so each of those is made in full.
    """
    return [
        Route("GET /healthz", "GET", lambda n: "/healthz", 200),
        # The same for everyone, so served from each worker's page cache.
        Route("GET /", "GET", lambda n: "/", 200, goal=0.8),
        Route("GET /r/<code>", "GET", lambda n: f"/r/{_code(n)}", 200, goal=0.5),
        Route(
            "POST /api/v1/evaluate",
            "POST",
            lambda n: "/api/v1/evaluate",
            200,
            body=_api_body,
            content_type="application/json",
            goal=0.6,
        ),
        Route("GET /?answers=<code>", "GET", lambda n: f"/?answers={_code(n)}", 200, goal=0.4),
        Route(
            "POST / with errors",
            "POST",
            lambda n: "/",
            200,
            body=form_with_gaps,
            content_type="application/x-www-form-urlencoded",
            goal=0.4,
        ),
    ]


@dataclass
class Tally:
    """What one route's requests came to."""

    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def requests(self) -> int:
        """Requests answered, well or badly."""
        return len(self.latencies)

    @property
    def error_count(self) -> int:
        """Requests that failed or got an unexpected status."""
        return sum(self.errors.values())

    def rate(self) -> float:
        """Requests per second while this route was under load."""
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile_ms(self, share: float) -> float:
        """The latency, in milliseconds, that ``share`` of requests came within."""
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def _one_connection(
    session: aiohttp.ClientSession,
    base_url: str,
    routes: Sequence[Route],
    tallies: dict[str, Tally],
    numbers: itertools.count[int],
    stop_at: float,
    reconnect_every: int | None,
) -> None:
    """Send requests one after another until ``stop_at``, taking the routes in turn."""
    for sent, route in enumerate(itertools.cycle(routes), start=1):
        if time.perf_counter() >= stop_at:
            return
        number = next(numbers)
        headers = {"Content-Type": route.content_type} if route.content_type else {}
        if reconnect_every and sent % reconnect_every == 0:
            headers["Connection"] = "close"
        body = route.body(number) if route.body else None
        started = time.perf_counter()
        problem = None
        try:
            async with session.request(
                route.method,
                base_url + route.target(number),
                data=body,
                headers=headers,
                allow_redirects=False,
            ) as response:
                await response.read()
                if response.status != route.expect:
                    problem = f"status {response.status}"
        except (aiohttp.ClientError, TimeoutError) as error:
            problem = type(error).__name__
        tally = tallies[route.name]
        tally.latencies.append(time.perf_counter() - started)
        if problem:
            tally.errors[problem] += 1


async def load(
    session: aiohttp.ClientSession,
    base_url: str,
    routes: Sequence[Route],
    *,
    connections: int,
    seconds: float,
    tallies: dict[str, Tally],
    numbers: itertools.count[int],
    reconnect_every: int | None = None,
) -> None:
    """Keep ``connections`` connections busy with ``routes`` for ``seconds``, into ``tallies``.

    With ``reconnect_every``, each connection closes after that many requests and a new one
    is opened, as browsers come and go; otherwise connections are kept alive throughout.
    """
    for route in routes:
        tallies.setdefault(route.name, Tally())
    started = time.perf_counter()
    stop_at = started + seconds
    # Each connection starts at a different route, so a mix is spread evenly from the start.
    await asyncio.gather(
        *(
            _one_connection(
                session,
                base_url,
                list(routes[i % len(routes) :]) + list(routes[: i % len(routes)]),
                tallies,
                numbers,
                stop_at,
                reconnect_every,
            )
            for i in range(connections)
        )
    )
    took = time.perf_counter() - started
    for route in routes:
        tallies[route.name].seconds += took


def new_session(connections: int) -> aiohttp.ClientSession:
    """A client that keeps up to ``connections`` keep-alive connections, as browsers do."""
    session = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=connections, force_close=False),
        timeout=aiohttp.ClientTimeout(total=30),
    )
    # aiohttp quietly sends a GET again when a kept-alive connection turns out closed. That
    # would hide the very failures the reload test looks for, so every attempt counts.
    session._retry_connection = False
    return session
