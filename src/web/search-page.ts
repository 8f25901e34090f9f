import { html } from 'hono/html';
import type { SearchHit } from '../store/articles.js';
import { layout, type Page } from './layout.js';

export function searchPage(query: string, hits: SearchHit): Page {
  const body = html`
<h1>Search: ${query}</h1>
<h2>Articles (${String(hits.articles.length)})</h2>
<ul>${hits.articles.map((a) => html`<li><a href="/articles/${String(a.id)}">${a.title ?? a.input}</a> <span class="count">${a.outlet ?? ''} ${a.published ?? ''}</span></li>`)}</ul>
<h2>Claims (${String(hits.claims.length)})</h2>
<ul>${hits.claims.map((c) => html`<li><a href="/articles/${String(c.articleId)}">${c.source ?? 'unsourced'}: ${c.content}</a></li>`)}</ul>`;
  return layout(`Search: ${query}`, body);
}
