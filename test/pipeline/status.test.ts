import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { areas, bound, categories, hedges, vague } from './lexicon-rows.js';

const markers = (text: string) => analyze(text).statusMarkers.map((m) => [text.slice(m.start, m.end), m.status, m.rule]);

describe('markStatus', () => {
  it.each([
    ['According to preliminary data, turnout was high.', 'preliminary', 'preliminary'],
    ['The rebels reportedly seized the town.', 'reportedly', 'reported'],
    ['The report is unconfirmed by officials.', 'unconfirmed', 'unconfirmed'],
    ['The claim could not be independently verified by the agency.', 'could not be independently verified', 'unverified'],
    ['Officials confirmed the deal on Monday.', 'confirmed', 'confirmed'],
    ['An estimated crowd gathered in the square.', 'An estimated', 'estimated'],
    ['He claimed the vote was rigged.', 'claimed', 'claimed'],
    ['The suspect allegedly fled the scene.', 'allegedly', 'alleged'],
    ['Nine miners feared trapped after collapse', 'feared trapped', 'feared'],
    ['Two hikers are presumed dead.', 'presumed dead', 'feared'],
    // a negation before "confirmed" or "verified" turns it round, and makes a marker of the bare verb
    ['The rebels said 9 died; the claim could not be verified.', 'verified', 'unverified'],
    ['The agency could not immediately verify the report.', 'verify', 'unverified'],
    ["The ministry hasn't confirmed the toll.", 'confirmed', 'unconfirmed'],
    ['Police declined to confirm the figure.', 'confirm', 'unconfirmed'],
    ['The toll was verified by monitors.', 'verified', 'confirmed'],
    ['The toll could top 500, a model shows.', 'could top', 'possible'],
    // another party says it is false
    ['Rebels said 17 died, a claim the army disputed.', 'disputed', 'disputed'],
    ['Kyiv said 300 soldiers were killed, which Moscow denied.', 'denied', 'disputed'],
  ])('%s', (text, surface, status) => {
    expect(markers(text)).toEqual([[surface, status, expect.stringMatching(/^status\//u)]]);
  });

  it.each([
    'Turnout was high in the capital.',
    'She talked about the budget for an hour.',
    'The minister said the plan was ready.',
    'Officials will confirm the toll later.',
    'Around the square, shops were closed.',
    // a toll stated, not a claim the outlet distances itself from
    'The landslide claimed the lives of nine villagers.',
    // refused, not said to be false
    'Forty migrants were denied entry at the border.',
  ])('finds no marker in %s', (text) => {
    expect(markers(text)).toEqual([]);
  });
});

describe('lexicons are reviewed data', () => {
  it.each([
    ['hedges', hedges],
    ['categories', categories],
    ['areas', areas],
    ['bounds', bound],
    ['vague quantities', vague],
  ])('%s: unique ids, each with a reason and forms', (_name, rows) => {
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rows) {
      expect(r.reason.length, r.id).toBeGreaterThan(5);
      expect(r.forms.length, r.id).toBeGreaterThan(0);
    }
  });
});
