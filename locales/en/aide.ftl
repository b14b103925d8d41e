# The --help of each subcommand (aide-SUBCOMMAND, by the name its usage line shows) and
# of each argument (aide-SUBCOMMAND-ARGUMENT, by the option's French alias when it has
# one, else its name). clap's own words (Usage, Options, errors) stay clap's.

aide-cadastre = Cadastre des besoins: maps the needs partners see against the services they run, and shows the gaps.

## Arguments several subcommands share
aide-analyse-dir = The quarter's folder, with the partners' files, or a folder of quarters (one subfolder 2026-T3 per quarter) [default: the sample provided, datasets/waremme]
aide-analyse-periode = Period analysed, e.g. 2026-T3 [default: read from the folder name or the files]
aide-analyse-sortie = Output folder; the outputs go to SORTIE/PERIODE/
aide-analyse-taxonomie = Taxonomy file to use instead of the one provided
aide-analyse-langue = Language of the messages and outputs
aide-serve-donnees = The portal's data folder (database, uploads, archives, outputs), created if missing

## cadastre analyse
aide-analyse = Analyses a quarter: needs register, gap matrices, rejections
aide-analyse-strict = Fails (code 1) if any row is rejected, after writing everything
aide-analyse-min-cell = Shows "<N" for any number of people from 1 to N-1 (publication outside the partnership)
aide-analyse-hxl = Adds a row of HXL hashtags under the header of cadastre.csv and guide.csv
aide-analyse-parquet-lignes = Also writes the validated rows in Parquet (besoins_partenaires, services_valides, taxonomie, partenaires_orthographes) for sql/cadastre.sql
aide-analyse-benevoles = Folder (or file) of the Conseil du volontariat: adds benevoles_manques.csv (counts, no names) and what volunteers could bring to the gaps

## cadastre benevoles
aide-benevoles = Puts the Conseil du volontariat's volunteers in touch with the associations' missions: appariements.csv and a printable .xlsx, in SORTIE/benevoles/
aide-benevoles-dir = Folder (or file) with the list of volunteers (benevole column) and the associations' missions (mission column), any format
aide-benevoles-sortie = Output folder; the files go to SORTIE/benevoles/ (they name people: keep them with the council)
aide-benevoles-taxonomie = { aide-analyse-taxonomie }
aide-benevoles-langue = { aide-analyse-langue }

## cadastre comparer
aide-compare = Compares two analysed quarters: what appeared, was resolved, worsened, was reduced
aide-compare-p1 = The earlier quarter, e.g. 2026-T2
aide-compare-p2 = The later quarter, e.g. 2026-T3
aide-compare-sortie = Output folder of the analyses (its history is read; the comparison is written there)
aide-compare-taxonomie = Taxonomy file (for the order of the rows)
aide-compare-langue = Language of the messages

## cadastre generer
aide-generate = Writes a synthetic corpus for performance measurements
aide-generate-lignes = Number of need rows (the services are a tenth of it)
aide-generate-partenaires = Number of partners
aide-generate-graine = Seed: the same seed gives the same files
aide-generate-lignes-par-fichier = Rows per file
aide-generate-sortie = Folder to write the corpus to (it must be empty or absent)
aide-generate-langue = { aide-compare-langue }

## cadastre guide
aide-guide = Writes the services guide for field workers
aide-guide-dir = { aide-analyse-dir }
aide-guide-periode = { aide-analyse-periode }
aide-guide-sortie = { aide-analyse-sortie }
aide-guide-taxonomie = { aide-analyse-taxonomie }
aide-guide-langue = { aide-analyse-langue }
aide-guide-hxl = Adds a row of HXL hashtags under the header of guide.csv

## cadastre partenaire
aide-partenaire = Prints a partner's sheet for the one-to-one meeting
aide-partenaire-name = The partner's name (case, accents and spaces do not count)
aide-partenaire-dir = { aide-analyse-dir }
aide-partenaire-periode = { aide-analyse-periode }
aide-partenaire-sortie = { aide-analyse-sortie }
aide-partenaire-taxonomie = { aide-analyse-taxonomie }
aide-partenaire-langue = { aide-analyse-langue }
aide-partenaire-min-cell = Shows "<N" for any number of people from 1 to N-1

## cadastre modele
aide-template = Writes the blank files to send to the partners
aide-template-sortie = Folder to write the templates to
aide-template-taxonomie = Taxonomy file for the drop-down lists
aide-template-langue = Language of the instructions

## cadastre taxonomie
aide-taxonomy = Prints the accepted codes and labels
aide-taxonomy-taxonomie = Taxonomy file to print instead of the one provided
aide-taxonomy-langue = Language of the labels

## cadastre serve
aide-serve = Opens the portal: partners upload, the coordination analyses
aide-serve-adresse = Address to listen on; behind a reverse proxy (TLS), keep 127.0.0.1
aide-serve-max-depot = Largest file uploaded, in bytes or with a unit (20MB, 500kB)
aide-serve-guide-public = Publishes the services guide of the last analysis at /guide, without signing in
aide-serve-taxonomie = { aide-analyse-taxonomie }
aide-serve-langue = Language of the rejections and outputs
aide-serve-rappels = Days before the deadline the reminders go out on their own to those who sent nothing, e.g. 7,2
aide-serve-fuseau = Time zone of the times shown (board, pages, e-mails)
aide-serve-proxy = The reverse proxy's address: only its requests give the client's address by X-Forwarded-For

## cadastre portail
aide-portail = Sets the portal up, whether the server runs or not: password, period, partners
aide-portail-langue = Language of the messages; with partenaire, also the language of the partner's e-mails
aide-portail-coordination = Sets the coordination's password, read from one line of standard input
aide-portail-coordination-donnees = { aide-serve-donnees }
aide-portail-periode = Opens a period for uploads (one at a time)
aide-portail-periode-donnees = { aide-serve-donnees }
aide-portail-periode-period = The period, e.g. 2026-T4
aide-portail-periode-echeance = Deadline of the uploads, YYYY-MM-DD
aide-portail-partenaire = Registers a partner if new and prints their new personal link
aide-portail-partenaire-donnees = { aide-serve-donnees }
aide-portail-partenaire-name = The partner's name
aide-portail-partenaire-courriel = Their email address
aide-portail-benevoles = Imports the volunteering council's current list (any partner-file format) and prints each volunteer's personal link with their name
aide-portail-benevoles-donnees = { aide-serve-donnees }
aide-portail-benevoles-file = The list's file (workbook, CSV…)
aide-portail-benevoles-taxonomie = { aide-serve-taxonomie }
aide-portail-courriel = Sets the mail relay (SMTP) of the invitations and the public address of the links
aide-portail-courriel-donnees = { aide-serve-donnees }
aide-portail-courriel-serveur = Mail relay, HOST:PORT (e.g. smtp.commune.be:587)
aide-portail-courriel-expediteur = The e-mails' sender address
aide-portail-courriel-url = The portal's public address, start of the links (e.g. https://cadastre.commune.be)
aide-portail-courriel-securite = Protection of the connection: starttls, tls or aucune (none)
aide-portail-courriel-utilisateur = User name on the mail relay; the password is read from standard input
aide-portail-inviter = E-mails a new personal link to each partner named (to all those with an address when none is named)
aide-portail-inviter-donnees = { aide-serve-donnees }
aide-portail-inviter-names = The partners to invite
aide-portail-rappel = Sends a reminder and a new link to the partners that sent nothing for the open period
aide-portail-rappel-donnees = { aide-serve-donnees }
aide-portail-sauvegarde = Writes a consistent copy of the folder (database and files) into one file, server running or not
aide-portail-sauvegarde-donnees = { aide-serve-donnees }
aide-portail-sauvegarde-vers = The backup file (zip)
aide-portail-restaurer = Makes a working data folder of a backup, after checking each of its files
aide-portail-restaurer-depuis = The backup file
aide-portail-restaurer-donnees = The new data folder (absent or empty)
