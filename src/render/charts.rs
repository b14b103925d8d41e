//! Charts for the evaluation: PNG (2400 px wide, for print) and SVG of the same drawing,
//! with the embedded DejaVu Sans so that text and accents render the same on any machine.
//!
//! One colour-blind-safe palette (Okabe-Ito) across all charts, chosen so that the three
//! statuses also differ in grey print (dark, light, middle); every bar carries its number,
//! so nothing depends on colour alone. Labels are taxonomy labels, never raw codes.

use std::sync::Once;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rayon::prelude::*;

use crate::analyse::{Cell, Status};
use crate::i18n::{self, s as text, t, t_args};
use crate::model::Lang;
use crate::pipeline::Analysis;
use crate::taxonomy::Kind;

pub const WIDTH: u32 = 2400;
pub const HEIGHT: u32 = 1500;

static FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
const FAMILY: &str = "sans-serif";

/// Registers the embedded font once per process.
fn fonts() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The font files are part of the binary; a failure here is a build defect.
        let _ = plotters::style::register_font(FAMILY, FontStyle::Normal, FONT_REGULAR);
        let _ = plotters::style::register_font(FAMILY, FontStyle::Bold, FONT_BOLD);
    });
}

/// Status colours: vermillion (dark in grey), yellow (light), sky blue (middle).
pub fn status_color(s: Status) -> RGBColor {
    match s {
        Status::NonCouvert => RGBColor(0xD5, 0x5E, 0x00),
        Status::Partiel => RGBColor(0xF0, 0xE4, 0x42),
        Status::Couvert => RGBColor(0x56, 0xB4, 0xE9),
    }
}

const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
const GRID: RGBColor = RGBColor(0xDD, 0xDD, 0xDD);
const MUTED: RGBColor = RGBColor(0x66, 0x66, 0x66);

/// A status's name, from the catalog (borrowed: the workbook asks for it on every row).
pub fn status_label(s: Status, lang: Lang) -> &'static str {
    let id = match s {
        Status::NonCouvert => "graph-statut-non-couvert",
        Status::Partiel => "graph-statut-partiel",
        Status::Couvert => "graph-statut-couvert",
    };
    i18n::word(lang, id).unwrap_or(s.code())
}

/// A bar made of coloured segments, with the text shown at its end.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub segments: Vec<(u64, RGBColor)>,
    pub note: String,
}

/// What a chart shows; drawn the same way on every backend.
#[derive(Debug, Clone)]
pub enum Body {
    /// Vertical bars, one per category.
    Columns {
        bars: Vec<Bar>,
        legend: Vec<(String, RGBColor)>,
    },
    /// Horizontal bars, one per row, labels on the left.
    Rows {
        bars: Vec<Bar>,
        legend: Vec<(String, RGBColor)>,
    },
    /// A grid of numbers with a colour scale.
    Heatmap {
        rows: Vec<String>,
        cols: Vec<String>,
        values: Vec<Vec<u64>>,
    },
    /// One line per series over the periods, labelled at its end.
    Lines {
        periods: Vec<String>,
        series: Vec<(String, RGBColor, Vec<u64>)>,
    },
}

/// Okabe-Ito's eight colours, for series that are not statuses (the domains in trends).
pub const SERIES: [RGBColor; 8] = [
    RGBColor(0xD5, 0x5E, 0x00),
    RGBColor(0x00, 0x72, 0xB2),
    RGBColor(0x00, 0x9E, 0x73),
    RGBColor(0xCC, 0x79, 0xA7),
    RGBColor(0xE6, 0x9F, 0x00),
    RGBColor(0x56, 0xB4, 0xE9),
    RGBColor(0x00, 0x00, 0x00),
    RGBColor(0xB8, 0xA9, 0x00),
];

/// One chart: its file stem, title, subtitle, footer and body.
#[derive(Debug, Clone)]
pub struct Chart {
    pub name: &'static str,
    pub title: String,
    pub subtitle: String,
    pub footer: String,
    pub body: Body,
}

fn font(size: u32) -> TextStyle<'static> {
    (FAMILY, size).into_font().color(&INK)
}

fn bold(size: u32) -> TextStyle<'static> {
    // `FontDesc::style` keeps the regular face: the style must be given at creation.
    (FAMILY, f64::from(size), FontStyle::Bold).into_font().color(&INK)
}

type Res<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Splits a label into lines no wider than `width` pixels.
fn wrap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle,
    width: u32,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        let candidate = if cur.is_empty() {
            word.to_string()
        } else {
            format!("{cur} {word}")
        };
        let w = area
            .estimate_text_size(&candidate, style)
            .map(|s| s.0)
            .unwrap_or(0);
        if w > width && !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
            cur = word.to_string();
        } else {
            cur = candidate;
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn text_width<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, text: &str, style: &TextStyle) -> i32 {
    area.estimate_text_size(text, style)
        .map(|s| s.0 as i32)
        .unwrap_or(0)
}

/// A round step for an axis reaching `max`.
fn nice_step(max: u64) -> u64 {
    let raw = (max.max(1) as f64 / 5.0).max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    step.max(1.0) as u64
}

fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    items: &[(String, RGBColor)],
    x: i32,
    y: i32,
) -> Res<DB> {
    let style = font(34);
    let mut x = x;
    for (label, color) in items {
        area.draw(&Rectangle::new([(x, y), (x + 40, y + 40)], color.filled()))?;
        area.draw(&Rectangle::new([(x, y), (x + 40, y + 40)], INK.stroke_width(2)))?;
        area.draw(&Text::new(
            label.clone(),
            (x + 54, y + 20),
            style.pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        x += 54 + text_width(area, label, &style) + 60;
    }
    Ok(())
}

/// Picks black or white text for a fill, by its luminance.
fn on(color: &RGBColor) -> RGBColor {
    let l = 0.299 * f64::from(color.0) + 0.587 * f64::from(color.1) + 0.114 * f64::from(color.2);
    if l > 140.0 {
        INK
    } else {
        WHITE
    }
}

fn columns<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    bars: &[Bar],
    items: &[(String, RGBColor)],
) -> Res<DB> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    legend(area, items, 140, 0)?;
    let label_style = font(32);
    let left = 140;
    let top = 110;
    let slot = (w - left - 20) / bars.len().max(1) as i32;
    let wrapped: Vec<Vec<String>> = bars
        .iter()
        .map(|b| wrap(area, &b.label, &label_style, (slot - 16) as u32))
        .collect();
    let label_lines = wrapped.iter().map(Vec::len).max().unwrap_or(1) as i32;
    let bottom = h - 20 - label_lines * 40;
    let max = bars
        .iter()
        .map(|b| b.segments.iter().map(|s| s.0).sum::<u64>())
        .max()
        .unwrap_or(0);
    let step = nice_step(max);
    let top_value = (max.div_ceil(step).max(1)) * step;
    let y_of = |v: u64| bottom - ((v as f64 / top_value as f64) * f64::from(bottom - top - 50)) as i32;
    let mut v = 0;
    while v <= top_value {
        let y = y_of(v);
        area.draw(&PathElement::new(
            vec![(left, y), (w - 20, y)],
            GRID.stroke_width(2),
        ))?;
        area.draw(&Text::new(
            v.to_string(),
            (left - 16, y),
            font(30).pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
        v += step;
    }
    for (i, bar) in bars.iter().enumerate() {
        let x0 = left + i as i32 * slot + slot / 6;
        let x1 = left + (i as i32 + 1) * slot - slot / 6;
        let mut acc = 0;
        for (value, color) in &bar.segments {
            if *value == 0 {
                continue;
            }
            let (ya, yb) = (y_of(acc), y_of(acc + value));
            area.draw(&Rectangle::new([(x0, yb), (x1, ya)], color.filled()))?;
            area.draw(&Rectangle::new([(x0, yb), (x1, ya)], INK.stroke_width(2)))?;
            if ya - yb >= 38 {
                let ink = on(color);
                let style = bold(30).color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
                area.draw(&Text::new(
                    value.to_string(),
                    ((x0 + x1) / 2, (ya + yb) / 2),
                    style,
                ))?;
            }
            acc += value;
        }
        let total_style = bold(34).pos(Pos::new(HPos::Center, VPos::Bottom));
        area.draw(&Text::new(
            bar.note.clone(),
            ((x0 + x1) / 2, y_of(acc) - 8),
            total_style,
        ))?;
        for (k, line) in wrapped[i].iter().enumerate() {
            let style = label_style.pos(Pos::new(HPos::Center, VPos::Top));
            area.draw(&Text::new(
                line.clone(),
                ((x0 + x1) / 2, bottom + 14 + k as i32 * 40),
                style,
            ))?;
        }
    }
    area.draw(&PathElement::new(
        vec![(left, bottom), (w - 20, bottom)],
        INK.stroke_width(3),
    ))?;
    Ok(())
}

fn rows<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    bars: &[Bar],
    items: &[(String, RGBColor)],
) -> Res<DB> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let top = if items.is_empty() { 0 } else { 80 };
    if !items.is_empty() {
        legend(area, items, 20, 0)?;
    }
    let label_style = font(32);
    let label_width = bars
        .iter()
        .map(|b| text_width(area, &b.label, &label_style))
        .max()
        .unwrap_or(0)
        .min(w * 45 / 100);
    let left = label_width + 40;
    let note_width = bars
        .iter()
        .map(|b| text_width(area, &b.note, &bold(32)))
        .max()
        .unwrap_or(0)
        + 30;
    let right = w - note_width;
    let n = bars.len().max(1) as i32;
    let slot = ((h - top) / n).min(130);
    let max = bars
        .iter()
        .map(|b| b.segments.iter().map(|s| s.0).sum::<u64>())
        .max()
        .unwrap_or(0)
        .max(1);
    let x_of = |v: u64| left + ((v as f64 / max as f64) * f64::from(right - left)) as i32;
    for (i, bar) in bars.iter().enumerate() {
        let y0 = top + i as i32 * slot + slot / 6;
        let y1 = top + (i as i32 + 1) * slot - slot / 6;
        let lines = wrap(area, &bar.label, &label_style, label_width as u32);
        let line_h = 38;
        let first = (y0 + y1) / 2 - (lines.len() as i32 - 1) * line_h / 2;
        for (k, line) in lines.iter().enumerate() {
            let style = label_style.pos(Pos::new(HPos::Right, VPos::Center));
            area.draw(&Text::new(
                line.clone(),
                (left - 20, first + k as i32 * line_h),
                style,
            ))?;
        }
        let mut acc = 0;
        for (value, color) in &bar.segments {
            if *value == 0 {
                continue;
            }
            let (xa, xb) = (x_of(acc), x_of(acc + value));
            area.draw(&Rectangle::new([(xa, y0), (xb, y1)], color.filled()))?;
            area.draw(&Rectangle::new([(xa, y0), (xb, y1)], INK.stroke_width(2)))?;
            let label = value.to_string();
            // A single segment's number is already in the note at the end of the bar.
            if bar.segments.len() > 1 && xb - xa > text_width(area, &label, &bold(30)) + 16 {
                let ink = on(color);
                let style = bold(30).color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
                area.draw(&Text::new(label, ((xa + xb) / 2, (y0 + y1) / 2), style))?;
            }
            acc += value;
        }
        let style = bold(32).pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(
            bar.note.clone(),
            (x_of(acc) + 14, (y0 + y1) / 2),
            style,
        ))?;
    }
    area.draw(&PathElement::new(
        vec![(left, top), (left, top + n * slot)],
        INK.stroke_width(3),
    ))?;
    Ok(())
}

fn heatmap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    row_labels: &[String],
    col_labels: &[String],
    values: &[Vec<u64>],
) -> Res<DB> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let label_style = font(32);
    let left = row_labels
        .iter()
        .map(|l| text_width(area, l, &label_style))
        .max()
        .unwrap_or(0)
        + 40;
    let ncols = col_labels.len().max(1) as i32;
    let nrows = row_labels.len().max(1) as i32;
    let cell_w = (w - left - 20) / ncols;
    let wrapped: Vec<Vec<String>> = col_labels
        .iter()
        .map(|c| wrap(area, c, &label_style, (cell_w - 12) as u32))
        .collect();
    let head = wrapped.iter().map(Vec::len).max().unwrap_or(1) as i32 * 38 + 20;
    let cell_h = ((h - head - 10) / nrows).min(150);
    let max = values.iter().flatten().copied().max().unwrap_or(0).max(1);
    for (c, lines) in wrapped.iter().enumerate() {
        let x = left + c as i32 * cell_w + cell_w / 2;
        let first = head - 20 - lines.len() as i32 * 38;
        for (k, line) in lines.iter().enumerate() {
            let style = label_style.pos(Pos::new(HPos::Center, VPos::Top));
            area.draw(&Text::new(line.clone(), (x, first + k as i32 * 38), style))?;
        }
    }
    for (r, label) in row_labels.iter().enumerate() {
        let y0 = head + r as i32 * cell_h;
        let style = label_style.pos(Pos::new(HPos::Right, VPos::Center));
        area.draw(&Text::new(label.clone(), (left - 20, y0 + cell_h / 2), style))?;
        for c in 0..col_labels.len() {
            let v = values.get(r).and_then(|row| row.get(c)).copied().unwrap_or(0);
            let x0 = left + c as i32 * cell_w;
            // From white to vermillion, the colour of "non couvert".
            let t = v as f64 / max as f64;
            let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
            let fill = if v == 0 {
                RGBColor(0xF4, 0xF4, 0xF4)
            } else {
                RGBColor(mix(0xFD, 0xA0), mix(0xE0, 0x3A), mix(0xC8, 0x00))
            };
            area.draw(&Rectangle::new(
                [(x0, y0), (x0 + cell_w, y0 + cell_h)],
                fill.filled(),
            ))?;
            area.draw(&Rectangle::new(
                [(x0, y0), (x0 + cell_w, y0 + cell_h)],
                WHITE.stroke_width(4),
            ))?;
            let ink = if v == 0 { MUTED } else { on(&fill) };
            let style = bold(38).color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
            area.draw(&Text::new(
                v.to_string(),
                (x0 + cell_w / 2, y0 + cell_h / 2),
                style,
            ))?;
        }
    }
    Ok(())
}

fn lines<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    periods: &[String],
    series: &[(String, RGBColor, Vec<u64>)],
) -> Res<DB> {
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let label_style = bold(30);
    let right_labels = series
        .iter()
        .map(|s| text_width(area, &s.0, &label_style))
        .max()
        .unwrap_or(0)
        + 140;
    let (left, top, right, bottom) = (140, 40, w - right_labels, h - 70);
    let max = series.iter().flat_map(|s| s.2.iter().copied()).max().unwrap_or(0);
    let step = nice_step(max);
    let top_value = (max.div_ceil(step).max(1)) * step;
    let y_of = |v: u64| bottom - ((v as f64 / top_value as f64) * f64::from(bottom - top)) as i32;
    let n = periods.len().max(2) as i32;
    let x_of = |i: usize| left + 40 + (i as i32) * (right - left - 80) / (n - 1);
    let mut v = 0;
    while v <= top_value {
        let y = y_of(v);
        area.draw(&PathElement::new(
            vec![(left, y), (right, y)],
            GRID.stroke_width(2),
        ))?;
        area.draw(&Text::new(
            v.to_string(),
            (left - 16, y),
            font(30).pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
        v += step;
    }
    area.draw(&PathElement::new(
        vec![(left, bottom), (right, bottom)],
        INK.stroke_width(3),
    ))?;
    for (i, p) in periods.iter().enumerate() {
        area.draw(&Text::new(
            p.clone(),
            (x_of(i), bottom + 22),
            bold(32).pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }
    // End labels, pushed apart (upwards, from the axis) so that equal values stay readable
    // and none sits on the period labels.
    let mut ends: Vec<(i32, usize)> = series
        .iter()
        .enumerate()
        .map(|(k, s)| (y_of(s.2.last().copied().unwrap_or(0)), k))
        .collect();
    ends.sort_by(|a, b| b.cmp(a));
    let mut floor = bottom - 18;
    for e in ends.iter_mut() {
        e.0 = e.0.min(floor);
        floor = e.0 - 38;
    }
    for (k, (name, color, values)) in series.iter().enumerate() {
        let points: Vec<(i32, i32)> = values
            .iter()
            .enumerate()
            .map(|(i, v)| (x_of(i), y_of(*v)))
            .collect();
        area.draw(&PathElement::new(points.clone(), color.stroke_width(6)))?;
        for (i, p) in points.iter().enumerate() {
            area.draw(&Circle::new(*p, 11, color.filled()))?;
            area.draw(&Circle::new(*p, 11, WHITE.stroke_width(3)))?;
            let last = i + 1 == points.len();
            if !last {
                continue;
            }
            let y = ends.iter().find(|e| e.1 == k).map_or(p.1, |e| e.0);
            area.draw(&PathElement::new(
                vec![(p.0 + 14, p.1), (p.0 + 40, y)],
                color.stroke_width(2),
            ))?;
            let label = format!("{} ({})", name, values[i]);
            area.draw(&Text::new(
                label,
                (p.0 + 48, y),
                label_style.color(color).pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
    }
    Ok(())
}

/// Draws a chart on any backend: title and subtitle on top, footer at the bottom.
pub fn draw<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, chart: &Chart) -> Res<DB> {
    root.fill(&WHITE)?;
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    root.draw(&Text::new(chart.title.clone(), (60, 40), bold(60)))?;
    root.draw(&Text::new(
        chart.subtitle.clone(),
        (60, 125),
        font(36).color(&MUTED),
    ))?;
    root.draw(&Text::new(
        chart.footer.clone(),
        (60, h - 60),
        font(30).color(&MUTED),
    ))?;
    let body = root.margin(200, 100, 60, 60);
    let _ = w;
    match &chart.body {
        Body::Columns { bars, legend } => columns(&body, bars, legend),
        Body::Rows { bars, legend } => rows(&body, bars, legend),
        Body::Heatmap { rows, cols, values } => heatmap(&body, rows, cols, values),
        Body::Lines { periods, series } => lines(&body, periods, series),
    }
}

/// The chart as PNG bytes.
pub fn png(chart: &Chart) -> anyhow::Result<Vec<u8>> {
    fonts();
    // Each thread keeps its canvas (10.8 MB) from one chart to the next: a fresh one per
    // chart had the system hand over and zero new memory pages five to seven times a run.
    thread_local! {
        static CANVAS: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    CANVAS.with_borrow_mut(|buf| {
        buf.clear();
        buf.resize((WIDTH * HEIGHT * 3) as usize, 0);
        encode_png(chart, buf)
    })
}

/// Draws `chart` on `buf` (a blank canvas) and encodes it.
fn encode_png(chart: &Chart, buf: &mut [u8]) -> anyhow::Result<Vec<u8>> {
    {
        let root = BitMapBackend::with_buffer(buf, (WIDTH, HEIGHT)).into_drawing_area();
        draw(&root, chart).map_err(|e| anyhow::anyhow!("graphique {} : {e}", chart.name))?;
        root.present()
            .map_err(|e| anyhow::anyhow!("graphique {} : {e}", chart.name))?;
    }
    let mut out = Vec::with_capacity(512 << 10);
    {
        let mut enc = png::Encoder::new(&mut out, WIDTH, HEIGHT);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        // fdeflate, made for PNG: the encoding was two thirds of a chart's time at the
        // default level, and charts are a fixed cost of every run. Measured on one thread,
        // five charts take 97 ms instead of 148; files are 150 to 350 KB instead of 90 to 150.
        enc.set_compression(png::Compression::Fast);
        let mut writer = enc.write_header()?;
        writer.write_image_data(buf)?;
    }
    Ok(out)
}

/// The chart as SVG text.
pub fn svg(chart: &Chart) -> anyhow::Result<String> {
    fonts();
    let mut s = String::new();
    {
        let root = SVGBackend::with_string(&mut s, (WIDTH, HEIGHT)).into_drawing_area();
        draw(&root, chart).map_err(|e| anyhow::anyhow!("graphique {} : {e}", chart.name))?;
        root.present()
            .map_err(|e| anyhow::anyhow!("graphique {} : {e}", chart.name))?;
    }
    Ok(s)
}

/// The footer every chart carries: the source of the numbers.
pub fn footer(a: &Analysis) -> String {
    t_args(
        a.lang,
        "graph-source",
        &[
            ("partenaires", text(a.partners.len().to_string())),
            ("besoins", text(a.need_rows.to_string())),
            ("periode", text(a.period.to_string())),
        ],
    )
}

fn status_legend(lang: Lang, which: &[Status]) -> Vec<(String, RGBColor)> {
    which
        .iter()
        .map(|s| (status_label(*s, lang).to_string(), status_color(*s)))
        .collect()
}

/// Gaps in the order of urgency: priority, then people not covered.
pub fn urgent(cells: &[Cell]) -> Vec<&Cell> {
    let mut gaps: Vec<&Cell> = cells.iter().filter(|c| c.statut.is_gap()).collect();
    gaps.sort_by(|x, y| {
        y.priorite_max
            .cmp(&x.priorite_max)
            .then(
                y.personnes_non_couvertes
                    .unwrap_or(0)
                    .cmp(&x.personnes_non_couvertes.unwrap_or(0)),
            )
            .then((x.domaine, x.besoin, x.public, x.territoire).cmp(&(
                y.domaine,
                y.besoin,
                y.public,
                y.territoire,
            )))
    });
    gaps
}

/// The five charts of a period.
pub fn charts(a: &Analysis) -> Vec<Chart> {
    let footer = footer(a);
    vec![
        needs_by_domain(a, footer.clone()),
        people_by_domain(a, footer.clone()),
        domain_public_map(a, footer.clone()),
        coverage_by_group(a, footer.clone()),
        most_urgent(a, footer),
    ]
}

/// Statuses in the order bars stack them.
const ORDER: [Status; 3] = [Status::NonCouvert, Status::Partiel, Status::Couvert];

/// A chart's title with the period: "Besoins non couverts par domaine, 2026-T3".
fn titled(a: &Analysis, id: &str) -> String {
    t_args(a.lang, id, &[("periode", text(a.period.to_string()))])
}

/// Statuses counted, in [`ORDER`].
fn by_status(statuses: impl Iterator<Item = Status>) -> [u64; 3] {
    let mut counts = [0u64; 3];
    for status in statuses {
        counts[ORDER.iter().position(|s| *s == status).unwrap_or(0)] += 1;
    }
    counts
}

/// Bar segments for counts in [`ORDER`].
fn status_segments(counts: [u64; 3]) -> Vec<(u64, RGBColor)> {
    ORDER
        .iter()
        .zip(counts)
        .map(|(s, n)| (n, status_color(*s)))
        .collect()
}

/// "besoins-par-domaine": need cells per domain, by status.
fn needs_by_domain(a: &Analysis, footer: String) -> Chart {
    let lang = a.lang;
    let bars: Vec<Bar> = a
        .taxonomy
        .list(Kind::Domaine)
        .iter()
        .enumerate()
        .map(|(d, e)| {
            let counts = by_status(a.cells.iter().filter(|c| c.domaine == d).map(|c| c.statut));
            let gaps = counts[0] + counts[1];
            Bar {
                label: e.label(lang).to_string(),
                segments: status_segments(counts),
                note: match counts.iter().sum::<u64>() {
                    0 => String::new(),
                    total => t_args(
                        lang,
                        "graph-domaines-note",
                        &[
                            ("manques", text(gaps.to_string())),
                            ("total", text(total.to_string())),
                        ],
                    ),
                },
            }
        })
        .collect();
    Chart {
        name: "besoins-par-domaine",
        title: titled(a, "graph-domaines-titre"),
        subtitle: t(lang, "graph-domaines-sous-titre"),
        footer,
        body: Body::Columns {
            bars,
            legend: status_legend(lang, &ORDER),
        },
    }
}

/// "personnes-non-couvertes": people not covered per domain, not covered or partly.
fn people_by_domain(a: &Analysis, footer: String) -> Chart {
    let lang = a.lang;
    let bars: Vec<Bar> = a
        .taxonomy
        .list(Kind::Domaine)
        .iter()
        .enumerate()
        .map(|(d, e)| {
            let sum = |s: Status| {
                a.cells
                    .iter()
                    .filter(|c| c.domaine == d && c.statut == s)
                    .filter_map(|c| c.personnes_non_couvertes)
                    .sum::<u64>()
            };
            let (n, p) = (sum(Status::NonCouvert), sum(Status::Partiel));
            Bar {
                label: e.label(lang).to_string(),
                segments: vec![
                    (n, status_color(Status::NonCouvert)),
                    (p, status_color(Status::Partiel)),
                ],
                // A domain with needs shows its total, even 0; one without shows nothing.
                note: if a.cells.iter().any(|c| c.domaine == d) {
                    (n + p).to_string()
                } else {
                    String::new()
                },
            }
        })
        .collect();
    Chart {
        name: "personnes-non-couvertes",
        title: titled(a, "graph-personnes-titre"),
        subtitle: t(lang, "graph-personnes-sous-titre"),
        footer,
        body: Body::Columns {
            bars,
            legend: status_legend(lang, &[Status::NonCouvert, Status::Partiel]),
        },
    }
}

/// "carte-domaine-public": cells not covered, domain by public.
fn domain_public_map(a: &Analysis, footer: String) -> Chart {
    let (tax, lang) = (&a.taxonomy, a.lang);
    let domains = tax.list(Kind::Domaine);
    let publics = tax.list(Kind::Public);
    let mut values = vec![vec![0u64; publics.len()]; domains.len()];
    for c in a.cells.iter().filter(|c| c.statut.is_gap()) {
        values[c.domaine][c.public] += 1;
    }
    Chart {
        name: "carte-domaine-public",
        title: titled(a, "graph-carte-titre"),
        subtitle: t(lang, "graph-carte-sous-titre"),
        footer,
        body: Body::Heatmap {
            rows: domains.iter().map(|e| e.label(lang).to_string()).collect(),
            cols: publics.iter().map(|e| e.label(lang).to_string()).collect(),
            values,
        },
    }
}

/// "couverture-par-groupe": the cells each working group's need rows name, by status.
fn coverage_by_group(a: &Analysis, footer: String) -> Chart {
    let lang = a.lang;
    let groups = a.taxonomy.list(Kind::Groupe);
    let ng = groups.len();
    let mut per_group: Vec<std::collections::BTreeSet<(usize, usize, usize)>> =
        vec![Default::default(); ng + 1];
    for (g, b, p, t) in &a.group_cells {
        per_group[g.unwrap_or(ng)].insert((*b, *p, *t));
    }
    let status_of: std::collections::HashMap<(usize, usize, usize), Status> = a
        .cells
        .iter()
        .map(|c| ((c.besoin, c.public, c.territoire), c.statut))
        .collect();
    let bars: Vec<Bar> = (0..=ng)
        .map(|g| {
            let label = if g < ng {
                groups[g].label(lang).to_string()
            } else {
                t(lang, "graph-sans-groupe")
            };
            let counts = by_status(
                per_group[g]
                    .iter()
                    .filter_map(|cell| status_of.get(cell).copied()),
            );
            group_bar(lang, label, counts)
        })
        // "No group" only when some need was given without a group.
        .filter(|b| b.segments.iter().any(|s| s.0 > 0) || b.label != t(lang, "graph-sans-groupe"))
        .collect();
    Chart {
        name: "couverture-par-groupe",
        title: titled(a, "graph-groupes-titre"),
        subtitle: t(lang, "graph-groupes-sous-titre"),
        footer,
        body: Body::Rows {
            bars,
            legend: status_legend(lang, &ORDER),
        },
    }
}

/// A working group's bar: its cells by status, and the share covered.
fn group_bar(lang: Lang, label: String, counts: [u64; 3]) -> Bar {
    let total: u64 = counts.iter().sum();
    // No note for a group without cells (nothing to divide by).
    let note = (counts[2] * 100)
        .checked_div(total)
        .map_or_else(String::new, |pct| {
            t_args(
                lang,
                "graph-groupes-note",
                &[
                    ("pourcent", text(pct.to_string())),
                    ("total", text(total.to_string())),
                ],
            )
        });
    Bar {
        label,
        segments: status_segments(counts),
        note,
    }
}

/// "manques-urgents": the ten most urgent cells not covered.
fn most_urgent(a: &Analysis, footer: String) -> Chart {
    let (tax, lang) = (&a.taxonomy, a.lang);
    let bars: Vec<Bar> = urgent(&a.cells)
        .into_iter()
        .take(10)
        .map(|c| {
            let label = format!(
                "{} · {} · {}",
                tax.entry(Kind::Besoin, c.besoin).label(lang),
                tax.entry(Kind::Public, c.public).label(lang),
                tax.entry(Kind::Territoire, c.territoire).label(lang)
            );
            let people = c.personnes_non_couvertes.unwrap_or(0);
            let who = match c.personnes_non_couvertes {
                Some(n) => t_args(lang, "graph-urgents-personnes", &[("n", text(n.to_string()))]),
                None => t(lang, "graph-urgents-inconnu"),
            };
            Bar {
                label,
                segments: vec![(people, status_color(c.statut))],
                note: t_args(
                    lang,
                    "graph-urgents-note",
                    &[("qui", text(who)), ("priorite", text(c.priorite_max.to_string()))],
                ),
            }
        })
        .collect();
    Chart {
        name: "manques-urgents",
        title: titled(a, "graph-urgents-titre"),
        subtitle: t(lang, "graph-urgents-sous-titre"),
        footer,
        body: Body::Rows {
            bars,
            legend: status_legend(lang, &[Status::NonCouvert, Status::Partiel]),
        },
    }
}

/// Renders charts, in parallel, as (file name, bytes), PNG and SVG.
pub fn render(list: &[Chart]) -> anyhow::Result<Vec<super::OutputFile>> {
    let rendered: Vec<anyhow::Result<Vec<super::OutputFile>>> = list
        .par_iter()
        .map(|c| {
            Ok(vec![
                (format!("{}.png", c.name), png(c)?),
                (format!("{}.svg", c.name), svg(c)?.into_bytes()),
            ])
        })
        .collect();
    let mut out = Vec::new();
    for r in rendered {
        out.extend(r?);
    }
    Ok(out)
}

/// The trend charts, once two periods or more are known: gaps and people not covered per
/// domain, quarter after quarter.
pub fn trend_charts(
    a: &Analysis,
    series: &[(crate::period::Period, Vec<crate::history::PastCell>)],
) -> Vec<Chart> {
    if series.len() < 2 {
        return Vec::new();
    }
    let tax = &a.taxonomy;
    let lang = a.lang;
    let periods: Vec<String> = series.iter().map(|(p, _)| p.to_string()).collect();
    let span = format!("{} – {}", periods[0], periods[periods.len() - 1]);
    let per_domain = |value: &dyn Fn(&crate::history::PastCell) -> u64| -> Vec<(String, RGBColor, Vec<u64>)> {
        tax.list(Kind::Domaine)
            .iter()
            .enumerate()
            .map(|(d, e)| {
                let values: Vec<u64> = series
                    .iter()
                    .map(|(_, cells)| cells.iter().filter(|c| c.domaine == e.code).map(value).sum())
                    .collect();
                (e.label(lang).to_string(), SERIES[d % SERIES.len()], values)
            })
            .filter(|(_, _, v)| v.iter().any(|n| *n > 0))
            .collect()
    };
    let footer = footer(a);
    vec![
        Chart {
            name: "evolution-manques",
            title: t_args(
                lang,
                "graph-evolution-manques-titre",
                &[("periodes", text(span.clone()))],
            ),
            subtitle: t(lang, "graph-evolution-manques-sous-titre"),
            footer: footer.clone(),
            body: Body::Lines {
                periods: periods.clone(),
                series: per_domain(&|c| u64::from(c.statut.is_gap())),
            },
        },
        Chart {
            name: "evolution-personnes",
            title: t_args(
                lang,
                "graph-evolution-personnes-titre",
                &[("periodes", text(span.clone()))],
            ),
            subtitle: t(lang, "graph-evolution-personnes-sous-titre"),
            footer,
            body: Body::Lines {
                periods,
                series: per_domain(&|c| c.personnes_non_couvertes.unwrap_or(0)),
            },
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dark pixels of a text drawn in a small bitmap.
    fn ink(style: TextStyle) -> usize {
        fonts();
        let mut buf = vec![255u8; 400 * 100 * 3];
        {
            let root = BitMapBackend::with_buffer(&mut buf, (400, 100)).into_drawing_area();
            root.draw(&Text::new("Santé mentale", (5, 20), style)).unwrap();
            root.present().unwrap();
        }
        buf.chunks(3).filter(|p| p[0] < 128).count()
    }

    #[test]
    fn the_embedded_font_draws_text_and_bold_is_bolder() {
        fonts();
        let regular = ink(font(40));
        let heavy = ink(bold(40));
        assert!(regular > 500, "{regular}");
        assert!(heavy > regular * 11 / 10, "bold {heavy} vs regular {regular}");
    }

    #[test]
    fn axis_steps_are_round() {
        assert_eq!(nice_step(0), 1);
        assert_eq!(nice_step(61), 20);
        assert_eq!(nice_step(662), 200);
        assert_eq!(nice_step(7), 2);
    }
}
