//! The portal's secrets and defences: personal-link and session tokens (256 bits from the
//! OS generator, kept only as SHA-256 hashes, compared in constant time), the coordinator's
//! password (argon2id), the throttling of failed sign-ins, and the headers every response
//! carries.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// A new random token: 32 bytes from the operating system's generator, as 64 hex digits.
pub fn new_token() -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("getrandom: {e}"))?;
    Ok(hex(&bytes))
}

/// The SHA-256 of a token: what the store keeps in its place.
pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Whether two hashes are equal, in time that does not depend on where they differ.
pub fn same(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

/// Whether a string can be a token at all (64 lower-case hex digits): anything else is
/// refused before it reaches the store.
pub fn looks_like_token(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// The password as an argon2id PHC string (random salt, the crate's default parameters:
/// 19 MiB, 2 passes). CPU-heavy: call it off the async threads.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| anyhow::anyhow!("getrandom: {e}"))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("sel : {e}"))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("argon2: {e}"))
}

/// Whether `password` matches the stored PHC string. CPU-heavy: call it off the async
/// threads.
pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

/// Failed sign-ins per address: five within a minute close the door for a minute.
#[derive(Default)]
pub struct Throttle {
    failures: Mutex<HashMap<IpAddr, VecDeque<Instant>>>,
}

/// Failed attempts allowed within [`WINDOW`].
pub const MAX_FAILURES: usize = 5;
pub const WINDOW: Duration = Duration::from_secs(60);
/// Addresses remembered at most: past it, the oldest records are dropped.
const MAX_ADDRESSES: usize = 10_000;

impl Throttle {
    /// How long `ip` must still wait, if it is blocked.
    pub fn blocked(&self, ip: IpAddr, now: Instant) -> Option<Duration> {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let list = map.get_mut(&ip)?;
        list.retain(|t| now.duration_since(*t) < WINDOW);
        if list.len() >= MAX_FAILURES {
            let last = *list.back()?;
            return Some(WINDOW.saturating_sub(now.duration_since(last)));
        }
        None
    }

    pub fn failed(&self, ip: IpAddr, now: Instant) {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_ADDRESSES {
            map.retain(|_, l| l.back().is_some_and(|t| now.duration_since(*t) < WINDOW));
        }
        let list = map.entry(ip).or_default();
        list.push_back(now);
        while list.len() > MAX_FAILURES {
            list.pop_front();
        }
    }

    pub fn succeeded(&self, ip: IpAddr) {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        map.remove(&ip);
    }
}

/// Events per address within a window, past which the address waits: the public
/// volunteers' form takes [`REGISTRATIONS_PER_HOUR`] registrations an hour from one address.
pub struct Quota {
    max: usize,
    window: Duration,
    seen: Mutex<HashMap<IpAddr, VecDeque<Instant>>>,
}

/// Registrations accepted from one address within an hour (SPEC: the 21st gets 429).
pub const REGISTRATIONS_PER_HOUR: usize = 20;

impl Quota {
    pub fn new(max: usize, window: Duration) -> Quota {
        Quota {
            max,
            window,
            seen: Mutex::default(),
        }
    }

    /// The registrations' quota: 20 an hour.
    pub fn registrations() -> Quota {
        Quota::new(REGISTRATIONS_PER_HOUR, Duration::from_secs(3600))
    }

    /// Counts one event of `ip` at `now` when the quota allows it; otherwise how long the
    /// address must wait.
    pub fn take(&self, ip: IpAddr, now: Instant) -> Result<(), Duration> {
        let mut map = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_ADDRESSES {
            let window = self.window;
            map.retain(|_, l| l.back().is_some_and(|t| now.duration_since(*t) < window));
        }
        let list = map.entry(ip).or_default();
        list.retain(|t| now.duration_since(*t) < self.window);
        if list.len() >= self.max {
            let first = list.front().copied().unwrap_or(now);
            return Err(self.window.saturating_sub(now.duration_since(first)));
        }
        list.push_back(now);
        Ok(())
    }
}

/// The Content-Security-Policy of the portal's own pages: nothing from elsewhere, scripts
/// only from the portal's own files, no inline script, no framing.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The policy for an output page the analysis wrote (the services guide has one inline
/// script, which it allows by its hash, and no other).
pub fn csp_for_html(html: &[u8]) -> String {
    let mut sources = String::new();
    for script in inline_scripts(html) {
        let hash = BASE64.encode(Sha256::digest(script));
        sources.push_str(&format!(" 'sha256-{hash}'"));
    }
    format!(
        "default-src 'none'; script-src{}; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        if sources.is_empty() { " 'none'".to_string() } else { sources }
    )
}

/// The bodies of the `<script>` elements without `src` in a page.
fn inline_scripts(html: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = find(rest, b"<script") {
        let after = &rest[start..];
        let Some(gt) = find(after, b">") else { break };
        let tag = &after[..gt];
        let body = &after[gt + 1..];
        let Some(end) = find(body, b"</script>") else {
            break;
        };
        if find(tag, b"src=").is_none() {
            out.push(&body[..end]);
        }
        rest = &body[end..];
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Adds the headers every response carries, keeping a page's own stricter policy.
pub fn add_headers(headers: &mut HeaderMap) {
    let fixed = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CACHE_CONTROL, "no-store"),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    headers.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_256_bits_of_hex_and_differ() {
        let a = new_token().unwrap();
        let b = new_token().unwrap();
        assert!(looks_like_token(&a) && looks_like_token(&b));
        assert_ne!(a, b);
        assert!(!looks_like_token("../../etc/passwd"));
        assert!(!looks_like_token(&a.to_uppercase()));
    }

    #[test]
    fn a_password_verifies_only_itself() {
        let phc = hash_password("correct horse").unwrap();
        assert!(phc.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &phc));
        assert!(!verify_password("correct horsf", &phc));
        assert!(!verify_password("correct horse", "not a phc string"));
    }

    #[test]
    fn five_failures_within_a_minute_block_for_a_minute() {
        let t = Throttle::default();
        let ip: IpAddr = "127.0.0.1".parse().unwrap();
        let now = Instant::now();
        for i in 0..4 {
            t.failed(ip, now + Duration::from_secs(i));
        }
        assert_eq!(t.blocked(ip, now + Duration::from_secs(4)), None);
        t.failed(ip, now + Duration::from_secs(5));
        assert_eq!(
            t.blocked(ip, now + Duration::from_secs(6)),
            Some(Duration::from_secs(59))
        );
        assert_eq!(t.blocked(ip, now + Duration::from_secs(66)), None);
        let other: IpAddr = "127.0.0.2".parse().unwrap();
        assert_eq!(t.blocked(other, now + Duration::from_secs(6)), None);
    }

    #[test]
    fn the_21st_registration_within_an_hour_waits_for_the_first_to_age() {
        let q = Quota::registrations();
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        let now = Instant::now();
        for i in 0..20 {
            assert_eq!(q.take(ip, now + Duration::from_secs(i * 60)), Ok(()), "{i}");
        }
        // The 21st, 30 minutes after the first: 30 minutes to wait.
        assert_eq!(
            q.take(ip, now + Duration::from_secs(1800)),
            Err(Duration::from_secs(1800))
        );
        let other: IpAddr = "192.0.2.8".parse().unwrap();
        assert_eq!(q.take(other, now + Duration::from_secs(1800)), Ok(()));
        // An hour after the first, one place is free again, and only one.
        assert_eq!(q.take(ip, now + Duration::from_secs(3600)), Ok(()));
        assert!(q.take(ip, now + Duration::from_secs(3601)).is_err());
    }

    #[test]
    fn the_csp_of_an_output_allows_its_inline_script_by_hash_only() {
        let page = b"<html><script>let a = 1;</script><script src=\"x.js\"></script></html>";
        let csp = csp_for_html(page);
        // sha256("let a = 1;") in base64.
        let expected = BASE64.encode(Sha256::digest(b"let a = 1;"));
        assert!(csp.contains(&format!("script-src 'sha256-{expected}';")), "{csp}");
        assert!(!csp.contains("script-src 'unsafe-inline'"));
        assert!(csp_for_html(b"<p>no script</p>").contains("script-src 'none'"));
    }
}
