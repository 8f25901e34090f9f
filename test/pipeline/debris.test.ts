import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyDoc } from '../../src/model/doc.js';
import { findBlocks } from '../../src/pipeline/find-blocks.js';
import { findDebris } from '../../src/pipeline/find-debris.js';
import { debrisLexicon } from '../../src/lexicons/debris.js';
import { analyze } from '../../src/analyze.js';

/** The debris found in an article made of a lead paragraph, the line under test, and a closing paragraph. */
function debrisOf(line: string) {
  const text = `The council met on Monday to discuss the budget for next year.\n\n${line}\n\nThe vote is expected later this month, officials said.`;
  const doc = emptyDoc(text);
  const { debris } = findDebris({ ...doc, blocks: findBlocks(doc) });
  return debris.map((d) => ({ kind: d.kind, rule: d.rule, surface: text.slice(d.start, d.end) }));
}

describe('debris lines', () => {
  it.each([
    ['Share', 'share', 'debris/share-buttons'],
    ['Share this article', 'share', 'debris/share-buttons'],
    ['Share on Facebook', 'share', 'debris/share-buttons'],
    ['Print this page', 'share', 'debris/share-print'],
    ['Email this story', 'share', 'debris/share-print'],
    ['Photo: screenshot', 'photo-credit', 'debris/photo-credit'],
    ['Photo: Harbour Courier / Ivo Petrov', 'photo-credit', 'debris/photo-credit'],
    ['Photograph: Anna Borsa/Reuters', 'photo-credit', 'debris/photo-caption-credit'],
    ['(Photo by Ivo Petrov)', 'photo-credit', 'debris/photo-caption-credit'],
    ['Rescue workers at the site on Tuesday. AFP via Getty Images', 'photo-credit', 'debris/photo-caption-credit'],
    ['Divers search the bay on Monday. Photo: Kell harbour police', 'photo-credit', 'debris/photo-caption-credit'],
    ['Image source, Getty Images', 'photo-credit', 'debris/photo-caption-credit'],
    ['Read also: Storm leaves thousands without power along the coast', 'read-also', 'debris/read-also'],
    ['READ MORE: Ferry timetable changes for winter', 'read-also', 'debris/read-also'],
    ['Related articles', 'read-also', 'debris/read-next'],
    ['The post Bridge repairs to finish in May appeared first on Valley Gazette.', 'read-also', 'debris/appeared-first'],
    ['Sign up for our morning newsletter to get the top stories', 'newsletter', 'debris/newsletter'],
    ['Get the day’s headlines delivered straight to your inbox.', 'newsletter', 'debris/newsletter-inbox'],
    ['Subscribe to our Telegram channel', 'newsletter', 'debris/newsletter'],
    ['This article is for subscribers only', 'subscribe', 'debris/paywall'],
    ['Subscribe now for just £1 a week. Cancel anytime.', 'subscribe', 'debris/paywall'],
    ['Subscribe to The Ostra Courier for unlimited access to local news. Already a subscriber? Log in', 'subscribe', 'debris/paywall'],
    ['Already a subscriber? Sign in', 'subscribe', 'debris/paywall'],
    ['Sign up to Morning Harbour', 'newsletter', 'debris/newsletter-name'],
    ['Our morning email brings you the five stories that matter', 'newsletter', 'debris/newsletter-inbox'],
    ['Privacy Notice: Bulletins may mention charities, ads and content paid for by others.', 'newsletter', 'debris/privacy-notice'],
    ['Advertisement', 'subscribe', 'debris/subscribe'],
    ['Comments (12)', 'subscribe', 'debris/subscribe'],
    ['Most read', 'navigation', 'debris/navigation-heading'],
    ['Tags: budget, council, taxes', 'navigation', 'debris/navigation-heading'],
    ['By Mira Lenko', 'other', 'debris/byline'],
    ['By Mira Lenko and Oskar Hale, Kyiv', 'other', 'debris/byline'],
    ['By Staff Reporter - June 3, 2026', 'other', 'debris/byline'],
    ['Posted on March 14, 2026 by Mira Lenko', 'other', 'debris/byline'],
    ['Reporting by Anna Borsa; Editing by Ivo Petrov', 'other', 'debris/reporting-credits'],
    ['Our Standards: The Harbour Wire Trust Principles.', 'other', 'debris/standards-footer'],
    ['Advertisement · Scroll to continue', 'subscribe', 'debris/subscribe'],
    ['Harbour Wire writer Tomas Lind in Kell contributed to this report.', 'other', 'debris/contributed-credit'],
    ['Staff writer Ada Noor contributed reporting.', 'other', 'debris/contributed-credit'],
    ['___', 'other', 'debris/rule-line'],
    ['15 March 2025', 'other', 'debris/dateline'],
    ['Updated: March 15, 2025 at 10:30 GMT', 'other', 'debris/dateline'],
    ['14.03.2025 10:30', 'other', 'debris/dateline'],
    ['5 min read', 'other', 'debris/dateline'],
    ['Mira Lenko · 12 July 2026 · 3 min read', 'other', 'debris/meta-line'],
    ['Listen to this article · 4 min', 'other', 'debris/audio-player'],
    ['12 September 2025 Share Save', 'other', 'debris/date-and-buttons'],
    ['Getty Images Rescuers search for survivors near Kell on Thursday', 'photo-credit', 'debris/caption-credit-first'],
    ['South Asia correspondent', 'other', 'debris/reporter-role'],
    ['More on this story', 'navigation', 'debris/navigation-heading'],
    ['Share on Facebook Share on X Email', 'share', 'debris/share-buttons'],
    ['Oskar Hale | June 3, 2026 | 10:30', 'other', 'debris/meta-line'],
    ['09:10', 'dateline', 'debris/live-timestamp-line'],
    ['9.45 pm GMT', 'dateline', 'debris/live-timestamp-line'],
    ['© 2025 Harbour Courier. All rights reserved.', 'other', 'debris/copyright'],
  ])('%j is %s debris', (line, kind, rule) => {
    expect(debrisOf(line)).toEqual([{ kind, rule, surface: line }]);
  });

  it.each([
    'Share prices fell 3% on Monday after the announcement.',
    'Print media lost a third of its readers, the report said.',
    'Photographs taken by residents showed the damaged roofs.',
    'The mayor showed reporters one image: a flooded school.',
    'Officials released a photo: it showed the hull of the ferry split in two.',
    'Video by the ministry showed troops crossing the river.',
    'He said the figures came via Reuters and were not confirmed.',
    'Related to the case, police said two men were detained.',
    'Read the full report, the minister urged lawmakers.',
    'By the end of the week, 40 ships had unloaded their cargo.',
    'By Tuesday',
    'Kell | Velm | Ostra',
    'Listen to the people of Kell, 40 of whom lost their homes.',
    'Mira Lenko · 12 July 2026 · said the toll had risen to 40',
    'March 15, 2025, was the coldest day of the year, forecasters said.',
    'On 15 March 2025 the border crossing reopened.',
    'Copyright law changes were approved by parliament on Monday.',
    'Reporters Without Borders contributed funds to the shelter, its director said.',
    'Writer Ada Noor said she contributed to the report on the flood.',
    'Subscribers to the service will pay more from June, the company said.',
    'Most readers of the paper live outside the capital, a survey found.',
    'The newsletter sent to members said the union would strike.',
    'Comments from the minister were not immediately available.',
    'Sign language interpreters will attend every briefing, the ministry said.',
    'Editing by hand took the clerks three days, the court heard.',
    '3:1',
    '10.5',
    'Sign up for the draft closes on Friday, officials said.',
    'Privacy campaigners said the notice came too late.',
    'Posted on March 14, 2026 by mistake, the letter was withdrawn.',
    'Members who join the union for just $5 a month will get legal aid, it said.',
    'This article is for the record: the council met on Monday.',
  ])('%j is not debris', (line) => {
    expect(debrisOf(line)).toEqual([]);
  });
});

/** Source and content of each claim of `text`, read past its debris. */
const claimsOf = (text: string) => analyze(text).claims.map((c) => [text.slice(c.source!.start, c.source!.end), ...c.content.map((s) => text.slice(s.start, s.end))]);

describe('debris glued to prose and repeated blocks', () => {
  it('marks only a share label glued after the last sentence', () => {
    expect(debrisOf('"This is a global threat," the minister stressed. Share')).toEqual([{ kind: 'share', rule: 'debris/share-tail', surface: 'Share' }]);
  });

  it('marks a wire dateline before the first sentence, and keeps the sentence', () => {
    expect(debrisOf('LUME, March 3 (Wire) - Floods killed 12 people, officials said.')).toEqual([{ kind: 'dateline', rule: 'debris/wire-dateline', surface: 'LUME, March 3 (Wire) - ' }]);
    expect(debrisOf('PORT ARDEL, Ruritania — The terminal reopened on Friday.')).toEqual([{ kind: 'dateline', rule: 'debris/wire-dateline', surface: 'PORT ARDEL, Ruritania — ' }]);
    // a horizontal bar, as some sites set it
    expect(debrisOf('LUME ― The terminal reopened on Friday.')).toEqual([{ kind: 'dateline', rule: 'debris/wire-dateline', surface: 'LUME ― ' }]);
    expect(debrisOf('NATO - the alliance - said the plan failed.')).toEqual([]);
    expect(debrisOf('LUME, November 12. /WIRE/. Floods killed 12 people, officials said.')).toEqual([{ kind: 'dateline', rule: 'debris/agency-dateline', surface: 'LUME, November 12. /WIRE/. ' }]);
    expect(debrisOf('14:32 — Roe: we need ten more trucks')).toEqual([{ kind: 'dateline', rule: 'debris/live-timestamp', surface: '14:32 — ' }]);
    // with a colon the time needs no dash; a decimal opening a sentence is no time
    expect(debrisOf('09:40 Crews say the road is open again.')).toEqual([{ kind: 'dateline', rule: 'debris/live-timestamp', surface: '09:40 ' }]);
    expect(debrisOf('2.50 Euros buys a loaf in Kell.')).toEqual([]);
    expect(claimsOf('LUME, March 3 (Wire) - Floods killed 12 people, officials said.')).toEqual([['officials', 'Floods killed 12 people']]);
  });

  it('marks the picture link an embedded post ends with', () => {
    expect(debrisOf('Please follow police instructions and stay safe. pic.twitter.com/Ab12Cd')).toEqual([{ kind: 'photo-credit', rule: 'debris/post-picture-link', surface: 'pic.twitter.com/Ab12Cd' }]);
  });

  it('does not cut a sentence that ends in the word "share"', () => {
    expect(debrisOf('Investors bought the stock at a premium, the analysts share.')).toEqual([]);
  });

  it('marks the headlines listed under a bare "Related" or "Most read" heading, up to the next sentence', () => {
    const text = 'Floods killed 12 people in Kell, officials said.\n\nRelated\n\nStorm kills 9 in Ostra in 2024\n\nMarkets fall for a third day\n\nThe river is expected to crest on Friday.';
    const doc = emptyDoc(text);
    const { debris } = findDebris({ ...doc, blocks: findBlocks(doc) });
    expect(debris.map((d) => text.slice(d.start, d.end))).toEqual(['Related', 'Storm kills 9 in Ostra in 2024', 'Markets fall for a third day']);
    expect(analyze(text).quantities.map((q) => text.slice(q.start, q.end))).toEqual(['12']);
  });

  it('marks a headline repeated later in the text', () => {
    const text = 'Port city reopens after storm damage\n\nThe terminal reopened on Friday.\n\nPort city reopens after storm damage\n\nMore text follows here.';
    const doc = emptyDoc(text);
    const { debris } = findDebris({ ...doc, blocks: findBlocks(doc) });
    expect(debris.map((d) => [d.kind, text.slice(d.start, d.end), d.start])).toEqual([['repeated-headline', 'Port city reopens after storm damage', text.lastIndexOf('Port city')]]);
  });
});

describe('the seed article', () => {
  it('marks "Share" and "Photo: screenshot" and nothing else', () => {
    const text = readFileSync(new URL('../../../shared/seed/kursk-casualties.txt', import.meta.url), 'utf8');
    const doc = emptyDoc(text);
    const { debris, headings } = findDebris({ ...doc, blocks: findBlocks(doc) });
    expect(debris.map((d) => text.slice(d.start, d.end))).toEqual(['Share', 'Photo: screenshot']);
    expect(headings.map((h) => text.slice(h.start, h.end))).toContain('Russians shocked by behavior of North Korean soldiers');
  });
});

describe('the debris lexicon', () => {
  it('has unique ids and a reason for every entry', () => {
    const ids = debrisLexicon.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of debrisLexicon) expect(entry.reason.length).toBeGreaterThan(10);
  });
});
