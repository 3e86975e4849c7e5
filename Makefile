# Two commands do everything: `make run` and `make test` (see README.md).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# System packages: WeasyPrint (Pango, HarfBuzz subsetting, DejaVu fonts),
# gettext for translations, Debian's Chromium for the browser tests, wrk for bench/,
# nodejs (with npm) installs axe-core for the accessibility checks of the browser tests.
SYSTEM_PACKAGES := chromium nodejs libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core gettext wrk

.PHONY: run test install system-deps lint format lock messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

# Installs the missing system packages when running as root on Debian;
# otherwise prints the one command to run.
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing system packages:$$missing"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
		|| echo "warning: could not install$$missing; tests that need them will be skipped"; \
	else \
		echo "Missing system packages; install them with: sudo apt-get install$$missing"; \
	fi

run: export DEBUG ?= true
run: install system-deps
	@$(BIN)/python manage.py rundev --check $(HOST):$(PORT)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	@echo ""
	@echo "  Malaka is starting at http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@echo "  Demo logins are listed above; every password is Demo-2026-pass. Ctrl-C stops everything."
	@echo ""
	@exec $(BIN)/python manage.py rundev $(HOST):$(PORT)

# JavaScript the browser tests use (axe-core), installed from package-lock.json when it changes.
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: install system-deps node_modules/.installed
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Recompile requirements.txt from requirements.in, every package pinned.
lock: install
	$(BIN)/pip-compile --quiet --strip-extras --no-header --no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in

# Extract UI strings into locale/*/django.po and compile the .mo files.
# lms/locale holds hand-kept Uzbek for allauth and Django (they ship none) and lms/wagtail_locale the Wagtail admin
# (`manage.py update_wagtail_catalogues`), so they are left alone.
messages: install
	$(BIN)/python manage.py makemessages -l uz -l ru --ignore=.venv --ignore=var --ignore=node_modules --ignore=lms/locale --ignore=lms/wagtail_locale --ignore=bench --no-obsolete
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) var node_modules
