//! Converting a JSON number literal to `f64` without the standard
//! library's general algorithm, which costs ~20 KB of WebAssembly.
//!
//! Nearly every number in a dataset (coordinates, version numbers) has at
//! most 15 significant digits and a small exponent. Such a literal is an
//! integer below 2^53 times or divided by a power of ten up to 10^22, all
//! exactly representable, so one IEEE multiplication or division gives the
//! correctly rounded result (Clinger's fast path). Anything else is handed
//! to the reader's fallback (the browser's `parseFloat`; natively `str::parse`).

/// Powers of ten that are exact in `f64`.
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Largest integer every smaller one of which `f64` holds exactly.
const EXACT_INTEGERS: u64 = 1 << 53;

/// `n` written the way JSON (and Rust's `Display`) would write it, `2`,
/// `2.5`, `-0.125`, for the numbers the fast path reads (at most 15
/// decimals, below 2^53 when scaled): the fewest decimals whose value is
/// `n`. `None` for anything else. Here so that messages quoting a number
/// need not link Rust's float formatter (several KB of WebAssembly).
pub fn decimal_text(n: f64) -> Option<String> {
    for (places, &power) in EXACT_POWERS.iter().take(16).enumerate() {
        let scaled = (n * power).round();
        if scaled.abs() >= EXACT_INTEGERS as f64 {
            return None;
        }
        if scaled / power == n {
            let digits = format!("{:0width$}", scaled.abs() as u64, width = places + 1);
            let (whole, fraction) = digits.split_at(digits.len() - places);
            let sign = if n.is_sign_negative() { "-" } else { "" };
            let point = if places == 0 { "" } else { "." };
            return Some(format!("{sign}{whole}{point}{fraction}"));
        }
    }
    None
}

/// The exact value of a literal already checked against the JSON grammar,
/// or `None` when the fast path cannot promise the correctly rounded one.
pub fn exact_decimal(literal: &str) -> Option<f64> {
    let bytes = literal.as_bytes();
    let negative = bytes.first() == Some(&b'-');
    let mut mantissa: u64 = 0;
    // Power of ten the mantissa is to be scaled by.
    let mut scale: i64 = 0;
    let mut in_fraction = false;
    let mut at = usize::from(negative);
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'0'..=b'9' => {
                mantissa = mantissa
                    .checked_mul(10)?
                    .checked_add(u64::from(byte - b'0'))?;
                if mantissa >= EXACT_INTEGERS {
                    return None;
                }
                scale -= i64::from(in_fraction);
            }
            b'.' => in_fraction = true,
            _ => break,
        }
        at += 1;
    }
    if at < bytes.len() {
        // `e` or `E`, an optional sign, digits (the grammar was checked).
        let exponent: i64 = literal
            .get(at + 1..)?
            .trim_start_matches('+')
            .parse()
            .ok()?;
        scale = scale.checked_add(exponent)?;
    }
    let magnitude = mantissa as f64;
    let power = *EXACT_POWERS.get(usize::try_from(scale.unsigned_abs()).ok()?)?;
    let value = if mantissa == 0 {
        0.0
    } else if scale >= 0 {
        magnitude * power
    } else {
        magnitude / power
    };
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    #[test]
    fn decimal_text_writes_what_display_writes() {
        for n in [
            0.0,
            -0.0,
            2.0,
            2.5,
            -1.0,
            0.1,
            0.125,
            -0.001,
            1.23,
            90.0001,
            1e15,
            123_456.789,
        ] {
            assert_eq!(super::decimal_text(n), Some(n.to_string()), "{n}");
        }
        assert_eq!(super::decimal_text(1e300), None);
        assert_eq!(super::decimal_text(1e-20), None);
    }

    use super::exact_decimal;

    #[test]
    fn agrees_with_the_standard_library_wherever_it_answers() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut answered = 0;
        for _ in 0..200_000 {
            let digits = next() % 10_u64.pow(1 + (next() % 17) as u32);
            let fraction = (next() % 12) as usize;
            let mut literal = digits.to_string();
            if fraction > 0 {
                let padded = format!("{literal:0>width$}", width = fraction + 1);
                let split = padded.len() - fraction;
                literal = format!("{}.{}", &padded[..split], &padded[split..]);
            }
            if next() % 3 == 0 {
                literal = format!("{literal}e{}", (next() % 40) as i64 - 20);
            }
            if next() % 2 == 0 {
                literal = format!("-{literal}");
            }
            let expected: f64 = literal.parse().expect("valid literal");
            if let Some(fast) = exact_decimal(&literal) {
                answered += 1;
                assert_eq!(fast.to_bits(), expected.to_bits(), "{literal}");
            }
        }
        assert!(answered > 100_000, "the fast path answered only {answered}");
    }

    #[test]
    fn typical_dataset_numbers_take_the_fast_path() {
        for (literal, value) in [
            ("1", 1.0),
            ("0", 0.0),
            ("54.6872", 54.6872),
            ("-33.8688", -33.8688),
            ("2.5E+3", 2500.0),
            ("7e-3", 0.007),
        ] {
            assert_eq!(exact_decimal(literal), Some(value), "{literal}");
        }
        assert_eq!(
            exact_decimal("-0").map(f64::to_bits),
            Some((-0.0_f64).to_bits())
        );
    }

    #[test]
    fn declines_what_it_cannot_round_exactly() {
        for literal in [
            "1e400",
            "12345678901234567890",
            "0.1e-30",
            "9007199254740993",
            "1e23",
        ] {
            assert_eq!(exact_decimal(literal), None, "{literal}");
        }
    }
}
