//! One language's entries, indexed: its message ids (what must match
//! English) and its messages and terms by name (what references reach).

use std::collections::HashMap;

use fluent_syntax::ast;

use super::{File, FtlError};

/// A message value or attribute: something the code can show.
pub(super) struct Def<'a> {
    /// `id`, or `id.attr` for an attribute.
    pub id: String,
    /// Its pattern.
    pub pattern: &'a ast::Pattern<&'a str>,
    /// The file it is in (an index into the sources) …
    pub file: usize,
    /// … and the byte offset of its id there.
    pub at: usize,
}

/// The entries of one language, across its files.
#[derive(Default)]
pub(super) struct Entries<'a> {
    /// Message values and attributes, in file order: the language's ids.
    pub defs: Vec<Def<'a>>,
    /// Messages by id, with their file.
    pub messages: HashMap<&'a str, (&'a ast::Message<&'a str>, usize)>,
    /// Terms by id (without the `-`), with their file.
    pub terms: HashMap<&'a str, (&'a ast::Term<&'a str>, usize)>,
}

impl<'a> Entries<'a> {
    /// Indexes the entries of language `tag`; an id defined twice (in one
    /// file or two) is an error.
    pub fn index(
        tag: &str,
        files: &[File<'_>],
        resources: &'a [ast::Resource<&'a str>],
        errors: &mut Vec<FtlError>,
    ) -> Entries<'a> {
        let mut entries = Entries::default();
        let mut first: HashMap<String, (usize, usize)> = HashMap::new();
        for (index, (file, resource)) in files.iter().zip(resources).enumerate() {
            if file.source.lang != tag {
                continue;
            }
            for entry in &resource.body {
                let (id, name) = match entry {
                    ast::Entry::Message(message) => (message.id.name.to_owned(), message.id.name),
                    ast::Entry::Term(term) => (format!("-{}", term.id.name), term.id.name),
                    _ => continue,
                };
                let at = file.offset_of(name);
                if let Some(&(first_file, first_at)) = first.get(&id) {
                    let earlier = &files[first_file];
                    let (line, column) = earlier.position(first_at);
                    let shown = &earlier.source.shown;
                    let message = format!("defined twice (first at {shown}:{line}:{column})");
                    errors.push(file.error(at, Some(&id), message));
                    continue;
                }
                first.insert(id, (index, at));
                match entry {
                    ast::Entry::Message(message) => {
                        entries.add_message(message, index, file, errors)
                    }
                    ast::Entry::Term(term) => {
                        entries.terms.insert(term.id.name, (term, index));
                    }
                    _ => {}
                }
            }
        }
        entries
    }

    /// Adds a message: its value and each attribute are ids of their own.
    fn add_message(
        &mut self,
        message: &'a ast::Message<&'a str>,
        index: usize,
        file: &File<'_>,
        errors: &mut Vec<FtlError>,
    ) {
        let name = message.id.name;
        self.messages.insert(name, (message, index));
        if let Some(pattern) = &message.value {
            let at = file.offset_of(name);
            let id = name.to_owned();
            self.defs.push(Def {
                id,
                pattern,
                file: index,
                at,
            });
        }
        for (i, attribute) in message.attributes.iter().enumerate() {
            let id = format!("{name}.{}", attribute.id.name);
            let at = file.offset_of(attribute.id.name);
            let earlier = &message.attributes[..i];
            if earlier.iter().any(|a| a.id.name == attribute.id.name) {
                let message = "attribute defined twice in this message".to_owned();
                errors.push(file.error(at, Some(&id), message));
                continue;
            }
            let pattern = &attribute.value;
            self.defs.push(Def {
                id,
                pattern,
                file: index,
                at,
            });
        }
    }
}
