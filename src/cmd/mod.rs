//! One module per subcommand.

pub mod analyse;
pub mod taxonomy;
pub mod template;
