# Briefing: two commands on a fresh Debian or Ubuntu machine.
#   make demo   installs what is missing, builds, and writes today's briefing of examples/ into output/
#   make test   installs what is missing, builds, and runs the whole test suite
SHELL := /bin/bash
SWIFT ?= swift
# Debian packages the build, the tests and the benchmarks need. libcurl is loaded at run time,
# only to fetch web addresses; its -dev package has the same name on Debian and Ubuntu.
APT_PACKAGES := pkg-config libespeak-ng-dev espeak-ng-data espeak-ng libsndfile1-dev libxml2-dev \
                libsamplerate0-dev libebur128-dev libcurl4-openssl-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/briefing
# Release builds link the Swift runtime and Foundation into the binary: a run then starts in about
# 20 ms of CPU instead of 45, because it does not load and bind twenty shared libraries first.
RELEASE := $(SWIFT) build -c release --static-swift-stdlib

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
	$(RELEASE) --product briefing

bench: deps
	$(RELEASE)
	.build/release/briefing-bench --help

clean:
	rm -rf .build
