//! The marker symbol of each kind of signatory, shared by the map, the
//! legend and the list so the three always agree. Kinds differ by shape as
//! well as colour, so they can be told apart without colour vision.

use crate::platform::number_text;
use yew::prelude::*;

use signatory_core::dataset::Kind;

/// Radius, in CSS pixels, of a single signatory's marker (its shapes are
/// the core's, shared with the static picture).
pub use signatory_core::marker_layout::MARKER_RADIUS;
use signatory_core::marker_layout::{diamond_half, square_side};

/// Attribute values of the three symbols at [`MARKER_RADIUS`], formatted
/// once per page: a re-render draws hundreds of markers and list entries,
/// and formatting the same floats for each is measurable at 10,000.
struct Geometry {
    r: AttrValue,
    square_corner: AttrValue,
    square_side: AttrValue,
    diamond: AttrValue,
}

impl Geometry {
    fn at(radius: f64) -> Geometry {
        let side = square_side(radius);
        let e = diamond_half(radius);
        Geometry {
            r: number_text(radius).into(),
            square_corner: number_text(-side / 2.0).into(),
            square_side: number_text(side).into(),
            diamond: format!(
                "M0 {minus}L{plus} 0L0 {plus}L{minus} 0Z",
                minus = number_text(-e),
                plus = number_text(e)
            )
            .into(),
        }
    }
}

thread_local! {
    static GEOMETRY: Geometry = Geometry::at(MARKER_RADIUS);
}

/// The classes of `kind`'s symbol, static so that no render allocates them.
fn symbol_class(kind: Kind) -> &'static str {
    match kind {
        Kind::Company => "smw-symbol smw-kind-company",
        Kind::Association => "smw-symbol smw-kind-association",
        Kind::Institution => "smw-symbol smw-kind-institution",
    }
}

/// The symbol for `kind`, centred on (0, 0), [`MARKER_RADIUS`] pixels
/// across half: circles for companies, squares for associations, diamonds
/// for institutions.
pub fn kind_symbol(kind: Kind) -> Html {
    let class = symbol_class(kind);
    GEOMETRY.with(|g| match kind {
        Kind::Company => html! { <circle {class} r={g.r.clone()} /> },
        Kind::Association => html! {
            <rect {class} x={g.square_corner.clone()} y={g.square_corner.clone()}
                width={g.square_side.clone()} height={g.square_side.clone()} rx="1.5" />
        },
        Kind::Institution => html! { <path {class} d={g.diamond.clone()} /> },
    })
}

/// A small inline picture of a kind's symbol, for text contexts (legend,
/// list). Decorative: the kind is also written out in words. A plain
/// function, not a component: a list of signatories makes one per entry,
/// and component set-up would cost more than these three nodes.
pub fn kind_swatch(kind: Kind) -> Html {
    html! {
        <svg class="smw-swatch" viewBox="-11 -11 22 22" width="16" height="16" aria-hidden="true" focusable="false">
            { kind_symbol(kind) }
        </svg>
    }
}
