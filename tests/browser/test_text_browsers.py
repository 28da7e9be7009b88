"""Text browsers: lynx ticks the first radio of every question left untouched.

That first radio stands for no answer (hidden where HTML's ``hidden`` is read), so lynx sends an
empty value, which the app treats as unanswered. lynx is found from LYNX_PATH, else the PATH;
like Chromium, a missing lynx skips these tests, and fails them with CI set.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import create_app
from decision import CURRENT
from tests.helpers import Exchange, record_exchanges, serving

#: A question's radio drawn as chosen (who sent the message is always chosen: "he" at first).
CHOSEN_ANSWER = re.compile(r'name="(?!pronoun")[a-z_]+" type="radio" value="[^"]*" checked')

LYNX = os.environ.get("LYNX_PATH") or shutil.which("lynx") or "/usr/bin/lynx"


@pytest.fixture(scope="module")
def lynx() -> str:
    """The lynx program; skipped outside CI when it is missing."""
    if not os.access(LYNX, os.X_OK):
        reason = f"lynx was not found at {LYNX}. Install it (Debian: apt-get install lynx)."
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return LYNX


@pytest.fixture
def served() -> Iterator[tuple[str, list[Exchange]]]:
    """The app on 127.0.0.1, keeping every request made of it and its answer."""
    app = create_app({})
    exchanges = record_exchanges(app)
    with serving(app) as (host, port):
        yield f"http://{host}:{port}/", exchanges


def press_in_lynx(lynx: str, url: str, button: str, scratch: Path) -> None:
    """Open ``url`` in lynx, move down to the last button named ``button`` and press it."""
    env = {"PATH": os.environ.get("PATH", ""), "TERM": "vt100", "HOME": str(scratch)}
    dump = subprocess.run(
        [lynx, "-dump", "-number_fields", url], capture_output=True, text=True, env=env, timeout=30
    ).stdout
    # A button shows as ([61]BUTTON) See our reading, or with its value: ([8]1) Use these words.
    numbers = re.findall(rf"\(\[(\d+)\][^)]*\) {re.escape(button)}", dump)
    assert numbers, dump
    # lynx starts on the first link or field; each Down Arrow moves to the next one.
    keys = ["key Down Arrow"] * (int(numbers[-1]) - 1) + ["key ^J", "key q", "key y"]
    script = scratch / "keys"
    script.write_text("\n".join(keys) + "\n")
    subprocess.run(
        [lynx, f"-cmd_script={script}", url],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=env,
        timeout=30,
        check=True,
    )


@pytest.mark.parametrize(
    ("button", "says"),
    [
        ("See our reading", "There is a problem"),
        ("Use these words", "Who sent the message?"),
    ],
)
def test_lynx_untouched_questions_are_never_answers(
    lynx: str,
    served: tuple[str, list[Exchange]],
    tmp_path: Path,
    button: str,
    says: str,
) -> None:
    """Pressing a button on the untouched questions sends no answer and gets no verdict."""
    url, exchanges = served
    press_in_lynx(lynx, url, button, tmp_path)
    posts = [e for e in exchanges if e.method == "POST"]
    assert len(posts) == 1, exchanges
    sent = posts[0]
    assert {q: sent.form[q] for q in CURRENT.ids} == {q: [""] for q in CURRENT.ids}
    assert sent.status == 200 and says in sent.body
    assert "Your safety comes first" not in sent.body
    assert CHOSEN_ANSWER.search(sent.body) is None
