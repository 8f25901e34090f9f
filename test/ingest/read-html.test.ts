import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromHtml, fragmentText } from '../../src/ingest/read-html.js';
import { InputError } from '../../src/errors.js';
import { emptyDoc } from '../../src/model/doc.js';
import { findBlocks } from '../../src/pipeline/find-blocks.js';
import { findDebris } from '../../src/pipeline/find-debris.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');

describe('articleFromHtml on a news page with navigation, ads, comments and scripts', () => {
  const article = articleFromHtml(fixture('news-page.html'), { input: 'news-page.html', name: 'news-page.html' });
  const blocks = article.text.split('\n\n');

  it('keeps the body paragraphs and headings as blank-line separated blocks, title first', () => {
    expect(blocks[0]).toBe('Port city reopens after storm damage');
    expect(blocks).toContain('Traffic expected to return to normal');
    expect(blocks).toContain(
      'Engineers replaced two cranes damaged by the storm, according to a statement from the authority, which put the cost of the repairs at roughly 12 million euros.',
    );
    expect(blocks.filter((b) => b === 'Port city reopens after storm damage')).toHaveLength(1);
  });

  it.each([
    ['navigation', 'Business'],
    ['advertisement link', 'Buy cheap flights'],
    ['comments', 'Great news for the city'],
    ['script text', 'do not index'],
    ['style rules', 'font-family'],
    ['related links', 'Mayor opens new bridge'],
    ['footer', 'All rights reserved'],
  ])('drops the %s', (_what, phrase) => {
    expect(article.text).not.toContain(phrase);
  });

  it('leaves page furniture that Readability keeps in the text, marked as debris', () => {
    const doc = emptyDoc(article.text);
    const { debris, headings } = findDebris({ ...doc, blocks: findBlocks(doc) });
    expect(debris.map((d) => [d.kind, article.text.slice(d.start, d.end)])).toEqual([
      ['other', 'By Mira Lenko'],
      ['other', '15 March 2025'],
      ['photo-credit', 'Photo: Harbour Courier / Ivo Petrov'],
      ['read-also', 'Read also: Storm leaves thousands without power along the coast'],
      ['share', 'Share this article'],
    ]);
    expect(headings.map((h) => article.text.slice(h.start, h.end))).toEqual(['Port city reopens after storm damage', 'Traffic expected to return to normal']);
  });

  it('reads the metadata: JSON-LD date as the publisher wrote it, outlet-free title, byline, outlet, canonical URL, language', () => {
    expect(article).toMatchObject({
      title: 'Port city reopens after storm damage',
      byline: 'Mira Lenko',
      published: '2025-03-14',
      outlet: 'Harbour Courier',
      canonicalUrl: 'https://www.harbour-courier.example/news/2025/03/port-reopens?utm_source=rss',
      language: 'en-GB',
      format: 'html',
    });
  });
});

describe('articleFromHtml metadata fallbacks', () => {
  const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const para = '<p>The council approved the budget on Tuesday after a long debate about road repairs and school funding in the district.</p>';

  it.each([
    ['article:published_time meta', '<meta property="article:published_time" content="2024-05-02T23:10:00-04:00">', para, '2024-05-02'],
    ['<time datetime> in the article', '', `<article><time datetime="2023-11-30">30 Nov</time>${para}</article>`, '2023-11-30'],
    ['JSON-LD array', '<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2022-01-09"}]</script>', para, '2022-01-09'],
    // the day as written, not as in UTC (23:30 in New York is the next day in London)
    ['an RFC 822 date meta', '<meta name="date" content="Tue, 04 Mar 2025 23:30:00 -0500">', para, '2025-03-04'],
    // written with dots, day first
    ['a dotted date meta', '<meta name="date" content="04.03.2025">', para, '2025-03-04'],
    // a broken date is no date
    ['an impossible date meta', '<meta property="article:published_time" content="2025-02-30T10:00:00Z">', para, undefined],
  ])('date from %s', (_what, head, body, day) => {
    expect(articleFromHtml(page(head, body), { input: 'p', name: 'p' }).published).toBe(day);
  });

  it.each([
    ['no date anywhere', '<title>Budget</title>', para],
    ['broken JSON-LD', '<script type="application/ld+json">{"datePublished": "2022-</script>', para],
    ['a meta that is not a date', '<meta name="date" content="yesterday-ish">', para],
  ])('no date from %s', (_what, head, body) => {
    expect(articleFromHtml(page(head, body), { input: 'p', name: 'p' }).published).toBeUndefined();
  });

  it('resolves a relative canonical link against the page URL', () => {
    const article = articleFromHtml(page('<link rel="canonical" href="/a/b">', para), { input: 'u', name: 'u', url: 'https://news.example/x?y=1' });
    expect(article.canonicalUrl).toBe('https://news.example/a/b');
    expect(article.url).toBe('https://news.example/x?y=1');
  });

  it('reads malformed HTML (unclosed tags, stray end tags) without losing the text', () => {
    const html = '<html><head><title>Broken page</title><body><div><p>First claim here, said the mayor on Monday in the town hall meeting.<p>Second paragraph <b>bold <i>nested</b> still going</i></span></div></body>';
    const article = articleFromHtml(html, { input: 'broken.html', name: 'broken.html' });
    expect(article.text).toContain('First claim here, said the mayor on Monday in the town hall meeting.');
    expect(article.text).toContain('Second paragraph bold nested still going');
  });

  it('keeps words of inline elements that the page lays out apart as words, not glued', () => {
    const html = '<html><body><article><div><span>12 September 2025</span><span>Share</span><span>Save</span></div><figure><figcaption><span>Getty Images</span>Rescuers search the site</figcaption></figure><p>The mayor said <b>five</b> people died in the <a href="/x">fire</a>.</p><p>Prices at <b>Mc</b>Donald’s rose.</p></article></body></html>';
    const text = articleFromHtml(html, { input: 'p.html', name: 'p.html' }).text;
    expect(text).toContain('12 September 2025 Share Save');
    expect(text).toContain('Getty Images Rescuers search the site');
    // inline words inside a sentence keep their own spacing
    expect(text).toContain('The mayor said five people died in the fire.');
    expect(text).toContain('McDonald’s');
  });

  it('reads the site\'s name after the headline in a page title with no site metadata, as the outlet, and leaves it out of the title', () => {
    const body = '<p>At least 14 people were killed in floods in the Ostra valley overnight, officials said on Tuesday.</p>';
    const page = (title: string, h1: string) => articleFromHtml(`<html><head><title>${title}</title></head><body><article><h1>${h1}</h1>${body}</article></body></html>`, { input: 'p.html', name: 'p.html' });
    const piped = page('Floods kill 14 in Ostra | The Ostra Courier', 'Floods kill 14 in Ostra');
    expect(piped).toMatchObject({ title: 'Floods kill 14 in Ostra', outlet: 'The Ostra Courier' });
    expect(piped.text.startsWith('Floods kill 14 in Ostra\n\n')).toBe(true);
    // a title that is not the headline and a tail says nothing of the site
    expect(page('Floods: what we know', 'Floods kill 14 in Ostra')).toMatchObject({ title: 'Floods: what we know' });
    expect(page('Floods: what we know', 'Floods kill 14 in Ostra').outlet).toBeUndefined();
  });

  it('takes the JSON-LD articleBody of a page drawn by scripts, but not a teaser shorter than the page', () => {
    const ld = (body: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Toll rises to 30', datePublished: '2031-05-03', publisher: { name: 'Wire Today' }, articleBody: body })}</script>`;
    const app = articleFromHtml(`<html><head>${ld('At least 30 people have died, the ministry said.\nRescue work goes on &amp; on.')}</head><body><div id="app"></div><script>render()</script></body></html>`, { input: 'app.html', name: 'app.html' });
    expect(app).toMatchObject({ text: 'Toll rises to 30\n\nAt least 30 people have died, the ministry said.\n\nRescue work goes on & on.', outlet: 'Wire Today', published: '2031-05-03' });
    const body = '<p>At least 30 people have died after the blast at the plant, the ministry said on Saturday, adding that rescue teams were still searching the site.</p>'.repeat(3);
    const teaser = articleFromHtml(`<html><head>${ld('At least 30 people have died…')}</head><body><article>${body}</article></body></html>`, { input: 't.html', name: 't.html' });
    expect(teaser.text).toContain('rescue teams were still searching the site');
    expect(teaser.text).not.toContain('…');
  });

  it('reads a page or fragment that leaves out its <html>, <head> or <body> tags, as HTML allows', () => {
    const read = (html: string) => articleFromHtml(html, { input: 'p.html', name: 'p.html' });
    expect(read('<div><p>The mayor said five people died in the fire on Monday.</p></div>').text).toBe('The mayor said five people died in the fire on Monday.');
    expect(read('<!doctype html><html lang="en"><title>Fire kills five</title><meta charset="utf-8"><!-- saved --><p>The mayor said five people died.</p></html>')).toMatchObject({
      text: 'Fire kills five\n\nThe mayor said five people died.',
      language: 'en',
    });
    expect(() => read('<!--'.repeat(1000) + '<p>hidden</p>')).toThrow('cannot read p.html: no article text found in the HTML');
  });

  it('does not repeat a headline that opens a page laid out with <br> line breaks', () => {
    const page = '<html><head><title>FERRY SERVICE RESUMES</title></head><body><table><tr><td><b>FERRY SERVICE RESUMES</b><br><i>By Staff Reporter</i> - June 3, 2026<br><br>The ferries sailed again on Tuesday after a week of storms, the operator said, and every crossing was full.<br><br>Harbour officials said repairs to the pier would take another month.</td></tr></table></body></html>';
    const text = articleFromHtml(page, { input: 'p.html', name: 'p.html' }).text;
    expect(text.startsWith('FERRY SERVICE RESUMES\nBy Staff Reporter - June 3, 2026')).toBe(true);
    expect(text.match(/FERRY SERVICE RESUMES/gu)).toHaveLength(1);
  });

  it('refuses a page nesting elements deeper than any article, naming it, before Readability would take minutes', () => {
    const deep = `<html><body>${'<div>'.repeat(2000)}<p>The mayor said five people died.</p>${'</div>'.repeat(2000)}</body></html>`;
    expect(() => articleFromHtml(deep, { input: 'deep.html', name: 'deep.html' })).toThrow('cannot read deep.html: the page nests elements more than 256 deep, too deep to be an article');
  });

  it('gives an InputError naming the page when there is no text at all', () => {
    const make = () => articleFromHtml('<html><body><script>var a = 1;</script></body></html>', { input: 'empty.html', name: 'empty.html' });
    expect(make).toThrow(InputError);
    expect(make).toThrow('cannot read empty.html: no article text found in the HTML');
  });
});

describe('fragmentText', () => {
  it('keeps block boundaries as blank lines and <br> as a newline, collapsing spaces', () => {
    expect(fragmentText('<p>One  two\n three</p><h2>Head</h2><ul><li>a</li><li>b</li></ul><p>x<br>y</p>')).toBe('One two three\n\nHead\n\na\n\nb\n\nx\ny');
  });
  it('keeps inline elements inside one block', () => {
    expect(fragmentText('<p>The <a href="#">minister</a> <em>said</em> so.</p>')).toBe('The minister said so.');
  });
});

it('refuses a page with more elements than any article has, naming it', () => {
  const html = `<html><body>${'<span>x</span>'.repeat(100_001)}</body></html>`;
  expect(() => articleFromHtml(html, { input: 'huge.html', name: 'huge.html' })).toThrow('cannot read huge.html: the page has more than 100000 elements, too many to be an article');
});

it.each(['', '   \n\t'])('refuses an empty page by name (%j) instead of failing inside Readability', (html) => {
  expect(() => articleFromHtml(html, { input: 'empty.html', name: 'empty.html' })).toThrow(new InputError('empty.html', 'the page is empty'));
});

it('takes the story from the headline\'s box when Readability picks a longer sidebar', () => {
  const article = articleFromHtml(fixture('short-story-long-sidebar.html'), { input: 'short.html', name: 'short.html' });
  expect(article.text).toContain('Two people were injured when a tram and a van collided');
  expect(article.text).not.toContain('Council approves new budget');
});
