"""A questionnaire's form is freed as its page is sent, not left for the garbage collector."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from decision import Answer, encode
from tests.helpers import answers, read_message, submit

#: Requests whose page makes the questionnaire's form.
REQUESTS: dict[str, Callable[[FlaskClient], TestResponse]] = {
    "filled in from a link": lambda c: c.get("/?answers=" + encode({"safety_concern": Answer.NO})),
    "shown again with errors": lambda c: submit(c, {"safety_concern": "no"}),
    "reworded": lambda c: submit(c, answers(safety_concern="no") | {"reword": "1"}),
    "read from his message": lambda c: read_message(c, "I have changed. Do you miss me?"),
    "answered in full": lambda c: submit(c, answers(safety_concern="no")),
}


@pytest.fixture
def cyclic_garbage() -> Iterator[list[object]]:
    """What the garbage collector finds unreachable after the test's request, kept to count."""
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        yield gc.garbage
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


@pytest.mark.parametrize("name", REQUESTS)
def test_no_part_of_the_form_waits_for_the_garbage_collector(
    name: str, client: FlaskClient, cyclic_garbage: list[object]
) -> None:
    """No form or field is left in a reference cycle once the page is sent."""
    response = REQUESTS[name](client)
    assert response.status_code in (200, 303)
    del response
    gc.collect()
    left = {type(thing).__module__ for thing in cyclic_garbage}
    assert not {module for module in left if module.startswith(("wtforms", "web.forms"))}
