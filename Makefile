# Self-describing targets; `make help` lists them.
.PHONY: help build test score lint format bench fuzz memory release ci

help:  ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{ printf "  %-8s %s\n", $$1, $$2 }'

build:  ## Debug build
	swift build

test:  ## Run the tests (unit, in-process end-to-end, built binary, golden)
	swift test

score:  ## Score the bundled fixture
	swift run -c release cchc score Fixtures/binh-thanh-2023.json

lint:  ## Check formatting and the no-crash rules
	bash Scripts/lint.sh

format:  ## Format the sources in place, then lint
	bash Scripts/lint.sh --fix

bench:  ## Benchmark against jq (needs hyperfine and jq)
	bash Scripts/bench.sh

fuzz:  ## Fuzz the readers for 10 minutes (libFuzzer; not in CI)
	bash Scripts/fuzz.sh 600

memory:  ## Peak memory on a 300 MB file and other hostile inputs (/usr/bin/time -v)
	bash Scripts/peak-memory.sh

release:  ## Single fully static binary: .build/release/cchc
	swift build -c release --static-swift-stdlib -Xswiftc -static-executable

ci:  ## What CI runs
	bash .ci/run
