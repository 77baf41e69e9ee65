# Rapport — one obvious command for each job. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# Tests also run on Postgres when it answers here (CI sets RAPPORT_TEST_DATABASE_URL itself).
TEST_POSTGRES_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/postgres
PYTEST_ARGS ?=

.PHONY: run test test-sqlite test-postgres test-contract test-frontend contract fuzz lint openapi \
	migrate install frontend frontend-deps help bench

help:
	@echo "make run      set up, migrate, build the dashboard and serve on http://127.0.0.1:8000"
	@echo "make test     every test (SQLite, and Postgres when reachable)"
	@echo "make lint     ruff + mypy + import-linter (layers, no cycles)"
	@echo "make contract Schemathesis CLI, every default check, against the served app (Postgres)"
	@echo "make fuzz     the same, longer, with a random seed (FUZZ_EXAMPLES=200 per operation)"
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

# The three test runs share nothing (each makes its own database, ports and files), so `make test`
# runs them side by side: the machine's two cores are both busy while one run waits on Postgres,
# a server process or Chromium. Each run's output is printed whole when it ends.
# The in-suite fuzz then runs on SQLite only: Postgres is fuzzed by the contract run.
test: $(INSTALLED) frontend test-frontend
	@RAPPORT_CONTRACT_RUN_COVERS_POSTGRES=1 $(MAKE) --no-print-directory -j3 --output-sync=target \
		test-sqlite test-postgres test-contract

# Whether Postgres answers at $(1) (a SQLAlchemy URL).
postgres_answers = $(BIN)/python -c "import sys, psycopg; from sqlalchemy.engine import make_url; \
u = make_url(sys.argv[1]); psycopg.connect(host=u.host, port=u.port or 5432, user=u.username, \
password=u.password, dbname=u.database, connect_timeout=3).close()" "$(1)" 2>/dev/null
PG_URL = $${RAPPORT_TEST_DATABASE_URL:-$(TEST_POSTGRES_URL)}

# The dashboard's browser tests do not depend on the database: they run once, in the Postgres
# pass when there is one, else here.
test-sqlite: $(INSTALLED)
	@url="$(PG_URL)"; markers=""; \
	if $(call postgres_answers,$$url); then markers="not browser"; fi; \
	echo "== tests on SQLite$${markers:+ (browser tests: in the Postgres pass)}"; \
	cd backend && RAPPORT_TEST_DATABASE_URL= ../$(BIN)/pytest $${markers:+-m "$$markers"} $(PYTEST_ARGS)

test-postgres: $(INSTALLED)
	@url="$(PG_URL)"; \
	if $(call postgres_answers,$$url); then \
		echo "== tests on Postgres"; \
		cd backend && RAPPORT_TEST_DATABASE_URL="$$url" ../$(BIN)/pytest $(PYTEST_ARGS); \
	elif [ -n "$$RAPPORT_REQUIRE_POSTGRES" ]; then \
		echo "Postgres is required but not reachable at $$url"; exit 1; \
	else echo "== Postgres not reachable at $$url: Postgres tests not run"; fi

# The contract run: Schemathesis' CLI with every default check and phase against the app served
# as `make run` serves it, on a fresh Postgres database (SQLite when none answers), 30 examples
# per operation, seed 1. See backend/tests/reliability/contract_run.py.
CONTRACT_EXAMPLES ?= 30
CONTRACT_SEED ?= 1
test-contract contract: $(INSTALLED)
	@url="$(PG_URL)"; \
	if ! $(call postgres_answers,$$url); then \
		if [ -n "$$RAPPORT_REQUIRE_POSTGRES" ]; then echo "Postgres is required"; exit 1; fi; url=sqlite; fi; \
	cd backend && ../$(BIN)/python -m tests.reliability.contract_run --database-url "$$url" \
		--examples $(CONTRACT_EXAMPLES) --seed $(CONTRACT_SEED)

# The same run, longer and with a random seed (printed, to replay a failure with
# `make contract CONTRACT_SEED=…`).
FUZZ_EXAMPLES ?= 200
fuzz: $(INSTALLED)
	@url="$(PG_URL)"; $(call postgres_answers,$$url) || url=sqlite; \
	cd backend && ../$(BIN)/python -m tests.reliability.contract_run --database-url "$$url" \
		--examples $(FUZZ_EXAMPLES)

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
