# Two commands do all the set-up on a fresh Debian/Ubuntu machine with Python 3.11+:
#   make serve   create .venv, install, build geodata if stale, serve http://127.0.0.1:8000
#   make test    install everything the tests need (Debian packages too, when root), run the suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
# Debian packages the test suite drives for real (a browser, GDAL's command-line client,
# nginx with its brotli_static module).
TEST_DEBS := $(shell cat .ci/debian-packages 2>/dev/null)

.PHONY: serve test build bench eval screenshots system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

serve: $(VENV)/.installed
	$(BIN)/webmap serve --host $(HOST) --port $(PORT)

build: $(VENV)/.installed
	$(BIN)/webmap build

test: $(VENV)/.installed-test system-deps
	$(BIN)/python -m pytest

# The README's screenshots (docs/screenshots/), from the stories in geodata/.
screenshots: $(VENV)/.installed-test system-deps
	$(BIN)/python docs/screenshots.py

# Precision and recall of the geoparser on the annotated corpus in tests/eval (see its README).
eval: $(VENV)/.installed-test
	$(BIN)/python -m tests.eval.evaluate

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed-test
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

bench: $(VENV)/.installed-bench system-deps
	@if [ "$$(id -u)" = 0 ]; then for p in wrk; do dpkg -s $$p >/dev/null 2>&1 || \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$p; done; fi
	$(BIN)/python -m bench

# Installs the Debian packages the tests need when run as root and any is missing.
system-deps:
	@missing=""; for p in $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "missing Debian packages:$$missing (run 'sudo make system-deps')"; exit 1; fi; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache
