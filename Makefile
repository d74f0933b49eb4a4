# Tsunagu: `make serve` builds and serves the sample site; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: install serve build test check clean bench bench-prefecture preview

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

serve: install
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: install
	$(BIN)/mkdocs build --strict

check: install
	$(BIN)/tsunagu check

test: install
	$(BIN)/pytest -q

clean:
	rm -rf site

# Benchmark against plain MkDocs (bench/run.py); SCALE=small for a quick look.
SCALE ?= city
bench: install
	$(BIN)/python -m bench.run --scale $(SCALE)

bench-prefecture: install
	$(BIN)/python -m bench.run --scale prefecture

# Preview one language, rebuilt on every YAML or Markdown change: `make preview LANG=en` (default ja).
# LANG is also the shell's locale, so only a LANG given on the command line chooses the language.
PREVIEW_LANG := $(if $(filter command line,$(origin LANG)),$(LANG),ja)
preview: install
	TSUNAGU_LANG=$(PREVIEW_LANG) LANG=C.UTF-8 $(BIN)/mkdocs serve --dirty --no-strict --dev-addr 127.0.0.1:8000
