import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articlesFromFeed } from '../../src/ingest/read-feed.js';
import { InputError } from '../../src/errors.js';
import type { RawArticle } from '../../src/ingest/raw-article.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');
const articles = (items: Array<RawArticle | InputError>) => items.filter((i): i is RawArticle => !(i instanceof InputError));

describe('RSS 2.0', () => {
  const items = articlesFromFeed(fixture('feed-rss.xml'), 'rss.xml', 'rss.xml');

  it('gives one article per item, full content:encoded preferred over the teaser, title first', () => {
    const [bridge] = articles(items);
    expect(bridge!.text.split('\n\n')).toEqual([
      'Bridge repairs to finish in May',
      'Repairs to the old river bridge will finish in May, the county engineer said on Monday.',
      'Detours stay until then',
      'Drivers will use the northern detour & the ferry until the work ends.',
      'The post Bridge repairs to finish in May appeared first on Valley Gazette.',
    ]);
    expect(bridge!.text).not.toContain('Short teaser');
    expect(bridge).toMatchObject({ input: 'rss.xml#1', url: 'https://valley-gazette.example/2025/04/bridge-repairs', byline: 'Oskar Hale', outlet: 'Valley Gazette', format: 'feed' });
  });

  it('keeps the RFC 822 day as written, not shifted to UTC', () => {
    expect(articles(items).map((a) => a.published)).toEqual(['2025-04-01', '2025-04-02']);
  });

  it('unescapes an entity-escaped HTML description, character references included', () => {
    const pay = articles(items)[1]!;
    expect(pay.title).toBe('School board & teachers agree pay deal');
    expect(pay.text).toContain('the teachers’ union agreed a pay rise of 4 per cent');
    expect(pay.text).not.toMatch(/<p>|&lt;|&amp;/u);
    expect(pay.url).toBe('https://valley-gazette.example/2025/04/pay-deal');
  });

  it('turns an empty item into an InputError naming it, and keeps the other items', () => {
    expect(items).toHaveLength(3);
    expect(items[2]).toBeInstanceOf(InputError);
    expect((items[2] as InputError).message).toBe('cannot read rss.xml#3: the feed item has neither a title nor any content');
  });
});

describe('Atom', () => {
  const items = articles(articlesFromFeed(fixture('feed-atom.xml'), 'atom.xml', 'atom.xml'));

  it('reads escaped HTML content, XHTML content and a text summary', () => {
    expect(items.map((a) => a.text)).toEqual([
      "Fishing quotas cut by a third\n\nRegulators cut the cod quota by a third on Sunday, citing falling stocks.\n\nFishermen's groups said at least 200 boats would be affected.",
      'Ferry timetable changes\n\nThe winter ferry timetable starts on Monday, the operator said.\n\nSailings drop from six to four a day.',
      'Harbour fees\n\nFees rise 5% <from> March.',
    ]);
  });

  it('reads the alternate link (not the edit link), the author, the feed title and the published day', () => {
    expect(items[0]).toMatchObject({ url: 'https://coastline-wire.example/quotas', byline: 'Lena Brook', outlet: 'Coastline Wire', published: '2025-02-09', title: 'Fishing quotas cut by a third' });
    expect(items[1]!.url).toBe('https://coastline-wire.example/ferry');
    expect(items[2]!.url).toBeUndefined();
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items that sit beside the channel, with dc:date and dc:creator', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://hill-times.example/"><title>Hill Times</title></channel>
      <item rdf:about="https://hill-times.example/1"><title>Mill closes</title><link>https://hill-times.example/1</link><description>The paper mill will close in July, the owners said.</description><dc:date>2024-10-05T09:00:00+01:00</dc:date><dc:creator>Ruth Vale</dc:creator></item>
    </rdf:RDF>`;
    expect(articlesFromFeed(rdf, 'rdf.xml', 'rdf.xml')).toEqual([
      { input: 'rdf.xml#1', text: 'Mill closes\n\nThe paper mill will close in July, the owners said.', format: 'feed', url: 'https://hill-times.example/1', title: 'Mill closes', byline: 'Ruth Vale', published: '2024-10-05', outlet: 'Hill Times' },
    ]);
  });
});

describe('entities in feed text', () => {
  it('decodes numeric and HTML named entities (no-break spaces become spaces) in titles, outlet and links; "<" stays text', () => {
    const xml = `<rss version="2.0"><channel><title>Hill&nbsp;Times</title><item><title>Minister&rsquo;s claim &amp; the 5&#160;000 figure &#8212; checked &lt;b&gt;</title><link>https://h.example/a?x=1&amp;y=2</link><description>The claim was checked, the editors said.</description></item></channel></rss>`;
    const [item] = articlesFromFeed(xml, 'f.xml', 'f.xml') as RawArticle[];
    expect(item).toMatchObject({ title: 'Minister’s claim & the 5 000 figure — checked <b>', outlet: 'Hill Times', url: 'https://h.example/a?x=1&y=2' });
  });
});

describe('feeds that cannot be read', () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>&c;</title></channel></rss>`;

  it.each([
    ['an XML entity bomb', bomb, 'cannot read bomb.xml: the XML declares entities (<!ENTITY>), refused: feeds never need them and they can expand without bound'],
    ['XML that is not well-formed', '<?xml version="1.0"?><rss><channel><title>x</channel></rss>', /^cannot read bomb\.xml: not well-formed XML \(.* at line 1, column \d+\); is it HTML\? try --format html$/u],
    ['a feed cut off before any item ends', '<rss><channel><title>x</title><item><title>A', 'cannot read bomb.xml: not well-formed XML (unclosed <rss>, <channel>, <item>, <title> at the end); is it HTML? try --format html'],
    ['XML that is not a feed', '<?xml version="1.0"?><catalog><book>x</book></catalog>', 'cannot read bomb.xml: XML but not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)'],
  ])('refuses %s with a message naming the input', (_what, xml, message) => {
    expect(() => articlesFromFeed(xml, 'bomb.xml', 'bomb.xml')).toThrow(message);
  });

  it('reads the complete items of a feed cut off mid-download, and says where it broke off', () => {
    const item = (n: number) => `<item><title>Item ${n}</title><description>The mayor said ${n} roads were closed.</description></item>`;
    const items = articlesFromFeed(`<?xml version="1.0"?><rss><channel><title>Lume Daily</title>${item(1)}${item(2)}<item><title>Item 3</title><descr`, 'cut.xml', 'cut.xml');
    expect(articles(items).map((a) => [a.input, a.title, a.outlet])).toEqual([['cut.xml#1', 'Item 1', 'Lume Daily'], ['cut.xml#2', 'Item 2', 'Lume Daily']]);
    expect((items[2] as InputError).message).toBe('cannot read cut.xml: the feed breaks off after item 2 (unclosed <rss>, <channel>, <item>, <descr> at the end); the 2 complete items before the break were read');
  });
});

describe('an aggregator feed', () => {
  it('takes each item\'s outlet from its <source>, else the channel\'s title, and the outlet\'s signature off the title', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Top stories - Aggregator</title>
      <item><title>Ferry toll rises to 19 - Harbour Times</title><description>The toll rose to 19, the coast guard said.</description><source url="https://harbour.example">Harbour Times</source></item>
      <item><title>Ferry toll rises to 21</title><description>The toll rose to 21, the coast guard said.</description></item>
    </channel></rss>`;
    expect(articles(articlesFromFeed(xml, 'agg.xml', 'agg.xml')).map((a) => [a.outlet, a.title])).toEqual([['Harbour Times', 'Ferry toll rises to 19'], ['Top stories - Aggregator', 'Ferry toll rises to 21']]);
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Gathered</title>
      <entry><title>Ferry toll rises to 19</title><summary>The toll rose to 19, the coast guard said.</summary><source><title>Bay Times</title></source></entry>
    </feed>`;
    expect(articles(articlesFromFeed(atom, 'agg.atom', 'agg.atom')).map((a) => a.outlet)).toEqual(['Bay Times']);
  });
});
