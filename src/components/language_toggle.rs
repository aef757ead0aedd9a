//! The language toggle: one button per bundled language, each labelled in
//! its own language and marked with its own `lang`, so a screen reader
//! pronounces "Lietuvių" as Lithuanian.

use yew::prelude::*;

use signatory_core::i18n::{Localizer, Msg};

/// Props of [`LanguageToggle`].
#[derive(Properties, PartialEq)]
pub struct LanguageToggleProps {
    /// Current language.
    pub localizer: Localizer,
    /// Called with the chosen language tag.
    pub on_change: Callback<String>,
}

/// A group of pressed/unpressed buttons, one per language.
#[function_component]
pub fn LanguageToggle(props: &LanguageToggleProps) -> Html {
    let t = &props.localizer;
    html! {
        <div class="smw-lang" role="group" aria-label={t.text(Msg::LanguageToggleLabel)}>
            { for t.languages().into_iter().map(|lang| {
                let pressed = lang == t.lang();
                let on_change = props.on_change.clone();
                let chosen = lang.clone();
                html! {
                    <button type="button" class="smw-lang-button" lang={lang.clone()}
                        aria-pressed={pressed.to_string()}
                        onclick={move |_| on_change.emit(chosen.clone())}>
                        { t.text_in(&lang, Msg::LanguageName) }
                    </button>
                }
            }) }
        </div>
    }
}
