//! Keeping a netwerkkaart and the genograms of the same casus in step, through the
//! browser's library. Plain Rust over a [`Store`], so every rule is tested natively;
//! the UI only decides *when* to call these.
//!
//! # Design: the genogram keeps the names, the map writes its renames through
//!
//! A tab has one document open, so a map and its genogram are never edited side by
//! side in one tab. The simplest rule that makes "a rename in one shows in the other"
//! true without a merge is to give every linked name one home, the genogram:
//!
//! * **Map → genogram, at once.** When linked names on the open map change (the user
//!   renames an actor or the centre, or undoes or redoes such a rename),
//!   [`push_renames`] loads the genogram from the library, renames those persons and
//!   saves it with the stamp it just read (the library's conflict check). Only names
//!   that *changed* are written ([`renamed_links`](crate::link::bridge::renamed_links)),
//!   never every linked name, so a map that is behind cannot overwrite newer names in
//!   the genogram.
//! * **Genogram → map, whenever the map is shown.** When a map is opened (also on
//!   reload), when the window gets the focus back, when another tab stores a linked
//!   genogram, and on import, [`pull_names`] reads the linked genograms and the map
//!   takes over their names as one undo step. A genogram therefore never needs to read
//!   the maps: what they changed is already in it.
//! * **Nothing is lost.** A genogram that is missing is simply not read (the link
//!   stays, should it come back through an import). One that is damaged, is not a
//!   genogram, or cannot be written is left exactly as it is, and the caller says so
//!   in the status line ([`read_failed_message`], [`write_failed_message`]); the map
//!   keeps its own name. (Should the genogram be readable but refuse the write, e.g.
//!   full storage, the next pull takes its name back onto the map; that pull is an
//!   announced undo step, so the map's name is one Ctrl+Z away.) Another tab that has
//!   the genogram open sees the write through
//!   the `storage` event: without unsaved changes it reloads, with them autosave offers
//!   "Herladen" or "Opslaan als kopie", as for any write by another tab.

use crate::format::{DocumentContent, KringDocument};
use crate::genogram::model::{Command as GenogramCommand, Genogram, ModelError, PersonId};
use crate::i18n::{Lang, Texts};
use crate::link::bridge::{renames_for_genogram, GenogramImport};
use crate::netwerkkaart::{Command, Netwerkkaart};
use crate::storage::{parse_index, Library, Listing, LoadError, SaveError, Stamp, Store, StoreError, INDEX_KEY};

/// A genogram the user can take persons over from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenogramChoice {
    /// Its document id.
    pub id: String,
    /// Its title (may be empty).
    pub title: String,
}

/// The genograms in the library that are not in the trash, newest change first (the
/// listing's order): the one being worked on is usually on top.
pub fn genogram_choices(listing: &Listing) -> Vec<GenogramChoice> {
    listing
        .live()
        .filter(|e| e.kind == "genogram")
        .map(|e| GenogramChoice { id: e.id.clone(), title: e.title.clone() })
        .collect()
}

/// Why a linked genogram could not be read or changed. The genogram was not touched.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// Reading it failed (missing or damaged).
    Load(LoadError),
    /// The document is not a genogram.
    NotGenogram,
    /// The genogram refused the renames.
    Refused(ModelError),
    /// Writing it failed (full storage, or another tab wrote it in between).
    Save(SaveError),
}

impl LinkError {
    /// The reason as a clause for the status messages, in `lang`.
    pub fn reason(&self, lang: Lang) -> &'static str {
        let t = lang.texts();
        match self {
            LinkError::Load(LoadError::Missing) => t.nw_link_missing,
            LinkError::Load(LoadError::Damaged(_)) => t.nw_link_damaged,
            LinkError::NotGenogram => t.nw_link_not_genogram,
            LinkError::Refused(_) => t.nw_link_refused,
            LinkError::Save(SaveError::Conflict { current: None }) => t.nw_link_missing,
            LinkError::Save(SaveError::Conflict { .. }) => t.nw_link_conflict,
            LinkError::Save(SaveError::Store(StoreError::Quota)) => t.nw_link_full,
            LinkError::Save(SaveError::Store(StoreError::Unavailable(_))) => t.nw_link_unavailable,
        }
    }
}

/// The genogram inside a document, if it is one.
pub fn genogram_in(doc: &KringDocument) -> Option<&Genogram> {
    match &doc.content {
        DocumentContent::Genogram(g) => Some(g),
        DocumentContent::Netwerkkaart(_) => None,
    }
}

/// Reads stored document `id`, which must be a genogram, with the stamp of its text.
pub fn load_genogram<S: Store>(lib: &Library<S>, id: &str) -> Result<(KringDocument, Stamp), LinkError> {
    let (doc, stamp) = lib.load(id).map_err(LinkError::Load)?;
    if genogram_in(&doc).is_none() {
        return Err(LinkError::NotGenogram);
    }
    Ok((doc, stamp))
}

/// The title of stored document `id` as the library's index knows it, without reading
/// (or repairing) anything else; `None` when the index does not list it.
pub fn indexed_title<S: Store>(lib: &Library<S>, id: &str) -> Option<String> {
    let rows = parse_index(&lib.store().get(INDEX_KEY)?)?;
    rows.into_iter().find(|r| r.id == id).map(|r| r.title)
}

/// Writes renames made on a map into stored genogram `doc_id`: loads it, renames the
/// persons (see [`renames_for_genogram`]) and saves it with the stamp it read, as a
/// change at `now`. Returns how many persons got a new name; with none, nothing is
/// written. On any error the stored genogram is left exactly as it was.
pub fn push_renames<S: Store>(
    lib: &mut Library<S>,
    doc_id: &str,
    renames: &[(PersonId, String)],
    now: i64,
) -> Result<usize, LinkError> {
    let (mut doc, stamp) = load_genogram(lib, doc_id)?;
    let Some(g) = genogram_in(&doc) else { return Err(LinkError::NotGenogram) };
    let cmd = renames_for_genogram(g, renames);
    let count = match &cmd {
        GenogramCommand::Batch(v) => v.len(),
        _ => 1,
    };
    if count == 0 {
        return Ok(0);
    }
    let mut g = g.clone();
    g.apply(cmd).map_err(LinkError::Refused)?;
    doc.content = DocumentContent::Genogram(g);
    doc.modified = now.max(doc.modified);
    lib.save(&doc, Some(&stamp)).map_err(LinkError::Save)?;
    Ok(count)
}

/// A linked genogram that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkProblem {
    /// The genogram's id.
    pub doc_id: String,
    /// Its title as the index knows it (or its id).
    pub title: String,
    /// What went wrong.
    pub error: LinkError,
}

/// What [`pull_names`] found.
#[derive(Clone, Debug, PartialEq)]
pub struct Pulled {
    /// The map edit that takes over the genograms' names (empty when all match).
    pub command: Command,
    /// How many actors (and the centre) get a new name.
    pub renamed: usize,
    /// Linked genograms that exist but could not be read; missing ones are skipped.
    pub problems: Vec<LinkProblem>,
}

/// The edit that gives the map's linked actors and centre the names their persons have
/// now in the stored genograms (see
/// [`Netwerkkaart::name_updates_from_genogram`]), for every genogram the map links to,
/// as one batch.
pub fn pull_names<S: Store>(lib: &Library<S>, map: &Netwerkkaart) -> Pulled {
    let mut work = map.clone();
    let mut steps = Vec::new();
    let mut renamed = 0;
    let mut problems = Vec::new();
    for doc_id in map.linked_genograms() {
        let doc = match load_genogram(lib, &doc_id) {
            Ok((doc, _)) => doc,
            Err(LinkError::Load(LoadError::Missing)) => continue,
            Err(error) => {
                let title = indexed_title(lib, &doc_id).unwrap_or_else(|| doc_id.clone());
                problems.push(LinkProblem { doc_id, title, error });
                continue;
            }
        };
        let Some(g) = genogram_in(&doc) else { continue };
        let cmd = work.name_updates_from_genogram(g, &doc_id);
        let n = match &cmd {
            Command::Batch(v) => v.len(),
            _ => 1,
        };
        // Name updates only touch existing actors and the centre, so they apply.
        if n > 0 && work.apply(cmd.clone()).is_ok() {
            steps.push(cmd);
            renamed += n;
        }
    }
    Pulled { command: Command::Batch(steps), renamed, problems }
}

/// Fills `{n}`, `{title}` and `{reason}` in a message template.
pub fn fill(template: &str, n: usize, title: &str, reason: &str) -> String {
    template.replace("{n}", &n.to_string()).replace("{title}", title).replace("{reason}", reason)
}

fn shown_title<'a>(t: &'a Texts, title: &'a str) -> &'a str {
    if title.trim().is_empty() {
        t.untitled_genogram
    } else {
        title.trim()
    }
}

/// The status after "Familie overnemen" from genogram `title`: how many persons were
/// added (none: they were already there), whether the centre was linked, and how many
/// names were brought up to date.
pub fn import_message(lang: Lang, title: &str, import: &GenogramImport) -> String {
    let t = lang.texts();
    let title = shown_title(t, title);
    let template = match import.added {
        0 => t.nw_link_added_none,
        1 => t.nw_link_added_one,
        _ => t.nw_link_added,
    };
    let mut parts = vec![fill(template, import.added, title, "")];
    if import.centre_linked {
        parts.push(t.nw_link_centre_done.to_owned());
    }
    if import.renamed > 0 {
        parts.push(fill(t.nw_link_pulled, import.renamed, title, ""));
    }
    parts.join(" ")
}

/// The status after names were taken over from the genograms.
pub fn pulled_message(lang: Lang, renamed: usize) -> String {
    fill(lang.texts().nw_link_pulled, renamed, "", "")
}

/// The status after a rename on the map was written into genogram `title`.
pub fn pushed_message(lang: Lang, title: &str) -> String {
    let t = lang.texts();
    fill(t.nw_link_pushed, 0, shown_title(t, title), "")
}

/// The status when genogram `title` could not be read; nothing changed.
pub fn read_failed_message(lang: Lang, title: &str, error: &LinkError) -> String {
    let t = lang.texts();
    fill(t.nw_link_read_failed, 0, shown_title(t, title), error.reason(lang))
}

/// The status when a rename could not be written into genogram `title`, which was left
/// as it was.
pub fn write_failed_message(lang: Lang, title: &str, error: &LinkError) -> String {
    let t = lang.texts();
    fill(t.nw_link_write_failed, 0, shown_title(t, title), error.reason(lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::Editor;
    use crate::genogram::edit::family;
    use crate::genogram::model::{Command as G, Gender, Person};
    use crate::netwerkkaart::{Centre, Command as N};
    use crate::storage::{doc_key, MemoryStore};

    /// A stored genogram "Familie De Vries" (Noah, index, and his sister Lina) and a
    /// stored map around Noah with Lina imported, linked to it.
    fn library_with_linked_pair() -> (Library<MemoryStore>, PersonId, PersonId) {
        let mut lib = Library::new(MemoryStore::new());
        let mut ed = Editor::new_genogram("gen", "Familie De Vries", 1);
        let noah = ed.genogram().unwrap().index_person().unwrap();
        let (cmd, lina) = family::add_sibling(ed.genogram().unwrap(), noah, Gender::Female).unwrap();
        ed.apply(cmd, 2).unwrap();
        for (id, given) in [(noah, "Noah"), (lina, "Lina")] {
            let mut p: Person = ed.genogram().unwrap().person(id).unwrap().clone();
            p.given_name = given.into();
            p.family_name = "de Vries".into();
            ed.apply(G::UpdatePerson { id, person: p }, 3).unwrap();
        }
        lib.save(&ed.to_document(), None).unwrap();
        (lib, noah, lina)
    }

    fn linked_map(lib: &Library<MemoryStore>) -> Netwerkkaart {
        let (doc, _) = load_genogram(lib, "gen").unwrap();
        let mut n = Netwerkkaart::new(Centre::person("Noah"));
        n.apply(n.plan_genogram_import(genogram_in(&doc).unwrap(), "gen", Lang::Nl, true).command).unwrap();
        n
    }

    #[test]
    fn choices_are_the_live_genograms() {
        let (mut lib, _, _) = library_with_linked_pair();
        lib.save(&Editor::new_netwerkkaart("map", "Netwerk", "Noah", 1).to_document(), None).unwrap();
        lib.save(&Editor::new_genogram("old", "Oud", 0).to_document(), None).unwrap();
        lib.set_trashed("old", Some(5)).unwrap();
        let choices = genogram_choices(&lib.reconcile());
        assert_eq!(choices, vec![GenogramChoice { id: "gen".into(), title: "Familie De Vries".into() }]);
        assert!(genogram_choices(&Listing::default()).is_empty());
    }

    #[test]
    fn a_rename_on_the_map_is_written_into_the_stored_genogram() {
        let (mut lib, _, lina) = library_with_linked_pair();
        let n = linked_map(&lib);
        assert_eq!(push_renames(&mut lib, "gen", &[(lina, "Lina Bakker".into())], 10), Ok(1));
        let (doc, _) = lib.load("gen").unwrap();
        assert_eq!(genogram_in(&doc).unwrap().person(lina).unwrap().display_name(), "Lina Bakker");
        assert_eq!(doc.modified, 10);
        assert_eq!(lib.reconcile().entries.iter().find(|e| e.id == "gen").unwrap().modified, 10, "the index follows");
        // Pulling now brings the map up to date, as one batch.
        let pulled = pull_names(&lib, &n);
        assert_eq!((pulled.renamed, pulled.problems.len()), (1, 0));
        let mut m = n.clone();
        m.apply(pulled.command).unwrap();
        assert!(m.actors().any(|(_, a)| a.name == "Lina Bakker"));
        assert!(pull_names(&lib, &m).command.is_empty(), "nothing left to pull");
        // Nothing to write: nothing written.
        let before = lib.store().snapshot();
        assert_eq!(push_renames(&mut lib, "gen", &[(lina, "Lina Bakker".into())], 11), Ok(0));
        assert_eq!(lib.store().snapshot(), before);
    }

    #[test]
    fn a_damaged_missing_or_wrong_kind_genogram_is_left_alone_and_reported() {
        let (mut lib, noah, lina) = library_with_linked_pair();
        let n = linked_map(&lib);
        lib.store_mut().set(&doc_key("gen"), "{ not json").unwrap();
        let before = lib.store().snapshot();
        let err = push_renames(&mut lib, "gen", &[(lina, "Lina Bakker".into())], 10).unwrap_err();
        assert!(matches!(err, LinkError::Load(LoadError::Damaged(_))));
        assert_eq!(lib.store().snapshot(), before, "the damaged text is untouched");
        let pulled = pull_names(&lib, &n);
        assert!(pulled.command.is_empty());
        assert_eq!(pulled.problems.len(), 1);
        assert_eq!(pulled.problems[0].title, "Familie De Vries", "named by the index");
        let msg = write_failed_message(Lang::Nl, "Familie De Vries", &err);
        assert!(
            msg.starts_with("De nieuwe naam staat niet in het genogram ‘Familie De Vries’: het is beschadigd"),
            "{msg}"
        );
        assert!(msg.ends_with("Het genogram is gelaten zoals het was."), "{msg}");

        lib.store_mut().remove(&doc_key("gen"));
        assert_eq!(push_renames(&mut lib, "gen", &[(noah, "X".into())], 1), Err(LinkError::Load(LoadError::Missing)));
        let pulled = pull_names(&lib, &n);
        assert!(pulled.command.is_empty() && pulled.problems.is_empty(), "a missing genogram is skipped quietly");

        lib.save(&Editor::new_netwerkkaart("gen", "Kaart", "", 1).to_document(), None).unwrap();
        assert_eq!(push_renames(&mut lib, "gen", &[(noah, "X".into())], 1), Err(LinkError::NotGenogram));
        assert_eq!(pull_names(&lib, &n).problems[0].error, LinkError::NotGenogram);
    }

    #[test]
    fn full_storage_refuses_the_write_and_changes_nothing() {
        let (lib, _, lina) = library_with_linked_pair();
        let used = lib.store().used();
        let mut store = MemoryStore::with_limit(used);
        for (k, v) in lib.store().snapshot() {
            store.set(&k, &v).unwrap();
        }
        let mut full = Library::new(store);
        let before = full.store().snapshot();
        let err =
            push_renames(&mut full, "gen", &[(lina, "Lina met een veel langere achternaam".into())], 10).unwrap_err();
        assert_eq!(err, LinkError::Save(SaveError::Store(StoreError::Quota)));
        assert_eq!(full.store().snapshot(), before);
        assert_eq!(err.reason(Lang::En), "this browser's storage is full");
    }

    #[test]
    fn messages_name_the_genogram_and_the_count() {
        let import =
            |added, centre_linked, renamed| GenogramImport { command: N::Batch(vec![]), added, centre_linked, renamed };
        assert_eq!(
            import_message(Lang::Nl, "Familie De Vries", &import(3, false, 0)),
            "3 personen uit ‘Familie De Vries’ toegevoegd aan familie."
        );
        assert_eq!(
            import_message(Lang::Nl, "F", &import(1, true, 0)),
            "1 persoon uit ‘F’ toegevoegd aan familie. Het midden is gekoppeld aan de cliënt."
        );
        assert_eq!(
            import_message(Lang::En, " ", &import(0, false, 2)),
            "Everyone from ‘New genogram’ was already on the map; nobody added. Names updated from the genogram: 2."
        );
        assert_eq!(pulled_message(Lang::Nl, 2), "Namen bijgewerkt uit het genogram: 2.");
        assert_eq!(pushed_message(Lang::Nl, "F"), "De nieuwe naam staat ook in het genogram ‘F’.");
        let conflict = LinkError::Save(SaveError::Conflict { current: Some(Stamp::of("x")) });
        assert_eq!(read_failed_message(Lang::En, "F", &conflict), "Genogram ‘F’ could not be read: it was changed in another tab at the same moment; try again. Nothing was changed.");
        assert_eq!(
            LinkError::Save(SaveError::Conflict { current: None }).reason(Lang::Nl),
            "het staat niet (meer) in deze browser"
        );
        assert_eq!(fill("{n} {title} {reason}", 4, "a", "b"), "4 a b");
    }
}
