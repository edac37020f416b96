# Everything a fresh machine needs: Python 3.11+ with venv. Each target sets up .venv itself.
# The interpreter: the system's /usr/bin/python3 where it can make a venv, else the python3
# on the PATH (pyenv's, here). A distribution's build links the interpreter statically; a
# pyenv build (--enable-shared) calls into libpython through the dynamic linker and ran the
# suite's CPU about 13% slower on this machine (BENCHMARKS.md, "The test suite").
# Another: make PY=python3.13 test (after rm -rf .venv).
PY ?= $(if $(shell /usr/bin/python3 -c 'import ensurepip, sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo yes),/usr/bin/python3,python3)
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

# Two workers: this machine (and CI) has two cores, and the project's rule is -n 2 at most.
# worksteal: a worker that runs out takes tests from the other's queue, so a long test at
# the end does not leave the other idle. Byte-code files are written even
# where the environment sets PYTHONDONTWRITEBYTECODE: without them every worker compiles
# (and re-writes the asserts of) every test module and every CLI test's interpreter
# compiles cjtrainer, at every run.
WORKERS ?= 2
PYTEST = PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n $(WORKERS) --dist worksteal

test: $(TEST_STAMP)
	$(PYTEST) $(PYTEST_ARGS)

# Without the slow tests (wheel build, benchmark scripts, tmux): for a quick run while
# developing; `make test` (and CI) runs everything.
test-fast: $(TEST_STAMP)
	$(PYTEST) -m "not slow and not tmux and not browser" $(PYTEST_ARGS)

# Style, types and the import layers (not part of `make test`). mypy checks the files listed in pyproject.toml.
lint: $(TEST_STAMP)
	$(BIN)/ruff check cjtrainer tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(TEST_STAMP)
	$(BIN)/python bench/run_all.py --write

clean:
	rm -rf $(VENV) build dist .pytest_cache
