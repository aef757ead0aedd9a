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

use std::collections::HashMap;
use std::f64::consts::{PI, TAU};

use crate::cluster::Cluster;
use crate::viewport::{ScreenPoint, ScreenSize};

/// Narrower maps keep groups: there is no room for rings (a phone).
pub const MIN_FAN_WIDTH: f64 = 600.0;

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
    let none = |clusters: Vec<Cluster>| Spread {
        anchors: vec![None; clusters.len()],
        clusters,
    };
    if area.size.width < MIN_FAN_WIDTH || spacing.is_nan() || spacing <= 0.0 {
        return none(clusters);
    }
    let mut occupied = Occupied::new(spacing);
    for (i, cluster) in clusters.iter().enumerate() {
        occupied.add(cluster.position, Owner::Cluster(i));
    }
    let mut candidates: Vec<usize> = (0..clusters.len())
        .filter(|&i| (2..=MAX_FANNED).contains(&clusters[i].members.len()))
        .collect();
    // Larger groups first: they hide the most.
    candidates.sort_by_key(|&i| std::cmp::Reverse(clusters[i].members.len()));
    let mut consumed = vec![false; clusters.len()];
    let mut rings: Vec<Ring> = Vec::new();
    for start in candidates {
        if consumed[start] {
            continue;
        }
        let Some((parts, ring)) = fit_ring(
            &clusters, start, &consumed, &occupied, &anchor_of, area, spacing,
        ) else {
            continue;
        };
        for &part in &parts {
            consumed[part] = true;
        }
        for &(_, at) in &ring {
            occupied.add(at, Owner::Ring);
        }
        occupied.consumed = consumed.clone();
        rings.push(ring);
    }
    let mut spread = Spread {
        clusters: Vec::new(),
        anchors: Vec::new(),
    };
    for (i, cluster) in clusters.into_iter().enumerate() {
        if !consumed[i] {
            spread.clusters.push(cluster);
            spread.anchors.push(None);
        }
    }
    for (member, at) in rings.into_iter().flatten() {
        spread.clusters.push(Cluster {
            members: vec![member],
            position: at,
        });
        spread.anchors.push(Some(anchor_of(member)));
    }
    spread
}

/// The ring for the group `start`, absorbing touching neighbours while it
/// stays within [`MAX_FANNED`]: the clusters it takes and each member's
/// place, or `None` when it cannot fit.
fn fit_ring(
    clusters: &[Cluster],
    start: usize,
    consumed: &[bool],
    occupied: &Occupied,
    anchor_of: &impl Fn(usize) -> ScreenPoint,
    area: FanArea,
    spacing: f64,
) -> Option<(Vec<usize>, Ring)> {
    let mut parts = vec![start];
    loop {
        let members: Vec<usize> = parts
            .iter()
            .flat_map(|&p| clusters[p].members.iter().copied())
            .collect();
        if members.len() > MAX_FANNED {
            return None;
        }
        let ring = ring_for(&members, anchor_of, area, spacing)?;
        let mut touched = Vec::new();
        for &(_, at) in &ring {
            for owner in occupied.near(at) {
                match owner {
                    Owner::Ring => return None,
                    Owner::Cluster(c) if !parts.contains(&c) && !consumed[c] => {
                        if !touched.contains(&c) {
                            touched.push(c);
                        }
                    }
                    Owner::Cluster(_) => {}
                }
            }
        }
        if touched.is_empty() {
            return Some((parts, ring));
        }
        parts.extend(touched);
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
    let anchors: Vec<ScreenPoint> = members.iter().map(|&m| anchor_of(m)).collect();
    let centre = ScreenPoint {
        x: anchors.iter().map(|a| a.x).sum::<f64>() / n,
        y: anchors.iter().map(|a| a.y).sum::<f64>() / n,
    };
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
        x: centre.x.clamp(reach, right),
        y: centre.y.clamp(reach, bottom),
    };
    // Members by the direction of their anchor (those at the centre: up).
    let angle = |a: ScreenPoint| {
        let (dx, dy) = (a.x - centre.x, a.y - centre.y);
        if dx.hypot(dy) < 0.5 {
            -PI / 2.0
        } else {
            dy.atan2(dx)
        }
    };
    let mut order: Vec<(f64, usize, ScreenPoint)> = members
        .iter()
        .zip(&anchors)
        .map(|(&m, &a)| (angle(a), m, a))
        .collect();
    order.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    // Turn the ring so each member's slot is as near its direction as the
    // ring allows (the circular mean of the differences).
    let step = TAU / n;
    let (sin, cos) = order.iter().enumerate().fold((0.0, 0.0), |(s, c), (k, o)| {
        let d = o.0 - step * k as f64;
        (s + d.sin(), c + d.cos())
    });
    let turn = if sin.hypot(cos) < 1e-9 {
        -PI / 2.0
    } else {
        sin.atan2(cos)
    };
    Some(
        order
            .iter()
            .enumerate()
            .map(|(k, &(_, member, _))| {
                let a = turn + step * k as f64;
                (
                    member,
                    ScreenPoint {
                        x: centre.x + radius * a.cos(),
                        y: centre.y + radius * a.sin(),
                    },
                )
            })
            .collect(),
    )
}

/// Members and their places on a ring.
type Ring = Vec<(usize, ScreenPoint)>;

/// Who holds a drawn position.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Owner {
    /// The cluster with this index (a group or a single marker).
    Cluster(usize),
    /// A member placed on an accepted ring.
    Ring,
}

/// Drawn positions on a grid of `spacing`-sized cells, so a ring asks only
/// the 3 × 3 cells around each of its places what it would touch.
struct Occupied {
    spacing: f64,
    cells: HashMap<(i64, i64), Vec<(ScreenPoint, Owner)>>,
    consumed: Vec<bool>,
}

impl Occupied {
    fn new(spacing: f64) -> Occupied {
        Occupied {
            spacing,
            cells: HashMap::new(),
            consumed: Vec::new(),
        }
    }

    fn cell(&self, p: ScreenPoint) -> (i64, i64) {
        (
            (p.x / self.spacing).floor() as i64,
            (p.y / self.spacing).floor() as i64,
        )
    }

    fn add(&mut self, p: ScreenPoint, owner: Owner) {
        let cell = self.cell(p);
        self.cells.entry(cell).or_default().push((p, owner));
    }

    /// The owners of drawn positions closer than `spacing` to `p`, except
    /// clusters already taken into a ring.
    fn near(&self, p: ScreenPoint) -> impl Iterator<Item = Owner> + '_ {
        let (cx, cy) = self.cell(p);
        let limit = self.spacing * self.spacing;
        (cx - 1..=cx + 1)
            .flat_map(move |x| (cy - 1..=cy + 1).map(move |y| (x, y)))
            .filter_map(|cell| self.cells.get(&cell))
            .flatten()
            .filter(move |(q, owner)| {
                let (dx, dy) = (q.x - p.x, q.y - p.y);
                dx * dx + dy * dy < limit
                    && !matches!(owner, Owner::Cluster(c) if self.consumed.get(*c) == Some(&true))
            })
            .map(|(_, owner)| *owner)
    }
}
