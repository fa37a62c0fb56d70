//! How hard a text is to read: the Flesch-Kincaid grade level, the US school
//! grade a reader needs. Consumer health texts aim at grade 8 or below.
//! English only; other languages need their own formulas (Spanish:
//! Fernández-Huerta) and are not graded yet.

/// Texts shorter than this are labels and buttons, where a grade means nothing.
pub const MIN_WORDS: usize = 15;

/// The Flesch-Kincaid grade of an English text, in tenths (83 is grade 8.3),
/// or `None` for a text too short to grade.
pub fn grade_tenths(text: &str) -> Option<i32> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/' || c == '–' || c == '—')
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| word.chars().any(char::is_alphabetic))
        .collect();
    if words.len() < MIN_WORDS {
        return None;
    }
    let sentences = text
        .split(['.', '!', '?', ';', ':'])
        .filter(|part| part.chars().any(char::is_alphabetic))
        .count()
        .max(1);
    let syllables: usize = words.iter().map(|word| syllables(word)).sum();
    let (w, s, y) = (words.len() as f64, sentences as f64, syllables as f64);
    let grade = 0.39 * (w / s) + 11.8 * (y / w) - 15.59;
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
    fn labels_are_not_graded() {
        assert_eq!(grade_tenths("Book a consultation"), None);
    }
}
