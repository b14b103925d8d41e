//! The workbook for the council's meeting (`/coordination/benevoles/conseil.xlsx`): the
//! volunteers, the missions and the proposals, one sheet each, in words, headers frozen
//! and filterable, set up for A4 landscape one page wide. Made on demand and sent: never
//! kept in the data folder (an erased volunteer must not stay in a file).

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::forms::{labels, slot_labels};
use super::partner::mission_state;
use super::public::{day, proposal_state};
use super::store::{MissionRow, ProposalRow, VolunteerRow, FROM_IMPORT};
use crate::i18n::t;
use crate::model::Lang;
use crate::sanitize::spreadsheet_safe;
use crate::taxonomy::{Kind, Taxonomy};

/// Paper size 9: A4.
const A4: u8 = 9;

/// A sheet of text: its name, its headers (catalog ids) and widths, its rows.
struct Table {
    name: String,
    headers: Vec<(String, f64)>,
    rows: Vec<Vec<String>>,
}

fn write(wb: &mut Workbook, table: &Table) -> Result<(), XlsxError> {
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(0xDDDDDD))
        .set_border_bottom(FormatBorder::Thin);
    let cell = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let ws: &mut Worksheet = wb.add_worksheet();
    ws.set_name(&table.name)?;
    for (c, (title, width)) in table.headers.iter().enumerate() {
        let c = c as u16;
        ws.set_column_width(c, *width)?;
        ws.set_column_format(c, &cell)?;
        ws.write_string_with_format(0, c, title, &header)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            ws.write_string((r + 1) as u32, c as u16, spreadsheet_safe(value))?;
        }
    }
    let last = table.headers.len().saturating_sub(1) as u16;
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, table.rows.len() as u32, last)?;
    ws.set_landscape();
    ws.set_paper_size(A4);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    ws.set_header(format!("&C{}", table.name.replace('&', "&&")));
    ws.set_footer("&C&P / &N");
    Ok(())
}

fn headers(lang: Lang, ids: &[(&str, f64)]) -> Vec<(String, f64)> {
    ids.iter().map(|(id, w)| (t(lang, id), *w)).collect()
}

fn volunteers_table(people: &[VolunteerRow], tax: &Taxonomy, lang: Lang) -> Table {
    let rows = people
        .iter()
        .map(|v| {
            vec![
                v.nom.clone(),
                v.courriel.clone(),
                v.telephone.clone(),
                labels(tax, lang, Kind::Besoin, &v.besoins),
                labels(tax, lang, Kind::Territoire, &v.territoires),
                labels(tax, lang, Kind::Public, &v.publics),
                slot_labels(lang, &v.disponibilites),
                v.commentaire.clone(),
                t(
                    lang,
                    if v.origine == FROM_IMPORT {
                        "pb-origine-import"
                    } else {
                        "pb-origine-formulaire"
                    },
                ),
                day(v.confirme),
            ]
        })
        .collect();
    Table {
        name: t(lang, "pb-feuille-benevoles"),
        headers: headers(
            lang,
            &[
                ("pb-col-benevole", 24.0),
                ("pb-champ-courriel", 26.0),
                ("pb-champ-telephone", 16.0),
                ("pb-col-offre", 30.0),
                ("pb-col-ou", 20.0),
                ("pb-col-public", 20.0),
                ("pb-col-quand", 26.0),
                ("pb-col-commentaire", 30.0),
                ("pb-col-origine", 14.0),
                ("pb-col-confirme", 12.0),
            ],
        ),
        rows,
    }
}

fn missions_table(missions: &[MissionRow], proposals: &[ProposalRow], tax: &Taxonomy, lang: Lang) -> Table {
    let rows = missions
        .iter()
        .map(|m| {
            let own = || proposals.iter().filter(|p| p.mission == m.id);
            let accepted = own().filter(|p| p.reponse.as_deref() == Some("accepte")).count();
            let waiting = own().filter(|p| p.reponse.is_none()).count();
            vec![
                m.partenaire_nom.clone(),
                m.mission.clone(),
                labels(tax, lang, Kind::Besoin, &m.besoin),
                labels(tax, lang, Kind::Public, &m.public),
                labels(tax, lang, Kind::Territoire, &m.territoire),
                slot_labels(lang, &m.creneaux),
                m.nombre.to_string(),
                t(lang, &format!("pb-mission-{}", mission_state(m, accepted))),
                accepted.to_string(),
                waiting.to_string(),
            ]
        })
        .collect();
    Table {
        name: t(lang, "pb-feuille-missions"),
        headers: headers(
            lang,
            &[
                ("pb-col-association", 24.0),
                ("pb-col-mission", 28.0),
                ("pb-col-besoin", 22.0),
                ("pb-col-public", 18.0),
                ("pb-col-ou", 18.0),
                ("pb-col-quand", 24.0),
                ("pb-col-nombre", 9.0),
                ("pb-col-etat", 12.0),
                ("pb-col-acceptes", 10.0),
                ("pb-col-en-attente", 10.0),
            ],
        ),
        rows,
    }
}

fn proposals_table(
    people: &[VolunteerRow],
    missions: &[MissionRow],
    proposals: &[ProposalRow],
    lang: Lang,
) -> Table {
    let rows = proposals
        .iter()
        .filter_map(|p| {
            let m = missions.iter().find(|m| m.id == p.mission)?;
            let v = people.iter().find(|v| v.id == p.benevole)?;
            let state = proposal_state(p.reponse.as_deref());
            Some(vec![
                m.partenaire_nom.clone(),
                m.mission.clone(),
                v.nom.clone(),
                v.courriel.clone(),
                v.telephone.clone(),
                day(p.proposee),
                t(lang, &format!("pb-reponse-{state}")),
                p.repondue.map(day).unwrap_or_default(),
            ])
        })
        .collect();
    Table {
        name: t(lang, "pb-feuille-propositions"),
        headers: headers(
            lang,
            &[
                ("pb-col-association", 24.0),
                ("pb-col-mission", 28.0),
                ("pb-col-benevole", 24.0),
                ("pb-champ-courriel", 26.0),
                ("pb-champ-telephone", 16.0),
                ("pb-col-proposee", 12.0),
                ("pb-col-proposition", 14.0),
                ("pb-col-repondue", 12.0),
            ],
        ),
        rows,
    }
}

/// The meeting's workbook.
pub fn workbook(
    people: &[VolunteerRow],
    missions: &[MissionRow],
    proposals: &[ProposalRow],
    tax: &Taxonomy,
    lang: Lang,
) -> anyhow::Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let title = t(lang, "pb-conseil");
    wb.set_properties(&crate::render::xlsx::properties(
        &title,
        crate::config::output_date(None),
    )?);
    for table in [
        volunteers_table(people, tax, lang),
        missions_table(missions, proposals, tax, lang),
        proposals_table(people, missions, proposals, lang),
    ] {
        write(&mut wb, &table)?;
    }
    Ok(wb.save_to_buffer()?)
}
