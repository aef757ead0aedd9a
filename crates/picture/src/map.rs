//! The map part of the picture: the widget's first view at the map's size,
//! drawn from the same core functions the widget uses — the Natural Earth
//! basemap (`map_paths`), Equal Earth (`projection`), the fitted view and
//! the markers' grouping and fanning (`marker_layout`), group names
//! (`group_name`) — with the widget's shapes and light-theme colours.

use std::collections::HashMap;
use std::fmt::Write;

use signatory_core::basemap::{Basemap, WORLD_110M};
use signatory_core::cluster::Cluster;
use signatory_core::dataset::{Dataset, Kind};
use signatory_core::group_name::{group_name, MemberPlace};
use signatory_core::i18n::Localizer;
use signatory_core::map_paths::{BasemapPaths, PATH_UNITS};
use signatory_core::marker_layout::{
    diamond_half, first_view, group_disc_radius, lay_out, square_side, MARKER_RADIUS,
};
use signatory_core::projection::equal_earth;
use signatory_core::viewport::{ScreenPoint, ScreenSize};

use crate::fonts::FAMILY;
use crate::svg::{colour, escape, num};

/// Where on the card the map goes, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapBox {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// The map's size.
    pub size: ScreenSize,
}

/// The map as an SVG group: water, land and borders, leader lines, then
/// markers and groups. Each single marker carries its signatory's
/// `data-id`, each group its `data-count` and a `<title>` naming where its
/// members are ("3 signatories in Brussels"), as the widget names it.
pub fn draw(out: &mut String, dataset: &Dataset, t: &Localizer, at: MapBox) {
    let MapBox { x, y, size } = at;
    let projected: Vec<_> = dataset
        .signatories
        .iter()
        .map(|s| equal_earth(s.location))
        .collect();
    let viewport = first_view(&projected, size);
    let all: Vec<usize> = (0..projected.len()).collect();
    let spread = lay_out(&projected, &all, &viewport, size);

    let _ = write!(
        out,
        r#"<clipPath id="smw-map-clip"><rect width="{w}" height="{h}" rx="6"/></clipPath><g class="smw-map" transform="translate({x} {y})" clip-path="url(#smw-map-clip)"><rect width="{w}" height="{h}" fill="{water}"/>"#,
        w = num(size.width),
        h = num(size.height),
        x = num(x),
        y = num(y),
        water = colour::WATER,
    );
    if let Ok(basemap) = Basemap::decode(WORLD_110M) {
        let paths = BasemapPaths::new(&basemap);
        let k = viewport.scale / PATH_UNITS;
        // The widget's strokes are `vector-effect: non-scaling-stroke`
        // (0.6 and 0.5 px at any zoom), which resvg does not read: the
        // same widths, written in the basemap's units.
        let _ = write!(
            out,
            r#"<g class="smw-basemap" transform="matrix({k} 0 0 {k} {ox} {oy})"><path d="{land}" fill="{fill}" fill-rule="evenodd" stroke="{edge}" stroke-width="{sw_land}"/><path d="{borders}" fill="none" stroke="{edge}" stroke-width="{sw_borders}"/></g>"#,
            k = k,
            ox = num(viewport.offset_x),
            oy = num(viewport.offset_y),
            land = paths.land,
            borders = paths.borders,
            fill = colour::LAND,
            edge = colour::LAND_EDGE,
            sw_land = 0.6 / k,
            sw_borders = 0.5 / k,
        );
    }
    out.push_str(r#"<g class="smw-leaders">"#);
    for (anchor, cluster) in spread.anchors.iter().zip(&spread.clusters) {
        if let Some(a) = anchor {
            let p = cluster.position;
            let _ = write!(
                out,
                r#"<path d="M{}L{}" stroke="{g}" stroke-width="1.25"/><circle cx="{}" cy="{}" r="2.5" fill="{g}" stroke="{bg}"/>"#,
                pair(*a),
                pair(p),
                num(a.x),
                num(a.y),
                g = colour::GROUP,
                bg = colour::BG,
            );
        }
    }
    out.push_str("</g>");
    let cities = city_numbers(dataset);
    for cluster in &spread.clusters {
        marker(out, dataset, t, &cities, cluster);
    }
    out.push_str("</g>");
}

/// One marker, or one group disc with its count.
fn marker(out: &mut String, dataset: &Dataset, t: &Localizer, cities: &[u32], c: &Cluster) {
    let at = pair(c.position);
    match c.members.as_slice() {
        [single] => {
            let Some(signatory) = dataset.signatories.get(*single) else {
                return;
            };
            let _ = write!(
                out,
                r#"<g class="smw-marker" data-id="{}" transform="translate({at})"><title>{}</title>{}</g>"#,
                escape(&signatory.id),
                escape(t.pick(&signatory.name)),
                symbol(signatory.kind, MARKER_RADIUS),
            );
        }
        members => {
            let name = group_name(
                t,
                members.iter().filter_map(|&i| {
                    let s = dataset.signatories.get(i)?;
                    Some(MemberPlace {
                        city_number: *cities.get(i)?,
                        city: &s.city,
                        country: &s.country,
                    })
                }),
            );
            let r = group_disc_radius(members.len());
            // The widget centres the count with `dy="0.35em"` at 12 px.
            let _ = write!(
                out,
                r#"<g class="smw-group-marker" data-count="{n}" transform="translate({at})"><title>{name}</title><circle r="{r}" fill="{g}" stroke="{bg}" stroke-width="2"/><text y="4.2" font-family="{FAMILY}" font-size="12" font-weight="700" text-anchor="middle" fill="{bg}">{count}</text></g>"#,
                n = members.len(),
                name = escape(&name),
                r = num(r),
                g = colour::GROUP,
                bg = colour::BG,
                count = escape(&t.number(members.len() as f64)),
            );
        }
    }
}

/// A kind's symbol centred on (0, 0), as the widget draws it
/// (`src/components/symbol.rs`): circles for companies, squares for
/// associations, diamonds for institutions, outlined in white.
pub fn symbol(kind: Kind, radius: f64) -> String {
    let outline = format!(r#"stroke="{}" stroke-width="1.5""#, colour::BG);
    match kind {
        Kind::Company => format!(
            r#"<circle r="{}" fill="{}" {outline}/>"#,
            num(radius),
            colour::COMPANY
        ),
        Kind::Association => {
            let side = square_side(radius);
            format!(
                r#"<rect x="{c}" y="{c}" width="{s}" height="{s}" rx="1.5" fill="{}" {outline}/>"#,
                colour::ASSOCIATION,
                c = num(-side / 2.0),
                s = num(side),
            )
        }
        Kind::Institution => {
            let e = diamond_half(radius);
            format!(
                r#"<path d="M0 {m}L{p} 0L0 {p}L{m} 0Z" fill="{}" {outline}/>"#,
                colour::INSTITUTION,
                m = num(-e),
                p = num(e),
            )
        }
    }
}

/// Each signatory's city as a number, the same for the same city and
/// country (what `group_name` counts by), as the widget numbers them.
fn city_numbers(dataset: &Dataset) -> Vec<u32> {
    let mut numbers = HashMap::new();
    dataset
        .signatories
        .iter()
        .map(|s| {
            let next = numbers.len() as u32;
            *numbers.entry((&s.city, &s.country)).or_insert(next)
        })
        .collect()
}

/// `x y`, for paths and transforms.
fn pair(p: ScreenPoint) -> String {
    format!("{} {}", num(p.x), num(p.y))
}
