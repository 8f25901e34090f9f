/**
 * Scraping debris: page furniture that survives copy-paste or extraction. Curation rule: a line
 * pattern goes here only if it is never article prose; each entry says which furniture it is.
 * `line` patterns must match a whole line; `tail` patterns match furniture glued after the last
 * sentence of a line ("... he stressed. Share"); `head` patterns match furniture glued before the
 * first ("KYIV, Dec 23 (Reuters) - ..."). Entries are tried in order, first match wins.
 * Patterns that test capital letters (`\p{Lu}`) have no `i` flag: with `iu`, `\p{Lu}` also
 * matches lower case.
 */
import type { DebrisKind } from '../model/doc.js';

export interface DebrisEntry {
  readonly id: string;
  readonly kind: DebrisKind;
  readonly where: 'line' | 'tail' | 'head';
  readonly pattern: RegExp;
  readonly reason: string;
}

/** Capitalised names, as a byline gives them ("Mira Lenko and Oskar Hale, Kyiv"). */
const NAMES = String.raw`\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’.-]*){1,6}(?:,\s*[\p{L} ]{2,40})?`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** A day with its year written out: "June 3, 2026", "3 June 2026". */
const DAY_WRITTEN = String.raw`(?:${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\.?,?\s+\d{4})`;

/** One part of a page's meta line: a name, a day, a time, or a reading time. */
const META_PART = String.raw`(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,5}|${DAY_WRITTEN}|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d+\s+min(?:ute)?s?\s+read|(?:[Uu]pdated|[Pp]ublished)\s*:?\s*${DAY_WRITTEN})`;

export const debrisLexicon = [
  { id: 'wire-dateline', kind: 'dateline', where: 'head', pattern: /^\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})*(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([\p{L} .&-]{2,30}\))?\s*[-–—―]{1,2}\s+(?=\p{Lu}|["“])/u, reason: 'a wire dateline before the first sentence ("KYIV, Dec 23 (Reuters) - "): where and when the story was filed, not what it reports; the city is in capitals' },
  { id: 'agency-dateline', kind: 'dateline', where: 'head', pattern: /^\p{Lu}[\p{Lu} .'’-]{1,30},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\.\s*\/[\p{Lu}-]{2,12}\/\.?\s+(?=\p{Lu}|["“])/u, reason: 'a news agency\'s dateline in the TASS style ("MOSCOW, November 12. /TASS/. "): where and when, not what is reported' },
  { id: 'live-timestamp', kind: 'dateline', where: 'head', pattern: /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|CET|EET|MSK|[A-Z]{3}))?\s*[-–—|]\s+|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s+)(?=\p{Lu}|["“])/u, reason: 'the time stamp of a live-blog entry ("14:32 — ", or "14:32 " with a colon): when it was posted, not what it reports' },
  { id: 'live-timestamp-line', kind: 'dateline', where: 'line', pattern: /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|CET|EET|MSK|[A-Z]{3,4}))?$/u, reason: 'the time stamp of a live-blog entry on a line of its own ("09:10")' },
  { id: 'share-buttons', kind: 'share', where: 'line', pattern: /^(?:share(?: this(?: article| story)?)?|share on (?:facebook|twitter|x|whatsapp|telegram)|tweet|email|e-mail|print|copy link|save|reddit|pin it)(?:(?:\s*[|·•]\s*|\s+)(?:share(?: on (?:facebook|twitter|x|whatsapp|telegram|linkedin))?|tweet|email|print|facebook|twitter|whatsapp|telegram|linkedin|reddit|copy link))*$/i, reason: 'share and print button labels' },
  { id: 'audio-player', kind: 'other', where: 'line', pattern: /^(?:listen to (?:this|the) (?:article|story)|listen|audio)(?:\s*[·•|:–—-]?\s*\d{1,3}\s*(?:min(?:ute)?s?|m)(?:\s+\d{1,2}\s*s)?)?$/i, reason: 'the label of an article\'s audio player ("Listen to this article · 4 min"): its minutes are no figure' },
  { id: 'share-tail', kind: 'share', where: 'tail', pattern: /(?<=[.!?"”’»])[ \t]+(?:Share|Tweet|Print|Share this)$/, reason: 'a share button label glued after the last sentence of a paragraph' },
  { id: 'post-picture-link', kind: 'photo-credit', where: 'tail', pattern: /(?<=[.!?"”’»)]|\p{L})[ \t]+(?:pic\.twitter\.com|t\.co)\/\w+$/u, reason: 'the picture link an embedded post ends with ("… stay safe. pic.twitter.com/x1")' },
  { id: 'photo-credit', kind: 'photo-credit', where: 'line', pattern: /^(?:photo|photos|image|picture|illustration|video|credit|photo credit|getty images|reuters photo|ap photo|screenshot)(?:\s*[:/©]\s*.{0,120}|\s+by\s+[^.!?]{1,80})?$/i, reason: 'photo and image credits (a "by" credit never ends like a sentence)' },
  { id: 'read-also', kind: 'read-also', where: 'line', pattern: /^(?:read also|read more|see also|also read|related|more on this|recommended|you may also like|watch)\s*[:\-–—].{0,200}$|^(?:read more|continue reading|read the rest here)\.?$/i, reason: 'teasers linking to other articles' },
  { id: 'newsletter', kind: 'newsletter', where: 'line', pattern: /^(?:sign up|subscribe|join)\b.{0,160}\b(?:newsletter|updates|channel|inbox|telegram|email)\b.{0,80}$/i, reason: 'newsletter and channel sign-up blurbs' },
  { id: 'subscribe', kind: 'subscribe', where: 'line', pattern: /^(?:subscribe(?: now| to (?:us|our [a-z ]+))?|follow us(?: on [A-Za-z ,]+)?|advertisement(?:\s*[·•|–—-]\s*scroll to continue(?: with content)?)?|scroll to continue(?: with content)?|sponsored|ad|comments?(?: \(\d+\))?|\d+ comments?|leave a comment|skip to (?:main )?content)\.?$/i, reason: 'subscription prompts, advertisement labels, comment counters' },
  { id: 'share-print', kind: 'share', where: 'line', pattern: /^(?:share|print|email|save|send)(?: (?:this|the))?(?: (?:article|story|page|post|link))?(?: (?:on|via|by) (?:facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail))?:?$/i, reason: 'share, print and send-by-email labels with their object' },
  { id: 'photo-caption-credit', kind: 'photo-credit', where: 'line', pattern: /^\(?(?:photograph|photo|image source|image|picture|file photo|video)\s*(?::\s*.{1,160}|by\s+[^.!?]{1,80}\)?|source,\s*[^.!?]{1,80})$|^.{1,200}?[.!?]\s+\(?(?:photograph|photo|picture|image)\s*:\s*[^.!?:]{1,60}\)?\.?$|^.{0,100}(?:\/\s*(?:getty images|reuters|ap|afp|epa(?:-efe)?|anadolu(?: agency)?|shutterstock|alamy|tass|ria novosti|ukrinform|unian)|\bvia getty images)\)?\.?$/i, reason: 'photo credits: "Photograph: name/agency", "(Photo by X)", captions ending in "/ Reuters", "via Getty Images" or "Photo: name"' },
  { id: 'appeared-first', kind: 'read-also', where: 'line', pattern: /^the post .{1,200} appeared first on .{1,120}$/i, reason: 'the "The post X appeared first on Y" footer that blog feeds append' },
  { id: 'read-next', kind: 'read-also', where: 'line', pattern: /^(?:read next|read the full story|full story|related|related (?:articles|stories|news|coverage|content|links)|more stories|more (?:news|stories) (?:on|about) .{1,60})\s*(?:[:\-–—].{0,200})?$/i, reason: 'related-article teasers not covered by "Read also:"' },
  { id: 'navigation-heading', kind: 'navigation', where: 'line', pattern: /^(?:most read|most popular|most viewed|top stories|trending(?: now)?|latest news|editor'?s picks|you might also like|more from .{1,40}|more on this (?:story|topic)|related (?:topics|internet links)|in other news|tags?:.{0,200}|topics?:.{0,200}|home\s*[›>»/|].{0,200})$/i, reason: 'page navigation and list headings: "Most read", "More on this story", "Related Topics", "Tags: …", breadcrumbs' },
  { id: 'newsletter-inbox', kind: 'newsletter', where: 'line', pattern: /^.{0,120}\b(?:delivered (?:straight )?to your inbox|in your inbox every|our (?:daily|weekly|morning|evening|free) (?:newsletter|briefing|digest|email))\b.{0,100}$/i, reason: 'newsletter blurbs that do not start with "Sign up"' },
  { id: 'newsletter-name', kind: 'newsletter', where: 'line', pattern: /^(?:[Ss]ign up|[Ss]ubscribe)(?: now)? (?:to|for) (?:\p{Lu}[\p{L}'’&-]*)(?: (?:\p{Lu}[\p{L}'’&-]*|of|the|and)){0,4}$/u, reason: 'a sign-up button naming a newsletter ("Sign up to First Edition"): a few capitalised words, no sentence' },
  { id: 'privacy-notice', kind: 'newsletter', where: 'line', pattern: /^(?:privacy (?:notice|policy)|cookie (?:notice|policy|settings))(?:\s*[:\-–—]\s*.{0,400})?$/i, reason: 'the privacy notice under a sign-up form ("Privacy Notice: Newsletters may contain …")' },
  { id: 'byline', kind: 'other', where: 'line', pattern: new RegExp(`^(?:(?:By|BY|Written by|Words by|Text by)\\s+${NAMES}(?:\\s*[-–—|·,]\\s*${DAY_WRITTEN})?|(?:Posted|Published)(?: on)? ${DAY_WRITTEN} by ${NAMES})$`, 'u'), reason: 'a byline line ("By Mira Lenko", "By Staff Reporter - June 3, 2026"): the byline is metadata, not prose' },
  { id: 'meta-line', kind: 'other', where: 'line', pattern: new RegExp(`^(?=.*(?:${DAY_WRITTEN}|\\d+\\s+min(?:ute)?s?\\s+read))${META_PART}(?:\\s*[·•|]\\s*${META_PART}){1,4}$`, 'u'), reason: 'a page\'s meta line of author, date and reading time set apart by dots or bars ("Mira Lenko · 12 July 2026 · 3 min read")' },
  { id: 'reporting-credits', kind: 'other', where: 'line', pattern: /^\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled|Edited) by\s+\p{Lu}.{0,200}$/u, reason: 'wire-service credit trailers ("Reporting by …; Editing by …")' },
  { id: 'dateline', kind: 'other', where: 'line', pattern: new RegExp(String.raw`^(?:(?:published|updated|posted|last updated|modified|first published)\s*(?:on\s*)?:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\.?,?\s+\d{4}|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,?\s*(?:at\s+|[-–|]\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}|[+-]\d{2}:?\d{2}))?)?\s*$|^(?:updated\s+)?\d+\s+(?:min(?:ute)?s?|hours?|days?)\s+(?:ago|read)$`, 'i'), reason: 'a line that is only a publication date or time, or "5 min read"' },
  { id: 'date-and-buttons', kind: 'other', where: 'line', pattern: new RegExp(`^${DAY_WRITTEN}(?:\\s+(?:Share|Save|Comments?|Print|Email|Listen)){1,4}$`, 'u'), reason: 'a page\'s date with the share and save buttons laid out beside it ("12 September 2025 Share Save")' },
  { id: 'caption-credit-first', kind: 'photo-credit', where: 'line', pattern: /^(?:Getty Images|Reuters|AFP|EPA|EPA-EFE|Shutterstock|Alamy|Anadolu Agency|AP Photo|PA Media)\s+\p{Lu}[^.!?"“”]{0,160}$/u, reason: 'a photo caption led by its credit ("Getty Images Rescuers search for survivors near Kell"): no sentence, no full stop' },
  { id: 'reporter-role', kind: 'other', where: 'line', pattern: /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:correspondent|editor|reporter|writer|journalist|columnist)$/u, reason: 'the role line under a byline\'s name ("South Asia correspondent")' },
  { id: 'contributed-credit', kind: 'other', where: 'line', pattern: /^(?:\p{Lu}[\p{L}.&'’ -]{0,60}\s)?(?:writers?|reporters?|correspondents?|journalists?|staff|photographer|researcher)\s+\p{Lu}.{0,160}\bcontributed(?:\s+reporting)?(?:\s+to\s+(?:this|the)\s+(?:report|story|article))?\.?$/u, reason: 'a credit line for reporters who helped ("Associated Press writer Tom Riley contributed to this report")' },
  { id: 'rule-line', kind: 'other', where: 'line', pattern: /^(?:_{3,}|-{3,}|\*{3,}|={3,}|#{3,})$/u, reason: 'a line of underscores, dashes or stars that wires set between the story and its trailers' },
  { id: 'standards-footer', kind: 'other', where: 'line', pattern: /^(?:our standards|our editorial standards|editorial standards|our principles)\s*[:\-–—]\s*.{0,160}$/i, reason: 'a footer naming the outlet\'s standards ("Our Standards: The Thomson Reuters Trust Principles.")' },
  { id: 'copyright', kind: 'other', where: 'line', pattern: /^(?:©|\([cC]\)|[Cc]opyright\s*(?:©|\([cC]\))?\s*\d{4}).{0,160}$|^all rights reserved\.?$/iu, reason: 'copyright footers' },
] as const satisfies readonly DebrisEntry[];
