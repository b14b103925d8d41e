-- The gap rules of SPEC ("The gap rules") in DuckDB SQL, over the `;`-separated UTF-8 files
-- that `cadastre generer` writes: the comparison a data-minded colleague would make.
-- {needs} and {services} are file globs; the tables `tax` (kind, key, code) and `ord`
-- (kind, code, n, domain) hold the taxonomy, built by duckdb_gap.py from the same file.
-- It validates as the engine does (codes, labels, accents, priorities, counts) but keeps no
-- trace of the rows it drops: no rejections, suggestions, tallies, charts or report.
-- Written to be fast: each distinct spelling is folded once, not each row, and `OFFSET 0`
-- keeps DuckDB from pushing the folding filters below the DISTINCT (which would run the
-- regular expressions on every row again: 16 s instead of 27 s at 10M rows here).

CREATE OR REPLACE MACRO fold(x) AS trim(regexp_replace(lower(strip_accents(coalesce(x, ''))), '[^a-z0-9]+', '-', 'g'), '-');
CREATE OR REPLACE MACRO tidy(x) AS trim(regexp_replace(coalesce(x, ''), '\s+', ' ', 'g'));
CREATE OR REPLACE MACRO pkey(x) AS lower(strip_accents(tidy(x)));
CREATE OR REPLACE MACRO nows(x) AS regexp_replace(coalesce(x, ''), '\s', '', 'g');
CREATE OR REPLACE MACRO count_ok(x) AS nows(x) = '' OR regexp_full_match(nows(x), '[0-9]+([.,]0+)?');
CREATE OR REPLACE MACRO count_of(x) AS CASE WHEN nows(x) = '' THEN NULL ELSE CAST(regexp_extract(nows(x), '^[0-9]+') AS UBIGINT) END;
CREATE OR REPLACE MACRO prio_of(x) AS CASE
    WHEN regexp_full_match(nows(x), '[1-4]([.,]0+)?') THEN CAST(left(nows(x), 1) AS INTEGER)
    WHEN fold(x) IN ('faible', 'faibles', 'basse', 'bas', 'low') THEN 1
    WHEN fold(x) IN ('moyenne', 'moyen', 'medium', 'normale', 'normal') THEN 2
    WHEN fold(x) IN ('haute', 'haut', 'elevee', 'eleve', 'high') THEN 3
    WHEN fold(x) IN ('urgente', 'urgent', 'urgence') THEN 4
    ELSE NULL END;

-- Read once, as text; every distinct spelling is then checked and folded once (a few
-- thousand of them) instead of once per row, and the rows join the small dictionaries.
CREATE OR REPLACE TEMP TABLE nraw AS
SELECT coalesce(partenaire, '') AS partenaire, coalesce(besoin, '') AS besoin, coalesce(public, '') AS public,
       coalesce(territoire, '') AS territoire, coalesce(priorite, '') AS priorite,
       coalesce(personnes, '') AS personnes, coalesce(groupe, '') AS groupe, filename
FROM read_csv('{needs}', delim = ';', header = true, all_varchar = true, filename = true, quote = '"');

CREATE OR REPLACE TEMP TABLE sraw AS
SELECT row_number() OVER () AS sid, coalesce(partenaire, '') AS partenaire, coalesce(service, '') AS service,
       coalesce(besoin, '') AS besoin, coalesce(public, '') AS public, coalesce(territoire, '') AS territoire,
       coalesce(capacite, '') AS capacite, filename
FROM read_csv('{services}', delim = ';', header = true, all_varchar = true, filename = true, quote = '"');

CREATE OR REPLACE TEMP TABLE d_partner AS
WITH d AS (SELECT DISTINCT partenaire AS v FROM nraw UNION SELECT DISTINCT partenaire FROM sraw OFFSET 0)
SELECT v, tidy(v) AS spelling, pkey(v) AS pk FROM d WHERE tidy(v) <> '';

CREATE OR REPLACE TEMP TABLE d_code AS
WITH d AS (
    SELECT DISTINCT 'public' AS kind, public AS v FROM nraw UNION SELECT DISTINCT 'public', public FROM sraw
    UNION SELECT DISTINCT 'territoire', territoire FROM nraw UNION SELECT DISTINCT 'territoire', territoire FROM sraw
    UNION SELECT DISTINCT 'besoin', besoin FROM nraw
 OFFSET 0)
SELECT d.kind, d.v, t.code FROM d JOIN tax t ON t.kind = d.kind
 AND t.key = CASE WHEN d.kind = 'territoire' AND trim(d.v) = '' THEN 'commune' ELSE fold(d.v) END;

CREATE OR REPLACE TEMP TABLE d_groupe AS
WITH d AS (SELECT DISTINCT groupe AS v FROM nraw OFFSET 0)
SELECT v FROM d WHERE trim(v) = '' OR fold(v) IN (SELECT key FROM tax WHERE kind = 'groupe');

CREATE OR REPLACE TEMP TABLE d_prio AS
WITH d AS (SELECT DISTINCT priorite AS v FROM nraw OFFSET 0)
SELECT v, prio_of(v) AS prio FROM d WHERE prio_of(v) IS NOT NULL;

CREATE OR REPLACE TEMP TABLE d_count AS
WITH d AS (SELECT DISTINCT personnes AS v FROM nraw UNION SELECT DISTINCT capacite FROM sraw OFFSET 0)
SELECT v, count_of(v) AS n FROM d WHERE count_ok(v);

CREATE OR REPLACE TEMP TABLE needs AS
SELECT p.spelling, p.pk, n.filename, b.code AS besoin, pu.code AS public, te.code AS territoire,
       pr.prio, c.n AS people
FROM nraw n
JOIN d_partner p ON p.v = n.partenaire
JOIN d_code b ON b.kind = 'besoin' AND b.v = n.besoin
JOIN d_code pu ON pu.kind = 'public' AND pu.v = n.public
JOIN d_code te ON te.kind = 'territoire' AND te.v = n.territoire
JOIN d_prio pr ON pr.v = n.priorite
JOIN d_count c ON c.v = n.personnes
JOIN d_groupe g ON g.v = n.groupe;

-- A service's `besoin` lists codes separated by `|` or `,`: each distinct list is split and
-- checked once; a list with one unknown code rejects the row.
CREATE OR REPLACE TEMP TABLE d_besoins AS
WITH lists AS (SELECT DISTINCT besoin AS v FROM sraw OFFSET 0), parts AS (
    SELECT v, trim(unnest(string_split(replace(v, ',', '|'), '|'))) AS part FROM lists
), coded AS (
    SELECT p.v, t.code FROM parts p LEFT JOIN tax t ON t.kind = 'besoin' AND t.key = fold(p.part) WHERE p.part <> ''
)
SELECT DISTINCT v, code AS besoin FROM coded
WHERE v IN (SELECT v FROM coded GROUP BY v HAVING count(*) > 0 AND count(code) = count(*));

CREATE OR REPLACE TEMP TABLE services AS
SELECT s.sid, p.spelling, p.pk, s.filename, pu.code AS public, te.code AS territoire, c.n AS cap, s.besoin AS besoins
FROM sraw s
JOIN d_partner p ON p.v = s.partenaire
JOIN d_code pu ON pu.kind = 'public' AND pu.v = s.public
JOIN d_code te ON te.kind = 'territoire' AND te.v = s.territoire
JOIN d_count c ON c.v = s.capacite
WHERE tidy(s.service) <> '' AND s.besoin IN (SELECT v FROM d_besoins);

CREATE OR REPLACE TEMP TABLE svc_needs AS
SELECT s.sid, d.besoin FROM services s JOIN d_besoins d ON d.v = s.besoins;

-- A partner is shown with its most frequent spelling (ties: the first file).
CREATE OR REPLACE TEMP TABLE names AS
SELECT pk, arg_min(spelling, (-n, first_file, spelling)) AS name FROM (
    SELECT pk, spelling, count(*) AS n, min(filename) AS first_file FROM (
        SELECT pk, spelling, filename FROM needs UNION ALL SELECT pk, spelling, filename FROM services
    ) GROUP BY pk, spelling
) GROUP BY pk;

CREATE OR REPLACE TEMP TABLE cells AS
SELECT besoin, public, territoire, count(*) AS mentions, sum(people) AS people, max(prio) AS prio
FROM (SELECT pk, besoin, public, territoire, max(prio) AS prio, max(people) AS people FROM needs GROUP BY ALL)
GROUP BY ALL;

-- Services reduced first: per (need, public, territory), how many and how many places;
-- and which partners offer each.
CREATE OR REPLACE TEMP TABLE svc_groups AS
SELECT n.besoin, s.public, s.territoire, count(*) AS n, sum(s.cap) AS cap
FROM svc_needs n JOIN services s USING (sid) GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE svc_partners AS
SELECT DISTINCT n.besoin, s.public, s.territoire, s.pk FROM svc_needs n JOIN services s USING (sid);

CREATE OR REPLACE TEMP TABLE covering AS
SELECT DISTINCT c.besoin, c.public, c.territoire, p.pk
FROM cells c JOIN svc_partners p ON p.besoin = c.besoin
 AND (p.public = c.public OR p.public = 'tous') AND (p.territoire = c.territoire OR p.territoire = 'commune');

CREATE OR REPLACE TEMP TABLE table1 AS
SELECT c.*, coalesce(o.n, 0) AS services, o.cap AS capacity,
       CASE WHEN coalesce(o.n, 0) = 0 THEN 'non-couvert'
            WHEN c.people IS NOT NULL AND o.cap IS NOT NULL AND o.cap < c.people THEN 'partiel'
            ELSE 'couvert' END AS statut
FROM cells c LEFT JOIN (
    SELECT c.besoin, c.public, c.territoire, sum(g.n) AS n, sum(g.cap) AS cap
    FROM cells c JOIN svc_groups g ON g.besoin = c.besoin
     AND (g.public = c.public OR g.public = 'tous') AND (g.territoire = c.territoire OR g.territoire = 'commune')
    GROUP BY ALL
) o USING (besoin, public, territoire);

CREATE OR REPLACE TEMP TABLE candidates AS
WITH dom AS (
    SELECT DISTINCT s.pk, n.besoin AS sb, o.domain, s.public AS sp
    FROM svc_needs n JOIN services s USING (sid) JOIN ord o ON o.kind = 'besoin' AND o.code = n.besoin
), ranked AS (
    SELECT t.besoin, t.public, t.territoire, d.pk,
           min(CASE WHEN d.sb = t.besoin THEN 1 WHEN d.sp = t.public OR d.sp = 'tous' THEN 2 ELSE 3 END) AS rank
    FROM table1 t JOIN ord o ON o.kind = 'besoin' AND o.code = t.besoin JOIN dom d ON d.domain = o.domain
    WHERE t.statut <> 'couvert'
    GROUP BY ALL
), kept AS (
    SELECT r.*, row_number() OVER (PARTITION BY r.besoin, r.public, r.territoire ORDER BY r.rank, r.pk) AS k
    FROM ranked r ANTI JOIN covering cv
        ON cv.besoin = r.besoin AND cv.public = r.public AND cv.territoire = r.territoire AND cv.pk = r.pk
)
SELECT besoin, public, territoire, string_agg(nm.name, ' | ' ORDER BY rank, kept.pk) AS candidats
FROM kept JOIN names nm USING (pk) WHERE k <= 3 GROUP BY ALL;

SELECT '{period}' AS periode, ob.domain AS domaine, t.besoin, t.public, t.territoire,
       t.mentions AS demande_mentions, t.people AS demande_personnes, t.prio AS priorite_max,
       t.services AS offre_services, t.capacity AS offre_capacite, t.statut,
       CASE WHEN t.people IS NULL THEN NULL WHEN t.statut = 'non-couvert' THEN t.people
            WHEN t.statut = 'partiel' THEN t.people - t.capacity ELSE 0 END AS personnes_non_couvertes,
       coalesce(c.candidats, '') AS candidats
FROM table1 t
JOIN ord ob ON ob.kind = 'besoin' AND ob.code = t.besoin
JOIN ord od ON od.kind = 'domaine' AND od.code = ob.domain
JOIN ord op ON op.kind = 'public' AND op.code = t.public
JOIN ord ot ON ot.kind = 'territoire' AND ot.code = t.territoire
LEFT JOIN candidates c USING (besoin, public, territoire)
ORDER BY od.n, ob.n, op.n, ot.n;
