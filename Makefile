# Everything a fresh machine needs: Python 3.11+ with venv. Each target sets up .venv itself.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test test-fast lint bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

run: $(STAMP)
	$(BIN)/cjtrainer $(ARGS)

# Two workers: this machine (and CI) has two cores; most of a UI test's time is waiting.
test: $(TEST_STAMP)
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

# Without the slow tests (wheel build, benchmark scripts, tmux): for a quick run while
# developing; `make test` (and CI) runs everything.
test-fast: $(TEST_STAMP)
	$(BIN)/python -m pytest -n 2 -m "not slow and not tmux and not browser" $(PYTEST_ARGS)

# Style, types and the import layers (not part of `make test`). mypy checks the files listed in pyproject.toml.
lint: $(TEST_STAMP)
	$(BIN)/ruff check cjtrainer tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(TEST_STAMP)
	$(BIN)/python bench/run_all.py --write

clean:
	rm -rf $(VENV) build dist .pytest_cache
