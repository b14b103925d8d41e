//! One module per subcommand.

pub mod analyse;
pub mod compare;
pub mod generate;
pub mod guide;
pub mod partner;
pub mod portal;
pub mod serve;
pub mod taxonomy;
pub mod template;
pub mod volunteers;
