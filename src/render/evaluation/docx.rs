//! A small Office Open XML (WordprocessingML) writer: the few blocks the evaluation is made
//! of (headings in Word's own Heading styles, paragraphs, pictures, tables) written as the
//! parts of a `.docx` package, zipped with fixed timestamps so that the same document gives
//! the same bytes.
//!
//! Written here rather than with docx-rs: docx-rs numbers pictures, bookmarks and other
//! ids from process-wide counters (two documents made by one process, the portal, differ),
//! and brings a second zip and the image crate. The parts below are the minimum Word and
//! LibreOffice need, with A4 pages, page numbers in the footer, header rows repeated and
//! rows kept whole across pages.

use std::fmt::Write as _;
use std::io::Write as _;

/// A4 in twentieths of a point, and its margins (2.5 cm).
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;
const MARGIN: u32 = 1417;
/// The width text takes, in twips: pictures and tables are sized to it.
pub const TEXT_W: u32 = PAGE_W - 2 * MARGIN;
/// English Metric Units per twip.
const EMU_PER_TWIP: u64 = 635;

/// One block of the body, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The cover's title and subtitle.
    Title(String),
    Subtitle(String),
    /// A heading, level 1 or 2, in Word's "heading 1"/"heading 2" styles.
    Heading(u8, String),
    /// A paragraph of body text (empty: a line left to write in).
    Para(String),
    /// A paragraph in a smaller style: a picture's or a table's caption, a source line.
    Caption(String),
    Source(String),
    /// A picture, by its index in [`Document::media`], with its description.
    Picture(usize, String),
    /// A table: its header row (repeated on each page), its rows, each column's share of
    /// the width (any units, summed).
    Table(Table),
    PageBreak,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub widths: Vec<u32>,
}

/// A whole document: metadata, body and the PNG pictures it shows.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// BCP 47 tag of the text's language: `fr-BE`.
    pub lang: String,
    pub title: String,
    /// The text before the page number in the footer.
    pub footer: String,
    /// (year, month, day) of the document, for its properties and the zip entries.
    pub date: (u16, u8, u8),
    pub blocks: Vec<Block>,
    pub media: Vec<Vec<u8>>,
}

/// Text made safe for XML: escaped, and characters XML 1.0 forbids dropped.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A run of text.
fn run(text: &str, bold: bool) -> String {
    let b = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    format!(r#"<w:r>{b}<w:t xml:space="preserve">{}</w:t></w:r>"#, esc(text))
}

fn para(style: &str, text: &str) -> String {
    let runs = if text.is_empty() {
        String::new()
    } else {
        run(text, false)
    };
    format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{runs}</w:p>"#)
}

/// A PNG's size in pixels, from its header.
fn png_size(png: &[u8]) -> (u64, u64) {
    let be = |r: std::ops::Range<usize>| {
        png.get(r)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(1, |b| u64::from(u32::from_be_bytes(b)).max(1))
    };
    (be(16..20), be(20..24))
}

/// An inline picture as wide as the text, its height in proportion.
fn picture(doc: &Document, index: usize, descr: &str) -> String {
    let (w, h) = doc.media.get(index).map_or((4, 3), |p| png_size(p));
    let cx = u64::from(TEXT_W) * EMU_PER_TWIP;
    let cy = cx * h / w;
    let id = index + 1;
    let d = esc(descr);
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="Picture"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{id}" name="image{id}" descr="{d}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="{id}" name="image{id}.png" descr="{d}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImage{id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"#
    )
}

/// A table as wide as the text: the header row repeats on each page, no row splits.
fn table(t: &Table) -> String {
    let total: u32 = t.widths.iter().sum::<u32>().max(1);
    let cols: Vec<u32> = t.widths.iter().map(|w| TEXT_W * w / total).collect();
    let mut x = format!(
        r#"<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/><w:tblW w:w="{TEXT_W}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>"#
    );
    for w in &cols {
        let _ = write!(x, r#"<w:gridCol w:w="{w}"/>"#);
    }
    x.push_str("</w:tblGrid>");
    let mut row = |cells: &[String], header: bool| {
        x.push_str("<w:tr><w:trPr><w:cantSplit/>");
        if header {
            x.push_str("<w:tblHeader/>");
        }
        x.push_str("</w:trPr>");
        for (i, w) in cols.iter().enumerate() {
            let text = cells.get(i).map_or("", String::as_str);
            let shade = if header {
                r#"<w:shd w:val="clear" w:color="auto" w:fill="DCE6F0"/>"#
            } else {
                ""
            };
            let _ = write!(
                x,
                r#"<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{shade}</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>{}</w:p></w:tc>"#,
                if text.is_empty() {
                    String::new()
                } else {
                    run(text, header)
                }
            );
        }
        x.push_str("</w:tr>");
    };
    row(&t.header, true);
    for r in &t.rows {
        row(r, false);
    }
    x.push_str("</w:tbl>");
    // Word needs a paragraph between two tables, and after a table that ends a cell.
    x.push_str(&para("TableAfter", ""));
    x
}

const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture""#;

/// `word/document.xml`: the body, then the A4 section with its footer (none on the cover).
fn document_xml(doc: &Document) -> String {
    let mut x =
        format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>"#);
    for b in &doc.blocks {
        match b {
            Block::Title(t) => x.push_str(&para("Title", t)),
            Block::Subtitle(t) => x.push_str(&para("Subtitle", t)),
            Block::Heading(level, t) => x.push_str(&para(&format!("Heading{}", level.clamp(&1, &2)), t)),
            Block::Para(t) => x.push_str(&para("Normal", t)),
            Block::Caption(t) => x.push_str(&para("Caption", t)),
            Block::Source(t) => x.push_str(&para("Source", t)),
            Block::Picture(i, d) => x.push_str(&picture(doc, *i, d)),
            Block::Table(t) => x.push_str(&table(t)),
            Block::PageBreak => x.push_str(r#"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#),
        }
    }
    let _ = write!(
        x,
        r#"<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/><w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" w:header="709" w:footer="709" w:gutter="0"/><w:titlePg/></w:sectPr></w:body></w:document>"#
    );
    x
}

/// `word/footer1.xml`: the document's name and the page number.
fn footer_xml(doc: &Document) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{}<w:r><w:tab/></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"#,
        run(&doc.footer, false)
    )
}

/// A paragraph style: its id, its name (Word's built-in name where there is one), what
/// goes before its properties, its paragraph and its run properties.
type ParaStyle = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// The paragraph styles besides the headings and the footer.
const STYLES: [ParaStyle; 7] = [
    (
        "Title",
        "Title",
        r#"<w:uiPriority w:val="10"/>"#,
        r#"<w:spacing w:before="2400" w:after="240"/>"#,
        r#"<w:b/><w:color w:val="1F3864"/><w:sz w:val="52"/><w:szCs w:val="52"/>"#,
    ),
    (
        "Subtitle",
        "Subtitle",
        r#"<w:uiPriority w:val="11"/>"#,
        r#"<w:spacing w:after="240"/>"#,
        r#"<w:color w:val="404040"/><w:sz w:val="28"/><w:szCs w:val="28"/>"#,
    ),
    (
        "Caption",
        "caption",
        r#"<w:uiPriority w:val="35"/>"#,
        r#"<w:keepNext/><w:spacing w:before="120" w:after="60"/>"#,
        r#"<w:b/><w:color w:val="1F3864"/><w:sz w:val="19"/><w:szCs w:val="19"/>"#,
    ),
    (
        "Source",
        "Source",
        "",
        r#"<w:spacing w:after="240"/>"#,
        r#"<w:i/><w:color w:val="595959"/><w:sz w:val="17"/><w:szCs w:val="17"/>"#,
    ),
    (
        "Picture",
        "Picture",
        "",
        r#"<w:keepNext/><w:spacing w:after="0"/><w:jc w:val="center"/>"#,
        "",
    ),
    (
        "TableText",
        "TableText",
        "",
        r#"<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>"#,
        r#"<w:sz w:val="17"/><w:szCs w:val="17"/>"#,
    ),
    (
        "TableAfter",
        "TableAfter",
        "",
        r#"<w:spacing w:after="120"/>"#,
        "",
    ),
];

fn para_style((id, name, extra, ppr, rpr): (&str, &str, &str, &str, &str)) -> String {
    format!(
        r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>{extra}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"#
    )
}

/// Word's "heading N" style, with its outline level for the navigation pane.
fn heading_style(level: u8, size: u8, before: u16) -> String {
    para_style((
        &format!("Heading{level}"),
        &format!("heading {level}"),
        r#"<w:uiPriority w:val="9"/>"#,
        &format!(
            r#"<w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="120"/><w:outlineLvl w:val="{}"/>"#,
            level - 1
        ),
        &format!(r#"<w:b/><w:color w:val="1F3864"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>"#),
    ))
}

/// `word/styles.xml`: Word's built-in names (`heading 1`, `caption`, `footer`…), so that
/// its navigation pane, table of contents and style gallery know them.
fn styles_xml(doc: &Document) -> String {
    let lang = esc(&doc.lang);
    let mut x = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="{lang}" w:eastAsia="{lang}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
    );
    x.push_str(&heading_style(1, 32, 360));
    x.push_str(&heading_style(2, 26, 240));
    for style in STYLES {
        x.push_str(&para_style(style));
    }
    x.push_str(&para_style((
        "Footer",
        "footer",
        r#"<w:uiPriority w:val="99"/>"#,
        &format!(r#"<w:tabs><w:tab w:val="right" w:pos="{TEXT_W}"/></w:tabs><w:spacing w:after="0"/>"#),
        r#"<w:color w:val="595959"/><w:sz w:val="17"/><w:szCs w:val="17"/>"#,
    )));
    let border = |side: &str| format!(r#"<w:{side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>"#);
    let borders: String = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .iter()
        .map(|s| border(s))
        .collect();
    let _ = write!(
        x,
        r#"<w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders>{borders}</w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"#
    );
    x
}

const SETTINGS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#;

fn content_types() -> String {
    let o = |part: &str, kind: &str| {
        format!(r#"<Override PartName="{part}" ContentType="application/vnd.openxmlformats-{kind}+xml"/>"#)
    };
    [
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>"#.to_string(),
        o("/word/document.xml", "officedocument.wordprocessingml.document.main"),
        o("/word/styles.xml", "officedocument.wordprocessingml.styles"),
        o("/word/settings.xml", "officedocument.wordprocessingml.settings"),
        o("/word/footer1.xml", "officedocument.wordprocessingml.footer"),
        o("/docProps/core.xml", "package.core-properties"),
        o("/docProps/app.xml", "officedocument.extended-properties"),
        "</Types>".to_string(),
    ]
    .concat()
}

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;

/// `word/_rels/document.xml.rels`: styles, settings, footer, and one per picture.
fn document_rels(doc: &Document) -> String {
    let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let mut x = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="{r}/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="{r}/settings" Target="settings.xml"/><Relationship Id="rIdFooter" Type="{r}/footer" Target="footer1.xml"/>"#
    );
    for i in 1..=doc.media.len() {
        let _ = write!(
            x,
            r#"<Relationship Id="rIdImage{i}" Type="{r}/image" Target="media/image{i}.png"/>"#
        );
    }
    x.push_str("</Relationships>");
    x
}

/// `docProps/core.xml`: title, language, and the document's date (never the clock's).
fn core_xml(doc: &Document) -> String {
    let (y, m, d) = doc.date;
    let when = format!("{y:04}-{m:02}-{d:02}T00:00:00Z");
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:language>{}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>"#,
        esc(&doc.title),
        esc(&doc.lang)
    )
}

const APP: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>cadastre</Application></Properties>"#;

/// The document as `.docx` bytes. Every zip entry carries the document's date, not the
/// time it was written: the same document gives the same bytes.
pub fn to_bytes(doc: &Document) -> anyhow::Result<Vec<u8>> {
    let (y, m, d) = doc.date;
    let stamp = zip::DateTime::from_date_and_time(y, m, d, 0, 0, 0).unwrap_or_default();
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(stamp)
        .unix_permissions(0o644);
    // PNG is already compressed: stored as it is.
    let stored = options.compression_method(zip::CompressionMethod::Stored);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let parts: [(&str, String); 8] = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", RELS.to_string()),
        ("docProps/core.xml", core_xml(doc)),
        ("docProps/app.xml", APP.to_string()),
        ("word/_rels/document.xml.rels", document_rels(doc)),
        ("word/document.xml", document_xml(doc)),
        ("word/styles.xml", styles_xml(doc)),
        ("word/footer1.xml", footer_xml(doc)),
    ];
    for (name, text) in parts {
        zip.start_file(name, options)?;
        zip.write_all(text.as_bytes())?;
    }
    zip.start_file("word/settings.xml", options)?;
    zip.write_all(SETTINGS.as_bytes())?;
    for (i, png) in doc.media.iter().enumerate() {
        zip.start_file(format!("word/media/image{}.png", i + 1), stored)?;
        zip.write_all(png)?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partner_text_cannot_break_the_xml() {
        assert_eq!(
            esc("A & B <c> \"d\"\u{1}\te"),
            "A &amp; B &lt;c&gt; &quot;d&quot; e"
        );
    }

    #[test]
    fn the_same_document_gives_the_same_bytes() {
        let doc = Document {
            lang: "fr-BE".into(),
            title: "T".into(),
            footer: "F".into(),
            date: (2026, 9, 30),
            blocks: vec![Block::Heading(1, "G".into()), Block::Para(String::new())],
            media: vec![],
        };
        let a = to_bytes(&doc).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(2100));
        assert_eq!(a, to_bytes(&doc).unwrap());
    }
}
