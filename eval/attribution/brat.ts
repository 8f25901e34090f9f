/**
 * Reads PolNeAR's BRAT standoff (see ../shared/data/polnear/FORMAT.md) into attribution relations.
 * A role is a list of fragments because spans may be discontinuous ("A," he said, "B.").
 */
export interface Fragment {
  readonly start: number;
  readonly end: number;
}

export interface GoldRelation {
  readonly id: string;
  readonly cue: readonly Fragment[] | null;
  readonly source: readonly Fragment[] | null;
  readonly content: readonly Fragment[] | null;
}

const RECORD = /^[TEARMN*#]\d*\t/u;

/** Joins continuation lines (a discontinuous span's surface may hold a newline) to their record. */
function records(ann: string): string[] {
  const out: string[] = [];
  for (const line of ann.split('\n')) {
    if (RECORD.test(line) || out.length === 0) out.push(line);
    else out[out.length - 1] += '\n' + line;
  }
  return out.filter((r) => r.trim() !== '');
}

function parseFragments(field: string, where: string): Fragment[] {
  return field.split(';').map((part) => {
    const [a, b] = part.trim().split(/\s+/u).map(Number);
    if (!Number.isInteger(a) || !Number.isInteger(b)) throw new Error(`${where}: bad offsets "${part}"`);
    return { start: a!, end: b! };
  });
}

/**
 * Attribution events of one .ann file, roles resolved to fragments. Events may precede their T
 * lines, so all records are read first. Cue, Source and Content/Content2 come from the role
 * spans, not the trigger.
 * @example parseBrat('T1\tCue 4 8\tsaid\nE1\tAttribution:T1 Cue:T1', 'x.ann')[0].cue // [{start:4,end:8}]
 */
export function parseBrat(ann: string, name: string): GoldRelation[] {
  const spans = new Map<string, Fragment[]>();
  const events: string[][] = [];
  for (const record of records(ann)) {
    const [id, body] = record.split('\t');
    if (!id || body === undefined) continue;
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      spans.set(id, parseFragments(body.slice(space + 1), `${name} ${id}`));
    } else if (id.startsWith('E')) {
      events.push([id, ...body.trim().split(/\s+/u)]);
    }
  }
  const relations: GoldRelation[] = [];
  for (const [id, ...args] of events) {
    const role = (name: string): Fragment[] => {
      const out: Fragment[] = [];
      for (const arg of args) {
        const [r, ref] = arg.split(':');
        if (r === name && ref && spans.has(ref)) out.push(...spans.get(ref)!);
      }
      return out;
    };
    const cue = role('Cue');
    const source = role('Source');
    const content = [...role('Content'), ...role('Content2')].sort((a, b) => a.start - b.start);
    relations.push({
      id: id!,
      cue: cue.length ? cue : null,
      source: source.length ? source : null,
      content: content.length ? content : null,
    });
  }
  return relations;
}

/** Article name -> first annotator file. */
export function firstAnnotatorFiles(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of [...names].sort()) {
    const m = /^(.*)_[0-9a-f]{4}\.ann$/u.exec(n);
    if (m && !out.has(m[1]!)) out.set(m[1]!, n);
  }
  return out;
}
