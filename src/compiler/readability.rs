//! How hard a text is to read, as the US school grade a reader needs.
//! Consumer health texts aim at grade 8 or below.
//!
//! English uses Flesch-Kincaid. Spanish uses Fernández-Huerta (1959), in the
//! corrected form with words per sentence (Law 2011), whose 0-100 ease is put
//! on the grade scale with Flesch's own table. Other languages are not graded:
//! a formula made for one language misjudges another.

/// A readability formula for one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Formula {
    FleschKincaid,
    FernandezHuerta,
}

impl Formula {
    /// The formula for a locale ("en-US" → Flesch-Kincaid), if there is one.
    pub fn for_locale(locale: &str) -> Option<Formula> {
        match locale.split('-').next()?.to_ascii_lowercase().as_str() {
            "en" => Some(Formula::FleschKincaid),
            "es" => Some(Formula::FernandezHuerta),
            _ => None,
        }
    }

    /// The grade a text reads at, in tenths (83 is grade 8.3), or `None` for
    /// a text too short to grade.
    pub fn grade_tenths(self, text: &str) -> Option<i32> {
        match self {
            Formula::FleschKincaid => grade_tenths(text),
            Formula::FernandezHuerta => spanish_grade_tenths(text),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Formula::FleschKincaid => "Flesch-Kincaid",
            Formula::FernandezHuerta => "Fernández-Huerta",
        }
    }
}

/// Words, sentences and syllables, as the formulas count them.
struct Counts {
    words: f64,
    sentences: f64,
    syllables: f64,
}

fn counts(text: &str, syllables: fn(&str) -> usize) -> Option<Counts> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/' || c == '–' || c == '—')
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| word.chars().any(char::is_alphabetic))
        .collect();
    if words.len() < MIN_WORDS {
        return None;
    }
    let sentences = text
        .split(['.', '!', '?', ';', ':', '¿', '¡'])
        .filter(|part| part.chars().any(char::is_alphabetic))
        .count()
        .max(1);
    Some(Counts {
        words: words.len() as f64,
        sentences: sentences as f64,
        syllables: words.iter().map(|word| syllables(word)).sum::<usize>() as f64,
    })
}

/// The Fernández-Huerta grade of a Spanish text, in tenths.
fn spanish_grade_tenths(text: &str) -> Option<i32> {
    let c = counts(text, spanish_syllables)?;
    let ease = 206.84 - 60.0 * (c.syllables / c.words) - 1.02 * (c.words / c.sentences);
    Some((ease_to_grade(ease) * 10.0).round() as i32)
}

/// Flesch's table from reading ease to school grade (90-100: grade 5,
/// 80-90: 6, 70-80: 7, 60-70: 8-9, 50-60: 10-12, 30-50: college), drawn as
/// straight lines between its steps.
fn ease_to_grade(ease: f64) -> f64 {
    const STEPS: [(f64, f64); 7] = [
        (100.0, 4.0),
        (90.0, 5.0),
        (80.0, 6.0),
        (70.0, 7.0),
        (60.0, 9.0),
        (50.0, 12.0),
        (30.0, 16.0),
    ];
    if ease >= STEPS[0].0 {
        return STEPS[0].1;
    }
    for pair in STEPS.windows(2) {
        let ((high_ease, low_grade), (low_ease, high_grade)) = (pair[0], pair[1]);
        if ease >= low_ease {
            let share = (high_ease - ease) / (high_ease - low_ease);
            return low_grade + share * (high_grade - low_grade);
        }
    }
    // Below 30: "very difficult", college graduate; capped, as the table is.
    (16.0 + (30.0 - ease) / 15.0).min(18.0)
}

/// Spanish syllables: vowel groups, where a weak vowel (i, u, y) beside
/// another vowel joins it (a diphthong) unless it carries an accent (í, ú),
/// and two strong vowels (a, e, o) side by side are two syllables.
fn spanish_syllables(word: &str) -> usize {
    let letters: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if letters.is_empty() {
        return 1;
    }
    let strong = |c: char| "aeoáéó".contains(c);
    let weak = |c: char| "iuü".contains(c);
    let accented_weak = |c: char| "íú".contains(c);
    let vowel = |c: char| strong(c) || weak(c) || accented_weak(c);
    let mut count = 0;
    let mut previous: Option<char> = None;
    for &c in &letters {
        if vowel(c) {
            let joins = match previous {
                Some(p) if vowel(p) => {
                    // A diphthong: a plain weak vowel with any vowel. Two
                    // strong or accented vowels are a hiatus.
                    (weak(c) || weak(p)) && !accented_weak(c) && !accented_weak(p)
                }
                _ => false,
            };
            if !joins {
                count += 1;
            }
            previous = Some(c);
        } else {
            previous = None;
        }
    }
    count.max(1)
}

/// Texts shorter than this are labels and buttons, where a grade means nothing.
pub const MIN_WORDS: usize = 15;

/// The Flesch-Kincaid grade of an English text, in tenths (83 is grade 8.3),
/// or `None` for a text too short to grade.
pub fn grade_tenths(text: &str) -> Option<i32> {
    let c = counts(text, syllables)?;
    let grade = 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;
    Some((grade * 10.0).round() as i32)
}

/// Vowel groups, less a silent final "e": a common estimate of syllables.
fn syllables(word: &str) -> usize {
    let lower = word.to_lowercase();
    let letters: Vec<char> = lower.chars().filter(char::is_ascii_alphabetic).collect();
    if letters.is_empty() {
        return 1; // a number, read as one word
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in &letters {
        let is_vowel = vowel(c);
        if is_vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = is_vowel;
    }
    let n = letters.len();
    if n > 2 && letters[n - 1] == 'e' && !vowel(letters[n - 2]) && letters[n - 2] != 'l' {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_syllables_roughly_as_people_do() {
        for (word, expected) in [
            ("skin", 1),
            ("scar", 1),
            ("make", 1),
            ("gentle", 2),
            ("provider", 3),
            ("microneedling", 4),
            ("isotretinoin", 5),
            ("2026", 1),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn plain_words_grade_low_and_dense_ones_high() {
        let plain = "The medicine's leaflet says to avoid skin resurfacing while you take it and for six months after. Your provider will decide with you.";
        let dense = "The drug's label advises avoiding skin procedures for 6 months after it; studies found insufficient evidence to delay superficial chemical peels and fractional ablative lasers, but did not investigate microneedling specifically.";
        let (plain, dense) = (grade_tenths(plain).unwrap(), grade_tenths(dense).unwrap());
        assert!(plain <= 80, "{plain}");
        assert!(dense > 120, "{dense}");
    }

    #[test]
    fn spanish_syllables_follow_diphthongs_and_hiatus() {
        for (word, expected) in [
            ("piel", 1),        // ie: a diphthong
            ("cicatriz", 3),    // ci-ca-triz
            ("tratamiento", 4), // tra-ta-mien-to
            ("día", 2),         // accented í breaks the pair: dí-a
            ("microagujas", 5), // mi-cro-a-gu-jas
            ("leer", 2),        // two strong vowels: le-er
            ("ciudad", 2),      // ciu-dad
        ] {
            assert_eq!(spanish_syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn spanish_plain_words_grade_low_and_dense_ones_high() {
        let plain = "Las agujas hacen heridas muy finas en la piel. La piel sana y hace colágeno nuevo. Los cambios tardan unos meses.";
        let dense = "La administración concomitante de isotretinoína contraindica tradicionalmente procedimientos dermatológicos invasivos durante aproximadamente seis meses posteriores, aunque investigaciones recientes cuestionan sistemáticamente dicha recomendación.";
        let es = Formula::FernandezHuerta;
        let (plain, dense) = (
            es.grade_tenths(plain).unwrap(),
            es.grade_tenths(dense).unwrap(),
        );
        assert!(plain <= 80, "{plain}");
        assert!(dense > 120, "{dense}");
    }

    #[test]
    fn the_ease_table_maps_to_grades() {
        assert_eq!(ease_to_grade(95.0), 4.5);
        assert_eq!(ease_to_grade(65.0), 8.0);
        assert_eq!(ease_to_grade(40.0), 14.0);
        assert_eq!(ease_to_grade(-50.0), 18.0);
    }

    #[test]
    fn a_formula_per_language_and_none_for_others() {
        assert_eq!(Formula::for_locale("en-GB"), Some(Formula::FleschKincaid));
        assert_eq!(Formula::for_locale("es"), Some(Formula::FernandezHuerta));
        assert_eq!(Formula::for_locale("fr"), None);
    }

    #[test]
    fn labels_are_not_graded() {
        assert_eq!(grade_tenths("Book a consultation"), None);
    }
}
