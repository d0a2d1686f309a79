# Cursus — the two commands a newcomer types: `make schedule` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= release
BIN := .build/$(CONFIG)/cursus
CURRICULA := $(wildcard curricula/*.yaml)
# The budget of `make schedule`; CursusTests reads this line to check that exports/ equals a fresh run.
SCHEDULE_ARGS := --seed 1 --iterations 300000 --threads 2
APT_PACKAGES := pkg-config zlib1g-dev libyaml-dev tzdata poppler-utils libcairo2-dev libpango1.0-dev fonts-dejavu-core libical-dev python3-venv \
  libhyphen-dev hyphen-fr hyphen-it hyphen-en-us hyphen-de hyphen-es
# Only `make docs` needs a browser (headless screenshots of the HTML timetables).
DOCS_APT_PACKAGES := chromium
EXPORTS ?= exports
DOCS ?= docs
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup venv build schedule test check docs clean
VENV := .venv
# The independent iCalendar checker (scripts/check-ics.py) and its tests use these; the CalDAV tests run Radicale.
PY_PACKAGES := icalendar==7.3.2 recurring-ical-events==3.8.2 vobject==0.9.9 ics==0.7.3 PyYAML==6.0.4 radicale==3.9.0

## setup: install the missing system packages (Debian/Ubuntu, apt-get; nothing when present).
setup:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

## venv: create .venv with the Python packages of scripts/check-ics.py (once; removed again if pip fails).
# The stamp names the package list, so that a changed list reinstalls into an existing .venv.
VENV_STAMP := $(VENV)/.installed-$(shell echo '$(PY_PACKAGES)' | md5sum | cut -c1-8)
venv: setup $(VENV_STAMP)
$(VENV_STAMP):
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q $(PY_PACKAGES) || { rm -rf $(VENV); exit 1; }
	touch $@

## build: compile the cursus tool.
build: setup
	$(SWIFT) build -c $(CONFIG) --product cursus

## check: validate every bundled curriculum.
check: build
	$(BIN) check $(CURRICULA)

## schedule: set up, build, solve every bundled curriculum and write exports/ (feeds, timetables, booklets).
schedule: build
	$(BIN) solve $(CURRICULA) $(SCHEDULE_ARGS) --out exports

## bench: solver figures for every bundled curriculum, for generated programmes of BENCH_SIZES occurrences,
##        for BENCH_PLANTED planted programmes (time to the first schedule without hard violation),
##        then the load figure of `cursus serve` on the first programme's feed under $(EXPORTS)/ (wrk).
BENCH_SIZES ?= 100 1000 10000
BENCH_TIME ?= 60s
BENCH_CURRICULUM_TIME ?= 5s
# Planted programmes (feasible by construction, PlantedSuite): how many, and the budget of each.
BENCH_PLANTED ?= 200
BENCH_PLANTED_TIME ?= 10s
# The load figure of `cursus serve` (scripts/bench-serve.sh) needs wrk.
BENCH_APT_PACKAGES := wrk
bench: build
	@$(MAKE) --no-print-directory setup APT_PACKAGES="$(APT_PACKAGES) $(BENCH_APT_PACKAGES)"
	@echo "Solver benchmark, $$(nproc) cores, $$(date -u +%Y-%m-%d), budget $(BENCH_TIME) per programme"
	@$(BIN) bench --header $(firstword $(CURRICULA)) --time $(BENCH_CURRICULUM_TIME) --threads 2
	@for f in $(wordlist 2,99,$(CURRICULA)); do $(BIN) bench $$f --time $(BENCH_CURRICULUM_TIME) --threads 2; done
	@for n in $(BENCH_SIZES); do $(BIN) bench --generate $$n --time $(BENCH_TIME) --threads 2; done
	@echo; $(BIN) bench --planted $(BENCH_PLANTED) --time $(BENCH_PLANTED_TIME) --threads 2
	@echo; echo "| infeasible variant | time to an explanation |"; echo "|---|---:|"
	@for f in Tests/TimetablingTests/Explanation/Infeasible/*.yaml; do \
	  start=$$(date +%s.%N); $(BIN) explain $$f >/dev/null; status=$$?; end=$$(date +%s.%N); \
	  [ $$status = 3 ] || { echo "$$f: expected exit 3, got $$status" >&2; exit 1; }; \
	  awk -v n="$$(basename $$f .yaml)" -v a=$$start -v b=$$end 'BEGIN { printf "| %s | %.2f s |\n", n, b - a }'; done
	@scripts/bench-serve.sh $(BIN) $(EXPORTS)

## test: set up, build and run every test.
## One optimised build of the tool and the tests (in $(TEST_BUILD), apart from the build of `make schedule`,
## because `-enable-testing` costs the solver about 3 % of its speed); the end-to-end tests run its cursus.
TEST_BUILD := .build-test
TEST_FLAGS := -c release --scratch-path $(TEST_BUILD) -Xswiftc -enable-testing
test: setup venv
	$(SWIFT) build $(TEST_FLAGS) --build-tests
	CURSUS_BIN=$(abspath $(TEST_BUILD))/release/cursus $(SWIFT) test $(TEST_FLAGS) --skip-build

## docs: PNG previews into $(DOCS)/ of the first booklet pages and of one week grid, from the exports
##       under $(EXPORTS)/ (run `make schedule` first; PROGRAMME=<id> picks one, default the first).
docs:
	@$(MAKE) --no-print-directory setup APT_PACKAGES="$(APT_PACKAGES) $(DOCS_APT_PACKAGES)"
	@set -e; dir=$$(ls -d $(EXPORTS)/$(or $(PROGRAMME),*)/ 2>/dev/null | head -1); \
	pdf=$$(ls "$$dir"*.pdf 2>/dev/null | head -1); \
	grid=$$(ls "$$dir"cohort-*.html "$$dir"trainer-*.html 2>/dev/null | head -1); \
	if [ -z "$$pdf" ] || [ -z "$$grid" ]; then echo "docs: no booklet or week grid under $(EXPORTS)/: run make schedule first" >&2; exit 1; fi; \
	mkdir -p $(DOCS); \
	pdftoppm -png -r 80 -f 1 -l 4 "$$pdf" $(DOCS)/booklet-page; \
	profile=$$(mktemp -d); \
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$$profile" --window-size=1400,1000 \
	  --screenshot="$$(realpath $(DOCS))/week-grid.png" "file://$$(realpath "$$grid")" 2>/dev/null; \
	rm -rf "$$profile"; \
	echo "docs: $$pdf -> $(DOCS)/booklet-page-*.png; $$grid -> $(DOCS)/week-grid.png"

clean:
	rm -rf .build

ITC_TIME ?= 60
ITC_DIR ?= Tests/Fixtures/itc2007
.PHONY: bench-itc
## bench-itc: solve every ITC-2007 instance of ITC_DIR for ITC_TIME seconds each (release) and print a markdown table.
bench-itc: setup
	ITC_TIME=$(ITC_TIME) ITC_DIR=$(ITC_DIR) SWIFT=$(SWIFT) scripts/bench-itc.sh

.PHONY: fuzz test-sanitize kill-test
FUZZ_SECONDS ?= 300
## fuzz: build the libFuzzer harnesses (Fuzz/) with AddressSanitizer and run each for FUZZ_SECONDS; fails on any crash, leak or timeout.
fuzz: setup
	FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) scripts/fuzz.sh

## test-sanitize: the whole test suite once under AddressSanitizer (own build folder .build-sanitize; the
##                end-to-end tests run its instrumented cursus binary too). swiftc has no UndefinedBehavior-
##                Sanitizer on Linux; Swift's own overflow and bounds traps, on in every test build, cover that class.
test-sanitize: setup venv
	$(SWIFT) build --build-path .build-sanitize --sanitize address --build-tests
	LSAN_OPTIONS=suppressions=$(abspath scripts/lsan.supp):print_suppressions=0 CURSUS_BIN=$(abspath .build-sanitize)/debug/cursus \
	  $(SWIFT) test --build-path .build-sanitize --sanitize address --skip-build

KILL_COUNT ?= 100
## kill-test: kill `cursus solve` at KILL_COUNT random moments of its export phase; a complete export must remain every time.
kill-test: build
	scripts/kill-test.sh $(BIN) $(KILL_COUNT)

.PHONY: bench-serve
## bench-serve: only the load figure of `cursus serve` (wrk, 10 s, 64 connections) on the first feed under $(EXPORTS)/.
bench-serve: build
	@$(MAKE) --no-print-directory setup APT_PACKAGES="$(APT_PACKAGES) $(BENCH_APT_PACKAGES)"
	@scripts/bench-serve.sh $(BIN) $(EXPORTS)
