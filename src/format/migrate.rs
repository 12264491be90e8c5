//! Reading older versions: each step turns version n into version n + 1, on the raw
//! JSON value, before the current reader sees it.
//!
//! Version 0 (the prototype format) differs from version 1 in the genogram content:
//! * a person had one `"name"` (given name, a space, family name) instead of
//!   `"given_name"`/`"family_name"`, `"sex"` (`"m"`, `"f"`, `"x"`, `"?"`) instead of
//!   `"gender"`, and birth and death as year numbers `"born"`/`"died"`;
//! * a union had `"partners": [a, b]` (b may be null) instead of `partner_a`/`partner_b`;
//! * child lines were `"children": [{"id", "union", "child"}]`, always biological.
//!
//! Version 2 adds the saved views (`"views"` in the content) of either kind of
//! drawing; a version 1 file has none, and reads as it always did.
//!
//! Version 3 adds the life events of a person (`"life_events"`: a list of
//! `{"date", "text"}`, for the chronology "Levenslijn"). A version 2 file has none;
//! the field is left out when empty, so nothing in an older file needs to change.
//! Version 3 files may also hold, each left out when empty: a household's
//! `"since"`/`"until"` dates (the family in a given year, "Peiljaar"), a genogram's
//! `"show_tags"` setting, a netwerkkaart's kept `"versions"`, a condition's onset
//! `"since"` and a person's `"moves"` (`{"date", "place"}`). A build that reads
//! only version 2 refuses these files instead of dropping what it does not know.

use super::error::FormatError;
use super::CURRENT_VERSION;
use serde_json::{Map, Value};

/// Converts an envelope of version `from_version` to the current version, one step at a
/// time. The result still has to pass the normal reader.
pub fn migrate(mut value: Value, from_version: u64) -> Result<Value, FormatError> {
    let mut version = from_version;
    while version < CURRENT_VERSION {
        value = match version {
            0 => v0_to_v1(value)?,
            1 => v1_to_v2(value)?,
            2 => v2_to_v3(value)?,
            _ => return Err(FormatError::Migration { from: version, detail: "no conversion known".into() }),
        };
        version += 1;
        if let Some(obj) = value.as_object_mut() {
            obj.insert("version".into(), Value::from(version));
        }
    }
    Ok(value)
}

/// Version 1 to 2: no views yet (an empty list, which is what a version 1 file meant).
fn v1_to_v2(mut env: Value) -> Result<Value, FormatError> {
    let Some(content) = env.get_mut("content").and_then(Value::as_object_mut) else {
        return Err(FormatError::Migration { from: 1, detail: "no content".into() });
    };
    content.entry("views").or_insert_with(|| Value::Array(Vec::new()));
    Ok(env)
}

/// Version 2 to 3: no life events yet. A missing `"life_events"` means none, so the
/// step only checks that there is content; the persons stay as they are.
fn v2_to_v3(env: Value) -> Result<Value, FormatError> {
    if !env.get("content").is_some_and(Value::is_object) {
        return Err(FormatError::Migration { from: 2, detail: "no content".into() });
    }
    Ok(env)
}

fn fail(detail: &str) -> FormatError {
    FormatError::Migration { from: 0, detail: detail.into() }
}

fn take_list(content: &mut Map<String, Value>, key: &str) -> Result<Vec<Value>, FormatError> {
    match content.remove(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(fail(&format!("\"{key}\" is not a list"))),
    }
}

fn year(v: Option<Value>, what: &str) -> Result<Option<Value>, FormatError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(y @ 1..=9999) => Ok(Some(Value::String(format!("{y:04}")))),
            _ => Err(fail(&format!("{what} is not a year"))),
        },
        Some(_) => Err(fail(&format!("{what} is not a year"))),
    }
}

fn v0_to_v1(mut env: Value) -> Result<Value, FormatError> {
    let Some(content) = env.get_mut("content").and_then(Value::as_object_mut) else {
        return Err(fail("no content"));
    };
    let mut persons = take_list(content, "persons")?;
    for p in &mut persons {
        let p = p.as_object_mut().ok_or_else(|| fail("a person is not an object"))?;
        if let Some(name) = p.remove("name") {
            let name = name.as_str().ok_or_else(|| fail("a name is not text"))?.trim().to_owned();
            let (given, family) = name.split_once(' ').unwrap_or((&name, ""));
            p.insert("given_name".into(), Value::from(given.trim()));
            p.insert("family_name".into(), Value::from(family.trim()));
        }
        if let Some(sex) = p.remove("sex") {
            let gender = match sex.as_str() {
                Some("m") => "male",
                Some("f") => "female",
                Some("x") => "non_binary",
                _ => "unknown",
            };
            p.insert("gender".into(), Value::from(gender));
        }
        if let Some(b) = year(p.remove("born"), "born")? {
            p.insert("birth".into(), b);
        }
        if let Some(d) = year(p.remove("died"), "died")? {
            p.insert("death".into(), d);
        }
    }
    content.insert("persons".into(), Value::Array(persons));

    let mut unions = take_list(content, "unions")?;
    for u in &mut unions {
        let u = u.as_object_mut().ok_or_else(|| fail("a union is not an object"))?;
        if let Some(partners) = u.remove("partners") {
            let list = partners.as_array().ok_or_else(|| fail("partners is not a list"))?;
            let a = list.first().cloned().ok_or_else(|| fail("a union without partners"))?;
            u.insert("partner_a".into(), a);
            if let Some(b) = list.get(1).filter(|b| !b.is_null()) {
                u.insert("partner_b".into(), b.clone());
            }
        }
    }
    content.insert("unions".into(), Value::Array(unions));

    let children = take_list(content, "children")?;
    let mut links = Vec::with_capacity(children.len());
    for c in children {
        let c = c.as_object().ok_or_else(|| fail("a child is not an object"))?;
        let mut link = Map::new();
        link.insert("id".into(), c.get("id").cloned().unwrap_or(Value::Null));
        link.insert("parent".into(), serde_json::json!({ "union": c.get("union").cloned().unwrap_or(Value::Null) }));
        link.insert("child".into(), c.get("child").cloned().unwrap_or(Value::Null));
        link.insert("kind".into(), Value::from("biological"));
        links.push(Value::Object(link));
    }
    content.insert("child_links".into(), Value::Array(links));
    Ok(env)
}
