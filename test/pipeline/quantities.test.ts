import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Quantity } from '../../src/model/doc.js';

const PUBLISHED = '2024-12-24';
const figures = (text: string): (Quantity & { text: string })[] =>
  analyze(text, { published: PUBLISHED }).quantities.map((q) => ({ ...q, text: text.slice(q.start, q.end) }));
const one = (text: string) => {
  const found = figures(text);
  expect(found, `${text} → ${found.map((f) => f.text).join(' | ')}`).toHaveLength(1);
  return found[0]!;
};
const at = (text: string, span?: { start: number; end: number }) => (span ? text.slice(span.start, span.end) : undefined);
/** The place, or the subject, of each figure of `text`, as written. */
const placesOf = (text: string) => figures(text).map((f) => at(text, f.place));
const subjectsOf = (text: string) => figures(text).map((f) => at(text, f.subject));

describe('numeral forms', () => {
  it.each([
    ['The fund received 3,000 applications.', '3,000', 3000],
    ['The fund received 3 thousand applications.', '3 thousand', 3000],
    ['The fund received 3k applications.', '3k', 3000],
    ['The fund received three thousand applications.', 'three thousand', 3000],
    ['The fund received 1.2 million applications.', '1.2 million', 1_200_000],
    ['The fund received half a million applications.', 'half a million', 500_000],
    ['The fund received a dozen applications.', 'a dozen', 12],
    ['The fund received two dozen applications.', 'two dozen', 24],
    ['The fund received a half-dozen applications.', 'half-dozen', 6],
    ['The fund received one hundred and twenty-five applications.', 'one hundred and twenty-five', 125],
    ['Her plan costs $75billion a year.', '$75billion', 75e9],
    ['About two-thirds of the members agreed.', 'two-thirds', 2 / 3],
    ['After the debate, half said they were undecided.', 'half', 0.5],
    ['The war has lasted four-and-a-half years.', 'four-and-a-half', 4.5],
  ])('%s', (text, surface, value) => {
    const q = one(text);
    expect(q.text).toBe(surface);
    expect(q.value).toBeCloseTo(value, 6);
  });

  it.each([
    ['Turnout was 40% this time.', '40%', 40, 'percent'],
    ['Turnout was 40 percent this time.', '40 percent', 40, 'percent'],
    ['The city spent $5 million on roads.', '$5 million', 5e6, 'USD'],
    ['The city spent €2.5bn on roads.', '€2.5bn', 2.5e9, 'EUR'],
    ['The candidate leads by 7 points.', '7 points', 7, 'percentage points'],
    ['A 42-year-old man was detained.', '42-year-old', 42, 'years of age'],
    // lengths of time and distance, and a quake's strength, are named but not part of the wording
    ['The girl was pulled out after 15 hours.', '15', 15, 'hour'],
    ['The shells landed 30 km from the border.', '30', 30, 'km'],
    ['A magnitude 6.4 earthquake struck the valley.', '6.4', 6.4, 'magnitude'],
    ['A 6.4-magnitude earthquake struck the valley.', '6.4-magnitude', 6.4, 'magnitude'],
    // so are areas and weights
    ['The blaze has burned 18,000 acres of forest.', '18,000', 18000, 'acre'],
    ['Floods covered 300 square kilometres of farmland.', '300', 300, 'square kilometre'],
    ['The convoy carried 40 tonnes of flour.', '40', 40, 'tonne'],
  ])('%s has a unit', (text, surface, value, unit) => {
    const q = one(text);
    expect([q.text, q.value, q.unit]).toEqual([surface, value, unit]);
  });

  it('gives no category to a length of time or a strength beside a toll', () => {
    const found = figures('After 15 hours, rescuers said a magnitude 6.4 quake had killed 12 people.');
    expect(found.map((f) => [f.value, f.categories])).toEqual([[15, []], [6.4, []], [12, ['killed']]]);
  });

  it('reads "four in 10" as a share', () => {
    const q = one('Nearly four in 10 voters were undecided.');
    expect([q.text, q.value, q.bound, q.approximate, q.unit]).toEqual(['four in 10', 0.4, 'approx', true, 'ratio']);
  });
});

describe('bounds and approximations', () => {
  it.each([
    ['Losses exceeded 3,000 by spring.', 'more_than', 3000, null, false, false, 'exceeded'],
    ['Losses now exceeds 3 thousand.', 'more_than', 3000, null, false, false, 'exceeds'],
    ['More than 3,000 people signed.', 'more_than', 3000, null, false, false, 'More than'],
    ['Over 3,000 people signed.', 'more_than', 3000, null, false, false, 'Over'],
    ['The toll climbed past 3,000 by spring.', 'more_than', 3000, null, false, false, 'climbed past'],
    ['At least 3,000 people signed.', 'at_least', 3000, null, true, false, 'At least'],
    ['The hall holds 300 people or more.', 'at_least', 300, null, true, false, 'or more'],
    ['Up to 3,000 people signed.', 'at_most', null, 3000, false, true, 'Up to'],
    ['No more than 3,000 people signed.', 'at_most', null, 3000, false, true, 'No more than'],
    ['Fewer than 3,000 people signed.', 'less_than', null, 3000, false, false, 'Fewer than'],
    ['Less than 3,000 people signed.', 'less_than', null, 3000, false, false, 'Less than'],
    ['Under 3,000 people signed.', 'less_than', null, 3000, false, false, 'Under'],
  ] as const)('%s', (text, bound, lower, upper, lowerInclusive, upperInclusive, cue) => {
    const q = one(text);
    expect([q.bound, q.lower, q.upper, q.lowerInclusive, q.upperInclusive, q.approximate, at(text, q.cue)]).toEqual([bound, lower, upper, lowerInclusive, upperInclusive, false, cue]);
    expect(q.value).toBe(3000 === (lower ?? upper) ? 3000 : (lower ?? upper));
  });

  it.each([
    ['About 3,000 people signed.', 'About', null],
    ['Around 3,000 people signed.', 'Around', null],
    ['Roughly 3,000 people signed.', 'Roughly', null],
    ['Some 3,000 people signed.', 'Some', null],
    ['An estimated 3,000 people signed.', 'An estimated', null],
    ['Nearly 3,000 people signed.', 'Nearly', 3000],
    ['Almost 3,000 people signed.', 'Almost', 3000],
  ])('%s is approximate', (text, cue, upper) => {
    const q = one(text);
    expect([q.bound, q.approximate, q.value, q.upper, at(text, q.cue)]).toEqual(['approx', true, 3000, upper, cue]);
  });

  it.each([
    ['Between 40 and 50 people signed.', '40 and 50', 40, 50],
    ['Support rose between 40 and 50 percent.', '40 and 50 percent', 40, 50],
    ['The survey found 40-50 people signed.', '40-50', 40, 50],
    ['The survey found 40 to 50 people signed.', '40 to 50', 40, 50],
    ['The project will cost $3 to $5 million.', '$3 to $5 million', 3e6, 5e6],
  ])('%s is a range', (text, surface, lower, upper) => {
    const q = one(text);
    expect([q.text, q.bound, q.value, q.lower, q.upper, q.lowerInclusive, q.upperInclusive]).toEqual([surface, 'range', null, lower, upper, true, true]);
  });

  it.each([
    ['Dozens of people signed.', 'Dozens'],
    ['Hundreds of people signed.', 'Hundreds'],
    ['Tens of thousands of people signed.', 'Tens of thousands'],
    ['Several hundred people signed.', 'Several hundred'],
    ['A few people signed.', 'A few'],
  ])('%s is vague', (text, word) => {
    const q = one(text);
    expect([q.text, q.bound, q.vague, q.value, q.approximate]).toEqual([word, 'vague', word, null, true]);
    expect(q.lower).toBeGreaterThan(0);
  });

  it.each([
    ['He is working his way up to $15 an hour.', 'exact'],
    ['Wages will climb over six years.', 'exact'],
    ['Crowds marched over four nights.', 'exact'],
    ['Flood losses top 3,000.', 'more_than'],
    ['He is among the top 10 players.', 'exact'],
    ['Incomes have been flat for over 10 years.', 'more_than'],
  ])('context decides: %s', (text, bound) => {
    expect(one(text).bound).toBe(bound);
  });
});

describe('change or level', () => {
  it.each([
    ['Sales rose by 40 last year.', 'increase'],
    ['Shares were up 40% on the day.', 'increase'],
    ['Exports fell 12 percent in May.', 'decrease'],
    ['The firm reported a 40% increase in profit.', 'increase'],
    ['Sales reached 40 units.', 'level'],
    // a rate or a short period's count adds to a total; "a day earlier" is a time
    ['The rebels are losing 600 fighters a day.', 'increase'],
    ['The army suffered losses of 2,000 in a week.', 'increase'],
    ['Up to 300 people died a day earlier.', 'level'],
    ['The campaign raised $5 million in May.', 'level'],
    ['There were 3,000 dead.', 'level'],
    // "down" and "up" as particles of a verb
    ['Air defences shot down 41 drones overnight.', 'level'],
    ['Boats picked up 30 survivors.', 'level'],
    ['Unemployment is down 2 points.', 'decrease'],
    // what is added to a count
    ['Divers recovered two more bodies on Saturday.', 'increase'],
    ['A further 12 bodies were found on Tuesday.', 'increase'],
    ['Another 5 people died overnight.', 'increase'],
    ['The army sent 3,000 additional troops.', 'increase'],
    ['The ministry reported 312 new cases.', 'increase'],
    ['Forty or more people were hurt.', 'level'],
    // a count for the period just past adds to a total; an event's toll last week is a level
    ['The army lost more than 1,500 servicemen over the past day.', 'increase'],
    ['An attack last week killed 40 people.', 'level'],
  ])('%s', (text, change) => {
    expect(one(text).change).toBe(change);
  });

  it('reads a count "over the past 24 hours" as added to a total, dated by that period', () => {
    const text = 'Over the past 24 hours, the army lost 1,230 soldiers.';
    const found = figures(text).find((f) => f.text === '1,230')!;
    expect([found.change, at(text, found.time)]).toEqual(['increase', 'Over the past 24 hours']);
  });

  it('keeps "fell 1.3 percent to $191.6 million" as two figures, not a range', () => {
    const found = figures('Revenue fell 1.3 percent to $191.6 million.');
    expect(found.map((f) => [f.text, f.bound, f.change])).toEqual([['1.3 percent', 'exact', 'decrease'], ['$191.6 million', 'exact', 'level']]);
  });
});

describe('numbers that are not figures', () => {
  it.each([
    'The law was passed in 2016 after a long debate.',
    'Call the office at 555-123-4567 for details.',
    'He was one of the first to arrive.',
    'She finished 3rd in the race and he was 21st.',
    'The rule is on page 5 of the report.',
    'See Section 8 for the terms.',
    'The meeting starts at 10:30 p.m. tonight.',
    'The meeting starts at 3 p.m. tonight.',
    'The meeting was held on December 23 in the capital.',
    'No one came to the meeting.',
    'It was the 9/11 attacks that changed everything.',
    'He flew on Air Force One to the summit.',
    'She ran the Route 66 Diner for years.',
    'The COVID-19 rules were lifted.',
    'He signed a one-time deal.',
    'An hour and a half later he spoke again.',
    'A speech in Ohio was followed by one in Iowa.',
    'Half an hour later, the first half ended.',
    'They cut the budget in half.',
  ])('%s', (text) => {
    expect(figures(text).map((f) => f.text)).toEqual([]);
  });

  it('reads a number set off by commas after a name as an age, counting nobody, but not one after a place', () => {
    const ages = (text: string) => figures(text).map((f) => [f.text, f.unit ?? null, f.categories, f.place ? text.slice(f.place.start, f.place.end) : null]);
    expect(ages('Lena Morr, 34, said 12 people had died in Kell.')).toEqual([['34', 'years of age', [], null], ['12', null, ['killed'], 'Kell']]);
    expect(ages('“It was chaos,” said Tomas, 9, whose school was hit.')).toEqual([['9', 'years of age', [], null]]);
    expect(ages('The seats went to Ohio, 18, and Iowa, 6.').map(([, unit]) => unit)).toEqual([null, null]);
  });

  it('reads a range or a bound after an age word as ages, counting nobody', () => {
    const ages = (text: string) => figures(text).map((f) => [f.text, f.unit ?? null, f.categories]);
    expect(ages('The victims ranged in age from 16 to 74.')).toEqual([['16 to 74', 'years of age', []]]);
    expect(ages('Five people aged over 80 died.')).toEqual([['Five', null, ['killed']], ['80', 'years of age', []]]);
    expect(ages('She died at the age of 74.')).toEqual([['74', 'years of age', []]]);
  });
});

describe('headlines in title case', () => {
  it('reads a figure between capitalised words as a figure, not as part of a name', () => {
    expect(figures('Police Say 12 Killed In Market Blast').map((f) => [f.text, f.categories])).toEqual([['12', ['killed']]]);
  });
});

describe('what is counted, where and when', () => {
  it.each([
    ['The strike killed 30 people on Monday.', ['killed']],
    ['Officials said 30 were killed and 50 wounded.', ['killed']],
    ['Police arrested 12 protesters overnight.', ['arrested']],
    ['The storm left 40 people injured.', ['injured']],
    ['About 5,000 troops were deployed to the border.', ['troops']],
    ['The fighting has caused 900 casualties.', ['killed', 'wounded']],
    ['More than 2,000 residents were evacuated.', ['evacuated']],
    ['The company sold 30 cars last week.', []],
    // a month and a phrasal verb are no category words
    ['The company hired 300 workers in March.', []],
    ['The firm wound up 40 contracts.', []],
    // those in hospital on the day, not the injured: they are discharged, so the count falls
    ['Officials said 20 people were hospitalized.', ['hospitalized']],
    ['The minister said 28 people remained in hospital.', ['hospitalized']],
    ['Twenty of the 53 wounded remained hospitalized.', ['wounded']],
    // outages: homes (things) and customers or people alike
    ['The storm left more than 1.2 million homes and businesses without power.', ['without-power']],
    ['About 60,000 homes remain without power.', ['without-power']],
    ['Strikes on the grid left 1.5 million people in the dark.', ['without-power']],
    ['More than 2,000 people are still in shelters.', ['displaced']],
    // a verb before and the homes after say it together; evacuated people stay evacuated
    ['The fire forced 180,000 people from their homes.', ['displaced']],
    ['The floods drove some 40,000 residents out of their homes.', ['displaced']],
    ['Crews evacuated 2,000 people from their homes.', ['evacuated']],
    // an aside about the counted does not cut them from their verb
    ['The agency said 2.3 million people, nearly the entire population, had been displaced.', ['displaced']],
    ['About 300 people, the ministry said, were evacuated.', ['evacuated']],
    ['More than 300 homes had flooded in England.', ['flooded']],
    // people are not flooded: a crowd that floods the streets took part
    ['Some 3,000 people flooded the streets.', ['participants']],
    // a verb of its own after "and" says what was done to something else
    ['The quake destroyed 40 houses and damaged schools.', ['destroyed']],
    ['The shelling killed three soldiers and wounded civilians.', ['killed']],
    ['Twelve people were killed and injured.', ['injured', 'killed']],
    ['Gunmen slaughtered 12 villagers.', ['killed']],
    // headlines speak in the present
    ['Mudslides kill 9 in hill villages', ['killed']],
    ['Eleven die as minibus leaves mountain road', ['killed']],
    ['Gas blast injures 14 at market', ['injured']],
    ['Police arrest 60 after stadium clashes', ['arrested']],
    ['Crews evacuate 800 from riverside homes', ['evacuated']],
    ['Fighting forces 9,000 to flee border villages', ['displaced']],
    ['About 8,000 people marched through the capital on Saturday.', ['protesters']],
    ['Up to 10,000 took to the streets of the capital.', ['protesters']],
    // what happened to things, which is all a count of things takes
    ['At least 30 homes were destroyed.', ['destroyed']],
    ['Forces destroyed three HIMARS launchers.', ['destroyed']],
    ['Air defence shot down 45 drones overnight.', ['destroyed']],
    // "occupiers" a side lost are its soldiers, killed and wounded
    ['Over the past day, the enemy lost 1,230 occupiers.', ['killed', 'wounded']],
    ['Shelling damaged 40 buildings in the town.', ['damaged']],
    ['Floods injured people across ten provinces.', []],
    // the size of a crowd, whatever gathered it
    ['About 8,000 people took part in the rally.', ['participants']],
    ['Organisers put the turnout at 90,000.', ['participants']],
    ['A crowd of 3,000 attended the funeral.', ['participants']],
    ['The march drew about 12,000 people.', ['participants']],
    // a strike's, which a union and an employer count differently
    ['The union said about 9,000 nurses had walked out.', ['participants']],
    ['More than 30,000 teachers went on strike on Monday.', ['participants']],
    ['About 200 striking workers were arrested.', ['arrested']],
    ['Police said 12 people were taken into custody.', ['detained']],
    // those rescuers know where to find, counted as they reach them; under rubble, with no word of where, they are missing
    ['Rescuers were trying to reach 27 miners trapped underground.', ['trapped']],
    ['Twelve people were trapped under the rubble.', ['missing']],
    // what happened to them wins, and protesters are who they were
    ['Police detained 40 of the 3,000 participants.', ['detained']],
    // a share of the vote, said only by the words after it
    ['Hale had 52.3% of the vote with 98% of ballots counted.', ['votes']],
    // the first word of who is counted wins: soldiers who march are troops
    ['Some 2,000 soldiers marched in the parade.', ['troops']],
    // an outbreak counts the people who caught it
    ['More than 300 suspected cases of measles were recorded.', ['cases']],
    ['At least 70 guests fell ill after the wedding.', ['cases']],
  ])('%s', (text, categories) => {
    expect(figures(text)[0]!.categories).toEqual(categories);
  });

  it('reads soldiers an army lost as its casualties, and soldiers it sent as troops', () => {
    expect(figures('The army lost more than 1,500 servicemen over the past day.').map((f) => f.categories)).toEqual([['killed', 'wounded']]);
    expect(figures('The army deployed 1,500 troops.').map((f) => f.categories)).toEqual([['troops']]);
    expect(figures('The company lost 300 workers.').map((f) => f.categories)).toEqual([[]]);
  });

  it('reads no category in a clause of its own after a speaker\'s aside ("…, officials said, as the search for the missing went on")', () => {
    expect(figures('The number of dead has risen to 78, the coast guard said, as the search for the missing went on.').map((f) => [f.text, f.categories])).toEqual([['78', ['killed']]]);
    expect(figures('The toll has risen to 78, officials said, as a search for hundreds of missing people continued.').map((f) => [f.text, f.categories])).toEqual([['78', ['killed']], ['hundreds', ['missing']]]);
    // nor the words of the next figure after the aside
    expect(figures('The death toll has reached 58, the ministry said, with 2,870 cases recorded.').map((f) => [f.text, f.categories])).toEqual([['58', ['killed']], ['2,870', ['cases']]]);
  });

  it('gives no category across a subordinate clause: what the ferry carried did not die', () => {
    expect(figures('At least 14 people died when a ferry carrying 120 passengers capsized.').map((f) => [f.text, f.categories])).toEqual([['14', ['killed']], ['120', []]]);
  });

  it('reads what a count is of from the head of its subject, past a clause inside it', () => {
    expect(figures('The number of people killed when a bus left the road near Kell has risen to 19.').map((f) => [f.text, f.categories])).toEqual([['19', ['killed']]]);
    expect(figures('The number of those who fell ill after the festival rose to 230.').map((f) => [f.text, f.categories])).toEqual([['230', ['cases']]]);
    expect(figures('The number of tickets sold when the gates opened rose to 4,000.').map((f) => [f.text, f.categories])).toEqual([['4,000', []]]);
  });

  it('marks a figure the sentence gives as the count before as earlier, counting what the current one counts', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories, f.status, at(text, f.time)]);
    expect(row('The death toll rose to 31 on Friday, up from 24 a day earlier.')).toEqual([['31', ['killed'], [], 'on Friday'], ['24', ['killed'], ['earlier'], undefined]]);
    expect(row('The death toll stood at 35, down from an earlier estimate of 40.')).toEqual([['35', ['killed'], [], undefined], ['40', ['killed'], ['earlier', 'estimated'], undefined]]);
    expect(row('About 900,000 customers were without power, down from a peak of 1.4 million.')).toEqual([['900,000', ['without-power'], [], undefined], ['1.4 million', ['without-power'], ['earlier'], undefined]]);
    // the earlier value counts whom the current one counts
    expect(subjectsOf('About 900,000 customers were without power, down from a peak of 1.4 million.')).toEqual(['customers', 'customers']);
    expect(row('Officials raised the number of dead from 24 to 31.')).toEqual([['24', ['killed'], ['earlier'], undefined], ['31', ['killed'], [], undefined]]);
    expect(row('The toll climbed to 31 from 24.')).toEqual([['31', ['killed'], [], undefined], ['24', ['killed'], ['earlier'], undefined]]);
    expect(row('The agency had earlier put the death toll at 24.')).toEqual([['24', ['killed'], ['earlier'], undefined]]);
    // an opening adverb and a past perfect of stating, with the speaker between
    expect(row('Earlier it had said 9 guards were injured.')).toEqual([['9', ['injured'], ['earlier'], undefined]]);
    expect(row('Previously, the regional health office had reported 9 injured guards.')).toEqual([['9', ['injured'], ['earlier'], undefined]]);
    // what happened earlier is no earlier count of it
    expect(row('Earlier in the day, police had detained 9 people.')).toEqual([['9', ['detained'], [], 'the day']]);
    expect(row('The toll was 24 on Thursday.')).toEqual([['24', ['killed'], [], 'on Thursday']]);
    expect(row('From 20 to 30 people were killed.')).toEqual([['20 to 30', ['killed'], [], undefined]]);
    // a revision the sentence reports: the figure revised counts what the new one counts
    expect(row('Thirty people were arrested, the ministry said, revising an earlier figure of 23.')).toEqual([['Thirty', ['arrested'], [], undefined], ['23', ['arrested'], ['earlier'], undefined]]);
    // another vote's figure set beside this one is no earlier value of it
    expect(row('Turnout was 67.4%, up from 61% in the first round.')).toEqual([['67.4%', ['participants'], [], undefined], ['61%', [], [], undefined]]);
    expect(row('Turnout was 67.4%, up from 61% a day earlier.')).toEqual([['67.4%', ['participants'], [], undefined], ['61%', ['participants'], ['earlier'], undefined]]);
    expect(row('The union said 90,000 people had taken part, raising its estimate from 60,000.')).toEqual([['90,000', ['participants'], [], undefined], ['60,000', ['participants'], ['earlier', 'estimated'], undefined]]);
  });

  it('reads the land a fire burned in its unit of area, and nothing else of an area', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories, at(text, f.subject)]);
    expect(row('The wildfire has burned more than 8,000 acres and destroyed 40 homes.')).toEqual([['8,000', ['burned'], 'acres'], ['40', ['destroyed'], 'homes']]);
    expect(row('The fire doubled in size overnight to 17,500 acres.')).toEqual([['17,500', ['burned'], 'acres']]);
    expect(row('About 3,000 hectares of forest burned near Kell.')).toEqual([['3,000', ['burned'], 'hectares']]);
    // an area no fire is said of measures nothing; what grows but is no area is not burned
    expect(row('The farm covers 300 acres.')).toEqual([['300', [], 'acres']]);
    expect(row('The crowd grew to 5,000.')).toEqual([['5,000', ['participants'], undefined]]);
  });

  it('reads whose figure a figure is from its own words ("the police figure of"), whoever relays it', () => {
    const sources = (text: string) => figures(text).map((f) => at(text, f.source));
    expect(sources('The ministry said 35,000 had marched, more than the police figure of 31,000.')).toEqual([undefined, 'police']);
    expect(sources("Velm's estimate of 3,800 was disputed.")).toEqual(['Velm']);
    expect(sources("The organisers' own estimate was 90,000.")).toEqual(['organisers']);
    expect(sources("The interior ministry's figure of 45,000 stood.")).toEqual(['interior ministry']);
    // what is counted, when, or what kind of figure it is, says nothing of whose
    expect(sources('The casualty figure of 3,000 rose.')).toEqual([undefined]);
    expect(sources('The March figure was 300.')).toEqual([undefined]);
    expect(sources('By the latest official figure of 30, it fell.')).toEqual([undefined]);
    expect(sources('Its estimate was 30.')).toEqual([undefined]);
    // a known count ("the 44") and who gave it, after it
    expect(sources('Its teams recorded 70 deaths, far more than the 44 reported by the Velm health ministry.')).toEqual([undefined, 'Velm health ministry']);
    expect(sources('The toll is higher than the 12 confirmed by local police officials.')).toEqual(['local police officials']);
    expect(sources('Its teams recorded 70 deaths, more than 44 reported by others.')).toEqual([undefined, undefined]);
  });

  it('reads "the number", "the figure" or "its estimate" as another value of the count just before', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories, at(text, f.subject)]);
    expect(row('Organisers said 90,000 people took part. Police put the number at 31,000.')).toEqual([['90,000', ['participants'], 'people'], ['31,000', ['participants'], 'people']]);
    // a wire gives each sentence a paragraph of its own
    expect(row('Organisers said 90,000 people took part.\n\nPolice put the number at 31,000.')).toEqual([['90,000', ['participants'], 'people'], ['31,000', ['participants'], 'people']]);
    expect(row('The ministry said 35,000 marchers took part, more than the police figure of 31,000 given on Sunday.')).toEqual([['35,000', ['protesters'], 'marchers'], ['31,000', ['protesters'], 'marchers']]);
    // with no count before it, or with its own noun, it counts nothing it does not say
    expect(row('Police put the number at 31,000.')).toEqual([['31,000', [], undefined]]);
    // a comparison with "the" number: the count it is set against
    expect(row('Its teams recorded 70 cholera deaths, far more than the 44 reported by officials.')).toEqual([['70', ['killed'], 'cholera deaths'], ['44', ['killed'], 'cholera deaths']]);
    expect(row('Organisers said 90,000 people took part. Police put the number of cars at 31,000.')).toEqual([['90,000', ['participants'], 'people'], ['31,000', [], 'cars']]);
  });

  it('reads a list of losses: each item\'s label says what is counted, and a signed figure in brackets is the day\'s change', () => {
    const text = 'The losses of the enemy from 24.02.22 amounted to: personnel — about 98,000 (+640) people, tanks — 3,300 (+9), drones — 2,400 (+25).';
    expect(figures(text).map((f) => [f.text, f.change, f.categories, f.subject ? text.slice(f.subject.start, f.subject.end) : null])).toEqual([
      ['98,000', 'level', ['killed', 'wounded'], 'personnel'],
      // the day's change counts whom its total counts
      ['640', 'increase', ['killed', 'wounded'], 'personnel'],
      // the equipment a side lost is destroyed
      ['3,300', 'level', ['destroyed'], 'tanks'],
      ['9', 'increase', ['destroyed'], 'tanks'],
      ['2,400', 'level', ['destroyed'], 'drones'],
      ['25', 'increase', ['destroyed'], 'drones'],
    ]);
  });

  it('lets a part of a figure that names what it counts keep it, and counts nobody by a rate', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories]);
    expect(row('Suspected cases rose to 900, including 21 deaths.')).toEqual([['900', ['cases']], ['21', ['killed']]]);
    expect(row('The case fatality rate of 3% is high.')).toEqual([['3%', []]]);
    expect(row('Models give a 35% chance that deaths exceed 1,000.')).toEqual([['35%', []], ['1,000', ['killed']]]);
    expect(row('More than 600 people have fallen ill.')).toEqual([['600', ['cases']]]);
    // ...or a relative clause right after it does
    expect(row('Crews rescued 900 people, including 300 who were taken to hospital.')).toEqual([['900', ['rescued']], ['300', ['hospitalized']]]);
  });

  it('reads what a count counts past a measure between them', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories]);
    expect(row("The death toll from Sunday's magnitude 6.1 quake in Velm has risen to 58.")).toEqual([['6.1', []], ['58', ['killed']]]);
  });

  it('gives an item of a list of counts what the item before it counts', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories]);
    // those who remain are the rest of the count before
    expect(row('Gunmen freed 4 hostages; 31 remain in the camp.')).toEqual([['4', ['captured']], ['31', ['captured']]]);
    expect(row('More than 900 soldiers remain in enemy captivity.')).toEqual([['900', ['captured']]]);
    expect(row('The strike killed 5 soldiers, 3 civilians and 2 children.')).toEqual([['5', ['killed']], ['3', ['killed']], ['2', ['killed']]]);
    expect(row('Forces destroyed 7 tanks and 12 armoured vehicles.')).toEqual([['7', ['destroyed']], ['12', ['destroyed']]]);
    // a list of nobody in particular stays so
    expect(row('The bus carried 40 people and 3 crew.')).toEqual([['40', []], ['3', []]]);
    // a count's breakdown after the noun that says what it counts is a part of it
    expect(figures('The four survivors, three men and a boy, were brought ashore.').map((f) => [f.text, f.categories, f.status])).toEqual([['four', ['rescued'], []], ['three', ['rescued'], ['part']]]);
    // an item that counts something else of its own is another count, not a breakdown
    expect(figures('The blast left 14 dead and 30 injured.').map((f) => [f.text, f.categories, f.status])).toEqual([['14', ['killed'], []], ['30', ['injured'], []]]);
  });

  it('reads what is counted past an aside about the counted, and from the subject of a change before the count', () => {
    const categories = (text: string) => figures(text).map((f) => [f.text, f.categories]);
    expect(categories('At least seven people, among them a nurse, died in the blast.')).toEqual([['seven', ['killed']]]);
    expect(categories('Some 40 workers, most of them contractors, were evacuated.')).toEqual([['40', ['evacuated']]]);
    // past the aside, the rest of the sentence only: the next sentence counts others
    expect(categories('The death toll rose to 19, including three children, the mayor said.\n\nMore than 60 people were injured.')).toEqual([['19', ['killed']], ['three', ['killed']], ['60', ['injured']]]);
    expect(categories('The number of confirmed cases rose by 312 to 4,870.')).toEqual([['312', ['cases']], ['4,870', ['cases']]]);
    expect(categories('Officials confirmed 312 new cases, bringing the total to 4,870.')).toEqual([['312', ['cases']], ['4,870', ['cases']]]);
    expect(categories('Between 40 and 50 migrants are feared drowned.')).toEqual([['40 and 50', ['killed']]]);
    // a defence ministry's word for the enemy dead; jobs are not people
    expect(categories('More than 70 enemy fighters were eliminated, the ministry said.')).toEqual([['70', ['killed']]]);
    expect(categories('The firm eliminated 300 jobs.')).toEqual([['300', []]]);
    // the personnel a side lost are its soldiers, killed and wounded; a hospital's are staff
    expect(categories('Over the past day, the enemy lost 1,340 personnel, the general staff said.')).toEqual([['1,340', ['killed', 'wounded']]]);
    expect(categories('The hospital has 300 personnel.')).toEqual([['300', []]]);
  });

  it('marks a figure a correction note takes back as retracted, and no other', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.status]);
    expect(row('A fire at the depot killed 14 people.\n\nCorrection: An earlier version of this article said 15 people had died.')).toEqual([['14', []], ['15', ['retracted']]]);
    expect(row('This story has been corrected. A previous version misstated the number of dead as 15.')).toEqual([['15', ['retracted']]]);
    expect(row('A draft of the report seen by Reuters said 15 people had died.')).toEqual([['15', []]]);
  });

  it('takes no verb of change the tagger reads as a noun for the counted ("the number of dead rose to 21")', () => {
    expect(figures('In Kell, the number of dead rose to 21.').map((f) => [f.text, f.subject])).toEqual([['21', undefined]]);
  });

  it('takes no event for the subject of its toll ("the toll of the ferry disaster")', () => {
    expect(figures('The death toll of the ferry disaster rose to 21.').map((f) => [f.text, f.subject])).toEqual([['21', undefined]]);
  });

  it('gives no category to an age', () => {
    expect(one('The dead 3-year-old boy was found on a beach.').categories).toEqual([]);
  });

  it('reads a number glued before a measure word as a measure that counts nothing', () => {
    const found = figures('A shell hit a nine-storey block after a 12-day lull, wounding 64.');
    expect(found.map((f) => [f.text, f.unit, f.categories])).toEqual([['nine-storey', 'storey', []], ['12-day', 'day', []], ['64', undefined, ['wounded']]]);
  });

  it('gives a part of a figure ("including 13 children", "six of them") the categories of the whole', () => {
    expect(figures('Officials said 73 people were wounded, including 13 children.').map((f) => [f.text, f.categories])).toEqual([['73', ['wounded']], ['13', ['wounded']]]);
    expect(figures('Twelve people were killed, six of them children.').map((f) => [f.text, f.categories])).toEqual([['Twelve', ['killed']], ['six', ['killed']]]);
    // ...unless its own words say what it counts: of the shot, both dead and hurt, some died
    expect(figures('Ten people were shot, three of them fatally.').map((f) => [f.text, f.categories])).toEqual([['Ten', ['killed', 'wounded']], ['three', ['killed']]]);
  });

  it('gives the first items of a list what the verb after the last says of them', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories]);
    expect(row('Five soldiers, three medics and two children were killed in the strike.')).toEqual([['Five', ['killed']], ['three', ['killed']], ['two', ['killed']]]);
    expect(row('Four shop owners and two engineers were in custody.')).toEqual([['Four', ['detained']], ['two', ['detained']]]);
    // not across a verb of their own, nor into a part of the count
    expect(row('About 4,000 people took part and 37 were detained.')).toEqual([['4,000', ['participants']], ['37', ['detained']]]);
    expect(row('Some 200 soldiers, 40 of whom were wounded, and 30 civilians were evacuated.').map(([t, c]) => [t, c])[0]).toEqual(['200', ['troops']]);
  });

  it('marks a part with no noun of its own as a part, which the trail cannot tell from the whole', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories, f.status]);
    expect(row('The blast killed 40 people, including 12 who were asleep.')).toEqual([['40', ['killed'], []], ['12', ['killed'], ['part']]]);
    // its own words may say again what the whole counts: still a part of it
    expect(row('At least 16 people have died, including three who died of carbon monoxide poisoning.')).toEqual([['16', ['killed'], []], ['three', ['killed'], ['part']]]);
    // but not when they count something else ("including 300 who were taken to hospital")
    expect(row('Crews rescued 900 people, including 300 who were taken to hospital.')).toEqual([['900', ['rescued'], []], ['300', ['hospitalized'], []]]);
    // a part that names whom it counts has a series of its own
    expect(row('The blast killed 40 people, including 12 children.')).toEqual([['40', ['killed'], []], ['12', ['killed'], []]]);
  });

  it('reads what a line of a table of figures counts from its label', () => {
    expect(figures('Killed: 46 (of them 6 children)\nInjured: 80\nMissing: 11').map((f) => [f.text, f.categories])).toEqual([['46', ['killed']], ['6', ['killed']], ['80', ['injured']], ['11', ['missing']]]);
    expect(figures('Dead: 7\nInjured: at least 45\nEvacuated: about 1,200').map((f) => [f.text, f.categories])).toEqual([['7', ['killed']], ['45', ['injured']], ['1,200', ['evacuated']]]);
    expect(figures('Note: 40 people applied.').map((f) => f.categories)).toEqual([[]]);
  });

  it('reads a toll as the dead unless it says whose', () => {
    expect(figures('Lume strike toll climbs past 40').map((f) => [f.text, f.categories])).toEqual([['40', ['killed']]]);
    expect(figures('The injury toll rose to 50.').map((f) => [f.text, f.categories])).toEqual([['50', ['injured']]]);
    expect(figures('The toll of the wounded reached 30.').map((f) => [f.text, f.categories])).toEqual([['30', ['wounded']]]);
  });

  it('counts losses as the killed and wounded, but a price is no count', () => {
    expect(one('The army suffered losses of 400 soldiers.').categories).toEqual(['killed', 'wounded']);
    expect(one('Crude reversed earlier losses and rose 46 cents.')).toMatchObject({ unit: 'cents', categories: [] });
  });

  it('gives a figure the category of its own verb, not of the next figure\'s ("and injuring")', () => {
    expect(figures('The quake struck, killing at least 1,200 people and injuring more than 5,000.').map((f) => [f.text, f.categories])).toEqual([['1,200', ['killed']], ['5,000', ['injured']]]);
  });

  it('gives a count of things no people category, only what happens to things', () => {
    expect(figures('Officials said 9,300 people had been injured across ten provinces.').map((f) => [f.text, f.categories])).toEqual([['9,300', ['injured']], ['ten', []]]);
    expect(figures('Air defences destroyed 45 drones, killing 2 people.').map((f) => [f.text, f.categories])).toEqual([['45', ['destroyed']], ['2', ['killed']]]);
  });

  it('reads a multiplier as counting nothing', () => {
    expect(figures('The toll could be eight times higher.').map((f) => [f.text, f.unit, f.categories])).toEqual([['eight times', 'times', []]]);
  });

  it('dates a figure by a day that owns a noun without the preposition before it', () => {
    expect(at('Floods in Monday\'s storm killed 40 people.', one('Floods in Monday\'s storm killed 40 people.').time)).toBe('Monday');
  });

  it('counts people hurt as injured', () => {
    expect(one('He said 143 police officers had been hurt since Thursday.').categories).toEqual(['injured']);
  });

  it('reads no category from an adverbial clause after the figure: what happened next is someone else\'s', () => {
    expect(figures('The attacker shot dead six people and wounded 11 others before he was killed by guards.').map((f) => [f.text, f.categories])).toEqual([['six', ['killed']], ['11', ['wounded']]]);
    expect(figures('Nine people who were injured in the crash went home.').map((f) => [f.text, f.categories])).toEqual([['Nine', ['injured']]]);
  });

  it('dates a live blog\'s entry by the date heading above it', () => {
    const text = 'Floods in Kell: live\n\nMonday, 23 December\n\n09:40 Rescuers say 12 people have died.\n\nTuesday, 24 December\n\n10:15 The toll has risen to 21, rescuers say. It rose to 19 on Monday night, officials said.';
    expect(figures(text).map((f) => [f.text, at(text, f.time)])).toEqual([['12', 'Monday, 23 December'], ['21', 'Tuesday, 24 December'], ['19', 'on Monday']]);
  });

  it('dates a toll by its report, not by the day of the event it is the toll of', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, at(text, f.time)]);
    expect(row('The number of people killed in the quake that struck Velm on Saturday has climbed to 130.')).toEqual([['130', undefined]]);
    expect(row('The quake that struck Velm on Saturday killed 130 people.')).toEqual([['130', 'on Saturday']]);
    expect(row('Officials on Monday put the death toll in Sunday\'s landslide at 31.')).toEqual([['31', 'on Monday']]);
    expect(row('Sunday\'s landslide killed 31 people.')).toEqual([['31', 'Sunday']]);
    // a date in a clause of the event after the toll dates the event
    expect(row('Police arrested the owner of the tower, where 112 people died when it collapsed on Monday.')).toEqual([['112', undefined]]);
    // so does a day that owns the event after the toll
    expect(row('Thirty people were arrested during Sunday\'s march, the ministry said.')).toEqual([['Thirty', undefined]]);
    expect(row('Nine people were killed in Friday\'s blast.')).toEqual([['Nine', undefined]]);
    // and one before it whose event's relative clause holds the toll
    expect(row('Rescuers ended the search after last week\'s shipwreck, in which at least 82 people died.')).toEqual([['82', undefined]]);
    expect(row('Sunday\'s quake, which killed at least 31 people, was felt in Kell.')).toEqual([['31', undefined]]);
    // ...but not a count of people in a state on the day
    expect(row('Police detained 37 people when they raided the camp on Monday.')).toEqual([['37', 'on Monday']]);
  });

  it('marks a part of a count ("five of the wounded") as a part, but not a share of the vote', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories, f.status]);
    expect(row('Doctors said four of the injured were in a serious condition.')).toEqual([['four', ['injured'], ['part']]]);
    expect(row('Nine of the 31 wounded were children.')).toEqual([['Nine', ['wounded'], ['part']], ['31', ['wounded'], []]]);
    expect(row('Roe won 52.3% of the vote.')).toEqual([['52.3%', ['votes'], []]]);
    // those a count leaves out are a part of what was counted before
    expect(row('Officials revised the toll down to 14 after two deaths were found to be unrelated to the storm.')).toEqual([['14', ['killed'], []], ['two', ['killed'], ['part']]]);
    expect(row('Three deaths were not linked to the storm.')).toEqual([['Three', ['killed'], ['part']]]);
    expect(row('Forty people were out on the streets.')).toEqual([['Forty', [], []]]);
  });

  it('keeps what happened to things and what happened to people apart in one sentence', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories]);
    expect(row('The strike destroyed 3 tanks and killed 12 soldiers.')).toEqual([['3', ['destroyed']], ['12', ['killed']]]);
    expect(row('A fire destroyed their house, killing 4 people.')).toEqual([['4', ['killed']]]);
  });

  it('marks those a court or the police acted on afterwards as a part of the count they were in', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories, f.status]);
    expect(row('A court fined 14 people arrested at the march.')).toEqual([['14', ['arrested'], ['part']]]);
    expect(row('Police released about 30 protesters detained on Friday.')).toEqual([['30', ['detained'], ['part']]]);
    // care is how injured counts are reported: those treated are the injured
    expect(row('Hospitals treated 120 people injured in the blast.')).toEqual([['120', ['injured'], []]]);
    expect(row('Police arrested 14 people at the march.')).toEqual([['14', ['arrested'], []]]);
  });

  it('counts nobody as dead or missing whom the clause says is alive', () => {
    expect(figures('Police said one man first reported dead was alive.').map((f) => [f.text, f.categories])).toEqual([['one', []]]);
    expect(figures('Three hikers reported missing were found alive.').map((f) => [f.text, f.categories])).toEqual([['Three', []]]);
    expect(figures('Three hikers were reported missing.').map((f) => [f.text, f.categories])).toEqual([['Three', ['missing']]]);
  });

  it('counts the lives a disaster claimed as killed, with no hedge', () => {
    expect(figures('The landslide claimed the lives of 14 villagers.').map((f) => [f.text, f.categories, f.status])).toEqual([['14', ['killed'], []]]);
    expect(figures('The landslide claimed 14 lives.').map((f) => [f.text, f.categories, f.status])).toEqual([['14', ['killed'], []]]);
    expect(figures('The rebels claimed 14 soldiers had died.').map((f) => [f.text, f.status])).toEqual([['14', ['claimed']]]);
    expect(figures('Medics saved the lives of 14 villagers.').map((f) => [f.text, f.categories])).toEqual([['14', ['rescued']]]);
  });

  it('counts people shot as casualties, and those shot fatally as killed', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories]);
    expect(row('Police said 14 people were shot near the stadium.')).toEqual([['14', ['killed', 'wounded']]]);
    expect(row('Gunmen shot and killed 12 villagers.')).toEqual([['12', ['killed']]]);
    expect(row('The army shot down 45 drones.')).toEqual([['45', ['destroyed']]]);
  });

  it('counts people saved from a disaster as rescued', () => {
    expect(figures('Rescuers pulled 140 survivors from the sea and 12 people were rescued from the roof.').map((f) => [f.text, f.categories])).toEqual([['140', ['rescued']], ['12', ['rescued']]]);
    expect(figures('Crews have so far saved 75 people.').map((f) => [f.text, f.categories])).toEqual([['75', ['rescued']]]);
    expect(figures('Rescuers pulled 150 people out alive.').map((f) => [f.text, f.categories])).toEqual([['150', ['rescued']]]);
    // those who lived through a crash are its survivors
    expect(figures('Of the 90 people on board, only two survived.').map((f) => [f.text, f.categories])).toEqual([['90', []], ['two', ['rescued']]]);
    // jobs are things, whatever happens to them
    expect(figures('The deal saved 300 jobs at the mill.').map((f) => [f.text, f.categories])).toEqual([['300', []]]);
  });

  it('counts people whose fate is unknown as missing', () => {
    expect(one('The fate of about 30 more residents remains unknown.').categories).toEqual(['missing']);
  });

  it('gives each of two figures its own category', () => {
    const found = figures('Officials said 30 were killed and 50 wounded.');
    expect(found.map((f) => [f.text, f.categories])).toEqual([['30', ['killed']], ['50', ['wounded']]]);
  });

  it('gives each figure of a sentence the markers of its own clause, and those of no figure\'s clause to all', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.status]);
    expect(row('The toll could exceed 40, officials said, after divers found 5 more bodies, bringing the number of confirmed dead to 14.')).toEqual([['40', ['possible']], ['5', ['confirmed']], ['14', ['confirmed']]]);
    expect(row('Its forces killed 50 soldiers and destroyed 12 tanks, the ministry claimed.')).toEqual([['50', ['claimed']], ['12', ['claimed']]]);
    expect(row('At least 41 migrants are feared to have drowned.')).toEqual([['41', ['feared']]]);
    // ...but not those of a concessive clause that sets another count against them
    expect(row('At least 1,000 people have been killed, though the true toll is likely much higher.')).toEqual([['1,000', []]]);
    expect(row('At least 40 people were killed, officials said, though the figure could not be independently verified.')).toEqual([['40', ['unverified']]]);
    // a quotation of several sentences: a marker anywhere in the claim's content is the figure's
    expect(row('"The figures are preliminary. We are still counting. Some 40 people were killed," the governor said.')).toEqual([['40', ['preliminary']]]);
    // bodies found are deaths confirmed
    expect(row('Divers recovered the bodies of 9 people on Thursday.')).toEqual([['9', ['confirmed']]]);
    expect(row('Twelve bodies were pulled from the rubble.')).toEqual([['Twelve', ['confirmed']]]);
  });

  it('places a figure "off" a name, on "the island of" a name, at sea, or where a named disaster struck', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, at(text, f.place)]);
    // a name before a disaster is where it struck; a day is not
    expect(row('The death toll from the Ostra earthquake rose to 40.')).toEqual([['40', 'Ostra']]);
    expect(row("The toll from Saturday's shooting rose to 5.")).toEqual([['5', undefined]]);
    expect(row('Nine migrants drowned off the Greek island of Velmos.')).toEqual([['Nine', 'Velmos']]);
    expect(row('The boat sank off Velmos with 45 people on board.')).toEqual([['45', 'Velmos']]);
    expect(row('More than 900 migrants have died in the central Mediterranean this year.')).toEqual([['900', 'central Mediterranean']]);
  });

  it('reads what a count counts past an "or" aside, and counts people trapped under rubble as missing', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories]);
    expect(row('Some 1.2 million people, or about 60% of the population, have been displaced.')[0]).toEqual(['1.2 million', ['displaced']]);
    expect(row('About 800 people remain trapped under rubble.')).toEqual([['800', ['missing']]]);
  });

  it('reads what a count counts from its own relative clause, not from the noun the clause is of', () => {
    expect(figures('She was the only survivor of the crash that killed 60 people.').map((f) => [f.text, f.categories])).toEqual([['60', ['killed']]]);
  });

  it('keeps where the counted were ("on board", "on the ground") in who is counted, and gives a part the whole\'s', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, at(text, f.subject)]);
    expect(row('The jet hit a hostel, killing 24 people on the ground.')).toEqual([['24', 'people on the ground']]);
    expect(row('Officials said 41 of the 45 people on board were killed.')).toEqual([['41', 'people on board'], ['45', 'people on board']]);
  });

  it('reads "N of the M people on board were killed" as N killed out of M aboard, not as a part of a toll', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, f.categories, f.status.includes('part')]);
    expect(row('The ferry sank, and 41 of the 45 people on board were killed.')).toEqual([['41', ['killed'], false], ['45', [], false]]);
    expect(row('The ferry sank, killing 41 of the 45 people on board.')).toEqual([['41', ['killed'], false], ['45', [], false]]);
    expect(row('Forty of the passengers drowned.')).toEqual([['Forty', ['killed'], false]]);
    // a whole whose own noun says what it counts makes a part
    expect(row('Nine of the 31 wounded were children.')).toEqual([['Nine', ['wounded'], true], ['31', ['wounded'], false]]);
  });

  it('places a figure in a place a part of it is named of ("the outskirts of Velmar")', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, at(text, f.place)]);
    expect(row('Shelling in the outskirts of Velmar killed 2 people.')).toEqual([['2', 'Velmar']]);
    expect(row('The toll from the strike on the centre of Velmar rose to 32.')).toEqual([['32', 'Velmar']]);
    expect(row('In the centre of the storm, 5 people died.')).toEqual([['5', undefined]]);
  });

  it('places a headline\'s figures in the place opening its label', () => {
    const row = (text: string) => figures(text).map((f) => [f.text, at(text, f.place)]);
    expect(row('Velm floods: 57 dead')).toEqual([['57', 'Velm']]);
    expect(row('Kharkiv strike: 12 killed, 40 wounded')).toEqual([['12', 'Kharkiv'], ['40', 'Kharkiv']]);
    // an event any party may cause names a place only if the name is a known place
    expect(row('Velmor crash: 150 dead')).toEqual([['150', undefined]]);
    // a country before an attack is usually who struck
    expect(row('Israel strike kills 12')).toEqual([['12', undefined]]);
  });

  it('reads subject, place and time of a lower bound with a hedge', () => {
    const text = 'According to preliminary estimates, the number of killed and wounded Russian soldiers in Kharkiv has already exceeded 2,000 people as of Monday.';
    const q = one(text);
    expect([q.lower, q.bound, q.categories, at(text, q.subject), at(text, q.place), at(text, q.time), q.status]).toEqual([
      2000, 'more_than', ['killed', 'wounded'], 'Russian soldiers', 'Kharkiv', 'as of Monday', ['estimated', 'preliminary'],
    ]);
  });

  it.each([
    ['Revenue at Chicago\'s eight casinos rose this year.', 'eight', 'Chicago', 'this year'],
    ['The storm killed 12 people in the Kherson region on Monday.', '12', 'the Kherson region', 'on Monday'],
    ['On Friday, at least nine people were killed in Munich.', 'nine', 'Munich', 'On Friday'],
    // a settlement named after "of" is the place; a region's "of" names what holds it
    ['At least 80 people were killed in the Riviera city of Nice on Thursday.', '80', 'Nice', 'on Thursday'],
    ['Shelling killed 12 people in the Kursk region of Russia.', '12', 'the Kursk region of Russia', undefined],
    ['Voters in the Pennsylvania primary chose 40 delegates.', '40', 'Pennsylvania', undefined],
    ['Sales reached 40 units, compared with the same period in 2014.', '40', undefined, undefined],
    ['Profit rose 12 percent in the quarter.', '12 percent', undefined, 'in the quarter'],
    // a place opening the sentence, its preposition capitalised
    ['In Kell, the number of dead rose to 21.', '21', 'Kell', undefined],
    // two places named together: the toll is of both, not of the first
    ['Floods killed 12 people in Kell and Ostra.', '12', 'Kell and Ostra', undefined],
    ['Floods killed 12 people in Kell and Prime Minister Ana Holm flew in.', '12', 'Kell', undefined],
    ['The fund has 40 staff, and in 2019 it moved to Berlin.', '40', undefined, undefined],
    // a compass part is read with the place; a place an event struck is the toll's place
    ['Shelling killed 12 people in eastern Ukraine on Monday.', '12', 'eastern Ukraine', 'on Monday'],
    ['Strikes killed 30 people in north-western Syria.', '30', 'north-western Syria', undefined],
    ['A storm hit Manila overnight, killing eight people.', 'eight', 'Manila', undefined],
    ['An earthquake struck eastern Turkey, killing at least 20 people.', '20', 'eastern Turkey', undefined],
    ['On Tuesday, a 25-year-old man spoke in Berlin.', '25-year-old', undefined, undefined],
    // the day of the event a count is of is not the day of the count
    ["The death toll from Saturday's shooting rose to 9.", '9', undefined, undefined],
    ["The number of people killed in Monday's blast has reached 35.", '35', undefined, undefined],
    // where it was said is not where it happened; the source's own place may be
    ['An aid official told reporters in Vienna that 4,000 people had fled.', '4,000', undefined, undefined],
    ['The minister said in Kell that 12 people were killed in Ostra.', '12', 'Ostra', undefined],
    ['Officials in Kell said 12 people died.', '12', 'Kell', undefined],
    // an attack's target is the place (a name no entity type claims); the content's place beats the source's
    ['Officials said 35 civilians were killed in the attack on Ostra.', '35', 'Ostra', undefined],
    ['The UN mission in Ukraine said 35 civilians were killed in the strike on Ostra.', '35', 'Ostra', undefined],
  ])('place and time of %s', (text, surface, place, time) => {
    const q = one(text);
    expect([q.text, at(text, q.place), at(text, q.time)]).toEqual([surface, place, time]);
  });

  it.each([
    ['Some 300 local farmers joined the protest.', 'local farmers'],
    ['About 40% of likely voters back the plan.', 'likely voters'],
    ['The city has eight remaining casinos.', 'remaining casinos'],
    ['The fund spent $300 on lunch.', undefined],
    ['A summit of 27 leaders - including the prime minister - met.', 'leaders'],
    // a second plural noun joined by "and" is counted too; another figure's item is not
    ['The storm left 800,000 homes and businesses without power.', 'homes and businesses'],
    ['Five soldiers and a medic were killed.', 'soldiers'],
    // a possessive goes on to the noun it owns
    ["Over 70 per cent of the city's buildings have been damaged.", "city's buildings"],
  ])('subject of %s', (text, subject) => {
    expect(at(text, one(text).subject)).toBe(subject);
  });

  it('reads an item joined by "and" with no noun of its own as counting whom or what the item before counts', () => {
    const text = 'At least 2,000 homes were destroyed and another 5,000 damaged.';
    expect(figures(text).map((f) => [f.text, f.categories, at(text, f.subject)])).toEqual([['2,000', ['destroyed'], 'homes'], ['5,000', ['damaged'], 'homes']]);
    // a capitalised word before the noun is no verb that ends the phrase at "and"
    expect(subjectsOf('The shelling killed three Velm soldiers and wounded five.')).toEqual(['Velm soldiers', 'Velm soldiers']);
  });

  it('places a count with no place of its own where its source is named after, but not by a country or a place alone', () => {
    expect(placesOf('The Gaza health ministry said at least 45 people had been killed in strikes.')).toEqual(['Gaza']);
    expect(placesOf('Kharkiv police said 12 people were injured.')).toEqual(['Kharkiv']);
    expect(placesOf('Kyiv said 40 soldiers were killed.')).toEqual([undefined]);
    // a capital's body stands for its state
    expect(placesOf("Seoul's intelligence agency said 100 soldiers had been killed.")).toEqual([undefined]);
    expect(placesOf('The U.S. State Department said three Americans were killed.')).toEqual([undefined]);
    // a sum counts nobody anywhere
    expect(placesOf('Kharkiv police said the fund lost $40,000.')).toEqual([undefined]);
  });

  it('places a figure joined by "and" to the one before where that one is', () => {
    expect(placesOf('A gunman opened fire at a mall in Brynmawl on Saturday, killing eight people and wounding 14 others.')).toEqual(['Brynmawl', 'Brynmawl']);
    // a place of its own wins
    expect(placesOf('Twelve people died in Kell and 30 in Ostra.')).toEqual(['Kell', 'Ostra']);
  });

  it('places a figure by a name in its own clause before a known place outside it', () => {
    expect(placesOf('More than 300 homes flooded in England, and about 150 people were evacuated in Brynmawl overnight.')).toEqual(['England', 'Brynmawl']);
  });

  it('counts "others" as more of the group named before them', () => {
    expect(subjectsOf('Three Velm soldiers were killed and six others wounded.')).toEqual(['Velm soldiers', 'Velm soldiers']);
    // "people" names no group: "others" stays as written
    expect(subjectsOf('Two people died and 40 others were hurt.')).toEqual(['people', 'others']);
  });

  it('marks the repeated figure as a repeat of the first', () => {
    const found = figures('Officials said 120 Ruritanian soldiers were killed in Kharkiv. "Over 120 Ruritanian soldiers were killed," he said. Later, 120 Ruritanian soldiers were killed.');
    expect(found.map((f) => f.repeats)).toEqual([undefined, undefined, 'q0']);
  });

  it('takes a headline figure and the body figure it sums up as one, but not two places\' figures', () => {
    expect(figures('Dam burst kills 14\n\nThe burst killed 14 people in Varno.').map((f) => f.repeats)).toEqual([undefined, 'q0']);
    expect(figures('Floods killed or injured 14\n\nFloods killed or wounded 14 people in Varno.').map((f) => f.repeats)).toEqual([undefined, 'q0']);
    expect(figures('Floods killed 14 people in Varno. Floods killed 14 people in Ardel.').map((f) => f.repeats)).toEqual([undefined, undefined]);
    // a compass part narrows the headline's place, it names no other
    expect(figures('Quake toll rises to 112 in Orvania\n\nThe death toll in western Orvania has risen to 112.').map((f) => f.repeats)).toEqual([undefined, 'q0']);
    // a headline may name a place the body's sentence names too, not one it does not
    expect(figures('Flood toll rises to 19 in Orsk\n\nThe toll in the Velmora valley rose to 19 after rescuers found more bodies in Orsk.').map((f) => f.repeats)).toEqual([undefined, 'q0']);
    expect(figures('Flood toll rises to 19 in Orsk\n\nThe toll in the Velmora valley rose to 19 on Wednesday.').map((f) => f.repeats)).toEqual([undefined, undefined]);
    // a headline drops the body's "at least" or "about", never the other way, and two body figures keep their bounds apart
    expect(figures('Dam burst kills 14\n\nThe burst killed at least 14 people in Varno.').map((f) => f.repeats)).toEqual([undefined, 'q0']);
    expect(figures('Dam burst kills at least 14\n\nThe burst killed 14 people in Varno.').map((f) => f.repeats)).toEqual([undefined, undefined]);
    expect(figures('The burst killed at least 14 people in Varno. Later the burst was said to have killed 14 people in Varno.').map((f) => f.repeats)).toEqual([undefined, undefined]);
  });
});

describe('whose losses', () => {
  const owners = (text: string) => analyze(text).quantities.map((q) => [text.slice(q.start, q.end), q.owner ? text.slice(q.owner.start, q.owner.end) : null]);
  it('takes the side that lost the figure, past auxiliaries, adverbs and a bound', () => {
    expect(owners('Velm lost 1,230 soldiers over the past day, the general staff said.')).toEqual([['1,230', 'Velm']]);
    expect(owners('The army of Velm has reportedly lost more than 400 servicemen.')).toEqual([['400', 'The army of Velm']]);
    expect(owners('The ministry said the rebel forces had lost up to 90 fighters.')).toEqual([['90', 'the rebel forces']]);
    // a description in commas stands for the name before it
    expect(owners('Velm, the rebel republic, lost 300 soldiers.')).toEqual([['300', 'Velm']]);
  });
  it('takes the side, not the place where it stands ("forces in Kell had lost")', () => {
    const text = 'Velm forces in Kell had lost about 900 men killed and wounded.';
    expect(figures(text).map((f) => at(text, f.owner))).toEqual(['Velm forces']);
    // nor the side it fights for
    expect(owners('Velm troops fighting for Ostria have suffered about 4,000 casualties.')).toEqual([['4,000', 'Velm troops']]);
  });

  it('takes the side that suffered a loss noun, and only a loss noun', () => {
    expect(owners('The rebel army has sustained 1,200 casualties.')).toEqual([['1,200', 'The rebel army']]);
    expect(owners('The city suffered 40 power cuts.')).toEqual([['40', null]]);
  });

  it('takes the owner of a loss noun before the figure', () => {
    expect(owners("Velm's losses exceeded 3,000 soldiers.")).toEqual([['3,000', 'Velm']]);
    expect(owners('Ostrian losses near Kaltz reached 1,200.')).toEqual([['1,200', 'Ostrian']]);
    expect(owners('North Velmish losses have reached 3,800 killed and wounded.')).toEqual([['3,800', 'North Velmish']]);
    expect(owners('The losses of the rebel army amounted to 400.')).toEqual([['400', 'the rebel army']]);
  });
  it('takes the candidate whose share of the vote a figure is', () => {
    expect(owners('Hale had 52.3% of the vote with 98% of ballots counted.')).toEqual([['52.3%', 'Hale'], ['98%', null]]);
    expect(owners('Ada Voss finished with 44.6% of the vote.')).toEqual([['44.6%', 'Ada Voss']]);
    expect(owners('President Erik Hale won re-election with 52.3% of the vote.')).toEqual([['52.3%', 'President Erik Hale']]);
    expect(owners("Ada Voss won Velm's presidential run-off with 50.3% of the vote.")).toEqual([['50.3%', 'Ada Voss']]);
    // a candidate speaking of herself: the pronoun, which the store names
    expect(owners('Ada Voss refused to concede, saying she had won 51% of the vote.')).toEqual([['51%', 'she']]);
  });
  it('reads a share a named candidate took as a share of the vote once the article counts votes', () => {
    expect(owners('Hale had 52.3% of the vote. His challenger, Ada Voss, took 44.1%. Turnout was 61%.')).toEqual([['52.3%', 'Hale'], ['44.1%', 'Ada Voss'], ['61%', null]]);
    expect(analyze('Hale won 52% of the vote. The firm had 12% of the market.').quantities.map((q) => q.categories)).toEqual([['votes'], []]);
    expect(analyze('Ada Voss took 44.1%.').quantities.map((q) => q.categories)).toEqual([[]]);
    // a results box: each line's label holds its share
    expect(owners('Hale won 52.3% of the vote.\n\nResults:\nErik Hale: 52.3%\nAda Voss: 44.1%')).toEqual([['52.3%', 'Hale'], ['52.3%', 'Erik Hale'], ['44.1%', 'Ada Voss']]);
  });
  it('names no side for a pronoun, or where no loss verb governs the figure', () => {
    expect(owners('They lost 300 soldiers.')).toEqual([['300', null]]);
    expect(owners('Velm sent 300 soldiers.')).toEqual([['300', null]]);
  });
});
