-- Invitations and reminders by e-mail: each partner's language, and every sending with
-- its outcome (the board shows them; a failed one can be sent again). The relay's
-- settings live in `reglages` under keys starting with `courriel_`.

ALTER TABLE partenaires ADD COLUMN langue TEXT NOT NULL DEFAULT 'fr';

CREATE TABLE envois (
    id INTEGER PRIMARY KEY,
    partenaire INTEGER NOT NULL REFERENCES partenaires(id),
    -- 'invitation' or 'rappel'.
    genre TEXT NOT NULL,
    periode TEXT,
    -- For the reminders `serve --rappels` sends on its own: how many days before the
    -- deadline (one sending per partner, period and day, even across restarts).
    jour INTEGER,
    courriel TEXT NOT NULL,
    quand INTEGER NOT NULL,
    -- 'envoye' or 'echec'; `erreur` is the relay's answer when it failed.
    etat TEXT NOT NULL,
    erreur TEXT NOT NULL DEFAULT ''
);
CREATE INDEX envois_partenaire ON envois(partenaire, quand);
CREATE UNIQUE INDEX envois_automatiques ON envois(partenaire, periode, jour) WHERE jour IS NOT NULL;
