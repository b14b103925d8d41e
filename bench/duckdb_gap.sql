-- The gap rules of SPEC ("The gap rules") in DuckDB SQL, over the `;`-separated UTF-8 files
-- that `cadastre generer` writes: the comparison a data-minded colleague would make.
-- {needs} and {services} are file globs; the tables `tax` (kind, key, code) and `ord`
-- (kind, code, n, domain) hold the taxonomy, built by duckdb_gap.py from the same file.
-- It validates as the engine does (codes, labels, accents, priorities, counts) but keeps no
-- trace of the rows it drops: no rejections, suggestions, tallies, charts or report.

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

CREATE OR REPLACE TEMP TABLE needs AS
SELECT tidy(n.partenaire) AS spelling, pkey(n.partenaire) AS pk, n.filename,
       b.code AS besoin, pu.code AS public, te.code AS territoire,
       prio_of(n.priorite) AS prio, count_of(n.personnes) AS people
FROM read_csv('{needs}', delim = ';', header = true, all_varchar = true, filename = true, quote = '"') n
LEFT JOIN tax b ON b.kind = 'besoin' AND b.key = fold(n.besoin)
LEFT JOIN tax pu ON pu.kind = 'public' AND pu.key = fold(n.public)
LEFT JOIN tax te ON te.kind = 'territoire' AND te.key = CASE WHEN trim(coalesce(n.territoire, '')) = '' THEN 'commune' ELSE fold(n.territoire) END
LEFT JOIN tax g ON g.kind = 'groupe' AND g.key = fold(n.groupe)
WHERE tidy(n.partenaire) <> '' AND b.code IS NOT NULL AND pu.code IS NOT NULL AND te.code IS NOT NULL
  AND prio_of(n.priorite) IS NOT NULL AND count_ok(n.personnes)
  AND (trim(coalesce(n.groupe, '')) = '' OR g.code IS NOT NULL);

CREATE OR REPLACE TEMP TABLE svc_raw AS
SELECT row_number() OVER () AS sid, * FROM read_csv('{services}', delim = ';', header = true, all_varchar = true, filename = true, quote = '"');

CREATE OR REPLACE TEMP TABLE svc_parts AS
SELECT p.sid, p.part, t.code AS besoin FROM (
    SELECT sid, trim(unnest(string_split(replace(coalesce(besoin, ''), ',', '|'), '|'))) AS part FROM svc_raw
) p LEFT JOIN tax t ON t.kind = 'besoin' AND t.key = fold(p.part)
WHERE p.part <> '';

CREATE OR REPLACE TEMP TABLE services AS
SELECT s.sid, tidy(s.partenaire) AS spelling, pkey(s.partenaire) AS pk, s.filename,
       pu.code AS public, te.code AS territoire, count_of(s.capacite) AS cap
FROM svc_raw s
LEFT JOIN tax pu ON pu.kind = 'public' AND pu.key = fold(s.public)
LEFT JOIN tax te ON te.kind = 'territoire' AND te.key = CASE WHEN trim(coalesce(s.territoire, '')) = '' THEN 'commune' ELSE fold(s.territoire) END
WHERE tidy(s.partenaire) <> '' AND tidy(s.service) <> '' AND pu.code IS NOT NULL AND te.code IS NOT NULL
  AND count_ok(s.capacite)
  AND s.sid IN (SELECT sid FROM svc_parts GROUP BY sid HAVING count(*) > 0 AND count(besoin) = count(*));

CREATE OR REPLACE TEMP TABLE svc_needs AS
SELECT DISTINCT p.sid, p.besoin FROM svc_parts p JOIN services s USING (sid);

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
