//! SVG export tests: validity, escaping, self-containment, golden rasters, file names.

use super::svg::{file_name, to_svg, MARGIN};
use crate::genogram::model::{sample_family, Command, Gender, Person, PersonId};
use crate::genogram::scene::fixtures::{all_kinds, all_relations};
use crate::genogram::scene::tests::{options, scene_of, stable_scene};
use crate::i18n::Lang;
use crate::kernel::{num, Anonymise};

fn render(svg: &str, scale: f32) -> resvg::tiny_skia::Pixmap {
    // Default options load no fonts (resvg is built without text support), so only
    // shapes are rasterised: the same on every machine.
    let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()).expect("valid SVG");
    let size = tree.size();
    let (w, h) = ((size.width() * scale).ceil() as u32, (size.height() * scale).ceil() as u32);
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w.max(1), h.max(1)).expect("pixmap");
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap
}

/// Compares a raster with a golden PNG under `tests/snapshots/` (stored with
/// `KRING_UPDATE_SNAPSHOTS=1`): same size, and at most 0.1 % of the pixels differ by
/// more than 48 in a channel (room for anti-aliasing differences between builds).
fn check_golden(name: &str, pixmap: &resvg::tiny_skia::Pixmap) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(name);
    if crate::kernel::snapshot::update_requested() {
        pixmap.save_png(&path).unwrap();
        return;
    }
    let golden = resvg::tiny_skia::Pixmap::load_png(&path)
        .unwrap_or_else(|_| panic!("missing golden {}; run with KRING_UPDATE_SNAPSHOTS=1", path.display()));
    assert_eq!((golden.width(), golden.height()), (pixmap.width(), pixmap.height()), "{name}: size");
    let differing = golden
        .pixels()
        .iter()
        .zip(pixmap.pixels())
        .filter(|(a, b)| {
            let d = |x: u8, y: u8| x.abs_diff(y) > 48;
            d(a.red(), b.red()) || d(a.green(), b.green()) || d(a.blue(), b.blue()) || d(a.alpha(), b.alpha())
        })
        .count();
    let allowed = golden.pixels().len() / 1000;
    assert!(differing <= allowed, "{name}: {differing} pixels differ (allowed {allowed})");
}

fn ink(p: &resvg::tiny_skia::Pixmap) -> usize {
    p.pixels().iter().filter(|c| c.red() < 128 || c.green() < 128 || c.blue() < 128).count()
}

#[test]
fn golden_rasters() {
    for (name, g, lang) in [
        ("all_kinds", all_kinds(), Lang::Nl),
        ("sample", sample_family(), Lang::En),
        ("all_relations", all_relations(), Lang::En),
    ] {
        let svg = to_svg(&stable_scene(name, &g, &options(lang)));
        let pixmap = render(&svg, 1.0);
        assert!(ink(&pixmap) > 2000, "{name} has ink");
        check_golden(&format!("export_{name}.png"), &pixmap);
    }
}

#[test]
fn standalone_valid_file() {
    let scene = scene_of(&sample_family(), &options(Lang::Nl));
    let svg = to_svg(&scene);
    assert!(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"));
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.tag_name().namespace(), Some("http://www.w3.org/2000/svg"));
    let b = scene.bounds;
    let (w, h) = (b.width() + 2.0 * MARGIN, b.height() + 2.0 * MARGIN);
    assert_eq!(
        root.attribute("viewBox").unwrap(),
        format!("{} {} {} {}", num(b.min_x - MARGIN), num(b.min_y - MARGIN), num(w), num(h))
    );
    assert_eq!(root.attribute("width").unwrap(), num(w));
    assert_eq!(root.attribute("height").unwrap(), num(h));
    let title = root.children().find(|n| n.has_tag_name("title")).expect("<title>");
    assert_eq!(title.text(), Some("Genogram"));
    let style = root.children().find(|n| n.has_tag_name("style")).expect("<style>").text().unwrap();
    assert!(style.contains("sans-serif") && !style.contains("url(") && !style.contains("@import"));
    // White background first, then one group per scene item.
    let bg = root.children().find(|n| n.has_tag_name("rect")).unwrap();
    assert_eq!(bg.attribute("fill"), Some("#fff"));
    let groups: Vec<&str> =
        root.children().filter(|n| n.has_tag_name("g")).map(|n| n.attribute("data-key").unwrap()).collect();
    assert_eq!(groups, scene.items.iter().map(|i| i.key.as_str()).collect::<Vec<_>>());
    // Nothing refers outside the file.
    for n in doc.descendants() {
        assert!(!matches!(n.tag_name().name(), "script" | "image" | "a" | "foreignObject" | "use"));
        for a in n.attributes() {
            assert_ne!(a.name(), "href", "{:?}", n.tag_name());
            assert!(!a.value().contains("url("), "{}", a.value());
        }
    }
}

#[test]
fn hostile_names_survive_escaping_exactly() {
    let hostile = ["<script>alert(1)</script>", "\"&'", "Zoë 👨‍👩‍👧 ĳ", "]]><!-- x -->", "a &amp; b"];
    let mut g = sample_family();
    for (i, name) in hostile.iter().enumerate() {
        let id = g.next_person_id();
        g.apply(Command::AddPerson { id, person: Person::new(name, "", Gender::Female) }).unwrap();
        assert_eq!(id, PersonId(11 + i as u32));
    }
    // A control character cannot be in XML at all: it is dropped, the rest survives.
    let id = g.next_person_id();
    g.apply(Command::AddPerson { id, person: Person::new("Bel\u{7}la", "", Gender::Male) }).unwrap();
    let mut o = options(Lang::Nl);
    o.title = "<b>\"Casus\" & 'co'</b>".into();
    let svg = to_svg(&scene_of(&g, &o));
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let texts: Vec<String> =
        doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text().map(str::to_owned)).collect();
    for name in hostile {
        assert!(texts.iter().any(|t| t == name), "{name:?} not found exactly");
    }
    assert!(texts.iter().any(|t| t == "Bel la" || t == "Bella"), "control character handled");
    let title = doc.root_element().children().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(title.text(), Some("<b>\"Casus\" & 'co'</b>"));
    assert!(doc.descendants().all(|n| !n.has_tag_name("script") && !n.has_tag_name("b")));
}

#[test]
fn anonymised_export_holds_no_real_name() {
    let g = sample_family();
    for mode in [Anonymise::Initials, Anonymise::Roles] {
        let mut o = options(Lang::Nl);
        o.anonymise = mode;
        o.title = "Genogram De Vries".into();
        let svg = to_svg(&scene_of(&g, &o));
        for (_, p) in g.persons() {
            for w in [&p.given_name, &p.family_name, &p.nickname]
                .iter()
                .flat_map(|s| s.split(|c: char| !c.is_alphanumeric()))
            {
                if w.chars().count() >= 3 {
                    assert!(!svg.contains(w), "{mode:?} leaks {w:?}");
                }
            }
        }
        for (_, h) in g.households() {
            assert!(!svg.contains(&h.label));
        }
    }
    // Without anonymisation the names are there (the check above can fail).
    let svg = to_svg(&scene_of(&g, &options(Lang::Nl)));
    assert!(svg.contains("Fatima El Amrani"));
}

#[test]
fn safe_file_names() {
    assert_eq!(file_name("Gezin De Vries"), "Gezin De Vries.svg");
    assert_eq!(file_name("../../etc/passwd"), "etc passwd.svg");
    assert_eq!(file_name("a\\b:c*?\"<>|d"), "a b c d.svg");
    assert_eq!(file_name("line\nbreak\u{0}"), "line break.svg");
    assert_eq!(file_name(""), "genogram.svg");
    assert_eq!(file_name(" ... "), "genogram.svg");
    assert_eq!(file_name("/"), "genogram.svg");
    assert_eq!(file_name("casus.svg"), "casus.svg");
    assert_eq!(file_name("CON"), "genogram-CON.svg");
    assert_eq!(file_name("Zoë 👪"), "Zoë 👪.svg");
    assert!(file_name(&"x".repeat(500)).chars().count() <= 104);
}

#[test]
fn attribute_values_are_escaped_too() {
    // Scene attributes are numbers and fixed words, but the writer must not trust that.
    let mut scene = scene_of(&sample_family(), &options(Lang::En));
    scene.items[0].key = "a\"b<c>&d".into();
    let svg = to_svg(&scene);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let g = doc.root_element().children().find(|n| n.has_tag_name("g")).unwrap();
    assert_eq!(g.attribute("data-key"), Some("a\"b<c>&d"));
}
