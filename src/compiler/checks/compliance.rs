//! The compliance rules, by name. Each rule has an id that appears in every
//! message it gives, a one-line reason and the regulation or evidence behind
//! it, so that a clinic can see why a sentence was refused and look it up.
//! CONTENT.md lists them (a test keeps the list current).
//!
//! Phrase rules are checked in every words file; the others are checked where
//! their content is (the quiz's outcomes, about.toml, prices).

/// One named compliance rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    /// Why the rule exists, in one line.
    pub reason: &'static str,
    /// The regulation, guidance or evidence it follows.
    pub source: &'static str,
}

impl Rule {
    /// The rule by its id; every id used in the checks is in [`RULES`].
    pub fn named(id: &str) -> &'static Rule {
        RULES
            .iter()
            .find(|rule| rule.id == id)
            .expect("every rule a check names is listed")
    }

    /// "rule no-removal-claims: <reason> (<source>)", for a message's help.
    pub fn why(&self) -> String {
        format!("rule {}: {} ({})", self.id, self.reason, self.source)
    }
}

const CAP_HEALTH_CLAIMS: &str = "CAP Code 12.1 and 3.7: health claims need documentary evidence; FTC Health Products Compliance Guidance, 2022";

pub const RULES: &[Rule] = &[
    Rule {
        id: "no-selling-to-minors",
        reason: "a result for a visitor under 18 offers nothing to book or call: cosmetic procedures must not be marketed to under-18s",
        source: "CAP Code 12.25 (in force 25 May 2022) and BCAP Code 32.2.9; ASA Advertising Guidance: Cosmetic Interventions",
    },
    Rule {
        id: "age-asked",
        reason: "the quiz asks whether the visitor is 18 or older, so that no sales link reaches a minor",
        source: "CAP Code 12.25; ASA Advertising Guidance: Cosmetic Interventions",
    },
    Rule {
        id: "doctor-first",
        reason: "a result that says \"see a doctor\" puts the doctor first and booking second, or not at all",
        source: "CAP Code 12.2: marketing must not discourage treatment for which medical supervision should be sought",
    },
    Rule {
        id: "no-removal-claims",
        reason: "no treatment removes, erases or eliminates acne scars; treatments improve them",
        source: CAP_HEALTH_CLAIMS,
    },
    Rule {
        id: "no-permanence-claims",
        reason: "studies followed results for months, not for life: say how long they lasted",
        source: CAP_HEALTH_CLAIMS,
    },
    Rule {
        id: "no-guarantees",
        reason: "results vary from person to person, so no result can be guaranteed",
        source: "CAP Code 3.1 and 3.7; FTC Act section 5 and Health Products Compliance Guidance, 2022",
    },
    Rule {
        id: "no-painless-claims",
        reason: "needling is felt; say how it usually feels instead",
        source: CAP_HEALTH_CLAIMS,
    },
    Rule {
        id: "no-cure-claims",
        reason: "scars are improved or treated, not cured",
        source: CAP_HEALTH_CLAIMS,
    },
    Rule {
        id: "no-before-after-promises",
        reason: "before-and-after promises exaggerate what a visitor can expect",
        source: "ASA Advertising Guidance: Cosmetic Interventions; CAP Code 3.1 and 12.1",
    },
    Rule {
        id: "no-safety-overclaims",
        reason: "no treatment is safe for every skin type: darker skin has a risk of pigment change",
        source: "CLINICAL.md (Chu 2021; Cohen and Elbuluk 2016); CAP Code 12.1",
    },
    Rule {
        id: "no-downtime-claims",
        reason: "redness for 1-3 days is typical, sometimes up to a week",
        source: "CLINICAL.md (Chu 2021); CAP Code 3.1",
    },
    Rule {
        id: "unsupported-figures",
        reason: "this figure is not supported for plain microneedling",
        source: "CLINICAL.md; CAP Code 3.7",
    },
    Rule {
        id: "real-reviewer",
        reason: "a clinical review names a real clinician, their credentials and the date; a placeholder would publish a fake endorsement",
        source: "FTC Endorsement Guides, 16 CFR 255.3 (expert endorsements); CAP Code 3.45",
    },
    Rule {
        id: "example-values",
        reason: "example prices and contact details are not the clinic's: publishing them misleads visitors",
        source: "CAP Code 3.17-3.22 (prices); FTC Guides Against Deceptive Pricing, 16 CFR 233",
    },
];

/// How a phrase is treated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    /// Refused wherever it appears: no citation makes it true.
    Banned,
    /// Refused unless the item cites a source and lists the phrase in
    /// `reviewed_claims` (a clinician checked that the source supports it).
    Regulated,
}

/// One phrase a rule refuses, in one language ("" for every language).
pub struct Phrase {
    pub rule: &'static str,
    pub language: &'static str,
    pub words: &'static str,
    pub strength: Strength,
    /// What to write instead, in the words of the file's language.
    pub instead: &'static str,
}

const fn phrase(
    rule: &'static str,
    language: &'static str,
    words: &'static str,
    strength: Strength,
    instead: &'static str,
) -> Phrase {
    Phrase {
        rule,
        language,
        words,
        strength,
        instead,
    }
}

use Strength::{Banned, Regulated};

const IMPROVES: &str = "say \"improves\": no treatment removes scars";
const MEJORA: &str = "di \"mejora\" (say \"improves\"): ningún tratamiento elimina las cicatrices";
const BEFORE_AFTER: &str =
    "describe what studies found, e.g. \"scar scores improved over 6 months\"";
const ANTES_DESPUES: &str =
    "describe lo que hallaron los estudios, p. ej. \"las cicatrices mejoraron en 6 meses\"";
const DOWNTIME: &str = "say \"redness for 1-3 days is typical, sometimes up to a week\"";

/// Matched case-insensitively in visitor-facing texts: a banned phrase
/// anywhere ("removes scar" in "removes scars"), a regulated one as whole
/// words ("cure" in "a cure", not in "secure").
pub const PHRASES: &[Phrase] = &[
    phrase("no-removal-claims", "en", "removes scar", Banned, IMPROVES),
    phrase("no-removal-claims", "en", "remove scar", Banned, IMPROVES),
    phrase(
        "no-removal-claims",
        "en",
        "remove your scar",
        Banned,
        IMPROVES,
    ),
    phrase(
        "no-removal-claims",
        "en",
        "remove acne scar",
        Banned,
        IMPROVES,
    ),
    phrase(
        "no-removal-claims",
        "en",
        "removes acne scar",
        Banned,
        IMPROVES,
    ),
    phrase(
        "no-removal-claims",
        "en",
        "scar-free",
        Banned,
        "say \"improves\": no treatment leaves skin scar-free",
    ),
    phrase(
        "no-removal-claims",
        "en",
        "scar free",
        Banned,
        "say \"improves\": no treatment leaves skin scar-free",
    ),
    phrase(
        "no-removal-claims",
        "en",
        "eliminate",
        Regulated,
        "say \"improves\"",
    ),
    phrase(
        "no-removal-claims",
        "en",
        "eliminates",
        Regulated,
        "say \"improves\"",
    ),
    phrase(
        "no-removal-claims",
        "en",
        "erase",
        Regulated,
        "say \"improves\"",
    ),
    phrase(
        "no-removal-claims",
        "en",
        "erases",
        Regulated,
        "say \"improves\"",
    ),
    phrase(
        "no-removal-claims",
        "es",
        "elimina las cicatrices",
        Banned,
        MEJORA,
    ),
    phrase(
        "no-removal-claims",
        "es",
        "eliminar las cicatrices",
        Banned,
        MEJORA,
    ),
    phrase(
        "no-removal-claims",
        "es",
        "borra las cicatrices",
        Banned,
        MEJORA,
    ),
    phrase(
        "no-removal-claims",
        "es",
        "quita las cicatrices",
        Banned,
        MEJORA,
    ),
    phrase("no-removal-claims", "es", "sin cicatrices", Banned, MEJORA),
    phrase("no-removal-claims", "es", "eliminar", Regulated, MEJORA),
    phrase("no-removal-claims", "es", "elimina", Regulated, MEJORA),
    phrase("no-removal-claims", "es", "borrar", Regulated, MEJORA),
    phrase(
        "no-permanence-claims",
        "en",
        "permanent results",
        Regulated,
        "say how long results lasted in the studies",
    ),
    phrase(
        "no-permanence-claims",
        "es",
        "resultados permanentes",
        Regulated,
        "di cuánto duraron los resultados en los estudios",
    ),
    phrase(
        "no-guarantees",
        "en",
        "guaranteed",
        Regulated,
        "results vary: say what is typical",
    ),
    phrase(
        "no-guarantees",
        "en",
        "guarantee",
        Regulated,
        "results vary: say what is typical",
    ),
    phrase(
        "no-guarantees",
        "es",
        "garantizado",
        Regulated,
        "los resultados varían: di lo habitual",
    ),
    phrase(
        "no-guarantees",
        "es",
        "garantizados",
        Regulated,
        "los resultados varían: di lo habitual",
    ),
    phrase(
        "no-guarantees",
        "es",
        "garantizamos",
        Regulated,
        "los resultados varían: di lo habitual",
    ),
    phrase(
        "no-guarantees",
        "es",
        "resultados garantizados",
        Banned,
        "los resultados varían: di lo habitual",
    ),
    phrase(
        "no-painless-claims",
        "en",
        "painless",
        Regulated,
        "say how it usually feels, e.g. \"most people feel pressure and mild stinging\"",
    ),
    phrase(
        "no-painless-claims",
        "en",
        "pain-free",
        Regulated,
        "say how it usually feels, e.g. \"most people feel pressure and mild stinging\"",
    ),
    phrase(
        "no-painless-claims",
        "es",
        "indoloro",
        Regulated,
        "di cómo suele sentirse, p. ej. \"se nota presión y un leve escozor\"",
    ),
    phrase(
        "no-painless-claims",
        "es",
        "indolora",
        Regulated,
        "di cómo suele sentirse, p. ej. \"se nota presión y un leve escozor\"",
    ),
    phrase(
        "no-painless-claims",
        "es",
        "sin dolor",
        Regulated,
        "di cómo suele sentirse, p. ej. \"se nota presión y un leve escozor\"",
    ),
    phrase(
        "no-cure-claims",
        "en",
        "cure",
        Regulated,
        "say \"treat\" or \"improve\"",
    ),
    phrase(
        "no-cure-claims",
        "en",
        "cures",
        Regulated,
        "say \"treat\" or \"improve\"",
    ),
    phrase(
        "no-cure-claims",
        "es",
        "cura las cicatrices",
        Banned,
        "di \"trata\" o \"mejora\"",
    ),
    phrase(
        "no-cure-claims",
        "es",
        "curar las cicatrices",
        Banned,
        "di \"trata\" o \"mejora\"",
    ),
    phrase(
        "no-before-after-promises",
        "en",
        "before and after photo",
        Banned,
        BEFORE_AFTER,
    ),
    phrase(
        "no-before-after-promises",
        "en",
        "before and after picture",
        Banned,
        BEFORE_AFTER,
    ),
    phrase(
        "no-before-after-promises",
        "en",
        "before-and-after",
        Banned,
        BEFORE_AFTER,
    ),
    phrase(
        "no-before-after-promises",
        "en",
        "before/after",
        Banned,
        BEFORE_AFTER,
    ),
    phrase(
        "no-before-after-promises",
        "en",
        "before & after",
        Banned,
        BEFORE_AFTER,
    ),
    phrase(
        "no-before-after-promises",
        "en",
        "results like these",
        Banned,
        BEFORE_AFTER,
    ),
    phrase(
        "no-before-after-promises",
        "es",
        "fotos de antes y después",
        Banned,
        ANTES_DESPUES,
    ),
    phrase(
        "no-before-after-promises",
        "es",
        "fotos del antes y después",
        Banned,
        ANTES_DESPUES,
    ),
    phrase(
        "no-before-after-promises",
        "es",
        "antes/después",
        Banned,
        ANTES_DESPUES,
    ),
    phrase(
        "no-before-after-promises",
        "es",
        "resultados como estos",
        Banned,
        ANTES_DESPUES,
    ),
    phrase(
        "no-safety-overclaims",
        "en",
        "safe for all skin",
        Banned,
        "say \"lower risk of pigment change than lasers and deep peels\": no treatment is risk-free",
    ),
    phrase(
        "no-safety-overclaims",
        "es",
        "seguro para todo tipo de piel",
        Banned,
        "di \"menos riesgo de manchas que los láseres y los peelings profundos\"",
    ),
    phrase(
        "no-safety-overclaims",
        "es",
        "apto para todo tipo de piel",
        Banned,
        "di \"menos riesgo de manchas que los láseres y los peelings profundos\"",
    ),
    phrase("no-downtime-claims", "en", "no downtime", Banned, DOWNTIME),
    phrase(
        "no-downtime-claims",
        "en",
        "zero downtime",
        Banned,
        DOWNTIME,
    ),
    phrase(
        "no-downtime-claims",
        "es",
        "sin tiempo de recuperación",
        Banned,
        "di \"lo habitual es 1-3 días de rojez, a veces hasta una semana\"",
    ),
    phrase(
        "no-downtime-claims",
        "es",
        "sin tiempo de inactividad",
        Banned,
        "di \"lo habitual es 1-3 días de rojez, a veces hasta una semana\"",
    ),
    phrase(
        "unsupported-figures",
        "",
        "70% improvement",
        Banned,
        "leave the figure out",
    ),
    phrase(
        "unsupported-figures",
        "",
        "70 % de mejora",
        Banned,
        "quita la cifra",
    ),
    phrase(
        "unsupported-figures",
        "",
        "70% de mejora",
        Banned,
        "quita la cifra",
    ),
];

/// The phrases that apply to a file in `language` ("en", "es-mx" → "es").
pub fn phrases_for(language: &str) -> impl Iterator<Item = &'static Phrase> {
    let language = language.split('-').next().unwrap_or(language).to_owned();
    PHRASES
        .iter()
        .filter(move |p| language.is_empty() || p.language.is_empty() || p.language == language)
}

/// Words that mark a reviewer line as a placeholder left from the template.
const PLACEHOLDER_MARKS: &[&str] = &[
    "NAME",
    "CREDENTIALS",
    "e.g.",
    "p. ej.",
    "…",
    "...",
    "TODO",
    "TBD",
    "XXX",
    "Dr. X",
    "Lorem",
    "example",
    "ejemplo",
    "NOMBRE",
];

/// Why `reviewer` is not a real clinician's name with credentials, if it is not.
pub fn reviewer_problem(reviewer: &str) -> Option<String> {
    let trimmed = reviewer.trim();
    if let Some(mark) = PLACEHOLDER_MARKS
        .iter()
        .find(|mark| trimmed.contains(*mark))
    {
        return Some(format!(
            "\"{trimmed}\" is the template's placeholder (it has \"{mark}\"), not a clinician"
        ));
    }
    // "Dr. Ana Ruiz, MD, FAAD": a name, then credentials after a comma.
    let (name, credentials) = trimmed.split_once(',').unwrap_or((trimmed, ""));
    let has_name = name.split_whitespace().count() >= 2;
    let has_credentials = credentials.chars().any(char::is_alphabetic);
    if !has_name || !has_credentials {
        return Some(format!(
            "\"{trimmed}\" needs the clinician's full name and their credentials after a comma"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_names_a_listed_rule() {
        for phrase in PHRASES {
            assert!(
                RULES.iter().any(|rule| rule.id == phrase.rule),
                "{}",
                phrase.rule
            );
        }
    }

    #[test]
    fn rule_ids_are_unique() {
        for (at, rule) in RULES.iter().enumerate() {
            assert!(RULES[at + 1..].iter().all(|other| other.id != rule.id));
        }
    }

    #[test]
    fn placeholders_and_half_names_are_not_reviewers() {
        assert!(reviewer_problem("NAME, CREDENTIALS (e.g. MD, FAAD)").is_some());
        assert!(reviewer_problem("Dr. Ana Ruiz").is_some());
        assert!(reviewer_problem("Ruiz, MD").is_some());
        assert!(reviewer_problem("TODO").is_some());
        assert_eq!(reviewer_problem("Dr. Ana Ruiz, MD, FAAD"), None);
        assert_eq!(reviewer_problem("Ana Ruiz Gómez, dermatóloga"), None);
    }
}
