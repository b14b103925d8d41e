//! One module per subcommand.

pub mod analyse;
pub mod guide;
pub mod taxonomy;
pub mod template;
