"""CPU time per request, in this process, with the page cache off: what each page costs to make.

Run ``python -m bench.cpu`` (``make bench-cpu``). Each request is made ``--rounds`` times through
the app's test client; the figure is the least process CPU time of ``--repeats`` runs, the one
other work on the machine disturbed least, and beside it the same as a multiple of /healthz's,
which moves less with the machine's load than the milliseconds do.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from flask.testing import FlaskClient

from app import create_app
from bench.load import form_with_gaps
from decision import CURRENT, Answer, encode

__all__ = ["main", "requests"]

_BOOKED = {"safety_concern": Answer.NO, "followed_through": Answer.YES}
#: The questionnaire as ``make bench`` posts it, its last two questions unanswered.
_FORM = form_with_gaps(0)


def requests(client: FlaskClient) -> dict[str, Callable[[], object]]:
    """The requests measured, by name: the pages the page cache cannot serve."""
    code = encode(_BOOKED)
    return {
        "questionnaire, filled in from a link": lambda: client.get(f"/?answers={code}"),
        "questionnaire, shown again with errors": lambda: client.post(
            "/", data=_FORM, content_type="application/x-www-form-urlencoded"
        ),
        "result page": lambda: client.get(f"/r/{code}"),
        "API evaluate": lambda: client.post(
            "/api/v1/evaluate", json={"answers": {q: a.value for q, a in _BOOKED.items()}}
        ),
        f"empty questionnaire ({len(CURRENT.ids)} questions)": lambda: client.get("/"),
        # What every request costs before any page is made: the baseline of ``make bench``.
        "/healthz": lambda: client.get("/healthz"),
    }


def _cpu_ms(request: Callable[[], object], rounds: int) -> float:
    started = time.process_time()
    for _ in range(rounds):
        request()
    return (time.process_time() - started) / rounds * 1000


def main() -> None:
    """Print the CPU milliseconds each request costs."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    app = create_app({"ACCESS_LOG": False, "PAGE_CACHE_BYTES": 0})
    client = app.test_client()
    least = {}
    for name, request in requests(client).items():
        request()  # warm: templates compiled, imports done
        least[name] = min(_cpu_ms(request, args.rounds) for _ in range(args.repeats))
    for name, ms in least.items():
        print(f"{name:45} {ms:6.3f} ms CPU  {ms / least['/healthz']:5.2f} x /healthz")


if __name__ == "__main__":
    main()
