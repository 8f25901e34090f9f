/**
 * Recognising the same article twice: by its canonical URL when the page declares one (or the
 * URL it came from), else by a hash of its normalised body, so a re-saved copy with different
 * spacing, quotes or case still matches.
 */
import { createHash } from 'node:crypto';
import type { RawArticle } from './raw-article.js';
import { SeenArticles } from './seen-articles.js';

/** Query parameters that track the click, not the page. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|__twitter_impression|at_medium|at_campaign)$/iu;

/** The article's primary dedupe key: `url:…` when a URL is known, else `body:<sha256>`. */
export function articleKey(article: Pick<RawArticle, 'text' | 'url' | 'canonicalUrl'>): string {
  return articleKeys(article)[0]!;
}

/** Every key the article can be matched by (URL key first, body key always): two articles are
 * the same when they share any key. */
export function articleKeys(article: Pick<RawArticle, 'text' | 'url' | 'canonicalUrl'>): string[] {
  const url = normaliseUrl(article.canonicalUrl ?? article.url);
  const body = `body:${bodyHash(article.text)}`;
  return url ? [`url:${url}`, body] : [body];
}

/** Lower-cased host, no fragment, no tracking parameters, no trailing slash, http→https. */
export function normaliseUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.protocol = 'https:';
  url.hostname = url.hostname.replace(/^www\./u, '');
  for (const name of [...url.searchParams.keys()]) if (TRACKING.test(name)) url.searchParams.delete(name);
  url.searchParams.sort();
  return url.href.replace(/\/(?=$|\?)/u, '');
}

/** SHA-256 of the body's letters and digits, lower-cased, single-spaced. */
export function bodyHash(text: string): string {
  const normalised = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}

/** Marks articles seen before in a run: returns the `input` of the first article sharing a key (see SeenArticles for how far back). */
export function createDedupe(): (article: RawArticle) => string | undefined {
  const seen = new SeenArticles();
  return (article) => seen.add(article.input, articleKeys(article));
}
