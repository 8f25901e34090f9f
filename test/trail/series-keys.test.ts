import { describe, expect, it } from 'vitest';
import { categoryKey, placeKey, subjectKey, sourcePhraseKey } from '../../src/trail/series-keys.js';
import { nameKey } from '../../src/model/name-key.js';

describe('subjectKey', () => {
  it.each([
    ['North Korean soldiers', 'north-korea'],
    ['North Korean troops', 'north-korea'],
    ['DPRK military', 'north-korea'],
    ['the North Korean military personnel', 'north-korea'],
    ['soldiers from North Korea', 'north-korea'],
    ['North Korean occupiers', 'north-korea'],
    ["Democratic People's Republic of Korea forces", 'north-korea'],
    ['Russian soldiers', 'russia'],
    ['civilians', 'civilian'],
    ['Ukrainian civilians', 'civilian+ukraine'],
    // more of the same people: no group of their own
    ['others', ''],
    // those aboard, however named, apart from those on the ground
    ['passengers', 'aboard'],
    ['people on board', 'aboard'],
    ['passengers and crew', 'aboard'],
    ['people on the ground', 'on-the-ground'],
    // an outage's count, by a utility's word or an outlet's
    ['customers', 'customers'],
    ['homes and businesses', 'customers'],
    // translated copy's "citizens", a town's "residents": the same people
    ['citizens', ''],
    ['residents', ''],
    // a crowd's mood is one outlet's view of the same crowd
    ['furious protesters', ''],
    ['angry Velmish farmers', 'farmer+velmish'],
    ['', ''],
  ])('%s → %s', (subject, key) => expect(subjectKey(subject)).toBe(key));

  it.each([
    ['North Korean soldiers', 'Russian soldiers'],
    ['North Korean soldiers', 'South Korean soldiers'],
    ['Ukrainian civilians', 'Ukrainian soldiers'],
    ['civilians', 'children'],
    ['us', 'Americans'],
  ])('keeps %s apart from %s', (a, b) => expect(subjectKey(a)).not.toBe(subjectKey(b)));
});

describe('placeKey', () => {
  it.each([
    ['Kursk', 'kursk'],
    ['the Kursk region', 'kursk'],
    ['Kursk Oblast', 'kursk'],
    ['in the Kursk region of the Russian Federation', 'kursk'],
    ['the Kursk direction', 'kursk'],
    ['Pokrovsk', 'pokrovsk'],
    ["in Russia's Kursk region", 'kursk'],
    // one place, however spelled
    ['Kiev', 'kyiv'],
    ['the Kharkov region', 'kharkiv'],
    ['Zaporozhye', 'zaporizhzhia'],
    ['the Russian Federation', 'russia'],
    ['the U.S.', 'united states'],
    ['Türkiye', 'turkey'],
    [null, ''],
  ])('%s → %s', (place, key) => expect(placeKey(place)).toBe(key));

  it.each([
    ['Kursk', 'Kharkiv region'],
    ['Donetsk Oblast', 'Luhansk Oblast'],
  ])('keeps %s apart from %s', (a, b) => expect(placeKey(a)).not.toBe(placeKey(b)));
});

describe('sourcePhraseKey', () => {
  it('drops a leading article and case, keeps every other word', () => {
    expect(sourcePhraseKey('the Health Department,')).toBe(sourcePhraseKey('Health department'));
    expect(sourcePhraseKey('Russian officials')).not.toBe(sourcePhraseKey('Ukrainian officials'));
  });
});

describe('categoryKey', () => {
  it('ignores order and repeats', () => {
    expect(categoryKey(['wounded', 'killed', 'killed'])).toBe('killed+wounded');
    expect(categoryKey([])).toBe('');
    expect(categoryKey(['killed'])).not.toBe(categoryKey(['killed', 'wounded']));
    // "killed or injured" and "killed or wounded" count the same people
    expect(categoryKey(['injured', 'killed'])).toBe('killed+wounded');
    // the words outlets use for one count: arrested and detained, protesters and those who took part
    expect(categoryKey(['arrested'])).toBe(categoryKey(['detained']));
    expect(categoryKey(['protesters'])).toBe(categoryKey(['participants']));
  });
});

describe('nameKey', () => {
  it.each([
    ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
    ['Oleksandr Syrskyi', 'Oleksandr Syrsky'],
    ['Valerii Zaluzhnyi', 'Valerii Zaluzhny'],
    ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'],
    ["Zelensky's", 'ZELENSKY'],
  ])('%s and %s share a key', (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

  it.each([
    ['Kim Jong Un', 'Kim Yo Jong'],
    ['Volodymyr Zelensky', 'Oleksandr Zelensky'],
    ['Syrskyi', 'Shoigu'],
  ])('%s and %s do not', (a, b) => expect(nameKey(a)).not.toBe(nameKey(b)));
});
