//! The portal's store: `DIR/portail.db` (SQLite through sqlx, numbered migrations in
//! `migrations/`) and the folders SPEC lays out: `depots/PERIOD/SLUG/NAME` (each partner's
//! current files), `archives/` (every version ever uploaded), `sorties/` (the analyses'
//! outputs), and `tmp/` (uploads being received). The commands (`cadastre portail …`) and
//! the server share it.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use anyhow::Context as _;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use super::security;
use crate::period::Period;

/// The store and the data folder.
#[derive(Clone)]
pub struct Store {
    pub db: SqlitePool,
    pub dir: PathBuf,
    /// The language of its errors.
    pub lang: crate::model::Lang,
}

/// A registered partner.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Partner {
    pub id: i64,
    pub cle: String,
    pub nom: String,
    pub slug: String,
    pub courriel: Option<String>,
}

/// One uploaded version of a file.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Depot {
    pub id: i64,
    pub partenaire: i64,
    pub periode: String,
    pub nom: String,
    pub sha256: String,
    pub taille: i64,
    pub lues: i64,
    pub utilisees: i64,
    pub rejetees: i64,
    pub par_coordination: bool,
    pub depose: i64,
    pub retire: Option<i64>,
}

/// The period open for submissions.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OpenPeriod {
    pub periode: String,
    pub echeance: Option<String>,
}

/// An analysis of the portal, running or done.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AnalysisRow {
    pub id: i64,
    pub periode: String,
    pub debut: i64,
    pub fin: Option<i64>,
    pub etat: String,
    pub message: String,
}

/// Seconds since 1970: when things happened, for the board and the history.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

impl Store {
    /// Opens (creating if need be) the data folder and its database, migrated to the
    /// latest schema.
    pub async fn open(dir: &Path) -> anyhow::Result<Store> {
        Store::open_in(dir, crate::model::Lang::default()).await
    }

    /// [`Store::open`], its errors in `lang`.
    pub async fn open_in(dir: &Path, lang: crate::model::Lang) -> anyhow::Result<Store> {
        use crate::i18n::{s, t, t_args};
        let at = |id, path: PathBuf| t_args(lang, id, &[("chemin", s(path.display().to_string()))]);
        for sub in ["depots", "archives", "sorties", "tmp"] {
            std::fs::create_dir_all(dir.join(sub))
                .with_context(|| at("portail-creation-dossier", dir.join(sub)))?;
        }
        let options = SqliteConnectOptions::from_str("sqlite://portail.db")?
            .filename(dir.join("portail.db"))
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            // A volunteer's erasure leaves no byte of them in the file's free space.
            .pragma("secure_delete", "ON")
            .busy_timeout(std::time::Duration::from_secs(10));
        let db = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .with_context(|| at("portail-ouverture-base", dir.join("portail.db")))?;
        sqlx::migrate!("./migrations")
            .run(&db)
            .await
            .with_context(|| t(lang, "portail-schema-base"))?;
        Ok(Store {
            db,
            dir: dir.to_path_buf(),
            lang,
        })
    }

    pub fn depots_dir(&self, period: &str) -> PathBuf {
        self.dir.join("depots").join(period)
    }

    pub fn sorties_dir(&self) -> PathBuf {
        self.dir.join("sorties")
    }

    /// Registers the partner if new (same identity rule as the gap rules), revokes its
    /// links and gives it a new one: the token, to be shown once.
    pub async fn register(&self, name: &str, email: Option<&str>) -> anyhow::Result<(Partner, String)> {
        let name = crate::fold::tidy(name);
        let key = crate::fold::partner_key(&name);
        if key.is_empty() {
            anyhow::bail!(crate::i18n::t(self.lang, "portail-nom-partenaire-vide"));
        }
        let partner = match self.partner_by_key(&key).await? {
            Some(p) => {
                if let Some(email) = email {
                    sqlx::query("UPDATE partenaires SET courriel = ? WHERE id = ?")
                        .bind(email)
                        .bind(p.id)
                        .execute(&self.db)
                        .await?;
                }
                p
            }
            None => self.insert_partner(&name, &key, email).await?,
        };
        let token = self.new_link(partner.id).await?;
        let partner = self.partner(partner.id).await?.unwrap_or(partner);
        Ok((partner, token))
    }

    async fn insert_partner(&self, name: &str, key: &str, email: Option<&str>) -> anyhow::Result<Partner> {
        let base = match crate::render::sheets::slug(name) {
            s if s.is_empty() => "partenaire".to_string(),
            s => s,
        };
        // Two names may differ only by punctuation and give the same slug: the later one
        // gets the first free `-2`, `-3`…
        let mut slug = base.clone();
        let mut n = 1;
        while sqlx::query("SELECT 1 FROM partenaires WHERE slug = ?")
            .bind(&slug)
            .fetch_optional(&self.db)
            .await?
            .is_some()
        {
            n += 1;
            slug = format!("{base}-{n}");
        }
        let id =
            sqlx::query("INSERT INTO partenaires (cle, nom, slug, courriel, cree) VALUES (?, ?, ?, ?, ?)")
                .bind(key)
                .bind(name)
                .bind(&slug)
                .bind(email)
                .bind(now())
                .execute(&self.db)
                .await?
                .last_insert_rowid();
        Ok(Partner {
            id,
            cle: key.to_string(),
            nom: name.to_string(),
            slug,
            courriel: email.map(str::to_string),
        })
    }

    /// Revokes every link of the partner and issues a new one.
    pub async fn new_link(&self, partner: i64) -> anyhow::Result<String> {
        let token = security::new_token()?;
        self.set_link(partner, &token).await?;
        Ok(token)
    }

    /// Revokes every link of the partner and makes `token` its link (an invitation sets
    /// the token it mailed, once the relay accepted the mail).
    pub async fn set_link(&self, partner: i64, token: &str) -> anyhow::Result<()> {
        let mut tx = self.db.begin().await?;
        sqlx::query("UPDATE liens SET revoque = ? WHERE partenaire = ? AND revoque IS NULL")
            .bind(now())
            .bind(partner)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO liens (hash, partenaire, cree) VALUES (?, ?, ?)")
            .bind(security::token_hash(token))
            .bind(partner)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Revokes every link of the partner: its page answers 404 until a new link is issued.
    pub async fn revoke(&self, partner: i64) -> anyhow::Result<()> {
        sqlx::query("UPDATE liens SET revoque = ? WHERE partenaire = ? AND revoque IS NULL")
            .bind(now())
            .bind(partner)
            .execute(&self.db)
            .await?;
        Ok(())
    }

    /// The partner whose valid link this token is.
    pub async fn partner_by_token(&self, token: &str) -> anyhow::Result<Option<Partner>> {
        if !security::looks_like_token(token) {
            return Ok(None);
        }
        let hash = security::token_hash(token);
        let row: Option<(Vec<u8>, i64)> =
            sqlx::query_as("SELECT hash, partenaire FROM liens WHERE hash = ? AND revoque IS NULL")
                .bind(&hash)
                .fetch_optional(&self.db)
                .await?;
        match row {
            Some((stored, id)) if security::same(&stored, &hash) => self.partner(id).await,
            _ => Ok(None),
        }
    }

    pub async fn partner(&self, id: i64) -> anyhow::Result<Option<Partner>> {
        Ok(
            sqlx::query_as("SELECT id, cle, nom, slug, courriel FROM partenaires WHERE id = ?")
                .bind(id)
                .fetch_optional(&self.db)
                .await?,
        )
    }

    pub async fn partner_by_key(&self, key: &str) -> anyhow::Result<Option<Partner>> {
        Ok(
            sqlx::query_as("SELECT id, cle, nom, slug, courriel FROM partenaires WHERE cle = ?")
                .bind(key)
                .fetch_optional(&self.db)
                .await?,
        )
    }

    /// Every partner, by folded name.
    pub async fn partners(&self) -> anyhow::Result<Vec<Partner>> {
        Ok(
            sqlx::query_as("SELECT id, cle, nom, slug, courriel FROM partenaires ORDER BY cle")
                .fetch_all(&self.db)
                .await?,
        )
    }

    /// Whether the partner has a valid link.
    pub async fn has_link(&self, partner: i64) -> anyhow::Result<bool> {
        Ok(
            sqlx::query("SELECT 1 FROM liens WHERE partenaire = ? AND revoque IS NULL")
                .bind(partner)
                .fetch_optional(&self.db)
                .await?
                .is_some(),
        )
    }

    /// Opens `period` for submissions; the period open before is closed.
    pub async fn open_period(&self, period: Period, deadline: Option<&str>) -> anyhow::Result<()> {
        let mut tx = self.db.begin().await?;
        sqlx::query("UPDATE periodes SET ouverte = 0")
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO periodes (periode, echeance, ouverte, ouverte_le) VALUES (?, ?, 1, ?)
             ON CONFLICT(periode) DO UPDATE SET echeance = excluded.echeance, ouverte = 1",
        )
        .bind(period.to_string())
        .bind(deadline)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn open_period_now(&self) -> anyhow::Result<Option<OpenPeriod>> {
        Ok(
            sqlx::query_as("SELECT periode, echeance FROM periodes WHERE ouverte = 1")
                .fetch_optional(&self.db)
                .await?,
        )
    }

    /// Records a stored upload; the previous current file of the same name is marked
    /// replaced. Returns the new version's id.
    pub async fn record_upload(&self, d: &NewDepot<'_>) -> anyhow::Result<i64> {
        let mut tx = self.db.begin().await?;
        sqlx::query("UPDATE depots SET retire = ? WHERE partenaire = ? AND periode = ? AND nom = ? AND retire IS NULL")
            .bind(now())
            .bind(d.partner)
            .bind(d.period)
            .bind(d.name)
            .execute(&mut *tx)
            .await?;
        let id = sqlx::query(
            "INSERT INTO depots (partenaire, periode, nom, archive, sha256, taille, par_coordination, depose)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(d.partner)
        .bind(d.period)
        .bind(d.name)
        .bind(d.archive)
        .bind(d.sha256)
        .bind(d.size as i64)
        .bind(d.by_coordinator)
        .bind(now())
        .execute(&mut *tx)
        .await?
        .last_insert_rowid();
        tx.commit().await?;
        Ok(id)
    }

    pub async fn set_counts(&self, id: i64, read: u64, used: u64, rejected: u64) -> anyhow::Result<()> {
        sqlx::query("UPDATE depots SET lues = ?, utilisees = ?, rejetees = ? WHERE id = ?")
            .bind(read as i64)
            .bind(used as i64)
            .bind(rejected as i64)
            .bind(id)
            .execute(&self.db)
            .await?;
        Ok(())
    }

    /// The partner's current files of a period, by name.
    pub async fn current_files(&self, partner: i64, period: &str) -> anyhow::Result<Vec<Depot>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {DEPOT_COLS} FROM depots WHERE partenaire = ? AND periode = ? AND retire IS NULL ORDER BY nom"
        ))
        .bind(partner)
        .bind(period)
        .fetch_all(&self.db)
        .await?)
    }

    /// Every current file of a period, for the board.
    pub async fn period_files(&self, period: &str) -> anyhow::Result<Vec<Depot>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {DEPOT_COLS} FROM depots WHERE periode = ? AND retire IS NULL ORDER BY partenaire, nom"
        ))
        .bind(period)
        .fetch_all(&self.db)
        .await?)
    }

    /// Every version the partner ever uploaded, newest first.
    pub async fn history(&self, partner: i64) -> anyhow::Result<Vec<Depot>> {
        Ok(sqlx::query_as(&format!(
            "SELECT {DEPOT_COLS} FROM depots WHERE partenaire = ? ORDER BY depose DESC, id DESC LIMIT 200"
        ))
        .bind(partner)
        .fetch_all(&self.db)
        .await?)
    }

    /// Marks the partner's current file `name` withdrawn; whether there was one.
    pub async fn withdraw(&self, partner: i64, period: &str, name: &str) -> anyhow::Result<bool> {
        let done = sqlx::query(
            "UPDATE depots SET retire = ? WHERE partenaire = ? AND periode = ? AND nom = ? AND retire IS NULL",
        )
        .bind(now())
        .bind(partner)
        .bind(period)
        .bind(name)
        .execute(&self.db)
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// A new coordinator session: the cookie's value and the session's CSRF value.
    pub async fn new_session(&self) -> anyhow::Result<(String, String)> {
        let (token, csrf) = (security::new_token()?, security::new_token()?);
        let now = now();
        sqlx::query("DELETE FROM sessions WHERE expire < ?")
            .bind(now)
            .execute(&self.db)
            .await?;
        sqlx::query("INSERT INTO sessions (hash, csrf, cree, expire) VALUES (?, ?, ?, ?)")
            .bind(security::token_hash(&token))
            .bind(&csrf)
            .bind(now)
            .bind(now + SESSION_SECONDS)
            .execute(&self.db)
            .await?;
        Ok((token, csrf))
    }

    /// The CSRF value of a live session.
    pub async fn session_csrf(&self, token: &str) -> anyhow::Result<Option<String>> {
        if !security::looks_like_token(token) {
            return Ok(None);
        }
        let hash = security::token_hash(token);
        let row: Option<(Vec<u8>, String)> =
            sqlx::query_as("SELECT hash, csrf FROM sessions WHERE hash = ? AND expire > ?")
                .bind(&hash)
                .bind(now())
                .fetch_optional(&self.db)
                .await?;
        Ok(row
            .filter(|(stored, _)| security::same(stored, &hash))
            .map(|(_, csrf)| csrf))
    }

    pub async fn end_session(&self, token: &str) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE hash = ?")
            .bind(security::token_hash(token))
            .execute(&self.db)
            .await?;
        Ok(())
    }

    pub async fn password_hash(&self) -> anyhow::Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as("SELECT valeur FROM reglages WHERE cle = 'mot_de_passe'")
            .fetch_optional(&self.db)
            .await?;
        Ok(row.map(|r| r.0))
    }

    /// Sets the coordinator's password (its argon2id hash) and ends every session.
    pub async fn set_password_hash(&self, phc: &str) -> anyhow::Result<()> {
        let mut tx = self.db.begin().await?;
        sqlx::query(
            "INSERT INTO reglages (cle, valeur) VALUES ('mot_de_passe', ?)
             ON CONFLICT(cle) DO UPDATE SET valeur = excluded.valeur",
        )
        .bind(phc)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM sessions").execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn start_analysis(&self, period: &str) -> anyhow::Result<i64> {
        Ok(
            sqlx::query("INSERT INTO analyses (periode, debut, etat) VALUES (?, ?, 'en-cours')")
                .bind(period)
                .bind(now())
                .execute(&self.db)
                .await?
                .last_insert_rowid(),
        )
    }

    pub async fn finish_analysis(&self, id: i64, ok: bool, message: &str) -> anyhow::Result<()> {
        sqlx::query("UPDATE analyses SET fin = ?, etat = ?, message = ? WHERE id = ?")
            .bind(now())
            .bind(if ok { "terminee" } else { "echec" })
            .bind(message)
            .bind(id)
            .execute(&self.db)
            .await?;
        Ok(())
    }

    /// The latest analysis, running or done.
    pub async fn last_analysis(&self) -> anyhow::Result<Option<AnalysisRow>> {
        Ok(sqlx::query_as(
            "SELECT id, periode, debut, fin, etat, message FROM analyses ORDER BY id DESC LIMIT 1",
        )
        .fetch_optional(&self.db)
        .await?)
    }

    /// The period of the latest analysis that finished.
    pub async fn last_done_period(&self) -> anyhow::Result<Option<String>> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT periode FROM analyses WHERE etat = 'terminee' ORDER BY id DESC LIMIT 1")
                .fetch_optional(&self.db)
                .await?;
        Ok(row.map(|r| r.0))
    }

    /// Analyses left `en-cours` by a server that stopped: marked interrupted.
    pub async fn interrupted_analyses(&self) -> anyhow::Result<()> {
        sqlx::query("UPDATE analyses SET etat = 'interrompue', fin = ? WHERE etat = 'en-cours'")
            .bind(now())
            .execute(&self.db)
            .await?;
        Ok(())
    }
}

const DEPOT_COLS: &str =
    "id, partenaire, periode, nom, sha256, taille, lues, utilisees, rejetees, par_coordination, depose, retire";

/// How long a coordinator session lasts: a working day.
pub const SESSION_SECONDS: i64 = 8 * 3600;

/// An upload to record.
pub struct NewDepot<'a> {
    pub partner: i64,
    pub period: &'a str,
    pub name: &'a str,
    pub archive: &'a str,
    pub sha256: &'a str,
    pub size: u64,
    pub by_coordinator: bool,
}
