# Smart Kassel — everyday commands. `make run` serves the portal, `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: help install run test lint audit format messages lock worker beat clean bench-pages

help:
	@echo "make run     install, migrate, load demo content, serve http://127.0.0.1:$(PORT) (PORT=8001 make run),"
	@echo "            and print the project office's demo login last; mails and the log go to log/"
	@echo "make test    run the whole test suite (SQLite by default; PostgreSQL/Redis via DATABASE_URL/REDIS_URL)"
	@echo "            benchmarks: python -m bench.participation_queries, python -m bench.synthesis.quality, ..."
	@echo "make bench-pages SCALE=2k|100k  load that scale into its own PostgreSQL database (BENCH_DATABASE_URL,"
	@echo "            dropped first) and measure every page under gunicorn with wrk (BENCH_REDIS_URL); bench/results/"
	@echo "make lint    ruff, Django's system checks, missing migrations, pip-audit (skipped without a vulnerability database)"
	@echo "make worker  a Celery worker (needs REDIS_URL); make beat: the scheduler"

# Reinstall only when the dependencies change. Every package is checked against its hash in the lock;
# the project itself goes in editable, without dependencies (all are in the lock).
$(VENV)/.installed: pyproject.toml requirements-dev-hashed.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev-hashed.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

install: $(VENV)/.installed

# Links in pages and mails follow the port, unless SITE_URL names another address.
PORT ?= 8000
run: export SITE_URL ?= http://127.0.0.1:$(PORT)
run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) synthesize
	$(MANAGE) ensure_demo_staff
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# --durations: the ten slowest steps, so a slow new fixture shows before the loop grows back.
# Two workers, one per core; xdist's default scheduling keeps pytest-django's order (transactional tests last).
test: install
	$(BIN)/pytest -n 2 --durations=10

lint: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	@$(MAKE) --no-print-directory audit

# pip-audit asks PyPI's per-release JSON (or OSV) about each pinned version. Where neither answers (machines
# that reach only a package mirror), it is skipped with a message instead of an empty "no known vulnerabilities";
# --strict fails the audit when a single package could not be looked up.
REACH := $(BIN)/python -c "import sys, urllib.request as u; u.urlopen(sys.argv[1], sys.argv[2].encode() if sys.argv[2:] else None, 10)"
DJANGO_PIN := $(shell grep -i '^django==' requirements.lock | cut -d= -f3)
AUDIT := $(BIN)/pip-audit --strict --disable-pip --require-hashes -r requirements-dev-hashed.txt
audit: install
	@if $(REACH) https://pypi.org/pypi/Django/$(DJANGO_PIN)/json 2>/dev/null; then \
		$(AUDIT) --vulnerability-service pypi; \
	elif $(REACH) https://api.osv.dev/v1/query '{"package": {"name": "django", "ecosystem": "PyPI"}}' 2>/dev/null; then \
		$(AUDIT) --vulnerability-service osv; \
	else \
		echo "pip-audit SKIPPED: no vulnerability database reachable (PyPI's per-release JSON, api.osv.dev)."; \
	fi

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Needs GNU gettext; the compiled catalogues are committed so `make run` does not.
# compilemessages also compiles locale_overrides/ (formal German for allauth), as it is in LOCALE_PATHS.
messages: install
	$(MANAGE) makemessages -l de -l en --ignore=.venv --ignore=tests --ignore=bench
	$(MANAGE) compilemessages --ignore=.venv

# requirements.lock: the versions (after `pip install -U …` in the venv); the hashed locks are made from it,
# for every platform's files on PyPI: requirements-hashed.txt for the image, requirements-dev-hashed.txt here.
UV_COMPILE := $(BIN)/uv pip compile pyproject.toml -c requirements.lock --generate-hashes --python-version 3.11.7 \
	--custom-compile-command "make lock" --quiet --no-emit-package pip
lock: install
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^smartkassel' > requirements.lock
	$(UV_COMPILE) -o requirements-hashed.txt
	$(UV_COMPILE) --extra dev -o requirements-dev-hashed.txt

# The page benchmark (issue #17): needs PostgreSQL, Redis and wrk. The database named is dropped and loaded anew.
SCALE ?= 2k
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/smartkassel_bench_$(SCALE)
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/14
bench-pages: install
	$(BIN)/python -m bench.pages --scale $(SCALE) --database $(BENCH_DATABASE_URL) --redis $(BENCH_REDIS_URL) $(BENCH_ARGS)

worker: install
	$(BIN)/celery -A smartkassel worker -Q celery,mail,synthesis -l info

beat: install
	$(BIN)/celery -A smartkassel beat -l info

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache
