//! Who is asking, behind the reverse proxy (`serve --proxy ADDRESS`): a request whose peer
//! is the trusted proxy has its client's address taken from `X-Forwarded-For` (the
//! right-most entry that is not the proxy itself: entries further left were written by
//! the client and prove nothing); any other request is its peer, whatever headers it
//! carries. The throttles count [`ClientIp`], so that one abuser behind the proxy does not
//! lock everyone out. HSTS is sent when the trusted proxy says the request came by TLS.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use super::Portal;

/// The client's address as the throttles should count it (an extractor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

/// `::ffff:a.b.c.d` is `a.b.c.d`.
fn plain(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

fn from_trusted(peer: IpAddr, proxy: Option<IpAddr>) -> bool {
    proxy.is_some_and(|p| plain(p) == plain(peer))
}

/// The client's address of a request from `peer` with `headers`.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, proxy: Option<IpAddr>) -> IpAddr {
    if !from_trusted(peer, proxy) {
        return plain(peer);
    }
    let mut entries: Vec<&str> = Vec::new();
    for value in headers.get_all("x-forwarded-for") {
        match value.to_str() {
            Ok(v) => entries.extend(v.split(',').map(str::trim)),
            Err(_) => return plain(peer),
        }
    }
    for entry in entries.iter().rev() {
        match entry.parse::<IpAddr>() {
            Ok(ip) if from_trusted(ip, proxy) => continue,
            Ok(ip) => return plain(ip),
            // An entry that is no address: nothing to its left can be trusted either.
            Err(_) => break,
        }
    }
    plain(peer)
}

/// Whether the trusted proxy says the request came over TLS.
pub fn via_https(peer: IpAddr, headers: &HeaderMap, proxy: Option<IpAddr>) -> bool {
    from_trusted(peer, proxy)
        && headers
            .get_all("x-forwarded-proto")
            .iter()
            .next_back()
            .and_then(|v| v.to_str().ok())
            .is_some_and(|p| p.trim().eq_ignore_ascii_case("https"))
}

fn peer(parts_ext: &axum::http::Extensions) -> Option<IpAddr> {
    parts_ext.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip())
}

impl FromRequestParts<Portal> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, portal: &Portal) -> Result<Self, Self::Rejection> {
        let peer = peer(&parts.extensions).unwrap_or(IpAddr::from([127, 0, 0, 1]));
        Ok(ClientIp(client_ip(peer, &parts.headers, portal.settings.proxy)))
    }
}

/// One year, the usual HSTS lifetime.
const HSTS: &str = "max-age=31536000";

/// The middleware adding `Strict-Transport-Security` to answers that went out by TLS.
pub async fn hsts(State(portal): State<Portal>, req: Request, next: Next) -> Response {
    let tls = peer(req.extensions()).is_some_and(|p| via_https(p, req.headers(), portal.settings.proxy));
    let mut response = next.run(req).await;
    if tls {
        response
            .headers_mut()
            .insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(HSTS));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_static(v));
        }
        h
    }

    const PROXY: &str = "10.0.0.1";

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn a_forged_forwarded_for_from_another_peer_is_ignored() {
        let h = headers(&[("x-forwarded-for", "1.2.3.4"), ("x-forwarded-proto", "https")]);
        assert_eq!(
            client_ip(ip("203.0.113.9"), &h, Some(ip(PROXY))),
            ip("203.0.113.9")
        );
        assert!(!via_https(ip("203.0.113.9"), &h, Some(ip(PROXY))));
        // No --proxy: never trusted, even from the address a proxy would have.
        assert_eq!(client_ip(ip(PROXY), &h, None), ip(PROXY));
        assert!(!via_https(ip(PROXY), &h, None));
    }

    #[test]
    fn from_the_proxy_the_right_most_untrusted_entry_counts() {
        let p = Some(ip(PROXY));
        // The client wrote 6.6.6.6 itself; the proxy appended the peer it saw.
        let h = headers(&[("x-forwarded-for", "6.6.6.6, 198.51.100.7")]);
        assert_eq!(client_ip(ip(PROXY), &h, p), ip("198.51.100.7"));
        // Two headers are one list; the proxy's own address is skipped.
        let h = headers(&[
            ("x-forwarded-for", "6.6.6.6"),
            ("x-forwarded-for", "198.51.100.7, 10.0.0.1"),
        ]);
        assert_eq!(client_ip(ip(PROXY), &h, p), ip("198.51.100.7"));
        // Garbage on the right: the peer itself, not what lies left of it.
        let h = headers(&[("x-forwarded-for", "6.6.6.6, nonsense")]);
        assert_eq!(client_ip(ip(PROXY), &h, p), ip(PROXY));
        // No header: the proxy.
        assert_eq!(client_ip(ip(PROXY), &HeaderMap::new(), p), ip(PROXY));
        // The proxy reached over IPv4 on a dual-stack socket.
        let h = headers(&[
            ("x-forwarded-for", "198.51.100.7"),
            ("x-forwarded-proto", "https"),
        ]);
        assert_eq!(client_ip(ip("::ffff:10.0.0.1"), &h, p), ip("198.51.100.7"));
        assert!(via_https(ip("::ffff:10.0.0.1"), &h, p));
        assert!(!via_https(
            ip(PROXY),
            &headers(&[("x-forwarded-proto", "http")]),
            p
        ));
    }
}
