//! `CADASTRE_TEMPS=1`: the time of each stage of a run on stderr, for benchmarks and
//! profiling. Nothing is printed without it, and nothing it prints goes into an output.

use std::sync::OnceLock;
use std::time::Instant;

/// Whether `CADASTRE_TEMPS` is set (read once).
pub fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("CADASTRE_TEMPS").is_some())
}

/// A stage being timed: its time is printed when it ends (when the value is dropped).
pub struct Stage {
    name: &'static str,
    start: Instant,
}

/// Starts timing a stage.
pub fn stage(name: &'static str) -> Stage {
    Stage {
        name,
        start: Instant::now(),
    }
}

impl Drop for Stage {
    fn drop(&mut self) {
        if enabled() {
            eprintln!(
                "  {:<24} {:>8.3} s",
                self.name,
                self.start.elapsed().as_secs_f64()
            );
        }
    }
}
