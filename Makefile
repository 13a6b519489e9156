# Briefing: two commands on a fresh Debian or Ubuntu machine.
#   make demo   installs what is missing, builds, and writes today's briefing of examples/ into output/
#   make test   installs what is missing, builds, and runs the whole test suite
SHELL := /bin/bash
SWIFT ?= swift
# Debian packages the build, the tests and the benchmarks need.
APT_PACKAGES := pkg-config libespeak-ng-dev espeak-ng-data espeak-ng libsndfile1-dev libxml2-dev \
                libsamplerate0-dev libebur128-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/briefing

.PHONY: demo test deps build build-debug bench clean

# The bundled examples never change, so the demo tells them again every day (--include-seen).
demo: build
	$(BIN) daily --include-seen

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing system packages:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "error: swift not found: install Swift 6 from swift.org and put it on PATH"; exit 1; }

build: deps
	$(SWIFT) build -c release --product briefing

bench: deps
	$(SWIFT) build -c release
	.build/release/briefing-bench --help

clean:
	rm -rf .build
