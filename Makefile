# Everyday targets. `make run` simulates an example; `make test` runs everything CI runs.
CARGO ?= cargo
EXAMPLE ?= examples/walk4k.json
OUT ?= out

.PHONY: run test lint fmt build clean

build:
	$(CARGO) build --release

run: build
	mkdir -p $(OUT)
	$(CARGO) run --release --quiet -- run $(EXAMPLE)

test: lint
	$(CARGO) test --release --workspace

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --release --workspace --all-targets -- -D warnings

fmt:
	$(CARGO) fmt --all

clean:
	$(CARGO) clean
	rm -rf $(OUT)
