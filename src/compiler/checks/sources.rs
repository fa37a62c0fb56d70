//! sources.toml (records with links, never searches) and the source ids
//! other files cite.

use std::collections::BTreeSet;

use serde_json::Value;

use super::*;

/// Every `sources = [...]` list, in any file, must name sources that exist.
pub fn check_source_references(file: &str, root: &Value, known: &BTreeSet<&str>) -> Vec<Issue> {
    let mut issues = Vec::new();
    walk_references(file, root, "", known, &mut issues);
    issues
}

fn walk_references(
    file: &str,
    value: &Value,
    pointer: &str,
    known: &BTreeSet<&str>,
    issues: &mut Vec<Issue>,
) {
    match value {
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                walk_references(
                    file,
                    item,
                    &child_pointer(pointer, &index.to_string()),
                    known,
                    issues,
                );
            }
        }
        Value::Object(fields) => {
            for (key, field) in fields {
                let here = child_pointer(pointer, key);
                match (key.as_str(), field.as_array()) {
                    ("sources", Some(ids)) => {
                        for (index, id) in ids.iter().enumerate() {
                            let Some(id) = id.as_str() else { continue };
                            if !known.contains(id) {
                                let mut issue = Issue::new(
                                    file,
                                    child_pointer(&here, &index.to_string()),
                                    format!("no source has the id \"{id}\""),
                                );
                                issue = match did_you_mean(id, known.iter().copied()) {
                                    Some(close) => issue.help(format!("did you mean \"{close}\"? Sources are listed in sources.toml")),
                                    None => issue.help("add it to sources.toml, or use one of its ids"),
                                };
                                issues.push(issue);
                            }
                        }
                    }
                    _ => walk_references(file, field, &here, known, issues),
                }
            }
        }
        _ => {}
    }
}

/// Checks sources.toml: ids are unique and well formed, and every
/// publication links to its own record (a DOI, PubMed or PMC id, or the
/// page itself), never to a search.
pub fn check_sources(sources: &Value) -> Vec<Issue> {
    const FILE: &str = "sources.toml";
    let mut issues = Vec::new();
    let publications = items(sources, "/source");
    let all: Vec<(String, &Value)> = publications
        .iter()
        .cloned()
        .chain(items(sources, "/practice"))
        .collect();
    check_ids(FILE, &all, "source", &mut issues);
    for (pointer, source) in &publications {
        let field = |name: &str| text_at(source, &format!("/{name}")).map(str::trim);
        let at = |name: &str| format!("{pointer}/{name}");
        if ["doi", "pmid", "pmcid", "url"]
            .iter()
            .all(|name| field(name).is_none())
        {
            issues.push(
                Issue::new(FILE, pointer.clone(), "this source has no link to its record")
                    .help("add its doi = \"10.…\", pmid = \"…\" or pmcid = \"PMC…\"; for a web page, its url = \"https://…\""),
            );
        }
        if let Some(doi) = field("doi")
            && !(doi.starts_with("10.") && doi.contains('/') && !doi.contains(char::is_whitespace))
        {
            issues.push(
                Issue::new(FILE, at("doi"), format!("\"{doi}\" is not a DOI"))
                    .help("write the DOI alone, starting with 10., e.g. \"10.1001/jamadermatol.2013.8687\""),
            );
        }
        if let Some(pmid) = field("pmid")
            && (pmid.is_empty() || !pmid.bytes().all(|b| b.is_ascii_digit()))
        {
            issues.push(
                Issue::new(FILE, at("pmid"), format!("\"{pmid}\" is not a PubMed id"))
                    .help("write the digits only, e.g. \"24919799\""),
            );
        }
        if let Some(pmcid) = field("pmcid")
            && !pmcid
                .strip_prefix("PMC")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        {
            issues.push(
                Issue::new(
                    FILE,
                    at("pmcid"),
                    format!("\"{pmcid}\" is not a PubMed Central id"),
                )
                .help("write it as PMC and digits, e.g. \"PMC2921757\""),
            );
        }
        if let Some(url) = field("url") {
            match check_url(FILE, &at("url"), url) {
                Some(issue) => issues.push(issue),
                None if is_search(url) => issues.push(
                    Issue::new(
                        FILE,
                        at("url"),
                        "this link is a search, not the source itself",
                    )
                    .help("open the record and copy its address, or give its doi or pmid instead"),
                ),
                None => {}
            }
        }
    }
    issues
}

/// A link that runs a search rather than opening one record.
fn is_search(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    ["?term=", "&term=", "/search", "?q=", "&q=", "?query="]
        .iter()
        .any(|marker| lower.contains(marker))
}
