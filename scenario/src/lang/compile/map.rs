//! The `map` directive: a page mapped by building the page tables, its attributes, and the messages for a map
//! that conflicts with one already there.

use super::*;

impl Compiler {
    /// `map VA -> PA SIZE [attributes]`
    pub(super) fn map(
        &mut self,
        line: &Line,
        cur: &mut Cursor,
        head: &Tok,
    ) -> Result<(), LangError> {
        let (va, va_tok) = cur.number("the linear address to map")?;
        cur.punct(
            TokKind::Arrow,
            "expected `->` between the linear and the physical address (`map VA -> PA SIZE`)",
        )?;
        let (pa, pa_tok) = cur.number("the physical address of the page")?;
        let size = {
            let t = cur.word("a page size (4K, 2M or 1G)")?;
            match t.text.to_ascii_uppercase().as_str() {
                "4K" => PageSize::Size4K,
                "2M" => PageSize::Size2M,
                "1G" => PageSize::Size1G,
                _ => {
                    return Err(line.error_at(
                        t,
                        format!(
                            "expected a page size (4K, 2M or 1G), found {}",
                            quoted(&t.text)
                        ),
                    ))
                }
            }
        };
        let flags = map_flags(line, cur)?;
        let Some(pt) = &self.tables else {
            return Err(line.error_at(
                head,
                "no page tables yet: `tables at PA` must come before the first map (the PML4 goes there, and the \
                 tables the maps need after it)",
            ));
        };
        if pa >= self.limit() {
            return Err(line.error_at(
                pa_tok,
                format!(
                    "{}; to put a reserved bit in an entry on purpose, write the entry with `mem`",
                    self.beyond(pa)
                ),
            ));
        }
        let leaf_level = match size {
            PageSize::Size4K => Level::Pt,
            PageSize::Size2M => Level::Pd,
            PageSize::Size1G => Level::Pdpt,
        };
        let mut pt = pt.clone();
        // After the first op a map may replace a leaf of its own size: drop the old leaf first.
        if self.running() && is_canonical(va) {
            if let Some(addr) = pt.entry_addr(va, leaf_level) {
                let old = pt.word(addr).unwrap_or(0);
                let is_leaf = leaf_level == Level::Pt || old & bit::PS != 0;
                if old & bit::P != 0 && is_leaf {
                    pt.set_word(addr, 0);
                }
            }
        }
        let first_new_frame = pt.next_frame();
        if let Err(e) = pt.map(va, pa, size, flags) {
            return Err(match e {
                MapError::Misaligned { what, .. } => {
                    let tok = if what.starts_with("linear") {
                        va_tok
                    } else {
                        pa_tok
                    };
                    line.error_at(tok, format!("cannot map: {e}"))
                }
                MapError::NonCanonical(_) => line.error_at(va_tok, format!("cannot map: {e}")),
                MapError::Conflict { existing, .. } => {
                    line.error_at(va_tok, self.conflict(va, size, existing))
                }
            });
        }
        // The frames the map took for new tables must be free and exist.
        let mut new_frames = Vec::new();
        let mut frame = first_new_frame;
        while frame < pt.next_frame() {
            new_frames.push(frame);
            frame += 0x1000;
        }
        for &f in &new_frames {
            let taken = if self.table_frames.contains(&f) {
                Some("a page table".to_string())
            } else {
                self.words
                    .range(f..f + 0x1000)
                    .next()
                    .map(|(a, _)| match self.origin.get(a) {
                        Some(l) => format!("the word at {a:#x} (written at line {l})"),
                        None => format!("the word at {a:#x}"),
                    })
            };
            if let Some(what) = taken {
                return Err(line.error_at(
                    head,
                    format!(
                        "this map needs a new page table, and the next free frame ({f:#x}, from `tables at` at line \
                         {}) already holds {what}: move `tables at` to free memory",
                        self.tables_line
                    ),
                ));
            }
            if f + 0x1000 > self.limit() {
                return Err(line.error_at(
                    head,
                    format!(
                        "this map needs a new page table at {f:#x}, beyond MAXPHYADDR (paddr_bits = {})",
                        self.config.paddr_bits
                    ),
                ));
            }
        }
        // The words the map changed: tables first, then the entries that link them (each in address order).
        let mut changed: Vec<(u64, u64)> = pt
            .words()
            .into_iter()
            .filter(|(a, v)| self.words.get(a) != Some(v))
            .collect();
        let in_new = |a: u64| new_frames.contains(&(a & !0xfff));
        changed.sort_by_key(|&(a, _)| (!in_new(a), a));
        // An existing entry (written with `mem`) may lead the walk to a table beyond MAXPHYADDR: no word goes there.
        if let Some(&(addr, _)) = changed.iter().find(|&&(a, _)| a >= self.limit()) {
            let frame = addr & !0xfff;
            let link = self
                .words
                .iter()
                .find(|&(_, &v)| v & bit::P != 0 && v & 0x000f_ffff_ffff_f000 == frame)
                .map(|(a, _)| match self.origin.get(a) {
                    Some(l) => format!(" (the entry at {a:#x}, written at line {l}, points there)"),
                    None => format!(" (the entry at {a:#x} points there)"),
                })
                .unwrap_or_default();
            return Err(line.error_at(
                head,
                format!(
                    "this map would write an entry of the page table at {frame:#x}{link}, beyond MAXPHYADDR \
                     (paddr_bits = {}: addresses must be below {:#x})",
                    self.config.paddr_bits,
                    self.limit()
                ),
            ));
        }
        self.table_frames.extend(new_frames);
        self.tables = Some(pt);
        for (addr, value) in changed {
            self.store(addr, value, line.number);
            if self.running() {
                self.push_op(Op::WriteMem { addr, value }, line.number);
            }
        }
        Ok(())
    }

    /// The message for a map that meets an existing entry.
    fn conflict(&self, va: u64, size: PageSize, existing: &str) -> String {
        let level = Level::WALK_ORDER
            .into_iter()
            .find(|l| l.entry_name() == existing);
        let found = level.and_then(|l| {
            let pt = self.tables.as_ref()?;
            let addr = pt.entry_addr(va, l)?;
            Some((l, addr, pt.word(addr).unwrap_or(0)))
        });
        let hint = if self.running() {
            "a map may replace a leaf entry of its own page size, not a table or a page of another size"
        } else {
            "before the first op each page is mapped once; after ops start, a map of the same size replaces the entry"
        };
        match found {
            Some((l, addr, entry)) => {
                let what = if l == Level::Pt || entry & bit::PS != 0 {
                    let page = match l {
                        Level::Pdpt => "1G",
                        Level::Pd => "2M",
                        _ => "4K",
                    };
                    format!(
                        "maps a {page} page at frame {:#x}",
                        entry & 0x000f_ffff_ffff_f000
                    )
                } else {
                    format!(
                        "references a page table at {:#x}",
                        entry & 0x000f_ffff_ffff_f000
                    )
                };
                let at = self
                    .origin
                    .get(&addr)
                    .map(|l| format!(" (written at line {l})"))
                    .unwrap_or_default();
                format!(
                    "cannot map the {} page at {va:#x}: the {existing} at {addr:#x}{at} already {what}; {hint}",
                    size.name()
                )
            }
            None => format!(
                "cannot map the {} page at {va:#x}: it conflicts with an existing {existing}; {hint}",
                size.name()
            ),
        }
    }
}

/// The attributes after `map VA -> PA SIZE`.
fn map_flags(line: &Line, cur: &mut Cursor) -> Result<MapFlags, LangError> {
    const FLAGS: &str = "rw, ro, user, sup, nx, global, pkey=N, accessed, dirty";
    // The language maps read-only unless told `rw`; everything else as the builder's defaults.
    let mut flags = MapFlags {
        writable: false,
        ..MapFlags::default()
    };
    // Which attribute set each choice, by group, so a contradiction or a repeat names both.
    let mut seen: HashMap<&'static str, String> = HashMap::new();
    let mut once = |group: &'static str, t: &Tok| -> Result<(), LangError> {
        match seen.insert(group, t.text.clone()) {
            Some(prev) if prev == t.text => {
                Err(line.error_at(t, format!("{} is given twice", quoted(&t.text))))
            }
            Some(prev) => Err(line.error_at(
                t,
                format!("{} contradicts {}", quoted(&t.text), quoted(&prev)),
            )),
            None => Ok(()),
        }
    };
    while let Some(t) = cur.peek() {
        if let Some((k, v)) = cur.key_value()? {
            if k.text != "pkey" {
                return Err(line.error_at(
                    k,
                    format!(
                        "unknown map attribute {}= (attributes: {FLAGS})",
                        quoted(&k.text)
                    ),
                ));
            }
            once("pkey", k)?;
            let n = number(line, v, "a protection key")?;
            flags.pkey = u8::try_from(n).ok().filter(|&k| k <= 15).ok_or_else(|| {
                line.error_at(v, format!("a protection key is 4 bits (0..=15), got {n}"))
            })?;
            continue;
        }
        cur.next();
        if t.kind != TokKind::Word {
            return Err(line.error_at(
                t,
                format!("unexpected {} (attributes: {FLAGS})", quoted(&t.text)),
            ));
        }
        match t.text.as_str() {
            "rw" | "ro" => {
                once("rw", t)?;
                flags.writable = t.text == "rw";
            }
            "user" | "sup" => {
                once("user", t)?;
                flags.user = t.text == "user";
            }
            "nx" => {
                once("nx", t)?;
                flags.nx = true;
            }
            "global" => {
                once("global", t)?;
                flags.global = true;
            }
            "accessed" => {
                once("accessed", t)?;
                flags.accessed = true;
            }
            "dirty" => {
                once("dirty", t)?;
                flags.dirty = true;
            }
            _ => {
                return Err(line.error_at(
                    t,
                    format!("unknown map flag {} (attributes: {FLAGS})", quoted(&t.text)),
                ))
            }
        }
    }
    Ok(flags)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::test_support::compile;

    #[test]
    fn a_map_builds_the_tables_and_cr3_defaults_to_the_pml4() {
        let c = compile(
            "tables at 0x10000\nmap 0x20_1000 -> 0x5000 4K rw user\nread user 0x201008\nexpect ok pa=0x5008 walk\n",
        );
        let s = &c.scenario;
        assert_eq!(s.control.cr3, 0x10000);
        assert_eq!(
            s.memory,
            vec![
                (0x10000, 0x11007),
                (0x11000, 0x12007),
                (0x12008, 0x13007),
                (0x13008, 0x5007),
            ]
        );
        assert_eq!(c.op_lines, vec![3]);
        assert_eq!(
            c.expectations,
            vec![Expectation {
                line: 4,
                access_line: 3,
                op_index: 0,
                side: None,
                want: Want::Ok {
                    pa: Some(0x5008),
                    tlb: Some(TlbLevel::Walk)
                }
            }]
        );
    }

    #[test]
    fn defaults_are_read_only_supervisor() {
        let c = compile("tables at 0x10000\nmap 0x1000 -> 0x5000 4K\n");
        assert_eq!(c.scenario.memory.last(), Some(&(0x13008, 0x5001)));
        let c = compile(
            "tables at 0x10000\nmap 0x1000 -> 0x5000 4K rw user nx global pkey=5 accessed dirty\n",
        );
        let leaf = c.scenario.memory.last().unwrap().1;
        assert_eq!(leaf, 0x5000 | 0x167 | (1 << 63) | (5 << 59));
    }

    #[test]
    fn a_map_after_ops_start_writes_memory_and_may_replace_a_leaf() {
        let c = compile(
            "tables at 0x10000\nmap 0x1000 -> 0x5000 4K rw\nread sup 0x1000\n\
             map 0x1000 -> 0x7000 4K rw\nmap 0x80_0000_0000 -> 0x8000 4K\n",
        );
        let ops = &c.scenario.ops;
        assert_eq!(
            ops[1],
            Op::WriteMem {
                addr: 0x13008,
                value: 0x7003
            }
        );
        // A new PDPT, PD and PT (tables first), then the PML4E that links them.
        assert_eq!(
            ops[2..],
            [
                Op::WriteMem {
                    addr: 0x14000,
                    value: 0x15007
                },
                Op::WriteMem {
                    addr: 0x15000,
                    value: 0x16007
                },
                Op::WriteMem {
                    addr: 0x16000,
                    value: 0x8001
                },
                Op::WriteMem {
                    addr: 0x10000 | (1 << 3),
                    value: 0x14007
                },
            ]
        );
        assert_eq!(c.op_lines, vec![3, 4, 5, 5, 5, 5]);
    }
}
