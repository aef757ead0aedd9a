//! The widget's messages, compiled from `locales/` by `build.rs`: the typed
//! ids ([`Msg`], one per English message and attribute) and every
//! language's patterns ([`LOCALES`], English first). Generated, so a new
//! language folder or message needs no change here.

include!(concat!(env!("OUT_DIR"), "/messages.rs"));
