//! The built-in dataset at rest on a desktop-wide map: every signatory has
//! a marker of its own, where the reader can see it, and nothing overlaps.

use signatory_core::cluster::{group, Cluster};
use signatory_core::dataset::{Dataset, BUILTIN_DATASET_JSON};
use signatory_core::fan::{fan_out, FanArea, Spread, MAX_FANNED};
use signatory_core::json::std_number;
use signatory_core::projection::{equal_earth, Bounds};
use signatory_core::read::read_dataset;
use signatory_core::viewport::{FittedView, ScreenPoint, ScreenSize, Viewport};

/// The widget's values (src/state, src/components/markers.rs).
const SPACING: f64 = 24.0;
const MARGIN: f64 = 12.0;
const FIT_PADDING: f64 = 28.0;
const CONTROLS_INSET: f64 = 36.0;

fn builtin() -> Dataset {
    read_dataset(BUILTIN_DATASET_JSON, std_number).expect("the built-in dataset reads")
}

/// The fitted view of `data` on a map of `size`, as the widget opens it.
fn fitted(data: &Dataset, size: ScreenSize) -> Viewport {
    let projected = data.signatories.iter().map(|s| equal_earth(s.location));
    let bounds = Bounds::around(projected).expect("signatories");
    let fit = FittedView::new_with_right_inset(bounds, size, FIT_PADDING, CONTROLS_INSET);
    fit.viewport(fit.camera(), size)
}

/// Groups and fans out `data` as the marker layer does.
fn layout(data: &Dataset, size: ScreenSize, viewport: &Viewport) -> Spread {
    let anchor = |i: usize| viewport.to_screen(equal_earth(data.signatories[i].location));
    let points: Vec<(usize, ScreenPoint)> = (0..data.signatories.len())
        .map(|i| (i, anchor(i)))
        .collect();
    let area = FanArea {
        size,
        right_inset: CONTROLS_INSET,
        margin: MARGIN,
    };
    fan_out(group(&points, SPACING), anchor, area, SPACING)
}

fn size(width: f64, height: f64) -> ScreenSize {
    ScreenSize { width, height }
}

#[test]
fn at_600_900_and_1200_px_every_signatory_has_its_own_marker_and_none_overlap() {
    let data = builtin();
    for map in [
        size(600.0, 338.0),
        size(600.0, 420.0),
        size(900.0, 506.0),
        size(900.0, 420.0),
        size(1200.0, 675.0),
        size(1200.0, 500.0),
    ] {
        let spread = layout(&data, map, &fitted(&data, map));
        let groups: Vec<&Cluster> = spread
            .clusters
            .iter()
            .filter(|c| c.members.len() > 1)
            .collect();
        assert!(groups.is_empty(), "{map:?}: still grouped {groups:?}");
        let mut seen: Vec<usize> = spread.clusters.iter().map(|c| c.members[0]).collect();
        seen.sort_unstable();
        assert_eq!(
            seen,
            (0..data.signatories.len()).collect::<Vec<_>>(),
            "{map:?}"
        );
        for (i, a) in spread.clusters.iter().enumerate() {
            let p = a.position;
            assert!(
                p.x >= MARGIN - 1e-9
                    && p.x <= map.width - MARGIN
                    && p.y >= MARGIN - 1e-9
                    && p.y <= map.height - MARGIN,
                "{map:?}: {} drawn off the map at {p:?}",
                data.signatories[a.members[0]].id
            );
            for b in &spread.clusters[i + 1..] {
                let gap = (p.x - b.position.x).hypot(p.y - b.position.y);
                assert!(
                    gap >= SPACING - 1e-6,
                    "{map:?}: {} and {} drawn {gap:.1} px apart",
                    data.signatories[a.members[0]].id,
                    data.signatories[b.members[0]].id
                );
            }
        }
    }
}

#[test]
fn fanned_members_point_to_where_they_are() {
    let data = builtin();
    let map = size(900.0, 506.0);
    let viewport = fitted(&data, map);
    let spread = layout(&data, map, &viewport);
    let by_id = |id: &str| {
        let index = data
            .signatories
            .iter()
            .position(|s| s.id == id)
            .expect("id");
        let slot = spread
            .clusters
            .iter()
            .position(|c| c.members == [index])
            .expect("drawn alone");
        (spread.clusters[slot].position, spread.anchors[slot])
    };
    // London and Bonn are in one ring at this view: London's marker is west
    // of Bonn's, and each line ends at its own city.
    let (london, london_at) = by_id("gsma");
    let (bonn, bonn_at) = by_id("deutsche-telekom");
    assert!(
        london.x < bonn.x,
        "London ({london:?}) is drawn west of Bonn ({bonn:?})"
    );
    let london_at = london_at.expect("London is fanned out, with a line to its place");
    let true_london = viewport.to_screen(equal_earth(data.signatories[13].location));
    assert!(
        (london_at.x - true_london.x).abs() < 1e-9 && (london_at.y - true_london.y).abs() < 1e-9
    );
    assert_ne!(bonn_at, Some(london_at));
    // The three Brussels associations share one address: three markers,
    // one anchor.
    let brussels: Vec<_> = ["digitaleurope", "european-digital-sme-alliance", "etno"]
        .map(by_id)
        .to_vec();
    assert!(brussels
        .iter()
        .all(|(_, at)| *at == brussels[0].1 && at.is_some()));
}

#[test]
fn a_narrow_map_keeps_its_groups() {
    let data = builtin();
    let phone = size(370.0, 300.0);
    let spread = layout(&data, phone, &fitted(&data, phone));
    assert!(
        spread.clusters.iter().any(|c| c.members.len() > 1),
        "a phone keeps groups"
    );
    assert!(spread.anchors.iter().all(Option::is_none));
}

#[test]
fn a_large_group_stays_a_group_and_a_crowded_ring_is_not_drawn() {
    let map = size(800.0, 500.0);
    let area = FanArea {
        size: map,
        right_inset: 0.0,
        margin: MARGIN,
    };
    let at = |i: usize| ScreenPoint {
        x: 400.0 + (i % 5) as f64,
        y: 250.0,
    };
    let big: Vec<usize> = (0..=MAX_FANNED).collect();
    let spread = fan_out(
        vec![Cluster {
            members: big.clone(),
            position: at(0),
        }],
        at,
        area,
        SPACING,
    );
    assert_eq!(
        spread.clusters.len(),
        1,
        "{} members stay one group",
        big.len()
    );
    assert_eq!(spread.clusters[0].members, big);

    // Two small groups too close for two rings and too many for one.
    let left: Vec<usize> = (0..8).collect();
    let right: Vec<usize> = (8..16).collect();
    let anchor = |i: usize| ScreenPoint {
        x: if i < 8 { 400.0 } else { 430.0 },
        y: 250.0,
    };
    let clusters = vec![
        Cluster {
            members: left,
            position: anchor(0),
        },
        Cluster {
            members: right,
            position: anchor(8),
        },
    ];
    let spread = fan_out(clusters, anchor, area, SPACING);
    let fanned = spread.anchors.iter().filter(|a| a.is_some()).count();
    assert!(fanned <= 8, "at most one ring: {fanned} fanned");
    for (i, a) in spread.clusters.iter().enumerate() {
        for b in &spread.clusters[i + 1..] {
            assert!(
                (a.position.x - b.position.x).hypot(a.position.y - b.position.y) >= SPACING - 1e-6
            );
        }
    }
}

#[test]
fn a_ring_at_the_edge_is_moved_inside_the_map() {
    let map = size(640.0, 400.0);
    let area = FanArea {
        size: map,
        right_inset: 36.0,
        margin: MARGIN,
    };
    let anchor = |_: usize| ScreenPoint { x: 2.0, y: 2.0 };
    let spread = fan_out(
        vec![Cluster {
            members: vec![0, 1, 2],
            position: anchor(0),
        }],
        anchor,
        area,
        SPACING,
    );
    assert_eq!(spread.clusters.len(), 3);
    for c in &spread.clusters {
        assert!(
            c.position.x >= MARGIN && c.position.y >= MARGIN,
            "{:?} inside",
            c.position
        );
    }
}
