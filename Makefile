# geowire — two commands: `make demo` and `make test`. Each sets itself up.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= geowire.duckdb
EXAMPLES ?= examples

.PHONY: demo test install browser lint bench clean train fuzz

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) on PATH (or set PY=...)"; exit 2; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[all]"
	@touch $(STAMP)

install: $(STAMP)

# Debian's chromium for the browser tests; installed with apt where missing (never a browser download).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "installing Debian chromium for the browser tests"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

demo: $(STAMP)
	$(BIN)/geowire demo --db $(DB) $(EXAMPLES)

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src

# Retrain the learned decision stage on corpus/authored (deterministic, CPU, ~2 minutes); the
# result is the shipped src/geowire/data/models/decider.json (tests check it is reproduced).
train: $(STAMP)
	$(BIN)/geowire train --report src/geowire/data/models/decider.report.json

# The fuzz suite's long budget (tests/fuzz/conftest.py): > 100,000 generated inputs over the ingest
# entry point, the readers, front-matter, metadata dates, date resolution and the Analyzer; prints
# the examples run per entry point.  The same tests run in `make test` with a small budget.
fuzz: $(STAMP)
	GEOWIRE_FUZZ=long $(BIN)/python -m pytest tests/fuzz -q --hypothesis-show-statistics

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) *.duckdb test-artifacts
