//! The scar guide: each scar type with its cross-section drawn to scale, the
//! mirror checks, how well microneedling helps, and a needle-depth control
//! that shows which layer a microneedle reaches against each scar.

use std::sync::Arc;

use leptos::html::H2;
use leptos::prelude::*;

use crate::core::content::Content;
use crate::core::content::scars::{ScarType, Suitability};
use crate::core::diagram::{self, Geometry, Layer, decimal, millimetres};
use crate::core::navigation::Screen;
use crate::core::template::fill;
use crate::ui::notes::Notes;
use crate::ui::rich_text::RichTextView;
use crate::ui::screen::{BackToGuides, focus_when_mounted};

/// The depth the control starts at, in millimetres.
const DEFAULT_NEEDLE_MM: f32 = 1.0;

fn layer_name(content: &Content, layer: Layer) -> String {
    let texts = &content.ui.scars;
    match layer {
        Layer::Epidermis => texts.epidermis.clone(),
        Layer::Dermis => texts.dermis.clone(),
        Layer::Fat => texts.fat.clone(),
    }
}

#[component]
pub fn ScarsScreen(
    content: Arc<Content>,
    go_to: Callback<Screen>,
    autofocus: bool,
) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    focus_when_mounted(heading, autofocus);
    let needle = RwSignal::new(DEFAULT_NEEDLE_MM);
    let texts = &content.ui.scars;
    let value_template = texts.needle_value.clone();
    let value_text = move || fill(&value_template, &[("depth", &millimetres(needle.get()))]);
    let value_text_for_aria = value_text.clone();
    let cards = (0..content.scars.scar.len())
        .map(|index| view! { <ScarCard content=content.clone() index needle /> })
        .collect_view();
    view! {
        <div class="screen scars-screen" data-screen="scars">
            <BackToGuides label=content.ui.navigation.back.clone() go_to />
            <h2 class="title" tabindex="-1" node_ref=heading>
                {content.ui.journeys.scars.title.clone()}
            </h2>
            <p class="lead">{texts.lead.clone()}</p>
            <div class="needle-control">
                <label for="needle-depth">{texts.needle_label.clone()}</label>
                <input
                    id="needle-depth"
                    type="range"
                    min="0.25"
                    max="2.5"
                    step="0.25"
                    prop:value=move || millimetres(needle.get())
                    aria-valuetext=value_text_for_aria
                    on:input=move |event| {
                        // The number straight from the browser: parsing text
                        // as a float would add its code to the download.
                        let depth = event_target::<web_sys::HtmlInputElement>(&event).value_as_number();
                        if depth.is_finite() {
                            needle.set((depth as f32).clamp(0.25, 2.5));
                        }
                    }
                />
                <output for="needle-depth">{value_text}</output>
            </div>
            <ul class="scar-list">{cards}</ul>
            <Notes content=content.clone() />
        </div>
    }
}

#[component]
fn ScarCard(content: Arc<Content>, index: usize, needle: RwSignal<f32>) -> impl IntoView {
    let scar: &ScarType = &content.scars.scar[index];
    let texts = &content.ui.scars;
    let layers = content.scars.layers.clone();
    let geometry = diagram::geometry(&scar.diagram, &layers);
    let rating = match scar.microneedling {
        Suitability::Good => &texts.good,
        Suitability::Fair => &texts.fair,
        Suitability::Limited => &texts.limited,
        Suitability::NotSuitable => &texts.not_suitable,
    };
    let reach = {
        let (content, layers, template) = (
            content.clone(),
            layers.clone(),
            texts.needle_reaches.clone(),
        );
        let scar_depth = scar.diagram.depth_mm;
        let sunken = scar.group == crate::core::content::scars::ScarGroup::Atrophic;
        move || {
            let depth = needle.get();
            let layer = layer_name(&content, diagram::layer_reached(depth, &layers)).to_lowercase();
            let mut text = fill(
                &template,
                &[("depth", &millimetres(depth)), ("layer", &layer)],
            );
            if sunken {
                let texts = &content.ui.scars;
                let more = if depth >= scar_depth {
                    &texts.reaches_scar
                } else {
                    &texts.short_of_scar
                };
                text.push(' ');
                text.push_str(more);
            }
            text
        }
    };
    let labels =
        [Layer::Epidermis, Layer::Dermis, Layer::Fat].map(|layer| layer_name(&content, layer));
    let checks = scar
        .how_to_tell
        .iter()
        .map(|check| view! { <li>{check.clone()}</li> })
        .collect_view();
    let sources = content
        .citations(&scar.sources)
        .into_iter()
        .map(|citation| view! { <li>{citation}</li> })
        .collect_view();
    let rating_class = format!("rating rating-{:?}", scar.microneedling).to_lowercase();
    view! {
        <li class="scar" id=format!("scar-{}", scar.id) data-scar=scar.id.clone()>
            <h3>{scar.name.clone()}</h3>
            <DiagramView geometry labels needle alt=scar.diagram_alt.clone() />
            <p class="needle-reach">{reach}</p>
            <RichTextView text=scar.looks_like.clone() class="scar-looks" />
            <h4>{texts.how_to_tell.clone()}</h4>
            <ul class="checks">{checks}</ul>
            <p>
                <strong>{texts.how_common.clone()} ": "</strong>
                {scar.how_common.clone()}
            </p>
            <p class=rating_class>
                <strong>{texts.microneedling.clone()} ": " {rating.clone()} "."</strong>
                " "
                {scar.microneedling_note.clone()}
            </p>
            <h4>{texts.better_options.clone()}</h4>
            <RichTextView text=scar.better_options.clone() class="scar-better" />
            <details class="sources">
                <summary>{texts.sources.clone()}</summary>
                <ul>{sources}</ul>
            </details>
        </li>
    }
}

/// One cross-section as SVG, from the core's geometry.
#[component]
fn DiagramView(
    geometry: Geometry,
    labels: [String; 3],
    needle: RwSignal<f32>,
    alt: String,
) -> impl IntoView {
    let bands = geometry
        .bands
        .iter()
        .map(|band| {
            let class = match band.layer {
                Layer::Epidermis => "layer epidermis",
                Layer::Dermis => "layer dermis",
                Layer::Fat => "layer fat",
            };
            view! {
                <rect class=class x="0" y=decimal(band.top) width=decimal(geometry.width) height=decimal(band.bottom - band.top) />
            }
        })
        .collect_view();
    let texts = geometry
        .labels
        .iter()
        .zip(labels)
        .map(
            |(label, text)| view! { <text class="diagram-label" x=label.x y=label.y>{text}</text> },
        )
        .collect_view();
    let tethers = geometry
        .tethers
        .iter()
        .map(|&(x1, y1, x2, y2)| {
            view! { <line class="tether" x1=decimal(x1) y1=decimal(y1) x2=decimal(x2) y2=decimal(y2) /> }
        })
        .collect_view();
    let edges = geometry.original_edges.map(|(left, right)| {
        let (top, bottom) = (
            decimal(geometry.surface_y - 6.0),
            decimal(geometry.surface_y + 6.0),
        );
        let (left, right) = (decimal(left), decimal(right));
        view! {
            <line class="original-edge" x1=left.clone() y1=top.clone() x2=left y2=bottom.clone() />
            <line class="original-edge" x1=right.clone() y1=top x2=right y2=bottom />
        }
    });
    let pigment = geometry
        .pigment
        .map(|(x, y, width, height)| {
            view! { <rect class="pigment" x=decimal(x) y=decimal(y) width=decimal(width) height=decimal(height) /> }
        });
    let needle_geometry = geometry.clone();
    let tip = move || decimal(diagram::needle(&needle_geometry, needle.get()).2);
    let (needle_x, needle_top) = (
        decimal(diagram::NEEDLE_X),
        decimal(geometry.surface_y - 14.0),
    );
    view! {
        <svg
            class="diagram"
            viewBox=format!("0 0 {} {}", decimal(geometry.width), decimal(geometry.height))
            role="img"
            aria-label=alt
        >
            {bands}
            {geometry.cavity.clone().map(|d| view! { <path class="cavity" d=d /> })}
            {geometry.mound.clone().map(|d| view! { <path class="mound" d=d /> })}
            {pigment}
            {tethers}
            <path class="surface" d=geometry.surface.clone() />
            {edges}
            <line class="needle" x1=needle_x.clone() y1=needle_top x2=needle_x y2=tip />
            {texts}
        </svg>
    }
}
