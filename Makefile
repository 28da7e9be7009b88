# Two commands set everything up: `make run` and `make test`.
PYTHON   ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
LOCK     := requirements/dev.lock
APP_LOCK := requirements/app.lock
HOST     ?= 127.0.0.1
PORT     ?= 5000

.DEFAULT_GOAL := help
.PHONY: help run serve bench bench-cpu soak attack reader-report test lint typecheck pytest lock clean

help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# The environment is rebuilt whenever the lock file changes.
$(BIN)/.installed: $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	@touch $@

run: $(BIN)/.installed ## Serve the app on http://127.0.0.1:5000 (development server).
	$(BIN)/flask --app app run --host $(HOST) --port $(PORT)

# Settings come from the environment (see the README), e.g. `PORT=9000 make serve`;
# serving.serve checks them all, then runs nginx at HOST:PORT (127.0.0.1:8000 unless told
# otherwise) in front of gunicorn on a unix socket. nginx must be installed (apt-get install nginx).
serve: $(BIN)/.installed ## Serve the app: nginx in front of gunicorn (production).
	$(BIN)/python -m serving.serve

bench: $(BIN)/.installed ## Benchmark every route through nginx and gunicorn against /healthz.
	$(BIN)/python -m bench.benchmark $(BENCH_ARGS)

soak: $(BIN)/.installed ## Soak gunicorn for 60 s at 50 connections, then reload it under load.
	$(BIN)/python -m bench.soak $(SOAK_ARGS)

bench-cpu: $(BIN)/.installed ## CPU time per request for the pages the page cache cannot serve.
	$(BIN)/python -m bench.cpu $(BENCH_ARGS)

reader-report: $(BIN)/.installed ## Print the message reader's precision and recall on its corpus.
	$(BIN)/python -m bench.reader_report $(REPORT_ARGS)

attack: $(BIN)/.installed ## Hold 600 slow and idle connections open while probing; check the goals.
	$(BIN)/python -m bench.attack $(ATTACK_ARGS)

test: lint typecheck pytest ## Run every check: ruff, mypy, pytest.

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(BIN)/.installed
	$(BIN)/mypy

pytest: $(BIN)/.installed
	$(BIN)/python -m pytest --cov --cov-report=term $(PYTEST_ARGS)

# dev.lock is everything, for working on the app; app.lock is what it needs to run (Dockerfile).
lock: ## Re-pin every dependency (needs the network).
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
		--no-emit-index-url --no-emit-find-links --extra dev -o $(LOCK) pyproject.toml
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
		--no-emit-index-url --no-emit-find-links -o $(APP_LOCK) pyproject.toml

clean: ## Remove the environment and caches.
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage htmlcov
