//! Content checks beyond the shape of the files: empty text, HTML, claims the
//! guide must not make, references between files, URLs, colours and dates.
//! Every check reports every problem it finds, located by a JSON pointer
//! into the file (the compiler turns pointers into lines and columns).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::core::content::RichText;
use crate::core::content::colour::{AA_NORMAL_TEXT, Rgb, WHITE};

/// One mistake in a content file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Issue {
    /// The file, relative to the content folder: "site.toml", "en/ui.toml".
    pub file: String,
    /// Where in the file, as a JSON pointer: "/brand/accent", "/source/2/id".
    pub pointer: String,
    /// What is wrong.
    pub message: String,
    /// What to write instead.
    pub help: Option<String>,
    /// True when the pointer names a key that should not be there, so the
    /// report points at the key rather than its value.
    pub at_key: bool,
    /// A warning publishes anyway (a review past due); an error stops it.
    pub warning: bool,
}

impl Issue {
    pub fn new(file: &str, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Issue {
            file: file.to_owned(),
            pointer: pointer.into(),
            message: message.into(),
            help: None,
            at_key: false,
            warning: false,
        }
    }

    pub fn warning(mut self) -> Self {
        self.warning = true;
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn at_key(mut self) -> Self {
        self.at_key = true;
        self
    }
}

/// Joins a JSON pointer and one more key or index (escaped per RFC 6901).
pub fn child_pointer(parent: &str, key: &str) -> String {
    format!("{parent}/{}", key.replace('~', "~0").replace('/', "~1"))
}

/// The closest candidate to a misspelt `word`, if one is close enough.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    // Close means a slip of the fingers: one edit (a letter missing, extra,
    // wrong or two swapped) per four letters, and at least one.
    let allowed = (word.chars().count() / 4).max(1);
    candidates
        .into_iter()
        .map(|candidate| (strsim::damerau_levenshtein(word, candidate), candidate))
        .filter(|(distance, _)| *distance <= allowed)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Claims CLINICAL.md bans, with what to say instead. No citation makes
/// them true, so they are refused wherever they appear, in every locale.
const BANNED_CLAIMS: &[(&str, &str)] = &[
    (
        "safe for all skin",
        "say \"lower risk of pigment change than lasers and deep peels\": no treatment is risk-free",
    ),
    (
        "no downtime",
        "say \"redness for 1-3 days is typical, sometimes up to a week\"",
    ),
    (
        "zero downtime",
        "say \"redness for 1-3 days is typical, sometimes up to a week\"",
    ),
    (
        "70% improvement",
        "this figure is not supported for plain microneedling; leave it out",
    ),
    (
        "removes scar",
        "say \"improves\": no treatment removes scars",
    ),
    (
        "remove scar",
        "say \"improves\": no treatment removes scars",
    ),
    (
        "remove your scar",
        "say \"improves\": no treatment removes scars",
    ),
    (
        "remove acne scar",
        "say \"improves\": no treatment removes scars",
    ),
    (
        "removes acne scar",
        "say \"improves\": no treatment removes scars",
    ),
    (
        "scar-free",
        "say \"improves\": no treatment leaves skin scar-free",
    ),
    (
        "scar free",
        "say \"improves\": no treatment leaves skin scar-free",
    ),
];

/// Words regulators have acted on in cosmetic advertising. Reported unless
/// the item cites a source and lists the word in `reviewed_claims`, which
/// says a clinician has checked that the source supports it.
const REGULATED_WORDS: &[(&str, &str)] = &[
    ("eliminate", "say \"improves\""),
    ("eliminates", "say \"improves\""),
    ("erase", "say \"improves\""),
    ("erases", "say \"improves\""),
    (
        "permanent results",
        "say how long results lasted in the studies",
    ),
    ("guaranteed", "results vary: say what is typical"),
    ("guarantee", "results vary: say what is typical"),
    (
        "painless",
        "say how it usually feels, e.g. \"most people feel pressure and mild stinging\"",
    ),
    ("cure", "say \"treat\" or \"improve\""),
    ("cures", "say \"treat\" or \"improve\""),
];

/// Checks every text in a file: none empty, no HTML, no banned claim, and
/// no regulated word unless its item cites a source and marks it reviewed.
pub fn check_texts(file: &str, root: &Value) -> Vec<Issue> {
    let mut issues = Vec::new();
    walk_texts(file, root, "", &Claims::default(), &mut issues);
    issues
}

/// What the nearest item holding a text says about its claims.
#[derive(Clone, Default)]
struct Claims {
    sourced: bool,
    reviewed: Vec<String>,
}

fn walk_texts(file: &str, value: &Value, pointer: &str, claims: &Claims, issues: &mut Vec<Issue>) {
    match value {
        Value::String(text) => check_text(file, pointer, text, claims, issues),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let here = child_pointer(pointer, &index.to_string());
                walk_texts(file, item, &here, claims, issues);
            }
        }
        Value::Object(fields) => {
            let list = |key: &str| -> Vec<String> {
                fields
                    .get(key)
                    .and_then(Value::as_array)
                    .map(|items| {
                        items
                            .iter()
                            .filter_map(|v| v.as_str().map(str::to_lowercase))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let claims = if fields.contains_key("sources") {
                Claims {
                    sourced: !list("sources").is_empty(),
                    reviewed: list("reviewed_claims"),
                }
            } else {
                claims.clone()
            };
            for (key, field) in fields {
                if key == "reviewed_claims" {
                    continue; // the words themselves, not claims
                }
                walk_texts(file, field, &child_pointer(pointer, key), &claims, issues);
            }
        }
        _ => {}
    }
}

fn check_text(file: &str, pointer: &str, text: &str, claims: &Claims, issues: &mut Vec<Issue>) {
    if text.trim().is_empty() {
        issues.push(Issue::new(file, pointer, "this text is empty").help(
            "write the text between the quotes, or delete the line if the field is optional",
        ));
        return;
    }
    if contains_html(text) {
        issues.push(Issue::new(file, pointer, "HTML and scripts are not allowed in content").help(
            "write plain text; where Markdown is allowed use **bold**, *italic*, [link text](https://…) and - lists",
        ));
    }
    let lower = text.to_lowercase();
    for (claim, instead) in BANNED_CLAIMS {
        if lower.contains(claim) {
            issues.push(
                Issue::new(
                    file,
                    pointer,
                    format!("\"{claim}\" is a claim the guide must not make"),
                )
                .help(*instead),
            );
        }
    }
    for (word, instead) in REGULATED_WORDS {
        let reviewed = claims.sourced && claims.reviewed.iter().any(|r| r == word);
        if !reviewed && contains_phrase(&lower, word) {
            issues.push(
                Issue::new(
                    file,
                    pointer,
                    format!("\"{word}\" is a word regulators have acted on in cosmetic ads"),
                )
                .help(format!(
                    "{instead}; or, if this item's sources support it and a clinician has checked, add reviewed_claims = [\"{word}\"] to it"
                )),
            );
        }
    }
}

/// Longer visitor-facing texts above `max_grade` (Flesch-Kincaid), as
/// warnings: they publish, but many visitors will struggle with them.
pub fn check_reading_level(
    file: &str,
    root: &Value,
    formula: crate::core::content::readability::Formula,
    max_grade: u8,
) -> Vec<Issue> {
    let mut issues = Vec::new();
    walk_strings(root, "", &mut |pointer, text| {
        let Some(tenths) = formula.grade_tenths(text) else {
            return;
        };
        if tenths > i32::from(max_grade) * 10 {
            issues.push(
                Issue::new(
                    file,
                    pointer,
                    format!(
                        "this reads at school grade {}.{} ({}), above the grade {max_grade} set in site.toml",
                        tenths / 10,
                        tenths % 10,
                        formula.name()
                    ),
                )
                .help("use shorter sentences and everyday words; a sentence of more than 20 words is usually worth splitting")
                .warning(),
            );
        }
    });
    issues
}

/// Calls `visit` with every string in `value` and its pointer.
fn walk_strings(value: &Value, pointer: &str, visit: &mut impl FnMut(&str, &str)) {
    match value {
        Value::String(text) => visit(pointer, text),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                walk_strings(item, &child_pointer(pointer, &index.to_string()), visit);
            }
        }
        Value::Object(fields) => {
            for (key, field) in fields {
                walk_strings(field, &child_pointer(pointer, key), visit);
            }
        }
        _ => {}
    }
}

/// `phrase` in `text` as whole words ("cure" in "a cure", not in "secure").
fn contains_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A `<` that starts a tag, comment or closing tag.
fn contains_html(text: &str) -> bool {
    text.as_bytes().windows(2).any(|pair| {
        pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || pair[1] == b'/' || pair[1] == b'!')
    })
}

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

/// URLs visitors can follow: web pages, e-mail and phone links only.
pub fn check_url(file: &str, pointer: &str, url: &str) -> Option<Issue> {
    if url.trim().contains(char::is_whitespace) {
        return Some(
            Issue::new(file, pointer, format!("\"{url}\" has a space in it, so it is not a working link"))
                .help("remove the space, or write it as %20; copy the address from the browser's address bar"),
        );
    }
    let lower = url.trim().to_ascii_lowercase();
    let allowed = ["https://", "http://", "mailto:", "tel:"];
    if allowed
        .iter()
        .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len())
    {
        return None;
    }
    Some(
        Issue::new(
            file,
            pointer,
            format!("\"{url}\" is not a link visitors can follow"),
        )
        .help("write a full address starting with https://, or a mailto: or tel: link"),
    )
}

/// Checks the links in one rich-text field.
pub fn check_rich_text(file: &str, pointer: &str, text: &RichText) -> Vec<Issue> {
    text.links()
        .into_iter()
        .filter_map(|href| check_url(file, pointer, href))
        .collect()
}

fn check_colour(file: &str, pointer: &str, text: &str, issues: &mut Vec<Issue>) -> Option<Rgb> {
    let colour = Rgb::parse(text);
    if colour.is_none() {
        issues.push(
            Issue::new(file, pointer, format!("\"{text}\" is not a colour"))
                .help("write a hex colour with six digits, like \"#2b6a5d\""),
        );
    }
    colour
}

/// A TOML date (2026-11-01), which the compiler passes on as text.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize| s.len() == len && s.chars().all(|c| c.is_ascii_digit());
    parts.len() == 3
        && number(parts[0], 4)
        && number(parts[1], 2)
        && number(parts[2], 2)
        && (1..=12).contains(&parts[1].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&parts[2].parse::<u8>().unwrap_or(0))
}

/// The text at `pointer`, if there is text there.
fn text_at<'a>(value: &'a Value, pointer: &str) -> Option<&'a str> {
    value.pointer(pointer)?.as_str()
}

/// Checks site.toml: colours and their contrast, links, and that the default
/// locale is one of `locales`. Works on the file's value, so it runs even
/// when other parts of the file have mistakes.
pub fn check_site(site: &Value, locales: &[String]) -> Vec<Issue> {
    const FILE: &str = "site.toml";
    let mut issues = Vec::new();
    if let Some(default) = text_at(site, "/default_locale")
        && !locales.iter().any(|locale| locale == default)
    {
        issues.push(
            Issue::new(
                FILE,
                "/default_locale",
                format!("there is no locale folder \"{default}\""),
            )
            .help(format!(
                "use one of the folders beside site.toml: {}",
                locales.join(", ")
            )),
        );
    }
    let accent = text_at(site, "/brand/accent")
        .and_then(|t| check_colour(FILE, "/brand/accent", t, &mut issues));
    let accent_text = text_at(site, "/brand/accent_text")
        .and_then(|t| check_colour(FILE, "/brand/accent_text", t, &mut issues));
    if let Some(mut accent) = accent {
        let mut replaced = false;
        let ratio = accent.contrast(WHITE);
        if ratio < AA_NORMAL_TEXT {
            let fixed = accent.nearest_with_contrast(WHITE, AA_NORMAL_TEXT);
            // The text colour is judged against the accent the marketer
            // will write, so that both suggestions work together.
            accent = fixed;
            replaced = true;
            issues.push(
                Issue::new(
                    FILE,
                    "/brand/accent",
                    format!("the brand colour is too light to read on white ({ratio}; WCAG AA needs 4.5:1)"),
                )
                .help(format!("a darker shade such as \"{}\" passes", fixed.hex())),
            );
        }
        if let Some(text) = accent_text {
            let ratio = accent.contrast(text);
            if ratio < AA_NORMAL_TEXT {
                let fixed = text.nearest_with_contrast(accent, AA_NORMAL_TEXT);
                let on = if replaced {
                    format!("the suggested brand colour \"{}\"", accent.hex())
                } else {
                    "the brand colour".to_owned()
                };
                issues.push(
                    Issue::new(
                        FILE,
                        "/brand/accent_text",
                        format!("text in this colour is hard to read on {on} ({ratio}; WCAG AA needs 4.5:1)"),
                    )
                    .help(format!("try \"{}\"", fixed.hex())),
                );
            }
        }
    }
    if let Some(url) = text_at(site, "/clinic/booking_url") {
        issues.extend(check_url(FILE, "/clinic/booking_url", url));
    }
    issues
}

/// Checks a locale's about.toml: a clinician's review is dated, and due
/// again within three years; once that date has passed, every build says so
/// until someone reviews again. `today` ("2026-12-01") tells a review that is
/// past due.
pub fn check_about(file: &str, about: &Value, today: &str) -> Vec<Issue> {
    let mut issues = Vec::new();
    let site = about;
    let date = |field: &str, issues: &mut Vec<Issue>| {
        let pointer = format!("/review/{field}");
        let text = text_at(site, &pointer)?;
        if is_date(text) {
            return Some(text);
        }
        issues.push(
            Issue::new(file, pointer, format!("\"{text}\" is not a date"))
                .help("write the date as 2026-11-01, without quotes"),
        );
        None
    };
    let reviewed = date("reviewed_on", &mut issues);
    let next = date("next_review", &mut issues);
    if let (Some(reviewed), Some(next)) = (reviewed, next) {
        // ISO dates compare as text; three years on is the same day, three
        // years later.
        let year: u32 = reviewed[..4].parse().unwrap_or(0);
        let limit = format!("{}{}", year + 3, &reviewed[4..]);
        if next <= reviewed {
            issues.push(
                Issue::new(
                    file,
                    "/review/next_review",
                    "the next review comes before the last one",
                )
                .help(format!("write a date after {reviewed}")),
            );
        } else if next > limit.as_str() {
            issues.push(
                Issue::new(
                    file,
                    "/review/next_review",
                    "medical content must be reviewed again within three years",
                )
                .help(format!("write {limit} or earlier")),
            );
        } else if next < today {
            issues.push(
                Issue::new(file, "/review/next_review", format!("the medical review was due again on {next}"))
                    .help("ask your clinician to review the content again, then update reviewed_on and next_review")
                    .warning(),
            );
        }
    }
    issues
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

/// Texts that take placeholders may use only their own: {step} and {total}
/// in "Question {step} of {total}", say.
pub fn check_placeholders(
    file: &str,
    root: &Value,
    pointer: &str,
    allowed: &[&str],
    issues: &mut Vec<Issue>,
) {
    let Some(text) = text_at(root, pointer) else {
        return;
    };
    for name in crate::core::template::placeholders(text) {
        if !allowed.contains(&name) {
            let list = allowed
                .iter()
                .map(|a| format!("{{{a}}}"))
                .collect::<Vec<_>>()
                .join(" and ");
            issues.push(
                Issue::new(
                    file,
                    pointer,
                    format!("{{{name}}} is not something this text can show"),
                )
                .help(format!("this text can use {list}")),
            );
        }
    }
}

/// The items of the list at `pointer`, with their own pointers.
fn items<'a>(root: &'a Value, pointer: &str) -> Vec<(String, &'a Value)> {
    root.pointer(pointer)
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .enumerate()
                .map(|(index, item)| (format!("{pointer}/{index}"), item))
                .collect()
        })
        .unwrap_or_default()
}

/// Ids in a list are well formed and unique; returns the ids seen.
pub fn check_ids<'a>(
    file: &str,
    list: &[(String, &'a Value)],
    what: &str,
    issues: &mut Vec<Issue>,
) -> Vec<&'a str> {
    let mut seen: Vec<&str> = Vec::new();
    for (pointer, item) in list {
        let Some(id) = text_at(item, "/id") else {
            continue;
        };
        let at = format!("{pointer}/id");
        if let Some(first) = seen.iter().position(|other| *other == id) {
            issues.push(
                Issue::new(file, at.clone(), format!("the id \"{id}\" is used twice")).help(
                    format!(
                        "{what} number {} already has it; give each its own id",
                        first + 1
                    ),
                ),
            );
        }
        if !id.is_empty()
            && !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            issues.push(
                Issue::new(file, at, format!("\"{id}\" is not a usable id"))
                    .help("use lower-case letters, digits and dashes, like \"rolling\""),
            );
        }
        seen.push(id);
    }
    seen
}

fn unknown_reference(
    file: &str,
    pointer: String,
    id: &str,
    known: &[&str],
    what: &str,
    home: &str,
) -> Issue {
    let issue = Issue::new(
        file,
        pointer,
        format!("there is no {what} with the id \"{id}\""),
    );
    match did_you_mean(id, known.iter().copied()) {
        Some(close) => issue.help(format!("did you mean \"{close}\"? The ids are in {home}")),
        None => issue.help(format!("use one of: {}", known.join(", "))),
    }
}

/// Checks a `min`/`max` pair: the smaller first.
fn check_range(file: &str, pointer: &str, range: Option<&Value>, issues: &mut Vec<Issue>) {
    let Some(range) = range else { return };
    let (Some(min), Some(max)) = (
        range.get("min").and_then(Value::as_f64),
        range.get("max").and_then(Value::as_f64),
    ) else {
        return;
    };
    if min > max {
        issues.push(
            Issue::new(
                file,
                format!("{pointer}/min"),
                format!("`min` ({min}) is more than `max` ({max})"),
            )
            .help("write the smaller number as min and the larger as max"),
        );
    }
}

/// Checks scars.toml; returns the scar ids for the other files' references.
pub fn check_scars<'a>(file: &str, scars: &'a Value, issues: &mut Vec<Issue>) -> Vec<&'a str> {
    let list = items(scars, "/scar");
    for (pointer, scar) in &list {
        if scar
            .pointer("/how_to_tell")
            .and_then(Value::as_array)
            .is_some_and(Vec::is_empty)
        {
            issues.push(
                Issue::new(
                    file,
                    format!("{pointer}/how_to_tell"),
                    "give at least one way to tell this type in a mirror",
                )
                .help("how_to_tell = [\"…\", \"…\"]"),
            );
        }
    }
    check_ids(file, &list, "scar", issues)
}

/// Checks treatments.toml against the scar ids.
pub fn check_treatments(
    file: &str,
    treatments: &Value,
    scar_ids: &[&str],
    issues: &mut Vec<Issue>,
) {
    if let Some(currency) = text_at(treatments, "/currency")
        && !(currency.len() == 3 && currency.chars().all(|c| c.is_ascii_uppercase()))
    {
        issues.push(
            Issue::new(
                file,
                "/currency",
                format!("\"{currency}\" is not a currency code"),
            )
            .help("write the three-letter code in capitals, such as \"USD\", \"EUR\" or \"GBP\""),
        );
    }
    let list = items(treatments, "/treatment");
    check_ids(file, &list, "treatment", issues);
    for (pointer, treatment) in &list {
        for field in ["downtime_days", "sessions", "weeks_apart", "price"] {
            check_range(
                file,
                &format!("{pointer}/{field}"),
                treatment.get(field),
                issues,
            );
        }
        let Some(suits) = treatment.get("suits").and_then(Value::as_object) else {
            continue;
        };
        for scar in suits.keys() {
            if !scar_ids.contains(&scar.as_str()) {
                let at = child_pointer(&format!("{pointer}/suits"), scar);
                issues.push(
                    unknown_reference(file, at, scar, scar_ids, "scar type", "scars.toml").at_key(),
                );
            }
        }
        for scar in scar_ids.iter().filter(|scar| !suits.contains_key(**scar)) {
            issues.push(
                Issue::new(
                    file,
                    format!("{pointer}/suits"),
                    format!("`suits` does not say how it suits \"{scar}\""),
                )
                .help(format!(
                    "add {scar} = \"good\", \"fair\", \"limited\" or \"not-suitable\""
                )),
            );
        }
    }
}

/// Checks quiz.toml: ids, follow-ups, scar references, and that every answer
/// that raises something says why, what to do, and on what evidence.
pub fn check_quiz(file: &str, quiz: &Value, scar_ids: &[&str], issues: &mut Vec<Issue>) {
    let questions = items(quiz, "/question");
    let question_ids = check_ids(file, &questions, "question", issues);
    let follow_up_questions: Vec<&str> = questions
        .iter()
        .filter(|(_, q)| q.get("follow_up").and_then(Value::as_bool) == Some(true))
        .filter_map(|(_, q)| text_at(q, "/id"))
        .collect();
    let mut led_to: BTreeSet<&str> = BTreeSet::new();

    for (pointer, question) in &questions {
        let answers = items(question, "/answer");
        let answers: Vec<(String, &Value)> = answers
            .into_iter()
            .map(|(at, answer)| (format!("{pointer}{at}"), answer))
            .collect();
        check_ids(file, &answers, "answer", issues);
        for (at, answer) in &answers {
            let effect = text_at(answer, "/effect").unwrap_or("fine");
            if effect != "fine" {
                for (field, what) in [
                    ("reason", "why this answer matters"),
                    ("what_to_do", "what the visitor should do"),
                ] {
                    if answer.get(field).is_none() {
                        issues.push(
                            Issue::new(
                                file,
                                format!("{at}/{field}"),
                                format!("an answer with effect \"{effect}\" needs `{field}`"),
                            )
                            .help(format!("add {field} = \"…\": {what}")),
                        );
                    }
                }
                if answer
                    .get("sources")
                    .and_then(Value::as_array)
                    .is_none_or(Vec::is_empty)
                {
                    issues.push(
                        Issue::new(
                            file,
                            format!("{at}/sources"),
                            format!("an answer with effect \"{effect}\" needs `sources`"),
                        )
                        .help(
                            "add sources = [\"…\"] with the ids of the sources behind its reason",
                        ),
                    );
                }
            }
            if effect == "wait" && answer.get("wait_until").is_none() {
                issues.push(
                    Issue::new(
                        file,
                        format!("{at}/wait_until"),
                        "an answer with effect \"wait\" needs `wait_until`",
                    )
                    .help("add wait_until = \"until …\""),
                );
            }
            if let Some(next) = text_at(answer, "/follow_up") {
                if !question_ids.contains(&next) {
                    issues.push(unknown_reference(
                        file,
                        format!("{at}/follow_up"),
                        next,
                        &question_ids,
                        "question",
                        "quiz.toml",
                    ));
                } else if !follow_up_questions.contains(&next) {
                    issues.push(
                        Issue::new(file, format!("{at}/follow_up"), format!("\"{next}\" is not marked as a follow-up question"))
                            .help(format!("add follow_up = true to the question \"{next}\", so it is only asked after this answer")),
                    );
                }
                led_to.insert(next);
            }
            if let Some(scar) = text_at(answer, "/profile/scar")
                && !scar_ids.contains(&scar)
            {
                issues.push(unknown_reference(
                    file,
                    format!("{at}/profile/scar"),
                    scar,
                    scar_ids,
                    "scar type",
                    "scars.toml",
                ));
            }
        }
    }
    check_follow_up_loops(file, &questions, issues);
    for (pointer, question) in &questions {
        if let Some(id) = text_at(question, "/id")
            && follow_up_questions.contains(&id)
            && !led_to.contains(id)
        {
            issues.push(
                Issue::new(file, format!("{pointer}/follow_up"), format!("no answer leads to the follow-up question \"{id}\""))
                    .help(format!("add follow_up = \"{id}\" to the answer that should lead here, or remove follow_up = true")),
            );
        }
    }
}

/// A follow-up must lead onwards: one that leads back to its own question,
/// directly or through other follow-ups, would send the visitor in circles.
fn check_follow_up_loops(file: &str, questions: &[(String, &Value)], issues: &mut Vec<Issue>) {
    // (question id, pointer of the answer's follow_up, the question it leads to)
    let mut edges: Vec<(&str, String, &str)> = Vec::new();
    for (pointer, question) in questions {
        let Some(id) = text_at(question, "/id") else {
            continue;
        };
        for (at, answer) in items(question, "/answer") {
            if let Some(next) = text_at(answer, "/follow_up") {
                edges.push((id, format!("{pointer}{at}/follow_up"), next));
            }
        }
    }
    let leads_to = |from: &str, target: &str| {
        let mut seen = BTreeSet::new();
        let mut queue = vec![from];
        while let Some(id) = queue.pop() {
            if id == target {
                return true;
            }
            if seen.insert(id) {
                queue.extend(edges.iter().filter(|e| e.0 == id).map(|e| e.2));
            }
        }
        false
    };
    for (question, pointer, next) in &edges {
        if leads_to(next, question) {
            let how = if next == question {
                "leads back to its own question".to_owned()
            } else {
                format!("leads to \"{next}\", which leads back to \"{question}\"")
            };
            issues.push(
                Issue::new(
                    file,
                    pointer.clone(),
                    format!("this follow-up {how}, so the quiz would go round in circles"),
                )
                .help("name a follow-up question that comes after this one, or remove follow_up"),
            );
        }
    }
}

/// Every key path the default locale's file has and `other` lacks. Array
/// items are matched by position.
pub fn missing_keys(file: &str, default: &Value, other: &Value) -> Vec<Issue> {
    let mut issues = Vec::new();
    compare_keys(file, default, other, "", &mut issues);
    issues
}

fn compare_keys(
    file: &str,
    default: &Value,
    other: &Value,
    pointer: &str,
    issues: &mut Vec<Issue>,
) {
    match (default, other) {
        (Value::Object(expected), Value::Object(present)) => {
            for (key, value) in expected {
                let here = child_pointer(pointer, key);
                match present.get(key) {
                    Some(other_value) => compare_keys(file, value, other_value, &here, issues),
                    None => issues.push(
                        Issue::new(
                            file,
                            pointer.to_owned(),
                            format!("`{key}` is missing here but the default locale has it"),
                        )
                        .help(format!(
                            "translate `{}` from the default locale's file",
                            here.trim_start_matches('/').replace('/', ".")
                        )),
                    ),
                }
            }
        }
        (Value::Array(expected), Value::Array(present)) => {
            for (index, (value, other_value)) in expected.iter().zip(present).enumerate() {
                compare_keys(
                    file,
                    value,
                    other_value,
                    &child_pointer(pointer, &index.to_string()),
                    issues,
                );
            }
            if present.len() < expected.len() {
                let missing = expected.len() - present.len();
                let items = if missing == 1 { "item is" } else { "items are" };
                issues.push(
                    Issue::new(
                        file,
                        pointer.to_owned(),
                        format!("{missing} {items} missing here"),
                    )
                    .help("the default locale's file has more; translate each of them"),
                );
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn did_you_mean_only_when_close() {
        let fields = ["accent", "accent_text", "corner_radius", "font"];
        assert_eq!(super::did_you_mean("acent", fields), Some("accent"));
        assert_eq!(super::did_you_mean("fnot", fields), Some("font"));
        assert_eq!(super::did_you_mean("colour", fields), None);
        assert_eq!(
            super::did_you_mean("accents_text", fields),
            Some("accent_text")
        );
        let levels = ["not-suitable", "limited", "fair", "good"];
        assert_eq!(super::did_you_mean("god", levels), Some("good"));
        assert_eq!(super::did_you_mean("weak", levels), None);
    }

    #[test]
    fn the_text_colour_is_judged_against_the_accent_that_will_be_used() {
        let site = serde_json::json!({
            "brand": { "accent": "#8fd6c6", "accent_text": "#8fd6c6" }
        });
        let issues = super::check_site(&site, &[]);
        let accent = issues
            .iter()
            .find(|i| i.pointer == "/brand/accent")
            .unwrap();
        let text = issues
            .iter()
            .find(|i| i.pointer == "/brand/accent_text")
            .unwrap();
        let suggested = accent.help.as_deref().unwrap().split('"').nth(1).unwrap();
        assert!(
            text.message
                .contains(&format!("the suggested brand colour \"{suggested}\"")),
            "{text:?}"
        );
        // The suggested text colour reads on the suggested accent.
        let pick = |help: &str| help.split('"').nth(1).unwrap().to_owned();
        let (accent, text) = (
            pick(accent.help.as_deref().unwrap()),
            pick(text.help.as_deref().unwrap()),
        );
        let (accent, text) = (
            super::Rgb::parse(&accent).unwrap(),
            super::Rgb::parse(&text).unwrap(),
        );
        assert!(accent.contrast(text) >= super::AA_NORMAL_TEXT);
    }

    use super::*;
    use serde_json::json;

    #[test]
    fn empty_text_and_html_are_reported_where_they_are() {
        let value = json!({ "a": { "b": "  " }, "c": ["fine", "<b>bold</b>"] });
        let issues = check_texts("x.toml", &value);
        let at: Vec<&str> = issues.iter().map(|i| i.pointer.as_str()).collect();
        assert_eq!(at, ["/a/b", "/c/1"]);
    }

    #[test]
    fn a_less_than_sign_in_prose_is_not_html() {
        assert!(check_texts("x", &json!({ "a": "scars < 2 mm wide" })).is_empty());
    }

    #[test]
    fn banned_claims_are_refused_even_with_a_source() {
        let unsourced = json!({ "summary": "Removes scars with no downtime." });
        let messages: Vec<String> = check_texts("x", &unsourced)
            .into_iter()
            .map(|i| i.message)
            .collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        // The marketer's test sentence from the issue: a citation does not help.
        let sourced = json!({
            "summary": "Erases acne scars with zero downtime and is safe for all skin types.",
            "sources": ["alam-2014"]
        });
        let messages: Vec<String> = check_texts("x", &sourced)
            .into_iter()
            .map(|i| i.message)
            .collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("\"safe for all skin\""))
        );
        assert!(messages.iter().any(|m| m.starts_with("\"zero downtime\"")));
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("\"erases\" is a word regulators"))
        );
    }

    #[test]
    fn regulated_words_need_a_source_and_a_review() {
        let issues = |value: serde_json::Value| check_texts("x", &value).len();
        let text = "A permanent filler; permanent results are reported.";
        assert_eq!(issues(json!({ "results": text })), 1);
        assert_eq!(
            issues(json!({ "results": text, "sources": ["karnik-2014"] })),
            1
        );
        assert_eq!(
            issues(json!({ "results": text, "reviewed_claims": ["permanent results"] })),
            1,
            "a review without a source does not count"
        );
        assert_eq!(
            issues(json!({
                "results": text,
                "sources": ["karnik-2014"],
                "reviewed_claims": ["permanent results"]
            })),
            0
        );
        // Whole words only.
        assert_eq!(
            issues(json!({ "text": "Keep the area secure and clean." })),
            0
        );
        assert_eq!(
            issues(json!({ "text": "There is no cure for keloids." })),
            1
        );
    }

    #[test]
    fn unknown_source_ids_suggest_the_closest() {
        let known = BTreeSet::from(["alam-2014", "chu-2021"]);
        let value = json!({ "item": [{ "sources": ["alam-2104", "nobody"] }] });
        let issues = check_source_references("x", &value, &known);
        assert_eq!(issues.len(), 2);
        assert_eq!(issues[0].pointer, "/item/0/sources/0");
        assert!(issues[0].help.as_deref().unwrap().contains("alam-2014"));
        assert!(
            issues[1]
                .help
                .as_deref()
                .unwrap()
                .contains("add it to sources.toml")
        );
    }

    #[test]
    fn urls_must_be_web_mail_or_phone() {
        for good in [
            "https://example.com/book",
            "http://x.org",
            "mailto:a@b.c",
            "tel:+15550100199",
        ] {
            assert_eq!(check_url("f", "/u", good), None, "{good}");
        }
        for bad in [
            "https://example.com/book now",
            "https:// example.com",
            "javascript:alert(1)",
            "www.example.com",
            "ftp://x",
            "https://",
            "/book",
            "",
        ] {
            assert!(check_url("f", "/u", bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn dates() {
        assert!(is_date("2026-11-01"));
        for bad in ["2026-13-01", "Nov 2026", "2026-1-1", "20261101"] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn missing_keys_in_a_translation() {
        let default =
            json!({ "start": { "title": "A", "lead": "B" }, "list": [{ "x": 1 }, { "x": 2 }] });
        let other = json!({ "start": { "title": "A" }, "list": [{ "x": 1 }] });
        let issues = missing_keys("fr/ui.toml", &default, &other);
        let messages: Vec<&str> = issues.iter().map(|i| i.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "1 item is missing here",
                "`lead` is missing here but the default locale has it"
            ]
        );
    }
}
