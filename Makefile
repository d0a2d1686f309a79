# Cursus — the two commands a newcomer types: `make schedule` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= release
BIN := .build/$(CONFIG)/cursus
CURRICULA := $(wildcard curricula/*.yaml)
SEED ?= 1
ITERATIONS ?= 200000
APT_PACKAGES := pkg-config libyaml-dev tzdata poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup build schedule test check clean

## setup: install the missing system packages (Debian/Ubuntu, apt-get; nothing when present).
setup:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

## build: compile the cursus tool.
build: setup
	$(SWIFT) build -c $(CONFIG) --product cursus

## check: validate every bundled curriculum.
check: build
	$(BIN) check $(CURRICULA)

## schedule: set up, build, and check every bundled curriculum (the solver writes exports/ once it exists).
schedule: check

## test: set up, build and run every test.
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build

ITC_TIME ?= 60
ITC_DIR ?= Tests/Fixtures/itc2007
.PHONY: bench-itc
## bench-itc: solve every ITC-2007 instance of ITC_DIR for ITC_TIME seconds each (release) and print a markdown table.
bench-itc: setup
	ITC_TIME=$(ITC_TIME) ITC_DIR=$(ITC_DIR) SWIFT=$(SWIFT) scripts/bench-itc.sh
