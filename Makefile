# Smart Kassel — everyday commands. `make run` serves the portal, `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: help install run test lint format messages lock worker beat clean

help:
	@echo "make run     install, migrate, load demo content, print a staff login, serve http://127.0.0.1:8000"
	@echo "make test    run the whole test suite (SQLite by default; PostgreSQL/Redis via DATABASE_URL/REDIS_URL)"
	@echo "            benchmarks: python -m bench.participation_queries, python -m bench.synthesis.quality, ..."
	@echo "make lint    ruff, Django's system checks, missing migrations"
	@echo "make worker  a Celery worker (needs REDIS_URL); make beat: the scheduler"

# Reinstall only when the dependencies change.
$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $@

install: $(VENV)/.installed

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_demo_staff
	$(MANAGE) synthesize
	$(MANAGE) runserver 127.0.0.1:8000

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

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Needs GNU gettext; the compiled catalogues are committed so `make run` does not.
# compilemessages also compiles locale_overrides/ (formal German for allauth), as it is in LOCALE_PATHS.
messages: install
	$(MANAGE) makemessages -l de -l en --ignore=.venv --ignore=tests --ignore=bench
	$(MANAGE) compilemessages --ignore=.venv

lock: install
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^smartkassel' > requirements.lock

worker: install
	$(BIN)/celery -A smartkassel worker -l info

beat: install
	$(BIN)/celery -A smartkassel beat -l info

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache
