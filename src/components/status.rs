//! The error state: never a blank box. It says what went wrong in the
//! reader's language, lists every dataset problem with its JSON path, and
//! offers a retry. (Its title, like "Loading…", is the widget's status
//! line, which stays put through every state: see `widget.rs`.)

use yew::prelude::*;

use crate::state::LoadError;
use signatory_core::i18n::{Localizer, MessageArg, Msg};

/// Props of [`ErrorView`].
#[derive(Properties, PartialEq)]
pub struct ErrorViewProps {
    /// What went wrong.
    pub error: LoadError,
    /// Language.
    pub localizer: Localizer,
    /// Load again.
    pub on_retry: Callback<()>,
}

/// Why, the problems if any, and a retry button.
#[function_component]
pub fn ErrorView(props: &ErrorViewProps) -> Html {
    let t = &props.localizer;
    let reason = |id: Msg, args: &[(&str, MessageArg)]| {
        t.format(
            Msg::ErrorLoad,
            &[("reason", MessageArg::Text(t.format(id, args)))],
        )
    };
    let (summary, problems) = match &props.error {
        LoadError::Http(status) => (
            reason(
                Msg::ErrorLoadHttp,
                &[("status", MessageArg::Plain(i64::from(*status)))],
            ),
            Vec::new(),
        ),
        LoadError::Network => (reason(Msg::ErrorLoadNetwork, &[]), Vec::new()),
        LoadError::NotJson(None) => (reason(Msg::ErrorLoadNotJson, &[]), Vec::new()),
        LoadError::NotJson(Some(position)) => (
            reason(
                Msg::ErrorLoadNotJsonAt,
                &[
                    ("line", MessageArg::Plain(position.line as i64)),
                    ("column", MessageArg::Plain(position.column as i64)),
                ],
            ),
            Vec::new(),
        ),
        LoadError::Timeout(seconds) => (
            reason(
                Msg::ErrorLoadTimeout,
                &[("seconds", MessageArg::Number(*seconds))],
            ),
            Vec::new(),
        ),
        LoadError::ContentType(media_type) => (
            reason(
                Msg::ErrorLoadContentType,
                &[("type", MessageArg::Text(media_type.clone()))],
            ),
            Vec::new(),
        ),
        LoadError::TooLarge(bytes) => (
            reason(
                Msg::ErrorLoadTooLarge,
                &[("limit", MessageArg::Number((*bytes / (1024 * 1024)) as f64))],
            ),
            Vec::new(),
        ),
        LoadError::Invalid(problems) => {
            (t.count(Msg::ErrorInvalid, problems.len()), problems.clone())
        }
    };
    let on_retry = props.on_retry.clone();
    html! {
        <div class="smw-error" role="alert">
            <p>{ summary }</p>
            <ProblemList problems={problems} localizer={t.clone()} />
            <button type="button" class="smw-button" onclick={move |_| on_retry.emit(())}>{ t.text(Msg::ErrorRetry) }</button>
        </div>
    }
}

/// Problems shown at most: a broken file with 20,000 signatories must not
/// freeze the tab drawing 100,000 list items (the console has them all).
pub const MAX_PROBLEMS_SHOWN: usize = 50;

/// Props of [`ProblemList`].
#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    /// The problems, in document order.
    pub problems: Vec<signatory_core::problem::Problem>,
    /// Language.
    pub localizer: Localizer,
}

/// Each problem with its JSON path, the first [`MAX_PROBLEMS_SHOWN`] of them.
#[function_component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    let t = &props.localizer;
    if props.problems.is_empty() {
        return Html::default();
    }
    let hidden = props.problems.len().saturating_sub(MAX_PROBLEMS_SHOWN);
    html! {
        <ul class="smw-problems">
            { for props.problems.iter().take(MAX_PROBLEMS_SHOWN).map(|problem| html! {
                <li><code>{ problem.display_path() }</code>{ ": " }{ t.issue(&problem.issue) }</li>
            }) }
            if hidden > 0 {
                <li>{ t.format(Msg::ErrorMore, &[("count", MessageArg::Number(hidden as f64))]) }</li>
            }
        </ul>
    }
}
