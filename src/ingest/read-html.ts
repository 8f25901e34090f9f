/**
 * One HTML page to one article: metadata from the head, the main content found by Mozilla's
 * Readability (the Firefox Reader View engine) over a linkedom DOM, and the content's text with
 * paragraph and heading boundaries kept. The title goes first, as its own block, unless the body
 * already starts with it, so the headline is analysed like any heading.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { InputError } from '../errors.js';
import { readHtmlMetadata } from './html-metadata.js';
import { htmlBlocks, joinBlocks } from './html-to-text.js';
import type { RawArticle } from './raw-article.js';

export interface HtmlSource {
  /** `RawArticle.input` of the result. */
  readonly input: string;
  /** How errors name the page. */
  readonly name: string;
  /** The page's own URL (fetched, archived or given in a JSONL row): resolves relative links. */
  readonly url?: string;
  readonly warnings?: readonly string[];
}

/**
 * Pages with more elements are refused before parsing: real article pages have a few thousand,
 * and Readability's time grows fast with element count. (Readability's own `maxElemsToParse`
 * counts with `getElementsByTagName('*')`, which is always empty on linkedom, so it never fires.)
 */
const MAX_ELEMENTS = 100_000;

/**
 * Pages nesting elements deeper are refused: real articles nest a few dozen levels, and
 * Readability's time grows with the cube of the depth (1,000 levels: seconds; 2,000: a minute).
 */
const MAX_DEPTH = 256;

const NEVER_CONTENT = 'nav, [role="navigation"], form, dialog';

/** Page furniture dropped when Readability finds no article and the whole body is used. */
const FURNITURE = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

/** Extracts the article from a whole page; throws an InputError when the page has no text. */
export function articleFromHtml(html: string, source: HtmlSource): RawArticle {
  if (html.trim() === '') throw new InputError(source.name, 'the page is empty');
  if (countTags(html, MAX_ELEMENTS) > MAX_ELEMENTS) throw new InputError(source.name, `the page has more than ${MAX_ELEMENTS} elements, too many to be an article`);
  const document = parsePage(html);
  if (deeperThan(document.documentElement, MAX_DEPTH)) throw new InputError(source.name, `the page nests elements more than ${MAX_DEPTH} deep, too deep to be an article`);
  const meta = readHtmlMetadata(document, source.url);
  // Menus are never article text, but Readability keeps them on short pages where it falls back to the whole body.
  for (const element of Array.from(document.querySelectorAll(NEVER_CONTENT))) element.remove();
  const headlineBox = headlineBoxBlocks(document);
  // Readability mutates the DOM it reads; metadata was taken above, so it may.
  const parsed = new Readability(document, { serializer: (node: Node) => node }).parse();
  let blocks = parsed?.content ? htmlBlocks(parsed.content) : [];
  // A short story beside a long sidebar: Readability may pick the sidebar; the headline's own box holds the story
  if (headlineBox && !sharesParagraph(blocks, headlineBox)) blocks = headlineBox;
  if (blocks.length === 0) blocks = wholeBodyBlocks(html);
  // A page drawn by scripts has its text only in JSON-LD; a teaser there (paywalls) is shorter than the page's own
  if (meta.body && textLength(blocks) < meta.body.length / 2) blocks = ldBodyBlocks(meta.body);
  const title = meta.title ?? parsed?.title?.trim() ?? undefined;
  // a page laid out with <br> may open its first block with the headline line ("TITLE<br>By …<br>")
  if (title && blocks.length > 0 && !sameLine(blocks[0]!.split('\n')[0]!, title)) blocks = [title, ...blocks];
  if (blocks.length === 0) throw new InputError(source.name, 'no article text found in the HTML');
  const byline = meta.byline ?? parsed?.byline?.trim();
  const outlet = meta.outlet ?? parsed?.siteName?.trim();
  const language = meta.language ?? parsed?.lang ?? undefined;
  return {
    input: source.input,
    text: joinBlocks(blocks),
    format: 'html',
    ...(source.url ? { url: source.url } : {}),
    ...(meta.canonicalUrl ? { canonicalUrl: meta.canonicalUrl } : {}),
    ...(title ? { title } : {}),
    ...(byline ? { byline: byline.replace(/^by\s+/iu, '') } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    ...(outlet ? { outlet } : {}),
    ...(language ? { language } : {}),
    ...(source.warnings && source.warnings.length > 0 ? { warnings: source.warnings } : {}),
  };
}

/** The text of an HTML fragment that is already the article (a feed item's content, a JSONL `html`). */
export function fragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: Document };
  return joinBlocks(document.body ? htmlBlocks(document.body) : []);
}

/** A paragraph this long is the story's own text, not a label or a teaser line. */
const STORY_PARAGRAPH = 60;
/** How far above the headline its box is looked for. */
const HEADLINE_BOX_REACH = 3;

/**
 * The blocks of the box that holds the page's <h1> and its paragraphs: the nearest ancestor of
 * the headline (a few levels up) with a paragraph of story length. Null when there is none, or
 * more than one <h1>.
 */
function headlineBoxBlocks(document: Document): string[] | null {
  const headlines = document.body?.querySelectorAll('h1');
  if (!headlines || headlines.length !== 1) return null;
  let box = headlines[0]!.parentElement;
  for (let level = 0; box && box !== document.body && level < HEADLINE_BOX_REACH; level++, box = box.parentElement) {
    const paragraphs = Array.from(box.querySelectorAll('p')).filter((p) => (p.textContent ?? '').trim().length >= STORY_PARAGRAPH);
    if (paragraphs.length > 0) return htmlBlocks(box);
  }
  return null;
}

/** Whether the extracted blocks hold one of the headline box's story paragraphs. */
function sharesParagraph(blocks: readonly string[], box: readonly string[]): boolean {
  const extracted = new Set(blocks);
  return box.every((b) => b.length < STORY_PARAGRAPH) || box.some((b) => b.length >= STORY_PARAGRAPH && extracted.has(b));
}

/** Fallback for pages Readability gives up on (very short ones): the body minus page furniture. */
function wholeBodyBlocks(html: string): string[] {
  const document = parsePage(html);
  if (!document.body) return [];
  for (const element of Array.from(document.body.querySelectorAll(FURNITURE))) element.remove();
  return htmlBlocks(document.body);
}

/** What may stand before a page's body: comments, the doctype, the html and head tags, head elements (with their text). */
const HEAD_PART = /\s+|<!(?!--)[^>]*>|<\/?(?:html|head)\b[^>]*>|<(?:meta|link|base)\b[^>]*>|<(title|style|script|noscript|template)\b[^>]*>|(<!--)/giy;

/**
 * The page rebuilt as `<html><head>…</head><body>…</body></html>`: HTML lets a page (or a saved
 * fragment) omit those tags, but linkedom builds no implied ones and keeps only what an explicit
 * body holds. Used when the page as written gives an empty body.
 */
function withExplicitBody(html: string): string {
  HEAD_PART.lastIndex = 0;
  const lower = html.toLowerCase();
  let at = 0;
  for (let m = HEAD_PART.exec(html); m; m = HEAD_PART.exec(html)) {
    at = HEAD_PART.lastIndex;
    if (!m[1] && !m[2]) continue;
    // a comment, or a head element with text, ends at its end tag (each searched once: linear on any input)
    const close = m[2] ? html.indexOf('-->', at) : lower.indexOf(`</${m[1]!.toLowerCase()}`, at);
    if (close < 0) break;
    at = m[2] ? close + 3 : html.indexOf('>', close) + 1 || html.length;
    HEAD_PART.lastIndex = at;
  }
  const root = /<html\b[^>]*>/iu.exec(html)?.[0] ?? '<html>';
  const doctype = /^\s*<!doctype[^>]*>/iu.exec(html)?.[0] ?? '';
  const head = html.slice(doctype.length, at).replace(/<\/?(?:html|head)\b[^>]*>/giu, '');
  const body = html.slice(at).replace(/<\/?(?:html|head|body)\b[^>]*>/giu, '');
  return `${doctype}${root}<head>${head}</head><body>${body}</body></html>`;
}

/** The page parsed; rebuilt with explicit tags (withExplicitBody) when its body came out empty. */
function parsePage(html: string): Document {
  const { document } = parseHTML(html) as unknown as { document: Document };
  // (a page that is all one unclosed comment has no root element, and then no body to ask for)
  if (document.documentElement && document.body?.textContent?.trim()) return document;
  return (parseHTML(withExplicitBody(html)) as unknown as { document: Document }).document;
}

const textLength = (blocks: readonly string[]): number => blocks.reduce((n, b) => n + b.length, 0);

/** JSON-LD `articleBody` as blocks: plain text split at line breaks, or markup some publishers put there. */
function ldBodyBlocks(body: string): string[] {
  if (/<\/?(?:p|br|div|h[1-6])\b/iu.test(body)) return fragmentText(body).split('\n\n');
  // entities ("&amp;", "&#8217;") are decoded as a page's text would be
  return body.split(/\s*\n\s*/u).map((line) => (line.includes('&') ? fragmentText(line) : line.replace(/[ \t\u00a0]+/gu, ' ').trim())).filter(Boolean);
}

/** Whether any element lies more than `limit` levels below `root`: a walk without recursion, stopping at the first. */
function deeperThan(root: Element | null, limit: number): boolean {
  let depth = 0;
  for (let node: Element | null = root; node; ) {
    if (node.firstElementChild) {
      node = node.firstElementChild;
      if (++depth > limit) return true;
      continue;
    }
    while (node && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
      if (node === root) return false;
    }
    node = node?.nextElementSibling ?? null;
  }
  return false;
}

/** Start tags in the markup (`<` followed by a letter), counted up to just past `limit`. */
function countTags(html: string, limit: number): number {
  let count = 0;
  for (let at = html.indexOf('<'); at !== -1 && count <= limit; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1) | 0x20;
    if (next >= 0x61 && next <= 0x7a) count++;
  }
  return count;
}

function sameLine(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}
