import { html } from 'hono/html';
import type { ClaimView } from '../store/claims.js';
import type { Page } from './layout.js';

/** The claims table shared by the explorer and the entity page; each row opens the claim in its article. */
export function claimRows(claims: readonly ClaimView[]): Page {
  if (claims.length === 0) return html`<p class="empty">No claims match.</p>`;
  return html`<table class="list claims"><thead><tr><th>Published</th><th>Outlet</th><th>Source</th><th>Cue</th><th>Claim</th><th>Evidence</th><th>Status</th></tr></thead><tbody>
${claims.map((c) => html`<tr><td>${c.published ?? ''}</td><td>${c.outlet ?? ''}</td>
<td>${c.sourceEntityId !== null ? html`<a href="/entities/${String(c.sourceEntityId)}">${c.source ?? ''}</a>` : (c.source ?? html`<em>unsourced</em>`)}</td>
<td>${c.cue ?? ''}</td><td><a class="claim-link" href="/articles/${String(c.articleId)}#c-${c.docId}">${c.content}</a></td><td>${c.evidence}</td><td>${c.status.join(', ')}</td></tr>`)}
</tbody></table>`;
}
