import { html } from 'hono/html';
import type { ClaimFilter, ClaimView } from '../store/claims.js';
import { layout, type Page } from './layout.js';
import { claimRows } from './claim-rows.js';

export interface Facets {
  readonly outlets: readonly string[];
  readonly statuses: readonly string[];
}

/** The claims explorer: a GET form of filters (works without script) over the claims table. */
export function claimsPage(claims: readonly ClaimView[], filter: ClaimFilter, facets: Facets): Page {
  const option = (value: string, selected: string | undefined) =>
    html`<option value="${value}"${selected === value ? html` selected` : ''}>${value}</option>`;
  const body = html`
<h1>Claims</h1>
<form class="filters" method="get" action="/claims">
  <label>Source <input name="source" value="${filter.source ?? ''}" placeholder="name"></label>
  <label>Outlet <select name="outlet"><option value="">any</option>${facets.outlets.map((o) => option(o, filter.outlet))}</select></label>
  <label>Status <select name="status"><option value="">any</option>${facets.statuses.map((s) => option(s, filter.status))}</select></label>
  <label>Since <input type="date" name="since" value="${filter.since ?? ''}"></label>
  <label>Until <input type="date" name="until" value="${filter.until ?? ''}"></label>
  <button type="submit">Filter</button>
</form>
<p class="meta">${String(claims.length)} claims</p>
${claimRows(claims)}`;
  return layout('Claims', body);
}
