//! Genograms for scene tests, snapshots and demos.

use crate::genogram::model::{
    ChildLink, ChildLinkKind, Command, Condition, ConditionCategory, ConditionStatus, Gender, Genogram, Household,
    ParentRef, PartialDate, Person, PersonId, PersonKind, Relation, RelationKind, Twin, TwinKind, Union,
    UnionEventKind, UnionId, UnionKind,
};

fn date(s: &str) -> PartialDate {
    s.parse().expect("fixture dates are valid")
}

/// A small builder over [`Command`]s that panics on refusal (fixtures are valid).
pub struct Builder {
    /// The genogram built so far.
    pub g: Genogram,
}

impl Builder {
    /// An empty builder.
    pub fn new() -> Self {
        Builder { g: Genogram::new() }
    }

    /// Adds a person.
    pub fn person(&mut self, p: Person) -> PersonId {
        let id = self.g.next_person_id();
        self.g.apply(Command::AddPerson { id, person: p }).expect("fixture person");
        id
    }

    /// Adds a person with a name, gender and birth date, edited by `f`.
    pub fn born(
        &mut self,
        given: &str,
        family: &str,
        gender: Gender,
        birth: &str,
        f: impl FnOnce(&mut Person),
    ) -> PersonId {
        let mut p = Person::new(given, family, gender);
        if !birth.is_empty() {
            p.birth = Some(date(birth));
        }
        f(&mut p);
        self.person(p)
    }

    /// Adds a union.
    pub fn union(&mut self, u: Union) -> UnionId {
        let id = self.g.next_union_id();
        self.g.apply(Command::AddUnion { id, union: u }).expect("fixture union");
        id
    }

    /// Adds a child line.
    pub fn child(&mut self, l: ChildLink) {
        let id = self.g.next_child_link_id();
        self.g.apply(Command::AddChildLink { id, link: l }).expect("fixture child line");
    }

    /// Adds an emotional relation.
    pub fn relation(&mut self, from: PersonId, to: PersonId, kind: RelationKind) {
        let id = self.g.next_relation_id();
        self.g.apply(Command::AddRelation { id, relation: Relation::new(from, to, kind) }).expect("fixture relation");
    }

    /// Adds a household.
    pub fn household(&mut self, label: &str, members: impl IntoIterator<Item = PersonId>) {
        let id = self.g.next_household_id();
        self.g
            .apply(Command::AddHousehold { id, household: Household::new(label, members) })
            .expect("fixture household");
    }
}

impl Default for Builder {
    fn default() -> Self {
        Builder::new()
    }
}

fn cond(category: ConditionCategory, status: ConditionStatus) -> Condition {
    Condition::new(category, status)
}

/// A genogram with every symbol, union and child line style, condition fill and
/// relation kind at least once: the fixture of the scene snapshots.
///
/// Three generations around index person Sam (P8), with three relations; see
/// [`all_relations`] for every relation kind.
pub fn all_kinds() -> Genogram {
    use ConditionCategory as C;
    use ConditionStatus as S;
    let mut b = Builder::new();
    // Generation 0.
    let opa = b.born("Henk", "Jansen", Gender::Male, "1940-03-02", |p| {
        p.death = Some(date("2012-08-01"));
        p.conditions.push(cond(C::Physical, S::Active));
        p.conditions.push(cond(C::Alcohol, S::Active));
    });
    let oma = b.born("Greet", "Jansen-de Boer", Gender::Female, "ca. 1942", |p| {
        p.conditions.push(cond(C::Mental, S::Suspected));
    });
    let other = b.born("Ria", "Smit", Gender::Female, "1945", |p| p.conditions.push(cond(C::Physical, S::InRecovery)));
    // Generation 1.
    let dad = b.born("Kees", "Jansen", Gender::Male, "1965-06-10", |p| {
        p.conditions.push(cond(C::Drugs, S::Suspected));
        p.conditions.push(cond(C::Mental, S::InRecovery));
    });
    let mum = b.born("Anna", "Visser", Gender::Female, "1967-01-20", |p| {
        p.conditions.push(cond(C::Other("autisme".into()), S::Active));
    });
    let aunt =
        b.born("Mieke", "Jansen", Gender::Female, "1969", |p| p.conditions.push(cond(C::Alcohol, S::InRecovery)));
    let half_uncle = b.born("Bas", "Smit", Gender::Male, "1972", |p| p.conditions.push(cond(C::Drugs, S::Active)));
    let stepmum = b.born("Lotte", "Bakker", Gender::Female, "1975-09-09", |_| {});
    // Generation 2.
    let sam = b.born("Sam", "Jansen", Gender::NonBinary, "2005-04-01", |p| {
        p.index = true;
        p.assigned_gender = Some(Gender::Female);
        p.conditions.push(cond(C::Other("ADHD".into()), S::Suspected));
    });
    let t1 = b.born("Tim", "Jansen", Gender::Male, "2008-02-14", |_| {});
    let t2 = b.born("Tom", "Jansen", Gender::Male, "2008-02-14", |_| {});
    let loss = b.person(Person { kind: PersonKind::Miscarriage, birth: Some(date("2003")), ..Person::default() });
    let abort = b.person(Person { kind: PersonKind::Abortion, birth: Some(date("2010")), ..Person::default() });
    let still = b.person(Person {
        kind: PersonKind::Stillbirth,
        gender: Gender::Female,
        birth: Some(date("2012")),
        ..Person::default()
    });
    let adopted = b.born("Yara", "Jansen", Gender::Female, "2009", |_| {});
    let foster = b.born("Dex", "", Gender::Unknown, "", |_| {});
    let baby = b.person(Person { kind: PersonKind::Pregnancy { due: Some(date("2025-03")) }, ..Person::default() });
    let pet = b.person(Person { given_name: "Bello".into(), kind: PersonKind::Pet, ..Person::default() });
    let f1 = b.born("Fien", "Jansen", Gender::Female, "2014", |_| {});
    let f2 = b.born("Floor", "Jansen", Gender::Female, "2014", |_| {});
    let cousin = b.born("Lina", "Smit", Gender::Female, "2000", |_| {});

    let ev = |u: Union, k: UnionEventKind, d: &str| u.with_event(k, Some(date(d)));
    let gp = b.union(ev(
        ev(Union::new(opa, oma, UnionKind::Marriage), UnionEventKind::Start, "1963"),
        UnionEventKind::Widowed,
        "2012",
    ));
    let gp2 = b.union(ev(Union::new(opa, other, UnionKind::Affair), UnionEventKind::Start, "1971"));
    let parents = b.union(ev(
        ev(
            ev(Union::new(dad, mum, UnionKind::Marriage), UnionEventKind::Start, "2002"),
            UnionEventKind::Separation,
            "2010",
        ),
        UnionEventKind::Divorce,
        "2011",
    ));
    let second = b.union(ev(Union::new(dad, stepmum, UnionKind::Cohabiting), UnionEventKind::Start, "2013"));
    let aunt_u = b.union(Union::with_unknown_partner(aunt, UnionKind::Brief));
    b.union(ev(Union::new(half_uncle, stepmum, UnionKind::Engaged), UnionEventKind::Start, "1999"));
    b.union(ev(
        ev(
            ev(Union::new(mum, adopted, UnionKind::RegisteredPartnership), UnionEventKind::Start, "2030"),
            UnionEventKind::Annulment,
            "2031",
        ),
        UnionEventKind::Reconciliation,
        "2032",
    ));
    b.union(Union::new(t1, cousin, UnionKind::Relationship));

    let kid = |u: UnionId, c: PersonId| ChildLink::of_union(u, c);
    b.child(kid(gp, dad));
    b.child(kid(gp, aunt));
    b.child(kid(gp2, half_uncle));
    b.child(kid(parents, loss));
    b.child(kid(parents, sam));
    let ident = Some(Twin { group: 1, kind: TwinKind::Identical });
    b.child(ChildLink { twin: ident, ..kid(parents, t1) });
    b.child(ChildLink { twin: ident, ..kid(parents, t2) });
    b.child(ChildLink::new(ParentRef::Union(parents), adopted, ChildLinkKind::Adopted));
    b.child(kid(parents, abort));
    b.child(kid(second, still));
    b.child(ChildLink::new(ParentRef::Union(second), foster, ChildLinkKind::Foster));
    b.child(kid(second, baby));
    let frat = Some(Twin { group: 2, kind: TwinKind::Fraternal });
    b.child(ChildLink { twin: frat, ..kid(aunt_u, f1) });
    b.child(ChildLink { twin: frat, ..kid(aunt_u, f2) });
    b.child(ChildLink::new(ParentRef::Person(half_uncle), cousin, ChildLinkKind::Biological));

    b.relation(mum, sam, RelationKind::Close);
    b.relation(dad, sam, RelationKind::Discord);
    b.relation(aunt, dad, RelationKind::Cutoff);
    b.household("Huize Jansen", [dad, stepmum, sam, foster, baby, pet]);
    b.g
}

/// One couple-less pair per [`RelationKind`] (man left, woman right), each pair joined
/// by one relation of that kind: a sample sheet of every relation style.
pub fn all_relations() -> Genogram {
    let mut b = Builder::new();
    for (i, &k) in RelationKind::ALL.iter().enumerate() {
        let a = b.born(&format!("A{i}"), "", Gender::Male, "", |_| {});
        let c = b.born(&format!("B{i}"), "", Gender::Female, "", |_| {});
        b.relation(a, c, k);
    }
    b.g
}

/// A family with long Dutch names, dates and ages: two long-named grandparents, three
/// children side by side with long names, a daughter's marriage to a man with a long
/// name and their two children, a son's divorced marriage, and a daughter's child drawn
/// below her alone. The fixture of the label-overlap measures.
pub fn long_names() -> Genogram {
    let mut b = Builder::new();
    let opa = b.born("Johannes Cornelis Wilhelmus", "van der Berg", Gender::Male, "1930-05-12", |p| {
        p.death = Some(date("2001-11-03"));
    });
    let oma = b.born("Johanna Wilhelmina Petronella", "de Vries", Gender::Female, "1932-02-29", |_| {});
    let maria = b.born("Maria Johanna", "van der Berg-de Vries", Gender::Female, "1955-07-01", |_| {});
    let henk = b.born("Hendrikus Bartholomeus", "van der Berg", Gender::Male, "1957-03-15", |_| {});
    let wil = b.born("Wilhelmina Theodora Petronella", "van der Berg", Gender::Female, "1959-12-24", |_| {});
    let alex = b.born("Alexander Maximiliaan", "Vandenbroucke", Gender::Male, "1953-09-09", |_| {});
    let fatima = b.born("Fatima Zahra", "El Amrani-Bouzidi", Gender::Female, "1960-04-04", |_| {});
    let chris = b.born("Christiaan Frederik", "Vandenbroucke", Gender::Male, "1980-01-30", |_| {});
    let anne = b.born("Anne-Marie Elisabeth", "Vandenbroucke", Gender::Female, "1982-06-18", |p| p.index = true);
    let jw = b.born("Jan-Willem Hendrik", "van der Berg", Gender::Male, "1985-08-08", |_| {});

    let ev = |u: Union, k: UnionEventKind, d: &str| u.with_event(k, Some(date(d)));
    let gp = b.union(ev(
        ev(Union::new(opa, oma, UnionKind::Marriage), UnionEventKind::Start, "1954"),
        UnionEventKind::Widowed,
        "2001",
    ));
    let parents = b.union(ev(Union::new(alex, maria, UnionKind::Marriage), UnionEventKind::Start, "1979"));
    b.union(ev(
        ev(Union::new(henk, fatima, UnionKind::Marriage), UnionEventKind::Start, "1984"),
        UnionEventKind::Divorce,
        "1996",
    ));
    for c in [maria, henk, wil] {
        b.child(ChildLink::of_union(gp, c));
    }
    b.child(ChildLink::of_union(parents, chris));
    b.child(ChildLink::of_union(parents, anne));
    b.child(ChildLink::new(ParentRef::Person(wil), jw, ChildLinkKind::Biological));
    b.g
}

/// The sample family (see [`crate::genogram::model::sample_family`]) with emotional
/// relations that a straight line would draw over other persons and texts: grandfather
/// Jan and grandson Noah (across Peter's row and the union texts), the twin Lisa and
/// foster son Kevin (along the children's row), grandmother Marie and Fatima, and Els
/// and Sandra (over Peter's row).
pub fn relations_across() -> Genogram {
    use crate::genogram::model::sample_family;
    let mut b = Builder { g: sample_family() };
    let p = PersonId;
    b.relation(p(0), p(9), RelationKind::Close);
    b.relation(p(5), p(10), RelationKind::Hostile);
    b.relation(p(1), p(8), RelationKind::Distant);
    b.relation(p(3), p(4), RelationKind::Friendship);
    b.relation(p(2), p(5), RelationKind::FocusedOn);
    b.g
}
