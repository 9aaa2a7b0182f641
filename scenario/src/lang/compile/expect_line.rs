//! `expect` lines: the access they belong to (for a pair, the side they name), the outcome, the #PF error code and the
//! level that answered.

use super::*;

/// Every form of an `expect` line, for messages.
const USAGE: &str = "expect [fetch|data] ok [pa=PA] [l1|l2|walk] | expect [fetch|data] pf [P|W|U|RSVD|I|PK] [l1|l2|walk] \
                     | expect [fetch|data] gp | expect [fetch|data] bus_error [addr=PA]";

impl Compiler {
    /// `expect [fetch|data] ok|pf|gp|bus_error ...`
    pub(super) fn expect(
        &mut self,
        line: &Line,
        cur: &mut Cursor,
        head: &Tok,
    ) -> Result<(), LangError> {
        let (op_index, access_line, pair, expected) = match &self.prev {
            Prev::Access {
                op_index,
                line,
                pair,
                expected,
            } => (*op_index, *line, *pair, *expected),
            Prev::Other { line: l, name } => {
                return Err(line.error_at(
                    head,
                    format!(
                        "`expect` must directly follow an access (read, write, fetch or pair), but the directive \
                         before it is `{name}` at line {l}"
                    ),
                ))
            }
            Prev::Nothing => {
                return Err(line.error_at(
                    head,
                    "`expect` must directly follow an access (read, write, fetch or pair), and there is none before \
                     it",
                ))
            }
        };
        let side = self.side(line, cur, head, access_line, pair)?;
        let slot = side.map_or(0, PairSide::index);
        if let Some(at) = expected[slot] {
            let what = match side {
                None => format!("the access at line {access_line}"),
                Some(s) => format!("the {} of the pair at line {access_line}", s.name()),
            };
            return Err(line.error_at(
                head,
                format!(
                    "{what} already has an expectation (line {at}); one `expect` line per access"
                ),
            ));
        }
        let want = want(line, cur)?;
        self.expectations.push(Expectation {
            line: line.number,
            access_line,
            op_index,
            side,
            want,
        });
        if let Prev::Access { expected, .. } = &mut self.prev {
            expected[slot] = Some(line.number);
        }
        Ok(())
    }

    /// The side of a pair an `expect` line names: required after a pair, refused after a single access.
    fn side(
        &self,
        line: &Line,
        cur: &mut Cursor,
        head: &Tok,
        access_line: usize,
        pair: bool,
    ) -> Result<Option<PairSide>, LangError> {
        let named = cur.peek().and_then(|t| {
            let side = match t.text.as_str() {
                "fetch" => PairSide::Fetch,
                "data" => PairSide::Data,
                _ => return None,
            };
            (t.kind == TokKind::Word).then_some((t, side))
        });
        match (named, pair) {
            (Some((_, side)), true) => {
                cur.next();
                Ok(Some(side))
            }
            (None, false) => Ok(None),
            (Some((t, _)), false) => Err(line.error_at(
                t,
                format!(
                    "{} names an access of a pair, but line {access_line} has a single access: its expectation is \
                     `expect OUTCOME ...`",
                    quoted(&t.text)
                ),
            )),
            (None, true) => Err(line.error_at(
                cur.peek().unwrap_or(head),
                format!(
                    "the pair at line {access_line} has two accesses: name the one this line expects, `expect fetch \
                     ...` or `expect data ...`"
                ),
            )),
        }
    }
}

/// The rest of an `expect` line after the side: what the access must come to.
fn want(line: &Line, cur: &mut Cursor) -> Result<Want, LangError> {
    let kind = cur.choice(
        "outcome",
        &[("ok", 0), ("pf", 1), ("gp", 2), ("bus_error", 3)],
    )?;
    if kind == 3 {
        let mut addr = None;
        if let Some((k, v)) = cur.key_value()? {
            if k.text != "addr" {
                return Err(line.error_at(
                    k,
                    format!(
                        "unknown expectation {}= (`expect bus_error [addr=PA]`)",
                        quoted(&k.text)
                    ),
                ));
            }
            addr = Some(number(line, v, "the entry address")?);
        }
        cur.done("expect bus_error [addr=PA]")?;
        return Ok(Want::BusError { addr });
    }
    let mut pa: Option<u64> = None;
    let mut code: Option<u32> = None;
    let mut tlb: Option<TlbLevel> = None;
    if kind == 2 {
        cur.done("expect gp")?;
    }
    while let Some(t) = cur.peek() {
        if let Some((k, v)) = cur.key_value()? {
            if kind != 0 || k.text != "pa" {
                return Err(line.error_at(
                    k,
                    format!("unknown expectation {}= (`{USAGE}`)", quoted(&k.text)),
                ));
            }
            if pa.is_some() {
                return Err(line.error_at(k, "`pa` is given twice"));
            }
            pa = Some(number(line, v, "the physical address")?);
            continue;
        }
        cur.next();
        if t.kind != TokKind::Word {
            return Err(line.error_at(t, format!("unexpected {} (`{USAGE}`)", quoted(&t.text))));
        }
        // `hit` is how expectations named an answer from the L1 before there were levels to name.
        let level = match t.text.as_str() {
            "hit" => Some(TlbLevel::L1),
            other => TlbLevel::from_name(other),
        };
        if let Some(level) = level {
            if tlb.is_some() {
                return Err(line.error_at(
                    t,
                    "the level that answered (`l1` or `hit`, `l2`, `walk`) is given twice",
                ));
            }
            tlb = Some(level);
            continue;
        }
        if kind == 1 && code.is_none() && tlb.is_none() {
            code = Some(error_code(line, t)?);
            continue;
        }
        return Err(line.error_at(t, format!("unexpected {} (`{USAGE}`)", quoted(&t.text))));
    }
    Ok(match kind {
        0 => Want::Ok { pa, tlb },
        1 => Want::PageFault {
            error_code: code,
            tlb,
        },
        _ => Want::GeneralProtection,
    })
}

/// A #PF error code in an `expect` line: `P|W|U` style, `-` for 0, or a number.
fn error_code(line: &Line, t: &Tok) -> Result<u32, LangError> {
    const NAMES: [(&str, u32); 6] = [
        ("P", pf::P),
        ("W", pf::W),
        ("U", pf::U),
        ("RSVD", pf::RSVD),
        ("I", pf::I),
        ("PK", pf::PK),
    ];
    let all = NAMES.iter().fold(0, |m, (_, b)| m | b);
    if t.text == "-" {
        return Ok(0);
    }
    if t.text.starts_with(|c: char| c.is_ascii_digit()) {
        let n = number(line, t, "an error code")?;
        return u32::try_from(n)
            .ok()
            .filter(|c| c & !all == 0)
            .ok_or_else(|| {
                line.error_at(
                    t,
                    format!("error code {n:#x} has bits other than P|W|U|RSVD|I|PK (0x3f)"),
                )
            });
    }
    let mut code = 0;
    for part in t.text.split('|') {
        let Some(&(name, b)) = NAMES.iter().find(|(n, _)| n.eq_ignore_ascii_case(part)) else {
            let shown = if part.is_empty() {
                "an empty name".to_string()
            } else {
                quoted(part)
            };
            return Err(line.error_at(
                t,
                format!(
                    "unknown error-code flag {shown} in {} (flags: P, W, U, RSVD, I, PK joined by `|`; `-` for none)",
                    quoted(&t.text)
                ),
            ));
        };
        if code & b != 0 {
            return Err(line.error_at(t, format!("error-code flag {name} is given twice")));
        }
        code |= b;
    }
    Ok(code)
}
