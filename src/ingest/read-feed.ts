/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item, its text being the item's full
 * content (`content:encoded`, Atom `content`) or else its description/summary, headed by the
 * item title. Feeds never need DTD entities, so a document declaring any (the "billion laughs"
 * bomb) is refused before parsing, and the parser never expands entities itself.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import { fragmentText } from './read-html.js';
import { toDay } from './html-metadata.js';
import type { RawArticle } from './raw-article.js';

type Node = Record<string, unknown>;

/** Elements kept as raw markup: their content is (escaped) HTML we extract ourselves. */
const RAW = ['content:encoded', 'description', 'content', 'summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: RAW.map((name) => `*.${name}`),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'author',
  // Entities are decoded by us (`plain`), with HTML's names too: feeds use &nbsp; and &rsquo; although XML
  // does not define them, and no DTD entity is ever expanded.
  processEntities: false,
});

/** Parses a feed document into its items; an InputError for the whole feed when it cannot be read. */
export function articlesFromFeed(xml: string, input: string, name: string): Array<RawArticle | InputError> {
  const prolog = xml.slice(0, Math.max(xml.search(/<(?:rss|feed|rdf:RDF)[\s>]/u), 0));
  if (/<!ENTITY/iu.test(prolog)) throw new InputError(name, 'the XML declares entities (<!ENTITY>), refused: feeds never need them and they can expand without bound');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const problem = xmlProblem(valid.err);
    // a feed cut off mid-download: the complete items before the break are still good
    const salvaged = untilLastItem(xml);
    if (!salvaged) throw new InputError(name, `not well-formed XML (${problem}); is it HTML? try --format html`);
    const read = articlesFromFeed(salvaged.xml, input, name);
    const before = read.length === 1 ? 'the one complete item before the break was read' : `the ${read.length} complete items before the break were read`;
    return [...read, new InputError(name, `the feed breaks off after item ${read.length} (${problem}); ${before}`)];
  }
  const root = parser.parse(xml) as Node;
  const rss = (root['rss'] as Node | undefined)?.['channel'] as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const atom = root['feed'] as Node | undefined;
  const channel = rss ?? (rdf?.['channel'] as Node | undefined) ?? atom;
  const items = ((rss?.['item'] ?? rdf?.['item'] ?? atom?.['entry']) as Node[] | undefined) ?? [];
  if (!channel && items.length === 0) throw new InputError(name, 'XML but not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)');
  const outlet = plain(channel?.['title']);
  return items.map((item, i) => {
    try {
      return itemArticle(item, `${input}#${i + 1}`, outlet);
    } catch (error) {
      if (error instanceof InputError) return error;
      throw error;
    }
  });
}

/** The validator's complaint in words: "unclosed <rss>, <channel>" rather than its raw list of tag names. */
function xmlProblem(err: { msg: string; line: number; col: number }): string {
  const unclosed = /^Invalid '(\[[\s\S]*\])' found\.?$/u.exec(err.msg);
  if (unclosed) {
    try {
      const names = JSON.parse(unclosed[1]!) as string[];
      return `unclosed ${names.map((n) => `<${n}>`).join(', ')} at the end`;
    } catch {
      // not the list we know: the message as it is
    }
  }
  return `${err.msg} at line ${err.line}, column ${err.col}`;
}

/** The feed up to its last complete item or entry, with its root elements closed again; null when that is no well-formed feed either. */
function untilLastItem(xml: string): { xml: string } | null {
  const end = Math.max(xml.lastIndexOf('</item>') + 7, xml.lastIndexOf('</entry>') + 8);
  if (end < 8) return null;
  const head = xml.slice(0, end);
  const closing = /<rss[\s>]/u.test(head) ? '</channel></rss>' : /<rdf:RDF[\s>]/u.test(head) ? '</rdf:RDF>' : /<feed[\s>]/u.test(head) ? '</feed>' : null;
  if (!closing) return null;
  const repaired = head + closing;
  return XMLValidator.validate(repaired) === true ? { xml: repaired } : null;
}

function itemArticle(item: Node, input: string, outlet: string | undefined): RawArticle {
  const source = itemOutlet(item);
  // an aggregator signs each title with its outlet ("Ferry toll rises to 19 - Harbour Times")
  const title = withoutOutlet(titleText(item['title']), source);
  const content = [item['content:encoded'], item['content'], item['description'], item['summary']].find((v) => rawText(v) !== undefined);
  let body = content === undefined ? '' : fragmentText(rawToHtml(content));
  if (title && !body.toLowerCase().startsWith(title.toLowerCase())) body = body ? `${title}\n\n${body}` : title;
  if (body.trim() === '') throw new InputError(input, 'the feed item has neither a title nor any content');
  const url = itemLink(item);
  const published = toDay(plain(item['pubDate']) ?? plain(item['published']) ?? plain(item['dc:date']) ?? plain(item['updated']));
  const byline = plain(item['dc:creator']) ?? authorName(item['author']);
  const from = source ?? outlet;
  return {
    input,
    text: body,
    format: 'feed',
    ...(url ? { url } : {}),
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    ...(published ? { published } : {}),
    ...(from ? { outlet: from } : {}),
  };
}

/** `title` without the outlet's name signed after a dash or bar. */
function withoutOutlet(title: string | undefined, outlet: string | undefined): string | undefined {
  if (!title || !outlet) return title;
  for (const dash of [' - ', ' – ', ' — ', ' | ']) if (title.endsWith(`${dash}${outlet}`)) return title.slice(0, -(dash.length + outlet.length)).trim() || title;
  return title;
}

/**
 * The outlet an item comes from when the feed gathers many (an aggregator): RSS's item
 * `<source url="…">Reuters</source>`, Atom's `<source><title>…</title></source>`.
 */
function itemOutlet(item: Node): string | undefined {
  const source = item['source'];
  return plain(source) ?? (typeof source === 'object' && source !== null ? plain((source as Node)['title']) : undefined);
}

/** The raw markup of a stop node as HTML: CDATA unwrapped, escaped HTML unescaped, XHTML as is. */
function rawToHtml(value: unknown): string {
  const raw = typeof value === 'object' && value !== null ? String((value as Node)['#text'] ?? '') : String(value);
  const type = typeof value === 'object' && value !== null ? String((value as Node)['@_type'] ?? '') : '';
  if (raw.includes('<![CDATA[')) return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/gu, '$1');
  if (type === 'xhtml') return raw;
  const html = unescapeXml(raw);
  return type === 'text' ? html.replace(/&/gu, '&amp;').replace(/</gu, '&lt;') : html;
}

function unescapeXml(raw: string): string {
  return raw.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/giu, (whole, name: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (name in named) return named[name]!;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function itemLink(item: Node): string | undefined {
  const links = (item['link'] as unknown[] | undefined) ?? [];
  for (const link of links) {
    if (typeof link === 'string' && link.trim()) return plain(link);
    const node = link as Node;
    const rel = String(node['@_rel'] ?? 'alternate');
    if (rel === 'alternate' && typeof node['@_href'] === 'string') return plain(node['@_href']);
  }
  const guid = item['guid'];
  const permalink = typeof guid === 'object' && guid !== null ? (guid as Node)['@_isPermaLink'] !== 'false' && plain(guid) : plain(guid);
  return typeof permalink === 'string' && /^https?:\/\//u.test(permalink) ? permalink : undefined;
}

/** Atom titles may be typed HTML ("cut by a <em>third</em>"): the reader sees only their text. */
function titleText(value: unknown): string | undefined {
  const type = typeof value === 'object' && value !== null ? (value as Node)['@_type'] : undefined;
  if (type !== 'html' && type !== 'xhtml') return plain(value);
  const raw = rawText(value);
  return raw ? fragmentText(type === 'html' ? unescapeXml(raw) : raw) || undefined : undefined;
}

function authorName(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'object' && first !== null) return plain((first as Node)['name']);
  return plain(first);
}

/** A text value with its entities decoded (XML's, numeric, and HTML's named ones). */
function plain(value: unknown): string | undefined {
  const raw = rawText(value);
  if (raw === undefined) return undefined;
  return (raw.includes('&') ? fragmentText(`<p>${raw.replace(/</gu, '&lt;')}</p>`) : raw).trim() || undefined;
}

function rawText(value: unknown): string | undefined {
  const text = typeof value === 'object' && value !== null ? (value as Node)['#text'] : value;
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}
