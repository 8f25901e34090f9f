import { describe, expect, it } from 'vitest';
import { nestClaims } from '../../src/pipeline/attribution/nest-claims.js';
import type { Proposal } from '../../src/pipeline/attribution/view.js';

/** A proposal whose cue, source and content are given as the words they cover in `text`. */
function proposal(text: string, rule: string, cue: string, source: string, content: string): Proposal {
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return { rule, kind: 'indirect', cue: span(cue), source: span(source), content: [span(content)], unsourced: false };
}

const shown = (text: string, claims: ReturnType<typeof nestClaims>) =>
  claims.map((c) => ({ cue: text.slice(c.cue!.start, c.cue!.end), content: c.content.map((s) => text.slice(s.start, s.end)), chain: c.chain?.map((l) => text.slice(l.start, l.end)) }));

describe('nestClaims', () => {
  it('folds a guessed inner claim into the outer chain, wherever it stands in the content', () => {
    const text = 'The mayor said the plan, as police believe, will fail.';
    const outer = proposal(text, 'attribution/reporting-verb', 'said', 'The mayor', 'the plan, as police believe, will fail');
    const inner = proposal(text, 'attribution/learned-cue', 'believe', 'police', 'will fail');
    expect(shown(text, nestClaims(text, [outer, inner]))).toEqual([{ cue: 'said', content: ['the plan, as police believe, will fail'], chain: ['The mayor', 'police'] }]);
  });

  it('cuts a guessed outer content before a firm inner claim, and keeps both', () => {
    const text = 'Speaking on radio, the mayor said that the bridge would reopen.';
    const outer = proposal(text, 'attribution/learned-cue', 'Speaking', 'radio', 'on radio, the mayor said that the bridge would reopen');
    const inner = proposal(text, 'attribution/reporting-verb', 'said', 'the mayor', 'that the bridge would reopen');
    expect(shown(text, nestClaims(text, [outer, inner]))).toEqual([
      { cue: 'Speaking', content: ['on radio'], chain: undefined },
      { cue: 'said', content: ['that the bridge would reopen'], chain: undefined },
    ]);
  });

  it('keeps the outer claim whole when its content is firm (a that-clause)', () => {
    const text = 'The minister said that the police told him two men were arrested.';
    const outer = proposal(text, 'attribution/reporting-verb', 'said', 'The minister', 'that the police told him two men were arrested');
    const inner = proposal(text, 'attribution/reporting-verb', 'told', 'the police', 'two men were arrested');
    expect(shown(text, nestClaims(text, [outer, inner]))).toEqual([{ cue: 'said', content: ['that the police told him two men were arrested'], chain: ['The minister', 'the police'] }]);
  });
});
