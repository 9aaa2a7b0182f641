//! The exported `mmu` Verilog, Verilated, as a Rust object: set input ports, evaluate, read output ports.
//!
//! Each committed export (`verilog/mmu.v` and any `verilog/mmu_*.v` variant) is Verilated at build time into its own
//! C++ model, reached through a generated `extern "C"` shim: one call per half cycle ([`Verilated::settle`],
//! [`Verilated::rise`]). Ports are numbered as in the port table (`mmu_arch::PORTS`), which the shim is generated
//! from; [`engine`] runs scenarios on them through the cycle driver of `mmu-sim`.
//!
//! The Verilated top is a small simulation harness around `mmu` (see `harness_verilog` in `build.rs`): it registers
//! every input and performs the clock edge together with the next settle, so that a cycle costs one evaluation of the
//! MMU's logic instead of three with Verilator 5.006. `mmu` sees the inputs and edges exactly as they were applied,
//! so the ports behave as `mmu`'s own. One more model, `mmu_plain`, is `verilog/mmu.v` exactly as committed, clocked
//! as a user's bench clocks it (an evaluation with the clock low, one with it high); the lockstep test runs both.
//!
//! Models are Verilated with `--x-initial unique`: [`Verilated::new`] chooses whether uninitialised state starts as
//! zero (`rand_reset = 0`) or as seeded random values (`rand_reset = 2`), so tests can show that nothing depends on it.

use core::ffi::c_void;

/// One Verilated export.
pub struct Variant {
    pub name: &'static str,
    new: unsafe extern "C" fn(u32, u64) -> *mut c_void,
    delete: unsafe extern "C" fn(*mut c_void),
    get: unsafe extern "C" fn(*mut c_void, u32) -> u64,
    #[allow(clippy::type_complexity)]
    settle:
        unsafe extern "C" fn(*mut c_void, *const u32, *const u64, u32, *const u32, *mut u64, u32),
    rise: unsafe extern "C" fn(*mut c_void),
}

include!(concat!(env!("OUT_DIR"), "/variants.rs"));

pub mod engine;

/// Why no model is available, when none is (no Verilator or no exported Verilog at build time).
pub fn unavailable() -> Option<&'static str> {
    UNAVAILABLE
}

/// The Verilated exports this build carries, by name (`mmu`, `mmu_tlb32`, ...).
pub fn variants() -> impl Iterator<Item = &'static Variant> {
    VARIANTS.iter()
}

/// A live instance of a Verilated export.
pub struct Verilated {
    variant: &'static Variant,
    handle: *mut c_void,
}

impl Verilated {
    /// Instantiates `variant`; `rand_reset` 0 starts uninitialised state at zero, 2 at random values from `seed`.
    pub fn new(variant: &str, rand_reset: u32, seed: u64) -> Result<Verilated, String> {
        if let Some(why) = UNAVAILABLE {
            return Err(why.to_string());
        }
        let v = VARIANTS.iter().find(|v| v.name == variant).ok_or_else(|| {
            let names: Vec<_> = VARIANTS.iter().map(|v| v.name).collect();
            format!(
                "no Verilated model `{variant}` in this build (have: {})",
                names.join(", ")
            )
        })?;
        // SAFETY: the shim allocates a model and returns an owned, non-null handle.
        let handle = unsafe { (v.new)(rand_reset, seed) };
        assert!(
            !handle.is_null(),
            "the Verilated model could not be created"
        );
        Ok(Verilated { variant: v, handle })
    }

    /// The ports of every model: the port table.
    pub fn ports(&self) -> &'static [mmu_arch::Port] {
        mmu_arch::PORTS
    }

    /// The index of port `name`.
    pub fn port(&self, name: &str) -> Option<u32> {
        mmu_arch::PORTS
            .iter()
            .position(|p| p.name == name)
            .map(|i| i as u32)
    }

    /// Reads port `index` as last evaluated (the clock, which settle and rise drive, reads as 0).
    pub fn get(&self, index: u32) -> u64 {
        // SAFETY: `handle` is live for as long as `self`.
        unsafe { (self.variant.get)(self.handle, index) }
    }
}

impl Verilated {
    /// The first half of a cycle: drives `inputs` (port indices and values) with the clock low, evaluates, and reads
    /// the ports listed in `output_ports` into `outputs`. Ports not listed keep their values.
    pub fn settle(
        &mut self,
        input_ports: &[u32],
        inputs: &[u64],
        output_ports: &[u32],
        outputs: &mut [u64],
    ) {
        assert_eq!(input_ports.len(), inputs.len());
        assert_eq!(output_ports.len(), outputs.len());
        // SAFETY: `handle` is live; the slices outlive the call and their lengths are passed with them.
        unsafe {
            (self.variant.settle)(
                self.handle,
                input_ports.as_ptr(),
                inputs.as_ptr(),
                inputs.len() as u32,
                output_ports.as_ptr(),
                outputs.as_mut_ptr(),
                outputs.len() as u32,
            )
        }
    }

    /// The rising clock edge: every flop of `mmu` takes the values settled last. The harness performs it together
    /// with the next [`Self::settle`], which is the first moment it can be observed.
    pub fn rise(&mut self) {
        // SAFETY: `handle` is live for as long as `self`.
        unsafe { (self.variant.rise)(self.handle) }
    }
}

impl Drop for Verilated {
    fn drop(&mut self) {
        // SAFETY: `handle` came from `new` and is dropped once.
        unsafe { (self.variant.delete)(self.handle) }
    }
}
