import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/pipeline/find-entities.js';
import { segmentedDoc } from '../helpers/segmented-doc.js';

function entitiesOf(text: string) {
  const doc = segmentedDoc(text);
  return findEntities(doc).map((e) => ({
    type: e.type,
    name: e.name,
    role: e.role,
    mentions: e.mentions.map((m) => `${text.slice(m.start, m.end)}/${m.kind}`),
  }));
}

const find = (text: string, name: string) => entitiesOf(text).find((e) => e.name === name);

describe('findEntities', () => {
  it.each([
    // [text, entity name, type, mention surfaces]
    ['Defence minister Anna Kowalczyk spoke on Monday. Kowalczyk said the talks had failed.', 'Anna Kowalczyk', 'person', ['Defence minister/title', 'Anna Kowalczyk/name', 'Kowalczyk/name']],
    ['Mayor Ivan Petrenko of Sumy met the press. Later Petrenko left.', 'Ivan Petrenko', 'person', ['Mayor/title', 'Ivan Petrenko/name', 'Petrenko/name']],
    ['Maria Kovalenko, the regional governor, said roads were closed.', 'Maria Kovalenko', 'person', ['Maria Kovalenko/name', 'the regional governor/title']],
    ['Residents fled the Zaporizhzhia region after shelling in Orikhiv.', 'Zaporizhzhia', 'place', ['Zaporizhzhia/name']],
    ['Fighting continued near Vuhledar, officials said.', 'Vuhledar', 'place', ['Vuhledar/name']],
    ['A quake struck in eastern Velmistan on Monday.', 'Velmistan', 'place', ['Velmistan/name']],
    ['The Ministry of Health in Moldova published the list.', 'Ministry of Health', 'organization', ['Ministry of Health/name']],
    ['Talks between Germany and the Russian Federation stalled; Russia blamed Berlin.', 'Russia', 'place', ['Russian Federation/name', 'Russia/name']],
    ['The Georgians voted on Saturday.', 'Georgians', 'group', ['Georgians/name']],
    // a title word before an institution word names the institution, not a person called "Staff"
    ['According to the General Staff of the Armed Forces, the attack failed.', 'General Staff of the Armed Forces', 'organization', ['General Staff of the Armed Forces/name']],
    ['General Motors said sales rose.', 'General Motors', 'organization', ['General Motors/name']],
    ['General Ivan Roe said the attack failed.', 'Ivan Roe', 'person', ['General/title', 'Ivan Roe/name']],
    // a hyphenated given name: a lower-case syllable after the hyphen ends it
    ['Lee Seok-min, a lawmaker, said the talks failed.', 'Lee Seok-min', 'person', ['Lee Seok-min/name', 'a lawmaker/title']],
    ['Olena Kovalenko-Roe said the talks failed.', 'Olena Kovalenko-Roe', 'person', ['Olena Kovalenko-Roe/name']],
    // an unknown place before a title says whose office it is; the name follows the title
    ['Velm President Erik Hale won re-election.', 'Erik Hale', 'person', ['Velm President/title', 'Erik Hale/name']],
    // lower-case surname particles stay inside the name
    ['Mayor Anna de Vries said the talks failed.', 'Anna de Vries', 'person', ['Mayor/title', 'Anna de Vries/name']],
    ['Ulla von der Lahn said the talks failed.', 'Ulla von der Lahn', 'person', ['Ulla von der Lahn/name']],
    // monitors, aid groups and agencies whose names have no ministry or office in them
    ['Human Rights Watch said the camp was shelled.', 'Human Rights Watch', 'organization', ['Human Rights Watch/name']],
    ['Amnesty International said the camp was shelled.', 'Amnesty International', 'organization', ['Amnesty International/name']],
    ['Doctors Without Borders said the camp was shelled.', 'Doctors Without Borders', 'organization', ['Doctors Without Borders/name']],
    ['TASS reported that the camp was shelled.', 'TASS', 'organization', ['TASS/name']],
    // "for", "on" and "to" after an institution word go on into its name
    ['The Inspectorate for Emergency Situations said 30 people were hurt.', 'Inspectorate for Emergency Situations', 'organization', ['Inspectorate for Emergency Situations/name']],
    ['The Committee to Protect Journalists said two reporters died.', 'Committee to Protect Journalists', 'organization', ['Committee to Protect Journalists/name']],
    ['A fellow at the Council on Foreign Relations said the talks failed.', 'Council on Foreign Relations', 'organization', ['Council on Foreign Relations/name']],
    ['The Centers for Disease Control said 12 cases were confirmed.', 'Centers for Disease Control', 'organization', ['Centers for Disease Control/name']],
    // "and" inside one body's name, before capitalised words ending in an institution word
    ['According to the Disaster and Emergency Management Authority, 57 died.', 'Disaster and Emergency Management Authority', 'organization', ['Disaster and Emergency Management Authority/name']],
    ['The Department of Health and Human Services said 40 people died.', 'Department of Health and Human Services', 'organization', ['Department of Health and Human Services/name']],
    // a water body's or a mountain's word before or after the name makes it a place, not a person
    ['Five fishermen drowned on Lake Velmara on Sunday.', 'Lake Velmara', 'place', ['Lake Velmara/name']],
    ['Mount Osterkam erupted on Friday.', 'Mount Osterkam', 'place', ['Mount Osterkam/name']],
    ['The Ostrava Dam burst at dawn.', 'Ostrava Dam', 'place', ['Ostrava Dam/name']],
    // ...but not into a place: the institution went there
    ['Roe sent the National Guard to Texas on Monday.', 'National Guard', 'organization', ['National Guard/name']],
  ])('%s → %s', (text, name, type, mentions) => {
    const entity = find(text, name);
    expect(entity?.type).toBe(type);
    expect(entity?.mentions).toEqual(mentions);
  });

  it('takes no organisation from a word that marks one only inside a name', () => {
    expect(entitiesOf('International monitors from the OSCE said the vote was fair.').map((e) => e.name)).toEqual(['OSCE']);
  });

  it('keeps a mention too unsure alone once a later one says what the name is', () => {
    // a headline's first word could be anything; "in Brenno" below makes it a place
    expect(find('Brenno: 12 dead as dam bursts\n\nThe dam broke in Brenno on Friday.', 'Brenno')?.mentions).toEqual(['Brenno/name', 'Brenno/name']);
  });

  it('merges transliterated spellings of one surname', () => {
    const text = 'Olena Shevchenkoo spoke first. Olena Shevchenko spoke again. Shevchenkoi?';
    const people = entitiesOf('Oleh Kovalskyy arrived. Oleh Kovalsky left. Kovalskiy stayed.').filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions).toEqual(['Oleh Kovalskyy/name', 'Oleh Kovalsky/name', 'Kovalskiy/name']);
    expect(entitiesOf(text).filter((e) => e.type === 'person').length).toBeGreaterThan(0);
  });

  it('resolves a definite description to the earlier holder of a kindred title', () => {
    const text = 'Moldovan President Maia Sandu visited the border. According to the head of state, the crossing will reopen. The president also met farmers.';
    const sandu = find(text, 'Maia Sandu');
    expect(sandu?.mentions).toEqual(['Moldovan President/title', 'Maia Sandu/name', 'the head of state/description', 'The president/description']);
  });

  it('keeps a governor and a mayor apart: one office is no kin of the other', () => {
    const text = 'Shelling killed 11 people in Velka, the regional governor said. "It is a terrible day," Mayor Ivan Sydor told reporters.';
    expect(find(text, 'Ivan Sydor')?.mentions).toEqual(['Mayor/title', 'Ivan Sydor/name']);
    const governor = 'Governor Ana Roe toured Velka. The governor said 11 people died.';
    expect(find(governor, 'Ana Roe')?.mentions).toEqual(['Governor/title', 'Ana Roe/name', 'The governor/description']);
  });

  it('splits a title with an "of" complement from the name that follows it and keeps the institution', () => {
    const text = 'He met Chief of the General Staff of the Army of Ruritania Petar Novak in the capital.';
    expect(find(text, 'Petar Novak')?.role).toBe('Chief of the General Staff of the Army of Ruritania');
    expect(find(text, 'General Staff of the Army of Ruritania')?.type).toBe('organization');
  });

  it('reads a title glued after a name, as in a pull-quote signature', () => {
    const text = 'We will respond. Maia Sandu President of Moldova\n\nShe left.';
    expect(find(text, 'Maia Sandu')?.mentions).toEqual(['Maia Sandu/name', 'President of Moldova/title']);
  });

  it('unifies two spellings of a place', () => {
    const text = 'Shelling hit Kharkov on Monday. In Kharkiv, officials said four had died.';
    expect(find(text, 'Kharkov')?.mentions).toEqual(['Kharkov/name', 'Kharkiv/name']);
  });

  it('unifies a country with its alias and acronym', () => {
    const text = 'The DPRK fired a missile. North Korea denied it. The United States and the U.S. Navy responded.';
    const korea = find(text, 'North Korea');
    expect(korea?.mentions).toEqual(['DPRK/name', 'North Korea/name']);
  });

  it.each([
    // must NOT produce an entity
    ['On Monday the talks resumed in earnest.', 'Monday'],
    ['Ukrainian officials declined to comment.', 'Ukrainian'],
    ['BREAKING NEWS TODAY: markets fell.', 'BREAKING NEWS TODAY'],
    ['The judge adjourned the hearing.', 'judge'],
    ['Criminal Gangs Taught Me was the title of the film.', 'Criminal Gangs Taught Me'],
  ])('%s has no entity %s', (text, name) => {
    expect(entitiesOf(text).map((e) => e.name)).not.toContain(name);
  });

  it('leaves a description unresolved when nobody holds that title', () => {
    const text = 'Nadia Bondar runs a bakery. The president was not available.';
    expect(find(text, 'Nadia Bondar')?.mentions).toEqual(['Nadia Bondar/name']);
  });

  it('does not join a person and the outlet they write for', () => {
    const names = entitiesOf('Reporter Lena Vogel of Baltic News Network wrote the story.').map((e) => e.name);
    expect(names).toContain('Lena Vogel');
    expect(names).toContain('Baltic News Network');
  });

  it('gives offsets that slice to the mention surface', () => {
    const text = 'Prime Minister Jonas Berg said so.\n\nBerg left.';
    for (const entity of findEntities(segmentedDoc(text))) {
      for (const m of entity.mentions) expect(text.slice(m.start, m.end).trim()).toBe(text.slice(m.start, m.end));
    }
  });
});
