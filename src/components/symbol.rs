//! The marker symbol of each kind of signatory, shared by the map, the
//! legend and the list so the three always agree. Kinds differ by shape as
//! well as colour, so they can be told apart without colour vision.

use yew::prelude::*;

use crate::core::dataset::Kind;

/// Radius, in CSS pixels, of a single signatory's marker.
pub const MARKER_RADIUS: f64 = 8.0;

/// The symbol for `kind`, centred on (0, 0), `radius` pixels across half.
pub fn kind_symbol(kind: Kind, radius: f64) -> Html {
    let class = classes!("smw-symbol", format!("smw-kind-{}", kind.as_str()));
    let r = radius;
    match kind {
        Kind::Company => html! { <circle {class} r={r.to_string()} /> },
        Kind::Association => {
            let side = r * 1.8;
            html! {
                <rect {class} x={(-side / 2.0).to_string()} y={(-side / 2.0).to_string()}
                    width={side.to_string()} height={side.to_string()} rx="1.5" />
            }
        }
        Kind::Institution => {
            let e = r * 1.25;
            html! { <path {class} d={format!("M0 {}L{e} 0L0 {e}L{} 0Z", -e, -e)} /> }
        }
    }
}

/// A small inline picture of a kind's symbol, for text contexts (legend,
/// list). Decorative: the kind is also written out in words. A plain
/// function, not a component: a list of signatories makes one per entry,
/// and component set-up would cost more than these three nodes.
pub fn kind_swatch(kind: Kind) -> Html {
    html! {
        <svg class="smw-swatch" viewBox="-11 -11 22 22" width="16" height="16" aria-hidden="true" focusable="false">
            { kind_symbol(kind, MARKER_RADIUS) }
        </svg>
    }
}
