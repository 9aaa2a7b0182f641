# Everyday targets. `make run` simulates an example; `make test` runs everything CI runs.
CARGO ?= cargo
EXAMPLE ?= examples/walk4k.json
OUT ?= out

.PHONY: run test lint fmt build clean verilator-example

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

# The user-facing example: a plain C++ Verilator bench instantiating verilog/mmu.v next to a memory model.
verilator-example: verilog/mmu.v verilog/example/tb.cpp
	scripts/ensure-tools.sh verilator
	rm -rf $(OUT)/verilator-example
	verilator --cc --exe --build -j 2 --top-module mmu -O3 -Wno-fatal -Wno-lint -Wno-style \
		--Mdir $(OUT)/verilator-example -o tb verilog/mmu.v verilog/example/tb.cpp > $(OUT)/verilator-example.log
	$(OUT)/verilator-example/tb
