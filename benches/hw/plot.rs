//! The SVG plots (plotters): miss latency, the access patterns' hit rates and cycles, FPGA area and Fmax.

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::{Path, PathBuf};

use mmu_arch::{PageSize, ITLB_ENTRIES_DEFAULT, L2_SETS_DEFAULT, L2_WAYS_DEFAULT};

/// The default L2's entries.
const L2_DEFAULT: u64 = (L2_SETS_DEFAULT * L2_WAYS_DEFAULT) as u64;
use plotters::coord::ranged1d::{KeyPointHint, NoDefaultFormatting, Ranged, ValueFormatter};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::fpga::FpgaRow;
use crate::measure::{levels, Miss, MissRow, PatternRow};
use crate::report::Figures;
use crate::workload::{pwc_name, setup_name, LATENCIES, LATENCY, PWC, SETUPS, TLB_ENTRIES};

type PlotResult = Result<(), Box<dyn std::error::Error>>;

/// A linear axis whose ticks are exactly the given values (plotters' `WithKeyPoints` cannot label an `f64` axis).
#[derive(Clone)]
struct Ticks {
    range: Range<f64>,
    at: Vec<f64>,
}

impl Ticks {
    pub fn new(range: Range<f64>, at: Vec<f64>) -> Ticks {
        Ticks { range, at }
    }
}

impl Ranged for Ticks {
    type FormatOption = NoDefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let f = (value - self.range.start) / (self.range.end - self.range.start);
        limit.0 + (f * (limit.1 - limit.0) as f64).round() as i32
    }

    fn key_points<H: KeyPointHint>(&self, _hint: H) -> Vec<f64> {
        self.at.clone()
    }

    fn range(&self) -> Range<f64> {
        self.range.clone()
    }
}

impl ValueFormatter<f64> for Ticks {
    fn format(value: &f64) -> String {
        format!("{value}")
    }
}

const KIND_COLORS: [RGBColor; 3] = [
    RGBColor(31, 119, 180),
    RGBColor(214, 39, 40),
    RGBColor(44, 160, 44),
];
const OFF_COLOR: RGBColor = RGBColor(170, 170, 170);
const ON_COLOR: RGBColor = RGBColor(31, 119, 180);
const L2_COLOR: RGBColor = RGBColor(44, 160, 44);

fn legend_line(color: RGBColor, width: u32) -> impl Fn((i32, i32)) -> PathElement<(i32, i32)> {
    move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(width))
}

/// Miss latency against L, one panel per page size: each kind of miss with the PWC off (dashed, crosses) and on
/// (solid, circles), and the floor.
fn plot_misses(rows: &[MissRow], path: &Path) -> PlotResult {
    let root = SVGBackend::new(path, (1500, 600)).into_drawing_area();
    root.fill(&WHITE)?;
    let panels = root.split_evenly((1, 3));
    for (panel, size) in panels.iter().zip(PageSize::ALL) {
        let of_size: Vec<&MissRow> = rows.iter().filter(|r| r.size == size).collect();
        let top = of_size.iter().map(|r| r.cycles).max().unwrap_or(1) as f64 * 1.6;
        let mut chart = ChartBuilder::on(panel)
            .caption(
                format!("{} page: miss latency", size.name()),
                ("sans-serif", 20),
            )
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(50)
            .build_cartesian_2d(
                Ticks::new(0.0..21.0, LATENCIES.iter().map(|&l| l as f64).collect()),
                0f64..top,
            )?;
        chart
            .configure_mesh()
            .x_desc("memory latency L (cycles)")
            .y_desc("cycles, request to response")
            .y_label_formatter(&|y| format!("{y:.0}"))
            .light_line_style(WHITE)
            .draw()?;
        for (k, kind) in Miss::ALL.into_iter().enumerate() {
            if !kind.sizes().contains(&size) {
                continue;
            }
            for pwc in PWC {
                let points: Vec<(f64, f64)> = of_size
                    .iter()
                    .filter(|r| r.kind == kind && r.pwc == pwc)
                    .map(|r| (r.latency as f64, r.cycles as f64))
                    .collect();
                let color = KIND_COLORS[k];
                let label = format!("{}, PWC {}", kind.name(), pwc_name(pwc));
                if pwc == 0 {
                    let style = color.stroke_width(1);
                    chart.draw_series(DashedLineSeries::new(points.clone(), 6, 4, style))?;
                    chart
                        .draw_series(points.iter().map(|&p| Cross::new(p, 5, style)))?
                        .label(label)
                        .legend(move |(x, y)| {
                            EmptyElement::at((x, y))
                                + PathElement::new(vec![(0, 0), (20, 0)], style)
                                + Cross::new((10, 0), 4, style)
                        });
                } else {
                    chart
                        .draw_series(LineSeries::new(points, color.stroke_width(2)).point_size(3))?
                        .label(label)
                        .legend(legend_line(color, 2));
                }
            }
        }
        let floor = |mult: u64| -> Vec<(f64, f64)> {
            LATENCIES
                .iter()
                .map(|&l| (l as f64, (mult * l as u64) as f64))
                .collect()
        };
        chart
            .draw_series(LineSeries::new(floor(levels(size)), BLACK.stroke_width(1)))?
            .label(format!("floor: {} reads x L", levels(size)))
            .legend(legend_line(BLACK, 1));
        if size == PageSize::Size4K {
            let grey = RGBColor(120, 120, 120);
            chart
                .draw_series(LineSeries::new(floor(1), grey.stroke_width(1)))?
                .label("floor with PDE cached: 1 read x L")
                .legend(legend_line(grey, 1));
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .label_font(("sans-serif", 12))
            .draw()?;
    }
    root.present()?;
    Ok(())
}

/// Horizontal bars, one group per pattern, one bar per setting (PWC off, on, on with the L2), each labelled with its
/// value.
fn plot_pattern_bars(
    rows: &[PatternRow],
    path: &Path,
    title: &str,
    x_desc: &str,
    value: impl Fn(&PatternRow) -> f64,
    x_ticks: Vec<f64>,
) -> PlotResult {
    let names: Vec<&str> = {
        let mut v: Vec<&str> = Vec::new();
        for r in rows {
            if !v.contains(&r.name.as_str()) {
                v.push(&r.name);
            }
        }
        v
    };
    let n = names.len();
    let height = 120 + 60 * n as u32;
    let root = SVGBackend::new(path, (1300, height)).into_drawing_area();
    root.fill(&WHITE)?;
    // room on the right for the value labels and the legend
    let x_max = x_ticks.last().copied().unwrap_or(1.0) * 1.22;
    // pattern i is drawn at y = n - 1 - i, so the first is at the top
    let ys: Vec<f64> = (0..n).map(|i| i as f64).collect();
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(470)
        .build_cartesian_2d(
            Ticks::new(0.0..x_max, x_ticks),
            Ticks::new(-0.6..n as f64 - 0.4, ys),
        )?;
    chart
        .configure_mesh()
        .x_desc(x_desc)
        .y_label_formatter(&|y| {
            let i = y.round() as usize;
            if i < n {
                names[n - 1 - i].to_string()
            } else {
                String::new()
            }
        })
        .disable_y_mesh()
        .draw()?;
    let label_style =
        TextStyle::from(("sans-serif", 11).into_font()).pos(Pos::new(HPos::Left, VPos::Center));
    for (j, (pwc, l2)) in SETUPS.into_iter().enumerate() {
        let color = [OFF_COLOR, ON_COLOR, L2_COLOR][j];
        let bar = |r: &PatternRow| {
            let i = names.iter().position(|&nm| nm == r.name).expect("named");
            let y = (n - 1 - i) as f64;
            // the settings top to bottom, in the order of `SETUPS`
            let top = y + 0.39 - 0.26 * j as f64;
            (top - 0.25, top)
        };
        let of = |r: &&PatternRow| r.pwc == pwc && r.l2 == l2;
        chart
            .draw_series(rows.iter().filter(of).map(|r| {
                let (y0, y1) = bar(r);
                Rectangle::new([(0.0, y0), (value(r), y1)], color.filled())
            }))?
            .label(setup_name(pwc, l2))
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], color.filled()));
        chart.draw_series(rows.iter().filter(of).map(|r| {
            let (y0, y1) = bar(r);
            Text::new(
                format!("{:.2}", value(r)),
                (value(r) + x_max * 0.004, (y0 + y1) / 2.0),
                label_style.clone(),
            )
        }))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}

/// LUT4 and Fmax against DTLB entries (with the default ITLB and L2), one line per FPGA.
fn plot_fpga(rows: &[FpgaRow], path: &Path) -> PlotResult {
    let rows: Vec<FpgaRow> = rows
        .iter()
        .filter(|r| r.itlb == ITLB_ENTRIES_DEFAULT as u64 && r.l2 == L2_DEFAULT)
        .cloned()
        .collect();
    let rows = &rows[..];
    let root = SVGBackend::new(path, (1200, 480)).into_drawing_area();
    root.fill(&WHITE)?;
    let panels = root.split_evenly((1, 2));
    let mut targets: Vec<&str> = Vec::new();
    for r in rows {
        if !targets.contains(&r.target.as_str()) {
            targets.push(&r.target);
        }
    }
    let entries: Vec<f64> = {
        let set: BTreeSet<u64> = rows.iter().map(|r| r.entries).collect();
        set.into_iter().map(|e| e as f64).collect()
    };
    let x_range = || {
        Ticks::new(
            entries.first().copied().unwrap_or(8.0) * 0.5
                ..entries.last().copied().unwrap_or(32.0) * 1.125,
            entries.clone(),
        )
    };
    type Metric = fn(&FpgaRow) -> Option<f64>;
    let metrics: [(&str, &str, Metric); 2] = [
        ("area (Yosys, mmu module)", "LUT4", |r| Some(r.lut4 as f64)),
        ("Fmax (nextpnr, wrapped design)", "Fmax (MHz)", |r| r.fmax),
    ];
    for (panel, (title, y_desc, metric)) in panels.iter().zip(metrics) {
        let top = rows.iter().filter_map(metric).fold(1.0, f64::max) * 1.3;
        let mut chart = ChartBuilder::on(panel)
            .caption(title, ("sans-serif", 20))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(60)
            .build_cartesian_2d(x_range(), 0f64..top)?;
        chart
            .configure_mesh()
            .x_desc("TLB entries")
            .y_desc(y_desc)
            .y_label_formatter(&|y| format!("{y:.0}"))
            .light_line_style(WHITE)
            .draw()?;
        for (t, target) in targets.iter().enumerate() {
            let color = KIND_COLORS[t % KIND_COLORS.len()];
            let of: Vec<&FpgaRow> = rows.iter().filter(|r| r.target == *target).collect();
            let points: Vec<(f64, f64)> = of
                .iter()
                .filter_map(|r| metric(r).map(|v| (r.entries as f64, v)))
                .collect();
            let missing: Vec<String> = of
                .iter()
                .filter(|r| metric(r).is_none())
                .map(|r| format!("{}: {}", r.entries, r.note))
                .collect();
            let label = if missing.is_empty() {
                target.to_string()
            } else {
                format!("{target} ({})", missing.join("; "))
            };
            chart
                .draw_series(LineSeries::new(points, color.stroke_width(2)).point_size(4))?
                .label(label)
                .legend(legend_line(color, 2));
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .label_font(("sans-serif", 12))
            .draw()?;
    }
    root.present()?;
    Ok(())
}

fn plot(what: &str, path: &Path, result: PlotResult, written: &mut Vec<PathBuf>) {
    match result {
        Ok(()) => {
            eprintln!("plot: {what}: {}", path.display());
            written.push(path.to_path_buf());
        }
        Err(e) => eprintln!("plot: {what}: FAILED: {e}"),
    }
}

/// Writes the plots of `f` to `out`; returns the files written.
pub fn plots(out: &Path, f: &Figures) -> Vec<PathBuf> {
    let Figures {
        miss_rows,
        pattern_rows,
        fpga_data,
        ..
    } = f;
    let mut plots = Vec::new();
    let p = out.join("miss_latency.svg");
    plot("miss latency", &p, plot_misses(miss_rows, &p), &mut plots);
    let p = out.join("patterns_hit_rate.svg");
    let r = plot_pattern_bars(
        pattern_rows,
        &p,
        &format!("L1 and L2 hit rate per access pattern ({TLB_ENTRIES}-entry DTLB, L = {LATENCY})"),
        "accesses answered by a TLB, L1 or L2 (%)",
        |r| 100.0 * (r.hit_rate() + r.l2_hit_rate()),
        (0..=10).map(|k| 10.0 * k as f64).collect(),
    );
    plot("hit rate", &p, r, &mut plots);
    let p = out.join("patterns_cycles.svg");
    let most = pattern_rows
        .iter()
        .map(|r| r.mean_cycles)
        .fold(1.0, f64::max);
    let step = if most > 20.0 {
        5.0
    } else if most > 10.0 {
        2.0
    } else {
        1.0
    };
    let ticks: Vec<f64> = (0..=(most / step).ceil() as u32)
        .map(|k| k as f64 * step)
        .collect();
    let r = plot_pattern_bars(
        pattern_rows,
        &p,
        &format!("Cycles per access per access pattern ({TLB_ENTRIES} entries, L = {LATENCY})"),
        "mean cycles per access, request to response",
        |r| r.mean_cycles,
        ticks,
    );
    plot("cycles per access", &p, r, &mut plots);
    let p = out.join("fpga.svg");
    match fpga_data {
        Ok((rows, _)) if !rows.is_empty() => plot("fpga", &p, plot_fpga(rows, &p), &mut plots),
        _ => {
            // no figures: no plot, and none left over from an earlier run
            let _ = std::fs::remove_file(&p);
        }
    }
    plots
}
