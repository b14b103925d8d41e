//! `cadastre generer`: writes a synthetic corpus for benchmarks and demos.

use crate::cli::GenerateArgs;
use crate::exit_codes::ExitStatus;
use crate::generate::{corpus_each, Spec};
use crate::taxonomy::Taxonomy;

pub fn run(a: GenerateArgs) -> anyhow::Result<ExitStatus> {
    if a.out.exists()
        && std::fs::read_dir(&a.out)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return Err(crate::error::UsageError::BadOutput {
            path: a.out.clone(),
            why: "le dossier n'est pas vide : choisissez un dossier neuf pour le corpus".into(),
        }
        .into());
    }
    std::fs::create_dir_all(&a.out)?;
    let spec = Spec {
        need_rows: a.rows,
        partners: a.partners.max(1),
        seed: a.seed,
        rows_per_file: a.rows_per_file.max(1),
    };
    let (mut bytes, mut files) = (0, 0);
    corpus_each(&Taxonomy::default_embedded(), &spec, &mut |name, content| {
        bytes += content.len();
        files += 1;
        std::fs::write(a.out.join(name), content)
    })?;
    println!(
        "{} fichiers, {} lignes de besoins, {} lignes de services, {} partenaires, {:.1} Mo, dans {}",
        files,
        spec.need_rows,
        spec.need_rows / 10,
        spec.partners,
        bytes as f64 / 1e6,
        crate::sanitize::one_line(&a.out.display().to_string())
    );
    Ok(ExitStatus::Success)
}
