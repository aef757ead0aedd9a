//! The whole catalogue: parse every file, index each language, hold every
//! language to English's ids and variables, and compile each message.

use std::collections::{BTreeSet, HashMap};

use fluent_syntax::parser::{self, ParserError};

use super::entries::{Def, Entries};
use super::lower::{lower, Lowered, Use};
use super::{variant_name, Compiled, File, FtlError, Language, REFERENCE};

/// Parses, checks and compiles `files`; see the module docs of `compile`.
pub(super) fn compile_files(files: &[File<'_>]) -> Result<Compiled, Vec<FtlError>> {
    let mut errors = Vec::new();
    let mut resources = Vec::new();
    for file in files {
        match parser::parse(file.text) {
            Ok(resource) => resources.push(resource),
            Err((resource, problems)) => {
                errors.extend(problems.iter().map(|p| parse_error(file, p)));
                resources.push(resource);
            }
        }
    }
    // Later checks would only repeat a syntax error in other words.
    if !errors.is_empty() {
        return Err(errors);
    }
    let languages: Vec<(&str, Entries<'_>)> = language_tags(files, &mut errors)
        .into_iter()
        .map(|tag| (tag, Entries::index(tag, files, &resources, &mut errors)))
        .collect();
    let Some((_, english)) = languages.first().filter(|(tag, _)| *tag == REFERENCE) else {
        errors.push(FtlError {
            file: files
                .first()
                .map_or_else(String::new, |f| f.folder(REFERENCE)),
            at: None,
            id: None,
            message: "no English folder: English is the reference language".to_owned(),
        });
        return Err(errors);
    };
    let ids: Vec<String> = english.defs.iter().map(|def| def.id.clone()).collect();
    let index: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    check_names(&english.defs, files, &mut errors);
    let mut english_vars: Vec<BTreeSet<String>> = Vec::new();
    let mut compiled = Vec::new();
    for (tag, entries) in &languages {
        let mut messages = vec![Vec::new(); ids.len()];
        for def in &entries.defs {
            let file = &files[def.file];
            let Lowered { parts, vars } = lower(def, entries, files, &mut errors);
            let Some(&at) = index.get(def.id.as_str()) else {
                let english = file.folder(REFERENCE);
                let message = format!(
                    "not in English ({english}), the reference language: add it there or remove it"
                );
                errors.push(file.error(def.at, Some(&def.id), message));
                continue;
            };
            if *tag == REFERENCE {
                english_vars.push(vars.into_iter().map(|var| var.name).collect());
            } else {
                check_vars(&def.id, &english_vars[at], &vars, files, &mut errors);
            }
            messages[at] = parts;
        }
        for def in &english.defs {
            if !entries.defs.iter().any(|d| d.id == def.id) {
                let file = &files[def.file];
                let message = format!(
                    "missing in {}: every language translates every English message",
                    file.folder(tag)
                );
                errors.push(file.error(def.at, Some(&def.id), message));
            }
        }
        let tag = (*tag).to_owned();
        compiled.push(Language { tag, messages });
    }
    // A broken term or a cycle is met by every message that reaches it.
    let mut unique = Vec::new();
    for error in errors {
        if !unique.contains(&error) {
            unique.push(error);
        }
    }
    if unique.is_empty() {
        let languages = compiled;
        Ok(Compiled { ids, languages })
    } else {
        Err(unique)
    }
}

/// A syntax error, located, naming the entry the parser had to skip. When
/// the parser only noticed the problem at the start of a later line (an
/// unclosed `{`, a select without a default), the entry is the place to
/// look, so the error points there and says where it was noticed.
fn parse_error(file: &File<'_>, problem: &ParserError) -> FtlError {
    let entry = problem.slice.clone().unwrap_or(problem.pos.clone());
    let id = file.text.get(entry.clone()).and_then(entry_id);
    let message = problem.kind.to_string();
    let (line, column) = file.position(problem.pos.start);
    let (entry_line, _) = file.position(entry.start);
    if line > entry_line && column == 1 {
        let message = format!("{message} (noticed at line {line}, column 1)");
        file.error(entry.start, id, message)
    } else {
        file.error(problem.pos.start, id, message)
    }
}

/// The id a skipped entry's text starts with (`message` or `-term`), if it
/// starts like an entry at all (`id =`).
fn entry_id(entry: &str) -> Option<&str> {
    let is_id_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    let end = entry.find(|c: char| !is_id_char(c)).unwrap_or(entry.len());
    let (id, rest) = entry.split_at(end);
    let named = id
        .strip_prefix('-')
        .unwrap_or(id)
        .starts_with(|c: char| c.is_ascii_alphabetic());
    (named && rest.trim_start_matches(' ').starts_with('=')).then_some(id)
}

/// The languages, English first and then by tag. A folder whose name is
/// not a language tag is an error: it would become `lang="…"`.
fn language_tags<'f>(files: &'f [File<'_>], errors: &mut Vec<FtlError>) -> Vec<&'f str> {
    let mut tags: Vec<&str> = files.iter().map(|f| f.source.lang.as_str()).collect();
    tags.sort_by_key(|&tag| (tag != REFERENCE, tag));
    tags.dedup();
    tags.retain(|&tag| {
        let valid = tag
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()));
        if let Some(file) = files.iter().find(|f| !valid && f.source.lang == tag) {
            errors.push(FtlError {
                file: file.folder(tag),
                at: None,
                id: None,
                message: "not a language tag (letters and digits, `-` between parts: `pt-BR`)"
                    .to_owned(),
            });
        }
        valid
    });
    tags
}

/// Two English ids must not become the same `Msg` variant (`a-b`, `a_b`),
/// nor a Rust keyword.
fn check_names(english: &[Def<'_>], files: &[File<'_>], errors: &mut Vec<FtlError>) {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for def in english {
        let name = variant_name(&def.id);
        let message = match seen.get(&name) {
            Some(first) => format!("`{first}` and this id would both be `Msg::{name}`: rename one"),
            None if name == "Self" => "`Msg::Self` cannot be written in Rust: rename it".to_owned(),
            None => {
                seen.insert(name, &def.id);
                continue;
            }
        };
        errors.push(files[def.file].error(def.at, Some(&def.id), message));
    }
}

/// A translation may use only the variables its English message uses: the
/// code passes those, and no others.
fn check_vars(
    id: &str,
    english: &BTreeSet<String>,
    used: &[Use],
    files: &[File<'_>],
    errors: &mut Vec<FtlError>,
) {
    for var in used.iter().filter(|var| !english.contains(&var.name)) {
        let known: Vec<String> = english.iter().map(|name| format!("`${name}`")).collect();
        let known = if known.is_empty() {
            "none".to_owned()
        } else {
            known.join(", ")
        };
        let message = format!(
            "unknown variable `${}`: the English message has {known}",
            var.name
        );
        errors.push(files[var.file].error(var.at, Some(id), message));
    }
}
