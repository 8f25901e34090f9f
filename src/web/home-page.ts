import { html } from 'hono/html';
import type { ArticleSummary } from '../store/articles.js';
import type { EntitySummary } from '../store/entities.js';
import type { FigureSeries } from '../trail/types.js';
import { formatNumber, layout, type Page } from './layout.js';

/** The trail at a glance: figure series with their flags, articles, and the people quoted. */
export function homePage(series: readonly FigureSeries[], articles: readonly ArticleSummary[], entities: readonly EntitySummary[]): Page {
  const body = html`
<h1>The trail</h1>
<section><h2>Figure series</h2>
${series.length === 0 ? html`<p class="empty">No figures stored yet. Run <code>claimtrail ingest</code> on some articles.</p>` : ''}
<ul class="series-list">
${series.map((s) => html`<li><a href="/figures/${encodeURIComponent(s.id)}">${s.label}</a>
  <span class="count">${s.points.length} figure${s.points.length === 1 ? '' : 's'}</span>
  ${s.summary.low !== null ? html`<span class="summary">latest: ${formatNumber(s.summary.low)} – ${formatNumber(s.summary.high)}</span>` : ''}
  ${s.flags.map((f) => html`<span class="flag flag-${f.kind}">${f.kind}</span>`)}</li>`)}
</ul></section>
<section><h2>Articles</h2>
<table class="list"><thead><tr><th>Published</th><th>Outlet</th><th>Title</th><th>Claims</th><th>Figures</th></tr></thead><tbody>
${articles.map((a) => html`<tr><td>${a.published ?? ''}</td><td>${a.outlet ?? ''}</td><td><a href="/articles/${String(a.id)}">${a.title ?? a.input}</a></td><td>${String(a.claims)}</td><td>${String(a.figures)}</td></tr>`)}
</tbody></table></section>
<section><h2>Sources</h2>
<ul class="entity-list">
${entities.filter((e) => e.claims > 0).map((e) => html`<li><a href="/entities/${String(e.id)}">${e.name}</a> <span class="count">${e.type}, ${String(e.claims)} claims in ${String(e.articles)} articles</span></li>`)}
</ul></section>`;
  return layout('Trail', body);
}
