//! Building the [`Scene`] from the model and its layout.

use std::collections::{BTreeMap, HashMap};

use super::household::{household_shapes, place_household_labels, MemberBox};
use super::labels::{one_line, word};
use super::legend::{placed_legend, Legend, LegendKey};
use super::lines::{child_style, settle_union_labels, sibship_shapes, stub_path, union_shapes};
use super::pattern::{apply_lens, summary_item};
use super::person::{extent, person_shapes, side_reach, PersonCtx};
use super::person_labels::{person_texts, PersonTexts, Slant};
use super::quality_routes::{in_the_way, obstacles, segments};
use super::relation::relation_shapes_on;
use super::route::route;
use super::{at_year, Anonymise, Item, Scene, SceneOptions};
use crate::genogram::layout::{Bounds, Layout, Sibship};
use crate::genogram::model::{
    ChildLink, ChildLinkId, ChildLinkKind, Genogram, ParentRef, Person, PersonId, PersonKind,
};
use crate::kernel::geom::{grow_shape, pt, text_box};
use crate::kernel::shape::{Anchor, Point, Shape, Weight};

/// The scene of a genogram laid out by [`crate::genogram::layout::layout`] (on
/// [`super::layout_input`] of the same genogram).
///
/// Things the layout does not place (e.g. a layout older than the model) are left out
/// rather than guessed.
pub fn build_scene(g: &Genogram, layout: &Layout, opts: &SceneOptions) -> Scene {
    build_scene_and_legend(g, layout, opts).0
}

/// [`build_scene`], and the legend entries drawn (empty when the legend is off), in
/// legend order.
pub fn build_scene_and_legend(g: &Genogram, layout: &Layout, opts: &SceneOptions) -> (Scene, Vec<LegendKey>) {
    build_scene_from_texts(g, layout, opts, person_texts(g, opts.anonymise, opts.lang))
}

/// [`build_scene_and_legend`] from the persons' texts already made (by
/// [`person_texts`] with the same options) for the layout, so a drawing measures and
/// wraps every name once.
pub(crate) fn build_scene_from_texts(
    g: &Genogram,
    layout: &Layout,
    opts: &SceneOptions,
    mut texts: BTreeMap<PersonId, PersonTexts>,
) -> (Scene, Vec<LegendKey>) {
    let lang = opts.lang;
    let mut legend = Legend::default();
    // The family in a given year: who is drawn (positions stay those of the whole
    // family, so sliding the year moves nobody), and no death year for who was alive.
    let year = opts.at_year;
    let shown = |p: &Person| year.is_none_or(|x| at_year::is_born_by(p, x));
    if let Some(x) = year {
        for (id, p) in g.persons() {
            if !shown(p) {
                texts.remove(&id);
            } else if p.kind == PersonKind::Person && p.death.is_some_and(|d| d.year() > x) {
                if let Some(t) = texts.get_mut(&id) {
                    t.death = None;
                }
            }
        }
    }
    let reference = year.and_then(at_year::reference_at).unwrap_or(opts.reference_date);
    // Children whose line comes in slanting (twins beside their apex) write their years
    // on the other side of the centre line, clear of that line.
    for s in layout.unions.values().filter_map(|u| u.sibship.as_ref()).chain(layout.single_parents.values()) {
        for d in &s.drops {
            let slant = match d.to.x - d.from.x {
                dx if dx > 1.0 => Slant::FromLeft,
                dx if dx < -1.0 => Slant::FromRight,
                _ => continue,
            };
            if let Some(t) = texts.get_mut(&PersonId(d.child)) {
                t.slant = slant;
            }
        }
    }
    let mut items: Vec<Item> = Vec::with_capacity(g.person_count() * 3);

    // Where each person is, and how far its symbol reaches up and down.
    let mut at: HashMap<PersonId, (Point, f64, f64)> = HashMap::with_capacity(g.person_count());
    for (id, p) in g.persons().filter(|(_, p)| shown(p)) {
        if let Some(pl) = layout.persons.get(&id.get()) {
            let (top, bottom) = extent(p);
            at.insert(id, (pl.centre(), top, bottom));
        }
    }

    // Child lines by (parent, child), to give every drop its model id and kind.
    let mut links: HashMap<(ParentRef, PersonId), (ChildLinkId, &ChildLink)> = HashMap::new();
    let mut adopted: HashMap<PersonId, bool> = HashMap::new();
    for (cid, l) in g.child_links() {
        links.insert((l.parent, l.child), (cid, l));
        if l.kind == ChildLinkKind::Adopted {
            adopted.insert(l.child, true);
        }
    }
    // Drops end at the child's own symbol top (diamonds and index outlines reach higher).
    // Drops to children not drawn (born after the year) go; no drop left, no sibship.
    let adjust = |s: &Sibship| -> Option<Sibship> {
        let mut s = s.clone();
        if year.is_some() {
            s.drops.retain(|d| at.contains_key(&PersonId(d.child)));
            for t in &mut s.twins {
                t.members.retain(|m| at.contains_key(&PersonId(*m)));
            }
            s.twins.retain(|t| t.members.len() > 1);
            if s.drops.is_empty() {
                return None;
            }
            s.x1 = s.drops.iter().map(|d| d.from.x).fold(f64::INFINITY, f64::min);
            s.x2 = s.drops.iter().map(|d| d.from.x).fold(f64::NEG_INFINITY, f64::max);
        }
        for d in &mut s.drops {
            if let Some(&(c, top, _)) = at.get(&PersonId(d.child)) {
                d.to = pt(c.x, c.y - top);
            }
        }
        Some(s)
    };
    let mut drops: Vec<Item> = Vec::new();
    let mut push_drops = |s: &Sibship, parent: ParentRef, legend: &mut Legend| {
        for d in &s.drops {
            let Some(&(cid, l)) = links.get(&(parent, PersonId(d.child))) else { continue };
            legend.add(LegendKey::Child(l.kind));
            drops.push(Item {
                key: format!("child:{}", cid.get()),
                shapes: vec![Shape::line(d.from, d.to, child_style(l.kind))],
            });
        }
    };

    // Half the width of the texts below each symbol, and its reach sideways: lines
    // leaving a symbol go around its name (see `stub_path`).
    let below = |id: PersonId| texts.get(&id).map_or(0.0, PersonTexts::below_half_width);
    let reach = |id: PersonId| g.person(id).map_or(0.0, side_reach);
    // Sides (-1 left, +1 right) on which a person's union stubs leave.
    let mut stub_sides: HashMap<PersonId, Vec<f64>> = HashMap::new();
    for (uid, u) in g.unions() {
        let Some(ug) = layout.unions.get(&uid.get()) else { continue };
        // At a year: a partner not yet born hides the union; so does a start after the
        // year, unless children were born to it already. Its events as of then.
        let u = match year {
            None => std::borrow::Cow::Borrowed(u),
            Some(x) => {
                if u.partners().any(|p| !at.contains_key(&p)) {
                    continue;
                }
                let has_children = ug.sibship.as_ref().and_then(adjust).is_some();
                if at_year::union_state(u, x) == at_year::UnionState::NotYet && !has_children {
                    continue;
                }
                at_year::union_at(u, x)
            }
        };
        // Each partner's stub leaves on the side facing the other partner.
        let other_x = |p: PersonId| {
            u.other_partner(p)
                .flatten()
                .and_then(|q| at.get(&q))
                .map(|&(c, _, _)| c.x)
                .or(ug.unknown_partner.map(|c| c.x))
        };
        let mut stubs = Vec::new();
        for p in u.partners() {
            let Some(&(c, _, bottom)) = at.get(&p) else { continue };
            let side = if other_x(p).is_some_and(|x| x < c.x) { -1.0 } else { 1.0 };
            stub_sides.entry(p).or_default().push(side);
            stubs.push(stub_path(c, bottom, reach(p), below(p), side, ug.y));
        }
        let mut ug = ug.clone();
        ug.sibship = ug.sibship.as_ref().and_then(adjust);
        let shapes = union_shapes(&u, &ug, &stubs, lang, &mut legend);
        if let Some(s) = &ug.sibship {
            push_drops(s, ParentRef::Union(uid), &mut legend);
        }
        items.push(Item { key: format!("union:{}", uid.get()), shapes });
    }
    // Persons on top of all lines (built here: a union's label keeps off their texts).
    let mut person_items: Vec<(PersonId, Item)> = Vec::with_capacity(g.person_count());
    let mut ctx = PersonCtx { lang, reference, legend: &mut legend };
    let no_texts = PersonTexts::default();
    for (id, p) in g.persons() {
        let Some(&(c, _, _)) = at.get(&id) else { continue };
        let t = texts.get(&id).unwrap_or(&no_texts);
        let p = match year {
            Some(x) => at_year::person_at(p, x),
            None => std::borrow::Cow::Borrowed(p),
        };
        let shapes = person_shapes(&p, c, t, adopted.contains_key(&id), &mut ctx);
        person_items.push((id, Item { key: format!("person:{}", id.get()), shapes }));
    }
    let person_texts: Vec<(f64, f64, f64, f64)> =
        person_items.iter().flat_map(|(_, i)| i.shapes.iter().filter_map(text_box)).collect();
    settle_union_labels(&mut items, &person_texts);
    for (&pid, s) in &layout.single_parents {
        let pid = PersonId(pid);
        let Some(&(c, _, bottom)) = at.get(&pid) else { continue };
        let Some(s) = adjust(s) else { continue };
        // The stem leaves towards the children, or on the side no union stub takes.
        let toward = if (s.x1 + s.x2) / 2.0 < c.x - 1e-6 { -1.0 } else { 1.0 };
        let taken = stub_sides.get(&pid).map_or(&[][..], Vec::as_slice);
        let side = if taken.contains(&toward) && !taken.contains(&-toward) { -toward } else { toward };
        let mut stem = stub_path(c, bottom, reach(pid), below(pid), side, s.bar_y);
        if taken.contains(&side) && stem.len() == 3 {
            // Both sides taken by unions: keep the stem a little outside their stubs.
            for q in &mut stem[1..] {
                q.x += side * 8.0;
            }
        }
        let shapes = sibship_shapes(&s, &stem, &mut legend);
        push_drops(&s, ParentRef::Person(pid), &mut legend);
        items.push(Item { key: format!("single:{}", pid.get()), shapes });
    }
    items.append(&mut drops);

    // The names the lens's summary writes: as drawn when anonymising, else the short name.
    let lens_names: HashMap<PersonId, String> = if opts.lens.is_on() && opts.anonymise != Anonymise::Off {
        texts.iter().map(|(id, t)| (*id, t.name.join(" "))).collect()
    } else {
        HashMap::new()
    };

    // Households, behind everything: around what is drawn for each member, and nobody else.
    let mut drawn: HashMap<PersonId, (f64, f64, f64, f64)> = HashMap::with_capacity(person_items.len());
    for (id, item) in &person_items {
        let mut b: Option<Bounds> = None;
        for s in &item.shapes {
            grow_shape(&mut b, s);
        }
        if let Some(b) = b {
            drawn.insert(*id, (b.min_x, b.min_y, b.max_x, b.max_y));
        }
    }
    let mut household_items = Vec::new();
    for (n, (hid, h)) in g.households().enumerate() {
        if year.is_some_and(|x| !at_year::household_holds(h, x)) {
            continue;
        }
        let members: Vec<MemberBox> =
            h.members.iter().filter_map(|m| Some(MemberBox { centre: at.get(m)?.0, extent: *drawn.get(m)? })).collect();
        if members.is_empty() {
            continue;
        }
        let others: Vec<Point> = at.iter().filter(|(id, _)| !h.members.contains(id)).map(|(_, &(c, _, _))| c).collect();
        let label = match opts.anonymise {
            Anonymise::Off => one_line(&h.label),
            _ => format!("{} {}", word(lang, "huishouden", "household"), n + 1),
        };
        let shapes = household_shapes(&members, &others, &label);
        if !shapes.is_empty() {
            legend.add(LegendKey::Household);
            household_items.push(Item { key: format!("household:{}", hid.get()), shapes });
        }
    }
    // The family's lines (and, below, the relation lines routed so far): household
    // labels keep off them, and a relation line should not run along them.
    let mut family_lines: Vec<(Point, Point)> = items
        .iter()
        .filter(|i| i.key.starts_with("union:") || i.key.starts_with("child:") || i.key.starts_with("single:"))
        .flat_map(|i| i.shapes.iter().flat_map(segments))
        .collect();
    let texts: Vec<(f64, f64, f64, f64)> = items
        .iter()
        .chain(person_items.iter().map(|(_, i)| i))
        .flat_map(|i| i.shapes.iter().filter_map(text_box))
        .collect();
    place_household_labels(&mut household_items, &family_lines, &texts);
    // Emotional relations, cut back to the symbol edges and routed around the symbols
    // and texts they do not connect (household labels too); drawn just above the
    // households.
    let all_obstacles =
        obstacles(g, layout, items.iter().chain(person_items.iter().map(|(_, i)| i)).chain(household_items.iter()));
    let mut relation_items = Vec::new();
    for (rid, r) in g.relations() {
        if year.is_some_and(|x| !at_year::relation_holds(r, x)) {
            continue;
        }
        let (Some(&(a, ta, _)), Some(&(b, tb, _))) = (at.get(&r.from), at.get(&r.to)) else { continue };
        let Some(track) = route(a, ta, b, tb, &in_the_way(&all_obstacles, [r.from, r.to]), &family_lines) else {
            continue;
        };
        family_lines.extend(track.points().windows(2).map(|w| (w[0], w[1])));
        let shapes = relation_shapes_on(r.kind, &track);
        legend.add(LegendKey::Relation(r.kind));
        relation_items.push(Item { key: format!("relation:{}", rid.get()), shapes });
    }
    let first_line = household_items.len();
    items.splice(0..0, household_items);
    items.splice(first_line..first_line, relation_items);
    items.extend(person_items.into_iter().map(|(_, item)| item));
    items.extend(super::folding::markers(&opts.folded, &at));

    // The pattern lens: emphasis and dimming on the items as built, and its summary below.
    if opts.lens.is_on() {
        let marks = crate::genogram::pattern::marks(g, &opts.lens);
        apply_lens(&mut items, &opts.lens, &marks, &at);
        let mut b: Option<Bounds> = None;
        for item in &items {
            for s in &item.shapes {
                grow_shape(&mut b, s);
            }
        }
        let b = b.unwrap_or_default();
        let name = |p: PersonId| match opts.anonymise {
            Anonymise::Off => crate::genogram::pattern::summary::short_name(g, p, lang),
            _ => lens_names.get(&p).cloned().unwrap_or_else(|| "?".into()),
        };
        items.push(summary_item(g, &opts.lens, &marks, lang, &name, b.min_x, b.max_y));
    }

    // Bounds of the diagram itself, then the legend beside or below it and the title above.
    let mut bounds: Option<Bounds> = None;
    for item in &items {
        for s in &item.shapes {
            grow_shape(&mut bounds, s);
        }
    }
    let diagram = bounds.unwrap_or_default();
    let mut title = scene_title(opts);
    if let Some(x) = year {
        // The year is part of the title ("Familie Noah, 1998"), on the drawing and in
        // the export, so nobody takes the view for the family as it is now.
        title = format!("{title}, {x}");
    }
    let mut legend_keys = Vec::new();
    if opts.show_legend && !legend.keys.is_empty() {
        // Beside or below, whichever keeps the drawing closer to a page's shape.
        let (_, shapes) = placed_legend(&legend, lang, (diagram.min_x, diagram.min_y, diagram.max_x, diagram.max_y));
        for s in &shapes {
            grow_shape(&mut bounds, s);
        }
        legend_keys = legend.keys.iter().copied().collect();
        items.push(Item { key: "legend".into(), shapes });
    }
    let mut title_shapes = Vec::new();
    if !opts.title.trim().is_empty() || year.is_some() {
        title_shapes.push(Shape::text(
            diagram.min_x,
            diagram.min_y - 44.0,
            title.clone(),
            Anchor::Start,
            18.0,
            Weight::Bold,
        ));
    }
    let sub: Vec<String> =
        [&opts.date_text, &opts.author].iter().map(|s| one_line(s)).filter(|s| !s.is_empty()).collect();
    if !sub.is_empty() {
        title_shapes.push(Shape::text(
            diagram.min_x,
            diagram.min_y - 24.0,
            sub.join(" · "),
            Anchor::Start,
            11.0,
            Weight::Normal,
        ));
    }
    if !title_shapes.is_empty() {
        for s in &title_shapes {
            grow_shape(&mut bounds, s);
        }
        items.push(Item { key: "title".into(), shapes: title_shapes });
    }
    (Scene { bounds: bounds.unwrap_or_default(), items, title, lang }, legend_keys)
}

/// The title for the title block and `<title>`: as given, except that an anonymised
/// drawing always gets a generic title (a title is free text and usually names the
/// cliënt, also by words that are no name in the genogram).
fn scene_title(opts: &SceneOptions) -> String {
    if opts.anonymise != Anonymise::Off {
        return word(opts.lang, "Genogram (geanonimiseerd)", "Genogram (anonymised)").into();
    }
    let t = one_line(&opts.title);
    if t.is_empty() {
        return "Genogram".into();
    }
    t
}
