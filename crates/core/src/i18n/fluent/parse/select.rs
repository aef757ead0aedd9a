//! The variants of a select expression: `[key] value` lines with one `*` default.

use super::super::{Variant, VariantKey};
use super::literal::decimal_value;
use super::{Parser, SyntaxError};

impl Parser<'_> {
    /// Reads the variants of a select expression, after `->`. `open` is the offset of the `{`,
    /// where a missing default variant is reported.
    pub(super) fn variants(&mut self, open: usize) -> Result<(Vec<Variant>, usize), SyntaxError> {
        self.skip_spaces();
        if self.peek() != Some(b'\n') {
            let message = "variants must start on the line after `->`";
            return Err(SyntaxError::new(self.pos, message));
        }
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            let start = self.pos;
            let is_default = self.eat(b'*');
            if !self.eat(b'[') {
                if is_default {
                    return Err(SyntaxError::new(start, "expected `[` after `*`"));
                }
                break;
            }
            let key = self.variant_key(start)?;
            self.depth += 1;
            let value = self.pattern();
            self.depth -= 1;
            let Some(value) = value? else {
                return Err(SyntaxError::new(start, "variant has no value"));
            };
            if is_default {
                if default.is_some() {
                    let message = "more than one default variant (`*[…]`)";
                    return Err(SyntaxError::new(start, message));
                }
                default = Some(variants.len());
            }
            variants.push(Variant { key, value });
        }
        match default {
            Some(default) => Ok((variants, default)),
            None => Err(SyntaxError::new(
                open,
                "select expression has no default variant: mark one with `*`, e.g. `*[other]`",
            )),
        }
    }

    /// Reads `key]` after `[`. `start` is the offset of the variant, where errors are reported.
    fn variant_key(&mut self, start: usize) -> Result<VariantKey, SyntaxError> {
        self.skip_blank();
        let key = if self.at_number() {
            let Some(value) = decimal_value(&self.number_literal()) else {
                let message = "number keys are limited to 15 digits";
                return Err(SyntaxError::new(start, message));
            };
            VariantKey::Number(value)
        } else if let Some(name) = self.identifier() {
            VariantKey::Identifier(name.to_owned())
        } else {
            let message = "a variant key is an identifier or a number, e.g. `[one]` or `[0]`";
            return Err(SyntaxError::new(start, message));
        };
        self.skip_blank();
        if !self.eat(b']') {
            return Err(SyntaxError::new(
                start,
                "expected `]` after the variant key",
            ));
        }
        Ok(key)
    }
}
