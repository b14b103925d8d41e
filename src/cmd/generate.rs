//! `cadastre generer`: writes a synthetic corpus for benchmarks and demos.

use crate::cli::GenerateArgs;
use crate::exit_codes::ExitStatus;
use crate::generate::{corpus_each, Spec};
use crate::i18n::{t, t_args};
use crate::model::Lang;
use crate::taxonomy::Taxonomy;

pub fn run(a: GenerateArgs) -> anyhow::Result<ExitStatus> {
    if a.out.exists()
        && std::fs::read_dir(&a.out)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return Err(crate::error::UsageError::BadOutput {
            path: a.out.clone(),
            why: t(a.lang, "term-corpus-pas-vide"),
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
    let mut mb = format!("{:.1}", bytes as f64 / 1e6);
    if a.lang == Lang::Nl {
        // Dutch writes a decimal comma (French keeps the point it always had here).
        mb = mb.replace('.', ",");
    }
    let text = |v: String| crate::i18n::s(v);
    println!(
        "{}",
        t_args(
            a.lang,
            "term-corpus",
            &[
                ("fichiers", text(files.to_string())),
                ("besoins", text(spec.need_rows.to_string())),
                ("services", text((spec.need_rows / 10).to_string())),
                ("partenaires", text(spec.partners.to_string())),
                ("mo", text(mb)),
                ("dossier", text(crate::sanitize::path(&a.out))),
            ]
        )
    );
    Ok(ExitStatus::Success)
}
