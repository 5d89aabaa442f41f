# Two commands for a fresh machine: `make serve` and `make test`.
# Every target installs what it needs first and is quick when it is already there.

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
BIOME := node_modules/.bin/biome
export NO_MKDOCS_2_WARNING := 1

# The first Python >= 3.12 on PATH (pyenv honours .python-version here).
PYTHON := $(shell for p in python3.13 python3.12 python3.14 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	&& { echo $$p; break; }; done)

.PHONY: serve build test lint format bench eval model lock chromium clean

serve: $(VENV)/.installed node_modules/.installed
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: $(VENV)/.installed node_modules/.installed
	$(BIN)/mkdocs build --strict

# --durations: every run's log lists its slowest tests (issue 12's time goal).
test: $(VENV)/.installed node_modules/.installed chromium lint
	$(BIN)/pytest -n 2 --dist loadfile --no-loadscope-reorder --build-site-first --durations=30

# Python with ruff, the page JavaScript with Biome (both pinned; settings in
# pyproject.toml and biome.jsonc), the CI workflows with actionlint and zizmor.
lint: $(VENV)/.installed node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIOME) ci
	$(BIN)/actionlint .github/workflows/*.yml
	$(BIN)/zizmor --offline --quiet --persona=auditor .github/workflows

format: $(VENV)/.installed node_modules/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIOME) check --write

bench: $(VENV)/.installed node_modules/.installed chromium
	$(BIN)/python -m bench

# Score the checker on the labelled corpus in eval/ (per-rule precision and recall, misses).
eval: $(VENV)/.installed
	$(BIN)/python -m eval

# Retrain the checker's statistical backstop (checker/model/weights.json) from eval/dev, the
# rules' examples and checker/model/training.jsonl; tests/test_model.py checks it is current.
model: $(VENV)/.installed
	$(BIN)/python -m checker.model.train

$(VENV)/.installed: requirements.lock pyproject.toml
	@test -n "$(PYTHON)" || { echo "error: no Python >= 3.12 found on PATH" >&2; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Browser tests drive Debian's Chromium (test tools cannot download browsers here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Re-pin the Python dependencies from requirements.in (needs the network).
lock:
	rm -rf .lockvenv && $(PYTHON) -m venv .lockvenv
	.lockvenv/bin/pip install --quiet -r requirements.in
	{ echo "# Pinned with 'make lock' (pip freeze of a venv made from requirements.in)."; \
	  .lockvenv/bin/pip freeze; } > requirements.lock
	rm -rf .lockvenv

clean:
	rm -rf site .cache
