import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import type { Store } from '../../src/store/db.js';
import { listSeries } from '../../src/store/figures.js';
import { up as injuredIsWounded } from '../../src/store/migrations/0002-injured-is-wounded.js';
import { up as placeOwner } from '../../src/store/migrations/0003-place-owner.js';
import { up as bodiesAreAnyone } from '../../src/store/migrations/0004-bodies-are-anyone.js';
import { up as placeSpellings } from '../../src/store/migrations/0007-place-spellings.js';
import { up as measureWords } from '../../src/store/migrations/0008-measure-words.js';
import { up as aboard } from '../../src/store/migrations/0009-aboard.js';
import { up as powerCustomers } from '../../src/store/migrations/0010-power-customers.js';
import { up as moodWords } from '../../src/store/migrations/0011-mood-words.js';
import { saveDated } from '../helpers/fixture-store.js';
import { storeTargets } from '../helpers/stores.js';

describe.each(storeTargets)('migrations on $name', (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
  });
  afterAll(async () => store?.close());

  /** [surface, subject key] of the stored figures with these surfaces (in `place` when given), by surface. */
  const subjectKeys = async (surfaces: readonly string[], place?: string) =>
    (await sql<{ surface: string; subject_key: string }>`SELECT surface, subject_key FROM quantities WHERE surface IN (${sql.join(surfaces)})${place ? sql` AND place_key = ${place}` : sql``} ORDER BY surface`.execute(store.db)).rows.map((r) => [r.surface, r.subject_key]);

  /**
   * Stores `texts`, gives the figure `stale.surface` (in `place` when given) the subject key a store
   * written before the rule would hold, runs `migrate`, and returns subjectKeys before and after.
   */
  const migrateSubjectKey = async (prefix: string, texts: readonly (readonly [string, string])[], stale: { surface: string; key: string }, migrate: (db: Kysely<unknown>) => Promise<void>, surfaces: readonly string[], place?: string) => {
    await saveDated(store, prefix, texts);
    await sql`UPDATE quantities SET subject_key = ${stale.key} WHERE surface = ${stale.surface}${place ? sql` AND place_key = ${place}` : sql``}`.execute(store.db);
    const before = await subjectKeys(surfaces, place);
    await migrate(store.db as unknown as Kysely<unknown>);
    return [before, await subjectKeys(surfaces, place)];
  };

  it('moves figures stored with an "injured" key into the "wounded" series they belong to now', async () => {
    const texts = [
      ['2031-06-01', 'Floods killed or injured 40 people in Lume on Monday.'],
      ['2031-06-03', 'Floods killed or wounded 52 people in Lume.'],
    ] as const;
    await saveDated(store, 'm', texts);
    // as a store written before the rule would hold it
    await sql`UPDATE quantities SET category_key = 'injured+killed' WHERE surface = '40'`.execute(store.db);
    expect((await listSeries(store.db)).map((s) => s.points.length)).toEqual([1, 1]);
    await injuredIsWounded(store.db as unknown as Kysely<unknown>);
    expect((await listSeries(store.db)).map((s) => [s.id, s.points.map((p) => p.surface)])).toEqual([['killed+wounded~anyone~lume', ['40', '52']]]);
  });

  it('moves figures stored with an owner in their place key ("russia\'s kursk") into the place\'s series', async () => {
    const texts = [
      ['2031-07-01', 'Floods killed 30 people in Ruritania\'s Ardel province on Monday.'],
      ['2031-07-03', 'Floods killed 41 people in Ardel.'],
    ] as const;
    await saveDated(store, 'p', texts);
    await sql`UPDATE quantities SET place_key = 'ruritania''s ardel' WHERE surface = '30'`.execute(store.db);
    const ardel = async () => (await listSeries(store.db, 'ardel')).map((s) => [s.placeKey, s.points.map((p) => p.surface)]);
    expect(await ardel()).toEqual([['ardel', ['41']], ["ruritania's ardel", ['30']]]);
    await placeOwner(store.db as unknown as Kysely<unknown>);
    expect(await ardel()).toEqual([['ardel', ['30', '41']]]);
  });

  it('moves figures stored with "bodies" or "victims" in their subject key into the toll\'s series', async () => {
    const texts = [
      ['2031-08-01', 'Floods killed 12 people in Kell on Monday.'],
      ['2031-08-03', 'Rescuers recovered 19 bodies in Kell.'],
    ] as const;
    expect(await migrateSubjectKey('b', texts, { surface: '19', key: 'bodie' }, bodiesAreAnyone, ['12', '19'], 'kell')).toEqual([
      [['12', ''], ['19', 'bodie']],
      [['12', ''], ['19', '']],
    ]);
  });

  it('moves figures stored under another spelling of a place ("kiev", "russian federation") into the place\'s series', async () => {
    const texts = [
      ['2031-09-01', 'A drone strike killed 4 people in Kiev on Monday.'],
      ['2031-09-02', 'The drone strike killed 6 people in Kyiv.'],
    ] as const;
    await saveDated(store, 'k', texts);
    // as a store written before the rule would hold it
    await sql`UPDATE quantities SET place_key = 'kiev' WHERE surface = '4'`.execute(store.db);
    const kyiv = async () => (await sql<{ surface: string; place_key: string }>`SELECT surface, place_key FROM quantities WHERE surface IN ('4', '6') AND category_key = 'killed' AND place_key IN ('kiev', 'kyiv') ORDER BY surface`.execute(store.db)).rows.map((r) => [r.surface, r.place_key]);
    expect(await kyiv()).toEqual([['4', 'kiev'], ['6', 'kyiv']]);
    await placeSpellings(store.db as unknown as Kysely<unknown>);
    expect(await kyiv()).toEqual([['4', 'kyiv'], ['6', 'kyiv']]);
  });

  it('moves figures stored as "arrested", or with "and" in their subject, into the series they belong to now', async () => {
    const texts = [
      ['2031-10-04', 'Police arrested 37 people in Varna on Saturday.'],
      ['2031-10-05', 'Police have detained 52 people in Varna.'],
      ['2031-10-05', 'Floods killed 3 Ruritanian and Borduan hikers near Kell.'],
    ] as const;
    await saveDated(store, 'a', texts);
    // as a store written before the rules would hold it
    await sql`UPDATE quantities SET category_key = 'arrested' WHERE surface = '37'`.execute(store.db);
    await sql`UPDATE quantities SET subject_key = 'and+borduan+hiker+ruritanian' WHERE surface = '3' AND place_key = 'kell'`.execute(store.db);
    const keys = async () => (await sql<{ surface: string; category_key: string; subject_key: string }>`SELECT surface, category_key, subject_key FROM quantities WHERE (surface IN ('37', '52') AND place_key = 'varna') OR (surface = '3' AND place_key = 'kell') ORDER BY surface`.execute(store.db)).rows.map((r) => [r.surface, r.category_key, r.subject_key]);
    expect(await keys()).toEqual([['3', 'killed', 'and+borduan+hiker+ruritanian'], ['37', 'arrested', ''], ['52', 'detained', '']]);
    await measureWords(store.db as unknown as Kysely<unknown>);
    expect(await keys()).toEqual([['3', 'killed', 'borduan+hiker+ruritanian'], ['37', 'detained', ''], ['52', 'detained', '']]);
  });

  it('moves figures stored with "passengers" as no subject into the series of those aboard', async () => {
    const texts = [
      ['2031-11-04', 'The ferry sank off Velmos, killing 41 passengers.'],
      ['2031-11-05', 'The sinking off Velmos killed 44 people on board.'],
    ] as const;
    expect(await migrateSubjectKey('f', texts, { surface: '41', key: '' }, aboard, ['41', '44'], 'velmos')).toEqual([
      [['41', ''], ['44', 'aboard']],
      [['41', 'aboard'], ['44', 'aboard']],
    ]);
  });

  it('moves outage figures stored by "customer" into the series of homes and businesses without power', async () => {
    const texts = [
      ['2031-09-28', 'The storm left 800,000 homes and businesses without power in Oskar County.'],
      ['2031-09-29', 'About 640,000 customers were still without power in Oskar County.'],
    ] as const;
    expect(await migrateSubjectKey('p', texts, { surface: '640,000', key: 'customer' }, powerCustomers, ['800,000', '640,000'])).toEqual([
      [['640,000', 'customer'], ['800,000', 'customers']],
      [['640,000', 'customers'], ['800,000', 'customers']],
    ]);
  });

  it('moves a crowd counted with its mood ("furious marchers") into the series of the crowd', async () => {
    const texts = [
      ['2031-10-11', 'Police said 42,000 marchers took part in the rally in Oskar City.'],
      ['2031-10-12', 'About 90,000 furious marchers took part in the rally in Oskar City, organisers said.'],
    ] as const;
    expect(await migrateSubjectKey('c', texts, { surface: '90,000', key: 'furiou' }, moodWords, ['42,000', '90,000'])).toEqual([
      [['42,000', ''], ['90,000', 'furiou']],
      [['42,000', ''], ['90,000', '']],
    ]);
  });
});
