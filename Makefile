# The README's interface: make build, make test, make serve.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: build test system-deps serve check clean ge2019 euref2016 bench templates

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(TEST_STAMP)

build: $(STAMP)  ## build the example site into output/, with links that also work opened from disk
	$(PY) -m generator build --index-links

check: $(STAMP)  ## validate the example site without writing anything
	$(PY) -m generator check

serve: $(STAMP)  ## serve drafts with live reload on http://127.0.0.1:8000/
	$(PY) -m generator serve

ge2019: $(STAMP)  ## build the 2019 general election example into examples/ge2019/output/
	$(PY) -m generator build --site examples/ge2019

euref2016: $(STAMP)  ## build the 2016 EU referendum example into examples/eu-ref-2016/output/
	$(PY) -m generator build --site examples/eu-ref-2016

bench: $(STAMP)  ## cold builds of 650, 5,000 and 20,000 synthetic areas beside Hugo and a naive script (tmpfs, and disk for reference), and rebuilds
	$(PY) benchmarks/run.py --disk /var/tmp/election-bench-disk

templates: $(STAMP)  ## after editing a built-in template: compile the theme's and kinds' templates into generator/theme/compiled/
	$(PY) -m generator.render.compile_theme

test: system-deps $(TEST_STAMP)  ## run every test
	$(PY) -m pytest

system-deps:  ## install (as root, with apt-get) or name the system packages the tests need
	PYTHON=$(PYTHON) bash scripts/test-system-deps

clean:
	rm -rf output .venv .pytest_cache
