//! Small groups fanned out at rest, so a reader sees where each member is
//! without a click.
//!
//! Grouping (`cluster`) keeps markers from overlapping, but a group disc
//! hides where its members are: at a world view Paris, Brussels, Bonn,
//! Strasbourg and London are one disc, and three associations at the same
//! Brussels address never separate at any zoom. On a map wide enough
//! ([`MIN_FAN_WIDTH`]), a group of up to [`MAX_FANNED`] members is instead
//! drawn as a ring of ordinary markers around the members' centre, each
//! with a leader line to its true position (its *anchor*), as newsroom
//! locator maps label a crowded region. Each member keeps its place on the
//! ring in the direction of its anchor (London to the west, Bonn to the
//! east), members at one address sit side by side.
//!
//! A ring must not cover anything else: a neighbour it would touch (Madrid,
//! next to the Western European ring at 600 px) joins the ring while the
//! ring stays small enough; else the group stays a group (still opened
//! with a click). Rings are kept inside the map. The layout is a pure
//! function of the clusters and the map's size, recomputed with them for
//! each view; nothing moves over time, so there is no motion to reduce.

use std::f64::consts::{PI, TAU};

use crate::cluster::{cell_key, Cluster};
use crate::viewport::{ScreenPoint, ScreenSize};

/// Narrower maps keep groups: a phone held upright (390 px, a 370 px map)
/// has no room for rings. Desktop maps are wider — the demo page's is
/// 483 px in a 1280 px window, a wide embed's 600 px and more — and every
/// ring is checked to fit anyway. The measured width is rounded first.
pub const MIN_FAN_WIDTH: f64 = 420.0;

/// Larger groups stay groups: a ring of them would cover the map.
pub const MAX_FANNED: usize = 12;

/// The clusters to draw, with where fanned members really are.
#[derive(Debug, Clone, PartialEq)]
pub struct Spread {
    /// What to draw: groups left as they were, and single markers (fanned
    /// members at their place on a ring).
    pub clusters: Vec<Cluster>,
    /// For each of `clusters`, the true position of a fanned member.
    pub anchors: Vec<Option<ScreenPoint>>,
}

/// The part of the map rings may use, in screen pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FanArea {
    /// The map's size.
    pub size: ScreenSize,
    /// Pixels kept clear along the right edge (the zoom buttons).
    pub right_inset: f64,
    /// Pixels between a ring marker's centre and the edge.
    pub margin: f64,
}

/// Fans out the small groups of `clusters` that fit (see the module
/// documentation). `anchor_of` gives a member's true screen position;
/// `spacing` is the least distance between two drawn markers.
pub fn fan_out(
    clusters: Vec<Cluster>,
    anchor_of: impl Fn(usize) -> ScreenPoint,
    area: FanArea,
    spacing: f64,
) -> Spread {
    let mut consumed = vec![false; clusters.len()];
    let mut rings: Vec<(usize, ScreenPoint)> = Vec::new();
    if area.size.width.round() >= MIN_FAN_WIDTH && spacing > 0.0 {
        let occupied = Occupied::new(&clusters, spacing);
        // Larger groups first: they hide the most.
        for size in (2..=MAX_FANNED).rev() {
            for start in 0..clusters.len() {
                if consumed[start] || clusters[start].members.len() != size {
                    continue;
                }
                let fit = Fit {
                    clusters: &clusters,
                    consumed: &consumed,
                    occupied: &occupied,
                    rings: &rings,
                    area,
                    spacing,
                };
                if let Some((parts, ring)) = fit.ring(start, &anchor_of) {
                    for part in parts {
                        consumed[part] = true;
                    }
                    rings.extend(ring);
                }
            }
        }
    }
    let mut spread = Spread {
        clusters: Vec::new(),
        anchors: Vec::new(),
    };
    for (cluster, taken) in clusters.into_iter().zip(consumed) {
        if !taken {
            spread.clusters.push(cluster);
            spread.anchors.push(None);
        }
    }
    for (member, at) in rings {
        spread.clusters.push(Cluster {
            members: vec![member],
            position: at,
        });
        spread.anchors.push(Some(anchor_of(member)));
    }
    spread
}

/// What a ring must fit among.
struct Fit<'a> {
    clusters: &'a [Cluster],
    consumed: &'a [bool],
    occupied: &'a Occupied,
    /// Members already placed on rings.
    rings: &'a [(usize, ScreenPoint)],
    area: FanArea,
    spacing: f64,
}

impl Fit<'_> {
    /// The ring for the group `start`, absorbing touching neighbours while
    /// it stays within [`MAX_FANNED`]: the clusters it takes and each
    /// member's place, or `None` when it cannot fit.
    fn ring(
        &self,
        start: usize,
        anchor_of: &impl Fn(usize) -> ScreenPoint,
    ) -> Option<(Vec<usize>, Ring)> {
        let mut parts = vec![start];
        loop {
            let mut members: Vec<usize> = Vec::new();
            for &part in &parts {
                members.extend_from_slice(&self.clusters[part].members);
            }
            if members.len() > MAX_FANNED {
                return None;
            }
            let ring = ring_for(&members, anchor_of, self.area, self.spacing)?;
            let close =
                |a: ScreenPoint, b: ScreenPoint| (a.x - b.x).hypot(a.y - b.y) < self.spacing;
            let mut touched = Vec::new();
            for &(_, at) in &ring {
                if self.rings.iter().any(|&(_, other)| close(at, other)) {
                    return None;
                }
                self.occupied.near(at, |c| {
                    if !parts.contains(&c)
                        && !self.consumed[c]
                        && !touched.contains(&c)
                        && close(at, self.clusters[c].position)
                    {
                        touched.push(c);
                    }
                });
            }
            if touched.is_empty() {
                return Some((parts, ring));
            }
            parts.extend(touched);
        }
    }
}

/// Each member's place on a ring around their centre (kept inside the
/// area), in the direction of its anchor; `None` if the area is too small.
fn ring_for(
    members: &[usize],
    anchor_of: &impl Fn(usize) -> ScreenPoint,
    area: FanArea,
    spacing: f64,
) -> Option<Ring> {
    let n = members.len() as f64;
    let (mut sum_x, mut sum_y) = (0.0, 0.0);
    for &m in members {
        let a = anchor_of(m);
        sum_x += a.x;
        sum_y += a.y;
    }
    // Neighbours on the ring `spacing` apart, and never closer to the
    // centre than `spacing` (the anchors there stay visible).
    let radius = (spacing / (2.0 * (PI / n).sin())).max(spacing);
    let reach = radius + area.margin;
    let (right, bottom) = (
        area.size.width - area.right_inset - reach,
        area.size.height - reach,
    );
    if right < reach || bottom < reach {
        return None;
    }
    let centre = ScreenPoint {
        x: (sum_x / n).max(reach).min(right),
        y: (sum_y / n).max(reach).min(bottom),
    };
    // Each member's direction as a unit vector (those at the centre: up),
    // in clockwise order from the left (a pseudo-angle: no arc tangent).
    let mut order: Vec<(f64, usize, f64, f64)> = members
        .iter()
        .map(|&m| {
            let a = anchor_of(m);
            let (dx, dy) = (a.x - centre.x, a.y - centre.y);
            let length = dx.hypot(dy);
            let (ux, uy) = if length < 0.5 {
                (0.0, -1.0)
            } else {
                (dx / length, dy / length)
            };
            let pseudo = if uy < 0.0 { 1.0 + ux } else { 3.0 - ux };
            (pseudo, m, ux, uy)
        })
        .collect();
    // At most MAX_FANNED entries: an insertion sort is enough.
    for i in 1..order.len() {
        let mut j = i;
        while j > 0 && (order[j - 1].0, order[j - 1].1) > (order[j].0, order[j].1) {
            order.swap(j - 1, j);
            j -= 1;
        }
    }
    // Turn the ring so each member's slot is as near its direction as the
    // ring allows: the mean of the directions, each turned back by its
    // slot's angle.
    let step = TAU / n;
    let (mut tx, mut ty) = (0.0, 0.0);
    for (k, o) in order.iter().enumerate() {
        let (sin, cos) = (step * k as f64).sin_cos();
        tx += o.2 * cos + o.3 * sin;
        ty += o.3 * cos - o.2 * sin;
    }
    let length = tx.hypot(ty);
    let (tx, ty) = if length < 1e-9 {
        (0.0, -1.0)
    } else {
        (tx / length, ty / length)
    };
    Some(
        order
            .iter()
            .enumerate()
            .map(|(k, o)| {
                let (sin, cos) = (step * k as f64).sin_cos();
                let (ux, uy) = (tx * cos - ty * sin, tx * sin + ty * cos);
                (
                    o.1,
                    ScreenPoint {
                        x: centre.x + radius * ux,
                        y: centre.y + radius * uy,
                    },
                )
            })
            .collect(),
    )
}

/// Members and their places on a ring.
type Ring = Vec<(usize, ScreenPoint)>;

/// The clusters' positions on a grid of `spacing`-sized cells (sorted
/// cell keys, as in `cluster`), so a ring asks only the 3 × 3 cells around
/// each of its places what it would touch.
struct Occupied {
    spacing: f64,
    cells: Vec<(i64, usize)>,
}

impl Occupied {
    fn new(clusters: &[Cluster], spacing: f64) -> Occupied {
        let mut cells: Vec<(i64, usize)> = clusters
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let (cx, cy) = Self::cell(c.position, spacing);
                (cell_key(cx, cy), i)
            })
            .collect();
        cells.sort_unstable();
        Occupied { spacing, cells }
    }

    fn cell(p: ScreenPoint, spacing: f64) -> (i64, i64) {
        (
            (p.x / spacing).floor() as i64,
            (p.y / spacing).floor() as i64,
        )
    }

    /// Calls `found` with each cluster in the 3 × 3 cells around `p`.
    fn near(&self, p: ScreenPoint, mut found: impl FnMut(usize)) {
        let (cx, cy) = Self::cell(p, self.spacing);
        for nx in cx - 1..=cx + 1 {
            let (low, high) = (cell_key(nx, cy - 1), cell_key(nx, cy + 1));
            let start = self.cells.partition_point(|(cell, _)| *cell < low);
            for &(_, c) in self.cells[start..]
                .iter()
                .take_while(|(cell, _)| *cell <= high)
            {
                found(c);
            }
        }
    }
}
