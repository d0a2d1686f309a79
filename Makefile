# Cursus — the two commands a newcomer types: `make schedule` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= release
BIN := .build/$(CONFIG)/cursus
CURRICULA := $(wildcard curricula/*.yaml)
SEED ?= 1
ITERATIONS ?= 200000
APT_PACKAGES := pkg-config libyaml-dev tzdata poppler-utils libical-dev python3-venv
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup venv build schedule test check clean
VENV := .venv
# The independent iCalendar checker (scripts/check-ics.py) and its tests use these.
PY_PACKAGES := icalendar==7.3.2 recurring-ical-events==3.8.2

## setup: install the missing system packages (Debian/Ubuntu, apt-get; nothing when present).
setup:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

## venv: create .venv with the Python packages of scripts/check-ics.py (once; removed again if pip fails).
venv: setup $(VENV)/.installed
$(VENV)/.installed:
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q $(PY_PACKAGES) || { rm -rf $(VENV); exit 1; }
	touch $@

## build: compile the cursus tool.
build: setup
	$(SWIFT) build -c $(CONFIG) --product cursus

## check: validate every bundled curriculum.
check: build
	$(BIN) check $(CURRICULA)

## schedule: set up, build, and check every bundled curriculum (the solver writes exports/ once it exists).
schedule: check

## test: set up, build and run every test.
test: setup venv
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build
