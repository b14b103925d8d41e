-- The portal's store: partners and their personal links, the periods opened for
-- submissions, every file a partner uploaded, the coordinator's sessions and settings,
-- and the analyses run. Files themselves live on disk (depots/, archives/, sorties/).

CREATE TABLE partenaires (
    id INTEGER PRIMARY KEY,
    -- The identity rule of the gap rules: trimmed, spaces collapsed, lower case, no accents.
    cle TEXT NOT NULL UNIQUE,
    nom TEXT NOT NULL,
    -- The folder of its files under depots/PERIOD/ (the partner sheets' slug, made unique).
    slug TEXT NOT NULL UNIQUE,
    courriel TEXT,
    cree INTEGER NOT NULL
);

-- Personal links: only the SHA-256 of the token is kept. One link is valid at a time.
CREATE TABLE liens (
    hash BLOB PRIMARY KEY,
    partenaire INTEGER NOT NULL REFERENCES partenaires(id),
    cree INTEGER NOT NULL,
    revoque INTEGER
);
CREATE INDEX liens_partenaire ON liens(partenaire);

CREATE TABLE periodes (
    periode TEXT PRIMARY KEY,
    echeance TEXT,
    ouverte INTEGER NOT NULL DEFAULT 0,
    ouverte_le INTEGER NOT NULL
);

-- Every version of every file ever uploaded; `retire` is set when the partner withdrew it
-- or a newer file of the same name replaced it.
CREATE TABLE depots (
    id INTEGER PRIMARY KEY,
    partenaire INTEGER NOT NULL REFERENCES partenaires(id),
    periode TEXT NOT NULL,
    nom TEXT NOT NULL,
    archive TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    taille INTEGER NOT NULL,
    lues INTEGER NOT NULL DEFAULT 0,
    utilisees INTEGER NOT NULL DEFAULT 0,
    rejetees INTEGER NOT NULL DEFAULT 0,
    par_coordination INTEGER NOT NULL DEFAULT 0,
    depose INTEGER NOT NULL,
    retire INTEGER
);
CREATE INDEX depots_periode ON depots(periode, partenaire);

-- Coordinator sessions: the SHA-256 of the cookie's value, and the session's CSRF value.
CREATE TABLE sessions (
    hash BLOB PRIMARY KEY,
    csrf TEXT NOT NULL,
    cree INTEGER NOT NULL,
    expire INTEGER NOT NULL
);

CREATE TABLE reglages (
    cle TEXT PRIMARY KEY,
    valeur TEXT NOT NULL
);

CREATE TABLE analyses (
    id INTEGER PRIMARY KEY,
    periode TEXT NOT NULL,
    debut INTEGER NOT NULL,
    fin INTEGER,
    etat TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT ''
);
