use super::*;

const N: Modifiers = Modifiers::NONE;

fn ctx(focus: Focus, document: Option<DocKind>, selected: Selected) -> KeyContext {
    KeyContext { focus, document, selected, connecting: false, sectors: 4, lang: Lang::Nl, presenting: false }
}
fn canvas(document: DocKind, selected: Selected) -> KeyContext {
    ctx(Focus::Canvas, Some(document), selected)
}
const G: DocKind = DocKind::Genogram;
const M: DocKind = DocKind::Netwerkkaart;

#[test]
fn editor_shortcuts_on_the_canvas_and_on_buttons() {
    for focus in [Focus::Canvas, Focus::Other] {
        let c = ctx(focus, Some(G), Selected::Person);
        assert_eq!(keymap("z", Modifiers::CTRL, &c), Some(Intent::Undo));
        assert_eq!(keymap("Z", Modifiers { shift: true, ..Modifiers::CTRL }, &c), Some(Intent::Redo));
        assert_eq!(keymap("y", Modifiers::CTRL, &c), Some(Intent::Redo));
        assert_eq!(keymap("Delete", N, &c), Some(Intent::Delete));
        assert_eq!(keymap("Backspace", N, &c), Some(Intent::Delete));
        assert_eq!(keymap("Escape", N, &c), Some(Intent::Escape));
        assert_eq!(keymap("s", Modifiers::CTRL, &c), Some(Intent::Save));
    }
    let none = ctx(Focus::Other, None, Selected::Nothing);
    assert_eq!(keymap("z", Modifiers::CTRL, &none), None, "nothing to undo without a document");
    assert_eq!(keymap("Delete", N, &none), None);
}

#[test]
fn typing_in_a_field_keeps_its_keys() {
    for side_panel in [false, true] {
        let c = ctx(Focus::TextField { side_panel }, Some(G), Selected::Person);
        for (key, m) in [("z", Modifiers::CTRL), ("Backspace", N), ("Delete", N), ("p", N), ("ArrowUp", N), ("r", N)] {
            assert_eq!(keymap(key, m, &c), None, "{key} stays in the field");
        }
        assert_eq!(keymap("s", Modifiers::CTRL, &c), Some(Intent::Save), "Ctrl+S saves from anywhere");
    }
    let side = ctx(Focus::TextField { side_panel: true }, Some(G), Selected::Person);
    assert_eq!(keymap("Escape", N, &side), Some(Intent::ReturnToCanvas));
    let other = ctx(Focus::TextField { side_panel: false }, Some(G), Selected::Person);
    assert_eq!(keymap("Escape", N, &other), None);
}

#[test]
fn an_open_dialog_takes_escape_and_tab_only() {
    let c = ctx(Focus::Dialog, Some(G), Selected::Person);
    assert_eq!(keymap("Escape", N, &c), Some(Intent::CloseDialog));
    assert_eq!(keymap("Tab", N, &c), Some(Intent::CycleFocus { back: false }));
    assert_eq!(keymap("Tab", Modifiers::SHIFT, &c), Some(Intent::CycleFocus { back: true }));
    assert_eq!(keymap("s", Modifiers::CTRL, &c), Some(Intent::Save));
    for key in ["Delete", "p", "ArrowUp", "Enter", "r", "+"] {
        assert_eq!(keymap(key, N, &c), None, "{key}");
    }
    assert_eq!(keymap("z", Modifiers::CTRL, &c), None);
    assert_eq!(keymap("Tab", N, &canvas(G, Selected::Person)), None, "Tab leaves the canvas as usual");
}

#[test]
fn letters_add_relatives_in_each_language() {
    let c = canvas(G, Selected::Person);
    assert_eq!(keymap("p", N, &c), Some(Intent::AddRelative(AddKey::Partner)));
    assert_eq!(keymap("Z", Modifiers::SHIFT, &c), Some(Intent::AddRelative(AddKey::Son)));
    assert_eq!(keymap("o", N, &c), Some(Intent::AddRelative(AddKey::Parents)));
    assert_eq!(keymap("s", N, &c), Some(Intent::AddRelative(AddKey::Sister)));
    let en = KeyContext { lang: Lang::En, ..c };
    assert_eq!(keymap("s", N, &en), Some(Intent::AddRelative(AddKey::Son)));
    assert_eq!(keymap("r", N, &c), Some(Intent::StartConnect), "R is the relation tool");
    for lang in [Lang::Nl, Lang::En] {
        let c = KeyContext { lang, ..c };
        let letters: Vec<char> = AddKey::ALL.iter().map(|k| k.letter(lang)).collect();
        let mut unique = letters.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), AddKey::ALL.len(), "one letter per action in {lang:?}");
        assert!(!letters.contains(&'r'), "R stays the relation tool");
        for k in AddKey::ALL {
            assert_eq!(keymap(&k.letter(lang).to_string(), N, &c), Some(Intent::AddRelative(k)));
            assert_eq!(AddKey::for_key(&k.letter(lang).to_string(), lang), Some(k));
        }
    }
    assert_eq!(keymap("p", N, &canvas(G, Selected::Nothing)), None, "no one to add to");
    assert_eq!(keymap("p", N, &KeyContext { connecting: true, ..c }), None, "not while drawing a relation");
    assert_eq!(keymap("p", Modifiers::ALT, &c), None);
    assert_eq!(keymap("p", N, &canvas(M, Selected::Actor)), None, "a map has no relatives");
}

#[test]
fn genogram_arrows_move_the_selection_or_pan() {
    let c = canvas(G, Selected::Person);
    assert_eq!(keymap("ArrowUp", N, &c), Some(Intent::SelectNext { dir: Direction::Up, extend: false }));
    assert_eq!(
        keymap("ArrowLeft", Modifiers::SHIFT, &c),
        Some(Intent::SelectNext { dir: Direction::Left, extend: true })
    );
    assert_eq!(keymap("Enter", N, &c), Some(Intent::FocusField(Field::GivenName)));
    assert_eq!(keymap("ArrowLeft", Modifiers::ALT, &c), Some(Intent::Nudge(-1)));
    assert_eq!(keymap("ArrowRight", Modifiers::ALT, &c), Some(Intent::Nudge(1)));
    assert_eq!(keymap("ArrowUp", Modifiers::ALT, &c), None);
    let empty = canvas(G, Selected::Nothing);
    assert_eq!(keymap("ArrowUp", N, &empty), Some(Intent::Pan(Direction::Up)));
    assert_eq!(keymap("Enter", N, &empty), None);
}

#[test]
fn the_relation_tool_by_keyboard() {
    let c = KeyContext { connecting: true, ..canvas(G, Selected::Person) };
    assert_eq!(keymap("Enter", N, &c), Some(Intent::FinishConnect));
    assert_eq!(keymap("R", Modifiers::SHIFT, &c), Some(Intent::StartConnect));
    assert_eq!(keymap("Escape", N, &c), Some(Intent::Escape));
    assert_eq!(keymap("r", N, &ctx(Focus::Canvas, None, Selected::Nothing)), None, "no document, no tool");
}

#[test]
fn netwerkkaart_keys_depend_on_the_selection() {
    let centre = canvas(M, Selected::Centre);
    let actor = canvas(M, Selected::Actor);
    let tie = canvas(M, Selected::Tie);
    let nothing = canvas(M, Selected::Nothing);
    let sector = canvas(M, Selected::Sector);
    assert_eq!(keymap("ArrowUp", N, &centre), Some(Intent::SelectNext { dir: Direction::Up, extend: false }));
    assert_eq!(keymap("ArrowRight", N, &actor), Some(Intent::SelectNext { dir: Direction::Right, extend: false }));
    assert_eq!(keymap("ArrowUp", N, &tie), Some(Intent::Pan(Direction::Up)), "the canvas pans");
    assert_eq!(keymap("ArrowUp", N, &nothing), Some(Intent::Pan(Direction::Up)));
    assert_eq!(keymap("ArrowUp", N, &sector), Some(Intent::Pan(Direction::Up)));
    assert_eq!(keymap("Enter", N, &nothing), Some(Intent::SelectCentre));
    assert_eq!(keymap("Enter", N, &centre), Some(Intent::FocusField(Field::CentreName)));
    assert_eq!(keymap("Enter", N, &actor), Some(Intent::FocusField(Field::ActorName)));
    assert_eq!(keymap("Enter", N, &tie), Some(Intent::FocusField(Field::TieStrength)));
    assert_eq!(keymap("Enter", N, &sector), None);
    assert_eq!(keymap("1", N, &actor), Some(Intent::AddActorInSector(1)));
    assert_eq!(keymap("4", N, &nothing), Some(Intent::AddActorInSector(4)));
    assert_eq!(keymap("5", N, &nothing), None, "only as many digits as sectors");
    assert_eq!(keymap("0", N, &nothing), Some(Intent::Fit), "0 is not a sector");
    assert_eq!(keymap("1", N, &KeyContext { connecting: true, ..nothing }), None);
    assert_eq!(keymap("1", N, &canvas(G, Selected::Person)), None, "digits only on a map");
    assert_eq!(keymap("r", N, &actor), Some(Intent::StartConnect));
}

#[test]
fn zoom_keys_on_the_canvas_only() {
    let c = canvas(G, Selected::Nothing);
    assert_eq!(keymap("+", N, &c), Some(Intent::ZoomIn));
    assert_eq!(keymap("=", N, &c), Some(Intent::ZoomIn));
    assert_eq!(keymap("-", N, &c), Some(Intent::ZoomOut));
    assert_eq!(keymap("0", N, &c), Some(Intent::Fit));
    let other = ctx(Focus::Other, Some(G), Selected::Nothing);
    for key in ["+", "-", "0", "ArrowUp", "p", "r", "Enter"] {
        assert_eq!(keymap(key, N, &other), None, "{key} off the canvas");
    }
    let empty = ctx(Focus::Canvas, None, Selected::Nothing);
    assert_eq!(keymap("+", N, &empty), Some(Intent::ZoomIn), "an empty canvas still zooms");
}

#[test]
fn every_binding_is_documented_and_reachable() {
    for lang in [Lang::Nl, Lang::En] {
        for b in BINDINGS {
            assert!(!(b.keys)(lang).is_empty());
            assert!(!(b.help)(lang.texts()).is_empty());
        }
    }
    // Each binding answers some press in some context: none is dead.
    let keys = [
        "s",
        "f",
        "Escape",
        "Tab",
        "z",
        "Z",
        "y",
        "Delete",
        "ArrowLeft",
        "ArrowUp",
        "r",
        "p",
        "z",
        "d",
        "o",
        "b",
        "t",
        "Enter",
        "1",
        "+",
        "-",
        "0",
        "F5",
        "PageDown",
        "PageUp",
        "n",
        "c",
        "Escape",
        "v",
        "w",
        "[",
        "]",
    ];
    let mods = [N, Modifiers::CTRL, Modifiers::SHIFT, Modifiers::ALT, Modifiers { shift: true, ..Modifiers::CTRL }];
    let focuses = [Focus::Canvas, Focus::Dialog, Focus::Other, Focus::TextField { side_panel: true }];
    let selections = [Selected::Nothing, Selected::Person, Selected::Centre, Selected::Actor, Selected::Tie];
    for (i, b) in BINDINGS.iter().enumerate() {
        let mut hit = false;
        for f in focuses {
            for d in [G, M] {
                for s in selections {
                    for (connecting, presenting) in [(false, false), (true, false), (false, true)] {
                        let c = KeyContext { connecting, presenting, ..ctx(f, Some(d), s) };
                        if b.scope.applies(&c) {
                            hit |= keys.iter().any(|k| mods.iter().any(|m| (b.resolve)(k, *m, &c).is_some()));
                        }
                    }
                }
            }
        }
        assert!(hit, "binding {i} ({}) answers some key", (b.keys)(Lang::Nl));
    }
}

#[test]
fn ctrl_f_finds_a_person_in_a_genogram_only_and_leaves_fields_alone() {
    let find = |f, d| keymap("f", Modifiers::CTRL, &ctx(f, d, Selected::Nothing));
    assert_eq!(find(Focus::Canvas, Some(G)), Some(Intent::FindPerson));
    assert_eq!(find(Focus::Other, Some(G)), Some(Intent::FindPerson));
    assert_eq!(find(Focus::Canvas, Some(M)), None, "a netwerkkaart keeps the browser's find");
    assert_eq!(find(Focus::TextField { side_panel: true }, Some(G)), None, "typing keeps its keys");
    assert_eq!(keymap("f", N, &ctx(Focus::Canvas, Some(G), Selected::Nothing)), None);
}

#[test]
fn presenting_takes_every_key_and_steps_with_clickers() {
    let editing = canvas(G, Selected::Person);
    assert_eq!(keymap("F5", N, &editing), Some(Intent::Present));
    assert_eq!(keymap("F5", N, &ctx(Focus::Other, Some(G), Selected::Nothing)), Some(Intent::Present));
    assert_eq!(keymap("F5", N, &canvas(M, Selected::Nothing)), Some(Intent::Present), "a netwerkkaart too");
    assert_eq!(keymap("F5", N, &ctx(Focus::Other, None, Selected::Nothing)), None);
    let on = KeyContext { presenting: true, focus: Focus::Other, ..editing };
    for key in ["ArrowRight", " ", "PageDown"] {
        assert_eq!(keymap(key, N, &on), Some(Intent::PresentStep(1)), "{key}");
    }
    for key in ["ArrowLeft", "PageUp"] {
        assert_eq!(keymap(key, N, &on), Some(Intent::PresentStep(-1)), "{key}");
    }
    assert_eq!(keymap("n", N, &on), Some(Intent::PresentNames));
    assert_eq!(keymap("N", Modifiers::SHIFT, &on), Some(Intent::PresentNames));
    assert_eq!(keymap("o", N, &on), Some(Intent::PresentOrder));
    assert_eq!(keymap("c", N, &on), Some(Intent::PresentClear));
    assert_eq!(keymap("Escape", N, &on), Some(Intent::PresentLeave));
    assert_eq!(keymap("v", N, &on), Some(Intent::PresentSaveView));
    assert_eq!(keymap("W", Modifiers::SHIFT, &on), Some(Intent::PresentViews));
    // The name field of a view being saved keeps its letters and arrows.
    let naming = KeyContext { focus: Focus::TextField { side_panel: false }, ..on };
    for key in ["n", "v", "w", "o", "ArrowLeft", " ", "Escape"] {
        assert_eq!(keymap(key, N, &naming), None, "{key} while naming a view");
    }
    // Nothing edits, pans or selects while presenting, wherever the focus is.
    for focus in [Focus::Canvas, Focus::Other] {
        let on = KeyContext { focus, ..on };
        for (key, m) in [("Delete", N), ("z", Modifiers::CTRL), ("p", N), ("d", N), ("r", N), ("+", N), ("F5", N)] {
            assert_eq!(keymap(key, m, &on), None, "{key} while presenting");
        }
    }
    assert_eq!(keymap("n", N, &editing), None, "N is free while editing");
    assert_eq!(keymap("w", N, &editing), None, "W is free while editing");
    assert_eq!(keymap("PageDown", N, &editing), None);
}

#[test]
fn brackets_step_the_year_view_on_a_genograms_canvas_only() {
    let c = canvas(G, Selected::Nothing);
    assert_eq!(keymap("[", N, &c), Some(Intent::YearStep(-1)));
    assert_eq!(keymap("]", N, &canvas(G, Selected::Person)), Some(Intent::YearStep(1)));
    assert_eq!(keymap("]", N, &canvas(M, Selected::Nothing)), None, "a netwerkkaart has no year view");
    assert_eq!(keymap("[", N, &ctx(Focus::TextField { side_panel: true }, Some(G), Selected::Nothing)), None);
    assert_eq!(keymap("[", Modifiers::CTRL, &c), None);
    assert_eq!(keymap("[", N, &KeyContext { presenting: true, ..c }), None, "presenting keeps its keys");
}
