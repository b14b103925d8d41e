//! The exit codes `cadastre` documents: scripts and schedulers rely on them.

use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// The work is done (rejections, if any, are in `rejets.csv`).
    Success,
    /// `--strict` and at least one rejection: everything was still written.
    Rejections,
    /// Unusable arguments, or nothing readable: nothing was written.
    Unusable,
    /// `portail inviter|rappel`: the relay refused or could not take at least one mail.
    SendingFailed,
}

impl ExitStatus {
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Rejections => 1,
            ExitStatus::Unusable => 2,
            ExitStatus::SendingFailed => 1,
        }
    }
}

impl From<ExitStatus> for ExitCode {
    fn from(s: ExitStatus) -> ExitCode {
        ExitCode::from(s.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_documented_ones() {
        assert_eq!(ExitStatus::Success.code(), 0);
        assert_eq!(ExitStatus::Rejections.code(), 1);
        assert_eq!(ExitStatus::Unusable.code(), 2);
    }
}
