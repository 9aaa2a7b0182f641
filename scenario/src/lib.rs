//! The scenario formats of mmu-rtl, and what people read of a run.
//!
//! - [`scenario`]: scenario and result JSON, for machines (`docs/scenario-format.md`), with errors located by key.
//! - [`lang`]: the `.mmu` scenario language, for people: mappings, accesses and expectations, errors located by line.
//! - [`explain`]: one access, or a fetch + data pair, explained step by step on the reference model.
//!
//! Nothing here depends on the RTL: every format compiles to the reference model's validated `Scenario`.

pub mod explain;
pub mod lang;
pub mod scenario;
