//! One module per subcommand.

pub mod analyse;
pub mod compare;
pub mod generate;
pub mod guide;
pub mod partner;
pub mod taxonomy;
pub mod template;
