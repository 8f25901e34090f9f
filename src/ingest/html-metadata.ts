/**
 * Article metadata from a parsed page, read before Readability rewrites the DOM. Sources, most
 * trusted first: JSON-LD (what publishers write for search engines), Open Graph / article meta
 * tags, then plain HTML (`<title>`, `<time datetime>`, `<html lang>`).
 */
import { escapeRegExp } from '../pipeline/quantities/word-pattern.js';
import { isCalendarDay } from '../model/calendar-day.js';

export interface HtmlMetadata {
  title?: string;
  byline?: string;
  /** 'YYYY-MM-DD' as the publisher wrote it (its local date, not converted to UTC). */
  published?: string;
  outlet?: string;
  canonicalUrl?: string;
  language?: string;
  /** The JSON-LD `articleBody`: the whole text on pages that draw their body with scripts. */
  body?: string;
}

type Json = Record<string, unknown>;

const DATE_METAS = ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date'];
const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage/u;

/** Reads title, byline, date, outlet, canonical URL and language; `base` resolves relative URLs. */
export function readHtmlMetadata(document: Document, base?: string): HtmlMetadata {
  const metas = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv'))?.toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const ld = jsonLdArticle(document);
  const out: HtmlMetadata = {};
  const title = text(ld?.['headline']) ?? metas.get('og:title') ?? metas.get('twitter:title') ?? document.querySelector('title')?.textContent?.trim();
  // "Flash floods kill 14 | The Valley Courier" over an <h1> of "Flash floods kill 14": what follows the headline is the site's name
  const named = title ? siteAfterHeadline(title, document.querySelector('h1')?.textContent?.trim()) : undefined;
  const outlet = metas.get('og:site_name') ?? text((ld?.['publisher'] as Json | undefined)?.['name']) ?? metas.get('application-name') ?? named;
  if (title) out.title = outlet ? stripSiteSuffix(title, outlet) : title;
  if (outlet) out.outlet = outlet;
  const byline = authorName(ld?.['author']) ?? metas.get('author') ?? metas.get('article:author');
  if (byline && !/^https?:/u.test(byline)) out.byline = byline;
  const published = toDay(text(ld?.['datePublished'])) ?? firstDay(DATE_METAS.map((k) => metas.get(k))) ?? timeElementDay(document);
  if (published) out.published = published;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metas.get('og:url');
  const resolved = canonical ? resolveUrl(canonical, base) : undefined;
  if (resolved) out.canonicalUrl = resolved;
  const language = document.documentElement?.getAttribute('lang') ?? metas.get('content-language') ?? metas.get('og:locale');
  if (language) out.language = language.trim().replace('_', '-');
  const body = text(ld?.['articleBody']);
  if (body) out.body = body;
  return out;
}

const RFC_822_DAY = /^\s*(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\s+(\d{4})\b/iu;
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
/** 'YYYY-MM-DD' of these parts if the calendar has that day ("2025-02-30" is no day: a page's broken date is no date). */
function calendarDay(year: string, month: string | number, day: string): string | undefined {
  const written = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDay(written) ? written : undefined;
}

/** 'YYYY-MM-DD' from an ISO date-time or a parseable date string, the day as written (not moved to UTC); undefined when it is not a date. */
export function toDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/u.exec(value) ?? /^\s*(\d{4})(\d{2})(\d{2})(?:T|$)/u.exec(value);
  if (iso) return calendarDay(iso[1]!, iso[2]!, iso[3]!);
  // "04.03.2025": written with dots, day first (Date.parse would read 3 April)
  const dotted = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\b/u.exec(value);
  if (dotted) return calendarDay(dotted[3]!, dotted[2]!, dotted[1]!);
  // RFC 822, as feeds and some pages write it ("Tue, 04 Mar 2025 23:30:00 -0500"): the day as written, not as UTC
  const rfc = RFC_822_DAY.exec(value);
  if (rfc) return calendarDay(rfc[3]!, MONTHS.indexOf(rfc[2]!.slice(0, 3).toLowerCase()) / 3 + 1, rfc[1]!);
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  const year = new Date(time).getUTCFullYear();
  return year >= 1900 && year <= 2100 ? new Date(time).toISOString().slice(0, 10) : undefined;
}

function firstDay(values: ReadonlyArray<string | undefined>): string | undefined {
  for (const value of values) {
    const day = toDay(value);
    if (day) return day;
  }
  return undefined;
}

/** The first `<time datetime>` inside the article (or the page): most templates put the dateline first. */
function timeElementDay(document: Document): string | undefined {
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  return toDay(time?.getAttribute('datetime') ?? undefined);
}

/** The JSON-LD object describing the article, looking inside arrays and `@graph`. */
function jsonLdArticle(document: Document): Json | undefined {
  const candidates: Json[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''), candidates, 0);
    } catch {
      // Broken JSON-LD is common; the other metadata sources still apply.
    }
  }
  return candidates.find((c) => ARTICLE_TYPES.test(String(c['@type'])) && 'datePublished' in c) ?? candidates.find((c) => 'datePublished' in c || 'headline' in c);
}

function collect(value: unknown, into: Json[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) for (const item of value) collect(item, into, depth + 1);
  else {
    into.push(value as Json);
    if ('@graph' in value) collect((value as Json)['@graph'], into, depth + 1);
  }
}

function authorName(author: unknown): string | undefined {
  if (typeof author === 'string') return author.trim() || undefined;
  if (Array.isArray(author)) {
    const names = author.map(authorName).filter((n): n is string => Boolean(n));
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (author && typeof author === 'object') return text((author as Json)['name']);
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The site's name after the page's headline in its title ("Headline | Outlet", "Headline - Outlet"), when the title is the headline and a short tail. */
function siteAfterHeadline(title: string, headline: string | undefined): string | undefined {
  if (!headline || headline.length >= title.length || !title.startsWith(headline)) return undefined;
  return /^\s+[|\-–—:·]\s+(\S.{0,60})$/u.exec(title.slice(headline.length))?.[1]?.trim();
}

/** "Big news | Outlet" → "Big news" when the outlet is known. */
function stripSiteSuffix(title: string, outlet: string): string {
  const escaped = escapeRegExp(outlet);
  const stripped = title.replace(new RegExp(`\\s+[|\\-–—:·]\\s+${escaped}\\s*$`, 'iu'), '');
  return stripped || title;
}

function resolveUrl(href: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
