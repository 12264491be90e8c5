use super::*;
use crate::genogram::model::fixtures::person;
use crate::genogram::model::{
    ChildLink, Command, Focus, Gender, ParentRef, PersonId, Relation, RelationKind, Union, UnionId, UnionKind,
};

fn p(g: &mut Genogram, name: &str) -> PersonId {
    person(g, name, "", Gender::Female, "1950", |_| {})
}

fn couple(g: &mut Genogram, a: PersonId, b: PersonId) -> UnionId {
    let id = g.next_union_id();
    g.apply(Command::AddUnion { id, union: Union::new(a, b, UnionKind::Marriage) }).unwrap();
    id
}

fn child(g: &mut Genogram, u: UnionId, c: PersonId) {
    let id = g.next_child_link_id();
    g.apply(Command::AddChildLink { id, link: ChildLink::of_union(u, c) }).unwrap();
}

/// Five generations above a focus person X and three below, with in-laws, cousins and
/// one person related to nobody.
struct Tree {
    g: Genogram,
    ids: BTreeMap<&'static str, PersonId>,
}

impl Tree {
    fn id(&self, name: &str) -> PersonId {
        self.ids[name]
    }
    fn names(&self, set: &BTreeSet<PersonId>) -> Vec<&'static str> {
        self.ids.iter().filter(|(_, id)| set.contains(id)).map(|(n, _)| *n).collect()
    }
}

fn tree() -> Tree {
    let mut g = Genogram::new();
    let names = [
        "gg1", "gg2", "gA", "gB", "gpS", "gp", "gm", "mp1", "mp2", "F", "M", "Au", "AuH", "C1", "C1k", "X", "S", "XP",
        "xpp1", "xpp2", "K", "KP", "G", "GG", "U",
    ];
    let ids: BTreeMap<&'static str, PersonId> = names.iter().map(|&n| (n, p(&mut g, n))).collect();
    let i = |n: &str| ids[n];
    let u = couple(&mut g, i("gg1"), i("gg2"));
    child(&mut g, u, i("gA"));
    let u = couple(&mut g, i("gA"), i("gB"));
    child(&mut g, u, i("gp"));
    child(&mut g, u, i("gpS"));
    let u = couple(&mut g, i("gp"), i("gm"));
    child(&mut g, u, i("F"));
    child(&mut g, u, i("Au"));
    let u = couple(&mut g, i("mp1"), i("mp2"));
    child(&mut g, u, i("M"));
    let u = couple(&mut g, i("Au"), i("AuH"));
    child(&mut g, u, i("C1"));
    let id = g.next_child_link_id();
    g.apply(Command::AddChildLink {
        id,
        link: ChildLink::new(ParentRef::Person(i("C1")), i("C1k"), Default::default()),
    })
    .unwrap();
    let u = couple(&mut g, i("F"), i("M"));
    child(&mut g, u, i("X"));
    child(&mut g, u, i("S"));
    let u = couple(&mut g, i("xpp1"), i("xpp2"));
    child(&mut g, u, i("XP"));
    let u = couple(&mut g, i("X"), i("XP"));
    child(&mut g, u, i("K"));
    let u = couple(&mut g, i("K"), i("KP"));
    child(&mut g, u, i("G"));
    let id = g.next_child_link_id();
    g.apply(Command::AddChildLink { id, link: ChildLink::new(ParentRef::Person(i("G")), i("GG"), Default::default()) })
        .unwrap();
    Tree { g, ids }
}

fn folding(t: &Tree, up: u8, down: u8) -> Folding {
    Folding::new(Focus { person: t.id("X"), up, down })
}

#[test]
fn three_up_two_down_shows_the_line_siblings_of_drawn_sibships_and_partners() {
    let t = tree();
    let v = visibility(&t.g, &folding(&t, 3, 2));
    let mut shown = t.names(&v.visible);
    shown.sort();
    let mut want =
        vec!["gA", "gB", "gpS", "gp", "gm", "mp1", "mp2", "F", "M", "Au", "AuH", "X", "S", "XP", "K", "KP", "G"];
    want.sort();
    assert_eq!(shown, want);
    // Markers: the great-great-grandparents behind gA (their parents are not drawn, so
    // gA's siblings would not be either), the cousin and her child behind the aunt (a
    // blood relative, not her husband), the great-grandchild behind G, the partner's
    // parents behind the partner.
    let markers: BTreeMap<&str, usize> =
        v.folded.iter().map(|(p, n)| (t.names(&BTreeSet::from([*p]))[0], *n)).collect();
    assert_eq!(markers, BTreeMap::from([("gA", 2), ("Au", 2), ("G", 1), ("XP", 2)]));
    assert_eq!(v.unattached, 1, "U is related to nobody");
    assert_eq!(v.visible.len() + v.hidden(), t.g.person_count(), "everyone is drawn or counted");
    assert_eq!(v.anchor[&t.id("C1k")], t.id("Au"));
}

#[test]
fn one_up_nothing_down_folds_aunts_and_children() {
    let t = tree();
    let v = visibility(&t.g, &folding(&t, 1, 0));
    let mut shown = t.names(&v.visible);
    shown.sort();
    assert_eq!(shown, vec!["F", "M", "S", "X", "XP"], "parents, sibling, partner");
    // X's children hang from X and XP: counted once, at X (blood relative).
    assert_eq!(v.folded[&t.id("X")], 4, "K, KP, G, GG");
    assert_eq!(v.folded[&t.id("XP")], 2, "only XP's own parents");
    assert_eq!(v.folded[&t.id("M")], 2, "the maternal grandparents");
    // Everything of the father's family hangs at F.
    assert_eq!(v.folded[&t.id("F")], 11);
    assert_eq!(v.visible.len() + v.hidden(), t.g.person_count());
}

#[test]
fn zero_reach_shows_the_focus_person_and_partners_only() {
    let t = tree();
    let v = visibility(&t.g, &folding(&t, 0, 0));
    assert_eq!(t.names(&v.visible).len(), 2);
    assert!(v.is_visible(t.id("X")) && v.is_visible(t.id("XP")));
}

#[test]
fn an_unfolded_branch_is_drawn_whole_and_loses_its_marker() {
    let t = tree();
    let mut f = folding(&t, 3, 2);
    f.unfolded.insert(t.id("Au"));
    f.unfolded.insert(PersonId(999)); // no longer exists: ignored
    let v = visibility(&t.g, &f);
    assert!(v.is_visible(t.id("C1")) && v.is_visible(t.id("C1k")));
    assert!(!v.folded.contains_key(&t.id("Au")));
    assert_eq!(v.folded[&t.id("gA")], 2, "other branches stay folded");
    assert!(!v.is_visible(t.id("gg1")));
}

#[test]
fn a_missing_focus_person_falls_back_to_the_index_person() {
    let mut t = tree();
    let x = t.id("X");
    let mut person = t.g.person(x).unwrap().clone();
    person.index = true;
    t.g.apply(Command::UpdatePerson { id: x, person }).unwrap();
    let v = visibility(&t.g, &Folding::new(Focus::on(PersonId(4242))));
    assert_eq!(v.focus, Some(x));
    assert!(v.is_visible(t.id("gA")), "three up from the index person");
    assert_eq!(visibility(&Genogram::new(), &Folding::new(Focus::on(x))), Visibility::default());
}

#[test]
fn the_folded_copy_has_no_line_to_a_hidden_person() {
    let mut t = tree();
    let (x, c1) = (t.id("X"), t.id("C1"));
    let id = t.g.next_relation_id();
    t.g.apply(Command::AddRelation { id, relation: Relation::new(x, c1, RelationKind::Close) }).unwrap();
    let v = visibility(&t.g, &folding(&t, 3, 2));
    let copy = folded_copy(&t.g, &v.visible);
    assert_eq!(copy.person_count(), v.visible.len());
    assert!(copy.unions().all(|(_, u)| u.partners().all(|p| v.is_visible(p))));
    assert!(copy
        .child_links()
        .all(|(_, l)| v.is_visible(l.child) && copy.parent_persons(l.parent).iter().all(|p| v.is_visible(*p))));
    assert_eq!(copy.relations().count(), 0, "the relation to the hidden cousin is not drawn");
    // gA is drawn without the line to its hidden parents; gA's own children keep theirs.
    assert!(copy.parents(t.id("gA")).is_empty());
    assert_eq!(copy.parents(t.id("gp")).len(), 2);
}

#[test]
fn the_drawing_lays_out_only_the_visible_persons_with_a_marker_per_folded_branch() {
    use crate::editor::drawing::draw_genogram;
    use crate::genogram::layout::Pins;
    use crate::genogram::scene::SceneOptions;
    let mut t = tree();
    let options =
        SceneOptions::new(crate::i18n::Lang::Nl, crate::genogram::model::PartialDate::year_only(2026).unwrap());
    let whole = draw_genogram(&t.g, &Pins::default(), &options).scene;
    t.g.apply(Command::SetFolding { folding: Some(folding(&t, 1, 0)) }).unwrap();
    let drawing = draw_genogram(&t.g, &Pins::default(), &options);
    let folded = drawing.scene.clone();
    let keys: Vec<&str> = folded.items.iter().map(|i| i.key.as_str()).collect();
    let persons = keys.iter().filter(|k| k.starts_with("person:")).count();
    assert_eq!(persons, 5);
    assert!(folded.bounds.width() < whole.bounds.width(), "the folded drawing is smaller");
    // A badge with the count beside F (11 of the father's family), X (4) and M (2), XP (2).
    let marker = |name: &str| {
        let key = crate::genogram::scene::folding::marker_key(t.id(name));
        folded.items.iter().find(|i| i.key == key).map(|i| {
            i.shapes
                .iter()
                .find_map(|s| match &s.primitive {
                    crate::kernel::Primitive::Text { text, .. } => Some(text.clone()),
                    _ => None,
                })
                .unwrap()
        })
    };
    assert_eq!(marker("F").as_deref(), Some("+11"));
    assert_eq!(marker("X").as_deref(), Some("+4"));
    assert_eq!(marker("XP").as_deref(), Some("+2"));
    assert_eq!(marker("S"), None, "nothing folded behind the sister");
    // Each badge touches its person: its left edge just right of the symbol's edge.
    let crate::editor::drawing::Placement::Genogram(layout) = &drawing.placement else { panic!("a genogram") };
    for name in ["F", "X", "XP", "M"] {
        let c = layout.persons[&t.id(name).get()].centre();
        let key = crate::genogram::scene::folding::marker_key(t.id(name));
        let item = folded.items.iter().find(|i| i.key == key).unwrap();
        let Some(crate::kernel::Point { x, y }) = item.shapes[0].origin() else { panic!("a badge") };
        assert!(
            x > c.x && x - c.x < 40.0 && (y - c.y).abs() < 20.0,
            "{name}: badge at {x},{y}, symbol at {},{}",
            c.x,
            c.y
        );
    }
    assert_eq!(crate::genogram::scene::folding::marker_person(&format!("fold:{}", t.id("F").get())), Some(t.id("F")));
    // Nothing dangles: every union and child line drawn is between drawn persons.
    let drawn: BTreeSet<u32> = keys.iter().filter_map(|k| k.strip_prefix("person:")?.parse().ok()).collect();
    for key in keys.iter().filter_map(|k| k.strip_prefix("union:")) {
        let u = t.g.union(UnionId(key.parse().unwrap())).unwrap();
        assert!(u.partners().all(|p| drawn.contains(&p.get())), "union {key} between drawn persons");
    }
    // The SVG export draws the same markers.
    let svg = crate::export::svg::to_svg(&folded);
    assert!(svg.contains(">+11<") && svg.contains("fold-marker"), "the export shows the badge");
}

/// The generated family of the benchmark (seed 42, 1,000 asked, 1,002 made, six
/// generations) as a file, for the browser test; written from the generator with
/// `KRING_UPDATE_SNAPSHOTS=1`, with the index person moved to where folding matters.
#[test]
fn the_generated_family_fixture_folds_to_a_readable_part() {
    use crate::format::KringDocument;
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/generated_family.kring.json");
    if crate::kernel::snapshot::update_requested() {
        let mut g = crate::genogram::scene::generate::generate_genogram(42, 1000, 6);
        // The generator's index person stands in a small part of the family; a test of
        // folding wants the one whose default view (three up, two down) draws the most.
        let biggest = g.connected_components().into_iter().max_by_key(Vec::len).unwrap();
        let best = *biggest
            .iter()
            .max_by_key(|&&p| (visibility(&g, &Folding::new(Focus::on(p))).visible.len(), std::cmp::Reverse(p)))
            .unwrap();
        g.apply(Command::SetIndexPerson { id: Some(best) }).unwrap();
        let doc = KringDocument::new_genogram("generated-family", "Gegenereerde familie", g, 1_735_689_600_000);
        std::fs::write(path, doc.to_json()).unwrap();
    }
    let doc = KringDocument::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut g = doc.genogram().unwrap().clone();
    assert_eq!(g.person_count(), 1002);
    assert!(g.folding().is_none(), "the file starts unfolded");
    g.apply(crate::genogram::edit::folding::set_folding(&g, true).unwrap()).unwrap();
    let v = visibility(&g, g.folding().unwrap());
    assert!(v.visible.len() < 120, "{} of 1,002 drawn", v.visible.len());
    assert!(!v.folded.is_empty());
    assert_eq!(v.visible.len() + v.hidden(), 1002);
    let (&anchor, &n) = v.folded.iter().max_by_key(|(_, &n)| n).unwrap();
    eprintln!(
        "drawn {}, markers {:?}, largest +{n}, unattached {}",
        v.visible.len(),
        v.folded.values().collect::<Vec<_>>(),
        v.unattached
    );
    let before = v.visible.len();
    g.apply(crate::genogram::edit::folding::unfold(&g, anchor).unwrap()).unwrap();
    assert_eq!(visibility(&g, g.folding().unwrap()).visible.len(), before + n);
}
