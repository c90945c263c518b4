# Two commands for a newcomer: `make run` and `make test`. Every target sets up what it needs.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run test lint check bench clean

# Bytecode is compiled here because Python may not write it itself (PYTHONDONTWRITEBYTECODE,
# a read-only checkout): compiling ~400 KB of source on every start adds about 0.1 s to each
# `chapterbot ask` (docs/benchmarks.md).
setup: $(STAMP)
	@$(BIN)/python -m compileall -q bot knowledge handlers

# Re-install only when the project's metadata changed; otherwise `make setup` is a no-op.
$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found: install Python 3.11 or run 'make PYTHON=python3 ...'"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

# With TELEGRAM_BOT_TOKEN set: the bot. Without it: the console chat.
run: setup
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then exec $(BIN)/chapterbot run; else exec $(BIN)/chapterbot chat; fi

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q

check: setup
	$(BIN)/chapterbot check

bench: setup
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
