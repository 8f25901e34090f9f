import { html } from 'hono/html';
import type { ArticleView } from '../store/articles.js';
import { annotate, type Run } from './annotate.js';
import { layout, type Page } from './layout.js';

/**
 * The annotated article: the text as text (every run escaped), highlighted by what the analysis
 * found; clicking a claim or figure opens its card (assets/article.js).
 */
export function articlePage(article: ArticleView): Page {
  const seen = new Set<string>();
  // The first run of each claim and figure carries its anchor, so /articles/1#c-c2 scrolls to it.
  const anchor = (run: Run): string | undefined => {
    const id = run.figure ? `q-${run.figure}` : run.claim ? `c-${run.claim}` : undefined;
    if (!id || seen.has(id)) return undefined;
    seen.add(id);
    return id;
  };
  const runs = annotate(article.doc).map((run) => {
    if (run.marks.length === 0) return html`${run.text}`;
    const entity = run.entity !== undefined ? article.entityIds[run.entity] : undefined;
    return html`<span${attr('id', anchor(run))} class="${run.marks.map((m) => `m-${m}`).join(' ')}"${attr('data-claim', run.claim)}${attr('data-figure', run.figure)}${attr('data-entity', entity === undefined ? undefined : String(entity))}${attr('title', run.note)}>${run.text}</span>`;
  });
  const meta = [article.outlet, article.published, article.url].filter(Boolean).join(' · ');
  const body = html`
<article class="article" data-article-id="${String(article.id)}">
  <h1>${article.title ?? article.input}</h1>
  <p class="meta">${meta}</p>
  <p class="legend"><span class="m-source">source</span> <span class="m-cue">cue</span> <span class="m-content">content</span>
  <span class="m-figure">figure</span> <span class="m-loaded">loaded term</span> <span class="m-debris">debris</span></p>
  <div class="text" id="article-text">${runs}</div>
</article>
<aside class="card" id="card" hidden aria-live="polite"></aside>`;
  return layout(article.title ?? article.input, body, ['/assets/article.js']);
}

/** An attribute only when there is a value; the value is escaped by the template. */
function attr(name: string, value: string | undefined): Page | string {
  return value === undefined ? '' : html` ${name}="${value}"`;
}
