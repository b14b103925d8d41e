//! Integration tests: the `cadastre` binary run in fresh temporary folders, as a user would,
//! with the outputs read back and compared (with a diff on failure).

mod testenv;

mod bounds;
mod dutch;
mod evaluation;
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
mod portal_volunteers;
mod property;
mod report;
mod sample;
mod sheets;
mod template;
mod terminal;
mod volunteers;
mod words;
mod workbooks;
