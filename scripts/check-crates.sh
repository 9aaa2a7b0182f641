#!/usr/bin/env bash
# The arrows of the crate graph, checked on what cargo resolves (normal dependencies, all levels):
# - the reference model (mmu-model) and the scenario formats (mmu-scenario) build without rust-hdl or any RTL crate;
# - the synthesizable blocks (mmu-hdl) know no model, simulator, Verilator engine or format.
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0
deny() {
    local crate=$1; shift
    local tree
    tree=$(cargo tree -p "$crate" -e normal --prefix none --offline 2>/dev/null || cargo tree -p "$crate" -e normal --prefix none)
    for bad in "$@"; do
        if grep -q "^$bad v" <<<"$tree"; then
            echo "crate graph: $crate depends on $bad" >&2
            fail=1
        fi
    done
}
deny mmu-arch rust-hdl mmu-model mmu-hdl mmu-sim mmu-verilated mmu-scenario
deny mmu-model rust-hdl mmu-hdl mmu-sim mmu-verilated mmu-scenario
deny mmu-scenario rust-hdl mmu-hdl mmu-sim mmu-verilated
deny mmu-hdl mmu-model mmu-sim mmu-verilated mmu-scenario
deny mmu-sim mmu-verilated mmu-scenario
[ $fail -eq 0 ] && echo "crate graph: arch <- model <- scenario; arch <- hdl <- sim <- verilated; all <- mmu-rtl"
exit $fail
