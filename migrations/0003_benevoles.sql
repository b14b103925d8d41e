-- The Conseil du volontariat in the portal: the volunteers (registered on the public form
-- or imported from the council's list), the missions the associations post, and the
-- proposals the coordinator makes. Lists are taxonomy codes joined by '|', slots their
-- codes ('mar-apres-midi') in week order. A volunteer's erasure deletes their row and,
-- by cascade, their proposals; the connections run with `secure_delete` on.

CREATE TABLE benevoles (
    id INTEGER PRIMARY KEY,
    -- Their personal link: only the SHA-256 of the token is kept.
    hash BLOB NOT NULL UNIQUE,
    nom TEXT NOT NULL,
    courriel TEXT NOT NULL DEFAULT '',
    telephone TEXT NOT NULL DEFAULT '',
    besoins TEXT NOT NULL,
    territoires TEXT NOT NULL,
    publics TEXT NOT NULL DEFAULT '',
    disponibilites TEXT NOT NULL DEFAULT '',
    commentaire TEXT NOT NULL DEFAULT '',
    -- 'formulaire' (the public page) or 'import' (the council's list).
    origine TEXT NOT NULL,
    inscrit INTEGER NOT NULL,
    -- The last time they confirmed their data (or registered): the 24 months start here.
    confirme INTEGER NOT NULL,
    -- When they were reminded that their data would be erased; NULL once they confirm.
    rappel INTEGER
);

CREATE TABLE missions (
    id INTEGER PRIMARY KEY,
    partenaire INTEGER NOT NULL REFERENCES partenaires(id),
    mission TEXT NOT NULL,
    besoin TEXT NOT NULL,
    public TEXT NOT NULL DEFAULT '',
    territoire TEXT NOT NULL,
    creneaux TEXT NOT NULL DEFAULT '',
    nombre INTEGER NOT NULL DEFAULT 1,
    creee INTEGER NOT NULL,
    -- Set when the association closes it.
    fermee INTEGER
);
CREATE INDEX missions_partenaire ON missions(partenaire);

-- A volunteer proposed for a mission, and their answer ('accepte' or 'refuse'; NULL while
-- they have not answered).
CREATE TABLE propositions (
    id INTEGER PRIMARY KEY,
    mission INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
    benevole INTEGER NOT NULL REFERENCES benevoles(id) ON DELETE CASCADE,
    proposee INTEGER NOT NULL,
    reponse TEXT,
    repondue INTEGER,
    UNIQUE (mission, benevole)
);
CREATE INDEX propositions_benevole ON propositions(benevole);
