//! The component Yew renders at the root of each widget: the widget itself,
//! keyed by an instance number so a reused root starts over with fresh
//! state, or nothing while parked (see `handle.rs`).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::widget::{Widget, WidgetProps};
use crate::state::WidgetState;

/// Props of [`Root`].
#[derive(Properties, PartialEq, Clone)]
pub struct RootProps {
    /// The widget's props; `None` while parked.
    pub widget: Option<WidgetProps>,
    /// Changes when the root is reused.
    pub instance: u32,
    /// Told which state the page now shows, once Yew has drawn all of it:
    /// `AppHandle::update` only schedules a render (and Yew may yield to
    /// the browser midway on a slow phone), so this is the first moment
    /// the events that state owes the page, `ready` above all, are true.
    pub on_shown: Callback<Rc<WidgetState>>,
}

/// The widget, or nothing.
#[function_component]
pub fn Root(props: &RootProps) -> Html {
    let shown = props.widget.as_ref().map(|widget| widget.state.clone());
    let on_shown = props.on_shown.clone();
    // Runs after every render of the root, once nothing is left to render:
    // Yew runs effects only after every pending render, children's first.
    use_effect(move || {
        if let Some(state) = shown {
            on_shown.emit(state);
        }
    });
    match &props.widget {
        Some(widget) => html! { <Widget key={props.instance} ..widget.clone() /> },
        None => Html::default(),
    }
}
