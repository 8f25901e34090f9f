import { describe, expect, it } from 'vitest';
import { buildSeries } from '../../src/trail/build-series.js';
import { describeInterval, intervalsOverlap, pointInterval } from '../../src/trail/point-interval.js';
import { about, exactly, moreThan, point } from '../helpers/figure-point.js';

describe('pointInterval', () => {
  it.each([
    [moreThan(3000), 'more than 3,000'],
    [about(1100), '990–1,210'],
    [exactly(3800), '3,800'],
    [{ lower: 1000, upper: 1200, bound: 'range', value: null }, '1,000–1,200'],
    [{ lower: null, upper: 50, bound: 'less_than', value: 50, upperInclusive: false }, 'less than 50'],
    // a share keeps its decimals; a count does not
    [exactly(52.3), '52.3'],
    [exactly(3800.4), '3,800'],
  ])('%o is %s', (p, text) => {
    expect(describeInterval(pointInterval(point({ source: 'a', date: '2024-01-01', ...p }))!)).toBe(text);
  });

  it('has no interval for vague or number-less figures', () => {
    expect(pointInterval(point({ source: 'a', date: '2024-01-01', bound: 'vague', vague: 'dozens' } as never))).toBeNull();
    expect(pointInterval(point({ source: 'a', date: '2024-01-01', value: null }))).toBeNull();
  });

  it('treats touching open and closed ends correctly', () => {
    const i = (low: number, high: number, lowInclusive = true, highInclusive = true) => ({ low, high, lowInclusive, highInclusive });
    expect(intervalsOverlap(i(3000, Infinity, false, false), i(0, 3000))).toBe(false);
    expect(intervalsOverlap(i(3000, Infinity, true, false), i(0, 3000))).toBe(true);
    expect(intervalsOverlap(i(1, 2), i(3, 4))).toBe(false);
    expect(intervalsOverlap(i(1, 5), i(3, 4))).toBe(true);
  });
});

describe('buildSeries', () => {
  it('groups compatible subjects and places into one series, others apart', () => {
    const series = buildSeries([
      point({ source: 'A', date: '2024-12-20', subject: 'North Korean troops', place: 'Kursk region', ...about(1100) }),
      point({ source: 'B', date: '2024-12-23', subject: 'DPRK military', place: 'Kursk', ...moreThan(3000) }),
      point({ source: 'B', date: '2024-12-24', subject: 'North Korean troops', place: null, ...moreThan(3000) }),
      point({ source: 'C', date: '2024-12-24', subject: 'Russian soldiers', place: 'Kursk', ...exactly(500) }),
      point({ source: 'C', date: '2024-12-24', categories: ['killed'], ...exactly(300) }),
      point({ source: 'C', date: '2024-12-24', change: 'increase', ...exactly(40) }),
      point({ source: 'C', date: '2024-12-24', categories: [], ...exactly(40) }),
    ]);
    expect(series.map((s) => [s.id, s.points.length])).toEqual([
      ['killed+wounded~north-korea~kursk', 3],
      ['killed+wounded~russia~kursk', 1],
      ['killed~north-korea~kursk', 1],
    ]);
    // The most frequent wording names the series.
    expect(series[0]!.label).toBe('killed and wounded · North Korean troops · Kursk');
  });

  it('keeps an unplaced figure apart when its measure has two places', () => {
    const series = buildSeries([
      point({ source: 'A', date: '2024-12-20', place: 'Kursk', ...exactly(10) }),
      point({ source: 'A', date: '2024-12-20', place: 'Kharkiv', ...exactly(20) }),
      point({ source: 'A', date: '2024-12-20', place: null, ...exactly(30) }),
    ]);
    expect(series.map((s) => s.id).sort()).toEqual([
      'killed+wounded~north-korea~anywhere',
      'killed+wounded~north-korea~kharkiv',
      'killed+wounded~north-korea~kursk',
    ]);
  });

  it('orders by the date referred to, then publication', () => {
    const [s] = buildSeries([
      point({ source: 'A', date: '2025-01-10', refersTo: '2024-12-01', surface: 'third', ...exactly(3) }),
      point({ source: 'A', date: '2024-12-05', surface: 'fourth', ...exactly(3) }),
      point({ source: 'B', date: '2024-12-02', refersTo: '2024-12-01', surface: 'second', ...exactly(3) }),
      point({ source: 'B', date: '2024-11-30', surface: 'first', ...exactly(3) }),
    ]);
    expect(s!.points.map((p) => p.surface)).toEqual(['first', 'second', 'third', 'fourth']);
  });

  it('flags non-overlapping sources in the same week once, not across weeks or within a source', () => {
    const [s] = buildSeries([
      point({ source: 'Ukraine', date: '2024-12-23', ...moreThan(3000) }),
      point({ source: 'Korea', date: '2024-12-19', ...about(1100) }),
      point({ source: 'Korea', date: '2024-12-20', ...about(1100) }),
      point({ source: 'US', date: '2024-12-21', lower: 1000, upper: null, value: 1000, bound: 'at_least' }),
      point({ source: 'Observer', date: '2025-01-20', ...exactly(100) }),
    ]);
    const disagreements = s!.flags.filter((f) => f.kind === 'disagreement');
    expect(disagreements.map((f) => f.sources)).toEqual([['Korea', 'Ukraine']]);
    // killed and wounded is a running total, higher on the later day: it may have grown
    expect(disagreements[0]!.reason).toBe('Korea says "n" (2024-12-19) while Ukraine says "n" (2024-12-23): the figures cannot both hold, unless the count grew between these dates');
  });

  it('flags no running total that the later report says has grown', () => {
    const flags = buildSeries([point({ source: 'A', date: '2025-01-10', ...exactly(25) }), point({ source: 'B', date: '2025-01-12', sentence: 'The toll has risen to 40, officials said.', ...exactly(40) })])[0]!.flags;
    expect(flags).toEqual([]);
    const brought = buildSeries([point({ source: 'A', date: '2025-01-10', ...exactly(14) }), point({ source: 'B', date: '2025-01-12', sentence: 'Divers found two more bodies, bringing the final death toll to 21.', ...exactly(21) })])[0]!.flags;
    expect(brought).toEqual([]);
  });

  it('flags no higher later figure of a running total that another report by then says the count grew to', () => {
    const reasons = (points: Parameters<typeof point>[0][]) => buildSeries(points.map(point))[0]!.flags.map((f) => f.reason);
    const grew = { source: 'Coast guard', date: '2031-04-03', sentence: 'The toll has climbed to 19, the coast guard said.', ...exactly(19) };
    expect(reasons([{ source: 'Officials', date: '2031-04-01', ...exactly(14) }, grew, { source: 'Governor', date: '2031-04-03', ...exactly(19) }])).toEqual([]);
    // a figure beyond what the growth reached is set against the latest figure before it, not against one the growth left behind
    expect(reasons([{ source: 'Officials', date: '2031-04-01', ...exactly(14) }, grew, { source: 'Residents', date: '2031-04-04', ...exactly(25) }])).toEqual([
      'Coast guard says "n" (2031-04-03) while Residents say "n" (2031-04-04): the figures cannot both hold, unless the count grew between these dates',
    ]);
  });

  it('takes a confirmed count of a running total as its floor: a higher feared toll does not contradict it, a lower count does', () => {
    const reasons = (points: Parameters<typeof point>[0][]) => buildSeries(points.map(point))[0]!.flags.map((f) => f.reason);
    const feared = { source: 'Agency', date: '2031-06-10', status: ['feared'], ...exactly(41) };
    const bodies = { source: 'Coast guard', date: '2031-06-11', status: ['confirmed'], ...exactly(9) };
    expect(reasons([feared, bodies])).toEqual([]);
    expect(reasons([bodies, { source: 'Mayor', date: '2031-06-11', ...exactly(6) }])).toHaveLength(1);
    // unconfirmed, the same two figures disagree
    expect(reasons([feared, { ...bodies, status: [] }])).toHaveLength(1);
  });

  it('sets a figure against the latest count of a running total, not against one a later report outgrew', () => {
    const reasons = (points: Parameters<typeof point>[0][]) => buildSeries(points.map(point))[0]!.flags.map((f) => f.reason);
    const monday = { source: 'Governor', date: '2031-05-04', ...exactly(15) };
    const official = { source: 'Coast guard', date: '2031-05-05', ...exactly(21) };
    const rumour = { source: 'Residents', date: '2031-05-05', ...moreThan(40) };
    expect(reasons([monday, official, rumour])).toEqual(['Coast guard says "n" (2031-05-05) while Residents say "n" (2031-05-05): the figures cannot both hold']);
    // a source's own higher figure later the same day outgrows its earlier one
    const morning = { source: 'Coast guard', date: '2031-05-06', ...exactly(27) };
    const evening = { source: 'Coast guard', date: '2031-05-06', ...exactly(29) };
    const critic = { source: 'Opposition', date: '2031-05-06', ...moreThan(29) };
    expect(reasons([morning, evening, critic]).filter((r) => r.includes(' while '))).toEqual(['Coast guard says "n" (2031-05-06) while Opposition says "n" (2031-05-06): the figures cannot both hold']);
    const day = [morning, evening, critic].map(point);
    expect(buildSeries(day)[0]!.flags.find((f) => f.kind === 'disagreement')!.points).toEqual([day[1]!.id, day[2]!.id]);
    // with no other report, the lower earlier figure is still set against the higher later one
    expect(reasons([monday, rumour])).toHaveLength(1);
    // another source's higher figure the same day that says the toll rose is the growth of that day
    const rose = { source: 'Minister', date: '2031-05-06', sentence: 'The death toll rose to 103 on Tuesday evening, the minister said.', ...exactly(103) };
    expect(reasons([{ source: 'Agency', date: '2031-05-06', ...exactly(57) }, rose])).toEqual([]);
    expect(reasons([{ source: 'Agency', date: '2031-05-06', ...exactly(57) }, { ...rose, sentence: 'The death toll is 103, the minister said.' }])).toHaveLength(1);
  });

  it('says a running total may have grown only where it is higher on a later day', () => {
    const reasons = (points: Parameters<typeof point>[0][]) => buildSeries(points.map(point))[0]!.flags.map((f) => f.reason);
    expect(reasons([{ source: 'A', date: '2025-01-10', ...exactly(40) }, { source: 'B', date: '2025-01-12', ...exactly(25) }])).toEqual(['A says "n" (2025-01-10) while B says "n" (2025-01-12): the figures cannot both hold']);
    expect(reasons([{ source: 'A', date: '2025-01-10', ...exactly(25) }, { source: 'B', date: '2025-01-10', ...exactly(40) }])).toEqual(['A says "n" (2025-01-10) while B says "n" (2025-01-10): the figures cannot both hold']);
    expect(reasons([{ source: 'A', date: '2025-01-10', categories: ['troops'], ...exactly(25) }, { source: 'B', date: '2025-01-12', categories: ['troops'], ...exactly(40) }])).toEqual(['A says "n" (2025-01-10) while B says "n" (2025-01-12): the figures cannot both hold']);
  });

  it('places a figure its report gives as earlier before the report\'s current one, and sets it against no one', () => {
    const current = point({ source: 'Coast guard', date: '2031-05-06', ...exactly(29) });
    const earlier = point({ source: 'Coast guard', date: '2031-05-06', status: ['earlier'], ...exactly(27) });
    const critic = point({ source: 'Opposition', date: '2031-05-06', ...exactly(28) });
    const [s] = buildSeries([current, earlier, critic]);
    expect(s!.points.map((p) => p.id)).toEqual([earlier.id, current.id, critic.id]);
    expect(s!.flags.filter((f) => f.kind === 'revision').map((f) => f.reason)).toEqual(['Coast guard raised the figure from "n" (earlier, as reported 2031-05-06) to "n" (2031-05-06)']);
    expect(s!.flags.filter((f) => f.kind === 'disagreement').map((f) => f.points)).toEqual([[current.id, critic.id]]);
    expect(s!.summary).toMatchObject({ low: 28, high: 29 });
  });

  it('places an undated earlier figure before its report\'s own figures, even those dated a day before the report', () => {
    const article = { articleId: 901 };
    // "900,000 customers were without power on Monday evening, down from a peak of 1.4 million" in Tuesday's paper
    const current = point({ source: 'Utility', date: '2031-05-07', refersTo: '2031-05-06', ...article, ...exactly(900_000) });
    const peak = point({ source: 'Utility', date: '2031-05-07', status: ['earlier'], ...article, ...exactly(1_400_000) });
    const [s] = buildSeries([current, peak]);
    expect(s!.points.map((p) => p.id)).toEqual([peak.id, current.id]);
    expect(s!.flags.filter((f) => f.kind === 'revision').map((f) => (f as { direction: string }).direction)).toEqual(['lowered']);
  });

  it('sets no lower later figure against a higher one when a report by then says the count was revised down', () => {
    const reasons = (points: Parameters<typeof point>[0][]) => buildSeries(points.map(point))[0]!.flags.filter((f) => f.kind === 'disagreement').map((f) => f.reason);
    const first = { source: 'Officials', date: '2031-05-06', ...exactly(8) };
    expect(reasons([first, { source: 'Police', date: '2031-05-07', sentence: 'Police revised the toll down to seven.', ...exactly(7) }])).toEqual([]);
    expect(reasons([first, { source: 'Police', date: '2031-05-07', sentence: 'Seven people died, police said.', ...exactly(7) }])).toHaveLength(1);
  });

  it('lines up no part of a count with the count', () => {
    const series = buildSeries([point({ source: 'A', date: '2031-05-06', ...exactly(14) }), point({ source: 'B', date: '2031-05-06', status: ['part'], ...exactly(5) })]);
    expect(series.map((s) => s.points.length)).toEqual([1]);
    expect(series[0]!.flags).toEqual([]);
  });

  it('lines up no figure a correction note took back', () => {
    const series = buildSeries([point({ source: 'A', date: '2031-05-06', ...exactly(14) }), point({ source: 'B', date: '2031-05-06', status: ['retracted'], ...exactly(15) })]);
    expect(series.map((s) => s.points.map((p) => p.upper))).toEqual([[14]]);
    expect(series[0]!.flags).toEqual([]);
  });

  it('sees no revision between two figures of one article for one day, unless it gives the first as the earlier', () => {
    const article = { articleId: 900 };
    const revisions = (points: Parameters<typeof point>[0][]) => buildSeries(points.map(point))[0]!.flags.filter((f) => f.kind === 'revision');
    expect(revisions([{ source: 'A', date: '2031-05-06', ...article, ...exactly(7) }, { source: 'A', date: '2031-05-06', ...article, ...exactly(1) }])).toEqual([]);
    expect(revisions([{ source: 'A', date: '2031-05-06', ...article, ...exactly(7) }, { source: 'A', date: '2031-05-06', ...article, status: ['earlier'], ...exactly(8) }])).toHaveLength(1);
    // a live blog's entries under two days' headings
    expect(revisions([{ source: 'A', date: '2031-05-06', ...article, ...exactly(7) }, { source: 'A', date: '2031-05-06', refersTo: '2031-05-07', ...article, ...exactly(9) }])).toHaveLength(1);
  });

  it('flags a count of the day (the missing) only against another of the same day: people are found, or go missing', () => {
    const reasons = (points: Parameters<typeof point>[0][]) => buildSeries(points.map(point))[0]!.flags.map((f) => f.reason);
    const missing = { categories: ['missing'] };
    expect(reasons([{ source: 'A', date: '2025-01-10', ...missing, ...exactly(40) }, { source: 'B', date: '2025-01-11', ...missing, ...exactly(9) }])).toEqual([]);
    expect(reasons([{ source: 'A', date: '2025-01-10', ...missing, ...exactly(9) }, { source: 'B', date: '2025-01-11', ...missing, ...exactly(40) }])).toEqual([]);
    expect(reasons([{ source: 'A', date: '2025-01-10', ...missing, ...exactly(40) }, { source: 'B', date: '2025-01-10', ...missing, ...exactly(9) }])).toEqual(['A says "n" (2025-01-10) while B says "n" (2025-01-10): the figures cannot both hold']);
  });

  it('flags a source raising or lowering its own figure, not repeating it', () => {
    const [s] = buildSeries([
      point({ source: 'Ukraine', date: '2024-12-23', surface: 'more than 3,000', ...moreThan(3000) }),
      point({ source: 'Ukraine', date: '2024-12-24', surface: 'over 3,000', ...moreThan(3000) }),
      point({ source: 'Ukraine', date: '2025-01-06', surface: '3,800', ...exactly(3800) }),
      point({ source: 'Ukraine', date: '2025-01-20', surface: '3,500', ...exactly(3500) }),
      point({ source: 'Other', date: '2025-01-21', surface: '9,000', ...exactly(9000) }),
    ]);
    const revisions = s!.flags.filter((f) => f.kind === 'revision');
    expect(revisions.map((f) => f.kind === 'revision' && [f.source, f.direction])).toEqual([
      ['Ukraine', 'raised'],
      ['Ukraine', 'lowered'],
    ]);
    expect(revisions[0]!.reason).toBe('Ukraine raised the figure from "over 3,000" (2024-12-24) to "3,800" (2025-01-06)');
  });

  it('sees no revision where a bound is made exact or a figure rounded, only where the number moves', () => {
    const [s] = buildSeries([
      point({ source: 'Governor', date: '2026-03-03', surface: 'at least 40', lower: 40, upper: null, value: 40, bound: 'at_least' }),
      point({ source: 'Governor', date: '2026-03-03', surface: '40', ...exactly(40) }),
      point({ source: 'Governor', date: '2026-03-04', surface: 'about 40', ...about(40) }),
      point({ source: 'Governor', date: '2026-03-05', surface: 'more than 50', ...moreThan(50) }),
      point({ source: 'Governor', date: '2026-03-06', surface: '50 to 60', lower: 50, upper: 60, value: null, bound: 'range' }),
      point({ source: 'Governor', date: '2026-03-07', surface: '50 to 70', lower: 50, upper: 70, value: null, bound: 'range' }),
    ]);
    expect(s!.flags.filter((f) => f.kind === 'revision').map((f) => f.reason)).toEqual([
      'Governor raised the figure from "about 40" (2026-03-04) to "more than 50" (2026-03-05)',
      'Governor raised the figure from "more than 50" (2026-03-05) to "50 to 60" (2026-03-06)',
      'Governor raised the figure from "50 to 60" (2026-03-06) to "50 to 70" (2026-03-07)',
    ]);
  });

  it('summarises the latest week low–high without touching the points', () => {
    const displaced = { categories: ['troops'] };
    const points = [
      point({ source: 'A', date: '2024-12-01', ...displaced, ...exactly(10) }),
      point({ source: 'A', date: '2025-01-10', ...displaced, ...exactly(1000) }),
      point({ source: 'B', date: '2025-01-12', ...displaced, ...moreThan(2000) }),
    ];
    const [s] = buildSeries(points);
    expect(s!.summary).toEqual({ asOf: '2025-01-12', days: 7, low: 1000, high: null, sources: 2 });
    expect(s!.points).toHaveLength(3);
    const [exact] = buildSeries([point({ source: 'A', date: '2025-01-10', ...displaced, ...exactly(1000) }), point({ source: 'B', date: '2025-01-11', ...displaced, ...exactly(1200) })]);
    expect(exact!.summary).toEqual({ asOf: '2025-01-11', days: 7, low: 1000, high: 1200, sources: 2 });
  });

  it('takes no low from a figure that names only a ceiling ("as many as 11")', () => {
    const ceiling = { lower: null, upper: 11, value: 11, bound: 'at_most' };
    const [s] = buildSeries([point({ source: 'A', date: '2025-01-14', ...exactly(7) }), point({ source: 'B', date: '2025-01-14', ...ceiling })]);
    expect(s!.summary).toMatchObject({ low: 7, high: 11 });
    const [alone] = buildSeries([point({ source: 'B', date: '2025-01-14', ...ceiling })]);
    expect(alone!.summary).toMatchObject({ low: 0, high: 11 });
  });

  it('summarises a running total by its latest day: last week\'s toll has been outgrown', () => {
    const [s] = buildSeries([
      point({ source: 'A', date: '2025-01-10', ...exactly(12) }),
      point({ source: 'B', date: '2025-01-14', ...exactly(40) }),
      point({ source: 'C', date: '2025-01-14', ...exactly(44) }),
    ]);
    expect(s!.summary).toEqual({ asOf: '2025-01-14', days: 0, low: 40, high: 44, sources: 2 });
  });

  it('summarises a count of the day (the displaced) by its latest day too', () => {
    const displaced = { categories: ['displaced'] };
    const [s] = buildSeries([point({ source: 'A', date: '2025-01-10', ...displaced, ...exactly(1000) }), point({ source: 'B', date: '2025-01-12', ...displaced, ...exactly(800) })]);
    expect(s!.summary).toEqual({ asOf: '2025-01-12', days: 0, low: 800, high: 800, sources: 1 });
  });

  it('leaves out of the summary an earlier figure its own report replaced ("30 arrested on Sunday, revising an earlier figure of 23")', () => {
    const arrested = { categories: ['arrested'] };
    const report = { articleId: 900, date: '2025-01-14' };
    const [s] = buildSeries([
      point({ source: 'ministry', ...report, refersTo: '2025-01-12', ...arrested, ...exactly(30) }),
      point({ source: 'ministry', ...report, status: ['earlier'], ...arrested, ...exactly(23) }),
    ]);
    expect(s!.summary).toEqual({ asOf: '2025-01-12', days: 0, low: 30, high: 30, sources: 1 });
  });
});

describe('buildSeries with unspecified subjects', () => {
  it('keeps a part of those counted ("children") apart from a toll that names no one', () => {
    const series = buildSeries([
      point({ source: 'A', date: '2025-01-14', subject: 'children', place: null, categories: ['wounded'], ...exactly(15) }),
      point({ source: 'B', date: '2025-01-15', subject: 'people', place: null, categories: ['wounded'], ...exactly(73) }),
    ]);
    expect(series.map((s) => [s.id, s.points.length])).toEqual([['wounded~anyone~anywhere', 1], ['wounded~children~anywhere', 1]]);
  });

  it('joins a count of those held with no subject to the pupils held: a part among a toll\'s dead, they are all of the captives', () => {
    const series = buildSeries([
      point({ source: 'A', date: '2025-03-05', subject: 'pupils', place: null, categories: ['captured'], ...exactly(287) }),
      point({ source: 'B', date: '2025-03-09', subject: null, place: null, categories: ['captured'], ...exactly(259) }),
    ]);
    expect(series.map((s) => [s.id, s.points.length])).toEqual([['captured~pupil~anywhere', 2]]);
  });

  it('joins a generic subject to the only specific one of its measure', () => {
    const series = buildSeries([
      point({ source: 'A', date: '2024-12-20', subject: 'North Korean troops', ...exactly(10) }),
      point({ source: 'B', date: '2024-12-21', subject: 'soldiers', ...exactly(12) }),
      point({ source: 'C', date: '2024-12-22', subject: null, place: null, ...exactly(14) }),
    ]);
    expect(series.map((s) => [s.id, s.points.length])).toEqual([['killed+wounded~north-korea~kursk', 3]]);
  });

  it('keeps a generic subject apart when the measure has two specific subjects', () => {
    const series = buildSeries([
      point({ source: 'A', date: '2024-12-20', subject: 'North Korean troops', ...exactly(10) }),
      point({ source: 'A', date: '2024-12-20', subject: 'Russian troops', ...exactly(500) }),
      point({ source: 'B', date: '2024-12-21', subject: 'soldiers', ...exactly(12) }),
    ]);
    expect(series.map((s) => s.id).sort()).toEqual([
      'killed+wounded~anyone~kursk',
      'killed+wounded~north-korea~kursk',
      'killed+wounded~russia~kursk',
    ]);
  });

  it('joins a subject to the one subject of its measure that holds its words and more, but not across sides', () => {
    const officers = buildSeries([
      point({ source: 'A', date: '2026-03-14', subject: 'police officers', place: null, categories: ['injured'], ...exactly(12) }),
      point({ source: 'B', date: '2026-03-15', subject: 'officers', place: null, categories: ['injured'], ...exactly(15) }),
    ]);
    expect(officers.map((s) => [s.id, s.points.length])).toEqual([['wounded~officer+police~anywhere', 2]]);
    // "prison officers" and "police officers" both hold "officers": which one it is, nothing says
    const two = buildSeries([
      point({ source: 'A', date: '2026-03-14', subject: 'police officers', place: null, categories: ['injured'], ...exactly(12) }),
      point({ source: 'A', date: '2026-03-14', subject: 'prison officers', place: null, categories: ['injured'], ...exactly(3) }),
      point({ source: 'B', date: '2026-03-15', subject: 'officers', place: null, categories: ['injured'], ...exactly(15) }),
    ]);
    expect(two.map((s) => s.id).sort()).toEqual(['wounded~officer+police~anywhere', 'wounded~officer+prison~anywhere', 'wounded~officer~anywhere']);
    // a second people makes another count: "Russian and North Korean soldiers" is not "North Korean soldiers"
    const sides = buildSeries([
      point({ source: 'A', date: '2024-12-20', subject: 'North Korean troops', ...exactly(10) }),
      point({ source: 'B', date: '2024-12-21', subject: 'Russian and North Korean troops', ...exactly(500) }),
      point({ source: 'C', date: '2024-12-21', subject: 'Syrian civilians', ...exactly(4) }),
      point({ source: 'C', date: '2024-12-22', subject: 'Syrian and Turkish civilians', ...exactly(9) }),
    ]);
    expect(sides.map((s) => s.id).sort()).toEqual([
      'killed+wounded~civilian+syrian+turkish~kursk',
      'killed+wounded~civilian+syrian~kursk',
      'killed+wounded~north-korea+russia~kursk',
      'killed+wounded~north-korea~kursk',
    ]);
  });
});

describe('buildSeries with a place named at two levels', () => {
  it('takes a town into the region an article says it lies in, and then the figures with no place', () => {
    const at = (place: string | null, sentence = '') => ({ subject: null, place, sentence });
    const series = buildSeries([
      point({ source: 'A', date: '2031-08-10', ...at('Ostra'), ...exactly(12) }),
      point({ source: 'B', date: '2031-08-10', ...at('Halden province', 'A ferry sank near Ostra in Halden province, killing 12.'), ...exactly(12) }),
      point({ source: 'C', date: '2031-08-11', ...at(null), ...exactly(21) }),
    ]);
    expect(series.map((s) => [s.placeKey, s.points.length])).toEqual([['halden', 3]]);
  });

  it('takes a compass part of a place into the place, and names the series by the place', () => {
    const at = (place: string | null) => ({ subject: null, place, sentence: '' });
    const series = buildSeries([
      point({ source: 'A', date: '2031-08-10', ...at('eastern Velmar'), ...exactly(20) }),
      point({ source: 'A', date: '2031-08-11', ...at('eastern Velmar'), ...exactly(38) }),
      point({ source: 'B', date: '2031-08-11', ...at('Velmar'), ...exactly(38) }),
    ]);
    expect(series.map((s) => [s.placeKey, s.points.length, s.label])).toEqual([['velmar', 3, 'killed and wounded · Velmar']]);
  });

  it('takes a place another place owns ("Peru\'s northern Cajamarca region") into the owner', () => {
    const at = (place: string | null, sentence = '') => ({ subject: null, place, sentence });
    const series = buildSeries([
      point({ source: 'A', date: '2031-08-10', ...at('Peru'), ...exactly(15) }),
      point({ source: 'B', date: '2031-08-10', ...at("Peru's northern Cajamarca region", "Fifteen died in Peru's northern Cajamarca region."), ...exactly(15) }),
    ]);
    expect(series.map((s) => [s.placeKey, s.points.length])).toEqual([['peru', 2]]);
  });

  it('takes a place another owns into it when a report named the owner with a compass word ("eastern Tarsia")', () => {
    const at = (place: string | null, sentence = '') => ({ subject: null, place, sentence });
    const series = buildSeries([
      point({ source: 'A', date: '2031-08-10', ...at('eastern Tarsia', 'The toll in eastern Tarsia rose to 103.'), ...exactly(103) }),
      point({ source: 'B', date: '2031-08-11', ...at("Tarsia's Malvan province", "The toll in Tarsia's Malvan province has climbed to 148."), ...exactly(148) }),
      point({ source: 'C', date: '2031-08-10', ...at(null), ...exactly(57) }),
    ]);
    expect(series.map((s) => [s.placeKey, s.points.length])).toEqual([['eastern tarsia', 3]]);
  });

  it('takes a capital, or a place an article sets beside its country, into the country', () => {
    const at = (place: string | null, sentence = '') => ({ subject: null, place, sentence });
    const series = buildSeries([
      point({ source: 'A', date: '2031-08-10', ...at('Bangladesh'), ...exactly(15) }),
      point({ source: 'B', date: '2031-08-10', ...at('Dhaka'), ...exactly(15) }),
      point({ source: 'C', date: '2031-08-11', ...at('Velmapur', 'A factory collapsed in Velmapur, Bangladesh, killing 21.'), ...exactly(21) }),
    ]);
    expect(series.map((s) => [s.placeKey, s.points.length])).toEqual([['bangladesh', 3]]);
    // two places in a list are not one in the other
    const list = buildSeries([
      point({ source: 'A', date: '2031-08-10', ...at('Ostra', 'Floods hit Ostra, Velmapur and Kell, killing 12.'), ...exactly(12) }),
      point({ source: 'B', date: '2031-08-10', ...at('Velmapur'), ...exactly(3) }),
    ]);
    expect(list.map((s) => s.placeKey).sort()).toEqual(['ostra', 'velmapur']);
  });

  it('keeps those aboard apart from those on the ground and from the whole toll, and joins a toll with no subject to those aboard when no one else is counted', () => {
    const who = (subject: string | null) => ({ subject, place: 'Velmos', sentence: '' });
    const crash = buildSeries([
      point({ source: 'A', date: '2031-06-12', ...who('people on board'), ...exactly(241) }),
      point({ source: 'B', date: '2031-06-12', ...who('passengers'), ...exactly(241) }),
      point({ source: 'C', date: '2031-06-13', ...who('people on the ground'), ...exactly(24) }),
      point({ source: 'D', date: '2031-06-13', ...who(null), ...exactly(265) }),
    ]);
    expect(crash.map((s) => [s.subjectKey, s.points.map((p) => p.value)]).sort()).toEqual([['', [265]], ['aboard', [241, 241]], ['on-the-ground', [24]]]);
    const sinking = buildSeries([
      point({ source: 'A', date: '2031-06-12', ...who('passengers'), ...exactly(41) }),
      point({ source: 'B', date: '2031-06-13', ...who(null), ...exactly(44) }),
    ]);
    expect(sinking.map((s) => [s.subjectKey, s.points.map((p) => p.value)])).toEqual([['aboard', [41, 44]]]);
  });

  it('joins unplaced figures to the one place of a story, not to a year\'s total of a wider place', () => {
    const at = (place: string | null, refersTo: string | null = null) => ({ subject: 'migrants', place, refersTo, sentence: '' });
    const series = buildSeries([
      point({ source: 'A', date: '2031-06-10', ...at('Velmos'), ...exactly(41) }),
      point({ source: 'B', date: '2031-06-11', ...at(null), ...exactly(9) }),
      point({ source: 'C', date: '2031-06-10', ...at('the central Mediterranean', '2031'), ...moreThan(1000) }),
    ]);
    expect(series.map((s) => [s.placeKey, s.points.map((p) => p.value)]).sort()).toEqual([['central mediterranean', [1000]], ['velmos', [41, 9]]]);
  });

  it('tells stories of a count of no one, nowhere, apart by the month between their reports', () => {
    const unplaced = (date: string, n: number) => point({ source: 'A', date, subject: null, place: null, ...exactly(n) });
    const series = buildSeries([unplaced('2031-02-10', 9), unplaced('2031-02-12', 16), unplaced('2031-08-04', 20), unplaced('2031-08-06', 44)]);
    expect(series.map((s) => [s.id, s.points.map((p) => p.value)])).toEqual([
      ['killed+wounded~anyone~anywhere', [9, 16]],
      ['killed+wounded~anyone~anywhere~from-2031-08-04', [20, 44]],
    ]);
  });

  it('folds into the only placed series only the unplaced figures of its time', () => {
    const at = (date: string, place: string | null, n: number) => point({ source: 'A', date, subject: null, place, ...exactly(n) });
    const series = buildSeries([at('2031-08-04', 'Velmar', 20), at('2031-08-05', null, 31), at('2031-02-10', null, 9)]);
    expect(series.map((s) => [s.placeKey, s.points.map((p) => p.value)])).toEqual([['velmar', [20, 31]], ['', [9]]]);
  });

  it('keeps places apart that no article puts one inside the other, or that it only lists', () => {
    const at = (place: string, sentence = '') => ({ subject: null, place, sentence });
    const series = buildSeries([
      point({ source: 'A', date: '2031-08-10', ...at('Ostra', 'Floods hit Ostra, Kell and Velm.'), ...exactly(12) }),
      point({ source: 'B', date: '2031-08-10', ...at('Kell'), ...exactly(5) }),
    ]);
    expect(series.map((s) => s.placeKey).sort()).toEqual(['kell', 'ostra']);
  });
});

describe('buildSeries with one speaker named several ways', () => {
  const keys = (sources: string[]) => buildSeries(sources.map((source, i) => point({ source, date: `2031-03-0${1 + i}`, ...exactly(10 + i) })))[0]!.points.map((p) => p.sourceKey);

  it('takes a shorter phrase for the one longer phrase holding all its words', () => {
    expect(keys(['the regional emergencies ministry', 'the emergencies ministry', 'The ministry'])).toEqual(Array(3).fill('the regional emergencies ministry'));
    expect(keys(['the Ministry of Emergencies', 'the emergencies ministry'])).toEqual(Array(2).fill('the ministry of emergencies'));
  });

  it('keeps a phrase that fits two speakers apart, and different speakers apart', () => {
    expect(keys(['the defence ministry', 'the health ministry', 'the ministry'])).toEqual(['the defence ministry', 'the health ministry', 'the ministry']);
    expect(keys(['the defence ministry', 'local officials'])).toEqual(['the defence ministry', 'local officials']);
    // any outlet's "officials" may be other officials than one outlet's hospital officials
    expect(keys(['hospital officials', 'officials'])).toEqual(['hospital officials', 'officials']);
  });

  it('takes a phrase for the one linked entity whose name holds all its words', () => {
    const entity = (source: string, id: number) => ({ source, sourceKey: `entity:${id}` });
    const [s] = buildSeries([
      point({ date: '2031-03-01', ...exactly(40), ...entity('State Emergency Service', 7) }),
      point({ source: 'the emergency service', date: '2031-03-02', ...exactly(41) }),
      point({ source: 'the health ministry', date: '2031-03-02', ...exactly(41) }),
    ]);
    expect(s!.points.map((p) => p.sourceKey)).toEqual(['entity:7', 'entity:7', 'the health ministry']);
    // a surname spelt another way in an article that did not link it
    const [t] = buildSeries([point({ date: '2031-03-01', ...exactly(40), ...entity('Oleh Syrskyi', 8) }), point({ source: 'Syrsky', date: '2031-03-02', ...exactly(41) })]);
    expect(t!.points.map((p) => p.sourceKey)).toEqual(['entity:8', 'entity:8']);
  });

  it('sets no figures of one speaker against each other', () => {
    const [s] = buildSeries([point({ source: 'the regional emergencies ministry', date: '2031-03-01', ...exactly(40) }), point({ source: 'the ministry', date: '2031-03-01', ...exactly(25) })]);
    expect(s!.flags.filter((f) => f.kind === 'disagreement')).toEqual([]);
  });
});
