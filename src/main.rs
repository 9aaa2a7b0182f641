//! `mmu-rtl`: runs MMU scenarios on the reference model or the RTL (see `mmu-rtl --help`).

fn main() {
    std::process::exit(mmu_sim::cli::main());
}
