# Rapport — one obvious command for each job. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# Tests also run on Postgres when it answers here (CI sets RAPPORT_TEST_DATABASE_URL itself).
TEST_POSTGRES_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/postgres
PYTEST_ARGS ?=

.PHONY: run test test-sqlite test-postgres test-frontend lint openapi migrate install frontend frontend-deps help bench

help:
	@echo "make run      set up, migrate, build the dashboard and serve on http://127.0.0.1:8000"
	@echo "make test     every test (SQLite, and Postgres when reachable)"
	@echo "make lint     ruff + mypy + import-linter (layers, no cycles)"
	@echo "make fuzz     long randomized Schemathesis run (FUZZ_EXAMPLES=200 per operation)"
	@echo "make openapi  regenerate openapi.json"
	@echo "make bench    seed Postgres and load-test the API (SCALE=small for a quick run)"

$(INSTALLED): backend/pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Rapport needs Python 3.11 or newer (set PYTHON=python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e 'backend[dev]'
	# The generator behind tests/generated_client: it pins typer below the version we use yet
	# works with it, so it is installed without its pins (its own dependencies are in [dev]).
	$(BIN)/pip install --quiet --no-deps 'openapi-python-client==0.29.1'
	touch $@

install: $(INSTALLED)

frontend-deps:
	@if [ -f frontend/package.json ]; then \
		command -v npm >/dev/null || { echo "The dashboard needs Node.js 20+ and npm"; exit 1; }; \
		if [ ! -f frontend/node_modules/.package-lock.json ] || \
		   [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then \
			(cd frontend && npm ci --no-audit --no-fund); fi; fi

frontend: frontend-deps
	@if [ -f frontend/package.json ]; then (cd frontend && npm run --silent build); fi

# Vitest: the dashboard's logic, and a check that its generated API client is not stale.
test-frontend: frontend-deps
	@if [ -f frontend/package.json ]; then echo "== dashboard unit tests"; (cd frontend && npm test --silent); fi

migrate: $(INSTALLED)
	$(BIN)/rapport db upgrade

run: $(INSTALLED) frontend migrate
	$(BIN)/rapport serve

test: $(INSTALLED) frontend test-frontend test-sqlite test-postgres

test-sqlite: $(INSTALLED)
	@echo "== tests on SQLite"
	cd backend && RAPPORT_TEST_DATABASE_URL= ../$(BIN)/pytest $(PYTEST_ARGS)

test-postgres: $(INSTALLED)
	@url="$${RAPPORT_TEST_DATABASE_URL:-$(TEST_POSTGRES_URL)}"; \
	if $(BIN)/python -c "import sys, psycopg; from sqlalchemy.engine import make_url; \
u = make_url(sys.argv[1]); psycopg.connect(host=u.host, port=u.port or 5432, user=u.username, \
password=u.password, dbname=u.database, connect_timeout=3).close()" "$$url" 2>/dev/null; then \
		echo "== tests on Postgres"; \
		cd backend && RAPPORT_TEST_DATABASE_URL="$$url" ../$(BIN)/pytest $(PYTEST_ARGS); \
	elif [ -n "$$RAPPORT_REQUIRE_POSTGRES" ]; then \
		echo "Postgres is required but not reachable at $$url"; exit 1; \
	else echo "== Postgres not reachable at $$url: Postgres tests not run"; fi

# `make test` fuzzes every operation briefly with a fixed seed; this explores far more inputs and
# call sequences, randomly (set RAPPORT_TEST_DATABASE_URL to fuzz against Postgres).
FUZZ_EXAMPLES ?= 200
fuzz: $(INSTALLED)
	cd backend && RAPPORT_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) ../$(BIN)/pytest -p no:cacheprovider \
		tests/reliability/test_schemathesis.py $(PYTEST_ARGS)

lint: $(INSTALLED)
	cd backend && ../$(BIN)/ruff check . ../bench && ../$(BIN)/ruff format --check . ../bench && \
		../$(BIN)/mypy && ../$(BIN)/lint-imports --no-cache

openapi: $(INSTALLED) frontend-deps
	$(BIN)/rapport openapi
	@if [ -f frontend/package.json ]; then (cd frontend && npm run --silent gen:api); fi

# The benchmark: seeds its own database (rapport_bench, dropped afterwards), serves the API with
# several workers and drives it with wrk. See bench/README.md.
SCALE ?= full
BENCH_DATABASE_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/rapport_bench
BENCH_ARGS ?=
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

bench: $(INSTALLED)
	@command -v wrk >/dev/null || { echo "== installing wrk (the load generator) with apt-get"; \
		$(SUDO) apt-get install -y wrk || { $(SUDO) apt-get update && $(SUDO) apt-get install -y wrk; }; }
	$(BIN)/python bench/run.py --scale $(SCALE) --database-url $(BENCH_DATABASE_URL) $(BENCH_ARGS)
