"""The domain is plain Python: it never loads the web stack."""

import subprocess
import sys


def test_importing_decision_loads_no_web_framework() -> None:
    """Importing decision, evaluating and reading a message load no web framework."""
    script = (
        "import sys, decision, decision.reader;"
        "decision.evaluate({}); decision.reader.read('Do you miss me?');"
        "print(','.join(m for m in ('flask', 'wtforms', 'jinja2', 'werkzeug')"
        " if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == ""
