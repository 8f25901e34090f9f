/**
 * Adversarial strings for a regular expression, and a runner that times the regex on them in a
 * vm with a timeout (V8 interrupts a backtracking regex at the timeout, so a catastrophic pattern
 * cannot hang the suite). Strings are pumped runs of the characters the pattern talks about,
 * ending in a character that makes the match fail, the classic shape that drives backtracking.
 */
import vm from 'node:vm';

const BASE = [' ', 'a', 'A', '1', '.', ',', '\n', '"', "'", '-', '\t', '\u00A0'];
const CLASS_SAMPLES: Record<string, string[]> = { s: [' ', '\n'], d: ['1'], w: ['a', '_'], p: ['a', 'A'], S: ['a'], D: ['a'], W: [' '] };
const FAILERS = ['\u0000', '!', '\uD800'];

/** Characters the pattern mentions, literally or through an escape class. */
export function pumpCharacters(source: string): string[] {
  const chars = new Set(BASE);
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[++i] ?? '';
      for (const sample of CLASS_SAMPLES[next] ?? (/[a-zA-Z]/u.test(next) ? [] : [next])) chars.add(sample);
    } else if (!'()[]{}*+?|^$'.includes(ch)) {
      chars.add(ch);
    }
  }
  return [...chars].slice(0, 28);
}

/** Runs of one character, and of pairs of base characters, `length` long, each ending in a failing character. */
export function attackStrings(source: string, length: number, pairs = true): string[] {
  const chars = pumpCharacters(source);
  const out: string[] = [];
  for (const c of chars) for (const f of FAILERS) out.push(c.repeat(length) + f);
  if (pairs) {
    for (const a of chars.slice(0, 16)) for (const b of chars.slice(0, 16)) if (a !== b) out.push((a + b).repeat(length >> 1) + FAILERS[0]);
  }
  // Word-like runs: names, numbers with separators, abbreviations, quoted speech.
  for (const unit of ['said ', 'the ', 'Mr. ', 'A. ', '1,000 ', 'U.S. ', '"a" ', 'a-b ', 'Aa Bb ']) out.push(unit.repeat(Math.ceil(length / unit.length)) + '\u0000');
  return out;
}

export interface RegexTiming {
  /** The slowest attack's length and time, or the attack that hit the timeout. */
  readonly attack: string;
  readonly ms: number;
  readonly timedOut: boolean;
}

const SCRIPT = `
let worst = { i: -1, ms: 0 };
for (let i = 0; i < attacks.length; i++) {
  const re = new RegExp(source, flags);
  const t0 = now();
  if (re.global || re.sticky) attacks[i].replace(re, '');
  else re.exec(attacks[i]);
  const ms = now() - t0;
  if (ms > worst.ms) worst = { i, ms };
}
worst`;

/** Times `source`/`flags` over `attacks`; a run past `timeoutMs` is reported as timed out. */
export function timeRegex(source: string, flags: string, attacks: readonly string[], timeoutMs: number): RegexTiming {
  const context = vm.createContext({ attacks, source, flags, now: () => performance.now() });
  try {
    const worst = vm.runInContext(SCRIPT, context, { timeout: timeoutMs }) as { i: number; ms: number };
    return { attack: describe(attacks[worst.i] ?? ''), ms: worst.ms, timedOut: false };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw error;
    // Find the culprit: time each attack alone and keep the slowest (or the first that times out alone).
    let worst: RegexTiming = { attack: '(the whole set together)', ms: timeoutMs, timedOut: true };
    let worstAlone = -1;
    for (const attack of attacks) {
      try {
        const one = vm.runInContext(SCRIPT, vm.createContext({ attacks: [attack], source, flags, now: () => performance.now() }), { timeout: timeoutMs }) as { ms: number };
        if (one.ms > worstAlone) {
          worstAlone = one.ms;
          worst = { attack: describe(attack), ms: one.ms, timedOut: false };
        }
      } catch {
        return { attack: describe(attack), ms: timeoutMs, timedOut: true };
      }
    }
    return worst;
  }
}

function describe(attack: string): string {
  const unit = attack.slice(0, 6);
  return `${JSON.stringify(unit)}... (${attack.length} chars, ends ${JSON.stringify(attack.slice(-1))})`;
}
