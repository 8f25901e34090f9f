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
    const outer = proposal(text, 'attribution/learned-cue', 'said', 'The mayor', 'the plan, as police believe, will fail');
    const inner = proposal(text, 'attribution/learned-cue', 'believe', 'police', 'will fail');
    expect(shown(text, nestClaims(text, [outer, inner]))).toEqual([{ cue: 'said', content: ['the plan, as police believe, will fail'], chain: ['The mayor', 'police'] }]);
  });

  it('adds no link for an inner claim by the same phrase: nobody is on their own word', () => {
    const text = 'The ministry issued a statement.';
    const outer = proposal(text, 'attribution/learned-cue', 'issued', 'The ministry', 'a statement');
    const inner = proposal(text, 'attribution/learned-cue', 'statement', 'The ministry', 'statement');
    expect(shown(text, nestClaims(text, [outer, inner]))).toEqual([{ cue: 'issued', content: ['a statement'], chain: undefined }]);
  });

  it('cuts a guessed outer content before a firm inner claim, and keeps both', () => {
    const text = 'Speaking on radio, the mayor said that the bridge would reopen.';
    const outer = proposal(text, 'attribution/learned-cue', 'Speaking', 'radio', 'on radio, the mayor said that the bridge would reopen');
    const inner = proposal(text, 'attribution/learned-cue', 'said', 'the mayor', 'that the bridge would reopen');
    expect(shown(text, nestClaims(text, [outer, inner]))).toEqual([
      { cue: 'Speaking', content: ['on radio'], chain: undefined },
      { cue: 'said', content: ['that the bridge would reopen'], chain: undefined },
    ]);
  });

  it('keeps the outer claim whole when its content is firm (a that-clause)', () => {
    const text = 'The minister said that the police told him two men were arrested.';
    const outer = proposal(text, 'attribution/learned-cue', 'said', 'The minister', 'that the police told him two men were arrested');
    const inner = proposal(text, 'attribution/learned-cue', 'told', 'the police', 'two men were arrested');
    expect(shown(text, nestClaims(text, [outer, inner]))).toEqual([{ cue: 'said', content: ['that the police told him two men were arrested'], chain: ['The minister', 'the police'] }]);
  });

  it('keeps a claim that opens a clause after a comma inside another content, and cuts that content', () => {
    const text = 'When the firm signaled that it would sell, Mr. Roe said, "we were floored."';
    const outer = proposal(text, 'attribution/learned-cue', 'signaled', 'the firm', 'that it would sell, Mr. Roe said, "we were floored."');
    const inner = proposal(text, 'attribution/learned-cue', 'said', 'Mr. Roe', '"we were floored."');
    expect(shown(text, nestClaims(text, [outer, inner]))).toEqual([
      { cue: 'signaled', content: ['that it would sell'], chain: undefined },
      { cue: 'said', content: ['"we were floored."'], chain: undefined },
    ]);
  });

  it('keeps a claim after a comma that closes a quotation (",” the Times reported")', () => {
    const text = 'Carter described how he put a card in a “burn bag,” the Times reported.';
    const outer = proposal(text, 'attribution/learned-cue', 'described', 'Carter', 'how he put a card in a “burn bag,” the Times reported');
    const inner = proposal(text, 'attribution/learned-cue', 'reported', 'the Times', 'he put a card in a “burn bag,”');
    expect(shown(text, nestClaims(text, [outer, inner])).map((c) => [c.cue, c.content])).toEqual([
      ['described', ['how he put a card in a “burn bag,”']],
      ['reported', ['he put a card in a “burn bag,”']],
    ]);
  });

  it('keeps a speaker who "said" inside a guessed content', () => {
    const text = 'It may seem odd but Mr. Roe said the deal helped him.';
    const outer = proposal(text, 'attribution/learned-cue', 'may seem', 'It', 'odd but Mr. Roe said the deal helped him');
    const inner = proposal(text, 'attribution/learned-cue', 'said', 'Mr. Roe', 'the deal helped him');
    expect(shown(text, nestClaims(text, [outer, inner])).map((c) => [c.cue, c.content])).toEqual([['may seem', ['odd']], ['said', ['the deal helped him']]]);
  });

  it('folds a claim right after the comma that ends the outer cue', () => {
    const text = 'Reportedly, the council is weighing a levy.';
    const outer = proposal(text, 'attribution/unsourced-adverb', 'Reportedly', 'Reportedly', 'the council is weighing a levy');
    const inner = proposal(text, 'attribution/learned-cue', 'is weighing', 'the council', 'a levy');
    expect(shown(text, nestClaims(text, [outer, inner])).map((c) => c.cue)).toEqual(['Reportedly']);
  });

  it('folds a claim after a comma inside a pull quote, whose extent is known', () => {
    const text = 'We will respond. Now, according to early data, the losses exceed 300. Jane Roe Minister';
    const outer = proposal(text, 'attribution/pull-quote-speaker', 'We will', 'Jane Roe Minister', 'We will respond. Now, according to early data, the losses exceed 300.');
    const inner = proposal(text, 'attribution/according-to', 'according to', 'early data', 'the losses exceed 300');
    expect(shown(text, nestClaims(text, [outer, inner])).map((c) => [c.cue, c.content])).toEqual([['We will', ['We will respond. Now, according to early data, the losses exceed 300.']]]);
  });

  it('keeps a lexicon reporting verb only as a link of a chain, never as a claim of its own', () => {
    const text = 'The minister said that the police told him two men fled. Critics said nothing.';
    const outer = proposal(text, 'attribution/learned-cue', 'said', 'The minister', 'that the police told him two men fled');
    const inner = proposal(text, 'attribution/reporting-verb', 'told', 'the police', 'two men fled');
    const alone = proposal(text, 'attribution/reporting-verb', 'said nothing', 'Critics', 'nothing');
    expect(shown(text, nestClaims(text, [outer, inner, alone]))).toEqual([{ cue: 'said', content: ['that the police told him two men fled'], chain: ['The minister', 'the police'] }]);
  });

  it('keeps a lexicon reporting verb as a claim when speaker and verb close the sentence after what they report', () => {
    const text = 'The real toll is at least 60, a union leader claimed on Sunday.';
    const trailing = proposal(text, 'attribution/reporting-verb', 'claimed', 'a union leader', 'The real toll is at least 60');
    expect(shown(text, nestClaims(text, [trailing]))).toEqual([{ cue: 'claimed', content: ['The real toll is at least 60'], chain: undefined }]);
    const more = 'The real toll is at least 60, a union leader claimed as the rescue went on into the night.';
    expect(nestClaims(more, [proposal(more, 'attribution/reporting-verb', 'claimed', 'a union leader', 'The real toll is at least 60')])).toEqual([]);
  });

  it('takes "…, a figure Kyiv denied" for a relative clause: no claim, no link, and the outer content ends before it', () => {
    const text = 'The ministry claimed its forces had destroyed 12 tanks, a figure Kyiv denied.';
    const outer = proposal(text, 'attribution/learned-cue', 'claimed', 'The ministry', 'its forces had destroyed 12 tanks, a figure Kyiv denied');
    const relative = proposal(text, 'attribution/reporting-verb', 'denied', 'a figure Kyiv', 'its forces had destroyed 12 tanks');
    expect(shown(text, nestClaims(text, [outer, relative]))).toEqual([{ cue: 'claimed', content: ['its forces had destroyed 12 tanks'], chain: undefined }]);
  });

  it('lets no claim fold into a link-only proposal, which would drop it', () => {
    // (no "that": a speaker, verb and "that" clause together stand as a claim)
    const text = 'Critics said the mayor announced cuts.';
    const outer = proposal(text, 'attribution/reporting-verb', 'said', 'Critics', 'the mayor announced cuts');
    const inner = proposal(text, 'attribution/learned-cue', 'announced', 'the mayor', 'cuts');
    expect(shown(text, nestClaims(text, [outer, inner]))).toEqual([{ cue: 'announced', content: ['cuts'], chain: undefined }]);
  });
});
