//! Whether a dataset URL's answer is worth reading, decided from its
//! status and headers before the body is read: a newsroom's misconfigured
//! server (an HTML error page, a 404, a 2 GB log) must give the reader a
//! clear message, not a JSON syntax error or a frozen tab.

/// What to do with an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Read the body; it says it is about this many bytes (0: unknown).
    Read {
        /// The declared Content-Length, to size the buffer.
        expected_bytes: usize,
    },
    /// The server answered with this HTTP error status.
    Http(u16),
    /// The server says the body is this media type, not JSON.
    NotJson(String),
    /// The body is declared larger than the limit, in bytes.
    TooLarge(usize),
}

/// Judges an answer by its status (`ok`: 200–299), its `Content-Type` and
/// `Content-Length` headers (when present), against `max_bytes`.
///
/// No Content-Type is read as JSON (a file served without one); a
/// Content-Length that is not a number is ignored (the body is still
/// counted as it streams in).
pub fn judge(
    ok: bool,
    status: u16,
    content_type: Option<&str>,
    content_length: Option<&str>,
    max_bytes: usize,
) -> Verdict {
    if !ok {
        return Verdict::Http(status);
    }
    if let Some(media_type) = content_type.map(media_type) {
        if !is_json(&media_type) {
            return Verdict::NotJson(media_type);
        }
    }
    let declared = content_length.and_then(|v| v.trim().parse::<usize>().ok());
    match declared {
        Some(length) if length > max_bytes => Verdict::TooLarge(max_bytes),
        _ => Verdict::Read {
            expected_bytes: declared.unwrap_or(0),
        },
    }
}

/// `application/json; charset=utf-8` → `application/json`.
fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// JSON by its media type: `application/json`, `text/json` or `…+json`
/// (`application/geo+json`, `application/ld+json`).
fn is_json(media_type: &str) -> bool {
    media_type == "application/json" || media_type == "text/json" || media_type.ends_with("+json")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: usize = 1000;

    #[test]
    fn json_media_types_in_any_case_and_with_parameters_are_read() {
        for content_type in [
            "application/json",
            "Application/JSON; charset=utf-8",
            "text/json",
            "application/geo+json",
            " application/ld+json ;profile=x",
        ] {
            assert_eq!(
                judge(true, 200, Some(content_type), Some("12"), MAX),
                Verdict::Read { expected_bytes: 12 },
                "{content_type}"
            );
        }
    }

    #[test]
    fn other_media_types_are_refused_by_name() {
        assert_eq!(
            judge(true, 200, Some("text/html; charset=utf-8"), None, MAX),
            Verdict::NotJson("text/html".into())
        );
        assert_eq!(
            judge(true, 200, Some("application/jsonp"), None, MAX),
            Verdict::NotJson("application/jsonp".into())
        );
    }

    #[test]
    fn no_content_type_is_read_and_a_bad_length_is_ignored() {
        assert_eq!(
            judge(true, 200, None, Some("lots"), MAX),
            Verdict::Read { expected_bytes: 0 }
        );
    }

    #[test]
    fn an_error_status_wins_over_everything_else() {
        assert_eq!(
            judge(false, 404, Some("text/html"), Some("99999"), MAX),
            Verdict::Http(404)
        );
    }

    #[test]
    fn a_declared_length_over_the_limit_is_refused_before_reading() {
        assert_eq!(
            judge(true, 200, Some("application/json"), Some("1001"), MAX),
            Verdict::TooLarge(MAX)
        );
        assert_eq!(
            judge(true, 200, Some("application/json"), Some("1000"), MAX),
            Verdict::Read {
                expected_bytes: 1000
            }
        );
    }
}
