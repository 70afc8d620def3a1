# tagbench: `make run` and `make test` are all the set-up a Debian machine with Swift needs.
SWIFT ?= swift
ARGS ?=
RELEASE_BIN := .build/release/tagbench
## Builds target this machine's CPU level: on x86-64 with AVX2 and FMA (x86-64-v3: Intel
## since 2013, AMD since 2015) the gate and optimiser loops use 256-bit vectors and fused
## multiply-adds. Such a binary needs such a CPU; PORTABLE=1 builds for the architecture's
## baseline instead (to copy the binary to other machines). The tests build the same way,
## so they check the code that runs.
PORTABLE ?=
CPU_FLAGS := $(shell [ -z "$(PORTABLE)" ] && [ "$$(uname -m)" = x86_64 ] && \
	for f in avx2 fma bmi2 f16c movbe; do grep -qw $$f /proc/cpuinfo || exit 1; done && \
	echo "-Xswiftc -Xcc -Xswiftc -march=x86-64-v3 -Xswiftc -DFUSED_MULTIPLY_ADD")

.PHONY: deps build run test clean

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build -c release $(CPU_FLAGS)

## Builds in release mode and opens the workbench, training on the embedded default corpus
## (ARGS="--bidirectional --hidden 64" etc. take the options of `tagbench train`).
run: build
	$(RELEASE_BIN) workbench $(ARGS)

## The whole test suite (debug build; treebank tests skip when ../shared/data is absent).
test: deps
	$(SWIFT) build --build-tests $(CPU_FLAGS)
	$(SWIFT) test --skip-build $(CPU_FLAGS)

clean:
	rm -rf .build

## tagbench and PyTorch (torch==2.13.0+cpu) side by side on the same batches of UD English EWT;
## writes the table into BENCHMARKS.md between the bench markers (see benchmarks/README.md).
BENCH_PYTHON ?= python3
BENCH_TRAIN ?= ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu
BENCH_ARGS ?=
.PHONY: bench
bench: build
	@test -f "$(BENCH_TRAIN)" || { echo "make bench: UD English EWT train not found at $(BENCH_TRAIN); put en_ewt-ud-train.conllu there or run make bench BENCH_TRAIN=path" >&2; exit 1; }
	@$(BENCH_PYTHON) -c "import torch" 2>/dev/null || { \
		echo "make bench: PyTorch is not installed; installing the reference build: pip install torch==2.13.0+cpu"; \
		$(BENCH_PYTHON) -m pip install torch==2.13.0+cpu || { echo "make bench: could not install torch==2.13.0+cpu" >&2; exit 1; }; }
	@$(BENCH_PYTHON) -c "import torch, sys; v = torch.__version__; v == '2.13.0+cpu' or print('make bench: warning: PyTorch ' + v + ' is installed, the reference is 2.13.0+cpu', file=sys.stderr)"
	$(BENCH_PYTHON) benchmarks/run_bench.py --tagbench $(RELEASE_BIN) --train $(BENCH_TRAIN) $(BENCH_ARGS)

## How cost grows (tokens/s against batch size, hidden size and sentence length) and the
## workbench's overhead (training in the TUI, in a detached tmux session, vs headless);
## writes the tables into BENCHMARKS.md between the curves markers (see benchmarks/README.md).
CURVES_ARGS ?=
.PHONY: bench-curves
bench-curves: build
	@test -f "$(BENCH_TRAIN)" || { echo "make bench-curves: UD English EWT train not found at $(BENCH_TRAIN); put en_ewt-ud-train.conllu there or run make bench-curves BENCH_TRAIN=path" >&2; exit 1; }
	@command -v tmux >/dev/null || echo "make bench-curves: warning: tmux is not installed (apt-get install tmux); the workbench overhead will not be measured" >&2
	python3 benchmarks/cost_curves.py --tagbench $(RELEASE_BIN) --train $(BENCH_TRAIN) $(CURVES_ARGS)
