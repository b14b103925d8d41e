//! Every output of a period rendered into its staging folder: the tables as CSV, XLSX and
//! Parquet, the charts, the report, the evaluation document (with the charts' PNGs), the
//! services guide (with its HSDS export), the partner sheets, the folder's
//! `datapackage.json`, and on request the HXL row and the validated rows as Parquet, side by
//! side on the cores. Each renderer serialises to bytes; the
//! staging folder writes them.

use crate::history::Past;
use crate::pipeline::Analysis;
use crate::render::{guide, Table};

/// Renders every output file of a period into `staging` as soon as it is ready, from
/// whichever thread rendered it: the files are never all held in memory at once. What they
/// hold does not depend on the order they come in.
pub fn render_all(
    a: &Analysis,
    past: &Past,
    min_cell: u64,
    date: (u16, u8, u8),
    formats: crate::config::Formats,
    staging: &crate::output::Staging,
) -> anyhow::Result<()> {
    let put = |rel: &str, bytes: Vec<u8>| staging.put(rel, &bytes);
    // The formats are independent and rendered side by side. The guide and the charts need
    // no table: they start at once, the biggest first, while this thread builds the tables,
    // so that no long part is left running alone at the end. Parquet runs on a thread of
    // its own, not as a rayon task: polars runs it on its own pool, and a rayon task
    // waiting on that pool would take up other tasks meanwhile and finish only after them.
    type Part = anyhow::Result<()>;
    let guide = || -> Part {
        let _t = crate::timing::stage("guide");
        for (name, bytes) in guide::files(a, date)?
            .into_iter()
            .chain(crate::render::hsds::files(a)?)
        {
            put(&name, bytes)?;
        }
        staging.stream("guide.csv", &mut |w| {
            crate::render::guide::write_csv(a, formats.hxl, w)
        })
    };
    let charts_report = || -> Part {
        let _t = crate::timing::stage("graphiques et rapport"); // not words: a stage name for CADASTRE_TEMPS, a developer's timing
        let mut charts = crate::render::charts::charts(a);
        charts.extend(crate::render::charts::trend_charts(a, &past.series));
        let mut svgs = Vec::new();
        let mut pngs = Vec::new();
        for (name, bytes) in crate::render::charts::render(&charts)? {
            if let Some(stem) = name.strip_suffix(".svg") {
                svgs.push((stem.to_string(), String::from_utf8_lossy(&bytes).into_owned()));
            }
            if name.ends_with(".png") {
                pngs.push((name.clone(), bytes.clone()));
            }
            put(&format!("graphiques/{name}"), bytes)?;
        }
        let _t = crate::timing::stage("evaluation"); // not words: a stage name for CADASTRE_TEMPS, a developer's timing
        let inputs = crate::render::evaluation::Inputs {
            past,
            pngs: &pngs,
            min_cell,
            date,
        };
        put(
            "evaluation.docx",
            crate::render::evaluation::to_bytes(a, &inputs)?,
        )?;
        drop(pngs);
        let _t = crate::timing::stage("rapport");
        put(
            "rapport.html",
            crate::render::report::html(a, past, &svgs, min_cell, date).into_bytes(),
        )
    };
    let sheets = || -> Part {
        let _t = crate::timing::stage("fiches partenaires"); // not words: a stage name for CADASTRE_TEMPS, a developer's timing
        crate::render::sheets::render(a, past, min_cell, date, &put)
    };
    let csv = |tables: &[Table]| -> Part {
        let _t = crate::timing::stage("csv");
        for t in tables {
            let tags = crate::render::hxl::row(t.name, formats.hxl);
            staging.stream(&format!("{}.csv", t.name), &mut |w| {
                crate::render::csv::write_tagged(t, min_cell, tags.as_deref(), w)
            })?;
        }
        put(
            "datapackage.json",
            crate::render::datapackage::to_bytes(a, tables, min_cell)?,
        )
    };
    let workbook = |tables: &[Table]| -> Part {
        let _t = crate::timing::stage("classeur xlsx"); // not words: a stage name for CADASTRE_TEMPS, a developer's timing
        let book = crate::render::book::Book::cadastre(a, tables);
        put(
            "cadastre.xlsx",
            crate::render::xlsx::to_bytes(&book, min_cell, date)?,
        )
    };
    let parquet = |tables: &[Table]| -> Part {
        let _t = crate::timing::stage("parquet");
        for t in tables {
            put(
                &format!("{}.parquet", t.name),
                crate::render::parquet::to_bytes(t, min_cell)?,
            )?;
        }
        if formats.parquet_rows {
            for (name, bytes) in crate::render::rows::files(a)? {
                put(&name, bytes)?;
            }
        }
        Ok(())
    };
    // A part that panics only serialised data: its panic goes on here.
    fn joined<T>(h: std::thread::ScopedJoinHandle<'_, T>) -> T {
        h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
    }
    // Set inside the scope, borrowed by its threads: it must outlive them.
    let tables: std::sync::OnceLock<Vec<Table>> = std::sync::OnceLock::new();
    let results: [Part; 5] = std::thread::scope(|scope| {
        let pictures = scope.spawn(|| rayon::join(|| rayon::join(guide, sheets), charts_report));
        let tables = tables.get_or_init(|| crate::render::all_tables(a)).as_slice();
        let columns = scope.spawn(move || parquet(tables));
        let (workbook, csv) = rayon::join(|| workbook(tables), || csv(tables));
        let ((guide, sheets), charts) = joined(pictures);
        [guide.and(sheets), charts, workbook, csv, joined(columns)]
    });
    for r in results {
        r?;
    }
    if let Some(table) = crate::render::volunteers::manques(a) {
        put(
            "benevoles_manques.csv",
            crate::render::csv::to_bytes(&table, min_cell),
        )?;
    }
    if min_cell > 0 {
        let note = format!("{}\n", crate::render::min_cell_note(a.lang, min_cell));
        put("LISEZMOI-min-cell.txt", note.into_bytes())?;
    }
    Ok(())
}
