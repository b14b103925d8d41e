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
    thread_cpu: f64,
}

/// Starts timing a stage.
pub fn stage(name: &'static str) -> Stage {
    Stage {
        name,
        start: Instant::now(),
        thread_cpu: if enabled() { thread_cpu_seconds() } else { 0.0 },
    }
}

impl Drop for Stage {
    fn drop(&mut self) {
        if enabled() {
            // Parts render side by side on two cores: a part's wall time also counts the
            // time it waited for a core, its thread's processor time does not (work it
            // hands to other threads, rayon's or polars', is not counted in it).
            eprintln!(
                "  {:<24} {:>8.3} s  (ce fil : {:.3} s de processeur)",
                self.name,
                self.start.elapsed().as_secs_f64(),
                thread_cpu_seconds() - self.thread_cpu
            );
        }
    }
}

/// The processor time of the calling thread so far, in seconds, from
/// `/proc/thread-self/schedstat` (its first field is nanoseconds on a processor); 0 where
/// there is none.
fn thread_cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

/// The processor time the process has used so far (user and system, all threads), in
/// seconds, from `/proc/self/stat`; 0 where there is none. Comparing it with the wall time
/// of a phase tells whether the phase kept both cores busy.
pub fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // The command name (2nd field) may hold spaces: fields are counted after its ')'.
    let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else {
        return 0.0;
    };
    let field = |i: usize| rest.split_whitespace().nth(i).and_then(|v| v.parse::<f64>().ok());
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name; in clock
    // ticks, which Linux reports at 100 a second.
    match (field(11), field(12)) {
        (Some(u), Some(s)) => (u + s) / 100.0,
        _ => 0.0,
    }
}

/// The process's peak resident memory in MB, from `/proc/self/status` (0 where there is
/// none), for `CADASTRE_TEMPS`.
pub fn peak_memory_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}
