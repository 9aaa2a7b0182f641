//! `mmu-rtl`: runs MMU scenarios on the reference model or the RTL (see `mmu-rtl --help`).

mod cli;

fn main() {
    std::process::exit(cli::main());
}
