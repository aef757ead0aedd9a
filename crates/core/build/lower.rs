//! One message, from syntax tree to [`Part`]s. Literals become text,
//! message and term references are inlined (so they must exist and must
//! not loop), variables and selects stay for the formatter, and syntax the
//! formatter does not implement is an error here rather than a surprise
//! in a reader's browser.

use fluent_syntax::ast;
use fluent_syntax::unicode::unescape_unicode_to_string;

use super::entries::{Def, Entries};
use super::{File, FtlError, Key, Part, Variant};

type Pattern<'a> = ast::Pattern<&'a str>;
type Inline<'a> = ast::InlineExpression<&'a str>;

/// A compiled message and the variables it uses.
pub(super) struct Lowered {
    /// The message, ready to emit.
    pub parts: Vec<Part>,
    /// Every variable it uses, including through references.
    pub vars: Vec<Use>,
}

/// A variable used, and where (for "unknown variable" errors).
pub(super) struct Use {
    /// Its name, without `$`.
    pub name: String,
    /// The file (an index into the sources) …
    pub file: usize,
    /// … and the byte offset of its `$`.
    pub at: usize,
}

/// Compiles one message value or attribute of a language.
pub(super) fn lower(
    def: &Def<'_>,
    entries: &Entries<'_>,
    files: &[File<'_>],
    errors: &mut Vec<FtlError>,
) -> Lowered {
    let mut lowerer = Lowerer {
        entries,
        files,
        errors,
        active: vec![def.id.clone()],
        vars: Vec::new(),
    };
    let parts = lowerer.pattern(def.pattern, def.file, false);
    Lowered {
        parts,
        vars: lowerer.vars,
    }
}

/// The state of compiling one message.
struct Lowerer<'e, 'a> {
    entries: &'e Entries<'a>,
    files: &'e [File<'e>],
    errors: &'e mut Vec<FtlError>,
    /// The message and the references being inlined, outermost first: a
    /// reference already in here is a cycle. The last one is named in
    /// errors, since the error is in its text.
    active: Vec<String>,
    vars: Vec<Use>,
}

impl<'a> Lowerer<'_, 'a> {
    /// A pattern of file `file`. Inside a term (`in_term`) no variable is
    /// visible: terms take no arguments in this subset.
    fn pattern(&mut self, pattern: &'a Pattern<'a>, file: usize, in_term: bool) -> Vec<Part> {
        let mut parts = Vec::new();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => push_text(&mut parts, value),
                ast::PatternElement::Placeable { expression } => match expression {
                    ast::Expression::Inline(inline) => {
                        self.inline(inline, file, in_term, &mut parts);
                    }
                    ast::Expression::Select { selector, variants } => {
                        if let Some(select) = self.select(selector, variants, file, in_term) {
                            parts.push(select);
                        }
                    }
                },
            }
        }
        parts
    }

    /// `{ $var -> [key] … *[default] … }`, the default variant put last.
    fn select(
        &mut self,
        selector: &'a Inline<'a>,
        variants: &'a [ast::Variant<&'a str>],
        file: usize,
        in_term: bool,
    ) -> Option<Part> {
        let ast::InlineExpression::VariableReference { id } = selector else {
            let at = self.files[file].start_of(selector);
            self.error(
                file,
                at,
                "only a variable can be a selector: `{ $name -> … }`".into(),
            );
            return None;
        };
        self.variable(id.name, file, in_term);
        let mut compiled: Vec<Variant> = Vec::new();
        let mut default = None;
        for variant in variants {
            let (key, written) = match &variant.key {
                ast::VariantKey::Identifier { name } => (Key::Name((*name).to_owned()), *name),
                ast::VariantKey::NumberLiteral { value } => match value.parse::<f64>() {
                    Ok(number) if number.is_finite() => (Key::Number(number), *value),
                    _ => {
                        let at = self.files[file].offset_of(value);
                        self.error(file, at, format!("the number key `[{value}]` is too large"));
                        continue;
                    }
                },
            };
            if compiled.iter().chain(&default).any(|v| v.key == key) {
                let at = self.files[file].offset_of(written);
                let message = format!("the key `[{written}]` is used twice in this select");
                self.error(file, at, message);
                continue;
            }
            let value = self.pattern(&variant.value, file, in_term);
            let compiled_variant = Variant { key, value };
            if variant.default {
                default = Some(compiled_variant);
            } else {
                compiled.push(compiled_variant);
            }
        }
        // The parser has already refused a select without a default.
        compiled.extend(default);
        Some(Part::Select {
            var: id.name.to_owned(),
            variants: compiled,
        })
    }

    /// An inline expression: literal, variable or reference.
    fn inline(
        &mut self,
        inline: &'a Inline<'a>,
        file: usize,
        in_term: bool,
        parts: &mut Vec<Part>,
    ) {
        let at = self.files[file].start_of(inline);
        match inline {
            ast::InlineExpression::StringLiteral { value } => {
                push_text(parts, &unescape_unicode_to_string(value));
            }
            ast::InlineExpression::NumberLiteral { value } => push_text(parts, value),
            ast::InlineExpression::VariableReference { id } => {
                self.variable(id.name, file, in_term);
                parts.push(Part::Var(id.name.to_owned()));
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                let name = match attribute {
                    Some(attribute) => format!("{}.{}", id.name, attribute.name),
                    None => id.name.to_owned(),
                };
                let found = self
                    .entries
                    .messages
                    .get(id.name)
                    .map(|&(message, target)| {
                        let pattern = match attribute {
                            Some(wanted) => message
                                .attributes
                                .iter()
                                .find(|a| a.id.name == wanted.name)
                                .map(|a| &a.value),
                            None => message.value.as_ref(),
                        };
                        (pattern, target)
                    });
                match found {
                    Some((Some(pattern), target)) => {
                        self.reference(name, pattern, target, in_term, (file, at), parts);
                    }
                    Some((None, _)) if attribute.is_none() => {
                        let message = format!("the message `{name}` has no value, only attributes");
                        self.error(file, at, message);
                    }
                    Some((None, _)) => self.error(file, at, format!("unknown attribute `{name}`")),
                    None => self.error(file, at, format!("unknown message `{name}`")),
                }
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let name = format!("-{}", id.name);
                if let Some(attribute) = attribute {
                    let message = format!(
                        "term attributes (`{name}.{}`) are not supported",
                        attribute.name
                    );
                    self.error(file, at, message);
                } else if arguments.is_some() {
                    self.error(
                        file,
                        at,
                        format!("term arguments (`{name}(…)`) are not supported"),
                    );
                } else if let Some(&(term, target)) = self.entries.terms.get(id.name) {
                    self.reference(name, &term.value, target, true, (file, at), parts);
                } else {
                    self.error(file, at, format!("unknown term `{name}`"));
                }
            }
            ast::InlineExpression::FunctionReference { id, .. } => {
                let message = format!(
                    "functions (`{}(…)`) are not supported: the widget formats numbers \
                     before they reach a message",
                    id.name
                );
                self.error(file, at, message);
            }
            ast::InlineExpression::Placeable { .. } => {
                let message = "nested placeables (`{ { … } }`) are not supported".to_owned();
                self.error(file, at, message);
            }
        }
    }

    /// Inlines the pattern of message or term `name` (found in file
    /// `target`), unless that would loop. `from` is where it is referenced.
    fn reference(
        &mut self,
        name: String,
        pattern: &'a Pattern<'a>,
        target: usize,
        in_term: bool,
        from: (usize, usize),
        parts: &mut Vec<Part>,
    ) {
        if self.active.contains(&name) {
            let cycle = format!("a reference cycle: {} → {name}", self.active.join(" → "));
            self.error(from.0, from.1, cycle);
            return;
        }
        self.active.push(name);
        let inlined = self.pattern(pattern, target, in_term);
        self.active.pop();
        for part in inlined {
            match part {
                Part::Text(text) => push_text(parts, &text),
                other => parts.push(other),
            }
        }
    }

    /// Records a variable use (its name is a slice of file `file`).
    fn variable(&mut self, name: &'a str, file: usize, in_term: bool) {
        let at = self.files[file].offset_of(name).saturating_sub(1);
        if in_term {
            let message =
                format!("`${name}` in a term: terms take no arguments, so they see no variables");
            self.error(file, at, message);
        } else {
            let name = name.to_owned();
            self.vars.push(Use { name, file, at });
        }
    }

    /// Reports a problem at byte `at` of file `file`, in the innermost
    /// message or term being compiled.
    fn error(&mut self, file: usize, at: usize, message: String) {
        let id = self.active.last().map(String::as_str);
        let error = self.files[file].error(at, id, message);
        self.errors.push(error);
    }
}

/// Appends text, merging it with text just before.
fn push_text(parts: &mut Vec<Part>, text: &str) {
    match parts.last_mut() {
        _ if text.is_empty() => {}
        Some(Part::Text(last)) => last.push_str(text),
        _ => parts.push(Part::Text(text.to_owned())),
    }
}
