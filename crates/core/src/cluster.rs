//! Grouping of markers that would overlap on screen.
//!
//! Grouping happens in **screen** space, after projection and zoom, so it is
//! recomputed whenever the view changes: markers 20 km apart are one group
//! on a world view and separate once the reader zooms in. Members at the
//! very same place stay grouped at any zoom; the group opens as a list, so
//! none is ever unreachable.
//!
//! The algorithm is greedy "leader" clustering over a uniform grid: each
//! not-yet-grouped marker, in dataset order, takes every not-yet-grouped
//! marker within `radius` into its group. Groups are drawn at their members'
//! mean, which can land two groups closer than `radius` again; so the same
//! step is repeated on the groups' positions until no two are that close —
//! what a reader sees never overlaps. With the grid each marker only looks
//! at its 3×3 neighbouring cells, so thousands of markers group in linear
//! time per pass (and every pass that changes anything removes a group);
//! the result is deterministic (same input, same groups).

use crate::viewport::ScreenPoint;

/// Markers drawn as one: a single signatory or a group.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// The grouped items (the caller's ids, e.g. signatory indices), in input order.
    pub members: Vec<usize>,
    /// Where to draw it: the members' mean position.
    pub position: ScreenPoint,
}

/// Groups `points` (an id and a screen position each) so that no two
/// resulting groups are drawn within `radius` pixels of each other.
pub fn group(points: &[(usize, ScreenPoint)], radius: f64) -> Vec<Cluster> {
    let radius = if radius.is_finite() && radius > 0.0 {
        radius
    } else {
        1.0
    };
    let mut clusters = leader_pass(points, radius);
    loop {
        let centres: Vec<(usize, ScreenPoint)> = clusters
            .iter()
            .enumerate()
            .map(|(i, c)| (i, c.position))
            .collect();
        let merged = leader_pass(&centres, radius);
        if merged.len() == clusters.len() {
            return clusters;
        }
        clusters = merged
            .iter()
            .map(|m| combine(m.members.iter().map(|&i| &clusters[i])))
            .collect();
    }
}

/// One group made of several, placed at the mean of all their members.
fn combine<'a>(parts: impl Iterator<Item = &'a Cluster>) -> Cluster {
    let (mut members, mut sum_x, mut sum_y) = (Vec::new(), 0.0, 0.0);
    for part in parts {
        let weight = part.members.len() as f64;
        sum_x += part.position.x * weight;
        sum_y += part.position.y * weight;
        members.extend_from_slice(&part.members);
    }
    let count = members.len().max(1) as f64;
    members.sort_unstable();
    Cluster {
        members,
        position: ScreenPoint {
            x: sum_x / count,
            y: sum_y / count,
        },
    }
}

/// Cell coordinates are clamped to this (a marker millions of pixels off
/// screen at a deep zoom still gets a cell; it is only grouped with
/// neighbours that far out).
const CELL_LIMIT: i64 = 1 << 30;

/// A grid cell packed into one integer that sorts like `(cx, cy)`, so the
/// cell list sorts and compares as plain numbers.
pub(crate) fn cell_key(cx: i64, cy: i64) -> i64 {
    (cx.clamp(-CELL_LIMIT, CELL_LIMIT) << 32) + (cy.clamp(-CELL_LIMIT, CELL_LIMIT) + (1 << 31))
}

/// One pass of leader clustering (see the module documentation).
fn leader_pass(points: &[(usize, ScreenPoint)], radius: f64) -> Vec<Cluster> {
    let cell_of = |p: ScreenPoint| ((p.x / radius).floor() as i64, (p.y / radius).floor() as i64);
    let mut cells: Vec<(i64, usize)> = points
        .iter()
        .enumerate()
        .map(|(slot, (_, p))| {
            let (cx, cy) = cell_of(*p);
            (cell_key(cx, cy), slot)
        })
        .collect();
    cells.sort_unstable();
    let radius_squared = radius * radius;

    let mut taken = vec![false; points.len()];
    let mut clusters = Vec::new();
    let mut member_slots = Vec::new();
    for (leader_slot, &(_, leader)) in points.iter().enumerate() {
        if taken[leader_slot] {
            continue;
        }
        let (cx, cy) = cell_of(leader);
        member_slots.clear();
        for nx in cx - 1..=cx + 1 {
            // Cells (nx, cy-1..=cy+1) are adjacent in the sorted list: one
            // search finds the start of all three.
            let (low, high) = (cell_key(nx, cy - 1), cell_key(nx, cy + 1));
            let start = cells.partition_point(|(cell, _)| *cell < low);
            for &(_, slot) in cells[start..].iter().take_while(|(cell, _)| *cell <= high) {
                let p = points[slot].1;
                let (dx, dy) = (p.x - leader.x, p.y - leader.y);
                if !taken[slot] && dx * dx + dy * dy <= radius_squared {
                    taken[slot] = true;
                    member_slots.push(slot);
                }
            }
        }
        member_slots.sort_unstable();
        let count = member_slots.len() as f64;
        let (sum_x, sum_y) = member_slots.iter().fold((0.0, 0.0), |(x, y), &slot| {
            (x + points[slot].1.x, y + points[slot].1.y)
        });
        clusters.push(Cluster {
            members: member_slots.iter().map(|&slot| points[slot].0).collect(),
            position: ScreenPoint {
                x: sum_x / count,
                y: sum_y / count,
            },
        });
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(id: usize, x: f64, y: f64) -> (usize, ScreenPoint) {
        (id, ScreenPoint { x, y })
    }

    #[test]
    fn overlapping_markers_form_one_group_and_distant_ones_stay_alone() {
        let points = [
            at(0, 100.0, 100.0),
            at(1, 104.0, 101.0),
            at(2, 100.0, 100.0),
            at(3, 300.0, 50.0),
        ];
        let groups = group(&points, 16.0);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].members, vec![0, 1, 2]);
        assert_eq!(groups[1].members, vec![3]);
        assert!((groups[0].position.x - 101.333_333).abs() < 1e-3);
    }

    #[test]
    fn every_item_lands_in_exactly_one_group() {
        let points: Vec<_> = (0..2000)
            .map(|i| {
                at(
                    i,
                    ((i * 37) % 400) as f64 * 0.7,
                    ((i * 91) % 300) as f64 * 0.4,
                )
            })
            .collect();
        let groups = group(&points, 12.0);
        let mut seen: Vec<usize> = groups.iter().flat_map(|g| g.members.clone()).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..2000).collect::<Vec<_>>());
        for (i, a) in groups.iter().enumerate() {
            for b in &groups[i + 1..] {
                let gap = (a.position.x - b.position.x).hypot(a.position.y - b.position.y);
                assert!(gap > 12.0, "groups drawn {gap} px apart would overlap");
            }
        }
    }

    #[test]
    fn groups_whose_centres_end_up_close_are_merged() {
        // Leader 0 takes 1 (their mean is at 7); leader 2 (at 20) is alone,
        // but only 13 px from that mean: drawn, they would overlap.
        let groups = group(&[at(0, 0.0, 0.0), at(1, 14.0, 0.0), at(2, 20.0, 0.0)], 16.0);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].members, vec![0, 1, 2]);
        assert!(
            (groups[0].position.x - 34.0 / 3.0).abs() < 1e-9,
            "mean of all members"
        );
    }

    #[test]
    fn neighbours_across_a_cell_border_are_grouped() {
        let groups = group(&[at(7, 15.9, 0.0), at(8, 16.1, 0.0)], 16.0);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].members, vec![7, 8]);
    }

    #[test]
    fn neighbours_across_zero_and_far_off_screen_are_grouped() {
        // Markers above and left of the map have negative coordinates.
        let groups = group(
            &[at(1, -0.1, -0.1), at(2, 0.1, 0.1), at(3, -8.0, 5.0)],
            16.0,
        );
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].members, vec![1, 2, 3]);
        let far = group(
            &[at(4, -3.0e12, 2.0e12), at(5, -3.0e12 + 1.0, 2.0e12)],
            16.0,
        );
        assert_eq!(far.len(), 1);
    }

    #[test]
    fn zooming_in_splits_groups() {
        let spread = |scale: f64| [at(0, 10.0 * scale, 0.0), at(1, 12.0 * scale, 0.0)];
        assert_eq!(group(&spread(1.0), 16.0).len(), 1);
        assert_eq!(group(&spread(20.0), 16.0).len(), 2);
    }

    #[test]
    fn bad_radius_and_empty_input_are_harmless() {
        assert!(group(&[], 16.0).is_empty());
        assert_eq!(group(&[at(0, 1.0, 1.0)], f64::NAN).len(), 1);
    }
}
