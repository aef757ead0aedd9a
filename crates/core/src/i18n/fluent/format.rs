//! Turns parsed patterns into text: resolves variables, references and select expressions.

use super::{
    Element, Expression, FluentArg, InlineExpression, Pattern, PluralCategory, Resource, Variant,
    VariantKey,
};

/// References nested deeper than this are cut off, so a long chain of references cannot
/// exhaust the stack.
const MAX_DEPTH: usize = 16;

/// The arguments of a call to [`Resource::format`].
type Args<'a, 'v> = &'a [(&'a str, FluentArg<'v>)];

/// Formats the value (or attribute) of message `id`; `None` if there is no such pattern.
pub(super) fn format_message(
    resource: &Resource,
    id: &str,
    attribute: Option<&str>,
    args: Args<'_, '_>,
    plural: &dyn Fn(f64) -> PluralCategory,
) -> Option<String> {
    let pattern = resource.message_pattern(id, attribute)?;
    let top = Reference { id, attribute };
    let mut formatter = Formatter {
        resource,
        plural,
        active: vec![top],
        out: String::new(),
    };
    formatter.pattern(pattern, args);
    Some(formatter.out)
}

/// A message, message attribute or term (its id starts with `-`) being formatted.
#[derive(Clone, Copy, PartialEq)]
struct Reference<'r> {
    id: &'r str,
    attribute: Option<&'r str>,
}

/// Formatting state for one call to [`Resource::format`].
struct Formatter<'r> {
    resource: &'r Resource,
    plural: &'r dyn Fn(f64) -> PluralCategory,
    /// The references being formatted, outermost first. A reference already in here is a
    /// cycle and is not followed.
    active: Vec<Reference<'r>>,
    out: String,
}

impl<'r> Formatter<'r> {
    fn pattern(&mut self, pattern: &'r Pattern, args: Args<'_, '_>) {
        for element in pattern {
            match element {
                Element::Text(text) => self.out.push_str(text),
                Element::Placeable(Expression::Inline(expression)) => {
                    self.inline(expression, args);
                }
                Element::Placeable(Expression::Select {
                    variable,
                    variants,
                    default,
                }) => {
                    let selected = self.select(variants, *default, find_arg(args, variable));
                    self.pattern(&selected.value, args);
                }
            }
        }
    }

    fn inline(&mut self, expression: &'r InlineExpression, args: Args<'_, '_>) {
        match expression {
            InlineExpression::String(text) | InlineExpression::Number(text) => {
                self.out.push_str(text);
            }
            InlineExpression::Variable(name) => match find_arg(args, name) {
                Some(FluentArg::Str(text)) => self.out.push_str(text),
                Some(FluentArg::Number { display, .. }) => self.out.push_str(display),
                None => {
                    self.out.push_str("{$");
                    self.out.push_str(name);
                    self.out.push('}');
                }
            },
            InlineExpression::Message { id, attribute } => {
                let attribute = attribute.as_deref();
                let pattern = self.resource.message_pattern(id, attribute);
                self.reference(Reference { id, attribute }, pattern, args);
            }
            InlineExpression::Term(id) => {
                let pattern = self.resource.term_pattern(id);
                // Terms take no arguments here, so they see no variables (as in Fluent).
                let reference = Reference {
                    id,
                    attribute: None,
                };
                self.reference(reference, pattern, &[]);
            }
        }
    }

    /// Formats a referenced pattern, or writes `{id}` / `{id.attr}` / `{-id}` when it is
    /// missing, cyclic or too deep, so the gap is visible instead of a panic or stack overflow.
    fn reference(
        &mut self,
        reference: Reference<'r>,
        pattern: Option<&'r Pattern>,
        args: Args<'_, '_>,
    ) {
        match pattern {
            Some(pattern) if self.active.len() < MAX_DEPTH && !self.active.contains(&reference) => {
                self.active.push(reference);
                self.pattern(pattern, args);
                self.active.pop();
            }
            _ => {
                self.out.push('{');
                self.out.push_str(reference.id);
                if let Some(attribute) = reference.attribute {
                    self.out.push('.');
                    self.out.push_str(attribute);
                }
                self.out.push('}');
            }
        }
    }

    /// Picks a variant. For a number: an exact numeric key first, then its plural category. For
    /// a string: the identifier key equal to it. Otherwise, or without the argument: the default.
    fn select(
        &self,
        variants: &'r [Variant],
        default: usize,
        arg: Option<&FluentArg<'_>>,
    ) -> &'r Variant {
        let found = match arg {
            Some(FluentArg::Number { value, .. }) => variants
                .iter()
                .find(|variant| matches!(variant.key, VariantKey::Number(key) if key == *value))
                .or_else(|| identifier_variant(variants, (self.plural)(*value).as_str())),
            Some(FluentArg::Str(text)) => identifier_variant(variants, text),
            None => None,
        };
        found.unwrap_or(&variants[default])
    }
}

/// The variant whose key is the identifier `key`.
fn identifier_variant<'v>(variants: &'v [Variant], key: &str) -> Option<&'v Variant> {
    variants
        .iter()
        .find(|variant| matches!(&variant.key, VariantKey::Identifier(name) if name == key))
}

/// The argument named `name`, if the caller passed one.
fn find_arg<'a, 'v>(args: Args<'a, 'v>, name: &str) -> Option<&'a FluentArg<'v>> {
    args.iter()
        .find(|(arg_name, _)| *arg_name == name)
        .map(|(_, arg)| arg)
}
