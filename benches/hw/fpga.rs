//! The FPGA figures: the table `make synth` wrote (`out/synth/synth.json`), and whether the RTL changed since.

use std::path::Path;

use mmu_arch::{ITLB_ENTRIES_DEFAULT, L2_SETS_DEFAULT, L2_WAYS_DEFAULT};

/// The L2 size of a design whose label does not name one.
const L2_ENTRIES_DEFAULT: u64 = (L2_SETS_DEFAULT * L2_WAYS_DEFAULT) as u64;
use serde_json::Value;

#[derive(Clone)]
pub struct FpgaRow {
    /// DTLB entries.
    pub entries: u64,
    /// ITLB entries.
    pub itlb: u64,
    /// L2 entries (0: none).
    pub l2: u64,
    pub bram: u64,
    pub target: String,
    pub lut4: u64,
    pub ff: u64,
    pub fmax: Option<f64>,
    pub note: String,
}

/// The rows of `make synth`'s JSON, or why there are none.
pub fn fpga(path: &Path) -> Result<(Vec<FpgaRow>, String), String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{} is missing ({e}): run `make synth`", path.display()))?;
    let rows: Vec<Value> = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{} is not the JSON `make synth` writes: {e}",
            path.display()
        )
    })?;
    let modified = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| utc(d.as_secs()))
        .unwrap_or_else(|| "unknown".into());
    let mut out = Vec::new();
    for r in rows {
        // `tlbN`, then `_itlbM` and `_l2E` when they differ from the defaults (ITLB 8, L2 512).
        let design = r["design"].as_str().unwrap_or("");
        let (rest, l2) = design
            .split_once("_l2")
            .map_or((design, None), |(d, e)| (d, Some(e)));
        let (dtlb, itlb) = rest
            .split_once("_itlb")
            .map_or((rest, None), |(d, i)| (d, Some(i)));
        let number = |n: Option<&str>| n.and_then(|n| n.parse::<u64>().ok());
        let (Some(entries), Some(itlb), Some(l2)) = (
            number(dtlb.strip_prefix("tlb")),
            itlb.map_or(Some(ITLB_ENTRIES_DEFAULT as u64), |i| number(Some(i))),
            l2.map_or(Some(L2_ENTRIES_DEFAULT), |e| number(Some(e))),
        ) else {
            return Err(format!(
                "{}: design {design:?} is not tlbN[_itlbM][_l2E]",
                path.display()
            ));
        };
        out.push(FpgaRow {
            entries,
            itlb,
            l2,
            bram: r["bram"].as_u64().unwrap_or(0),
            target: r["target"].as_str().unwrap_or("?").to_string(),
            lut4: r["lut4"].as_u64().unwrap_or(0),
            ff: r["ff"].as_u64().unwrap_or(0),
            fmax: r["fmax_mhz"].as_f64(),
            note: r["pnr_error"].as_str().unwrap_or("").to_string(),
        });
    }
    out.sort_by_key(|r| (r.entries, r.itlb, r.l2));
    Ok((out, modified))
}

/// The RTL sources (`hdl/src/*.rs`) changed after `path` was written: its figures may not describe the current design.
pub fn rtl_newer_than(path: &Path) -> Vec<String> {
    let Ok(written) = std::fs::metadata(path).and_then(|m| m.modified()) else {
        return Vec::new();
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("hdl/src");
    let mut newer: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| {
            e.metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t > written)
        })
        .map(|e| format!("hdl/src/{}", e.file_name().to_string_lossy()))
        .collect();
    newer.sort();
    newer
}

/// `secs` since the Unix epoch as a UTC date and time.
fn utc(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // civil-from-days (Howard Hinnant)
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + (month <= 2) as i64;
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rem / 3600,
        rem / 60 % 60
    )
}
