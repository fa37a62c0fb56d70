//! The scar guide's sentences that depend on more than one fact: how far the
//! needle reaches, and how well the quiz's treatment suits a scar type.
//! Every word comes from the content's `[scars]` templates in ui.toml.

use crate::core::content::Content;
use crate::core::content::scars::{ScarGroup, ScarType, Suitability};
use crate::core::diagram::{self, Layer};
use crate::core::locale_format::LocaleFormat;
use crate::core::template::fill;

/// How well the treatment the quiz is about (microneedling, in the default
/// content) suits `scar`: its `suits` in treatments.toml, the same rating the
/// comparison ranks by. `None` when the quiz names no treatment.
pub fn rating(content: &Content, scar: &ScarType) -> Option<Suitability> {
    let id = content.quiz.treatment.as_deref()?;
    let treatment = content.treatments.treatment.iter().find(|t| t.id == id)?;
    Some(
        treatment
            .suits
            .get(&scar.id)
            .copied()
            .unwrap_or(Suitability::NotSuitable),
    )
}

/// Where a needle of `depth_mm` reaches, in words: the skin layer, and for a
/// sunken scar whether it reaches the scar's floor.
pub fn needle_reach(
    content: &Content,
    scar: &ScarType,
    depth_mm: f32,
    format: &dyn LocaleFormat,
) -> String {
    let texts = &content.ui.scars;
    let template = match diagram::layer_reached(depth_mm, &content.scars.layers) {
        Layer::Epidermis => &texts.reaches_epidermis,
        Layer::Dermis => &texts.reaches_dermis,
        Layer::Fat => &texts.reaches_fat,
    };
    let reach = fill(template, &[("depth", &format.decimal(depth_mm))]);
    if scar.group != ScarGroup::Atrophic {
        return reach;
    }
    let floor = if depth_mm >= scar.diagram.depth_mm {
        &texts.reaches_scar
    } else {
        &texts.short_of_scar
    };
    fill(&texts.reach_and_scar, &[("reach", &reach), ("scar", floor)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::locale_format::Plain;

    fn scar<'a>(content: &'a Content, id: &str) -> &'a ScarType {
        content.scars.scar.iter().find(|s| s.id == id).unwrap()
    }

    #[test]
    fn the_rating_is_the_quiz_treatments_suits() {
        let mut content = crate::fixture::content();
        let microneedling = content
            .treatments
            .treatment
            .iter()
            .find(|t| t.id == "microneedling")
            .unwrap();
        for scar in &content.scars.scar {
            assert_eq!(
                rating(&content, scar),
                microneedling.suits.get(&scar.id).copied(),
                "{}",
                scar.id
            );
        }
        assert_eq!(
            rating(&content, scar(&content, "boxcar")),
            Some(Suitability::Good)
        );
        content.quiz.treatment = Some("subcision".into());
        assert_eq!(
            rating(&content, scar(&content, "ice-pick")),
            content
                .treatments
                .treatment
                .iter()
                .find(|t| t.id == "subcision")
                .unwrap()
                .suits
                .get("ice-pick")
                .copied()
        );
        content.quiz.treatment = None;
        assert_eq!(rating(&content, scar(&content, "boxcar")), None);
    }

    #[test]
    fn the_needle_reaches_a_layer_and_maybe_the_scars_floor() {
        let content = crate::fixture::content();
        let texts = &content.ui.scars;
        let boxcar = scar(&content, "boxcar");
        let depth = boxcar.diagram.depth_mm;
        let short = needle_reach(&content, boxcar, depth - 0.25, &Plain);
        let reaches = needle_reach(&content, boxcar, depth, &Plain);
        assert!(short.contains(&texts.short_of_scar), "{short}");
        assert!(reaches.contains(&texts.reaches_scar), "{reaches}");
        // Shallow needles stay in the outer layer; a raised scar has no floor.
        let shallow = needle_reach(&content, boxcar, 0.05, &Plain);
        let epidermis = fill(&texts.reaches_epidermis, &[("depth", "0.05")]);
        assert!(shallow.contains(&epidermis), "{shallow}");
        let raised = scar(&content, "keloid");
        assert_eq!(
            needle_reach(&content, raised, 2.5, &Plain),
            fill(&texts.reaches_fat, &[("depth", &Plain.decimal(2.5))])
        );
    }
}
