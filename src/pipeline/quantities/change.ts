/**
 * Change vs level: "rose by 40", "up 40%", "a 40% increase", "cut by half", "two more bodies" are changes;
 * "rose to 40" and "3,000 dead" are levels, and so are "raised $5 million" and "lost $9 million"
 * (money raised or lost is an amount, not a change of one).
 */
import type { Span } from '../../model/doc.js';
import type { Figure } from './figure.js';

/** The period just past that a daily or weekly report counts ("over the past day", "in the last 24 hours"). */
const RECENT_PERIOD = /\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours|twenty-four\s+hours|week|7\s+days|seven\s+days)\b/iu;

/** A rate or a short period after the figure, a few words on ("1,000 soldiers a day", "3,000 in a week"); not "a day earlier". */
const PER_PERIOD_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:a|per|each|every)\s+(?:day|week)|daily|in\s+(?:a|one|a\s+single)\s+(?:day|week)|in\s+24\s+hours)\b(?!\s+(?:earlier|later|before|after|ago)\b)/iu;

/** "shot down 41 drones", "picked up 30 survivors": "up" and "down" there are particles of the verb, not a change. */
const PARTICLE_VERBS = String.raw`\b(?:shot|shoot|shoots|shooting|brought|bring|brings|bringing|took|take|takes|taking|gunned|knocked|knock|struck|pulled|pull|tore|torn|cut|cuts|put|puts|hunted|broke|backed|scaled|stepped|stood|shut|closed|picked|pick|picks|picking|rounded|round|rounding|set|sets|setting|locked|lock|blew|blown|blow|signed|sign|signs|lined|line|called|call|held|hold|holds|ran|run|runs|turned|turn|turns|wound|wind)`;
const INCREASE_BEFORE = new RegExp(String.raw`\b(?:(?:rose|risen|rises|rising|increased|increases|increasing|grew|grown|grows|climbed|climbs|jumped|jumps|gained|gains|surged|surges|soared|boosted|went\s+up|is\s+up|are\s+up|was\s+up|were\s+up)\s+(?:by\s+)?(?:an?\s+|another\s+|some\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?|(?:^|[\s,(])(?<!${PARTICLE_VERBS}\s)up\s+(?:by\s+)?|an?\s+(?:increase|rise|jump|gain|surge|hike)\s+of\s+)$`, 'iu');
const DECREASE_BEFORE = new RegExp(String.raw`\b(?:(?:fell|fallen|falls|falling|dropped|drops|dropping|declined|declines|decreased|decreases|shrank|shrunk|slipped|slips|slid|plunged|plummeted|cut|cuts|reduced|reduces|lowered|went\s+down|is\s+down|are\s+down|was\s+down|were\s+down)\s+(?:by\s+)?(?:an?\s+|another\s+|some\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?|(?:^|[\s,(])(?<!${PARTICLE_VERBS}\s)down\s+(?:by\s+)?|an?\s+(?:decrease|drop|decline|fall|cut|loss|reduction)\s+of\s+)$`, 'iu');
const ADDED_AFTER = /^\s+(?:more|additional|further|extra|new)\s+(?!than\b)\p{L}/iu;
/** "a further 12 bodies", "another 5 people": what is added to a count. */
const ADDED_BEFORE = /\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+(?:(?:about|some|nearly|almost|at\s+least|more\s+than|over)\s+)?$/iu;
const INCREASE_AFTER = /^[\s-]*(?:increase|rise|jump|gain|surge|hike|growth|more\b|higher\b)/iu;
const DECREASE_AFTER = /^[\s-]*(?:decrease|drop|decline|fall|cut|reduction|fewer\b|less\b|lower\b)/iu;

/** 'increase' or 'decrease' when the words before a figure end in a bracket and a sign ("(+", "(−"), else null. */
export function bracketSign(before: string): 'increase' | 'decrease' | null {
  const m = /\(\s*([+−-])$/u.exec(before);
  return m ? (m[1] === '+' ? 'increase' : 'decrease') : null;
}

/** 'increase' | 'decrease' when the words around the figure make it a change, else 'level'. */
export function changeOf(text: string, figure: Figure, sentenceStart: number, time?: Span | null): 'level' | 'increase' | 'decrease' {
  // "lost 1,500 servicemen over the past day": a count for a recent period adds to the total, it is not the total
  if (time && RECENT_PERIOD.test(text.slice(Math.max(0, time.start - 16), time.end))) return 'increase';
  // "losing 1,000 soldiers a day", "losses of 3,000 in a week": a count over a period, not the total ("$3 million a day" is a rate, no count)
  if (!figure.unit && PER_PERIOD_AFTER.test(text.slice(figure.end, figure.end + 48))) return 'increase';
  const from = figure.cue && figure.cue.start < figure.start ? figure.cue.start : figure.start;
  const head = text.slice(Math.max(sentenceStart, from - 40), from);
  const tail = text.slice(figure.end, figure.end + 20);
  // "1,180,000 (+1,230)": a signed figure in brackets is the day's change of the figure before it
  const signed = bracketSign(head);
  if (signed) return signed;
  if (INCREASE_BEFORE.test(head)) return 'increase';
  if (DECREASE_BEFORE.test(head)) return 'decrease';
  // "two more bodies were recovered", "3,000 additional troops", "312 new cases", "a further 12": what is added to a count, not the count
  if (ADDED_AFTER.test(tail) || (!figure.unit && ADDED_BEFORE.test(head))) return 'increase';
  // "a 40% increase", but "3,000 more" alone is a percent's change only
  if (figure.unit && INCREASE_AFTER.test(tail) && !/^\s*more\b/iu.test(tail)) return 'increase';
  if (figure.unit && DECREASE_AFTER.test(tail) && !/^\s*(?:fewer|less)\b/iu.test(tail)) return 'decrease';
  return 'level';
}
