-- cadastre.csv from the validated rows of one or more partitions (`cadastre analyse
-- --parquet-lignes` on each folder of partner files): the reduce of SPEC's gap rules, in
-- standard SQL (CTEs, window functions, CASE, ||), for DuckDB, Spark SQL or Trino; the
-- tests run it with DuckDB.
--
-- Before it, four tables or views must exist, each the union of the partitions' files:
--   besoins_partenaires       (besoins_partenaires.parquet)
--   services_valides          (services_valides.parquet)
--   taxonomie                 (taxonomie.parquet; the same in every partition)
--   partenaires_orthographes  (partenaires_orthographes.parquet)
-- A partition must hold whole files: a file's path names it in partenaires_orthographes.
-- The result has cadastre.csv's columns, in its order and row order.

WITH
tax AS (
    SELECT DISTINCT type, code, ordre, domaine FROM taxonomie
),
-- A partner cell said in several partitions counts once: highest priority, largest estimate.
cellules_partenaires AS (
    SELECT periode, partenaire_cle, besoin, public, territoire,
           MAX(priorite) AS priorite, MAX(personnes) AS personnes
    FROM besoins_partenaires
    GROUP BY periode, partenaire_cle, besoin, public, territoire
),
demande AS (
    SELECT periode, besoin, public, territoire,
           COUNT(*) AS demande_mentions,
           SUM(personnes) AS demande_personnes,
           MAX(priorite) AS priorite_max
    FROM cellules_partenaires
    GROUP BY periode, besoin, public, territoire
),
-- A service covers a cell when it lists the need, serves its public or `tous`, on its
-- territory or the whole `commune`; services_valides has one row per (service, need).
couverture AS (
    SELECT d.periode, d.besoin, d.public, d.territoire, s.partenaire_cle, s.capacite
    FROM demande d
    JOIN services_valides s
      ON s.periode = d.periode
     AND s.besoin = d.besoin
     AND (s.public = d.public OR s.public = 'tous')
     AND (s.territoire = d.territoire OR s.territoire = 'commune')
),
offre AS (
    SELECT periode, besoin, public, territoire,
           COUNT(*) AS offre_services, SUM(capacite) AS offre_capacite
    FROM couverture
    GROUP BY periode, besoin, public, territoire
),
cellules AS (
    SELECT d.periode, b.domaine, d.besoin, d.public, d.territoire,
           d.demande_mentions, d.demande_personnes, d.priorite_max,
           COALESCE(o.offre_services, 0) AS offre_services, o.offre_capacite,
           CASE
               WHEN o.offre_services IS NULL THEN 'non-couvert'
               WHEN d.demande_personnes IS NOT NULL AND o.offre_capacite IS NOT NULL
                    AND o.offre_capacite < d.demande_personnes THEN 'partiel'
               ELSE 'couvert'
           END AS statut
    FROM demande d
    JOIN tax b ON b.type = 'besoin' AND b.code = d.besoin
    LEFT JOIN offre o
      ON o.periode = d.periode AND o.besoin = d.besoin
     AND o.public = d.public AND o.territoire = d.territoire
),
-- Display names: the most frequent spelling overall; ties, the first read (file, table
-- of the file, line).
orthographes AS (
    SELECT partenaire_cle, orthographe, SUM(nombre) AS nombre
    FROM partenaires_orthographes
    GROUP BY partenaire_cle, orthographe
),
premieres AS (
    SELECT partenaire_cle, orthographe, fichier, tableau, ligne,
           ROW_NUMBER() OVER (PARTITION BY partenaire_cle, orthographe
                              ORDER BY fichier, tableau, ligne) AS k
    FROM partenaires_orthographes
),
noms AS (
    SELECT o.partenaire_cle, o.orthographe AS nom,
           ROW_NUMBER() OVER (PARTITION BY o.partenaire_cle
                              ORDER BY o.nombre DESC, p.fichier, p.tableau, p.ligne) AS k
    FROM orthographes o
    JOIN premieres p
      ON p.partenaire_cle = o.partenaire_cle AND p.orthographe = o.orthographe AND p.k = 1
),
-- Candidates of the cells not `couvert`: (1) a service for the same need, (2) a service
-- of the domain for the cell's public or `tous`, (3) a service of the domain; each
-- partner at its best rank, those covering the cell left out; ties by folded name.
rangs AS (
    SELECT c.periode, c.besoin, c.public, c.territoire, s.partenaire_cle,
           MIN(CASE
                   WHEN s.besoin = c.besoin THEN 1
                   WHEN s.public = c.public OR s.public = 'tous' THEN 2
                   ELSE 3
               END) AS rang
    FROM cellules c
    JOIN services_valides s ON s.periode = c.periode AND s.domaine = c.domaine
    WHERE c.statut <> 'couvert'
      AND NOT EXISTS (
          SELECT 1 FROM couverture v
          WHERE v.periode = c.periode AND v.besoin = c.besoin AND v.public = c.public
            AND v.territoire = c.territoire AND v.partenaire_cle = s.partenaire_cle)
    GROUP BY c.periode, c.besoin, c.public, c.territoire, s.partenaire_cle
),
classes AS (
    SELECT r.periode, r.besoin, r.public, r.territoire, n.nom,
           ROW_NUMBER() OVER (PARTITION BY r.periode, r.besoin, r.public, r.territoire
                              ORDER BY r.rang, r.partenaire_cle) AS place
    FROM rangs r
    JOIN noms n ON n.partenaire_cle = r.partenaire_cle AND n.k = 1
),
candidats AS (
    SELECT periode, besoin, public, territoire,
           MAX(CASE WHEN place = 1 THEN nom END) AS c1,
           MAX(CASE WHEN place = 2 THEN nom END) AS c2,
           MAX(CASE WHEN place = 3 THEN nom END) AS c3
    FROM classes
    WHERE place <= 3
    GROUP BY periode, besoin, public, territoire
)
SELECT c.periode, c.domaine, c.besoin, c.public, c.territoire,
       c.demande_mentions, c.demande_personnes, c.priorite_max,
       c.offre_services, c.offre_capacite, c.statut,
       CASE
           WHEN c.demande_personnes IS NULL THEN NULL
           WHEN c.statut = 'non-couvert' THEN c.demande_personnes
           WHEN c.statut = 'partiel' THEN c.demande_personnes - c.offre_capacite
           ELSE 0
       END AS personnes_non_couvertes,
       -- As in every CSV: a text starting with =, +, - or @ gets a leading apostrophe.
       CASE
           WHEN SUBSTRING(k.c1 FROM 1 FOR 1) IN ('=', '+', '-', '@') THEN '''' || k.c1
           ELSE k.c1
       END || COALESCE(' | ' || k.c2, '') || COALESCE(' | ' || k.c3, '') AS candidats
FROM cellules c
LEFT JOIN candidats k
  ON k.periode = c.periode AND k.besoin = c.besoin
 AND k.public = c.public AND k.territoire = c.territoire
JOIN tax d ON d.type = 'domaine' AND d.code = c.domaine
JOIN tax b ON b.type = 'besoin' AND b.code = c.besoin
JOIN tax p ON p.type = 'public' AND p.code = c.public
JOIN tax t ON t.type = 'territoire' AND t.code = c.territoire
ORDER BY d.ordre, b.ordre, p.ordre, t.ordre;
