/**
 * Scraping debris: page furniture that survives copy-paste or extraction. Curation rule: a line
 * pattern goes here only if it is never article prose; each entry says which furniture it is.
 * `line` patterns must match a whole line; `tail` patterns match furniture glued after the last
 * sentence of a line ("... he stressed. Share").
 */
import type { DebrisKind } from '../model/doc.js';

export interface DebrisEntry {
  readonly id: string;
  readonly kind: DebrisKind;
  readonly where: 'line' | 'tail';
  readonly pattern: RegExp;
  readonly reason: string;
}

export const debrisLexicon = [
  { id: 'share-buttons', kind: 'share', where: 'line', pattern: /^(?:share(?: this(?: article| story)?)?|share on (?:facebook|twitter|x|whatsapp|telegram)|tweet|email|e-mail|print|copy link|save|reddit|pin it)(?:\s*[|·•]\s*(?:share|tweet|email|print|facebook|twitter|whatsapp|telegram|linkedin|reddit|copy link))*$/i, reason: 'share and print button labels' },
  { id: 'share-tail', kind: 'share', where: 'tail', pattern: /(?<=[.!?"”’»])[ \t]+(?:Share|Tweet|Print|Share this)$/, reason: 'a share button label glued after the last sentence of a paragraph' },
  { id: 'photo-credit', kind: 'photo-credit', where: 'line', pattern: /^(?:photo|photos|image|picture|illustration|video|credit|photo credit|getty images|reuters photo|ap photo|screenshot)(?:\s*(?:[:/©]|by)\s*.{0,120})?$/i, reason: 'photo and image credits' },
  { id: 'read-also', kind: 'read-also', where: 'line', pattern: /^(?:read also|read more|see also|also read|related|more on this|recommended|you may also like|watch)\s*[:\-–—].{0,200}$|^(?:read more|continue reading|read the rest here)\.?$/i, reason: 'teasers linking to other articles' },
  { id: 'newsletter', kind: 'newsletter', where: 'line', pattern: /^(?:sign up|subscribe|join)\b.{0,160}\b(?:newsletter|updates|channel|inbox|telegram|email)\b.{0,80}$/i, reason: 'newsletter and channel sign-up blurbs' },
  { id: 'subscribe', kind: 'subscribe', where: 'line', pattern: /^(?:subscribe(?: now| to (?:us|our [a-z ]+))?|follow us(?: on [A-Za-z ,]+)?|advertisement|sponsored|ad|comments?(?: \(\d+\))?|\d+ comments?|leave a comment|skip to (?:main )?content)\.?$/i, reason: 'subscription prompts, advertisement labels, comment counters' },
] as const satisfies readonly DebrisEntry[];
