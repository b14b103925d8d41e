//! The volunteers' part of the portal's store (tables of `migrations/0003_benevoles.sql`):
//! volunteers and their personal links (only the SHA-256 of a token is kept, as for the
//! partners), the associations' missions, the coordinator's proposals and the answers.
//! An erasure deletes the row (its proposals go by cascade) and then empties the
//! write-ahead log into the database file, whose deleted bytes `secure_delete` zeroes.

use std::time::Duration;

use crate::portal::security;
use crate::portal::store::Store;
use crate::taxonomy::{Kind, Taxonomy};
use crate::volunteers::{slots, Mission, Volunteer};

/// A volunteer as stored: lists as codes joined by `|`.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VolunteerRow {
    pub id: i64,
    pub nom: String,
    pub courriel: String,
    pub telephone: String,
    pub besoins: String,
    pub territoires: String,
    pub publics: String,
    pub disponibilites: String,
    pub commentaire: String,
    pub origine: String,
    pub inscrit: i64,
    pub confirme: i64,
    pub rappel: Option<i64>,
}

/// A mission as stored, with its association's display name.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MissionRow {
    pub id: i64,
    pub partenaire: i64,
    pub partenaire_nom: String,
    pub mission: String,
    pub besoin: String,
    pub public: String,
    pub territoire: String,
    pub creneaux: String,
    pub nombre: i64,
    pub creee: i64,
    pub fermee: Option<i64>,
}

/// A proposal and its answer (`accepte`, `refuse`, or none yet).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProposalRow {
    pub id: i64,
    pub mission: i64,
    pub benevole: i64,
    pub proposee: i64,
    pub reponse: Option<String>,
    pub repondue: Option<i64>,
}

/// Where a volunteer came from.
pub const FROM_FORM: &str = "formulaire";
pub const FROM_IMPORT: &str = "import";

const VOLUNTEER_COLS: &str = "id, nom, courriel, telephone, besoins, territoires, publics, disponibilites, commentaire, origine, inscrit, confirme, rappel";
const MISSION_SELECT: &str = "SELECT m.id, m.partenaire, p.nom AS partenaire_nom, m.mission, m.besoin, m.public, m.territoire, m.creneaux, m.nombre, m.creee, m.fermee FROM missions m JOIN partenaires p ON p.id = m.partenaire";
const PROPOSAL_COLS: &str = "id, mission, benevole, proposee, reponse, repondue";

/// Taxonomy indices as stored: their codes joined by `|`.
fn codes(tax: &Taxonomy, kind: Kind, indices: &[usize]) -> String {
    indices
        .iter()
        .map(|&i| tax.code(kind, i))
        .collect::<Vec<_>>()
        .join("|")
}

/// Stored codes back to indices, in taxonomy order; a code the taxonomy no longer has is
/// left out.
fn indices(tax: &Taxonomy, kind: Kind, stored: &str) -> Vec<usize> {
    let mut out: Vec<usize> = stored
        .split('|')
        .filter(|c| !c.is_empty())
        .filter_map(|c| tax.resolve(kind, c))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

impl VolunteerRow {
    /// The volunteer as the matching rules take them.
    pub fn volunteer(&self, tax: &Taxonomy) -> Volunteer {
        let mut territories = indices(tax, Kind::Territoire, &self.territoires);
        if territories.is_empty() {
            territories.push(tax.commune);
        }
        let mut slots: Vec<_> = self
            .disponibilites
            .split('|')
            .filter_map(slots::parse_slot)
            .collect();
        slots.sort_unstable();
        slots.dedup();
        Volunteer {
            name: self.nom.clone(),
            key: crate::fold::partner_key(&self.nom),
            email: self.courriel.clone(),
            phone: self.telephone.clone(),
            needs: indices(tax, Kind::Besoin, &self.besoins),
            territories,
            publics: indices(tax, Kind::Public, &self.publics),
            slots,
            comment: self.commentaire.clone(),
        }
    }
}

impl MissionRow {
    /// The mission as the matching rules take it; `None` when its need is no longer in the
    /// taxonomy.
    pub fn mission(&self, tax: &Taxonomy) -> Option<Mission> {
        let mut slots: Vec<_> = self.creneaux.split('|').filter_map(slots::parse_slot).collect();
        slots.sort_unstable();
        slots.dedup();
        Some(Mission {
            partner: self.partenaire_nom.clone(),
            title: self.mission.clone(),
            need: tax.resolve(Kind::Besoin, &self.besoin)?,
            public: tax.resolve(Kind::Public, &self.public),
            territory: tax
                .resolve(Kind::Territoire, &self.territoire)
                .unwrap_or(tax.commune),
            slots,
            count: u32::try_from(self.nombre.max(1)).unwrap_or(1),
        })
    }

    pub fn is_open(&self) -> bool {
        self.fermee.is_none()
    }
}

impl Store {
    /// Stores a volunteer and gives them a personal link: the token, to be shown once.
    pub async fn add_volunteer(
        &self,
        v: &Volunteer,
        tax: &Taxonomy,
        origin: &str,
        now: i64,
    ) -> anyhow::Result<(i64, String)> {
        let token = security::new_token()?;
        let id = sqlx::query(
            "INSERT INTO benevoles (hash, nom, courriel, telephone, besoins, territoires, publics, disponibilites, commentaire, origine, inscrit, confirme)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(security::token_hash(&token))
        .bind(&v.name)
        .bind(&v.email)
        .bind(&v.phone)
        .bind(codes(tax, Kind::Besoin, &v.needs))
        .bind(codes(tax, Kind::Territoire, &v.territories))
        .bind(codes(tax, Kind::Public, &v.publics))
        .bind(slots::join_codes(&v.slots))
        .bind(&v.comment)
        .bind(origin)
        .bind(now)
        .bind(now)
        .execute(&self.db)
        .await?
        .last_insert_rowid();
        Ok((id, token))
    }

    /// Replaces what a volunteer gave; a change confirms their data.
    pub async fn update_volunteer(
        &self,
        id: i64,
        v: &Volunteer,
        tax: &Taxonomy,
        now: i64,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "UPDATE benevoles SET nom = ?, courriel = ?, telephone = ?, besoins = ?, territoires = ?, publics = ?,
             disponibilites = ?, commentaire = ?, confirme = ?, rappel = NULL WHERE id = ?",
        )
        .bind(&v.name)
        .bind(&v.email)
        .bind(&v.phone)
        .bind(codes(tax, Kind::Besoin, &v.needs))
        .bind(codes(tax, Kind::Territoire, &v.territories))
        .bind(codes(tax, Kind::Public, &v.publics))
        .bind(slots::join_codes(&v.slots))
        .bind(&v.comment)
        .bind(now)
        .bind(id)
        .execute(&self.db)
        .await?;
        Ok(())
    }

    /// The volunteer confirms their data: the 24 months start again.
    pub async fn confirm_volunteer(&self, id: i64, now: i64) -> anyhow::Result<()> {
        sqlx::query("UPDATE benevoles SET confirme = ?, rappel = NULL WHERE id = ?")
            .bind(now)
            .bind(id)
            .execute(&self.db)
            .await?;
        Ok(())
    }

    /// The volunteer whose personal link this token is.
    pub async fn volunteer_by_token(&self, token: &str) -> anyhow::Result<Option<VolunteerRow>> {
        if !security::looks_like_token(token) {
            return Ok(None);
        }
        let hash = security::token_hash(token);
        let row: Option<(Vec<u8>, i64)> = sqlx::query_as("SELECT hash, id FROM benevoles WHERE hash = ?")
            .bind(&hash)
            .fetch_optional(&self.db)
            .await?;
        match row {
            Some((stored, id)) if security::same(&stored, &hash) => self.volunteer(id).await,
            _ => Ok(None),
        }
    }

    pub async fn volunteer(&self, id: i64) -> anyhow::Result<Option<VolunteerRow>> {
        Ok(
            sqlx::query_as(&format!("SELECT {VOLUNTEER_COLS} FROM benevoles WHERE id = ?"))
                .bind(id)
                .fetch_optional(&self.db)
                .await?,
        )
    }

    /// Every volunteer, in the order they registered.
    pub async fn volunteers(&self) -> anyhow::Result<Vec<VolunteerRow>> {
        Ok(
            sqlx::query_as(&format!("SELECT {VOLUNTEER_COLS} FROM benevoles ORDER BY id"))
                .fetch_all(&self.db)
                .await?,
        )
    }

    /// Erases a volunteer and their proposals, and leaves no copy of them in the
    /// write-ahead log; whether there was such a volunteer.
    pub async fn erase_volunteer(&self, id: i64) -> anyhow::Result<bool> {
        let done = sqlx::query("DELETE FROM benevoles WHERE id = ?")
            .bind(id)
            .execute(&self.db)
            .await?;
        self.checkpoint().await?;
        Ok(done.rows_affected() > 0)
    }

    /// Copies the write-ahead log into the database file and empties it (`TRUNCATE`),
    /// waiting for a reader that still holds an older snapshot.
    pub async fn checkpoint(&self) -> anyhow::Result<()> {
        for _ in 0..100 {
            let (busy, _, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
                .fetch_one(&self.db)
                .await?;
            if busy == 0 {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        anyhow::bail!(crate::i18n::t(self.lang, "pb-journal-occupe"))
    }

    /// Stores an association's mission; its id.
    pub async fn add_mission(
        &self,
        partner: i64,
        m: &Mission,
        tax: &Taxonomy,
        now: i64,
    ) -> anyhow::Result<i64> {
        Ok(sqlx::query(
            "INSERT INTO missions (partenaire, mission, besoin, public, territoire, creneaux, nombre, creee)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(partner)
        .bind(&m.title)
        .bind(tax.code(Kind::Besoin, m.need))
        .bind(m.public.map(|p| tax.code(Kind::Public, p)).unwrap_or(""))
        .bind(tax.code(Kind::Territoire, m.territory))
        .bind(slots::join_codes(&m.slots))
        .bind(i64::from(m.count))
        .bind(now)
        .execute(&self.db)
        .await?
        .last_insert_rowid())
    }

    pub async fn mission(&self, id: i64) -> anyhow::Result<Option<MissionRow>> {
        Ok(sqlx::query_as(&format!("{MISSION_SELECT} WHERE m.id = ?"))
            .bind(id)
            .fetch_optional(&self.db)
            .await?)
    }

    /// Every mission, oldest first.
    pub async fn missions(&self) -> anyhow::Result<Vec<MissionRow>> {
        Ok(sqlx::query_as(&format!("{MISSION_SELECT} ORDER BY m.id"))
            .fetch_all(&self.db)
            .await?)
    }

    /// The missions of one association, oldest first.
    pub async fn partner_missions(&self, partner: i64) -> anyhow::Result<Vec<MissionRow>> {
        Ok(
            sqlx::query_as(&format!("{MISSION_SELECT} WHERE m.partenaire = ? ORDER BY m.id"))
                .bind(partner)
                .fetch_all(&self.db)
                .await?,
        )
    }

    /// Closes (or opens again) one of the association's missions; whether it is theirs.
    pub async fn set_mission_closed(
        &self,
        partner: i64,
        id: i64,
        closed: Option<i64>,
    ) -> anyhow::Result<bool> {
        let done = sqlx::query("UPDATE missions SET fermee = ? WHERE id = ? AND partenaire = ?")
            .bind(closed)
            .bind(id)
            .bind(partner)
            .execute(&self.db)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Proposes a volunteer for a mission (once: a second proposal is the first one);
    /// the proposal's id.
    pub async fn propose(&self, mission: i64, volunteer: i64, now: i64) -> anyhow::Result<i64> {
        sqlx::query(
            "INSERT INTO propositions (mission, benevole, proposee) VALUES (?, ?, ?)
             ON CONFLICT(mission, benevole) DO NOTHING",
        )
        .bind(mission)
        .bind(volunteer)
        .bind(now)
        .execute(&self.db)
        .await?;
        let (id,): (i64,) = sqlx::query_as("SELECT id FROM propositions WHERE mission = ? AND benevole = ?")
            .bind(mission)
            .bind(volunteer)
            .fetch_one(&self.db)
            .await?;
        Ok(id)
    }

    /// Every proposal, in the order made.
    pub async fn proposals(&self) -> anyhow::Result<Vec<ProposalRow>> {
        Ok(
            sqlx::query_as(&format!("SELECT {PROPOSAL_COLS} FROM propositions ORDER BY id"))
                .fetch_all(&self.db)
                .await?,
        )
    }

    /// The proposals made to one volunteer, in the order made.
    pub async fn volunteer_proposals(&self, volunteer: i64) -> anyhow::Result<Vec<ProposalRow>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {PROPOSAL_COLS} FROM propositions WHERE benevole = ? ORDER BY id"
        ))
        .bind(volunteer)
        .fetch_all(&self.db)
        .await?)
    }

    /// The proposals of one mission, in the order made.
    pub async fn mission_proposals(&self, mission: i64) -> anyhow::Result<Vec<ProposalRow>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {PROPOSAL_COLS} FROM propositions WHERE mission = ? ORDER BY id"
        ))
        .bind(mission)
        .fetch_all(&self.db)
        .await?)
    }

    /// Records a volunteer's answer to one of THEIR proposals; whether it was theirs.
    pub async fn answer(
        &self,
        volunteer: i64,
        proposal: i64,
        answer: &str,
        now: i64,
    ) -> anyhow::Result<bool> {
        let done =
            sqlx::query("UPDATE propositions SET reponse = ?, repondue = ? WHERE id = ? AND benevole = ?")
                .bind(answer)
                .bind(now)
                .bind(proposal)
                .bind(volunteer)
                .execute(&self.db)
                .await?;
        Ok(done.rows_affected() > 0)
    }

    /// The volunteers who accepted a proposal for this mission, in the order they answered.
    pub async fn accepted(&self, mission: i64) -> anyhow::Result<Vec<VolunteerRow>> {
        let cols = VOLUNTEER_COLS
            .split(", ")
            .map(|c| format!("b.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        Ok(sqlx::query_as(&format!(
            "SELECT {cols} FROM benevoles b JOIN propositions p ON p.benevole = b.id
             WHERE p.mission = ? AND p.reponse = 'accepte' ORDER BY p.repondue, p.id"
        ))
        .bind(mission)
        .fetch_all(&self.db)
        .await?)
    }

    /// Notes that a volunteer was reminded that their data would be erased.
    pub async fn mark_reminded(&self, id: i64, now: i64) -> anyhow::Result<()> {
        sqlx::query("UPDATE benevoles SET rappel = ? WHERE id = ?")
            .bind(now)
            .bind(id)
            .execute(&self.db)
            .await?;
        Ok(())
    }
}
