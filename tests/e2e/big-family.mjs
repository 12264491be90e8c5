// The generated "Groot" genogram the benchmarks and the large-family tests load:
// couples with two children each, every person with names, a birth date, a residence
// and a note (the same family as tests/bench/big.rs builds natively).
export function bigGenogram(n, id) {
  const persons = [], unions = [], links = [];
  const person = (pid, gender, year) => ({
    id: pid, given_name: `Voornaam${pid}`, family_name: 'de Vries-Bakker', gender, birth: `${year}-03-15`,
    residence: 'Amersfoort', notes: 'Woont sinds kort zelfstandig; contact met wijkteam loopt goed.', index: pid === 0,
  });
  persons.push(person(0, 'male', 1900));
  const queue = [[0, 1900]];
  while (persons.length < n) {
    const [p, year] = queue.shift();
    const partner = persons.length;
    persons.push(person(partner, 'female', year + 2));
    const union = unions.length;
    unions.push({ id: union, partner_a: p, partner_b: partner, kind: 'marriage' });
    for (const gender of ['male', 'female']) {
      if (persons.length >= n) break;
      const child = persons.length;
      persons.push(person(child, gender, year + 25));
      links.push({ id: links.length, parent: { union }, child, kind: 'biological' });
      queue.push([child, year + 25]);
    }
  }
  return { format: 'kring', version: 1, kind: 'genogram', id, title: `Groot ${id}`, created: 1735689600000, modified: 1735689600000,
    content: { persons, unions, child_links: links, relations: [], households: [] } };
}
