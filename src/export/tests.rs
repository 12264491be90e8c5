//! SVG export tests: validity, escaping, golden rasters, file names.

fn render(svg: &str, scale: f32) -> resvg::tiny_skia::Pixmap {
    let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()).expect("valid SVG");
    let size = tree.size();
    let (w, h) = ((size.width() * scale).ceil() as u32, (size.height() * scale).ceil() as u32);
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w.max(1), h.max(1)).expect("pixmap");
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap
}

#[test]
fn sample_family_exports_a_parsable_non_empty_drawing() {
    use crate::scene::tests::{options, scene_of};
    let scene = scene_of(&crate::model::sample_family(), &options(crate::i18n::Lang::Nl));
    let svg = super::svg::to_svg(&scene);
    assert!(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    assert_eq!(doc.root_element().tag_name().namespace(), Some("http://www.w3.org/2000/svg"));
    let pixmap = render(&svg, 1.0);
    let dark = pixmap.pixels().iter().filter(|p| p.red() < 128).count();
    assert!(dark > 1000, "drawing has ink: {dark}");
}
