//! The gap rules of SPEC, on a crafted quarter whose every number was computed by hand:
//! wildcards, partiel vs couvert, unknown people and capacities, candidates of each rank,
//! exclusion of covering partners, the cut at three, ties by folded name, multi-domain
//! services, and the gap matrices built from the cells.

use crate::testenv::{assert_lines, Env};

const NEEDS: &str = "partenaire;besoin;public;territoire;priorite;personnes;groupe
A;aide-alimentaire;familles;oleye;2;10;
A;aide-alimentaire;aines;bleret;3;5;
A;aide-alimentaire;familles;commune;2;4;
A;aide-alimentaire;familles;waremme-centre;1;60;
A;isolement;aines;commune;2;6;maillage-social
A;logement-urgence;familles;commune;4;20;solitude-exclusion
B;logement-urgence;familles;commune;3;10;solitude-exclusion
A;logement-urgence;jeunes;commune;2;10;
A;logement-urgence;aines;commune;1;;
A;logement-abordable;familles;commune;2;50;
A;logement-abordable;aines;oleye;3;7;
B;logement-abordable;jeunes;commune;2;;
A;sante-mentale;jeunes;commune;4;30;prevention-jeunesse
A;canicule;enfants;commune;3;;
A;assuetudes;tous;commune;2;8;
";

const SERVICES: &str = "partenaire;service;besoin;public;territoire;capacite
Épicerie;Colis tous;aide-alimentaire;tous;commune;100
Croix-Rouge;Colis Bleret;aide-alimentaire;aines;bleret;3
Croix-Rouge;Colis centre;aide-alimentaire;familles;waremme-centre;50
Logis;Transit;logement-urgence;familles;commune;10
AIS;Urgence AIS;logement-urgence;tous;commune;
Logis;Logements publics;logement-abordable;familles;commune;
CPAS;Guidance;logement-abordable;tous;bleret;
Multi;Accueil;isolement | logement-abordable;familles;waremme-centre;5
Abri;Abri jeunes;logement-urgence;jeunes;commune;10
Zeta;Écoute seniors;sante-mentale;aines;commune;5
Zeta;Canicule jeunes;canicule;jeunes;oleye;
alpha;Prévention;assuetudes;jeunes;commune;
Beta;Plan chaleur;canicule;tous;oleye;
Gamma;Groupe parole;assuetudes;aines;commune;
Éole;Visites été;canicule;aines;commune;
";

fn crafted() -> Env {
    let env = Env::new();
    env.file("besoins.csv", NEEDS).file("services.csv", SERVICES);
    env.analyse(&[]).expect(0);
    env
}

#[test]
fn cadastre_follows_every_gap_rule() {
    let env = crafted();
    // By cell, why:
    // - isolement/aines: Multi lists the need (rank 1); Croix-Rouge (aines) and Épicerie
    //   (tous) are rank 2 in the domain, ordered by folded name; Croix-Rouge's familles
    //   service (rank 3) does not demote it.
    // - aide-alimentaire: `tous`+`commune` covers every public and section; the centre's
    //   familles service covers waremme-centre only, not the `commune` cell.
    // - assuetudes/tous: a `jeunes` service does not cover a `tous` cell.
    // - canicule/enfants: a service for oleye does not cover the `commune` cell; three
    //   partners tie at rank 1 and sort by folded name (Beta, Éole, Zeta).
    // - logement-urgence/jeunes: capacity equal to people is couvert; AIS's unknown
    //   capacity is left out of the sum.
    // - logement-urgence/familles: 10 places (AIS declares none) for 30 people: partiel;
    //   the covering Logis and AIS are left out of the candidates; cut at three.
    // - logement-urgence/aines: unknown people: couvert, people not covered unknown.
    // - logement-abordable/familles: no capacity declared at all: couvert.
    assert_lines(
        "periode,domaine,besoin,public,territoire,demande_mentions,demande_personnes,priorite_max,offre_services,offre_capacite,statut,personnes_non_couvertes,candidats
2026-T3,social,isolement,aines,commune,1,6,2,0,,non-couvert,6,Multi | Croix-Rouge | Épicerie
2026-T3,social,aide-alimentaire,familles,waremme-centre,1,60,1,2,150,couvert,0,
2026-T3,social,aide-alimentaire,familles,oleye,1,10,2,1,100,couvert,0,
2026-T3,social,aide-alimentaire,familles,commune,1,4,2,1,100,couvert,0,
2026-T3,social,aide-alimentaire,aines,bleret,1,5,3,2,103,couvert,0,
2026-T3,sante,assuetudes,tous,commune,1,8,2,0,,non-couvert,8,alpha | Gamma | Beta
2026-T3,sante,sante-mentale,jeunes,commune,1,30,4,0,,non-couvert,30,Zeta | alpha | Beta
2026-T3,sante,canicule,enfants,commune,1,,3,0,,non-couvert,,Beta | Éole | Zeta
2026-T3,logement,logement-urgence,jeunes,commune,1,10,2,2,10,couvert,0,
2026-T3,logement,logement-urgence,familles,commune,2,30,4,2,10,partiel,20,Abri | CPAS | Multi
2026-T3,logement,logement-urgence,aines,commune,1,,1,1,,couvert,,
2026-T3,logement,logement-abordable,jeunes,commune,1,,2,0,,non-couvert,,CPAS | Logis | Multi
2026-T3,logement,logement-abordable,familles,commune,1,50,2,1,,couvert,0,
2026-T3,logement,logement-abordable,aines,oleye,1,7,3,0,,non-couvert,7,CPAS | Logis | Multi
",
        &env.out("cadastre.csv"),
    );
}

#[test]
fn gap_matrices_count_cells_and_people_not_covered() {
    let env = crafted();
    let zeros = "0,0,0,0,0,0,0,0";
    assert_lines(
        &format!(
            "domaine,enfants,jeunes,familles,aines,personnes-isolees,demandeurs-emploi,personnes-precarisees,tous
social,0,0,0,1,0,0,0,0
sante,1,1,0,0,0,0,0,1
emploi,{zeros}
enseignement-formation,{zeros}
logement,0,1,1,1,0,0,0,0
culture,{zeros}
sport,{zeros}
securite,{zeros}
"
        ),
        &env.out("gap_domaine_public.csv"),
    );
    assert_lines(
        &format!(
            "domaine,enfants,jeunes,familles,aines,personnes-isolees,demandeurs-emploi,personnes-precarisees,tous
social,0,0,0,6,0,0,0,0
sante,0,30,0,0,0,0,0,8
emploi,{zeros}
enseignement-formation,{zeros}
logement,0,0,20,7,0,0,0,0
culture,{zeros}
sport,{zeros}
securite,{zeros}
"
        ),
        &env.out("gap_domaine_public_personnes.csv"),
    );
    assert_lines(
        &format!(
            "domaine,waremme-centre,bettincourt,bleret,bovenistier,grand-axhe,lantremange,oleye,commune
social,0,0,0,0,0,0,0,1
sante,0,0,0,0,0,0,0,3
emploi,{zeros}
enseignement-formation,{zeros}
logement,0,0,0,0,0,0,1,2
culture,{zeros}
sport,{zeros}
securite,{zeros}
"
        ),
        &env.out("gap_domaine_territoire.csv"),
    );
    let z = "0,0,0,0,0,0,0,0";
    assert_lines(
        &format!(
            "groupe,social,sante,emploi,enseignement-formation,logement,culture,sport,securite
maillage-social,1,0,0,0,0,0,0,0
vivre-ensemble,{z}
prevention-jeunesse,0,1,0,0,0,0,0,0
autour-des-familles,{z}
solitude-exclusion,0,0,0,0,1,0,0,0
insertion-socioprofessionnelle,{z}
sans-groupe,0,2,0,0,2,0,0,0
"
        ),
        &env.out("gap_groupe_domaine.csv"),
    );
}

#[test]
fn partners_table_counts_needs_services_cover_and_candidacies() {
    let env = crafted();
    assert_lines(
        "partenaire,besoins_exprimes,services_offerts,cellules_couvertes,cellules_candidat
A,13,0,0,0
Abri,0,1,1,1
AIS,0,1,3,0
alpha,0,1,0,2
B,2,0,0,0
Beta,0,1,0,3
CPAS,0,1,0,3
Croix-Rouge,0,2,2,1
Éole,0,1,0,1
Épicerie,0,1,4,1
Gamma,0,1,0,1
Logis,0,2,2,2
Multi,0,1,0,4
Zeta,0,2,0,2
",
        &env.out("partenaires.csv"),
    );
}

#[test]
fn partner_names_fold_and_show_their_most_frequent_spelling() {
    let env = Env::new();
    env.file(
        "a.csv",
        "partenaire;besoin;public;priorite;personnes\n\
         Alpha Hesbaye de Bovenistier;isolement;aines;2;5\n\
         cpas de  waremme ;isolement;aines;3;10\n",
    )
    .file(
        "b.csv",
        "partenaire;service;besoin;public;territoire\n\
         Alpha Hesbaye d'Oleye;Cours;formation-adultes;tous;commune\n\
         Alpha Hesbaye de Bovenistier;Cours;formation-adultes;tous;commune\n\
         CPAS de Waremme;Taxi;taxi-social;jeunes;commune\n\
         CPAS de Waremme;Repas;visites-domicile;jeunes;oleye\n",
    );
    env.analyse(&[]).expect(0);
    // Two partners expressed the cell; the CPAS is shown as it is most often written, and
    // "d'Oleye" sorts before "de Bovenistier" (' < e).
    assert_lines(
        "periode,domaine,besoin,public,territoire,demande_mentions,demande_personnes,priorite_max,offre_services,offre_capacite,statut,personnes_non_couvertes,candidats
2026-T3,social,isolement,aines,commune,2,15,3,0,,non-couvert,15,CPAS de Waremme
",
        &env.out("cadastre.csv"),
    );
    let env = Env::new();
    env.file(
        "a.csv",
        "partenaire;besoin;public;priorite\nX;formation-adultes;aines;2\n",
    )
    .file(
        "b.csv",
        "partenaire;service;besoin;public;territoire\n\
         Alpha Hesbaye de Bovenistier;Cours;formation-adultes;jeunes;commune\n\
         Alpha Hesbaye d'Oleye;Cours;formation-adultes;jeunes;commune\n",
    );
    env.analyse(&[]).expect(0);
    assert!(env
        .out("cadastre.csv")
        .ends_with(",non-couvert,,Alpha Hesbaye d'Oleye | Alpha Hesbaye de Bovenistier\n"));
}

#[test]
fn min_cell_hides_small_counts_of_people_everywhere() {
    let env = Env::new();
    env.file("besoins.csv", NEEDS).file("services.csv", SERVICES);
    env.analyse(&["--min-cell", "10"]).expect(0);
    let cadastre = env.out("cadastre.csv");
    assert!(
        cadastre.contains("2026-T3,social,isolement,aines,commune,1,<10,2,0,,non-couvert,<10,"),
        "{cadastre}"
    );
    assert!(
        cadastre.contains("2026-T3,social,aide-alimentaire,aines,bleret,1,<10,3,2,103,couvert,0,"),
        "{cadastre}"
    );
    assert!(cadastre.contains("2026-T3,logement,logement-urgence,familles,commune,2,30,4,2,10,partiel,20,"));
    let personnes = env.out("gap_domaine_public_personnes.csv");
    assert!(personnes.contains("social,0,0,0,<10,0,0,0,0"), "{personnes}");
    assert!(env.out("LISEZMOI-min-cell.txt").contains("<10"));
}
