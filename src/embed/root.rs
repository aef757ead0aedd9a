//! The component Yew renders at the root of each widget: the widget itself,
//! keyed by an instance number so a reused root starts over with fresh
//! state, or nothing while parked (see `handle.rs`).

use yew::prelude::*;

use crate::components::widget::{Widget, WidgetProps};

/// Props of [`Root`].
#[derive(Properties, PartialEq, Clone)]
pub struct RootProps {
    /// The widget's props; `None` while parked.
    pub widget: Option<WidgetProps>,
    /// Changes when the root is reused.
    pub instance: u32,
}

/// The widget, or nothing.
#[function_component]
pub fn Root(props: &RootProps) -> Html {
    match &props.widget {
        Some(widget) => html! { <Widget key={props.instance} ..widget.clone() /> },
        None => Html::default(),
    }
}
