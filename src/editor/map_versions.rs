//! Two versions of a netwerkkaart side by side: what the comparison dialog shows (the
//! changes in words, the figures of each side, both maps drawn without legend).

use crate::editor::drawing::draw_netwerkkaart;
use crate::export::svg::to_svg;
use crate::i18n::Lang;
use crate::netwerkkaart::scene::NetwerkkaartSceneOptions;
use crate::netwerkkaart::versions::{compare, MapChanges};
use crate::netwerkkaart::Netwerkkaart;

/// One side of a comparison: a kept version, or the map as it is now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The version at this position.
    Version(usize),
    /// The map as it is now.
    Now,
}

impl Side {
    /// The value of a `<select>` option: the version's position, or "now".
    pub fn value(self) -> String {
        match self {
            Side::Version(i) => i.to_string(),
            Side::Now => "now".into(),
        }
    }

    /// The side an option value names (anything else is now).
    pub fn parse(value: &str) -> Side {
        value.parse().map(Side::Version).unwrap_or(Side::Now)
    }
}

/// What the versions dialog shows.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionsView {
    /// Captions of the two sides ("intake (12-03-2026)", "nu").
    pub captions: (String, String),
    /// The changes and both sides' figures.
    pub changes: MapChanges,
    /// One sentence per change.
    pub sentences: Vec<String>,
    /// Both maps drawn.
    pub svgs: (String, String),
}

fn side_of(map: &Netwerkkaart, side: Side, lang: Lang) -> Option<(String, Netwerkkaart)> {
    match side {
        Side::Now => Some((if lang == Lang::Nl { "nu" } else { "now" }.to_owned(), map.clone())),
        Side::Version(i) => {
            let v = map.versions().get(i)?;
            Some((v.caption(lang), v.rebuild().ok()?))
        }
    }
}

fn svg_of(map: &Netwerkkaart, lang: Lang) -> String {
    let mut o = NetwerkkaartSceneOptions::new(lang);
    o.show_legend = false;
    to_svg(&draw_netwerkkaart(map, &o).scene)
}

/// The comparison of two sides of `map`; `None` when a side names no version.
pub fn versions_view(map: &Netwerkkaart, before: Side, after: Side, lang: Lang) -> Option<VersionsView> {
    let (cb, b) = side_of(map, before, lang)?;
    let (ca, a) = side_of(map, after, lang)?;
    let changes = compare(&b, &a, lang);
    let sentences = changes.sentences(lang);
    Some(VersionsView { captions: (cb, ca), sentences, changes, svgs: (svg_of(&b, lang), svg_of(&a, lang)) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netwerkkaart::model::fixtures::sample_netwerkkaart;
    use crate::netwerkkaart::versions::MapVersion;
    use crate::netwerkkaart::Command;

    #[test]
    fn a_kept_version_and_now_are_drawn_side_by_side_with_their_changes() {
        let mut map = sample_netwerkkaart();
        map.versions.push(MapVersion::capture("intake", Some("2026-03-12".parse().unwrap()), &map));
        let sem = map.actors().find(|(_, a)| a.display_name() == "Sem").map(|(id, _)| id).unwrap();
        map.apply(Command::RemoveActor { id: sem }).unwrap();
        let v = versions_view(&map, Side::Version(0), Side::Now, Lang::Nl).expect("both sides exist");
        assert_eq!(v.captions, ("intake (12-03-2026)".to_owned(), "nu".to_owned()));
        assert_eq!(v.sentences.first().map(String::as_str), Some("Sem is uit het netwerk."));
        assert!(v.svgs.0.contains("Sem") && !v.svgs.1.contains(">Sem<"), "Sem is drawn only in the intake");
        assert!(!v.svgs.0.contains("data-key=\"legend\""), "no legend beside each other");
        assert!(versions_view(&map, Side::Version(3), Side::Now, Lang::Nl).is_none());
        assert_eq!(Side::parse(&Side::Version(2).value()), Side::Version(2));
        assert_eq!(Side::parse("now"), Side::Now);
    }
}
