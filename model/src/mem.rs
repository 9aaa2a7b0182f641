//! Sparse physical memory of 64-bit words, shared by every engine: words never written read as 0. Words can be
//! poisoned: the memory then answers every walker access to them with a bus error.

use std::collections::{HashMap, HashSet};

/// Physical memory as the page-table walker and the OS see it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Memory {
    words: HashMap<u64, u64>,
    poisoned: HashSet<u64>,
}

impl Memory {
    pub fn new() -> Self {
        Self::default()
    }

    /// Memory holding `words` (8-byte-aligned addresses).
    pub fn from_words(words: &[(u64, u64)]) -> Self {
        let mut m = Memory::new();
        for &(addr, value) in words {
            m.write(addr, value);
        }
        m
    }

    /// Reads the word at `addr` (8-byte aligned).
    pub fn read(&self, addr: u64) -> u64 {
        debug_assert_eq!(addr & 7, 0, "unaligned word read at {addr:#x}");
        self.words.get(&addr).copied().unwrap_or(0)
    }

    /// Writes the word at `addr` (8-byte aligned).
    pub fn write(&mut self, addr: u64, value: u64) {
        debug_assert_eq!(addr & 7, 0, "unaligned word write at {addr:#x}");
        self.words.insert(addr, value);
    }

    /// From now on, the walker's reads and writes of the word at `addr` fail with a bus error.
    pub fn poison(&mut self, addr: u64) {
        self.poisoned.insert(addr);
    }

    /// The word at `addr` as the walker reads it: `None` for a bus error.
    pub fn walker_read(&self, addr: u64) -> Option<u64> {
        (!self.is_poisoned(addr)).then(|| self.read(addr))
    }

    /// Whether a walker access to the word at `addr` fails with a bus error.
    pub fn is_poisoned(&self, addr: u64) -> bool {
        !self.poisoned.is_empty() && self.poisoned.contains(&addr)
    }
}
