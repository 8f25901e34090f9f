import { html } from 'hono/html';
import { describeInterval, pointInterval } from '../trail/point-interval.js';
import { pointDate } from '../trail/point-order.js';
import type { FigureSeries } from '../trail/types.js';
import { formatNumber, layout, type Page } from './layout.js';

/**
 * One figure series: a timeline chart (assets/figure.js draws it with uPlot from the API: one
 * colour per source, each figure's interval as a vertical range), the flags, and every point
 * with a link to its sentence.
 */
export function figurePage(series: FigureSeries): Page {
  const { summary } = series;
  const body = html`
<h1>${series.label}</h1>
<p class="meta">Series <code>${series.id}</code> · ${String(series.points.length)} figures</p>
${summary.low !== null ? html`<p class="summary-view">Low–high view ${summary.days === 0 ? 'as of' : 'of the week to'} ${summary.asOf ?? ''}: <strong>${formatNumber(summary.low)} – ${formatNumber(summary.high)}</strong>
from ${String(summary.sources)} source${summary.sources === 1 ? '' : 's'} (each source's own figures are kept below).</p>` : ''}
<div id="chart" class="chart" data-series="${series.id}"></div>
${series.flags.length > 0 ? html`<h2>Flags</h2><ul class="flags">${series.flags.map((f) => html`<li class="flag-${f.kind}"><strong>${f.kind}</strong>: ${f.reason}</li>`)}</ul>` : ''}
<h2>Figures</h2>
<table class="list points"><thead><tr><th>Refers to</th><th>Published</th><th>Outlet</th><th>Source</th><th>Figure</th><th>Interval</th><th>Status</th><th>Sentence</th></tr></thead><tbody>
${series.points.map((p) => {
  const interval = pointInterval(p);
  return html`<tr><td>${pointDate(p) ?? ''}</td><td>${p.published ?? ''}</td><td>${p.outlet ?? ''}</td><td>${p.source ?? 'unattributed'}${p.via ? ` (via ${p.via})` : ''}</td>
<td>${p.surface}</td><td>${interval ? describeInterval(interval) : 'vague'}</td><td>${p.status.join(', ')}</td>
<td><a href="/articles/${String(p.articleId)}#q-${p.docId}">${p.sentence}</a></td></tr>`;
})}
</tbody></table>`;
  return layout(series.label, body, ['/assets/uplot.min.js', '/assets/figure.js']);
}
