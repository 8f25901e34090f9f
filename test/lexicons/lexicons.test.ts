import { describe, expect, it } from 'vitest';
import { framingLexicon } from '../../src/lexicons/framing.js';
import { titleLexicon } from '../../src/lexicons/titles.js';
import { debrisLexicon } from '../../src/lexicons/debris.js';

describe.each([
  ['framing', framingLexicon as readonly { id: string; reason: string }[]],
  ['titles', titleLexicon as readonly { id: string; reason: string }[]],
  ['debris', debrisLexicon as readonly { id: string; reason: string }[]],
])('%s lexicon', (_name, entries) => {
  it('has unique ids', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('gives every entry a reason', () => {
    expect(entries.filter((e) => e.reason.trim().length < 10).map((e) => e.id)).toEqual([]);
  });
});

describe('framing lexicon', () => {
  it('lists each form once across entries', () => {
    const forms = framingLexicon.flatMap((e) => e.forms.map((f) => f.toLowerCase()));
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });
  it('names a neutral term and a source for every entry', () => {
    expect(framingLexicon.filter((e) => !e.neutral || !e.source).map((e) => e.id)).toEqual([]);
  });
});
