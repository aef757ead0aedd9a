//! Which load is current, when sources change faster than answers come.
//!
//! A page may set `src` eight times while the first request is still
//! under way; the newest must win, and every answer for an older one must
//! be dropped, however late it comes. A retry loads the same source again
//! as a new load; removing the widget makes every answer stale. This is
//! the bookkeeping, with no browser in it: the embedding glue holds a
//! [`LoadSequence`] over its own source type and asks it.

/// A source of data the sequence can be asked to load again.
pub trait Reloadable: Clone {
    /// What to load when this source is asked for again: itself, except
    /// for a one-shot source (a request already made serves one load, and a
    /// retry starts a new request).
    fn again(&self) -> Self {
        self.clone()
    }
}

/// Identifies one load: only the current one's answer is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket(u32);

/// The current source and the generation of its load.
#[derive(Debug, Clone)]
pub struct LoadSequence<S> {
    source: S,
    generation: u32,
}

impl<S: Reloadable> LoadSequence<S> {
    /// A sequence that has loaded nothing yet, with `source` to retry.
    pub fn new(source: S) -> LoadSequence<S> {
        LoadSequence {
            source,
            generation: 0,
        }
    }

    /// A new source: every earlier load becomes stale. Returns what to load
    /// and the new load's ticket.
    pub fn start(&mut self, source: S) -> (S, Ticket) {
        self.source = source;
        self.retry()
    }

    /// The same source again, as a new load ("Try again").
    pub fn retry(&mut self) -> (S, Ticket) {
        self.generation = self.generation.wrapping_add(1);
        let again = self.source.again();
        let now = std::mem::replace(&mut self.source, again);
        (now, Ticket(self.generation))
    }

    /// Nothing is current any more (the widget was removed): every load
    /// under way is stale, and the next retry loads `source`.
    pub fn stop(&mut self, source: S) {
        self.generation = self.generation.wrapping_add(1);
        self.source = source;
    }

    /// The source the next retry loads.
    pub fn source(&self) -> &S {
        &self.source
    }

    /// Whether `ticket` is the newest load's: its answer may be shown.
    pub fn is_current(&self, ticket: Ticket) -> bool {
        ticket.0 == self.generation
    }
}

/// How long a load from a URL may take, in milliseconds, for a page's
/// `timeout` in seconds: not a positive number means the default, 10 s;
/// anything under a second is a second (a page's `timeout="0.0004"` would
/// otherwise fail every request and say "within 0 seconds").
pub fn timeout_ms(seconds: f64) -> u32 {
    const DEFAULT_MS: u32 = 10_000;
    const SHORTEST_MS: u32 = 1_000;
    if seconds.is_finite() && seconds > 0.0 {
        ((seconds * 1000.0).round().min(f64::from(u32::MAX)) as u32).max(SHORTEST_MS)
    } else {
        DEFAULT_MS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    enum Source {
        Url(&'static str),
        Prefetched(&'static str),
    }

    impl Reloadable for Source {
        fn again(&self) -> Self {
            match self {
                Source::Prefetched(url) => Source::Url(url),
                other => other.clone(),
            }
        }
    }

    #[test]
    fn the_newest_source_wins_however_late_the_older_answers() {
        let mut loads = LoadSequence::new(Source::Url("builtin"));
        let (_, first) = loads.start(Source::Url("a.json"));
        let (_, second) = loads.start(Source::Url("b.json"));
        assert!(!loads.is_current(first));
        assert!(loads.is_current(second));
    }

    #[test]
    fn a_retry_is_a_new_load_of_the_same_source() {
        let mut loads = LoadSequence::new(Source::Url("builtin"));
        let (source, first) = loads.start(Source::Url("a.json"));
        let (again, second) = loads.retry();
        assert_eq!(
            (source, again),
            (Source::Url("a.json"), Source::Url("a.json"))
        );
        assert!(!loads.is_current(first) && loads.is_current(second));
    }

    #[test]
    fn a_request_already_made_serves_one_load_and_a_retry_fetches_again() {
        let mut loads = LoadSequence::new(Source::Url("builtin"));
        let (first, _) = loads.start(Source::Prefetched("a.json"));
        let (again, _) = loads.retry();
        assert_eq!(first, Source::Prefetched("a.json"));
        assert_eq!(again, Source::Url("a.json"));
    }

    #[test]
    fn a_timeout_is_at_least_a_second_and_defaults_to_ten() {
        assert_eq!(timeout_ms(4.0), 4_000);
        assert_eq!(timeout_ms(0.0004), 1_000);
        assert_eq!(timeout_ms(0.0), 10_000);
        assert_eq!(timeout_ms(-3.0), 10_000);
        assert_eq!(timeout_ms(f64::NAN), 10_000);
        assert_eq!(timeout_ms(1e300), u32::MAX);
    }

    #[test]
    fn stopping_makes_every_load_stale() {
        let mut loads = LoadSequence::new(Source::Url("builtin"));
        let (_, ticket) = loads.start(Source::Url("a.json"));
        loads.stop(Source::Url("builtin"));
        assert!(!loads.is_current(ticket));
        assert_eq!(loads.retry().0, Source::Url("builtin"));
    }
}
