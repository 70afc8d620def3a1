# tagbench: `make run` and `make test` are all the set-up a Debian machine with Swift needs.
SWIFT ?= swift
ARGS ?=
RELEASE_BIN := .build/release/tagbench

.PHONY: deps build run test clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build -c release

## Builds in release mode and starts tagbench on the embedded default corpus.
run: build
	$(RELEASE_BIN) $(ARGS)

## The whole test suite (debug build; treebank tests skip when ../shared/data is absent).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build
