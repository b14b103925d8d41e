//! Integration tests: the `cadastre` binary run in fresh temporary folders, as a user would,
//! with the outputs read back and compared (with a diff on failure).

mod testenv;

mod formats;
mod gaps;
mod guide;
mod history;
mod ingest;
mod outputs;
mod property;
mod report;
mod sample;
mod template;
mod workbooks;
