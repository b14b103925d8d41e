//! placeholder
pub fn files(_a: &crate::pipeline::Analysis) -> anyhow::Result<Vec<crate::render::OutputFile>> {
    Ok(Vec::new())
}
