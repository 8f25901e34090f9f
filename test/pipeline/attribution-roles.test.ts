import { describe, expect, it } from 'vitest';
import { allowed, viterbi } from '../../src/pipeline/attribution/bio-viterbi.js';
import { analyze } from '../../src/analyze.js';
import { buildView, quoteAround } from '../../src/pipeline/attribution/view.js';
import { roleFeatures, shape } from '../../src/pipeline/attribution/role-features.js';
import { emissionsOf, fastEmissions } from '../../src/pipeline/attribution/role-tagger.js';
import weights from '../../src/pipeline/attribution/role-weights.json' with { type: 'json' };

const claimsOf = (text: string) =>
  analyze(text).claims.map((c) => ({ cue: c.cue && text.slice(c.cue.start, c.cue.end), source: c.source && text.slice(c.source.start, c.source.end), content: c.content.map((s) => text.slice(s.start, s.end)) }));

describe('role tagger decoding', () => {
  it('never lets an inside tag follow O or the other role', () => {
    expect(allowed(0, 2)).toBe(false);
    expect(allowed(3, 2)).toBe(false);
    expect(allowed(1, 4)).toBe(false);
    expect(allowed(1, 2)).toBe(true);
    expect(allowed(3, 4)).toBe(true);
    expect(allowed(2, 3)).toBe(true);
  });

  it('viterbi turns an inside tag preferred after O into a legal path', () => {
    // token 0 strongly prefers O, token 1 prefers SI (illegal after O): the best legal path is O, SB
    expect(viterbi(Float64Array.from([9, 0, 0, 0, 0, 0, 1, 3, 0, 0]), 2, new Float64Array(30))).toEqual([0, 1]);
    // when the begin tag is cheap enough, SB then SI wins
    expect(viterbi(Float64Array.from([0, 4, 0, 0, 0, 0, 0, 9, 0, 0]), 2, new Float64Array(30))).toEqual([1, 2]);
  });
});

describe('role tagger scoring', () => {
  // the second text puts a word holding "|" (no id can stand for it) before the cue, and the weights get keys for it: those are read as strings
  it.each([
    '“We will not stop,” the 42-year-old mayor of the town told reporters on Friday, adding that the vote (in May) mattered.',
    'Officials at the group | told reporters on Friday that the vote mattered.',
  ])('scores through numeric keys exactly as through the string keys: %s', (text) => {
    const w = new Map(Object.entries(weights as unknown as Record<string, number[]>));
    w.set('bf=||L', [0.5, 1, -1, 2, -2]).set('bf=||R', [-0.5, 3, 1, -2, 4]);
    const doc = analyze(text);
    const view = buildView(doc);
    const [first, last] = view.sentenceTokens[0]!;
    const cue = doc.tokens.findIndex((t) => t.text === 'told');
    const inQuote = doc.tokens.slice(first, last + 1).map((t) => quoteAround(view, t.start) !== undefined);
    const slow = emissionsOf(w, roleFeatures(doc.tokens, first, last, cue, cue, inQuote));
    const fast = fastEmissions(w, roleFeatures(doc.tokens, first, last, cue, cue, inQuote, first, last, false), doc.tokens, first, first, last);
    expect(fast.length).toBe(slow.length);
    fast.forEach((x, k) => expect(x).toBeCloseTo(slow[k]!, 6));
    expect(slow.some((x) => x !== 0)).toBe(true);
  });
});

describe('word shapes', () => {
  it('answers ASCII by its shortcut exactly as the Unicode definition does', () => {
    const definition = (t: string) => (/^\p{Lu}\p{Ll}/u.test(t) ? 'Xx' : /^\p{Lu}+$/u.test(t) ? 'XX' : /^\p{Ll}/u.test(t) ? 'x' : /^\p{N}/u.test(t) ? 'd' : t.length === 1 ? t : 'p');
    // ASCII letters, digits and marks mixed with letters and digits outside ASCII, every string up to 3 characters
    const chars = ['A', 'Z', 'a', 'z', '0', '9', '.', '-', "'", 'É', 'é', 'ß', 'Σ', '٣', '中'];
    let words = [''];
    const wrong: string[] = [];
    for (let length = 1; length <= 3; length++) {
      words = words.flatMap((w) => chars.map((c) => w + c));
      for (const w of words) if (shape(w) !== definition(w)) wrong.push(w);
    }
    expect(wrong).toEqual([]);
    expect(['Mayor', 'NATO', 'said', '42', ',', '--', 'Émile', 'ÉTAT'].map(shape)).toEqual(['Xx', 'XX', 'x', 'd', ',', 'p', 'Xx', 'XX']);
  });
});

describe('role tagger in the pipeline: one whole noun phrase as source', () => {
  const rows: [string, { cue: string; source: string }][] = [
    ['According to the regional water authority, the reservoir is half empty.', { cue: 'According to', source: 'the regional water authority' }],
    ['The head of the local teachers union said the schools would stay shut.', { cue: 'said', source: 'The head of the local teachers union' }],
    ['“The dam will hold,” the chief engineer of the district said on Monday.', { cue: 'said', source: 'the chief engineer of the district' }],
  ];
  it.each(rows)('%s', (text, want) => {
    expect(claimsOf(text)).toContainEqual(expect.objectContaining(want));
  });
  it('the source never reaches into the content after a comma', () => {
    const [c] = claimsOf('According to the ministry, prices rose by four percent.');
    expect(c!.source).toBe('the ministry');
    expect(c!.content).toEqual(['prices rose by four percent']);
  });
});

describe('linking a pronoun source to an entity', () => {
  const entityOf = (text: string) => {
    const doc = analyze(text);
    const claim = doc.claims.find((c) => c.source && /^(?:they|it)$/iu.test(text.slice(c.source.start, c.source.end)));
    return claim && (doc.entities.find((e) => e.id === claim.source!.entity)?.name ?? null);
  };
  it('takes "they" or "it" for an organisation just named, never for one person', () => {
    expect(entityOf('The Interior Ministry issued a statement. They said 40 people had died.')).toBe('Interior Ministry');
    expect(entityOf('Governor Ana Petrova visited the site. They said 40 people had died.')).toBeNull();
    // "it" too, past a place named after the organisation, but never a person
    expect(entityOf('The Interior Ministry met in Kell on Monday. It said 40 people had died.')).toBe('Interior Ministry');
    expect(entityOf('The Interior Ministry met Ana Petrova on Monday. It said 40 people had died.')).toBeNull();
  });
});

describe('linking a source phrase to an entity', () => {
  const speakers = (text: string) => {
    const doc = analyze(text);
    return doc.claims.map((c) => [text.slice(c.source!.start, c.source!.end), doc.entities.find((e) => e.id === c.source!.entity)?.name ?? null]);
  };
  it('links a place that speaks, but not a place owning the speaker', () => {
    expect(speakers("Moldova's border police said the crossing was closed.")).toEqual([["Moldova's border police", null]]);
    expect(speakers('Moldova said the crossing was closed.')).toEqual([['Moldova', 'Moldova']]);
    expect(speakers("Moldova's president Maia Sandu said the crossing was closed.")).toEqual([["Moldova's president Maia Sandu", 'Maia Sandu']]);
    // nor a place saying where the speaker is
    expect(speakers('The defence ministry in Chisinau said the crossing was closed.')).toEqual([['The defence ministry in Chisinau', null]]);
    expect(speakers('The government of Moldova said the crossing was closed.')).toEqual([['The government of Moldova', 'Moldova']]);
  });

  it('links the last body a source names, its head: "the UN refugee agency UNHCR" is UNHCR', () => {
    expect(speakers('The UN refugee agency UNHCR said the crossing was closed.')).toEqual([['The UN refugee agency UNHCR', 'UNHCR']]);
    expect(speakers('The Ministry of Health of Moldova said the crossing was closed.')).toEqual([['The Ministry of Health of Moldova', 'Ministry of Health']]);
  });

  it('keeps a speaker described only by whom they are near unnamed, and not that body\'s word', () => {
    for (const text of ["A source in Moldova's border police said the crossing was closed.", 'People close to the Interior Ministry said the crossing was closed.']) {
      const doc = analyze(text);
      expect([doc.claims[0]!.source!.entity, doc.claims[0]!.evidence]).toEqual([undefined, 'anonymous']);
    }
    // a spokesman speaks for the body on the record
    expect(speakers('A spokesman for the Interior Ministry said the crossing was closed.')).toEqual([['A spokesman for the Interior Ministry', 'Interior Ministry']]);
  });

  it('keeps a speaker described only by where it is from unnamed', () => {
    for (const text of ['A senior Moldovan official said the crossing was closed.', 'A senior U.S. official said the crossing was closed.', 'Moldova officials said the crossing was closed.']) {
      const doc = analyze(text);
      expect([doc.claims[0]!.source!.entity, doc.claims[0]!.evidence]).toEqual([undefined, 'anonymous']);
    }
  });
});

describe('a colon after a headline\'s first words', () => {
  const cues = (headline: string) => {
    const text = `${headline}\n\nThe dam in Brenno broke on Friday, the police said.`;
    return analyze(text).claims.map((c) => [text.slice(c.cue!.start, c.cue!.end), c.source && text.slice(c.source.start, c.source.end)]);
  };
  it('reads a town before it as the story\'s topic, unless a quotation follows', () => {
    expect(cues('Brenno: 12 dead as dam bursts')).toEqual([['said', 'the police']]);
    expect(cues('Moldova: “We will rebuild every home”')).toContainEqual([':', 'Moldova']);
    // a country or a capital stands for its government
    expect(cues('Moldova: 12 dead as dam bursts')).toContainEqual([':', 'Moldova']);
    expect(cues('Chisinau: 12 dead as dam bursts')).toContainEqual([':', 'Chisinau']);
    expect(cues('Police: 12 dead as dam bursts')).toContainEqual([':', 'Police']);
  });

  it('reads a common noun that names no one before it as the topic, and one naming people, a body or a report as the speaker', () => {
    expect(cues('Brenno ferry: final toll stands at 21')).toEqual([['said', 'the police']]);
    expect(cues('Survivors: the ferry was overloaded')).toContainEqual([':', 'Survivors']);
    expect(cues('New poll: Roe leads in Brenno')).toContainEqual([':', 'New poll']);
  });
});

describe('an anonymity aside after a source', () => {
  it('makes the source anonymous, whatever the tags of its words', () => {
    for (const text of ['Local officials, speaking on condition of anonymity, said at least 14 civilians had died.', 'Western diplomats, who asked not to be named, said the talks had stalled.']) {
      expect(analyze(text).claims.map((c) => c.evidence)).toEqual(['anonymous']);
    }
    expect(analyze('Ana Petrova, the governor, said the dam held.').claims.map((c) => c.evidence)).toEqual(['indirect']);
  });

  it('is read as part of a speaker named before the cue with no commas, which still opens the claim', () => {
    const claims = (text: string) => analyze(text).claims.map((c) => ({ cue: at(text, c.cue), source: at(text, c.source), content: c.content.map((s) => at(text, s)), evidence: c.evidence }));
    expect(claims('"The water rose in minutes," a firefighter who asked not to be named told the local paper.')).toEqual([
      { cue: 'told', source: 'a firefighter who asked not to be named', content: ['"The water rose in minutes,"'], evidence: 'anonymous' },
    ]);
    expect(claims('The levee failed overnight, a police officer who spoke on condition of anonymity told Reuters.')).toEqual([
      { cue: 'told', source: 'a police officer who spoke on condition of anonymity', content: ['The levee failed overnight'], evidence: 'anonymous' },
    ]);
    expect(claims('A nurse who declined to be identified told the radio station that the ward was full.')).toEqual([
      { cue: 'told', source: 'A nurse who declined to be identified', content: ['that the ward was full'], evidence: 'anonymous' },
    ]);
  });
});

const at = (text: string, span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);
