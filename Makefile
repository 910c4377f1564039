# The README's interface: make build, make test, make serve.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: build test serve check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(TEST_STAMP)

build: $(STAMP)  ## build the example site into output/
	$(PY) -m generator build

check: $(STAMP)  ## validate the example site without writing anything
	$(PY) -m generator check

serve: $(STAMP)  ## serve drafts with live reload on http://127.0.0.1:8000/
	$(PY) -m generator serve

test: $(TEST_STAMP)  ## run every test
	$(PY) -m pytest

clean:
	rm -rf output .venv .pytest_cache
