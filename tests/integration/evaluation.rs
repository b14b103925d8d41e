//! `evaluation.docx` read back with a reader of its own (the zip, and the document's XML
//! walked with quick-xml): the six working groups in taxonomy order under Heading 1, the
//! four headings under each, each group's gaps table as long as `gap_groupe_domaine.csv`
//! counts, the pictures and their relationships, the trend only with a past, the same
//! bytes whatever the thread count, and the headings in each language.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use quick_xml::events::Event;

use crate::testenv::{csv_rows, Env};

/// What the body shows, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    Heading(u8, String),
    Para(String),
    /// A table's rows of cells, header included.
    Table(Vec<Vec<String>>),
    Picture(String),
}

fn part(path: &Path, name: &str) -> Vec<u8> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut entry = zip.by_name(name).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut bytes = Vec::new();
    entry.read_to_end(&mut bytes).unwrap();
    bytes
}

fn names(path: &Path) -> Vec<String> {
    let zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    zip.file_names().map(|n| n.unwrap().into_owned()).collect()
}

fn attr(e: &quick_xml::events::BytesStart, name: &str) -> String {
    e.try_get_attribute(name)
        .unwrap()
        .map(|a| a.value.into_owned())
        .unwrap_or_default()
}

/// The body of `word/document.xml` as headings, paragraphs, tables and pictures.
fn items(path: &Path) -> Vec<Item> {
    let xml = String::from_utf8(part(path, "word/document.xml")).unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut out, mut style, mut text) = (Vec::new(), String::new(), String::new());
    let mut table: Option<Vec<Vec<String>>> = None;
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "w:p" | "w:tc" => {
                    style.clear();
                    text.clear();
                }
                "w:pStyle" => style = attr(&e, "w:val"),
                "w:tbl" => table = Some(Vec::new()),
                "w:tr" => table.get_or_insert_with(Vec::new).push(Vec::new()),
                "a:blip" => out.push(Item::Picture(attr(&e, "r:embed"))),
                _ => {}
            },
            Event::Text(t) => text.push_str(&t),
            Event::GeneralRef(r) => text.push_str(match &*r {
                "amp" => "&",
                "lt" => "<",
                "gt" => ">",
                "quot" => "\"",
                _ => "'",
            }),
            Event::End(e) => match (e.name().as_ref(), table.as_mut()) {
                ("w:tc", Some(rows)) => {
                    if let Some(row) = rows.last_mut() {
                        row.push(text.clone());
                    }
                }
                ("w:tbl", Some(_)) => out.extend(table.take().map(Item::Table)),
                ("w:p", None) => out.push(match style.as_str() {
                    "Heading1" => Item::Heading(1, text.clone()),
                    "Heading2" => Item::Heading(2, text.clone()),
                    _ => Item::Para(text.clone()),
                }),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn headings(items: &[Item], level: u8) -> Vec<String> {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Heading(l, t) if *l == level => Some(t.clone()),
            _ => None,
        })
        .collect()
}

fn sample(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("datasets/waremme")
        .join(rel)
        .display()
        .to_string()
}

/// Analyses `input` into `out` with extra arguments; the period's evaluation.docx.
fn analyse(env: &Env, input: &str, out: &str, extra: &[&str]) -> PathBuf {
    let mut args = vec!["analyse", input, "--sortie", out];
    args.extend_from_slice(extra);
    crate::testenv::Run(env.cmd().args(&args).output().unwrap()).expect(0);
    env.path(&format!("{out}/2026-T3/evaluation.docx"))
}

const GROUPS_FR: [&str; 6] = [
    "Maillage social",
    "Vivre ensemble",
    "Prévention jeunesse",
    "Autour des familles",
    "Solitude et exclusion",
    "Insertion socioprofessionnelle",
];
const FOUR_FR: [&str; 4] = [
    "Objectifs",
    "Difficultés rencontrées",
    "Résultats enregistrés",
    "Propositions d'action",
];

/// The items between a group's heading and the next Heading 1.
fn section<'a>(items: &'a [Item], title: &str) -> &'a [Item] {
    let start = items
        .iter()
        .position(|i| *i == Item::Heading(1, title.to_string()))
        .unwrap_or_else(|| panic!("no heading {title}"));
    let end = items[start + 1..]
        .iter()
        .position(|i| matches!(i, Item::Heading(1, _)))
        .map_or(items.len(), |e| start + 1 + e);
    &items[start + 1..end]
}

#[test]
fn one_quarter_gives_the_groups_their_gaps_and_no_trend() {
    let env = Env::new();
    let docx = analyse(&env, &sample("2026-T3"), "un", &[]);
    let items = items(&docx);
    let h1 = headings(&items, 1);
    let groups: Vec<&str> = h1
        .iter()
        .map(String::as_str)
        .filter(|h| GROUPS_FR.contains(h))
        .collect();
    assert_eq!(groups, GROUPS_FR, "{h1:?}");
    assert_eq!(h1.last().map(String::as_str), Some("Conclusions générales"));
    assert!(!h1.iter().any(|h| h.starts_with("Évolution")), "{h1:?}");
    // Each group's gaps table has one row per cell gap_groupe_domaine.csv counts.
    let counts = csv_rows(&std::fs::read_to_string(env.path("un/2026-T3/gap_groupe_domaine.csv")).unwrap());
    let mut total_rows = 0;
    for (i, group) in GROUPS_FR.iter().enumerate() {
        let row = &counts[i + 1];
        let expected: usize = row[1..].iter().map(|n| n.parse::<usize>().unwrap()).sum();
        let body = section(&items, group);
        let sub: Vec<String> = headings(body, 2);
        assert_eq!(sub, FOUR_FR, "{group}");
        // The gaps table is the first table after the caption naming it.
        let caption = body
            .iter()
            .position(|i| *i == Item::Para("Manques à combler du groupe".into()));
        let rows = match caption {
            Some(c) => match &body[c + 1] {
                Item::Table(rows) => rows.len() - 1,
                other => panic!("{group}: {other:?}"),
            },
            None => 0,
        };
        assert_eq!(rows, expected, "{group}");
        total_rows += rows;
    }
    assert!(
        total_rows > 20,
        "the sample has gaps in every group: {total_rows}"
    );
    // Five charts, each a PNG in word/media with its relationship.
    let pictures: Vec<&Item> = items.iter().filter(|i| matches!(i, Item::Picture(_))).collect();
    assert_eq!(pictures.len(), 5);
    let files = names(&docx);
    let rels = String::from_utf8(part(&docx, "word/_rels/document.xml.rels")).unwrap();
    for i in 1..=5 {
        let media = format!("word/media/image{i}.png");
        assert!(files.contains(&media), "{files:?}");
        assert_eq!(&part(&docx, &media)[1..4], b"PNG");
        assert!(
            rels.contains(&format!(r#"Id="rIdImage{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image{i}.png""#)),
            "{rels}"
        );
    }
    // The same bytes as the chart files.
    assert_eq!(
        part(&docx, "word/media/image1.png"),
        std::fs::read(env.path("un/2026-T3/graphiques/besoins-par-domaine.png")).unwrap()
    );
    // The styles are Word's own.
    let styles = String::from_utf8(part(&docx, "word/styles.xml")).unwrap();
    assert!(styles.contains(r#"w:styleId="Heading1"><w:name w:val="heading 1"/>"#));
    assert!(styles.contains(r#"<w:outlineLvl w:val="1"/>"#));
    let body = String::from_utf8(part(&docx, "word/document.xml")).unwrap();
    assert!(body.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#));
    assert!(body.contains("<w:tblHeader/>") && body.contains("<w:cantSplit/>"));
    assert!(String::from_utf8(part(&docx, "word/footer1.xml"))
        .unwrap()
        .contains(r#"w:instr=" PAGE ""#));
}

#[test]
fn four_quarters_give_the_trend_with_its_charts() {
    let env = Env::new();
    let docx = analyse(&env, &sample(""), "tous", &[]);
    let items = items(&docx);
    let h1 = headings(&items, 1);
    let trend = section(&items, "Évolution depuis le trimestre précédent");
    assert!(
        trend
            .iter()
            .any(|i| matches!(i, Item::Para(t) if t.starts_with("Évolution 2026-T2 → 2026-T3 : "))),
        "{trend:?}"
    );
    // The two trend charts come after the five of the period.
    assert_eq!(trend.iter().filter(|i| matches!(i, Item::Picture(_))).count(), 2);
    assert_eq!(items.iter().filter(|i| matches!(i, Item::Picture(_))).count(), 7);
    assert_eq!(
        names(&docx)
            .iter()
            .filter(|n| n.starts_with("word/media/"))
            .count(),
        7
    );
    let groups: Vec<&String> = h1.iter().filter(|h| GROUPS_FR.contains(&h.as_str())).collect();
    assert_eq!(groups, GROUPS_FR);
}

#[test]
fn the_same_bytes_whatever_the_thread_count_and_run() {
    let env = Env::new();
    let s = sample("2026-T3");
    let run = |out: &str, threads: &str| {
        env.cmd()
            .args(["analyse", &s, "--sortie", out])
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        std::fs::read(env.path(&format!("{out}/2026-T3/evaluation.docx"))).unwrap()
    };
    let one = run("un", "1");
    assert!(
        one == run("quatre", "4"),
        "evaluation.docx differs between 1 and 4 threads"
    );
    assert!(
        one == run("encore", "4"),
        "evaluation.docx differs between two runs"
    );
    // The date of the document is the period's unless SOURCE_DATE_EPOCH gives one.
    let core = String::from_utf8(part(&env.path("un/2026-T3/evaluation.docx"), "docProps/core.xml")).unwrap();
    assert!(core.contains(">2026-07-01T00:00:00Z<"), "{core}");
}

#[test]
fn the_headings_in_dutch_and_in_english_and_min_cell_hides_small_counts() {
    let env = Env::new();
    let s = sample("2026-T3");
    let nl = items(&analyse(&env, &s, "nl", &["--langue", "nl"]));
    let h1 = headings(&nl, 1);
    assert!(h1.contains(&"Jeugdpreventie".to_string()), "{h1:?}");
    assert_eq!(h1.last().map(String::as_str), Some("Algemene conclusies"));
    assert_eq!(
        headings(section(&nl, "Sociaal netwerk"), 2),
        [
            "Doelstellingen",
            "Ondervonden moeilijkheden",
            "Geboekte resultaten",
            "Actievoorstellen"
        ]
    );
    let en = items(&analyse(
        &env,
        &s,
        "en",
        &["--langue", "en", "--min-cell", "1000000"],
    ));
    assert_eq!(
        headings(section(&en, "Youth prevention"), 2),
        [
            "Objectives",
            "Difficulties encountered",
            "Results recorded",
            "Proposals for action"
        ]
    );
    // Under --min-cell, every count of people is shown as "<N": the key figure, and the
    // people without an answer of each gap.
    let figures = section(&en, "Key figures");
    let Some(Item::Table(rows)) = figures.first() else {
        panic!("{figures:?}")
    };
    assert_eq!(rows[0], ["Indicator", "Number"]);
    let people = rows
        .iter()
        .find(|r| r[0] == "People without an answer (estimated)");
    assert_eq!(people.map(|r| r[1].as_str()), Some("<1000000"), "{rows:?}");
    let urgent = section(&en, "The most urgent gaps");
    let Some(Item::Table(gaps)) = urgent.iter().find(|i| matches!(i, Item::Table(_))) else {
        panic!("{urgent:?}")
    };
    assert_eq!(gaps[0][5], "People not covered");
    assert!(
        gaps[1..]
            .iter()
            .all(|r| r[5] == "<1000000" || r[5] == "–" || r[5] == "0"),
        "{gaps:?}"
    );
    assert!(gaps[1..].iter().any(|r| r[5] == "<1000000"), "{gaps:?}");
}
