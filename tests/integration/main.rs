//! Integration tests: the `cadastre` binary run in fresh temporary folders, as a user would,
//! with the outputs read back and compared (with a diff on failure).

mod testenv;

mod dutch;
mod formats;
mod gaps;
mod guide;
#[cfg(unix)]
mod hardening;
mod history;
mod hostile;
mod ingest;
mod languages;
mod layers;
mod outputs;
mod portal;
mod property;
mod report;
mod sample;
mod sheets;
mod template;
mod terminal;
mod words;
mod workbooks;
