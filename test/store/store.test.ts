import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getArticle, listArticles, search } from '../../src/store/articles.js';
import { claimFacets, listClaims } from '../../src/store/claims.js';
import type { Store } from '../../src/store/db.js';
import { getEntity, listEntities } from '../../src/store/entities.js';
import { getSeries, listSeries } from '../../src/store/figures.js';
import { saveArticles } from '../../src/store/save-articles.js';
import { analyze } from '../../src/analyze.js';
import { trailArticles } from '../fixtures/trail/articles.js';
import { fixtureDoc, fixtureRawArticle } from '../helpers/fixture-doc.js';
import { saveDated, storeTrailFixtures } from '../helpers/fixture-store.js';
import { storeTargets } from '../helpers/stores.js';

const KURSK = 'killed+wounded~north-korea~kursk';

describe.each(storeTargets)('store on $name', (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
    await storeTrailFixtures(store);
  });
  afterAll(async () => store?.close());

  it('stores every fixture article once, newest first', async () => {
    const articles = await listArticles(store.db);
    expect(articles.map((a) => [a.outlet, a.published, a.figures])).toEqual([
      ['Seoul Morning Post', '2025-01-14', 1],
      ['Kyiv Ledger', '2025-01-07', 2],
      ['Harbor Wire', '2024-12-27', 1],
      ['Kyiv Ledger', '2024-12-24', 2],
      ['Seoul Morning Post', '2024-12-20', 1],
    ]);
  });

  it('re-ingesting an article updates it instead of duplicating it', async () => {
    const first = trailArticles[0]!;
    const again = await saveArticles(store.db, [{ article: { ...fixtureRawArticle(first), input: 'again.html' }, doc: fixtureDoc(first) }]);
    expect(again[0]!.created).toBe(false);
    const articles = await listArticles(store.db);
    expect(articles).toHaveLength(5);
    expect(articles.find((a) => a.id === again[0]!.id)?.input).toBe('again.html');
    expect(await listClaims(store.db, { articleId: again[0]!.id })).toHaveLength(2);
  });

  it('keys a text without URL by its whitespace-normalised body', async () => {
    const [a] = await saveArticles(store.db, [{ article: { input: 'a.txt', text: 'Nothing  here.\n' }, doc: analyze('Nothing  here.\n') }]);
    const [b] = await saveArticles(store.db, [{ article: { input: 'b.txt', text: 'Nothing here.' }, doc: analyze('Nothing here.') }]);
    expect(b!.id).toBe(a!.id);
    expect(b!.created).toBe(false);
    const [c] = await saveArticles(store.db, [{ article: { input: 'c.txt', text: 'Something here.' }, doc: analyze('Something here.') }]);
    expect(c!.id).not.toBe(a!.id);
  });

  it('rolls back the whole batch when one article fails', async () => {
    const before = (await listArticles(store.db)).length;
    const good = { article: { input: 'good.txt', text: 'A fine article.' }, doc: analyze('A fine article.') };
    const bad = { article: { input: 'bad.txt', text: 'Broken.' }, doc: { ...analyze('Broken.'), claims: [{ id: 'c1', kind: 'indirect', evidence: 'indirect', cue: null, source: null, content: [], unsourced: true, status: [], rule: 'x' }, { id: 'c1', kind: 'indirect', evidence: 'indirect', cue: null, source: null, content: [{ start: 0, end: 3 }], unsourced: true, status: [], rule: 'x' }] } };
    await expect(saveArticles(store.db, [good, bad as never])).rejects.toThrow();
    expect((await listArticles(store.db)).length).toBe(before);
  });

  it('links Zelensky and Zelenskyy across articles as one person', async () => {
    const people = (await listEntities(store.db, { type: 'person' })).filter((e) => /zelensk/i.test(e.name));
    expect(people).toHaveLength(1);
    const zelensky = await getEntity(store.db, people[0]!.id);
    expect(zelensky?.articles).toBe(2);
    expect(zelensky?.name).toBe('Volodymyr Zelenskyy');
    expect(zelensky?.quoted.map((c) => c.published)).toEqual(['2025-01-07', '2024-12-24', '2024-12-24', '2024-12-24']);
  });

  it('keeps organisations with different names apart', async () => {
    const orgs = await listEntities(store.db, { type: 'organization' });
    expect(orgs.map((o) => o.name).sort()).toEqual(['General Staff', 'National Intelligence Service']);
    expect(orgs.find((o) => o.name === 'National Intelligence Service')?.articles).toBe(2);
  });

  it('filters claims by source, outlet, status and date', async () => {
    expect((await listClaims(store.db, { source: 'intelligence' })).map((c) => c.published)).toEqual(['2025-01-14', '2024-12-20', '2024-12-20']);
    expect((await listClaims(store.db, { outlet: 'harbor wire' })).map((c) => c.source)).toEqual(['a U.S. official']);
    expect((await listClaims(store.db, { status: 'preliminary' })).map((c) => c.content)).toEqual([
      'More than 3,000 North Korean soldiers have been killed and wounded in the Kursk region',
    ]);
    expect(await listClaims(store.db, { since: '2025-01-01', until: '2025-01-10' })).toHaveLength(2);
    expect(await listClaims(store.db, { source: '%' })).toHaveLength(0);
    expect(await claimFacets(store.db)).toEqual({
      outlets: ['Harbor Wire', 'Kyiv Ledger', 'Seoul Morning Post'],
      statuses: ['confirmed', 'preliminary'],
    });
  });

  it('finds articles and claims by full-text search with stemming', async () => {
    const hits = await search(store.db, 'estimate triples');
    expect(hits.articles.map((a) => a.published)).toEqual(['2025-01-14']);
    const claimHits = await search(store.db, 'satellite');
    expect(claimHits.claims.map((c) => c.source)).toEqual(['The agency']);
    expect((await search(store.db, 'wounded')).claims.length).toBeGreaterThanOrEqual(4);
    expect(await search(store.db, 'zeppelin')).toEqual({ articles: [], claims: [] });
  });

  it('builds the Kursk series from four outlets in trail order', async () => {
    const series = await getSeries(store.db, KURSK);
    expect(series?.points.map((p) => [p.outlet, p.surface, p.refersTo ?? p.published])).toEqual([
      ['Seoul Morning Post', 'About 1,100', '2024-12-19'],
      ['Kyiv Ledger', 'More than 3,000', '2024-12-23'],
      ['Harbor Wire', 'At least 1,000', '2024-12-27'],
      ['Kyiv Ledger', '3,800', '2025-01-06'],
      ['Seoul Morning Post', 'about 3,000', '2025-01-14'],
    ]);
    expect(series?.points[1]?.sentence).toBe(
      'More than 3,000 North Korean soldiers have been killed and wounded in the Kursk region, President Volodymyr Zelensky said on Monday, citing preliminary data.',
    );
    expect(series?.points[1]?.status).toEqual(['preliminary']);
  });

  it('reads each series by id exactly as the full listing builds it (only its own rows are loaded)', async () => {
    const all = await listSeries(store.db);
    expect(all.length).toBeGreaterThan(0);
    for (const series of all) expect(await getSeries(store.db, series.id)).toEqual(series);
    expect(await getSeries(store.db, 'killed~nobody-here~nowhere')).toBeUndefined();
  });

  it('flags the disagreement and both revisions, nothing else', async () => {
    const series = await getSeries(store.db, KURSK);
    const flags = series!.flags.map((f) => (f.kind === 'disagreement' ? [f.kind, ...f.sources] : [f.kind, f.source, f.direction]));
    expect(flags).toEqual([
      ['disagreement', 'National Intelligence Service', 'Volodymyr Zelenskyy'],
      ['revision', 'Volodymyr Zelenskyy', 'raised'],
      ['revision', 'National Intelligence Service', 'raised'],
    ]);
  });

  it('keeps other measures out of the Kursk series', async () => {
    const all = await listSeries(store.db);
    expect(all.map((s) => [s.id, s.points.length])).toEqual([
      [KURSK, 5],
      ['killed+wounded~russia~anywhere', 1],
      ['troops~anyone~anywhere', 1],
    ]);
    expect((await listSeries(store.db, 'russia')).map((s) => s.id)).toEqual(['killed+wounded~russia~anywhere']);
  });
  it('stores an article with more figures than one INSERT can carry', async () => {
    const numbers = Array.from({ length: 3000 }, (_, i) => String(i + 1));
    const text = numbers.join(' ');
    let at = 0;
    const quantities = numbers.map((n, i) => {
      const start = at;
      at += n.length + 1;
      return {
        id: `q${i}`, start, end: start + n.length, value: i + 1, lower: i + 1, upper: i + 1, lowerInclusive: true, upperInclusive: true,
        bound: 'exact' as const, approximate: false, change: 'level' as const, categories: ['killed'], status: [], rule: 'test/many',
      };
    });
    const [saved] = await saveArticles(store.db, [{ article: { input: 'many.txt', text }, doc: { ...analyze(text), quantities } }]);
    expect((await listArticles(store.db)).find((a) => a.id === saved!.id)?.figures).toBe(3000);
  });
});

describe.each(storeTargets)('figures of articles with no outlet, on $name', (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
  });
  afterAll(async () => store?.close());
  it('takes each such article as its own source: two writers are no revision', async () => {
    const texts = [
      ['2031-03-03', 'Floods killed 40 people in Lume on Monday.'],
      ['2031-03-04', 'Floods killed 52 people in Lume.'],
    ] as const;
    await saveDated(store, 't', texts);
    const [series] = await listSeries(store.db);
    expect(series!.points.map((p) => p.surface)).toEqual(['40', '52']);
    expect(new Set(series!.points.map((p) => p.sourceKey)).size).toBe(2);
    expect(series!.flags.map((f) => f.kind)).not.toContain('revision');
  });

  it('names a source in the trail without the comma that closes its appositive', async () => {
    await saveDated(store, 'o', [['2031-04-07', 'Floods killed 17 people in Ostrel, a doctor, who asked not to be named, said.']] as const);
    const series = (await listSeries(store.db, 'ostrel'))[0];
    expect(series!.points.map((p) => p.source)).toEqual(['a doctor, who asked not to be named']);
  });

  it('takes a source phrase with or without its article as one source, so its changed figure is a revision', async () => {
    const texts = [
      ['2031-04-03', 'Floods killed 12 people in Ardel, the civil defence agency said.'],
      ['2031-04-05', 'Civil defence agency said floods killed 15 people in Ardel.'],
    ] as const;
    await saveDated(store, 'f', texts);
    const series = (await listSeries(store.db, 'ardel'))[0];
    expect(series!.points.map((p) => p.surface)).toEqual(['12', '15']);
    expect(series!.flags.map((f) => (f.kind === 'revision' ? [f.kind, f.direction] : [f.kind]))).toEqual([['revision', 'raised']]);
  });

  it('stores a headline figure once, with the source, place and day its repeat in the body gives', async () => {
    await saveDated(store, 'h', [['2031-05-08', 'Dam burst kills 14, preliminary data show\n\nThe dam burst killed 14 people in Varno on Tuesday, the fire service said.']]);
    const points = (await listSeries(store.db)).flatMap((s) => s.points).filter((p) => p.surface === '14');
    expect(points.map((p) => [p.surface, p.source, p.place, p.refersTo, p.status, p.sentence])).toEqual([['14', 'the fire service', 'Varno', '2031-05-06', ['preliminary'], 'The dam burst killed 14 people in Varno on Tuesday, the fire service said.']]);
  });

  it('dates a count "since" a day by its report, not by the day it counts from', async () => {
    await saveDated(store, 's', [['2031-07-09', 'Nine people have died of fever in Orsk since Friday, the clinic said.']]);
    const points = (await listSeries(store.db, 'orsk')).flatMap((s) => s.points);
    expect(points.map((p) => [p.surface, p.refersTo ?? p.published])).toEqual([['Nine', '2031-07-09']]);
    // also when the day is a part of a month ("since mid-June"), which the date mention leaves out
    await saveDated(store, 'sm', [['2031-07-11', 'More than 300 people have fallen ill in Varsk since mid-June, the clinic said.']]);
    const varsk = (await listSeries(store.db, 'varsk')).flatMap((s) => s.points);
    expect(varsk.map((p) => [p.surface, p.refersTo ?? p.published])).toEqual([['300', '2031-07-11']]);
  });

  it('dates a count since an event by its report, not by the day of the event', async () => {
    await saveDated(store, 'e', [
      ['2031-07-09', 'Since the outbreak began in March 2030, 900 people have died of fever in Velka, the clinic said.'],
      ['2031-07-10', 'Twelve people have died in Velka since the dam burst on Friday, the mayor said.'],
    ]);
    const points = (await listSeries(store.db, 'velka')).flatMap((s) => s.points);
    expect(points.map((p) => [p.surface, p.refersTo ?? p.published]).sort()).toEqual([['900', '2031-07-09'], ['Twelve', '2031-07-10']]);
  });

  it('keeps the losses each side reports of the other apart', async () => {
    const texts = [
      ['2031-08-02', 'Velm said Ostria had lost 1,400 troops near Kaltz since Monday.'],
      ['2031-08-03', 'Ostria said Velm had lost 6,000 troops near Kaltz since Monday.'],
    ] as const;
    await saveDated(store, 'l', texts);
    const series = await listSeries(store.db, 'kaltz');
    expect(series.map((s) => s.points.map((p) => [p.surface, p.subject]))).toEqual([[['1,400', 'troops (Ostria)']], [['6,000', 'troops (Velm)']]]);
    expect(series.flatMap((s) => s.flags)).toEqual([]);
  });

  it('places a figure a news outlet relays on the word of the source it cites', async () => {
    const texts = [
      ['2031-09-02', 'At least 14 people died in Tesk, the Tesk fire service said.'],
      ['2031-09-03', 'At least 19 people died in Tesk, Reuters reported, citing the Tesk fire service.'],
      ['2031-09-03', 'At least 19 people died in Tesk, the mayor said, citing hospital records.'],
    ] as const;
    await saveDated(store, 'r', texts);
    const points = (await listSeries(store.db, 'tesk')).flatMap((s) => s.points);
    expect(points.map((p) => [p.surface, p.source, p.via])).toEqual([['14', 'the Tesk fire service', null], ['19', 'the Tesk fire service', 'Reuters'], ['19', 'the mayor', null]]);
    expect(points[0]!.sourceKey).toBe(points[1]!.sourceKey);
  });

  it('places a figure its own words give to another source ("more than the police figure of") on that source\'s word, relayed', async () => {
    const texts = [
      ['2031-10-11', 'Police said 3,100 people were evacuated in Oskar City.'],
      ['2031-10-12', 'The interior ministry said 3,500 people were evacuated in Oskar City, more than the police figure of 3,100.'],
    ] as const;
    await saveDated(store, 'v', texts);
    const [series] = await listSeries(store.db, 'oskar');
    expect(series!.points.map((p) => [p.surface, p.source, p.via])).toEqual([['3,100', 'Police', null], ['3,500', 'The interior ministry', null], ['3,100', 'police', 'The interior ministry']]);
    // the ministry gave one figure, so it revised none; the police's two figures agree
    expect(series!.flags.filter((f) => f.kind === 'revision')).toEqual([]);
  });

  it('keeps a figure\'s sentence exact after emoji outside the Basic Multilingual Plane', async () => {
    await saveDated(store, 'e', [['2031-09-04', '😀😀😀 Storm warning for Brask.\n\nFloods killed 12 people in Brask, officials said.']]);
    const points = (await listSeries(store.db, 'brask')).flatMap((s) => s.points);
    expect(points.map((p) => p.sentence)).toEqual(['Floods killed 12 people in Brask, officials said.']);
  });

  it('takes the men a side lost for its soldiers', async () => {
    const texts = [
      ['2031-08-02', 'Velm said Ostria had lost 1,400 soldiers near Doran.'],
      ['2031-08-03', 'Velm said Ostria forces near Doran had lost about 1,500 men killed and wounded.'],
    ] as const;
    await saveDated(store, 'm', texts);
    const series = await listSeries(store.db, 'doran');
    expect(series.map((s) => [s.id, s.points.map((p) => p.surface)])).toEqual([['killed+wounded~ostria~doran', ['1,400', '1,500']]]);
  });

  it("follows a candidate's share of the vote across outlets under the surname, with its revision and a rival's claim", async () => {
    const texts = [
      ['2031-10-02', 'President Erik Hale had 52.3% of the vote with 98% of ballots counted, the election commission said.'],
      ['2031-10-06', 'The election commission said Hale won 51.9% of the vote.'],
      ['2031-10-06', 'Ada Voss said Hale had won less than 50% of the vote.'],
    ] as const;
    await saveDated(store, 'v', texts);
    const series = (await listSeries(store.db)).filter((s) => s.categories.includes('votes'));
    expect(series.map((s) => [s.id, s.points.map((p) => p.surface)])).toEqual([['votes~hale~anywhere', ['52.3%', '51.9%', '50%']]]);
    expect(series[0]!.flags.map((f) => f.kind).sort()).toEqual(['disagreement', 'revision']);
  });

  it('takes an outlet named with and without its article ("The Valley Courier", "Valley Courier") as one source of its unattributed figures', async () => {
    const texts = ['Floods in Hesk killed 12 people on Monday.', 'Floods in Hesk killed 15 people on Tuesday.'];
    await saveArticles(store.db, texts.map((text, i) => {
      const published = `2031-07-0${i + 2}`;
      return { article: { input: `courier${i}.txt`, text, published, outlet: i === 0 ? 'The Hesk Courier' : 'Hesk Courier' }, doc: analyze(text, { published }) };
    }));
    const [series] = await listSeries(store.db, 'hesk');
    expect(new Set(series!.points.map((p) => p.sourceKey)).size).toBe(1);
  });

  it('puts a share a candidate claims for herself ("saying she had won") in her series', async () => {
    const texts = [
      ['2031-10-12', 'The Tarm election commission said Mira Koss won 48.2% of the vote.'],
      ['2031-10-13', 'Tarm presidential candidate Mira Koss refused to concede, saying she had won 51% of the vote.'],
    ] as const;
    await saveDated(store, 'k', texts);
    const series = (await listSeries(store.db, 'votes')).filter((s) => s.points.some((p) => /Koss/u.test(p.sentence)));
    expect(series.map((s) => [s.id, s.points.map((p) => p.surface)])).toEqual([['votes~koss~anywhere', ['48.2%', '51%']]]);
  });

  it('keeps a relative source ("who") as the phrase it stands for', async () => {
    await saveDated(store, 'w', [['2031-06-02', 'Floods hit Tessa.\n\nThe storm was tracked by field engineers, who said 30 people died in Tessa.']]);
    const points = (await listSeries(store.db, 'tessa')).flatMap((s) => s.points);
    expect(points.map((p) => [p.surface, p.source])).toEqual([['30', 'field engineers']]);
  });

  it('gathers a crowd count under its police and organisers\' figures, and a subject a later report shortens, also when read by id', async () => {
    const texts = [
      ['2031-11-07', 'Police said about 12,000 people took part in the march in Tarvo. Organisers put the turnout at 60,000.'],
      ['2031-11-08', 'Some 11,000 protesters marched in Tarvo, the city said. Nine prison guards were injured in Tarvo.'],
      ['2031-11-09', 'The ministry said 14 guards were injured in Tarvo.'],
    ] as const;
    await saveDated(store, 'o', texts);
    const series = await listSeries(store.db, 'tarvo');
    expect(series.map((s) => [s.id, s.points.map((p) => p.surface)]).sort()).toEqual([
      ['participants~anyone~tarvo', ['12,000', '60,000', '11,000']],
      ['wounded~guard+prison~tarvo', ['Nine', '14']],
    ]);
    for (const one of series) expect(await getSeries(store.db, one.id)).toEqual(one);
  });
});
