# Tsunagu: `make serve` builds and serves the sample site; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
NODE_TOOLS := node_modules/.installed

.PHONY: install system-deps serve build build-single test check clean bench bench-prefecture preview

# Everything the tests need; `make serve` and `make build` need the Python packages alone.
install: $(VENV)/.installed $(NODE_TOOLS)

# Exactly the versions in the lock, every file checked against its hash; then Tsunagu itself.
$(VENV)/.installed: pyproject.toml requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

# package-lock.json: what /admin/ ships (Decap CMS) and the tools (the Nu Html Checker, Lighthouse,
# decap-server), after the system's Java and Node.
$(NODE_TOOLS): package.json package-lock.json | system-deps
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Chromium, a Japanese font, Java, Node and npm: installed when missing as root, else the command to run.
system-deps:
	@scripts/system-deps.sh

# Write the lock again from pyproject.toml (every extra; every platform; Python 3.11 and later),
# with uv from PyPI in a folder of its own. Run it after changing a dependency: see README.
# It keeps the pinned versions it can; LOCK_ARGS=--upgrade takes the newest of everything.
UV_VENV := .cache/uv
LOCK_ARGS ?=
.PHONY: lock
lock:
	$(PYTHON) -m venv $(UV_VENV)
	$(UV_VENV)/bin/pip install --quiet uv==0.13.8
	$(UV_VENV)/bin/uv pip compile pyproject.toml --all-extras --universal --fork-strategy fewest \
		--python-version 3.11 --generate-hashes --custom-compile-command "make lock" --quiet $(LOCK_ARGS) -o requirements.txt

serve: $(VENV)/.installed
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# Every language at once, one process each, then merged and indexed for search (as deploy-matrix.yml's jobs);
# build-single: every language in one process. Either replaces site/ only when the build succeeds.
build: $(VENV)/.installed
	$(BIN)/tsunagu build

build-single: $(VENV)/.installed
	$(BIN)/tsunagu build --single

check: $(VENV)/.installed
	$(BIN)/tsunagu check

test: system-deps install
	$(BIN)/pytest -q

clean:
	rm -rf site

# Benchmark against plain MkDocs (bench/run.py); SCALE=small for a quick look, BENCH_ARGS=--preview to time
# the preview too. bench-prefecture measures the city in the same run, for the ratio of the two.
SCALE ?= city
BENCH_ARGS ?=
bench: install
	$(BIN)/python -m bench.run --scale $(SCALE) $(BENCH_ARGS)

bench-prefecture: install
	$(BIN)/python -m bench.run --scale city --scale prefecture $(BENCH_ARGS)

# The reading benchmark (bench/readings.py) on the ITA corpus, kept outside the repository: see README, "Readings".
CORPUS ?= ../shared/corpora/ita-corpus
.PHONY: bench-readings
bench-readings: $(VENV)/.installed
	$(BIN)/python -m bench.readings --corpus $(CORPUS)

# Search: recall in the first five results of every record's names, aliases, kana readings and substrings,
# and the bytes a query fetches, on the sample and a generated city, in Chromium (bench/search.py).
.PHONY: bench-search
bench-search: install
	$(BIN)/python -m bench.search $(BENCH_ARGS)

# The first view of one page per shape and language: bytes, requests, Lighthouse's mobile scores
# (bench/firstview.py; Lighthouse from npm, installed by `make install`).
.PHONY: bench-firstview
bench-firstview: install
	$(BIN)/python -m bench.firstview

# The form editor at http://127.0.0.1:8000/tsunagu/admin/ against the working copy: Decap's local server
# (npm decap-server, port 8081) writes the records into data/, and the site rebuilds (no live reload:
# it would reload the editor on every save; reload a page to see a change).
.PHONY: edit
edit: install
	@MODE=fs BIND_HOST=127.0.0.1 PORT=8081 GIT_REPO_DIRECTORY=$(CURDIR) node node_modules/decap-server/dist/index.js & \
	trap 'kill $$! 2>/dev/null' EXIT INT TERM; \
	$(BIN)/mkdocs serve --no-livereload --dev-addr 127.0.0.1:8000

# Preview one language, rebuilt on every YAML or Markdown change: `make preview LANG=en` (default ja).
# LANG is also the shell's locale, so only a LANG given on the command line chooses the language.
PREVIEW_LANG := $(if $(filter command line,$(origin LANG)),$(LANG),ja)
preview: $(VENV)/.installed
	TSUNAGU_LANG=$(PREVIEW_LANG) LANG=C.UTF-8 $(BIN)/mkdocs serve --dirty --no-strict --dev-addr 127.0.0.1:8000
