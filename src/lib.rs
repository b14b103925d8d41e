//! `cadastre`: the needs-mapping engine of a local social coordination.
//!
//! Pipeline: [`ingest`] reads partner files, [`validate`] turns them into rows and
//! rejections, [`pipeline`] identifies partners and runs [`analyse`], [`render`] turns the
//! result into tables and files, [`output`] writes them atomically (and [`leftovers`]
//! removes what a killed run left). [`cmd`] holds one module per subcommand; [`os_error`]
//! words system errors in the run's language; [`i18n`] gives the pages' words from the
//! Fluent catalogs of `locales/`.

pub mod analyse;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod error;
pub mod exit_codes;
pub mod fold;
pub mod generate;
pub mod history;
pub mod i18n;
pub mod ingest;
pub mod leftovers;
pub mod matching;
pub mod model;
pub mod os_error;
pub mod output;
pub mod partners;
pub mod period;
pub mod pipeline;
pub mod portal;
pub mod publish;
pub mod render;
pub mod sanitize;
pub mod table;
pub mod taxonomy;
pub mod timing;
pub mod validate;
pub mod volunteers;
