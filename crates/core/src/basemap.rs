//! The world basemap: land polygons and internal country borders.
//!
//! The geometry is Natural Earth's 1:110m Admin 0 countries (public domain),
//! as packaged in TopoJSON by `world-atlas` (ISC licence). `tools/basemap.mjs`
//! converts it at build time into `data/basemap.bin`, which is compiled into
//! the WASM with `include_bytes!` so the map can draw without a network fetch.
//!
//! Why a custom encoding rather than the TopoJSON itself: the widget only needs
//! land and borders at 0.05° precision (about 5 km: finer than the 1:110m
//! source's own generalisation, and under a pixel until the reader zooms far
//! in), and delta-encoded varints store that in about a seventh of the
//! JSON's size while needing no JSON parser in the WASM; decoding is one
//! linear pass that runs at start-up. (0.05° instead of 0.01° saved 4.8 KB
//! brotli of every reader's download.)
//!
//! Format (all integers unsigned LEB128 varints, signed ones zigzag-encoded
//! first; coordinates in integer twentieths of a degree):
//!
//! ```text
//! "SMB2"
//! land_ring_count,   per ring: point_count, points
//! border_line_count, per line: point_count, points
//! points: first (lon, lat) absolute, the rest as deltas from the previous one
//! ```
//!
//! Land rings (outer rings and holes alike) are implicitly closed: the last
//! point joins the first. Border lines are open. Everything is cut at the
//! antimeridian at build time, so no segment spans more than 180° of
//! longitude and a renderer can join consecutive points without wrapping.

use std::fmt;

/// The asset shipped with the widget; `node tools/basemap.mjs --check`
/// proves in CI that it matches its `world-atlas` source.
pub const WORLD_110M: &[u8] = include_bytes!("../../../data/basemap.bin");

/// The magic bytes, versioned so a future format change fails loudly
/// instead of drawing garbage.
const MAGIC: &[u8; 4] = b"SMB2";

/// Coordinate units per degree in the asset.
const UNITS_PER_DEGREE: f64 = 20.0;

/// The largest longitude and latitude, in the asset's units.
const MAX_LON_UNITS: i64 = 180 * UNITS_PER_DEGREE as i64;
const MAX_LAT_UNITS: i64 = 90 * UNITS_PER_DEGREE as i64;

/// A point in degrees; `f64` because that is what projection maths wants,
/// and the asset's twentieths of a degree convert to it exactly enough.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GeoPoint {
    /// Longitude, -180..=180, east positive.
    pub lon: f64,
    /// Latitude, -90..=90, north positive.
    pub lat: f64,
}

/// The decoded basemap, kept as plain point lists so the renderer can
/// project it to whatever size and projection the widget is using.
#[derive(Debug, Clone, PartialEq)]
pub struct Basemap {
    /// Land rings (outer and holes), each implicitly closed; fill with the
    /// even-odd rule so holes (lakes, the Caspian) stay empty.
    pub land: Vec<Vec<GeoPoint>>,
    /// Borders shared by two countries, as open polylines; coastlines are
    /// not repeated here because the land outline already draws them.
    pub borders: Vec<Vec<GeoPoint>>,
}

/// Why bytes could not be decoded. The shipped asset never fails, but the
/// decoder reports errors instead of panicking so a corrupt or mismatched
/// asset is a visible bug, not a crashed widget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BasemapError {
    /// The input does not start with `"SMB2"` (wrong file or format version).
    BadMagic,
    /// The item (varint, ring or line) starting at `offset` runs past the end.
    Truncated {
        /// Byte offset of the item that could not be completed.
        offset: usize,
    },
    /// The varint at `offset` does not fit in 32 bits, which no valid
    /// count or coordinate needs.
    VarintOverflow {
        /// Byte offset where the varint starts.
        offset: usize,
    },
    /// The point starting at `offset` lies off the globe (longitude past
    /// ±180° or latitude past ±90°): corrupt deltas, which would otherwise
    /// draw lines far outside the map.
    OffTheGlobe {
        /// Byte offset where the point's longitude delta starts.
        offset: usize,
    },
    /// Decoding finished at `offset` but bytes remain, so the input is not
    /// the asset it claims to be.
    TrailingBytes {
        /// Byte offset of the first unused byte.
        offset: usize,
    },
}

impl fmt::Display for BasemapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BadMagic => write!(f, "basemap: missing \"SMB2\" magic"),
            Self::Truncated { offset } => write!(f, "basemap: truncated at byte {offset}"),
            Self::VarintOverflow { offset } => {
                write!(f, "basemap: varint at byte {offset} exceeds 32 bits")
            }
            Self::OffTheGlobe { offset } => {
                write!(f, "basemap: the point at byte {offset} is off the globe")
            }
            Self::TrailingBytes { offset } => {
                write!(f, "basemap: trailing bytes from byte {offset}")
            }
        }
    }
}

impl std::error::Error for BasemapError {}

/// A cursor over the input; every read is bounds-checked.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    /// An unsigned LEB128 varint of at most 32 bits (5 bytes).
    fn u32(&mut self) -> Result<u32, BasemapError> {
        let start = self.pos;
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let Some(&byte) = self.bytes.get(self.pos) else {
                return Err(BasemapError::Truncated { offset: start });
            };
            // The fifth byte may only carry the top 4 bits and no continuation.
            if shift == 28 && byte > 0x0f {
                return Err(BasemapError::VarintOverflow { offset: start });
            }
            self.pos += 1;
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(BasemapError::VarintOverflow { offset: start })
    }

    /// A zigzag-encoded signed varint.
    fn i32(&mut self) -> Result<i32, BasemapError> {
        let z = self.u32()?;
        Ok((z >> 1) as i32 ^ -((z & 1) as i32))
    }

    /// A count of items each taking at least `min_bytes`; rejecting counts
    /// the remaining input cannot hold caps allocation by the input size.
    fn count(&mut self, min_bytes: usize) -> Result<usize, BasemapError> {
        let start = self.pos;
        let n = self.u32()? as usize;
        if n > self.remaining() / min_bytes {
            return Err(BasemapError::Truncated { offset: start });
        }
        Ok(n)
    }

    /// One delta-encoded point list.
    fn points(&mut self) -> Result<Vec<GeoPoint>, BasemapError> {
        let n = self.count(2)?;
        let mut out = Vec::with_capacity(n);
        // i64 with wrapping adds: corrupt deltas never panic, and a point
        // they push off the globe is an error, not a line across the page.
        let (mut lon, mut lat) = (0i64, 0i64);
        for _ in 0..n {
            let start = self.pos;
            lon = lon.wrapping_add(i64::from(self.i32()?));
            lat = lat.wrapping_add(i64::from(self.i32()?));
            if lon.abs() > MAX_LON_UNITS || lat.abs() > MAX_LAT_UNITS {
                return Err(BasemapError::OffTheGlobe { offset: start });
            }
            out.push(GeoPoint {
                lon: lon as f64 / UNITS_PER_DEGREE,
                lat: lat as f64 / UNITS_PER_DEGREE,
            });
        }
        Ok(out)
    }

    /// A counted list of point lists.
    fn lines(&mut self) -> Result<Vec<Vec<GeoPoint>>, BasemapError> {
        let n = self.count(1)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(self.points()?);
        }
        Ok(out)
    }
}

impl Basemap {
    /// Decodes the `SMB2` format (see the module docs). Never panics,
    /// allocates at most a small multiple of the input size, and yields only
    /// points on the globe (±180°, ±90°), whatever the bytes say.
    pub fn decode(bytes: &[u8]) -> Result<Basemap, BasemapError> {
        let Some(body) = bytes.strip_prefix(MAGIC) else {
            return Err(BasemapError::BadMagic);
        };
        let mut r = Reader {
            bytes,
            pos: bytes.len() - body.len(),
        };
        let land = r.lines()?;
        let borders = r.lines()?;
        if r.remaining() > 0 {
            return Err(BasemapError::TrailingBytes { offset: r.pos });
        }
        Ok(Basemap { land, borders })
    }
}

#[cfg(test)]
mod tests {
    use super::BasemapError::*;
    use super::*;

    fn pt(lon: f64, lat: f64) -> GeoPoint {
        GeoPoint { lon, lat }
    }

    fn err(bytes: &[u8]) -> BasemapError {
        Basemap::decode(bytes).unwrap_err()
    }

    /// One ring (5,10) (4.95,10.05) (4.95,7.55) and one line (-180,-90) (180,90).
    fn sample() -> Vec<u8> {
        let mut b = MAGIC.to_vec();
        b.push(1); // land rings
        b.push(3); // points
        b.extend([0xC8, 0x01, 0x90, 0x03]); // +100 +200 (zigzag 200, 400)
        b.extend([0x01, 0x02]); // -1 +1 (zigzag 1, 2)
        b.extend([0x00, 0x63]); // 0, -50 (zigzag 99)
        b.push(1); // border lines
        b.push(2); // points
        b.extend([0x9F, 0x38, 0x8F, 0x1C]); // -3600 -1800 (zigzag 7199, 3599)
        b.extend([0xC0, 0x70, 0xA0, 0x38]); // +7200 +3600 (zigzag 14400, 7200)
        b
    }

    #[test]
    fn decodes_hand_built_deltas_and_zigzag() {
        let map = Basemap::decode(&sample()).unwrap();
        let ring = vec![pt(5.0, 10.0), pt(4.95, 10.05), pt(4.95, 7.55)];
        assert_eq!(map.land, vec![ring]);
        assert_eq!(map.borders, vec![vec![pt(-180.0, -90.0), pt(180.0, 90.0)]]);
        let empty = Basemap::decode(b"SMB2\x00\x00").unwrap();
        assert!(empty.land.is_empty() && empty.borders.is_empty());
    }

    #[test]
    fn decodes_real_asset() {
        let map = Basemap::decode(WORLD_110M).unwrap();
        let (rings, lines) = (map.land.len(), map.borders.len());
        assert!(rings > 100 && lines > 100, "{rings} rings, {lines} lines");
        assert!(map.land.iter().all(|r| r.len() >= 3));
        assert!(map.borders.iter().all(|l| l.len() >= 2));
        for p in map.land.iter().chain(&map.borders).flatten() {
            assert!((-180.0..=180.0).contains(&p.lon), "{p:?}");
            assert!((-90.0..=90.0).contains(&p.lat), "{p:?}");
        }
        // Africa's southern tip (Cape Agulhas, about 20.0E 34.8S) is on the land outline.
        let cape = |p: &GeoPoint| (p.lon - 20.0).abs() < 1.0 && (p.lat + 34.8).abs() < 1.0;
        assert!(map.land.iter().flatten().any(cape));
        // Some border passes through central Africa (e.g. the DR Congo's).
        let congo = |p: &GeoPoint| (12.0..31.0).contains(&p.lon) && (-13.0..5.0).contains(&p.lat);
        assert!(map.borders.iter().flatten().any(congo));
    }

    /// Every segment of `lines` (with the closing last-to-first edge when
    /// `closed`) whose ends are more than 180° of longitude apart: such a
    /// segment crosses the antimeridian on the sphere but would be drawn as
    /// a line across the whole map.
    fn antimeridian_jumps(lines: &[Vec<GeoPoint>], closed: bool) -> Vec<(GeoPoint, GeoPoint)> {
        let mut jumps = Vec::new();
        for line in lines {
            let closing = line.last().zip(line.first()).filter(|_| closed);
            let segments = line
                .windows(2)
                .map(|w| (w[0], w[1]))
                .chain(closing.map(|(a, b)| (*a, *b)));
            jumps.extend(segments.filter(|(a, b)| (a.lon - b.lon).abs() > 180.0));
        }
        jumps
    }

    #[test]
    fn antimeridian_jumps_are_detected() {
        // The helper sees both kinds of jump, so a passing check below means something.
        let map = Basemap::decode(&sample()).unwrap();
        assert_eq!(antimeridian_jumps(&map.borders, false).len(), 1);
        let ring = vec![pt(179.5, 1.0), pt(179.5, 2.0), pt(-179.5, 2.0)];
        assert_eq!(
            antimeridian_jumps(std::slice::from_ref(&ring), true),
            vec![
                (pt(179.5, 2.0), pt(-179.5, 2.0)),
                (pt(-179.5, 2.0), pt(179.5, 1.0))
            ]
        );
        assert_eq!(antimeridian_jumps(&[ring], false).len(), 1);
    }

    #[test]
    fn real_asset_is_cut_at_the_antimeridian() {
        // tools/basemap.mjs cuts rings and lines at ±180 (as d3-geo does), so
        // no segment may wrap around the map; before the cut, Russia, Fiji,
        // Wrangel Island and Antarctica drew horizontal lines across it.
        let map = Basemap::decode(WORLD_110M).unwrap();
        let land = antimeridian_jumps(&map.land, true);
        assert!(land.is_empty(), "land rings cross ±180: {land:?}");
        let borders = antimeridian_jumps(&map.borders, false);
        assert!(borders.is_empty(), "border lines cross ±180: {borders:?}");
        // Antarctica, which encloses the south pole, is closed along -90
        // rather than across the map, so it still fills down to the bottom edge.
        let antarctica = map
            .land
            .iter()
            .find(|r| r.iter().any(|p| p.lat == -90.0))
            .expect("a ring reaches the south pole");
        assert!(antarctica.iter().any(|p| p.lon == -180.0 && p.lat == -90.0));
        assert!(antarctica.iter().any(|p| p.lon == 180.0 && p.lat == -90.0));
        // Chukotka (east of 180) is still land, as its own ring.
        let chukotka = |p: &GeoPoint| p.lon < -170.0 && (64.0..70.0).contains(&p.lat);
        assert!(map.land.iter().flatten().any(chukotka));
    }

    #[test]
    fn bad_magic() {
        for bytes in [&b""[..], b"SMB", b"SMB1\x00\x00", b"\x00\x00SMB2"] {
            assert_eq!(err(bytes), BadMagic);
        }
    }

    #[test]
    fn truncated_anywhere_is_an_error() {
        let full = sample();
        for len in 4..full.len() {
            assert!(
                matches!(err(&full[..len]), Truncated { .. }),
                "prefix {len}"
            );
        }
        // Cut inside a varint: the error points at the varint's start.
        assert_eq!(err(b"SMB2\x01\x01\x02\x90"), Truncated { offset: 7 });
        let half = &WORLD_110M[..WORLD_110M.len() / 2];
        assert!(matches!(err(half), Truncated { .. }));
    }

    #[test]
    fn huge_count_is_rejected_without_allocating() {
        assert_eq!(err(b"SMB2\xFF\xFF\xFF\xFF\x0F"), Truncated { offset: 4 });
        let bytes = b"SMB2\x01\xFF\xFF\xFF\xFF\x0F\x00\x00";
        assert_eq!(err(bytes), Truncated { offset: 5 });
    }

    #[test]
    fn varint_overflow() {
        assert_eq!(
            err(b"SMB2\xFF\xFF\xFF\xFF\x1F"),
            VarintOverflow { offset: 4 }
        );
        assert_eq!(
            err(b"SMB2\x80\x80\x80\x80\x80\x00"),
            VarintOverflow { offset: 4 }
        );
    }

    #[test]
    fn points_off_the_globe_are_rejected() {
        // One ring of one point at (180.05, 0), then at (0, -90.05).
        assert_eq!(
            err(b"SMB2\x01\x01\xA2\x38\x00\x00"),
            OffTheGlobe { offset: 6 }
        );
        assert_eq!(
            err(b"SMB2\x01\x01\x00\x91\x1C\x00"),
            OffTheGlobe { offset: 6 }
        );
    }

    #[test]
    fn trailing_bytes() {
        let mut bytes = sample();
        let len = bytes.len();
        bytes.push(0);
        assert_eq!(err(&bytes), TrailingBytes { offset: len });
    }

    #[test]
    fn corrupted_asset_never_panics() {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as usize
        };
        for _ in 0..300 {
            let mut bytes = WORLD_110M.to_vec();
            for _ in 0..1 + next() % 4 {
                let i = next() % bytes.len();
                bytes[i] = next() as u8;
            }
            // An error, or a map whose every point is still on the globe:
            // a corrupt asset must never draw lines to nowhere.
            if let Ok(map) = Basemap::decode(&bytes) {
                for p in map.land.iter().chain(&map.borders).flatten() {
                    assert!((-180.0..=180.0).contains(&p.lon), "{p:?}");
                    assert!((-90.0..=90.0).contains(&p.lat), "{p:?}");
                }
            }
        }
    }

    #[test]
    fn errors_display() {
        assert_eq!(
            Truncated { offset: 7 }.to_string(),
            "basemap: truncated at byte 7"
        );
        let _: &dyn std::error::Error = &BadMagic;
    }
}
