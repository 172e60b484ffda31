# Two commands: `make demo` (set up, run the demo) and `make test` (set up, run the tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $@

.PHONY: setup demo test lint eval bench screenshots
setup: $(BIN)/.installed

demo: setup
	$(BIN)/fogline demo

test: setup
	$(BIN)/ruff check fogline tests
	$(BIN)/python -m pytest -q

screenshots: setup  # docs/map.png and docs/incident.png from the demo data (Debian's Chromium)
	bash scripts/install-browser.sh
	$(BIN)/python scripts/screenshots.py
